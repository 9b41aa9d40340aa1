/**
 * A page of the docs site: navigation, the theme (Starlight keeps it in localStorage
 * `starlight-theme` and on <html data-theme>), console errors, and an axe-core scan.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export type Theme = "light" | "dark";

/** What one axe scan may add to a test's timeout. */
const AXE_ALLOWANCE = 120_000;

export class DocPage {
  readonly main: Locator;
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    page.on("console", (msg) => {
      if (msg.type() === "error") this.errors.push(msg.text());
    });
    page.on("pageerror", (err) => this.errors.push(err.message));
  }

  /** Opens `path` in `theme` (set before any script runs, as a returning visitor has it). */
  async goto(path: string, theme?: Theme): Promise<void> {
    if (theme) await this.page.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
    await this.page.goto(path);
    if (theme) await expect(this.page.locator("html")).toHaveAttribute("data-theme", theme);
  }

  /** Switches the open page's theme as Starlight's picker does (its attribute and its stored choice). */
  async switchTheme(theme: Theme): Promise<void> {
    await this.page.evaluate((t) => {
      localStorage.setItem("starlight-theme", t);
      document.documentElement.dataset.theme = t;
    }, theme);
    await expect(this.page.locator("html")).toHaveAttribute("data-theme", theme);
  }

  /** Opens the sidebar on a narrow screen (Starlight's "Menu" button) and waits for it. */
  async openMenu(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Menu" }).click();
    const sidebar = this.page.getByRole("navigation", { name: "Main" });
    await expect(sidebar.locator("#starlight__sidebar")).toBeVisible();
    return sidebar;
  }

  heading(name: string | RegExp, level = 2): Locator {
    return this.main.getByRole("heading", { name, level });
  }

  /**
   * Serious and critical axe-core violations, one line each. A scan of a long page takes
   * seconds of CPU (tens of seconds on a busy two-core machine), so it adds its own
   * allowance to the test's timeout. Legacy mode runs axe once in the page (`axe.run`)
   * instead of once per frame and again in a blank page (`runPartial`/`finishRun`): the
   * same rules and results for these pages, which have no frames, in about half the time.
   */
  async seriousViolations(): Promise<string[]> {
    test.info().setTimeout(test.info().timeout + AXE_ALLOWANCE);
    const { violations } = await new AxeBuilder({ page: this.page }).setLegacyMode(true).analyze();
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  }
}

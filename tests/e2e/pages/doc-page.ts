/**
 * A page of the docs site: navigation, the theme (Starlight keeps it in localStorage
 * `starlight-theme` and on <html data-theme>), console errors, and an axe-core scan.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export type Theme = "light" | "dark";

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

  heading(name: string | RegExp, level = 2): Locator {
    return this.main.getByRole("heading", { name, level });
  }

  /** Serious and critical axe-core violations, one line each. */
  async seriousViolations(): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  }
}

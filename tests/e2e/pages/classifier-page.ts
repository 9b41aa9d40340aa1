/**
 * /classify/: the form, the result, the share link and the example gallery, by role.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import type { MapOptions } from "@alter-ai/alter-sdk";
import { DocPage, type Theme } from "./doc-page";

export class ClassifierPage extends DocPage {
  readonly input: Locator;
  readonly providerId: Locator;
  /** The class the result names (an element with `data-result="class"`). */
  readonly resultClass: Locator;
  readonly notAnError: Locator;
  readonly unreadable: Locator;
  readonly result: Locator;
  readonly shareButton: Locator;
  readonly shareLink: Locator;
  readonly snippet: Locator;

  constructor(page: Page) {
    super(page);
    this.input = page.getByRole("textbox", { name: "Paste a response" });
    this.providerId = page.getByRole("combobox", { name: /Provider id/ });
    this.result = page.getByRole("region", { name: "Result" });
    this.resultClass = this.result.locator('[data-result="class"]');
    this.notAnError = this.result.getByText("Not an error", { exact: true });
    this.unreadable = this.result.getByRole("complementary").filter({ hasText: "This input cannot be read" });
    this.shareButton = page.getByRole("button", { name: "Copy share link" });
    this.shareLink = page.getByRole("textbox", { name: "Share link" });
    this.snippet = page.getByLabel("TypeScript catch snippet");
  }

  async open(hash = "", theme?: Theme): Promise<void> {
    await this.goto(`/classify/${hash}`, theme);
    await this.page.waitForFunction(() => customElements.get("alter-classifier") !== undefined);
  }

  source(name: "Auto" | "Backend" | "Provider"): Locator {
    return this.page.getByRole("radio", { name });
  }

  /** Sets the options, pastes `text` and classifies at once (a `change`, as when the box loses focus). */
  async classify(text: string, opts: MapOptions = {}): Promise<void> {
    const source = opts.source ?? "auto";
    await this.source((source[0]!.toUpperCase() + source.slice(1)) as "Auto").check();
    await this.providerId.fill(opts.providerId ?? "");
    await this.input.fill(text);
    await this.input.dispatchEvent("change");
  }

  /** A link of the example gallery, by the story it tells. */
  example(story: string): Locator {
    return this.page.getByRole("link", { name: story });
  }

  /** Opens the "Headers" disclosure of what was read. */
  async showHeaders(): Promise<void> {
    const details = this.result.locator("details").filter({ has: this.page.getByText("Headers", { exact: true }) });
    if ((await details.getAttribute("open")) === null) await details.getByText("Headers", { exact: true }).click();
  }

  /** The rows of a result table (Fields, Headers), by the table's first column header. */
  fieldRow(name: string): Locator {
    return this.result.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }
}

/** Starlight's search dialog (Pagefind). */
import { expect, type Locator, type Page } from "@playwright/test";

export class SearchDialog {
  constructor(readonly page: Page) {}

  /**
   * Opens the dialog, types `query` and waits until Pagefind has answered: its message
   * counts the results ("3 results for …", "No results for …"; "Searching for …" while it
   * loads its index) and every result shown has loaded (no `.pagefind-ui__loading`
   * placeholder left), so `results` holds them all.
   */
  async search(query: string): Promise<void> {
    await this.page.getByRole("button", { name: "Search" }).click();
    await this.dialog.getByRole("textbox", { name: "Search" }).fill(query);
    await expect(this.dialog.locator(".pagefind-ui__message")).toHaveText(/\bresults? for\b/i);
    await expect(this.dialog.locator(".pagefind-ui__loading")).toHaveCount(0);
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** The top result's link (Pagefind lists a page's link before its sub-results). */
  get firstResult(): Locator {
    return this.dialog.locator(".pagefind-ui__result-link").first();
  }

  /** Result links (page results and their sub-results). */
  get results(): Locator {
    return this.dialog.getByRole("link");
  }
}

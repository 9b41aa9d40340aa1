/** Starlight's search dialog (Pagefind). */
import type { Locator, Page } from "@playwright/test";

export class SearchDialog {
  constructor(readonly page: Page) {}

  async search(query: string): Promise<void> {
    await this.page.getByRole("button", { name: "Search" }).click();
    await this.dialog.getByRole("textbox", { name: "Search" }).fill(query);
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** Result links (page results and their sub-results). */
  get results(): Locator {
    return this.dialog.getByRole("link");
  }
}

/** An error class's page, `/errors/<slug>/`. */
import type { Locator } from "@playwright/test";
import { DocPage, type Theme } from "./doc-page";

export class ErrorPage extends DocPage {
  open(path: string, theme?: Theme) {
    return this.goto(path, theme);
  }

  get title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The inheritance chain, as its links and the class itself. */
  get chain(): Locator {
    return this.main.locator("[data-chain]");
  }

  /** A field table, by its caption ("Declared by X", "Inherited from Y"). */
  fieldTable(caption: string | RegExp): Locator {
    return this.main.getByRole("table", { name: caption });
  }

  fieldRow(table: Locator, field: string): Locator {
    return table.getByRole("row", { name: new RegExp(`^${field}\\b`) });
  }

  get classifierLinks(): Locator {
    return this.main.getByRole("link", { name: /in the classifier/ });
  }

  /** A tab of the `catch` example ("TypeScript", "Python"). */
  catchTab(name: string): Locator {
    return this.main.getByRole("tab", { name });
  }
}

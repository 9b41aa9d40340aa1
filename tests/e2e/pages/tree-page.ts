/** The error tree, `/errors/`. */
import type { Locator } from "@playwright/test";
import { DocPage, type Theme } from "./doc-page";

export class TreePage extends DocPage {
  open(theme?: Theme) {
    return this.goto("/errors/", theme);
  }

  /** The link to a class's page, in the tree. */
  classLink(name: string): Locator {
    return this.main.getByRole("link", { name, exact: true });
  }

  /** The disclosure that shows and hides a class's subclasses. */
  subclassToggle(name: string): Locator {
    return this.main.locator("summary").filter({ hasText: new RegExp(`subclass(es)? of ${name}$`) });
  }

  /** The <details> element a toggle opens. */
  disclosure(name: string): Locator {
    return this.subclassToggle(name).locator("xpath=..");
  }
}

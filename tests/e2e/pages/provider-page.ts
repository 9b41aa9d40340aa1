/**
 * The provider pages: `/providers/` (the table, a card per provider on a phone) and
 * `/providers/<id>/` (its answers and signals, each example opening in the classifier).
 */
import type { Locator } from "@playwright/test";
import { providerPath } from "@alter-ai/alter-sdk/docs";
import { DocPage, type Theme } from "./doc-page";

export class ProviderPage extends DocPage {
  /** Opens `/providers/<id>/`, or the table when `id` is omitted. */
  open(id?: string, theme?: Theme): Promise<void> {
    return this.goto(id === undefined ? "/providers/" : providerPath(id), theme);
  }

  get title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The table's row (a card on a phone) of one provider. */
  row(id: string): Locator {
    return this.main.locator(`tr[data-provider="${id}"]`);
  }

  get rows(): Locator {
    return this.main.locator("tr[data-provider]");
  }

  /** A signal's section, by its rule id. */
  signal(id: string): Locator {
    return this.main.locator(`section[data-signal="${id}"]`);
  }

  /** The "Open … in the classifier" links of a signal's examples, in order. */
  classifierLinks(signalId: string): Locator {
    return this.signal(signalId).getByRole("link", { name: /in the classifier/ });
  }

  /**
   * What sticks out of the viewport: the root's scroll width against its client width, and
   * the elements of the main column whose right edge passes the viewport outside any
   * scroll container.
   */
  async overflow(): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] }> {
    return this.page.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const scrolls = (el: Element | null): boolean => {
        for (let p = el?.parentElement; p && p !== root; p = p.parentElement) {
          if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) return true;
        }
        return false;
      };
      const offenders: string[] = [];
      for (const el of document.querySelectorAll("main *")) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 0.5 && !scrolls(el)) {
          offenders.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} (right ${Math.round(box.right)}): ${(el.textContent ?? "").trim().slice(0, 50)}`);
        }
      }
      return { scrollWidth: root.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 10) };
    });
  }
}

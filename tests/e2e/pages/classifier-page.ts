/**
 * /classify/: the box, the options, the verdict (the "Result" region), the details below
 * it, the HAR picker and the share link, by role.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import type { MapOptions } from "@alter-ai/alter-sdk/docs";
import { DocPage, type Theme } from "./doc-page";

export class ClassifierPage extends DocPage {
  readonly input: Locator;
  readonly providerId: Locator;
  /** The verdict: the region labelled "Result" beside (or under) the box. */
  readonly result: Locator;
  /** The whole classifier: the verdict, the options and the details below. */
  readonly classifier: Locator;
  /** The class the result names (an element with `data-result="class"`). */
  readonly resultClass: Locator;
  /** The one-sentence action under the class. */
  readonly action: Locator;
  /** The deciding provider signal's statement, under the action ("Why ..."). */
  readonly why: Locator;
  readonly notAnError: Locator;
  readonly unreadable: Locator;
  /** What the page says when it keeps a paste out of the box. */
  readonly refused: Locator;
  readonly shareButton: Locator;
  readonly shareLink: Locator;
  readonly snippet: Locator;
  /** The HAR picker: one radio per failed request. */
  readonly entries: Locator;

  constructor(page: Page) {
    super(page);
    this.input = page.getByRole("textbox", { name: "Paste a response" });
    this.providerId = page.getByRole("combobox", { name: /Provider id/ });
    this.classifier = page.locator("alter-classifier");
    this.result = page.getByRole("region", { name: "Result" });
    this.resultClass = this.result.locator('[data-result="class"]');
    this.action = this.result.locator(".ac-action");
    this.why = this.result.locator(".ac-why");
    this.notAnError = this.result.getByText("Not an error", { exact: true });
    this.unreadable = this.result.getByRole("complementary").filter({ hasText: "This input cannot be read" });
    this.refused = page.locator('[data-slot="refused"]');
    this.shareButton = page.getByRole("button", { name: "Copy share link" });
    this.shareLink = page.getByRole("textbox", { name: "Share link" });
    this.snippet = page.getByLabel("TypeScript catch snippet");
    this.entries = this.result.getByRole("group", { name: /several failed requests/ }).getByRole("radio");
  }

  /** Opens the page (with a fragment) and waits until its engine is loaded (as a person's first pointer move would load it). */
  async open(hash = "", theme?: Theme): Promise<void> {
    await this.goto(`/classify/${hash}`, theme);
    await this.classifier.dispatchEvent("pointerover");
    await this.page.locator("alter-classifier[data-ready]").waitFor({ state: "attached" });
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
    // The box's change is classified once the focus has landed (a task later): wait for it, so that what is read next is this text's.
    await this.settled();
  }

  /** Dispatches a paste of `text` into the box (what the browser does before it inserts it). */
  async paste(text: string): Promise<void> {
    await this.input.evaluate((box, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      // A paste the page lets through is inserted, as the browser would.
      if (box.dispatchEvent(event)) {
        (box as HTMLTextAreaElement).value = pasted;
        box.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }, text);
  }

  /** A rendered identifier's text as shown (its `<wbr>`s are not text). */
  async classText(): Promise<string> {
    return (await this.resultClass.textContent()) ?? "";
  }

  /** Opens the "Headers" disclosure of what was read. */
  async showHeaders(): Promise<void> {
    const details = this.classifier.locator("details").filter({ has: this.page.getByText("Headers", { exact: true }) });
    if ((await details.getAttribute("open")) === null) await details.getByText("Headers", { exact: true }).click();
  }

  /** The rows of a result table (Fields, Headers), by the table's first column. */
  fieldRow(name: string): Locator {
    return this.classifier.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
  }

  /** Every anchor's resolved href inside the classifier. */
  async hrefs(): Promise<string[]> {
    return this.page.locator("main a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  }

  /**
   * Waits until the page has settled: two frames rendered and the tasks after them run.
   * What proves an absence (no request, no script run) needs that window, not a sleep.
   */
  async settled(): Promise<void> {
    for (let i = 0; i < 2; i++) await this.page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r))));
  }
}

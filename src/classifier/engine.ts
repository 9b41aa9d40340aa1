/**
 * The classifier's engine: the SDK's mapper (through the view model), the result writer
 * and the share link. Loaded by `<alter-classifier>` on the first interaction, when a
 * link carries a response, or when the browser is idle: the page paints and answers
 * input without first compiling the mapper.
 *
 * Every classification builds the whole result in fresh copies of the server's
 * `<template>`s and swaps them in at once; if building throws, the page shows a failure
 * notice instead, never half of one result beside half of the previous. Pasted text only
 * ever enters the page as text (`textContent`, `value`; `href` only from site paths the
 * SDK builds): never as HTML.
 * @module
 */
import { MAX_INPUT_BYTES, pasteProblem, type MapOptions, type Source } from "@alter-ai/alter-sdk/docs";
import { explainView, type Cell, type Content, type PageData, type View } from "./view.js";
import { identWords } from "../lib/ident.js";
import { MAX_SHARE_URL, fitShare, readFragment, shareUrl, type Shrink } from "./share.js";

/** `<alter-classifier>`, as the engine sees it: `text` is what it classifies (the box's, or a long paste the element holds). */
export interface Host extends HTMLElement {
  text: string;
}

/** Text as nodes with `<wbr>` where an identifier may break (the site's one rule), so a phone never breaks one mid-word. */
function breakable(text: string): Node[] {
  const parts = text.length > 200 ? [text] : identWords(text);
  return parts.flatMap((part, i) => (i ? [document.createElement("wbr"), document.createTextNode(part)] : [document.createTextNode(part)]));
}

/** A `<span>` of text, or an `<a>` for a cell with `href`. */
function cell({ text, href, cls }: Cell): HTMLElement {
  const el = document.createElement(href ? "a" : "span");
  if (href) el.setAttribute("href", href);
  // Links and code name identifiers; prose breaks as prose.
  if (href || cls === "code") el.append(...breakable(text));
  else el.textContent = text;
  if (cls) el.className = cls;
  return el;
}

/** A list item, or a table row (its first cell a row header, each cell labelled by its column for the phone layout). */
function item(list: Element, cells: Cell[]): HTMLElement {
  if (list.localName !== "tbody") {
    const li = document.createElement("li");
    li.append(...cells.map(cell));
    return li;
  }
  const labels = [...(list.closest("table")?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent ?? "");
  const tr = document.createElement("tr");
  cells.forEach((c, i) => {
    const td = document.createElement(i ? "td" : "th");
    if (!i) td.setAttribute("scope", "row");
    if (labels[i]) td.dataset.label = labels[i];
    if (cells.length === 1 && labels.length > 1) td.colSpan = labels.length;
    td.append(cell(c));
    tr.append(td);
  });
  return tr;
}

function fillSlot(el: HTMLElement, content: Content): void {
  if (typeof content === "string") {
    el.textContent = content;
    el.removeAttribute("href"); // a slot that may hold a link holds plain text this time
  } else if (Array.isArray(content)) {
    el.replaceChildren(...content.map((c: Cell | Cell[]) => (Array.isArray(c) ? item(el, c) : cell(c))));
  } else if (el.localName === "a" && content.href) {
    el.replaceChildren(...breakable(content.text));
    el.setAttribute("href", content.href);
  } else el.replaceChildren(cell(content));
}

/** Fills a copy of a template: removes the parts the view does not show, writes the slots. */
function fill(root: DocumentFragment, view: View): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-show]")) {
    if (!el.dataset.show!.split(" ").some((token) => view.show.includes(token))) el.remove();
  }
  for (const el of root.querySelectorAll<HTMLElement>("[data-slot]")) {
    const content = view.slots[el.dataset.slot!];
    if (content !== undefined) fillSlot(el, content);
  }
  const entries = root.querySelector<HTMLElement>('[data-slot="entries"]');
  if (entries && view.entries) {
    entries.replaceChildren(
      ...view.entries.map((e) => {
        const label = document.createElement("label");
        const radio = document.createElement("input");
        radio.type = "radio";
        radio.name = "entry";
        radio.value = String(e.index);
        radio.checked = e.current;
        const text = document.createElement("span");
        text.textContent = e.label;
        label.append(radio, text);
        return label;
      }),
    );
  }
}

const kib = (n: number) => `${Math.ceil(n / 1024)} KiB`;

/** The classifier of one `<alter-classifier>` element. */
export class Engine {
  readonly #host: Host;
  readonly #data: PageData;
  readonly #empty: Node[];
  /** The HAR entry the person picked, until the text changes. */
  #entry: number | undefined;
  #view: View | undefined;
  /** What the result shows: the text and the options it was classified with. */
  #shown: { text: string; key: string } | undefined;

  constructor(host: Host) {
    this.#host = host;
    const data = host.querySelector('[data-slot="data"]')?.textContent;
    this.#data = data ? (JSON.parse(data) as PageData) : { guidance: {}, snippets: {} };
    this.#empty = [...this.#root("answer").childNodes].map((n) => n.cloneNode(true));
  }

  #root(name: string): HTMLElement {
    return this.#host.querySelector(`[data-root="${name}"]`)!;
  }

  #control<T extends HTMLElement = HTMLInputElement>(selector: string): T {
    return this.#host.querySelector<T>(selector)!;
  }

  /** The mapping options the page says: the source, the provider id, the HAR entry picked. */
  get options(): MapOptions {
    const opts: MapOptions = { source: this.#control('input[name="source"]:checked').value as Source };
    const provider = this.#control("#ac-provider").value.trim();
    if (provider) opts.providerId = provider;
    if (this.#entry !== undefined) opts.entry = this.#entry;
    return opts;
  }

  /** The text changed: a HAR entry picked for the old text means nothing for the new one. */
  textChanged(): void {
    this.#entry = undefined;
  }

  /**
   * Classifies what the box holds now and shows it, unless it is what is shown already:
   * the box fires `change` when it loses focus, and rebuilding the result then would take
   * away the link or button the focus (or a click) is moving to.
   */
  classify(): View {
    const text = this.#host.text;
    const opts = this.options;
    const key = JSON.stringify(opts);
    if (this.#view && text === this.#shown?.text && key === this.#shown.key) return this.#view;
    const view = explainView(text, opts, this.#data);
    this.#shown = { text, key };
    this.#render(view);
    return view;
  }

  #render(view: View): void {
    this.#view = view;
    if (view.cause) console.error(view.cause);
    const summary = this.#host.querySelector<HTMLElement>('[data-slot="summary"]')!;
    const focused = this.#host.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
    const answer = this.#root("answer");
    const details = this.#root("details");
    // A rebuild while the focus is in the result (the last keystroke's classification, landing after a Tab) keeps it on the same control.
    const inResult = focused && (answer.contains(focused) || details.contains(focused)) ? focused.dataset.result : undefined;
    if (view.state === "empty") {
      answer.replaceChildren(...this.#empty.map((n) => n.cloneNode(true)));
      details.replaceChildren();
      summary.textContent = "";
      return;
    }
    let built: [DocumentFragment, DocumentFragment];
    try {
      built = [this.#build("answer", view), this.#build("details", view)];
    } catch (err) {
      console.error(err);
      answer.replaceChildren(this.#build("failed", { ...view, show: [] }));
      details.replaceChildren();
      summary.textContent = "The result could not be shown.";
      return;
    }
    answer.replaceChildren(built[0]);
    details.replaceChildren(built[1]);
    summary.textContent = view.summary;
    // Picking a HAR entry rebuilds the picker: the choice keeps the focus.
    if (focused?.name === "entry") this.#host.querySelector<HTMLElement>(`input[name="entry"][value="${focused.value}"]`)?.focus();
    else if (inResult) this.#host.querySelector<HTMLElement>(`[data-result="${CSS.escape(inResult)}"]`)?.focus();
  }

  #build(template: string, view: View): DocumentFragment {
    const t = this.#host.querySelector<HTMLTemplateElement>(`template[data-template="${template}"]`)!;
    const root = t.content.cloneNode(true) as DocumentFragment;
    fill(root, view);
    return root;
  }

  /** Fills the page from a `#r=…` fragment and classifies; `false` when the fragment carries none. */
  loadFragment(): boolean {
    // Base64 of 5 MiB, and the options: anything longer cannot hold a response the mapper reads.
    if (location.hash.length > Math.ceil((MAX_INPUT_BYTES * 4) / 3) + 1024) {
      const message = "This link is too long to open: it would hold over 5 MiB of text, more than the classifier reads.";
      this.#host.text = "";
      this.#shown = undefined;
      this.#render({ state: "invalid", show: ["invalid"], summary: message, slots: { invalid: message } });
      return true;
    }
    const shared = readFragment(location.hash);
    if (!shared) return false;
    this.#control<HTMLInputElement>(`input[name="source"][value="${shared.source}"]`).checked = true;
    this.#control("#ac-provider").value = shared.providerId;
    this.#entry = shared.entry;
    // The link's text passes the gate a paste does before it reaches the box.
    const problem = shared.text === undefined
      ? "This link does not hold readable text: it was probably cut short when it was copied. Ask for the whole link."
      : pasteProblem(shared.text);
    if (problem !== undefined) {
      this.#host.text = "";
      this.#shown = undefined;
      this.#render({ state: "invalid", show: ["invalid"], summary: problem, slots: { invalid: problem } });
    } else {
      this.#host.text = shared.text!;
      this.classify();
    }
    return true;
  }

  /** Picks a HAR entry. */
  pickEntry(index: number): void {
    this.#entry = index;
    this.classify();
  }

  /** Switches the source (the "Read it as" buttons) and moves the focus to its radio. */
  switchSource(source: string): void {
    const radio = this.#control(`input[name="source"][value="${source}"]`);
    radio.checked = true;
    radio.focus();
    this.classify();
  }

  /**
   * Copies a share link of the masked text and shows it in a read-only field too. A link
   * over 32 KiB is not made: the page says so and offers the smaller ones.
   */
  async share(): Promise<void> {
    const text = this.#host.text;
    const status = this.#slot("share-status");
    this.#slot("share-fit").hidden = true;
    this.#slot("share-box").hidden = true;
    if (!text.trim()) {
      status.textContent = "Paste a response first: the link carries it.";
      return;
    }
    const url = shareUrl(location.href, { text, ...this.options });
    if (url.length <= MAX_SHARE_URL) return this.#offer(url, "Link copied. Secrets are masked in it.", "Secrets are masked in it.");
    const canCut = this.#view?.input !== undefined;
    status.textContent =
      `This response makes a ${kib(url.length)} link, and links over ${kib(MAX_SHARE_URL)} do not open everywhere, so none was made.` +
      (canCut ? " Share it smaller:" : " Paste only the failed response.");
    if (canCut) {
      this.#slot("share-fit").hidden = false;
      this.#host.querySelector<HTMLElement>('[data-fit="headers-only"]')!.hidden = this.#view!.input!.status === undefined;
    }
  }

  /** Makes the smaller link the person chose, and says what it kept and how it classifies. */
  async shareFitted(how: Shrink): Promise<void> {
    const input = this.#view?.input;
    if (!input) return;
    const opts = this.options;
    const fitted = fitShare(location.href, { text: this.#host.text, ...opts }, input, how);
    if (!fitted) {
      this.#slot("share-status").textContent = "Even the status and headers alone make a link over 32 KiB: share the response another way.";
      return;
    }
    const kept = fitted.kept === fitted.of ? "the whole body" : fitted.kept === 0 ? "the status and headers only" : `the body cut to ${fitted.kept} of ${fitted.of} characters`;
    const here = this.#view?.slots.name;
    const there = explainView(fitted.text, { ...opts, entry: undefined }, this.#data).slots.name;
    const name = (c: Content | undefined) => (c && typeof c === "object" && !Array.isArray(c) ? c.text : "no error");
    const same = name(here) === name(there) ? `It classifies as ${name(there)}, as here.` : `It classifies as ${name(there)} there, not ${name(here)}: say so when you share it.`;
    this.#slot("share-fit").hidden = true;
    await this.#offer(fitted.url, `Link copied, with ${kept}. ${same}`, `The link has ${kept}. ${same}`);
  }

  /** Shows the link in its field and copies it; `about` says what it holds when the clipboard cannot. */
  async #offer(url: string, done: string, about: string): Promise<void> {
    const field = this.#slot<HTMLInputElement>("share-url");
    field.value = url;
    this.#slot("share-box").hidden = false;
    if (await this.#copy(url, "share-status", done)) return;
    this.#slot("share-status").textContent = `The clipboard is not available here: copy the link from the field below. ${about}`;
    field.select();
  }

  /** Copies the `catch` snippet. */
  async copySnippet(): Promise<void> {
    if (!(await this.#copy(this.#slot("snippet").textContent ?? "", "copy-status", "Snippet copied."))) {
      this.#slot("copy-status").textContent = "Select the snippet and copy it.";
    }
  }

  #slot<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.#host.querySelector<T>(`[data-slot="${name}"]`)!;
  }

  async #copy(text: string, statusSlot: string, done: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      this.#slot(statusSlot).textContent = done;
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * `<alter-classifier>`: the live classifier. A thin element over `explainView` (the
 * SDK's own `explain`, bundled into this page): it reads the form, writes the view's
 * content into the slots the server rendered (`data-slot`), and shows the parts the view
 * names (`data-show`). Pasted text only ever enters the page as text (`textContent`,
 * `value`; `href` only from site paths the SDK builds): never as HTML.
 *
 * It classifies 150 ms after the last edit, and at once on `change` (a radio, the
 * provider field, the textarea losing focus, or a `change` event a script dispatches),
 * on `classify()`, and when the fragment carries a shared response (`#r=…`, also on
 * `hashchange`). It makes no request.
 * @module
 */
import type { Guidance } from "@alter-ai/alter-sdk/docs";
import { explainView, type Cell, type Content, type View } from "./view.js";
import { maskForShare } from "./mask.js";
import { readFragment, sharePath } from "./share.js";

const DEBOUNCE_MS = 150;

/** A `<span>` of text, or an `<a>` for a cell with `href`. */
function cell({ text, href, cls }: Cell): HTMLElement {
  const el = document.createElement(href ? "a" : "span");
  el.textContent = text;
  if (href) el.setAttribute("href", href);
  if (cls) el.className = cls;
  return el;
}

/** A list item, or a table row (its first cell a row header) when the list is a `<tbody>`. */
function item(list: Element, cells: Cell[]): HTMLElement {
  if (list.localName !== "tbody") {
    const li = document.createElement("li");
    li.append(...cells.map((c) => cell(c)));
    return li;
  }
  const tr = document.createElement("tr");
  cells.forEach((c, i) => {
    const td = document.createElement(i ? "td" : "th");
    if (!i) td.setAttribute("scope", "row");
    td.append(cell(c));
    tr.append(td);
  });
  return tr;
}

class AlterClassifier extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #snippets: Record<string, string> = {};
  #guidance: Record<string, Guidance> = {};

  #s<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-slot="${name}"]`) as T;
  }

  #field<T = HTMLInputElement>(name: string): T {
    return this.querySelector("form")!.elements.namedItem(name) as T;
  }

  connectedCallback(): void {
    this.#snippets = JSON.parse(this.#s("snippets").textContent!);
    this.#guidance = JSON.parse(this.#s("guidance").textContent!);
    const form = this.querySelector("form")!;
    form.addEventListener("submit", (e) => e.preventDefault());
    form.addEventListener("input", () => {
      // An edit makes the shared text in the fragment stale; opening that link again must reload it.
      if (location.hash) history.replaceState(null, "", location.pathname + location.search);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.classify(), DEBOUNCE_MS);
    });
    form.addEventListener("change", () => this.classify());
    this.addEventListener("click", (e) => {
      const button = (e.target as Element).closest("button");
      const data = button?.dataset ?? {};
      if (data.switch) {
        const radio = this.#radio(data.switch);
        radio.checked = true;
        radio.focus();
        this.classify();
      }
      if (data.copy) void this.#copy(this.#s(data.copy).textContent!, "copy-status", data.done!);
      if (data.share !== undefined) void this.share(data.done!);
    });
    addEventListener("hashchange", () => this.#load(true));
    this.#load(false);
  }

  /** The mapping options the form says: the source radio and the provider id. */
  get options(): { source: "auto" | "backend" | "provider"; providerId: string | undefined } {
    return {
      source: this.#field<RadioNodeList>("source").value as "auto",
      providerId: this.#field("provider").value.trim() || undefined,
    };
  }

  /** Classifies what the box holds now and renders it, synchronously. */
  classify(): View {
    clearTimeout(this.#timer);
    const view = explainView(this.#field<HTMLTextAreaElement>("text").value, this.options, this.#snippets, this.#guidance);
    this.#render(view);
    return view;
  }

  #radio(source: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="source"][value="${source}"]`)!;
  }

  /** Fills the form from a `#r=…` fragment and classifies. */
  #load(scroll: boolean): void {
    // `#example-<n>` (the error pages' light links) opens that gallery card's own share link.
    const card = /^#example-\d+$/.test(location.hash) ? this.ownerDocument.getElementById(location.hash.slice(1)) : null;
    const hash = card?.querySelector("a")?.hash ?? location.hash;
    const shared = readFragment(hash);
    if (!shared) return;
    this.#radio(shared.source).checked = true;
    this.#field("provider").value = shared.providerId;
    this.#field<HTMLTextAreaElement>("text").value = shared.text ?? "";
    if (shared.text === undefined) {
      const message = "This link does not hold readable text: it may have been cut short.";
      this.#render({ show: ["invalid"], summary: message, slots: { invalid: message } });
    } else this.classify();
    if (scroll) this.scrollIntoView();
  }

  #render(view: View): void {
    if (view.cause) console.error(view.cause);
    for (const el of this.querySelectorAll<HTMLElement>("[data-show]")) {
      el.hidden = !el.dataset.show!.split(" ").some((token) => view.show.includes(token));
    }
    const slots: [string, Content][] = [...Object.entries(view.slots), ["summary", view.summary]];
    for (const [name, content] of slots) {
      const el = this.#s(name);
      if (typeof content === "string") {
        el.textContent = content;
        el.removeAttribute("href"); // a slot that may hold a link holds plain text this time
      } else if (Array.isArray(content)) el.replaceChildren(...content.map((c: Cell | Cell[]) => (Array.isArray(c) ? item(el, c) : cell(c))));
      else {
        el.textContent = content.text;
        el.setAttribute("href", content.href!);
      }
    }
  }

  /** Copies a share link of the masked text, and shows it in a read-only field too. */
  async share(done = ""): Promise<void> {
    const text = this.#field<HTMLTextAreaElement>("text").value;
    if (!text.trim()) {
      this.#s("share-status").textContent = this.#s("share-status").dataset.empty!;
      return;
    }
    const field = this.#s<HTMLInputElement>("share-url");
    field.value = new URL(sharePath({ text: maskForShare(text), ...this.options }), location.href).href;
    field.parentElement!.hidden = false;
    if (!(await this.#copy(field.value, "share-status", done))) field.select();
  }

  async #copy(text: string, statusSlot: string, done: string): Promise<boolean> {
    const status = this.#s(statusSlot);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
      return true;
    } catch {
      status.textContent = status.dataset.fail!;
      return false;
    }
  }
}

if (!customElements.get("alter-classifier")) customElements.define("alter-classifier", AlterClassifier);

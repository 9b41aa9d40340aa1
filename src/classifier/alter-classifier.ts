/**
 * `<alter-classifier>`: the live classifier's element, the only script the page loads
 * up front. It listens (typing, pasting, dropping, the options, the buttons, the
 * fragment) and hands the work to the engine (`engine.ts`: the SDK's mapper, the result
 * writer, the share link), which it imports on the first interaction or at once when the
 * link carries a response: the page loads without compiling the mapper.
 *
 * Before pasted or dropped text reaches the box, the SDK's own gate checks it: over
 * 5 MiB, or binary, it is kept out and the page says why (a browser lays out megabytes of
 * control characters in a textarea in superlinear time, and the mapper would refuse it
 * anyway). A shared link goes through the same gate.
 *
 * Text over 64 KiB that is pasted, dropped or opened from a link is held by the element
 * and the box shows only its start, read-only, with a "Clear" button: Chromium takes
 * 4.4 s to lay out a pasted 5 MiB HAR in a textarea (1 s for 1 MiB) while the mapper
 * classifies it in under 100 ms, so showing it all would freeze the page for the one case
 * the classifier is fastest at. The engine reads `text`, never the box.
 *
 * It classifies 150 ms after the last edit, and at once on `change` (a radio, the
 * provider field, the box losing focus, or a `change` a script dispatches) and on
 * `hashchange`. It makes no request but the one for its own engine; the element sets
 * `data-ready` once the engine is loaded.
 * @module
 */
import { pasteProblem } from "@alter-ai/alter-sdk/docs";
import type { Engine } from "./engine.js";

const DEBOUNCE_MS = 150;
/** Longer text is held, not laid out in the box (see above). */
const HOLD_CHARS = 64 * 1024;
/** How much of a held text the box shows. */
const PREVIEW_CHARS = 4 * 1024;

/** The start of a held text, cut at a line break, and what is not shown. */
function preview(text: string): string {
  const cut = text.lastIndexOf("\n", PREVIEW_CHARS);
  const start = text.slice(0, cut > 0 ? cut : PREVIEW_CHARS);
  return `${start}\n… (${size(text.length - start.length)} more, not shown)`;
}

/** A length in characters, as a person reads it. */
function size(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} M characters` : `${Math.ceil(chars / 1024)} K characters`;
}

class AlterClassifier extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #engine: Promise<Engine> | undefined;
  #ready: Engine | undefined;
  /** Text too long for the box, which shows its start. */
  #held: string | undefined;

  /** The text the classifier reads: what the box holds, or the long text held for it. */
  get text(): string {
    return this.#held ?? this.#box.value;
  }

  /** Puts `value` in the box, or holds it and shows its start when it is long. Fires no event. */
  set text(value: string) {
    const box = this.#box;
    const held = value.length > HOLD_CHARS;
    this.#held = held ? value : undefined;
    box.value = held ? preview(value) : value;
    box.readOnly = held;
    const note = this.querySelector<HTMLElement>('[data-slot="held"]')!;
    note.hidden = !held;
    if (held) note.querySelector('[data-slot="held-size"]')!.textContent = size(value.length);
  }

  /** The engine, imported once. */
  engine(): Promise<Engine> {
    this.#engine ??= import("./engine.js").then(
      ({ Engine }) => {
        this.#ready = new Engine(this);
        this.dataset.ready = "";
        return this.#ready;
      },
      (err: unknown) => {
        // Offline, or a deploy replaced the chunk: say so, and try again on the next sign of a person.
        this.#engine = undefined;
        this.querySelector('[data-slot="refused"]')!.textContent = "The classifier could not load (are you offline?). Reload the page to try again.";
        throw err;
      },
    );
    return this.#engine;
  }

  /** Runs `task` with the engine: at once when it is loaded, else when it is. */
  #with(task: (engine: Engine) => unknown): void {
    if (this.#ready) void task(this.#ready);
    else void this.engine().then(task);
  }

  get #box(): HTMLTextAreaElement {
    return this.querySelector("textarea")!;
  }

  connectedCallback(): void {
    const box = this.#box;
    const refused = this.querySelector<HTMLElement>('[data-slot="refused"]')!;
    const guard = (text: string, event: Event) => {
      const problem = pasteProblem(text);
      refused.textContent = problem ?? "";
      if (problem !== undefined) return event.preventDefault();
      // A long text, or any text over a held one (the box is read-only then), is put in place here.
      if (text.length > HOLD_CHARS || this.#held !== undefined) {
        event.preventDefault();
        this.#replace(text);
      }
    };
    box.addEventListener("paste", (e) => guard(e.clipboardData?.getData("text/plain") ?? "", e));
    box.addEventListener("drop", (e) => {
      // A dropped file is not read: only text, as a paste.
      if (e.dataTransfer?.files.length) {
        e.preventDefault();
        refused.textContent = "Dropped files are not read: open the file and paste its text.";
      } else guard(e.dataTransfer?.getData("text/plain") ?? "", e);
    });
    this.addEventListener("input", (e) => {
      if (e.target !== box) return;
      refused.textContent = "";
      this.#edited();
      this.#timer = setTimeout(() => this.#with((engine) => engine.classify()), DEBOUNCE_MS);
    });
    this.addEventListener("change", (e) => {
      const target = e.target as HTMLInputElement;
      clearTimeout(this.#timer);
      if (target.name === "entry") this.#with((engine) => engine.pickEntry(Number(target.value)));
      // A text field's change fires as the focus leaves it (a Tab from the box to the result, before the last keystroke's
      // classification ran): classify once the focus has landed, so that the rebuilt result keeps it on the same control.
      else if (target.localName === "textarea" || target.type === "text") this.#timer = setTimeout(() => this.#with((engine) => engine.classify()), 0);
      else this.#with((engine) => engine.classify());
    });
    this.addEventListener("click", (e) => {
      const button = (e.target as Element).closest("button");
      const data = button?.dataset ?? {};
      if (data.switch) this.#with((engine) => engine.switchSource(data.switch!));
      else if (data.copy) this.#with((engine) => engine.copySnippet());
      else if (data.share !== undefined) this.#with((engine) => engine.share());
      else if (data.fit) this.#with((engine) => engine.shareFitted(data.fit as "cut-body"));
      else if (data.clear !== undefined) {
        this.#replace("");
        box.focus();
      }
    });
    // The engine comes on the first sign of a person (a pointer over the page's form, a
    // focus, a touch), before the paste it serves, and not on load: compiling the mapper
    // while the page loads is what made it slow to become interactive.
    for (const type of ["pointerover", "focusin", "pointerdown"]) this.addEventListener(type, () => void this.engine(), { once: true });
    addEventListener("hashchange", () => this.#load(true));
    this.#load(false);
  }

  /**
   * What any change of the text means: the shared text in the fragment is stale (opening
   * that link again must reload it), a pending classification is for the old text, and so
   * is the HAR entry picked.
   */
  #edited(): void {
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    clearTimeout(this.#timer);
    this.#with((engine) => engine.textChanged());
  }

  /** Replaces the whole text, as an edit does, and classifies it at once. */
  #replace(text: string): void {
    this.text = text;
    this.#edited();
    this.#with((engine) => engine.classify());
  }

  /** Opens the response a `#r=…` fragment carries, through the same gate as a paste. */
  #load(scroll: boolean): void {
    if (!/(?:^#|&)r=/.test(location.hash)) return;
    this.#with((engine) => {
      if (engine.loadFragment() && scroll) this.scrollIntoView();
    });
  }
}

if (!customElements.get("alter-classifier")) customElements.define("alter-classifier", AlterClassifier);

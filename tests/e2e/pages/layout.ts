/**
 * How a page lays out at the current viewport, measured in the browser: what sticks out past
 * the viewport's edges, which table cells start beyond the right edge, and how identifiers
 * are allowed to break. Counted quantities only: every check returns the offending elements.
 */
import type { Page } from "@playwright/test";

export interface Overflow {
  /** Elements wider than the viewport (or past an edge) outside any scroll container: one line each. */
  readonly outside: string[];
  /** Scroll containers holding something past the viewport's edge that do not show they scroll. */
  readonly silentScrollers: string[];
  /** Scroll containers that do show they scroll (a scrollbar that takes room). */
  readonly scrollers: number;
  /** Table cells (`th`, `td`) that start at or beyond the right edge. */
  readonly cellsOffscreen: string[];
  /** Table cells whose content spills out of them (over the next column, or off the table). */
  readonly cellsSpilling: string[];
  /** Cells measured. */
  readonly cells: number;
  /** The document is wider than the viewport (the whole page scrolls sideways). */
  readonly pageScrollsSideways: boolean;
  /** Code blocks whose content is wider than the block (cut, or hidden behind a scrollbar). */
  readonly codeBlocksCut: string[];
  /** Code blocks measured. */
  readonly codeBlocks: number;
}

export interface IdentifierBreaks {
  /** Identifiers measured (visible `code.ident`, sidebar labels, identifier page titles). */
  readonly measured: number;
  /** Those that span more than one line. */
  readonly wrapped: number;
  /** Word pieces (the text between two break opportunities) split across lines: each a mid-word break. */
  readonly midWord: string[];
  /** Identifiers whose computed `overflow-wrap` or `word-break` lets the browser break anywhere. */
  readonly breakAnywhere: string[];
}

export class Layout {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Measures what overflows the viewport, ignoring what is visually hidden (sr-only, closed menus). */
  overflow(): Promise<Overflow> {
    return this.page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const describe = (el: Element) => {
        const r = el.getBoundingClientRect();
        const id = el.id ? `#${el.id}` : "";
        const cls = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
        const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}..${Math.round(r.right)} of ${vw}] "${text}"`;
      };
      const shownBox = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const s = getComputedStyle(el);
        return s.visibility !== "hidden" && s.display !== "none";
      };
      // Visually hidden on purpose (screen-reader-only text, a table's header row shown as card labels).
      const clipped = (el: Element) => {
        for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          const r = a.getBoundingClientRect();
          if (s.clipPath.startsWith("inset(50%")) return true;
          if ((s.overflowX === "hidden" || s.overflowX === "clip") && r.width <= 1 && r.height <= 1) return true;
        }
        return false;
      };
      const scrollerOf = (el: Element) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if ((s.overflowX === "auto" || s.overflowX === "scroll") && a.scrollWidth > a.clientWidth) return a as HTMLElement;
        }
        return undefined;
      };
      const outside: string[] = [];
      const silent = new Set<Element>();
      const shown = new Set<Element>();
      for (const el of document.body.querySelectorAll("*")) {
        if (!shownBox(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.right <= vw + 0.5 && r.left >= -0.5) continue;
        if (clipped(el)) continue;
        const scroller = scrollerOf(el);
        if (!scroller) outside.push(describe(el));
        // A scroll container shows it scrolls when its scrollbar takes room (not an overlay that appears on touch).
        else (scroller.offsetHeight - scroller.clientHeight > 0 ? shown : silent).add(scroller);
      }
      const cells = [...document.querySelectorAll("main th, main td")].filter((c) => shownBox(c) && !clipped(c));
      const cellsOffscreen = cells.filter((c) => c.getBoundingClientRect().left >= vw - 1).map(describe);
      const cellsSpilling = cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map(describe);
      const blocks = [...document.querySelectorAll(".expressive-code pre")].filter(shownBox);
      const codeBlocksCut = blocks.filter((b) => b.scrollWidth > b.clientWidth + 1).map(describe);
      return {
        outside,
        silentScrollers: [...silent].map(describe),
        scrollers: shown.size,
        cellsOffscreen,
        cellsSpilling,
        cells: cells.length,
        pageScrollsSideways: document.documentElement.scrollWidth > vw,
        codeBlocksCut,
        codeBlocks: blocks.length,
      };
    });
  }

  /**
   * How the visible identifiers break: each text node between two `<wbr>` is one piece that
   * must sit on one line (Range.getClientRects gives one box per line a piece occupies).
   */
  identifierBreaks(): Promise<IdentifierBreaks> {
    return this.page.evaluate(() => {
      const idents = [...document.querySelectorAll("code.ident, .ident-label, h1.identifier")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
      });
      const midWord: string[] = [];
      const breakAnywhere: string[] = [];
      let wrapped = 0;
      const lineTops = (range: Range) => new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      for (const el of idents) {
        const s = getComputedStyle(el);
        if (s.overflowWrap !== "normal" || s.wordBreak !== "normal") breakAnywhere.push(`${el.textContent}: ${s.overflowWrap}/${s.wordBreak}`);
        const whole = document.createRange();
        whole.selectNodeContents(el);
        if (lineTops(whole).size > 1) wrapped++;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          // Spaces (in a type such as `string | undefined`) are break opportunities too: each word is a piece.
          for (const m of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            if (lineTops(range).size > 1) midWord.push(`${el.textContent}: "${m[0]}"`);
          }
        }
      }
      return { measured: idents.length, wrapped, midWord, breakAnywhere };
    });
  }
}

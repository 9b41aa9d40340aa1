/**
 * Reading the built site (dist/) for the site tests. `npm test` builds first; run alone,
 * `npm run build` must have run: a missing dist/ fails loudly.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = join(ROOT, "dist");

if (!existsSync(join(DIST, "index.html"))) {
  throw new Error("dist/ is missing or empty: run `npm run build` (or `npm test`, which builds first) before the site tests.");
}

/** Every file under dist/, as site paths (`/errors/x/index.html`). */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(full) : ["/" + relative(DIST, full).split(sep).join("/")];
  });
}

/** The file a site path is served from (`/errors/` → dist/errors/index.html), or undefined; `dist` is another build's output. */
export function fileFor(path: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  // `/404/` is built as 404.html (Starlight's canonical link of the 404 page names it so).
  const candidates = clean.endsWith("/") ? [clean + "index.html", clean.slice(0, -1) + ".html"] : [clean, clean + "/index.html"];
  for (const c of candidates) {
    const full = join(dist, c);
    if (full.startsWith(dist) && existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

/** The HTML of a page by its site path. */
export function page(path: string): string {
  const file = fileFor(path);
  if (!file) throw new Error(`${path} was not built (no file in dist/)`);
  return readFileSync(file, "utf8");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references Astro writes in attributes and text. */
export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** Every value of an attribute in an HTML text, decoded. */
export function attrValues(html: string, attr: string): string[] {
  const re = new RegExp(`\\s${attr}="([^"]*)"`, "g");
  return [...html.matchAll(re)].map((m) => decode(m[1]!));
}

/** The text of an element's HTML: tags dropped, references decoded, white space collapsed. */
export function text(html: string): string {
  return decode(html.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

/** The part of a page that Pagefind indexes (`data-pagefind-body`). */
export function indexedHtml(html: string): string {
  const start = html.search(/<main[^>]*data-pagefind-body/);
  if (start < 0) return "";
  return html.slice(start, html.indexOf("</main>", start));
}

/** Expressive Code keeps each block's text in its copy button's `data-code`, lines joined by U+007F. */
export function codeBlocks(html: string): string[] {
  return attrValues(html, "data-code").map((c) => c.replace(/\u007f/g, "\n"));
}

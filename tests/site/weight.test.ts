/**
 * Page weight, by counted bytes: an error page's first load (its HTML and the CSS and JS it
 * references, each gzip-compressed) stays within a plain Starlight page of the same site
 * plus 10 KB. The plain page is a guide with only Markdown: prose, a table and a code block.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ERROR_NAMES, SITE_ORIGIN, errorPath } from "@alter-ai/alter-sdk/docs";
import { attrValues, fileFor } from "./dist";

const BUDGET = 10 * 1024;
const BASELINE = "/guides/request-ids-and-support/";

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files a page loads first: the HTML, its stylesheets and scripts, and the modules those import. */
function firstLoad(path: string): Map<string, number> {
  const files = new Map<string, number>();
  const add = (p: string) => {
    const file = fileFor(p);
    if (!file || files.has(p)) return;
    files.set(p, gz(file));
    if (p.endsWith(".js")) {
      const js = readFileSync(file, "utf8");
      // Static imports only: dynamic ones (Pagefind, opened on demand) are not part of the first load.
      for (const m of js.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/g)) add(new URL(m[1]!, SITE_ORIGIN + p).pathname);
    }
  };
  add(path);
  const html = readFileSync(fileFor(path)!, "utf8");
  for (const tag of html.match(/<link[^>]+>/g) ?? []) {
    if (/rel="stylesheet"/.test(tag) && !/media="print"/.test(tag)) attrValues(tag, "href").forEach((h) => add(new URL(h, SITE_ORIGIN + path).pathname));
    if (/rel="modulepreload"/.test(tag)) attrValues(tag, "href").forEach((h) => add(new URL(h, SITE_ORIGIN + path).pathname));
  }
  for (const tag of html.match(/<script[^>]+src=[^>]+>/g) ?? []) attrValues(tag, "src").forEach((s) => add(new URL(s, SITE_ORIGIN + path).pathname));
  return files;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe("page weight", () => {
  const baseline = firstLoad(BASELINE);
  const base = total(baseline);

  test("the baseline is a plain Starlight page with a table and a code block", () => {
    const html = readFileSync(fileFor(BASELINE)!, "utf8");
    expect(html).toMatch(/<table/);
    expect(html).toMatch(/data-code=/);
    const notFound = total(firstLoad("/404.html"));
    console.log(`plain page ${BASELINE}: ${kb(base)} gzip (${[...baseline].map(([f, n]) => `${f} ${n}`).join(", ")}); 404 page: ${kb(notFound)}`);
  });

  test("every error page loads within the plain page plus 10 KB (gzip)", () => {
    const weights = ERROR_NAMES.map((n) => [n, firstLoad(errorPath(n))] as const).sort((a, b) => total(b[1]) - total(a[1]));
    const [heaviest, files] = weights[0]!;
    const lightest = weights.at(-1)!;
    console.log(
      `error pages: heaviest ${heaviest} ${kb(total(files))} (${[...files].map(([f, n]) => `${f} ${n}`).join(", ")}); ` +
        `lightest ${lightest[0]} ${kb(total(lightest[1]))}; budget ${kb(base + BUDGET)} (plain ${kb(base)} + 10 KB)`,
    );
    const over = weights.filter(([, f]) => total(f) > base + BUDGET).map(([n, f]) => `${n}: ${kb(total(f))}`);
    expect(over).toEqual([]);
  });
});

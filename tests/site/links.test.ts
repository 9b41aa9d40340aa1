/**
 * Every internal link of the built site, and every `docsUrl` the SDK can produce, resolves
 * to a built file (and, for a fragment, to an element with that id).
 */
import { describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CLASSIFY_PATH,
  CODES,
  ERROR_CLASSES,
  ERROR_NAMES,
  InsufficientScopeError,
  RULES,
  SCOPES,
  SITE_ORIGIN,
  codePath,
  errorPath,
  rulePath,
  scopePath,
} from "@alter-ai/alter-sdk/docs";
import { ROOT, attrValues, distFiles, fileFor } from "./dist";

// The classifier page belongs to another module of the site; once its source exists, its
// links are checked like any other.
const CLASSIFIER_EXISTS = existsSync(join(ROOT, "src/pages/classify.astro"));
if (!CLASSIFIER_EXISTS) console.warn("src/pages/classify.astro does not exist yet: links to /classify/ are not checked.");

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, "utf8");
    ids = new Set([...attrValues(html, "id"), ...attrValues(html, "name")]);
    idsCache.set(file, ids);
  }
  return ids;
}

/** Why `href` (found on `from`) does not resolve, or undefined when it does. */
function broken(href: string, from: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, SITE_ORIGIN + from);
  } catch {
    return "not a URL";
  }
  if (url.origin !== SITE_ORIGIN) return undefined; // external
  if (url.pathname === CLASSIFY_PATH && !CLASSIFIER_EXISTS) return undefined;
  const file = fileFor(url.pathname);
  if (!file) return `no file for ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  // The classifier's `#r=<text>` is its input, not an anchor.
  if (fragment && !(url.pathname === CLASSIFY_PATH && fragment.startsWith("r=")) && file.endsWith(".html") && !idsOf(file).has(fragment)) {
    return `no id "${fragment}" in ${url.pathname}`;
  }
  return undefined;
}

const htmlFiles = distFiles().filter((f) => f.endsWith(".html"));

describe("links", () => {
  test("the crawl covers the site", () => {
    expect(htmlFiles.length).toBeGreaterThan(ERROR_NAMES.length + SCOPES.length);
  });

  test("every internal href and src of every built page resolves", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const path of htmlFiles) {
      const html = readFileSync(fileFor(path)!, "utf8");
      const from = path.replace(/index\.html$/, "");
      for (const attr of ["href", "src"]) {
        for (const href of attrValues(html, attr)) {
          if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
          checked++;
          const why = broken(href, from);
          if (why) failures.push(`${path}: ${attr}="${href}": ${why}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  test("every docsUrl the SDK can produce resolves", () => {
    const urls = [
      ...ERROR_NAMES.map(errorPath),
      ...ERROR_NAMES.map((n) => new ERROR_CLASSES[n]("").docsUrl.slice(SITE_ORIGIN.length)),
      ...SCOPES.map((s) => scopePath(s.scope)),
      ...SCOPES.map((s) => new InsufficientScopeError("", { details: { missing: [s.scope] } }).docsUrl.slice(SITE_ORIGIN.length)),
      ...CODES.map((c) => codePath(c.code)),
      ...RULES.map((r) => rulePath(r.id)),
      ...(CLASSIFIER_EXISTS ? [CLASSIFY_PATH] : []),
    ];
    expect(urls.map((u) => [u, broken(u, "/")]).filter(([, why]) => why)).toEqual([]);
  });

  test("the tools' files link only to built pages", () => {
    const json = JSON.parse(readFileSync(fileFor("/errors.json")!, "utf8"));
    const docsUrls: string[] = JSON.stringify(json).match(/"(?:docsUrl|classDocsUrl)":"[^"]+"/g)!.map((m) => m.split('":"')[1]!.slice(0, -1));
    const llms = [...readFileSync(fileFor("/llms.txt")!, "utf8").matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]!);
    const failures = [...docsUrls, ...llms].filter((u) => u.startsWith(SITE_ORIGIN) && broken(u, "/"));
    expect(failures).toEqual([]);
    expect(llms.length).toBeGreaterThan(ERROR_NAMES.length);
  });
});

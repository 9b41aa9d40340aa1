// @ts-check
// Every URL the SDK's `err.docsUrl` can produce, and the committed list of them:
// tests/fixtures/docs-urls.txt, sorted, one URL a line. tests/site/docs-urls.test.ts fails
// when the SDK produces a URL the list lacks, and checks that every listed URL still
// resolves in the built site (a page, or a redirect to one: src/integrations/redirects.mjs).
// A URL leaves the list only by a deliberate edit: an SDK release has put it in logs,
// tickets and bookmarks.
//
//   node scripts/docs-urls.mjs          prints what the SDK produces (the SDK must be built)
//   node scripts/docs-urls.mjs --add    adds what the list lacks to it, and removes nothing
//
// `npm run docs-urls -- --add` builds the SDK first.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  CLASSIFY_PATH,
  CODES,
  ERROR_CLASSES,
  ERROR_NAMES,
  InsufficientScopeError,
  SCOPES,
  SITE_ORIGIN,
  codePath,
  errorPath,
  scopePath,
} from "@alter-ai/alter-sdk/docs";

/** The committed list. */
export const LIST = fileURLToPath(new URL("../tests/fixtures/docs-urls.txt", import.meta.url));

/**
 * Every URL the SDK produces, sorted and without duplicates: each class's page (its
 * `docsUrl`), each scope's page (an `InsufficientScopeError`'s `docsUrl` names the first
 * missing catalog scope's page), each backend code's row on /reference/codes/ (the error
 * pages and the classifier link there), and the classifier.
 *
 * @returns {string[]}
 */
export function sdkUrls() {
  const urls = new Set([SITE_ORIGIN + CLASSIFY_PATH]);
  for (const name of ERROR_NAMES) {
    urls.add(SITE_ORIGIN + errorPath(name));
    urls.add(new ERROR_CLASSES[name]("").docsUrl);
  }
  for (const { scope } of SCOPES) {
    urls.add(SITE_ORIGIN + scopePath(scope));
    urls.add(new InsufficientScopeError("", { details: { missing: [scope] } }).docsUrl);
  }
  for (const { code } of CODES) urls.add(SITE_ORIGIN + codePath(code));
  return [...urls].sort();
}

/**
 * The committed list's URLs, in file order (blank lines skipped).
 *
 * @param {string} [text] - The list's text (default: read from disk).
 * @returns {string[]}
 */
export function listedUrls(text = readFileSync(LIST, "utf8")) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const produced = sdkUrls();
  if (process.argv.includes("--add")) {
    let listed = /** @type {string[]} */ ([]);
    try {
      listed = listedUrls();
    } catch {
      // no list yet: it starts with what the SDK produces
    }
    const missing = produced.filter((u) => !listed.includes(u));
    writeFileSync(LIST, [...new Set([...listed, ...missing])].sort().join("\n") + "\n");
    console.log(`docs-urls: ${missing.length} URL(s) added to tests/fixtures/docs-urls.txt${missing.map((u) => `\n  + ${u}`).join("")}`);
  } else {
    process.stdout.write(produced.join("\n") + "\n");
  }
}

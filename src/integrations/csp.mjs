/**
 * The site's Content-Security-Policy.
 *
 * Astro 7's `security.csp` emits a `<meta http-equiv="content-security-policy">` on every
 * page with `'self'` and the hashes of the scripts and styles Astro itself bundles. That
 * is not enough for Starlight 0.42, whose pages also carry:
 *
 * - `is:inline` scripts (the theme provider, the search shortcut, the sidebar scroll
 *   restore, `updatePickers()`) that Astro does not hash: blocked by `script-src`;
 * - `style="..."` attributes (`--sl-icon-size`, `--depth`, `display: none`) that no
 *   `style-src` hash can allow, because hashes only match attributes beside
 *   `'unsafe-hashes'` in `style-src-attr`.
 *
 * So after the build this integration rewrites each page's policy: it adds the sha256 of
 * every inline `<script>` and `<style>` of that page, sets `style-src-attr` to
 * `'unsafe-hashes'` plus the sha256 of every `style` attribute value of that page, and
 * moves the `<meta>` to the top of `<head>` (Astro puts it after Starlight's inline theme
 * script, which then ran before any policy existed).
 *
 * Why hashes and not `style-src-attr 'unsafe-inline'`: a `style` attribute cannot run
 * script, but it can still restyle the page (a fake login box over the real one); with
 * hashes only the attributes the build wrote are honoured. The one price is that a
 * script setting a new `style` attribute at run time (`setAttribute("style", …)`) is
 * refused; setting `element.style.x` (CSSOM) is not covered by CSP and stays allowed,
 * and that is what Starlight's and Pagefind's scripts do.
 *
 * Not expressible with Astro 7 alone, and why this file exists: `security.csp` cannot hash
 * inline scripts it did not bundle (`is:inline`), and it has no per-page attribute hashes.
 * Delivered as a `<meta>`, the policy cannot carry `frame-ancestors`, `report-uri` or
 * `sandbox` (browsers ignore them there): a host that can send headers should send this
 * same policy as a `Content-Security-Policy` header and add `frame-ancestors 'none'`.
 *
 * Runs at build time in Node; not bundled into any page.
 * @module
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** @typedef {Extract<NonNullable<NonNullable<import("astro").AstroUserConfig["security"]>["csp"]>, object>} CspConfig */

/**
 * The directives beside `script-src` and `style-src`, on every page.
 *
 * @type {NonNullable<CspConfig["directives"]>}
 */
const DIRECTIVES = [
  "default-src 'self'",
  // Starlight's and Expressive Code's CSS draw a few icons as data: SVGs.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index from the site; nothing else is ever fetched.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** `script-src` sources: Pagefind compiles its WebAssembly search index in the page. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
// Inside a tag: a `style` attribute, double- or single-quoted (Astro writes double quotes).
const STYLE_ATTR = /<[a-zA-Z][^>]*?\sstyle=(?:"([^"]*)"|'([^']*)')/g;

/**
 * `'sha256-…'` of a string, as a CSP source.
 *
 * @param {string} text
 */
export function sha256Source(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** @type {Record<string, string>} */
const ENTITIES = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };

/**
 * The value of an HTML attribute as the browser reads it (the entities Astro writes).
 *
 * @param {string} value
 */
function decodeAttribute(value) {
  return value.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi,
    (/** @type {string} */ all, /** @type {string | undefined} */ dec, /** @type {string | undefined} */ hex, /** @type {string} */ name) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ENTITIES[name.toLowerCase()] ?? all;
    },
  );
}

/**
 * Adds sources to a directive of a parsed policy, creating it when absent.
 *
 * @param {Map<string, string[]>} policy
 * @param {string} name
 * @param {string[]} sources
 */
function addSources(policy, name, sources) {
  const list = policy.get(name) ?? [];
  for (const s of sources) if (!list.includes(s)) list.push(s);
  policy.set(name, list);
}

/**
 * Rewrites one page: hashes its inline scripts, inline styles and style attributes into
 * its CSP `<meta>`, and moves the `<meta>` right after `<meta charset>`. A page without
 * the `<meta>` (Astro did not render one) is returned as it is.
 *
 * @param {string} html
 */
export function rewritePolicy(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  /** @type {Map<string, string[]>} */
  const policy = new Map();
  for (const part of decodeAttribute(meta[1]).split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  const body = html.replace(meta[0], "");

  const scripts = [];
  for (const [, attrs, text] of body.matchAll(INLINE_SCRIPT)) {
    // External scripts are allowed by 'self'; JSON data blocks never run.
    if (/\ssrc=/.test(attrs) || /\stype="application\/(?:ld\+)?json"/.test(attrs)) continue;
    scripts.push(sha256Source(text));
  }
  addSources(policy, policy.has("script-src-elem") ? "script-src-elem" : "script-src", scripts);

  const styles = [...body.matchAll(INLINE_STYLE)].map(([, text]) => sha256Source(text));
  addSources(policy, policy.has("style-src-elem") ? "style-src-elem" : "style-src", styles);

  const attributes = [...body.matchAll(STYLE_ATTR)].map(([, dq, sq]) => sha256Source(decodeAttribute(dq ?? sq)));
  policy.set("style-src-attr", attributes.length ? ["'unsafe-hashes'", ...new Set(attributes)] : ["'none'"]);

  const content = [...policy].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
  const tag = `<meta http-equiv="content-security-policy" content="${content.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(body);
  if (!charset) return body.replace(/<head>/i, (/** @type {string} */ h) => h + tag);
  const at = charset.index + charset[0].length;
  return body.slice(0, at) + tag + body.slice(at);
}

/**
 * The HTML files under `dir`, at any depth.
 *
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/**
 * The integration: turns on `security.csp`, then completes each built page's policy.
 *
 * @returns {import("astro").AstroIntegration}
 */
export default function csp() {
  return {
    name: "alter:csp",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        // Merged after the config was validated, so every default is spelled out.
        updateConfig({
          security: {
            csp: { algorithm: "SHA-256", directives: DIRECTIVES, scriptDirective: { resources: SCRIPT_SOURCES } },
          },
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, "utf8");
          const out = rewritePolicy(html);
          if (out !== html) {
            await writeFile(file, out);
            pages++;
          }
        }
        logger.info(`hashed inline scripts and style attributes into the policy of ${pages} pages`);
      },
    },
  };
}

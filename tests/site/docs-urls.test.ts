/**
 * Every URL an SDK release can put in `err.docsUrl` keeps working. tests/fixtures/docs-urls.txt
 * lists them (scripts/docs-urls.mjs prints what the SDK produces); the list must hold all of
 * them, and every URL ever listed must resolve in the built site: to its page, or, where a
 * page moved, through a redirect page (src/integrations/redirects.mjs) to a page that exists,
 * with the anchor the URL names. A URL leaves the list only by a deliberate edit.
 */
import { describe, expect, test } from "vitest";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { SITE_ORIGIN } from "@alter-ai/alter-sdk/docs";
import { LIST, listedUrls, sdkUrls } from "../../scripts/docs-urls.mjs";
import { MOVED } from "../../src/integrations/redirects.mjs";
import { DIST, ROOT, attrValues, decode, fileFor } from "./dist";

const ADD = "run `npm run docs-urls -- --add` and commit tests/fixtures/docs-urls.txt";

/** Where a redirect page sends the browser: its `<meta http-equiv="refresh">`, with the delay. */
function metaRefresh(html: string): { delay: number; url: string } | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\shttp-equiv=["']?refresh["'\s>]/i.test(tag)) continue;
    const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const m = /^\s*(\d+)\s*;\s*url\s*=\s*(.+?)\s*$/i.exec(decode(content?.[1] ?? content?.[2] ?? ""));
    if (m) return { delay: Number(m[1]), url: m[2]!.replace(/^(['"])(.*)\1$/, "$2") };
  }
  return undefined;
}

/**
 * Why `url` does not resolve in the site built into `dist`, or undefined when it does:
 * a page exists at its path, or a chain of immediate redirect pages leads to one, and the
 * page has an element with the id its fragment names (the redirect's own fragment, else
 * the URL's).
 */
function unresolved(url: string, dist: string): string | undefined {
  let at = new URL(url);
  if (at.origin !== SITE_ORIGIN) return `not on the site's origin ${SITE_ORIGIN}`;
  const hops: string[] = [];
  for (;;) {
    const file = fileFor(at.pathname, dist);
    const via = hops.length ? ` (redirected: ${hops.join(" → ")})` : "";
    if (!file) return `no page at ${at.pathname}${via}: the page is gone; if it moved, add its old path to MOVED in src/integrations/redirects.mjs`;
    if (!file.endsWith(".html")) return `${at.pathname} is not a page${via}`;
    const html = readFileSync(file, "utf8");
    const refresh = metaRefresh(html);
    if (!refresh) {
      const id = decodeURIComponent(at.hash.slice(1));
      if (id && !new Set([...attrValues(html, "id"), ...attrValues(html, "name")]).has(id)) return `no element with id "${id}" on ${at.pathname}${via}`;
      return undefined;
    }
    if (refresh.delay !== 0) return `${at.pathname} redirects after ${refresh.delay} s: a moved page redirects at once (a 301, Astro's default)`;
    const next = new URL(refresh.url, SITE_ORIGIN + at.pathname);
    if (next.origin !== SITE_ORIGIN) return `${at.pathname} redirects off the site, to ${next.href}`;
    if (!next.hash) next.hash = at.hash;
    hops.push(at.pathname);
    if (hops.length > 5) return `redirect loop: ${hops.join(" → ")}`;
    at = next;
  }
}

describe("the committed list of docsUrl URLs (tests/fixtures/docs-urls.txt)", () => {
  const text = readFileSync(LIST, "utf8");
  const listed = listedUrls(text);

  test("is sorted, one absolute URL a line, each once", () => {
    expect(text.endsWith("\n") && !text.includes("\n\n"), "one URL a line, a newline at the end, no blank lines").toBe(true);
    expect(listed.filter((u) => !URL.canParse(u) || new URL(u).href !== u), "lines that are not absolute URLs as the SDK writes them").toEqual([]);
    expect(listed, "sorted, without duplicates: run `npm run docs-urls -- --add` to rewrite it so").toEqual([...new Set(listed)].sort());
  });

  test("holds every URL the SDK produces", () => {
    const produced = sdkUrls();
    expect(produced.length).toBeGreaterThan(50);
    const missing = produced.filter((u) => !listed.includes(u));
    expect(missing, `the SDK produces URLs the list lacks: ${ADD}`).toEqual([]);
  });

  test("every URL ever listed resolves in the built site, to its page or through a redirect", () => {
    const failures = listed.map((u) => [u, unresolved(u, DIST)]).filter(([, why]) => why);
    expect(failures, "a listed URL never leaves the site: restore the page or redirect it (src/integrations/redirects.mjs)").toEqual([]);
  });
});

describe("moved pages (src/integrations/redirects.mjs)", () => {
  test("astro.config.mjs builds them: the integration is in its integrations", async () => {
    const config = (await import("../../astro.config.mjs")).default;
    const names = (config.integrations ?? []).flat().map((i) => (i && typeof i === "object" && "name" in i ? i.name : undefined));
    expect(names, 'astro.config.mjs: import redirects from "./src/integrations/redirects.mjs" and add redirects() to integrations').toContain("alter:redirects");
  });

  test.each(Object.entries(MOVED))("%s redirects at once to %s, which resolves", (from, to) => {
    const file = fileFor(from);
    expect(file, `${from} was not built as a redirect page`).toBeDefined();
    expect(metaRefresh(readFileSync(file!, "utf8"))).toEqual({ delay: 0, url: to });
    expect(unresolved(SITE_ORIGIN + to, DIST)).toBeUndefined();
  });

  // A made-up move, built in a scratch project with the same integration and Astro: the
  // old URL (and its anchor) resolves through the page Astro writes, and a page that is
  // gone without a redirect is reported. Nothing of it reaches the site's dist/.
  test("a made-up move resolves through the redirect page Astro writes; a page gone without one does not", { timeout: 180_000 }, async () => {
    // Inside the repository, so that the scratch project's modules resolve from its node_modules;
    // .cache/ is ignored by git (and not Playwright's test-results/, which a parallel run clears).
    const scratchRoot = join(ROOT, ".cache");
    mkdirSync(scratchRoot, { recursive: true });
    const root = mkdtempSync(join(scratchRoot, "redirect-check-"));
    try {
      mkdirSync(join(root, "src/pages/errors/made-up-new-error"), { recursive: true });
      writeFileSync(join(root, "src/pages/errors/made-up-new-error/index.astro"), '<html><body><h1 id="made_up_code">New</h1></body></html>\n');
      const integration = JSON.stringify(join(ROOT, "src/integrations/redirects.mjs"));
      writeFileSync(
        join(root, "astro.config.mjs"),
        `import redirects from ${integration};\n` +
          `export default { site: ${JSON.stringify(SITE_ORIGIN)}, trailingSlash: "always", integrations: [redirects({ "/errors/made-up-old-error/": "/errors/made-up-new-error/" })] };\n`,
      );
      // The pinned Node runs Astro (process.execPath: vitest runs on it).
      await promisify(execFile)(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", root, "--silent"], { cwd: ROOT });
      const dist = join(root, "dist");
      expect(metaRefresh(readFileSync(fileFor("/errors/made-up-old-error/", dist)!, "utf8"))).toEqual({ delay: 0, url: "/errors/made-up-new-error/" });
      expect(unresolved(`${SITE_ORIGIN}/errors/made-up-old-error/`, dist)).toBeUndefined();
      expect(unresolved(`${SITE_ORIGIN}/errors/made-up-old-error/#made_up_code`, dist)).toBeUndefined();
      expect(unresolved(`${SITE_ORIGIN}/errors/made-up-old-error/#no_such_code`, dist)).toMatch(/no element with id "no_such_code"/);
      expect(unresolved(`${SITE_ORIGIN}/errors/made-up-gone-error/`, dist)).toMatch(/no page at \/errors\/made-up-gone-error\//);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

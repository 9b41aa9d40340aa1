/**
 * The other generated pages and files against the SDK: the sidebar holds every class once,
 * the code, rule and scope tables hold every row with its anchor, the guides are built, and
 * /errors.json and /llms.txt list the whole catalog.
 */
import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CODES, ERROR_NAMES, RULES, SCOPES, SITE_ORIGIN, errorPath, parentName, scopePath } from "@alter-ai/alter-sdk/docs";
import { ROOT, attrValues, fileFor, indexedHtml, page, text } from "./dist";
import { GUIDES } from "../../src/lib/guides";

describe("sidebar", () => {
  test("holds every error class exactly once", () => {
    const html = page("/errors/");
    const start = html.search(/<nav[^>]*aria-label="Main"/);
    const nav = html.slice(start, html.indexOf("</nav>", start));
    const links = attrValues(nav, "href");
    for (const name of ERROR_NAMES) expect(links.filter((h) => h === errorPath(name)), name).toHaveLength(1);
  });

  test("lists every guide of content/guides, and each is built", () => {
    const files = readdirSync(join(ROOT, "content/guides")).map((f) => f.replace(/\.mdx?$/, ""));
    expect(GUIDES.map((g) => g.slug).sort()).toEqual(files.sort());
    for (const g of GUIDES) expect(fileFor(`/guides/${g.slug}/`), g.slug).toBeDefined();
  });
});

describe("reference pages", () => {
  test("the code page has a row and an anchor per code, linking its class", () => {
    const html = page("/reference/codes/");
    for (const c of CODES) {
      const row = new RegExp(`<tr id="${c.code}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
      expect(row, c.code).not.toBeNull();
      expect(row![1]).toContain(`href="${errorPath(c.error)}"`);
      expect(text(row![1])).toContain(String(c.status));
    }
  });

  test("the rule page has an anchor per rule id, and says what to do for each rule that has an action", () => {
    const html = page("/reference/rules/");
    const ids = attrValues(html, "id");
    for (const r of RULES) expect(ids, r.id).toContain(r.id);
    const withAction = RULES.filter((r) => r.action !== undefined);
    expect(withAction.length).toBeGreaterThan(250);
    for (const r of withAction) {
      const row = new RegExp(`<tr id="${r.id.replace(/\./g, "\\.")}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
      expect(text(row![1]), r.id).toContain(`What to do: ${r.action!.replace(/`/g, "")}`);
    }
    // The last catch-all's, by status.
    const catchAll = new RegExp(`<tr id="provider\\.error"[^>]*>([\\s\\S]*?)</tr>`).exec(html)![1]!;
    for (const [status, action] of Object.entries(RULES.find((r) => r.id === "provider.error")!.statusActions!)) {
      expect(text(catchAll), status).toContain(`What to do for ${status === "5xx" ? "any 5xx" : `a ${status}`}: ${action.replace(/`/g, "")}`);
    }
  });

  test("every scope has its page, with its version", () => {
    for (const s of SCOPES) expect(text(page(scopePath(s.scope)))).toContain(`introduced in catalog version ${s.since}`);
  });

  test("search indexes class names, codes and field names", () => {
    const indexed = text(indexedHtml(page("/errors/insufficient-scope-error/")));
    for (const word of ["InsufficientScopeError", "insufficient_scope", "scopeVersionMismatch", "scope_version_mismatch"]) expect(indexed).toContain(word);
    expect(text(indexedHtml(page("/reference/codes/")))).toContain("insufficient_scope");
  });
});

describe("files for tools", () => {
  const json = JSON.parse(readFileSync(fileFor("/errors.json")!, "utf8"));

  test("/errors.json lists every class with its parent, fields and docs URL", () => {
    expect(json.classes.map((c: { name: string }) => c.name)).toEqual(ERROR_NAMES);
    for (const c of json.classes) {
      expect(c.parent ?? undefined).toBe(parentName(c.name));
      expect(c.docsUrl).toBe(SITE_ORIGIN + errorPath(c.name));
      expect(c.action.length).toBeGreaterThan(0);
      const shown = [...page(errorPath(c.name)).matchAll(/<tr data-field="([^"]+)"/g)].map((m) => m[1]);
      expect(c.fields.map((f: { name: string }) => f.name), `${c.name}'s fields`).toEqual(shown);
    }
  });

  test("/errors.json lists every code, scope and rule", () => {
    expect(json.codes.map((c: { code: string }) => c.code)).toEqual(CODES.map((c) => c.code));
    expect(json.scopes.catalog.map((s: { scope: string }) => s.scope)).toEqual(SCOPES.map((s) => s.scope));
    expect(json.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of RULES) {
      const row = json.rules.find((j: { id: string }) => j.id === r.id);
      expect(row.action, r.id).toBe(r.action);
      expect(row.statusActions, r.id).toEqual(r.statusActions);
    }
  });

  test("/llms.txt links every error page", () => {
    const llms = readFileSync(fileFor("/llms.txt")!, "utf8");
    for (const name of ERROR_NAMES) expect(llms).toContain(`(${SITE_ORIGIN}${errorPath(name)})`);
  });
});

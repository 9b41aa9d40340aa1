/**
 * The reference pages against the SDK's public API and tables: the Functions reference lists
 * exactly the functions of the package's root export (no internal helper), every call a
 * recovery step names has its page, the retry verdicts follow the retry rules down the tree,
 * and each scope page's cases are one row per verdict, its advice consistent with them.
 */
import { describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as publicApi from "@alter-ai/alter-sdk";
import { ERROR_NAMES, GUIDANCE, RETRY_RULES, SCOPES, ancestry, errorPath, isErrorName, scopePath, type ErrorName } from "@alter-ai/alter-sdk/docs";
import { functionPath } from "../../src/lib/paths";
import { scopeCases } from "../../src/lib/scopes";
import { DIST, attrValues, fileFor, page, text } from "./dist";

/** The functions an application can import from the package root (the error classes aside). */
const ROOT_FUNCTIONS = Object.entries(publicApi)
  .filter(([name, value]) => typeof value === "function" && !isErrorName(name))
  .map(([name]) => name)
  .sort();

describe("the Functions reference", () => {
  test("has a page for exactly the functions of the package's root export", () => {
    const built = readdirSync(join(DIST, "reference/functions"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/reference/functions/${d.name}/`)
      .sort();
    expect(built).toEqual(ROOT_FUNCTIONS.map(functionPath).sort());
    expect(ROOT_FUNCTIONS).not.toContain("kebabCase");
    expect(ROOT_FUNCTIONS).not.toContain("base64UrlEncode");
    const index = attrValues(page("/reference/functions/"), "href").filter((h) => h.startsWith("/reference/functions/") && h !== "/reference/functions/");
    expect([...new Set(index)].sort()).toEqual(ROOT_FUNCTIONS.map(functionPath).sort());
  });

  test("a function page imports it from the package root", () => {
    for (const name of ROOT_FUNCTIONS) expect(text(page(functionPath(name))), name).toContain(`import { ${name} } from "@alter-ai/alter-sdk";`);
  });

  test("every call a class's action or recovery step names is a root export with a reference page", () => {
    let calls = 0;
    for (const name of ERROR_NAMES) {
      const g = GUIDANCE[name];
      for (const step of [g.action, ...g.recovery]) {
        for (const [, code] of step.matchAll(/`([^`]+)`/g)) {
          const call = /^([A-Za-z_$][\w$]*)\(/.exec(code!)?.[1];
          if (!call) continue;
          calls++;
          expect(ROOT_FUNCTIONS, `${name}: "${step}"`).toContain(call);
          expect(fileFor(functionPath(call)), `${call}() has no page`).toBeDefined();
        }
      }
    }
    expect(calls).toBeGreaterThan(0);
  });
});

describe("retry verdicts", () => {
  const ruled = (n: ErrorName) => RETRY_RULES.some((r) => r.produces.includes(n));
  const subtree = (n: ErrorName) => ERROR_NAMES.filter((d) => d !== n && ancestry(d).includes(n));

  test.each(ERROR_NAMES)("%s: its verdict follows the retry rules of the class and of its subclasses", (name) => {
    const html = page(errorPath(name));
    const verdicts = [...new Set(attrValues(html, "data-retry"))];
    expect(verdicts).toHaveLength(1);
    const expected = ruled(name) ? ["always", "sometimes"] : subtree(name).some(ruled) ? ["subclass"] : ["never"];
    expect(expected, `${name}: ${verdicts[0]}`).toContain(verdicts[0]);
  });

  test("the root says that retrying depends on the subclass, and names the retryable ones", () => {
    const html = page(errorPath(ERROR_NAMES[0]!));
    const verdict = /<p data-retry="subclass">([\s\S]*?)<\/p>/.exec(html);
    expect(verdict).not.toBeNull();
    expect(text(verdict![1]!)).toMatch(/^Depends on the subclass\./);
    for (const n of ERROR_NAMES.filter(ruled)) expect(attrValues(verdict![1]!, "href"), n).toContain(errorPath(n));
    expect(text(html)).not.toMatch(/Retryable\s*No\b/);
  });
});

describe("scope pages", () => {
  test.each(SCOPES.map((s) => s.scope))("%s: one row per verdict, and advice that matches the versions", (scope) => {
    const info = SCOPES.find((s) => s.scope === scope)!;
    const html = page(scopePath(scope));
    const cases = scopeCases(info);
    const verdicts = new Set(cases.map((c) => c.scopeVersionMismatch));
    const rows = attrValues(html, "data-scope-verdict");
    const canMismatch = verdicts.has(true);
    const main = text(/<main[\s\S]*<\/main>/.exec(html)![0]);
    if (!canMismatch) {
      // Every key version can hold it: no table of identical rows, and no word of rotating.
      expect(rows).toEqual(["mint"]);
      expect(html).not.toContain("data-scope-cases");
      expect(main).not.toMatch(/rotate/i);
      expect(main).toMatch(/scopeVersionMismatch is false/);
    } else {
      expect(rows).toEqual(["rotate", "mint"]);
      expect(new Set(rows).size).toBe(rows.length);
      expect(main).toMatch(/rotate the key/i);
    }
  });
});

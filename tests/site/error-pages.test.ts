/**
 * The error pages against the SDK: one page per exported class, each with the same
 * skeleton, its chain, its field table, and a meta description from its doc comment.
 */
import { describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CODES, ERROR_CLASSES, ERROR_NAMES, RETRY_RULES, ancestry, codePath, errorPath, providerPath, rulePath, rulesProducing, type ErrorName } from "@alter-ai/alter-sdk/docs";
import { DIST, attrValues, decode, page, text } from "./dist";

const SKELETON = ["what-to-do", "catch-it", "tree", "fields", "produced-by", "retrying", "examples"];

/** The fields of a class as the runtime sees them: an instance's own properties and the getters of its prototype chain. */
function runtimeFields(name: ErrorName): Set<string> {
  const err = new ERROR_CLASSES[name]("message", { cause: new Error("cause") });
  const fields = new Set(Object.getOwnPropertyNames(err).filter((k) => k !== "stack" && k !== "name"));
  for (let p = Object.getPrototypeOf(err); p && p !== Error.prototype; p = Object.getPrototypeOf(p)) {
    for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (d.get) fields.add(key);
  }
  return fields;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

describe("error pages", () => {
  test("the set of error pages is the set of exported error classes", () => {
    const built = readdirSync(join(DIST, "errors"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/errors/${d.name}/`)
      .sort();
    expect(built).toEqual(ERROR_NAMES.map(errorPath).sort());
    expect(ERROR_NAMES).toHaveLength(46);
  });

  test.each(ERROR_NAMES)("%s: title, description, skeleton and chain", (name) => {
    const html = page(errorPath(name));
    expect(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(name);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    expect(description && decode(description).length).toBeGreaterThan(30);
    const ids = attrValues(html, "id");
    for (const id of SKELETON) expect(ids, `section #${id}`).toContain(id);
    const chain = text(/data-chain>([\s\S]*?)<\/span>\s*<\/p>/.exec(html)![1]!);
    expect(chain.split(/\s*→\s*|\s*extends\s*/).filter(Boolean)).toEqual(ancestry(name));
  });

  test.each(ERROR_NAMES)("%s: the field table equals the class's fields", (name) => {
    const html = page(errorPath(name));
    const rows = [...html.matchAll(/<tr data-field="([^"]+)" data-declared-by="([^"]+)"[\s\S]*?<\/tr>/g)];
    const shown = rows.map((r) => r[1]!);
    expect(new Set(shown).size, "no field twice").toBe(shown.length);
    expect(new Set(shown)).toEqual(runtimeFields(name));
    const chain = ancestry(name);
    let last = 0;
    for (const r of rows) {
      const declaredBy = r[2]! as ErrorName;
      // Own fields first, then inherited ones grouped by declaring class, nearest first.
      const depth = chain.indexOf(declaredBy);
      expect(depth, `${r[1]} declared by ${declaredBy}`).toBeGreaterThanOrEqual(last);
      last = depth;
      const cells = [...r[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => text(c[1]!));
      expect(cells[1], `${r[1]}'s wire key`).toBe(snake(r[1]!));
      expect(cells[2], `${r[1]}'s type`).not.toBe("");
    }
  });

  test("a class many rules produce lists each rule's first clause without the examples it quotes; the rule's page keeps them", () => {
    const html = page(errorPath("ProviderAPIError"));
    const list = text(html.slice(html.indexOf('id="produced-by"'), html.indexOf('id="retrying"')));
    const spent = rulesProducing("ProviderAPIError").find((r) => r.id === "provider.429.credits-spent")!;
    // Its statement quotes xAI's words in brackets: the list keeps the rule's words, not the quotation.
    expect(spent.statement).toContain("(xAI's");
    expect(list).toContain("provider.429.credits-spent: A 429 (or a 402 Payment Required) whose message says the account's credits or spending limit are spent,");
    expect(list).not.toContain("xAI's");
    // An aside of plain words stays ("A 401 (or a 403) whose message says no credential was sent").
    expect(list).toContain("(or a 403)");
    expect(text(page(rulePath("provider.429.credits-spent")))).toContain("xAI's");
  });

  test.each(ERROR_NAMES)("%s: links the codes and rules that produce it, and says whether to retry", (name) => {
    const html = page(errorPath(name));
    const hrefs = attrValues(html, "href");
    for (const c of CODES.filter((c) => c.error === name)) expect(hrefs, c.code).toContain(codePath(c.code));
    // A core rule links its statement; a provider signal is named under its provider's page, which holds its statement (a link
    // each would outgrow the page's weight as providers are added).
    const named = new Map(
      [...html.matchAll(/<li><a href="([^"]+)">[^<]*<\/a>: <span class="signal-names">([^<]*)<\/span>/g)].map((m) => [m[1]!, decode(m[2]!).split(", ")] as const),
    );
    for (const r of rulesProducing(name)) {
      if (r.provider === undefined) expect(hrefs, r.id).toContain(rulePath(r.id));
      else expect(named.get(providerPath(r.provider)), r.id).toContain(r.id.replace(`provider.${r.provider}.`, ""));
    }
    const retry = attrValues(html, "data-retry");
    expect(retry.length).toBeGreaterThan(0);
    // "never" only when no retry rule applies to the class or to any subclass a catch of it also catches.
    const never = !ERROR_NAMES.some((n) => ancestry(n).includes(name) && RETRY_RULES.some((r) => r.produces.includes(n)));
    for (const verdict of retry) expect(verdict === "never", `${name}: retry verdict ${verdict}`).toBe(never);
  });
});

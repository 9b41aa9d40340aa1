/**
 * The action families (src/lib/families.ts) against the SDK: each class sits in the family of
 * its own action (`GUIDANCE[name].kind`), no family says "see each class", a family's catch
 * covers exactly its classes, and the sidebar, the family table and the tree show them so.
 */
import { describe, expect, test } from "vitest";
import { ERROR_NAMES, GUIDANCE, ancestry, errorPath, type ErrorName } from "@alter-ai/alter-sdk/docs";
import { FAMILIES, familyOf } from "../../src/lib/families";
import { attrValues, page, text } from "./dist";

const ROOT = ERROR_NAMES[0]!;
const subtree = (n: ErrorName) => ERROR_NAMES.filter((d) => ancestry(d).includes(n));

describe("action families", () => {
  test("every class but the root is in exactly one family: the family of its own action", () => {
    for (const name of ERROR_NAMES) {
      const holding = FAMILIES.filter((f) => f.members.includes(name));
      if (name === ROOT) expect(holding, name).toEqual([]);
      else {
        expect(holding.map((f) => f.id), name).toEqual([GUIDANCE[name].kind]);
        expect(familyOf(name)?.id).toBe(GUIDANCE[name].kind);
      }
    }
  });

  test("no family defers to its classes: none says \"see each class\" or that the action differs", () => {
    for (const f of FAMILIES) {
      expect(`${f.label} ${f.description}`, f.id).not.toMatch(/see each class|differs|depends on the class/i);
      expect(f.members.length, f.id).toBeGreaterThan(0);
    }
  });

  test("a family's catch classes cover exactly its members when it says so, and more when not", () => {
    for (const f of FAMILIES) {
      const covered = new Set(f.catches.flatMap(subtree));
      for (const m of f.members) expect(covered.has(m), `${f.id}: ${m} is under a catch class`).toBe(true);
      const extra = [...covered].filter((n) => !f.members.includes(n));
      expect(extra.length === 0, `${f.id}: exact=${f.exact}, also catches ${extra.join(", ")}`).toBe(f.exact);
      for (const c of f.catches) expect(f.members.includes(ancestry(c)[1]!), `${c}'s parent is in ${f.id}`).toBe(false);
    }
  });

  test("the sidebar has one group per family, in order, holding its classes in tree order", () => {
    const html = page("/errors/");
    const nav = html.slice(html.search(/<nav[^>]*aria-label="Main"/), html.indexOf("</nav>", html.search(/<nav[^>]*aria-label="Main"/)));
    const groups = [...nav.matchAll(/<details[^>]*>\s*<summary[^>]*>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/g)].map((m) => ({
      label: text(m[1]!),
      links: attrValues(m[2]!, "href"),
    }));
    for (const f of FAMILIES) {
      const group = groups.find((g) => g.label === f.label);
      expect(group, f.label).toBeDefined();
      expect(group!.links).toEqual(f.members.map(errorPath));
    }
    const order = groups.map((g) => g.label).filter((l) => FAMILIES.some((f) => f.label === l));
    expect(order).toEqual(FAMILIES.map((f) => f.label));
  });

  test("the family table has a row per family that says what its description says, and no \"see each class\"", () => {
    for (const path of ["/", "/guides/catching-by-action/"]) {
      const html = page(path);
      const table = /<table[^>]*data-families[\s\S]*?<\/table>/.exec(html)![0];
      expect(text(table)).not.toMatch(/see each class/i);
      const rows = [...table.matchAll(/<tr id="family-([^"]+)"[\s\S]*?<\/tr>/g)];
      expect(rows.map((r) => r[1])).toEqual(FAMILIES.map((f) => f.id));
      for (const [row, id] of rows.map((r) => [r[0], r[1]] as const)) {
        const f = FAMILIES.find((x) => x.id === id)!;
        expect(text(row)).toContain(f.label);
        expect(attrValues(row, "href").filter((h) => h.startsWith("/errors/"))).toEqual(expect.arrayContaining(f.members.map(errorPath)));
      }
    }
  });

  test("every error page names its family, linked to the family table", () => {
    for (const name of ERROR_NAMES.slice(1)) {
      const html = page(errorPath(name));
      expect(attrValues(html, "data-family"), name).toContain(GUIDANCE[name].kind);
      expect(attrValues(html, "href"), name).toContain(`/guides/catching-by-action/#family-${GUIDANCE[name].kind}`);
    }
  });
});

describe("the tree", () => {
  test("says what a catch catches only for classes with subclasses", () => {
    const tree = text(page("/errors/"));
    const parents = ERROR_NAMES.filter((n) => subtree(n).length > 1);
    expect(tree).not.toContain("catches only itself");
    expect(tree.match(/Catching this catches/g)?.length).toBe(parents.length);
  });

  test("shows each class's family next to it", () => {
    const html = page("/errors/");
    for (const name of ERROR_NAMES.slice(1)) {
      const node = new RegExp(`<li[^>]*data-node="${name}"[^>]*>\\s*<div[^>]*>([\\s\\S]*?)</div>`).exec(html);
      expect(node, name).not.toBeNull();
      expect(attrValues(node![1]!, "data-family"), name).toEqual([GUIDANCE[name].kind]);
    }
  });
});

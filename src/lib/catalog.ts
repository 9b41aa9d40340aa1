/**
 * The catalog every page, `/errors.json` and `/llms.txt` read: TypeDoc's model of each class
 * (doc comment, own fields) joined with the SDK's runtime tables (tree, action, recovery,
 * codes, rules, retry rules, examples). Built once per build from the `sdk*` collections.
 */
import {
  CODES,
  ERROR_CLASSES,
  ERROR_NAMES,
  EXAMPLES,
  RETRY_RULES,
  ancestry,
  errorPath,
  isErrorName,
  parentName,
  rulesProducing,
  type CodeInfo,
  type ErrorName,
  type Example,
  type MappingRule,
  type Rule,
  GUIDANCE,
  snakeCase,
} from "@alter-ai/alter-sdk/docs";
import type { ApiClass, ApiField } from "../loaders/api-schema";
import { familyOf, type Family } from "./families";
import { plainText } from "./doc-text";

/** A field of an error class as the pages show it. */
export interface Field extends ApiField {
  /** The wire and Python key: the snake_case of the TS name. */
  readonly wireKey: string;
  /** The class that declares it. */
  readonly declaredBy: ErrorName;
}

/**
 * Whether retrying can help, per the SDK's retry rules: `always`, `sometimes` (a rule applies
 * to the class but decides on the error), `subclass` (no rule applies to the class itself,
 * but some apply to subclasses: a catch of it can hold a retryable error), `never`.
 */
export type Retry = "always" | "sometimes" | "subclass" | "never";

export interface ErrorEntry {
  readonly name: ErrorName;
  readonly path: string;
  readonly parent: ErrorName | undefined;
  /** From the parent up to the root. */
  readonly ancestors: readonly ErrorName[];
  readonly children: readonly ErrorName[];
  /** Every subclass, in tree order. */
  readonly descendants: readonly ErrorName[];
  /** The doc comment: when it is raised (Markdown of `doc-text.ts`). */
  readonly summary: string;
  /** The same, as plain text. */
  readonly description: string;
  readonly action: string;
  readonly recovery: readonly string[];
  readonly family: Family | undefined;
  readonly ownFields: readonly Field[];
  /** Inherited fields grouped by the declaring class, nearest first. */
  readonly inherited: readonly { readonly from: ErrorName; readonly fields: readonly Field[] }[];
  /** Keys the class's codes carry in `details` that are not typed fields. */
  readonly detailsKeys: readonly { readonly key: string; readonly codes: readonly string[] }[];
  readonly codes: readonly CodeInfo[];
  /** The mapping rules that produce it (rows of the rule table: a provider signal names its `provider`). */
  readonly rules: readonly Rule[];
  readonly retry: Retry;
  /** The retry rules that apply to it, with their statements. */
  readonly retryRules: readonly Rule[];
  /** Its subclasses that a retry rule applies to, in tree order. */
  readonly retrySubclasses: readonly ErrorName[];
  /** Its own examples. */
  readonly examples: readonly Example[];
  /** For a class no rule produces: one example from each of its first direct subclasses' subtrees (at most three: pages stay light). */
  readonly subclassExamples: readonly Example[];
  /** Code of the `@example` blocks of its doc comment. */
  readonly docExamples: readonly string[];
}

export interface Catalog {
  readonly errors: readonly ErrorEntry[];
  readonly byName: ReadonlyMap<ErrorName, ErrorEntry>;
}


const MAX_SUBCLASS_EXAMPLES = 3;

export function buildCatalog(classes: readonly ApiClass[]): Catalog {
  const api = new Map(classes.map((c) => [c.name, c]));
  const missing = ERROR_NAMES.filter((n) => !api.has(n));
  if (missing.length) throw new Error(`TypeDoc's model lacks the SDK classes ${missing.join(", ")}.`);

  const children = new Map<ErrorName, ErrorName[]>(ERROR_NAMES.map((n) => [n, []]));
  for (const n of ERROR_NAMES) {
    const p = parentName(n);
    if (p) children.get(p)!.push(n);
  }
  const descendants = (n: ErrorName): ErrorName[] => children.get(n)!.flatMap((c) => [c, ...descendants(c)]);
  const ownFields = (n: ErrorName): Field[] =>
    api.get(n)!.fields.map((f) => ({ ...f, wireKey: snakeCase(f.name), declaredBy: n }));

  const entries = ERROR_NAMES.map((name): ErrorEntry => {
    const cls = ERROR_CLASSES[name];
    const model = api.get(name)!;
    const ancestors = ancestry(name).slice(1);
    const modelParent = model.parent !== null && isErrorName(model.parent) ? model.parent : undefined;
    if (modelParent !== parentName(name)) {
      throw new Error(`${name}: TypeDoc says it extends ${model.parent}, the SDK's tree says ${parentName(name)}.`);
    }
    const own = ownFields(name);
    const seen = new Set(own.map((f) => f.name));
    const inherited = ancestors
      .map((from) => ({ from, fields: ownFields(from).filter((f) => !seen.has(f.name)) }))
      .map((g) => {
        g.fields.forEach((f) => seen.add(f.name));
        return g;
      })
      .filter((g) => g.fields.length > 0);
    const typedKeys = new Set([...own, ...inherited.flatMap((g) => g.fields)].map((f) => f.wireKey));
    const codes = CODES.filter((c) => c.error === name);
    const detailsKeys = new Map<string, string[]>();
    for (const c of codes) for (const k of c.keys) if (!typedKeys.has(k)) detailsKeys.set(k, [...(detailsKeys.get(k) ?? []), c.code]);
    const produced = rulesProducing(name);
    const retryRules = produced.filter((r) => r.group === "retry");
    const retrySubclasses = descendants(name).filter((d) => RETRY_RULES.some((r) => r.produces.includes(d)));
    const examples = EXAMPLES.filter((e) => e.error === name);
    const rules = produced.filter((r) => r.group !== "retry");
    return {
      name,
      path: errorPath(name),
      parent: parentName(name),
      ancestors,
      children: children.get(name)!,
      descendants: descendants(name),
      summary: model.summary,
      description: plainText(model.summary),
      action: GUIDANCE[name].action,
      recovery: GUIDANCE[name].recovery,
      family: familyOf(name),
      ownFields: own,
      inherited,
      detailsKeys: [...detailsKeys].map(([key, codes]) => ({ key, codes })),
      codes,
      rules,
      retry:
        retryRules.length > 0 ? (new cls("").retryable ? "always" : "sometimes") : retrySubclasses.length > 0 ? "subclass" : "never",
      retryRules,
      retrySubclasses,
      examples,
      subclassExamples:
        rules.length > 0
          ? []
          : children
              .get(name)!
              .flatMap((c) => {
                const subtree = [c, ...descendants(c)];
                const first = EXAMPLES.find((e) => subtree.includes(e.error));
                return first ? [first] : [];
              })
              .slice(0, MAX_SUBCLASS_EXAMPLES),
      docExamples: model.examples,
    };
  });
  return { errors: entries, byName: new Map(entries.map((e) => [e.name, e])) };
}

/** Every field of an entry: own first, then inherited, nearest class first. */
export function allFields(e: ErrorEntry): Field[] {
  return [...e.ownFields, ...e.inherited.flatMap((g) => g.fields)];
}

/**
 * The provider pages' view of the SDK's `PROVIDERS` (spec section 14): each provider's
 * answers to the four questions with their classes and rule statements, its signals'
 * matches as readable tokens, a lede generated from the data, and the classifier link of
 * every example. Nothing here is typed a second time: it all comes from `sdk/`.
 */
import {
  GUIDANCE,
  PROVIDERS,
  QUESTIONS,
  RULES,
  parseResponse,
  providerPath,
  rulePath,
  type Answer,
  type ErrorName,
  type Match,
  type ProviderEntry,
  type ProviderSignal,
  type Question,
  type Rule,
  type ScopePick,
  type SourcedExample,
  type WaitPick,
} from "@alter-ai/alter-sdk/docs";
// The classifier's own link builder, so a link classifies exactly as the classifier's share button would.
import { sharePath } from "../classifier/share";
import type { Inline } from "./doc-text";

export { PROVIDERS, QUESTIONS };
export type { ProviderEntry, ProviderSignal, Question };

const RULE_BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

/** A rule of `RULES` by id; throws on an id the table does not hold (a broken answer). */
export function ruleOf(id: string): Rule {
  const rule = RULE_BY_ID.get(id);
  if (!rule) throw new Error(`src/lib/providers.ts: rule ${id} is not in RULES`);
  return rule;
}

/** The provider by id. */
export function providerOf(id: string): ProviderEntry {
  const p = PROVIDERS.find((e) => e.id === id);
  if (!p) throw new Error(`src/lib/providers.ts: no provider ${id}`);
  return p;
}

/** The anchor of a signal on its provider's page: `/providers/<id>/#<signal id>`. */
export function signalPath(providerId: string, signalId: string): string {
  return `${providerPath(providerId)}#${signalId}`;
}

/** How a provider answers one question, resolved against `RULES`. */
export type ResolvedAnswer =
  | { readonly documented: false }
  | {
      readonly documented: true;
      /** The classes its rules produce (one in practice). */
      readonly classes: readonly ErrorName[];
      /** Its rules, with their statements; `own` when the rule is one of this provider's signals. */
      readonly rules: readonly { readonly id: string; readonly statement: string; readonly own: boolean }[];
      readonly note?: string;
    };

/** The answer of `entry` to `q`, with its rules' statements and classes. */
export function answerOf(entry: ProviderEntry, q: Question): ResolvedAnswer {
  const a: Answer = entry.answers[q];
  if (a === "not documented") return { documented: false };
  const own = new Set<string>(entry.signals.map((s) => s.id));
  const rules = a.rules.map((id) => ({ id, statement: ruleOf(id).statement, own: own.has(id) }));
  const classes = [...new Set(a.rules.flatMap((id) => ruleOf(id).produces))];
  return { documented: true, classes, rules, ...(a.note !== undefined ? { note: a.note } : {}) };
}

/**
 * Whether a question's class is raised retryable: the rate limit is, "not fixable by retrying" is not. A rate limit
 * that lasts past any wait (a daily allowance) is one of the provider's signals marked not retryable: then the note says so.
 */
export function retryNote(entry: ProviderEntry, q: Question): string | undefined {
  if (q === "notRetryable") return "not retryable";
  if (q !== "rateLimit") return undefined;
  const a = entry.answers.rateLimit;
  const lasting = a !== "not documented" && entry.signals.some((s) => a.rules.includes(s.id) && s.retryable === false);
  return lasting ? "retryable, except a limit no wait passes" : "retryable";
}

/** The one-sentence action of a class (GUIDANCE), for "what to do". */
export function actionOf(name: ErrorName): string {
  return GUIDANCE[name].action;
}

// ---------------------------------------------------------------------------------------
// What a signal reads, as text and code tokens.

/** A match as a tree: leaves are inline tokens; `all`/`any` list their parts. */
export type MatchTree =
  | { readonly kind: "leaf"; readonly tokens: readonly Inline[] }
  | { readonly kind: "all" | "any"; readonly items: readonly MatchTree[] }
  | { readonly kind: "not"; readonly item: MatchTree };

const t = (text: string): Inline => ({ kind: "text", text });
const c = (text: string): Inline => ({ kind: "code", text });

/** `, ` / ` or ` separated code values. */
function codes(values: readonly string[], last = " or "): Inline[] {
  return values.flatMap((v, i) => [...(i === 0 ? [] : [t(i === values.length - 1 ? last : ", ")]), c(v)]);
}

function valueTest(m: { readonly is?: string | readonly string[]; readonly matches?: RegExp }, present: string): Inline[] {
  if (m.is !== undefined) {
    const values = typeof m.is === "string" ? [m.is] : m.is;
    return values.length === 1 ? [t(" = "), c(values[0]!)] : [t(" is "), ...codes(values)];
  }
  if (m.matches !== undefined) return [t(" matches "), c(String(m.matches))];
  return [t(present)];
}

/** A JSON path as people read it: `""` is the body itself. */
function jsonPath(path: string): Inline[] {
  return path === "" ? [t("the body")] : [t("body "), c(path)];
}

/** What a match reads, as a tree of tokens. */
export function matchTree(m: Match): MatchTree {
  // A group inside a group of its kind (`said()` inside an `any`) reads as one group.
  if ("all" in m) return { kind: "all", items: m.all.map(matchTree).flatMap((i) => (i.kind === "all" ? i.items : [i])) };
  if ("any" in m) return { kind: "any", items: m.any.map(matchTree).flatMap((i) => (i.kind === "any" ? i.items : [i])) };
  if ("not" in m) return { kind: "not", item: matchTree(m.not) };
  if ("noStatus" in m) return { kind: "leaf", tokens: [t("no status (a body pasted alone)")] };
  if ("method" in m) return { kind: "leaf", tokens: [t("the request method is "), ...codes(m.method)] };
  if ("url" in m) return { kind: "leaf", tokens: [t("the request URL matches "), c(String(m.url))] };
  if ("header" in m) return { kind: "leaf", tokens: [t("header "), c(m.header), ...valueTest(m, " is present")] };
  if ("json" in m) return { kind: "leaf", tokens: [...jsonPath(m.json), ...valueTest(m, " is present")] };
  if ("xml" in m) return { kind: "leaf", tokens: [t("XML "), c(`<${m.xml}>`), ...valueTest(m, " is present")] };
  if ("text" in m) return { kind: "leaf", tokens: [t("the body's text matches "), c(String(m.text))] };
  if ("disjoint" in m) return { kind: "leaf", tokens: [t("headers "), c(m.disjoint[0]), t(" and "), c(m.disjoint[1]), t(" share no member")] };
  if ("printed" in m) return { kind: "leaf", tokens: [t("what the client printed around the response matches "), c(String(m.printed))] };
  // A kind of match added to the SDK and not here fails to compile.
  const unknown: never = m;
  throw new Error(`src/lib/providers.ts: unknown match ${JSON.stringify(unknown)}`);
}

/** A match flattened to one line of plain text (for /errors.json and tests). */
export function matchText(tree: MatchTree): string {
  if (tree.kind === "leaf") return tree.tokens.map((k) => (k.kind === "code" ? `\`${k.text}\`` : k.kind === "text" ? k.text : "")).join("");
  if (tree.kind === "not") return `not (${matchText(tree.item)})`;
  return `${tree.kind} of (${tree.items.map(matchText).join("; ")})`;
}

/** The statuses a signal applies to, in words. */
export function statusText(s: ProviderSignal): string {
  if (s.status === "any") return "any status, 2xx included, or none";
  if (s.status === "success") return "below 400, or none";
  if (s.status === undefined) return "any status of 400 or more";
  return s.status.join(", ");
}

/** The statuses a signal applies to, for tools: `"any"`, `"success"`, `">=400"` or the list. */
export function statusesJson(s: ProviderSignal): string | readonly number[] {
  return s.status ?? ">=400";
}

function capture(p: { readonly capture?: RegExp; readonly split?: string }): Inline[] {
  return [
    ...(p.capture ? [t(", the first group of "), c(String(p.capture))] : []),
    ...(p.split !== undefined ? [t(", split on "), c(p.split === " " ? "␠" : p.split)] : []),
  ];
}

/** Where a signal finds the missing scopes, one token list per pick (the first that finds any wins). */
export function scopePicks(picks: readonly ScopePick[] | undefined): Inline[][] {
  return (picks ?? []).map((p) => {
    if ("documented" in p) return [t("the scope its docs name: "), ...codes(p.documented, " and ")];
    if ("header" in p) return [t("header "), c(p.header), ...capture(p)];
    if ("json" in p) return [...jsonPath(p.json), ...capture(p)];
    if ("printed" in p) return [t("what the client printed around the response, the first group of "), c(String(p.printed)), ...(p.split !== undefined ? [t(", split on "), c(p.split)] : [])];
    return [t("the body's text, the first group of "), c(String(p.text)), ...(p.split !== undefined ? [t(", split on "), c(p.split)] : [])];
  });
}

/** Where a signal finds the wait, one token list per pick (the first that finds one wins). */
export function waitPicks(picks: readonly WaitPick[] | undefined): Inline[][] {
  return (picks ?? []).map((p) => {
    if ("seconds" in p) return [t(`${p.seconds} seconds, as its docs prescribe`)];
    if ("spentRateLimit" in p) return [t("the reset header of its spent rate limit")];
    if ("untilUtc" in p) return [t("until the next "), c(p.untilUtc), t(" UTC")];
    if ("header" in p) return [t("header "), c(p.header), ...(p.unit === "ms" ? [t(" (milliseconds)")] : [])];
    if ("text" in p) return [t("a printed message's text, the first group of "), c(String(p.text))];
    if ("refill" in p) {
      const r = p.refill;
      return [t("the time its bucket takes to refill from "), ...jsonPath(r.available), t(" to "), ...jsonPath(r.needed), t(" at "), ...jsonPath(r.perSecond), t(" a second")];
    }
    return [...jsonPath(p.json), ...(p.unit === "ms" ? [t(" (milliseconds)")] : []), ...(p.capture ? [t(", the first group of "), c(String(p.capture))] : [])];
  });
}

/** Retryable, as a signal says: `yes`, `no`, or the status decides. */
export function retryableText(s: ProviderSignal): string {
  if (s.error === null) return "not an error";
  if (s.retryable === true) return "yes, whatever the status";
  if (s.retryable === false) return "no, whatever the status";
  return "as the status says (429 and 5xx are)";
}

// ---------------------------------------------------------------------------------------
// Examples.

/** The code block language of an example. */
export function exampleLang(text: string): "http" | "json" | "text" {
  try {
    const format = parseResponse(text).format;
    if (format === "har" || format === "json-wrapper" || format === "json-body") return "json";
    if (format === "http" || format === "curl-i") return "http";
  } catch {
    // An example the parser rejects still shows; the SDK's tests flag it.
  }
  return "text";
}

/** The classifier link of an example: its text, classified with the provider's id (and its own options). */
export function exampleLink(entry: ProviderEntry, ex: SourcedExample): string {
  return sharePath({ text: ex.text, source: ex.opts?.source, providerId: ex.opts?.providerId ?? entry.id });
}

/** A source URL as a short label: host and path. */
export function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/$/, "");
    return u.host.replace(/^www\./, "") + (path.length > 48 ? path.slice(0, 46) + "…" : path);
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------
// Identification.

/** The printouts of a provider's own SDK that identify it, as its examples show them. */
export function printoutsOf(entry: ProviderEntry): string[] {
  const out = new Set<string>();
  for (const s of entry.signals) {
    for (const ex of s.examples) {
      try {
        const by = parseResponse(ex.text).provider;
        if (by && by.id === entry.id) out.add(by.by.replace(/\s*\([^)]*\)\s*$/, ""));
      } catch {
        // Not readable: not a printout.
      }
    }
  }
  return [...out];
}

/** How the SDK can recognize a provider without a `providerId`: its hosts, fingerprint headers, body shape, printouts. */
export function evidenceOf(entry: ProviderEntry): {
  hosts: readonly string[];
  selfHosted: { labels: readonly string[]; path: string } | undefined;
  headers: readonly string[];
  body: boolean;
  printouts: string[];
} {
  const selfHosted = (entry as { readonly selfHosted?: { readonly labels: readonly string[]; readonly path: RegExp } }).selfHosted;
  return {
    // `?? []`: an SDK built before providers had hosts.
    hosts: (entry as { readonly hosts?: readonly string[] }).hosts ?? [],
    selfHosted: selfHosted && { labels: selfHosted.labels, path: selfHosted.path.source },
    headers: entry.fingerprints?.headers ?? [],
    body: entry.fingerprints?.body !== undefined,
    printouts: printoutsOf(entry),
  };
}

/** Whether the response itself (not the request URL) carries evidence of the provider. */
export function recognizable(e: ReturnType<typeof evidenceOf>): boolean {
  return e.headers.length > 0 || e.body || e.printouts.length > 0;
}

/** Body paths (or XML elements) where a provider's error body carries its request id. */
export function bodyRequestIds(entry: ProviderEntry): Inline[][] {
  const b = entry.bodyRequestId;
  if (b === undefined) return [];
  return (typeof b === "string" ? [b] : b).map((p): Inline[] => {
    if (typeof p === "string") return jsonPath(p);
    if ("words" in p) return [...jsonPath(p.json), t(" (a phrase of words)")];
    if ("json" in p) return [...jsonPath(p.json), t(", the first group of "), c(String(p.capture))];
    if ("text" in p) return [t("a text body, the first group of "), c(String(p.text))];
    if ("printed" in p) return [t("a client's printout around the response, the first group of "), c(String(p.printed))];
    return [t("XML "), c(`<${p.xml}>`)];
  });
}

// ---------------------------------------------------------------------------------------
// The lede: what is special about how a provider fails, from the data.

const USUAL: Partial<Record<Question, readonly number[]>> = { scope: [403], credential: [401], rateLimit: [429] };
const WHAT: Record<Question, string> = {
  scope: "a missing scope",
  credential: "a rejected credential",
  rateLimit: "a rate limit",
  notRetryable: "an error retrying cannot fix",
};

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The signals of `entry` that answer `q`. */
export function signalsAnswering(entry: ProviderEntry, q: Question): ProviderSignal[] {
  const a = entry.answers[q];
  if (a === "not documented") return [];
  return entry.signals.filter((s) => a.rules.includes(s.id));
}

/** Whether a match reads an OAuth token endpoint's `error` member (RFC 6749 section 5.2: a 400 there is the usual answer). */
function readsOAuthError(m: Match): boolean {
  if ("all" in m) return m.all.some(readsOAuthError);
  if ("any" in m) return m.any.some(readsOAuthError);
  return "json" in m && m.json === "error" && m.is !== undefined;
}

/** Whether a signal reads the body whatever the status (2xx included). */
function anyStatus(s: ProviderSignal): boolean {
  return s.status === "any" || s.status === "success";
}

/** The statuses other than the usual one with which `entry` answers `q`, as a phrase; `undefined` when none. */
function unusualStatus(entry: ProviderEntry, q: Question): string | undefined {
  const usual = USUAL[q];
  if (!usual) return undefined;
  const signals = signalsAnswering(entry, q).filter((s) => !anyStatus(s));
  const statuses = new Set<number>();
  const odd = new Set<number>();
  for (const s of signals) {
    for (const status of Array.isArray(s.status) ? s.status : []) {
      statuses.add(status);
      const tokenEndpoint = q === "credential" && status === 400 && readsOAuthError(s.when);
      if (!usual.includes(status) && !tokenEndpoint) odd.add(status);
    }
  }
  if (odd.size === 0) return undefined;
  const also = [...statuses].some((s) => usual.includes(s));
  return `with ${orList([...odd].sort((a, b) => a - b).map(String))}${also ? ` as well as ${orList(usual.map(String))}` : ""}`;
}

/** Whether `entry` answers a missing scope, a rejected credential or a rate limit with an unusual status (or whatever the status). */
export function hasUnusualStatus(entry: ProviderEntry): boolean {
  return QUESTIONS.some((q) => USUAL[q.id] !== undefined && (unusualStatus(entry, q.id) !== undefined || signalsAnswering(entry, q.id).some(anyStatus)));
}

/**
 * A few factual sentences on what is special about how `entry` fails, in the doc text's
 * small Markdown (`code`): unusual statuses, where it names missing scopes and the wait,
 * and what retrying cannot fix.
 */
export function ledeOf(entry: ProviderEntry): string[] {
  const out: string[] = [];
  // Questions answered with the same unusual statuses share one phrase: "a missing scope and a rate limit with 403".
  const byHow = new Map<string, string[]>();
  for (const q of QUESTIONS) {
    const how = unusualStatus(entry, q.id);
    if (how !== undefined) byHow.set(how, [...(byHow.get(how) ?? []), WHAT[q.id]]);
  }
  const odd = [...byHow].map(([how, what]) => `${andList(what)} ${how}`);
  const anywhere = QUESTIONS.filter((q) => USUAL[q.id] && signalsAnswering(entry, q.id).some(anyStatus)).map((q) => WHAT[q.id]);
  if (odd.length > 0) out.push(`${entry.name} answers ${odd.join("; ")}.`);
  if (anywhere.length > 0) out.push(`${odd.length > 0 ? "Its" : `${entry.name}'s`} signals for ${andList(anywhere)} read the body whatever the status, 200 included.`);
  if (odd.length === 0 && anywhere.length === 0) out.push(`${entry.name} uses no unusual status: its bodies and headers tell its errors apart.`);

  const scopeSignals = signalsAnswering(entry, "scope");
  const named = scopeSignals.flatMap((s) => s.missingScopes ?? []);
  const where = named.filter((p) => !("documented" in p));
  if (where.length > 0) {
    const first = scopePicks([where[0]!])[0]!;
    const at = first.map((k) => (k.kind === "code" ? `\`${k.text}\`` : k.kind === "text" ? k.text : "")).join("").replace(/, the first group of .*$|, split on .*$/, "");
    out.push(`It names the missing scopes (in ${at}${where.length > 1 ? ", among other places" : ""}).`);
  } else if (named.some((p) => "documented" in p)) {
    out.push("It never names the missing scope: the SDK reports the one its docs name.");
  } else if (scopeSignals.length > 0) {
    out.push("Its missing-scope responses do not name the scope.");
  }

  const waits = signalsAnswering(entry, "rateLimit").flatMap((s) => s.wait ?? []).filter((p) => "header" in p || "json" in p);
  if (waits.length > 0) {
    const w = waits[0]!;
    out.push(`It says how long to wait in ${"header" in w ? `header \`${w.header}\`` : `body \`${w.json}\``}.`);
  }

  const fixed = signalsAnswering(entry, "notRetryable").length;
  if (fixed > 0) out.push(`${fixed === 1 ? "One of its signals marks an error" : `${fixed} of its signals mark errors`} that retrying cannot fix, whatever the status says.`);
  if (QUESTIONS.some((q) => entry.answers[q.id] === "not documented")) {
    const missing = QUESTIONS.filter((q) => entry.answers[q.id] === "not documented").map((q) => `"${q.title.toLowerCase()}"`);
    out.push(`Its documentation says nothing on ${andList(missing)}: the SDK's generic rules answer ${missing.length === 1 ? "it" : "them"}.`);
  }
  return out;
}

/** One line for /llms.txt: what is special about the provider, then the class each question gets and its request id. */
export function llmsLine(entry: ProviderEntry): string {
  const answers = QUESTIONS.map((q) => {
    const a = answerOf(entry, q.id);
    const retry = retryNote(entry, q.id);
    return `${q.title}: ${a.documented ? a.classes.join(" or ") + (retry ? ` (${retry})` : "") : "not documented"}`;
  });
  const ids = [...(entry.requestIdHeaders ?? []), ...bodyRequestIds(entry).map((tokens) => tokens.map((k) => (k.kind === "link" ? "" : k.text)).join(""))];
  const lede = ledeOf(entry)[0]!.replace(/`([^`]+)`/g, "$1");
  return `${lede} ${answers.join("; ")}; Request id: ${ids.length > 0 ? ids.join(", ") : "not documented"}.`;
}

// ---------------------------------------------------------------------------------------
// For the error pages: the providers whose signals raise a class.

/** The providers with signals that yield `name`, each with those signals. */
export function providersRaising(name: string): { entry: ProviderEntry; signals: ProviderSignal[] }[] {
  return PROVIDERS.map((entry) => ({ entry, signals: entry.signals.filter((s) => s.error === name) })).filter((p) => p.signals.length > 0);
}

/** A signal's short name: its id without `provider.<id>.` (or `quirk.<id>.`). */
export function shortName(entry: ProviderEntry, signalId: string): string {
  return signalId.replace(new RegExp(`^(?:provider|quirk)\\.${entry.id}\\.`), "");
}

/** The link of a rule id from the provider table: the rules page row. */
export { rulePath };

/** A value for JSON: regular expressions as their source text. */
export function jsonSafe(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof RegExp ? String(v) : v)));
}

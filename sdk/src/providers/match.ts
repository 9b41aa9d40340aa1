/**
 * Runs the declarative parts of a provider signal against a response: a {@link Match},
 * a {@link ScopePick}, a JSON path. Every walk is bounded: a path visits at most
 * {@link MAX_ITEMS} items of each list it crosses, and text is read from its first
 * {@link MAX_TEXT} characters, so a hostile 5 MiB body costs no more than a small one.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { RuleContext } from "../rules/context.js";
import { isRecord } from "../snapshot.js";
import type { JsonPath, Match, ScopePick, ValueTest } from "./types.js";

/** Items of one list a path walks at most (a body lists a handful of errors, never thousands). */
export const MAX_ITEMS = 256;
/** Characters of a text body, or of one value, that patterns read. */
export const MAX_TEXT = 64 * 1024;

interface Step {
  readonly key: string;
  readonly each: boolean;
}

const compiled = new Map<JsonPath, readonly Step[]>();

/** `error.details[].reason` → `[{key: "error"}, {key: "details", each}, {key: "reason"}]`; a leading `[]` walks a list body. */
function steps(path: JsonPath): readonly Step[] {
  let out = compiled.get(path);
  if (out === undefined) {
    // `.` separates members; `\.` is a dot inside a member's name (`error.\.tag`).
    out = path === "" ? [] : path.split(/(?<!\\)\./).map((raw) => {
      const part = raw.replace(/\\\./g, ".");
      return part.endsWith("[]") ? { key: part.slice(0, -2), each: true } : { key: part, each: false };
    });
    compiled.set(path, out);
  }
  return out;
}

/**
 * Calls `visit` with each value `path` reaches in `value`, in document order, until it
 * returns true. Returns whether it did.
 */
export function someAt(value: unknown, path: JsonPath, visit: (v: unknown) => boolean): boolean {
  return walk(value, steps(path), 0, visit);
}

function walk(value: unknown, path: readonly Step[], i: number, visit: (v: unknown) => boolean): boolean {
  if (i === path.length) return visit(value);
  const step = path[i]!;
  const next = step.key === "" ? value : isRecord(value) && Object.hasOwn(value, step.key) ? value[step.key] : undefined;
  if (!step.each) return next !== undefined && walk(next, path, i + 1, visit);
  if (!Array.isArray(next)) return false;
  const n = Math.min(next.length, MAX_ITEMS);
  for (let k = 0; k < n; k++) if (walk(next[k], path, i + 1, visit)) return true;
  return false;
}

/** The first value at `path` that is a string (or a number, as its text). */
export function stringAt(value: unknown, path: JsonPath): string | undefined {
  let out: string | undefined;
  someAt(value, path, (v) => {
    out = asText(v);
    return out !== undefined;
  });
  return out;
}

/** A scalar as text (`true`, `403`); `undefined` for objects, lists and nothing. */
export function asText(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if ((typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean") return String(v);
  return undefined;
}

function passes(value: string, t: ValueTest): boolean {
  if (t.is !== undefined) return typeof t.is === "string" ? value === t.is : t.is.includes(value);
  if (t.matches !== undefined) return t.matches.test(value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value);
  return true;
}

/** The body's text, for `text` and `xml` matches: `undefined` for a JSON body. */
export function bodyText(ctx: RuleContext): string | undefined {
  const b = ctx.body;
  if (b.kind !== "text" && b.kind !== "invalid-json") return undefined;
  return b.text.length > MAX_TEXT ? b.text.slice(0, MAX_TEXT) : b.text;
}

/** What the client printed around a pasted response, its first {@link MAX_TEXT} characters; `undefined` for a real call's. */
function printedHead(ctx: RuleContext): string | undefined {
  const text = ctx.printedText();
  return text === undefined || text.length <= MAX_TEXT ? text : text.slice(0, MAX_TEXT);
}

function jsonBody(ctx: RuleContext): unknown {
  return ctx.body.kind === "json" ? ctx.body.value : undefined;
}

/** The text of the first `<name>` or `<name …>` element, up to its `</name>`; no nesting inside. */
export function xmlElement(text: string, name: string): string | undefined {
  const open = "<" + name;
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
    const after = text.charCodeAt(at + open.length);
    if (after !== 0x3e /* > */ && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) continue;
    const start = text.indexOf(">", at + open.length);
    if (start < 0) return undefined;
    const end = text.indexOf("</" + name + ">", start + 1);
    return end < 0 ? undefined : text.slice(start + 1, end).trim();
  }
  return undefined;
}

/** Splits a header list on commas, trimming, dropping empty members. */
export function commaList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const part of value.split(",")) {
    const s = part.trim();
    if (s !== "") out.push(s);
  }
  return out;
}

/**
 * Where a body must reach for `match` to hold: alternatives, one of which it must reach, each
 * a list of members walked through objects (a path up to its first list, that list's member
 * included; `[]` first for a list body), or {@link TEXT_BODY} for a text body, or {@link HEADER}
 * and a header's name; and, for a test that the value there `is` one of a few, those values,
 * which the value reached must be one of. `undefined` when it may hold without any (the status,
 * a `not`, the body itself). Lets identification skip, unrun, the fingerprints a body cannot hold: a property
 * lookup or two each, where running them all cost more than the rest of the mapping.
 */
export function anchorsOf(match: Match, cost: (anchor: Anchor) => number = () => 0): readonly Anchor[] | undefined {
  if ("json" in match) {
    const path: string[] = [];
    let through = true;
    for (const step of steps(match.json)) {
      // An empty member is the value itself: a list body when it leads with `[]`.
      if (step.key === "") {
        if (step.each && path.length === 0) path.push("[]");
        if (step.each) {
          through = false;
          break;
        }
        continue;
      }
      path.push(step.key);
      if (step.each) {
        through = false;
        break;
      }
    }
    // No member at all: the body itself, which only a scalar body passes (a JSON string: Sentry's words quoted).
    if (path.length === 0) {
      const is = match.is;
      return [is !== undefined ? { path: [SCALAR_BODY], values: typeof is === "string" ? [is] : is } : match.matches !== undefined ? { path: [SCALAR_BODY], pattern: match.matches } : { path: [SCALAR_BODY] }];
    }
    // A path that stops at its first list needs a list there: an object a body holds under that name (Google's `details`
    // in our envelope's place) cannot hold it.
    if (!through) return path[0] === "[]" && path.length === 1 ? [{ path }] : [{ path, list: true }];
    // What `is` or `matches` tests, when the path ends at the value tested (no list on the way): what the walk reaches.
    const is = match.is;
    if (is !== undefined) return [{ path, values: typeof is === "string" ? [is] : is }];
    if (match.matches !== undefined) return [{ path, pattern: match.matches }];
    return [{ path }];
  }
  // A header a body's fingerprint names (S3's `Server: AmazonS3`) is looked up by its name, as the response's own headers are.
  if ("header" in match) {
    const is = match.is;
    const path = [HEADER, match.header];
    return [is !== undefined ? { path, values: typeof is === "string" ? [is] : is } : match.matches !== undefined ? { path, pattern: match.matches } : { path }];
  }
  if ("text" in match) return [{ path: [TEXT_BODY], pattern: match.text }];
  if ("xml" in match) return [{ path: [TEXT_BODY] }];
  if ("all" in match) {
    // Every part must hold: the part fewest bodies reach is the sharpest test, by `cost` (how many fingerprints share the
    // place), then by depth.
    let best: readonly Anchor[] | undefined;
    let bestCost = Infinity;
    for (const m of match.all) {
      const a = anchorsOf(m, cost);
      if (a === undefined) continue;
      const c = Math.max(...a.map(cost));
      if (best === undefined || c < bestCost || (c === bestCost && depth(a) > depth(best))) [best, bestCost] = [a, c];
    }
    return best;
  }
  if ("any" in match) {
    const out: Anchor[] = [];
    for (const m of match.any) {
      const a = anchorsOf(m, cost);
      if (a === undefined) return undefined;
      out.push(...a);
    }
    return out;
  }
  return undefined;
}

/**
 * A place a body must reach: member names, `[]` for a list body, {@link TEXT_BODY}, or {@link HEADER} and a header's name; and
 * when `values` is there, the value reached (a string, or a number's or boolean's text) must be one of them.
 */
export interface Anchor {
  readonly path: readonly string[];
  readonly values?: readonly string[];
  /** The value reached (its text, the first {@link MAX_TEXT} characters; a text body's for {@link TEXT_BODY}) matches this. */
  readonly pattern?: RegExp;
  /** The value reached is a list (the path stopped at its first `[]`). */
  readonly list?: boolean;
}
/** The anchor of a `text` or `xml` match: the body is text, not JSON. */
export const TEXT_BODY = "#text";
/** The anchor of a `json` match of the body itself: a JSON body that is a string, a number or a boolean. */
export const SCALAR_BODY = "#scalar";
/** The root of a `header` match's anchor: under it, the header's name (lowercase), reached by the response's headers. */
export const HEADER = "#header";

/**
 * The patterns a place's value must match, each for a fingerprint: those of one set of flags tested as one alternation first,
 * since most values match none (every body's `error.message` is tried against a dozen providers' sentences), then one by one
 * when it matches. A pattern that refers back to a group (its number would change in the alternation) is tested alone.
 */
export class Patterns {
  readonly #groups = new Map<string, { members: { re: RegExp; at: number }[]; union: RegExp | undefined }>();

  get empty(): boolean {
    return this.#groups.size === 0;
  }

  add(re: RegExp, at: number): void {
    // A `g` or `y` pattern's test moves its lastIndex; one with a back reference, alone (`\u0000` keys no flags a RegExp has).
    const key = re.global || re.sticky || /\\[1-9]|\\k</.test(re.source) ? `\u0000${at}` : re.flags;
    const group = this.#groups.get(key);
    if (group === undefined) this.#groups.set(key, { members: [{ re, at }], union: undefined });
    else {
      group.members.push({ re, at });
      group.union = undefined;
    }
  }

  /** Pushes to `hits` the fingerprint of each pattern `text` matches. */
  collect(text: string, hits: number[]): void {
    for (const group of this.#groups.values()) {
      group.union ??= unionOf(group.members.map((p) => p.re));
      if (!group.union.test(text)) continue;
      for (const p of group.members) {
        p.re.lastIndex = 0;
        if (p.re.test(text)) hits.push(p.at);
      }
    }
  }
}

/** One pattern that matches where any of `res` (of the same flags) does; one that matches anything if they cannot be joined. */
function unionOf(res: readonly RegExp[]): RegExp {
  if (res.length === 1) return new RegExp(res[0]!.source, res[0]!.flags.replace(/[gy]/g, ""));
  try {
    return new RegExp(res.map((r) => `(?:${r.source})`).join("|"), res[0]!.flags);
  } catch {
    return /[^]/; // a group name used twice: each is tested alone
  }
}

/** How sharp the least sharp of `anchors` is: its members, and one more for a value to be. */
function depth(anchors: readonly Anchor[]): number {
  let least = Infinity;
  for (const a of anchors) least = Math.min(least, a.path.length + (a.values || a.pattern ? 1 : 0));
  return least;
}

/** A compiled {@link Match}: its note when it holds, `undefined` when it does not. */
export type Tester = (ctx: RuleContext) => string | undefined;

/**
 * `match` compiled into closures (its paths split, its kind decided), for a caller that keeps
 * the result (a signal's rule, the body fingerprints): the closure says whether it holds for a
 * response, with a note saying what matched (for the decision trace), `undefined` when it does
 * not. Identification tries every body fingerprint on every response: walking the declaration
 * each time cost more than the rest of the mapping.
 */
export function compile(match: Match): Tester {
  if ("all" in match) {
    const parts = match.all.map(compile);
    return (ctx) => {
      let notes = "";
      for (const part of parts) {
        const note = part(ctx);
        if (note === undefined) return undefined;
        if (note !== "") notes = notes === "" ? note : `${notes}; ${note}`;
      }
      return notes;
    };
  }
  if ("any" in match) {
    const parts = match.any.map(compile);
    return (ctx) => {
      for (const part of parts) {
        const note = part(ctx);
        if (note !== undefined) return note;
      }
      return undefined;
    };
  }
  if ("not" in match) {
    const inner = compile(match.not);
    return (ctx) => (inner(ctx) === undefined ? "" : undefined);
  }
  if ("noStatus" in match) return (ctx) => (ctx.status === undefined ? "no status" : undefined);
  if ("method" in match) {
    const methods = match.method;
    return (ctx) => {
      const m = ctx.method?.toUpperCase();
      return m !== undefined && methods.includes(m) ? `method ${m}` : undefined;
    };
  }
  if ("url" in match) {
    const re = match.url;
    return (ctx) => {
      const url = ctx.url === undefined || ctx.url.length <= MAX_TEXT ? ctx.url : ctx.url.slice(0, MAX_TEXT);
      return url !== undefined && re.test(url) ? `request URL ${short(url)}` : undefined;
    };
  }
  if ("header" in match) {
    const name = match.header;
    return (ctx) => {
      const value = ctx.headers.get(name);
      return value !== undefined && passes(value, match) ? `header ${ctx.headers.nameAsSent(name)}: ${short(value)}` : undefined;
    };
  }
  if ("json" in match) {
    const path = steps(match.json);
    const where = match.json || "(the body)";
    if (!path.some((s) => s.each)) {
      // A path through objects only (most are): one lookup per member, no visitor.
      const keys = path.map((s) => s.key).filter((k) => k !== "");
      return (ctx) => {
        if (ctx.body.kind !== "json") return undefined;
        let v: unknown = ctx.body.value;
        for (const key of keys) {
          if (!isRecord(v) || !Object.hasOwn(v, key)) return undefined;
          v = v[key];
        }
        const text = asText(v);
        return text !== undefined && passes(text, match) ? `body ${where}: ${short(text)}` : undefined;
      };
    }
    return (ctx) => {
      if (ctx.body.kind !== "json") return undefined;
      let found: string | undefined;
      walk(ctx.body.value, path, 0, (v) => {
        const text = asText(v);
        if (text !== undefined && passes(text, match)) found = text;
        return found !== undefined;
      });
      return found === undefined ? undefined : `body ${where}: ${short(found)}`;
    };
  }
  if ("xml" in match) {
    const name = match.xml;
    return (ctx) => {
      const text = bodyText(ctx);
      const value = text === undefined ? undefined : xmlElement(text, name);
      return value !== undefined && passes(value, match) ? `body <${name}>: ${short(value)}` : undefined;
    };
  }
  if ("text" in match) {
    const re = match.text;
    return (ctx) => {
      const text = bodyText(ctx);
      const m = text === undefined ? null : re.exec(text);
      return m === null ? undefined : `body text: ${short(m[0])}`;
    };
  }
  if ("printed" in match) {
    const re = match.printed;
    return (ctx) => {
      const text = printedHead(ctx);
      const m = text === undefined ? null : re.exec(text);
      return m === null ? undefined : `the client's printout: ${short(m[0])}`;
    };
  }
  const [a, b] = match.disjoint;
  return (ctx) => {
    const accepted = commaList(ctx.headers.get(a));
    const grantedRaw = ctx.headers.get(b);
    if (accepted.length === 0 || grantedRaw === undefined) return undefined;
    const granted = new Set(commaList(grantedRaw));
    if (accepted.some((s) => granted.has(s))) return undefined;
    return `${ctx.headers.nameAsSent(a)} ${accepted.join(", ")}; ${ctx.headers.nameAsSent(b)} ${[...granted].join(", ") || "none"}`;
  };
}

/** The scopes the first pick finds, and where it found them; `undefined` when none names any. */
export function pickScopes(picks: readonly ScopePick[], ctx: RuleContext): { scopes: string[]; from: string } | undefined {
  for (const pick of picks) {
    const found: string[] = [];
    let from = "";
    const take = (raw: string, where: string): void => {
      let text: string | undefined = raw;
      const capture = "capture" in pick ? pick.capture : undefined;
      if (capture !== undefined) text = capture.exec(raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw)?.[1];
      if (text === undefined) return;
      const split = "split" in pick ? pick.split : undefined;
      // A long list is read from its head: at most MAX_ITEMS scopes are kept anyway.
      const head = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
      const parts = split === undefined ? [head.trim()] : head.split(split).map((s) => s.trim());
      for (const s of parts) if (s !== "" && !found.includes(s) && found.length < MAX_ITEMS) found.push(s);
      if (from === "") from = where;
    };
    if ("header" in pick) {
      const value = ctx.headers.get(pick.header);
      if (value !== undefined) take(value, `header ${ctx.headers.nameAsSent(pick.header)}`);
    } else if ("json" in pick) {
      someAt(jsonBody(ctx), pick.json, (v) => {
        if (Array.isArray(v)) {
          for (let k = 0; k < Math.min(v.length, MAX_ITEMS); k++) if (typeof v[k] === "string") take(v[k] as string, `body ${pick.json}`);
        } else if (typeof v === "string") take(v, `body ${pick.json}`);
        return false; // every value the path reaches
      });
    } else if ("documented" in pick) {
      for (const s of pick.documented) take(s, "the provider's docs (the response names none)");
    } else if ("printed" in pick) {
      const text = printedHead(ctx);
      const m = text === undefined ? null : pick.printed.exec(text);
      if (m?.[1] !== undefined) take(m[1], "the client's printout");
    } else {
      const text = bodyText(ctx);
      const m = text === undefined ? null : pick.text.exec(text);
      if (m?.[1] !== undefined) take(m[1], "body text");
    }
    if (found.length > 0) return { scopes: found, from };
  }
  return undefined;
}

/** A value cut for a trace note. */
function short(value: string): string {
  return value.length > 80 ? value.slice(0, 79) + "…" : value;
}

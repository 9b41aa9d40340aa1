/**
 * A map as Dart's and Java's `toString` print it, unquoted: Dart's `{error: {message: You
 * exceeded your current quota, please check your plan., type: insufficient_quota, code: null}}`
 * (dio's `response.data`), Java's `{code=50013, message=Missing Permissions}` (Discord4J's body).
 * Nothing marks where a value ends, so a value runs to the next `, name: ` (or `, name=`) or to
 * the bracket that closes its map or list: a value that itself holds ", word: " is cut there,
 * which only costs a message its tail. One pass, nesting bounded: linear, never a stack overflow.
 *
 * Imported by both server and browser code.
 * @module
 */
import { MAX_JSON_DEPTH } from "../json.js";
import { isForbiddenKey } from "../snapshot.js";

/** A member's name and its separator (`: `, or `:` and a line break where a paste wrapped it; `=`), at `lastIndex`: what ends the value before it. */
const NAME = /[A-Za-z_$][\w$.-]{0,60}(?:(:)\s|(=))/y;
/** A declaration, then another after a `;` (`margin: 0;padding: 0`). */
const CSS_DECLARATIONS = /^\{[a-z-]{1,40}: ?[^,;{}\r\n]{1,200}; ?[a-z-]{1,40}: /;
/** Whether the character code is a space or a line break (a wrapped paste breaks lines after `,` and `:`). */
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

class Reader {
  i = 0;
  /** The separator the map uses, once its first member is read: `: ` (Dart) or `=` (Java). */
  sep: string | undefined;
  constructor(readonly t: string) {}

  /** Whether a member's name and this map's separator start at `at`. */
  nameAt(at: number): boolean {
    NAME.lastIndex = at;
    const m = NAME.exec(this.t);
    return m !== null && (this.sep === undefined || (m[1] ?? m[2]) === this.sep);
  }

  value(depth: number): unknown {
    if (depth > MAX_JSON_DEPTH) return undefined;
    const c = this.t[this.i];
    if (c === "{") return this.map(depth);
    if (c === "[") return this.list(depth);
    return this.scalar(false);
  }

  map(depth: number): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    this.i++;
    if (this.t[this.i] === "}") return this.i++, out;
    for (;;) {
      NAME.lastIndex = this.i;
      const m = NAME.exec(this.t);
      const sep = m?.[1] ?? m?.[2];
      if (!m || (this.sep !== undefined && sep !== this.sep)) return undefined;
      this.sep = sep;
      this.i = NAME.lastIndex;
      const v = this.value(depth + 1);
      if (v === undefined) return undefined;
      const key = m[0].slice(0, m[0].length - (m[1] ? 2 : 1));
      if (!isForbiddenKey(key)) out[key] = v;
      if (this.t[this.i] === "}") return this.i++, out;
      if (!this.comma()) return undefined;
    }
  }

  /** `,` and one space or line break between members or items. */
  comma(): boolean {
    if (this.t.charCodeAt(this.i) !== 0x2c || !isSpace(this.t.charCodeAt(this.i + 1))) return false;
    this.i += 2;
    return true;
  }

  list(depth: number): unknown[] | undefined {
    const out: unknown[] = [];
    this.i++;
    if (this.t[this.i] === "]") return this.i++, out;
    for (;;) {
      const c = this.t[this.i];
      const v = c === "{" || c === "[" ? this.value(depth + 1) : this.scalar(true);
      if (v === undefined) return undefined;
      out.push(v);
      if (this.t[this.i] === "]") return this.i++, out;
      if (!this.comma()) return undefined;
    }
  }

  /** A bare value: up to `, name<sep>` (in a list, any `, `), or the bracket that closes its container. */
  scalar(inList: boolean): unknown {
    const start = this.i;
    let j = start;
    for (; j < this.t.length; j++) {
      const c = this.t.charCodeAt(j);
      if (c === 0x7d /* } */ || c === 0x5d /* ] */) break;
      if (c === 0x2c /* , */ && isSpace(this.t.charCodeAt(j + 1)) && (inList || this.nameAt(j + 2))) break;
    }
    this.i = j;
    const s = this.t.slice(start, j).trim();
    if (s === "null") return null;
    if (s === "true" || s === "false") return s === "true";
    return /^-?\d{1,15}(?:\.\d{1,15})?$/.test(s) ? Number(s) : s;
  }
}

/** The map `text` prints (it starts with `{`), or `undefined` when it is no such map. */
export function readMapText(text: string): Record<string, unknown> | undefined {
  const t = text.trim();
  // A style sheet's rule (`{margin: 0;padding: 0}`, the CSS of Google's error page a gRPC client printed) separates its
  // declarations with `;`: no map prints that between members.
  if (!t.startsWith("{") || CSS_DECLARATIONS.test(t)) return undefined;
  const r = new Reader(t);
  const value = r.map(0);
  return value !== undefined && r.i === t.length ? value : undefined;
}

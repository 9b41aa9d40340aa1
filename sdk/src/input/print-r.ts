/**
 * PHP's printouts of an array, as PHP clients and apps print a decoded response body, read
 * back into the object they printed: `print_r` ("Raw Response: Array\n(\n    [status] => 401\n
 * [message] => Invalid access token.\n)"; whole numbers become numbers, as print_r prints `401`
 * for the integer and the string alike), and Symfony VarDumper's `dump()` and Laravel's `dd()`
 * ("array:3 [\n  \"status\" => 403\n  \"message\" => \"...\"\n]"). Nested arrays become objects.
 *
 * Imported by both server and browser code.
 * @module
 */

import { isForbiddenKey } from "../snapshot.js";

/** Nesting read at most: a response body printed by print_r is a few levels deep. */
const MAX_DEPTH = 16;
/** Members read at most, all levels together. */
const MAX_MEMBERS = 1000;

/**
 * What opens a print_r block: `Array` or an object's `ClassName Object` (`stdClass Object`), then `(`, on the next line
 * as the CLI prints it or on the same one as a browser shows it (HTML collapses print_r's newlines).
 */
const OPEN = /(?:(?:Array|[A-Za-z_\\][\w\\]{0,200} Object)[ \t]*(?:\r?\n[ \t]*)?)?\(/y;
/** A member's key; print_r shows an object's property with its visibility (`[message:protected]`, `[x:Foo\Bar:private]`). */
const KEY = /\[([^\]\r\n]{1,200})\] =>[ \t]?/y;
const VISIBILITY = /:(?:protected|public|[A-Za-z_\\][\w\\]{0,200}:private)$/;
/** Where a value ends on a line that holds several members: before the next member's key, or the block's `)`. */
const INLINE_END = /[ \t]+(?:\[[^\]\r\n]{1,200}\] =>|\)(?![^ \t\r\n]))|\r?\n/g;
/** Characters of one value read at most. */
const MAX_VALUE = 2000;

/** Where the blanks (newlines too) from `at` end. */
function skipBlank(t: string, at: number): number {
  while (at < t.length && /\s/.test(t[at]!)) at++;
  return at;
}

/** The index after the `(` of a block that opens at `at`, or -1. */
function opens(t: string, at: number): number {
  OPEN.lastIndex = at;
  return OPEN.test(t) ? OPEN.lastIndex : -1;
}

/**
 * The object `print_r` printed from the block that starts at `at` (the index of `Array`, or of `stdClass Object`),
 * or `undefined` when what follows is not a print_r block or was cut off. Either form: a member per line, or all
 * on one line as a browser shows it (then a value runs to the next ` [key] =>` or ` )`). One pass, left to right.
 */
export function readPrintR(t: string, at: number): Record<string, unknown> | undefined {
  let i = opens(t, at);
  if (i < 0) return undefined;
  let j = i;
  while (j < t.length && (t[j] === " " || t[j] === "\t")) j++;
  const inline = j < t.length && t[j] !== "\n" && t[j] !== "\r";
  const root: Record<string, unknown> = {};
  const stack: Record<string, unknown>[] = [root];
  let members = 0;
  for (;;) {
    i = skipBlank(t, i);
    if (i >= t.length) return undefined; // never closed: cut off
    if (t[i] === ")") {
      i++;
      stack.pop();
      if (stack.length === 0) return root;
      continue;
    }
    KEY.lastIndex = i;
    const key = KEY.exec(t);
    if (!key || ++members > MAX_MEMBERS) return undefined;
    i = KEY.lastIndex;
    const name = key[1]!.replace(VISIBILITY, "");
    const target = isForbiddenKey(name) ? {} : stack.at(-1)!; // `__proto__` is read past, never set
    const inner = opens(t, i);
    if (inner >= 0) {
      if (stack.length >= MAX_DEPTH) return undefined;
      const child: Record<string, unknown> = {};
      target[name] = child;
      stack.push(child);
      i = inner;
      continue;
    }
    let end: number;
    KEY.lastIndex = i;
    if (inline && KEY.test(t)) end = i; // an empty value: the next key follows at once
    else if (inline) {
      INLINE_END.lastIndex = i;
      const stop = INLINE_END.exec(t.length - i > MAX_VALUE + 300 ? t.slice(0, i + MAX_VALUE + 300) : t);
      end = stop ? stop.index : t.length;
    } else {
      end = t.indexOf("\n", i);
      if (end < 0) end = t.length;
    }
    if (end - i > MAX_VALUE) return undefined;
    const value = t.slice(i, end).trim();
    target[name] = /^-?(?:0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
    i = end;
  }
}

/**
 * Where a print_r block opens, found by its fixed words (`Array`, ` Object`) so the search stays linear; an object's
 * class name is then read back from ` Object`. Or a bare `(` that starts a line, a `[key] =>` on the line below: the
 * block copied without the word above it (Adyen's PHP library's error as an issue pastes it: "(\n    [errorType] => security").
 */
const FIND_OPEN = /\bArray[ \t]*(?:\r?\n[ \t]*)?\(|(?<=[\w\\]) Object[ \t]*(?:\r?\n[ \t]*)?\(|(?<=^|\n[ \t]{0,20})\((?=[ \t]*\r?\n[ \t]*\[[^\]\r\n]{1,200}\] =>)/g;
/** Blocks tried at most: a log may hold an `Array (` that is prose before the one printed. */
const MAX_TRIES = 4;

/** The object of the first print_r block in `t` that reads whole, or `undefined`. */
export function findPrintR(t: string): Record<string, unknown> | undefined {
  FIND_OPEN.lastIndex = 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const m = FIND_OPEN.exec(t);
    if (!m) break;
    let at = m.index;
    if (m[0].startsWith(" ")) while (at > 0 && m.index - at < 200 && /[\w\\]/.test(t[at - 1]!)) at--;
    const value = readPrintR(t, at);
    if (value !== undefined) {
      FIND_OPEN.lastIndex = 0;
      return value;
    }
  }
  FIND_OPEN.lastIndex = 0;
  return undefined;
}

/**
 * A member of a VarDumper array: a quoted or bare key, then a quoted string, a scalar, or a nested `array:N [`. VarDumper does not
 * escape the quotes inside a string (`"WWW-Authenticate" => "Bearer error="invalid_token""`): a string runs to its line's last quote.
 */
const DUMP_MEMBER = /^[ \t]*(?:"((?:[^"\\\r\n]|\\.){1,200})"|(\d{1,9})) => (?:"([^\r\n]{0,4000})"|(array:\d{1,6} \[)[ \t]*[▼▶]?|(-?\d{1,15}(?:\.\d{1,15})?|true|false|null))[ \t]*\r?$/;

/**
 * The object Symfony VarDumper printed from the `array:N [` that starts at `at`, or `undefined` when the lines after it are
 * not such a dump. A dump the paste cuts off (its last lines not copied, a long header list's; the poster's words may follow) is read up
 * to where it ends, and said to be `cut`. One pass over its lines.
 */
export function readVarDump(t: string, at: number): { value: Record<string, unknown>; cut: boolean } | undefined {
  const head = /^array:\d{1,6} \[[ \t]*[▼▶]?[ \t]*\r?$/m.exec(t.slice(at, at + 40));
  if (!head || head.index !== 0) return undefined;
  const lines = t.slice(at).split("\n", 2 + MAX_MEMBERS * 2);
  const root: Record<string, unknown> = {};
  const stack: Record<string, unknown>[] = [root];
  let members = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (line === "]") {
      stack.pop();
      if (stack.length === 0) return { value: root, cut: false };
      continue;
    }
    const m = DUMP_MEMBER.exec(lines[i]!);
    // The poster's words after a dump they cut (no member's indentation): it was read up to there.
    if (!m && members > 0 && !/^[ \t]/.test(lines[i]!)) return { value: root, cut: true };
    if (!m || ++members > MAX_MEMBERS) return undefined;
    const value = m[3] !== undefined ? m[3] : m[5] === "true" ? true : m[5] === "false" ? false : m[5] === "null" ? null : Number(m[5]);
    if (!putMember(stack, m[1] ?? m[2]!, value, m[4] !== undefined)) return undefined;
  }
  // The text ended inside it: cut off where the paste stopped (a whole member at least read).
  return members > 0 && lines.length < 2 + MAX_MEMBERS * 2 ? { value: root, cut: true } : undefined;
}

/**
 * A key of PHP's own var_dump (`["errors"]=>`, `[0]=>`, an object's `["message":protected]=>`), then on the same line or the next its
 * value: `string(3) "403"`, `int(403)`, `float(1.5)`, `bool(false)`, `NULL`, or a nested `array(4) {` / `object(stdClass)#1 (2) {`.
 */
const NATIVE_KEY = /^[ \t]*\[(?:"((?:[^"\\\r\n]|\\.){1,200})"(?::[^\]\r\n]{1,200})?|(-?\d{1,9}))\][ \t]?=>[ \t]*(.*?)\r?$/;
const NATIVE_VALUE = /^(?:string\(\d{1,9}\) "(.*)"|int\((-?\d{1,18})\)|float\((-?[\d.eE+-]{1,40})\)|bool\((true|false)\)|(NULL)|((?:array\(\d{1,6}\)|object\([\w\\]{1,200}\)#\d{1,9} \(\d{1,6}\)) \{))[ \t]*\r?$/;

/**
 * The object PHP's own var_dump printed from the `array(N) {` (or `object(Class)#n (N) {`) that starts at `at`, and where it ends;
 * `undefined` when the lines after it are not such a dump (or it was cut off). One pass over its lines.
 */
export function readNativeVarDump(t: string, at: number): { value: Record<string, unknown>; end: number } | undefined {
  if (!/^(?:array\(\d{1,6}\)|object\([\w\\]{1,200}\)#\d{1,9} \(\d{1,6}\)) \{[ \t]*\r?$/m.test(t.slice(at, lineEndOf(t, at)))) return undefined;
  const lines = t.slice(at).split("\n", 2 + MAX_MEMBERS * 3);
  const root: Record<string, unknown> = {};
  const stack: Record<string, unknown>[] = [root];
  let key: string | undefined;
  let members = 0;
  let end = at + lines[0]!.length + 1;
  for (let i = 1; i < lines.length; end += lines[i]!.length + 1, i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (key === undefined && line === "}") {
      stack.pop();
      if (stack.length === 0) return { value: asLists(root) as Record<string, unknown>, end: Math.min(t.length, end + lines[i]!.length) };
      continue;
    }
    let rest = line;
    if (key === undefined) {
      const k = NATIVE_KEY.exec(lines[i]!);
      if (!k || ++members > MAX_MEMBERS) return undefined;
      key = k[1] ?? k[2]!;
      rest = k[3]!.trim();
      // The value on the next line, as PHP's CLI prints it.
      if (rest === "") continue;
    }
    const v = NATIVE_VALUE.exec(rest);
    if (!v) return undefined;
    const value = v[1] ?? (v[2] !== undefined ? Number(v[2]) : v[3] !== undefined ? Number(v[3]) : v[4] !== undefined ? v[4] === "true" : null);
    if (!putMember(stack, key, value, v[6] !== undefined)) return undefined;
    key = undefined;
  }
  return undefined; // never closed: cut off, or no dump
}

/** Characters of one string of a var_dump on one line read at most. */
const MAX_STRING = 4000;

/** A token of PHP's var_dump on one line: an array's or object's opening, a key, a string's head (its byte length), a scalar, a close. */
const FOLDED_TOKEN =
  /[ \t]*(?:((?:array\(\d{1,6}\)|object\([\w\\]{1,200}\)#\d{1,9} \(\d{1,6}\)) \{)|(\[(?:"(?:[^"\\\r\n]|\\.){1,200}"(?::[^\]\r\n]{1,200})?|-?\d{1,9})\][ \t]?=>)|string\((\d{1,9})\) "|(int\(-?\d{1,18}\)|float\(-?[\d.eE+-]{1,40}\)|bool\((?:true|false)\)|NULL)|(\}))/y;

/**
 * PHP's own var_dump as a page shows it when HTML collapsed its line breaks (`array(1) { ["error"]=> array(3) { ["code"]=> string(10)
 * "BadRequest" ... } }`, a var_dump echoed without `<pre>`): its lines back, a member or a brace to each, for {@link readNativeVarDump};
 * and where it ends. Each string is taken by the length var_dump printed before it, in UTF-8 bytes, so a quote, a `]=>` or a brace
 * inside one stays its own. A dump the paste cut off after a whole member is closed there and said to be `cut`; `undefined` when the
 * text at `at` is not such a dump. One pass.
 */
export function unfoldNativeVarDump(t: string, at: number): { text: string; end: number; cut: boolean } | undefined {
  const lines: string[] = [];
  let line = "";
  let depth = 0;
  let members = 0;
  let i = at;
  while (i < t.length) {
    FOLDED_TOKEN.lastIndex = i;
    const m = FOLDED_TOKEN.exec(t);
    if (!m) break; // the paste's own words after a dump it cut, or no dump
    i = FOLDED_TOKEN.lastIndex;
    if (m[2] !== undefined) {
      if (++members > MAX_MEMBERS) return undefined;
      line = `${m[2]} `;
      continue;
    }
    if (m[3] !== undefined) {
      // The string's bytes, then its closing quote.
      let bytes = Number(m[3]);
      const start = i;
      while (bytes > 0 && i < t.length && i - start <= MAX_STRING) {
        const c = t.codePointAt(i)!;
        bytes -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        i += c >= 0x10000 ? 2 : 1;
      }
      if (bytes !== 0 || t[i] !== '"') return undefined;
      lines.push(`${line}string(${m[3]}) "${t.slice(start, i)}"`);
      i++;
    } else if (m[1] !== undefined) {
      if (++depth > MAX_DEPTH) return undefined;
      lines.push(line + m[1]);
    } else if (m[4] !== undefined) lines.push(line + m[4]);
    else {
      lines.push("}");
      if (--depth <= 0) return { text: lines.join("\n"), end: i, cut: false };
    }
    line = "";
    if (depth === 0) return undefined; // a value outside any array
  }
  // The paste ended inside it, or its words follow, after a whole member: closed there, and said to be cut.
  return members > 0 && line === "" ? { text: [...lines, ...Array<string>(depth).fill("}")].join("\n"), end: i, cut: true } : undefined;
}

/** Sets a dump's member on the innermost open array, or opens a nested one there; `false` when that would nest too deep. */
function putMember(stack: Record<string, unknown>[], key: string, value: unknown, opens: boolean): boolean {
  const target = isForbiddenKey(key) ? {} : stack.at(-1)!; // `__proto__` is read past, never set
  if (!opens) {
    target[key] = value;
    return true;
  }
  if (stack.length >= MAX_DEPTH) return false;
  const child: Record<string, unknown> = {};
  target[key] = child;
  stack.push(child);
  return true;
}

/** PHP's lists as JSON's: an array whose keys are 0, 1, 2, ... in order (`[0] =>`, `[1] =>`) was a list in the body PHP decoded. */
function asLists(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (const k of keys) record[k] = asLists(record[k], depth + 1);
  return keys.length > 0 && keys.every((k, i) => k === String(i)) ? keys.map((k) => record[k]) : record;
}

function lineEndOf(t: string, at: number): number {
  const i = t.indexOf("\n", at);
  return i < 0 ? t.length : i;
}

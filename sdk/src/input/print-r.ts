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

const MEMBER = /^[ \t]*\[([^\]\r\n]{1,200})\] => ?([^\r\n]{0,2000})$/;

/**
 * The object `print_r` printed from the `Array` that starts at `at` (the index of "Array"),
 * or `undefined` when the lines after it are not a print_r block. One pass over its lines.
 */
export function readPrintR(t: string, at: number): Record<string, unknown> | undefined {
  if (!t.startsWith("Array", at)) return undefined;
  const lines = t.slice(at + "Array".length).split(/\r?\n/, 1 + MAX_MEMBERS * 3);
  if (lines[0]!.trim() !== "" || lines[1]?.trim() !== "(") return undefined;
  const root: Record<string, unknown> = {};
  const stack: Record<string, unknown>[] = [root];
  let members = 0;
  let open: Record<string, unknown> | undefined; // an `Array` value whose "(" comes next
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (open !== undefined) {
      if (line !== "(" || stack.length >= MAX_DEPTH) return undefined;
      stack.push(open);
      open = undefined;
      continue;
    }
    if (line === ")") {
      stack.pop();
      if (stack.length === 0) return root;
      continue;
    }
    const m = MEMBER.exec(lines[i]!);
    if (!m || ++members > MAX_MEMBERS) return undefined;
    const [key, value] = [m[1]!, m[2]!.trimEnd()];
    const target = isForbiddenKey(key) ? {} : stack.at(-1)!; // `__proto__` is read past, never set
    if (value === "Array") target[key] = open = {};
    else target[key] = /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return undefined; // never closed: cut off, or no print_r
}

/** A member of a VarDumper array: a quoted or bare key, then a quoted string, a scalar, or a nested `array:N [`. */
const DUMP_MEMBER = /^[ \t]*(?:"((?:[^"\\\r\n]|\\.){1,200})"|(\d{1,9})) => (?:"((?:[^"\\\r\n]|\\.){0,4000})"|(array:\d{1,6} \[)[ \t]*[▼▶]?|(-?\d{1,15}(?:\.\d{1,15})?|true|false|null))[ \t]*\r?$/;

/**
 * The object Symfony VarDumper printed from the `array:N [` that starts at `at`, or `undefined` when the lines after it are
 * not such a dump (or it was cut off). One pass over its lines.
 */
export function readVarDump(t: string, at: number): Record<string, unknown> | undefined {
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
      if (stack.length === 0) return root;
      continue;
    }
    const m = DUMP_MEMBER.exec(lines[i]!);
    if (!m || ++members > MAX_MEMBERS) return undefined;
    const key = m[1] ?? m[2]!;
    const target = isForbiddenKey(key) ? {} : stack.at(-1)!; // `__proto__` is read past, never set
    if (m[4] !== undefined) {
      if (stack.length >= MAX_DEPTH) return undefined;
      const child: Record<string, unknown> = {};
      target[key] = child;
      stack.push(child);
    } else if (m[3] !== undefined) target[key] = m[3].replace(/\\(["\\])/g, "$1");
    else target[key] = m[5] === "true" ? true : m[5] === "false" ? false : m[5] === "null" ? null : Number(m[5]);
  }
  return undefined; // never closed: cut off, or no dump
}

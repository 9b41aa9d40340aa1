/**
 * PHP's `print_r` of an array, as PHP clients and apps print a decoded response body
 * ("Raw Response: Array\n(\n    [status] => 401\n    [message] => Invalid access token.\n)"):
 * read back into the object it printed. Whole numbers become numbers (print_r prints `401`
 * for the integer and the string alike); nested `Array` blocks become objects.
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

/**
 * What every paste goes through before a reader looks at it: a size limit, a byte order
 * mark, the blank lines around it, and a binary check. Each is one linear pass at most.
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";
import { binaryProblem, sizeProblem } from "./paste-gate.js";

export { MAX_INPUT_BYTES, utf8Length } from "./paste-gate.js";

/** Over 5 MiB of UTF-8 is refused. */
export function checkSize(text: string): void {
  const problem = sizeProblem(text);
  if (problem !== undefined) throw new AlterValueError(problem);
}

function isBlank(c: number): boolean {
  // Tab, LF, VT, FF, CR, space, NBSP, and the other characters `\s` matches.
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/**
 * Removes the blank lines around the text, and the indentation of its first line and the
 * trailing blanks of its last (a paste often carries them; no format needs them).
 */
export function trimBlank(text: string): string {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  if (start === text.length) return "";
  let end = text.length;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Binary text is refused. */
export function checkBinary(text: string): void {
  const problem = binaryProblem(text);
  if (problem !== undefined) throw new AlterValueError(problem);
}


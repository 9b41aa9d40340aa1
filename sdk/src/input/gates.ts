/**
 * What every paste goes through before a reader looks at it: a size limit, a byte order
 * mark, the blank lines around it, and a binary check. Each is one linear pass at most.
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";

/** The largest input `parseResponse` reads: 5 MiB, counted in UTF-8 bytes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Binary: a NUL or another C0 control character than TAB, LF, FF and CR. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F]/;
const CONTROL_ALL = /[\x00-\x08\x0B\x0E-\x1F]/g;

const PASTE_AS_TEXT =
  "Paste the response as text: the raw HTTP response, curl -i or curl -v output, a HAR file, or the JSON body.";

/** The UTF-8 length of `text`, counting until it passes `limit` (then `limit + 1` or more). A lone surrogate counts 3 (it is encoded as U+FFFD). */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Over 5 MiB of UTF-8 is refused. The byte count is only computed when it could matter. */
export function checkSize(text: string): void {
  if (text.length * 3 <= MAX_INPUT_BYTES) return;
  if (text.length > MAX_INPUT_BYTES || utf8Length(text, MAX_INPUT_BYTES) > MAX_INPUT_BYTES) {
    throw new AlterValueError(
      `This input is over 5 MiB (the classifier reads at most ${MAX_INPUT_BYTES} bytes of UTF-8). ` +
        "Paste only the failed response; for a HAR file, export just the failing request (right-click it, Copy as HAR) or remove the other entries.",
    );
  }
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

/** A NUL, or more than 1% C0 control characters other than TAB, LF, CR and FF, is binary. */
export function checkBinary(text: string): void {
  if (!CONTROL.test(text)) return; // ordinary text: one native scan
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    throw new AlterValueError(`This looks like binary data, not text: it contains a NUL character (at offset ${nul}). ${PASTE_AS_TEXT}`);
  }
  const limit = text.length / 100;
  let count = 0;
  CONTROL_ALL.lastIndex = 0;
  while (CONTROL_ALL.exec(text) !== null) {
    if (++count > limit) {
      CONTROL_ALL.lastIndex = 0;
      throw new AlterValueError(`This looks like binary data, not text: more than 1% of it are control characters. ${PASTE_AS_TEXT}`);
    }
  }
  CONTROL_ALL.lastIndex = 0;
}

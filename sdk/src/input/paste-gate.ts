/**
 * Why a paste is refused before anything reads it: over 5 MiB, or binary. Messages, not
 * exceptions, and no imports, so that the classifier page can check a paste before it
 * reaches its text box without loading the mapper; `gates.ts` throws them as
 * `AlterValueError`s for `parseResponse`.
 *
 * Imported by both server and browser code.
 * @module
 */

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

/** Why `text` is over the size limit, or `undefined`. The byte count is only computed when it could matter. */
export function sizeProblem(text: string): string | undefined {
  if (text.length * 3 <= MAX_INPUT_BYTES) return undefined;
  if (text.length > MAX_INPUT_BYTES || utf8Length(text, MAX_INPUT_BYTES) > MAX_INPUT_BYTES) {
    return (
      `This input is over 5 MiB (the classifier reads at most ${MAX_INPUT_BYTES} bytes of UTF-8). ` +
      "Paste only the failed response; for a HAR file, export just the failing request (right-click it, Copy as HAR) or remove the other entries."
    );
  }
  return undefined;
}

/** Why `text` is binary (a NUL, or more than 1% C0 control characters other than TAB, LF, CR and FF), or `undefined`. */
export function binaryProblem(text: string): string | undefined {
  if (!CONTROL.test(text)) return undefined; // ordinary text: one native scan
  const nul = text.indexOf("\0");
  if (nul >= 0) return `This looks like binary data, not text: it contains a NUL character (at offset ${nul}). ${PASTE_AS_TEXT}`;
  const limit = text.length / 100;
  let count = 0;
  CONTROL_ALL.lastIndex = 0;
  while (CONTROL_ALL.exec(text) !== null) {
    if (++count > limit) {
      CONTROL_ALL.lastIndex = 0;
      return `This looks like binary data, not text: more than 1% of it are control characters. ${PASTE_AS_TEXT}`;
    }
  }
  CONTROL_ALL.lastIndex = 0;
  return undefined;
}

/**
 * Why the classifier page keeps `text` out of its text box, or `undefined`: what
 * `parseResponse` would refuse for its size or as binary. Checked before a paste, a drop
 * or a shared link reaches the box, because a browser lays out megabytes of control
 * characters in a textarea in superlinear time (issue 13).
 */
export function pasteProblem(text: string): string | undefined {
  return sizeProblem(text) ?? binaryProblem(text);
}

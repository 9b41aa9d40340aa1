/**
 * Base64 (standard or URL-safe, padding optional, white space ignored) decoded to UTF-8
 * text, as HAR stores a binary body (`content.encoding: "base64"`). The bytes are decoded
 * by the platform's `TextDecoder`, which replaces invalid sequences with U+FFFD.
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";

const VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[0x2d] = 62; // '-' of base64url
  table[0x5f] = 63; // '_' of base64url
  return table;
})();

/** HAR `content.text` with `encoding: "base64"`, decoded to bytes and read as UTF-8. */
export function decodeBase64Text(text: string): string {
  const bytes = new Uint8Array(Math.ceil((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let digits = 0;
  let padding = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) continue;
    if (c === 0x3d /* = */) {
      padding = true;
      continue;
    }
    const v = c < 128 ? (VALUES[c] ?? -1) : -1;
    if (v < 0 || padding) {
      throw new AlterValueError(
        `This HAR entry's response body is marked base64 but is not base64 (unexpected ${JSON.stringify(text.charAt(i))} at offset ${i}).`,
      );
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    digits++;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 0xff;
    }
  }
  if (digits % 4 === 1) {
    throw new AlterValueError("This HAR entry's response body is marked base64 but is cut short (its length is not a whole number of bytes).");
  }
  // ignoreBOM: a leading byte order mark is kept, the body is shown as sent.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, n));
}

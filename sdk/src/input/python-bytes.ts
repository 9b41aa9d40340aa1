/**
 * A body Python printed as bytes: `b'{"error": ...}\n'`, what `print(response.content)` and many
 * libraries' messages (`body: b'...'`) show of a response. The JSON inside is read after the
 * literal's escapes (`\n`, `\'`, `\\`, `\xe2\x80\x99`) are decoded, so that the provider's code
 * decides as it would in the raw body.
 *
 * Imported by both server and browser code.
 * @module
 */

/** Where a bytes literal holding JSON starts in `t` at `at` (`b'{`, `b"[`): the quote's offset, or -1. */
export function bytesLiteralAt(t: string, at: number): number {
  const c = t.charCodeAt(at + 1);
  return t.charCodeAt(at) === 0x62 /* b */ && (c === 0x27 /* ' */ || c === 0x22) /* " */ && /[{[]/.test(t.charAt(at + 2)) ? at + 1 : -1;
}

const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, "\\": 92, "'": 39, '"': 34, "0": 0 };

/**
 * The text of the bytes literal whose opening quote is at `quote`, decoded as UTF-8, and the offset after its closing quote
 * (the text's end when the paste cut it off). One pass.
 */
export function readBytesLiteral(t: string, quote: number): { text: string; end: number } {
  const q = t.charCodeAt(quote);
  const bytes: number[] = [];
  let i = quote + 1;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === q) return { text: utf8(bytes), end: i + 1 };
    if (c !== 0x5c /* \ */ || i + 1 === t.length) {
      pushChar(bytes, t, i);
      if (c >= 0xd800 && c < 0xdc00) i++;
      continue;
    }
    const e = t.charAt(++i);
    const hex = e === "x" ? /^[0-9a-fA-F]{2}/.exec(t.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else if (Object.hasOwn(ESCAPES, e)) bytes.push(ESCAPES[e]!);
    else bytes.push(0x5c, ...utf8Of(e)); // Python keeps an unknown escape as written
  }
  return { text: utf8(bytes), end: i };
}

/** A pasted character (a repr holds ASCII only, a person's edit may not): its UTF-8 bytes. */
function pushChar(bytes: number[], t: string, i: number): void {
  const c = t.charCodeAt(i);
  if (c < 0x80) bytes.push(c);
  else bytes.push(...utf8Of(String.fromCodePoint(t.codePointAt(i)!)));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const utf8Of = (s: string): Uint8Array => encoder.encode(s);
const utf8 = (bytes: number[]): string => decoder.decode(new Uint8Array(bytes));

/**
 * Line and header helpers every reader of pasted text shares. They work on indices into
 * the text (no slice per line, no backtracking pattern), so every reader built on them is
 * linear in its input.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair } from "../types.js";
import { maskText } from "../mask.js";

/** The index of the `\n` ending the line at `pos`, or the text's length. */
export function lineEnd(t: string, pos: number): number {
  const i = t.indexOf("\n", pos);
  return i < 0 ? t.length : i;
}

/** Where the line after the one ending at `end` starts. */
export function nextLine(t: string, end: number): number {
  return end < t.length ? end + 1 : t.length;
}

/** The line starting at `pos`, without its `\n`. */
export function lineAt(t: string, pos: number): string {
  return t.slice(pos, lineEnd(t, pos));
}

/** The line without a trailing CR. */
export function stripCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line;
}

/** Spaces, tabs and CRs only (or nothing). */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isOws(line.charCodeAt(i))) return false;
  return true;
}

/** Space, tab or CR: HTTP's optional whitespace, plus the CR of a CRLF line. */
export function isOws(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/** Trims spaces, tabs and CRs without a backtracking regex. */
export function trimOws(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isOws(s.charCodeAt(start))) start++;
  while (end > start && isOws(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** RFC 9110 tchar: `!#$%&'*+-.^_\`|~`, digits and letters. */
export function isTokenChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2d || c === 0x5f || c === 0x2e || c === 0x21 || (c >= 0x23 && c <= 0x27) ||
    c === 0x2a || c === 0x2b || c === 0x5e || c === 0x60 || c === 0x7c || c === 0x7e
  );
}

/** A status line's status and reason phrase. */
export interface StatusLine {
  readonly status: number;
  readonly statusText: string | undefined;
}

/**
 * `HTTP/<d>[.<d>] <3 digits>[ <reason>]` from `line[start, end)`, blanks around it
 * allowed. Read by hand: it runs on every response the classifier reads.
 */
export function statusLine(line: string, start = 0, end = line.length): StatusLine | undefined {
  let i = start;
  while (i < end && isOws(line.charCodeAt(i))) i++;
  while (end > i && isOws(line.charCodeAt(end - 1))) end--;
  if (!line.startsWith("HTTP/", i) || !isDigit(line.charCodeAt(i + 5))) return undefined;
  i += 6;
  if (line.charCodeAt(i) === 0x2e /* . */) {
    if (!isDigit(line.charCodeAt(i + 1))) return undefined;
    i += 2;
  }
  const afterVersion = i;
  while (i < end && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  if (i === afterVersion) return undefined;
  // The status and reason in a poster's bold ("HTTP/1.1 **403 Forbidden**", in an issue): the marks are theirs.
  if (line.charCodeAt(i) === 0x2a && line.charCodeAt(i + 1) === 0x2a && end - i > 4 && line.charCodeAt(end - 1) === 0x2a && line.charCodeAt(end - 2) === 0x2a) {
    i += 2;
    end -= 2;
  }
  const digits = i;
  while (i < end && isDigit(line.charCodeAt(i))) i++;
  if (i - digits !== 3) return undefined; // "HTTP/1.1 4031" or "HTTP/1.1 99" is no status line
  const status = Number(line.slice(digits, i));
  if (i === end) return { status, statusText: undefined };
  const c = line.charCodeAt(i);
  if (c !== 0x20 && c !== 0x09) return undefined;
  while (i < end && isOws(line.charCodeAt(i))) i++;
  return { status, statusText: i === end ? undefined : line.slice(i, end) };
}

/** A log level's name as Python's logging writes it. */
const LOG_LEVEL = /^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|TRACE|FATAL|WARN)$/;

/**
 * Adds the header line `t[p, end)` (trailing blanks already cut), or an obs-fold
 * continuation of the previous header (a line starting with a space or a tab, joined with
 * one space), to `headers`. False for a line that is neither.
 */
export function headerAt(t: string, p: number, end: number, headers: HeaderPair[]): boolean {
  const c = t.charCodeAt(p);
  if (c === 0x20 || c === 0x09) {
    const last = headers[headers.length - 1];
    if (last === undefined) return false;
    const more = trimOws(t.slice(p, end));
    // A JSON value's opening alone, indented, under a value that is none (a paste's body indented with the rest of its block:
    // "Connection: keep-alive" over "    {"): the body, not a line folded into that header.
    if ((more === "{" || more === "[" || more.startsWith('{"') || more.startsWith("[{")) && !/^[{[]/.test(last[1])) return false;
    headers[headers.length - 1] = [last[0], last[1] === "" ? more : `${last[1]} ${more}`];
    return true;
  }
  let colon = p;
  while (colon < end && isTokenChar(t.charCodeAt(colon))) colon++;
  const nameEnd = colon;
  while (colon < end && isOws(t.charCodeAt(colon))) colon++; // "Name : value" (blanks before the colon)
  if (nameEnd === p || colon === end || t.charCodeAt(colon) !== 0x3a /* : */) return false;
  // A name of digits only is no header anyone sends: it is a log line's time ("10:51:55.725 ERROR ...") below a status.
  // (Scanned in place: every header line of every paste passes here, and a name's first character is rarely a digit.)
  let digit = p;
  while (digit < nameEnd && isDigit(t.charCodeAt(digit))) digit++;
  if (digit === nameEnd) return false;
  // Nor a log level run into its logger's name: Python logging's default "DEBUG:urllib3.connectionpool:..." (no blank after the colon).
  if (nameEnd - p <= 8 && colon === nameEnd && !isOws(t.charCodeAt(colon + 1)) && LOG_LEVEL.test(t.slice(p, nameEnd))) return false;
  let v = colon + 1;
  while (v < end && isOws(t.charCodeAt(v))) v++;
  headers.push([t.slice(p, nameEnd), t.slice(v, end)]);
  return true;
}

/** Adds a whole header line (see {@link headerAt}). */
export function headerLine(line: string, headers: HeaderPair[]): boolean {
  let end = line.length;
  while (end > 0 && isOws(line.charCodeAt(end - 1))) end--;
  return end > 0 && headerAt(line, 0, end, headers);
}

/** The first line of the text, short and quoted, for a message. */
export function preview(t: string): string {
  const lineLength = lineEnd(t, 0);
  // Masked before it is cut (a secret cut in half may no longer look like one), and an
  // error message is logged and shown: it never quotes a secret.
  const line = maskText(stripCr(t.slice(0, Math.min(lineLength, 4096))));
  return JSON.stringify(line.length > 60 || lineLength > 4096 ? `${line.slice(0, 60)}...` : line);
}

/** The HTTP status range the SDK reads (spec section 11): a whole number from 100 to 599. */
export function isHttpStatus(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 100 && n <= 599;
}

/**
 * Where the bracketed value starting at `start` (`{` or `[` or `(`) ends: the index after
 * its closing bracket, strings in double or single quotes skipped; `undefined` when it
 * does not close. One pass.
 */
export function balancedEnd(t: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      for (i++; i < t.length; i++) {
        const d = t.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === c || d === 0x0a) break;
      }
    } else if (c === 0x5b || c === 0x7b || c === 0x28) depth++;
    else if ((c === 0x5d || c === 0x7d || c === 0x29) && --depth === 0) return i + 1;
  }
  return undefined;
}

/** Where the bracket a text is inside closes (the first `)` not opened in it); its length when none does. */
export function closingBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) depth++;
    else if (c === 0x29 /* ) */ && --depth < 0) return i;
  }
  return text.length;
}

/** Round brackets `text` opens and does not close (negative: closes more than it opens). */
export function unclosed(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) n++;
    else if (c === 0x29 /* ) */) n--;
  }
  return n;
}

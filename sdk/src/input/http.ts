/**
 * A raw HTTP response (format `http`) and `curl -i` output (format `curl-i`: several
 * responses one after another, the last counts).
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";
import type { HeaderPair, ParsedInput } from "../types.js";
import { balancedEnd, headerAt, isHttpStatus, isOws, lineAt, lineEnd, nextLine, preview, statusLine } from "./text.js";
import { readJson } from "../json.js";
import { MAX_HEADERS } from "./limits.js";

/** A status line and its header lines, read from `t` at `pos`. */
export interface Head {
  readonly status: number;
  readonly statusText: string | undefined;
  readonly headers: HeaderPair[];
  /** Where the text after the head begins. */
  readonly next: number;
  /** True when a blank line ended the head (the next response may follow). */
  readonly blankLineEnded: boolean;
  /** True when there were more header lines than `MAX_HEADERS` (the rest were skipped). */
  readonly cut: boolean;
}

/** Refuses a status outside 100 to 599 (spec section 11), saying where it was read. */
export function checkStatus(status: number, where: string): void {
  if (!isHttpStatus(status)) {
    throw new AlterValueError(`The status ${status} ${where} is not an HTTP status: a status is a whole number from 100 to 599.`);
  }
}

/**
 * Reads a status line at `pos` and the header lines after it. A line that is not a
 * header (`{"error": ...}` with the blank line lost in the paste) ends the headers and
 * begins the body.
 */
export function readHead(t: string, pos: number): Head {
  const end = lineEnd(t, pos);
  const status = statusLine(t, pos, end);
  if (status === undefined) {
    throw new AlterValueError(
      `The text starts like an HTTP response but its first line is not a status line: ${preview(t.slice(pos))}. ` +
        'Expected "HTTP/1.1 403 Forbidden" or "HTTP/2 403", then the headers, a blank line and the body.',
    );
  }
  checkStatus(status.status, "in the status line");
  const headers: HeaderPair[] = [];
  let cut = false;
  let wraps = 0;
  const head = (next: number, blankLineEnded: boolean): Head => ({ ...status, headers, next, blankLineEnded, cut });
  let p = nextLine(t, end);
  while (p < t.length) {
    const e = lineEnd(t, p);
    let le = e;
    while (le > p && isOws(t.charCodeAt(le - 1))) le--; // CR and trailing blanks
    if (le === p) return head(nextLine(t, e), true);
    // A line the poster wrote for the headers they left out ("...", "…") stands for them: it ends nothing. (Only a line that
    // starts so is cut out and tested: every header line of every raw response passes here.)
    let q = p;
    while (q < le && (t.charCodeAt(q) === 0x20 || t.charCodeAt(q) === 0x09)) q++;
    const first = t.charCodeAt(q);
    if ((first === 0x2e /* . */ || first === 0x2026 /* … */) && /^(?:\.{3}|…)[ \t]*$/.test(t.slice(q, le))) {
      p = nextLine(t, e);
      continue;
    }
    // Past MAX_HEADERS, header lines are still walked (to find the body) but not kept.
    const kept = headers.length < MAX_HEADERS ? headers : [["", ""] as HeaderPair];
    if (!headerAt(t, p, le, kept)) {
      // A JSON value a console wrapped (PowerShell's `x-ms-ags-diagnostic: {"ServerInfo":{"DataCenter":"South Central` and `US",...}}`
      // below it) goes on until its braces close; any other line begins the body.
      // (At most four lines, of a value of at most 2,000 characters: each join measures the value again.)
      const last = headers[headers.length - 1];
      if (last === undefined || ++wraps > 4 || last[1].length > 2000 || !last[1].startsWith("{") || balancedEnd(last[1], 0) !== undefined || t.charCodeAt(p) === 0x7b /* { */) {
        return head(p, false);
      }
      headers[headers.length - 1] = [last[0], `${last[1]} ${t.slice(p, le).trim()}`];
    }
    if (kept !== headers) cut = true;
    p = nextLine(t, e);
  }
  return head(t.length, false);
}

/**
 * One or more responses, each starting with a status line (`HTTP/1.1 403 Forbidden`,
 * `HTTP/2 403`); when the text after a head's blank line begins with a status line, it is
 * the next response (a `100 Continue`, a proxy's `200 Connection established`, the
 * redirects of `-L`), and the last one counts. The body is the rest of the text, verbatim.
 */
export function readHttp(t: string): ParsedInput | undefined {
  if (!t.startsWith("HTTP/")) return undefined;
  const spaced = doubleSpaced(t);
  if (spaced !== undefined) {
    const out = readHttp(spaced);
    out?.warnings.push("Removed the blank line the paste put after each line (it was double-spaced): a blank line alone was none of the response's.");
    return out;
  }
  let pos = 0;
  let responses = 0;
  for (;;) {
    const head = readHead(t, pos);
    responses++;
    // An interim 1xx is always followed by the final response, also when the paste lost the blank line between them
    // (curl's dump of "HTTP/1.1 100 Continue" right above "HTTP/1.1 401 Unauthorized"): never the answer itself.
    if ((head.blankLineEnded || head.status < 200) && t.startsWith("HTTP/", head.next) && statusLine(lineAt(t, head.next)) !== undefined) {
      pos = head.next;
      continue;
    }
    const warnings = head.cut ? [`Only the first ${MAX_HEADERS} header lines were read.`] : [];
    // An arrow the poster drew after a value to point at it ("Retry-After: 307 <----") is theirs, not the server's.
    for (let i = 0; i < head.headers.length; i++) {
      const [name, value] = head.headers[i]!;
      const at = arrowAt(value);
      if (at === undefined) continue;
      head.headers[i] = [name, value.slice(0, at)];
      warnings.push(`Removed the arrow after the ${name} header's value ("${value.slice(at).trim().slice(0, 20)}"): the poster's, not the server's.`);
    }
    let body = t.slice(head.next);
    if (sentInChunks(head.headers)) {
      // (Past the blank lines a log may put between the head and the first chunk's size: Terraform's debug log.)
      const joined = dechunk(body.replace(/^(?:[ \t]*\r?\n){1,8}(?=[0-9A-Fa-f]{1,8}[ \t]*\r?\n)/, ""));
      if (joined !== undefined) {
        body = joined;
        warnings.push("The body was sent in chunks (Transfer-Encoding: chunked): its chunk-size lines were removed.");
      }
    }
    const words = wordsAfterJson(body);
    if (words !== undefined) {
      warnings.push(`Read the JSON body; the ${body.length - words} characters after it (words the client printed below the response) were skipped.`);
      body = body.slice(0, words);
    }
    const out: ParsedInput = { format: responses > 1 ? "curl-i" : "http", status: head.status, headers: head.headers, body, responses, warnings };
    if (head.statusText !== undefined) out.statusText = head.statusText;
    return out;
  }
}

/**
 * Where an arrow drawn after a header's value starts (`<--`, `<====`, `←`, after a blank, with at most a few words after it),
 * the blanks before it included; `undefined` when there is none. The arrow is found first: a pattern that starts at the blanks
 * would rescan a long run of them from each one.
 */
function arrowAt(value: string): number | undefined {
  // Native scans for a character: most values hold neither, and every header of every paste is looked at.
  let lt = value.indexOf("<");
  while (lt >= 0 && !(value.charCodeAt(lt + 1) === value.charCodeAt(lt + 2) && (value[lt + 1] === "-" || value[lt + 1] === "="))) lt = value.indexOf("<", lt + 1);
  const at = lt >= 0 ? lt : value.indexOf("←");
  if (at <= 0 || !isOws(value.charCodeAt(at - 1)) || value.length - at > 200 || /[\r\n]/.test(value.slice(at))) return undefined;
  let start = at;
  while (start > 0 && isOws(value.charCodeAt(start - 1))) start--;
  return start === 0 ? undefined : start;
}

/**
 * Where a JSON body ends when a client's own words follow it on a line below (Dropbox-Uploader's "Some error occured. rerun
 * the script ..." under the response it dumped); `undefined` for any other body. A body that ends as JSON does is not scanned.
 */
function wordsAfterJson(body: string): number | undefined {
  let last = body.length - 1;
  while (last >= 0 && body.charCodeAt(last) <= 0x20) last--;
  const first = body.charCodeAt(0);
  if ((first !== 0x7b /* { */ && first !== 0x5b /* [ */) || last < 0 || body.charCodeAt(last) === 0x7d || body.charCodeAt(last) === 0x5d) return undefined;
  const end = balancedEnd(body, 0);
  if (end === undefined || end >= body.length || !/^[ \t]*\r?\n/.test(body.slice(end, end + 200)) || !readJson(body.slice(0, end)).ok) return undefined;
  return end;
}

/** Whether a response's headers say its body came in chunks (`Transfer-Encoding: chunked`). */
export function sentInChunks(headers: readonly HeaderPair[]): boolean {
  return headers.some(([name, value]) => /^transfer-encoding$/i.test(name) && /\bchunked\b/i.test(value));
}

/** A chunk-size line; the last one (`0`) may end the paste, its line break trimmed away with the blank lines after it. */
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,8})(?:;[^\r\n]{0,200})?[ \t]*(?:\r?\n|$)/;

/**
 * A body as a proxy's raw view shows it when it came in chunks (Fiddler's, Burp's: `ec\r\n{...}\r\n0`): the chunks joined,
 * or `undefined` when it does not start with a chunk size (the client had joined them). Each chunk is taken by its size, in
 * UTF-8 bytes (a LF as two when the paste turned CRLF into LF); when the sizes still do not fit, the size lines are removed
 * where they stand: the first, and the last chunk's `0` at the end. One pass.
 */
export function dechunk(body: string): string | undefined {
  const first = CHUNK_SIZE.exec(body);
  if (!first) return undefined;
  const parts: string[] = [];
  let at = 0;
  for (let size = CHUNK_SIZE.exec(body); size; size = CHUNK_SIZE.exec(body.slice(at, at + 240))) {
    const bytes = parseInt(size[1]!, 16);
    at += size[0].length;
    if (bytes === 0) return parts.join("");
    let end = afterBytes(body, at, bytes);
    // A paste that turned CRLF into LF: each line break inside the chunk was two of its bytes.
    if (!/^\r?\n/.test(body.slice(end, end + 2))) end = afterBytes(body, at, bytes, 2);
    const brk = /^\r?\n/.exec(body.slice(end, end + 2));
    if (end > body.length || !brk) break;
    parts.push(body.slice(at, end));
    at = end + brk[0].length;
  }
  // The sizes do not fit the text as pasted: the first size line, and a last `0` line, removed.
  return body.slice(first[0].length).replace(/\r?\n0[ \t]*(?:\r?\n[ \t]*)*$/, "");
}

/** Where `bytes` bytes of UTF-8 from `from` end in `t` (past its end when it is shorter), a LF counted as `lf` bytes. */
function afterBytes(t: string, from: number, bytes: number, lf = 1): number {
  let i = from;
  for (let n = 0; n < bytes; i++) {
    if (i >= t.length) return t.length + 1;
    const c = t.charCodeAt(i);
    if (c === 0x0a) n += lf;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return i;
}

/**
 * A response pasted double-spaced (a terminal or a web page that copied each line with a blank one after it: "HTTP/1.1 404 Not
 * Found", "", "Date: ...", "", ...): its lines with the single blank lines removed and each longer run of them (the head's end, a
 * blank line of the body) made one; `undefined` when the status line and the next two header lines are not each followed by one
 * blank line. Only the first few lines are looked at before the text is split.
 */
function doubleSpaced(t: string): string | undefined {
  // The status line's next line is blank in every such paste and in few others: looked at first, the pattern runs on those few.
  const nl = t.indexOf("\n");
  if (nl < 0) return undefined;
  let next = nl + 1;
  while (t.charCodeAt(next) === 0x20 || t.charCodeAt(next) === 0x09) next++;
  if (t.charCodeAt(next) !== 0x0a && !(t.charCodeAt(next) === 0x0d && t.charCodeAt(next + 1) === 0x0a)) return undefined;
  if (!/^HTTP\/[^\r\n]{1,200}\r?\n[ \t]*\r?\n[A-Za-z0-9-]{1,100}:[^\r\n]{0,2000}\r?\n[ \t]*\r?\n[A-Za-z0-9-]{1,100}:[^\r\n]{0,2000}\r?\n[ \t]*\r?\n(?![ \t]*\r?\n)/.test(t)) return undefined;
  const out: string[] = [];
  let blanks = 0;
  for (const line of t.split("\n")) {
    if (line.trim() === "") {
      blanks++;
      continue;
    }
    if (blanks >= 2) out.push("");
    blanks = 0;
    out.push(line.replace(/\r$/, ""));
  }
  return out.join("\n");
}

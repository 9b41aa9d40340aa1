/**
 * A raw HTTP response (format `http`) and `curl -i` output (format `curl-i`: several
 * responses one after another, the last counts).
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";
import type { HeaderPair, ParsedInput } from "../types.js";
import { headerAt, isHttpStatus, isOws, lineAt, lineEnd, nextLine, preview, statusLine } from "./text.js";
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
  const head = (next: number, blankLineEnded: boolean): Head => ({ ...status, headers, next, blankLineEnded, cut });
  let p = nextLine(t, end);
  while (p < t.length) {
    const e = lineEnd(t, p);
    let le = e;
    while (le > p && isOws(t.charCodeAt(le - 1))) le--; // CR and trailing blanks
    if (le === p) return head(nextLine(t, e), true);
    // Past MAX_HEADERS, header lines are still walked (to find the body) but not kept.
    const kept = headers.length < MAX_HEADERS ? headers : [["", ""] as HeaderPair];
    if (!headerAt(t, p, le, kept)) return head(p, false);
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
    const out: ParsedInput = {
      format: responses > 1 ? "curl-i" : "http",
      status: head.status,
      headers: head.headers,
      body: t.slice(head.next),
      responses,
      warnings: head.cut ? [`Only the first ${MAX_HEADERS} header lines were read.`] : [],
    };
    if (head.statusText !== undefined) out.statusText = head.statusText;
    return out;
  }
}

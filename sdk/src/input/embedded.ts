/**
 * A raw HTTP response that starts on a later line of the paste (after a command, a log
 * prefix line or a sentence), or that a log wrote line by line after the same prefix
 * (Terraform's `2019-07-18T17:23:10 [DEBUG] plugin.terraform-provider-okta: HTTP/1.1 429 ...`):
 * read from its status line, with a warning saying what was skipped. A text that holds a response is that response, never a network failure
 * because of words around it (spec section 6).
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import { readHttp } from "./http.js";
import { holdsStatusTable, leadingJson, underExampleCaption } from "./printout.js";
import { lineEnd, nextLine } from "./text.js";

/** A status line at the start of a line other than the first, indented or not. */
const STATUS_LINE = /\n([ \t]{0,40})HTTP\/\d(?:\.\d)?[ \t]+\d{3}(?=[ \t\r\n]|$)/;

/** Whether a status line starts a later line of `t`: the response this reader reads. */
export function holdsStatusLine(t: string): boolean {
  return STATUS_LINE.test(t);
}

/** The response whose status line starts a later line, or `undefined`. */
export function readEmbeddedHttp(t: string): ParsedInput | undefined {
  const m = STATUS_LINE.exec(t);
  if (!m || underExampleCaption(t, m.index) || holdsStatusTable(t)) return undefined;
  const start = m.index + 1;
  // Indented under a heading (ZoomNet's "  RESPONSE:\n   HTTP/1.1 401\n   Date: ..."): its lines lose that indentation, else
  // each header would read as the one above's continuation.
  const out = readHttp(m[1] ? dedent(t.slice(start), m[1]) : t.slice(start));
  if (!out) return undefined;
  const lines = t.slice(0, start).split("\n").length - 1;
  out.warnings.push(`Read the HTTP response that starts on line ${lines + 1}; the ${lines} line${lines === 1 ? "" : "s"} before it were skipped.`);
  return keepLeadingJson(out);
}

/** What the printout puts after a JSON body (a closing quote, a stack trace) is not the body's: it is cut, and said. */
function keepLeadingJson(out: ParsedInput): ParsedInput {
  const body = typeof out.body === "string" ? out.body.trimStart() : "";
  const json = leadingJson(body);
  if (json !== undefined && json.length < body.trimEnd().length) {
    out.body = json;
    out.warnings.push(`The text after the JSON body (${JSON.stringify(body.slice(json.length).trim().slice(0, 60))}) was skipped: it follows the response in the paste.`);
  }
  return out;
}

/**
 * A status labelled on a line of its own, then the response's header lines ("Status Code: 400\naccess-control-allow-origin: *\n
 * ...", as a client's debug output or a browser's network tab copies it): the header lines after it are its headers. Not a
 * bare "Status: 401": that is a header some servers send (Zendesk's), among the others. Nor a label that ends in a comma: an inspected
 * object's member (`statusCode: 400,` in a GraphError), whose other members are no headers.
 */
const LABELLED_STATUS = /(?:^|\n)[ \t]*(?:HTTP[ _-]?Status(?:[ _-]?Code)?|Status[ _-]?Code)[ \t]*[:=][ \t]*([1-5]\d\d)\b(?![^\r\n]{0,100}?,[ \t]*\r?\n)[^\r\n]{0,100}\r?\n(?=[A-Za-z0-9][A-Za-z0-9-]{0,99}:[ \t]*\S)/i;

/** Headers every response may carry: one among the lines below the label makes them a response's, not a printout's fields. */
const RESPONSE_HEADER = /^(?:content-(?:type|length|encoding)|date|server|connection|cache-control|vary|retry-after|www-authenticate|set-cookie|transfer-encoding|x-[a-z0-9-]+|access-control-[a-z-]+)$/i;

/**
 * The response whose status is labelled on the line above its headers, or `undefined`: fewer than two headers, or none a
 * response sends (PowerShell's `HttpStatusCode: 429` above `HttpStatusDescription: ...` is an error's fields).
 */
export function readLabelledStatusHttp(t: string): ParsedInput | undefined {
  const m = LABELLED_STATUS.exec(t);
  if (!m) return undefined;
  const out = readHttp(`HTTP/1.1 ${m[1]}\n${t.slice(m.index + m[0].length)}`);
  if (!out || out.headers.length < 2 || !out.headers.some(([name]) => RESPONSE_HEADER.test(name))) return undefined;
  out.warnings.push(`Read the status labelled ${JSON.stringify(m[0].trim().slice(0, 60))} as the status line of the headers below it.`);
  return keepLeadingJson(out);
}

/** A status line after a log's prefix on its line (the prefix: at most 200 characters, a line's start). */
const PREFIXED_STATUS_LINE = /^([^\r\n]{1,200}?)HTTP\/\d(?:\.\d)?[ \t]+\d{3}(?=[ \t\r\n]|$)/m;

/**
 * The response a log wrote line by line, each line after the same prefix (its timestamp and
 * logger), read with the prefix removed; `undefined` unless the line after the status line
 * carries the prefix too. The response ends at the first line without it.
 */
export function readPrefixedHttp(t: string): ParsedInput | undefined {
  const m = PREFIXED_STATUS_LINE.exec(t);
  if (!m) return undefined;
  // A logger that writes the prefix once and indents the response's other lines under it (a Go client's trace:
  // "2021-08-09 16:30:59.412 TRACE rest: HTTP/1.1 401 Unauthorized", then "                              Atl-Traceid: ...").
  const statusAt = m.index + m[1]!.length;
  const below = nextLine(t, lineEnd(t, statusAt));
  const indent = /^[ \t]{4,200}(?=\S)/.exec(t.slice(below, below + 201))?.[0];
  if (indent !== undefined) {
    const out = readHttp(t.slice(statusAt, lineEnd(t, statusAt)) + "\n" + dedent(t.slice(below), indent));
    if (out) {
      out.warnings.push(`Read the response a log wrote after ${JSON.stringify(m[1]!.trim().slice(0, 80))}, its other lines indented under it.`);
      return out;
    }
  }
  if (/^[ \t]*-> "$/.test(m[1]!)) return readRubyWireTrace(t, m.index);
  // The prefix up to its logger's name: the timestamp at its start changes from line to line, the rest does not (also in brackets,
  // the seconds since the start: google-drive-ocamlfuse's "[4.779962] curl: header in: HTTP/1.1 404 Not Found").
  const prefix = m[1]!.replace(/^(?:\[[\d:.TZ+ -]{1,40}\][ \t]*|[\d:.TZ+ -]{8,40})/, "");
  if (prefix.trim() === "") return undefined;
  // Punctuation alone is the status line's own mark, not a logger's (Retrofit 1 logs it as a header without a name, ": HTTP/1.1
  // 401 Unauthorized", the headers bare below it): the response is read from its status line.
  if (/^[ \t]*[:>|-]{1,3}[ \t]*$/.test(m[1]!)) {
    const out = readHttp(t.slice(statusAt));
    if (out) out.warnings.push(`Read the response from its status line, after ${JSON.stringify(m[1]!.trim())}.`);
    return out;
  }
  const lines = t.slice(m.index).split("\n", 10_000);
  const kept: string[] = [];
  for (const line of lines) {
    const at = line.indexOf(prefix);
    if (at < 0 || at > 60) break;
    kept.push(line.slice(at + prefix.length));
  }
  if (kept.length < 2) return undefined;
  const out = readHttp(kept.join("\n"));
  if (!out) return undefined;
  out.warnings.push(`Removed the log's prefix ${JSON.stringify(prefix.trim().slice(0, 80))} from the ${kept.length} lines of the response before reading it.`);
  return out;
}

/** A Ruby string literal's escapes, as `String#inspect` writes them. */
const RUBY_ESCAPE = /\\(x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|[^])/g;
const RUBY_ESCAPED: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", e: "\x1b", f: "\f", v: "\v", a: "\x07", b: "\b", s: " ", "0": "\0" };

/**
 * Ruby's Net::HTTP debug output (`http.set_debug_output($stderr)`, as the aws-sdk-ruby's `http_wire_trace` shows it): what was read,
 * a string literal a read after `-> ` ("-> \"HTTP/1.1 403 Forbidden\\r\\n\""), its line breaks escaped inside it, between the
 * client's own lines ("reading 204 bytes...", "read 204 bytes"). The reads from the status line's on, up to the next request
 * (`<- `), joined and unescaped, are the response.
 */
function readRubyWireTrace(t: string, from: number): ParsedInput | undefined {
  let text = "";
  let reads = 0;
  for (const line of t.slice(from).split("\n", 100_000)) {
    if (/^[ \t]*<- "/.test(line) && reads > 0) break;
    const read = /^[ \t]*-> "(.*)"[ \t]*\r?$/.exec(line);
    if (!read) continue;
    text += read[1]!.replace(RUBY_ESCAPE, (whole, e: string) => {
      if (e.length === 1) return RUBY_ESCAPED[e] ?? e;
      const code = parseInt(e.replace(/^[xu]\{?|\}$/g, ""), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
    reads++;
  }
  const out = reads >= 2 ? readHttp(text) : undefined;
  out?.warnings.push(`Read Ruby Net::HTTP's debug output: the ${reads} reads after "-> ", unescaped and joined.`);
  return out;
}

/** The lines of `t` that start with `indent`, without it, up to the first line that does not (a blank line is kept). */
function dedent(t: string, indent: string): string {
  const out: string[] = [];
  for (const line of t.split("\n", 10_000)) {
    if (line.startsWith(indent)) out.push(line.slice(indent.length));
    else if (line.trim() === "") out.push("");
    else break;
  }
  return out.join("\n");
}

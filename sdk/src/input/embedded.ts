/**
 * A raw HTTP response that starts on a later line of the paste (after a command, a log
 * prefix line or a sentence): read from its status line, with a warning saying what was
 * skipped. A text that holds a response is that response, never a network failure
 * because of words around it (spec section 6).
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import { readHttp } from "./http.js";
import { leadingJson } from "./printout.js";

/** A status line at the start of a line other than the first. */
const STATUS_LINE = /\nHTTP\/\d(?:\.\d)?[ \t]+\d{3}(?=[ \t\r\n]|$)/;

/** The response whose status line starts a later line, or `undefined`. */
export function readEmbeddedHttp(t: string): ParsedInput | undefined {
  const m = STATUS_LINE.exec(t);
  if (!m) return undefined;
  const start = m.index + 1;
  const out = readHttp(t.slice(start));
  if (!out) return undefined;
  const lines = t.slice(0, start).split("\n").length - 1;
  out.warnings.push(`Read the HTTP response that starts on line ${lines + 1}; the ${lines} line${lines === 1 ? "" : "s"} before it were skipped.`);
  // What the printout puts after a JSON body (a closing quote, a stack trace) is not the body's.
  const body = typeof out.body === "string" ? out.body.trimStart() : "";
  const json = leadingJson(body);
  if (json !== undefined && json.length < body.trimEnd().length) {
    out.body = json;
    out.warnings.push(`The text after the JSON body (${JSON.stringify(body.slice(json.length).trim().slice(0, 60))}) was skipped: it follows the response in the paste.`);
  }
  return out;
}

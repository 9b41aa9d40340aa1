/**
 * A raw HTTP response as the wire carries it: the status line, header lines, a blank line and a body that is empty or JSON read
 * whole. It is the paste the classifier sees most, and the one every repair of the paste's text (colour codes, Markdown, a
 * terminal's box, cut lines, log prefixes, a source file's comments, Node's inspected strings, a writing about statuses) leaves as
 * it is: each of them needs a character or a line such a response cannot hold. So it is read at once, without them, and the body's
 * JSON is kept for the mapper, which would otherwise parse it again. Anything else (a head with a character a repair looks for, a
 * body that is not JSON, a response the reader had to mend) goes the whole way.
 *
 * That the two ways read such a response alike is tested on every paste of the corpus, and on generated responses.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import { readJson, type JsonRead } from "../json.js";
import { readHttp } from "./http.js";

/**
 * A character of the head a repair of the paste looks for: a control character other than TAB, LF and CR (the binary gate's, and
 * a colour code's ESC or CSI), a backtick or tilde (Markdown's code), a box-drawing one (a terminal's frame), a backslash (a
 * response on one line with its breaks escaped, Node's `'...\n' +`).
 */
const REPAIRED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f`~\\\u2500-\u257f]/;

/**
 * The JSON the last wire response's body was read as, for the mapper, which reads that response next; the body's text is kept to
 * tell it is still that body. (One slot, not a WeakMap: a WeakMap's entry for each short-lived reading costs the collector more
 * than the parse it saves.)
 */
let last: { readonly read: ParsedInput; readonly text: string; readonly json: JsonRead } | undefined;

/** `t` read as a raw response that needs no repair, or `undefined` when it is not one (the readers then read it as pasted). */
export function readWireResponse(t: string): ParsedInput | undefined {
  if (!t.startsWith("HTTP/")) return undefined;
  let read: ParsedInput | undefined;
  try {
    read = readHttp(t);
  } catch {
    return undefined; // the readers say why, as they would for any paste
  }
  // A warning is a repair the reader made (double spacing, chunks, an arrow, words after the body): the paste is not as sent.
  if (read === undefined || read.warnings.length > 0 || typeof read.body !== "string") return undefined;
  const body = read.body;
  if (REPAIRED.test(body === "" ? t : t.slice(0, t.length - body.length))) return undefined;
  if (body === "") return read;
  const first = body.charCodeAt(0);
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */) return undefined;
  const json = readJson(body);
  if (!json.ok) return undefined;
  last = { read, text: body, json };
  return read;
}

/** The JSON a wire response's body was read as, while `parsed.body` is still that text; `undefined` otherwise. */
export function wireBodyJson(parsed: ParsedInput): JsonRead | undefined {
  return last !== undefined && last.read === parsed && last.text === parsed.body ? last.json : undefined;
}

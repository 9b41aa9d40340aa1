/**
 * A recorded HTTP interaction as a VCR cassette keeps it (Ruby's VCR, Python's vcrpy: YAML): `http_interactions:` (vcrpy:
 * `interactions:`), each a `request:` and a `response:` whose `status:` has a `code:` and a `message:`, its `headers:` a list
 * of values under each name, and its `body:` a `string:`. A developer whose tests replay a failure pastes the cassette: the
 * response it recorded is read as a response, the last failed one when it holds several (as a HAR's is).
 *
 * Only the YAML a cassette writes is read: a scalar plain, in single or double quotes (over several lines too, folded as YAML
 * folds them) or a `|` block. A `!!binary` body is left out.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, ParsedInput } from "../types.js";
import { MAX_HEADERS } from "./limits.js";
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";
import { isHttpStatus } from "./text.js";

/**
 * A cassette, whole (VCR's `http_interactions:`, vcrpy's `interactions:`) or its part a person copied (from `- request:` or
 * `response:`): a `response:` whose `status:` has its `code:` on the next line.
 */
// (Each line's indentation is matched one way only, its first other character fixing where it ends: a failed match backtracks
// through the lines once, not through every split of their blanks.)
const CASSETTE = /(?:^|\n)[ \t]*(?:- )?response:[ \t]*\r?\n(?:[ \t]+(?!status:)[^ \t\r\n][^\r\n]{0,400}\r?\n){0,60}[ \t]+status:[ \t]*\r?\n[ \t]+code: [1-5]\d\d\b/;

interface Line {
  readonly indent: number;
  readonly text: string;
}

/** The response a cassette recorded (the last failed one), read as a response; `undefined` for any other text. */
export function readCassette(t: string): ParsedInput | undefined {
  if (!CASSETTE.test(t)) return undefined;
  // A list item's `- ` stands for two columns of indentation.
  const lines: Line[] = t.split(/\r?\n/).map((raw) => {
    const indent = raw.length - raw.trimStart().length;
    const text = raw.slice(indent).trimEnd();
    return text.startsWith("- ") ? { indent: indent + 2, text: text.slice(2).trimStart() } : { indent, text };
  });
  let chosen: ParsedInput | undefined;
  let request: { method?: string; url?: string } = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "request:") request = readRequest(lines, i);
    if (line.text !== "response:") continue;
    const read = readResponse(lines, i);
    if (read === undefined) continue;
    if (request.url !== undefined) read.url = request.url;
    if (request.method !== undefined) read.method = request.method;
    if (chosen === undefined || (read.status ?? 0) >= 400 || (chosen.status ?? 0) < 400) chosen = read;
  }
  return chosen;
}

/**
 * A cassette as JSON (Python's betamax, Ruby VCR's `:json` serializer): the same `http_interactions` (vcrpy's `interactions`), each
 * response's `status` an object of `code` and `message`, its `headers` an object of a value or a list of them, its `body` a `string`
 * (a `base64_string` is left out: it is usually compressed). The last failed response is read, as from the YAML.
 */
export function readJsonCassette(value: Record<string, unknown>): ParsedInput | undefined {
  const list = Array.isArray(value.http_interactions) ? value.http_interactions : Array.isArray(value.interactions) ? value.interactions : undefined;
  if (list === undefined) return undefined;
  let chosen: ParsedInput | undefined;
  for (let i = 0; i < list.length && i < 1000; i++) {
    const item: unknown = list[i];
    if (!isRecord(item) || !isRecord(item.response) || !isRecord(item.response.status)) continue;
    const res = item.response;
    const status = (res.status as Record<string, unknown>).code;
    if (typeof status !== "number" || !isHttpStatus(status)) continue;
    const message = (res.status as Record<string, unknown>).message;
    const headers: HeaderPair[] = [];
    if (isRecord(res.headers)) {
      for (const name of Object.keys(res.headers)) {
        const v = res.headers[name];
        for (const one of Array.isArray(v) ? v : [v]) if (typeof one === "string" && headers.length < MAX_HEADERS) headers.push([name, one]);
      }
    }
    const body = isRecord(res.body) && typeof res.body.string === "string" ? res.body.string : typeof res.body === "string" ? res.body : "";
    const read: ParsedInput = {
      format: "json-wrapper",
      status,
      ...(typeof message === "string" && message !== "" ? { statusText: message } : {}),
      headers,
      body,
      warnings: ["Read the response a cassette recorded as JSON (betamax's, VCR's): its status, headers and body."],
    };
    const req = isRecord(item.request) ? item.request : {};
    const url = typeof req.uri === "string" ? req.uri : typeof req.url === "string" ? req.url : undefined;
    if (url !== undefined) read.url = url;
    if (typeof req.method === "string") read.method = req.method.toUpperCase();
    if (chosen === undefined || status >= 400 || (chosen.status ?? 0) < 400) chosen = read;
  }
  return chosen;
}

/** The lines indented under line `at`: its block. */
function blockOf(lines: readonly Line[], at: number): [number, number] {
  const base = lines[at]!.indent;
  let end = at + 1;
  while (end < lines.length && (lines[end]!.text === "" || lines[end]!.indent > base)) end++;
  return [at + 1, end];
}

/** The first line of `from`..`to` that is `key:` at the block's own indentation, its index; -1 when none. */
function keyAt(lines: readonly Line[], from: number, to: number, key: string): number {
  const indent = lines[from]?.indent;
  for (let i = from; i < to; i++) if (lines[i]!.indent === indent && (lines[i]!.text === `${key}:` || lines[i]!.text.startsWith(`${key}: `))) return i;
  return -1;
}

function readRequest(lines: readonly Line[], at: number): { method?: string; url?: string } {
  const [from, to] = blockOf(lines, at);
  const method = keyAt(lines, from, to, "method");
  const uri = keyAt(lines, from, to, "uri");
  return {
    ...(method >= 0 ? { method: lines[method]!.text.slice(8).trim().toUpperCase() } : {}),
    ...(uri >= 0 ? { url: scalar(lines, uri, "uri") } : {}),
  };
}

function readResponse(lines: readonly Line[], at: number): ParsedInput | undefined {
  const [from, to] = blockOf(lines, at);
  const statusAt = keyAt(lines, from, to, "status");
  if (statusAt < 0) return undefined;
  const [sFrom, sTo] = blockOf(lines, statusAt);
  const codeAt = keyAt(lines, sFrom, sTo, "code");
  const code = codeAt < 0 ? undefined : Number(lines[codeAt]!.text.slice(5).trim());
  if (code === undefined || !Number.isInteger(code) || code < 100 || code > 599) return undefined;
  const messageAt = keyAt(lines, sFrom, sTo, "message");
  const statusText = messageAt < 0 ? undefined : scalar(lines, messageAt, "message");
  const headers: HeaderPair[] = [];
  const headersAt = keyAt(lines, from, to, "headers");
  if (headersAt >= 0) {
    const [hFrom, hTo] = blockOf(lines, headersAt);
    for (let i = hFrom; i < hTo && headers.length < MAX_HEADERS; i++) {
      const name = /^([A-Za-z0-9_-]{1,100}):$/.exec(lines[i]!.text);
      if (name === null || lines[i]!.indent !== lines[hFrom]!.indent) continue;
      // Its values, one a line below it: the first is the header's (a header sent twice is rare in an error).
      const value = i + 1 < hTo && lines[i + 1]!.indent > lines[i]!.indent ? unquote(lines[i + 1]!.text) : undefined;
      if (value !== undefined) headers.push([name[1]!, value]);
    }
  }
  let body = "";
  const bodyAt = keyAt(lines, from, to, "body");
  if (bodyAt >= 0) {
    const [bFrom, bTo] = blockOf(lines, bodyAt);
    const stringAt = keyAt(lines, bFrom, bTo, "string");
    if (stringAt >= 0 && !lines[stringAt]!.text.startsWith("string: !!binary")) body = scalar(lines, stringAt, "string") ?? "";
  }
  return {
    format: "log",
    status: code,
    ...(statusText ? { statusText } : {}),
    headers,
    body,
    warnings: ["Read the response a VCR cassette recorded (its status, headers and body as the cassette's YAML keeps them)."],
  };
}

/** A scalar after `key: ` on line `at`, with the lines it goes on over: plain, quoted or a `|` block. */
function scalar(lines: readonly Line[], at: number, key: string): string | undefined {
  const head = lines[at]!.text.slice(key.length + 1).trim();
  const more: string[] = [];
  // A quoted scalar goes on to its closing quote, which may stand alone at a line's start (VCR writes a body's last quote so).
  const quote = head.startsWith("'") || head.startsWith('"') ? head.charAt(0) : undefined;
  const open = quote !== undefined && (head.length === 1 || !head.endsWith(quote) || (quote === "'" && /(?:^|[^'])(?:'')+'$/.test(head.slice(1))));
  for (let i = at + 1; i < lines.length && (lines[i]!.text === "" || lines[i]!.indent > lines[at]!.indent || (open && lines[i]!.text === quote)); i++) {
    more.push(lines[i]!.text);
    if (open && lines[i]!.text.endsWith(quote!)) break;
  }
  while (more.length > 0 && more.at(-1) === "") more.pop();
  if (/^[|>][-+]?$/.test(head)) return more.join(head.startsWith("|") ? "\n" : " ");
  const folded = [head, ...more].reduce((text, l) => (l === "" ? `${text}\n` : text === "" || text.endsWith("\n") ? text + l : `${text} ${l}`), "");
  return unquote(folded);
}

/** A YAML scalar's value: a single-quoted one with `''` for a quote, a double-quoted one with JSON's escapes, a plain one as it is. */
function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const read = readJson(text.replace(/\\\n/g, ""));
    return read.ok && typeof read.value === "string" ? read.value : text.slice(1, -1);
  }
  return text;
}

/**
 * n8n's node error, as its "Copy to clipboard" gives it: `{"errorMessage", "errorDescription",
 * "errorDetails": {"rawErrorMessage": ["429 - {...}"], "httpCode": "429"}, "n8nDetails":
 * {"nodeType": "n8n-nodes-base.shopify", ...}}`. The status is `httpCode` (else the one the raw
 * message starts with); the response's body is what `rawErrorMessage` holds after its status
 * (often a JSON string of it); the node names the API it called. Pasted from a forum post it is
 * often cut off at its end: then it is read up to its last whole member.
 *
 * Imported by both server and browser code.
 * @module
 */
import { readJson } from "../json.js";
import { escapeRegExp } from "../regexp.js";
import { isRecord } from "../snapshot.js";
import type { ParsedInput } from "../types.js";
import { checkStatus } from "./http.js";
import { bracketed, closeCutJson, type LogFormat } from "./printout.js";

interface N8nError {
  readonly status: number;
  readonly body: unknown;
  /** What its node names (`shopify` of `n8n-nodes-base.shopify`, `googleSheets`: a provider's slug, or words that start with one), and the node type. */
  readonly node?: { readonly id: string; readonly type: string };
}

/** A status a node's own message states: "AWS error response [400]: ...", "Request failed with status code 403". */
const STATED = /\b(?:error response|status code|response code) \[?([1-5]\d\d)\]?(?![\d.])/i;

/** What n8n's node error reports, or `undefined` when `value` is none. */
function n8nError(value: unknown): N8nError | undefined {
  if (!isRecord(value) || typeof value.errorMessage !== "string" || !isRecord(value.errorDetails)) return undefined;
  const details = value.errorDetails;
  const raw = Array.isArray(details.rawErrorMessage) && typeof details.rawErrorMessage[0] === "string" ? details.rawErrorMessage[0] : undefined;
  const rawMatch = raw === undefined ? null : /^(\d{3}) - ([\s\S]+)$/.exec(raw);
  // `httpCode`, else the status the raw message starts with (a post cut off before `httpCode` still states it there).
  // (Or, with no details at all, the status its node's message states: the AWS nodes' "AWS error response [400]: undefined".)
  const code =
    typeof details.httpCode === "number" ? String(details.httpCode) : typeof details.httpCode === "string" ? details.httpCode : (rawMatch?.[1] ?? STATED.exec(value.errorMessage)?.[1]);
  if (code === undefined || !/^\d{3}$/.test(code)) return undefined;
  const status = Number(code);
  checkStatus(status, "in n8n's errorDetails.httpCode");
  const body = responseBody(rawMatch?.[2]) ?? (typeof value.errorDescription === "string" ? value.errorDescription : value.errorMessage);
  const nodeType = isRecord(value.n8nDetails) ? value.n8nDetails.nodeType : undefined;
  // `n8n-nodes-base.shopify`, `n8n-nodes-base.googleSheetsTool`: the API's name, which a provider's id or alias may be.
  const node = typeof nodeType === "string" ? /^(?:@n8n\/)?n8n-nodes-[\w-]{1,40}\.([a-z][A-Za-z0-9]{1,60}?)(?:Trigger|Tool)?$/.exec(nodeType)?.[1] : undefined;
  return { status, body, ...(node !== undefined ? { node: { id: node, type: nodeType as string } } : {}) };
}

/** The response's body a raw message holds after its status: JSON, or a JSON string of it; else its text. */
function responseBody(said: string | undefined): unknown {
  if (said === undefined) return undefined;
  const text = said.trim();
  const json = readJson(text);
  if (!json.ok) {
    // A JSON string the cut ended inside: closed, and the body in it read up to its last whole member.
    // Or the body itself, cut inside (the message whose JSON string the paste stopped in: `403 - {"error":{"type":..., "message":"Inv`).
    const string = text.startsWith('"') ? readJson(text + '"') : undefined;
    const closed = string?.ok && typeof string.value === "string" ? closeCutJson(string.value) : closeCutJson(text);
    const inner = closed === undefined ? undefined : readJson(closed);
    return inner?.ok ? inner.value : text;
  }
  if (typeof json.value !== "string") return json.value;
  const inner = readJson(json.value);
  return inner.ok ? inner.value : json.value;
}

const WHAT = "Read n8n's node error: the status is the one it states; the body is what its rawErrorMessage holds.";

/** n8n's node error pasted alone, read as the response it reports; `undefined` when `value` is none. */
export function readN8nError(value: unknown): ParsedInput | undefined {
  const e = n8nError(value);
  return e === undefined ? undefined : asInput(e);
}

function asInput(e: N8nError): ParsedInput {
  const out: ParsedInput = { format: "log", status: e.status, headers: [], body: e.body, warnings: [WHAT] };
  if (e.node !== undefined) out.provider = { id: e.node.id, by: `the n8n node ${e.node.type}` };
  return out;
}

/**
 * The n8n error whose JSON starts at `at`, whole or cut off at the end of `t` (closed where it stops), with whether it was cut.
 * What may follow the cut is tried without: a fence that closed its block and all after it, the poster's words after a blank
 * line or on the last line (closing a cut with them in it can keep fewer members, `errorDetails` lost).
 */
function n8nAt(t: string, at: number): { error: N8nError; cut: boolean } | undefined {
  const whole = bracketed(t, at);
  if (whole !== undefined) {
    const json = readJson(whole);
    const error = json.ok ? n8nError(json.value) : undefined;
    return error && { error, cut: false };
  }
  // A fence line ends the block the JSON was in, whatever follows it.
  const rest = t.slice(at).split(/\r?\n[ \t]*```/, 1)[0]!.trim();
  const para = Math.max(rest.lastIndexOf("\n\n"), rest.lastIndexOf("\n\r\n"));
  const line = rest.lastIndexOf("\n");
  for (const text of [rest, para > 0 ? rest.slice(0, para).trim() : "", line > 0 ? rest.slice(0, line).trim() : ""]) {
    const closed = text === "" ? undefined : closeCutJson(text);
    const json = closed === undefined ? undefined : readJson(closed);
    const error = json?.ok ? n8nError(json.value) : undefined;
    if (error !== undefined) return { error, cut: true };
  }
  return undefined;
}

/** A cut n8n node error pasted alone (a post that stops mid-way): read up to its last whole member, or `undefined`. */
export function readCutN8nError(t: string): ParsedInput | undefined {
  const found = t.includes('"errorDetails"') ? n8nAt(t, t.indexOf("{")) : undefined;
  if (found === undefined) return undefined;
  const read = asInput(found.error);
  read.warnings.push("The JSON is cut off at the end of the paste: it was read up to its last whole member.");
  return read;
}

/** n8n's node error amid other text (the poster's words around it), whole or cut off. */
export const N8N_ERROR: LogFormat = {
  name: "n8n node error",
  find(t) {
    const m = /\{\s{0,200}"errorMessage"\s{0,20}:/.exec(t);
    const found = m && t.includes('"errorDetails"', m.index) ? n8nAt(t, m.index) : undefined;
    if (found === undefined) return undefined;
    const e = found.error;
    return {
      what: "n8n's node error",
      status: e.status,
      rebuilt: { value: e.body, from: "the body n8n's rawErrorMessage holds" },
      ...(e.node !== undefined ? { provider: e.node.id, providerBy: `the n8n node ${e.node.type}` } : {}),
      ...(found.cut ? { notes: ["The n8n error is cut off: it was read up to its last whole member."] } : {}),
    };
  },
};

/**
 * n8n's error panel as its text is copied from the editor (or quoted in its forum, each line after "> "): "From Airtable", then
 * "Error code" and the status on a line below it, "Full message" and the body below it, and "Node type" with the node
 * (`n8n-nodes-base.airtable`), which names the API as the JSON's `n8nDetails.nodeType` does.
 */
export const N8N_PANEL: LogFormat = {
  name: "n8n's error panel",
  find(t) {
    const code = /(?:^|\n)[> \t]*Error code[ \t]*\r?\n(?:[> \t]*\r?\n){0,3}[> \t]*([1-5]\d\d)[ \t]*(?:\r?\n|$)/.exec(t);
    if (!code) return undefined;
    const message = /(?:^|\n)[> \t]*Full message[ \t]*\r?\n(?:[> \t]*\r?\n){0,3}[> \t]*/.exec(t.slice(code.index));
    const from = message ? code.index + message.index + message[0].length : -1;
    const body = from < 0 ? undefined : t.charAt(from) === "{" || t.charAt(from) === "[" ? bracketed(t, from) : t.slice(from, t.indexOf("\n", from) < 0 ? t.length : t.indexOf("\n", from)).trim();
    const nodeType = /(?:^|\n)[> \t]*Node type[ \t]*\r?\n(?:[> \t]*\r?\n){0,3}[> \t]*((?:@n8n\/)?n8n-nodes-[\w-]{1,40}\.[A-Za-z0-9]{1,60})/.exec(t)?.[1];
    const node = nodeType === undefined ? undefined : /\.([a-z][A-Za-z0-9]{1,60}?)(?:Trigger|Tool)?$/.exec(nodeType)?.[1];
    return {
      what: "n8n's error panel",
      status: Number(code[1]),
      ...(body ? { body } : {}),
      ...(node !== undefined ? { provider: node, providerBy: `the n8n node ${nodeType}` } : {}),
    };
  },
};

/**
 * The headings n8n's NodeApiError gives a failed call by its status (`STATUS_CODE_MESSAGES` in n8n-workflow's node-api.error.ts),
 * the message its panel and its executions list show above the API's own words: "Forbidden - perhaps check your credentials?", then
 * "SignatureDoesNotMatch ...". Earlier releases worded 429 and 503 otherwise; both are here. The catch-all "4XX" and "5XX" headings
 * name no one status.
 */
const N8N_HEADINGS: ReadonlyMap<string, number> = new Map([
  ["Bad request - please check your parameters", 400],
  ["Authorization failed - please check your credentials", 401],
  ["Payment required - perhaps check your payment details?", 402],
  ["Forbidden - perhaps check your credentials?", 403],
  ["The resource you are requesting could not be found", 404],
  ["Method not allowed - please check you are using the right HTTP method", 405],
  ["The service is receiving too many requests from you", 429],
  ["The service is receiving too many requests from you! Perhaps take a break?", 429],
  ["The service was not able to process your request", 500],
  ["Bad gateway - the service failed to handle your request", 502],
  ["Service unavailable - try again later or consider setting this node to retry automatically (in the node settings)", 503],
  ["Service unavailable - perhaps try again later?", 503],
  ["Gateway timed out - perhaps try again later?", 504],
]);

/**
 * One of those headings alone on its line (after a quote's `> ` or a bullet; a backtick after it where Markdown quoted it), or before
 * its description's capitalised words on the same line, the
 * pattern built from the table, so that a heading n8n adds is one entry above.
 */
const HEADINGS = [...N8N_HEADINGS.keys()].map(escapeRegExp).join("|");
const HEADING_LINE = new RegExp(`(?:^|\\n)[> \\t*-]*(${HEADINGS})(?:[ \\t\`]*(?=\\r?\\n|$)| (?=[A-Z])([^\\r\\n]{1,2000}))`, "g");

/** n8n's heading for a status, and the API's words on the lines below it (its description). */
export const N8N_HEADING: LogFormat = {
  name: "n8n's error heading",
  find(t) {
    HEADING_LINE.lastIndex = 0;
    const m = HEADING_LINE.exec(t);
    HEADING_LINE.lastIndex = 0;
    if (m !== null) {
      const status = N8N_HEADINGS.get(m[1]!)!;
      // (Its description on the same line, as a copy of the node's error panel may join them: "Forbidden - perhaps check your
      // credentials? No authorization information present on the request.")
      if (m[2] !== undefined) return { what: "n8n's heading for the status its call got", status, body: m[2].trim() };
      const end = t.indexOf("\n", m.index + m[0].length);
      const below = end < 0 ? "" : t.slice(end + 1, end + 1 + 65_536).replace(/^[> \t]*/gm, "").trim();
      const line = below.split(/\r?\n/, 1)[0]!.trim();
      // (The SDK's own words for no body, LangChain's link after them: "401 status code (no body) Troubleshooting URL: ...": none came.)
      const noBody = /^[1-5]\d\d status code \(no body\)/.test(line);
      const body = below.charAt(0) === "{" || below.charAt(0) === "[" ? (bracketed(below, 0) ?? below) : noBody ? "" : line;
      return { what: "n8n's heading for the status its call got", status, ...(body ? { body } : {}) };
    }
    return undefined;
  },
};

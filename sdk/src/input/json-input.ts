/**
 * Pasted text that starts with `{` or `[`: a HAR file or entry, a response object, the
 * SDK's own serialized error, or a bare body; also the same written as a JavaScript
 * object literal or a Python dict (what `console.log` and Python print), and JSON with
 * text after it (read, with a warning).
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";
import { isErrorName } from "../tree.js";
import { isKnownCode } from "../codes.js";
import { MAX_JSON_DEPTH, readJson } from "../json.js";
import { matchNetworkText } from "../network.js";
import { isRecord } from "../snapshot.js";
import { isBareProblem } from "../response.js";
import type { HeaderPair, LoggedError, ParsedInput, Source } from "../types.js";
import { readHar } from "./har.js";
import { documentedStatusOf } from "./documented-status.js";
import { readJsonCassette } from "./cassette.js";
import { checkStatus } from "./http.js";
import { jsonError, jsonSyntaxError } from "./json-error.js";
import { MAX_HEADERS } from "./limits.js";
import { readRelaxedJson } from "./relaxed-json.js";
import { RESPONSE_OBJECT_KEYS, googleErrorUnwrapped, isWordPressError, ownStatus, statusLedError } from "./own-status.js";
import { oauthBodyHint } from "./oauth-body.js";
import { balancedEnd, isHttpStatus } from "./text.js";
import { NO_HEADERS, closeCutJson, escapeRawControls } from "./printout.js";
import { readCutN8nError, readN8nError } from "./n8n.js";
import { clientRecord } from "./client-records.js";

const ASK_FOR_STATUS =
  "paste the whole response (status line and headers) or a HAR entry, " +
  'or a response object {"status": 403, "headers": {...}, "body": ...}.';

const CONNECT_STATUSES: ReadonlySet<string> = new Set(["pending", "completed", "denied", "error", "expired"]);
const APPROVAL_STATUSES: ReadonlySet<string> = new Set(["pending", "approved", "denied", "expired", "execution_failed"]);
/** At most this many keys beside a response object's own are skipped (with a warning) rather than refused. */
const MAX_EXTRA_KEYS = 12;

/** How a JSON paste was written. */
interface Read {
  value: unknown;
  warnings: string[];
  /** True when text after the value was skipped. */
  before?: true;
}

const NOT_STRICT = "Not strict JSON: read as a Python dict or a JavaScript object as it prints (quotes, True/False/None, trailing commas).";

/** The JSON value of the text: JSON, JSON followed by other text, or an object literal (alone, or followed by other text). */
function readValue(t: string, escaping = false): Read {
  const json = readJson(t);
  if (json.ok) return { value: json.value, warnings: [] };
  if (json.tooDeep) {
    throw new AlterValueError(
      `This JSON nests more than ${MAX_JSON_DEPTH} levels deep, which no real response does: paste the failed response itself.`,
    );
  }
  const end = balancedEnd(t, 0);
  if (end !== undefined && end < t.length) {
    const head = readJson(t.slice(0, end));
    // A status object, then the body (a PHP plugin's log: `{"statusCode": 403, "reasonPhrase": "Forbidden"}` and LinkedIn's error
    // below it): one response, the body under its status.
    const rest = t.slice(end).trim();
    const body = head.ok && isStatusOnly(head.value) && rest.startsWith("{") ? readJson(rest) : undefined;
    if (head.ok && body?.ok && isRecord(body.value)) {
      return { value: { ...(head.value as Record<string, unknown>), body: body.value }, warnings: ["Read a status object and the body logged below it as one response."] };
    }
    if (head.ok) return { value: head.value, warnings: [`Read the JSON at the start; the ${t.length - end} characters after it were skipped.`], before: true };
    // A Python dict or a JavaScript object, then other lines (an app's own words below the dict it printed).
    const relaxed = readRelaxedJson(t.slice(0, end));
    if (relaxed !== undefined) return { value: relaxed, warnings: [NOT_STRICT, `Read the object at the start; the ${t.length - end} characters after it were skipped.`], before: true };
  }
  const syntax = jsonSyntaxError(t);
  // Strings that hold raw line breaks or tabs, as a logger writes a record's message unescaped (Laravel's `{"exception":"[object] (...
  // resulted in a `401 Unauthorized` response:\nThe supplied authentication is invalid\n...`, its lines real): read with them escaped.
  if (syntax?.what.startsWith("a control character") && !escaping) {
    let read: Read;
    try {
      read = readValue(escapeRawControls(t), true);
    } catch {
      // Escaped, it still does not read (cut off as well): the error is the text's as pasted, its raw line break.
      throw jsonError(t, json.error, syntax);
    }
    return { value: read.value, warnings: ["The JSON's strings held raw line breaks or tabs: read as if escaped.", ...read.warnings] };
  }
  // Strict JSON all the way to where it is cut off: no looser notation reads it whole either,
  // and trying would build the whole cut value first (seconds for a cut 5 MiB HAR).
  if (syntax === undefined || syntax.offset < t.length) {
    const relaxed = readRelaxedJson(t);
    if (relaxed !== undefined) {
      return { value: relaxed, warnings: [NOT_STRICT] };
    }
  }
  // A body the paste cut off at its end that states its own status (an issue's OpenRouter error, its last lines not copied):
  // closed after its last whole member, as the log readers close one, and said to be cut. Any other cut JSON is refused.
  // (Or a looser notation cut off, what a person cut out of it kept: an axios error's `"headers": {\n ...,\n }`.)
  if (syntax !== undefined && t.length <= MAX_CUT_JSON) {
    const closed = closeCutJson(t.trimEnd());
    const strict = closed === undefined ? undefined : readJson(closed);
    if (strict?.ok && isRecord(strict.value) && (ownStatus(strict.value) !== undefined || statusTheBodyStates(strict.value) !== undefined)) {
      return { value: strict.value, warnings: ["The body is cut off at the end of the paste: it was read up to its last whole member."] };
    }
    const loose = syntax.offset < t.length && ELIDED.test(t) ? withClosers(t.trimEnd()) : undefined;
    const value = loose === undefined ? undefined : readRelaxedJson(loose);
    if (isRecord(value) && (ownStatus(value) !== undefined || statusTheBodyStates(value) !== undefined)) {
      return { value, warnings: [NOT_STRICT, "The body is cut off at the end of the paste: it was read up to its last whole member."] };
    }
  }
  // Node prints errors as `[TypeError: fetch failed] { cause: ... }`: text, not JSON.
  throw jsonError(t, json.error, syntax);
}

/** What a person cut out of a body, as a member of its own (`...,` between members). */
const ELIDED = /(?:^|[\s,{[])(?:\.{3,}|…)(?=[\s,}\]])/;

/** The text with the brackets it leaves open closed (those outside strings), when it ends between members; `undefined` when none is open. */
function withClosers(t: string): string | undefined {
  const open: string[] = [];
  let quote = "";
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (quote !== "") {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") open.push("}");
    else if (c === "[") open.push("]");
    else if (c === "}" || c === "]") open.pop();
  }
  return quote === "" && open.length > 0 ? t.replace(/,\s*$/, "") + open.reverse().join("") : undefined;
}

/** Characters of a cut JSON paste that are closed and read: a body, not a HAR (a cut 5 MiB one is refused as cut). */
export const MAX_CUT_JSON = 65_536;

/** An object of a response's status and nothing else (`{"statusCode": 403, "reasonPhrase": "Forbidden"}`). */
function isStatusOnly(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  const status = value.statusCode ?? value.status;
  return typeof status === "number" && keys.length <= 3 && keys.every((k) => ["statusCode", "status", "reasonPhrase", "statusText", "statusMessage"].includes(k));
}

/** Text starting with `{` or `[`, or `undefined` when it is a network error printout that only looks like JSON. */
export function readJsonPaste(t: string, source: Source, entry: number | undefined): ParsedInput | undefined {
  let read: Read;
  try {
    read = readValue(t);
  } catch (err) {
    if (matchNetworkText(t) !== undefined) return undefined;
    const n8n = readCutN8nError(t);
    if (n8n !== undefined) return n8n;
    // Raw line breaks in its strings, and cut off too: a log's line more than a JSON text (Laravel's `{"exception":"[object] (...` with
    // the exception's message on the lines below); the text readers get their turn.
    // (Told by the error readValue threw, not by scanning the text again: a 5 MiB run of `[` costs a scan half a second. readValue
    // throws that error only after its escaped form failed to read too.)
    if (err instanceof Error && err.message.includes("a control character")) return undefined;
    throw err;
  }
  // A list or a scalar that only begins the text (a value an app printed above its error, ccxt's `[ { currency: 'USDT' } ]`; pry's
  // prompt `[19] pry(main)>`) is no response: the text readers read what follows it.
  if (read.before && !isRecord(read.value) && !isOneStatusBody(read.value)) return undefined;
  const out = readJsonValue(read.value, source, entry);
  out.warnings.unshift(...read.warnings);
  return out;
}

/** A list of one body that states its own status. */
function isOneStatusBody(value: unknown): value is [Record<string, unknown>] {
  return Array.isArray(value) && value.length === 1 && isRecord(value[0]) && ownStatus(value[0]) !== undefined;
}

/** A JSON value as one of the JSON formats. */
export function readJsonValue(value: unknown, source: Source, entry: number | undefined): ParsedInput {
  // A list of one error body that states its status: Gemini's streaming endpoints answer an error so (`[{"error": {"code": 429, ...}}]`).
  if (isOneStatusBody(value)) {
    const out = readJsonValue(value[0], source, entry);
    out.warnings.unshift("A list of one error body (as Gemini's streaming endpoints answer): read as that body.");
    return out;
  }
  if (Array.isArray(value)) {
    throw new AlterValueError(
      `This JSON is a list, not a response. If it is a list of HAR entries, paste the whole HAR file ({"log": {"entries": [...]}}) or one entry; otherwise ${ASK_FOR_STATUS}`,
    );
  }
  if (!isRecord(value)) throw new AlterValueError(`This JSON is not an object: ${ASK_FOR_STATUS}`);

  // A HAR's `log` holds its `entries` beside `version` and `creator`; a log record's (Airbyte's `{"type": "LOG", "log": {"level",
  // "message"}}`) holds words, which the readers of text read.
  const log = value.log;
  if (isRecord(log) && (Object.hasOwn(log, "entries") || typeof log.version === "string" || isRecord(log.creator))) return readHar(log.entries, "log.entries", entry);
  const cassette = readJsonCassette(value);
  if (cassette !== undefined) return cassette;
  const record = clientRecord(value);
  if (record !== undefined) {
    checkStatus(record.status, `in ${record.what}`);
    return {
      format: "json-wrapper",
      status: record.status,
      ...(record.statusText ? { statusText: record.statusText } : {}),
      headers: record.headers,
      body: record.body,
      warnings: [`Read as ${record.what}: its status and headers, and the body it kept.`],
    };
  }
  if (isRecord(value.request) && isRecord(value.response)) {
    // A HAR entry's response keeps its body in `content`; a client's record of the call beside its request keeps it as `body`
    // (Activepieces' `{"response": {"status": 501, "body": {...}}, "request": {}}`): read as that response, not as an empty HAR one.
    const res = value.response;
    if (typeof res.status === "number" && !Object.hasOwn(res, "content") && (Object.hasOwn(res, "body") || Object.hasOwn(res, "data"))) {
      const out = readResponseObject(res);
      const { url, method } = value.request;
      if (out.url === undefined && typeof url === "string") out.url = url;
      if (out.method === undefined && typeof method === "string") out.method = method;
      out.warnings.unshift('Read the "response" member of this record of a call (its status and body), beside its "request".');
      return out;
    }
    return readHar([value], "entry", entry);
  }

  const logged = readLoggedError(value);
  if (logged) return logged;
  const n8n = readN8nError(value);
  if (n8n) return n8n;

  const status = value.status ?? value.statusCode;
  const hasPayload = Object.hasOwn(value, "headers") || Object.hasOwn(value, "body") || (Object.hasOwn(value, "data") && !isWordPressError(value));
  const extra = Object.keys(value).filter((k) => !RESPONSE_OBJECT_KEYS.has(k) && !(k === "header" && headersAsOne(value)));
  if (typeof status === "number" && hasPayload && extra.length <= MAX_EXTRA_KEYS) {
    const out = readResponseObject(value);
    if (extra.length > 0) out.warnings.push(`Read as a response object; its other keys (${extra.map((k) => JSON.stringify(k)).join(", ")}) were skipped.`);
    return out;
  }
  // A dict of the response's parts under `status_code` (FalconPy's `{'status_code': 401, 'headers': {...}, 'body': {...}}`): its status,
  // headers and body, nothing else beside them.
  if (typeof value.status_code === "number" && isRecord(value.headers) && Object.hasOwn(value, "body") && Object.keys(value).length === 3) {
    const out = readResponseObject({ status: value.status_code, headers: value.headers, body: value.body });
    out.warnings.unshift('Read "status_code", "headers" and "body" as the response\'s.');
    return out;
  }
  // An error event carrying its response's status and headers beside its own members (the pi agent's Codex error:
  // `{"type": "error", "error": {...}, "status_code": 429, "headers": {...}}`): the other members are the body.
  if (typeof value.status_code === "number" && isRecord(value.headers) && !hasPayloadBody(value)) {
    const { status_code: status, headers, ...body } = value;
    const out = readResponseObject({ status, headers, body });
    out.warnings.unshift('Read "status_code" and "headers" as the response\'s, and the other members as its body.');
    return out;
  }
  // A client's error serialized with its response inside (Octokit's HttpError, a logged axios error's `response`), or inside the
  // error it wraps (node-auth0's `originalError`, superagent's, whose response keeps `header` and the body as `text`).
  const inner = value.response;
  const held = hasPayload ? undefined : heldResponse(value);
  if (held !== undefined) {
    const out = readResponseObject(held.response);
    const url = isRecord(held.response.req) ? held.response.req.url : undefined;
    if (out.url === undefined && typeof url === "string") out.url = url;
    out.warnings.unshift(`Read the response inside this error object (its "${held.path}" member).`);
    return out;
  }
  // A fetch wrapper's own record of a call (`{"url", "status", "response": <the body>}`, a browser extension's log): the body is `response`.
  if (typeof status === "number" && !hasPayload && (isRecord(inner) || typeof inner === "string") && Object.keys(value).every((k) => k === "response" || RESPONSE_OBJECT_KEYS.has(k))) {
    const out = readResponseObject({ ...value, body: inner });
    out.warnings.unshift('Read as a response object whose body is its "response" member.');
    return out;
  }

  // paypal-rest-sdk's error as JSON.stringify logs it: `{"response": {"name": "INTERNAL_SERVICE_ERROR", "debug_id": ..., "httpStatusCode":
  // 500}, "httpStatusCode": 500}`: the status it names, the body its `response`.
  if (typeof value.httpStatusCode === "number" && isRecord(inner) && Object.keys(value).every((k) => k === "response" || k === "httpStatusCode")) {
    const out = readResponseObject({ status: value.httpStatusCode, body: inner });
    out.warnings.unshift('Read "httpStatusCode" as the response\'s status and "response" as its body (a client\'s error as it logs it).');
    return out;
  }

  // botocore's parsed response, as a Python app prints a ClientError's `e.response` (`{'Error': {'Code': ..., 'Message': ...},
  // 'ResponseMetadata': {'RequestId': ..., 'HTTPStatusCode': 403, 'HTTPHeaders': {...}}}`): the status and headers are its metadata's.
  const meta = value.ResponseMetadata;
  if (isRecord(meta) && typeof meta.HTTPStatusCode === "number" && isRecord(value.Error)) {
    const out = readResponseObject({ status: meta.HTTPStatusCode, headers: meta.HTTPHeaders, body: value });
    out.warnings.unshift("Read as botocore's parsed response: the status and headers of its ResponseMetadata, the whole as the body.");
    return out;
  }

  // jQuery's jqXHR as a page threw or logged it (`{"readyState": 4, "responseText": "...", "responseJSON": {...}, "status": 403,
  // "statusText": "Forbidden"}`): the body is `responseJSON`, else `responseText`; it carries no headers.
  if (typeof status === "number" && typeof value.readyState === "number" && (typeof value.responseText === "string" || Object.hasOwn(value, "responseJSON"))) {
    const out = readResponseObject({ status, statusText: value.statusText, body: value.responseJSON ?? value.responseText });
    out.warnings.unshift("Read as jQuery's jqXHR: its status, and its responseJSON (else responseText) as the body.");
    return out;
  }
  // okta-auth-js's AuthApiError as JSON.stringify logs it: the call's answer is its `xhr` member, as a jqXHR keeps one (`{"xhr": {"status":
  // 401, "responseText": "...", "responseJSON": {...}}}`), beside the error's own copy of the body's members.
  const xhr = value.xhr;
  if (isRecord(xhr) && typeof xhr.status === "number" && (typeof xhr.responseText === "string" || Object.hasOwn(xhr, "responseJSON"))) {
    const out = readResponseObject({ status: xhr.status, statusText: xhr.statusText, headers: xhr.headers, body: xhr.responseJSON ?? xhr.responseText });
    out.warnings.unshift('Read the response this error kept as its "xhr" member: its status, and its responseJSON (else responseText) as the body.');
    return out;
  }

  // A message its provider's docs give with one status (OpenAI's "Incorrect API key provided: ..." under `error.message`): that status.
  // Its message is where the body keeps it: `error.message`, `message`, Dropbox's `error_summary` ("path/not_found/..."), or an `error`
  // that is a string (Hugging Face's "Model ... is currently loading"). Not a member deeper down: an app's own error around a body
  // (`details`, `response`) is read for the body it wraps, below.
  const said = hasPayload ? [] : [isRecord(value.error) ? value.error.message : undefined, value.message, value.error_summary, value.error].filter((m) => typeof m === "string");
  let documented: ReturnType<typeof documentedStatusOf>;
  for (const message of said) if ((documented = documentedStatusOf(message)) !== undefined) break;
  // (Before the envelope's own reading: OpenAI's `{"error": {"message": "Rate limit reached for gpt-4 in organization org-...", "code":
  // "rate_limit_exceeded"}}` holds one of the backend's codes, but its words are the provider's, and the provider's body is read with a status.)
  const kind = documented === undefined ? bareBodyKind(value, source) : undefined;
  // Google's error object without its `error` wrapper (a Python client's `e.error_details`, a log of the member caught): wrapped back,
  // it states its status as a whole body does. (Graph's unwrapped error, `errorUnwrapped`'s other kind, states none: not here.)
  const google = hasPayload ? undefined : googleErrorUnwrapped(value);
  const own = ownStatus(google ?? value);
  // A problem+json body's `status` is the HTTP status by RFC 9457; other bodies are read by their own status only when no other reading fits.
  if (kind !== undefined && (kind !== "problem" || own === undefined)) {
    return { format: "json-body", headers: [], body: value, warnings: ["A body alone: no status and no headers in this paste, so the request id and the retry wait are unknown."] };
  }
  // (A `data` without a status beside it is the body's own member, no response object's payload: Strapi's envelope, `{"data": null,
  // "error": {"status": 500, "name", "message", "details"}}`; PocketBase's field errors, `{"code": 400, "message", "data": {...}}`.)
  if (own !== undefined && (!hasPayload || (status === undefined && !Object.hasOwn(value, "body") && !Object.hasOwn(value, "headers")))) {
    checkStatus(own, google ? 'in the body\'s "code"' : 'in the body\'s "status"');
    return {
      format: "json-body",
      status: own,
      headers: [],
      body: google ?? statusLedError(value)?.text ?? value,
      warnings: [
        ...(google ? ["Google's error body rebuilt around the `error` member the text printed."] : []),
        `A body alone, read with the status it states itself (${own}): no headers in this paste, so the request id and the retry wait they would carry are unknown.`,
      ],
    };
  }
  if (hasPayload && typeof status === "string" && /^\d{3}$/.test(status)) {
    throw new AlterValueError(`This JSON looks like a response object, but its "status" is a string: write it as a number ("status": ${status}).`);
  }
  if (documented !== undefined) {
    return {
      format: "json-body",
      status: documented.status,
      headers: [],
      body: value,
      warnings: [`A body alone, read with the status ${documented.provider.name}'s docs give its message (${documented.status}, ${documented.source}): the paste states none, and no headers, so the request id and the retry wait are unknown.`],
    };
  }
  // A response object whose status the paste cut off (gapi's `{"result": {...}, "body": "...", "headers": {...` cut in its headers,
  // `status` after them): its body states the status.
  const stated = hasPayload && status === undefined ? statusTheBodyStates(value) : undefined;
  if (stated !== undefined) {
    const out = readResponseObject({ ...value, status: stated.status, body: stated.body });
    out.warnings.unshift(`Read the status the response object's ${stated.key} states (${stated.status}): its own status is not in the paste.`);
    return out;
  }
  const wrapped = hasPayload ? undefined : wrappedBody(value);
  if (wrapped !== undefined) {
    return {
      format: "json-body",
      status: wrapped.status,
      headers: [],
      body: wrapped.body,
      warnings: [`Read the error body an app's own error wraps in its "${wrapped.key}" member, with the status that body states (${wrapped.status}): no headers in this paste, so the request id and the retry wait they would carry are unknown.`],
    };
  }
  throw new AlterValueError(describeRejectedBody(value, source));
}

/** A member of `value` that holds a body stating an error status of its own. */
interface InnerBody {
  readonly key: string;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/**
 * The first of `keys` whose member is a body that states an error status of its own: a record, or with `jsonText` JSON text too (a
 * response object's `body` as the client kept it).
 */
function innerBodyStating(value: Record<string, unknown>, keys: readonly string[], jsonText: boolean): InnerBody | undefined {
  for (const key of keys) {
    const v = value[key];
    const read = jsonText && typeof v === "string" && v.trimStart().startsWith("{") ? readJson(v) : undefined;
    const body = read === undefined ? v : read.ok ? read.value : undefined;
    if (!isRecord(body)) continue;
    const status = ownStatus(body);
    if (status !== undefined && isHttpStatus(status) && status >= 400) return { key, status, body };
  }
  return undefined;
}

/** A response object's parsed body (gapi's `result`) or its body, as a record or JSON text, that states its own status. */
const statusTheBodyStates = (value: Record<string, unknown>): InnerBody | undefined => innerBodyStating(value, ["result", "body"], true);

/** The members an app's error puts the upstream's answer in. */
const WRAPPING_MEMBERS = ["response", "body", "details", "upstream", "providerResponse", "provider_response", "raw"] as const;

/**
 * An app's own error, stating no status, around the body its upstream sent, which does (`{"error": "Gemini API error", "response":
 * {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", ...}}}`): that body, read as pasted alone. One level down only, and only a
 * record: a string's words would be a guess.
 */
const wrappedBody = (value: Record<string, unknown>): InnerBody | undefined => innerBodyStating(value, WRAPPING_MEMBERS, false);

/**
 * The SDK's own error as `JSON.stringify(err)` writes it (`toJSON`: `name`, `message`,
 * `requestId`, `retryable`, `retryAfter`, `docsUrl`, the typed fields, `details`).
 */
function readLoggedError(value: Record<string, unknown>): ParsedInput | undefined {
  const name = value.name;
  if (typeof name !== "string" || !isErrorName(name) || typeof value.message !== "string" || typeof value.retryable !== "boolean") return undefined;
  if (typeof value.docsUrl !== "string" && !isRecord(value.details)) return undefined;
  const details = isRecord(value.details) ? value.details : {};
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!["name", "message", "requestId", "retryable", "retryAfter", "docsUrl", "details", "stack", "cause"].includes(key)) fields[key] = value[key];
  }
  const logged: LoggedError = { name, message: value.message, retryable: value.retryable, details, fields };
  if (typeof value.requestId === "string") logged.requestId = value.requestId;
  if (typeof value.retryAfter === "number" && Number.isFinite(value.retryAfter) && value.retryAfter >= 0) logged.retryAfter = value.retryAfter;
  const out: ParsedInput = { format: "sdk-error", headers: [], body: value, logged, warnings: [] };
  const status = details.status_code;
  if (typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 599) out.status = status;
  return out;
}

/** The bare bodies read without a status; `undefined` for any other. */
function bareBodyKind(value: Record<string, unknown>, source: Source): "poll" | "envelope" | "problem" | "slack" | undefined {
  const status = value.status;
  if (typeof status === "string") {
    if (typeof value.session_id === "string" && CONNECT_STATUSES.has(status)) return "poll";
    if (typeof value.approval_id === "string" && APPROVAL_STATUSES.has(status)) return "poll";
  }
  if (source === "provider") return undefined; // a provider's body is read with its status
  const accepts = (code: string): boolean => source === "backend" || isKnownCode(code);
  const envelope = value.error;
  if (isRecord(envelope) && typeof envelope.code === "string" && accepts(envelope.code)) return "envelope";
  if (isBareProblem(value) && accepts(value.code as string)) return "problem";
  const ok = value.ok;
  if ((ok === false && typeof value.error === "string") || ok === true) return "slack";
  return undefined;
}

/** Why a bare JSON body is not read: what it was recognised as, and what to paste instead. */
function describeRejectedBody(value: Record<string, unknown>, source: Source): string {
  const envelope = value.error;
  const envelopeCode = isRecord(envelope) && typeof envelope.code === "string" ? envelope.code : undefined;
  const problemCode = isBareProblem(value) ? (value.code as string) : undefined;
  const code = envelopeCode ?? problemCode;
  const kind = envelopeCode !== undefined ? "an error envelope" : "a problem+json body";
  const status = value.status;
  // A provider's `"status": "error"` beside its message (HubSpot's `message`, OpenWeatherMap's `msg`) is no poll result: only an id of one makes it look like one.
  const pollish = Object.keys(value).some((k) => k === "session_id" || k === "approval_id" || k === "grant_id") || !["message", "msg", "detail", "description"].some((k) => Object.hasOwn(value, k));
  if (typeof status === "string" && (CONNECT_STATUSES.has(status) || APPROVAL_STATUSES.has(status)) && pollish) {
    if (typeof value.session_id !== "string" && typeof value.approval_id !== "string") {
      return 'This JSON looks like a poll result, but it has no string "session_id" (a Connect session) or "approval_id" (an approval): paste the whole poll answer.';
    }
  }
  if (typeof status === "string" && (typeof value.session_id === "string" || typeof value.approval_id === "string")) {
    const connect = typeof value.session_id === "string";
    const allowed = [...(connect ? CONNECT_STATUSES : APPROVAL_STATUSES)].join(", ");
    return `This JSON looks like ${connect ? "a Connect" : "an approval"} poll result, but its status ${JSON.stringify(status.slice(0, 40))} is not one of ${allowed}.`;
  }
  const oauth = oauthBodyHint(value);
  if (source === "provider") return `This JSON has no status, and a provider's response is read with its status: ${ASK_FOR_STATUS}${oauth}`;
  if (code !== undefined) {
    return (
      `This JSON is ${kind} with code ${JSON.stringify(code.slice(0, 80))}, which is not one of the Alter backend's codes, and it has no status: ${ASK_FOR_STATUS}` +
      " If it came from the Alter API, choose the backend source."
    );
  }
  if (typeof value.status === "number" || typeof value.statusCode === "number") {
    return `This JSON has a "status" but neither "headers" nor "body": add the body, or ${ASK_FOR_STATUS}`;
  }
  return (
    `This JSON has no status: ${ASK_FOR_STATUS}${oauth} A body alone is read only when it is an Alter error ` +
    '({"error": {"code": ...}} or problem+json with a known code), a Connect or approval poll result, or a Slack body ({"ok": false, "error": ...}).'
  );
}

/** Headers under `header`, one object of them (the PayPal SDKs' HttpResponse as it serializes: `{"status": 500, "body": {...}, "header": {...}}`). */
const headersAsOne = (value: Record<string, unknown>): boolean => !Object.hasOwn(value, "headers") && isRecord(value.header);

/** Where a serialized error keeps the response it failed on: its own `response`, or that of the error it wraps. */
const HELD_RESPONSE_PATHS = [["response"], ["originalError", "response"], ["cause", "response"]] as const;

/** The response a serialized error holds (a status and headers or a body), and where; `undefined` when it holds none. */
function heldResponse(value: Record<string, unknown>): { response: Record<string, unknown>; path: string } | undefined {
  for (const path of HELD_RESPONSE_PATHS) {
    let at: unknown = value;
    for (const key of path) at = isRecord(at) ? at[key] : undefined;
    if (isRecord(at) && typeof (at.status ?? at.statusCode) === "number" && ["headers", "header", "body", "data", "text", "content"].some((k) => Object.hasOwn(at, k))) {
      return { response: at, path: path.join(".") };
    }
  }
  return undefined;
}

const hasPayloadBody = (value: Record<string, unknown>): boolean => Object.hasOwn(value, "body") || Object.hasOwn(value, "data");

/** The response object: `{status | statusCode, statusText | statusMessage, headers, body | data, url, method}`. */
function readResponseObject(value: Record<string, unknown>): ParsedInput {
  const status = (value.status ?? value.statusCode) as number;
  checkStatus(status, 'in the response object\'s "status"');
  const warnings: string[] = [];
  const headers = readHeaders(headersAsOne(value) ? value.header : value.headers, warnings);
  // (superagent keeps the body it got as `text`; the Smartsheet SDK's error, as requests' Response does, as `content`, beside its `reason`.)
  const body = value.body ?? value.data ?? value.text ?? value.content ?? "";
  const out: ParsedInput = { format: "json-wrapper", status, headers, body, warnings };
  const reason = typeof value.reason === "string" ? value.reason : undefined;
  for (const [key, from] of [["statusText", value.statusText ?? value.statusMessage ?? reason], ["url", value.url], ["method", value.method]] as const) {
    if (from === undefined || from === null) continue;
    if (typeof from !== "string") throw new AlterValueError(`The response object's "${key}" must be a string.`);
    out[key] = from;
  }
  if (headers.length === 0) warnings.push(NO_HEADERS);
  return out;
}

/** Headers as a plain object, a list of `[name, value]` or a list of `{name, value}`; at most `MAX_HEADERS` pairs. */
function readHeaders(headers: unknown, warnings: string[]): HeaderPair[] {
  const out: HeaderPair[] = [];
  if (headers === undefined || headers === null) return out;
  const add = (name: string, v: unknown, where: () => string): boolean => {
    if (out.length === MAX_HEADERS) {
      warnings.push(`Only the first ${MAX_HEADERS} header values were read.`);
      return false;
    }
    out.push([name, headerValue(v, where)]);
    return true;
  };
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i++) {
      const h = headers[i] as unknown;
      let ok: boolean;
      if (Array.isArray(h) && h.length === 2 && typeof h[0] === "string") ok = add(h[0], h[1], () => `headers[${i}][1]`);
      else if (isRecord(h) && typeof h.name === "string") ok = add(h.name, h.value, () => `headers[${i}].value`);
      else throw new AlterValueError(`The response object's headers[${i}] is neither a [name, value] pair nor a {"name", "value"} object.`);
      if (!ok) break;
    }
    return out;
  }
  if (!isRecord(headers)) {
    throw new AlterValueError('The response object\'s "headers" must be an object ({"Content-Type": "application/json"}) or a list of [name, value] pairs.');
  }
  for (const name of Object.keys(headers)) {
    const v = headers[name];
    if (v === undefined || v === null) continue;
    // The location is built only for a message that is thrown: never once per item (a long name times many items is quadratic).
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!add(name, v[i], () => `headers[${JSON.stringify(name.slice(0, 80))}][${i}]`)) return out;
    } else if (!add(name, v, () => `headers[${JSON.stringify(name.slice(0, 80))}]`)) return out;
  }
  return out;
}

function headerValue(v: unknown, where: () => string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new AlterValueError(`The response object's ${where()} must be a string.`);
}

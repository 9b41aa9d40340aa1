/**
 * Bodies that state their own HTTP status beside their error members, so that one pasted
 * alone, or printed inside other text, is read with that status and never a guessed one:
 * - problem+json's `status` (RFC 9457), LinkedIn's, Box's and Figma's `status`, Xero's `Status`;
 * - an AIP-193 body's `error.code` beside a google.rpc.Code name (Google's, `aip193.ts`), and Google's
 *   legacy body's `error.code` beside its `errors[]` of `domain` and `reason` (Google documents `code` as the HTTP status);
 * - `statusCode`, a name only HTTP gives, when no `status` number is beside it: HubSpot's (beside
 *   `"status": "error"`), hapi's Boom errors (as Auth0's APIs send them), a client's error
 *   serialized (node-auth0's `{"name": "Too Many Requests", "statusCode": 429, ...}`); `status_code`
 *   likewise (the pi agent's Codex error: `{"type": "error", "error": {...}, "status_code": 429, "headers": {...}}`);
 * - Jira's `status-code`; GitHub's `status` as text beside `message` and `documentation_url`; WordPress's REST API's `data.status`
 *   beside its `code` and `message` (WooCommerce's errors);
 * - `error.status` beside `error.message` (Spotify's error object), or beside `error.detail` and `error.code` (Brave Search's);
 * - OpenRouter's `error.code` beside `error.message` and at most `error.metadata` (its docs: the status is `error.code`);
 * - OpenAI's error object whose `code` is a status number (Perplexity's, vLLM's), not OpenAI's word;
 * - LiteLLM's proxy's `code`, the status as text (`"code": "400"`), beside `message` and at most `type` and `param`;
 * - Anthropic's `error.type` beside `"type": "error"`, by the status its errors page gives that type (`overloaded_error` is 529):
 *   how an error event inside a stream, after its 200, says what it is;
 * - Mailjet's `StatusCode` beside its `ErrorMessage`;
 * - Airbnb's `error_code` beside its `error_type` and `error_message`;
 * - Azure Translator's six-digit `error.code`, its first three digits the status (`401000`), beside its message alone;
 * - OpenAI's `error.type` when it is a type OpenAI sends with one status only (`insufficient_quota`, 429);
 * - `$metadata.httpStatusCode`: an AWS SDK for JavaScript v3 error as `JSON.stringify` logs it;
 * - a JSON:API error document's `errors[].status`, one they all share;
 * - Power Platform's connector gateway's `error.code` beside its `source` host (`...azure-apihub.net`);
 * - Google's `error.code` beside its `message` and a camelCase `reason` (a client that lifted the reason out of `errors`);
 * - `ResponseMetadata.HTTPStatusCode` beside `Error`: botocore's parsed response, as a Python app prints a ClientError's `e.response`;
 * - a member named for the HTTP status (braintree-web's `paypalHttpStatus`, `httpStatus`, `http_status_code`) beside a text;
 * - a numeric `code` beside its own reason phrase as `status` or as `error.reason` (`{"code": 401, "status": "Unauthorized"}`,
 *   @octokit/rest's HttpError as an app logs it), also as `error`'s members (gemini-cli's wrapping of Google's body:
 *   `{"error": {"message": "<Google's body as text>", "code": 429, "status": "Too Many Requests"}}`);
 * - an `error` text, alone, that starts with the status (Dyad's `{"error": "429 litellm.RateLimitError: ..."}`);
 * - Appwrite's `code` beside `message`, `type` and `version`; Boom's `statusCode` as text (Supabase Storage's);
 * - a SCIM 2.0 error (RFC 7644 section 3.12: `schemas` holds `urn:ietf:params:scim:api:messages:2.0:Error`, its `status` "the HTTP
 *   status code ... expressed as a JSON string"), what a provisioning log (Entra, Okta) shows a SCIM endpoint answered;
 * - Supabase Auth's `code` beside `msg` (GoTrue's HTTPError), and its `error_code` since 2024;
 * - the Amazon Ads API's `code`, the status as text, beside `details` and `requestId` and nothing else;
 * - a Twirp error's `code` beside `msg` (and `meta`), as the HTTP status the Twirp spec maps it to;
 * - Appsmith's `responseMeta.status` beside its `success: false`;
 * - a gateway's 502 whose message says its upstream "responded with" a 4xx (Sanity's proxy), as that 4xx;
 * - `error.code`, a number or its text, beside `error.message` and a top-level `apiVersion` (Google's JSON Style Guide; USPS's APIs);
 * - a Kubernetes API server's `Status` object's `code` (beside `"kind": "Status"`, `"status": "Failure"` and its `reason`);
 * - OpenWeatherMap's `cod`, Foursquare's `meta.code` beside its `errorType`, Riot Games' `status.status_code`, OpenCage's `status.code`
 *   beside its `results`, Tumblr's `meta.status` beside its `msg`, CoinGecko's `status.error_code` beside its `error_message`, PocketBase's `code` beside `message` and `data`;
 * - an `error` that is a reason phrase beside an `error_description` (HERE's) or a `message` (Firma's), an `err_code` beside an `err_msg` (Deepgram's); a gRPC ServiceError's `code` beside its `details` and
 *   `metadata` (@grpc/grpc-js's, as JSON), as the HTTP status it maps to;
 * - Google Maps Platform's web services' `status` beside `error_message` (`REQUEST_DENIED`, `OVER_QUERY_LIMIT`), by the status it stands for;
 * - JSend's error's numeric `code` beside `"status": "error"` and its `message` (Twelve Data's);
 * - Microsoft Graph's `error.code` that is the status's .NET name (`Forbidden`, `TooManyRequests`) beside its `innerError`;
 * - a numeric `code` with a `message` that starts with its reason phrase, and nothing else (Atlassian's API gateway:
 *   `{"code": 401, "message": "Unauthorized; scope does not match"}`): an API's own code numbers are other numbers or say
 *   other words (X's `{"code": 453, "message": "You currently have access to ..."}` inside a 403).
 *
 * Not an OAuth error body (`{"error": "invalid_grant", "error_description": ...}`): its status is its RFC's, not one it states
 * (see `oauth-body.ts`).
 *
 * Imported by both server and browser code.
 * @module
 */
import { isRecord } from "../snapshot.js";
import { GOOGLE_RPC, GOOGLE_RPC_CODES, aip193Status } from "./aip193.js";
import { DOTNET_STATUS_NAMES, REASONS } from "./printout.js";
import { isReasonOf, statusOfPhrase } from "../reasons.js";
import { twirpBodyStatus } from "./twirp.js";
import { readJson } from "../json.js";
import { ERROR_TYPE_STATUS } from "../providers/anthropic.js";
import { MAPS_STATUS } from "../providers/google.js";
import { OPENAI_TYPE_STATUS } from "../providers/openai.js";

/** The keys of a response object as HTTP clients print it (`data` is axios's body). */
export const RESPONSE_OBJECT_KEYS: ReadonlySet<string> = new Set(["status", "statusCode", "statusText", "statusMessage", "headers", "body", "data", "url", "method"]);

/**
 * The status a body states itself, a whole number; `undefined` when it states none. A
 * member that only holds a status (`{"status": 403}`) is no body.
 */
export function ownStatus(value: Record<string, unknown>): number | undefined {
  if (isTemplate(value)) return undefined;
  const aip = aip193Status(value);
  if (aip !== undefined) return aip;
  const error = value.error;
  if (isRecord(error) && isWhole(error.status) && typeof error.message === "string") return error.status;
  // Brave Search's `{"type": "ErrorResponse", "error": {"id", "status": 429, "detail": "Request rate limit exceeded for plan", "code":
  // "RATE_LIMITED", "meta": {...}}}`: its `status` beside its `detail` and `code`.
  if (isRecord(error) && isErrorStatus(error.status) && typeof error.detail === "string" && typeof error.code === "string") return error.status;
  if (isRecord(error) && isWhole(error.code) && isGoogleErrorList(error.errors)) return error.code;
  // Dropbox's body with the status a JavaScript client put beside it (`Err { error_summary: 'missing_scope/...', error: {...}, code:
  // 401 }`, as Node printed it): Dropbox's own body has no `code`, so a status-like number there is the client's status.
  if (typeof value.error_summary === "string" && isRecord(error) && isErrorStatus(value.code)) return value.code as number;
  // Google's error with its first `errors` entry's reason lifted beside the code and message (the Google Workspace CLI's
  // `{"error": {"code": 403, "message": "...", "reason": "insufficientPermissions"}}`, and the `enable_url` it adds for a disabled
  // API): Google's `code` is the status.
  if (isRecord(error) && isWhole(error.code) && typeof error.message === "string" && typeof error.reason === "string" && /^[a-z][A-Za-z]{2,60}$/.test(error.reason) && Object.keys(error).every((k) => k === "code" || k === "message" || k === "reason" || k === "domain" || k === "enable_url")) return error.code;
  const coded = codeBesideReason(value) ?? (isRecord(error) ? codeBesideReason(error) : undefined);
  if (coded !== undefined) return coded;
  const led = statusLedError(value);
  if (led !== undefined) return led.status;
  // GitLab's body for an error it answers with its status line's words alone (`{"message": "401 Unauthorized"}`, `{"message": "404
  // Project Not Found"}`, as its REST API docs show them): the status it starts with. Not a sentence that mentions one.
  if (Object.keys(value).length === 1 && typeof value.message === "string") {
    const line = /^([45]\d\d) [A-Z][A-Za-z'-]{0,30}(?: [A-Z][A-Za-z'-]{0,30}){0,5}$/.exec(value.message);
    if (line) return Number(line[1]);
  }
  // OpenRouter's `{"error": {"code": 402, "message", "metadata"}}`, whose `code` is the status it sent (its docs say so), nothing
  // else in `error`; also printed without its `error` wrapper when the metadata is there (an app logs `err.error`).
  if (isRecord(error) && isOpenRouterError(error) && Object.keys(value).every((k) => k === "error" || k === "user_id")) return error.code as number;
  if (isRecord(value.metadata) && Object.keys(value).length === 3 && isOpenRouterError(value)) return value.code as number;
  // OpenAI's error object with the status as a number in `code` (Perplexity's `{"error": {"message", "type": "invalid_model", "code": 400}}`;
  // vLLM's `{"object": "error", "message", "type", "param", "code": 400}`): OpenAI's own `code` is a word or null, so a number is the status.
  if (isRecord(error) && Object.keys(value).length === 1 && isNumberCodedOpenAiError(error)) return error.code as number;
  if (value.object === "error" && isNumberCodedOpenAiError(value)) return value.code as number;
  if (isWordPressError(value) && Object.keys(value).length <= 4) return (value.data as { status: number }).status;
  // GitHub's REST body states its status as text beside its message and docs link (`"status": "403"`, since 2023).
  if (typeof value.status === "string" && /^[45]\d\d$/.test(value.status) && typeof value.message === "string" && typeof value.documentation_url === "string") return Number(value.status);
  if (isScimError(value)) return Number(value.status);
  // Pipedrive's error: `{"success": false, "error": "Scope and URL mismatch", "errorCode": 403, "error_info": "..."}`, its `errorCode`
  // the status it sent (its API reference's error responses), beside `success: false` and its words.
  if (value.success === false && isErrorStatus(value.errorCode) && typeof value.error === "string" && typeof value.error_info === "string") return value.errorCode;
  // Azure AD B2C's error as its pages' JavaScript raises it (`{status: "400", errorCode: "AADB2C90075", message: "..."}`): the status
  // as text beside a code of letters and digits (the identity platforms' AADB2C/AADSTS/E0000 codes) and its message.
  if (typeof value.status === "string" && /^[45]\d\d$/.test(value.status) && typeof value.errorCode === "string" && /^[A-Z][A-Z0-9]{0,9}\d{3,7}$/.test(value.errorCode) && typeof value.message === "string") return Number(value.status);
  // Supabase Auth's (GoTrue's) error: `{"code": 429, "error_code": "over_email_send_rate_limit", "msg": ...}`, its `code` the HTTP status;
  // before it had `error_code` (2024), `{"code": 429, "msg": "Email rate limit exceeded"}`, nothing else beside them but its `error_id`.
  if (isErrorStatus(value.code) && typeof value.msg === "string" && (typeof value.error_code === "string" ? Object.keys(value).length <= 4 : Object.keys(value).every((k) => k === "code" || k === "msg" || k === "error_id"))) return value.code;
  // Jotform's answer: `{"responseCode": 404, "message": "Requested URL (...) is not available!", "info": "http://api.jotform.com/docs",
  // "limit-left": 9989, "duration": "14ms"}`, its `responseCode` the HTTP status beside the calls left of its daily limit.
  if (isErrorStatus(value.responseCode) && typeof value.message === "string" && Object.hasOwn(value, "limit-left")) return value.responseCode;
  // Appsmith's API response: its `responseMeta` holds the status beside `success: false` (`{"responseMeta": {"status": 500, "success":
  // false, "error": {...}}}`).
  const responseMeta = value.responseMeta;
  if (isRecord(responseMeta) && responseMeta.success === false && isErrorStatus(responseMeta.status)) return responseMeta.status;
  // A Twirp error body (`{"code": "bad_route", "msg": "...", "meta": {...}}`): its code stands for the status its server sent.
  const twirp = twirpBodyStatus(value);
  if (twirp !== undefined) return twirp;
  // The Amazon Ads API's error: `{"code": "401", "details": "Authentication failed", "requestId": "K144VZX9J0CCDG4229C5"}`, its `code`
  // the HTTP status as text, nothing else beside its words and request id.
  if (typeof value.code === "string" && /^[45]\d\d$/.test(value.code) && typeof value.details === "string" && typeof value.requestId === "string" && Object.keys(value).length === 3) return Number(value.code);
  // A gateway's 502 whose message names the 4xx its upstream answered (Sanity's Mux proxy, a Boom error: `{"statusCode": 502, "error":
  // "Bad Gateway", "message": "api.mux.com responded with 404 (...)"}`): the upstream's answer is the one a retry meets, and it is no
  // passing failure.
  const upstream = (value.statusCode ?? value.status) === 502 && typeof value.message === "string" ? /^[\w.-]{1,253} responded with (4\d\d)\b/.exec(value.message) : null;
  if (upstream !== null) return Number(upstream[1]);
  // A proxy's error that names the status its upstream answered (Zed's LLM proxy: `{"code": "upstream_http_error", "message":
  // "Received an error from the Anthropic API: ...", "upstream_status": 503}`): the upstream's failure is the one a retry meets.
  if (isErrorStatus(value.upstream_status) && typeof value.message === "string") return value.upstream_status;
  // Google's JSON Style Guide's error, beside its `apiVersion` (USPS's APIs: `{"apiVersion": "/addresses/v3/", "error": {"code": "401",
  // "message": ..., "errors": [...]}}`): its `code` "will usually represent the HTTP response code", as a number or as its text.
  if (typeof value.apiVersion === "string" && isRecord(error) && typeof error.message === "string") {
    const code = typeof error.code === "string" && /^[45]\d\d$/.test(error.code) ? Number(error.code) : error.code;
    if (isErrorStatus(code)) return code;
  }
  // Midtrans's body states its status as text in `status_code` beside `status_message`, in every answer (its API reference's
  // "Status Codes and Error Messages"): `{"status_code": "401", "status_message": "Transaction cannot be authorized ...", "id": ...}`.
  if (typeof value.status_code === "string" && /^[45]\d\d$/.test(value.status_code) && typeof value.status_message === "string") return Number(value.status_code);
  // The Telegram Bot API's body repeats its status as `error_code` beside `ok: false` and a `description`.
  if (value.ok === false && isWhole(value.error_code) && typeof value.description === "string") return value.error_code;
  // Power Platform's connector gateway (API Hub): `{"error": {"code": 504, "source": "singapore-001.azure-apihub.net",
  // "clientRequestId": "...", "message": "BadGateway"}}`, its `code` the status it answered.
  if (isRecord(error) && isErrorStatus(error.code) && typeof error.source === "string" && /\.azure-api(?:hub|m)\.net$/.test(error.source)) return error.code;
  const jsonApi = jsonApiStatus(value);
  if (jsonApi !== undefined) return jsonApi;
  // A Kubernetes API server's Status (`{"kind": "Status", "status": "Failure", "reason": "Unauthorized", "code": 401}`), as kubectl -v
  // logs it ("Response Body: {...}"): its `code` is the HTTP status.
  if (value.kind === "Status" && value.status === "Failure" && isWhole(value.code) && typeof value.reason === "string") return value.code;
  // OpenWeatherMap's `{"cod": 401, "message": "Invalid API key. ..."}` (its `cod` a number or its text), Foursquare's `meta.code` beside
  // its `errorType`, Riot Games' `{"status": {"message": "Forbidden", "status_code": 403}}`: each API's own name for the status.
  if ((isWhole(value.cod) || (typeof value.cod === "string" && /^[45]\d\d$/.test(value.cod))) && typeof value.message === "string" && Object.keys(value).length <= 3) return Number(value.cod);
  const foursquare = value.meta;
  if (isRecord(foursquare) && isWhole(foursquare.code) && foursquare.code >= 400 && typeof foursquare.errorType === "string") return foursquare.code;
  // Tumblr's `{"meta": {"status": 401, "msg": "Not Authorized"}, "response": []}`: every answer states its status in `meta`.
  if (isRecord(foursquare) && isErrorStatus(foursquare.status) && typeof foursquare.msg === "string") return foursquare.status;
  const statusObject = value.status;
  if (isRecord(statusObject) && isWhole(statusObject.status_code) && typeof statusObject.message === "string" && Object.keys(value).length === 1) return statusObject.status_code;
  // Mailjet's `{"ErrorIdentifier": "...", "ErrorCode": "mj-0004", "StatusCode": 400, "ErrorMessage": "..."}` (its API's error body):
  // the status it sent, beside its message.
  if (isErrorStatus(value.StatusCode) && typeof value.ErrorMessage === "string") return value.StatusCode;
  // Airbnb's API error, `{"error_code": 404, "error_type": "record_not_found", "error_message": "...", "error_id": "..."}`: its `error_code`
  // is the status it sent, beside a type in snake case and a message. (Only a standard status: its 420 is no HTTP status to map.)
  if (isErrorStatus(value.error_code) && REASONS[String(value.error_code)] !== undefined && typeof value.error_message === "string" && typeof value.error_type === "string" && /^[a-z]+(?:_[a-z]+)*$/.test(value.error_type)) return value.error_code;
  // CoinGecko's `{"status": {"error_code": 429, "error_message": "You've exceeded the Rate Limit. ..."}}`, the status its answer had.
  if (isRecord(statusObject) && isErrorStatus(statusObject.error_code) && typeof statusObject.error_message === "string" && Object.keys(value).length === 1) return statusObject.error_code;
  // PocketBase's `{"code": 400, "message": "Failed to create record.", "data": {...}}` (its API's error before v0.23 named `status`
  // `code`), the field errors in `data`: nothing else beside them.
  if (isErrorStatus(value.code) && typeof value.message === "string" && isRecord(value.data) && Object.keys(value).length === 3) return value.code;
  // OpenCage's `"status": {"code": 402, "message": "quota exceeded"}` beside its `rate` and `results`: its docs' response codes are HTTP's.
  if (isRecord(statusObject) && isErrorStatus(statusObject.code) && typeof statusObject.message === "string" && Object.keys(statusObject).length === 2 && Array.isArray(value.results)) return statusObject.code;
  const maps = mapsStatus(value);
  if (maps !== undefined) return maps;
  // An `error` that is a reason phrase, beside its description (HERE's `{"error": "Unauthorized", "error_description": "apiKey
  // invalid. apiKey not found."}`) or a message (Firma's `{"error": "Too Many Requests", "message": "...", "code": "RATE_LIMIT_EXCEEDED"}`,
  // Boom's error without its `statusCode`): the status whose phrase it is. (No OAuth error code is one: `invalid_client`, `access_denied`.)
  // Deepgram's `{"err_code": "Bad Request", "err_msg": "...", "request_id": "..."}` likewise.
  const phrased =
    typeof value.error === "string" && (typeof value.error_description === "string" || (typeof value.message === "string" && value.statusCode === undefined && value.status === undefined))
      ? statusOfPhrase(value.error)
      : typeof value.err_code === "string" && typeof value.err_msg === "string"
        ? statusOfPhrase(value.err_code)
        : undefined;
  if (phrased !== undefined) return phrased;
  // JSend's error (`{"status": "error", "message": "...", "code": 429}`: its optional `code` "corresponding to the error", as Twelve Data
  // sends its status), nothing but `data` beside them: a standard error status.
  if (value.status === "error" && isErrorStatus(value.code) && REASONS[String(value.code)] !== undefined && typeof value.message === "string" && Object.keys(value).every((k) => k === "status" || k === "code" || k === "message" || k === "data")) return value.code;
  // Microsoft Graph's error whose `code` is the status's .NET name (`{"error": {"code": "Forbidden", "message": "", "innerError":
  // {"request-id": "...", "date": "..."}}}`, as Postman shows a Teams call's 403): Graph's `innerError` beside it, and the name is the status's.
  const graphInner = isRecord(error) ? (error.innerError ?? error.innererror) : undefined;
  if (isRecord(error) && typeof error.code === "string" && isRecord(graphInner) && (typeof graphInner["request-id"] === "string" || typeof graphInner.date === "string")) {
    const named = DOTNET_STATUS_NAMES.get(error.code);
    if (named !== undefined && named >= 400) return named;
  }
  // A gRPC client's ServiceError as JSON.stringify logs it (@grpc/grpc-js: `{"code": 3, "details": "...", "metadata": {...}}`): its
  // code read as the HTTP status it maps to, as the gRPC status text reader does.
  if (isWhole(value.code) && typeof value.details === "string" && isRecord(value.metadata)) {
    const http = GRPC_HTTP.get(value.code);
    if (http !== undefined && http >= 400) return http;
  }
  const typed = typeNamedStatus(value);
  if (typed !== undefined) return typed;
  // Azure Translator's `{"error": {"code": 401000, "message": "..."}}`: "a 6-digit number combining the 3-digit HTTP status code
  // followed by a 3-digit number" (its status-response-codes reference), nothing else beside them.
  if (isRecord(error) && isWhole(error.code) && error.code >= 400_000 && error.code <= 599_999 && typeof error.message === "string" && Object.keys(error).length === 2 && Object.keys(value).length === 1) return Math.floor(error.code / 1000);
  // LiteLLM's proxy: OpenAI's error object with the status as the text of `code` ("code": "400"), also printed without `error`.
  const litellm = liteLlmStatus(value) ?? (isRecord(error) && Object.keys(value).length === 1 ? liteLlmStatus(error) : undefined);
  if (litellm !== undefined) return litellm;
  if (isWhole(value.code) && typeof value.message === "string" && Object.keys(value).length === 2 && saysReason(value.code, value.message)) return value.code;
  const meta = value.$metadata;
  if (isRecord(meta) && isWhole(meta.httpStatusCode) && typeof value.name === "string") return meta.httpStatusCode;
  // The same metadata where an app moved it (LobeChat's `{"error": {"body": {"httpStatusCode": 429, "requestId": "", "attempts": 3,
  // "totalRetryDelay": 1280}, "message": ..., "type": "ThrottlingException"}}`): its retry counters beside the status are the SDK's own.
  const wrapped = isRecord(error) ? error : undefined;
  for (const moved of [value.body, wrapped?.body, wrapped?.$metadata]) if (isSdkMetadata(moved)) return moved.httpStatusCode;
  const botocore = value.ResponseMetadata;
  if (isRecord(botocore) && isWhole(botocore.HTTPStatusCode) && isRecord(value.Error)) return botocore.HTTPStatusCode;
  // Appwrite's error body (`{"message", "code": 401, "type": "general_unauthorized_scope", "version": "1.5.10"}`): its docs give `code` as the status.
  if (isErrorStatus(value.code) && typeof value.message === "string" && typeof value.type === "string" && typeof value.version === "string" && Object.keys(value).length === 4) return value.code;
  // Boom's shape with the status as text (Supabase Storage's `{"statusCode": "403", "error": "Unauthorized", "message": ...}`).
  if (typeof value.statusCode === "string" && /^[45]\d\d$/.test(value.statusCode) && typeof value.error === "string" && typeof value.message === "string" && Object.keys(value).length === 3) return Number(value.statusCode);
  const named = httpStatusMember(value);
  if (named !== undefined) return named;
  // A server's own access log record (`level`, `method`, `path`, `latency`, `status`: Gin's or zap's line for the app's answer to
  // its caller) states the app's status, not a provider's: a provider's failure is in its words (its `error`), if anywhere.
  if (isAccessLogRecord(value)) return undefined;
  const said = [value.status, value.Status, value["status-code"]].find((v) => v !== undefined && typeof v !== "string");
  const status = said ?? value.statusCode ?? value.status_code;
  if (!isWhole(status)) return undefined;
  return Object.keys(value).some((k) => !RESPONSE_OBJECT_KEYS.has(k) && k !== "Status") ? status : undefined;
}

/** gRPC's status codes by number, and the HTTP status each maps to (`GOOGLE_RPC`). */
const GRPC_HTTP: ReadonlyMap<number, number> = new Map([...GOOGLE_RPC.values()].map(({ code, http }) => [code, http]));

/** The HTTP status a Google Maps Platform web service's `status` stands for, beside its `error_message` (see `MAPS_STATUS`); `undefined` otherwise. */
export function mapsStatus(value: Record<string, unknown>): number | undefined {
  return typeof value.status === "string" && typeof value.error_message === "string" && Object.hasOwn(MAPS_STATUS, value.status) ? MAPS_STATUS[value.status] : undefined;
}

/**
 * An app's error that is only a client's message as text, the status first (Dyad's and LangChain.js's
 * `{"error": "429 You exceeded your current quota, ..."}`): the status, and the message as the client printed it,
 * which is what a provider's words are matched in; `undefined` for anything else.
 */
export function statusLedError(value: Record<string, unknown>): { status: number; text: string } | undefined {
  const error = value.error;
  if (typeof error !== "string" || Object.keys(value).length !== 1) return undefined;
  const m = /^([45]\d\d) (?=[A-Za-z])/.exec(error);
  return m ? { status: Number(m[1]), text: error.slice(m[0].length) } : undefined;
}

/**
 * The status Anthropic's error body (`{"type": "error", "error": {"type": "overloaded_error", "message": ...}}`) states by its
 * error type: what an error event in a stream carries, which comes after the stream's 200 (the same page: "an error can occur
 * after returning a 200 response"), and is read as the status the type stands for; `undefined` for any other body.
 */
export function anthropicTypeStatus(value: Record<string, unknown>): number | undefined {
  const error = value.error;
  if (value.type !== "error" || !isRecord(error) || typeof error.type !== "string" || typeof error.message !== "string") return undefined;
  return Object.hasOwn(ERROR_TYPE_STATUS, error.type) ? ERROR_TYPE_STATUS[error.type] : undefined;
}

/**
 * OpenAI's error of a type it sends with one status only (`insufficient_quota`, a 429: its error-codes guide), as a game engine's log
 * prints the body alone (Unreal's "LogTemp: Warning: {"error": {"message": "You exceeded your current quota, ...", "type":
 * "insufficient_quota"}}"): that status; `undefined` for any other.
 */
function openAiTypeStatus(value: Record<string, unknown>): number | undefined {
  const error = value.error;
  if (!isRecord(error) || typeof error.type !== "string" || typeof error.message !== "string") return undefined;
  return Object.hasOwn(OPENAI_TYPE_STATUS, error.type) ? OPENAI_TYPE_STATUS[error.type] : undefined;
}

/** The status only a body's error type names (Anthropic's `overloaded_error` is 529, OpenAI's `insufficient_quota` 429), or `undefined`. */
export function typeNamedStatus(value: Record<string, unknown>): number | undefined {
  return anthropicTypeStatus(value) ?? openAiTypeStatus(value);
}

/**
 * Why a body that names its status only by its error type (Anthropic's `overloaded_error` is 529) was read with that status,
 * when the paste `text` writes no such number (a client's "529 {...}" states it); else `undefined`.
 */
export function typeStatusNote(body: unknown, status: number | undefined, text: string): string | undefined {
  const read = typeof body === "string" ? readJson(body) : { ok: true as const, value: body };
  if (!read.ok || !isRecord(read.value)) return undefined;
  const typed = typeNamedStatus(read.value);
  if (typed === undefined || typed !== status || new RegExp(`(?<!\\d)${typed}(?!\\d)`).test(text)) return undefined;
  const type = (read.value.error as { type: string }).type;
  return anthropicTypeStatus(read.value) !== undefined
    ? `Anthropic's error type ${type} was read as HTTP ${typed}, the status its errors page gives that type (https://docs.claude.com/en/api/errors): an error inside a stream, sent after the stream's 200, has no other.`
    : `OpenAI's error type ${type} was read as HTTP ${typed}, the status its error-codes guide gives that type (https://platform.openai.com/docs/guides/error-codes).`;
}

/** LiteLLM's error object (`message`, and at most `type`, `param`): its `code`, an error status as text; `undefined` for any other. */
function liteLlmStatus(e: Record<string, unknown>): number | undefined {
  if (typeof e.code !== "string" || !/^[45]\d\d$/.test(e.code) || typeof e.message !== "string") return undefined;
  return Object.keys(e).every((k) => k === "message" || k === "type" || k === "param" || k === "code") ? Number(e.code) : undefined;
}

/**
 * A numeric `code` beside its own reason phrase as `status` (`{"code": 429, "status": "Too Many Requests"}`) or as its `error`'s
 * `reason` (Printful's `{"code": 401, "result": "...", "error": {"reason": "Unauthorized", "message": "..."}}`), or `undefined`.
 */
function codeBesideReason(value: Record<string, unknown>): number | undefined {
  if (!isWhole(value.code)) return undefined;
  if (typeof value.status === "string" && isReasonOf(value.code, value.status)) return value.code;
  // Or its .NET name (PlayFab's `{"code": 400, "status": "BadRequest", "error": "InvalidParams", "errorCode": 1000, ...}`, every error of its API).
  if (typeof value.status === "string" && DOTNET_STATUS_NAMES.get(value.status) === value.code) return value.code;
  // Or the status and its phrase together, as SoundCloud writes it: `{"code": 401, "status": "401 - Unauthorized"}`.
  const said = typeof value.status === "string" ? /^(\d{3})(?: -| :|:)? (.{2,40})$/.exec(value.status) : null;
  if (said !== null && Number(said[1]) === value.code && isReasonOf(value.code, said[2]!)) return value.code;
  const error = value.error;
  return isRecord(error) && typeof error.reason === "string" && isReasonOf(value.code, error.reason) ? value.code : undefined;
}

/**
 * A member named for the HTTP status, a prefix allowed (braintree-web's `{"error": {"errorName": "AUTHORIZATION_ERROR", ...,
 * "paypalHttpStatus": 403}}`; `httpStatus`, `http_status`, `httpStatusCode`; Todoist's `http_code`; OVH's `httpCode` as "403 Forbidden"), holding an error status beside a text member
 * or an `errors` list (the Jamf Pro API's `{"httpStatus": 401, "errors": []}`), in the
 * body or its `error`: no other number is so named. `undefined` when there is none.
 */
function httpStatusMember(value: Record<string, unknown>): number | undefined {
  for (const record of [value, value.error]) {
    if (!isRecord(record)) continue;
    let status: number | undefined;
    let text = false;
    for (const key in record) {
      const v = record[key];
      // (OVH's `"httpCode": "403 Forbidden"`: the status and its reason phrase, as text.)
      const phrased = typeof v === "string" ? /^([45]\d\d) ([A-Za-z][A-Za-z -]{1,40})$/.exec(v) : null;
      if (status === undefined && /http_?(?:status(?:_?code)?|code)$/i.test(key) && (isErrorStatus(v) || (phrased !== null && isReasonOf(phrased[1]!, phrased[2]!)))) status = phrased !== null ? Number(phrased[1]) : (v as number);
      else if (typeof v === "string" || (key === "errors" && Array.isArray(v))) text = true;
    }
    if (status !== undefined && text) return status;
  }
  return undefined;
}

/** Whether `message` starts with the reason phrase of the error status `code` ("Unauthorized; scope does not match" for 401). */
function saysReason(code: number, message: string): boolean {
  const reason = code >= 400 && code <= 599 ? REASONS[code] : undefined;
  return reason !== undefined && message.toLowerCase().startsWith(reason.toLowerCase());
}

/**
 * Google's error printed without its `error` wrapper, as a log or a client prints the member it caught, wrapped back: the legacy
 * body (`{"errors": [{"domain": "usageLimits", "reason": ...}], "code": 403, "message": ...}`) or AIP-193's (`{"code": 403,
 * "message": ..., "status": "PERMISSION_DENIED"}`: a google.rpc.Code name beside `code` is said only by the HTTP mapping, whose
 * `code` is the HTTP status, or the gRPC number a gax client keeps, read as the HTTP status it maps to); `undefined` for anything else.
 */
export function googleErrorUnwrapped(value: Record<string, unknown>): Record<string, unknown> | undefined {
  if (value.error !== undefined || !isWhole(value.code) || typeof value.message !== "string") return undefined;
  const rpc = typeof value.status === "string" ? GOOGLE_RPC.get(value.status) : undefined;
  // Google's gax clients' ApiException as JSON (google-ads-php's `{"message": "Internal error encountered.", "code": 13, "status":
  // "INTERNAL", "details": [...]}`): the code is the name's gRPC number, and the HTTP status is the one code.proto maps it to.
  if (rpc !== undefined && value.code === rpc.code && rpc.code !== rpc.http) return { error: { ...value, code: rpc.http } };
  return rpc !== undefined || isGoogleErrorList(value.errors) ? { error: value } : undefined;
}

/**
 * Microsoft Graph's error printed without its `error` wrapper (`{"code": "InvalidAuthenticationToken", "message": ..., "innerError":
 * {"request-id": ..., "date": ...}}`, what the Graph SDKs keep of a body and an app logs), wrapped back; `undefined` for anything else.
 */
export function graphErrorUnwrapped(value: Record<string, unknown>): Record<string, unknown> | undefined {
  if (value.error !== undefined || typeof value.code !== "string" || typeof value.message !== "string" || !isRecord(value.innerError)) return undefined;
  return typeof value.innerError["request-id"] === "string" || typeof value.innerError.date === "string" ? { error: value } : undefined;
}

/** An error object a client or a log printed without its provider's wrapper (Google's, Graph's), wrapped back; `undefined` for anything else. */
export function errorUnwrapped(value: Record<string, unknown>): Record<string, unknown> | undefined {
  return googleErrorUnwrapped(value) ?? graphErrorUnwrapped(value);
}

/**
 * WordPress's REST API error (WooCommerce's too): `{"code": "woocommerce_rest_cannot_view", "message", "data": {"status": 401}}`,
 * its status in `data` (which is then no response object's payload).
 */
export function isWordPressError(value: Record<string, unknown>): boolean {
  if (typeof value.message !== "string" || !isRecord(value.data) || !isWhole(value.data.status)) return false;
  // A WP_Error's code may be a number: Site Kit passes Google's on (`"code": 403` beside `"data": {"status": 403}`).
  return typeof value.code === "string" || value.code === value.data.status;
}

/** The SCIM error URN that a SCIM 2.0 error's `schemas` holds (RFC 7644 section 3.12). */
const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

/** A SCIM 2.0 error with its status as text (`{"schemas": [SCIM_ERROR], "status": "409", "scimType": "uniqueness", "detail"}`); a number is read as any `status`. */
function isScimError(value: Record<string, unknown>): value is Record<string, unknown> & { status: string } {
  return typeof value.status === "string" && /^[45]\d\d$/.test(value.status) && Array.isArray(value.schemas) && value.schemas.includes(SCIM_ERROR);
}

/** OpenRouter's error object: a `code` that is an error status, a `message`, and at most its `metadata`. */
/** OpenAI's error members (`message`, `type`, at most `param` and `object`), a status of 400 to 599 as its `code`. */
function isNumberCodedOpenAiError(error: Record<string, unknown>): boolean {
  return (
    isErrorStatus(error.code) && typeof error.message === "string" && typeof error.type === "string" &&
    Object.keys(error).every((k) => k === "code" || k === "message" || k === "type" || k === "param" || k === "object")
  );
}

function isOpenRouterError(error: Record<string, unknown>): boolean {
  return (
    isErrorStatus(error.code) && typeof error.message === "string" &&
    Object.keys(error).every((k) => k === "code" || k === "message" || (k === "metadata" && isRecord(error.metadata)))
  );
}

/**
 * A JSON:API error document's status (jsonapi.org's `{"errors": [{"status": "409", "code", "title", "detail"}]}`, Klaviyo's
 * with a number): each error's `status` is "the HTTP status code applicable to this problem"; one they all share is the response's.
 * Only a document of errors (`errors`, with `meta`, `links` or `jsonapi` beside it at most).
 */
function jsonApiStatus(value: Record<string, unknown>): number | undefined {
  const errors = value.errors;
  if (!Array.isArray(errors) || errors.length === 0 || errors.length > 100) return undefined;
  if (!Object.keys(value).every((k) => k === "errors" || k === "meta" || k === "links" || k === "jsonapi")) return undefined;
  let status: number | undefined;
  for (const e of errors) {
    if (!isRecord(e) || !(typeof e.title === "string" || typeof e.detail === "string" || typeof e.code === "string")) return undefined;
    // (Imgur's puts the number in `code` and the reason phrase in `status`: `{"code": "429", "status": "Too Many Requests"}`.)
    const s =
      typeof e.status === "string" && /^[45]\d\d$/.test(e.status) ? Number(e.status)
      : isErrorStatus(e.status) ? e.status
      : typeof e.code === "string" && typeof e.status === "string" && isReasonOf(e.code, e.status) && /^[45]/.test(e.code) ? Number(e.code)
      : undefined;
    if (s === undefined || (status !== undefined && s !== status)) return undefined;
    status = s;
  }
  return status;
}

function isGoogleErrorList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && typeof e.domain === "string" && typeof e.reason === "string");
}

function isWhole(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

/** A whole number from 400 to 599: an error status a body may state. */
function isErrorStatus(v: unknown): v is number {
  return isWhole(v) && v >= 400 && v <= 599;
}

/** Whether `value` is a server's access log record: a log level, the request's method and path, and how long it took. */
function isAccessLogRecord(value: Record<string, unknown>): boolean {
  return (
    ("level" in value || "lvl" in value || "severity" in value) &&
    typeof value.method === "string" &&
    ("path" in value || "uri" in value || "url" in value) &&
    Object.keys(value).some((k) => TIME_TAKEN.test(k))
  );
}

/** A log record's time taken, with its unit or not (`latency`, `duration_ms`: k8sgpt's server log, `elapsed`, `took`, `response_time`). */
const TIME_TAKEN = /^(?:latency|duration|elapsed|took|response_time)(?:_?(?:ms|us|ns|s|secs?|seconds|millis))?$/i;

/**
 * Whether a body's message holds a placeholder where a number goes: a docs page's example of what an API or a gateway sends
 * (Azure API Management's default 429 as a page quotes it: "Rate limit is exceeded. Try again in ## seconds."), whose status
 * no call got.
 */
function isTemplate(value: Record<string, unknown>): boolean {
  const error = value.error;
  const message = typeof value.message === "string" ? value.message : isRecord(error) && typeof error.message === "string" ? error.message : undefined;
  // (Not a system's own word for no value in angle brackets: Google's "Requests from this Android client application <empty> are blocked.")
  return message !== undefined && /\b[A-Za-z]{2,20} (?:##|\{\{?\w{1,20}\}\}?|<(?!(?:empty|null|none|nil|unknown|undefined)>)\w{1,20}>) [a-z]/.test(message);
}

/** The AWS SDK for JavaScript v3's `$metadata`: the status with the SDK's own retry counters. */
function isSdkMetadata(value: unknown): value is { httpStatusCode: number } {
  return isRecord(value) && isWhole(value.httpStatusCode) && isWhole(value.attempts) && typeof value.totalRetryDelay === "number";
}

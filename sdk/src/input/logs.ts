/**
 * A response as an HTTP client or SDK prints or logs it (format `log`, spec section 11):
 * Python `requests`/`httpx` errors, python-slack-sdk's `SlackApiError` and @slack/web-api's
 * `An API error occurred: token_revoked`, the OpenAI and
 * Anthropic SDKs' `Error code: 429 - {...}`, Guzzle's `resulted in a \`403 Forbidden\`
 * response`, Go's `%v` of an `*http.Response` and `googleapi: Error 403`, Python's
 * googleapiclient `<HttpError 403 when requesting ...>`, google.api_core's exceptions and gspread's `APIError: [429]: ...`,
 * octokit.rb's `GET url: 403 - message`, python-gitlab's, discord.py's, spotipy's, stripe-ruby's
 * and box-java-sdk's errors, azcore's
 * `RESPONSE 403` block, OpenAPI Generator's Python `ApiException` (HubSpot), boto's `BotoServerError` and botocore's `ClientError`, Apache
 * HttpClient's `HttpResponseProxy{...}`, OkHttp/Retrofit logcat lines, Twilio's and R
 * gargle's messages, axios's `Request failed with status code 403`.
 *
 * Each printout is one entry of {@link LOG_FORMATS}: a pattern anchored on the words the
 * library prints, and what it yields (`printout.ts` turns that into the response read; the last
 * reader of all, an error status stated in words, is `status-phrase.ts`). The status is taken only from where the text states
 * it, never guessed; what the text lacks (headers, a request id) stays unknown and the
 * warnings say so. A body printed as a Python dict or a JavaScript object is read as
 * JSON. Every pattern starts with a literal and runs in time linear in the text.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, ParsedInput } from "../types.js";
import { readJson } from "../json.js";
import { parseDuration } from "../wait.js";
import { readHttp } from "./http.js";
import { readRelaxedJson } from "./relaxed-json.js";
import { balancedEnd, closingBracket, headerLine, lineAt, lineEnd, nextLine, statusLine, unclosed, type StatusLine } from "./text.js";
import { MAX_HEADERS } from "./limits.js";
import { isRecord } from "../snapshot.js";
import { GOOGLE_RPC, GOOGLE_RPC_CODES } from "./aip193.js";
import { holdsStatusLine } from "./embedded.js";
import { googleErrorUnwrapped, ownStatus, statusLedError, typeNamedStatus } from "./own-status.js";
import { readStatusPhrase } from "./status-phrase.js";
import { findPrintR, readNativeVarDump, readPrintR, readVarDump, unfoldNativeVarDump } from "./print-r.js";
import { N8N_ERROR, N8N_PANEL } from "./n8n.js";
import { YAML_ERROR } from "./yaml-error.js";
import { GTM_HTTP_STATUS, NSHTTPURLRESPONSE } from "./foundation.js";
import { documentedStatusOf } from "./documented-status.js";
import { clientRecord } from "./client-records.js";
import { bytesLiteralAt, readBytesLiteral } from "./python-bytes.js";
import { isReasonOf, statusOfPhrase } from "../reasons.js";
import { OPENAI_TYPE_STATUS, OPENAI_V0_ERROR_STATUS, ORGANIZATION_LIMIT } from "../providers/openai.js";
import { S3_MESSAGES, s3Status, s3StatusSaid } from "../providers/aws.js";
import { GOOGLE_REASON_STATUS, GOOGLE_RUBY_ERROR_STATUS } from "../providers/google.js";
import { GO_PAGERDUTY } from "../providers/pagerduty.js";
import { NOTION_CODE_STATUS } from "../providers/notion.js";
import { TOKEN_ENDPOINT_CODES } from "./oauth-body.js";
import { AWS_DOTNET_ERROR, awsDotnetBody, DOTNET_STATUS_NAMES, REASONS, holdsStatusTable, withoutRuntimeTail, bodyNear, ledByFix, bracketed, bracketedInString, errorBodyAbove, escapedString, hasErrorMember, headerPairsIn, bracketedAcrossWraps, closeCutBeforeWords, closeCutJson, exceptionPackage, type LogHit, headersBelow, joinedWraps, headersOf, inCallArguments, inCodeArgument, inTestCode, inTestSource, underExampleCaption, overExampleCaption, inExpectedSection, givenAsExample, templateAfter, inspectedHeaders, jsonOrRelaxed, lastUrlIn, leadingJson, printedValue, membersBelow, num, openedAtLineEnd, readWith, restOfLine, startsLikeJsonOnly, printedRequestId, xmlErrorDocument, escapeRawControls, type LogFormat } from "./printout.js";

/** A header as Elixir's HTTP clients list them, a tuple of two strings: `{"x-amz-request-id", "..."}`. */
const ELIXIR_HEADER_PAIR = /\{"([A-Za-z0-9_-]{1,100})", "((?:[^"\\]|\\.){0,2000})"\}/g;
/** Characters of an Elixir string (a printed body) read at most. */
const ELIXIR_STRING_LIMIT = 65536;
/** An Elixir map as printed (`%{"error" => %{...}}`) as the loose notation reads it: `%{` is JSON's `{` (the relaxed reader takes `=>`). */
const fromElixirMap = (text: string): string => text.replace(/%\{/g, "{");

/** A request line in quotes, its status and its length (`"POST /oauth2/token HTTP/1.1" 400 69`). */
// A masked path may leave an extra blank before the protocol ("POST /services/XXXX  HTTP/1.1").
const QUOTED_REQUEST_LINE = /"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) ([^"\s]{1,2000}?)(?:[ \t]{1,4}HTTP\/\d(?:\.\d)?)?" ([1-5]\d\d) (?:\d{1,12}|-|None)(?=[ \t]*(?:\r?\n|$))/g;

/** The Graph API's error body, from the fields a client printed (a subcode of -1 is the Android SDK's "none"). */
function graphError(type: string, code: string, subcode: string | undefined, message: string): { error: Record<string, unknown> } {
  const error: Record<string, unknown> = { message: message.trim(), type, code: Number(code) };
  if (subcode !== undefined && subcode !== "-1") error.error_subcode = Number(subcode);
  return { error };
}

/** botocore's label before the headers or the body it logs: "botocore.parsers - DEBUG - Response headers: ". */
const RESPONSE_PART_LABEL = /^botocore\.[a-z]{1,20} - DEBUG - Response (?:headers|body):[ \t]*/i;

/** The URL a quoted request line names: its own when absolute, else its path on the host printed right before it (urllib3's). */
function urlOfRequestLine(t: string, m: RegExpExecArray): string | undefined {
  if (/^https?:\/\//.test(m[2]!)) return m[2];
  // (Its slashes lost where a page rendered the log: "https:api.elevenlabs.io:443 \"POST /v1/... HTTP/1.1\" 400 147".)
  const host = /(https?):\/{0,2}([a-z0-9.-]{1,253})(?::\d{1,5})? $/i.exec(t.slice(Math.max(0, m.index - 300), m.index));
  return host !== null && m[2]!.startsWith("/") ? `${host[1]}://${host[2]}${m[2]}` : undefined;
}

/** `text`, a dict or object that ends the paste one to three closing braces short, closed; `undefined` when closing is not all it lacks. */
function closedAtEnd(text: string): string | undefined {
  if (text.includes("\n")) return undefined;
  for (let k = 1; k <= 3; k++) {
    const closed = text + "}".repeat(k);
    if (bracketed(closed, 0) === closed && jsonOrRelaxed(closed) !== undefined) return closed;
  }
  return undefined;
}

/**
 * The message these SDKs give an error status whose response had no body (their `APIError.makeMessage`: "`${status} status code
 * (no body)`", openai-node's `InternalServerError: 500 status code (no body)`): the status, and no body.
 */
function stainlessNoBody(t: string): LogHit | undefined {
  // (Its words looked for first: a pattern that starts at every capital costs a scan of each word.)
  const m = t.includes(" status code (no body)") ? /\b([A-Z][A-Za-z]{0,60})?Error: ([1-5]\d\d) status code \(no body\)/.exec(t) : null;
  if (!m) return undefined;
  // (A test's name or assertion that quotes it, `it("throws Error: 500 status code (no body)"`, is no call's answer.)
  const line = lineAt(t, t.lastIndexOf("\n", m.index) + 1);
  if (inTestCode(line) || /^[ \t]*(?:it|test|describe)\([ \t]*["'`]/.test(line) || inTestSource(t)) return undefined;
  return {
    what: "the SDK's `NNN status code (no body)` message (the response had no body)",
    status: num(m[2]),
    body: "",
    ...(m[1] !== undefined && STAINLESS_ERRORS.has(m[1] + "Error") ? { providerClient: "an SDK whose errors read `RateLimitError: 429 {...}` (openai-node's, anthropic-sdk-typescript's form)" } : {}),
  };
}

/** The status and request id of botocore's `ResponseMetadata` as Python prints the dict (`'RequestId': '...', 'HTTPStatusCode': 400`). */
function responseMetadata(t: string): { status: number; requestId: string | undefined } | undefined {
  const at = t.indexOf("'ResponseMetadata': {");
  if (at < 0) return undefined;
  const meta = t.slice(at, at + 1000);
  const status = /'HTTPStatusCode': ([1-5]\d\d)\b/.exec(meta)?.[1];
  if (status === undefined) return undefined;
  return { status: Number(status), requestId: /'RequestId': '([\w-]{1,200})'/.exec(meta)?.[1] };
}

/** postmark-gem's ApiInputError subclasses by the body's ErrorCode each stands for (its error.rb). */
const POSTMARK_INPUT_CODES: Readonly<Record<string, number>> = { InvalidEmailAddressError: 300, InactiveRecipientError: 406, InvalidTemplateError: 1101 };

/** A field of a Rust struct's Debug (`status: 429`, `detail: "..."`, `reset: Some(1660051376)`, `errors: []`), then what follows it: the next field or the struct's end. */
const RUST_FIELD = /([a-z_][a-z0-9_]{0,40}): ("(?:[^"\\\r\n]|\\.){0,4000}"|-?\d{1,20}(?:\.\d{1,20})?|Some\((?:"(?:[^"\\\r\n]|\\.){0,4000}"|-?\d{1,20})\)|None|true|false|\[\])(, | \})/y;

/** A Rust string literal as Debug prints it, unescaped (its `\u{1f600}` too); what JSON cannot read of it, as printed. */
function rustString(literal: string): string {
  const json = literal.replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (_, hex: string) => (Number.parseInt(hex, 16) <= 0x10ffff ? JSON.stringify(String.fromCodePoint(Number.parseInt(hex, 16))).slice(1, -1) : ""));
  try {
    return JSON.parse(json) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** The classes the TypeScript SDKs Stainless generates (openai-node, anthropic-sdk-typescript, groq-sdk) raise for an error status. */
/** The status each of the Dropbox SDK for Java's exceptions stands for (`DbxRequestUtil.unexpectedStatus`, dropbox/dropbox-sdk-java). */
const DROPBOX_JAVA_STATUS: Readonly<Record<string, number>> = { BadRequest: 400, InvalidAccessToken: 401, AccessError: 403, RateLimit: 429, Server: 500, Retry: 503 };
/** One of them by its qualified name, and its message (the body, where it keeps one) on the same line. */
const DROPBOX_JAVA_EXCEPTION = new RegExp(`\\bcom\\.dropbox\\.core\\.(${Object.keys(DROPBOX_JAVA_STATUS).join("|")})Exception\\b(?:: ?([^\\r\\n]{0,65536}))?`);

/** The status and the words of each of braintree_node's error types (its `lib/braintree/http.js`, braintree/braintree_node). */
const BRAINTREE_NODE_ERRORS: Readonly<Record<string, readonly [status: number, words: string]>> = {
  authenticationError: [401, "Authentication Error"],
  authorizationError: [403, "Authorization Error"],
  notFoundError: [404, "Not Found"],
  upgradeRequired: [426, "Upgrade Required"],
  tooManyRequestsError: [429, "Too Many Requests"],
  serverError: [500, "Server Error"],
  downForMaintenanceError: [503, "Down for Maintenance"],
};
/** One of them as it prints: its type, then its own words. */
const BRAINTREE_NODE_ERROR = new RegExp(`\\b(${Object.keys(BRAINTREE_NODE_ERRORS).join("|")}): (?:${Object.values(BRAINTREE_NODE_ERRORS).map(([, w]) => w).join("|")})\\b`);

const STAINLESS_ERRORS = new Set(["APIError", "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError"]);

/** stripe-php's exception classes (`Stripe_CardError`, `Stripe\Exception\RateLimitException`) by the error type of Stripe's body they stand for. */
const STRIPE_PHP_TYPES: Readonly<Record<string, string>> = { InvalidRequest: "invalid_request_error", Card: "card_error", Authentication: "authentication_error", RateLimit: "rate_limit_error", Api: "api_error", Permission: "invalid_request_error" };

/**
 * Azure.Core's RequestFailedException (every Azure SDK for .NET): its message, then "Status: 409 (Conflict)" and "ErrorCode:
 * OperationNotAllowed", then, when it kept them, "Content:" with the body and "Headers:" with the response's headers.
 */
const AZURE_CORE: LogFormat = {
  name: "Azure.Core RequestFailedException",
  find(t) {
    const m = /(?:^|\n)[ \t]*Status: (\d{3}) \(([^)\r\n]{1,200})\)\r?\n(?:[ \t]*ErrorCode: ([A-Za-z0-9_.-]{1,100})[ \t]*'?[ \t]*(?:\r?\n|$))?/.exec(t);
    if (!m || (m[3] === undefined && !/\bRequestFailedException\b/.test(t.slice(Math.max(0, m.index - 4096), m.index)))) return undefined;
    const at = m.index + m[0].length;
    const after = t.slice(at, at + 65536);
    const headersAt = /(?:^|\n)[ \t]*Headers:[ \t]*\r?\n/.exec(after);
    const contentAt = /(?:^|\n)[ \t]*Content:[ \t]*\r?\n/.exec(after);
    const content = contentAt ? after.slice(contentAt.index + contentAt[0].length, headersAt && headersAt.index > contentAt.index ? headersAt.index : undefined).trim() : "";
    const headers = headersAt ? headersBelow(after, headersAt.index + 1) : [];
    // Without its content, the body is rebuilt from the code and the message above the status (Visual Studio quotes it), also when
    // another exception wraps it on that line (Semantic Kernel's "HttpOperationException: Rate limit is exceeded. Try again in 2 seconds.").
    const above = t.slice(Math.max(0, m.index - 4096), m.index);
    const said = (
      /RequestFailedException: '?([^\r\n]{1,2000})/.exec(above)?.[1] ??
      /(?:^|\n)[^\r\n]{0,200}?\b[A-Z][A-Za-z]{0,60}Exception: '?([^\r\n]{1,2000})$/.exec(above.trimEnd())?.[1] ??
      // The message alone on the line above, as a docs issue quotes the exception's message ("'The API deployment ... again.\nStatus: 404
      // (Not Found)\nErrorCode: DeploymentNotFound'"): only with its ErrorCode below, which makes the three lines the message.
      (m[3] !== undefined ? /(?:^|\n)[ \t]*'?([^\r\n]{1,2000})$/.exec(above.trimEnd())?.[1] : undefined)
    )?.replace(/'$/, "").trim();
    const rebuilt = content === "" && (m[3] !== undefined || said) ? { error: { ...(m[3] ? { code: m[3] } : {}), ...(said ? { message: said } : {}) } } : undefined;
    return {
      what: "Azure.Core's RequestFailedException",
      status: num(m[1]),
      statusText: m[2]!,
      ...(headers.length ? { headers } : {}),
      ...(content ? { body: content } : rebuilt ? { rebuilt: { value: rebuilt, from: "the error body rebuilt from the code and message the RequestFailedException printed" } } : {}),
    };
  },
};

/** The token endpoint's error codes of RFC 6749 section 5.2, as a group of a pattern. */
const TOKEN_CODE = `(${TOKEN_ENDPOINT_CODES.join("|")})`;

/**
 * The OAuth clients whose error for a token endpoint's answer prints its code (group 1) and description (group 2) but no status, each
 * with the provider it is for when it serves only one (google-auth and Google.Apis.Auth are Google's; signet, Google's too, is used
 * for others' endpoints, and the oauth2 gem for any).
 */
const TOKEN_CLIENTS: readonly { readonly name: string; readonly pattern: RegExp; readonly provider?: string }[] = [
  { name: "google-auth's RefreshError", provider: "google", pattern: new RegExp(`\\bRefreshError: \\('${TOKEN_CODE}(?:: ([^'\\r\\n]{0,1000}))?'`) },
  { name: "Google.Apis.Auth's TokenResponseException", provider: "google", pattern: new RegExp(`\\bError:"${TOKEN_CODE}", Description:"([^"]{0,1000})", Uri:"`) },
  // google-api-php-client 1.x's, the body in its message (its quotes curled where a forum or an issue rendered it): "Google_Auth_Exception:
  // Error refreshing the OAuth2 token, message: '{ "error" : "invalid_grant" }'".
  { name: "google-api-php-client's Google_Auth_Exception", provider: "google", pattern: new RegExp(`\\bGoogle_Auth_Exception: Error refreshing\\s{1,4}the OAuth2 token, message: ['\u2018]\\{\\s{0,40}["\u201c]error["\u201d]\\s{0,4}:\\s{0,4}["\u201c]${TOKEN_CODE}["\u201d](?:\\s{0,4},\\s{0,40}["\u201c]error_description["\u201d]\\s{0,4}:\\s{0,4}["\u201c]([^"\u201d\\r\\n]{0,1000})["\u201d])?`) },
  // Its 1.x's for a code exchanged or an assertion refused, the code then the description ("Google_Auth_Exception: Error fetching OAuth2
  // access token, message: 'invalid_grant: Code was already redeemed.'"), and its Google_Service_Exception whose message is the token
  // endpoint's body, its line breaks escaped as PHP prints them uncaught ("exception 'Google_Service_Exception' with message '{\n
  // "error": "invalid_grant",\n "error_description": "Not a valid email."\n}\n'").
  { name: "google-api-php-client's Google_Auth_Exception", provider: "google", pattern: new RegExp(`\\bGoogle_Auth_Exception: Error fetching OAuth2 access token, message: ['\u2018]${TOKEN_CODE}(?:: ([^'\u2019\\r\\n]{0,1000}))?['\u2019]`) },
  { name: "google-api-php-client's Google_Service_Exception", provider: "google", pattern: new RegExp(`\\bGoogle_Service_Exception'? with message '\\{(?:\\\\n|\\s){0,4}"error"\\s{0,4}:\\s{0,4}"${TOKEN_CODE}"(?:,(?:\\\\n|\\s){0,4}"error_description"\\s{0,4}:\\s{0,4}"([^"\\r\\n]{0,1000})")?`) },
  // (Also as Ruby prints it uncaught, the class after the message: "Authorization failed.  Server message: (Signet::AuthorizationError)".)
  { name: "signet's AuthorizationError", pattern: new RegExp(`(?:\\bSignet::AuthorizationError\\b[^\\r\\n]{0,200}Server message:|\\bServer message:[ \\t]{0,4}\\(Signet::AuthorizationError\\))[\\s\\S]{0,200}?"error"[ \\t]*:[ \\t]*"${TOKEN_CODE}"(?:,\\s{0,40}"error_description"[ \\t]*:[ \\t]*"([^"\\r\\n]{0,1000})")?`) },
  { name: "the oauth2 gem's error", pattern: new RegExp(`\\bOAuth2::Error(?::? \\(|: )${TOKEN_CODE}: ([^\\r\\n]{0,1000})`) },
  // google-auth-library's (Node) refresh, failed through gaxios: "GaxiosError: invalid_grant", or a plain "Error: invalid_grant" over
  // gaxios' own frames.
  { name: "google-auth-library's GaxiosError", provider: "google", pattern: new RegExp(`\\bGaxiosError: ${TOKEN_CODE}()[ \\t]*(?:\\r?\\n|$)`) },
  { name: "google-auth-library's error", provider: "google", pattern: new RegExp(`(?:^|\\n)Error: ${TOKEN_CODE}()[ \\t]*\\r?\\n(?=[^\\n]{0,300}\\bnode_modules\\/gaxios\\/)`) },
  // gcloud's, its command in brackets: "ERROR: (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant:
  // Bad Request" (the reason phrase after the code is its own words for the status, 400).
  { name: "gcloud's token refresh error", provider: "google", pattern: new RegExp(`\\bERROR: \\(gcloud\\.[\\w.-]{1,100}\\) There was a problem refreshing your current auth tokens: ${TOKEN_CODE}(?:: ([^\\r\\n]{0,1000}))?`) },
];

/** The printouts, most specific first. */
export const LOG_FORMATS: readonly LogFormat[] = [
  N8N_ERROR,
  N8N_PANEL,
  {
    // PHP's print_r of a response's header lines as a list (sendgrid-php's `print_r($response->headers())`: "Array ( [0] =>
    // HTTP/1.1 401 Unauthorized [1] => Server: nginx ... )", an item a line or all on one), the body echoed after its bracket.
    // A status line further down the list is the next response's (a `100 Continue` first): the last counts.
    name: "PHP print_r of header lines",
    find(t) {
      const m = /\[\d{1,4}\] => (?=HTTP\/\d(?:\.\d)? [1-5]\d\d\b)/.exec(t);
      if (!m) return undefined;
      const region = t.slice(m.index, m.index + 65_536);
      const close = region.search(/(?:^|\s)\)[ \t]*(?:\r?\n|$)/);
      let status: StatusLine | undefined;
      let headers: HeaderPair[] = [];
      for (const raw of (close < 0 ? region : region.slice(0, close)).split(/\s*\[\d{1,4}\] =>[ \t]?/, 4 * MAX_HEADERS)) {
        const item = raw.trim();
        const line = statusLine(item);
        if (line) {
          status = line;
          headers = [];
        } else if (item !== "" && headers.length < MAX_HEADERS) headerLine(item, headers);
      }
      if (status === undefined) return undefined;
      const rest = close < 0 ? "" : region.slice(close).replace(/^\s*\)/, "").trim();
      const body = leadingJson(rest) ?? (rest || undefined);
      return { what: "PHP's print_r of the response's header lines", status: status.status, ...(status.statusText ? { statusText: status.statusText } : {}), headers, ...(body ? { body } : {}) };
    },
  },
  {
    // dropbox-sdk-js's DropboxResponseError, whose message is "Response failed with a 400 code" (its `error` member, the API's body, is
    // printed apart when at all): Dropbox's, at that status.
    name: "dropbox-sdk-js DropboxResponseError",
    find(t) {
      const m = /\bResponse failed with an? ([45]\d\d) code\b/.exec(t);
      if (!m) return undefined;
      const body = bodyNear(t, m.index + m[0].length, 1);
      return { what: "dropbox-sdk-js's DropboxResponseError", status: num(m[1]), provider: "dropbox", providerBy: "dropbox-sdk-js's DropboxResponseError", ...(body ? { body } : {}) };
    },
  },
  {
    // tus-js-client's DetailedError, an upload's failed request: "tus: unexpected response while uploading chunk, originated from request
    // (method: PATCH, url: https://..., response code: 408, response text: stream timeout, request id: n/a)"; its older releases print
    // the code and the text alone. The text is the response's body; a request id is the one the client sent (`X-Request-ID`).
    name: "tus-js-client DetailedError",
    find(t) {
      const m = /\btus: [^\r\n]{0,300}?, originated from request \((?:method: ([A-Z]{3,7}), url: (\S{1,2000}), )?response code: ([1-5]\d\d), response text: /.exec(t);
      if (!m) return undefined;
      let text = restOfLine(t, m.index + m[0].length).trimEnd().replace(/\)$/, "");
      const id = /, request id: ([^\s,()]{1,200})$/.exec(text);
      if (id) text = text.slice(0, id.index);
      return {
        what: "tus-js-client's DetailedError",
        status: num(m[3]),
        ...(m[1] ? { method: m[1] } : {}),
        ...(m[2] ? { url: m[2].replace(/,$/, "") } : {}),
        ...(text.trim() ? { body: text.trim() } : {}),
        ...(id && id[1] !== "n/a" ? { headers: [["X-Request-Id", id[1]!] as HeaderPair] } : {}),
      };
    },
  },
  {
    // A script's print of a response's parts, each after its label, on one line or on lines of their own: "Response status code: 403",
    // "Response headers: {'content-type': ..., 'x-csrf-token': '...'}" (a dict), "Response text: {"code":0,"message":"..."}" (a Python
    // script's `print(f"Response status code: {r.status_code} ... Response headers: {r.headers} ... Response text: {r.text}")` against
    // Roblox's web API). The text label is required: a status and headers alone are other readers'.
    name: "a response's status, headers and text, each labelled",
    find(t) {
      const status = /\bResponse status(?: code)?:[ \t]*([45]\d\d)\b/.exec(t);
      if (!status) return undefined;
      const rest = t.slice(status.index + status[0].length, status.index + status[0].length + 65_536);
      const text = /\bResponse (?:text|body|content):[ \t]*/.exec(rest);
      if (!text) return undefined;
      const dict = /\bResponse headers:[ \t]*(?=\{)/.exec(rest.slice(0, text.index));
      const headers = dict ? headersOf(bracketed(rest, dict.index + dict[0].length) ?? "").headers : undefined;
      const at = text.index + text[0].length;
      const body = rest.charAt(at) === "{" || rest.charAt(at) === "[" ? (bracketed(rest, at) ?? restOfLine(rest, at)) : restOfLine(rest, at).trim();
      // (A label alone on its line, the body below it, is a logger's: msrest's "Response content:", read by its own reader.)
      if (!body) return undefined;
      return { what: "a response's status, headers and text, each labelled", status: num(status[1]), ...(headers?.length ? { headers } : {}), body };
    },
  },
  {
    // urllib3's retries ran out on a status: `ResponseError('too many 429 error responses')` under requests' RetryError,
    // or spotipy's "http status: 429, ... Max Retries, reason: too many 404 error responses". The status is the one the
    // server kept sending, whatever the client reports around it (spotipy says 429 for every exhausted retry).
    name: "urllib3's retries exhausted on a status",
    find(t) {
      const m = /\btoo many (\d{3}) error responses\b/.exec(t);
      if (!m) return undefined;
      const host = /HTTPS?ConnectionPool\(host='([A-Za-z0-9.-]{1,253})'/.exec(t);
      const path = /Max retries exceeded with url:\s{1,4}(\/\S{0,2000})/.exec(t);
      const url = host && path ? `https://${host[1]}${path[1]}` : lastUrlIn(t.slice(Math.max(0, m.index - 2100), m.index));
      return {
        what: "urllib3's retries exhausted (\"too many ... error responses\")",
        status: num(m[1]),
        ...(url ? { url } : {}),
        notes: ["The client retried until it gave up: the status read is the one the server kept sending."],
      };
    },
  },
  {
    // openai-python and anthropic-sdk-python: `openai.RateLimitError: Error code: 429 - {'error': {...}}`
    name: "OpenAI or Anthropic SDK error",
    find(t) {
      // (A terminal may have wrapped the line after its label: "OpenAIException - Error code: \n429 - {'error': ...".)
      const m = /\bError code:(?: |[ \t]*\r?\n)(\d{3}) ?- ?/.exec(t);
      if (!m) return undefined;
      // The body may start on the next line, and a terminal (or the person pasting) may have broken its strings.
      const at = m.index + m[0].length + (/^[ \t]*\r?\n[ \t]*(?=[{[])/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[0].length ?? 0);
      const whole = t.charAt(at) === "{" || t.charAt(at) === "[" ? bracketedAcrossWraps(t, at) : undefined;
      // A dict that the paste ends before its last braces close (a poster's selection one character short: `..., 'type': None}`)
      // is read closed, when closing it is all it lacks.
      const unclosed = whole === undefined && t.charAt(at) === "{" ? closedAtEnd(t.slice(at, at + 65_536).trimEnd()) : undefined;
      // A message kept inside a JSON string (a notebook's error output, `"message": "Error code: 400 - {'error': {'message': \"Invalid
      // 'messages[0].content': ...\", ...}}"`): the dict with the string's escapes read, when only then it reads.
      const line = whole === undefined && t.charAt(at) === "{" ? restOfLine(t, at) : "";
      const inString = line.includes('\\"') ? bracketed(line.replace(/\\(["\\])/g, "$1"), 0) : undefined;
      const body = (inString !== undefined && jsonOrRelaxed(inString) !== undefined ? inString : undefined) ?? whole ?? unclosed ?? restOfLine(t, at);
      // The exception's module says whose SDK printed it: `anthropic.AuthenticationError` is Anthropic's. `openai.RateLimitError`
      // names no provider: the openai package is how every OpenAI-compatible API is called (Groq, Azure, vLLM, a local server),
      // and OpenAI's own body names OpenAI (its fingerprint). Either way the response is a provider's, never the backend's.
      // LiteLLM names what openai-python raised inside it `OpenAIException` ("RateLimitError: OpenAIException - Error code: 429 - {...}").
      const before = t.slice(Math.max(0, m.index - 200), m.index);
      const sdk = (/\b(openai|anthropic)[.\s][A-Za-z]*Error\b/i.exec(before)?.[1] ?? /\b(OpenAI|Anthropic)Exception\b/.exec(before)?.[1])?.toLowerCase();
      return {
        what: "the SDK's `Error code: NNN - ...` message",
        status: num(m[1]),
        ...(body ? { body } : {}),
        ...(unclosed === undefined ? {} : { notes: ["The body ends the paste without its last closing brace: it was read closed there."] }),
        // Only these SDKs (and others generated the same way, groq-python's) word their error so: whichever printed it, it is a provider's response.
        ...(sdk === "anthropic" ? { provider: sdk } : { providerClient: sdk === "openai" ? "openai-python" : "an SDK whose errors read `Error code: NNN - {...}` (openai-python's form)" }),
      };
    },
  },
  {
    // OpenAPI Generator's Ruby clients (hubspot-api-ruby, ...): ApiError#message's "Error message: the server returns an error\n
    // HTTP status code: 401\nResponse headers: {"date"=>"...", ...}\nResponse body: {...}". The header hash is read pair by pair:
    // a log may cut it.
    name: "OpenAPI Generator Ruby ApiError",
    find(t) {
      const m = /^[ \t]*HTTP status code: (\d{3})[ \t]*\r?$/m.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 65536);
      const line = /^\r?\n[ \t]*Response headers: ([^\r\n]{0,20000})/.exec(after)?.[1] ?? "";
      const headers = headerPairsIn(line, /"([A-Za-z0-9-]{1,100})"=>"([^"\\]{0,2000})"/g);
      const bodyAt = after.indexOf("Response body: ");
      const body = bodyAt < 0 ? "" : after.slice(bodyAt + "Response body: ".length).trim();
      return {
        what: "an OpenAPI Generator Ruby client's ApiError",
        status: num(m[1]),
        ...(headers.length ? { headers } : {}),
        ...(body ? { body: leadingJson(body) ?? body } : {}),
      };
    },
  },
  {
    // OpenAPI Generator's Python clients (HubSpot's and most generated SDKs): ApiException's
    // "(429)\nReason: Too Many Requests\nHTTP response headers: HTTPHeaderDict({...})\nHTTP response body: {...}".
    name: "OpenAPI Generator ApiException",
    find(t) {
      // (Its first line cut off, a paste that starts at "Reason: Forbidden" above the headers: the reason phrase says the status.)
      const m = /\((\d{3})\)[ \t]*\r?\n/.exec(t) ?? cutAbove(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 65536);
      const reason = /^(?:[ \t]*\r?\n)?Reason: ([^\r\n]{0,200})/.exec(after)?.[1]?.trim();
      const bodyAt = after.indexOf("HTTP response body:");
      // The status alone in brackets is no printout: the reason or the body line says it is this one.
      if (reason === undefined && bodyAt < 0) return undefined;
      const headersAt = after.indexOf("HTTP response headers: ");
      const dict = headersAt >= 0 && (bodyAt < 0 || headersAt < bodyAt) ? after.indexOf("{", headersAt) : -1;
      const headersText = dict >= 0 && dict - headersAt < 64 ? bracketed(after, dict) : undefined;
      const body = bodyAt < 0 ? undefined : after.slice(bodyAt + "HTTP response body:".length).trim();
      const pkg = exceptionPackage(t, m.index - 300, m.index);
      return {
        what: "an OpenAPI Generator client's ApiException",
        ...(pkg ? { provider: pkg } : {}),
        status: num(m[1]),
        ...(reason ? { statusText: reason } : {}),
        ...(headersText === undefined ? {} : headersOf(headersText)),
        ...(body ? { body: leadingJson(body) ?? body } : {}),
      };
    },
  },
  {
    // python-slack-sdk: `The request to the Slack API failed. (url: ...)\nThe server responded with: {...}`
    name: "python-slack-sdk SlackApiError",
    find(t) {
      const m = /The server responded with: ?/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const body = t.charAt(at) === "{" ? bracketed(t, at) : undefined;
      if (!body) return undefined;
      const url = /\(url: (?=(https?:\/\/[^\s)]{1,2000}))\1\)/.exec(t)?.[1];
      return { what: "python-slack-sdk's SlackApiError (Slack answers errors with HTTP 200; the status is not printed)", body, provider: "slack", ...(url ? { url } : {}) };
    },
  },
  {
    // @slack/web-api (Node): "Error: An API error occurred: token_revoked" (its platform error; Slack answers with HTTP 200).
    name: "@slack/web-api platform error",
    find(t) {
      const m = /An API error occurred: ([a-z][a-z0-9_]{1,80})\b/.exec(t);
      if (!m) return undefined;
      return {
        what: "@slack/web-api's platform error (Slack answers errors with HTTP 200; the status is not printed)",
        provider: "slack",
        rebuilt: { value: { ok: false, error: m[1] }, from: `Slack's body rebuilt from the error code (${m[1]}) the client printed` },
      };
    },
  },
  {
    // ExAws (AWS's Elixir client): `{:error, {:http_error, 403, %{body: "<?xml ...>", headers: [{"x-amz-request-id", "..."}, ...],
    // status_code: 403}}}`; aws-elixir's `{:error, {:unexpected_response, %{body: ..., headers: [...], status_code: 403}}}` and
    // HTTPoison's `%HTTPoison.Response{body: ..., headers: [...], status_code: 403}` (the status after the headers).
    // The body is an Elixir string (JSON's escapes), the headers a list of pairs. Older ExAws and arc give the body alone:
    // `{:http_error, 403, "<?xml ...>"}`.
    name: "Elixir HTTP client response",
    find(t) {
      const m = /\{:http_error,\s{1,8}(\d{3}),\s{1,200}(?:%\{body: )?"|(?:\{:unexpected_response,\s{0,8}%\{|%HTTPoison\.Response\{)\s{0,8}body: "/.exec(t);
      if (!m) return undefined;
      const start = m.index + m[0].length;
      const { text: read, end } = escapedString(t, start, ELIXIR_STRING_LIMIT);
      // A terminal's fixed-width wrap puts raw line breaks inside the string, which no Elixir string printed holds: they are removed.
      const unwrapped = read === undefined && /\n/.test(t.slice(start, end)) ? readJson(`"${t.slice(start, end).replace(/[ \t]*\r?\n/g, "")}"`) : undefined;
      const decoded = read ?? (unwrapped?.ok && typeof unwrapped.value === "string" ? unwrapped.value : undefined);
      const list = /^", headers: \[/.exec(t.slice(end, end + 16));
      let headers: HeaderPair[] = [];
      if (list) {
        const close = t.indexOf("]", end);
        const pairs = t.slice(end + list[0].length, close < 0 ? Math.min(t.length, end + 65536) : close);
        headers = headerPairsIn(pairs, ELIXIR_HEADER_PAIR);
      }
      const status = m[1] ?? /\bstatus_code: (\d{3})\b/.exec(t.slice(end, end + 65536))?.[1];
      if (status === undefined) return undefined;
      return {
        what: m[1] ? "ExAws's http_error" : "an Elixir client's response",
        ...(m[1] ? { provider: "aws" } : {}),
        status: num(status),
        ...(headers.length ? { headers } : {}),
        ...(decoded !== undefined ? { body: decoded } : {}),
      };
    },
  },
  {
    // ExAws's http_error for a JSON service, the error already decoded into an Elixir map (CloudWatch's `{:error, {:http_error, 403,
    // %{code: "AccessDenied", message: "User: ... is not authorized to perform: cloudwatch:ListMetrics", request_id: "..."}}}`).
    name: "ExAws's http_error with a decoded error",
    find(t) {
      const m = /\{:http_error, (\d{3}),\s{0,8}%(?=\{\s{0,8}[a-z_]{1,40}: (?!"<))/.exec(t);
      const map = m ? bracketed(t, m.index + m[0].length) : undefined;
      if (!m || map === undefined || /^\{\s{0,8}body: "/.test(map)) return undefined;
      return { what: "ExAws's http_error", provider: "aws", status: num(m[1]), body: fromElixirMap(map) };
    },
  },
  {
    // Req (Elixir): `%Req.Response{status: 429, headers: %{"retry-after" => ["4"], ...}, body: %{"error" => %{...}}, ...}`;
    // its headers a map of lists (before Req 0.4 a list of pairs), its body decoded JSON as an Elixir map, or a string.
    name: "Elixir Req response",
    find(t) {
      const m = /%Req\.Response\{\s{0,8}status: (\d{3}),/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 131072);
      const map = /^\s{0,8}headers: %(?=\{)/.exec(rest);
      const list = map ? undefined : /^\s{0,8}headers: (?=\[)/.exec(rest);
      const headerText = map ? bracketed(rest, map[0].length) ?? rest.slice(map[0].length) : list ? bracketed(rest, list[0].length) ?? rest.slice(list[0].length) : "";
      const headers = headerPairsIn(headerText, map ? /"([A-Za-z0-9_-]{1,100})" => \["((?:[^"\\]|\\.){0,2000})"/g : ELIXIR_HEADER_PAIR);
      const at = rest.indexOf(" body: ", headerText.length);
      let body: string | undefined;
      if (at >= 0 && rest.startsWith('"', at + 7)) body = escapedString(rest, at + 8, ELIXIR_STRING_LIMIT).text;
      else if (at >= 0 && rest.startsWith("%{", at + 7)) {
        // An Elixir map: `%{` is JSON's `{`, `=>` its colon (the relaxed reader takes Ruby's and Elixir's arrows).
        const text = bracketed(rest, at + 8);
        if (text !== undefined) body = fromElixirMap(text);
      }
      return { what: "Req's Response (Elixir)", status: num(m[1]), ...(headers.length ? { headers } : {}), ...(body !== undefined ? { body } : {}) };
    },
  },
  {
    // A Python client's error as its status and the body it kept as bytes (python-keycloak's KeycloakError: "400: b'{"error":
    // "invalid_grant","error_description":"Stale refresh token"}'"), its JSON pretty-printed inside the quotes too ("401: b'\n{\n
    // "error": "unauthorized_client", ...}\n'", as a logger printed Keycloak's body).
    name: "a status and a Python bytes body",
    find(t) {
      const m = /(?:^|[\s:])([45]\d\d): (?=b['"]\s{0,8}[{[])/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const body = readBytesLiteral(t, at + 1).text;
      return jsonOrRelaxed(body.trim()) === undefined ? undefined : { what: "a status and the body a Python client kept as bytes", status: num(m[1]), body };
    },
  },
  {
    // restfly's APIError (pyTenable's, pyjira's clients): "[400: PUT] https://.../issue/132337 body=b'{"errorMessages":[],...}'", the
    // status and the method in brackets, the URL, and the body as Python's bytes.
    name: "restfly's APIError",
    find(t) {
      const m = /\[([45]\d\d): (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\] (?=https?:\/\/)/.exec(t);
      if (!m) return undefined;
      // The URL as printed, up to the body on its line, a poster's mask in it too ("https://<OUR JIRA CLOUD INSTANCE>/api/3/...").
      const start = m.index + m[0].length;
      const at = t.indexOf(" body=", start);
      if (at < 0 || at > lineEnd(t, start) || at - start > 2000 || !/^b['"]/.test(t.slice(at + 6, at + 8))) return undefined;
      const body = readBytesLiteral(t, at + 7).text;
      return { what: "restfly's APIError", status: num(m[1]), url: t.slice(start, at), ...(body.trim() !== "" ? { body } : {}) };
    },
  },
  {
    // Other Elixir clients' answers: a response struct with its status as `status`, `status_code` or `code` (the shopify library's
    // `{:error, %Shopify.Response{code: 401, data: nil}}`), or a tuple of the status and the decoded body (Tentacat's
    // `{403, %{"message" => "API rate limit exceeded for ..."}}`, as a FunctionClauseError prints the argument it could not match).
    name: "Elixir response struct or status tuple",
    find(t) {
      const struct = /%(?:[A-Z]\w{0,40}\.){0,4}Response\{/.exec(t);
      if (struct) {
        const inside = bracketed(t, struct.index + struct[0].length - 1);
        const status = inside === undefined ? undefined : /[{,]\s{0,8}(?:status|status_code|code): ([1-5]\d\d)\s{0,8}[,}]/.exec(inside);
        if (status) {
          const body = /[{,]\s{0,8}(?:body|data): (?=%\{|")/.exec(inside!);
          const at = body ? body.index + body[0].length : -1;
          const map = at < 0 || inside!.startsWith('"', at) ? undefined : bracketed(inside!, at + 1);
          const text = at < 0 ? undefined : map !== undefined ? fromElixirMap(map) : inside!.startsWith('"', at) ? escapedString(inside!, at + 1, ELIXIR_STRING_LIMIT).text : undefined;
          return { what: `an Elixir client's ${struct[0].slice(1, -1)} struct`, status: num(status[1]), ...(text !== undefined ? { body: text } : {}) };
        }
      }
      const tuple = /\{([45]\d\d), %(?=\{)/.exec(t);
      const map = tuple ? bracketed(t, tuple.index + tuple[0].length) : undefined;
      if (!tuple || map === undefined || !/^[,}]/.test(t.slice(tuple.index + tuple[0].length + map.length))) return undefined;
      return { what: "an Elixir client's {status, body} tuple", status: num(tuple[1]), body: fromElixirMap(map) };
    },
  },
  {
    // slacker (Python): "slacker.Error: invalid_auth" (Slack answers errors with HTTP 200); JoliCode's slack-php-api:
    // 'JoliCode\Slack\Exception\SlackErrorResponse: Slack returned error code "ratelimited"'.
    name: "slacker Error",
    find(t) {
      const m = /\bslacker\.Error: ([a-z][a-z0-9_]{1,80})\b|\bSlackErrorResponse: Slack returned error code "([a-z][a-z0-9_]{1,80})"/.exec(t);
      if (!m) return undefined;
      const code = m[1] ?? m[2]!;
      const client = m[1] ? "slacker" : "slack-php-api";
      return {
        what: `${client}'s error (Slack answers errors with HTTP 200; the status is not printed)`,
        provider: "slack",
        rebuilt: { value: { ok: false, error: code }, from: `Slack's body rebuilt from the error code (${code}) ${client} printed` },
      };
    },
  },
  {
    // intuitlib (QuickBooks' OAuth client): "AuthClientError: HTTP status 400, error message: b'{...}', intuit_tid 1-6283b427-..."
    // Intuit's Ruby client prints the same: "IntuitOAuth::OAuth2ClientException Exception: HTTP status 401, error message:
    // {"error":"invalid_client"}, intuit_tid: 1-5ebb4fc0-...".
    name: "intuitlib AuthClientError",
    find(t) {
      const m = /\b(?:AuthClientError|OAuth2ClientException Exception): HTTP status (\d{3}), error message: b?'?/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const body = t.charAt(at) === "{" ? bracketed(t, at) : undefined;
      const tid = /^[^\n]{0,4000}?, intuit_tid:? ([A-Za-z0-9-]{1,128})/.exec(t.slice(at, at + 4100))?.[1];
      return {
        what: m[0].startsWith("Auth") ? "intuitlib's AuthClientError" : "Intuit's OAuth2ClientException",
        provider: "quickbooks",
        status: num(m[1]),
        ...(tid ? { headers: [["intuit_tid", tid] as HeaderPair] } : {}),
        ...(body ? { body } : {}),
      };
    },
  },
  {
    // The gitlab gem: "Server responded with code 403, message: <the body's message or error_description>. Request URI: https://..."
    // Its fixed tail is found first, then the status and message are read back on the same line.
    name: "gitlab gem error",
    find(t) {
      const tail = /\.? Request URI: (https?:\/\/[^\s"'<>\\]{1,2000})/.exec(t);
      if (!tail) return undefined;
      const line = t.slice(Math.max(t.lastIndexOf("\n", tail.index) + 1, tail.index - 4100), tail.index);
      const m = /Server responded with code (\d{3}), message: /.exec(line);
      if (!m) return undefined;
      const message = line.slice(m.index + m[0].length).trim();
      return { what: "the gitlab gem's error", provider: "gitlab", status: num(m[1]), url: tail[1]!, ...(message ? { body: message } : {}) };
    },
  },
  // slack-ruby-client raises TooManyRequestsError for a 429 and only then, its message the wait Slack sent:
  // "Slack::Web::Api::Errors::TooManyRequestsError: Retry after 27 seconds".
  raisedFor429({
    client: "slack-ruby-client",
    error: "TooManyRequestsError",
    provider: "slack",
    pattern: /\bSlack::Web::Api::Errors::TooManyRequestsError: Retry after (?<wait>\d{1,9}) seconds?/,
  }),
  {
    // Go's fmt of an http.Response (`%v`, as an app logs what its client got): "{403 Forbidden 403 HTTP/1.1 1 1 map[Content-Type:[
    // application/json] Www-Authenticate:[Bearer realm=..., error=insufficient_scope, scope="..."]] 0xc2081c6e20 -1 [chunked] false
    // ...}": its status, then its header map. Its body is a pointer there: not in the paste.
    name: "Go http.Response printout",
    find(t) {
      const m = /\{([1-5]\d\d) [^{}\r\n]{0,80}? \1 HTTP\/\d(?:\.\d)? \d \d map\[/.exec(t);
      if (!m) return undefined;
      return {
        what: "Go's printout of an http.Response",
        status: num(m[1]),
        headers: goHeaderMap(t, m.index + m[0].length),
        notes: [GO_BODY_POINTER],
      };
    },
  },
  {
    // The same with its fields named: `%+v` ("&{Status:403 Forbidden StatusCode:403 Proto:HTTP/1.1 ... Header:map[...] ...}") and `%#v`
    // ('{Status:"403 Forbidden", StatusCode:403, Proto:"HTTP/2.0", ..., Header:http.Header{"Retry-After":[]string{"5"}, ...}, ...}',
    // todoist's CLI of CloudFront's 403).
    name: "Go http.Response printout, its fields named",
    find(t) {
      const m = /\bStatus:"?([1-5]\d\d) ([^"\r\n]{0,80}?)"?,? StatusCode:\1,? Proto:"?HTTP\/\d(?:\.\d)?"?/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 65_536);
      const map = /^[^\r\n]{0,200}? Header:map\[/.exec(after);
      const syntax = map ? null : /^[^\r\n]{0,200}? Header:http\.Header\{/.exec(after);
      const at = m.index + m[0].length + (map ?? syntax)?.[0].length!;
      // Its body is a pointer; the app's error above it may say the body's words after the same status ("bad request: 403 Forbidden:
      // Invalid CSRF token"): kept as the body, as the app read it.
      const above = new RegExp(`(?:^|\\n)[^\\r\\n]{0,200}\\b${m[1]} [A-Za-z ]{2,40}: ([^\\r\\n]{1,2000})`).exec(t.slice(Math.max(0, m.index - 4096), m.index))?.[1]?.replace(/[`'"]+[ \t]*$/, "").trim();
      return {
        what: "Go's printout of an http.Response",
        status: num(m[1]),
        statusText: m[2]!.trim(),
        ...(above ? { body: above } : {}),
        headers: map ? goHeaderMap(t, at) : syntax ? goHeaderSyntax(t, at) : [],
        notes: [above ? "Go prints the response's body as a pointer: the body is the words the error above it printed after the status." : GO_BODY_POINTER],
      };
    },
  },
  // @slack/web-api's error for a 429 it was told not to wait out itself (`rejectRateLimitedCalls`), the wait Slack sent in it:
  // "A rate limit was exceeded (url: chat.update, retry-after: 10)".
  raisedFor429({
    client: "@slack/web-api",
    error: "rate-limited error",
    provider: "slack",
    pattern: /\bA rate limit was exceeded \(url: [\w./-]{1,200}, retry-after: (?<wait>\d{1,9})\)/,
  }),
  // python-telegram-bot's RetryAfter and aiogram's TelegramRetryAfter are raised for Telegram's flood control (its 429) only,
  // the `retry_after` it sent in their words: "telegram.error.RetryAfter: Flood control exceeded. Retry in 20 seconds" ("20.0"
  // in older versions), "TelegramRetryAfter: Telegram server says - Flood control exceeded on method 'GetUpdates'. Retry in 5 seconds."
  raisedFor429({
    client: "a Telegram client",
    error: "RetryAfter",
    provider: "telegram",
    pattern: /\b(?:RetryAfter|TelegramRetryAfter): (?<message>(?:Telegram server says - )?Flood control exceeded\b[^\r\n]{0,200}?\. Retry in (?<wait>\d{1,9})(?:\.\d{1,3})? seconds?\.?)/,
  }),
  {
    // slack-ruby-client: "...:in `on_complete': missing_scope (Slack::Web::Api::Errors::MissingScope)", or "#<Slack::Web::Api::Errors::SlackError: channel_not_found>"
    name: "slack-ruby-client SlackError",
    find(t) {
      const m = /: ([a-z][a-z0-9_]{1,80}) \(Slack::Web::Api::(?:Errors::)?[A-Za-z]{1,80}\)|#<Slack::Web::Api::Errors::[A-Za-z]{1,80}: ([a-z][a-z0-9_]{1,80})>/.exec(t);
      if (!m) return undefined;
      const code = m[1] ?? m[2]!;
      return {
        what: "slack-ruby-client's error (it prints only Slack's error code)",
        provider: "slack",
        rebuilt: { value: { ok: false, error: code }, from: `Slack's body rebuilt from the error code (${code}) the client printed` },
      };
    },
  },
  {
    // aws-sdk-php's AwsException: Guzzle's message, then "ExpiredToken (client): The provided token has expired. - <?xml ...":
    // the AWS error code and message, which Guzzle's own line (its body cut at 120 characters) may lose.
    name: "aws-sdk-php AwsException",
    find(t) {
      const m = /\b([A-Z][A-Za-z0-9.]{1,127}) \((?:client|server)\): /.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 2000);
      // The message ends where the body begins (" - <?xml", " - {"): without a body after it, this is not the printout.
      const dash = rest.search(/ - [ \t]*[<{]/);
      if (dash < 0) return undefined;
      const message = rest.slice(0, dash).trim();
      const guzzle = guzzleLine(t.slice(0, m.index));
      const id = /<RequestId>([A-Za-z0-9-]{1,128})<\/RequestId>/.exec(rest)?.[1];
      const url = guzzle && /^https?:\/\//.test(guzzle.url) ? guzzle.url : undefined;
      // Without Guzzle's line, the SDK's own words before the code may state the status ("AWS HTTP error: Client error: 403
      // SignatureDoesNotMatch (client): ...").
      const stated = guzzle ? undefined : new RegExp(`\\bAWS HTTP error: (?:Client|Server) error: ([45]\\d\\d) ${m[1]!.replace(/\./g, "\\.")} \\((?:client|server)\\): `).exec(t.slice(Math.max(0, m.index - 80), m.index + m[0].length))?.[1];
      return {
        what: "aws-sdk-php's AwsException",
        // The request URL names the provider when there is one: the SDK also calls S3-compatible stores (Cloudflare's R2).
        ...(url ? { url } : { provider: "aws" }),
        ...(id ? { headers: [["x-amz-request-id", id] as HeaderPair] } : {}),
        ...(guzzle ? { status: guzzle.status, method: guzzle.method } : stated !== undefined ? { status: num(stated) } : {}),
        rebuilt: { value: { __type: m[1], message }, from: `AWS's error body rebuilt from the code (${m[1]}) and message aws-sdk-php printed` },
      };
    },
  },
  {
    // aws-sdk-ruby's log line for a call (its default formatter: "[:client_class :http_response_status_code :time :retries retries]
    // :operation(:request_params) :error_class :error_message"), as logstash's CloudWatch input logs it: "[Aws::CloudWatch::Client 403
    // 2.13857 0 retries] list_metrics(namespace:\"AWS/EC2\") Aws::CloudWatch::Errors::InvalidClientTokenId The security token included in
    // the request is invalid." The status is the line's own; the error class names AWS's code.
    name: "aws-sdk-ruby's log line",
    find(t) {
      const m = /\[Aws::([A-Za-z0-9]{1,60})::Client ([1-5]\d\d) \d{1,6}(?:\.\d{1,9})? \d{1,3} retries\] [a-z][a-z0-9_]{0,100}\(/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 8000);
      const line = rest.slice(0, rest.search(/\r?\n|$/));
      const error = new RegExp(`\\) Aws::${m[1]}::Errors::([A-Za-z0-9]{1,100})(?: ([^\\r\\n]{1,2000}))?$`).exec(line);
      if (!error) return undefined;
      const message = error[2]?.trim();
      return {
        what: "aws-sdk-ruby's log line",
        provider: "aws",
        status: num(m[2]),
        rebuilt: { value: { __type: error[1], ...(message ? { message } : {}) }, from: `AWS's error body rebuilt from the code (${error[1]}) and message aws-sdk-ruby logged` },
      };
    },
  },
  {
    // google-ads-python's GoogleAdsException as it prints: 'Request with ID "OH1WdoMTodQvElrDm-kepg" failed with status
    // "PERMISSION_DENIED" and includes the following errors:', then each error's message. The gRPC status stands for its HTTP one
    // (google.rpc.Code's mapping), and the request's id is the one Google Ads support asks for.
    name: "google-ads-python's GoogleAdsException",
    find(t) {
      const m = /\bRequest with ID "([\w-]{8,64})" failed with status "([A-Z_]{2,40})" and includes the following errors:/.exec(t);
      const rpc = m ? GOOGLE_RPC.get(m[2]!) : undefined;
      if (!m || rpc === undefined || rpc.http < 400) return undefined;
      const message = /^\s{0,40}Error with message "([^"\r\n]{1,2000})"/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 2200))?.[1];
      return {
        what: "google-ads-python's GoogleAdsException",
        provider: "google",
        status: rpc.http,
        statusSaid: `its gRPC status ${m[2]} stands for HTTP ${rpc.http}`,
        headers: [["request-id", m[1]!] as HeaderPair],
        rebuilt: { value: { error: { code: rpc.http, status: m[2], message: message ?? "" } }, from: "Google's error body rebuilt from the status and message google-ads-python printed" },
      };
    },
  },
  {
    // The Webex JavaScript SDK's HTTP error (its http-core's): the status's name as the class, the message, the request (its method, or
    // "undefined"), and the tracking id, Webex's request id ("BadRequest: One (or more) of the arguments is invalid.\nPOST https://
    // hydra-a.wbx2.com/v1/messages\nWEBEX_TRACKING_ID: webex-js-sdk_1a405bb8-..."). An older SDK named a 429 it had no class for
    // `BadRequest`, with the 429's own words ("The user has sent too many requests in a given amount of time"): those words decide.
    name: "the Webex JavaScript SDK's HTTP error",
    find(t) {
      const at = t.indexOf("WEBEX_TRACKING_ID: ");
      if (at < 0) return undefined;
      const above = t.slice(Math.max(0, at - 4200), at);
      // The request's line right above the id, when printed; the error's line above that.
      const request = /(?:^|\n)(?:([A-Z]{3,7})|undefined) (https?:\/\/\S{1,2000})\r?\n$/.exec(above);
      const before = request ? above.slice(0, request.index) : above.replace(/\r?\n$/, "");
      const line = before.slice(before.lastIndexOf("\n") + 1).replace(/\r$/, "");
      // The class is the last status name followed by its colon on that line (after an unhandled rejection's words).
      let named: RegExpExecArray | undefined;
      for (const c of line.matchAll(/(?<![\w.])([A-Z][A-Za-z]{2,40}): /g)) if (DOTNET_STATUS_NAMES.has(c[1]!)) named = c;
      if (named === undefined) return undefined;
      const message = line.slice(named.index + named[0].length);
      const status = /^The user has sent too many requests in a given amount of time\b/.test(message) ? 429 : DOTNET_STATUS_NAMES.get(named[1]!)!;
      if (status < 400) return undefined;
      const id = /^WEBEX_TRACKING_ID: ([\w*.-]{4,200})/.exec(t.slice(at, at + 240))?.[1];
      return {
        what: "the Webex JavaScript SDK's HTTP error",
        status,
        ...(request?.[2] ? { url: request[2] } : {}),
        ...(request?.[1] ? { method: request[1] } : {}),
        body: message.trim(),
        ...(id ? { headers: [["X-Request-Id", id] as HeaderPair], notes: [`The WEBEX_TRACKING_ID the SDK printed (${id}), Webex's request id, was read as the response's X-Request-Id.`] } : {}),
      };
    },
  },
  {
    // The Mashery API gateway's error code (Egnyte's and TomTom's APIs behind it), its status inside it: "Could not get ACLs:
    // ERR_403_DEVELOPER_OVER_QPS" (https://support.mashery.com/docs/read/mashery_api/20_reporting/error_codes). Its words are the
    // code's, as the gateway's header says them ("Developer Over Qps"), which the rules read.
    name: "the Mashery gateway's error code",
    find(t) {
      const codes = [...t.matchAll(/\bERR_([45]\d\d)_((?:DEVELOPER|ACCOUNT|SERVICE|NOT|UNKNOWN|BAD|GATEWAY|INTERNAL|METHOD|REQUEST|HTTPS|AUTH)[A-Z_]{0,60})\b/g)];
      const m = codes[0];
      // Two codes are a list of them (Egnyte's throttling page: "ERR_403_DEVELOPER_OVER_QPS Exceeded per second throttle" and the
      // daily quota's), no failure.
      if (!m || codes.some((c) => c[0] !== m[0])) return undefined;
      const words = m[2]!.split("_").map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
      return { what: "the Mashery gateway's error code (its status is in it)", status: num(m[1]), body: words };
    },
  },
  {
    // npm's error code for a registry's answer, E and the status (npm-registry-fetch's `E${res.status}`): "npm ERR! code E401", npm 10's
    // "npm error code E403"; the lines below it, npm's words on the failure.
    name: "npm's E<status> code",
    find(t) {
      const m = /^npm (?:ERR!|error) code E([45]\d\d)[ \t]*\r?$/m.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 65_536);
      // Its line of the call: "npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/dts-gen - You do not have permission ...",
      // or with the status once ("npm ERR! 429 Too Many Requests - GET https://registry.npmjs.org/aws4").
      const call = new RegExp(`^npm (?:ERR!|error) ${m[1]} (?:${m[1]} )?[A-Za-z ]{2,40} - ([A-Z]{3,7}) (https?://\\S{1,2000})(?: - ([^\\r\\n]{1,2000}))?\\r?$`, "m").exec(rest);
      const said = call?.[3] ?? /^npm (?:ERR!|error) (?![0-9]{3}\b)(?!code\b)([A-Za-z][^\r\n]{0,2000})$/m.exec(rest)?.[1];
      return {
        what: "npm's error code, E and the status",
        status: num(m[1]),
        ...(call ? { method: call[1]!, url: call[2]! } : {}),
        ...(said ? { body: said.trim() } : {}),
      };
    },
  },
  {
    // openai-python 0.x's log of an error it got (its `logfmt`): "error_code=429 error_message='Requests to the ... Please retry after 3
    // seconds. ...' error_param=None error_type=None message='OpenAI API error received'". Azure OpenAI's code is its status.
    name: "openai-python 0.x's error log",
    find(t) {
      const m = /\berror_code=([45]\d\d) error_message='((?:[^'\\\r\n]|\\.){1,4000})'/.exec(t);
      if (!m) return quotaLogged(t) ?? openaiV0Raised(t);
      const message = m[2]!.replace(/\\(.)/g, "$1");
      return {
        what: "openai-python 0.x's error log line",
        status: num(m[1]),
        rebuilt: { value: { error: { code: m[1]!, message } }, from: "the error body rebuilt from the code and message openai-python logged" },
      };
    },
  },
  {
    // Typhoeus's debug line (ethon's, under every OpenAPI Generator Ruby client, HubSpot's among them): "ETHON: performed EASY
    // effective_url=https://... response_code=400 return_code=ok total_time=0.47", the body the client logs after it below.
    name: "Typhoeus's ETHON line",
    find(t) {
      const m = /\bETHON: performed EASY effective_url=(\S{1,2000}) response_code=([45]\d\d)\b/.exec(t);
      if (!m) return undefined;
      const body = bodyNear(t, m.index, 1);
      return { what: "Typhoeus's ETHON debug line", status: num(m[2]), ...(/^https?:\/\//.test(m[1]!) ? { url: m[1]! } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // AsyncAws's HttpException (async-aws/core, Symfony's SQS and S3 bridges): 'HTTP 403 returned for "https://sqs...".', then the
    // AWS error's members a labelled line each ("Code:    InvalidSignatureException", "Message: Signature expired: ...").
    name: "AsyncAws HttpException",
    find(t) {
      const m = /\bHTTP ([45]\d\d) returned for "(https?:\/\/[^"\s]{1,2000})"\.?/.exec(t);
      if (!m) return undefined;
      const below = t.slice(m.index + m[0].length, m.index + m[0].length + 4096);
      const code = /^[ \t]*Code:[ \t]+([A-Za-z][\w.]{0,127})[ \t]*\r?$/m.exec(below)?.[1];
      const message = /^[ \t]*Message:[ \t]+(\S[^\r\n]{0,2000}?)[ \t]*\r?$/m.exec(below)?.[1];
      return {
        what: "AsyncAws's HttpException",
        status: num(m[1]),
        url: m[2]!,
        ...(code !== undefined || message !== undefined
          ? { rebuilt: { value: { ...(code ? { __type: code } : {}), ...(message ? { message } : {}) }, from: "the AWS error's code and message AsyncAws printed below its line" } }
          : {}),
      };
    },
  },
  {
    // Guzzle 4 and 5 (guzzlehttp/command's clients, Walmart's PHP SDK): "Client error response [url] https://... [status code] 401 [reason
    // phrase] Unauthorized", no body.
    name: "Guzzle 5 RequestException",
    find(t) {
      const m = /\b(?:Client|Server) error response \[url\] (\S{1,2000}) \[status code\] (\d{3}) \[reason phrase\] ([A-Za-z][A-Za-z -]{0,60})/.exec(t);
      return m ? { what: "Guzzle 5's exception message", url: m[1]!, status: num(m[2]), statusText: m[3]!.trim() } : undefined;
    },
  },
  {
    // Guzzle: "Client error: `GET https://...` resulted in a `403 Forbidden` response:\n{...}"; the backticks are lost
    // where Markdown rendered them ("Client error: GET https://... resulted in a 401 Unauthorized response: {...}").
    name: "Guzzle RequestException",
    find(t) {
      const m = guzzleLine(t);
      if (!m) return undefined;
      let rest = t.slice(m.end);
      rest = rest.startsWith(":") ? rest.slice(1).replace(/^[ \t]*\r?\n/, "") : "";
      const notes: string[] = [];
      const cut = rest.search(/ ?\(truncated\.\.\.\)/);
      // zendesk_api_client_php's ApiResponseException adds the whole body below Guzzle's cut one, after "[details] ".
      const details = cut >= 0 ? /\n[ \t]*\[details\][ \t]*(?=[{[])/.exec(rest.slice(cut, cut + 4096)) : null;
      const whole = details ? bracketed(rest, cut + details.index + details[0].length) : undefined;
      if (whole !== undefined) {
        rest = whole;
        notes.push("Guzzle cut the body it printed (truncated...): the whole body printed after [details] was read.");
      } else if (cut >= 0) {
        rest = rest.slice(0, cut);
        // A JSON body cut mid-way is read up to its last complete member: the code and the request id usually come first.
        const closed = closeCutJson(rest.trim());
        if (closed !== undefined) rest = closed;
        notes.push(
          closed !== undefined
            ? "Guzzle cut the body it printed (truncated...): it was read up to its last complete member, and what follows the cut is unknown."
            : "Guzzle cut the body it printed (truncated...): what follows the cut is unknown.",
        );
      } else rest = rest.split(/\r?\n(?:Stack trace:|#0 |\s+at )/, 1)[0]!;
      return { what: "Guzzle's exception message", method: m.method, url: m.url, status: m.status, statusText: m.reason, ...(rest.trim() ? { body: rest.trim() } : {}), notes };
    },
  },
  {
    // azcore (Azure SDK for Go): "GET https://...\n----\nRESPONSE 403: 403 Forbidden\nERROR CODE: X\n----\n{json}\n----"
    name: "Azure SDK ResponseError",
    find(t) {
      const m = /RESPONSE (\d{3}): (\d{3}[^\r\n]{0,200})\r?\n/.exec(t);
      if (!m) return undefined;
      const before = t.slice(Math.max(0, m.index - 4096), m.index);
      // The request line above the rule, also after a log's words on its line (komiser's "WARN[...] failed to query usage: POST https://...").
      const req =
        /(?:^|\n)[ \t]*([A-Z]{3,7}) (https?:\/\/\S{1,2000})[ \t]*\r?\n[^\n]*$/.exec(before) ??
        /(?:^|\n)[ \t]*([A-Z]{3,7}) (https?:\/\/\S{1,2000})[ \t]*\r?\n/.exec(before) ??
        /[\s:]([A-Z]{3,7}) (https?:\/\/\S{1,2000})[ \t]*\r?\n[ \t]*-{10,}[ \t]*\r?\n?$/.exec(before);
      const after = t.slice(m.index + m[0].length);
      // Its rules may be indented, as the whole error is when a tool quotes it (Pulumi's diagnostics).
      const dash = /^[ \t]*-{10,}[ \t]*\r?\n/m.exec(after);
      let body: string | undefined;
      if (dash) {
        const start = dash.index + dash[0].length;
        const end = after.slice(start).search(/\r?\n[ \t]*-{10,}/);
        body = (end < 0 ? after.slice(start) : after.slice(start, start + end)).trim();
      }
      return {
        what: "the Azure SDK's RESPONSE block",
        status: num(m[1]),
        statusText: m[2]!.replace(/^\d{3} ?/, ""),
        ...(req ? { method: req[1]!, url: req[2]! } : {}),
        ...(body ? { body } : {}),
      };
    },
  },
  {
    // google-api-python-client: `<HttpError 403 when requesting https://... returned "Request had
    // insufficient authentication scopes.". Details: "[{'message': ..., 'domain': 'global', 'reason': 'insufficientPermissions'}]">`
    name: "Python googleapiclient HttpError",
    find(t) {
      // Rich's traceback panel wraps it at the panel's width: a line break counts as the space it replaced.
      // (Or as str() prints it, without the repr's brackets, its URL "None" when the request had none: rclone-like uploaders' logs.)
      const m = /(?:<|\b)HttpError (\d{3}) when requesting\s{1,8}(\S{1,4000})\s{1,8}returned "/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 65536);
      // The message is quoted as is (quotes inside it included): it ends where the details or the repr do.
      const details$ = /"\. Details:\s{1,8}"/.exec(rest);
      const withDetails = details$ ? details$.index : -1;
      const end = withDetails >= 0 ? withDetails : rest.indexOf('">');
      const message = (end >= 0 ? rest.slice(0, end) : restOfLine(rest, 0)).replace(/\s*\n\s*/g, " ");
      const error: Record<string, unknown> = { code: Number(m[1]), message };
      const at = withDetails + (details$?.[0].length ?? 0);
      const printed = withDetails >= 0 && rest.charAt(at) === "[" ? bracketed(rest, at) : undefined;
      const details = printed === undefined ? undefined : readRelaxedJson(printed);
      // The client prints the legacy `errors[]` (reason, domain) or AIP-193's `details[]` (`@type`): put it back where it came from.
      if (Array.isArray(details)) error[details.some((d) => isRecord(d) && typeof d["@type"] === "string") ? "details" : "errors"] = details;
      return {
        what: "google-api-python-client's HttpError",
        provider: "google",
        status: num(m[1]),
        ...(/^https?:\/\//.test(m[2]!) ? { url: m[2]! } : {}),
        rebuilt: { value: { error }, from: "Google's error body rebuilt from the status, message and details HttpError printed" },
      };
    },
  },
  {
    // A Swift error value that keeps the status as an optional member, as Swift prints it (the Chargebee iOS SDK's
    // `invalidRequest(errorResponse: Chargebee.CBErrorDetail(message: "... not found", type: Optional("invalid_request"), apiErrorCode:
    // Optional("resource_not_found"), param: nil, httpStatusCode: Optional(404)))`): the status, and its message member the body's words.
    name: "a Swift value's optional status",
    find(t) {
      const m = /\b(?:httpStatusCode|statusCode|httpStatus): Optional\(([1-5]\d\d)\)/.exec(t);
      if (!m) return undefined;
      const line = t.slice(t.lastIndexOf("\n", m.index) + 1, m.index);
      const message = /\bmessage: (?:Optional\()?"((?:[^"\\\r\n]|\\.){1,2000})"/.exec(line)?.[1];
      return { what: "a Swift value's optional status member", status: num(m[1]), ...(message ? { body: message } : {}) };
    },
  },
  {
    // Foundation's NSHTTPURLResponse as Swift and Objective-C print it: "<NSHTTPURLResponse: 0x7fb5d070a850> { URL: https://... }
    // { status code: 401, headers {\n    "request-id" = "ca06...";\n ... } }" (iOS 13 and later: "Status Code", "Headers", each value
    // in parentheses on its own line). An app prints the body apart, often as Optional("{\"error\": ...}").
    name: "NSHTTPURLResponse",
    find(t) {
      const m = /<NSHTTPURLResponse: 0x[0-9a-fA-F]{1,16}> \{ URL: (\S{1,4000}) \} \{ [Ss]tatus [Cc]ode: (\d{3}), [Hh]eaders \{/.exec(t);
      if (!m) return undefined;
      const after = m.index + m[0].length;
      const end = t.indexOf("\n}", after);
      const block = t.slice(after, end < 0 ? after + 65536 : end);
      const headers = headerPairsIn(block, /^[ \t]*"?([A-Za-z0-9-]{1,100})"? = [ \t]*(?:\([ \t]*\r?\n[ \t]*)?"?((?:[^"\\\r\n;]|\\.){0,4000})"?[ \t]*\r?\n?[ \t]*\)?;/gm);
      // The body after it: JSON, or a Swift Optional of an escaped string.
      const rest = end < 0 ? "" : t.slice(end, end + 65536);
      const optional = /Optional\("(\{(?:[^"\\]|\\.){0,65536}\})"\)/.exec(rest);
      const body = optional ? (readJson(`"${optional[1]}"`) as { ok: boolean; value?: unknown }) : undefined;
      // Or AFNetworking's NSError around it, the body as text in its userInfo's NSLocalizedRecoverySuggestion ("UserInfo=0x7fe1
      // {NSLocalizedRecoverySuggestion={"errors":[...]}, NSErrorFailingURLKey=..., AFNetworkingOperationFailingURLResponseErrorKey=<NSHTTPURLResponse...").
      const suggestion = /\bNSLocalizedRecoverySuggestion=(?=[{[])/.exec(t);
      const suggested = suggestion ? bracketed(t, suggestion.index + suggestion[0].length) : undefined;
      // Or the message of the Swift error that carries it, printed on its line before it (supabase-swift's `api(message: "For
      // security purposes, you can only request this after 58 seconds.", errorCode: ..., underlyingResponse: <NSHTTPURLResponse...`).
      const swift = /\bmessage: "((?:[^"\\\r\n]|\\.){1,2000})"[^\r\n]{0,400}$/.exec(t.slice(t.lastIndexOf("\n", m.index) + 1, m.index));
      return {
        what: "Foundation's NSHTTPURLResponse",
        status: num(m[2]),
        url: m[1]!,
        headers,
        ...(body?.ok && typeof body.value === "string" ? { body: body.value } : suggested !== undefined ? { body: suggested } : swift ? { body: swift[1]!.replace(/\\(.)/g, "$1") } : {}),
      };
    },
  },
  {
    // @google/generative-ai (the Gemini SDK for JavaScript): "[GoogleGenerativeAI Error]: Error fetching from URL: [429 Too Many
    // Requests] You exceeded your current quota, ... Please retry in 12.01s. [{"@type":"type.googleapis.com/google.rpc.RetryInfo",...}]":
    // the status, the body's message, then its `details` as JSON.
    name: "@google/generative-ai fetch error",
    find(t) {
      // (Its first bracket is sometimes lost in the copy: "GoogleGenerativeAI Error]: ...".)
      const m = /\[?GoogleGenerativeAI Error\]: Error fetching from (https?:\/\/\S{1,4000}?): \[(\d{3})[^\]\r\n]{0,80}\] /.exec(t);
      if (!m) return undefined;
      let line = restOfLine(t, m.index + m[0].length);
      // Gemini's quota message goes on in lines of its own, one per quota broken ("* Quota exceeded for metric: ..., limit: 0").
      for (let at = nextLine(t, lineEnd(t, m.index)), n = 0; n < 20 && t.startsWith("* ", at); at = nextLine(t, lineEnd(t, at)), n++) line += `\n${restOfLine(t, at)}`;
      // The details are the last thing on the line: a JSON list whose first item is a google.rpc detail.
      const at = line.lastIndexOf(' [{"@type":');
      const printed = at < 0 ? undefined : bracketed(line, at + 1);
      const details = printed === undefined ? undefined : readJson(printed);
      const error: Record<string, unknown> = { code: Number(m[2]), message: (at < 0 ? line : line.slice(0, at)).trim() };
      if (details?.ok && Array.isArray(details.value)) error.details = details.value;
      return {
        what: "@google/generative-ai's fetch error",
        provider: "google",
        status: num(m[2]),
        url: m[1]!,
        rebuilt: { value: { error }, from: "Google's error body rebuilt from the status, message and details the Gemini SDK printed" },
      };
    },
  },
  {
    // google-api-java-client: `GoogleJsonResponseException: 403 Forbidden` and, on the next lines, the
    // body's `error` member alone (GoogleJsonError): `{ "code" : 403, "errors" : [ ... ], "message" : ... }`.
    name: "Java GoogleJsonResponseException",
    find(t) {
      // Newer releases print the request between the status and the body ("403 Forbidden\nPUT https://sheets.googleapis.com/...\n{").
      const m = /GoogleJsonResponseException: (\d{3})( [A-Za-z][A-Za-z ]{0,40})?[ \t]*\r?\n(?:[ \t]*([A-Z]{3,7}) (https?:\/\/\S{1,2000})[ \t]*\r?\n)?[ \t]*(?=\{)/.exec(t);
      if (!m) return undefined;
      // A body the paste cut before its closing brace is closed after its last whole member, and said to be cut.
      const start = m.index + m[0].length;
      const whole = bracketed(t, start);
      const printed = whole ?? (t.length - start <= 65_536 ? closeCutJson(t.slice(start).trimEnd()) : undefined);
      const value = printed === undefined ? undefined : readRelaxedJson(printed);
      return {
        ...(whole === undefined && isRecord(value) ? { notes: ["The body is cut off at the end of the paste: it was read up to its last whole member."] } : {}),
        what: "google-api-java-client's GoogleJsonResponseException",
        provider: "google",
        status: num(m[1]),
        ...(m[2] ? { statusText: m[2].trim() } : {}),
        ...(m[3] ? { method: m[3], url: m[4]! } : {}),
        ...(isRecord(value) ? { rebuilt: { value: { error: value }, from: "Google's error body rebuilt around the `error` member GoogleJsonResponseException printed" } } : {}),
      };
    },
  },
  {
    // google-api-dotnet-client's RequestError: "Google.Apis.Requests.RequestError\nRequest had insufficient authentication
    // scopes. [403]\nErrors [\n\tMessage[Insufficient Permission] Location[ - ] Reason[insufficientPermissions] Domain[global]\n]".
    name: ".NET Google.Apis RequestError",
    find(t) {
      const m = /Google\.Apis\.Requests\.RequestError(?:[ \t]*\r?\n){1,3}([^\r\n]{0,2000}?) ?\[(\d{3})\]/.exec(t);
      if (!m) return undefined;
      const errors: Record<string, string>[] = [];
      for (const e of t.slice(m.index, m.index + 65536).matchAll(/Message\[([^\]]{0,2000})\] Location\[[^\]]{0,2000}\] Reason\[([^\]]{0,200})\] Domain\[([^\]]{0,200})\]/g)) {
        if (errors.length >= 256) break;
        errors.push({ message: e[1]!, reason: e[2]!, domain: e[3]! });
      }
      const error = { code: Number(m[2]), message: m[1]!.trim(), ...(errors.length ? { errors } : {}) };
      return {
        what: "google-api-dotnet-client's RequestError",
        provider: "google",
        status: num(m[2]),
        rebuilt: { value: { error }, from: "Google's error body rebuilt from the message, status and errors the .NET client printed" },
      };
    },
  },
  {
    // google-cloud-python (python-api-core): `google.api_core.exceptions.Forbidden: 403 GET https://...: Quota exceeded: ...`
    // (GoogleAPICallError's "{code} {message}", the message "{METHOD} {url}: {error.message}" when built from a response).
    // A class named after a gRPC code is Google's without its module too ("Encountered ResourceExhausted: 429 ..."); one that is
    // also a plain word (`Forbidden`, `NotFound`) only with it.
    name: "Python google.api_core exception",
    find(t) {
      const m =
        /google\.api_core\.exceptions\.([A-Za-z]{1,60}): (\d{3}) (?:(GET|POST|PUT|PATCH|DELETE|HEAD) (https?:\/\/[^\s]{1,2000}?): )?([^\r\n]{0,2000})/.exec(t) ??
        /\b(ResourceExhausted|PermissionDenied|Unauthenticated|InvalidArgument|FailedPrecondition|DeadlineExceeded|ServiceUnavailable): ([45]\d\d) ()()([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      // A message that is Google's whole body, pretty-printed from the URL on (python-storage's "403 POST https://...: {\n  \"error\":
      // {...}\n}"): that body.
      const at = m.index + m[0].length - m[5]!.length;
      const whole = t.charAt(at) === "{" ? bracketed(t, at) : undefined;
      if (whole !== undefined && readJson(whole).ok) {
        return { what: "google-cloud-python's API exception", provider: "google", status: num(m[2]), ...(m[3] ? { method: m[3] } : {}), ...(m[4] ? { url: m[4] } : {}), body: whole };
      }
      // A terminal's box closes the line with its border ("... Please use Gemini │").
      const error: Record<string, unknown> = { code: Number(m[2]), message: m[5]!.replace(/[ \t]*│[ \t]*$/, "").trim() };
      // The class is named after the canonical code where there is one (ResourceExhausted, PermissionDenied): AIP-193's `status`.
      const canonical = m[1]!.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase();
      if (GOOGLE_RPC_CODES.has(canonical)) error.status = canonical;
      return {
        what: "google-cloud-python's API exception",
        provider: "google",
        status: num(m[2]),
        ...(m[3] ? { method: m[3] } : {}),
        ...(m[4] ? { url: m[4] } : {}),
        rebuilt: { value: { error }, from: "Google's error body rebuilt from the status, message and exception class google.api_core printed" },
      };
    },
  },
  {
    // google.api_core's error with its details as protobuf prints them, whatever wraps it (an app's "Inference Exception: 400 API key
    // expired. Please renew the API key. [reason: "API_KEY_INVALID"\ndomain: "googleapis.com"\nmetadata { ... }"): ErrorInfo's reason.
    name: "Google error details in protobuf text",
    find(t) {
      // Found by its fixed part, then the status and message looked for before it on its line: a pattern that starts with the
      // status costs a scan of the line per status-like number.
      const at = t.indexOf('[reason: "');
      const info = at < 0 ? null : /^\[reason: "([A-Z][A-Z0-9_]{1,80})"\r?\n[ \t]*domain: "((?:[a-z0-9-]{1,63}\.)?googleapis\.com)"/.exec(t.slice(at, at + 300));
      const said = info ? /(?:^|: )([45]\d\d) ([^\r\n[]{1,2000})$/.exec(t.slice(Math.max(t.lastIndexOf("\n", at) + 1, at - 2000), at)) : null;
      if (!info || !said) return undefined;
      const detail = { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: info[1]!, domain: info[2]! };
      return {
        what: "Google's error with its details in protobuf text",
        provider: "google",
        status: num(said[1]),
        rebuilt: { value: { error: { code: Number(said[1]), message: said[2]!.trim(), details: [detail] } }, from: "Google's error body rebuilt from the status, message and ErrorInfo printed" },
      };
    },
  },
  {
    // PyGithub's GithubRetry log: "Request GET /repos/... failed with 403: Forbidden", then "Response body indicates
    // retry-able rate limit error: API rate limit exceeded for installation ID 5425010." (GitHub's message, quoted).
    name: "PyGithub GithubRetry log",
    find(t) {
      const m = /\bRequest (GET|POST|PUT|PATCH|DELETE) \/\S{0,2000} failed with (\d{3}): ([A-Za-z][A-Za-z ]{0,40})/.exec(t);
      if (!m) return undefined;
      const said = /\bResponse body indicates [a-z -]{0,60}error: ([^\r\n]{1,2000})/.exec(t.slice(m.index, m.index + 8192))?.[1];
      // Its backoff below ("Setting next backoff to 855.664145s") is GitHub's wait: the rate limit's reset, or its Retry-After.
      const backoff = /\bSetting next backoff to (\d{1,7}(?:\.\d{1,9})?)s\b/.exec(t.slice(m.index, m.index + 2000))?.[1];
      return {
        what: "PyGithub's GithubRetry log",
        provider: "github",
        status: num(m[2]),
        statusText: m[3]!.trim(),
        // Only the path is logged (GitHub Enterprise has hosts of its own): no URL is made up.
        method: m[1]!,
        ...(backoff !== undefined
          ? { headers: [["Retry-After", String(Math.ceil(Number(backoff)))]], notes: ["The wait is the backoff PyGithub set from GitHub's answer (the rate limit's reset, or its Retry-After)."] }
          : {}),
        ...(said ? { rebuilt: { value: { message: said.trim() }, from: "GitHub's error body rebuilt from the message PyGithub logged" } } : {}),
      };
    },
  },
  {
    // gspread (Google Sheets): "gspread.exceptions.APIError: APIError: [429]: Quota exceeded for quota metric ..." (APIError's
    // "{class}: [{code}]: {message}", the code and message of Google's error body).
    name: "gspread APIError",
    find(t) {
      const m = /\bAPIError: \[(\d{3})\]: ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      return {
        what: "gspread's APIError",
        provider: "google",
        status: num(m[1]),
        rebuilt: { value: { error: { code: Number(m[1]), message: m[2]!.trim() } }, from: "Google's error body rebuilt from the code and message gspread printed" },
      };
    },
  },
  {
    // msgraph-sdk-java (v2, v3): GraphServiceException's "Error code: ErrorAccessDenied\nError message: ...\n\nPOST
    // https://graph.microsoft.com/...\nSdkVersion : ...\n[...]\n\n403 : Forbidden".
    name: "msgraph-sdk-java GraphServiceException",
    find(t) {
      // (v5's logged on one line, a space between; its status's reason cut to "[...]" when debug logging is off: "429 : [...]".)
      const m = /\bError code: ([A-Za-z][A-Za-z0-9_.]{1,100})(?:\r?\n| )Error message: ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8192);
      const status = /^(\d{3}) : ([A-Za-z][A-Za-z ]{1,40}|\[\.\.\.\])\r?$/m.exec(after);
      if (!status) return undefined;
      const request = /^(GET|POST|PUT|PATCH|DELETE) (https?:\/\/\S{1,2000})/m.exec(after.slice(0, status.index));
      // The response's headers a line each below its status (`request-id`, Graph's id for support), then its body after a blank line.
      const headers: HeaderPair[] = [];
      let p = nextLine(after, lineEnd(after, status.index));
      while (p < after.length && headers.length < MAX_HEADERS && headerLine(after.slice(p, lineEnd(after, p)), headers)) p = nextLine(after, lineEnd(after, p));
      const body = headers.length ? leadingJson(after.slice(p).trimStart()) : undefined;
      return {
        what: "msgraph-sdk-java's GraphServiceException",
        provider: "microsoft",
        status: num(status[1]),
        ...(status[2] !== "[...]" ? { statusText: status[2]!.trim() } : {}),
        ...(request ? { method: request[1]!, url: request[2]! } : {}),
        headers,
        ...(body !== undefined
          ? { body }
          : { rebuilt: { value: { error: { code: m[1], message: m[2]!.trim() } }, from: "Microsoft Graph's error body rebuilt from the code and message the SDK printed" } }),
      };
    },
  },
  {
    // simple-salesforce's SalesforceGeneralError (and its kin): "Error Code 500. Response content: [{'message': ..., 'errorCode': ...}]".
    name: "simple-salesforce error",
    find(t) {
      const m = /\bError Code (\d{3})\. Response content: /.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const body = t.charAt(at) === "[" || t.charAt(at) === "{" ? bracketed(t, at) : undefined;
      return { what: "simple-salesforce's error", provider: "salesforce", status: num(m[1]), ...(body !== undefined ? { body } : { body: restOfLine(t, at) }) };
    },
  },
  {
    // google/apiclient (PHP) before 2.0: "Google_Service_Exception' with message 'Error calling POST https://www.googleapis.com/...:
    // (403) User does not have sufficient permission for site ...' in /path/REST.php:110".
    name: "google-api-php-client v1 Google_Service_Exception",
    find(t) {
      // (The URL may be cut by the poster and the status wrapped to the next line: "Error calling GET https://www.googleapis.com/... .... \n(403) ...".)
      const m = /\bError calling (GET|POST|PUT|PATCH|DELETE) (https?:\/\/[^\s"'<>]{1,2000}?)(?:: |:?[ \t]{0,4}(?:\.{3,}|\u2026)?[ \t]{0,4}\r?\n[ \t]{0,8})\((\d{3})\) ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      // PHP's "... with message '<message>' in <file>:<line>" closes the message.
      const message = m[4]!.replace(/' in \/[^\r\n]*$/, "").trim();
      return { what: "google-api-php-client's Google_Service_Exception", provider: "google", status: num(m[3]), method: m[1]!, url: m[2]!, rebuilt: { value: { error: { code: Number(m[3]), message } }, from: "Google's error body rebuilt from the status and message the client printed" } };
    },
  },
  {
    // jira-rest-java-client (Atlassian's): "RestClientException{statusCode=Optional.of(401), errorCollections=[...]}".
    name: "jira-rest-java-client RestClientException",
    find(t) {
      const m = /\bRestClientException\{statusCode=Optional\.of\((\d{3})\)/.exec(t);
      return m ? { what: "jira-rest-java-client's RestClientException", provider: "atlassian", status: num(m[1]) } : undefined;
    },
  },
  {
    // OkGoDoIt's OpenAI-API-dotnet (and the Unity wrappers of it): "HttpRequestException: Error at chat/completions
    // (https://api.openai.com/v1/chat/completions) with HTTP status code: TooManyRequests. Content: {...}", .NET's status name,
    // then the body as sent (OpenAI's JSON, or an edge's HTML page).
    name: "OpenAI-API-dotnet HttpRequestException",
    find(t) {
      const m = /\bError at [\w/.-]{1,200} \((https?:\/\/[^\s()]{1,2000})\) with HTTP status code: ([A-Za-z]{3,40})\. Content: ?/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[2]!) : undefined;
      if (status === undefined) return undefined;
      const rest = t.slice(m!.index + m![0].length, m!.index + m![0].length + 65536).trimStart();
      const body = leadingJson(rest) ?? rest.trim();
      return { what: "OpenAI-API-dotnet's HttpRequestException", status, statusText: REASONS[status] ?? m![2]!, url: m![1]!, ...(body ? { body } : {}) };
    },
  },
  {
    // System.ClientModel's ClientResultException, as the OpenAI .NET SDK and Azure's clients built on it throw it: "HTTP 403
    // (invalid_request_error: model_not_found)", the error's type and code in brackets, then after a blank line its param
    // ("Parameter: response_format") and its message (OpenAI's `error.message`), also printed without the exception's name by
    // the apps that show its message (Semantic Kernel's "Error: HTTP 400 (invalid_request_error: )"); or "HTTP 429 (429)" as an
    // inner exception (" ---> ...") below the outer one's message, which is the service's (Azure OpenAI's "... Please retry after
    // 10 seconds. ..."), or alone with the message below it ("HTTP 429 (429)\n\nRate limit is exceeded. Try again in 40 seconds.").
    name: "System.ClientModel ClientResultException",
    find(t) {
      // Or its message as Visual Studio's debugger shows it, quoted with its escapes ('{"HTTP 401 (PermissionDenied)\r\n\r\nPrincipal
      // does not have access to API/Operation."} | System.ClientModel.ClientResultException', Azure OpenAI's).
      const m = /\bClientResultException: HTTP (\d{3}) \(([^()\r\n]{0,200})\)|(?:^|\n|: |(\{"))[ \t]*HTTP (\d{3}) \(((?:[a-z_]{0,60}: ?[\w.-]{0,100})|(?<=\{"HTTP \d{3} \()[A-Za-z]{1,60}|\d{3})\)(?=[ \t]*(?:\r?\n|\\r\\n|$))/.exec(t);
      if (!m) return undefined;
      // The status again in the brackets is what it prints for a response with no reason phrase (HTTP/2's): "HTTP 429 (429)".
      if (m[5] !== undefined && /^\d{3}$/.test(m[5]) && m[5] !== m[4]) return undefined;
      const inBrackets = m[2] ?? m[5]!;
      const quoted = m[3] !== undefined;
      const [type, code] = inBrackets.includes(":") ? inBrackets.split(":", 2).map((s) => s.trim()) : ["", inBrackets.trim()];
      const error: Record<string, string> = {};
      // The lines below: blank lines, the param, then the message (not a stack frame, an inner exception or a fence).
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 4000);
      const below = (quoted ? rest.slice(0, Math.max(0, rest.indexOf('"}')) || rest.length).split(/\r?\n|\\r\\n/) : rest.split(/\r?\n/)).slice(1, 8).map((l) => l.trim());
      for (const line of below) {
        if (line === "") continue;
        const param = /^Parameter: ([\w.[\]-]{1,100})$/.exec(line);
        if (param) {
          error.param = param[1]!;
          continue;
        }
        if (!/^(?:at |--- ?>|---|```)/.test(line)) error.message = line.replace(/ => HTTP \d{3} \([^\r\n]*$/, "");
        break;
      }
      const outer = /(?:^|\n)([^\r\n]{1,2000})\r?\n[ \t]*---> [\w.]{0,200}ClientResultException: HTTP /.exec(t.slice(0, m.index + m[0].length))?.[1]?.trim();
      if (error.message === undefined && outer) error.message = outer;
      if (type && !/^\d{3}$/.test(type)) error.type = type;
      if (code && !/^\d{3}$/.test(code)) error.code = code;
      return {
        what: "System.ClientModel's ClientResultException",
        status: num(m[1] ?? m[4]),
        ...(Object.keys(error).length ? { rebuilt: { value: { error }, from: "The error body rebuilt from the type, code, param and message ClientResultException printed" } } : {}),
      };
    },
  },
  {
    // The Atlassian REST plugin's status entity as XML (Confluence and Jira Server, or a client that asked for XML):
    // "<status>\n  <status-code>404</status-code>\n  <message>null for uri: ...</message>\n</status>", its JSON form's members.
    name: "Atlassian REST status entity in XML",
    find(t) {
      const m = /<status>\s{0,200}<status-code>(\d{3})<\/status-code>\s{0,200}(?:<message>([^\r\n]{0,2000}?)<\/message>)?/.exec(t);
      if (!m) return undefined;
      const message = m[2]?.trim();
      return {
        what: "the Atlassian REST plugin's status entity in XML",
        status: num(m[1]),
        rebuilt: { value: { "status-code": Number(m[1]), ...(message ? { message } : {}) }, from: "The status entity's members read from its XML" },
      };
    },
  },
  {
    // DSharpPlus (Discord's .NET library): "DSharpPlus.Exceptions.UnauthorizedException: Unauthorized: 403", its exceptions' message
    // a word for the kind and the status (UnauthorizedException is thrown for 401 and 403 alike, so the word is not the reason).
    name: "DSharpPlus exception",
    find(t) {
      const m = /\bDSharpPlus\.Exceptions\.\w{1,40}Exception: [A-Za-z ]{2,40}: ([1-5]\d\d)\b/.exec(t);
      return m ? { what: "DSharpPlus's exception", provider: "discord", status: num(m[1]) } : undefined;
    },
  },
  {
    // Tweetinvi's TwitterException (.NET): "Reason : Forbidden\r\nDetails : <message> (<code>)\r\nCode : 403\r\nDate : ...\r\nURL :
    // https://api.twitter.com/...\r\nTwitter documentation description : ...", a field a line; X's errors after "Details : ",
    // each with its code in brackets (or the body itself, as older versions print it).
    name: "Tweetinvi TwitterException",
    find(t) {
      const m = /(?:^|\n)Code : (\d{3})\r?\n(?:Date : [^\r\n]{0,100}\r?\n)?(?:URL : (https?:\/\/[^\s"'<>]{1,2000})\r?\n)?Twitter documentation description : /.exec(t);
      if (!m) return undefined;
      const head = t.slice(0, m.index);
      const reason = /(?:^|\n)Reason : ([^\r\n]{1,100})/.exec(head)?.[1]?.trim();
      const details = /(?:^|\n)Details : ([^\r\n]{1,4000}?)(?: \(\d{1,6}\))?\r?(?:\n|$)/.exec(head)?.[1]?.trim();
      return {
        what: "Tweetinvi's TwitterException",
        provider: "x",
        status: num(m[1]),
        ...(reason ? { statusText: reason } : {}),
        ...(m[2] ? { url: m[2] } : {}),
        ...(details ? { body: details } : {}),
      };
    },
  },
  {
    // AFNetworking (iOS, and the SDKs built on it): "Request failed: unauthorized (401)", its response serializer's
    // description, the reason in the system's lowercase words.
    name: "AFNetworking response error",
    find(t) {
      const m = /\bRequest failed: ([a-z][a-z -]{2,40}) \((\d{3})\)/.exec(t);
      return m ? { what: "AFNetworking's response error", status: num(m[2]), statusText: m[1]! } : undefined;
    },
  },
  {
    // octokit.rb: "Octokit::Forbidden: GET https://api.github.com/...: 403 - Resource not accessible by integration // See: https://docs..."
    name: "octokit.rb error",
    find(t) {
      // Or the path alone, as an app logs it, the class in brackets after it ("/pulls/10261: 403 - API rate limit exceeded for
      // grosser. // See: https://developer.github.com/v3/#rate-limiting (Octokit::TooManyRequests)").
      const m =
        /\b(GET|POST|PUT|PATCH|DELETE|HEAD) (https?:\/\/[^\s]{1,2000}?): (\d{3}) - ([^\r\n]{0,2000}?)(?: \/\/ See: (https?:\/\/[^\s]{1,2000}))?[ \t]*\r?(?:\n|$)/.exec(t) ??
        /()(?:^|\s)(\/[^\s:]{1,2000}): ([45]\d\d) - ([^\r\n]{0,2000}?) \/\/ See: (https?:\/\/[^\s]{1,2000}) \(Octokit::\w{1,60}\)/.exec(t);
      if (!m) return undefined;
      const body: Record<string, unknown> = { message: m[4]!.trim() };
      if (m[5]) body.documentation_url = m[5];
      // GitHub's message asks to quote its request id: kept as the header it came in.
      const id = /\brequest ID ([0-9A-F]{1,16}(?::[0-9A-F]{1,16}){3,5})\b/.exec(m[4]!)?.[1];
      return {
        what: "octokit.rb's error message",
        ...(m[1] ? { method: m[1] } : {}),
        ...(m[2]!.startsWith("http") ? { url: m[2]! } : {}),
        ...(m[1] ? {} : { provider: "github", providerBy: "octokit.rb's error class" }),
        status: num(m[3]),
        ...(id ? { headers: [["X-GitHub-Request-Id", id] as HeaderPair], notes: ["The request id was read from the message (GitHub's own words ask to quote it)."] } : {}),
        rebuilt: { value: body, from: "GitHub's error body rebuilt from the message and documentation link octokit printed" },
      };
    },
  },
  {
    // python-gitlab: "gitlab.exceptions.GitlabHttpError: 403: insufficient_scope" (the body's `error`, or its `message`), also
    // behind the line number a CI job's log viewer glued to it ("157gitlab.exceptions.GitlabHttpError: 403: Access Denied").
    name: "python-gitlab error",
    find(t) {
      const m = /(?:\b|(?<=\d))gitlab\.exceptions\.[A-Za-z]{1,60}: (\d{3}): ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const said = m[2]!.trim();
      const body = /^[a-z][a-z_]{0,60}$/.test(said) ? { error: said } : { message: said };
      return { what: "python-gitlab's error", provider: "gitlab", status: num(m[1]), rebuilt: { value: body, from: "GitLab's error body rebuilt from the error python-gitlab printed" } };
    },
  },
  {
    // gsutil's exceptions (gslib): "AccessDeniedException: 403 user@x does not have storage.objects.list access to the Google Cloud
    // Storage bucket.", "NotFoundException: 404 gs://b bucket does not exist.", "ServiceException: 401 Anonymous caller ..." (a comma
    // after the status when the principal is empty). gsutil calls Google Cloud Storage only.
    name: "gsutil exception",
    find(t) {
      const m = /\b(?:AccessDenied|BadRequest|NotFound|Precondition|Service|ResumableUpload)Exception: ([45]\d\d),? +([^\r\n]{0,2000})/.exec(t);
      return m ? { what: "gsutil's exception", provider: "google", providerBy: "gsutil's exception", status: num(m[1]), body: m[2]!.trim() } : undefined;
    },
  },
  {
    // gcloud's HTTP error: "ERROR: (gcloud.builds.submit) HTTPError 403: <body>" (the body as it came: Cloud Storage's XML, Google's JSON).
    name: "gcloud HTTPError",
    find(t) {
      const m = /\(gcloud\.[a-z0-9_.-]{1,100}\) HTTPError (\d{3}): ([^\r\n]{0,65536})/.exec(t);
      if (m) return { what: "gcloud's HTTPError", provider: "google", providerBy: "gcloud's HTTPError", status: num(m[1]), body: m[2]!.trim() };
      // Or its ResponseError, the status and the message labelled: "ERROR: (gcloud.container.clusters.get-credentials) ResponseError:
      // code=403, message=Required \"container.clusters.get\" permission(s) for ...".
      const r = /\(gcloud\.[a-z0-9_.-]{1,100}\) ResponseError: code=(\d{3}), message=([^\r\n]{0,65536})/.exec(t);
      return r ? { what: "gcloud's ResponseError", provider: "google", providerBy: "gcloud's ResponseError", status: num(r[1]), body: r[2]!.trim() } : undefined;
    },
  },
  {
    // discord.py's rate-limit warning, logged for a 429 only, before it waits and retries by itself: "We are being rate limited.
    // Retrying in 589.30 seconds. Handled under the bucket ..." (1.x), "We are being rate limited. PUT https://... responded with 429.
    // Retrying in 0.31 seconds." (2.x).
    name: "discord.py rate-limit warning",
    find(t) {
      const m = /\bWe are being rate limited\.(?: ([A-Z]{3,7}) (https?:\/\/\S{1,2000}) responded with (\d{3})\.)? Retrying in (\d{1,9}(?:\.\d{1,6})?) seconds\b/.exec(t);
      if (!m) return undefined;
      return {
        what: "discord.py's rate-limit warning (logged for a 429 only)",
        provider: "discord",
        status: m[3] ? num(m[3]) : 429,
        ...(m[1] ? { method: m[1], url: m[2]! } : {}),
        headers: [["Retry-After", m[4]!]],
        notes: ["discord.py waits and retries by itself: this warning is no failure unless the wait outlasts what your code can bear."],
      };
    },
  },
  {
    // discord.js's debug event for a 429 (v12 and v13): "Hit a 429 while executing a request.\n    Global  : false\n    Method  : get\n
    // Path    : /gateway/bot\n ...\n    Timeout : 500ms\n    Sublimit: 30852000ms". discord.js waits and retries by itself: the
    // bucket's reset (Timeout), and then the sublimit when there is one, which is the wait the 429 itself asked for. Both are
    // printed in milliseconds whatever the API version.
    name: "discord.js rate-limit debug",
    find(t) {
      const m = /\bHit a 429 while executing a request\.[ \t]*\r?\n/.exec(t);
      if (!m) return undefined;
      const members = new Map<string, string>();
      for (let at = m.index + m[0].length, n = 0; n < 10 && at < t.length; n++, at = lineEnd(t, at) + 1) {
        const row = /^[ \t]{1,20}([A-Z][a-z]{1,10})[ \t]*:[ \t]*([^\s]{1,2000})[ \t]*\r?$/.exec(t.slice(at, lineEnd(t, at)));
        if (!row) break;
        members.set(row[1]!, row[2]!);
      }
      const ms = (v: string | undefined): number | undefined => (v !== undefined && /^\d{1,12}ms$/.test(v) ? Number(v.slice(0, -2)) : undefined);
      const wait = ms(members.get("Sublimit")) ?? ms(members.get("Timeout"));
      // No URL: the path names no API version, and a URL without one would read the wait (already converted here) as milliseconds again.
      return {
        what: "discord.js's rate-limit debug message (logged for a 429 only)",
        provider: "discord",
        status: 429,
        ...(members.get("Method") ? { method: members.get("Method")!.toUpperCase() } : {}),
        ...(wait === undefined ? {} : { headers: [["Retry-After", String(wait / 1000)] as HeaderPair] }),
        notes: ["discord.js waits and retries by itself: this message is no failure unless the wait outlasts what your code can bear."],
      };
    },
  },
  {
    // discord.py (and its forks): "discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions"
    name: "discord.py HTTPException",
    find(t) {
      const m = /\b(\d{3}) ([A-Za-z][A-Za-z ]{0,40}) \(error code: (\d{1,10})\)(?:: ([^\r\n]{0,2000}))?/.exec(t);
      if (!m) return undefined;
      // A message its poster wrapped with shell-style line continuations (" \" at each line's end): its lines joined back.
      let message = (m[4] ?? "").trim();
      for (let at = m.index + m[0].length, lines = 0; message.endsWith("\\") && lines < 20; lines++) {
        const next = /^\r?\n([^\r\n]{0,2000})/.exec(t.slice(at, at + 2100));
        if (!next) break;
        message = `${message.slice(0, -1).trimEnd()} ${next[1]!.trim()}`.trim();
        at += next[0].length;
      }
      const body = { code: Number(m[3]), message };
      return { what: "discord.py's HTTPException", provider: "discord", status: num(m[1]), statusText: m[2]!, rebuilt: { value: body, from: "Discord's error body rebuilt from the code and message discord.py printed" } };
    },
  },
  {
    // Javacord: "org.javacord.api.exception.MissingPermissionsException: Received a 403 response from Discord with body {"message":
    // "Missing Permissions", "code": 50013}!" (its DiscordException for every status but a 429, which it waits out itself).
    name: "Javacord DiscordException",
    find(t) {
      const m = /\bReceived an? (\d{3}) response from Discord with body ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const said = m[2]!.trim();
      const body = leadingJson(said) ?? said.replace(/!$/, "");
      return { what: "Javacord's DiscordException", provider: "discord", status: num(m[1]), ...(body ? { body } : {}) };
    },
  },
  {
    // JDA's rate limiter, which waits and retries by itself: "Encountered 429 on route PATCH/guilds/{guild_id}/members/{user_id}
    // with bucket ... Retry-After: 7000 ms Scope: user" (the wait Discord sent, in milliseconds); its author's discord-webhooks
    // says it shorter: "[club.minnced.discord.webhook.WebhookClient] Encountered 429, retrying after 2285000 ms".
    name: "JDA rate-limit log",
    find(t) {
      const m = /\bEncountered (\d{3})(?: on route |, retrying after (\d{1,9}) ms\b)/.exec(t);
      if (!m) return undefined;
      // Read on its line only, once: the route has no fixed form ("PATCH/guilds/{guild_id}", "PATCH, channel_id=...").
      const ms = m[2] ?? /\bRetry-After: (\d{1,9}) ms\b/.exec(t.slice(m.index, Math.min(lineEnd(t, m.index), m.index + 1000)))?.[1];
      const who = m[2] === undefined ? "JDA" : "discord-webhooks";
      return {
        what: `${who}${who.endsWith("s") ? "'" : "'s"} rate-limit log`,
        provider: "discord",
        status: num(m[1]),
        ...(ms === undefined ? {} : { headers: [["Retry-After", String(Number(ms) / 1000)] as HeaderPair] }),
        notes: [
          ...(ms === undefined ? [] : [`${who} logged the wait Discord asked for in milliseconds (${ms} ms): read as Retry-After in seconds.`]),
          `${who} waits and retries a rate-limited request by itself: this line is a warning; the call fails only if the limit outlasts its timeout.`,
        ],
      };
    },
  },
  {
    // airtable.js: AirtableError's `${message}(${error})[Http code ${statusCode}]`, also logged inside JSON (an AWS Lambda's
    // "errorMessage"); its TypeScript ports put spaces between the three.
    name: "airtable.js AirtableError",
    find(t) {
      const m = /\(([A-Z][A-Z0-9_]{1,80})\) ?\[Http code (\d{3})\]/.exec(t);
      if (!m) return undefined;
      const line = t.slice(Math.max(t.lastIndexOf("\n", m.index) + 1, m.index - 2000), m.index);
      // The message follows the last class that printed it ("Error: AirtableError: You are not permitted ..."), or a log's JSON member name.
      const cut = line.lastIndexOf("Error: ");
      const message = (cut < 0 ? line : line.slice(cut + "Error: ".length)).replace(/^\s*"\w{1,60}": ?"/, "").trim();
      return {
        what: "airtable.js's AirtableError",
        provider: "airtable",
        status: num(m[2]),
        rebuilt: { value: { error: { type: m[1]!, message } }, from: "Airtable's error body rebuilt from the type and message airtable.js printed" },
      };
    },
  },
  {
    // spotipy: "spotipy.client.SpotifyException: http status: 403, code:-1 - https://api.spotify.com/v1/...:\n Insufficient client scope[, reason: None]"
    name: "spotipy SpotifyException",
    find(t) {
      // Its client's log line too: "HTTP Error for GET to https://... with Params: {...} returned 403 due to Insufficient client scope".
      // Found by its end, then the URL looked for on its line: a lazy scan from each "HTTP Error for" to " returned" cost seconds on 5 MiB.
      const end = / returned (\d{3}) due to ([^\r\n]{0,2000})/.exec(t);
      const start = end ? /HTTP Error for [A-Z]{3,7} to (https?:\/\/\S{1,2000})/.exec(t.slice(Math.max(t.lastIndexOf("\n", end.index) + 1, end.index - 4096), end.index)) : null;
      const m = end && start ? [end[0], end[1], start[1], end[2]] : /http status: (\d{3}), code:-?\d{1,10} - (https?:\/\/[^\s]{1,2000})[ \t]*\r?\n?[ \t]*([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      // A URL and its message on one line are parted by " : " (a log that joined spotipy's two lines): the colon is no message.
      const message = m[3]!.replace(/, reason: [^,]{0,200}$/, "").replace(/^:[ \t]*/, "").trim();
      // spotipy logs the 429's Retry-After on the next line ("'retry-after' value: 763") before it sleeps: that header's value.
      const at = (end && start ? end.index : (m as RegExpExecArray).index) + m[0]!.length;
      const wait = /^[ \t]*\r?\n[^\r\n]{0,120}?'retry-after' value: (\d{1,9})\b/i.exec(t.slice(at, at + 400))?.[1];
      return {
        what: "spotipy's SpotifyException",
        provider: "spotify",
        status: num(m[1]),
        ...(wait ? { headers: [["Retry-After", wait] as HeaderPair] } : {}),
        url: m[2]!.replace(/:$/, ""),
        rebuilt: { value: { error: { status: Number(m[1]), message } }, from: "Spotify's error body rebuilt from the status and message spotipy printed" },
      };
    },
  },
  {
    // azure-core's HTTP logging policy (Python: `az --debug`, `logging_enable=True`): "Response status: 403", then "Response headers:"
    // and a header a line ("    'x-ms-request-id': '624d...'"), each after the logger's name. It logs no body (msrest did, after
    // "Response content:"); the HttpResponseError
    // the call raised prints the error's code and message ("(AuthorizationFailed) The client ...\nCode: AuthorizationFailed\nMessage: ...").
    name: "azure-core HTTP logging policy",
    find(t) {
      const m = /\bResponse status: (\d{3})[ \t]*\r?\n/.exec(t);
      if (!m) return undefined;
      const headers: HeaderPair[] = [];
      const block = /^[^\r\n]{0,200}?\bResponse headers:[ \t]*\r?\n/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 400));
      for (let at = block ? m.index + m[0].length + block[0].length : t.length; at < t.length && headers.length < MAX_HEADERS; ) {
        const end = lineEnd(t, at);
        const pair = /^[^'\r\n]{0,200}?'([A-Za-z0-9_-]{1,100})': '((?:[^'\\\r\n]|\\.){0,2000})'[ \t]*\r?$/.exec(t.slice(at, end));
        if (!pair) break;
        headers.push([pair[1]!, pair[2]!]);
        at = end + 1;
      }
      const error = /\(([A-Za-z][A-Za-z0-9_.-]{0,99})\) [^\r\n]{0,2000}\r?\nCode: \1\r?\nMessage: ([^\r\n]{1,4000})/.exec(t);
      // msrest (the older az CLI) logs the body too: "Response content:" and, on the next line after the logger's name, the JSON.
      const content = /\bResponse content:[ \t]*\r?\n[^\r\n{]{0,200}(?=\{)/.exec(t.slice(m.index, m.index + 65536));
      const body = content ? bracketed(t, m.index + content.index + content[0].length) : undefined;
      // urllib3's line above it names the request: `https://management.azure.com:443 "PUT /subscriptions/... HTTP/1.1" 403 439`.
      const call = /(https?:\/\/[a-z0-9.-]{1,253})(?::\d{1,5})? "[A-Z]{3,7} (\/[^\s"]{0,2000}) HTTP\/[\d.]{1,3}" \d{3}\b/.exec(t.slice(Math.max(0, m.index - 4096), m.index));
      return {
        what: "azure-core's HTTP logging policy",
        status: num(m[1]),
        ...(call ? { url: call[1]! + call[2]! } : {}),
        ...(headers.length ? { headers } : {}),
        ...(error ? { rebuilt: { value: { error: { code: error[1]!, message: error[2]!.trim() } }, from: "the error body rebuilt from the code and message azure-core's HttpResponseError printed" } } : body ? { body } : {}),
      };
    },
  },
  {
    // The Microsoft Graph .NET SDK's ServiceException (v1 to v4) as ToString() prints it: "Status Code: Forbidden\n
    // Microsoft.Graph.ServiceException: Code: General\nMessage: No application access policy found for this app.\nInner error:\n
    // \tAdditionalData:\n\trequest-id: f9e2...\n\tdate: ...\n\tclient-request-id: ...". Graph's body rebuilt from its members.
    name: "Microsoft Graph .NET ServiceException",
    find(t) {
      const m = /\bStatus Code: ([A-Za-z]{3,40})[ \t]*\r?\n[^\r\n]{0,200}?\bServiceException: Code: ([A-Za-z0-9_.-]{1,100})[ \t]*\r?\nMessage: ([^\r\n]{0,4000})/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!) : undefined;
      if (status === undefined) return undefined;
      const inner: Record<string, string> = {};
      const below = t.slice(m!.index + m![0].length, m!.index + m![0].length + 2000);
      for (const [, key, v] of below.matchAll(/(?:^|\n)[ \t]*(request-id|date|client-request-id): (\S{1,200})/g)) inner[key!] ??= v!;
      const error = { code: m![2]!, message: m![3]!.trim(), ...(Object.keys(inner).length ? { innerError: inner } : {}) };
      return { what: "the Microsoft Graph .NET SDK's ServiceException", status, rebuilt: { value: { error }, from: "Graph's error body rebuilt from the code, message and inner error the ServiceException printed" } };
    },
  },
  {
    // msrestazure's long-running operation failure (the az CLI before azure-core, Python management SDKs): "Operation failed with
    // status: 'Bad Request'. Details: <Resource Manager's message>", the status by its reason phrase in quotes.
    name: "msrestazure operation failure",
    find(t) {
      const m = /\bOperation failed with status: '([A-Z][A-Za-z ]{2,40})'\. Details: ([^\r\n]{1,4000})/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!.replace(/ /g, "")) : undefined;
      if (status === undefined) return undefined;
      return { what: "msrestazure's operation failure", provider: "azure", status, statusText: m![1]!, body: m![2]!.trim() };
    },
  },
  {
    // The QuickBooks .NET SDK's IdsException: "BadRequest. Details: Stale Object Error : You and Craig Carlson were working on this at
    // the same time. ...", the status by its .NET name at the start of its line, Intuit's fault message and detail after "Details:".
    name: "the QuickBooks .NET SDK's IdsException",
    find(t) {
      const m = /(?:^|\n|Exception: )[ \t]*([A-Z][A-Za-z]{2,40})\. Details: ([^\r\n]{1,4000})/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!) : undefined;
      if (status === undefined) return undefined;
      return { what: "the QuickBooks .NET SDK's IdsException (its status by .NET's name)", status, statusText: m![1]!, body: m![2]!.trim() };
    },
  },
  {
    // fXmlRpc's HttpException (XML-RPC clients in PHP: Infusionsoft's SDK), whose message names only the reason ("An HTTP error
    // occurred: Unauthorized"): PHP's stack trace prints the factory's call with the status, `HttpException::httpError('Unauthorized', 401)`.
    name: "fXmlRpc's HttpException",
    find(t) {
      const m = /\bHttpException::httpError\('([A-Za-z ]{1,60})', ([1-5]\d\d)\)/.exec(t);
      if (!m || !isReasonOf(m[2]!, m[1]!)) return undefined;
      return { what: "fXmlRpc's HttpException (its status in the stack trace's call)", status: num(m[2]), statusText: m[1]! };
    },
  },
  {
    // cloud-provider-azure's retry.Error (AKS, a Kubernetes event): "Retriable: false, RetryAfter: 0s, HTTPStatusCode: 403, RawError:
    // {...}", its raw error the body (nested once more when it wrapped another), also when a terminal wrapped it. `RetryAfter` is the
    // response's Retry-After as it read it (0s: none sent); `Retriable` is its own judgement, which the rules make again.
    name: "cloud-provider-azure retry error",
    find(t) {
      const m = /\bRetriable: (?:true|false), RetryAfter: ([0-9.]{1,12}(?:h|ms|m|s)(?:[0-9.]{1,12}(?:ms|m|s)){0,3}), HTTPStatusCode: (\d{3}), RawError: /.exec(t);
      if (!m) return undefined;
      let at = m.index + m[0].length;
      for (let nested = 0; nested < 4; nested++) {
        const again = /^Retriable: (?:true|false), RetryAfter: [^,\r\n]{1,40}, HTTPStatusCode: \d{3}, RawError: /.exec(t.slice(at, at + 200));
        if (!again) break;
        at += again[0].length;
      }
      const body = t.charAt(at) === "{" ? bracketedAcrossWraps(t, at) : undefined;
      const wait = parseDuration(m[1]!);
      return {
        what: "cloud-provider-azure's retry error",
        status: num(m[2]),
        ...(wait ? { headers: [["Retry-After", String(wait)] as HeaderPair] } : {}),
        body: body ?? t.slice(at, lineEnd(t, at)).trim(),
      };
    },
  },
  AZURE_CORE,
  {
    // go-autorest's error for Azure Resource Manager (Terraform's azurerm before go-azure-sdk, AKS' cloud provider): "autorest/azure:
    // Service returned an error. Status=429 Code="OperationNotAllowed" Message="The server rejected ..." Details=[...]", also with
    // its quotes escaped inside a JSON string (an AKS event's `"message"`). Its body, rebuilt from the code and message.
    name: "go-autorest service error",
    find(t) {
      // (With `Status=<nil>` when the status is the one before it: azurerm's "Failure sending request: StatusCode=409 -- Original Error:
      // autorest/azure: Service returned an error. Status=<nil> Code="Conflict" Message="... Try again later.".)
      const m = /\b(?:StatusCode=(\d{3}) -- Original Error: autorest\/azure: Service returned an error\. )?Status=(?:(\d{3})|<nil>) Code=\\?"([A-Za-z0-9_.-]{1,100})\\?" Message=\\?"((?:[^"\\\r\n]|\\[^"\r\n]){0,4000})/.exec(t);
      const status = m?.[2] ?? m?.[1];
      if (!m || status === undefined) return undefined;
      const [whole, , , code, said] = m;
      const end = m.index + whole.length;
      // The message is Go's %q: its escapes (`\r\n` in Key Vault's RBAC refusal) are the quoting's, as they are a JSON string's when
      // the error was quoted inside one.
      const message = said!.replace(/\\$/, "").replace(/\\r\\n/g, "\n").replace(/\\(["\\nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
      // Its placeholder for a body that is not Resource Manager's (Azure AD Graph's `{"odata.error": ...}`): the body it read is the
      // first of its `Details=[...]`, whole or cut where the line ends.
      if (code === "Unknown" && message === "Unknown service error") {
        const details = /^" Details=\[(?=\{)/.exec(t.slice(end, end + 12));
        const from = end + (details?.[0].length ?? 0);
        const body = details ? (bracketed(t, from) ?? closeCutJson(t.slice(from, lineEnd(t, from)).trim())) : undefined;
        if (body !== undefined && readJson(body).ok) return { what: "go-autorest's service error", status: num(status), body };
      }
      return {
        what: "go-autorest's service error",
        status: num(status),
        rebuilt: { value: { error: { code: code!, message } }, from: "the Resource Manager error body rebuilt from the code and message go-autorest printed" },
      };
    },
  },
  {
    // @azure/identity's AuthenticationError: "AuthenticationError: invalid_grant Status code: 400\nMore details:\nAADSTS700082: The
    // refresh token has expired ...\nTrace ID: ...": the identity platform's token error, its code and its description.
    name: "@azure/identity AuthenticationError",
    find(t) {
      const m = /\b([a-z_]{3,60}) Status code: (\d{3})\r?\nMore details:\r?\n/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 8192);
      // The description runs to the stack's first frame, or to the inspected error's members.
      const description = rest.slice(0, rest.search(/\r?\n[ \t]*at |\r?\n[ \t]*\{|$/)).trim();
      return {
        what: "@azure/identity's AuthenticationError",
        status: num(m[2]),
        rebuilt: { value: { error: m[1]!, ...(description ? { error_description: description } : {}) }, from: "the token endpoint's error rebuilt from the code and description @azure/identity printed" },
      };
    },
  },
  {
    // Alamofire's AFError as Swift prints the enum (`print(error)`, a `debugPrint`): "responseValidationFailed(reason:
    // Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(code: 401))". Its description says it in words.
    name: "Alamofire's AFError",
    find(t) {
      const m = /\bunacceptableStatusCode\(code: ([45]\d\d)\)/.exec(t);
      return m ? { what: "Alamofire's AFError `unacceptableStatusCode(code:)` (it prints no body)", status: num(m[1]) } : undefined;
    },
  },
  {
    // stripe-python's own log lines (`stripe.log = "info"`): "message='Stripe API response' path=https://api.stripe.com/v1/account
    // response_code=403", then "error_code=None error_message=\"...\" error_param=None error_type=invalid_request_error".
    name: "stripe-python's log",
    find(t) {
      // A session logs a response per call (a GET that answered 200, then the POST that answered 400): the first that failed is the one.
      const responses = /message='Stripe API response' path=(\S{1,2000}) response_code=(\d{3})\b/g;
      let m: RegExpExecArray | null = null;
      for (let hit = responses.exec(t), n = 0; hit !== null && n < 64; hit = responses.exec(t), n++) {
        m = hit;
        if (Number(hit[2]) >= 400) break;
      }
      if (!m) return undefined;
      const after = t.slice(m.index, m.index + 8192);
      const type = /\berror_type=([a-z_]{1,60})/.exec(after)?.[1];
      const code = /\berror_code=([a-z_]{1,80})/.exec(after)?.[1];
      // Its message in double quotes, or in single ones (older releases: "error_message='Invalid URL: ...'").
      const said = /\berror_message=(?:"((?:[^"\\\r\n]|\\.){0,2000})"|'((?:[^'\\\r\n]|\\.){0,2000})')/.exec(after);
      const message = said?.[1] ?? said?.[2];
      const error = { ...(type ? { type } : {}), ...(code && code !== "None" ? { code } : {}), ...(message ? { message } : {}) };
      return {
        what: "stripe-python's log",
        provider: "stripe",
        status: num(m[2]),
        url: m[1]!,
        ...(Object.keys(error).length ? { rebuilt: { value: { error }, from: "Stripe's error body rebuilt from the type, code and message stripe-python logged" } } : {}),
      };
    },
  },
  {
    // stripe-php's ApiRequestor in a PHP stack trace, which prints the status as an argument: "#0 .../ApiRequestor.php(219):
    // Stripe_ApiRequestor->handleApiError('{\n  "error": {\n...', 404, Array)" (its body cut to 15 characters by PHP), under the
    // exception's own line ("exception 'Stripe_InvalidRequestError' with message 'Unrecognized request URL ...'").
    name: "stripe-php's ApiRequestor frame",
    find(t) {
      const m = /\bStripe(?:_|\\)ApiRequestor->(?:handleApiError|handleErrorResponse|_interpretResponse)\('[^\r\n]{0,60}?(?:\.\.\.|'), ?([1-5]\d\d)\b/.exec(t);
      if (!m) return undefined;
      const said = /\bexception '(?:Stripe(?:_|\\)(?:Error\\)?|Stripe\\Exception\\)([A-Za-z]{1,60}?)(?:Error|Exception)?' with message '((?:[^'\\\r\n]|\\.){0,2000})'/.exec(t.slice(0, m.index));
      const type = said && Object.hasOwn(STRIPE_PHP_TYPES, said[1]!) ? STRIPE_PHP_TYPES[said[1]!] : undefined;
      return {
        what: "stripe-php's ApiRequestor frame",
        provider: "stripe",
        status: num(m[1]),
        ...(said ? { rebuilt: { value: { error: { ...(type ? { type } : {}), message: said[2]! } }, from: "Stripe's error body rebuilt from the exception's class and message" } } : {}),
      };
    },
  },
  {
    // golang.org/x/oauth2 before v0.13: "oauth2: cannot fetch token: 400 Bad Request\nResponse: {\n  \"error\": \"invalid_grant\", ...}",
    // the token endpoint's body as it came (a log may cut it, or lose its line breaks).
    name: "Go oauth2's token error",
    find(t) {
      const m = /\boauth2: cannot fetch token: (\d{3})[^\r\n]{0,80}?\s{1,4}Response: /.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      // A body cut off is closed by the printed body's reading (`bodyOf`), with its warning.
      const body = t.charAt(at) !== "{" ? restOfLine(t, at) : (bracketed(t, at) ?? t.slice(at, at + 65536).trimEnd());
      const url = lastUrlIn(t.slice(Math.max(0, m.index - 2100), m.index));
      return { what: "Go oauth2's token error", status: num(m[1]), ...(url ? { url } : {}), body };
    },
  },
  {
    // MSAL.NET's service exceptions, as logged or printed: "Microsoft.Identity.Client.MsalUiRequiredException , ErrorCode:
    // invalid_grant , StatusCode: 400", or a member a line ("ErrorCode: invalid_grant", "StatusCode: 400" or "HTTP StatusCode 400",
    // "ResponseBody: {...}").
    name: "MSAL.NET service exception",
    find(t) {
      const m = /\bMsal[A-Za-z]{0,40}Exception\b/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index, m.index + 8192);
      // Its fields follow its stack; a paste that starts inside an earlier print of the same exception has them above it (its
      // "ErrorCode: invalid_client", "StatusCode: 401", "Claims:" over the log's second print of the message).
      const above = t.slice(Math.max(0, m.index - 4096), m.index);
      const stated = /\bStatusCode:? (\d{3})\b/.exec(after);
      const fields = stated ? after : /\bErrorCode: [A-Za-z0-9_]{1,80}\s{1,40}StatusCode:? \d{3}\b/.test(above) ? above : undefined;
      const status = fields === undefined ? undefined : (stated ?? /\bStatusCode:? (\d{3})\b/.exec(fields))?.[1];
      if (fields === undefined || status === undefined) return undefined;
      const code = /\bErrorCode: ([A-Za-z0-9_]{1,80})/.exec(fields)?.[1];
      const response = /\bResponseBody: (?=\{)/.exec(fields);
      const body = response ? bracketed(fields, response.index + response[0].length) : undefined;
      // Its message, the identity platform's description ("AADSTS70002: Error validating credentials. AADSTS50012: Invalid client secret ...").
      const said = /^: (AADSTS\d{4,8}: [^\r\n]{1,2000})(?:\r?\n[ \t]{0,40}Trace ID: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b)?/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 2200));
      const description = said?.[1]?.trim();
      // (And the trace id printed under it, which the platform's body sends as `trace_id`: the id its support asks for.)
      const traceId = said?.[2];
      return {
        what: "MSAL.NET's service exception",
        provider: "microsoft",
        status: num(status),
        ...(body !== undefined
          ? { body }
          : code
            ? { rebuilt: { value: { error: code, ...(description ? { error_description: description } : {}), ...(traceId ? { trace_id: traceId } : {}) }, from: `the identity platform's body rebuilt from the error code (${code})${description ? " and message" : ""} MSAL printed` } }
            : {}),
      };
    },
  },
  {
    // A .NET exception that wraps the WebException of the failed call (ADAL's "AdalServiceException: AADSTS70002: Error validating
    // credentials. ... ---> System.Net.WebException: The remote server returned an error: (401) Unauthorized."): the outer
    // exception's message is what the server said, the inner one only its status.
    name: ".NET exception wrapping a WebException",
    find(t) {
      const m = / ---> System\.Net\.WebException: The remote server returned an error: \((\d{3})\) ([A-Za-z ]{1,40})\./.exec(t);
      if (!m) return undefined;
      const line = t.slice(Math.max(t.lastIndexOf("\n", m.index) + 1, m.index - 4000), m.index);
      const outer = /(?:^|[\s(])[A-Za-z_][\w.]{0,200}(?:Exception|Error): (\S[^\r\n]*)$/.exec(line)?.[1]?.trim();
      if (outer === undefined) return undefined;
      const aws = AWS_DOTNET_ERROR.exec(outer);
      if (aws) return { what: "a .NET exception wrapping the call's WebException", status: num(m[1]), statusText: m[2]!, provider: "aws", rebuilt: awsDotnetBody(aws[1]!) };
      return { what: "a .NET exception wrapping the call's WebException", status: num(m[1]), statusText: m[2]!, body: outer };
    },
  },
  {
    // .NET's HttpRequestException where its messages are not loaded (Blazor WebAssembly trims them): the resource key, then its
    // arguments ("net_http_message_not_success_statuscode_reason, 429, Too Many Requests", EnsureSuccessStatusCode's message).
    name: ".NET HttpRequestException by its resource key",
    find(t) {
      const m = /\bnet_http_message_not_success_statuscode(?:_reason)?, ([45]\d\d)(?:, ([A-Za-z ]{1,40}))?/.exec(t);
      return m ? { what: ".NET's HttpRequestException (its message's resource key)", status: num(m[1]), ...(m[2] ? { statusText: m[2].trim() } : {}) } : undefined;
    },
  },
  {
    // stripe-ruby: "Stripe::AuthenticationError: (Status 401) (Request req_123) Invalid API Key provided: ..." (StripeError#to_s)
    name: "stripe-ruby error",
    find(t) {
      const m = /\(Status (\d{3})\)(?: \(Request (req_[A-Za-z0-9]{1,64})\))?[ \t]*([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      // The message on the lines below when irb shows the error (`# => Stripe::PermissionError ((Status 403) (Request req_...)\n# =>
      // This application does not have ...\n# => Having the 'read_only' scope would allow this request to continue.)`).
      let message = m[3]!.trim();
      if (message === "") {
        const below = /^\r?\n((?:[ \t]*#[ \t]*=>[ \t]?[^\r\n]{0,2000}(?:\r?\n|$)){1,10})/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 21_000));
        message = below ? below[1]!.split(/\r?\n/).map((l) => l.replace(/^[ \t]*#[ \t]*=>[ \t]?/, "").trim()).filter((l) => l !== "").join(" ").replace(/\)$/, "") : "";
      }
      return {
        what: "stripe-ruby's error",
        provider: "stripe",
        status: num(m[1]),
        ...(m[2] ? { headers: [["Request-Id", m[2]] as HeaderPair], notes: ["The request id was read from the message (stripe-ruby prints the one Stripe sent)."] } : {}),
        rebuilt: { value: { error: { message } }, from: "Stripe's error body rebuilt from the message stripe-ruby printed" },
      };
    },
  },
  {
    // box-python-sdk's BoxAPIException, a member a line: "Message: ...", "Status: 403", "Code: ...", "Request ID: ...",
    // "Headers: {'WWW-Authenticate': 'Bearer realm=\"Service\", error=\"insufficient_scope\", ...', ...}", "URL: ...", "Method: ...".
    name: "box-python-sdk BoxAPIException",
    find(t) {
      const m = /^Message: ([^\r\n]{0,2000})\r?\nStatus: (\d{3})\r?\nCode: ([^\r\n]{0,200})\r?\nRequest id: ([^\r\n]{0,200})\r?\n(?:Headers: ([^\r\n]{0,20000}))?/im.exec(t);
      if (!m) return undefined;
      const none = (v: string | undefined) => (v === undefined || v.trim() === "None" ? undefined : v.trim());
      const headers = headerPairsIn(m[5] ?? "", /'([A-Za-z0-9-]{1,100})': '((?:[^'\\\r\n]|\\.){0,4000})'/g).map(([name, value]): HeaderPair => [name, value.replace(/\\(.)/g, "$1")]);
      const [message, code, id] = [none(m[1]), none(m[3]), none(m[4])];
      const url = /^URL: (https?:\/\/[^\s]{1,2000})/m.exec(t.slice(m.index, m.index + 30_000))?.[1];
      return {
        what: "box-python-sdk's BoxAPIException",
        provider: "box",
        status: num(m[2]),
        ...(url ? { url } : {}),
        ...(headers.length || id ? { headers: [...headers, ...(id && !headers.some(([n]) => n.toLowerCase() === "box-request-id") ? [["box-request-id", id] as HeaderPair] : [])] } : {}),
        ...(message || code ? { rebuilt: { value: { type: "error", status: num(m[2]), ...(code ? { code } : {}), ...(message ? { message } : {}) }, from: "Box's error body rebuilt from the code and message box-python-sdk printed" } } : {}),
      };
    },
  },
  {
    // box-java-sdk: "com.box.sdk.BoxAPIResponseException: The API returned an error code [401]" (older releases)
    name: "Box SDK API exception",
    find(t) {
      // Newer releases (and the .NET SDK, with the reason for the number): `[403 | request id] code - message`.
      const m = /The API returned an error(?: code)? \[(\d{3}|[A-Z][A-Za-z ]{1,40})(?: \| ([A-Za-z0-9.]{1,128}))?\](?: ([a-z_]{1,64}) - ([^\r\n]{0,2000}))?/.exec(t);
      if (!m) return undefined;
      const status = /^\d/.test(m[1]!) ? num(m[1]) : num(Object.keys(REASONS).find((n) => REASONS[n] === m[1]));
      if (status === undefined) return undefined;
      // Without a code and message, the request id alone is kept (box-java-sdk's `[401 | .0f59ac...]`). Its ids are the body's and
      // the `BOX-REQUEST-ID` header's joined by a dot: a leading dot is an empty body id, no part of the header's.
      const id = m[2]?.replace(/^\./, "") || undefined;
      const body = m[3] ? { type: "error", status, code: m[3], message: m[4]!.trim(), ...(id ? { request_id: id } : {}) } : id ? { type: "error", status, request_id: id } : undefined;
      return {
        what: "Box SDK's API exception",
        provider: "box",
        status,
        ...(body ? { rebuilt: { value: body, from: `Box's error body rebuilt from the status, request id${m[3] ? ", code and message" : ""} the SDK printed` } } : {}),
      };
    },
  },
  {
    // The AzureAD PowerShell module's Graph error (Microsoft.Open.MSGraphBeta's ApiException): "Code: UnknownError", "Message:
    // Too Many Requests", "InnerError:" with "RequestId: <guid>", then "HttpStatusCode: 429": Graph's error body, rebuilt.
    name: "AzureAD PowerShell Graph error",
    find(t) {
      const m = /(?:^|\n)[ \t]*Code:[ \t]?([A-Za-z_.]{0,100})[ \t]*\r?\n[ \t]*Message: ([^\r\n]{0,2000})\r?\n(?:[ \t]*InnerError:[ \t]*\r?\n(?:[ \t]+[A-Za-z]{1,40}: [^\r\n]{0,200}\r?\n){0,8})?[ \t]*HttpStatusCode: (\d{3})\b/.exec(t);
      if (!m) return undefined;
      const requestId = /^[ \t]+RequestId: ([0-9a-fA-F-]{36})[ \t]*\r?$/m.exec(m[0])?.[1];
      const error = { code: m[1]!, message: m[2]!.trim(), ...(requestId ? { innerError: { "request-id": requestId } } : {}) };
      return {
        what: "the AzureAD PowerShell module's Graph error",
        status: num(m[3]),
        rebuilt: { value: { error }, from: "Microsoft Graph's error body rebuilt from the code, message and request id the module printed" },
      };
    },
  },
  {
    // An OpenAPI Generator Java client's ApiException as its toString prints it (okta-sdk-java): "ApiException{code=500,
    // responseHeaders={...}, responseBody={...}}", the body it kept, or the error body the app logged on the line above it.
    name: "OpenAPI Java ApiException toString",
    find(t) {
      const m = /\bApiException\{code=(\d{3}), responseHeaders=/.exec(t);
      if (!m) return undefined;
      const kept = /responseBody=(\{[^\r\n]{0,65536})/.exec(t.slice(m.index, m.index + 70_000))?.[1];
      // Any object right above is the body: Okta's `{"errorCode": ..., "errorSummary": ...}` has no `error` member.
      const body = (kept !== undefined && kept !== "{...})" && kept !== "{...}}" ? bracketed(kept, 0) : undefined) ?? errorBodyAbove(t, m.index, () => true);
      return { what: "an OpenAPI Java client's ApiException", status: num(m[1]), ...(body ? { body } : {}) };
    },
  },
  {
    // @shopify/shopify-api's HttpResponseError: "Received an error response (430 undefined) from Shopify:", then the body's errors
    // and "If you report this error, please include this id: <X-Request-Id>" (which Shopify's provider entry reads). Its reason is
    // the response's status text: `undefined` when Shopify sent a code with none (430, its security rejection).
    name: "@shopify/shopify-api HttpResponseError",
    find(t) {
      const m = /\bReceived an error response \((\d{3}) ([^)\r\n]{0,60})\) from Shopify:?[ \t]*([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const reason = m[2]!.trim();
      // The body's errors follow on the next line when the line ends there; the request id's line is the library's, not the body.
      const below = /^\r?\n[ \t]*([^\r\n]{1,2000})/.exec(t.slice(m.index + m[0].length))?.[1];
      const said = m[3]!.trim() || (below !== undefined && !/^If you report this error\b/.test(below) ? below.trim() : "");
      // The errors as it prints a string of them, in quotes ('"[API] This action requires merchant approval for read_themes scope."'):
      // the words, not a JSON string.
      const body = /^"[^"]*"$/.test(said) ? said.slice(1, -1) : said;
      return {
        what: "@shopify/shopify-api's HttpResponseError",
        provider: "shopify",
        status: num(m[1]),
        ...(reason && reason !== "undefined" ? { statusText: reason } : {}),
        body,
      };
    },
  },
  {
    // google-api-python-client's log line when it weighs a retry: 'Encountered 403 Forbidden with reason "userRateLimitExceeded"'.
    name: "googleapiclient retry log line",
    find(t) {
      const m = /\bEncountered (\d{3}) ([A-Z][A-Za-z ]{1,40}) with reason "([A-Za-z]{1,64})"/.exec(t);
      if (!m) return undefined;
      const error = { code: Number(m[1]), message: m[2]!, errors: [{ reason: m[3]! }] };
      return {
        what: "google-api-python-client's retry log line",
        provider: "google",
        status: num(m[1]),
        statusText: m[2]!,
        rebuilt: { value: { error }, from: "Google's error body rebuilt from the status and reason google-api-python-client logged" },
      };
    },
  },
  {
    // google-api-client's (Ruby) errors as Ruby prints them: raised ("Google::Apis::AuthorizationError: Unauthorized"), inspected
    // ("#<Google::Apis::ClientError: forbidden: Request had insufficient authentication scopes.>") or uncaught ("check_status':
    // forbidden: ... (Google::Apis::ClientError)"). An error class that stands for one status gives it; a `ClientError` (any other
    // 4xx) gives the status of the reason it prints before its message, when Google sends that reason with one status only.
    name: "google-api-client (Ruby) error",
    find(t) {
      const raised = /\bGoogle::Apis::(AuthorizationError|RequestTimeOutError|RateLimitError|ClientError):[ \t]([^\r\n>]{1,2000})/.exec(t);
      // (Uncaught, its class ends the line: found first, then its message looked for on that line before it.)
      const tail = raised ? null : / \(Google::Apis::(AuthorizationError|RequestTimeOutError|RateLimitError|ClientError)\)/.exec(t);
      const line = tail ? t.slice(Math.max(t.lastIndexOf("\n", tail.index) + 1, tail.index - 2300), tail.index) : "";
      const uncaught = tail ? /:in [\w`']{1,200}:[ \t]([^\r\n]{1,2000})$/.exec(line) : null;
      const [cls, said] = raised ? [raised[1]!, raised[2]!] : tail && uncaught ? [tail[1]!, uncaught[1]!] : [];
      if (cls === undefined || said === undefined) return undefined;
      // The inspect's own `status_code: 403` is read by the reader of Ruby's inspect, status and all.
      if (/\bstatus_code: \d{3}\b/.test(said)) return undefined;
      const reason = /^([a-z][A-Za-z]{1,60}): (.{1,2000})$/.exec(said.trim());
      const byReason = reason && Object.hasOwn(GOOGLE_REASON_STATUS, reason[1]!) ? GOOGLE_REASON_STATUS[reason[1]!] : undefined;
      const byClass = Object.hasOwn(GOOGLE_RUBY_ERROR_STATUS, cls) && !(cls === "RateLimitError" && byReason !== undefined) ? GOOGLE_RUBY_ERROR_STATUS[cls] : undefined;
      const status = byClass ?? byReason;
      if (status === undefined) return undefined;
      const message = (reason ? reason[2]! : said).trim();
      return {
        what: "google-api-client's (Ruby) error",
        provider: "google",
        status,
        statusSaid: byClass === undefined
          ? `Google sends the reason ${reason![1]} with HTTP ${status} only (its JSON APIs' status codes); google-api-client printed the reason, not the status`
          : cls === "RateLimitError"
            ? "google-api-client raises RateLimitError for HTTP 429, or a 4xx whose reason is a rate limit's (its check_status): read as 429"
            : `google-api-client raises ${cls} for HTTP ${status} only (its check_status)`,
        rebuilt: { value: { error: { code: status, message, ...(reason ? { errors: [{ reason: reason[1], message }] } : {}) } }, from: "Google's error body rebuilt from what google-api-client printed" },
      };
    },
  },
  {
    // An OAuth client's error for what its token endpoint answered, printed with the RFC's error code but no status: google-auth's
    // RefreshError (Python: "google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', ...)"), signet's
    // AuthorizationError (Ruby: "Authorization failed.  Server message:" and the body), the oauth2 gem's error ("OAuth2::Error
    // (invalid_scope: AADSTS1002012: ...)"), Google.Apis.Auth's TokenResponseException (.NET: 'Error:"unauthorized_client",
    // Description:"...", Uri:""'). RFC 6749 section 5.2 gives the token endpoint's errors HTTP 400 (`invalid_client` 401): read so and said.
    name: "an OAuth client's token error",
    find(t) {
      for (const client of TOKEN_CLIENTS) {
        const m = client.pattern.exec(t);
        if (!m) continue;
        const code = m[1]!;
        const description = m[2]?.trim();
        const status = code === "invalid_client" ? 401 : 400;
        // The endpoint's body itself, when the client printed it too (signet's message holds it; an app logs the oauth2 gem's
        // `response.body` below its message): its every member, Entra's `trace_id` among them.
        const open = t.indexOf("{", m.index);
        const text = open >= 0 && open - m.index <= 2000 ? bracketed(t, open) : undefined;
        const json = text === undefined ? undefined : readJson(text);
        const own = json?.ok && isRecord(json.value) && json.value.error === code ? text : undefined;
        return {
          what: client.name,
          ...(client.provider ? { provider: client.provider, providerBy: client.name } : {}),
          status,
          statusSaid: `RFC 6749 section 5.2 gives a token endpoint's ${code} HTTP ${status}; ${client.name} does not print the status`,
          ...(own !== undefined
            ? { body: own }
            : { rebuilt: { value: { error: code, ...(description ? { error_description: description } : {}) }, from: `the token endpoint's error rebuilt from the code and description ${client.name} printed` } }),
        };
      }
      return undefined;
    },
  },
  {
    // @notionhq/client's warning for a failed call, its code and message but no status ("@notionhq/client warn: request fail {\n  code:
    // 'object_not_found',\n  message: 'Could not find database with ID: ...'\n}", or "Client warn: ..." as its older releases logged):
    // the status Notion's docs give the code.
    name: "@notionhq/client's warning",
    find(t) {
      const m = /(?:@notionhq\/client|\bClient) warn: request fail \{\s{0,40}code: '([a-z_]{2,60})',\s{0,40}message: '((?:[^'\\\r\n]|\\.){0,2000})'/.exec(t);
      const status = m ? NOTION_CODE_STATUS[m[1]!] : undefined;
      if (status === undefined) return undefined;
      const message = m![2]!.replace(/\\(.)/g, "$1");
      return {
        what: "@notionhq/client's warning",
        provider: "notion",
        providerBy: "@notionhq/client's warning",
        status,
        statusSaid: `Notion's docs give its code ${m![1]} HTTP ${status} (https://developers.notion.com/reference/status-codes); the client's warning does not print the status`,
        rebuilt: { value: { object: "error", status, code: m![1]!, message }, from: "Notion's error rebuilt from the code and message the client's warning printed" },
      };
    },
  },
  {
    // A Bayeux (CometD) error, "code:args:message" (the Bayeux protocol's `error` field, its code an HTTP status): Salesforce's streaming
    // API refusing a session at its handshake ("Exception during HANDSHAKE: 401::Authentication invalid", Camel's and Kafka Connect's
    // connectors), "403::Handshake denied".
    name: "a Bayeux (CometD) error",
    find(t) {
      const m = /(?:\berror=|\bHANDSHAKE: |(?:Exception|Error): |during handshake: )([45]\d\d):([^:\s][^:\r\n]{0,200})?:([A-Z][^\r\n,}(]{1,200})/.exec(t);
      if (!m) return undefined;
      const message = m[3]!.replace(/[ \t]+null[ \t]*$/, "").trim();
      return { what: "a Bayeux (CometD) error", status: num(m[1]), body: message };
    },
  },
  {
    // Jetty's HttpClient refuses a 401 (or a 407) that names no scheme to answer, before the app sees the response: "HTTP protocol
    // violation: Authentication challenge without WWW-Authenticate header" (its AuthenticationProtocolHandler; openHAB's cloud
    // connector logs it). The status is the one that message stands for; the challenge it lacked is why nothing more is known.
    name: "Jetty's authentication challenge without its header",
    find(t) {
      const m = /\bHTTP protocol violation: Authentication challenge without (WWW|Proxy)-Authenticate header\b/.exec(t);
      if (!m) return undefined;
      const status = m[1] === "WWW" ? 401 : 407;
      return { what: "Jetty's refusal of a challenge without its header", status, statusSaid: `Jetty says it of a ${status} without the ${m[1]}-Authenticate header` };
    },
  },
  {
    // Cognitect's aws-api (Clojure): its anomaly map, the status, the code and the message as EDN keys (`{:message "Signature expired: ...",
    // :cognitect.aws.http/status 403, :cognitect.anomalies/category :cognitect.anomalies/forbidden, :cognitect.aws.error/code
    // "InvalidSignatureException"}`), in any order: AWS's error, rebuilt from them.
    name: "Cognitect aws-api's anomaly",
    find(t) {
      const m = /:cognitect\.aws\.http\/status[ \t,]+([1-5]\d\d)\b/.exec(t);
      if (!m) return undefined;
      const from = Math.max(0, t.lastIndexOf("{", m.index));
      const map = t.slice(from, from + 8192);
      const code = /:cognitect\.aws\.error\/code[ \t,]+"([A-Za-z0-9.#:]{1,128})"/.exec(map)?.[1];
      const message = /(?:^|[{ \t,\n]):(?:message|Message)[ \t,]+"((?:[^"\\\r\n]|\\.){0,2000})"/.exec(map)?.[1]?.replace(/\\(.)/g, "$1");
      const error: Record<string, string> = {};
      if (code !== undefined) error.__type = code;
      if (message !== undefined) error.message = message;
      return {
        what: "Cognitect aws-api's anomaly",
        provider: "aws",
        providerBy: "Cognitect aws-api's anomaly",
        status: num(m[1]),
        ...(code !== undefined || message !== undefined ? { rebuilt: { value: error, from: "AWS's error body rebuilt from the code and message the anomaly holds" } } : {}),
      };
    },
  },
  {
    // hubspot3's HubspotError (Python), its request and result in sections: "---- request ----\nGET api.hubapi.com/deals/v1/deal/-1?...",
    // "---- result ----" (the status), "---- body -----" (the result's body: five dashes, the request's has four) and "---- reason ----"
    // (the reason phrase, which says the status when the result's line does not hold it).
    name: "hubspot3's HubspotError",
    find(t) {
      const at = t.indexOf("---- request ----");
      if (at < 0) return undefined;
      const region = t.slice(at, at + 65_536);
      const section = (name: string): string | undefined => {
        const m = new RegExp(`(?:^|\\n)---- ${name} -{4,5}[ \\t]*\\r?\\n([^\\r\\n]{0,4000})`).exec(region);
        return m?.[1]!.trim();
      };
      const result = section("result");
      const reason = section("reason");
      const status = /^[45]\d\d$/.test(result ?? "") ? num(result) : reason !== undefined ? statusOfPhrase(reason) : undefined;
      if (status === undefined) return undefined;
      const request = /^([A-Z]{3,7}) ([^\s,]{1,2000})/.exec(section("request") ?? "");
      const bodyAt = /(?:^|\n)---- body -----[ \t]*\r?\n/.exec(region);
      const body = bodyAt ? bracketed(t, at + bodyAt.index + bodyAt[0].length) : undefined;
      return {
        what: "hubspot3's HubspotError",
        provider: "hubspot",
        providerBy: "hubspot3's HubspotError",
        status,
        ...(reason ? { statusText: reason } : {}),
        ...(request ? { method: request[1]!, url: request[2]! } : {}),
        ...(body !== undefined ? { body } : {}),
      };
    },
  },
  {
    // Go's googleapi: "googleapi: got HTTP response code 403 with body: HTTP/2.0 403 Forbidden\n<headers>\n\n{json}" (its debug transport).
    // Without that transport, the body alone, when it is no JSON error (`CheckResponse`'s "... code 429 with body: <html>...<title>Sorry...",
    // Google's page for automated traffic): the page, up to its end.
    name: "Go googleapi response dump",
    find(t) {
      // (Its body empty: the line ends at "with body:", a paste's trailing blank trimmed.)
      const m = /googleapi: got HTTP response code (\d{3}) with body:(?: |[ \t]*(?:\r?\n|$))/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      if (!t.startsWith("HTTP/", at)) {
        // A googleapi.Error logged above it is the failure (rclone's 403 userRateLimitExceeded, then the 404 of removing the failed
        // copy): the reader of that error takes it.
        if (/googleapi: [Ee]rror \d{3}: /.test(t.slice(0, m.index))) return undefined;
        const close = t.startsWith("<", at) ? /<\/html>/i.exec(t.slice(at, at + 65536)) : null;
        const body = close ? t.slice(at, at + close.index + close[0].length) : restOfLine(t, at);
        return { what: "Go's googleapi error for a body that is no JSON error", provider: "google", status: num(m[1]), body };
      }
      const dumped = readHttp(t.slice(at));
      if (!dumped) return undefined;
      const body = typeof dumped.body === "string" ? leadingJson(dumped.body) : undefined;
      return {
        what: "Go's googleapi response dump",
        provider: "google",
        status: num(m[1]),
        ...(dumped.statusText ? { statusText: dumped.statusText } : {}),
        headers: dumped.headers,
        body: body ?? (dumped.body as string),
        notes: body !== undefined && body !== dumped.body ? ["The text after the body's JSON (a log line) was skipped."] : [],
      };
    },
  },
  {
    // Go's googleapi: "googleapi: Error 403: Request had insufficient authentication scopes.\nDetails:\n[...]\n\nMore details:\nReason: insufficientPermissions, Message: ..."
    name: "Go googleapi.Error",
    find(t) {
      const m = /googleapi: [Ee]rror (\d{3}): ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      let message = m[2]!;
      // Some loggers print the error with its newlines escaped ("...scopes.\\nDetails:\\n[...").
      let after = t.slice(m.index + m[0].length);
      const escaped = message.indexOf("\\nDetails:");
      if (escaped >= 0) {
        after = message.slice(escaped).replace(/\\n/g, "\n").replace(/\\"/g, '"') + after;
        message = message.slice(0, escaped);
      }
      // A logger's own bracket around the error (rclone's "low level retry 1/10 (error googleapi: Error 403: ..., userRateLimitExceeded)"):
      // its closer ends the line, and is not the message's.
      const lineStart = t.lastIndexOf("\n", m.index) + 1;
      if (message.endsWith(")") && unclosed(t.slice(Math.max(lineStart, m.index - 400), m.index)) > 0 && unclosed(message) < 0) message = message.slice(0, -1);
      // Or its quoted field (TiDB's `[error="googleapi: Error 429: ..., rateLimitExceeded"]`, logrus's `error="googleapi: ..., rateLimitExceeded"
      // strategy=desktop`): the quote closes the message, the fields after it are the log's (a quote inside it is escaped).
      if (/[A-Za-z_]{1,40}="$/.test(t.slice(Math.max(lineStart, m.index - 60), m.index))) {
        const close = /(?<!\\)"/.exec(message);
        if (close) message = message.slice(0, close.index);
      }
      // A quoted field opened further back (velero's logrus `error="rpc error: code = Unknown desc = googleapi: Error 403: ..., forbidden"
      // error.file="..."`): its closing quote ends the message, the fields after it are the log's.
      else if (/[A-Za-z_.]{1,40}="[^"\r\n]{0,400}$/.test(t.slice(Math.max(lineStart, m.index - 400), m.index)) && message.includes('"')) message = message.slice(0, message.indexOf('"'));
      // Or its count of the tries after it (rclone's "Received error: Upload failed - retry: googleapi: Error 403: ..., userRateLimitExceeded
      // - retrying 2/10"): the client's, not Google's.
      message = message.replace(/ - retrying \d{1,4}\/\d{1,4}[ \t]*$/, "");
      let reason: string | undefined;
      const legacy = /, ([A-Za-z]{3,64})$/.exec(message); // "..., insufficientPermissions" (the reason, older clients)
      if (legacy) {
        reason = legacy[1];
        message = message.slice(0, legacy.index);
      }
      const detailsAt = /\nDetails:\r?\n/.exec(after);
      let details: unknown;
      if (detailsAt) {
        const start = after.indexOf("[", detailsAt.index);
        const text = start >= 0 ? bracketed(after, start) : undefined;
        const read = text === undefined ? undefined : readJson(text);
        if (read?.ok) details = read.value;
      }
      const more = /Reason: ([A-Za-z]{1,64}), Message: ([^\r\n]{0,1000})/.exec(after);
      if (more) reason = more[1];
      const error: Record<string, unknown> = { code: Number(m[1]), message };
      if (reason !== undefined) error.errors = [{ reason, message: more?.[2] ?? message }];
      if (details !== undefined) error.details = details;
      return { what: "Go's googleapi error", provider: "google", status: num(m[1]), rebuilt: { value: { error }, from: "Google's error body rebuilt from the code, message, reason and details googleapi printed" } };
    },
  },
  {
    // The Go Gen AI SDK's (google.golang.org/genai) APIError: "Error 400, Message: Unable to submit request ..., Status: INVALID_ARGUMENT,
    // Details: []", its Status the body's google.rpc code name (or the status line's text when the body was none). Found by its fixed
    // end first, then its start on the same line: a lazy message from every "Error NNN, Message: " would scan the line for each.
    name: "Go genai APIError",
    find(t) {
      if (t.indexOf(", Details: ") < 0) return undefined;
      const end = /, Status: ([A-Z][A-Z_]{2,40}|\d{3}[ A-Za-z-]{0,60}), Details: /.exec(t);
      if (!end) return undefined;
      const line = t.slice(Math.max(t.lastIndexOf("\n", end.index) + 1, end.index - 4096), end.index);
      const m = /\bError (\d{3}), Message: /.exec(line);
      if (!m) return undefined;
      const message = line.slice(m.index + m[0].length);
      const code = GOOGLE_RPC_CODES.has(end[1]!) ? end[1]! : undefined;
      return {
        what: "the Go Gen AI SDK's APIError",
        provider: "google",
        status: num(m[1]),
        rebuilt: { value: { error: { code: Number(m[1]), message, ...(code ? { status: code } : {}) } }, from: "Google's error body rebuilt from the code, message and status the APIError printed" },
      };
    },
  },
  {
    // The Go SDKs for Microsoft Graph under Terraform's azuread provider (Hamilton's msgraph, go-azure-sdk): "GroupsClient.BaseClient.Post():
    // unexpected status 403 with OData error: Authorization_RequestDenied: Insufficient privileges to complete the operation.", the
    // status's phrase in brackets in newer releases, the OData error (its code, then its message) on the same line or the next, its
    // message going on over the lines Terraform wrapped it at. Graph's body, rebuilt from the code and the message.
    name: "Microsoft Graph's OData error in Go",
    find(t) {
      const m = /\bunexpected status (\d{3})(?: \(\d{3} [A-Za-z ]{1,40}\))? with OData error:[ \t]*(?:\r?\n[ \t│|]*)?([A-Za-z][\w.]{1,100}): ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      let message = m[3]!.trim();
      for (let at = m.index + m[0].length, n = 0; n < 8; n++) {
        const next = /^\r?\n[ \t│|]*([^\r\n]{1,2000})/.exec(t.slice(at, at + 2010));
        if (!next || /^[ \t]*$/.test(next[1]!) || /^(?:with|on|Error:)\b/.test(next[1]!.trim())) break;
        message += ` ${next[1]!.trim()}`;
        at += next[0].length;
      }
      return {
        what: "the OData error of Microsoft Graph's Go SDK",
        provider: "microsoft",
        status: num(m[1]),
        rebuilt: { value: { error: { code: m[2]!, message } }, from: "Graph's error body rebuilt from the OData error's code and message" },
      };
    },
  },
  {
    // A stream's error event (server-sent events: "event: error" and its "data: {...}" line) quoted in a log with its escapes (Elixir
    // LangChain's `Unsupported event received when parsing Anthropic response: "event: error\ndata: {\"type\":\"error\", ...}"`): the
    // data's body, decoded, read with the status it states (Anthropic's error type names one: `overloaded_error` is 529).
    name: "a stream's error event in a string",
    find(t) {
      const re = /(?:\\n|\b)data: ?(?=\{\\")/g;
      for (let tries = 0, m = re.exec(t); m && tries < 8; m = re.exec(t), tries++) {
        const decoded = escapedString(t, m.index + m[0].length, 65_536).text;
        const json = decoded === undefined ? undefined : leadingJson(decoded);
        const read = json === undefined ? undefined : readJson(json);
        if (!read?.ok || !isRecord(read.value)) continue;
        const status = ownStatus(read.value);
        if (status !== undefined) return { what: "a stream's error event, quoted with its escapes", status, body: json! };
      }
      return undefined;
    },
  },
  {
    // Kiota's APIError as Python's repr prints it when no error class is registered for the status (msgraph-sdk-python):
    // "APIError(message='The server returned an unexpected status code ...', response_status_code=400,
    // response_headers=Headers({'request-id': '...', ...}))". The message is Kiota's, not the API's: the body is not printed.
    name: "Kiota APIError's repr",
    find(t) {
      const m = /\bAPIError\(message=(['"])([^\r\n]{0,2000}?)\1,\s{1,40}response_status_code=(\d{3}),/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 65_536);
      const dict = /^\s{0,40}response_headers=Headers\(\{/.exec(after);
      const headersText = dict ? bracketed(after, dict[0].length - 1) : undefined;
      return {
        what: "Kiota's APIError",
        status: num(m[3]),
        ...(headersText === undefined ? {} : headersOf(headersText)),
        body: m[2]!,
      };
    },
  },
  {
    // Kiota's APIError, as msgraph-sdk-python prints its ODataError: "APIError\nCode: 403\nmessage: None\nerror:
    // MainError(..., code='Authorization_RequestDenied', ..., inner_error=InnerError(..., request_id='...'), message='...')".
    // Its lines may carry a log's prefix (a CI runner's timestamp).
    name: "Kiota APIError (Microsoft Graph's SDKs)",
    find(t) {
      const m = /\bAPIError[ \t]*\r?\n[^\r\n]{0,40}?\bCode: (\d{3})[ \t]*\r?\n/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 8192);
      const main = /\berror: MainError\(/.exec(rest);
      if (!main) return { what: "Kiota's APIError", status: num(m[1]) };
      const error = rest.slice(main.index);
      const quoted = (name: string) => new RegExp(`\\b${name}='((?:[^'\\\\\\r\\n]|\\\\.){0,2000})'`).exec(error)?.[1];
      const requestId = quoted("request_id");
      const clientRequestId = quoted("client_request_id");
      const innerError = { ...(requestId ? { "request-id": requestId } : {}), ...(clientRequestId ? { "client-request-id": clientRequestId } : {}) };
      const body = { error: { code: quoted("code") ?? "", message: quoted("message") ?? "", ...(requestId || clientRequestId ? { innerError } : {}) } };
      return { what: "Kiota's APIError", status: num(m[1]), rebuilt: { value: body, from: "Microsoft Graph's error body rebuilt from the MainError Kiota printed" } };
    },
  },
  {
    // R gargle: "Client error: (403) Forbidden\n<message>\n• domain: global\n• reason: insufficientPermissions\n• message: ..."
    // (its first line is httr's, which other R clients print too).
    name: "R gargle response_process",
    find(t) {
      const m = /(?:Client|Server) error: \((\d{3})\) ([^\r\n]{0,200})/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8192);
      const bullet = (key: string) => new RegExp(`(?:^|\\n)[ \\t]*(?:•|\\*|-)[ \\t]*${key}: ([^\\r\\n]{1,1000})`).exec(after)?.[1]?.trim();
      const reason = bullet("reason");
      // Newer gargle lists the status's description, then Google's message, as bullets with no key under the status line: the last.
      const keyless = /^(?:\r?\n[ \t]*[•*][ \t]+(?![a-z][\w.]{0,40}: )[^\r\n]{1,1000}){1,8}/.exec(after)?.[0].trim().split(/\r?\n/).at(-1)?.replace(/^[ \t]*[•*][ \t]+/, "");
      const message = bullet("message") ?? keyless ?? /\r?\n[ \t]*([^•*\-\s][^\r\n]{0,1000})/.exec(after)?.[1]?.trim();
      const domain = bullet("domain");
      const status = /^[A-Z][A-Z_]{2,40}$/.test(m[2]!.trim()) ? m[2]!.trim() : undefined; // "(403) PERMISSION_DENIED": AIP-193
      // The first line is httr's status message, which any R client prints (JirAgileR's "Client error: (403) Forbidden" for Jira):
      // only gargle's bullets, or a google.rpc code name for a reason, say Google.
      if (reason === undefined && domain === undefined && status === undefined) {
        return { what: "R httr's status message", status: num(m[1]), statusText: m[2]!.trim(), ...(message ? { body: message } : {}) };
      }
      const error: Record<string, unknown> = { code: Number(m[1]), ...(message ? { message } : {}), ...(status ? { status } : {}) };
      // An UPPER_SNAKE reason is AIP-193's ErrorInfo reason; a camelCase one the legacy errors[].reason.
      if (reason && /^[A-Z][A-Z0-9_]+$/.test(reason)) error.details = [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason, ...(domain ? { domain } : {}) }];
      else if (reason) error.errors = [{ reason, ...(domain ? { domain } : {}), ...(message ? { message } : {}) }];
      return {
        what: "R gargle's error",
        provider: "google",
        status: num(m[1]),
        statusText: m[2]!.trim(),
        ...(reason || message ? { rebuilt: { value: { error }, from: "Google's error body rebuilt from the reason and message gargle printed" } } : {}),
      };
    },
  },
  {
    // boto (v2): "BotoServerError: 403 Forbidden\n<?xml ...><ErrorResponse>..."
    name: "boto BotoServerError",
    find(t) {
      // The reason, then the body on the lines below, or on its own line after the reason (an issue's "S3ResponseError: 403 Forbidden
      // <?xml version=...?> <Error>..." joined into one line).
      const m = /(?:BotoServerError|S3ResponseError|EC2ResponseError|JSONResponseError|BotoClientError): (\d{3}) ([^\r\n<{]{0,200})/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length);
      const start = after.search(/<|\{/);
      // The document ends where it closes: what a runner printed below it (Ansible's "FATAL: all hosts have already failed") is not its.
      const at = m.index + m[0].length + start;
      const rest = start >= 0 && t.charAt(at) === "<" ? t.slice(at, at + 65_536) : "";
      const document = rest === "" ? undefined : xmlErrorDocument(rest);
      const body = (document !== undefined && rest.startsWith(document) ? document : undefined) ?? (start >= 0 ? after.slice(start).trim() : undefined);
      return { what: "boto's BotoServerError", provider: "aws", status: num(m[1]), statusText: m[2]!.trim(), ...(body ? { body } : {}) };
    },
  },
  {
    // intercom-ruby's UnexpectedError, for an error code the gem does not map (token_unauthorized among them): "The error of type '' is
    // not recognized. It occurred with the message: Not authorized to access resource and http_code: '401'. Please contact Intercom ...".
    // Its fixed tail is found first, then the message is read back to "with the message: " on the same line.
    name: "intercom-ruby's UnexpectedError",
    find(t) {
      const tail = / and http_code: '(\d{3})'\. Please contact Intercom with these details/.exec(t);
      if (!tail) return undefined;
      const lead = "It occurred with the message: ";
      const line = t.lastIndexOf("\n", tail.index) + 1;
      const at = t.lastIndexOf(lead, tail.index);
      if (at < line || tail.index - at > 2100) return undefined;
      const message = t.slice(at + lead.length, tail.index).trim();
      return {
        what: "intercom-ruby's UnexpectedError",
        status: num(tail[1]),
        provider: "intercom",
        rebuilt: { value: { type: "error.list", errors: [{ message }] }, from: "Intercom's error list rebuilt from the message intercom-ruby printed (it does not print the error code)" },
      };
    },
  },
  {
    // botocore: "An error occurred (ThrottlingException) when calling the DescribeInstances operation (reached max retries: 4): Rate exceeded";
    // its older words, as the AWS CLI v1 printed them: "A client error (InvalidAccessKeyId) occurred when calling the PutObject operation: ...".
    name: "botocore ClientError",
    find(t) {
      // (Or cut off after the operation's name, its line ending there: a wrapper's "S3Storage error at '...': An error occurred
      // (AccessDenied) when calling the PutObject", django-s3-storage's, as an issue copied it; or with no message after "operation".)
      const m = /(?:An error occurred|A (?:client|server) error) \(([A-Za-z0-9.:#]{1,128})\) (?:occurred )?when calling the ([A-Za-z0-9]{1,128})(?: operation(?: \(reached max retries: \d{1,3}\))?:(?: |(?=\r?\n|$))([^\r\n]{0,2000})|(?: operation)?[ \t]*(?=\r?\n|$))/.exec(t);
      if (!m) return undefined;
      m[3] ??= "";
      // A response with no body (a HEAD: S3's HeadObject) has no code: botocore puts the status in its place, "(403)".
      if (/^[1-5]\d\d$/.test(m[1]!)) return { what: "botocore's ClientError (its code is the status: the response had no body)", provider: "aws", status: num(m[1]), statusText: m[3]!.trim() };
      // An event stream's exception type is written in lower camel case (EventStreamError's "(throttlingException)", Bedrock's
      // agents): the modelled error it is, as the SDKs name it.
      const code = /^[a-z][A-Za-z0-9]{1,120}Exception$/.test(m[1]!) ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1) : m[1]!;
      // A server that sends no message puts its reason and status there ("when calling the PutObject operation: BadRequest(400)", an
      // S3-compatible server's): the status it states.
      const stated = /^[A-Za-z][A-Za-z ]{1,40}\(([45]\d\d)\)$/.exec(m[3]!.trim())?.[1];
      if (stated !== undefined) {
        return { what: "botocore's ClientError (its message is the reason and the status)", provider: "aws", status: num(stated), rebuilt: { value: { __type: code, message: "" }, from: `AWS's error body rebuilt from the code (${m[1]}) botocore printed` } };
      }
      // The app that logs the error may print its `e.response` too (agno's "Error in Agent run: {'Error': {...}, 'ResponseMetadata':
      // {'RequestId': '...', 'HTTPStatusCode': 400, ...}"): botocore's metadata states the status and the request id, also when the
      // log cuts the dict off after them.
      const meta = responseMetadata(t);
      // A message the notebook or terminal wrapped after the operation's colon, its blank too or not (awswrangler's "... GetWorkGroup operation: \nYou are not
      // authorized to perform: athena:GetWorkGroup on the resource. After your AWS administrator ...\nupdated your permissions, ..."): its
      // lines up to a blank one.
      // (A log that joined the traceback's lines to the message's, CloudWatch's of a Lambda's: "Access DeniedTraceback (most recent call last):".)
      const said = m[3]!.replace(/(?:\\{1,3}n|[ \t]){0,8}Traceback \(most recent call last\):[^\r\n]*$/, "");
      const message = said.trim() !== "" ? said : (/^(?:\r?\n[ \t]*[^\s][^\r\n]{0,1000}){1,6}/.exec(t.slice(m.index + m[0].length))?.[0].split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" ") ?? "");
      // An S3 operation's code stands for the status S3's list gives it (NoSuchKey for 404), when nothing printed the status.
      const s3 = meta === undefined && S3_OPERATION.test(m[2]!) ? s3Status(code) : undefined;
      return {
        what: meta ? "botocore's ClientError, with the status its response's metadata states" : "botocore's ClientError (it does not print the status)",
        provider: "aws",
        ...(meta ? { status: meta.status, headers: meta.requestId === undefined ? [] : [["x-amzn-RequestId", meta.requestId]] } : {}),
        ...(s3 !== undefined ? { status: s3, statusSaid: s3StatusSaid(code, s3) } : {}),
        rebuilt: { value: { __type: code, message }, from: `AWS's error body rebuilt from the code (${m[1]}) and message botocore printed` },
      };
    },
  },
  {
    // A Python exception logged as its type's repr and its text ("Error sending message: <class 'google.api_core.exceptions.InvalidArgument'>
    // 400 Request contains an invalid argument.", Home Assistant's Gemini integration): google-api-core's exceptions print their status
    // first. The type's package names whose client it is.
    name: "a Python exception's type and its text, its status first",
    find(t) {
      const m = /<class '((?:[A-Za-z_]\w{0,60}\.){1,8}[A-Z]\w{0,80})'>:?[ \t]+([1-5]\d\d)[ \t]+([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      const pkg = exceptionPackage(m[1]!, 0, m[1]!.length);
      return { what: "a Python exception's type and its text", status: num(m[2]), body: m[3]!.trim(), ...(pkg ? { provider: pkg, providerBy: `a ${pkg}.* exception` } : {}) };
    },
  },
  {
    // aws-sdk-ruby's service error, its class named for AWS's code (`Aws::<Service>::Errors::<Code>`; v1's `AWS::<Service>::Errors::<Code>`),
    // as Ruby prints it raised ("Aws::CloudFormation::Errors::Throttling: Rate exceeded") or uncaught ("`call': Rate exceeded
    // (Aws::ElasticLoadBalancing::Errors::Throttling)"). It prints no status: an S3 code stands for the one S3's list gives it; others are
    // read for their code, as botocore's ClientError is. (Its `Http503Error` classes, named for a status, are read as that status elsewhere.)
    name: "aws-sdk-ruby's service error",
    find(t) {
      // (Its message may start on the line below: "Aws::S3::Errors::RequestTimeTooSkewed: " and then "The difference between ...".)
      const raised = /\b(?:Aws|AWS)::([A-Za-z0-9]{1,60})::Errors::([A-Z][A-Za-z0-9]{1,127}):[ \t]*(?:\r?\n[ \t]{0,8}(?!from |at ))?([^\s][^\r\n]{0,1999})/.exec(t);
      const uncaught = raised ? null : /:in `[^'\r\n]{1,200}': ([^\r\n]{1,2000}) \((?:Aws|AWS)::([A-Za-z0-9]{1,60})::Errors::([A-Z][A-Za-z0-9]{1,127})\)/.exec(t);
      const [service, code, message] = raised ? [raised[1]!, raised[2]!, raised[3]!] : uncaught ? [uncaught[2]!, uncaught[3]!, uncaught[1]!] : [];
      if (code === undefined || /^(?:ServiceError|Http[1-5]\d\dError)$/.test(code)) return undefined;
      const s3 = service === "S3" ? s3Status(code) : undefined;
      // (A code named for a status, as its classes are: SES v2's `TooManyRequestsException`.)
      const named = s3 === undefined ? statusOfClass(code) : undefined;
      return {
        what: "aws-sdk-ruby's service error",
        provider: "aws",
        ...(s3 !== undefined ? { status: s3, statusSaid: s3StatusSaid(code, s3) } : named !== undefined ? { status: named, statusSaid: `its class is named for HTTP ${named}` } : {}),
        rebuilt: { value: { __type: code, message: message!.trim() }, from: `AWS's error body rebuilt from the code (${code}) and message aws-sdk-ruby printed` },
      };
    },
  },
  {
    // Apps Script's advanced services (a GoogleJsonResponseException's message): "API call to people.people.updateContact failed with
    // error: Quota exceeded for quota metric ...". It names the Google API method it called, not the status: the status is the one
    // Google's docs give the message, when they give one.
    name: "Apps Script's advanced service error",
    find(t) {
      const m = /\bAPI call to [a-z][A-Za-z0-9]{1,40}(?:\.[A-Za-z][A-Za-z0-9]{0,60}){1,4} failed with error: ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      const documented = documentedStatusOf(m[1]!);
      return {
        what: "Apps Script's advanced service error",
        provider: "google",
        body: m[1]!.trim(),
        ...(documented !== undefined ? { status: documented.status, statusSaid: `Google's docs give its words with HTTP ${documented.status} (${documented.source}); Apps Script printed no status` } : {}),
      };
    },
  },
  {
    // Python's http.client with its debug level on (requests' and urllib's `HTTPConnection.debuglevel = 1`, gallery-dl's --print-traffic):
    // "send: b'GET /napi/photos/... HTTP/1.1\r\nHost: unsplash.com\r\n...'", "reply: 'HTTP/1.1 403 Forbidden\r\n'", then a line
    // "header: Name: value" for each header. Of several replies (a redirect's), the first that failed.
    name: "Python http.client's debug output",
    find(t) {
      let m: RegExpExecArray | undefined;
      let tries = 0;
      for (const hit of t.matchAll(/(?:^|\n)reply: '(?:HTTP\/\d(?:\.\d)? ([1-5]\d\d)(?: ([^'\\\r\n]{0,200}))?)\\r\\n'[ \t]*(?=\r?\n|$)/g)) {
        m = hit;
        if (hit[1]! >= "400" || ++tries >= 20) break;
      }
      if (m === undefined) return undefined;
      const headers: HeaderPair[] = [];
      for (let p = nextLine(t, lineEnd(t, m.index + 1)); p < t.length && headers.length < MAX_HEADERS; ) {
        const e = lineEnd(t, p);
        const h = /^header: ([^\r\n]{1,4000}?)\r?$/.exec(t.slice(p, e));
        if (!h || !headerLine(h[1]!, headers)) break;
        p = nextLine(t, e);
      }
      // The request it answered, the last one sent before it: its method, path and Host.
      const at = t.lastIndexOf("send: b'", m.index);
      const sent = at < 0 ? null : /^send: b'([A-Z]{3,7}) (\/[^\s']{0,2000}) HTTP\/\d(?:\.\d)?\\r\\nHost: ([A-Za-z0-9.-]{1,253})/.exec(t.slice(at, at + 2400));
      const reason = m[2]?.trim();
      return {
        what: "Python http.client's debug output",
        status: num(m[1]),
        ...(reason ? { statusText: reason } : {}),
        headers,
        ...(sent ? { method: sent[1]!, url: `https://${sent[3]}${sent[2]}` } : {}),
      };
    },
  },
  {
    // A 5xx's status and the HTML page its server sent, over the lines after it (SwiftyDropbox's "Internal Server Error 502: <!DOCTYPE
    // html>", the page Dropbox's front end sends): the whole page is the body, for its title to name the provider.
    name: "a server error's status and the page after it",
    find(t) {
      const m = /(?:\[request-id ([0-9a-f]{16,64})\] )?Internal Server Error (5\d\d): (?=<!DOCTYPE html|<html)/i.exec(t);
      if (!m) return undefined;
      const from = m.index + m[0].length;
      const close = t.indexOf("</html>", from);
      return {
        what: "a server error's status and the page after it",
        status: num(m[2]),
        ...(m[1] !== undefined ? { headers: [["x-dropbox-request-id", m[1]] as HeaderPair] } : {}),
        body: t.slice(from, close < 0 ? Math.min(t.length, from + 65536) : close + 7),
      };
    },
  },
  {
    // SwiftyDropbox's CallError, as an app prints it (its `description`): "[request-id 5f…] Bad Input: Error in call to API function
    // \"users/get_current_account\": ...", "API auth error - expiredAccessToken", "API access error - ...", "API route error - ...". Its
    // cases stand for the statuses Dropbox's HTTP docs give them (400 bad input, 401 auth, 403 access, 409 a route's own error); the bad
    // input is read only with its request id or Dropbox's own words for it, "Error in call to API function".
    name: "SwiftyDropbox's CallError",
    find(t) {
      const m = /(?:\[request-id ([0-9a-f]{16,64})\] )?(?:(Bad Input): (?=Error in call to API function\b)|API (auth|access|route) error - )([^\r\n]{0,2000})/.exec(t);
      if (!m || (m[2] !== undefined && m[1] === undefined && !m[4]!.startsWith("Error in call to API function"))) return undefined;
      const status = m[2] !== undefined ? 400 : m[3] === "auth" ? 401 : m[3] === "access" ? 403 : 409;
      // A case of an enum printed alone (`expiredAccessToken`) is Dropbox's `.tag`, in snake case.
      const tag = /^[a-z][A-Za-z]{1,60}$/.test(m[4]!.trim()) ? m[4]!.trim().replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : undefined;
      return {
        what: "SwiftyDropbox's CallError",
        provider: "dropbox",
        status,
        statusSaid: `SwiftyDropbox raises its ${m[2] ?? `API ${m[3]} error`} for HTTP ${status} only`,
        ...(m[1] !== undefined ? { headers: [["x-dropbox-request-id", m[1]]] } : {}),
        ...(tag !== undefined
          ? { rebuilt: { value: { error_summary: `${tag}/`, error: { ".tag": tag } }, from: "Dropbox's error body rebuilt from the case SwiftyDropbox printed" } }
          : { body: m[4]!.trim() }),
      };
    },
  },
  {
    // The Dropbox SDK for Java's exceptions, each of which its DbxRequestUtil raises for one status only (400 BadRequestException, 401
    // InvalidAccessTokenException, 403 AccessErrorException, 429 RateLimitException, 500 ServerException, 503 RetryException), with
    // the body as its message where it keeps one: "com.dropbox.core.InvalidAccessTokenException: {"error_summary": "missing_scope/", ...}".
    name: "the Dropbox SDK for Java's exception",
    find(t) {
      const m = DROPBOX_JAVA_EXCEPTION.exec(t);
      if (!m) return undefined;
      const status = DROPBOX_JAVA_STATUS[m[1]!]!;
      return {
        what: "the Dropbox SDK for Java's exception",
        provider: "dropbox",
        status,
        statusSaid: `the Dropbox SDK for Java raises ${m[1]}Exception for HTTP ${status} only`,
        body: (m[2] ?? "").trim(),
      };
    },
  },
  {
    // braintree_node's errors, each made for one status with its own words (lib/braintree/http.js): "downForMaintenanceError: Down for
    // Maintenance" is its 503, "tooManyRequestsError: Too Many Requests" its 429. The type and the words together, as it prints them.
    name: "braintree_node's error",
    find(t) {
      const m = BRAINTREE_NODE_ERROR.exec(t);
      if (!m) return undefined;
      const [status, words] = BRAINTREE_NODE_ERRORS[m[1]!]!;
      return { what: "braintree_node's error", status, statusSaid: `braintree_node raises its ${m[1]} ("${words}") for HTTP ${status} only`, body: words };
    },
  },
  {
    // binance-connector-python's errors print their arguments, the status first: `binance.error.ClientError: (401, -2015, 'Invalid
    // API-key, IP, or permissions for action.', {headers...})` (its ClientError and ServerError take the status, Binance's code, its message).
    name: "binance-connector's ClientError",
    find(t) {
      const m = /\b(?:binance\.error\.)?(?:Client|Server)Error: \(([1-5]\d\d), (-?\d{1,6}), (['"])((?:(?!\3)[^\\\r\n]|\\.){0,2000})\3/.exec(t);
      if (!m || (!m[0].startsWith("binance.") && !/\bbinance\b/i.test(t))) return undefined;
      return {
        what: "binance-connector's ClientError",
        provider: "binance",
        status: num(m[1]),
        rebuilt: { value: { code: Number(m[2]), msg: m[4]!.replace(/\\(.)/g, "$1") }, from: "Binance's error body rebuilt from the code and message binance-connector printed" },
      };
    },
  },
  {
    // The AWS SDK for C++'s AWSError, as its `operator<<` prints it ("HTTP response code: 400", then "Resolved remote host IP address",
    // "Request ID: ...", "Exception name: ExpiredToken", "Error message: ...", its headers), or as an app prints its parts on a line
    // ("AWS ERROR: ExpiredToken: ... HTTP status code:  400. AWS Error Type:  100"). When it could not read the response's body as an
    // error document its message says so and names the code: "Unable to parse ExceptionName: ExpiredToken Message: The provided token
    // has expired."
    name: "the AWS SDK for C++'s AWSError",
    find(t) {
      const listed = /\bHTTP response code: ([1-5]\d\d)[ \t]*\r?\n(?:[^\r\n]{0,300}\r?\n){0,4}?Exception name: ([A-Za-z][A-Za-z0-9.:#]{1,127})[ \t]*\r?\nError message: ([^\r\n]{0,2000})/.exec(t);
      const parsed = /\bUnable to parse ExceptionName: ([A-Za-z][A-Za-z0-9]{1,127}) Message: ([^\r\n]{0,2000}?)(?:\.\. HTTP status code: {1,2}([1-5]\d\d)\b|\.?[ \t]*(?:\r?\n|$))/.exec(t);
      if (!listed && !(parsed && (parsed[3] !== undefined || /\bAWS ERROR: /.test(t)))) return undefined;
      const code = listed ? listed[2]! : parsed![1]!;
      const message = (listed ? (/^Unable to parse ExceptionName: [A-Za-z0-9]{1,127} Message: (.*)$/.exec(listed[3]!.trim())?.[1] ?? listed[3]!) : parsed![2]!).trim().replace(/\.+$/, ".");
      const status = listed ? listed[1] : (parsed![3] ?? /\bHTTP status code: {1,2}([1-5]\d\d)\b/.exec(t)?.[1]);
      const id = listed ? /\bRequest ID: ([A-Za-z0-9-]{8,128})[ \t]*(?:\r?\n|$)/.exec(t.slice(listed.index, listed.index + listed[0].length))?.[1] : undefined;
      return {
        what: "the AWS SDK for C++'s AWSError",
        provider: "aws",
        ...(status !== undefined ? { status: num(status) } : {}),
        ...(id !== undefined ? { headers: [["x-amzn-RequestId", id] as HeaderPair] } : {}),
        rebuilt: { value: { __type: code, message }, from: `AWS's error body rebuilt from the code (${code}) and message the AWS SDK for C++ printed` },
      };
    },
  },
  {
    // The AWS SDK for Rust (smithy-rs) prints its error's metadata with Rust's Debug: `Error { code: "SlowDown", message: "Please reduce
    // your request rate.", aws_request_id: "AG2P…", s3_extended_request_id: "…" }`, newer versions `ErrorMetadata { code: Some("SlowDown"),
    // message: Some("…"), extras: Some({"aws_request_id": "…"}) }`, also inside a log string with its quotes escaped. Its raw response's
    // Debug, when printed, states the status (`raw: Response { inner: Response { status: 503, …`); without it, the code says what it is,
    // as botocore's does. (An AWS request id's key is what tells it from any Rust error with a code and a message.)
    name: "aws-sdk-rust's error metadata",
    find(t) {
      const m = /\b(?:Error|ErrorMetadata) \{ code: (?:Some\()?\\?"([A-Za-z][A-Za-z0-9.]{1,127})\\?"\)?, message: (?:Some\()?\\?"/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 8192).replace(/\\"/g, '"');
      if (!/\baws_request_id"?: /.test(rest)) return undefined;
      const message = /^((?:[^"\\\r\n]|\\.){0,2000})"/.exec(rest)?.[1] ?? "";
      // (A masked id, "*****", is none.)
      const requestId = /\baws_request_id"?: "([A-Za-z0-9+/=_-]{1,200})"/.exec(rest)?.[1];
      const status = /\braw: Response \{ (?:inner: Response \{ )?status: ([1-5]\d\d)\b/.exec(t.slice(m.index, m.index + 65536))?.[1];
      return {
        what: status !== undefined ? "aws-sdk-rust's error, with the status its raw response states" : "aws-sdk-rust's error (it does not print the status)",
        provider: "aws",
        ...(status !== undefined ? { status: num(status) } : {}),
        headers: requestId === undefined ? [] : [["x-amzn-RequestId", requestId]],
        rebuilt: { value: { __type: m[1]!, message }, from: `AWS's error body rebuilt from the code (${m[1]}) and message aws-sdk-rust printed` },
      };
    },
  },
  {
    // QuickBooks Online's fault printed inside a client's exception or an app's log (python-quickbooks'
    // `AuthorizationException`, the PHP SDK, a JSON string in a log): the fault's message,
    // `message=ThrottleExceeded; errorCode=003001; statusCode=403`, is the one place the status is printed.
    name: "QuickBooks fault message",
    find(t) {
      const m = /message=([A-Za-z]{1,64}); errorCode=(\d{6}); statusCode=(\d{3})/.exec(t);
      if (!m) return undefined;
      const detail = /<Detail>([^<]{0,2000})<\/Detail>/.exec(t.slice(m.index, m.index + 4096))?.[1]?.trim();
      return {
        what: "QuickBooks' fault message",
        provider: "quickbooks",
        status: num(m[3]),
        rebuilt: {
          value: { Fault: { Error: [{ Message: m[0], code: String(Number(m[2])), ...(detail ? { Detail: detail } : {}) }] } },
          from: "QuickBooks' fault rebuilt from the message (and detail) the printout carries",
        },
      };
    },
  },
  {
    // QuickBooks' fault document pasted alone, whose `<Detail>` ends in the status it was sent with.
    name: "QuickBooks fault document",
    find: intuitResponse,
  },
  {
    // The QuickBooks PHP SDK's error, as its samples print it ("The Status code is: 400", "The Helper message is: Invalid auth/bad
    // request (got a 400, expected HTTP/1.1 20X or a redirect)", "The Response message is: <body>"), or its helper message alone,
    // with the print_r of what it got after it ("Array ( [0] => 400 [1] => <body> [2] => Array ( <headers> ) )"), or as its
    // ServiceException says it, the body in brackets.
    name: "QuickBooks PHP SDK error",
    find(t) {
      // Its ServiceException: "Http Status Code [400]: Request is not made successful. Response Code:[400] with body: [<body>]."
      const service = /\bRequest is not made successful\. Response Code:\[(\d{3})\] with body: \[/.exec(t);
      if (service) {
        const from = service.index + service[0].length;
        const close = t.lastIndexOf("]");
        const body = close > from ? t.slice(from, close).trim() : t.slice(from).trim();
        return { what: "the QuickBooks PHP SDK's ServiceException", provider: "quickbooks", status: num(service[1]), ...(body ? { body } : {}) };
      }
      const m = /\bThe Status code is: (\d{3})\b|\bInvalid auth\/bad request \(got a (\d{3}), expected HTTP\/1\.1 20X or a redirect\)/.exec(t);
      // "The Status code is" alone is any program's words: the SDK's helper message beside it makes it QuickBooks'.
      const helper = /\bThe Helper message is: /.test(t);
      if (!m || (m[1] !== undefined && !helper)) return undefined;
      // "Invalid auth/bad request (got a 400, ...)" alone is PHP's OAuth extension's OAuthException, whoever it called (a Dropbox
      // library's `Dropbox_OAuth_PHP`): the SDK's own words name QuickBooks, not the extension's.
      const quickbooks = helper || /\bThe (?:Status code|Response message) is: /.test(t);
      const said = /\bThe Response message is: ?/.exec(t);
      const array = /\bArray\r?\n[ \t]*\(\r?\n/.exec(t);
      const printed = array ? readPrintR(t, array.index) : undefined;
      const body = said ? t.slice(said.index + said[0].length).trim() : typeof printed?.["1"] === "string" ? printed["1"] : undefined;
      const headers = isRecord(printed?.["2"]) ? headerMembers(printed["2"]) : [];
      if (!quickbooks) return { what: "PHP's OAuthException", status: num(m[2]), ...(headers.length ? { headers } : {}), ...(body ? { body } : {}) };
      return { what: "the QuickBooks PHP SDK's error", provider: "quickbooks", status: num(m[1] ?? m[2]), ...(headers.length ? { headers } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // aws-sdk-swift's error for a code its service model does not name, as Swift's description prints it: "UnknownAWSHTTPServiceError(
    // typeName: Optional("ExpiredTokenException"), message: Optional("The security token included in the request is expired"), ...,
    // httpResponse: Status Code: http_status_403 Date: ..., x-amzn-requestid: ..., x-amzn-errortype: ...)". The code and message are
    // the body AWS sent (its JSON protocol's `__type` and `message`), for AWS's signals to read; the headers after the status, its own.
    name: "aws-sdk-swift's service error",
    find(t) {
      const m = /\bUnknownAWSHTTPServiceError\(typeName: Optional\("([A-Za-z][A-Za-z0-9.#:]{0,200})"\), message: (?:Optional\("((?:[^"\\\r\n]|\\.){0,2000})"\)|nil)[^\r\n]{0,400}?\bhttpResponse: Status Code: (?:http_status_)?([1-5]\d\d)\b/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, lineEnd(t, m.index + m[0].length));
      const headers: HeaderPair[] = [];
      for (const h of rest.matchAll(/(?:^|,) ?((?:x-amzn?-|Content-)[A-Za-z0-9-]{1,60}): ([^,()\s]{1,300})/g)) if (headers.push([h[1]!, h[2]!]) >= MAX_HEADERS) break;
      const value = { __type: m[1]!, ...(m[2] !== undefined ? { message: m[2].replace(/\\(.)/g, "$1") } : {}) };
      return { what: "aws-sdk-swift's service error", status: num(m[3]), provider: "aws", headers, rebuilt: { value, from: `AWS's error body rebuilt from the code (${m[1]}) and message aws-sdk-swift printed` } };
    },
  },
  {
    // The AWS SDK for Swift's error, its HTTP response described line by line, each header ended by a comma:
    // "ThrottlingException(properties: ...(message: Optional(\"Too many tokens, ...\")), httpResponse: \nStatus Code: HTTP status
    // code: 429 \n Date: ..., \nx-amzn-errortype: ThrottlingException:http://internal.amazon.com/..., \n...x-amzn-requestid: 39ad...,
    // message: Optional(\"...\"), requestID: nil)".
    name: "AWS SDK for Swift error",
    find(t) {
      const m = /\bhttpResponse: ?(?:\r?\n[ \t]*)?Status Code: HTTP status code: ([45]\d\d)[ \t]*(\r?\n)?/.exec(t);
      if (!m) return undefined;
      const headers: HeaderPair[] = [];
      let at = m.index + m[0].length;
      // Or all on one line (a log's), the headers and the error's members after them each ended by ", ".
      if (m[2] === undefined) {
        const line = restOfLine(t, at).replace(/, (?:message: Optional\(|requestID: )[^\r\n]*$/, "");
        for (const pair of line.split(/, (?=[A-Za-z0-9-]{1,100}: )/, MAX_HEADERS)) headerLine(pair, headers);
        at = t.length;
      }
      for (let n = 0; n < MAX_HEADERS && at < t.length; n++) {
        const end = lineEnd(t, at);
        // The last header's line goes on with the error's own members (", message: Optional(...), requestID: nil)").
        const line = t.slice(at, end).replace(/, message: Optional\([^\r\n]*$|,[ \t]*\r?$/, "").trim();
        if (!headerLine(line, headers)) break;
        at = end + 1;
      }
      const type = headers.find(([name]) => name.toLowerCase() === "x-amzn-errortype")?.[1].split(":", 1)[0];
      const message = /\(message: Optional\("((?:[^"\\\r\n]|\\.){0,2000})"\)/.exec(t.slice(0, m.index))?.[1];
      return {
        what: "the AWS SDK for Swift's error",
        provider: "aws",
        status: num(m[1]),
        ...(headers.length ? { headers } : {}),
        ...(type ? { rebuilt: { value: { __type: type, ...(message === undefined ? {} : { message }) }, from: "AWS's error body rebuilt from the error type header and the message the Swift SDK printed" } } : {}),
      };
    },
  },
  {
    // google-api-php-client v1's Google_ServiceException (and v2's Google_Service_Exception before it printed JSON): "Error calling
    // GET https://www.googleapis.com/analytics/v3/data/ga?...: (403) Quota Error: ...", PHP's " in /path/Google_REST.php:66" after it.
    name: "google-api-php-client v1 ServiceException",
    find(t) {
      const m = /\bError calling ([A-Z]{3,7}) (https?:\/\/\S{1,2000}?):? \(([45]\d\d)\) ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      return { what: "google-api-php-client's ServiceException", method: m[1]!, url: m[2]!, status: num(m[3]), body: m[4]!.replace(/ in \S{1,1000}\.php:\d{1,7}$/, "").trim() };
    },
  },
  {
    // aws-sdk-php's AwsException, its short form (no Guzzle line): 'Error executing "PutObject" on "https://s3-eu-west-1.amazonaws.com/
    // b/k"; AWS HTTP error: Client error: 403 AccessDenied (client): Access Denied', the code and message rebuilt as the body. A HEAD
    // has no body: its code is the status ("403 (client): 403 Forbidden (Request-ID: ...)").
    name: "aws-sdk-php AwsException, short form",
    find(t) {
      const m = /\bError executing "([A-Za-z0-9]{1,100})" on "(https?:\/\/[^"\s]{1,2000})";\s{0,40}AWS HTTP error: (?:Client|Server) error: ([45]\d\d) (?:([A-Za-z][A-Za-z0-9.]{1,100}) )?\((?:client|server)\): ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      return {
        what: "aws-sdk-php's AwsException",
        status: num(m[3]),
        url: m[2]!,
        ...(m[4] ? { rebuilt: { value: { __type: m[4], message: m[5]!.trim() }, from: `AWS's error body rebuilt from the code (${m[4]}) and message aws-sdk-php printed` } } : { body: m[5]!.trim() }),
      };
    },
  },
  {
    // aws-sdk-js v2's AWSError as the AWS Toolkit for VS Code logs it: "-> ExpiredToken: The security token included in the request is
    // expired (statusCode: 403; requestId: c181a9ce-...)": the code and message rebuilt as the body, the request id as AWS's header.
    name: "aws-sdk-js v2's error with its status and request id",
    find(t) {
      // Its bracket found natively first, then its line read: a pattern from each capital would rescan the line from each one.
      for (let at = t.indexOf("(statusCode: "), tries = 0; at >= 0 && tries < 8; at = t.indexOf("(statusCode: ", at + 1), tries++) {
        const line = t.slice(Math.max(t.lastIndexOf("\n", at) + 1, at - 2000), t.indexOf(")", at) + 1);
        const m = /\b([A-Z][A-Za-z0-9]{1,100}): ([^\r\n()]{1,2000}) \(statusCode: ([45]\d\d); requestId: ([\w-]{1,200})\)$/.exec(line);
        if (!m) continue;
        return {
          what: "aws-sdk-js v2's error with its status and request id",
          status: num(m[3]),
          headers: [["x-amzn-requestid", m[4]!]],
          rebuilt: { value: { __type: m[1], message: m[2]!.trim() }, from: `AWS's error body rebuilt from the code (${m[1]}) and message aws-sdk-js printed` },
        };
      }
      return undefined;
    },
  },
  {
    // aws-sdk-go-v2 (smithy-go): "operation error STS: GetCallerIdentity, https response error StatusCode: 403,
    // RequestID: 4d5f..., api error ExpiredToken: The security token included in the request is expired"
    name: "aws-sdk-go-v2 operation error",
    find(t) {
      // An event stream's error prints its code without "api error" (Bedrock's "..., RequestID: f140..., ValidationException: messages: ...").
      // A log may wrap it, indented (Crossplane's "... operation error S3: HeadBucket, https\n        response error StatusCode: 403, ...").
      const m = /https\s{1,20}response\s{1,20}error\s{1,20}StatusCode:\s{1,20}(\d{3}),\s{1,20}RequestID:\s{0,20}([^,\s]{0,128}),(?:\s{1,20}HostID:\s{0,20}[^,\r\n]{0,512},)?\s{1,20}(?:(?:api\s{1,20}error\s{1,20}([A-Za-z0-9.]{1,128})|([A-Z][A-Za-z0-9]{1,100}(?:Exception|Error|Fault))):(?:\s{1,20}([^\r\n"]{0,2000}))?)?/.exec(t);
      if (!m) return undefined;
      const code = m[3] ?? m[4];
      return {
        what: "aws-sdk-go-v2's operation error",
        provider: "aws",
        status: num(m[1]),
        // A log may redact it (`*redacted*`): only an id is kept.
        ...(/^[A-Za-z0-9-]{1,128}$/.test(m[2]!) ? { headers: [["x-amzn-RequestId", m[2]!] as HeaderPair] } : {}),
        // Not the brackets a Go %v of the error's container closes after it ("Forbidden: Forbidden  []}]").
        // (The code alone, its message empty, ends the line: Pulumi aws-native's "..., ThrottlingException:".)
        ...(code ? { rebuilt: { value: { __type: code, message: (m[5] ?? "").replace(/[ \t]+[[\]{}]{2,8}$/, "").trim() }, from: `AWS's error body rebuilt from the code (${code}) and message the Go SDK printed` } } : {}),
      };
    },
  },
  {
    // AWS SDK for Java v1's AmazonServiceException: "The provided token has expired. (Service: Amazon S3; Status Code: 400;
    // Error Code: ExpiredToken; Request ID: C043EEA5A00B5DF8)"; aws-sdk-go v1's awserr: "InvalidClientTokenId: The security
    // token included in the request is invalid.\n\tstatus code: 403, request id: 86d1302f-...".
    name: "AWS SDK for Java v1 or Go v1 error",
    find(t) {
      // Each is found by its fixed part, then the message read from the text before it (its line, or the line above):
      // a pattern that scans for the message first costs seconds on 5 MiB of colons.
      // The request id may be cut off (a paste that ends at "; Request ID"): the status and code are read all the same.
      // The SDK for Java v2 separates with commas and prints no code: "Access Denied (Service: S3, Status Code: 403, Request ID: G7WJ..., ...)".
      const java =
        // S3 answers a HEAD with no body: its "Error Code" is then the status and reason ("403 Forbidden"), no code of AWS's.
        // (A paste wrapped at its width may break the line at any of its blanks: "Status Code: 403; Error\nCode: AccessDeniedException".)
        /\(Service: [^;)]{1,100}; Status Code: (\d{3});(?: |\r?\n)Error(?: |\r?\n)Code:(?: |\r?\n)(\d{3} [A-Za-z ]{1,40}|[A-Za-z0-9.]{1,128})(?:;(?: |\r?\n)Request(?: |\r?\n)ID:(?: |\r?\n)([A-Za-z0-9-]{0,128}))?/.exec(t) ??
        /\(Service: [^,;)]{1,100}, Status Code: (\d{3}),()(?: Request ID: ([A-Za-z0-9-]{0,128}))?/.exec(t) ??
        // Or semicolons and no code (DynamoDB Streams' "Rate exceeded (Service: DynamoDBStreamsClient; Status Code: 400; Request ID: ...)").
        /\(Service: [^;)]{1,100}; Status Code: (\d{3})()(?:; Request ID: ([A-Za-z0-9-]{0,128}))?/.exec(t);
      // Go's status line is on a line of its own, or joined to the message when the paste lost its line break, or escaped
      // inside a log's JSON string (Ansible's "stderr": "...: Throttling: Rate exceeded\\n\\tstatus code: 400, ...").
      // A log that kept one line may drop the request id ("ThrottlingException: Rate exceeded status code: 400"): then the
      // status ends the line, and the code before it must read as AWS's (below).
      const go = java
        ? undefined
        : (/(?:\n[ \t]*| |\\{1,3}n(?:\\{1,3}t)?)status code: (\d{3}), request id: ([A-Za-z0-9-]{0,128})/.exec(t) ??
          // (Or cut inside its request id's label: "status code: 400, request", a paste's end.)
          /(?:\n[ \t]*| |\\{1,3}n(?:\\{1,3}t)?)status code: (\d{3})()(?:, request(?: id:?)?)?[ \t]*\r?(?:\n|$)/.exec(t));
      if (!java && !go) return undefined;
      const at = (java ?? go)!.index;
      const line = t.slice(Math.max(t.lastIndexOf("\n", at - 1) + 1, at - 2000), at).replace(/\r$/, ""); // a CRLF paste ends its line with a CR
      let message: string, code: string;
      if (java) {
        // (Every exception's name before it: a CompletionException wraps the service's.)
        message = line.replace(/^[^\r\n]*?(?:Exception|Error): (?:[\w.$]{1,200}(?:Exception|Error): ){0,4}/, "");
        // A quotation the exception's text opens is the message (CloudFormation's 'Resource handler returned message: "Rate exceeded
        // (Service: CloudWatchLogs, Status Code: 400, ...)"'): the words before its quote are the tool's.
        const quoted = message.lastIndexOf('"');
        if (quoted >= 0 && message.indexOf('"') === quoted) message = message.slice(quoted + 1);
        // No code at all: a status and reason, or "null" (a proxy's 500 before AWS answered). The SDK for Java v2 prints none, but its
        // exception is the modelled error (`software.amazon.awssdk.services.ecs.model.AccessDeniedException`), whose name is the code;
        // not the service's base class (`EcsException`, `S3Exception`), which any error of the service may be.
        code = java[2] === undefined || /^(?:\d{3} |null$)/.test(java[2]) ? "" : java[2];
        const modelled = code === "" ? /\bsoftware\.amazon\.awssdk\.services\.(\w{1,60})\.model\.([A-Z]\w{1,100}Exception):/.exec(line) : null;
        if (modelled && modelled[2]!.toLowerCase() !== `${modelled[1]!.toLowerCase()}exception`) code = modelled[2]!;
      } else {
        // The code starts its line or follows the error it is wrapped in ("error simulating policy: Throttling: Rate exceeded"),
        // else it is the first capitalized name before a colon ("[ERROR] AccessDenied: Access Denied"); a tool's own "Error: " before
        // it is no code (Terraform's "Error: waiting for EKS Cluster (x) create: ExpiredTokenException: ...").
        // (Its message may be empty, the line ending at the code's colon: Pulumi's "* error creating Lambda Function (1): AccessDeniedException:".)
        // (IAM's message starts "User: arn:... is not authorized to perform: ...": a word and its colon that are the message's own.)
        // (Or after "error", as its debug log's "DEBUG: Validate Response ec2/DescribeVpcs failed, not retrying, error UnauthorizedOperation:
        // You are not authorized ..." puts it: not the log's level before it.)
        const said =
          /, error ([A-Z][A-Za-z0-9.]{1,127}): ([^\r\n]*)$/.exec(line) ??
          /(?:^[ \t]*|: )(?!(?:Error|Warning|Exception): )([A-Z][A-Za-z0-9.]{1,127})(?:: (?!(?!User: )[A-Z][A-Za-z0-9.]{1,127}: )([^\r\n]*)|:[ \t]*)$/.exec(line) ??
          /(?!(?:Error|Warning|Exception): )([A-Z][A-Za-z0-9.]{1,127})(?:: (?!(?!User: )[A-Z][A-Za-z0-9.]{1,127}: )([^\r\n]*)|:[ \t]*)$/.exec(line);
        if (!said) return undefined;
        [code, message] = [said[1]!, said[2] ?? ""];
        // Without its request id, only an AWS-shaped code counts: words run together, no dots (`ThrottlingException`, `AccessDenied`,
        // `Throttling`), and not a language's own error class (`TypeError: fetch failed status code: 400`).
        if (go![2] === "" && !(code === "Throttling" || (/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(code) && !/Error$/.test(code)))) return undefined;
      }
      const [status, said] = java ? [java[1]!, java[3]] : [go![1]!, go![2]!];
      const id = said === "null" ? undefined : said; // the SDK's words for no id
      // S3's ids are its own headers' (`x-amz-request-id`), with the extended one the Java SDK prints after it ("S3 Extended Request ID: ...").
      const s3 = java !== null && /^\(Service: (?:Amazon )?S3[;,]/.test(java[0]);
      const extended = s3 ? /; S3 Extended Request ID: (?!null\b)([A-Za-z0-9+/=]{1,256})(?![\w+/=])/.exec(t.slice(java!.index, java!.index + 1000))?.[1] : undefined;
      const headers: HeaderPair[] = [...(id ? [[s3 ? "x-amz-request-id" : "x-amzn-RequestId", id] as HeaderPair] : []), ...(extended ? [["x-amz-id-2", extended] as HeaderPair] : [])];
      return {
        what: java ? "the AWS SDK for Java's service exception" : "aws-sdk-go's error",
        provider: "aws",
        status: num(status),
        ...(headers.length > 0 ? { headers } : {}),
        rebuilt: code
          ? { value: { __type: code, message: message.trim() }, from: `AWS's error body rebuilt from the code (${code}) and message the SDK printed` }
          : { value: { message: message.trim() }, from: "AWS's error message as the SDK printed it" },
      };
    },
  },
  {
    // amazonka (Haskell): its ServiceError as it logs it, a member a line (a log's prefix may start each): "[ServiceError] {",
    // "  status     = 400 Bad Request", "  code       = ProvisionedThroughputExceeded", "  message    = Just ...",
    // "  request-id = Just FEGC...". amazonka drops a code's "Exception" suffix.
    name: "amazonka ServiceError",
    find(t) {
      const at = t.indexOf("[ServiceError] {");
      if (at < 0) return undefined;
      const block = t.slice(at, at + 8192);
      const status = /\bstatus +=[ \t]+(\d{3})\b/.exec(block)?.[1];
      if (status === undefined) return undefined;
      const code = /\bcode +=[ \t]+([A-Za-z0-9.]{1,128})[ \t]*\r?\n/.exec(block)?.[1];
      const message = /\bmessage +=[ \t]+Just ([^\r\n]{1,2000})/.exec(block)?.[1];
      const id = /\brequest-id +=[ \t]+Just ([A-Za-z0-9-]{1,128})/.exec(block)?.[1];
      return {
        what: "amazonka's ServiceError",
        provider: "aws",
        status: num(status),
        ...(id ? { headers: [["x-amzn-RequestId", id] as HeaderPair] } : {}),
        ...(code ? { rebuilt: { value: { __type: code, message: (message ?? "").trim() }, from: `AWS's error body rebuilt from the code (${code}) and message amazonka printed` } } : {}),
      };
    },
  },
  {
    // amazonka's ServiceError as Haskell's `show` prints the record (before 2.0), often inside a log's JSON string, its quotes
    // escaped: "ServiceError (ServiceError' {..., _serviceErrorStatus = Status {statusCode = 400, ...}, _serviceErrorCode =
    // ErrorCode \"ProvisionedThroughputExceeded\", _serviceErrorMessage = Just (ErrorMessage {fromErrorMessage = \"...\"}),
    // _serviceErrorRequestId = Just (RequestId {fromRequestId = \"...\"})}".
    name: "amazonka ServiceError record",
    find(t) {
      const at = t.indexOf("_serviceErrorStatus = Status {statusCode = ");
      if (at < 0) return undefined;
      const block = t.slice(Math.max(0, at - 2000), at + 8192);
      const status = /^_serviceErrorStatus = Status \{statusCode = (\d{3})\b/.exec(t.slice(at, at + 60))?.[1];
      if (status === undefined) return undefined;
      // Its strings are quoted, or, inside a log's JSON string, quoted with escaped quotes (\"...\").
      const code = /_serviceErrorCode = ErrorCode \\?"([A-Za-z0-9.]{1,128})\\?"/.exec(block)?.[1];
      const message = /\bfromErrorMessage = \\?"([^"\r\n]{0,2000}?)\\?"/.exec(block)?.[1];
      const id = /\bfromRequestId = \\?"([A-Za-z0-9-]{1,128})\\?"/.exec(block)?.[1];
      return {
        what: "amazonka's ServiceError",
        provider: "aws",
        status: num(status),
        ...(id ? { headers: [["x-amzn-RequestId", id] as HeaderPair] } : {}),
        ...(code ? { rebuilt: { value: { __type: code, message: message ?? "" }, from: `AWS's error body rebuilt from the code (${code}) and message amazonka printed` } } : {}),
      };
    },
  },
  {
    // The AWS SDK for JavaScript v3's error, as Node inspects it ("ThrottlingException: Too many tokens ...\n    at ... {\n
    // '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 429,\n    requestId: '158a...',") or as an app lists its members
    // ("name: ThrottlingException", "$metadata: {"httpStatusCode":429,"requestId":"..."}"): the status, the request id, the code.
    name: "AWS SDK for JavaScript v3 error",
    find(t) {
      const at = t.indexOf("$metadata");
      // `"$metadata"` is a member of the error as JSON.stringify logs it: that body, whole, is the last reader's.
      if (at < 0 || t.charAt(at - 1) === '"') return undefined;
      const meta = t.slice(at, at + 1000);
      const status = /\bhttpStatusCode["']?:[ \t]*(\d{3})\b/.exec(meta)?.[1];
      if (status === undefined) return undefined;
      // A test's fixture of one (`const v3ThrottlingError = { ..., $metadata: {...}, name: 'ThrottlingException' }` above `it(...)`) is no call's.
      if (inTestSource(t)) return undefined;
      const id = /\brequestId["']?:[ \t]*["']([A-Za-z0-9-]{1,128})["']/.exec(meta)?.[1];
      // The code: the member `name` or S3's `Code` (members print in any order: before `$metadata` or after it), else the class that
      // heads the stack ("ThrottlingException: message"), also after the label of the object that holds it (`error: AccessDenied: Access Denied`).
      const around = t.slice(Math.max(0, at - 8192), at + 1000);
      const before = t.slice(Math.max(0, at - 8192), at);
      const named = /^[ \t]*["']?(?:name|Code)["']?:[ \t]*["']?([A-Z][A-Za-z0-9]{1,127})["']?,?[ \t]*$/m.exec(around)?.[1];
      const head = /^[ \t]*(?:["']?\w{1,40}["']?: )?([A-Z][A-Za-z0-9]{1,127}(?:Exception|Error|Fault)?): ([^\r\n]{1,2000})\r?\n[ \t]+at /m.exec(before) ?? /^[ \t]*([A-Z][A-Za-z0-9]{1,127}(?:Exception|Error|Fault)): ([^\r\n]{1,2000})/m.exec(before);
      const code = named ?? head?.[1];
      const message = /^[ \t]*["']?message["']?:[ \t]*["']?([^\r\n]{1,2000}?)["']?,?[ \t]*$/m.exec(around)?.[1] ?? (head && head[1] === code ? head[2] : undefined);
      return {
        what: "the AWS SDK for JavaScript v3's error",
        provider: "aws",
        status: num(status),
        ...(id ? { headers: [["x-amzn-RequestId", id] as HeaderPair] } : {}),
        ...(code ? { rebuilt: { value: { __type: code, message: (message ?? "").trim() }, from: `AWS's error body rebuilt from the name (${code}) and message the SDK's error carries` } } : {}),
      };
    },
  },
  {
    // aws-sdk-js v2's logger (`AWS.config.logger`): "[AWS apigateway 429 0.403s 0 retries] createRestApi({...})", then
    // the error it threw, "TooManyRequestsException: Too Many Requests", on a line below.
    name: "aws-sdk-js v2 logger line",
    find(t) {
      const m = /\[AWS [a-z0-9-]{1,64} ([45]\d\d) \d{1,6}(?:\.\d{1,6})?s \d{1,3} retr(?:y|ies)\]/.exec(t);
      if (!m) return undefined;
      const thrown = /^[ \t]*([A-Z][A-Za-z0-9]{1,127}(?:Exception|Error)?): ([^\r\n]{1,2000})/m.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 4096));
      return {
        what: "aws-sdk-js v2's logger line",
        provider: "aws",
        status: num(m[1]),
        ...(thrown ? { rebuilt: { value: { code: thrown[1], message: thrown[2]!.trim() }, from: `AWS's error rebuilt from the code (${thrown[1]}) and message the SDK threw` } } : {}),
      };
    },
  },
  {
    // The AWS SDK for Java before 1.9: "Status Code: 403, AWS Service: Amazon S3, AWS Request ID: E6B2194B3E5E353C,
    // AWS Error Code: AccessDenied, AWS Error Message: Access Denied".
    name: "AWS SDK for Java (before 1.9) error",
    find(t) {
      const m = /Status Code: (\d{3}), AWS Service: [^,\r\n]{1,100}, AWS Request ID: ([A-Za-z0-9-]{0,128}), AWS Error Code: ([A-Za-z0-9.]{1,128}), AWS Error Message: ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      // Inside the exception's brackets ("AmazonServiceException(Status Code: 500, ..., AWS Error Message: null) out of ..."), the
      // message ends where they close; `null` is the SDK's word for none.
      const said = t.charAt(m.index - 1) === "(" ? m[4]!.slice(0, closingBracket(m[4]!)).trim() : m[4]!.trim();
      return {
        what: "the AWS SDK for Java's service exception (before 1.9)",
        provider: "aws",
        status: num(m[1]),
        ...(m[2] ? { headers: [["x-amzn-RequestId", m[2]] as HeaderPair] } : {}),
        rebuilt: { value: { __type: m[3], message: said === "null" ? "" : said }, from: `AWS's error body rebuilt from the code (${m[3]}) and message the SDK printed` },
      };
    },
  },
  {
    // Apache HttpClient: "HttpResponseProxy{HTTP/1.1 403 Forbidden [Content-Type: application/json, Date: ...] ResponseEntityProxy{...}}",
    // or its BasicHttpResponse printed alone ("error is: HTTP/1.1 400 Bad Request [Server: cloudflare-nginx, Date: ...]"): the status
    // line, then the header list in brackets.
    name: "Apache HttpClient response",
    find(t) {
      const m = /(?:HttpResponseProxy\{|(?<=^|[\s:]))HTTP\/\d(?:\.\d)? (\d{3})([^[\]{}\r\n]{0,200})\[(?=[A-Za-z0-9-]{1,128}: )([^\]\r\n]{0,65536})(\]?)/.exec(t);
      if (!m) return undefined;
      const notes = m[4] ? [] : ["The printout is cut inside the header list: the last header may be incomplete."];
      const headers: HeaderPair[] = [];
      for (const part of m[3]!.split(/, (?=[A-Za-z0-9-]{1,128}: )/)) if (headers.length < MAX_HEADERS) headerLine(part, headers);
      return { what: "Apache HttpClient's response", status: num(m[1]), statusText: m[2]!.trim(), headers, notes };
    },
  },
  {
    // OkHttp's Response.toString(), as Java and Kotlin clients print it: "Response{protocol=h2, code=429, message=, url=https://...}";
    // java-slack-sdk's SlackApiException puts the body after it ("responseBody={...}").
    name: "OkHttp Response",
    find(t) {
      // (Or its fields alone at a line's start, as an app printed them: "protocol=http/1.1, code=400, message=Bad Request".)
      const m =
        // (Its URL, the last field, may hold commas: Mapbox Directions' coordinates, "-111.801682;-96.914228,32.873916".)
        /\bResponse\{protocol=[\w./-]{1,20}, code=(\d{3}), message=([^,}\r\n]{0,200}), url=(https?:\/\/[^\s}]{1,2000})\}/.exec(t) ??
        /(?:^|\n)[ \t]*protocol=(?:http\/[12](?:\.[01])?|h2), code=(\d{3}), message=([^,}\r\n]{0,200})(?:, url=(https?:\/\/[^\s,}]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      const after = /^[^\r\n{]{0,40}?\bresponseBody=(?=[{[])/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 200));
      const body = after ? bracketed(t, m.index + m[0].length + after[0].length) : undefined;
      const reason = m[2]!.trim();
      return { what: "OkHttp's Response", status: num(m[1]), ...(reason ? { statusText: reason } : {}), ...(m[3] !== undefined ? { url: m[3] } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // OkHttp / Retrofit HttpLoggingInterceptor: "D/OkHttp: <-- 401 Unauthorized https://... (123ms)", header lines, body, "<-- END HTTP"
    name: "OkHttp logging interceptor",
    find(t) {
      // (Or its older status line, OkHttp 2's: "<-- HTTP/1.1 403 Forbidden (1015ms)", no URL.)
      const m = /<-- (HTTP\/\d(?:\.\d)? )?(\d{3}) ([^\r\n]{0,2400})/.exec(t);
      if (!m) return undefined;
      // "<-- 401 Unauthorized https://host/path (123ms)": the URL is the first http(s) word, the reason what precedes it.
      const words = m[3]!.split(" ");
      const u = words.findIndex((w) => /^https?:\/\//.test(w));
      if (u < 0 && m[1] === undefined) return undefined;
      const reason = (u < 0 ? m[3]!.replace(/[ \t]*\(\d{1,9}ms\)[ \t]*$/, "") : words.slice(0, u).join(" ")).trim();
      const url = u < 0 ? undefined : words[u]!;
      const lineStart = t.lastIndexOf("\n", m.index) + 1;
      const prefix = t.slice(lineStart, m.index);
      const headers: HeaderPair[] = [];
      const body: string[] = [];
      let inBody = false;
      // A JSON body goes on below its first line without the prefix (the logger prefixes the message's first line only):
      // its lines are the body's until a prefixed line or a blank one.
      let continued = false;
      let p = lineEnd(t, m.index) + 1;
      while (p < t.length) {
        const e = lineEnd(t, p);
        let line = t.slice(p, e).replace(/\r$/, "");
        p = e + 1;
        const at = prefix.trim() === "" ? 0 : line.indexOf(prefix.trim());
        if (at < 0) {
          // A poster's "..." for the lines left out is no end.
          if (/^[ \t]*(?:\.{3}|…)[ \t]*$/.test(line)) continue;
          // Nor a header line logcat indented under the message's first (Android Studio shows a message's lines so), or the piece of one a
          // poster cut ("  ... Max-Age=31557600; Path=/"): the headers go on.
          if (!inBody && body.length === 0 && /^[ \t]/.test(line) && line.trim() !== "") {
            if (headers.length < MAX_HEADERS) headerLine(line.trim(), headers);
            continue;
          }
          if ((continued || (body.length > 0 && /^[ \t]*[{[]/.test(body[0]!))) && line.trim() !== "") {
            continued = true;
            body.push(line);
            continue;
          }
          break; // another log tag: the response ended
        }
        continued = false;
        line = prefix.trim() === "" ? line : line.slice(at + prefix.trim().length).replace(/^ /, "");
        if (line.startsWith("<-- END HTTP") || line.startsWith("--> ")) break;
        if (!inBody && line.trim() === "") {
          inBody = true;
          continue;
        }
        if (!inBody && headers.length < MAX_HEADERS && headerLine(line, headers)) continue;
        inBody = true;
        body.push(line);
      }
      return { what: "OkHttp's logging interceptor", status: num(m[2]), statusText: reason, ...(url !== undefined ? { url } : {}), headers, ...(body.length ? { body: body.join("\n") } : {}) };
    },
  },
  {
    // OAuthSwift's error for an answer it would not take, an NSError in NSURLErrorDomain whose code is the HTTP status ("Error
    // Domain=NSURLErrorDomain Code=401 \"\" UserInfo={Response-Body={\n \"error\" : \"invalid_client\"\n}, NSErrorFailingURLKey=
    // https://accounts.google.com/o/oauth2/token, Response-Headers={...}}"): that status, the body and the URL. (Apple's own codes in
    // that domain are negative: the network failures.)
    name: "OAuthSwift's error",
    find(t) {
      const m = /\bError Domain=NSURLErrorDomain Code=([45]\d\d) "[^"\r\n]{0,400}" UserInfo=\{/.exec(t);
      if (!m) return undefined;
      const info = t.slice(m.index + m[0].length, m.index + m[0].length + 65_536);
      const at = info.indexOf("Response-Body=");
      const body = at < 0 ? undefined : bracketed(info, at + "Response-Body=".length);
      const url = /\bNSErrorFailingURLKey=(https?:\/\/[^\s,}]{1,2000})/.exec(info)?.[1];
      return { what: "OAuthSwift's error (its NSURLErrorDomain code is the HTTP status)", status: num(m[1]), ...(url ? { url } : {}), ...(body !== undefined ? { body } : {}) };
    },
  },
  {
    // Ktor's client Logging plugin (Kotlin, Android, Multiplatform) at LogLevel.ALL: "RESPONSE: 429 Too Many Requests", "METHOD:
    // HttpMethod(value=POST)", "FROM: https://...", "COMMON HEADERS" and "-> name: value" lines, then the body between "BODY START"
    // and "BODY END"; each line after the logger's own prefix ("HttpClient: " on the first, a logcat level "I  " on every one).
    name: "Ktor's client logging",
    find(t) {
      const m = /\bRESPONSE: ([1-5]\d\d)\b[ \t]*([^\r\n]{0,100})/.exec(t);
      if (!m || !/\bMETHOD: HttpMethod\(value=/.test(t.slice(m.index, m.index + 400))) return undefined;
      const lineStart = t.lastIndexOf("\n", m.index) + 1;
      // The logcat level and blanks every line starts with (not the logger's tag, which only the first line carries).
      const prefix = /^[ \t]*(?:[VDIWEA][ \t]+)?/.exec(t.slice(lineStart, m.index))![0];
      const headers: HeaderPair[] = [];
      const body: string[] = [];
      let url: string | undefined;
      let method: string | undefined;
      let state: "head" | "headers" | "body" | "done" = "head";
      for (let p = nextLine(t, lineEnd(t, m.index)); p < t.length && state !== "done"; p = nextLine(t, lineEnd(t, p))) {
        const raw = t.slice(p, lineEnd(t, p)).replace(/\r$/, "");
        // (A blank line is the prefix alone, its trailing blanks trimmed by the copy.)
        const line = raw.startsWith(prefix) ? raw.slice(prefix.length) : raw.trim() === prefix.trim() ? "" : raw;
        if (state === "body") {
          if (line.trim() === "BODY END") state = "done";
          else body.push(line);
        } else if (line.startsWith("FROM: ")) url = line.slice(6).trim();
        else if (line.startsWith("METHOD: HttpMethod(value=")) method = /value=([A-Z]{3,7})\)/.exec(line)?.[1];
        else if (line.startsWith("COMMON HEADERS")) state = "headers";
        else if (line.startsWith("-> ") && state === "headers") {
          if (headers.length < MAX_HEADERS) headerLine(line.slice(3), headers);
        } else if (line.trim() === "BODY START") state = "body";
        else if (line.startsWith("REQUEST: ") || line.startsWith("RESPONSE: ")) break;
      }
      const text = body.join("\n").trim();
      return {
        what: "Ktor's client logging",
        status: num(m[1]),
        ...(m[2]!.trim() ? { statusText: m[2]!.trim() } : {}),
        ...(url ? { url } : {}),
        ...(method ? { method } : {}),
        headers,
        ...(text && text !== "[response body omitted]" ? { body: text } : {}),
      };
    },
  },
  {
    // The Telegram Bot API's error as its Java and Node clients print it: TelegramBots' TelegramApiRequestException ("Error sending
    // message: [403] Forbidden: bot was blocked by the user") and node-telegram-bot-api's ETELEGRAM ("ETELEGRAM: 409 Conflict: ...").
    name: "Telegram client error",
    find(t) {
      // Also grammY's "GrammyError: Call to 'sendMessage' failed! (429: Too Many Requests: retry after 5329)" and pyTelegramBotAPI's
      // "A request to the Telegram API was unsuccessful. Error code: 502. Description: Bad Gateway" (older: "... The server returned
      // HTTP 401 Unauthorized. Response body: [...]").
      const m =
        /\bTelegramApiRequestException: [^\r\n]{0,200}?\[(\d{3})\] ([^\r\n]{1,2000})|\bETELEGRAM: (\d{3}) ([^\r\n]{1,2000})|\bGrammyError: Call to '\w{1,60}' failed! \((\d{3}): ([^\r\n]{1,2000})\)|\bA request to the Telegram API was unsuccessful\. (?:Error code: |The server returned HTTP )(\d{3})(?:\. Description: | )([^\r\n".]{1,2000})/.exec(t);
      if (!m) return undefined;
      // Quoted on a Markdown heading's line or a fix's (a changelog's "### Fix 409 Conflict loop ... detects \"ETELEGRAM: 409
      // Conflict\" specifically"): what a release handles, no failure that happened.
      const lineStart = t.lastIndexOf("\n", m.index) + 1;
      if (/^[ \t]*#{1,6}[ \t]/.test(t.slice(lineStart, m.index)) || ledByFix(t, m.index)) return undefined;
      const status = m[1] ?? m[3] ?? m[5] ?? m[7]!;
      const description = (m[2] ?? m[4] ?? m[6] ?? m[8]!).trim();
      const by = m[1] ? "TelegramBots' TelegramApiRequestException" : m[3] ? "node-telegram-bot-api's ETELEGRAM error" : m[5] ? "grammY's GrammyError" : "pyTelegramBotAPI's error";
      // pyTelegramBotAPI's older form prints the body after "Response body:" (`[b'{"ok":false,"error_code":409,"description":"Conflict:
      // terminated by other getUpdates request; ..."}']`): that body, whose description says more than the reason phrase.
      const after = m[7] !== undefined ? /^[^\r\n]{0,20}Response body:\s{0,20}\[?b?'?(?=\{)/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 80)) : null;
      const printed = after === null ? undefined : bracketed(t, m.index + m[0].length + after[0].length);
      const read = printed === undefined ? undefined : readJson(printed);
      if (read?.ok && isRecord(read.value) && typeof read.value.description === "string") return { what: by, provider: "telegram", status: num(status), body: printed! };
      return {
        what: by,
        provider: "telegram",
        status: num(status),
        rebuilt: { value: { ok: false, error_code: Number(status), description }, from: "Telegram's body rebuilt from the status and description the client printed" },
      };
    },
  },
  {
    // Ktor's ResponseException (Kotlin): "Client request(POST https://...) invalid: 429 Too Many Requests. Text: "{...}"" and
    // "Server error(GET https://...: 503 Service Unavailable. Text: "..."": the body as it came, in quotes it does not escape.
    name: "Ktor ResponseException",
    find(t) {
      // Older versions print the URL alone ("Client request(https://api.spotify.com/v1/... invalid: 429 . Text: ..."), an empty reason too.
      const m = /\b(?:Client request\((?:(GET|POST|PUT|PATCH|DELETE|HEAD) )?(\S{1,2000}?)\)? invalid:|Server error\((GET|POST|PUT|PATCH|DELETE|HEAD) (\S{1,2000}?):) (\d{3})([^.\r\n]{0,60})\. Text: "/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const json = t.charAt(at) === "{" || t.charAt(at) === "[" ? bracketed(t, at) : undefined;
      const body = json ?? restOfLine(t, at).replace(/"$/, "");
      return { what: "Ktor's ResponseException", method: m[1] ?? m[3], url: m[2] ?? m[4], status: num(m[5]), statusText: m[6]!.trim(), ...(body ? { body } : {}) };
    },
  },
  {
    // OpenAPI Generator's TypeScript clients' ApiException (Datadog's, among others): "ApiException [Error]: HTTP-Code: 403\nMessage: {...}".
    // Its later releases (HubSpot's @hubspot/api-client) print the body and the headers below, as JSON, each after its label:
    // "Message: An error occurred.\nBody: {...}\nHeaders: {...}": the body is that JSON, the message the client's own words.
    name: "OpenAPI Generator TypeScript ApiException",
    find(t) {
      const m = /\bHTTP-Code: (\d{3})\r?\nMessage: ([^\r\n]{0,65536})/.exec(t);
      if (!m) return undefined;
      let at = m.index + m[0].length;
      const bodyAt = /^\r?\nBody: (?=[{[])/.exec(t.slice(at, at + 16));
      const body = bodyAt ? bracketed(t, (at += bodyAt[0].length)) : undefined;
      if (body !== undefined) at += body.length;
      const headersAt = body === undefined ? null : /^\r?\nHeaders: (?=\{)/.exec(t.slice(at, at + 16));
      const headersText = headersAt ? bracketed(t, at + headersAt[0].length) : undefined;
      const headersValue = headersText === undefined ? undefined : readRelaxedJson(headersText);
      const headers = isRecord(headersValue) ? headerMembers(headersValue) : [];
      const said = body ?? m[2]!.trim();
      return { what: "an OpenAPI Generator TypeScript client's ApiException", status: num(m[1]), ...(said ? { body: said } : {}), ...(headers.length ? { headers } : {}) };
    },
  },
  {
    // A CLI's error line that ends in its status in brackets (Vercel's: "Error! Too many requests - try again in 46 seconds (more
    // than 120, code: "api-projects"). (429)", "Error: Rate limit exceeded (429)").
    name: "an error line ending in its status",
    find(t) {
      const m = /^[ \t]*(?:> )?Error[!:] (?:[A-Za-z ]{0,60}: )?(?:Error: )?([^\r\n]{1,2000}?)\.? \(([45]\d\d)\)\.?[ \t]*\r?$/m.exec(t);
      return m ? { what: "an error line that ends in its status", status: num(m[2]), body: m[1]!.trim() } : undefined;
    },
  },
  {
    // Or after a colon, alone at the line's end (a deploy action's "Failed: upload file to DropBox: 400", "Error: GET /v1/files: 404"):
    // what failed, then the status its call got. Not a port (a host's ":443" has no blank after its colon; "port: 443" is said).
    name: "an error line ending in its status after a colon",
    find(t) {
      const m = /^[ \t]*(?:Error|ERROR|Failed|FAILED)[!:] ([^\r\n]{1,300}?)(?<!\bport): ([45]\d\d)\.?[ \t]*\r?$/m.exec(t);
      return m ? { what: "an error line that ends in its status", status: num(m[2]), body: m[1]!.trim() } : undefined;
    },
  },
  {
    // httpcore's trace log (httpx and the OpenAI and Anthropic Python SDKs at DEBUG): "receive_response_headers.complete
    // return_value=(b'HTTP/1.1', 429, b'Too Many Requests', [(b'Content-Length', b'329'), (b'x-rate-limit-reset-tokens', b'55'), ...])",
    // the status and the headers as Python bytes (a log's line limit may cut the list).
    name: "httpcore's trace of response headers",
    find(t) {
      const m = /\breceive_response_headers\.complete return_value=\(b'HTTP\/\d(?:\.\d)?', ([1-5]\d\d), b'([^'\r\n]{0,80})', \[/.exec(t);
      if (!m) return undefined;
      const headers: HeaderPair[] = [];
      const pair = /\(b'([A-Za-z0-9-]{1,100})', b'((?:[^'\\\r\n]|\\.){0,2000})'\)(?:, |\])/y;
      pair.lastIndex = m.index + m[0].length;
      for (let p = pair.exec(t); p !== null && headers.length < MAX_HEADERS; p = pair.exec(t)) headers.push([p[1]!, p[2]!]);
      return { what: "httpcore's trace of the response headers", status: num(m[1]), ...(m[2] ? { statusText: m[2] } : {}), headers };
    },
  },
  {
    // PayPal's mobile SDKs: "PayPal SDK: Request has failed with error: PAYMENT_CREATION_ERROR - There was a problem setting up this
    // payment. ... (422) | PayPal Debug-ID: 78fafdad918de, 78fafdad918de [sandbox, PayPal iOS SDK 2.18.1]": PayPal's error name, its
    // message, the status in brackets after it, and the debug id PayPal's support asks for. (Or the error alone, as an app shows the
    // SDK's `localizedDescription`: "INTERNAL_SERVICE_ERROR - System error. Please try again later. (500) | PayPal Debug-ID: fff7b1c355b6d",
    // the debug id then what says whose it is.)
    name: "PayPal mobile SDK error",
    find(t) {
      const m = /(?:\bRequest has failed with error: |(?:^|\n)[ \t]*)([A-Z][A-Z0-9_]{2,80}) - ([^\r\n]{1,2000}?) \(([45]\d\d)\)(?= \||[ \t]*(?:\r?\n|$))/.exec(t);
      if (!m) return undefined;
      const debug = /^ \| PayPal Debug-ID: ([a-f0-9]{8,32})\b/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[1];
      if (debug === undefined && !m[0].includes("Request has failed with error: ")) return undefined;
      return {
        what: "PayPal's mobile SDK error",
        provider: "paypal",
        status: num(m[3]),
        rebuilt: { value: { name: m[1]!, message: m[2]!.trim(), ...(debug ? { debug_id: debug } : {}) }, from: "PayPal's error body rebuilt from the name, message and Debug-ID its SDK printed" },
      };
    },
  },
  {
    // Symfony Mailer's HTTP transports (Mailgun, SendGrid, Postmark, Mailjet...): "Unable to send an email: Forbidden (code 401)."
    name: "Symfony Mailer HTTP transport exception",
    find(t) {
      const m = /\bUnable to send an? (?:email|message): ([^\r\n]{0,2000}?) \(code (\d{3})\)/.exec(t);
      return m ? { what: "Symfony Mailer's transport exception", status: num(m[2]), ...(m[1]!.trim() ? { body: m[1]!.trim() } : {}) } : undefined;
    },
  },
  {
    // The Facebook SDK for Android's FacebookRequestError, as a GraphResponse prints it: "{HttpStatus: 400, errorCode: 190,
    // subErrorCode: 460, errorType: OAuthException, errorMessage: Error validating access token: ...}".
    name: "Facebook Android SDK GraphResponse",
    find(t) {
      const m = /\{HttpStatus: (\d{3}), errorCode: (-?\d{1,9}), subErrorCode: (-?\d{1,9}), errorType: ([A-Za-z]{1,60}), errorMessage: ([^\r\n]{0,2000}?)\}/.exec(t);
      if (!m) return undefined;
      return { what: "the Facebook SDK's GraphResponse", provider: "meta", status: num(m[1]), rebuilt: { value: graphError(m[4]!, m[2]!, m[3]!, m[5]!), from: "the Graph API's error body rebuilt from the fields the SDK printed" } };
    },
  },
  {
    // Koala's (Ruby) Koala::Facebook::APIError: "type: OAuthException, code: 190, error_subcode: 463, message: ..., x-fb-trace-id: ... [HTTP 400]".
    name: "Koala APIError",
    find(t) {
      const m = /\btype: ([A-Za-z]{1,60}), code: (\d{1,9})(?:, error_subcode: (\d{1,9}))?, message: ([^\r\n]{0,2000}?)(?:, x-fb-trace-id: ([A-Za-z0-9+/=_-]{1,64}))? \[HTTP (\d{3})\]/.exec(t);
      if (!m) return undefined;
      return {
        what: "Koala's APIError",
        provider: "meta",
        status: num(m[6]),
        ...(m[5] ? { headers: [["x-fb-trace-id", m[5]] as HeaderPair] } : {}),
        rebuilt: { value: graphError(m[1]!, m[2]!, m[3], m[4]!), from: "the Graph API's error body rebuilt from the fields Koala printed" },
      };
    },
  },
  {
    // Gophercloud's (OpenStack's Go SDK, under Terraform's and Kubernetes' OpenStack providers) ErrUnexpectedResponseCode:
    // "Expected HTTP response code [202] when accessing [POST https://.../v3/projects], but got 409 instead", the body on the
    // next line (v1) or after a colon (v2).
    name: "Gophercloud unexpected response code",
    find(t) {
      const m = /\bExpected HTTP response code \[[\d ,]{0,100}\] when accessing \[(GET|POST|PUT|PATCH|DELETE|HEAD) ([^\s\]]{1,2000})\], but got (\d{3}) instead\b:?[ \t]*/.exec(t);
      if (!m) return undefined;
      const from = m.index + m[0].length;
      const body = (restOfLine(t, from).trim() === "" ? restOfLine(t, nextLine(t, lineEnd(t, from))) : restOfLine(t, from)).trim();
      return { what: "Gophercloud's unexpected response code error", method: m[1], url: m[2], status: num(m[3]), ...(body ? { body } : {}) };
    },
  },
  {
    // Go: fmt's %v of an *http.Response: "&{403 Forbidden 403 HTTP/1.1 1 1 map[Content-Type:[application/json] ...] 0xc000... -1 [] false false map[] 0xc000... <nil>}"
    name: "Go *http.Response",
    find(t) {
      const m = /&\{(\d{3}) ([^\r\n]{0,100}?) (\d{3}) HTTP\/\d(?:\.\d)? \d \d map\[/.exec(t);
      if (!m || m[1] !== m[3]) return undefined;
      const open = m.index + m[0].length - 1;
      const end = balancedEnd(t, open);
      const headers = end === undefined ? [] : headerPairsIn(t.slice(open + 1, end - 1), /([A-Za-z0-9-]{1,128}):\[([^\]]{0,8192})\]/g);
      return { what: "Go's printout of an *http.Response (it prints no body)", status: num(m[1]), statusText: m[2]!.replace(/^\d{3} /, ""), headers };
    },
  },
  {
    // httpx: "Client error '403 Forbidden' for url 'https://...'"
    name: "Python httpx HTTPStatusError",
    find(t) {
      // (Or an app's print of its first line only, the URL on the next: "Semantic Scholar API HTTP error - Client error '429 '\nhttps://...".)
      const m =
        /(?:Client error|Server error|Redirect response|Informational response|Invalid status code) '(\d{3})([^'\r\n]{0,200})' for url '([^'\r\n]{1,2000})'/.exec(t) ??
        /(?:Client error|Server error) '([45]\d\d)([^'\r\n]{0,200})'[ \t]*\r?\n[ \t]*(https?:\/\/\S{1,2000})/.exec(t);
      if (!m) return undefined;
      // An app may print the body's members below it (watchgha's "message: ...", "documentation_url: ..."); a framework that
      // wrapped the error prints the body in its own message above the traceback (LiteLLM's "litellm.AuthenticationError:
      // AnthropicException - {"type":"error","error":{...}}").
      const body = membersBelow(t, m.index) ?? wrapperBody(t.slice(0, m.index));
      return { what: "httpx's HTTPStatusError", status: num(m[1]), statusText: m[2]!.trim(), url: m[3]!, ...(body ? { body } : {}) };
    },
  },
  {
    // A request line in quotes, then the status and the body's length: box-python-sdk's network log (`"POST
    // https://api.box.com/oauth2/token" 400 69`, then the headers and the body as Python prints them, a line each), urllib3's
    // debug line (`https://api.box.com:443 "POST /oauth2/token HTTP/1.1" 400 69`, its host before it): a client's, with the
    // host it called. Not a server's access log (`"POST /card/add/ HTTP/1.1" 400 295`, a path alone): that is the app's own
    // answer to its caller, and the provider's failure it logged near it is the one to read. Before the method-and-URL
    // reader, which would take the length for the message.
    name: "a quoted request line with its status and length",
    find(t) {
      // A log of several requests: the first that failed.
      let found: { m: RegExpExecArray; url: string } | undefined;
      for (const hit of t.matchAll(QUOTED_REQUEST_LINE)) {
        const url = urlOfRequestLine(t, hit);
        if (url === undefined) continue;
        found ??= { m: hit, url };
        if (hit[3]! >= "400") {
          found = { m: hit, url };
          break;
        }
      }
      if (!found) return undefined;
      const { m, url } = found;
      // Only calls that went through, beside an exception the app raised (populartimes' "PopulartimesException: ('Google Places
      // OVER_QUERY_LIMIT', ...)" above urllib3's "... HTTP/1.1" 200 None"): the failure is the exception's, which an API answering
      // 200 with its error in the body gave; the 200 is not the answer to read.
      if (m[3]! < "400" && /(?:^|\n)[\w.]{0,200}(?:Exception|Error): /.test(t)) return undefined;
      // The headers as a dict on the next line, alone or after botocore's label ("botocore.parsers - DEBUG - Response headers:
      // {...}"); the body on the one after, or below its label ("... - Response body:" and `b'<ErrorResponse ...>'` on the next line).
      const below = nextLine(t, lineEnd(t, m.index));
      const dict = restOfLine(t, below).replace(RESPONSE_PART_LABEL, "");
      const headers = dict.startsWith("{") ? headersOf(dict).headers : undefined;
      const bodyLine = nextLine(t, lineEnd(t, below));
      const onBodyLine = restOfLine(t, bodyLine);
      const labelled = RESPONSE_PART_LABEL.exec(onBodyLine);
      const lineText = labelled === null ? onBodyLine : onBodyLine.slice(labelled[0].length) || restOfLine(t, nextLine(t, lineEnd(t, bodyLine)));
      // A body pretty-printed over the lines below (Python's pprint of a dict: box-python-sdk's "{'code': 'unauthorized',\n 'help_url': ...}")
      // goes on to its closing bracket.
      const opens = labelled === null && /^[{[]/.test(lineText) ? t.indexOf(lineText.charAt(0), bodyLine) : -1;
      const bodyText = (opens >= 0 ? bracketed(t, opens) : undefined) ?? lineText;
      // Without them, a body the app logged below, labelled (DockFlare's "CF API Error Response Body: {'success': False, ...}").
      const body = headers === undefined ? (bodyNear(t, m.index, 1) ?? "") : bodyText;
      return { what: "the quoted request line a log printed with the status", method: m[1], status: num(m[3]), url, ...(headers ? { headers } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // The AWS SDK for JavaScript v2's service error, uncaught: its code as the error's name, its message, then the frame of the
    // protocol that parsed the response ("TooManyRequestsException: Rate exceeded\n    at Request.extractError (.../aws-sdk/lib/
    // protocol/json.js:51:27)"). It prints no status: AWS's body rebuilt from the code and message, read by AWS's rules.
    name: "the AWS SDK for JavaScript v2's error",
    find(t) {
      // (The JSON protocol's own frame comes first, on `Object`: "at Object.extractError (.../aws-sdk/lib/protocol/json.js:48:27)".)
      const frame = /\n[ \t]*at (?:Request|Object)\.extractError \([^()\r\n]{0,500}\baws-sdk[\\/]lib[\\/](?:protocol|services)[\\/]/.exec(t);
      // Node's inspect of the error, its members below the stack (`statusCode: 400`, `requestId: '...'`), says more: its reader's.
      if (!frame || /\bstatusCode: [1-5]\d\d\b/.test(t.slice(frame.index, frame.index + 8192))) return undefined;
      // The error's line is the one above the frame, after a log's prefix if any (Lambda's "<time>\t<request id>\tERROR\tAccessDenied: Access Denied").
      const m = /(?:^|[\t ])(?:Uncaught )?([A-Z][A-Za-z0-9]{1,120}): ([^\r\n]{0,2000})\r?$/.exec(t.slice(Math.max(t.lastIndexOf("\n", frame.index - 1) + 1, frame.index - 2200), frame.index));
      if (!m) return undefined;
      // Its members below, when the inspect printed them: `requestId: '8284f63b-...'` is the response's x-amzn-RequestId.
      const id = /\n[ \t]*requestId: '([A-Za-z0-9-]{8,128})'/.exec(t.slice(frame.index, frame.index + 8192))?.[1];
      return {
        what: "the AWS SDK for JavaScript v2's error (it does not print the status)",
        provider: "aws",
        ...(id !== undefined ? { headers: [["x-amzn-RequestId", id] as HeaderPair] } : {}),
        rebuilt: { value: { __type: m[1]!, message: m[2]!.trim() }, from: `AWS's error body rebuilt from the code (${m[1]}) and message the AWS SDK for JavaScript v2 printed` },
      };
    },
  },
  {
    // The S3 class PHP plugins ship (tpyo's S3.php, Akeeba's AEUtilAmazons3) warns with its method, then S3's code in brackets and its
    // message: "Warning: S3::getBucket(): [SignatureDoesNotMatch] The request signature we calculated ...". The status is the one S3's
    // list gives the code.
    name: "a PHP S3 class's warning",
    find(t) {
      const m = /\b[A-Za-z_][A-Za-z0-9_]{0,60}::[A-Za-z_][A-Za-z0-9_]{0,60}\(\): \[([A-Z][A-Za-z]{2,60})\] ([^\r\n]{0,2000})/.exec(t);
      const status = m ? s3Status(m[1]!) : undefined;
      if (status === undefined) return undefined;
      // (Its message runs on into PHP's "in /path/s3.php on line 222".)
      const message = m![2]!.replace(/ in \/[^\r\n]{1,1000} on line \d{1,9}$/, "").trim();
      return {
        what: "a PHP S3 class's warning",
        provider: "aws",
        status,
        statusSaid: s3StatusSaid(m![1]!, status),
        rebuilt: { value: { __type: m![1]!, message }, from: `S3's error body rebuilt from the code (${m![1]}) and message the class printed` },
      };
    },
  },
  {
    // S3's code and its own words for it, as any client prints an error (`${code}: ${message}`), with nothing else of the client's
    // around it (a CI action's "Error: AccessDenied: Access Denied" over a bundle's frames): S3's, and the status its list gives the code.
    name: "S3's error code and its own message",
    find(t) {
      const m = S3_CODE_AND_MESSAGE.exec(t);
      if (!m || S3_MESSAGES[m[1]!] === undefined || !m[2]!.startsWith(S3_MESSAGES[m[1]!]!.replace(/\.$/, ""))) return undefined;
      // aws-sdk-go's tail, on the line below (or after a blank one) after a log's prefix (rclone's "rclone output:  status code: 403, request id: 4Y39..."),
      // states the status and the request id.
      const tail = /^[^\r\n]{0,2000}\r?\n(?:[ \t]*\r?\n)?[^\r\n]{0,200}?\bstatus code: ([1-5]\d\d), request id: ([A-Za-z0-9-]{8,128})/.exec(t.slice(m.index + m[0].length - m[2]!.length));
      const status = tail ? num(tail[1])! : s3Status(m[1]!)!;
      return {
        what: "S3's error code and its own message",
        provider: "aws",
        status,
        ...(tail ? { headers: [["x-amz-request-id", tail[2]!] as HeaderPair] } : { statusSaid: s3StatusSaid(m[1]!, status) }),
        rebuilt: { value: { __type: m[1]!, message: m[2]!.trim() }, from: `S3's error body rebuilt from the code (${m[1]}) and message printed` },
      };
    },
  },
  {
    // The issue report of Microsoft's Azure extensions for VS Code (their "Report Issue": "Action: azureFunctions.deploy", "Error type:
    // 403", "Error Message: Failed with code \"403\"."): a status as the error's type.
    name: "an Azure VS Code extension's issue report",
    find(t) {
      const m = /^Action: [\w.-]{1,100}[ \t]*\r?\nError type: ([45]\d\d)[ \t]*\r?\nError Message: ([^\r\n]{0,2000}(?:\r?\n[^\r\n]{1,2000}){0,8})/m.exec(t);
      if (!m) return undefined;
      // The message goes on until the report's blank line (Azure Storage's "RequestId:...", "Time:..." lines below its first).
      return { what: "an Azure VS Code extension's issue report", status: num(m[1]), body: m[2]!.trim() };
    },
  },
  {
    // The AWS SDK for Java's S3 exception with its request, as Databricks' S3 client prints it: "AmazonS3Exception: Forbidden; request:
    // HEAD https://<bucket>.s3.us-east-1.amazonaws.com <key> {} <user agent> <request class>; Request ID: QF95X5HMFMM59A9X, Extended
    // Request ID: ...". Its message is the status's reason phrase (a HEAD's answer has no body) or S3's own words for its code ("Access
    // Denied"): the status either stands for.
    name: "the AWS SDK for Java's S3 exception with its request",
    find(t) {
      const m = /\bAmazonS3Exception: ([A-Z][^;\r\n]{0,200}); request: ([A-Z]{3,7}) (https?:\/\/[^\s;]{1,500})[^\r\n]{0,4000}?; Request ID: ([A-Za-z0-9]{8,64})\b/.exec(t);
      if (!m) return undefined;
      const message = m[1]!.trim();
      const code = Object.keys(S3_MESSAGES).find((c) => S3_MESSAGES[c]!.replace(/\.$/, "") === message.replace(/\.$/, ""));
      const status = statusOfPhrase(message) ?? (code === undefined ? undefined : s3Status(code));
      if (status === undefined || status < 400) return undefined;
      return {
        what: "the AWS SDK for Java's S3 exception with its request",
        provider: "aws",
        status,
        statusSaid: code === undefined ? `its message is the reason phrase of HTTP ${status}` : s3StatusSaid(code, status),
        method: m[2]!,
        url: m[3]!,
        headers: [["x-amz-request-id", m[4]!] as HeaderPair],
        ...(code !== undefined ? { rebuilt: { value: { __type: code, message }, from: `S3's error body rebuilt from its code's words (${message})` } } : { body: message }),
      };
    },
  },
  {
    // ethers v5's SERVER_ERROR for a JSON-RPC call over HTTP: "bad response (status=403, headers={\"content-type\":...}, body=\"{\\\"jsonrpc
    // \\\":...}\", requestBody=...)": the status, the headers as JSON, and the body as a JSON string.
    name: "ethers v5's bad response",
    find(t) {
      const m = /\bbad response \(status=([1-5]\d\d), headers=(\{[^\r\n]{0,4000}?\}), body=("(?:[^"\\\r\n]|\\.){0,65536}"|null)/.exec(t);
      if (!m) return undefined;
      const body = m[3] === "null" ? undefined : readJson(m[3]!);
      return {
        what: "ethers v5's bad response",
        status: num(m[1]),
        ...headersOf(m[2]!),
        ...(body?.ok && typeof body.value === "string" ? { body: body.value } : {}),
      };
    },
  },
  {
    // The IBM Watson SDK's WatsonApiException, as Python prints it: "WatsonApiException: Error: Unauthorized: Access is denied due to
    // invalid credentials , Code: 401": the message, then the status.
    name: "IBM Watson's WatsonApiException",
    find(t) {
      const m = /\bWatsonApiException: Error: ([^\r\n]{0,2000}?)[ \t]*, Code: ([45]\d\d)\b/.exec(t);
      return m ? { what: "the IBM Watson SDK's WatsonApiException", status: num(m[2]), body: m[1]!.trim() } : undefined;
    },
  },
  {
    // okta-sdk-java's ResourceException message, `HTTP %d, Okta %s (%s), ErrorId %s` (status, error code, summary, error id): "HTTP 404,
    // Okta E0000007 (Not found: Resource not found: me (User)), ErrorId oae8WC7L-klR_u_63LkxgB8vw" (its code the status, some
    // versions). Okta's body rebuilt from them, its errorId the request id.
    name: "okta-sdk-java's ResourceException",
    find(t) {
      const m = /\bHTTP ([45]\d\d), Okta ([A-Z]?\d{1,8}) \(([^\r\n]{0,2000})\), ErrorId ([A-Za-z0-9_-]{6,64})/.exec(t);
      if (!m) return undefined;
      return {
        what: "okta-sdk-java's ResourceException",
        provider: "okta",
        status: num(m[1]),
        rebuilt: { value: { errorCode: m[2]!, errorSummary: m[3]!, errorId: m[4]! }, from: "Okta's error body rebuilt from the code, summary and error id okta-sdk-java printed" },
      };
    },
  },
  {
    // The MongoDB Atlas Go client's ErrorResponse, `%v %v: %d (request %q) %v` (method, URL, status, error code, detail): "POST
    // https://cloud.mongodb.com/api/atlas/v1.0/groups/.../databaseUsers: 400 (request "MISSING_ATTRIBUTE") The required attribute
    // databaseName was not specified", or from the status on where an issue quotes only that. The body rebuilt as Atlas sends it.
    name: "the MongoDB Atlas Go client's error",
    find(t) {
      const m = /(?:^|\n|: )[ \t]*([45]\d\d) \(request "([A-Z][A-Z0-9_]{1,80})"\) ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].indexOf(m[1]!);
      const call = /\b(GET|POST|PUT|PATCH|DELETE) (https?:\/\/\S{1,2000}): [ \t]*$/.exec(t.slice(Math.max(t.lastIndexOf("\n", at - 1) + 1, at - 2100), at));
      const detail = m[3]!.trim();
      return {
        what: "the MongoDB Atlas Go client's error",
        status: num(m[1]),
        ...(call ? { method: call[1]!, url: call[2]! } : {}),
        rebuilt: { value: { error: Number(m[1]), errorCode: m[2]!, detail }, from: "Atlas's error body rebuilt from the status, error code and detail its Go client printed" },
      };
    },
  },
  {
    // firebase-tools' --debug log of each API call (`<<< [apiv2][status] POST https://... 404`, then `<<< [apiv2][body] POST
    // https://... {"error":{...}}`): the first call that failed, with the body logged for that same call (whole or cut).
    name: "firebase-tools' apiv2 debug log",
    find(t) {
      const m = /<<< \[apiv2\]\[status\] ([A-Z]{3,7}) (https?:\/\/\S{1,2000}) ([45]\d\d)\b/.exec(t);
      if (!m) return undefined;
      const label = `<<< [apiv2][body] ${m[1]} ${m[2]} `;
      const at = t.indexOf(label, m.index + m[0].length);
      const line = at < 0 || at - m.index > 70_000 ? undefined : restOfLine(t, at + label.length);
      const body = line === undefined ? undefined : line.startsWith("{") && jsonOrRelaxed(line) === undefined ? (closeCutJson(line) ?? line) : line;
      return { what: "firebase-tools' apiv2 debug log", method: m[1]!, url: m[2]!, status: num(m[3]), ...(body ? { body } : {}) };
    },
  },
  {
    // Go clients' errors, `%v %v: %d %v` (method, URL, status, message): go-github's ErrorResponse
    // (`GET https://api.github.com/user: 401 Bad credentials []`), go-gitlab's (`... : 429 {message: ...}`);
    // an app's `GET https://... -> 403 / message`; Chrome's console, `GET https://... 401 (Unauthorized)`. The URL
    // names the provider by its host.
    name: "a client's METHOD URL: status message",
    find(t) {
      // The message runs to the end of its line (2,000 characters at most); nothing after it is required, so no
      // line of repeated "GET https://a: 403 " sends the match back through every candidate.
      // (codemagic's App Store Connect client: `GET https://... returned 401: Authentication credentials are missing or invalid. ...`.)
      // (Or "responded with": simple-oauth2's "POST https://api.outreach.io/oauth/token responded with 429: \"Retry later\n\"".)
      const m = /\b(GET|POST|PUT|PATCH|DELETE|HEAD) (https?:\/\/\S{1,2000}?)(?:: | -> | returned | responded with | )([1-5]\d\d)(?![\d.])(?: \/|:)?(?:[ \t]+([^\r\n]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      // Chrome's console prints the reason in brackets, empty over HTTP/2: `GET https://... 401 ()`. The reason alone says nothing:
      // the uncaught error Chrome prints on the next line is the message (MSAL.js's "InteractionRequiredAuthError: invalid_grant:
      // AADSTS65001: ..." below its `POST .../oauth2/v2.0/token 400 (Bad Request)`).
      // (Its source location at the line's end, after the status and a run of blanks, is where the page logged it, no message: "GET
      // https://mail.google.com/... 401     app.js:72", a code span's backtick after it.)
      let message: string | undefined = m[4] === undefined ? undefined : withoutRuntimeTail(m[4].trim()).replace(/^\(\)$/, "").replace(/^[\w.-]{1,100}\.(?:m?js|jsx|tsx?|vue|svelte|html?):\d{1,6}(?::\d{1,6})?[`'"]?$/, "");
      if (message === undefined || message === "" || /^\([A-Za-z ]{2,40}\)$/.test(message)) {
        // (Also below a blank line, after the source location Chrome prints before each message: "api.ts:79 AppwriteException: ...".)
        const next = /^\r?\n(?:[ \t]*\r?\n)?(?:[\w.-]{1,100}:\d{1,6} )?(?:Uncaught \(in promise\) )?([A-Z][A-Za-z]{0,60}(?:Error|Exception): [^\r\n]{1,2000})/.exec(t.slice(lineEnd(t, m.index), lineEnd(t, m.index) + 2100))?.[1];
        if (next !== undefined) message = next;
      }
      // With none, the reason in brackets is the status's reason phrase, no body.
      let reason = message === undefined ? undefined : /^\(([A-Za-z ]{2,40})\)$/.exec(message)?.[1];
      if (reason !== undefined) message = undefined;
      // The time the call took, as Elixir's Tesla.Middleware.Logger prints it after the status ("GET https://... -> 408 (243.364 ms)"): no body.
      if (message !== undefined && /^\(\d{1,9}(?:\.\d{1,6})? ?(?:ms|s|µs)\)$/.test(message)) message = undefined;
      // ccxt's `${id} ${method} ${url} ${status} ${reason} ${body}` ("bitfinex POST https://... 429 Too Many Requests ["error", 11010,
      // "ratelimit: error"]"): the reason phrase, then the body.
      const phrased = message === undefined ? null : /^([A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z-]{1,20}){0,3}) ([[{].*)$/.exec(message);
      if (phrased !== null && isReasonOf(m[3]!, phrased[1]!)) {
        reason = phrased[1];
        message = phrased[2];
      }
      // A body that opens on the line and goes on below it (ccxt's over HTTP/2, no reason: "binance GET https://... 451  {", its members
      // on the lines after): the whole of it.
      if (m[4] !== undefined && message !== undefined && /^[{[]/.test(message) && jsonOrRelaxed(message) === undefined) {
        const whole = bracketed(t, t.indexOf(message.charAt(0), m.index + m[0].length - m[4].length));
        if (whole !== undefined) message = whole;
      }
      return { what: "the method, URL and status a client's error states", method: m[1], url: m[2], status: num(m[3]), ...(reason ? { statusText: reason } : {}), ...(message ? { body: message } : {}) };
    },
  },
  {
    // Google Apps Script's UrlFetchApp: "Exception: Request failed for https://api.openai.com returned code 401. Truncated server
    // response: {...} (use muteHttpExceptions option to examine full response)". It cuts a long body ("Truncated"), also mid-JSON.
    name: "Google Apps Script UrlFetchApp exception",
    find(t) {
      const m = /\bRequest failed for (https?:\/\/[^\s]{1,2000}) returned code (\d{3})\.?(?:[ \t]+(Truncated server|Server) response:)?/.exec(t);
      if (!m) return undefined;
      const from = m.index + m[0].length;
      const end = t.slice(from, from + 70_000).indexOf("(use muteHttpExceptions option");
      const body = (end < 0 ? restOfLine(t, from) : t.slice(from, from + end)).trim();
      return {
        what: "Google Apps Script's UrlFetchApp exception",
        status: num(m[2]),
        url: m[1]!.replace(/[.,]$/, ""),
        ...(body ? { body } : {}),
        ...(m[3] === "Truncated server" ? { notes: ["Apps Script cut the body it printed (\"Truncated server response\"): fetch with muteHttpExceptions to read all of it."] } : {}),
      };
    },
  },
  {
    // pyactiveresource (the HTTP layer of Shopify's Python library): "pyactiveresource.connection.UnauthorizedAccess: Response(code=401,
    // body="b'{"errors":"[API] Invalid API key ..."}'", headers={'Date': '...', 'x-request-id': '...'}, msg="Unauthorized")". The
    // header dict is read pair by pair (a log cuts it); quotes a JSON log escaped (`\"`) are unescaped.
    name: "pyactiveresource Response",
    find(t) {
      const m = /\bResponse\(code=(\d{3}), body=/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 65_536).replace(/\\"/g, '"');
      const headersAt = rest.indexOf(", headers={");
      const said = headersAt < 0 ? restOfLine(rest, 0) : rest.slice(0, headersAt);
      const open = said.indexOf("{");
      const body = open < 0 ? undefined : leadingJson(said.slice(open));
      const dict = headersAt < 0 ? "" : restOfLine(rest, headersAt);
      const headers = headerPairsIn(dict, /'([A-Za-z0-9-]{1,100})': '([^'\\\r\n]{0,2000})'/g);
      return { what: "pyactiveresource's Response", status: num(m[1]), ...(headers.length ? { headers } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // Symfony HttpClient's ClientException/ServerException: 'HTTP/2 429 returned for "https://api.openai.com/v1/chat/completions".'
    name: "Symfony HttpClient exception",
    find(t) {
      // HTTP/2 has no reason phrase: "HTTP/2 403  returned for ...", two spaces.
      const m = /\bHTTP\/\d(?:\.\d)? (\d{3})[ \t]+(?:[A-Z][A-Za-z ]{0,40}[ \t]+)?returned for "(https?:\/\/[^"\s]{1,2000})"/.exec(t);
      return m ? { what: "Symfony HttpClient's exception", status: num(m[1]), url: m[2]! } : undefined;
    },
  },
  {
    // Dart's dio: "DioError [DioErrorType.response]: Http status error [429]" (dio 4), "DioException [bad response]: This
    // exception was thrown because the response has a status code of 429 and RequestOptions.validateStatus was configured to
    // throw ..." (dio 5, whose paragraph is dio's own words, no message). It prints no body; an app's interceptor often logs
    // `response.data` nearby as a Dart map ("Data: {error: {message: You exceeded ..., type: insufficient_quota}}").
    name: "dio DioError",
    find(t) {
      const m = /\bHttp status error \[(\d{3})\]|\bthe response has a status code of (\d{3}) and RequestOptions\.validateStatus\b/.exec(t);
      if (!m) return undefined;
      let body: string | undefined;
      for (let from = 0, tries = 0; tries < 8 && body === undefined; tries++) {
        const open = t.indexOf("{", from);
        if (open < 0) break;
        from = open + 1;
        const text = bracketed(t, open);
        if (text !== undefined && jsonOrRelaxed(text) !== undefined) body = text;
      }
      return { what: m[1] ? "dio's DioError" : "dio's DioException", status: num(m[1] ?? m[2]), ...(body ? { body } : {}) };
    },
  },
  {
    // An exception a data class prints as its name and its members in brackets, Dart's `key: value` or Kotlin's `key=value`
    // (supabase-dart's `AuthException(message: Rate limit exceeded, statusCode: 429)` and `StorageException(message: new row
    // violates row-level security policy ..., statusCode: 401, error: Invalid JWT)`): the status is its `statusCode` or `status`
    // member, the message its `message` member, which ends where the next member starts. Or Python's, its status first (below).
    name: "an exception's members in brackets",
    find(t) {
      const shape = /\b[A-Z][A-Za-z0-9]{0,60}(?:Exception|Error)\(((?:[^()\r\n]|\([^()\r\n]{0,200}\)){1,2000})\)/g;
      for (let m = shape.exec(t), tries = 0; m !== null && tries < 8; m = shape.exec(t), tries++) {
        // Python's exception with the status as its first argument (elasticsearch-py's `TransportError(429, 'es_rejected_execution_exception',
        // ...)`, `AuthorizationException(403, 'security_exception', ...)`): the status, and the quoted argument after it as the message.
        const positional = /^([45]\d\d), u?(['"])((?:(?!\2)[^\\]|\\.){1,1000})\2/.exec(m[1]!);
        if (positional) {
          // Its third argument, `info`, says why: a text after the error's type ("index [x] blocked by: [FORBIDDEN/8/index write
          // (api)];"), or the whole body as a dict, read as the body.
          const rest = m[1]!.slice(positional[0].length);
          const info = /^, u?(['"])((?:(?!\1)[^\\]|\\.){1,1000})\1/.exec(rest)?.[2];
          const dict = rest.startsWith(", {") ? bracketed(rest, 2) : undefined;
          const body = dict !== undefined && jsonOrRelaxed(dict) !== undefined ? dict : info !== undefined ? `${positional[3]!}: ${info}` : positional[3]!;
          return { what: "an exception's arguments in brackets", status: num(positional[1]), body };
        }
        const members = new Map<string, string>();
        for (const part of m[1]!.split(/, (?=[a-z][A-Za-z]{0,40}(?:: |=))/)) {
          const kv = /^([a-z][A-Za-z]{0,40})(?:: |=)([^]*)$/.exec(part);
          if (kv) members.set(kv[1]!, kv[2]!.trim());
        }
        const status = /^['"]?([45]\d\d)['"]?$/.exec(members.get("statusCode") ?? members.get("status") ?? "")?.[1];
        const message = members.get("message")?.replace(/^(['"])(.*)\1$/, "$2");
        if (status !== undefined && message !== undefined) return { what: "an exception's members in brackets", status: num(status), ...(message !== "" && message !== "null" ? { body: message } : {}) };
      }
      return undefined;
    },
  },
  {
    // stripe-python's log of an API call (before its 2.x rewrite): "stripe API request to https://api.stripe.com/v1/charges returned
    // (response code, response body) of (402, '{\n  "error": {...}}')": the status and the body as a Python string. A status the app
    // logs later (its own webhook's "409: Conflict") is another answer.
    name: "stripe-python's API request log",
    find(t) {
      const m = /\bAPI request to (https?:\/\/[^\s"'<>]{1,2000}) returned \(response code, response body\) of \(([1-5]\d\d), u?(?=['"])/.exec(t);
      if (!m) return undefined;
      const literal = readBytesLiteral(t, m.index + m[0].length);
      return { what: "stripe-python's log of the API request", status: num(m[2]), url: m[1]!, ...(literal.text.trim() ? { body: literal.text } : {}) };
    },
  },
  {
    // A Kubernetes API server's Status as a client prints its struct: kube-rs's `ErrorResponse { status: "Failure", message: "...",
    // reason: "TooManyRequests", code: 429 }`, client-go's `*errors.StatusError` (`Status: "Failure", Message: "...", Reason: "Timeout",
    // Details: {..., RetryAfterSeconds: 1}, Code: 429`), fabric8's `Status(apiVersion=v1, code=409, ..., reason=Conflict, status=Failure)`:
    // rebuilt as the Status it printed, whose `code` is the HTTP status.
    name: "a Kubernetes Status printed",
    find(t) {
      const open = /\b(?:ErrorResponse \{|ErrStatus: \{|Received status: Status\()/.exec(t);
      if (!open) return undefined;
      const block = t.slice(open.index, open.index + 8192);
      const member = (name: string, value: string) => {
        const m = new RegExp(`\\b${name}(?::[ \\t]*|=)${value}`, "i").exec(block);
        return m?.[1] ?? m?.[2];
      };
      const code = member("code", "([1-5]\\d\\d)\\b");
      const failure = member("status", '"?(Failure)\\b');
      if (code === undefined || failure === undefined) return undefined;
      const reason = member("reason", '"?([A-Za-z]{2,40})\\b');
      const message = member("message", '(?:"((?:[^"\\\\\\r\\n]|\\\\.){1,2000})"|([^,)\\r\\n]{1,2000}))');
      const wait = member("retryAfterSeconds", "(\\d{1,9})\\b");
      const status: Record<string, unknown> = { kind: "Status", status: "Failure", message: message ?? "", reason: reason ?? "", code: Number(code) };
      if (wait !== undefined) status.details = { retryAfterSeconds: Number(wait) };
      return { what: "a Kubernetes Status as its client printed it", status: num(code), rebuilt: { value: status, from: "the Status the client printed, as the JSON the API server sent" } };
    },
  },
  {
    // python-jira's JIRAError: "JiraError HTTP 401 url: https://x.atlassian.net/rest/api/2/...", then (tab-indented) "text: <the
    // body's messages, or the page>", "response headers = {...}" and "response text = <the body>".
    name: "python-jira JIRAError",
    find(t) {
      const m = /\bJiraError HTTP (\d{3})(?: url: (https?:\/\/[^\s"'<>]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 65536);
      const headers = /\n[ \t]*response headers = (\{[^\n]{0,60000}\})/.exec(after)?.[1];
      const body = /\n[ \t]*response text = ([^\n]{1,60000})/.exec(after)?.[1] ?? /^[ \t]*\r?\n[ \t]*text: ([\s\S]{1,60000}?)(?:\n[ \t]*(?:request|response) (?:headers|text) = |$)/.exec(after)?.[1];
      return {
        what: "python-jira's JIRAError",
        status: num(m[1]),
        ...(m[2] ? { url: m[2] } : {}),
        ...(headers ? headersOf(headers) : {}),
        ...(body?.trim() ? { body: body.trim() } : {}),
      };
    },
  },
  {
    // aiohttp's ClientResponseError: as str "403, message='Forbidden', url=URL('https://...')" (3.9 and later: url='https://...'; a
    // WebSocket's handshake, WSServerHandshakeError: "503, message='Invalid response status', url='wss://api.deepgram.com/...'"),
    // as repr "ClientResponseError(RequestInfo(url=URL('https://...'), ...), (), status=429, message='Too Many Requests',
    // headers=<CIMultiDictProxy('Retry-After': '20', ...)>)", whose headers are the response's. It prints no body. (Also after an app's
    // words and a comma: a Home Assistant integration's "Could not log in to ElectroluxStatus, 429, message='Too Many Requests', url=URL(...)".)
    name: "aiohttp ClientResponseError",
    find(t) {
      // (A URL the paste cuts off at its line's end, its quote and bracket with it: a Home Assistant log's copy.)
      const m = /(?:\bstatus=|(?:^|[:\]] |, |\n))([1-5]\d\d), message=(['"])([^'"\r\n]{0,200})\2(?:, url=(?:URL\()?'((?:https?|wss?):\/\/[^'\s]{1,2000})(?:'|(?=[ \t]*(?:\r?\n|$)))|, headers=<CIMultiDictProxy\()?/.exec(t);
      // (Its class named before it says whose it is without a URL: "aiohttp.client_exceptions.ClientResponseError: 404, message='Not Found'".)
      if (!m || (!m[0].startsWith("status=") && m[4] === undefined && !/\bClientResponseError$/.test(t.slice(Math.max(0, m.index - 60), m.index)))) return undefined;
      const url = m[4] ?? /\breal_url=URL\('(https?:\/\/[^'\s]{1,2000})'\)/.exec(t.slice(Math.max(0, m.index - 4100), m.index))?.[1];
      const dict = m[0].endsWith("(") ? t.slice(m.index + m[0].length, m.index + m[0].length + 65536) : "";
      const headers = dict ? headerPairsIn(dict.slice(0, dict.search(/\)>|$/)), /'([A-Za-z0-9_-]{1,100})': '((?:[^'\\]|\\.){0,2000})'/g) : [];
      return {
        what: "aiohttp's ClientResponseError",
        status: num(m[1]),
        // (Its WebSocket handshake's error, WSServerHandshakeError, says "Invalid response status": aiohttp's words, no reason phrase.)
        ...(m[3] && m[3] !== "Invalid response status" ? { statusText: m[3] } : {}),
        ...(url ? { url } : {}),
        ...(headers.length ? { headers } : {}),
        notes: ["aiohttp's error does not print the response body: the provider's own error code is unknown."],
      };
    },
  },
  {
    // Chatbot UI's OpenAIError (and its many forks) as Node inspects it: the message on the first line, the stack, then OpenAI's
    // error members `{ type, param, code }`, where Azure OpenAI's `code` is the status as text (`code: '401'`).
    name: "an inspected OpenAIError whose code is the status",
    find(t) {
      const m = /\{\r?\n[ \t]*type: (?:'[^'\r\n]{0,100}'|undefined|null),\r?\n[ \t]*param: (?:'[^'\r\n]{0,100}'|undefined|null),\r?\n[ \t]*code: '([45]\d\d)'[ \t]*(?:\r?\n|$)/.exec(t);
      if (!m) return undefined;
      const message = /^[ \t]*[A-Z]\w{0,60}Error: ([^\r\n]{1,4000})/m.exec(t.slice(0, m.index))?.[1]?.trim();
      return {
        what: "an inspected OpenAIError, its code the status",
        status: num(m[1]),
        rebuilt: { value: { error: { ...(message ? { message } : {}), code: m[1]! } }, from: "the error body rebuilt from the message and members Node printed" },
      };
    },
  },
  {
    // huggingface_hub's HfHubHTTPError: requests' message with the request id the Hub answered with, and the server's message
    // after a blank line ("402 Client Error: Payment Required for url: https://... (Request ID: Root=1-...;...)\n\nYou have
    // exceeded your monthly included credits ..."). Before requests' reader, which would read the first of its lines.
    name: "huggingface_hub HfHubHTTPError",
    find(t) {
      // Newer releases leave the reason and URL out of the first line ("GatedRepoError: 401 Client Error. (Request ID: ...)") and
      // say the URL in the message below ("Cannot access gated repo for url https://...").
      const m = /\b(\d{3}) (?:Client|Server) Error(?:: ([^\r\n]{0,200}?) for url: (https?:\/\/[^\s"'<>]{1,2000})|\.) \(Request ID: ([^\s()]{4,200})\)[ \t]*(?:\r?\n[ \t]*\r?\n[ \t]*([^\r\n]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      const message = m[5]?.trim();
      const url = m[3] ?? (message === undefined ? undefined : /\bfor url (https?:\/\/[^\s"'<>]{1,2000}?)\.?(?:\s|$)/.exec(message)?.[1]);
      return {
        what: "huggingface_hub's HfHubHTTPError",
        status: num(m[1]),
        ...(m[2] ? { statusText: m[2].trim() } : {}),
        ...(url ? { url } : {}),
        headers: [["X-Request-Id", m[4]!]],
        ...(message ? { body: message } : {}),
        notes: [`The request id HfHubHTTPError printed (${m[4]!}) was read as the response's X-Request-Id.`],
      };
    },
  },
  {
    // requests (and httpx before 0.18): "403 Client Error: Forbidden for url: https://..."
    name: "Python requests HTTPError",
    find(t) {
      // (Its blanks after the colons lost, as splunk_hec_handler's copy prints it: "503 Server Error:Service unavailable for url:...".)
      const m = /(?:\b|(?<=Error))(\d{3}) (?:Client|Server) Error:(?: |(?=[A-Z]))([^\r\n]{0,2000})/.exec(t);
      if (!m || ledByFix(t, m.index)) return undefined;
      // The message a test's mock makes up, raising the exception in code (`raise requests.exceptions.HTTPError("401 Client Error:
      // Unauthorized")`): no call's. (Python's repr of one that was raised has no `raise`: "Failed to POST ... HTTPError('403 Client Error: ...')".)
      if (/\braise[ \t]+[\w.]{0,100}(?:Error|Exception)\([ \t]*[rbuf]?["']$/.test(t.slice(Math.max(0, m.index - 200), m.index))) return undefined;
      // The URL on the next line, where a terminal or a notebook wrapped it ("401 Client Error: Unauthorized for url:\nhttps://graph...").
      const wrapped = / for url:[ \t]*$/.test(m[2]!) ? /^\r?\n[ \t]*(https?:\/\/\S{1,2000})/.exec(t.slice(m.index + m[0].length))?.[1] : undefined;
      const [reason, rest] = (wrapped === undefined ? m[2]! : `${m[2]!.trimEnd()} ${wrapped}`).split(/ for url: *(?=\S)/);
      // The URL is one word; a quote or bracket after it is the printout around the message (`('401 ... for url: https://x', ...)`).
      // (And a full stop an app's own sentence put after it: "... for url: https://api.tavily.com/search. Failed fetching sources.")
      // (A URL holds no raw double quote: where one follows, the message ended inside a JSON string, Airbyte's trace line.)
      const url = rest?.trim().split(/\s/)[0]!.split('"')[0]!.replace(/['",)\]]+$/, "").replace(/\.$/, "");
      // An app often logs `response.text` below it, on a line of its own or after the status again ("429 {...}").
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 4096);
      const below = new RegExp(`\\n[ \\t]*(?:${m[1]} )?(?=\\{)`).exec(after);
      // pyairtable adds the body's `error` member to the message: "... for url: https://... [Error: {'type': ..., 'message': ...}]".
      // Its HTTPError's args repeat the first message before that one (`('403 Client Error: ...', "403 Client Error: ... [Error: ...]")`).
      const line = m[2]!;
      const added = / \[Error: (?=[{'"])/.exec(line);
      const at = added ? added.index + added[0].length : -1;
      const raw = at < 0 ? undefined : line.charAt(at) === "{" ? bracketed(line, at) : /^(['"])[^'"\r\n]{1,200}\1/.exec(line.slice(at))?.[0];
      const member = raw === undefined ? undefined : readRelaxedJson(raw);
      // Else the body the app logged before it raised (DockFlare's "CF API Error Response Body: {'success': False, ...}" above).
      // Or words an app added after the URL (python-o365's "... for url: https://... | Error Message: Access is denied. ..."): the body's.
      const tail = url === undefined ? "" : rest!.trim().slice(url.length);
      const appended = /^[ \t]*\|[ \t]*(?:Error Message:[ \t]*)?(\S[^\r\n]{0,2000})$/.exec(tail)?.[1] ?? bodyAfterUrl(tail);
      const opened = member === undefined ? openedAtLineEnd(t, m.index + m[0].length) : undefined;
      const body =
        member !== undefined
          ? JSON.stringify({ error: member })
          : opened !== undefined
            ? opened
            : below
            ? bracketed(after, below.index + below[0].length)
            : (bodyNear(t, m.index + m[0].length, 1) ?? bodyNear(t, m.index, -1) ?? appended);
      // (Quoted whole, its closing quote is the printout's: "The error encountered was: '401 Client Error: Unauthorized'".)
      const quote = t.charAt(m.index - 1);
      const statusText = (quote === "'" || quote === '"') && reason!.trimEnd().endsWith(quote) ? reason!.trimEnd().slice(0, -1) : reason!;
      return { what: "Python requests' HTTPError", status: num(m[1]), statusText: statusText.trim(), ...(url ? { url } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // Twilio: "HTTP 401 error: Unable to create record: Authenticate" (twilio-python), "HTTP ERROR 401: 20003: Authenticate" (its
    // older releases), "[HTTP 401] Unable to create record: Authenticate" (twilio-php); the GitHub CLI's "HTTP 403: <message>
    // (https://api.github.com/...)", whose URL in brackets at the end is the request's.
    name: "Twilio RestException",
    find(t) {
      const m = /\bHTTP (?:ERROR )?(\d{3})(?: error)?: ([^\r\n]{0,2000})|\[HTTP (\d{3})\] ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      // A test's expected message (the GitHub CLI's own `err.Error() != "HTTP 502: ..."` in `func TestHandleHTTPError_GraphQL502`) is none a call got.
      if (inTestCode(lineAt(t, t.lastIndexOf("\n", m.index) + 1)) || inTestSource(t)) return undefined;
      // Nor is a list of them, two statuses or more each said so (DeepL's docs: "• HTTP 429: too many requests. ..." / "• HTTP 456: quota exceeded").
      if (new Set(Array.from(t.slice(0, 65_536).matchAll(/\bHTTP (?:ERROR )?([45]\d\d)(?: error)?: /g), (h) => h[1]).slice(0, 8)).size >= 2) return undefined;
      // PHP quotes an uncaught exception's message ("with message '[HTTP 401] Unable to create record: Authenticate'"): it ends at the
      // last quote, not the first (Twilio's "The 'To' number ... is not a valid phone number.").
      const said = (m[4] !== undefined && t[m.index - 1] === "'" ? m[4].replace(/'[^']*$/, "") : (m[2] ?? m[4])!).trim();
      // A body that opens at the line's end goes on below it ("Last error: HTTP 404: {" and Google's error on the next lines).
      const body = /^[{[]$/.test(said) ? (openedAtLineEnd(t, m.index) ?? said) : said;
      const url = / \((https?:\/\/[^\s()"'<>]{1,2000})\)$/.exec(body)?.[1];
      return { what: "an `HTTP <status>: ...` error message (Twilio's RestException, the GitHub CLI and others)", status: num(m[1] ?? m[3]), ...(url ? { url } : {}), body };
    },
  },
  {
    // go-pagerduty's APIError (the PagerDuty Terraform provider's client): "HTTP response failed with status code 400, message: Invalid
    // Input Provided. (code: 2001): field.name: ...", or "... and no JSON error object was present". Its words are PagerDuty's client's
    // (the body fingerprint reads them when they are a body's): its message and its PagerDuty code rebuilt as PagerDuty's error.
    name: "go-pagerduty's APIError",
    find(t) {
      const m = GO_PAGERDUTY.exec(t);
      if (!m || num(m[1])! < 400) return undefined;
      const details = m[4]?.replace(/^:[ \t]*/, "").trim();
      return {
        what: "go-pagerduty's APIError",
        provider: "pagerduty",
        status: num(m[1]),
        ...(m[3] !== undefined ? { rebuilt: { value: { error: { code: Number(m[3]), message: m[2]!.trim(), ...(details ? { errors: [details] } : {}) } }, from: "PagerDuty's error rebuilt from the message and code go-pagerduty printed" } } : {}),
      };
    },
  },
  {
    // go-openai's APIError and RequestError (sashabaranov/go-openai, the Go client of OpenAI and the APIs that copy it): "error, status
    // code: 429, status: 429 Too Many Requests, message: You exceeded your current quota, ...", older releases without the status.
    name: "go-openai APIError",
    find(t) {
      const m = /\berror, status code: ([1-5]\d\d), (?:status: ([^,\r\n]{0,60}), )?message: ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      // A RequestError goes on with the body it could not read as an error: ", body: {...}".
      const message = m[3]!.replace(/, body: [\s\S]*$/, "").trim();
      const statusText = m[2]?.replace(/^\d{3} /, "").trim();
      return { what: "go-openai's APIError", status: num(m[1]), ...(statusText ? { statusText } : {}), body: message };
    },
  },
  {
    // A go-swagger client's error (Terraform providers' clients are generated by it: Grafana's, Netlify's): "[GET /users][401]
    // searchUsersUnauthorized  &{...}", the operation's name ending in the status's, then its payload: JSON in newer releases, Go's
    // %+v of a struct in older ones (its pointers' addresses say nothing: no body then).
    name: "a go-swagger client's error",
    find(t) {
      const m = /\[(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/[^\]\s]{0,1000})\]\[([45]\d\d)\] [a-z][A-Za-z0-9]{0,120}[A-Z][a-z]{2,40}\b[ \t]*([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const payload = m[4]!.trim();
      const body = /^[{[]/.test(payload) ? payload : /^&\{/.test(payload) && !/\b0x[0-9a-f]{4,}\b/.test(payload) ? payload : undefined;
      return { what: "a go-swagger client's error (it prints the path, not the host)", status: num(m[3]), method: m[1]!, ...(body ? { body } : {}) };
    },
  },
  YAML_ERROR,
  {
    // A status and an API's error code in brackets before the message (kubectl-ai's "Error: [429:insufficient_quota] You exceeded your
    // current quota, ..."): the body rebuilt from the code and the message.
    name: "a [status:code] message",
    find(t) {
      const m = /(?:^|\n|: )\[([45]\d\d):([a-z][a-z0-9_]{1,60})\] ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      return {
        what: "a status and its error code in brackets",
        status: num(m[1]),
        rebuilt: { value: { error: { code: m[2]!, message: m[3]!.trim() } }, from: `the error body rebuilt from the code (${m[2]}) and message printed after the status` },
      };
    },
  },
  {
    // Spring's RestTemplate and WebClient errors (5.2 on): "org.springframework.web.client.HttpClientErrorException$Forbidden: 403 :
    // "{"errorMessages":[...]}"" (the reason after the status, blank over HTTP/2), the body quoted after a colon, or in brackets
    // ("[{...}]") as older releases printed it.
    name: "Spring HttpClientErrorException",
    find(t) {
      const m = /\b(?:HttpClientErrorException|HttpServerErrorException|UnknownHttpStatusCodeException|RestClientResponseException|WebClientResponseException)(?:\$[A-Za-z]{1,40})?: ([1-5]\d\d)(?: ([A-Za-z][A-Za-z ]{0,40}?))? ?: ?(["[])/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      // The body is JSON from its bracket (over lines too); else the line's rest up to the closing quote.
      const body = /^[{[]/.test(t.charAt(at)) ? bracketed(t, at) : undefined;
      const rest = restOfLine(t, at - 1);
      // ("[no body]" is its word for none.)
      const text = body ?? (m[3] === '"' ? rest.replace(/^"|"$/g, "") : rest.replace(/^\[|\]$/g, "").replace(/^no body$/, ""));
      return { what: "Spring's HttpClientErrorException", status: num(m[1]), ...(m[2] ? { statusText: m[2].trim() } : {}), ...(text ? { body: text } : {}) };
    },
  },
  {
    // Spring AI's errors for a model API's answer: its response handler throws `NonTransientAiException` for a 4xx and
    // `TransientAiException` for anything else, with the status and the body as its message ("org.springframework.ai.retry.
    // NonTransientAiException: 404 - {"error": ...}"); a log's title may keep only the status ("NonTransientAiException: 404").
    name: "Spring AI's TransientAiException",
    find(t) {
      const m = /\b(?:Non)?TransientAiException: ([1-5]\d\d)(?: - |[ \t]*(?:\r?\n|$))/.exec(t);
      if (!m || Number(m[1]) < 400) return undefined;
      const at = m.index + m[0].length;
      const body = m[0].endsWith(" - ") ? (/^[{[]/.test(t.charAt(at)) ? bracketed(t, at) : restOfLine(t, at)) : undefined;
      return { what: "Spring AI's TransientAiException", status: num(m[1]), ...(body ? { body } : {}) };
    },
  },
  {
    // OpenFeign's FeignException (Spring Cloud clients, mailgun-java): "feign.FeignException$Unauthorized: [401 Unauthorized] during [POST]
    // to [https://api.mailgun.net/v3/...] [MailgunMessagesApi#sendMessage(String,Message)]: [{\"message\":\"...\"}]": the body is the last brackets.
    name: "OpenFeign FeignException",
    find(t) {
      const m = /\[([45]\d\d)(?: ([A-Za-z][A-Za-z ]{0,40}))?\] during \[([A-Z]{3,7})\] to \[(https?:\/\/[^\]\s]{1,2000})\](?: \[[^\]\r\n]{0,400}\])?(?::[ \t]*\[([^\r\n]{0,65536})\])?/.exec(t);
      if (!m) return undefined;
      const body = m[5]?.trim();
      return {
        what: "OpenFeign's FeignException",
        status: num(m[1]),
        ...(m[2] ? { statusText: m[2] } : {}),
        method: m[3]!,
        url: m[4]!,
        ...(body ? { body } : {}),
      };
    },
  },
  {
    // The TypeScript SDKs of OpenAI and Anthropic (and others built the same way): "RateLimitError: 429 {\"type\":\"error\",...}",
    // also as a line of its own that a tool printed (Claude Code's "  529 {\"type\":\"error\",...}", an error status then, also
    // under the glyph its terminal UI hangs a tool's output from: "  ⎿  529 {...}", or after an app's name: Sweep's "Sweep: 422 {...}" of
    // PyGithub's GithubException; or its body printed over lines, "429 {\n  \"errors\": [...", as a poster copies it, cut or whole).
    name: "TypeScript SDK APIError",
    find(t) {
      const m = /\b([A-Z][A-Za-z]{0,60})?Error: (\d{3}) (?=[{[])|(?:^|\n)[ \t]*(?:[⎿⏺][ \t]+|[A-Z][A-Za-z]{1,30}: )?([45]\d\d) (?=\{"|\{[ \t]*\r?\n[ \t]{0,40}")/.exec(t);
      if (!m) return stainlessNoBody(t);
      const at = m.index + m[0].length;
      // A body a wrap broke inside its strings and the paste then cut (cc-switch's OpenRouter error): its lines joined, read
      // up to its last whole member.
      const whole = bracketedAcrossWraps(t, at);
      const joined = whole === undefined ? closeCutJson(joinedWraps(t, at).slice(0, 8192).trimEnd()) : undefined;
      const rejoined = joined !== undefined && /[\r\n]/.test(t.slice(at, at + joined.length));
      const body = whole ?? (rejoined ? joined : restOfLine(t, at));
      return {
        what: "the SDK's `NNN {body}` message",
        status: num(m[2] ?? m[3]),
        body,
        // One of the classes these SDKs raise by status ("RateLimitError: 429 {...}") says a provider's SDK printed it: the response is a
        // provider's, never the backend's, even when its code is one of the code table's (Groq's `rate_limit_exceeded` through openai-node).
        // A bare "Error: 429 {...}" is any app's own words, and says nothing of whose response it was.
        ...(m[1] !== undefined && STAINLESS_ERRORS.has(m[1] + "Error") ? { providerClient: "an SDK whose errors read `RateLimitError: 429 {...}` (openai-node's, anthropic-sdk-typescript's form)" } : {}),
        ...inspectedHeaders(t),
        ...(rejoined ? { notes: ["The body was wrapped across lines and cut off: its lines were joined and it was read up to its last whole member."] } : {}),
      };
    },
  },
  {
    // .NET's HttpResponseMessage serialized as JSON (Json.NET, as Duplicati logs a failed OneDrive call): `"StatusCode": 429,
    // "ReasonPhrase": "Too Many Requests", "Headers": [{"Key": "Retry-After", "Value": ["112"]}, ...]`, whole or cut: the status, its
    // reason and the headers (the wait among them). Its content is a stream the serializer does not show.
    name: "a .NET HttpResponseMessage as JSON",
    find(t) {
      const m = /"StatusCode":[ \t]*([1-5]\d\d),\s{0,40}"ReasonPhrase":[ \t]*"([^"\\\r\n]{0,100})"/.exec(t);
      if (!m) return undefined;
      const headers: HeaderPair[] = [];
      for (const h of t.slice(m.index, m.index + 65_536).matchAll(/\{\s{0,40}"Key":[ \t]*"([A-Za-z0-9-]{1,100})",\s{0,40}"Value":[ \t]*\[\s{0,40}"((?:[^"\\\r\n]|\\.){0,2000})"/g)) {
        if (headers.length === MAX_HEADERS) break;
        headers.push([h[1]!, h[2]!.replace(/\\(["\\])/g, "$1")]);
      }
      return { what: "a .NET HttpResponseMessage serialized as JSON (its content is a stream it does not show)", status: num(m[1]), ...(m[2] ? { statusText: m[2] } : {}), headers };
    },
  },
  {
    // .NET's HttpResponseMessage as its ToString() prints it, as C# apps log a failed HttpClient call: "StatusCode: 504, ReasonPhrase:
    // 'Gateway Timeout', Version: 1.1, Content: System.Net.Http.StreamContent, Headers:\n{\n  x-ms-request-id: ...\n}", a header to a
    // line between braces. Its content is a stream it does not show; a JSON body the app logged on the lines below is read as the body.
    name: "a .NET HttpResponseMessage as ToString() prints it",
    find(t) {
      const m = /\bStatusCode: ([1-5]\d\d), ReasonPhrase: '([^'\r\n]{0,100})', Version: [\d.]{1,5}, Content: [\w.`<>]{1,200}, Headers:\s{0,40}\{/.exec(t);
      if (!m) return undefined;
      const open = m.index + m[0].length;
      const close = t.indexOf("}", open);
      const block = t.slice(open, close < 0 ? Math.min(t.length, open + 65_536) : close);
      const headers: HeaderPair[] = [];
      for (const line of block.split(/\r?\n/, 4 * MAX_HEADERS)) if (headers.length < MAX_HEADERS) headerLine(line.trim(), headers);
      const body = close < 0 ? undefined : bodyNear(t, close, 1);
      return {
        what: "a .NET HttpResponseMessage as ToString() prints it (its content is a stream it does not show)",
        status: num(m[1]),
        ...(m[2] ? { statusText: m[2] } : {}),
        headers,
        ...(body !== undefined ? { body } : {}),
      };
    },
  },
  {
    // s3cmd's S3Error: "ERROR: S3 error: 403 (SignatureDoesNotMatch): The request signature we calculated does not match ...", also in
    // brackets after the object it failed for ("ERROR: Copy failed for: 's3://b/k' (403 (SignatureDoesNotMatch): ... )"), the status,
    // S3's code and its message (against AWS or an S3 copy: the code means the same).
    name: "s3cmd's S3 error",
    find(t) {
      const m = /(?:\bS3 error: |\bfailed for: '[^'\r\n]{1,2000}' \()([1-5]\d\d) \(([A-Za-z]{2,64})\)(?:: ([^\r\n]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      return {
        what: "s3cmd's S3 error",
        provider: "aws",
        status: num(m[1]),
        rebuilt: { value: { __type: m[2]!, message: m[3]?.replace(/[ \t]*\)$/, "").trim() ?? "" }, from: `S3's error body rebuilt from the code (${m[2]}) and message s3cmd printed` },
      };
    },
  },
  {
    // An API's error code in quotes, its status in brackets, then the message (rclone's Box backend: `Error "item_name_in_use" (409):
    // Item with the same name already exists`).
    name: "an error code in quotes with its status in brackets",
    find(t) {
      const m = /\bError "([a-z][a-z0-9_]{1,64})" \(([45]\d\d)\)(?:: ([^\r\n]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      return {
        what: "an error code in quotes with its status in brackets",
        status: num(m[2]),
        rebuilt: { value: { code: m[1]!, message: m[3]?.trim() ?? "" }, from: `the body rebuilt from the code (${m[1]}) and message printed beside the status` },
      };
    },
  },
  {
    // braintree-ruby's logger, one line a call: "[Braintree] [24/Nov/2014 17:53:17 UTC] GET /customers/1234 503", the status it got
    // (above the error its class names: Braintree::DownForMaintenanceError).
    name: "braintree-ruby's request log",
    find(t) {
      const m = /\[Braintree\] \[[^\]\r\n]{1,40}\] (GET|POST|PUT|PATCH|DELETE) (\/\S{0,2000}) ([45]\d\d)\b/.exec(t);
      if (!m) return undefined;
      const message = /\bBraintree::([A-Z][A-Za-z]{1,60}Error)\b/.exec(t.slice(m.index, m.index + 4096))?.[1];
      return { what: "braintree-ruby's request log", status: num(m[3]), method: m[1]!, ...(message ? { body: message } : {}) };
    },
  },
  {
    // postmark-gem's errors for Postmark's 422 (its HttpServerError.build: '422' → ApiInputError.build, which picks a subclass by the
    // body's ErrorCode: InvalidEmailAddressError for 300, InactiveRecipientError for 406, InvalidTemplateError for 1101): "Postmark::
    // InactiveRecipientError: You tried to send to recipient(s) that have been marked as inactive. ...". The class says the status and
    // the code; the message is the body's.
    name: "postmark-gem's ApiInputError",
    find(t) {
      const m = /\bPostmark::(ApiInputError|InvalidEmailAddressError|InactiveRecipientError|InvalidTemplateError): ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      const code = POSTMARK_INPUT_CODES[m[1]!];
      return {
        what: `postmark-gem's ${m[1]} (raised for Postmark's 422 only)`,
        provider: "postmark",
        status: 422,
        statusSaid: `its class ${m[1]} is postmark-gem's for Postmark's 422`,
        rebuilt: { value: { ...(code !== undefined ? { ErrorCode: code } : {}), Message: m[2]!.trim() }, from: `Postmark's error body rebuilt from the class (${m[1]}) and the message the gem printed` },
      };
    },
  },
  {
    // The Dropbox Objective-C SDK's DBRequestError, as `po error` prints it: "DropboxHttpError[{\n    ErrorContent = \"path/conflict/
    // folder/..\";\n    RequestId = 53f8...;\n    StatusCode = 409;\n}]" (also `DropboxBadInputError`, `DropboxRateLimitError`...):
    // the status, the request id, and the error summary Dropbox's body carried.
    name: "the Dropbox Objective-C SDK's DBRequestError",
    find(t) {
      const m = /\bDropbox[A-Za-z]{0,40}Error\[\{/.exec(t);
      if (!m) return undefined;
      const block = t.slice(m.index, m.index + 4096);
      const end = block.indexOf("}]");
      const fields = end < 0 ? block : block.slice(0, end);
      const status = /\n[ \t]*StatusCode = ([1-5]\d\d);/.exec(fields)?.[1];
      if (status === undefined) return undefined;
      const id = /\n[ \t]*RequestId = "?([0-9a-f]{16,64})"?;/.exec(fields)?.[1];
      const content = /\n[ \t]*ErrorContent = "((?:[^"\\\r\n]|\\.){1,2000})";/.exec(fields)?.[1];
      return {
        what: "the Dropbox Objective-C SDK's DBRequestError",
        provider: "dropbox",
        status: num(status),
        ...(id ? { headers: [["X-Dropbox-Request-Id", id]] } : {}),
        ...(content ? { rebuilt: { value: { error_summary: content }, from: "Dropbox's error summary rebuilt from the ErrorContent the SDK printed" } } : {}),
      };
    },
  },
  {
    // A fetch `Response` as a browser's console prints it (Firefox's `Response { type: "cors", url: "https://...", redirected: false,
    // status: 500, ok: false, statusText: "", headers: Headers(4), body: ReadableStream, bodyUsed: true }`, Chrome's `Response {type:
    // 'cors', url: '...', redirected: false, status: 500, ok: false, …}`): its status and URL; its body is a stream it does not show.
    name: "a browser console's fetch Response",
    find(t) {
      const m = /\bResponse \{ ?type: (["'])(?:basic|cors|default|error|opaque|opaqueredirect)\1, url: (["'])(https?:\/\/[^"'\s]{1,2000})\2, redirected: (?:true|false), status: ([1-5]\d\d), ok: (?:true|false)(?:, statusText: (["'])([^"'\r\n]{0,100})\5)?/.exec(t);
      if (!m) return undefined;
      return {
        what: "a browser console's fetch Response (it shows no body: the body is a stream the page read or left unread)",
        status: num(m[4]),
        url: m[3]!,
        ...(m[6] ? { statusText: m[6] } : {}),
      };
    },
  },
  {
    // qdrant-client's UnexpectedResponse: "Unexpected Response: 503 (Service Unavailable)\nRaw response content:\nb'...'", the body
    // Python's bytes (`b''` when there was none).
    name: "qdrant-client's UnexpectedResponse",
    find(t) {
      const m = /\bUnexpected Response: ([1-5]\d\d) \(([A-Za-z][A-Za-z' -]{0,40})?\)[ \t]*\r?\nRaw response content:[ \t]*\r?\n[ \t]*(?=b['"])/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const bytes = readBytesLiteral(t, at + 1);
      return {
        what: "qdrant-client's UnexpectedResponse",
        status: num(m[1]),
        ...(m[2] ? { statusText: m[2] } : {}),
        body: bytes.text,
        notes: ["The body was printed as Python bytes (b'...'): it was read with its escapes decoded."],
      };
    },
  },
  {
    // OpenTelemetry JS's exporters throw `new OTLPExporterError(res.statusMessage, res.statusCode, responseData)`, which Node prints
    // with its stack, then its own properties: the body as `data`, the status as `code` ("OTLPExporterError: Unauthorized\n    at
    // ... {\n  data: `{"message":"missing 'x-honeycomb-dataset' header"}`,\n  code: 401\n}"). Its `code` is always the HTTP status.
    name: "OpenTelemetry JS's OTLPExporterError",
    find(t) {
      const m = /\bOTLPExporterError: ([^\r\n]{0,200})/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index, m.index + 8192);
      const code = /\n[ \t]*code: '?([1-5]\d\d)'?,?[ \t]*\r?\n/.exec(rest)?.[1];
      if (code === undefined) return undefined;
      const data = /\n[ \t]*data: (['"`])((?:(?!\1)[^\\\r\n]|\\.){0,65536})\1/.exec(rest)?.[2];
      const reason = m[1]!.trim();
      return {
        what: "OpenTelemetry JS's OTLPExporterError (its code is the status, its data the body)",
        status: num(code),
        ...(reason ? { statusText: reason } : {}),
        ...(data ? { body: data } : {}),
      };
    },
  },
  {
    // axios: "AxiosError: Request failed with status code 403"; auth0-java: "... status code 403: Insufficient scope, ..."
    name: "axios AxiosError",
    find(t) {
      // (Or after a dash: Pipedream's "Request failed with status code 409 — {...}", the app's own join.)
      // (Or after a blank and a colon: an app's "Request failed with status code 400 : extra keys not allowed @ data[...]".)
      // (Or after its stop, the client's own words going on: firecrawl-js's "Request failed with status code 429. Error: Rate limit exceeded. ...".)
      const m = /Request failed with status code (\d{3})\b(?:(?: ?:| [—–-]|\.) ([^\r\n]{1,2000}))?/.exec(t);
      if (!m) return undefined;
      if (givenAsExample(t, m.index) || templateAfter(t, m.index + m[0].indexOf(m[1]!) + 3)) return undefined;
      // An app that adds the body after it ("... with status code 401 and body {"error": ...}", or after a space alone, Uptime Kuma's).
      const glued = t.startsWith(" and body ", m.index + m[0].length) ? " and body ".length : t.startsWith(" {", m.index + m[0].length) ? 1 : -1;
      const said = glued < 0 ? undefined : bracketed(t, m.index + m[0].length + glued);
      if (said !== undefined) return { what: "axios's error, and the body the app printed after it", status: num(m[1]), body: said };
      // The inspect output that often follows: `data: { ... }` under `response:`; or an app's own labels on the same line (Retell's
      // "Request failed with status code 401 response status: 401 response data: [{...},\"Unauthorized: OWNER or ADMIN role required\"]").
      const data = /\n[ \t]*data: (?=[{[])|^(?: response status: \d{3})? response data: (?=[{[])/.exec(t.slice(m.index + m[0].length));
      // auth0-java words its APIException the same, with the description after a colon.
      // Else a body the app logged just before the error ("Error: {...}" on the line above, slack-github-action's), or
      // `error.response.data` on the lines below (Pipedream's "AxiosError - Request failed with status code 403\n{...}").
      const body = data ? bracketed(t, m.index + m[0].length + data.index + data[0].length) : (m[2]?.trim() ?? bodyNear(t, m.index, -1) ?? bodyNear(t, m.index, 1) ?? lastLineBelow(t, m.index + m[0].length));
      const auth0 = /\bcom\.auth0\.exception\.\w{1,60}: $/.test(t.slice(Math.max(0, m.index - 80), m.index));
      return { what: auth0 ? "auth0-java's APIException" : "axios's error", ...(auth0 ? { provider: "auth0" } : {}), status: num(m[1]), ...(body ? { body } : {}) };
    },
  },
  {
    // RestSharp's words for a failed call, the status as .NET's `HttpStatusCode` name ("Request failed with status code Unauthorized"):
    // the status that name stands for. Right after axios's, whose words these are with a number.
    name: "RestSharp's error",
    find(t) {
      const m = /\bRequest failed with status code ([A-Z][A-Za-z]{2,40})\b/.exec(t);
      const status = m === null ? undefined : DOTNET_STATUS_NAMES.get(m[1]!);
      return status === undefined || status < 400 ? undefined : { what: "RestSharp's error (the status as .NET names it)", status, statusText: m![1]! };
    },
  },
  {
    // A .NET app's line that prints the response's status by its `HttpStatusCode` name and its body after it ("Status: BadRequest,
    // Error: {"description":"Validation failed",...}", Freshdesk's answer as a C# integration logged it): the status that name stands for.
    name: "a .NET status name after 'Status:'",
    find(t) {
      // (Not ASP.NET Core's OAuth handler's "Status: Unauthorized;Headers: ...;Body: ...", which its own reader reads whole.)
      // (Not "StatusCode: Forbidden Message: ...", Entra's provisioning log, which its own reader reads with the words after it.)
      const m = /(?:^|[\s,;(])Status: ([A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,4})(?=[,.)]|\s|$)/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!) : undefined;
      if (!m || status === undefined || status < 400) return undefined;
      const after = m.index + m[0].length;
      const label = /^,?[ \t]*(?:Error|Body|Content|Response(?: body)?|Message): ?(?=[{[])/.exec(t.slice(after, after + 60));
      const body = label ? bracketed(t, after + label[0].length) : bodyNear(t, after, 1);
      return { what: "a .NET status name after 'Status:'", status, statusText: m[1]!, ...(body ? { body } : {}) };
    },
  },
  {
    // ShareX's upload error box: labelled blocks a line each, "Request URL:", "Status code:\n(401) Unauthorized", "Headers:" a header
    // a line, "Response text:" the body, then "Stack trace:" (.NET's WebException below it).
    name: "ShareX's upload error",
    find(t) {
      const m = /(?:^|\n)Status code:\r?\n\((\d{3})\) ?([^\r\n]{0,100})/.exec(t);
      if (!m) return undefined;
      const block = (label: string): string | undefined => {
        const at = new RegExp(`(?:^|\\n)(?:\`\`\`)?${label}:\\r?\\n`).exec(t);
        if (!at) return undefined;
        const from = at.index + at[0].length;
        const end = t.slice(from).search(/\r?\n\r?\n(?:Stack trace|Headers|Response text|Status code|Request URL):|\r?\n\r?\n```|\r?\n```|$/);
        return t.slice(from, from + end).trim();
      };
      const url = block("Request URL");
      const headers: HeaderPair[] = [];
      for (const line of (block("Headers") ?? "").split(/\r?\n/)) if (headers.length < MAX_HEADERS) headerLine(line, headers);
      const body = block("Response text");
      return {
        what: "ShareX's upload error",
        status: num(m[1]),
        ...(m[2]!.trim() ? { statusText: m[2]!.trim() } : {}),
        ...(url && /^https?:\/\/\S+$/.test(url) ? { url } : {}),
        headers,
        ...(body ? { body } : {}),
      };
    },
  },
  {
    // Ruby's Mechanize: "429 => Net::HTTPTooManyRequests for https://....slack.com/api/emoji.add -- unhandled response"
    // (Mechanize::ResponseCodeError): the status, Net::HTTP's class for it, and the URL.
    name: "Mechanize ResponseCodeError",
    find(t) {
      const m = /\b([1-5]\d\d) => Net::HTTP[A-Za-z]{2,40} for (\S{1,2000}) -- unhandled response\b/.exec(t);
      return m ? { what: "Mechanize's ResponseCodeError", status: num(m[1]), url: m[2]! } : undefined;
    },
  },
  {
    // The GitHub CLI's error line: "gh: Server Error (HTTP 502)", "gh: Bad credentials (HTTP 401)": GitHub's message, its status.
    name: "GitHub CLI error",
    find(t) {
      const m = /(?:^|\n)[ \t]*gh: ([^\r\n]{1,2000}?) \(HTTP ([45]\d\d)\)/.exec(t);
      return m ? { what: "the GitHub CLI's error", provider: "github", providerBy: "the GitHub CLI's `gh:` line", status: num(m[2]), body: m[1]!.trim() } : undefined;
    },
  },
  {
    // An iOS client's NSError for Google's APIs, whose code is the HTTP status (GTLR, the Google APIs client for Objective-C and
    // Swift): "Error Domain=com.google.GTLRErrorObjectDomain Code=401 \"Request is missing required authentication credential ...\"".
    name: "Google APIs iOS client NSError",
    find(t) {
      const m = /\bError Domain=com\.google\.GTLRErrorObjectDomain Code=([45]\d\d) "([^"\r\n]{0,2000})/.exec(t);
      return m ? { what: "the Google APIs iOS client's NSError (GTLR)", provider: "google", providerBy: "GTLR's error domain", status: num(m[1]), body: m[2]!.trim() } : undefined;
    },
  },
  {
    // The Facebook SDK's FacebookServiceException as React Native prints it: "{FacebookServiceException: httpResponseCode: 400,
    // facebookErrorCode: 190, facebookErrorType: OAuthException, message: Malformed access token ...}": Meta's body rebuilt.
    name: "Facebook SDK FacebookServiceException",
    find(t) {
      const m = /\bFacebookServiceException: httpResponseCode: ([45]\d\d), facebookErrorCode: (\d{1,9})(?:, facebookErrorType: (\w{1,60}))?, message: ([^}\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const error = { message: m[4]!.trim(), ...(m[3] ? { type: m[3] } : {}), code: Number(m[2]) };
      return { what: "the Facebook SDK's FacebookServiceException", provider: "meta", providerBy: "the Facebook SDK's exception", status: num(m[1]), rebuilt: { value: { error }, from: "Meta's error body rebuilt from the code, type and message the Facebook SDK printed" } };
    },
  },
  {
    // botocore's DEBUG log of a response (boto3 with logging at DEBUG): urllib3's request line with the status ("DELETE /2012-09-25/
    // pipelines/... HTTP/1.1" 400 120), then "botocore.response - DEBUG - Response Headers:", a header a line, then "Response Body:"
    // and the body. The request line names only the path: no URL is made up.
    name: "botocore debug response log",
    find(t) {
      const h = /\bbotocore\.[a-z]{1,20} - DEBUG - Response [Hh]eaders:[ \t]*\r?\n/.exec(t);
      if (!h) return undefined;
      const status = [...t.slice(Math.max(0, h.index - 4000), h.index).matchAll(/"[A-Z]{3,7} \S{1,2000} HTTP\/\d(?:\.\d)?" ([1-5]\d\d) /g)].at(-1)?.[1];
      if (status === undefined) return undefined;
      const headers: HeaderPair[] = [];
      let p = h.index + h[0].length;
      while (p < t.length && headers.length < MAX_HEADERS) {
        const e = lineEnd(t, p);
        if (!headerLine(t.slice(p, e).trim(), headers)) break;
        p = nextLine(t, e);
      }
      const said = /\bResponse [Bb]ody:[ \t]*\r?\n/.exec(t.slice(p, p + 400));
      const from = said ? p + said.index + said[0].length : -1;
      const body = from < 0 ? undefined : t.charAt(from) === "{" ? bracketed(t, from) : restOfLine(t, from);
      return { what: "botocore's DEBUG log of the response", provider: "aws", providerBy: "botocore's log", status: num(status), headers, ...(body ? { body } : {}) };
    },
  },
  {
    // The AWS SDK for C++'s log of a failed call (AWSClient): "HTTP response code: 503", "Resolved remote host IP address: ...",
    // "Request ID: ...", "Exception name: SlowDown", "Error message: ...", "7 response headers:" and a "name : value" line each;
    // its line breaks escaped when a logger quoted the message (TiFlash's `["tag=AWSXmlClient message=HTTP response code: 503\n..."]`).
    name: "AWS SDK for C++ error log",
    find(t) {
      const m = /\bHTTP response code: ([1-5]\d\d)(\\n|\r?\n)(?:Resolved remote host IP address: [^\\\r\n]{0,200}(?:\\n|\r?\n))?Request ID: ([^\\\r\n]{0,200})(?:\\n|\r?\n)Exception name: ([^\\\r\n]{0,200})(?:\\n|\r?\n)Error message: ([^\\\r\n]{0,2000})(?:\\n|\r?\n)(\d{1,3}) response headers:/.exec(t);
      if (!m) return undefined;
      const headers: HeaderPair[] = [];
      let at = m.index + m[0].length;
      for (let i = 0; i < Math.min(Number(m[6]), MAX_HEADERS); i++) {
        const h = /^(?:\\n|\r?\n)([A-Za-z0-9-]{1,100}) : ([^\\\r\n"]{0,2000})/.exec(t.slice(at, at + 2200));
        if (!h) break;
        headers.push([h[1]!, h[2]!.trim()]);
        at += h[0].length;
      }
      const code = m[4]!.trim(), message = m[5]!.trim();
      if (m[3]!.trim() !== "" && !headers.some(([name]) => /^x-amzn?-request-?id$/i.test(name))) headers.push(["x-amz-request-id", m[3]!.trim()]);
      return {
        what: "the AWS SDK for C++'s error log",
        provider: "aws",
        status: num(m[1]),
        headers,
        ...(code || message ? { rebuilt: { value: { __type: code, message }, from: `AWS's error body rebuilt from the exception name (${code}) and message the SDK logged` } } : {}),
      };
    },
  },
  {
    // pydantic-ai's ModelHTTPError: "status_code: 429, model_name: gpt-4.1-mini, body: {'message': ..., 'type': 'insufficient_quota', ...}"
    // (the provider's body as a Python dict).
    name: "pydantic-ai ModelHTTPError",
    find(t) {
      const m = /\bModelHTTPError: status_code: ([45]\d\d), model_name: [^,\r\n]{0,200}, body: (?=[{[])/.exec(t);
      const body = m ? bracketed(t, m.index + m[0].length) : undefined;
      return m ? { what: "pydantic-ai's ModelHTTPError", status: num(m[1]), ...(body ? { body } : {}) } : undefined;
    },
  },
  {
    // An exception's repr whose arguments are a request id, the status and the body (dropbox-sdk-python's HttpError and
    // InternalServerError): "dropbox.exceptions.InternalServerError: InternalServerError('', 500, '{"error": "The server ..."}')",
    // Python 2's `u''` strings too ("InternalServerError('ef5833b3...', 500, u'')"), and before the SDK kept the request id,
    // its status and body alone ("dropbox.exceptions.InternalServerError: (500, '')").
    name: "a Python exception's repr with the status among its arguments",
    find(t) {
      // Also an exception printed with its arguments' tuple ("Exception: ('Request failed with ', 429, ' - ', '{\"error\": ...}')",
      // IntuneCD's): the body is the first argument after the status that holds JSON.
      // (Also as Twisted prints the class, "<class 'mastodon.errors.MastodonAPIError'>: (...)"; Mastodon.py's tuple, "('Mastodon API
      // returned error', 503, 'Service Unavailable', 'There was a temporary problem ...')", wherever an app logs it.)
      // (Its arguments looked for first: a pattern that starts at every capital costs a scan of each word.)
      if (!/, [45]\d\d, u?['"]/.test(t)) return undefined;
      const m =
        /\b(?=[A-Z])\w{0,80}?(?:Error|Exception)(?:'>)?(?:: )?\((?:'([^'\\\r\n]{0,200})'|None), ([45]\d\d), (?=u?['"])/.exec(t) ??
        /\bdropbox\.exceptions\.[A-Z]\w{0,80}: \(()([45]\d\d), (?=u?['"])/.exec(t) ??
        /\('(Mastodon API returned error)', ([45]\d\d), (?=u?['"])/.exec(t);
      if (!m) return undefined;
      /** The string literal at `at`, past a Python 2 `u` before its quote. */
      const literal = (at: number) => readBytesLiteral(t, t.charAt(at) === "u" ? at + 1 : at);
      let first = literal(m.index + m[0].length);
      // The status's reason phrase first (Mastodon.py's `(message, status, reason, error)`): the words after it are the message.
      const reason = isReasonOf(m[2]!, first.text) && t.startsWith(", ", first.end) && /^u?['"]/.test(t.slice(first.end + 2, first.end + 4)) ? first.text : undefined;
      if (reason !== undefined) first = literal(first.end + 2);
      let arg = first;
      for (let more = 0; more < 4 && !/^\s*[{[]/.test(arg.text) && t.startsWith(", ", arg.end) && /^u?['"]/.test(t.slice(arg.end + 2, arg.end + 4)); more++) {
        arg = literal(arg.end + 2);
      }
      // Dropbox's request id (32 hex digits, the first argument), or its module before the SDK kept one, says Dropbox.
      const id = m[1] !== undefined && /^[0-9a-f]{32}$/.test(m[1]) ? m[1] : undefined;
      const dropbox = id !== undefined || m[0].startsWith("dropbox.");
      return {
        what: dropbox ? "the Dropbox Python SDK's exception" : "a Python exception's repr",
        status: num(m[2]),
        ...(reason !== undefined ? { statusText: reason } : {}),
        ...(dropbox ? { provider: "dropbox" } : {}),
        ...(id ? { headers: [["x-dropbox-request-id", id] as HeaderPair] } : {}),
        // A str literal reads as a bytes literal does where both hold ASCII, as a repr of a body mostly does.
        body: /^\s*[{[]/.test(arg.text) ? arg.text : first.text,
      };
    },
  },
  {
    // Rust's http::response::Parts as Debug prints it, in a client's error context (opendal: "response: Parts { status: 429,
    // version: HTTP/2.0, headers: {"retry-after": "1", ...} }"); the body is the error struct Debug printed on the first line
    // ("RateLimited (temporary) at create_dir => DropboxErrorResponse { error_summary: "too_many_write_operations/" }").
    name: "Rust http response Parts",
    find(t) {
      const m = /\bParts \{ status: ([1-5]\d\d), version: HTTP\/[\d.]{1,3}, headers: (?=\{)/.exec(t);
      if (!m) return undefined;
      const headers = bracketed(t, m.index + m[0].length);
      const struct = /\b[A-Z]\w{0,80}(?:Error|Response) (?=\{ [a-z_]{1,60}: )/.exec(t.slice(0, m.index));
      const body = struct ? bracketed(t, struct.index + struct[0].length) : undefined;
      return { what: "Rust's http response Parts", status: num(m[1]), ...(headers ? headersOf(headers) : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // A Rust client's error struct as Debug prints it, its status one of its fields (the twitter-v2 crate's "ApiError { title: \"Too
    // Many Requests\", kind: \"about:blank\", status: 429, detail: \"Too Many Requests\", errors: [], reset: Some(1660051376) }"):
    // the fields before and after it, as far as they are strings, numbers, options and empty lists, are the body.
    name: "a Rust error struct's Debug with its status",
    find(t) {
      const m = /\b[A-Z]\w{0,60}(?:Error|Response) \{ (?=[a-z_]{1,40}: )/.exec(t);
      if (!m) return undefined;
      const fields: Record<string, unknown> = {};
      RUST_FIELD.lastIndex = m.index + m[0].length;
      for (let f = RUST_FIELD.exec(t); f !== null; f = RUST_FIELD.exec(t)) {
        const v = f[2]!;
        const inner = v.startsWith("Some(") ? v.slice(5, -1) : v;
        fields[f[1]!] = inner === "None" ? null : inner === "[]" ? [] : inner === "true" || inner === "false" ? inner === "true" : inner.startsWith('"') ? rustString(inner) : Number(inner);
        if (f[3] === " }") break;
      }
      const status = fields.status;
      if (typeof status !== "number" || status < 400 || status > 599 || !Number.isInteger(status)) return undefined;
      return { what: "a Rust error struct's Debug", status, body: JSON.stringify(fields) };
    },
  },
  {
    // Faraday's error as Ruby inspects it: "#<Faraday::ClientError response={:status=>503, :headers=>{...}, :body=>"..."}>", also
    // inside another inspected string, its quotes escaped (a job's error hash: `:client_error=>"#<Faraday::ClientError response={...}>"`).
    name: "Faraday error",
    find(t) {
      const m = /#<Faraday::\w{1,60} response=(?=\{)/.exec(t);
      if (!m) return undefined;
      const hash = bracketedInString(t, m.index + m[0].length);
      const response = hash === undefined ? undefined : readRelaxedJson(hash);
      if (!isRecord(response) || typeof response.status !== "number") return undefined;
      const headers = headerMembers(response.headers);
      const body = response.body;
      return {
        what: "Faraday's error",
        status: response.status,
        ...(headers.length ? { headers } : {}),
        ...(typeof body === "string" ? { body } : isRecord(body) || Array.isArray(body) ? { body: JSON.stringify(body) } : {}),
      };
    },
  },
  {
    // A response object as Ruby inspects it, its instance variables in a row: sendgrid-ruby's "#<SendGrid::Response:0x... @status_code=\"403\",
    // @body=\"{\\\"errors\\\":[...]}\", @headers={\"server\"=>[\"nginx\"], ...}>", httpclient's "#<HTTP::Message:0x... @http_header=#<...
    // @status_code=403, @reason_phrase=\"Forbidden\", ...>". Its status first, then the object around it, so that no start is scanned twice.
    name: "a Ruby object's inspect",
    find(t) {
      const m = /@status(?:_code)?=(?:"([45]\d\d)"|([45]\d\d))(?=[,>\s])/.exec(t);
      if (!m) return undefined;
      const open = t.lastIndexOf("#<", m.index);
      if (open < 0 || m.index - open > 20_000 || !/^#<[A-Z][\w:]{0,100}[:\s]/.test(t.slice(open, open + 104))) return undefined;
      const near = t.slice(open, m.index + 65_536);
      const bodyAt = near.search(/@body="/);
      const body = bodyAt < 0 ? undefined : escapedString(near, bodyAt + '@body="'.length, 65_536).text;
      const headersAt = /@(?:response_)?headers=(?=\{)/.exec(near);
      const hash = headersAt ? bracketed(near, headersAt.index + headersAt[0].length) : undefined;
      const headers = hash === undefined ? [] : headerMembers(rubyHeaderLists(readRelaxedJson(hash)));
      return { what: "a Ruby object's inspect", status: num(m[1] ?? m[2]), ...(headers.length ? { headers } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // A response logged as labelled lines, Ruby's inspect of each value (Restforce's and Faraday's logger middleware): "DEBUG --
    // response:\n  status: \"401\"\n  headers: {\"date\"=>\"...\", ...}\n  body: \"[{\\\"message\\\":...}]\"".
    name: "Faraday logger response",
    find(t) {
      const m = /^[ \t]*status: "?([45]\d\d)"?[ \t]*\r?\n(?:[ \t]*headers: ([^\r\n]{0,65536})\r?\n)?[ \t]*body: (?=\S)/m.exec(t);
      if (!m) return undefined;
      const headers = m[2] === undefined ? [] : headerMembers(readRelaxedJson(m[2].trim()));
      const from = m.index + m[0].length;
      const quoted = t.charCodeAt(from) === 0x22 /* " */ ? escapedString(t, from + 1, 65_536) : undefined;
      const hash = quoted === undefined ? readRelaxedJson(restOfLine(t, from)) : undefined;
      const body = quoted?.text ?? (isRecord(hash) || Array.isArray(hash) ? JSON.stringify(hash) : restOfLine(t, from));
      return { what: "a response logged as labelled lines (Faraday's logger)", status: num(m[1]), ...(headers.length ? { headers } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // R's httr printing a response ("Response [https://finnhub.io/api/v1/...]", then "  Date:", "  Status: 403", "  Content-Type:" and
    // "  Size: 51 B" indented, then the body when it is text): the URL, the status, its content type, and what follows as the body.
    name: "httr's printed response",
    find(t) {
      const m = /(?:^|\n)Response \[(https?:\/\/[^\]\r\n]{1,2000})\][ \t]*\r?\n[ \t]{1,4}Date: [^\r\n]{1,60}\r?\n[ \t]{1,4}Status: ([1-5]\d\d)[ \t]*(?:\r?\n|$)(?:[ \t]{1,4}Content-Type: ([^\r\n]{1,200})(?:\r?\n|$))?(?:[ \t]{1,4}Size: [^\r\n]{1,40}(?:\r?\n|$))?/.exec(t);
      if (!m) return undefined;
      const rest = t.slice(m.index + m[0].length).trim();
      const body = /^[{[<]/.test(rest) ? (bracketed(rest, 0) ?? rest.slice(0, 65_536)) : undefined;
      return {
        what: "httr's printed response",
        status: num(m[2]),
        url: m[1]!.trim(),
        ...(m[3] ? { headers: [["Content-Type", m[3].trim()] as HeaderPair] } : {}),
        ...(body ? { body } : {}),
      };
    },
  },
  {
    // A response logged as labelled lines, a label a line and the same prefix before each (slackistrano's "[slackistrano]   URI:
    // https://hooks.slack.com/services/...\n[slackistrano]   Code: 404\n[slackistrano]   Message: Not Found\n[slackistrano]   Body:
    // channel_not_found"). The status alone after its label, and a body, a message or the URL labelled in the same block: a status
    // label alone could be anything's.
    name: "a response logged as labelled lines",
    find(t) {
      const m = /^([^\r\n:]{0,40}?)[ \t]*(?:HTTP[ \t])?(?:[Ss]tatus(?:[ \t]?[Cc]ode)?|Code|Response[ \t][Cc]ode)[ \t]*[:=][ \t]*([45]\d\d)[ \t]*\r?$/m.exec(t);
      if (!m) return undefined;
      const prefix = m[1]!;
      const labelled = (line: string): RegExpExecArray | null =>
        line.startsWith(prefix) ? /^[ \t]*([A-Z][A-Za-z]{0,20}(?: [A-Za-z]{1,20})?)[ \t]*:[ \t]?([^\r\n]{0,2000})$/.exec(line.slice(prefix.length)) : null;
      const block = new Map<string, string>();
      /** Where a value that opens a JSON body at its line's end starts, by label. */
      const opens = new Map<string, number>();
      const lines = (from: number, step: 1 | -1): void => {
        for (let at = from, n = 0; n < 8 && at >= 0 && at < t.length; n++) {
          const end = step > 0 ? lineEnd(t, at) : at;
          const start = step > 0 ? at : t.lastIndexOf("\n", at - 1) + 1;
          const line = t.slice(start, end).replace(/\r$/, "");
          const row = labelled(line);
          if (!row) return;
          block.set(row[1]!.toLowerCase(), row[2]!.trim());
          if (/^[{[]$/.test(row[2]!.trim())) opens.set(row[1]!.toLowerCase(), start + line.lastIndexOf(row[2]!.trim()));
          at = step > 0 ? end + 1 : start - 1;
        }
      };
      const lineStart = m.index + (t.charAt(m.index) === "\n" ? 1 : 0);
      lines(t.lastIndexOf("\n", lineStart - 1), -1);
      lines(lineEnd(t, lineStart) + 1, 1);
      const url = ["uri", "url", "request url", "endpoint"].map((k) => block.get(k)).find((v) => v !== undefined && /^https?:\/\/\S{1,2000}$/.test(v));
      // (A body that opens at its label's line end goes on below it: SoundCloud's PHP log's "Track Repost Response Body: {" over its members.)
      const said = ["body", "response body", "response"].map((k) => (opens.has(k) ? bracketed(t, opens.get(k)!) : undefined) ?? block.get(k)).find((v) => v);
      const message = ["message", "reason", "error"].map((k) => block.get(k)).find((v) => v);
      if (url === undefined && said === undefined && message === undefined) return undefined;
      // A message that is only the reason phrase says nothing the status does not.
      const body = said ?? (message !== undefined && !isReasonOf(m[2]!, message) ? message : undefined);
      return { what: "a response logged as labelled lines", status: num(m[2]), ...(url ? { url } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // gcsfs (Google Cloud Storage for fsspec): its HttpError's text is the message, a comma, then the status ("gcsfs.retry.HttpError:
    // Anonymous caller does not have storage.objects.create access ..., 401"), also in its retry log ("_request non-retriable exception: ..., 401").
    name: "gcsfs HttpError",
    find(t) {
      const m = /\b(?:gcsfs\.retry\.HttpError|_request non-retriable exception): ([^\r\n]{1,2000}), ([45]\d\d)[ \t]*\r?$/m.exec(t);
      return m ? { what: "gcsfs's HttpError", provider: "google", status: num(m[2]), rebuilt: { value: { error: { code: num(m[2]), message: m[1]!.trim() } }, from: "Google's error body rebuilt from the message and status gcsfs printed" } } : undefined;
    },
  },
  {
    // A Python client's response as its dataclass repr prints it (the AT Protocol SDK's `Response(success=False, status_code=429,
    // content=XrpcError(error='RateLimitExceeded', message='Rate Limit Exceeded'), headers={'ratelimit-remaining': '0', ...})`):
    // the status, the headers, and the body rebuilt from the content's members.
    name: "a response's dataclass repr",
    find(t) {
      const m = /\bResponse\((?:success=(?:True|False), )?status_code=([45]\d\d), content=(?:[A-Z][A-Za-z]{0,60}\((error='[^'\r\n]{0,200}'(?:, message=(?:'[^'\r\n]{0,2000}'|"[^"\r\n]{0,2000}"|None))?)\)|([{[]))/.exec(t);
      if (!m) return undefined;
      const members = m[2] === undefined ? undefined : readRelaxedJson(`{${m[2].replace(/\b(error|message)=/g, '"$1": ')}}`);
      const raw = m[3] === undefined ? undefined : bracketed(t, m.index + m[0].length - 1);
      // A dict, or httpx's Headers around it ("headers=Headers({'date': ..., 'ratelimit-reset': '1726684000', ...})"); cut off by the
      // paste, the pairs before the cut.
      const label = /, headers=(?:Headers\()?\{/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 4096 + 24));
      const at = label === null ? -1 : m.index + m[0].length + label.index + label[0].length - 1;
      const dict = at < 0 ? undefined : bracketed(t, at);
      const headers = at < 0 ? {} : dict !== undefined ? headersOf(dict) : { headers: headerPairsIn(t.slice(at, at + 65_536), /'([A-Za-z0-9-]{1,100})': '((?:[^'\\\r\n]|\\.){0,4000})'/g) };
      const body = isRecord(members) ? JSON.stringify(members) : raw;
      return { what: "a response's repr (a Python dataclass)", status: num(m[1]), ...headers, ...(body ? { body } : {}) };
    },
  },
  {
    // Python requests' repr of a Response: "<Response [403]>"
    name: "Python requests Response repr",
    find(t) {
      // The failed one of several (a script logs its token call's `<Response [200]>` before the call that failed).
      const m = /<Response \[([45]\d\d)\]>/.exec(t) ?? /<Response \[(\d{3})\]>/.exec(t);
      if (!m) return undefined;
      // Its headers, when the app logged `response.headers` on the next line (a dict after the log's prefix).
      const next = /^[ \t]*\r?\n[^\r\n{]{0,200}(?=\{')/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 400));
      const printed = next ? bracketed(t, m.index + m[0].length + next[0].length) : undefined;
      // A dict of headers has a response's header names; another dict is the body it logged (`response.json()`).
      const dict = printed !== undefined && /['"](?:content-[a-z]+|date|server|x-[\w-]+|cache-control|connection|retry-after|www-authenticate)['"]\s*:/i.test(printed) ? printed : undefined;
      // Else the body it logged on the lines below (Pinterest's quickstart prints `response.json()`: "{'code': 3, 'message': ...}").
      const body = dict === undefined && Number(m[1]) >= 400 ? bodyNear(t, m.index + m[0].length, 1) : undefined;
      return { what: "the repr of a Python requests Response", status: num(m[1]), ...(dict === undefined ? {} : headersOf(dict)), ...(body ? { body } : {}) };
    },
  },
  {
    // An error object's own properties as util.inspect prints them ("  status: 401,", "statusCode: 403,"): twilio-node,
    // request-promise's StatusCodeError, the TypeScript SDKs' APIError, discord.js v12's DiscordAPIError (`httpStatus: 403 }`), plaid-node's PlaidError (`status_code: 400` last, before its closing brace: a recorded call's YAML has `status_code: 401` among its lines).
    name: "an inspected error object's status",
    find(t) {
      // `code` counts beside `statusText` (@shopify/shopify-api's `response: { code: 503, statusText: 'Service Unavailable', ... }`).
      // So does it above `errors:` (@google-cloud/common's ApiError: `code: 503,\n  errors: [ { domain: 'global', reason: 'backendError', ... } ]`),
      // and above a `status:` member that says nothing (an old @octokit/rest HttpError: `code: 403,\n  status: undefined,`).
      // And above the `response:` it came with (@sendgrid/client's ResponseError: `code: 401,\n  response: {\n    headers: {...`).
      // And above its message and Graph's `innerError` (the Microsoft Graph JavaScript client's GraphError: `code: 404,\n  message:
      // 'Not Found',\n  innerError:\n   { code: 'UnknownError', ... 'request-id': '...' } }`).
      // Node 10 and older printed an error with its own properties on one line: "{ [WebapiError: Unauthorized] name: 'WebapiError',
      // message: 'Unauthorized', statusCode: 401 }" (spotify-web-api-node's).
      const m =
        /(?:^|\n|\{)[ \t]*(?:(?:(?:status|statusCode|httpStatus): |status_code: (?=[45]\d\d[ \t]*\r?\n\}))(\d{3})|code: (\d{3})(?=,?[ \t]*\r?\n[ \t]*(?:statusText|errors|status|response):[ \t\r\n]|,?[ \t]*\r?\n[ \t]*message: '[^'\r\n]{0,2000}',?[ \t]*\r?\n[ \t]*innerError:[ \t\r\n])),?[ \t]*\r?(?:\n|$|\})/.exec(t) ??
        oneLineInspectedError(t);
      if (!m) return undefined;
      // Nor an argument of a call in source code that builds a response (a Swift helper's `HTTPURLResponse.init(url: ...,
      // statusCode: 429, ...)`): an inspector prints an object's members in braces, never in a call's brackets.
      if (inTestSource(t) || inCallArguments(t, m.index)) return undefined;
      const status = m[1] ?? m[2]!;
      // The status is a member of the body itself, printed after a client's words (hapi's `body=\n{ statusCode: 429, error:
      // 'Too Many Requests', message: 'Global limit has been reached', ... }`, as node-auth0 printed it): that object is the body.
      const object = t.charAt(m.index) === "{" ? bracketed(t, m.index) : undefined;
      const value = object === undefined ? undefined : readRelaxedJson(object);
      // Last, the whole paste when it is the object the status is a member of (Resend's `{\n  error: {\n    statusCode: 403,\n    message: '...',
      // name: 'validation_error'\n  }\n}` as console.log prints it): the object is the body.
      // Also after a label the app logged it under, on the object's first line (`console.error("RESEND ERROR", error)`: "RESEND ERROR {").
      const labelled = object === undefined && !t.startsWith("{") ? labelledObjectAround(t, m.index) : undefined;
      const pasted = object === undefined ? (t.startsWith("{") ? readRelaxedJson(t.trimEnd()) : labelled === undefined ? undefined : readRelaxedJson(labelled)) : undefined;
      const own = isRecord(value) && ownStatus(value) === Number(status) ? JSON.stringify(value) : undefined;
      // The Vercel AI SDK's APICallError keeps the response's body as a member (`responseBody: '{\n' +` ..., its pieces joined back before reading).
      const member = /(?:^|\n)[ \t]*responseBody: '?(?=[{[])/.exec(t);
      // Or the body as a string member, its JSON quoted by the inspector (twitter-lite's `data: '{"errors":[...]}\n'`), a long one
      // on the next line (Node 10's `body:\n   '{\r\n  "error": ...}'` in a GraphError).
      const quoted = member ? undefined : /(?:^|\n)[ \t]*(?:data|body):(?: |\r?\n[ \t]{0,12})('(?:[^'\\\r\n]|\\.){1,65536}')/.exec(t)?.[1];
      const inner = quoted === undefined ? undefined : readRelaxedJson(quoted);
      const stringBody = typeof inner === "string" && /^\s*[{[]/.test(inner) ? inner.trim() : undefined;
      // Or the body the error keeps as its `response` (facebook-nodejs-business-sdk's FacebookRequestError: `response:\n   { error:
      // { message: '(#2) Service temporarily unavailable', ..., is_transient: true } }`, beside `data: {}`, the request's own params):
      // only a body, an object whose `error` is one, not a response object (axios' `response: { status, headers, data }`).
      const responseMember = member || stringBody !== undefined ? null : /(?:^|\n)[ \t]*response:(?: |\r?\n[ \t]{0,12})(?=\{)/.exec(t);
      const responseText = responseMember ? bracketed(t, responseMember.index + responseMember[0].length) : undefined;
      const responseValue = responseText === undefined ? undefined : readRelaxedJson(responseText);
      const responseBody = isRecord(responseValue) && isRecord(responseValue.error) && !("status" in responseValue) && !("data" in responseValue) ? JSON.stringify(responseValue) : undefined;
      // Or the parsed body as an object member (ofetch's FetchError: `data: { error: 'invalid_grant', error_description: ... }`).
      // (Or `body: {...}`, as a person labels the parts of a report: "statusCode: 429", "body: { ok: false, error: 'ratelimited' }".)
      const dataMember = member || stringBody !== undefined || responseBody !== undefined ? null : /(?:^|\n)[ \t]*(?:data|body): (?=\{)/.exec(t);
      const dataObject = dataMember ? bracketed(t, dataMember.index + dataMember[0].length) : undefined;
      const objectBody = dataObject !== undefined && isRecord(readRelaxedJson(dataObject)) ? dataObject : undefined;
      // request-promise's StatusCodeError carries the whole body in its message: `message: '429 - {"error": ...}'`.
      const said = member ? null : /(?:^|\n)[ \t]*message: '(\d{3}) - (?=[{[])/.exec(t);
      // And as its `error` member beside `statusCode`, the body as parsed (gatsby-source-trello's `statusCode: 401,\n  error: 'invalid
      // token',`): a string is the text body, an object the JSON one.
      const errorMember = /statusCode/.test(m[0]) && !member && stringBody === undefined && objectBody === undefined ? /(?:^|\n)[ \t]*error: (?=['{])/.exec(t) : null;
      const errorValue = errorMember ? readRelaxedJson(t.charAt(errorMember.index + errorMember[0].length) === "{" ? bracketed(t, errorMember.index + errorMember[0].length) ?? "" : /^'(?:[^'\\\r\n]|\\.){1,4000}'/.exec(t.slice(errorMember.index + errorMember[0].length))?.[0] ?? "") : undefined;
      const errorBody = typeof errorValue === "string" ? errorValue : isRecord(errorValue) ? JSON.stringify(errorValue) : undefined;
      // An API's error code and message as the error's own members (the AWS SDK for JavaScript v2's `code: 'ThrottlingException',`
      // `message: 'Rate exceeded',` `requestId: '6b51...'`): the body they came from. A PascalCase code only: Node's and axios'
      // codes (`ECONNRESET`, `ERR_BAD_REQUEST`) are the client's own.
      // Or Graph's error object the JavaScript client's GraphError keeps as `innerError` (`{ code: 'UnknownError', message: '',
      // innerError: { 'request-id': '...', date: '...' } }`): the body's `error`.
      const innerMember = own ?? stringBody ?? responseBody ?? objectBody ?? errorBody ? null : /(?:^|\n)[ \t]*innerError:[ \t]*(?:\r?\n[ \t]*)?(?=\{)/.exec(t);
      const innerValue = innerMember ? readRelaxedJson(bracketed(t, innerMember.index + innerMember[0].length) ?? "") : undefined;
      const graphBody = isRecord(innerValue) && typeof innerValue.code === "string" ? JSON.stringify({ error: innerValue }) : undefined;
      // Or an OData error object the client keeps as its `error` member beside `status` (dynamics-web-api's `error: { code:
      // '0x8006088a', message: "Resource not found for the segment ..." },\n status: 404`): the body's `error`, a code and a message.
      const odataMember = own ?? stringBody ?? responseBody ?? objectBody ?? errorBody ?? graphBody ? null : /(?:^|\n)[ \t]*error:[ \t]*(?=\{)/.exec(t);
      const odataValue = odataMember ? readRelaxedJson(bracketed(t, odataMember.index + odataMember[0].length) ?? "") : undefined;
      const odataBody = isRecord(odataValue) && typeof odataValue.code === "string" && typeof odataValue.message === "string" ? JSON.stringify({ error: odataValue }) : undefined;
      const members = (own ?? stringBody ?? responseBody ?? objectBody ?? errorBody ?? graphBody ?? odataBody ?? member) ? undefined : (codeMembers(t) ?? quotedMembers(t));
      // Else the message is the error's own first line (octokit's `RequestError [HttpError]: Resource not accessible ...`), or the JSON
      // body it opens and prints below (the chatgpt package's `ChatGPTError: ChatGPT error 429: {` and OpenAI's error on the next lines).
      const lead = /^[^\n]{0,200}?(?:Error|Exception)(?: \[[A-Za-z]{1,60}\])?: ([^\r\n]{1,2000})/m.exec(t.slice(0, m.index));
      const jsonOpenedBy = (hit: RegExpExecArray | null): string | undefined => {
        if (hit === null || !/[^\]] ?\{[ \t]*$/.test(hit[1]!)) return undefined;
        const json = bracketed(t, hit.index + hit[0].trimEnd().length - 1);
        return json !== undefined && readJson(json).ok ? json : undefined;
      };
      const body =
        own ??
        stringBody ??
        responseBody ??
        objectBody ??
        errorBody ??
        graphBody ??
        odataBody ??
        members ??
        (member ? bracketed(t, member.index + member[0].length) : undefined) ??
        (said && said[1] === status ? bracketed(t, said.index + said[0].length) : (jsonOpenedBy(lead) ?? lead?.[1]?.trim().replace(/\] \{$/, ""))) ??
        (isRecord(pasted) ? JSON.stringify(pasted) : undefined);
      // The request's URL, or its host and path as got and Node's ClientRequest print them (`host: 'slack.com'`, `path: '/api/files.delete'`).
      const host = /(?:^|\n)[ \t]*host(?:name)?: '([a-z0-9.-]{1,253})'/.exec(t)?.[1];
      const path = host === undefined ? undefined : /(?:^|\n)[ \t]*path: '(\/[^'\s]{0,2000})'/.exec(t)?.[1];
      const url = /(?:^|\n)[ \t]*url: '(https?:\/\/[^'\s]{1,2000})'/.exec(t)?.[1] ?? (path === undefined ? undefined : `https://${host}${path}`);
      // The request id an SDK kept as the error's own member (stripe-node's `requestId: 'req_znNmcJIx4bS6OH',`), when no header printed one.
      const printedId = /(?:^|\n)[ \t]*requestId: '([\w:.-]{4,200})',?[ \t]*\r?(?:\n|$)/.exec(t)?.[1];
      const read = inspectedHeaders(t);
      const headers = printedId !== undefined && !(read.headers ?? []).some(([n]) => /request-?id/i.test(n)) ? { headers: [...(read.headers ?? []), ["request-id", printedId] as HeaderPair] } : read;
      return { what: "the status among an error object's printed properties", status: num(status), ...headers, ...(url ? { url } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // Cloudflare's error page as text, its tags stripped by the app that shows it (n8n, Zapier): "api.openai.com | 520: Web server
    // is returning an unknown error ... Error code 520 Visit cloudflare.com ...". The host is the request's.
    name: "Cloudflare's error page as text",
    find(t) {
      // Found by its fixed part, then the host looked for right before it: a pattern that starts with the host costs a scan per character.
      const m = / \| (5\d\d): ([^\r\n]{1,300})/.exec(t);
      const host = m ? /(?:^|[\s(])((?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24})$/.exec(t.slice(Math.max(0, m.index - 300), m.index))?.[1] : undefined;
      if (!m || host === undefined || !/cloudflare/i.test(t.slice(m.index, m.index + 4000))) return undefined;
      return { what: "Cloudflare's error page (as text)", status: num(m[1]), url: `https://${host}/`, body: m[2]!.trim() };
    },
  },
  {
    // An app's own error message that labels the response's parts as its fields, `name: "value"` on one line (chatbot-ui's "OpenAI
    // API returned an error. responseStatusText: "Bad Request", responseStatusCode: "400", responseMessage: "{\n  "error": ...}"):
    // the status, and the JSON body the next field holds. A status neither quoted nor followed by a body is left to the readers of
    // an inspected object (at a line's start), as a docs sentence's `statusCode: 400` is no failure.
    name: "a status among an error message's labelled fields",
    find(t) {
      const m = /\b(?:response|http)?[Ss]tatus[Cc]ode: ("?)([45]\d\d)\1(?=[,;)\]}]|[ \t]*$)/m.exec(t);
      if (!m) return undefined;
      const after = m.index + m[0].length;
      const field = /^[,;][ \t]*\w{1,40}: "?(?=[{[])/.exec(t.slice(after, after + 60));
      const body = field ? bracketed(t, after + field[0].length) : undefined;
      if (m[1] === "" && body === undefined) return undefined;
      return { what: "a status among the labelled fields of an error message", status: num(m[2]), ...(body ? { body } : {}) };
    },
  },
  {
    // .NET's status enum's name as a client prints it among its `Name=value` fields (Diadoc's SDK: "BaseUrl=https://diadoc-api.kontur.ru,
    // PathAndQuery=/Authenticate?..., AdditionalMessage=Invalid API client id, StatusCode=Unauthorized"): the status it names; its
    // `AdditionalMessage` is the message. (`StatusCode: Forbidden`, Entra's, is read further on, with its own message.)
    name: ".NET's status enum name among a printout's fields",
    find(t) {
      const m = /\bStatusCode=([A-Z][A-Za-z]{2,40})\b/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!) : undefined;
      if (status === undefined || status < 400) return undefined;
      const said = /\bAdditionalMessage=([^,\r\n]{1,2000})/.exec(t)?.[1]?.trim();
      return { what: ".NET's status enum name among a printout's fields", status, statusSaid: `its StatusCode ${m![1]} is HTTP ${status}`, ...(said ? { body: said } : {}) };
    },
  },
  {
    // Expo's push-token fetch: "Error encountered while fetching Expo token, expected an OK response, received: 503 (body: "no healthy
    // upstream")": the status, and the body in its brackets.
    name: "a status received where an OK response was expected",
    find(t) {
      const m = /\bexpected an OK response, received: ([1-5]\d\d)\b(?: \(body: "([^\r\n]{0,4000})"\))?/.exec(t);
      return m ? { what: "a status received where an OK response was expected (Expo's)", status: num(m[1]), ...(m[2] !== undefined ? { body: m[2] } : {}) } : undefined;
    },
  },
  {
    // Alamofire's AFError for a status `validate()` refused: `responseValidationFailed(reason: Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(code: 401))`,
    // Alamofire 4's `unacceptableStatusCode(400)`.
    name: "Alamofire's unacceptable status code",
    find(t) {
      const m = /\bunacceptableStatusCode\((?:code: )?([1-5]\d\d)\)/.exec(t);
      return m ? { what: "Alamofire's unacceptable status code", status: num(m[1]) } : undefined;
    },
  },
  {
    // Zapier's error for a call a Zap made: "Got 403 calling GET https://api.getgo.com/admin/rest/v1/me, expected 2xx." (its platform's
    // words, in a task's history and a DataPostError): the status, the method and the URL.
    name: "Zapier's unexpected status",
    find(t) {
      const m = /\bGot ([1-5]\d\d) calling ([A-Z]{3,7}) (https?:\/\/[^\s,]{1,2000}), expected 2xx\b/.exec(t);
      if (!m) return undefined;
      // Its "What happened" part quotes the body it received ("Received content \"{...}\"", or a JSON body right after "Received content").
      const content = /\bReceived content "?(?=[{[])/.exec(t.slice(m.index, m.index + 8192));
      const body = content ? bracketed(t, m.index + content.index + content[0].length) : undefined;
      return { what: "Zapier's unexpected status", status: num(m[1]), method: m[2]!, url: m[3]!, ...(body ? { body } : {}) };
    },
  },
  {
    // Wrangler's (Cloudflare's CLI) debug line for a request the API failed: "GET /accounts/.../pages/projects/x -> 504 Gateway
    // Timeout", the path and then the status it got.
    name: "a request line and the status after its arrow",
    find(t) {
      const m = /(?:^|\n)[ \t]*([A-Z]{3,7}) (\/[^\s]{0,2000}) -> ([45]\d\d)(?: ([A-Za-z][A-Za-z -]{0,40}))?[ \t]*\r?(?=\n|$)/.exec(t);
      return m ? { what: "a request line and the status after its arrow", status: num(m[3]), method: m[1]!, ...(m[4] ? { statusText: m[4].trim() } : {}) } : undefined;
    },
  },
  {
    // Excon's (Ruby's; fog's and the heroku gem's HTTP client) error for a status the call did not expect: "Expected(200) <=>
    // Actual(429 Unknown)", its own word for a reason phrase it does not know, or none; the body an app logged below it.
    name: "Excon's unexpected status",
    find(t) {
      const m = /\bExpected\(\[?\d{3}(?:, ?\d{3}){0,20}\]?\) <=> Actual\(([1-5]\d\d)(?: ([A-Za-z][A-Za-z -]{0,40}))?\)/.exec(t);
      if (!m) return undefined;
      // The body an app logged on the lines below (`body: {...}`) is the response's; so is the one the heroku gem's error prints
      // below, as Ruby inspects a string (`body: "{\"id\":\"forbidden\",...}"`).
      const label = /^[ \t]*(?:\r?\n[ \t]*){1,3}body: "/.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 200));
      const inspected = label ? quotedToLineEnd(t, m.index + m[0].length + label[0].length - 1) : undefined;
      const body = (inspected === "" ? undefined : inspected) ?? bodyNear(t, m.index + m[0].length, 1);
      return { what: "Excon's unexpected status", status: num(m[1]), ...(m[2] && m[2] !== "Unknown" ? { statusText: m[2] } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // Kiota's ApiException, which the Microsoft Graph SDKs generated by it throw (msgraph-sdk-php, .NET v5 and later) for a status no
    // error class is registered for: "the server returned an unexpected status code and no error class is registered for this code
    // 400 {"error":{...}}", the body after it, joined back where a console box wrapped it.
    name: "Kiota's ApiException",
    find(t) {
      const m = /\bno error class is registered for this code ([45]\d\d)\b[ \t]*/.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      if (t.charAt(at) !== "{") return { what: "Kiota's ApiException", status: num(m[1]) };
      // Symfony's console (a PHP app's command) draws it in a box: each line padded to the box's width after a two-space indent, cut
      // wherever the width ends, also inside a word. Its lines joined back: the indent and the padding removed, nothing put between.
      const lineStart = t.lastIndexOf("\n", m.index) + 1;
      const boxed = /^  \S/.test(t.slice(lineStart, lineStart + 3)) ? t.slice(lineStart).split("\n", 400) : undefined;
      const blank = boxed?.findIndex((line) => line.trim() === "") ?? -1;
      const joined = boxed?.slice(0, blank < 0 ? undefined : blank).map((line) => line.replace(/^  /, "").trimEnd()).join("");
      // (A body the paste cuts off is closed where it stops.)
      const opens = joined === undefined ? -1 : joined.indexOf("{", joined.indexOf(m[0].trim()));
      const inBox = opens < 0 ? undefined : (bracketed(joined!, opens) ?? closeCutJson(joined!.slice(opens)));
      const body = inBox !== undefined && readJson(inBox).ok ? inBox : bracketedAcrossWraps(t, at);
      return { what: "Kiota's ApiException", status: num(m[1]), ...(body ? { body } : {}) };
    },
  },
  {
    // Hadoop's ABFS driver (Spark and Synapse reading Azure Data Lake Storage): `Operation failed: "<message>", 403, GET, <url>,
    // AuthorizationPermissionMismatch, "<message> RequestId:<id> Time:<time>"`: the status, the method and URL, and Azure Storage's
    // error (its code and message) rebuilt as Data Lake's JSON body states it. Its older releases print no code after the URL (a
    // HEAD's answer has no body), and a paste may cut the line after the method: the status and the words then.
    name: "Hadoop ABFS's failed operation",
    find(t) {
      const m = /\bOperation failed: "([^"\r\n]{0,2000})", ([45]\d\d), ([A-Z]{3,7}),(?: (https?:\/\/[^\s,]{1,2000}))?(?:, ([A-Za-z]{1,100}), "([^"\r\n]{0,2000})")?/.exec(t);
      if (!m) return undefined;
      const id = m[6] === undefined ? undefined : /\bRequestId:([0-9a-f-]{36})\b/.exec(m[6])?.[1];
      return {
        what: "Hadoop ABFS's failed operation",
        status: num(m[2]),
        method: m[3]!,
        ...(m[4] !== undefined ? { url: m[4] } : {}),
        ...(id ? { headers: [["x-ms-request-id", id] as HeaderPair] } : {}),
        ...(m[5] !== undefined
          ? { rebuilt: { value: { error: { code: m[5], message: m[6]! } }, from: `Azure Storage's error rebuilt from the code (${m[5]}) and message the ABFS driver printed` } }
          : { body: m[1]! }),
      };
    },
  },
  {
    // An XML error document that states its status in an element of its own (Twilio's 2010 API: `<TwilioResponse><RestException>
    // <Code>21610</Code><Message>...</Message><MoreInfo>...</MoreInfo><Status>400</Status></RestException></TwilioResponse>`): that
    // status, and the document as the body.
    name: "an XML error document stating its status",
    find(t) {
      // The status element first, then its document's root in the 4,000 characters before it: one scan each.
      const status = /<Status>([45]\d\d)<\/Status>/.exec(t);
      if (!status) return undefined;
      const window = Math.max(0, status.index - 4000);
      const root = /<(?:RestException|Error|ErrorResponse)>/.exec(t.slice(window, status.index));
      if (!root) return undefined;
      const at = window + root.index;
      const declaration = t.lastIndexOf("<?xml", at);
      const from = declaration >= 0 && at - declaration < 400 ? declaration : at;
      const close = t.indexOf(">", t.lastIndexOf("</"));
      return { what: "an XML error document stating its status", status: num(status[1]), body: t.slice(from, close < 0 ? t.length : close + 1).trim() };
    },
  },
  {
    // A status, an error code and its message, each labelled (beanstalk-deploy's "Error: Deployment failed: Error: Status: 403.
    // Code: InvalidClientTokenId, Message: The security token included in the request is invalid."): the code and message are the body's.
    name: "a labelled status, code and message",
    find(t) {
      const m = /\bStatus: ([45]\d\d)\. Code: ([A-Za-z][\w.]{0,100}), Message: ([^\r\n]{1,2000})/.exec(t);
      return m ? { what: "a status, code and message, labelled", status: num(m[1]), rebuilt: { value: { code: m[2]!, message: m[3]!.trim() }, from: "the body rebuilt from the code and message printed" } } : undefined;
    },
  },
  {
    // mailjet-gem's ApiError: "error 400 while sending #<RestClient::Resource ... @url=\"https://api.mailjet.com/v3/send\" ...> to
    // https://api.mailjet.com/v3/send with {...payload}", a blank line, the response body inspected ("{}" in quotes), a blank line,
    // "Please see https://dev.mailjet.com/guides/#status-codes ...". The payload is the request's, never the body.
    name: "mailjet-gem ApiError",
    find(t) {
      const m = /\berror ([45]\d\d) while sending #</.exec(t);
      // (The URL after the inspected resource, looked for once on that line: not from every "while sending" a line repeats.)
      const to = m ? /> to (https?:\/\/[^\s"'<>]{1,2000}) with /.exec(t.slice(m.index, lineEnd(t, m.index))) : null;
      if (!m || !to) return undefined;
      const end = lineEnd(t, m.index);
      const quote = /^(?:[ \t]*\r?\n){1,4}[ \t]*"/.exec(t.slice(end, end + 400));
      const body = quote ? quotedToLineEnd(t, end + quote[0].length - 1) : undefined;
      return { what: "mailjet-gem's ApiError", status: num(m[1]), url: to[1]!, ...(body !== undefined ? { body } : {}) };
    },
  },
  {
    // A status and a message, each labelled, the status in quotes or not (a Mailjet app's `"Unsuccessful: Status Code: "401" Message:
    // "API key authentication/authorization failure. ..."`): the message is the body's words, without its label and quotes. (With a
    // comma between, opsgenie's Terraform provider's "Status code: 404, Message: ..., RequestId: ...", a later reader reads more.)
    name: "a labelled status and message",
    find(t) {
      const m = /\bStatus[ _]?Code:[ \t]*(["']?)([45]\d\d)\1[ \t]+Message:[ \t]*([^\r\n]{1,2000})/i.exec(t);
      return m ? { what: "a status and message, labelled", status: num(m[2]), body: m[3]!.trim().replace(/^"([^"]*)"?$/, "$1") } : undefined;
    },
  },
  {
    // restfly's APIError (pyTenable's and other Python clients' base): "restfly.errors.UnauthorizedError: [401: GET]
    // https://site.atlassian.net/rest/api/3/project body=b'Basic authentication with passwords is deprecated. ...'".
    name: "restfly APIError",
    find(t) {
      const m = /\[([45]\d\d): ([A-Z]{3,7})\] (https?:\/\/\S{1,2000}) body=/.exec(t);
      return m ? { what: "restfly's APIError", status: num(m[1]), method: m[2]!, url: m[3]!, body: restOfLine(t, m.index + m[0].length) } : undefined;
    },
  },
  {
    // request-promise's StatusCodeError when the body is text: `${statusCode} - ${JSON.stringify(body)}` ('401 - "Basic
    // authentication with passwords is deprecated. ..."'); with a JSON body it is the next reader's.
    name: "request-promise StatusCodeError with a text body",
    find(t) {
      // Also after an app's own "ERROR: " or "Error: " (GeneralBots' "BASIC ERROR: 401 - \"{\\\"status\\\":...}\"").
      const m = /(?:^|(?:StatusCodeError|ERROR|Error): )([45]\d\d) - "/m.exec(t);
      const body = m ? escapedString(t, m.index + m[0].length, 65_536) : undefined;
      if (body?.text === undefined || t.charCodeAt(body.end) !== 0x22 /* " */) return undefined;
      return { what: "request-promise's StatusCodeError", status: num(m![1]), body: body.text.trim() };
    },
  },
  {
    // Kiota's ApiException (the Graph SDKs for .NET v5, Java v6, TypeScript and Python, and every client Kiota generated): "The server
    // returned an unexpected status code and no error factory is registered for this code: 503", or "... the error registered for
    // this code failed to deserialize: 503". No provider: Kiota generates other APIs' clients too (GitHub's .NET SDK). Late: a
    // reader of the printout around it (msgraph-sdk-python's APIError with its headers) reads more.
    name: "Kiota ApiException",
    find(t) {
      const m = /\bThe server returned an unexpected status code and (?:no error (?:factory|class) is registered for this code|the error registered for this code failed to deserialize):? (\d{3})\b/.exec(t);
      return m ? { what: "Kiota's ApiException", status: num(m[1]) } : undefined;
    },
  },
  {
    // The ApiError of SDKs Fern generates (ElevenLabs', Cohere's, Hume's and others' Python SDKs): "headers: {...}, status_code: 401,
    // body: {...}", the headers as a Python dict, then the status, then the body.
    name: "a Fern SDK's ApiError",
    find(t) {
      const at = t.indexOf("headers: {");
      const dict = at < 0 ? undefined : bracketed(t, at + 9);
      if (dict === undefined) return undefined;
      const m = /^, status_code: (\d{3}), body: ([^\r\n]{0,60000})/.exec(t.slice(at + 9 + dict.length, at + 9 + dict.length + 60100));
      if (!m) return undefined;
      const body = m[2]!.startsWith("{") || m[2]!.startsWith("[") ? (bracketed(m[2]!, 0) ?? m[2]!) : m[2]!.trim();
      return { what: "a Fern-generated SDK's ApiError", status: num(m[1]), ...headersOf(dict), ...(body && body !== "None" ? { body } : {}) };
    },
  },
  {
    // Qt's QNetworkReply: "Error transferring https://... - server replied: Too Many Requests", the status's reason phrase alone,
    // which names it (flameshot's Imgur upload).
    name: "Qt QNetworkReply error",
    find(t) {
      const m = /\bError transferring (https?:\/\/[^\s"'<>`]{1,2000}) - server replied: ([A-Za-z][A-Za-z -]{1,40}?)(?=[ \t]*(?:[.`'"]|\r?\n|$))/.exec(t);
      const status = m ? statusOfPhrase(m[2]!) : undefined;
      return status === undefined ? undefined : { what: "Qt's QNetworkReply error", status, statusSaid: `its reason phrase "${m![2]}" names ${status}`, statusText: m![2]!, url: m![1]! };
    },
  },
  {
    // grpc-web's error for a response that was not gRPC's ("Http response at 400 or 500 level, http status code: 429"), beside the
    // gRPC code it chose (`statusCode: 8`), which is no HTTP status.
    name: "grpc-web's HTTP error",
    find(t) {
      const m = /\bHttp response at 400 or 500 level, http status code: (\d{3})\b/.exec(t);
      return m ? { what: "grpc-web's error for an HTTP response", status: num(m[1]) } : undefined;
    },
  },
  {
    // A client's record of a response as JSON after a message or a label (`client-records.ts`): graphql-request's ClientError ("<the
    // first error's message, or GraphQL Error (Code: 401)>: {"response": {<the body's members>, "status": 401, "headers": {...}},
    // "request": {"query": ...}}"), WordPress's HTTP API response a plugin logged ("Response message: {"headers": [], "body": "...",
    // "response": {"code": 400, "message": "Bad Request"}, ..., "http_response": {...}}").
    name: "a client's record of a response",
    find(t) {
      for (const opening of ['{"response":{', '{"headers":']) {
        const at = t.indexOf(opening);
        const printed = at < 0 ? undefined : bracketed(t, at);
        const read = printed === undefined ? undefined : readJson(printed);
        const record = read?.ok ? clientRecord(read.value) : undefined;
        if (record === undefined) continue;
        const body = typeof record.body === "string" ? record.body : JSON.stringify(record.body);
        return { what: record.what, status: record.status, ...(record.statusText ? { statusText: record.statusText } : {}), ...(record.headers.length ? { headers: record.headers } : {}), body };
      }
      return undefined;
    },
  },
  {
    // The last resort: a status stated just before a JSON body, as many clients and apps print a
    // failure: PyGithub's `RateLimitExceededException: 403 {...}`, `Error: 401 Unauthorized: {...}`,
    // Go's `Get https://... returned status 401, {...}`, `(HTTP 403): {...}`, `Status code: 403
    // Forbidden. Details: {...}`, `...: 400 (Bad Request)` with the body on the next line, an SDK's
    // message alone (`429 {...}`, request-promise's `429 - {...}`, fal's `403 — {...}`), a status line, a blank line and the body;
    // a log's `status=401, body={...}`, an app's `Could not access resource: 401 [{...}]` (a list body, as
    // Salesforce sends), `GitHub API 403 for /repos/o/r: {...}`, a relay's `API returned 404: {...}`, a log's `09:40:50 pm - 429 - {...}`,
    // capistrano-sentry's status in quotes (`Response: "403": {...}`), kucoin-python-sdk's status and body joined by a dash (`429-{...}`).
    name: "a status stated before a JSON body",
    find(t) {
      // A test's mock states the status it makes up (nock's `.reply(\n  500,\n  {...}` in replicate-js' "Does not automatically retry on 500").
      if (inTestSource(t)) return undefined;
      let from = 0;
      let table: boolean | undefined;
      for (let tries = 0; tries < 8; tries++) {
        const open = t.indexOf("{", from);
        if (open < 0) return undefined;
        from = open + 1;
        // A list of objects is the body when its `[` is right before the first one.
        const brace = t.charCodeAt(open - 1) === 0x5b /* [ */ ? open - 1 : open;
        // The status is on the body's line, or on the line above when the body starts its own line (blank lines between).
        // A Markdown fence that opens the body's block counts as a blank line ("OpenAI response(429):\n```\n{...}").
        let windowStart = t.lastIndexOf("\n", brace - 1) + 1;
        for (let up = 0; up < 3 && windowStart > 0 && withoutFences(t.slice(windowStart, brace)).trim() === ""; up++) windowStart = t.lastIndexOf("\n", windowStart - 2) + 1;
        // (Markdown's bold around the status is the person's emphasis: "returned **_401 Unauthorized_** error with following response:".)
        const before = withoutFences(t.slice(Math.max(windowStart, brace - 240), brace)).replace(/\*\*_?|_?\*\*/g, "");
        const m = STATUS_BEFORE_BODY.exec(before);
        if (!m) continue;
        // No final answer is a 1xx, and a source line's number is none (CodeIgniter's notice: "Line Number: 182" above the body).
        if (num(m[1])! < 200 || /\b[Ll]ine(?: [Nn]umber| no\.?)?:?[ \t]*"?$/.test(before.slice(0, m.index + m[0].indexOf(m[1]!)))) continue;
        // A docs page's example, under the sentence that says when the reader gets it ("... you will receive a 500 Internal Sever
        // Error when POSTing a change that would violate these limits.", Duo's rate-limits page).
        if (underExampleCaption(t, t.lastIndexOf("\n", t.lastIndexOf(m[1]!, brace)) + 1)) continue;
        // Or a docs sentence that likens the error below to a status (Vercel's REST API errors page: "This errors is similar to the
        // HTTP 500 Internal Server Error error code." above its `internal_server_error` body).
        if (/\b(?:is|are) similar to (?:the |an? )?(?:HTTP[ \t]+)?[1-5]\d\d\b/i.test(before)) continue;
        // Or a page of examples under headings of three statuses or more (Gusto's error categories: "404 Not Found" above its body,
        // "422 Unprocessable Entity" above its, ...): every body on it is an example.
        // (Asked once: the same text is scanned, whichever of the eight tries asks.)
        if ((table ??= holdsStatusTable(t))) return undefined;
        // nock's `.reply(401, {...})` in test code states what a mock answers, not what a call got.
        if (inTestCode(t.slice(t.lastIndexOf("\n", brace - 1) + 1, brace))) continue;
        // Also inside a string the log quoted (logseq's "Github API Failed(403) {\"message\":...}"): read with its escapes decoded.
        // (Its strings wrapped onto the next lines, their breaks raw: Telnyx's body as a log line printed it, read with them escaped.)
        // (Or its quotes escaped though no string holds it, as a PHP app logged the JSON string, lines of the poster's after it:
        // `Error code : 400 with response : {\"name\":\"INSTRUMENT_DECLINED\",...}`. Read on its line with its escapes decoded.)
        const body =
          bracketedInString(t, brace) ??
          bracketed(escapeRawControls(t.slice(brace, brace + 65_536)), 0) ??
          (t.startsWith('{\\"', brace) ? bracketed(t.slice(brace, lineEnd(t, brace)).replace(/\\(["\\/])/g, "$1"), 0) : undefined);
        if (body === undefined || jsonOrRelaxed(body) === undefined) continue;
        const url = lastUrlIn(before.slice(0, m.index));
        const said = m[2]?.includes("::") || m[2]?.includes("_") ? undefined : m[2]?.replace(/^:/, "").trim().replace(/^\(|\)$/g, "").replace(/[ -]+$/, "").replace(/ with (?:response|body|error)$/i, "");
        // A label before the body ("Status Code: 403 Body: {...}") is no reason phrase.
        const reason = said !== undefined && /^(?:body|response|data|details|message|error|payload)$/i.test(said) ? undefined : said;
        const pkg = exceptionPackage(t, Math.max(windowStart, brace - 240), brace);
        // Header lines an app logs below, past a line or two of its own (ZendeskApi_v2's " Resource String: ..."): two at least, so that a stray "Note: ..." is none.
        // Or the request id the client printed right after the body (the Codex CLI's "unexpected status 404 Not Found: {...}, request id: 9d86...").
        // (Its line cut by a terminal where a label ends it, "cf-ray:", the rest on the next line: that line too.)
        const rest = restOfLine(t, brace + body.length);
        const restEnd = lineEnd(t, brace + body.length);
        const printed = printedRequestId(/[:,][ \t]*$/.test(rest) && restEnd < t.length ? `${rest} ${lineAt(t, nextLine(t, restEnd))}` : rest);
        const headers = headersBelow(t, brace + body.length, 2, 2);
        if (headers.length === 0 && printed !== undefined) headers.push(printed.header);
        return {
          what: "a status stated before a JSON body",
          ...(pkg ? { provider: pkg, providerBy: `a ${pkg}.* exception` } : {}),
          status: num(m[1]),
          ...(reason ? { statusText: reason } : {}),
          ...(url ? { url } : {}),
          ...(headers.length ? { headers } : {}),
          body,
        };
      }
      return undefined;
    },
  },
  {
    // PHP's print_r of a decoded body that states its own status, as PHP clients put it in their messages
    // (PHP-LinkedIn-SDK's "Request Error: Invalid access token.. Raw Response: Array\n(\n    [status] => 401 ..."), or
    // of the object json_decode made, as a page shows it ("stdClass Object ( [status] => 403 [errorCode] => 010 ... )").
    name: "PHP print_r of a body",
    find(t) {
      const value = findPrintR(t);
      if (value === undefined) return undefined;
      const response = dumpedResponse(value);
      if (response !== undefined) return { what: "PHP's print_r of a client's response object", ...response };
      const status = ownStatus(value);
      if (status === undefined || status < 400 || status > 599) return undefined;
      // A client's summary of the status alone ("Response: Array ( [code] => 429 [message] => Too Many Requests )", WooCommerce
      // PayPal Payments' log) stands above the body it logged: "Response Body: {"name":"RATE_LIMIT_REACHED",...}".
      const below = Object.keys(value).every((k) => k === "code" || k === "message") ? bodyNear(t, Math.max(0, t.search(/\bArray[ \t]*\r?\n[ \t]*\(/)), 1) : undefined;
      if (below !== undefined) return { what: "PHP's print_r of the status, and the body below it", status, body: below };
      return { what: "PHP's print_r of the body", status, body: JSON.stringify(value), notes: ["The body was printed by PHP's print_r; it was read back as JSON (numbers and strings look alike there)."] };
    },
  },
  {
    // Symfony VarDumper's dump() and Laravel's dd(), or PHP's own var_dump, of a decoded body that states its own status ("array:3 [\n  \"serviceErrorCode\"
    // => 100\n  \"message\" => \"Not enough permissions to access: POST /posts\"\n  \"status\" => 403\n]", LinkedIn's).
    name: "PHP dump of a body",
    find(t) {
      const m = /(?:^|\n)[ \t]*(?=array:\d{1,6} \[)/.exec(t);
      // Or PHP's own var_dump ("array(1) {\n  [\"errors\"] => array(1) {\n ... [\"status\"] => string(3) \"403\"", App Store Connect's).
      const native = m ? undefined : /(?:^|\n)[ \t]*(?=(?:array\(\d{1,6}\)|object\([\w\\]{1,200}\)#\d{1,9} \(\d{1,6}\)) \{)/.exec(t);
      const nativeRead = native ? nativeDump(t, native.index + native[0].length) : undefined;
      const dumped = m ? readVarDump(t, m.index + m[0].length) : nativeRead;
      const value = dumped?.value;
      const cut = dumped?.cut ? ["The dump is cut off at the end of the paste: it was read up to its last whole member."] : [];
      // The body's dump beside the dump of `curl_getinfo()` (`var_dump($response); var_dump(curl_getinfo($ch));`, either first): its
      // `http_code` is the status, its `url` the call's.
      const after = nativeRead?.end;
      const next = after === undefined ? undefined : nativeDump(t, after + (/^\s*/.exec(t.slice(after, after + 200))?.[0].length ?? 0));
      const info = [value, next?.value].find(isCurlInfo);
      const paired = info === undefined ? undefined : info === value ? next?.value : value;
      if (info !== undefined && paired !== undefined && ownStatus(paired) === undefined) {
        return {
          what: "PHP's var_dump of the body and of curl_getinfo()",
          status: info.http_code as number,
          url: info.url as string,
          body: JSON.stringify(paired),
          notes: ["The body and curl_getinfo() were printed by PHP's var_dump; the body was read back as JSON, the status is curl_getinfo()'s http_code.", ...(next?.cut ? ["A dump is cut off at the end of the paste: it was read up to its last whole member."] : [])],
        };
      }
      const response = value === undefined ? undefined : dumpedResponse(value);
      if (response !== undefined) return { what: "a PHP dump of a client's response object", ...response, notes: cut };
      // An SDK's result as an array of its status and the decoded body (Mercado Pago's PHP SDK: `"code" => 401`, `"body" => array:4
      // [... "status" => 401 ...]`), the body stating the same status: that status, and the body.
      const inner = value !== undefined && typeof value.code === "number" && isRecord(value.body) ? value.body : undefined;
      if (inner !== undefined && (inner.status === value!.code || ownStatus(inner) === value!.code) && (value!.code as number) >= 400 && (value!.code as number) <= 599) {
        return { what: "a PHP dump of an SDK's result (its code and body)", status: value!.code as number, body: JSON.stringify(inner) };
      }
      const status = value === undefined ? undefined : ownStatus(value);
      if (status === undefined || status < 400 || status > 599) return undefined;
      return {
        what: "a PHP dump of the body",
        status,
        body: JSON.stringify(value),
        notes: [m ? "The body was printed by Symfony VarDumper (dump() or dd()); it was read back as JSON." : "The body was printed by PHP's var_dump; it was read back as JSON.", ...cut],
      };
    },
  },
  {
    // Symfony VarDumper's dump() and Laravel's dd() of a client's response object, its properties after `+` (public), `#`
    // (protected) or `-` (private), on one line or several: "Unirest\Response {#1172 +code: 403 +raw_body: "{"success":false,...}"
    // +body: {#1181 ...} +headers: array:21 [...]". VarDumper leaves a string's quotes unescaped: the body is the JSON its quote opens.
    name: "PHP dump of a response object",
    find(t) {
      const m = /\b[A-Z][\w\\]{0,200} \{#\d{1,9}\s{1,40}(?:[+#-]"?\w{1,40}"?: [^\n]{0,200}?\s)??[+#-]"?(?:code|status|statusCode|status_code|httpStatusCode)"?: (\d{3})\b/.exec(t);
      if (!m || Number(m[1]) < 400 || Number(m[1]) > 599) return undefined;
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 131_072);
      const at = /[+#-]"?(?:raw_body|rawBody|body|content)"?: "(?=[{[])/.exec(rest);
      const body = at ? bracketed(rest, at.index + at[0].length) : undefined;
      return { what: "a PHP dump (VarDumper) of a client's response object", status: num(m[1]), ...(body !== undefined ? { body } : {}) };
    },
  },
  {
    // ASP.NET Core's OAuth handler: "OAuth token endpoint failure: Status: Unauthorized;Headers: Cache-Control: no-store\n...
    // ;Body: {...}": the status as .NET names it, the header lines, then the token endpoint's body.
    name: "ASP.NET Core OAuth token endpoint failure",
    find(t) {
      const m = /\bOAuth token endpoint failure: Status: ([A-Za-z]{3,40});Headers: /.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!) : undefined;
      if (status === undefined) return undefined;
      const start = m!.index + m![0].length;
      const end = t.indexOf(";Body: ", start);
      const headers: HeaderPair[] = [];
      for (const line of t.slice(start, end < 0 ? start + 16384 : end).split(/\r?\n/, MAX_HEADERS)) headerLine(line.trim(), headers);
      return {
        what: "ASP.NET Core's OAuth token endpoint failure",
        status,
        headers,
        ...(end >= 0 ? { body: restOfLine(t, end + ";Body: ".length) } : {}),
      };
    },
  },
  {
    // A Slack Web API body an app logged inside a line of its own text ("... SlackJSONSessionStatusParser - parsing session status :
    // {"ok":false,"error":"missing_scope","needed":"rtm:stream",...}"): Slack answers its errors with HTTP 200, so the body says it all.
    // Also as python-slack-sdk's response dict ("response={'ok': False, 'error': 'message_limit_exceeded'}", Grafana OnCall's log).
    name: "a Slack body in a log line",
    find(t) {
      const m = /\{[ \t]*(?:"ok"[ \t]*:[ \t]*false[ \t]*,[ \t]*"error"[ \t]*:[ \t]*"|'ok'[ \t]*:[ \t]*False[ \t]*,[ \t]*'error'[ \t]*:[ \t]*')[a-z][a-z0-9_]{1,80}["']/.exec(t);
      if (!m || m.index === 0) return undefined;
      // Under an error's status line the log wrote (slack-go's debug log of a 429 with its Retry-After), the response is the
      // readers' after; under a 200's, Slack's own way of failing, the body is this one's.
      if (/HTTP\/\d(?:\.\d)? [45]\d\d\b/.test(t.slice(Math.max(0, m.index - 8192), m.index))) return undefined;
      // A body a program writes or returns in its source (python-slack-sdk's mock server: `self.wfile.write("""{"ok":false,
      // "error":"ratelimited"}""".encode("utf-8"))`) is the code's, no answer a call got: a call or a `return` opens right before it,
      // or a string assigned (a log's `response={'ok': False, ...}` is no string).
      if (/(?:\w\([ \t]*(?:[rbfu]?(?:"""|'''|["'`]))?|\breturn[ \t]+|=[ \t]*[rbfu]?(?:"""|'''|["'`]))[ \t]*$/.test(t.slice(Math.max(0, m.index - 40), m.index))) return undefined;
      const text = bracketed(t, m.index);
      const value = text === undefined ? undefined : readJson(text).ok ? text : readRelaxedJson(text);
      if (value === undefined) return undefined;
      const body = typeof value === "string" ? value : JSON.stringify(value);
      return { what: "a Slack Web API body in a log line (Slack answers errors with HTTP 200; no status is read)", provider: "slack", body };
    },
  },
  {
    // After every other: a body inside the text that states its own error status (`own-status.ts`): omniauth's
    // `OAuth2::Error, : {"serviceErrorCode":100,...,"status":403}` (LinkedIn), PowerShell's `Invoke-WebRequest : {"error":
    // {"status": 401, ...}}` (Spotify), a log's `debug: Error: {"statusCode":429,"error":"Too Many Requests"}` (Auth0).
    name: "a body in the text that states its own status",
    find(t) {
      // A paste that is JSON itself is the JSON reader's to read or refuse (a HAR's entries hold statuses of their own). When
      // text follows it (an app's config logged before the error it printed), that text is read, never the JSON's inside.
      let from = 0;
      if ((t.startsWith("{") || t.startsWith("[")) && !startsLikeJsonOnly(t)) {
        const end = balancedEnd(t, 0);
        if (end === undefined || t.slice(end).trim() === "") return undefined;
        from = end;
      }
      if (inTestSource(t)) return undefined;
      // A body's members copied without its braces (`"statusCode": 429,\n"message": "..."`, from a run's error in a portal), a member a line.
      // (Or several on one line: OpenCage's `"rate":{...},"results":[],"status":{"code":402,"message":"quota exceeded"},`.)
      const first = /(?:^|\n)([ \t]*"[\w$-]{1,100}"[ \t]*:[^\n]*(?:\n[ \t]*"[\w$-]{1,100}"[ \t]*:[^\n]*){1,50}|[ \t]*"[\w$-]{1,100}"[ \t]*:[^\n]*,[ \t]*"[\w$-]{1,100}"[ \t]*:[^\n]*)/.exec(from === 0 && t.length <= 65_536 ? t : "");
      const start = first ? first.index + first[0].length - first[1]!.length : 0;
      // Not members of an object whose brace was pasted: that object is read whole below.
      if (first && !/[{[,]$/.test(t.slice(Math.max(0, start - 200), start).trimEnd())) {
        // The members a line each, or a first member whose value is an object or a list, read to where it closes (a body copied
        // without its first line and outer braces: ` "error": {\n  "code": 403, ...\n }`).
        const open = /^[ \t]*"[\w$-]{1,100}"[ \t]*:[ \t]*(?=[{[])/.exec(first[1]!);
        const end = open ? balancedEnd(t, start + open[0].length) : undefined;
        // (Cut before it closes, up to a blank line: the Gemini Android SDK's "Unexpected Response:" prints the body it could not
        // decode so, its members without their braces, then the decoder's exception.)
        const blank = open && end === undefined ? /\n[ \t]*\r?\n/.exec(t.slice(start)) : undefined;
        const cut = open && end === undefined ? closeCutJson(`{${t.slice(start, blank ? start + blank.index : undefined).trimEnd()}`) : undefined;
        const whole = end !== undefined ? readJson(`{${t.slice(start, end)}}`) : cut !== undefined ? readJson(cut) : undefined;
        let value: unknown;
        let status: number | undefined;
        for (const read of [whole, readJson(`{${first[1]!.trim().replace(/,$/, "")}}`)]) {
          value = read?.ok ? read.value : undefined;
          status = isRecord(value) ? ownStatus(value) : undefined;
          if (status !== undefined) break;
        }
        if (status !== undefined && status >= 400 && status <= 599) {
          return { what: "a body that states its own status", status, body: JSON.stringify(value), notes: ["The body's members were pasted without its braces; they were read as the body."] };
        }
      }
      // Whether the text is a page of statuses (see below): looked at once, when a body first states one.
      let table: boolean | undefined;
      for (let tries = 0; tries < 8; tries++) {
        const open = t.indexOf("{", from);
        if (open < 0) return undefined;
        from = open + 1;
        // An object a program's source assigns (`const error = { "status": 429, ... };`, a test's made-up error) is no response.
        // (So is one a module exports: okta-auth-js's test fixture `module.exports = { "status": 429, ... }`.)
        if (/(?:^|[\n;{])[ \t]*(?:(?:const|let|var|val|final)[ \t]+[\w$]{1,60}(?:[ \t]*:[ \t]*[\w$.<>[\]]{1,60})?[ \t]*=|(?:module\.)?exports(?:\.[\w$]{1,60})?[ \t]*=|export[ \t]+default)[ \t]*$/.test(t.slice(Math.max(0, open - 200), open))) continue;
        // A body a terminal wrapped inside a string (gemini-cli's "[API Error: got status: UNAVAILABLE. {...}]") is joined; one the
        // paste (or the log) cut off at its end is closed after its last whole member, and said to be cut.
        // A body Python printed as bytes (`Could not add songs: b'{\n  "error" : {...}}'`) is read with its escapes decoded.
        const bytes = open >= 2 && bytesLiteralAt(t, open - 2) === open - 1 ? readBytesLiteral(t, open - 1) : undefined;
        // A body kept as a string literal with JSON's escapes, its quotes escaped (Ruby's inspect of a response: `@body="{\n
        // \"error\": {...}}\n"`): the string's text.
        const literal = bytes === undefined && t.charCodeAt(open - 1) === 0x22 && /^\{(?:\\[nrt]|[ \t])*\\"/.test(t.slice(open, open + 40)) ? escapedString(t, open, 65_536) : undefined;
        const decoded = literal?.text !== undefined && /^\s*\{/.test(literal.text) ? { text: literal.text.trim(), end: literal.end } : undefined;
        const whole = bytes?.text ?? decoded?.text ?? bracketedAcrossWraps(t, open);
        // A cut body on one line may have words after it (the poster's question): then it is cut at its line's end.
        let body = whole ?? (t.length - open <= 65_536 ? closeCutBeforeWords(t.slice(open)) ?? closeCutJson(t.slice(open, lineEnd(t, open)).trimEnd()) : undefined);
        if (body === undefined) continue;
        const after = bytes?.end ?? decoded?.end ?? open + body.length;
        // (Or one a caption below names an example: Oura's "Fig.2 - An example error response.")
        if (overExampleCaption(t, after)) continue;
        const json = readJson(body);
        let value = json.ok ? json.value : readRelaxedJson(body);
        // A body printed with its line breaks escaped but not its quotes (Gemini's body inside another's message, as Roo Code logs
        // it: `{"error":{"message":"{\n  "error": {\n    "code": 429, ...`): its breaks read back.
        if (value === undefined && body.includes("\\n")) {
          const unescaped = body.replace(/\\n/g, "\n");
          const again = readJson(unescaped);
          if (again.ok) [body, value] = [unescaped, again.value];
        }
        // Only Google's unwrapped error states a status to read here (Graph's, the other kind `errorUnwrapped` knows, does not).
        const wrapped = isRecord(value) ? googleErrorUnwrapped(value) : undefined;
        // (Or a response object's, a client's record of the call logged after an app's words, whole or cut: ioBroker's "Unable to get
        // Data from Here.. {"statusCode":401,"body":"{\"error\":...}","headers":{...".)
        const status = isRecord(value) ? (ownStatus(wrapped ?? value) ?? responseObjectStatus(value)) : undefined;
        if (status === undefined || status < 400 || status > 599) {
          // A stream's event that went through (`data: {"candidates": [...]}` above the error a Gemini stream ended with): its own
          // objects are its content, not bodies; the next try starts after it.
          if (json.ok && isRecord(value) && !("error" in value) && /(?:^|\n)data: ?$/.test(t.slice(Math.max(0, open - 7), open))) from = after;
          continue;
        }
        // A docs page's example of what its errors look like ("All endpoints return JSON error envelopes shaped like:" above it), or
        // one of a page's examples under headings for three statuses or more (a Miro errors reference: "400 — Bad Request" and its body,
        // "401 — Unauthorized" and its, ...).
        // (Or a bug report's section of what was expected: "### What you expected to see?" over a body of placeholders.)
        if (underExampleCaption(t, open) || inExpectedSection(t, open) || (table ??= holdsStatusTable(t))) continue;
        // Nor an object the code compares an error with, in a program's source, nor one a source's block comment opens with (async-openai's
        // error.rs: `/*b"{\n    \"error\": {...` above the struct that reads it).
        if (inCodeArgument(t, open) || /(?:^|\n)[ \t]*\/\*[^\r\n*]{0,40}$/.test(t.slice(Math.max(0, open - 200), open))) continue;
        // Nor the body a command sends, or an object inside it (curl's `-d '{... "details": {"statusCode": 429, ...}}'`, a chaos script
        // injecting a fault): a request's, not an answer.
        if (inSentBody(t, open)) continue;
        // Nor a condition a configuration matches responses by (botocore's retry policies: `"applies_when": {"response":
        // {"service_error_code": "TooManyRequestsException", "http_status_code": 400}}`): a rule for what may come.
        if (/"(?:applies_when|when|conditions?|match(?:es|er)?|retry_?[Oo]n|if)"[ \t]*:[ \t]*(?:\{\s{0,200}"[\w-]{1,40}"[ \t]*:[ \t]*)?$/.test(t.slice(Math.max(0, open - 600), open))) continue;
        // A status only Anthropic's error type names yields to one the text states (a proxy's "failed with status 500: {...}"):
        // the readers after this one read that, this body with it.
        // (And to a status line in the text: Julia's HTTP.jl prints the whole response, its "HTTP/1.1 429 Too Many Requests" above.)
        if (typeNamedStatus(value as Record<string, unknown>) === status && (readStatusPhrase(t) !== undefined || holdsStatusLine(t))) return undefined;
        // The request URL: before the body on its line, or labelled after it ("..., url: https://...").
        const line = t.lastIndexOf("\n", open) + 1;
        const url = lastUrlIn(t.slice(Math.max(line, open - 2100), open)) ?? /^[^\n]{0,40}?\burl:?[ \t]+(https?:\/\/[^\s"'<>\\]{1,2000})/i.exec(t.slice(after, after + 2100))?.[1];
        // A response object cut before it parses as one (axios's `err.response` logged whole: `status`, `headers`, then the
        // request's `config`): its headers are the response's.
        const headers = isRecord(value) && !wrapped ? headerMembers(value.headers) : [];
        // An error that keeps the response's own body as a string member (@microsoft/microsoft-graph-client's GraphError:
        // `{"statusCode":403,"code":"ErrorAccessDenied",...,"body":"{\"code\":...,\"innerError\":{...}}"}`): that is the body. The
        // Graph client keeps only what was inside the body's `error` (its `code` beside an `innerError`): the wrapper is put back.
        const own = isRecord(value) && !wrapped && typeof value.body === "string" ? readJson(value.body.trim()) : undefined;
        if (own?.ok && isRecord(own.value)) {
          body = typeof own.value.code === "string" && isRecord(own.value.innerError) && !("error" in own.value) ? JSON.stringify({ error: own.value }) : (value as { body: string }).body;
        }
        // Or as an object beside the status and the request id (OpenAI's Batch API output: `{'status_code': 400, 'request_id':
        // '960b...', 'body': {'error': {...}}}`): the body, and the id as the response's X-Request-Id.
        const parts = isRecord(value) && !wrapped && isRecord(value.body) && ("status_code" in value || "statusCode" in value || "status" in value) ? value : undefined;
        if (parts) body = JSON.stringify(parts.body);
        const printedId = parts && typeof parts.request_id === "string" && /^[\w:.-]{8,128}$/.test(parts.request_id) ? parts.request_id : undefined;
        if (printedId !== undefined) headers.push(["X-Request-Id", printedId]);
        return {
          what: "a body that states its own status",
          status,
          ...(url ? { url } : {}),
          ...(headers.length ? { headers } : {}),
          ...(wrapped ? { rebuilt: { value: wrapped, from: "Google's error body rebuilt around the `error` member the text printed" } } : { body: (isRecord(value) ? statusLedError(value)?.text : undefined) ?? body }),
          notes: [
            ...(whole === undefined ? ["The body is cut off at the end of the paste: it was read up to its last whole member."] : []),
            ...(bytes ? ["The body was printed as Python bytes (b'...'): it was read with its escapes decoded."] : []),
            ...(printedId !== undefined ? [`The response's request_id printed beside its status (${printedId}) was read as its X-Request-Id.`] : []),
          ],
        };
      }
      return undefined;
    },
  },
  {
    // A container registry's error code as docker, BuildKit and containerd print it, without the status: "Error response from
    // daemon: toomanyrequests: You have reached your pull rate limit.", "#15 ERROR: denied: permission_denied: write_package". The
    // OCI distribution spec gives each code its status (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes).
    name: "a container registry's error code",
    find(t) {
      const m = /(?:^|\n)[ \t]*(?:[\w.-]{1,40}: )?(?:#\d{1,5} )?(?:Error response from daemon|ERROR|[Ee]rror): (toomanyrequests|denied|unauthorized): ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      const status = REGISTRY_CODE_STATUS[m[1]!]!;
      return {
        what: "a container registry's error code",
        status,
        statusSaid: `it states the registry error code ${m[1]!.toUpperCase()}, read as HTTP ${status} as the OCI distribution spec maps it`,
        rebuilt: { value: { errors: [{ code: m[1]!.toUpperCase(), message: m[2]!.trim() }] }, from: "the registry's error body rebuilt from the code and message printed" },
      };
    },
  },
  {
    // boost::exception's diagnostic information with an HTTP error's tags, as Grive (a Google Drive client in C++) throws it:
    // "[gr::http::HttpResponseTag_] = 401", "[gr::http::UrlTag_] = https://docs.google.com/...": the status, and the URL it called.
    name: "boost::exception's diagnostic of an HTTP error",
    find(t) {
      const m = /(?:^|\n)\[(?:[a-z]{1,20}::){0,4}HttpResponseTag_\] = ([1-5]\d\d)[ \t]*(?:\r?\n|$)/.exec(t);
      if (!m) return undefined;
      const url = /(?:^|\n)\[(?:[a-z]{1,20}::){0,4}UrlTag_\] = (https?:\/\/\S{1,2000})/.exec(t)?.[1];
      return { what: "boost::exception's diagnostic of an HTTP error", status: num(m[1]), ...(url !== undefined ? { url } : {}) };
    },
  },
  {
    // Fluent Bit's AWS outputs (CloudWatch Logs, Kinesis, Firehose, S3) log the error AWS sent on one line and its status on a debug line
    // of their own: "PutLogEvents API responded with error='ThrottlingException', message='Rate exceeded for logStreamName ...'" over
    // "PutLogEvents http status=400". The code and message are AWS's body, for its signals to read.
    name: "Fluent Bit's AWS output error",
    find(t) {
      const m = /\b([A-Z][A-Za-z]{1,60}) API responded with error='([A-Za-z][A-Za-z0-9.#:]{1,200})', message='([^'\r\n]{0,2000})'/.exec(t);
      if (!m) return undefined;
      // (Its S3 output logs no status line but the raw XML it got, whose code S3's list gives a status.)
      const s3 = /\[output:s3:/.test(t.slice(t.lastIndexOf("\n", m.index) + 1, m.index)) ? s3Status(m[2]!) : undefined;
      const status = new RegExp(`\\b${m[1]} http status=([1-5]\\d\\d)\\b`).exec(t)?.[1] ?? (s3 !== undefined ? String(s3) : undefined);
      if (status === undefined) return undefined;
      // (The XML body itself when the output logged it raw: "Raw PutObject response: <?xml ...".)
      const xml = xmlErrorDocument(t);
      return {
        what: "Fluent Bit's AWS output error",
        status: num(status),
        ...(s3 !== undefined ? { statusSaid: s3StatusSaid(m[2]!, s3) } : {}),
        provider: "aws",
        ...(xml !== undefined ? { body: xml } : { rebuilt: { value: { __type: m[2]!, message: m[3]! }, from: `AWS's error body rebuilt from the code (${m[2]}) and message Fluent Bit logged` } }),
      };
    },
  },
  {
    // Firebase's client SDKs' error for a Cloud Firestore or Cloud Functions call, its gRPC code in brackets ("[firestore/unavailable]
    // The service is currently unavailable. ...", FlutterFire's "[cloud_firestore/permission-denied] ...", "[firebase_functions/
    // deadline-exceeded]"): the code is google.rpc.Code's, read as the HTTP status code.proto maps it to, as a gRPC status is.
    name: "Firebase's error with its gRPC code",
    find(t) {
      const m = /\[(?:cloud_firestore|firestore|firebase_functions|functions)\/([a-z]{2,20}(?:-[a-z]{2,20}){0,2})\][ \t]*([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const name = m[1]!.toUpperCase().replace(/-/g, "_");
      const rpc = GOOGLE_RPC.get(name);
      if (rpc === undefined || rpc.http < 400) return undefined;
      return {
        what: "Firebase's error with its gRPC code",
        status: rpc.http,
        statusSaid: `its gRPC code ${m[1]} (${rpc.code}) stands for HTTP ${rpc.http}, as google.rpc.Code maps it`,
        provider: "google",
        body: JSON.stringify({ error: { code: rpc.http, message: m[2]!.trim(), status: name } }),
      };
    },
  },
  {
    // A message that ends with its status in brackets and an error code, as rclone prints B2's errors ("Authorization token has
    // expired (401 expired_auth_token)"). Not a bare number in brackets after any words ("... was called (404)"): only before a code.
    name: "a message with its status in brackets at its end",
    find(t) {
      // (B2's codes are snake case, or one word of a status's name: "(401 unauthorized)". Not "(429 errors)" in a changelog, nor a
      // build's "(162 modules)".)
      const coded = /(?:^|:[ \t]|\n)([^\r\n:]{3,400}?) \(([45]\d\d) ([a-z][a-z0-9]{1,30}_[a-z0-9_]{2,60}|unauthorized|forbidden|unknown|conflict)\)[ \t]*(?:\r?\n|$)/.exec(t);
      if (!coded) return undefined;
      return { what: "a message with its status in brackets at its end", status: num(coded[2]!), body: JSON.stringify({ code: coded[3], message: coded[1]!.trim() }) };
    },
  },
  // Last: the clients for Apple platforms that print these inside their own errors (AFNetworking's, with the body beside) are read above.
  NSHTTPURLRESPONSE,
  GTM_HTTP_STATUS,
];

/** The statuses the OCI distribution spec gives the registry error codes a client prints in lower case. */
const REGISTRY_CODE_STATUS: Readonly<Record<string, number>> = { toomanyrequests: 429, denied: 403, unauthorized: 401 };

/**
 * QuickBooks' fault document pasted alone, whose `<Detail>` ends in the status it was sent with
 * ("AuthenticationErrorGeneral: SRV-110-Authentication Failure , statusCode: 401"): that status, the document the body.
 */
function intuitResponse(t: string): ReturnType<LogFormat["find"]> {
  const open = t.indexOf("<IntuitResponse");
  if (open < 0) return undefined;
  const close = t.indexOf("</IntuitResponse>", open);
  if (close < 0) return undefined;
  const status = /<Detail>[^<]{0,2000}?\bstatusCode: ?([45]\d\d)[ \t]*<\/Detail>/.exec(t.slice(open, close))?.[1];
  if (status === undefined) return undefined;
  const start = t.lastIndexOf("<?xml", open);
  const body = t.slice(start >= 0 && !/\S/.test(t.slice(t.indexOf("?>", start) + 2, open)) ? start : open, close + "</IntuitResponse>".length);
  return { what: "QuickBooks' fault document, the status its detail states", provider: "quickbooks", status: num(status), body };
}

/** An inspected error's `code: 'PascalCase'` with its `message` (and `requestId`), as the JSON body they were read from; else `undefined`. */
function codeMembers(t: string): string | undefined {
  const code = /(?:^|\n)[ \t]*code: '([A-Z][a-z][A-Za-z0-9]{1,60})',?[ \t]*\r?(?:\n|$)/.exec(t)?.[1];
  if (code === undefined) return undefined;
  // The message as the inspector quoted it, its escapes read as JavaScript's (`\n`, `\'`).
  const quoted = /(?:^|\n)[ \t]*message: ('(?:[^'\\\r\n]|\\.){1,2000}'),?[ \t]*\r?(?:\n|$)/.exec(t)?.[1];
  const message = quoted === undefined ? undefined : readRelaxedJson(quoted);
  const requestId = /(?:^|\n)[ \t]*requestId: '([A-Za-z0-9-]{8,128})',?[ \t]*\r?(?:\n|$)/.exec(t)?.[1];
  // The AWS SDK for JavaScript v2's AWSError has its time and its own retry verdict beside them: kept, they name AWS.
  const time = /(?:^|\n)[ \t]*time: ([A-Z][a-z]{2} [^\r\n]{5,80}?),?[ \t]*\r?(?:\n|$)/.exec(t)?.[1];
  // (The last member closes the object on its line, as Node 8 printed it: `retryable: true }`.)
  const retryable = /(?:^|\n)[ \t]*retryable: (true|false)(?:,|[ \t]*\})?[ \t]*\r?(?:\n|$)/.exec(t)?.[1];
  return JSON.stringify({
    code,
    ...(typeof message === "string" ? { message } : {}),
    ...(requestId ? { requestId } : {}),
    ...(time !== undefined && retryable !== undefined ? { time, retryable: retryable === "true" } : {}),
  });
}

/**
 * A response body's members among an error object's printed properties, a line each in quotes, as a browser's console expands the
 * object (`errorCode: "insufficient_scope"`, `message: "Insufficient scope, expected any of: ..."`, Auth0's) or Node's inspector
 * prints an SDK's error that copied them (plaid-node's PlaidError: `error_code: 'ITEM_LOGIN_REQUIRED'`, `error_message: "..."`,
 * `request_id: '...'`, its opening cut off the paste): the body they came from, when a message and a code or error are there; else
 * `undefined`.
 */
function quotedMembers(t: string): string | undefined {
  const out: Record<string, string> = {};
  const line = /^[ \t]*(error|errorCode|error_code|error_description|error_message|error_type|message|code|type|request_id): (?:"((?:[^"\\\r\n]|\\.){0,2000})"|'((?:[^'\\\r\n]|\\.){0,2000})'),?[ \t]*\r?$/gm;
  for (let m = line.exec(t), n = 0; m !== null && n < 16; m = line.exec(t), n++) out[m[1]!] ??= (m[2] ?? m[3]!).replace(/\\(["'\\])/g, "$1");
  const message = out.message ?? out.error_message;
  return message !== undefined && (out.error !== undefined || out.errorCode !== undefined || out.error_code !== undefined) ? JSON.stringify(out) : undefined;
}

/**
 * A string in double quotes that ends its line, its escapes decoded (JSON's, which Ruby's `inspect` of a string also writes: the
 * heroku gem's `body: "{\"id\":\"forbidden\",...}"`, mailjet-gem's `"{}"`); `quoteAt` is its opening quote. `undefined` when it does
 * not close on its line within 64 KiB, does not decode, or is followed by more than blanks.
 */
function quotedToLineEnd(t: string, quoteAt: number): string | undefined {
  const s = escapedString(t, quoteAt + 1, 65_536);
  return s.text !== undefined && t.charCodeAt(s.end) === 0x22 /* " */ && restOfLine(t, s.end + 1) === "" ? s.text : undefined;
}

/** Guzzle's "`GET https://...` resulted in a `403 Forbidden` response", with or without its backticks; `end` is where it ends. */
function guzzleLine(t: string): { method: string; url: string; status: number; reason: string; end: number } | undefined {
  // A console may wrap the message inside the backticks (Symfony's exception box, or after the method, phpsupabase's "`GET\n
  // https://...`"): white space there is the wrap; so may an app
  // that shows it, after the request (laravel-instagram-feed's "`GET https://...`.\n\nresulted in a `403 Forbidden` response:"), or
  // between its words (an Etsy forum post's "... resulted in \na `403 Forbidden` response:"); a poster's Markdown may bold the status
  // and its reason (an SP-API issue's "`**403** **Forbidden**`").
  // (Or in single quotes, as Guzzle 6 before 6.3 wrote them: "Client error: 'GET https://...' resulted in a '400 Bad Request' response:".)
  const m =
    /`([A-Z]{3,7})\s{1,200}([^`]{1,4000})`\.?\s{1,8}resulted\s{1,8}in\s{1,8}a\s{1,8}`\s{0,200}\*{0,2}(\d{3})\*{0,2}([^`]{0,400})` response/.exec(t) ??
    /'([A-Z]{3,7}) ([^'\s]{1,4000})' resulted in a '(\d{3})([^'\r\n]{0,400})' response/.exec(t);
  if (m) return { method: m[1]!, url: m[2]!.replace(/\s+/g, ""), status: Number(m[3]), reason: m[4]!.replace(/\*{2}/g, "").replace(/\s+/g, " ").trim(), end: m.index + m[0].length };
  // Without them: the fixed words first, then the method and URL read back on the same line.
  // (An older aws-sdk-php says "Server error: GET https://... in a 503 Slow Down response", without "resulted".)
  const plain = / (?:resulted )?in an? (\d{3})((?: [A-Z][A-Za-z'-]{0,40}){0,6}) response/.exec(t);
  if (!plain) return undefined;
  const before = t.slice(Math.max(t.lastIndexOf("\n", plain.index) + 1, plain.index - 4100), plain.index);
  const req = /([A-Z]{3,7}) (https?:\/\/\S{1,4000})$/.exec(before);
  return req ? { method: req[1]!, url: req[2]!, status: Number(plain[1]), reason: plain[2]!.trim(), end: plain.index + plain[0].length } : undefined;
}

/**
 * PHP's own var_dump at `at`, a member to a line as the CLI prints it or on one line as a page shows it (HTML collapsed its breaks), and
 * where it ends.
 */
function nativeDump(t: string, at: number): { value: Record<string, unknown>; end: number; cut: boolean } | undefined {
  const lined = readNativeVarDump(t, at);
  if (lined !== undefined) return { ...lined, cut: false };
  const folded = unfoldNativeVarDump(t, at);
  const value = folded === undefined ? undefined : readNativeVarDump(folded.text, 0)?.value;
  return value === undefined ? undefined : { value, end: folded!.end, cut: folded!.cut };
}

/** Whether a dumped array is curl_getinfo()'s: the URL called and an error status. */
function isCurlInfo(value: Record<string, unknown> | undefined): value is Record<string, unknown> & { url: string; http_code: number } {
  return value !== undefined && typeof value.url === "string" && typeof value.http_code === "number" && value.http_code >= 400 && value.http_code <= 599;
}

/**
 * A client's response object as PHP printed it (sendgrid-php's `SendGrid\Response`: its `statusCode`, its `body` as the text it got,
 * its `headers` as the lines it got, status lines among them): its status, body and header lines; `undefined` for any other object
 * or a status below 400.
 */
function dumpedResponse(value: Record<string, unknown>): { status: number; body: string; headers: HeaderPair[] } | undefined {
  // (vimeo.php's result is `["body" => ..., "status" => 401, "headers" => [...]]`.)
  const statusKey = ["statusCode", "status_code", "_status_code", "status"].find((k) => Object.hasOwn(value, k));
  const bodyKey = ["body", "_body"].find((k) => Object.hasOwn(value, k));
  if (statusKey === undefined || bodyKey === undefined) return undefined;
  const status = Number(value[statusKey]);
  if (!Number.isInteger(status) || status < 400 || status > 599) return undefined;
  const raw = value[bodyKey];
  const body = typeof raw === "string" ? raw : JSON.stringify(raw);
  const held = value.headers ?? value._headers;
  const headers: HeaderPair[] = [];
  // A map of names to values (a decoded header array), or lines ("Name: value", a raw header block).
  if (isRecord(held) && Object.keys(held).some((k) => /^[A-Za-z][A-Za-z0-9-]{0,100}$/.test(k))) {
    for (const [name, v] of Object.entries(held)) if (headers.length < MAX_HEADERS && (typeof v === "string" || typeof v === "number")) headers.push([name, String(v)]);
    return { status, body: body ?? "", headers };
  }
  const lines = Array.isArray(held) ? held : isRecord(held) ? Object.values(held) : typeof held === "string" ? held.split(/\r?\n/, MAX_HEADERS + 4) : [];
  for (const line of lines.slice(0, MAX_HEADERS + 4)) if (typeof line === "string" && headers.length < MAX_HEADERS) headerLine(line.trim(), headers);
  return { status, body: body ?? "", headers };
}

/**
 * The status right before a body: after `status` (`status code`, `statusCode=`), `HTTP` (`HTTP/429`), `API`, `code is`, `actual=` (an
 * exporter's "expected 2xx status code: actual=401, body={...}"),
 * `with code` ("got unexpected HTTP response with code 403: {...}"), a log's `code=` (sasl-xoauth2's `code=400, response={...}`),
 * an error's or exception's name (and a short phrase), a colon, an opening bracket (`(401)`, `-> [401]`), a log's tag
 * (`[ANTHROPIC] 401 {...}`), openai-scala's `Code 500 : {...}`, an arrow (`togetherai:model  ->  400 {...}`, a model router's log
 * line), at the start of a line, or after a line's first word when a colon
 * follows it (OpenCursor's `chat 429: {...}`, the endpoint it called) or the path it called does (`Telnyx 400 /messages: {...}`); then a reason
 * phrase or an exception's class in brackets (`401 (ShopifyCli::...::APIRequestUnauthorizedError)`);
 * then the separators (`-`, a short phrase ending in a colon: `Details:`, `the response is:`,
 * `for /repos/o/r:`, a path alone, `/messages:`, `for https://... with`, `for POST https://..., response:` (fluentd's Splunk HEC output); a log's `, body=`; `, Body of the response is`; an empty message's second colon,
 * Joplin's "400: : {...}"; the HubSpot CLI's "A StatusCodeError has occurred. 403 - {...}"), and the body, or blank lines
 * and the body. Run on 240 characters at most.
 */
const STATUS_BEFORE_BODY =
  /(?:\b(?:[Ss]tatus(?:[ _]?[Cc]ode)?|HTTP(?: [Ee]rror)?|API|[Cc]ode is|with code|Code|code(?==)|actual(?==)|returned|responded with)[:/= ]{1,3}|(?:[Ee]rror|Exception):? (?:[^\n:]{1,80}: )?|(?:[Ee]rror|Exception) has occurred\.[ \t]+|[([]|(?:^|\n|: |\] | - | [-=]> )[ \t]*|(?:^|\n)[ \t]*[A-Za-z][\w.-]{0,40} (?=[1-5]\d\d(?::| \/)))"?([1-5]\d\d)"?(:? \(?[A-Z][A-Za-z' -]{1,40}\)?| \([A-Za-z0-9_:.]{1,120}\))?[)\]]?(?: ?:(?: :)?|[.,])?(?:[ \t]*[-–—])?(?:[ \t]+[A-Za-z][A-Za-z .]{0,40}:|[ \t]+(?:for|on|from) [^\s:]{1,200}:|[ \t]+\/[^\s:]{0,200}:|[ \t]+for (?:[A-Z]{3,7} )?https?:\/\/[^\s,]{1,200},?[ \t]*(?:response|body):|[ \t]+for https?:\/\/\S{1,200} with|[,;]?[ \t]*(?:body|response|data)[=:]|,[ \t]*[Bb]ody of the response is)?[ \t]*(?:\r?\n[ \t]*){0,3}$/;

/** The text without its Markdown fence lines (```` ```json ````), each left as an empty line. */
function withoutFences(t: string): string {
  return t.replace(/^[ \t]*(?:`{3,}|~{3,})[\w-]{0,20}[ \t]*$/gm, "");
}

/** A client's printout of a response, or `undefined` when the text is none of {@link LOG_FORMATS}. */
export function readLog(t: string): ParsedInput | undefined {
  return readWith(LOG_FORMATS, t);
}

/**
 * The response a text body prints whole, its status, content and headers, as Azure.Core's RequestFailedException writes one:
 * a service that answers with another's failure as text (Semantic Kernel's KernelHttpServer: its 400 whose text is the exception
 * for OpenAI's 401 `invalid_organization`, with OpenAI's body and headers). `undefined` when the body prints none with its content.
 */
export function printedResponse(body: string): ParsedInput | undefined {
  if (body.length > 65_536 || !body.includes("Content:")) return undefined;
  const read = readWith([AZURE_CORE], body);
  return read !== undefined && read.status !== undefined && read.status >= 400 && read.body !== "" ? read : undefined;
}

/**
 * An error body a wrapping exception printed in its message, after its name and a dash or a colon ("AnthropicException - {...}",
 * "Error: {...}"): the first in `t` that parses and has an `error` or `errors` member; `undefined` when none.
 */
function wrapperBody(t: string): string | undefined {
  const re = /(?:Exception|Error)(?: - |: )(?=\{)/g;
  for (let tries = 0, m = re.exec(t); m && tries < 16; m = re.exec(t), tries++) {
    const text = bracketed(t, m.index + m[0].length);
    const read = text === undefined ? undefined : readJson(text);
    if (read?.ok && isRecord(read.value) && hasErrorMember(read.value)) return text;
  }
  return undefined;
}

/** The status of a response object (its `statusCode` or `status`, beside its `body` or `headers`); `undefined` for any other value. */
function responseObjectStatus(value: Record<string, unknown>): number | undefined {
  const status = value.statusCode ?? value.status;
  return typeof status === "number" && Number.isInteger(status) && (Object.hasOwn(value, "body") || isRecord(value.headers)) ? status : undefined;
}

/**
 * The body an app printed after a requests error's URL on its line: as bytes after a dash (`f"{e} - {r.content}"`: "... for url:
 * https://... -  b'{"statusCode":500,...}'"), or as the text of the HTTPError's second argument (pyairtable's `('422 Client Error:
 * ... for url: https://...', "{'type': 'INVALID_REQUEST_UNKNOWN', 'message': ...}")`); `undefined` when none follows.
 */
function bodyAfterUrl(tail: string): string | undefined {
  const m = /^['"]?,?[ \t]*(?:[-|:–][ \t]*)?(?=b?['"]?[{[])/.exec(tail);
  if (!m) return undefined;
  const at = m[0].length;
  const bytes = bytesLiteralAt(tail, at);
  if (bytes >= 0) return readBytesLiteral(tail, bytes).text;
  const quote = tail.charAt(at);
  if (quote === "'" || quote === '"') {
    const end = tail.lastIndexOf(quote);
    return end > at + 1 ? tail.slice(at + 1, end) : undefined;
  }
  return bracketed(tail, at);
}

/**
 * The object a status member at `at` belongs to when a label opens it on its first line ("RESEND ERROR {", as
 * `console.error("RESEND ERROR", error)` prints it): its text; `undefined` when the line that opens it holds more than a short label.
 */
function labelledObjectAround(t: string, at: number): string | undefined {
  const open = t.lastIndexOf("{", at);
  if (open < 0 || at - open > 4000) return undefined;
  const lineStart = t.lastIndexOf("\n", open) + 1;
  if (open - lineStart > 60 || /[{}[\]]/.test(t.slice(lineStart, open)) || t.slice(open + 1, lineEnd(t, open)).trim() !== "") return undefined;
  const object = bracketed(t, open);
  return object !== undefined && open + object.length > at ? object : undefined;
}

/**
 * Node 10's one-line inspect of an error with a status property ("{ [WebapiError: Unauthorized] name: 'WebapiError', ...,
 * statusCode: 401 }"), as a match whose group 1 is the status and whose index is the `{`. Found by its status, then the
 * opening looked for before it on the same line: a pattern that starts at every `{ [` costs a scan per one.
 */
function oneLineInspectedError(t: string): RegExpExecArray | undefined {
  const m = /, (?:status|statusCode|httpStatus): (\d{3}) \}/.exec(t);
  if (!m) return undefined;
  const line = t.slice(Math.max(0, t.lastIndexOf("\n", m.index) + 1, m.index - 4000), m.index);
  const open = /\{ \[\w{1,60}(?:Error|Exception)(?::[^\]\r\n]{0,2000})?\][^{}]*$/.exec(line);
  if (!open) return undefined;
  m.index -= line.length - open.index;
  return m;
}

/** A Ruby headers hash whose values are lists (`"server"=>["nginx"]`, as Net::HTTP keeps them), each list joined as one header's value. */
function rubyHeaderLists(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join(", ") : v]));
}

/** The string members of a printed response's `headers` object, as header pairs (at most {@link MAX_HEADERS}); none for anything else. */
function headerMembers(value: unknown): HeaderPair[] {
  if (!isRecord(value)) return [];
  const out: HeaderPair[] = [];
  for (const [name, v] of Object.entries(value)) {
    if (out.length === MAX_HEADERS) break;
    if (typeof v === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(name)) out.push([name, v]);
  }
  return out;
}

/** A header's name and the bracket that opens its values in Go's printout of an `http.Header`. */
const GO_HEADER_KEY = /([A-Za-z0-9-]{1,100}):\[/y;

/**
 * The headers of Go's printout of an `http.Header` from `at` (after `map[`): `Key:[value] Key:[v1 v2]]`, each key's values as one
 * (a value's blanks cannot be told from the blank between two values). A value ends at the `]` before the next key or the map's
 * end; each `]` is looked at once. At most {@link MAX_HEADERS}.
 */
/** What Go's printout of an http.Response leaves out. */
const GO_BODY_POINTER = "Go prints the response's body as a pointer: the body is not in the paste.";

/** An http.Header as `%#v` writes it, from after its `{`: `"Retry-After":[]string{"5"}, ...`, each value of a field its own pair. */
function goHeaderSyntax(t: string, at: number): HeaderPair[] {
  const headers: HeaderPair[] = [];
  const field = /"([A-Za-z0-9-]{1,128})":\[\]string\{((?:"(?:[^"\\\r\n]|\\.){0,8192}"(?:, )?){0,16})\}(?:, |\})/y;
  field.lastIndex = at;
  for (let m = field.exec(t); m && headers.length < MAX_HEADERS; m = field.exec(t)) {
    for (const [value] of m[2]!.matchAll(/"(?:[^"\\\r\n]|\\.)*"/g)) headers.push([m[1]!, JSON.parse(value) as string]);
    if (t.charCodeAt(field.lastIndex - 1) === 0x7d /* } */) break;
  }
  return headers;
}

function goHeaderMap(t: string, at: number): HeaderPair[] {
  const headers: HeaderPair[] = [];
  let p = at;
  while (headers.length < MAX_HEADERS) {
    GO_HEADER_KEY.lastIndex = p;
    const key = GO_HEADER_KEY.exec(t);
    if (!key) break;
    const start = p + key[0].length;
    let end = t.indexOf("]", start);
    for (; end >= 0; end = t.indexOf("]", end + 1)) {
      if (t.charCodeAt(end + 1) === 0x5d /* ] */) break;
      GO_HEADER_KEY.lastIndex = end + 2;
      if (t.charCodeAt(end + 1) === 0x20 && GO_HEADER_KEY.test(t)) break;
      if (t.charCodeAt(end + 1) === 0x0a || end + 1 >= t.length) break;
    }
    if (end < 0) break;
    headers.push([key[1]!, t.slice(start, end)]);
    if (t.charCodeAt(end + 1) !== 0x20) break;
    p = end + 2;
  }
  return headers;
}

/**
 * A client's error that it raises for a 429 and only then, the wait the server sent in its message (named group `wait`, seconds),
 * the message itself in group `message` when it is the server's words: read as that 429 with that `Retry-After`.
 */
function raisedFor429(c: { client: string; error: string; provider: string; pattern: RegExp }): LogFormat {
  return {
    name: `${c.client} ${c.error}`,
    find(t) {
      const m = c.pattern.exec(t);
      const wait = m?.groups?.wait;
      if (!m || wait === undefined) return undefined;
      const message = m.groups?.message;
      return {
        what: `${c.client}'s ${c.error} (raised for a 429 only)`,
        provider: c.provider,
        status: 429,
        headers: [["Retry-After", wait]],
        ...(message !== undefined ? { body: message } : {}),
        notes: [`The status is the one ${c.client} raises ${c.error} for; the wait is the one it printed.`],
      };
    },
  };
}

/**
 * The classes the SDKs generated by Stainless (openai-python, anthropic-sdk-python) and LiteLLM raise for a status, by the
 * name's stem where it is no reason phrase (their errors pages: AuthenticationError 401, PermissionDeniedError 403,
 * RateLimitError 429; LiteLLM's ContextWindowExceededError is its 400). stripe-ruby's `Stripe::RateLimitError` too.
 */
// (And Stripe's `CardError`, a declined card: every client of Stripe's, and its forks, names it so, and Stripe sends it as a 402; and its
// `IdempotencyError`, a key used again with other parameters, which Stripe answers with 400.)
const SDK_STATUS_CLASSES: Readonly<Record<string, number>> = { Authentication: 401, PermissionDenied: 403, RateLimit: 429, ContextWindowExceeded: 400, Card: 402, Idempotency: 400 };

/** The status an exception class is named for (.NET's names, the SDKs' stems); `undefined` for any other class. */
function statusOfClass(name: string): number | undefined {
  // aws-sdk-ruby's classes for a status its service models no error for: `Aws::RDS::Errors::Http408Error`, `Aws::S3::Errors::Http503Error`.
  const numbered = /^Http([45]\d\d)Error$/.exec(name)?.[1];
  if (numbered !== undefined) return Number(numbered);
  const bare = name.replace(/(?:Error|Exception)$/, "");
  // Or after one word, the client's or its API's name (pyxero's `XeroBadRequest`, `XeroUnauthorized`; `ResourceNotFound`), whose
  // "Error" may be the phrase's own (pinecone-ts-client's `PineconeInternalServerError`).
  const afterWord = (s: string) => /^[A-Z][a-z]{1,30}([A-Z][A-Za-z]{5,60})$/.exec(s)?.[1] ?? "";
  // Or after the API's name and "Api" (python-amazon-sp-api's `SellingApiForbiddenException`).
  const afterApi = (s: string) => /^[A-Z][a-z]{1,30}(?:Api|API)([A-Z][A-Za-z]{5,60})$/.exec(s)?.[1] ?? "";
  const status =
    DOTNET_STATUS_NAMES.get(name) ??
    DOTNET_STATUS_NAMES.get(bare) ??
    (Object.hasOwn(SDK_STATUS_CLASSES, bare) ? SDK_STATUS_CLASSES[bare] : undefined) ??
    DOTNET_STATUS_NAMES.get(afterWord(bare)) ??
    DOTNET_STATUS_NAMES.get(afterWord(name)) ??
    DOTNET_STATUS_NAMES.get(afterApi(bare));
  return status === undefined || status < 400 || name.startsWith("NotImplemented") ? undefined : status;
}

/**
 * Ruby's uncaught exception, its class in brackets after the message: "/app/chat.rb:12:in 'ask': Missing API key
 * (RubyLLM::UnauthorizedError)", then its "from ..." lines. The class is the status, as {@link CLASS_NAMED_STATUS} reads it.
 */
function rubyUncaught(t: string): ReturnType<LogFormat["find"]> {
  const m = /:\d{1,6}:in [`'][^`'\r\n]{0,200}['`]: ([^\r\n]{0,2000}?) \((?:[A-Z]\w{0,60}::){1,8}([A-Z][A-Za-z]{2,60})\)\r?$/m.exec(t);
  const status = m ? statusOfClass(m[2]!) : undefined;
  if (status === undefined) return undefined;
  const message = m![1]!.trim();
  const body = (/^[{[]/.test(message) ? bracketed(message, 0) : undefined) ?? message;
  return { what: "Ruby's uncaught exception named for its status", status, statusSaid: `its class ${m![2]} is named for HTTP ${status}`, ...(body ? { body } : {}) };
}

/** An S3 code and the message after it (checked against S3's own words for it). */
// (Or a blank between them, as the AWS SDK for C++'s samples print `GetExceptionName() << " " << GetMessage()`: "AccessDenied Access Denied".)
const S3_CODE_AND_MESSAGE = new RegExp(`(?:^|[\\s:])(${Object.keys(S3_MESSAGES).join("|")}):? ([A-Z][^\\r\\n]{0,2000})`);

/** The S3 operations whose error codes are S3's (`GetObject`, `PutBucketPolicy`, `CompleteMultipartUpload`, ...). */
const S3_OPERATION = /^(?:(?:Get|Put|Head|Delete|Copy|Restore|Select)Object\w{0,40}|(?:List|Create|Delete|Head|Get|Put)Buckets?\w{0,40}|ListObject\w{0,20}|(?:Create|Complete|Abort)MultipartUpload|UploadPart\w{0,10}|ListParts|ListMultipartUploads|DeleteObjects)$/;

/**
 * The same log line for OpenAI's spent quota, with no code but its type ("error_code=None error_message='You exceeded your current
 * quota, ...' error_param=None error_type=insufficient_quota"): the status OpenAI sends that type with.
 */
function quotaLogged(t: string): ReturnType<LogFormat["find"]> {
  const m = /\berror_code=None error_message='((?:[^'\\\r\n]|\\.){1,4000})' error_param=\S{1,200} error_type=([a-z_]{1,60})\b/.exec(t);
  const status = m !== null && Object.hasOwn(OPENAI_TYPE_STATUS, m[2]!) ? OPENAI_TYPE_STATUS[m[2]!] : undefined;
  if (status === undefined) return undefined;
  const message = m![1]!.replace(/\\(.)/g, "$1");
  return {
    what: "openai-python 0.x's error log line",
    status,
    statusSaid: `OpenAI sends its ${m![2]} with HTTP ${status}`,
    rebuilt: { value: { error: { message, type: m![2], code: m![2] } }, from: "the error body rebuilt from the message and type openai-python logged" },
  };
}

/**
 * An exception openai-python 0.x raised, as a traceback ends with it ("openai.error.RateLimitError: You exceeded your current quota, ...",
 * or the class alone below a frame of its `openai/api_requestor.py`, as Jupyter prints it, or above OpenAI's words naming the caller's
 * organization, as a notebook's cell shows it without the frames: "RateLimitError: Rate limit reached for ... in organization org-... on
 * requests per min."): the status that class stood for.
 */
function openaiV0Raised(t: string): ReturnType<LogFormat["find"]> {
  // (Or after tenacity's retry log, as LangChain's older OpenAI wrapper prints each retry: "Retrying ... in 4.0 seconds as it raised RateLimitError: ...".)
  const m = /(?:^|\n|\bas it raised )[ \t]*(openai\.error\.)?([A-Z][A-Za-z]{5,30}): ([^\r\n]{1,4000})/.exec(t);
  if (m === null || !Object.hasOwn(OPENAI_V0_ERROR_STATUS, m[2]!)) return undefined;
  // (openai-node's class prints its status first, "RateLimitError: 429 Rate limit reached ...": a reader of that form takes it.)
  if (m[1] === undefined && !/\bopenai[\\/]api_requestor\.py\b/.test(t) && (!ORGANIZATION_LIMIT.test(m[3]!) || /^[45]\d\d\b/.test(m[3]!))) return undefined;
  const status = OPENAI_V0_ERROR_STATUS[m[2]!]!;
  return {
    what: "openai-python 0.x's exception",
    status,
    statusSaid: `openai-python 0.x raised its ${m[2]} for HTTP ${status}`,
    body: m[3]!.trim(),
  };
}

/**
 * The title of PHP's error page for an uncaught exception (Laravel 5's and Symfony's debug page, as copied: "UnauthorizedException in
 * Response.php line 85: Token ... does not match", after its "1/1"), the class named for its status.
 */
function phpErrorPageTitle(t: string): ReturnType<LogFormat["find"]> {
  const m = /(?:^|\n)[ \t]*(?:\d{1,3}\/\d{1,3}[ \t]+)?(?:[\w\\]{1,200}\\)?([A-Z][A-Za-z]{2,60}(?:Exception|Error)) in [\w.-]{1,200}\.php line \d{1,9}:[ \t]*([^\r\n]{0,2000})/.exec(t);
  const status = m ? statusOfClass(m[1]!) : undefined;
  if (status === undefined) return undefined;
  const message = m![2]!.trim();
  return { what: "PHP's error page for an exception named for its status", status, statusSaid: `its class ${m![1]} is named for HTTP ${status}`, ...(message ? { body: message } : {}) };
}

/**
 * With no namespace, a class named for its vendor and then a status whose name no runtime's own exception shares
 * (pinecone-ts-client's `PineconeInternalServerError: An internal server error occured while calling ...`): not `NotFound`, which
 * `FileNotFoundError` and `ClassNotFoundException` end in, nor a timeout's.
 */
const VENDOR_CLASS =
  /(?:^|\n)[ \t]*(?:(?:[A-Z][A-Za-z]{0,30} ){0,2}[Ee]rror: )?([A-Z][a-z]{1,30}(?:InternalServerError|(?:ServiceUnavailable|TooManyRequests|BadRequest|Unauthorized|Forbidden|BadGateway|UnprocessableEntity)(?:Error|Exception))): ([^\r\n]{0,2000})/;

/**
 * A client's exception class named for the status it stands for, read after every other printout and the statuses stated in
 * words, which say the status better when the text has one (spotify-web-api-kotlin's "BadRequestException: Received Status Code 401").
 */
export const CLASS_NAMED_STATUS: LogFormat = {
  // After its namespace, then the body or the message (bigcommerce-api-ruby's "Bigcommerce::Forbidden: {\"error\":\"You are authorized but your scope does not include ...\"}", its
  // Unauthorized and TooManyRequests; RestClient's `RestClient::TooManyRequests`; Feign's `FeignException$Forbidden`; PHP's namespaces,
  // uncaught: "Uncaught XeroPHP\Remote\Exception\ForbiddenException: You are not permitted to access this resource"): the class
  // is the status when no earlier printout states one. Not Python's `NotImplementedError`, which is no HTTP answer.
  name: "an exception class named for its status",
  find(t) {
    // (After an app's "Error: " or "LiteLLM API Error: " too, a log's tag in brackets before it: ADK's "[ADK_COLLECTOR] Error: litellm.BadRequestError: ...";
    // or a poster's "I get this error: ".)
    const m =
      /(?:^|\n)[ \t]*(?:\[[\w .:-]{1,40}\][ \t]+)?(?:(?:[A-Z][A-Za-z]{0,30} ){0,2}[Ee]rror: |I (?:get|got|am getting|see) (?:this|the following|an) error: |(?:PHP Fatal error:[ \t]+)?Uncaught )?(?:[A-Za-z_][A-Za-z0-9_]{0,60}(?:::|\.|\$|\\)){1,8}([A-Z][A-Za-z]{2,60}|Http[1-5]\d\dError)(?::[ \t]*|[ \t]+\()([^\r\n]{0,2000})/.exec(t) ??
      VENDOR_CLASS.exec(t) ??
      // A JavaScript error of a client's own class, with no namespace, its stack below it (node-onfleet's "UnhandledPromiseRejectionWarning:
      // RateLimitError: You have exceeded our per-second request limit.", then "    at res.json.then (...)"): the stack makes it a thrown error.
      // (Not a timeout's: @notionhq/client's RequestTimeoutError is its own clock's, no answer's 408.)
      /(?:^|\n|: )[ \t]*((?![A-Za-z]*Timeout)[A-Z][A-Za-z]{2,40}Error): ([^\r\n]{1,2000})(?=\r?\n[ \t]+at [^\r\n]{1,400}(?:\(|:\d))/.exec(t) ??
      // Bugsnag's issue for an error, as its GitHub integration writes it: "**Stripe::RateLimitError** in **api/donations#create**",
      // the message on the line below.
      /(?:^|\n)\*\*(?:[A-Za-z_][A-Za-z0-9_]{0,60}(?:::|\.)){1,8}([A-Z][A-Za-z]{2,60})\*\* in \*\*[^*\r\n]{1,200}\*\*[ \t]*\r?\n([^\r\n]{0,2000})/.exec(t) ??
      // Visual Studio's words for an exception the debugger caught: "An unhandled exception of type
      // 'Xero.Api.Infrastructure.Exceptions.UnauthorizedException' occurred in Xero.Api.dll" (its message on the lines below, if any).
      /\bAn unhandled exception of type '(?:[A-Za-z_][A-Za-z0-9_]{0,60}\.){1,8}([A-Z][A-Za-z]{2,60})' occurred in [\w.-]{1,100}\.dll()/.exec(t);
    if (!m) return rubyUncaught(t) ?? phpErrorPageTitle(t);
    const name = m[1]!;
    const status = statusOfClass(name);
    if (status === undefined) return undefined;
    // A mail library's exception (MailKit's, JavaMail's) is a mail server's answer, no HTTP status: its reply's enhanced code says
    // what it is ("MailKit.Security.AuthenticationException: ErrorInProcessing: 4.7.0 Temporary server error. Please try again later.").
    if (/\b(?:MailKit|MimeKit|javax\.mail|jakarta\.mail)\./.test(m[0]) || /(?:^|[\s:])[245]\.\d{1,3}\.\d{1,3} /.test(m[2]!)) return undefined;
    const rest = m[2]!.replace(/\)$/, "").trim();
    // A status the message ends in, in brackets, is the response's own (restforce's "Restforce::AuthenticationError (invalid_grant:
    // expired access/refresh token (400))": its class is the kind, 400 what the token endpoint sent).
    const ending = /\(([45]\d\d)\)\)?:?$/.exec(m[2]!.trim());
    const at = m.index + m[0].length - m[2]!.length;
    const body = (/^[{[]/.test(rest) ? (bracketed(t, at + m[2]!.indexOf(rest.charAt(0))) ?? rest) : undefined) ?? bodyNear(t, at, 1) ?? (rest || undefined);
    // A body that states its own status says it better than the class (anthropic's InternalServerError for its 529).
    const parsed = body === undefined ? undefined : printedValue(body);
    const own = isRecord(parsed) ? ownStatus(parsed) : undefined;
    return {
      what: "an exception class named for its status",
      status: own ?? (ending ? Number(ending[1]) : status),
      ...(own === undefined && !ending ? { statusSaid: `its class ${name} is named for HTTP ${status}` } : {}),
      ...(body !== undefined ? { body } : {}),
    };
  },
};

/**
 * The words an app printed on the paste's last line, right below a client's line at `end` that states only the status (a bot's
 * `console.error(err.message)` then `console.error(err.response.data.error.message)`: "Request failed with status code 429" over
 * OpenAI's "You exceeded your current quota, ..."): the body's message, so the provider's signals read it. A sentence of three words
 * or more that starts with a capital: not a stack frame, an error's own line or a label's (nor a log's record, whose time starts it);
 * `undefined` when the paste goes on below it.
 */
function lastLineBelow(t: string, end: number): string | undefined {
  const m = /^[ \t]*\r?\n[ \t]*([A-Z][^\r\n]{10,2000}?)[ \t]*\s*$/.exec(t.slice(end, end + 2100));
  if (!m || m.index + m[0].length < t.length - end) return undefined;
  const line = m[1]!;
  return /^(?:at |Error\b|[A-Z][\w.]*(?:Error|Exception)\b|[A-Z][\w -]{0,30}:)/.test(line) || !/ \S+ \S+/.test(line) ? undefined : line;
}

/**
 * An OpenAPI Generator ApiException whose "(403)" line the paste cut off: its "Reason: Forbidden" line right above "HTTP response
 * headers:" (or the body's line), as a match of the status line would be (the status from the reason phrase, the reason line after it).
 */
function cutAbove(t: string): { index: number; 0: string; 1: string } | undefined {
  const m = /(?:^|\n)[ \t]*(?=Reason: ([A-Za-z][A-Za-z ]{1,40}?)[ \t]*\r?\nHTTP response (?:headers|body): )/.exec(t);
  const status = m ? statusOfPhrase(m[1]!) : undefined;
  return status === undefined ? undefined : { index: m!.index, 0: m![0], 1: String(status) };
}


/** What a command sends as its body starts here: curl's `-d '`, `--data '`, `--data-raw '`, `--json '`, before a bracket. */
const SENT_BODY = /(?:^|[ \t])(?:-d|--data(?:-raw|-binary)?|--json)[ \t]+['"]?(?=[{[])/g;

/** Whether `open` (a bracket) begins, or is inside, the body a command line sends (looked for in the 2,000 characters before it). */
function inSentBody(t: string, open: number): boolean {
  const from = Math.max(0, open - 2000);
  const window = t.slice(from, open + 1);
  let last = -1;
  SENT_BODY.lastIndex = 0;
  for (let m = SENT_BODY.exec(window); m !== null; m = SENT_BODY.exec(window)) last = from + m.index + m[0].length;
  return last >= 0 && (last === open || (balancedEnd(t, last) ?? t.length) > open);
}

/** LiteLLM's exceptions and the statuses its exception-mapping table gives them (`APIConnectionError`, a failure to connect, is none). */
const LITELLM_STATUS: Readonly<Record<string, number>> = {
  BadRequestError: 400,
  UnsupportedParamsError: 400,
  ContextWindowExceededError: 400,
  ContentPolicyViolationError: 400,
  AuthenticationError: 401,
  PermissionDeniedError: 403,
  NotFoundError: 404,
  Timeout: 408,
  UnprocessableEntityError: 422,
  RateLimitError: 429,
  InternalServerError: 500,
  BadGatewayError: 502,
  ServiceUnavailableError: 503,
};

/**
 * Ruby's Net::HTTP response class where a client says it got one (the dropbox gem's "HTTP status Net::HTTPForbidden received:
 * http://api-content.dropbox.com/0/files/sandbox"; "response was Net::HTTPUnauthorized"): each of those classes is one status
 * (`Net::HTTPTooManyRequests` is 429; the older spelling `Net::HTTPRequestTimeOut` 408). Not where code names the class (`when
 * Net::HTTPForbidden`, `is_a?(Net::HTTPUnauthorized)`): only after the words of a response received, or before "received".
 */
export const RUBY_NET_HTTP_STATUS: LogFormat = {
  name: "Ruby's Net::HTTP response class",
  find(t) {
    const m =
      /\b(?:status|response|got|received|returned)(?: was| is| of)?[ \t]{1,3}(?:#<)?Net::HTTP([A-Z][A-Za-z]{2,40})\b(?!::)([^\r\n]{0,2000})/.exec(t) ??
      /\bNet::HTTP([A-Z][A-Za-z]{2,40}) received\b([^\r\n]{0,2000})/.exec(t);
    if (!m) return undefined;
    const status = statusOfClass(m[1]!.replace(/TimeOut$/, "Timeout"));
    if (status === undefined) return undefined;
    const rest = m[2]!.replace(/^(?: received)?[ \t:]*/, "").trim();
    const url = /^(https?:\/\/[^\s()"']{1,2000})/.exec(rest)?.[1];
    return {
      what: "Ruby's Net::HTTP response class",
      status,
      statusSaid: `Net::HTTP${m[1]} is Ruby's class for HTTP ${status}`,
      ...(url !== undefined ? { url } : rest !== "" ? { body: rest } : {}),
    };
  },
};

/**
 * LiteLLM's exception, its class standing for the status its exception-mapping table gives it (https://docs.litellm.ai/docs/exception_mapping),
 * when nothing else in the text states one ("litellm.RateLimitError: RateLimitError: OpenAIException - You exceeded your current quota, ..."):
 * read with the clients' classes named for a status, after every printout, since LiteLLM's class is its mapping's guess (an Anthropic
 * 529 it raises as its InternalServerError, the 529 in the body beside it): the words after its own class and its provider's exception
 * are the provider's.
 */
export const LITELLM_EXCEPTION: LogFormat = {
  name: "LiteLLM's exception",
  find(t) {
    // Only with the provider's exception it wraps ("OpenAIException - "): LiteLLM raises the same classes itself, before any call, for
    // a call it cannot make ("litellm.BadRequestError: LLM Provider NOT provided. ...").
    const m = /\blitellm\.([A-Za-z]{7,30}): (?:\1: )?[A-Z][A-Za-z]{1,30}Exception - ([^\r\n]{1,4000})/.exec(t);
    const status = m !== null && Object.hasOwn(LITELLM_STATUS, m[1]!) ? LITELLM_STATUS[m[1]!] : undefined;
    if (status === undefined) return undefined;
    return { what: "LiteLLM's exception", status, statusSaid: `LiteLLM raises its ${m![1]} for HTTP ${status}`, body: m![2]!.trim() };
  },
};

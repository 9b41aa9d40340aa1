/**
 * The last reader of all: an error status stated in the text, with the message after it, when
 * no library's printout (`logs.ts`), page or network error was recognised.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, ParsedInput } from "../types.js";
import { readHead, sentInChunks } from "./http.js";
import { closingBracket, lineAt, lineEnd, statusLine } from "./text.js";
import { ownStatus } from "./own-status.js";
import { isRecord } from "../snapshot.js";
import { readJson } from "../json.js";
import { MAX_HEADERS } from "./limits.js";
import { isReasonOf, statusOfPhrase } from "../reasons.js";
import { GOOGLE_RPC } from "./aip193.js";
import { AWS_DOTNET_ERROR, awsDotnetBody, COMMON_HEADER, DOTNET_STATUS_NAMES, ERROR_FIELD_LABEL, REASONS, REASON_PHRASES, holdsStatusTable, withoutRuntimeTail, ledByFix, xmlDocumentAt, bodyNear, bracelessMembersBelow, loggedAfterMembers, bracketed, bracketedAcrossWraps, closeCutJson, errorBodyAbove, headersBelow, inCodeArgument, inTestCode, inTestSource, underExampleCaption, givenAsExample, codeAsSubject, templateAfter, jsonOrRelaxed, lastUrlIn, num, restOfLine, objectClosingAt, printedRequestId, readWith, type LogFormat } from "./printout.js";

/**
 * A status with its own reason phrase (`403 Forbidden`, `(403): Forbidden`, robusta's `400, Bad Request`, .NET's `(401) Unauthorized.`, django-anymail's
 * `401 (UNAUTHORIZED)`, `[403=Forbidden]`, the CircleCI runner's `(401-Unauthorized)` (in brackets only: a
 * URL's slug, `...-Error-429-Too-Many-Requests-`, is none), as an enum's name: Spring's `400 BAD_REQUEST`, Vercel's `504: GATEWAY_TIMEOUT`; .NET's
 * `401 (Unauthorized)` wrapped before its bracket, as a console wraps a localized message: "... no indica un resultado correcto: 401\n
 * (Unauthorized)."), then what the line says after it.
 */
const STATUS_WITH_REASON = `(?:\\b(${REASON_PHRASES.map(([n, r]) => `${n}(?:(?: :| -|:|,)? (?:"?${r.replace(/ /g, "[ _]")}"?\\b|\\(${r}\\))|\\r?\\n\\(${r}\\)|=${r}\\b|-${r.replace(/ /g, "[ -]")}(?=\\)))`).join("|")})|\\((\\d{3})\\):? (${REASON_PHRASES.map(([, r]) => r).join("|")})\\b)`;
const STATUS_AND_REASON = new RegExp(`${STATUS_WITH_REASON}[ \\t]*(?:[:.,-][ \\t]*)?([^\\r\\n]{0,2000})`, "i");
/** Each status with its reason phrase, without the rest of its line: a docs line lists several ("408 Request Timeout, 409 Conflict"). */
const STATUS_AND_REASON_ALL = new RegExp(STATUS_WITH_REASON, "gi");
/**
 * A reason phrase, then an error status in brackets ("Forbidden (403)"), or alone at its line's end, or after a colon before the
 * call it answered (FlowCrypt's "Too Many Requests: 429 when GET-ing https://www.googleapis.com/..."), then the rest of its line.
 */
const REASON_THEN_STATUS = new RegExp(`\\b(${REASON_PHRASES.map(([, r]) => r).join("|")})(?: \\(([45]\\d\\d)\\)|:? ([45]\\d\\d)(?=[ \\t]*(?:\\r?\\n|$)|[ \\t]+when\\b))([^\\r\\n]{0,2000})`, "i");

/**
 * First of all: a status line inside a line with the response's header lines below it (codex-proxy's "[Error] non_sse_response:
 * HTTP/2 429", slack-go's debug log after its prefix), read as that response, when the line is a status line from the version on
 * ("HTTP/1.1 429x" is none). Before the words that state a status: the same log may say the status in words first ("Slack server
 * error: 429 Too Many Requests."), and only the response carries its headers (its Retry-After).
 */
const STATUS_LINE_WITH_HEADERS: LogFormat = {
  name: "a status line inside a line, its headers below",
  find(t) {
    const m = statusLineInside(t);
    const head = m && statusLine(t, m.index, lineEnd(t, m.index)) !== undefined ? readHead(t, m.index) : undefined;
    if (head === undefined || head.headers.length < 2) return undefined;
    const reason = m![2]?.trim();
    // The body after a blank line, or right below the headers when the paste lost the blank line (a JSON line is no header).
    // (Past its first chunk's size when it came in chunks: rclone's debug log of Dropbox's 409, "99" above the JSON.)
    const after = t.slice(head.next).trimStart();
    const rest = sentInChunks(head.headers) ? after.replace(/^[0-9A-Fa-f]{1,8}[ \t]*\r?\n[ \t]*(?=[{[])/, "") : after;
    const body = rest.startsWith("{") || rest.startsWith("[") ? bracketed(rest, 0) : undefined;
    return { what: "a status line inside a line, its headers below", status: head.status, ...(reason ? { statusText: reason } : {}), headers: head.headers, ...(body ? { body } : {}) };
  },
};

/**
 * The last readers of all, after the HTML pages and the network errors (a page's `<title>502 Bad
 * Gateway</title>` is the page reader's), tried in order: each takes an error status only where
 * the text states it, and the message after it, kept as a text body for the rules that read one.
 */
export const STATUS_PHRASES: readonly LogFormat[] = [
  STATUS_LINE_WITH_HEADERS,
  {
    // A status with the reason phrase that makes it one (a bare "500 items" is no status): go-auth0's
    // `403 Forbidden: Insufficient scope, expected any of: ...`, node-zendesk's `Zendesk Error (403): Forbidden`.
    name: "a status with its reason phrase",
    find(t) {
      const m = STATUS_AND_REASON.exec(t);
      if (!m) return undefined;
      // A reason in brackets is a client's when printed as clients print it ("401 (UNAUTHORIZED)", "(Unauthorized)"); in lower
      // case it is prose glossing the number ("If n8n received error 429 (too many requests) from the service").
      if (m[1] !== undefined && /\([a-z][a-z ]+\)$/.test(m[1])) return undefined;
      // The status a test expected is not the one it got (supertest's 'expected 401 "Unauthorized", got 400 "Bad Request"'): the
      // reader of "got" takes the second.
      if (/\bexpected:? $/i.test(t.slice(Math.max(0, m.index - 10), m.index))) return undefined;
      // Rails' log of the app's own answer to its caller ("Completed 500 Internal Server Error in 1174ms (ActiveRecord: 40.8ms)"):
      // what the app sent, not what an API it called answered (the error that made it is on the lines around). Behind its log's
      // prefix too (Heroku's "app[web.1]: Completed 500 Internal Server Error in 370ms" over a DropboxError).
      if (/(?:^|\n)(?:[^\r\n]{0,120}?[\]:|][ \t]+)?[ \t]*Completed $/.test(t.slice(Math.max(0, m.index - 140), m.index)) && /^in \d{1,9}(?:\.\d{1,3})?ms\b/.test(m[4]!)) return undefined;
      const [status, reason] = m[1] ? [m[1].slice(0, 3), m[1].slice(3).replace(/^ ?[:=,-]/, "").replace(/["()]/g, "").trim()] : [m[2]!, m[3]!];
      // The same gloss with the number inside the bracket ("the security token included in the request is expired (400 bad request).",
      // an issue's sentence): a client prints the phrase capitalized.
      if (t.charAt(m.index - 1) === "(" && /^[a-z][a-z ]{2,40}$/.test(reason)) return undefined;
      let phraseEnd = m.index + m[0].length - m[4]!.length;
      while (phraseEnd > m.index && /[ \t:.,-]/.test(t.charAt(phraseEnd - 1))) phraseEnd--;
      if (inProse(t, m.index, phraseEnd)) return undefined;
      // The phrase in quotes as the name of an error a sentence tells of ('"429 Too Many Requests" error encountered when fetching large
      // datasets from APIs like HubSpot ...', a blog's summary): prose about the error, none that came.
      if (t.charAt(m.index - 1) === '"' && /^"?[ \t]+errors?[ \t]+(?:encountered|occurs?|occurred|happens|happened|appears|is (?:returned|thrown|raised)|when)\b/i.test(t.slice(phraseEnd, phraseEnd + 40))) return undefined;
      // So is the phrase as code in brackets after a sentence's words (Elastic's docs request: 'what a "rejection" means (`429 TOO MANY
      // REQUESTS`).'): a gloss of the word, whatever its case.
      // (Not after a word that says it came: "The request failed (`429 Too Many Requests`).")
      if (/(?<!\b(?:failed|fails|returned|returns|received|got|with|error|errors|response|status))["']?[ \t]+\(`$/i.test(t.slice(Math.max(0, m.index - 40), m.index)) && t.startsWith("`)", phraseEnd)) return undefined;
      // A list of statuses, each with a name ("409 Conflict, 429 Rate Limit, and >=500 Internal errors will all be retried", the openai-node
      // README's retries) names kinds of failure, not one that came.
      if (/^,[ \t]*(?:and |or )?[1-5]\d\d [A-Z]/.test(t.slice(phraseEnd, phraseEnd + 20))) return undefined;
      // The phrase in brackets ("(403 Forbidden) from Shopify:"): the bracket is not the message's.
      // (And the bracket that closes the phrase: box-node-sdk's "Unexpected API Response [409 Conflict] (item_name_in_use: ...)".)
      // (And Guzzle's backtick and the word after it: "resulted in a `401 Unauthorized` response:", the body on the lines below.)
      let message = m[4]!.trim().replace(/^[)"][ \t]*(?::[ \t]*)?|^\][ \t]+(?=\S)|^`[ \t]*response:?[ \t]*/, "");
      // The rest of a title an API gave its status in that bracket (mollie-api-php's "Error executing API call (401: Unauthorized
      // Request): Missing authentication, ..."): the bracket's words, not the message's.
      if (t.charAt(m.index - 1) === "(" && m[4]!.trim() === message) message = message.replace(/^[A-Za-z][A-Za-z ]{0,60}\)[ \t]*:?[ \t]*/, "");
      message = withoutRuntimeTail(message);
      // Go's `%v` of a pointer to a struct after the phrase (fly-go's "Create request failed: 422 Unprocessable Entity, &{ID: Name: ...}",
      // the machine it asked for): the request's fields, not the server's words.
      if (/^,?[ \t]*&\{/.test(message)) message = "";
      // twine's "HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/": the URL it called, the server's words on the
      // indented lines below ("         Invalid or non-existent authentication information. See ...").
      // (Spring's WebClientResponseException names the method too: "401 Unauthorized from POST https://...".)
      const from = /^from (?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) )?(https?:\/\/[^\s]{1,2000})$/.exec(message);
      if (from) message = indentedBelow(t, m.index + m[0].length);
      // What closes a bracket the phrase was in ("[HTTP/1.1 401 Unauthorized]", a header logged as a list) says nothing, and
      // introduces nothing below.
      // (A backtick too: Guzzle's "resulted in a `409 Conflict`" where a paste ends.)
      const closesBracket = message !== "" && /^[\])}>"'`.,;]+$/.test(message);
      // The phrase in brackets at the end of its line ("Request had insufficient authentication scopes. [403=Forbidden]", as an app
      // prints a Google .NET client's error): the line before it is the message.
      const before = closesBracket ? /^[ \t]*(\S[^\r\n]{0,2000}?)[ \t]*[[(]$/.exec(t.slice(t.lastIndexOf("\n", m.index) + 1, m.index))?.[1] : undefined;
      if (closesBracket) message = before ?? "";
      // Header lines below it ("Headers:" and "Retry-After: 30", as an app logs a response) are its headers; so is a header
      // that follows the phrase on its line when more come below (ZendeskApi_v2's "... (401) Unauthorized. Connection: keep-alive").
      const glued = /^([A-Za-z][A-Za-z0-9-]{0,60}): (\S[^\r\n]{0,2000})$/.exec(message);
      const below = message === "" || message.endsWith(":") || glued ? headersBelow(t, m.index + m[0].length) : [];
      const headers: HeaderPair[] = glued && below.length ? [[glued[1]!, glued[2]!], ...below] : below;
      if (glued && below.length) message = "";
      // A line that ends in a colon introduces the message on the next one ("(403 Forbidden) from Shopify:\n"[API] ..."); one that
      // ends in "with" goes on there (the Terraform azuread provider's "unexpected status 429 (429 Too Many Requests) with\nerror: ...").
      const dangling = /^with$/i.test(message);
      // An object's members on the indented lines below, without braces (an old Google Java client's): the body.
      const braceless = headers.length === 0 && message === "" ? bracelessMembersBelow(t, m.index + m[0].length) : undefined;
      // Chrome's console line for the failed load says no more than the status: the uncaught error the page's client threw for it,
      // a few lines below, is the message (the PocketBase SDK's "Uncaught (in promise) ClientResponseError 400: Failed to create a record.").
      const thrown = message === "" && /\bFailed to load resource: the server responded with a status of $/.test(t.slice(Math.max(0, m.index - 80), m.index)) ? thrownBelow(t, m.index + m[0].length, status) : undefined;
      // The request alone on the line below (google-http-java-client's HttpResponseException: "403 Forbidden\nGET https://www.googleapis.com/...",
      // then the body): the call, not the server's words.
      let requestBelow: RegExpExecArray | null = null;
      if (thrown !== undefined) message = thrown;
      else if (braceless !== undefined) message = braceless;
      else if (headers.length === 0 && !closesBracket && (message === "" || message.endsWith(":") || dangling)) {
        const next = lineBelow(t, m.index + m[0].length);
        requestBelow = next !== undefined && message === "" ? /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (https?:\/\/\S{1,2000})$/.exec(next) : null;
        // (Its label dropped: go-fastly's "Title:  You have exceeded your hourly rate limit." under its status.)
        const said = next?.replace(ERROR_FIELD_LABEL, "");
        if (said !== undefined && requestBelow === null) message = dangling ? said : `${message} ${said}`.trim();
      }
      // A request id alone after the status (Codex's "429 Too Many Requests, request id: 3287...", Copilot CLI's "(Request ID: EAC9:...)")
      // is the id, read below: no message of the provider's.
      const idOnly = /^[,;:]?[ \t]*\(?request[ _-]?id[:=][ \t]*[A-Za-z0-9][A-Za-z0-9:._-]{0,127}\)?\.?$/i.test(message);
      if (idOnly) message = "";
      // A URL before the status on its line names the host (.NET's "Unable to query URI 'https://...': The remote server returned an error: (429) ...").
      const url = lastUrlIn(t.slice(Math.max(t.lastIndexOf("\n", m.index) + 1, m.index - 2100), m.index)) ?? from?.[2] ?? requestBelow?.[2] ?? urlInMessage(message);
      const method = from?.[1] && url === from[2] ? from[1] : requestBelow !== null && url === requestBelow[2] ? requestBelow[1] : undefined;
      // A body logged on the lines below is the response's, in the message's place (OpenAI's 500 names its request id only there).
      // (A message that only starts with a bracket, a log's "[goxc:publish-github] ..." prefix, is no body.)
      const isBody = /^[{[]/.test(message) && jsonOrRelaxed(message) !== undefined;
      // A body that opens at the line's end and goes on below is read from its brace, whole or cut (dsopz's "Status: 403 Forbidden {\n
      // \"error\": {...", the paste ending inside it): not as the first whole object inside it.
      // (Only a brace that ends the phrase's own line: one on the line below, taken up as the message, is read from its own line by bodyNear.)
      const opensBelow = headers.length === 0 && /^[{[]$/.test(message) && /^[{[]$/.test(m[4]!.trim()) ? t.slice(m.index + m[0].length - 1, m.index + m[0].length + 65_535) : undefined;
      // An XML error document that starts on its line goes on below it to its closing tag (STS's, behind object_store's "Client error
      // with status 403 Forbidden: <ErrorResponse ...>"): the whole document is the body.
      const xml = headers.length === 0 && message.startsWith("<") ? xmlDocumentAt(t, m.index + m[0].length - m[4]!.trimStart().length) : undefined;
      // Only the URL after the phrase (reqwest's "HTTP status client error (429 Too Many Requests) for url (https://...)"): the body
      // the app printed elsewhere above it, when that body states this same status (Anthropic's `{"type": "error", ...}`), is the one.
      const onlyUrl = headers.length === 0 && /^(?:for url:? )?\(?https?:\/\/[^\s()]{1,2000}\)?$/i.test(message);
      const sameStatus = onlyUrl ? bodyStatingAbove(t, m.index, Number(status)) : undefined;
      // Headers printed as a dict on their label's line leave the body to the lines below them, as header lines do not.
      const dictAbove = headers.length > 0 && message === "" && /^\r?\n[ \t]*Headers?:[ \t]*\{/i.test(t.slice(m.index + m[0].length, m.index + m[0].length + 40));
      // Below header lines too, right after them, when no blank line parts them (Bandwidth's "Status: 403 Forbidden\nContent-Type: ...\n{...}").
      const belowHeaders = headers.length > 0 && !dictAbove && message === "" ? jsonRightAfterHeaders(t, m.index + m[0].length, headers.length) : undefined;
      const body = sameStatus ?? opensBelow ?? xml ?? belowHeaders ?? ((headers.length === 0 || dictAbove) && !isBody ? (bodyNear(t, m.index + m[0].length, 1) ?? loggedAfterMembers(t, m.index + m[0].length)) : undefined) ??
        // A brace alone on the line below that opens no JSON (a body a person retyped, its commas lost: "errors" : {{ ... }}): the
        // text from it on, whose words still say what failed, not the brace alone, which would read as an empty object.
        (/^[{[]$/.test(message) ? t.slice(t.indexOf(message, m.index + m[0].length), m.index + m[0].length + 65_536).trim() : undefined) ??
        // (The URL alone is no body: `railway up`'s "... (413 Payload Too Large) for URL (https://backboard.railway.app/...)".)
        (onlyUrl ? undefined : message);
      // Beside the status, or on the lines below it (the Codex app's "Request ID:" and the id on the next line).
      const printed = headers.length ? undefined : printedRequestId(t.slice(m.index + m[0].length - m[4]!.length, m.index + m[0].length + 600));
      return {
        what: "a status and its reason phrase in the text",
        status: num(status),
        statusText: reason,
        ...(url ? { url } : {}),
        ...(method ? { method } : {}),
        ...(headers.length ? { headers } : printed ? { headers: [printed.header], notes: [printed.note] } : {}),
        ...(body ? { body } : {}),
      };
    },
  },
  {
    // The reason phrase first, its status in brackets after it (big-AGI's "[Issue] Anthropic - Forbidden (403) · {...}"), or bare
    // at the line's end in the reason's own capitals (HTTPlug's "EXCEPTION: Not Found 404"): the reason must be the status's own,
    // and the line's rest is the message.
    name: "a reason phrase with its status in brackets",
    find(t) {
      const m = REASON_THEN_STATUS.exec(t);
      const status = m?.[2] ?? m?.[3];
      if (!m || status === undefined || !isReasonOf(status, m[1]!) || (m[3] !== undefined && REASONS[status] !== m[1])) return undefined;
      if (inProse(t, m.index, m.index + m[0].length - m[4]!.length)) return undefined;
      // Code that raises its own message ("if response.status_code == 401: raise ValueError('... unauthorized (401).')") is no printout.
      const line = t.slice(t.lastIndexOf("\n", m.index) + 1, m.index);
      if (/^[ \t]*(?:raise|throw|return|if|elif|case)\b/.test(line) || /\bstatus_?code\b[ \t]*[=!]==?[ \t]*\d{3}\b|\.status[ \t]*[=!]==?[ \t]*\d{3}\b/i.test(t)) return undefined;
      const message = m[4]!.replace(/^[ \t]*[:·|-]?[ \t]*/, "").trim();
      // Nothing after it on its line: a body logged on the lines below is the response's (Power BI's "Status: Unauthorized (401)\nResponse: {...}").
      const body = message || bodyNear(t, m.index + m[0].length, 1);
      return { what: "a reason phrase with its status in brackets", status: num(status), statusText: m[1]!, ...(body ? { body } : {}) };
    },
  },
  {
    // Its status in square brackets, then a dash and its reason phrase (Cortex XSOAR integrations' "Error in API call [401] -
    // Unauthorized", the body on the next line): the reason must be the status's own.
    name: "a status in square brackets and its reason phrase",
    find(t) {
      const m = /\[([45]\d\d)\][ \t]*-[ \t]*([A-Za-z][A-Za-z ]{1,40}?)[ \t]*(?=\r?\n|$)/.exec(t);
      if (!m || !isReasonOf(m[1]!, m[2]!) || inProse(t, m.index, m.index + m[0].length)) return undefined;
      const body = bodyNear(t, m.index + m[0].length, 1);
      return { what: "a status in square brackets and its reason phrase", status: num(m[1]), statusText: m[2]!, ...(body ? { body } : {}) };
    },
  },
  {
    // An error's `(403): message`: the linkedin gem's, also on a line of its own under "A LinkedIn::Errors::UnauthorizedError
    // occurred in ...:"; node-zendesk's `Zendesk Error (401): Not Authorized`; R gh's `GitHub API error (403): Resource protected ...`.
    name: "an error's (status): message",
    find(t) {
      // Also inside the brackets a log puts around an error's message (the linkedin-v2 gem's "LinkedIn::AccessDeniedError ((403): ...)").
      // Or without the colon after it, where the exception's name has one (clickupython's "ClickupClientError: (401) Team"); its empty
      // group stands in for the first pattern's bracket, so the groups read the same.
      const e =
        /(?:(?:Error|Exception)[A-Za-z]{0,40}:? (\(?)|\bAPI error |^[ \t]*)\((\d{3})\): ([^\r\n]{1,2000})/m.exec(t) ??
        /(?:Error|Exception)(?<=\b[A-Z][A-Za-z]{1,60})(): \((\d{3})\) ([^\r\n(]{1,2000})/.exec(t);
      if (!e) return undefined;
      // The log's bracket closes after the message.
      const message = e[1] ? e[3]!.replace(/\)[ \t]*$/, "") : e[3]!;
      // "Zendesk Error (401): ..." is node-zendesk's own message, whatever the app prints around it.
      const zendesk = t.startsWith("Zendesk Error (", e.index - 8);
      return { what: "an error's `(status): message`", status: num(e[2]), body: message.trim(), ...(zendesk ? { provider: "zendesk", providerBy: "node-zendesk's `Zendesk Error (NNN)`" } : {}) };
    },
  },
  {
    // A call and its status joined by an arrow, as an app or a person lists the calls that failed ("GET
    // https://api.github.com/repos/o/r/issues/73 → 403"), also at the start of the line below it ("→ 403 {...}" under the request
    // line, the answer's body after it), or a dash before the status and its reason (a browser console's "POST https://... - 401
    // Unauthorized"): the request line's URL names the host.
    name: "a call and its status after an arrow",
    find(t) {
      const m = /(?:^|\n)[ \t]*(GET|POST|PUT|PATCH|DELETE|HEAD) (https?:\/\/\S{1,2000})(?: |[ \t]*\r?\n[ \t]*)(?:→|->|=>|-(?= [45]\d\d [A-Z])) ([45]\d\d)\b[ \t]*(?:[:(-][ \t]*)?([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const message = m[4]!.replace(/\)$/, "").trim();
      return { what: "a call and its status after an arrow", method: m[1]!, url: m[2]!, status: num(m[3]), ...(message ? { body: message } : {}) };
    },
  },
  {
    // linodego's error, its status in brackets before the API's words, after the app's own ("Error creating a Linode Instance: [400]
    // Account Limit reached. Please open a support ticket.").
    name: "a status in brackets before the API's words",
    find(t) {
      // (After the app's words and a colon only: "[403] Forbidden" on its own line is a docs heading, "[500] GET /" a server's log; and
      // not a reason phrase first, webexteamssdk's "[403] Forbidden - ...", which its own reader reads with its tracking id.)
      const m = /: \[([45]\d\d)\] ([A-Z][^\r\n]{1,2000})/.exec(t);
      if (!m || m[2]!.toLowerCase().startsWith((REASONS[m[1]!] ?? "\0").toLowerCase())) return undefined;
      return { what: "a status in brackets before the API's words", status: num(m[1]), body: m[2]!.trim() };
    },
  },
  {
    // A message with the HTTP status and Google's status name in brackets at its end, as rclone's Google backends print an API's
    // error ("failed to create media item: Quota exceeded for quota 'concurrent write request' ... (429 RESOURCE_EXHAUSTED)"): the
    // status, the message before it. Only a google.rpc.Code name that the status is the HTTP mapping of.
    name: "a message with its status and Google's status name in brackets",
    find(t) {
      // (The message from the last ": " before it: a colon inside it, `project_number:2022...`, is its own.)
      const m = /(?:^|: |\n)((?:[^\r\n:]|:(?! )){1,2000}?) \(([45]\d\d) ([A-Z_]{5,30})\)[ \t]*(?:\r?\n|$)/.exec(t);
      if (m === null || GOOGLE_RPC.get(m[3]!)?.http !== Number(m[2])) return undefined;
      // (Google's, when the message names one of its services: "... of service 'photoslibrary.googleapis.com' ...".)
      const google = /\b[a-z0-9-]{1,60}\.googleapis\.com\b/.test(m[1]!);
      return {
        what: "a message with its status and Google's status name in brackets",
        status: num(m[2]),
        body: m[1]!.trim(),
        ...(google ? { provider: "google", providerBy: "the Google service its message names" } : {}),
      };
    },
  },
  {
    // An SDK's words for the status it got where it wanted a 2xx: the Unleash Node client's "Response was not statusCode 2XX, but was 401",
    // the Unleash PHP SDK's "Got invalid response code when getting features and no default bootstrap provided: 403".
    name: "an SDK's status where it wanted a 2xx",
    find(t) {
      const m = /\bnot status ?code 2XX, but was ([45]\d\d)\b/i.exec(t) ?? /\bGot invalid response code\b[^\r\n:]{0,120}: ([45]\d\d)\b/.exec(t);
      return m ? { what: "an SDK's status where it wanted a 2xx", status: num(m[1]) } : undefined;
    },
  },
  {
    // The SonarScanner's failed download ("Error status returned by url [https://api.sonarcloud.io/analysis/jres?os=linux]: 401"): the URL
    // it called, then the status.
    name: "the SonarScanner's error status returned by a URL",
    find(t) {
      const m = /\bError status returned by url \[(https?:\/\/[^\s\]]{1,2000})\]: ([45]\d\d)\b/.exec(t);
      return m ? { what: "the SonarScanner's error status returned by a URL", status: num(m[2]), url: m[1]! } : undefined;
    },
  },
  {
    // The HTTP status and Google's status name joined by a colon before the message, as python-google-nest-sdm prints the Smart Device
    // Management API's error ("Error from API: 429:RESOURCE_EXHAUSTED: Rate limited for the ExecuteDeviceCommand API for the user."):
    // only a google.rpc.Code name that the status is the HTTP mapping of.
    name: "a status and Google's status name joined by a colon",
    find(t) {
      const m = /(?:^|[\s:])([45]\d\d):([A-Z_]{5,30}): ([^\r\n]{1,2000})/.exec(t);
      if (m === null || GOOGLE_RPC.get(m[2]!)?.http !== Number(m[1])) return undefined;
      return { what: "a status and Google's status name joined by a colon", status: num(m[1]), body: m[3]!.trim() };
    },
  },
  {
    // Braintree's clients for a status they have no exception of their own for: the Python SDK's "UnexpectedError: Unexpected
    // HTTP_RESPONSE 400", the .NET SDK's "Unexpected HTTP_RESPONSE BadRequest" (the status's name in `HttpStatusCode`).
    name: "a client's unexpected HTTP_RESPONSE",
    find(t) {
      const m = /\bUnexpected HTTP_RESPONSE (?:([45]\d\d)\b|([A-Z][A-Za-z]{2,40})\b)/.exec(t);
      const status = m === null ? undefined : m[1] !== undefined ? Number(m[1]) : DOTNET_STATUS_NAMES.get(m[2]!);
      if (status === undefined || status < 400) return undefined;
      return { what: "a client's unexpected HTTP_RESPONSE", status };
    },
  },
  {
    // A client's error naming its API, the status as a code and the message after it (pinterest-api-php's "Pinterest error (code:
    // 401) with message: invalid_grant"): the API's name names the provider when it is one.
    name: "an API's error with its status as a code",
    find(t) {
      const m = /\b([A-Z][A-Za-z0-9-]{1,30}) error \(code: ([45]\d\d)\) with message: ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      return { what: "an API's error with its status as a code", status: num(m[2]), body: m[3]!.trim(), provider: m[1]!.toLowerCase(), providerBy: `a client's words naming ${m[1]}` };
    },
  },
  {
    // Qt's QNetworkReply message for an HTTP error, "Error transferring https://... - server replied: Unprocessable Entity" (QGIS plugins
    // print it after the status: "422 (Error transferring ... - server replied: Unprocessable Entity)"): the reason phrase is the status's.
    name: "Qt's network reply error",
    find(t) {
      const m = /\bError transferring (https?:\/\/\S{1,2000}) - server replied: ([A-Za-z][A-Za-z -]{1,40}?)\)?[ \t]*(?:\r?\n|$)/.exec(t);
      const status = m === null ? undefined : statusOfPhrase(m[2]!);
      if (!m || status === undefined || status < 400) return undefined;
      return { what: "Qt's network reply error", status, statusText: m[2]!, url: m[1]! };
    },
  },
  {
    // A client's words for a status it did not expect, naming the API ("slack.api.InvalidResponseError: Bad status code from
    // Slack: 429", slack-scala-client's): the API's name names the provider when it is one.
    name: "a bad status code from a named API",
    find(t) {
      const m = /\b(?:Bad|Unexpected|Invalid|Unsuccessful) (?:status|response) code from ([A-Z][A-Za-z0-9-]{1,30}): ([45]\d\d)\b[ \t]*[.:-]?[ \t]*([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const message = m[3]!.trim();
      return { what: "a bad status code from a named API", status: num(m[2]), ...(message ? { body: message } : {}), provider: m[1]!.toLowerCase(), providerBy: `a client's words naming ${m[1]}` };
    },
  },
  {
    // An app's own line naming the API, the status and the path it called ("Cloudflare API 403 on /zones/.../email/routing/dns:
    // code 10000: Authentication error"): the message after the colon; the API's name names the provider when it is one.
    name: "an API's status on the path it called",
    find(t) {
      // (Or its error's: node-red-node-dropbox's "Dropbox API error 400 from GET https://... :: {"error": "v1_retired"}", the method named.)
      const m = /\b([A-Z][A-Za-z0-9-]{1,30}) API (?:error )?([45]\d\d) (?:on|for|from) (?:(GET|POST|PUT|PATCH|DELETE|HEAD) )?(\/[^\s:]{0,2000}|https?:\/\/\S{1,2000}?)(?: ::|:) ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      return {
        what: "an API's status on the path it called",
        status: num(m[2]),
        ...(m[4]!.startsWith("http") ? { url: m[4]! } : {}),
        ...(m[3] !== undefined ? { method: m[3] } : {}),
        body: m[5]!.trim(),
        provider: m[1]!.toLowerCase(),
        providerBy: `an app's line naming the ${m[1]} API`,
      };
    },
  },
  {
    // A status and the `WWW-Authenticate` challenge a client printed for a 401 or 403 that had no body (Boxr's
    // `Boxr::BoxrError: 403: Bearer realm="Service", error="insufficient_scope", ...`): the challenge is that header's value.
    name: "a status and its authentication challenge",
    find(t) {
      const m = /\b(40[13]):? (?:WWW-Authenticate: )?((?:Bearer|Basic|Digest|Negotiate) [a-z_-]{1,40}="[^\r\n]{0,2000})/i.exec(t);
      if (!m) return undefined;
      return { what: "a status and the authentication challenge printed with it", status: num(m[1]), headers: [["WWW-Authenticate", m[2]!.trim()]] };
    },
  },
  {
    // A JavaScript app's log of a status beside an object it put in a string (CodeGPT's "[ERROR] 429 [object Object]"): the status
    // is stated; the object's words are lost.
    name: "a status beside a JavaScript object put in a string",
    find(t) {
      const m = /(?:^|\n)[ \t]*(?:\[(?:ERROR|ERR|WARN(?:ING)?)\][ \t]+)?([45]\d\d)[ \t]+\[object Object\][ \t]*(?:\r?\n|$)/.exec(t);
      return m ? { what: "a status beside a JavaScript object put in a string", status: num(m[1]), notes: ["The app printed the error's object as \"[object Object]\": its words are lost; log `JSON.stringify(err)` to see them."] } : undefined;
    },
  },
  {
    // A line begins with an error status and a sentence: the message of the OpenAI and Anthropic
    // TypeScript SDKs' APIError (`401 Incorrect API key provided: ...`), printed alone or after its
    // class, often under an app's own lines (an issue template's "Error Output") or after its words and
    // the client's code in brackets ("Failed to upload to Figma (ERR_BAD_REQUEST): 403 Invalid scope(s): ..."), or after
    // words naming an error (Claude Code's "API Error: 529 Overloaded. ..."), also mid-line ("... streaming session: Error: 429 You exceeded ..."),
    // or after a capitalised name and a colon (google-api-core's message after the service's: "... to BigQuery: 403 Quota exceeded: ..."),
    // or a Go log's `err: 403 Sorry, the maximum number of api requests are already reached.` (Zoom's v1 API, in a table of calls),
    // or an API's error code in snake case between the status and the message (PandaDoc's `405 request_error: Method "POST" not allowed.`),
    // or in camel case (Google's reason, as the Google Workspace CLI prints it: `403 insufficientPermissions: Request had insufficient ...`),
    // or an app's "Failed to <do what>:" (Keystatic's `Failed to fetch tree: 403 Request forbidden by administrative rules. ...`),
    // or LiteLLM proxy's "Exception occured - 429: LiteLLM Rate Limit Handler for rate limit type = team. ...", or a provider's name and
    // "error:" (Task Master's "Perplexity error: 400 Invalid model 'sonar-small-online'. ...");
    // a message may open with a quote (github3.py's "AuthenticationFailed: 401 'Expiration time' claim ('exp') is too far in the future"),
    // or be all in double quotes (Cline's `429 "Too many tokens for team ..."`), or follow a glyph of Claude Code's terminal
    // ("✻ 529 Overloaded · Retrying in 4s", its own backoff, not a wait the server sent), or follow a dash (PayPal's Android SDK's
    // "Error: 422 - Description: The requested action could not be performed, ..."), or a colon (gspread's "HTTPError: 500: This
    // server no longer owns the lock ..."), or open a quote after "error" (the Firebase JS SDK's 'request failed with error
    // "403 PERMISSION_DENIED: The caller does not have permission"'), also as a value (pyvideotrans's "error='429 Resource has been exhausted
    // (e.g. check quota).'", a JSON member's `"error": "402 Insufficient credits. ..."`), or after a colon later in a line that says
    // it is an error (LibreChat's "AI response error; aborting request: 404 Resource not found", openai-node's message for Azure's 404),
    // or after the driver's error class in brackets, as SQLAlchemy wraps a DB-API error ("(google.cloud.bigquery.dbapi.exceptions.DatabaseError)
    // 403 Access Denied: Table ...").
    name: "an error message that begins with its status",
    find(t) {
      // A proxy's status phrase after the SDK's own status is the message too ("Error: 502 502: Bad Gateway ...").
      const lead = /(?:^|\n|\): |(?<=\((?:[a-z_]\w{0,40}\.){1,8}[A-Z]\w{0,60}(?:Error|Exception)\) )|\bError: |(?<=\b[A-Z][A-Za-z]{1,30} )error: |\berr: |\bwith error: |\bException occurr?ed - |(?<=\b[Ff]ailed to [a-z]{2,20}(?: [A-Za-z]{1,20}){0,3}): |(?<=\b[A-Z][A-Za-z]{1,30}): |(?<=\b[Ee]rror\b[^\r\n:]{1,60}): |(\[|(?<=\b[Ee]rror["']?[:=]? ?)["']))[ \t]*(?:[⎿⏺✻✶✳✢▒░▓][ \t]+)?(?:(?:[A-Z][A-Za-z]{0,60} ?)?(?:Error|Exception): )?([45]\d\d)(?:\.|:| -| :)? ((?:\2:? )?['"]?(?:[a-z]{2,30}(?:(?:_[a-z]{2,30}){1,4}|(?:[A-Z][a-z]{1,30}){1,4}): )?[A-Z][^\r\n]{2,2000})/.exec(t);
      if (!lead) return undefined;
      const at = t.lastIndexOf(lead[2]!, lead.index + lead[0].length - lead[3]!.length);
      if (inProse(t, at, withReason(t, at + 3, lead[2]!))) return undefined;
      // Node's inspection of an error in brackets ("[InsufficientQuotaError: 429 You exceeded ...] {"): the bracket closes the message;
      // so does the quote of an error quoted after the word (the Firebase JS SDK's 'failed with error "403 PERMISSION_DENIED: ..." (...)').
      // A bracket that holds only the status and its name (the Gemini SDKs' "[400 Bad Request] User location is not supported ...",
      // "[400 FAILED_PRECONDITION] ..."): the words after it are the message, the name the status's.
      const named = lead[1] === "[" ? /^([A-Z][A-Za-z]{1,20}(?:[ _][A-Za-z]{1,20}){0,3})\][ \t]+(\S[^\r\n]*)$/.exec(lead[3]!) : null;
      if (named && (isReasonOf(lead[2]!, named[1]!) || GOOGLE_RPC.get(named[1]!)?.http === num(lead[2]))) {
        return { what: "an error message that begins with its status", status: num(lead[2]), statusText: named[1]!, body: named[2]!.trim() };
      }
      const body = (lead[1] === "[" ? lead[3]!.replace(/\][^\]]*$/, "") : lead[1] === '"' || lead[1] === "'" ? lead[3]!.slice(0, Math.max(0, lead[3]!.lastIndexOf(lead[1]))) || lead[3]! : lead[3]!).trim();
      // A message the client printed in double quotes (Cline's `429 "Too many tokens for team ..."` for xAI): the quotes are not its.
      const whole = lead[1] === undefined ? unwrappedQuote(t, body, lead.index + lead[0].length) : body;
      // Another label and status after it ("Throttle: 429 Quota: 429", a rate-limit catalogue's summary) is a list of them, no message.
      if (/^[A-Z][A-Za-z ]{1,30}: [1-5]\d\d\b/.test(whole)) return undefined;
      // Words that say what the number is ("400 - HTTP standard Error code. Also returned in the response header.", DHL's docs on its
      // codes' parts) define a code, no message.
      // (A standard's code, or the words alone: "400 - Error code 10001, invalid parameter" is a message.)
      if (/^(?:the )?(?:HTTP )?standard (?:HTTP )?(?:error|status|response) code\b|^(?:the )?HTTP (?:error|status|response) code[.;]?$/i.test(whole)) return undefined;
      // HashiCorp's API clients (Vault's, Consul's): "Code: 403. Errors:" and the errors as bullets below ("* 1 error occurred:",
      // "\t* permission denied"): the bullets that say something are the message.
      const bullets = whole.endsWith(":") ? bulletsBelow(t, lead.index + lead[0].length) : undefined;
      // A level's word alone after the status (the Bot Framework adapter's "processActivity(): 401 ERROR"): the message is on the next line.
      const below = /^(?:ERROR|Error)$/.test(whole) ? lineBelow(t, lead.index + lead[0].length)?.replace(/^Error: /, "") : undefined;
      return { what: "an error message that begins with its status", status: num(lead[2]), body: bullets ?? below ?? (/^"[^"]*"$/.test(whole) ? whole.slice(1, -1) : whole) };
    },
  },
  {
    // An error status stated in words: urllib's `HTTP Error 429: Too Many Requests`, Java's `Server returned HTTP
    // response code: 429 for URL: ...`, `Received Status Code 401. Error cause: ...`, `unexpected status code: 429: ...`,
    // netdata's `failed to send slack notification for: ... with HTTP error code 400.`, Anymail's `ESP API response 400:` above the body,
    // Agent Zero's `Error response 401 while fetching https://api.mistral.ai/v1/chat/completions: {"detail":"Unauthorized"}`,
    // mcp-atlassian's `Authentication failed for Jira API (403). Token may be expired or invalid.`, sonar-stash's `Received 404: ...`,
    // duo_client's `RuntimeError: Received 403 Access forbidden` (its status and the reason the server sent), a line that starts with its
    // status in brackets (`[400]: Failed to send mail Resend error: validation_error`; not Markdown's link definition, `[404]: https://...`),
    // Buildkite's CLI `API returned 429: You have exceeded your rest API rate limit. Please wait 9 seconds ...`,
    // gcloud storage's `ERROR: HTTPError 403: Request is prohibited by organization's policy.`, prawcore's `received 401 HTTP response`,
    // tinuous's `Request to https://api.github.com/... returned 502; waiting & retrying`, Power Automate's `The backend request failed with
    // error code '403'`,
    // `returned a 403 (Forbidden), ...`, Alamofire's `Response status code was unacceptable: 429.`, a line that ends in `failed: 429` or goes on in a capitalised word (`HTTP request failed: 403 Internal Message: ...`),
    // Claude Code's `API Error (429 Too many tokens, ...)` and `API Error: Request rejected (429) · ...`,
    // Home Assistant's `Invalid response 401. Error: deleted_client`, CARTO's `ServiceException: Unknown response 403: <h1>Developer Over Qps</h1>`,
    // jira-cli's `Received unexpected response '405 Not Allowed'`, jsforce's `ERROR_HTTP_413: Error: Request Entity Too Large`,
    // a validator's `Expected: 200, Got: 403`, Firebase iOS's `Server returned error:code: 403. Status: PERMISSION_DENIED. Message: ...`,
    // a person's own words before the body they paste ("I get the following 400 response:", "FB avatars are returning HTTP 500 errors:";
    // only with the colon that hands over to the body, and not a reader's "you get", which is docs); the message after it is kept, and a
    // URL before it (or labelled one after it, Guzzle 3's `[url] https://...`) names the host: a link inside the message is the docs',
    // not the request's.
    name: "an error status stated in words",
    find(t) {
      const said = STATUS_IN_WORDS.exec(t);
      if (!said) return undefined;
      // A property set in code ("err.status = 429" in a test's mock, spaces around its `=`) is a status made up, not one a call got;
      // so is one the code compares an error with (hubspot-cli's `isSpecifiedError(err, { statusCode: 401 })`).
      if (t.charAt(said.index - 1) === "." && /^status(?:[ _-]?code)? = [45]\d\d\b/i.test(said[0])) return undefined;
      if (inCodeArgument(t, said.index) || givenAsExample(t, said.index) || codeAsSubject(t, said.index)) return undefined;
      // "HTTP 429" and a lowercase word is prose ("... will result in an HTTP 429 (too many requests) response"), not a printout.
      const afterStatus = said.index + said[0].indexOf(said[2]!, said[1]!.length) + 3;
      // A status run into a small letter is a noun in prose ("both HTTP 403s responses ... as well as HTTP 429s"), never printed
      // so (a capital is the message run into it where a line break was lost: "status code 429This request would exceed ...").
      if (/^[a-z]/.test(t.charAt(afterStatus))) return undefined;
      // ("HTTP 403 returned for \"https://...\"", bref's, is a client's past tense; "HTTP 401 for https://..." names the request.)
      // (Nor is the GitHub CLI's "HTTP 500 (https://api.github.com/...)": the request's URL in brackets.)
      // (An error code in snake case and its colon is a printout's: "HTTP 401 authentication_error: invalid x-api-key".)
      if (/^http$/i.test(said[1]!) && /^ \(?(?!returned\b|https?:\/\/|for https?:\/\/|[a-z]{1,40}(?:_[a-z]{1,40}){1,6}:)[a-z]/.test(t.slice(afterStatus, afterStatus + 60))) return undefined;
      // A path of a link is no statement (MDN's ".../docs/Web/HTTP/Status/429", linked to say what a status means).
      if (/https?:\/\/[^\s"'<>]{0,2000}$/.test(t.slice(Math.max(0, said.index - 2000), said.index))) return undefined;
      // A condition, not a failure: "On HTTP 429, the module now parses the `Retry-After` response header ..." (a pull request's words).
      if (/\b(?:[Oo]n|[Ww]hen|[Ii]f|[Uu]pon|[Aa]fter)[ \t]+(?:an?[ \t]+|the[ \t]+)?$/.test(t.slice(Math.max(0, said.index - 12), said.index))) return undefined;
      // Or one a reader is told of ("you should use Retry-after header, when you got status 429", an issue quoting the docs): "you", not "I".
      if (/\b(?:[Ww]hen|[Ii]f|[Oo]nce)[ \t]+you[ \t]+(?:get|got|receive|received|hit)[ \t]+(?:an?[ \t]+|the[ \t]+)?$/.test(t.slice(Math.max(0, said.index - 30), said.index))) return undefined;
      // A status a client turns others into, not one a call got: "coerces every non-2xx whoami response ... to status 401" (a review's words).
      if (/^status\b/i.test(said[1]!) && /\b(?:to|into)[ \t]+$/i.test(t.slice(Math.max(0, said.index - 8), said.index))) return undefined;
      // What would have happened, not what did: "... can be resolved by email instead of failing with HTTP 400." (a pull request's words).
      if (/\b(?:instead of|rather than)[ \t]+[a-z]{2,20}(?:[ \t]+[a-z]{2,20})?[ \t]+$/i.test(t.slice(Math.max(0, said.index - 60), said.index))) return undefined;
      // An uptime monitor's report (Upptime's issue: "- HTTP code: 503" over "- Response time: 324 ms"): a health check's answer, not a call's.
      if (/^- HTTP code: [1-5]\d\d\r?\n- Response time: \d{1,9} ms\b/m.test(t.slice(Math.max(0, said.index - 20), said.index + 60))) return undefined;
      // A status in brackets after a plural that names a kind of call ("In order to retry rate limited requests (HTTP 429), you can configure
      // the API client as such:", an SDK's README; "If LLM API calls hit rate limits (HTTP 429), ...", a feature request) says which calls,
      // not that one came; "Too Many Requests (HTTP 429)" is a reason phrase.
      if (t.charAt(said.index - 1) === "(" && t.charAt(afterStatus) === ")" && /(?<!\btoo many[ \t]{1,4})\b(?:requests|responses|errors|calls|failures|limits)[ \t]*\($/i.test(t.slice(Math.max(0, said.index - 40), said.index))) return undefined;
      // A status in a list of them ("statusCode (401/403/404/429/5xx)", troubleshooting steps) is none a call got.
      if (/^\/(?:[1-5]\d\d|[1-5]xx)\b/i.test(t.slice(afterStatus, afterStatus + 5))) return undefined;
      // So is "error 404 when ..." ("returns error 404 if the item does not exist"); "Error 403 Access Not Configured." is a printout.
      if (/^error$/i.test(said[1]!) && /^ [a-z]/.test(t.slice(afterStatus, afterStatus + 2))) return undefined;
      if (inProse(t, afterStatus - 3, withReason(t, afterStatus, said[2]!))) return undefined;
      // Docs in the present tense of what a client gets ("When throttling comes into play, the plugin receives HTTP response 429. The
      // plugin will log the error and retry"): what happens each time, not what came (a log says it in the past: "returned", "received").
      // (Or what an error results in, in the same tense: "ThrottlingException results in http error 400, while RequestLimitExceeded
      // returns 503", a comparison of retry tables; or what follows in reasoning: "... and therefore we get a HTTP-429.")
      // (And "answers": "when a Coach provider answers HTTP 429, the provider's own error message is discarded", an issue's words.)
      if (/\b(?:receives|returns|gets|sends back|responds with|results in|answers(?: with)?)[ \t]+(?:(?:an?|the)[ \t]+)?$/i.test(t.slice(Math.max(0, said.index - 40), said.index))) return undefined;
      if (/\b(?:therefore|thus|hence|so)[ \t]+(?:we|you|they|it)[ \t]+(?:get|receive|see|hit)[ \t]+(?:(?:an?|the)[ \t]+)?$/i.test(t.slice(Math.max(0, said.index - 40), said.index))) return undefined;
      // Or a case a review supposes ("When SendGrid continues returning HTTP 429, the shared HTTP client exhausts its three default
      // retries ..."): what would happen then, not what did. (A poster's "SendGrid keeps returning 429" without the "when" is a failure.)
      if (/\b(?:When|If|Whenever|Once)[ \t]+[^.!?\r\n]{0,80}\b(?:continues|keeps|starts|begins)[ \t]+(?:returning|sending|responding with|to return|to send)[ \t]+(?:(?:an?|the)[ \t]+)?$/.test(t.slice(Math.max(0, said.index - 140), said.index))) return undefined;
      // Nor is a status a sentence says what it does ("HTTP error 429 provides retry time in Retry-After header", a feature request).
      // (Or what it will do: "Status code 429 will raise a failure/get retried", a pull request's changelog.)
      if (/^[ \t]+(?:provides|means|indicates|includes|contains|carries|signals|comes with|should be|must be|(?:will|would|may|might|can|could|shall)[ \t]+(?:raise|be|get|cause|trigger|result|return|throw|fail|mean|lead|produce)\b)/.test(t.slice(afterStatus, afterStatus + 40))) return undefined;
      // Nor is a message's template, its value not filled in: what an error would say.
      if (templateAfter(t, afterStatus)) return undefined;
      // A threshold or a range is no status a call got: "Treat any status of 400 or above as a failure." (a code comment), "400-499".
      const range = /^(?:[ \t]+(?:or|and)[ \t]+(?:above|higher|greater|more|over|up)\b|\+|[ \t]*(?:-|\u2013|to|through)[ \t]*([1-5]\d\d)\b)/.exec(t.slice(afterStatus, afterStatus + 20));
      if (range && (range[1] === undefined || Number(range[1]) > Number(said[2]))) return undefined;
      // Nor is a bug report's numbered step ("2. Receive status code 400", its expected status below): a step told, not a printout.
      if (/^[ \t]*\d{1,2}[.)][ \t]+(?:[Rr]eceives?|[Gg]ets?|[Ss]ees?|[Oo]bserves?|[Nn]otices?)[ \t]+(?:an?[ \t]+|the[ \t]+)?$/.test(t.slice(t.lastIndexOf("\n", said.index) + 1, said.index))) return undefined;
      // Docs that say what a response will hold, the status on the lines after their colon (Dynamics' API limits page: "If you use HTTP
      // requests, the response will include the same messages, but with:\nStatusCode : 429"): what would come, not what came.
      if (/\b(?:response|responses|request|requests|API|server|service) will (?:include|contain|return|respond|have|be)\b[^\r\n]{0,200}:[ \t]*\r?\n[ \t]*$/i.test(t.slice(Math.max(0, said.index - 400), said.index))) return undefined;
      // A server's access log in logfmt (Heroku's router: "at=error code=H17 ... method=POST path=\"/groups/10/payments\" ... status=503")
      // logs the app's own answer to its caller, not the provider's: the provider's failure logged near it is the one to read.
      if (/^status=/i.test(said[0]) && /\bmethod=[A-Z]{3,7}\b[^\r\n]{0,2000}?\bpath=/.test(lineAt(t, t.lastIndexOf("\n", said.index) + 1))) return undefined;
      // Nothing after the status but punctuation ("... Please retry your request again later. (HTTP 403)"): the message is before it.
      // A bracket that opened before the words ("Error Communicating with Asana (HTTP 400): workspace: ...") closes before the message.
      // A person's own words that hand over to what they paste below ("I get a 400 error after the first message. the errors says this:")
      // are no message of the provider's: the body below is, or nothing.
      const handsOver = /^(?:get|got|getting|receiv|returned|returning)/i.test(said[1]!) && /^(?:response|error)s?\b[^\r\n]{0,80}:$/i.test(said[5]!.trim());
      // (A client's label of what follows is none of the message: s3clix's "Got HTTP 400 with content '<?xml ...".)
      // (Nor is a label the client gave the body after the status, s3fs's "status: 400, response: <?xml ...": the body follows it.)
      // (Nor is .NET's mark of the inner exception and its class, "... 400 (BadRequest). ---> System.Exception: {...}": its message is.)
      // (Nor is a label of the message after a comma, rgpt3's "Code: 401, message: You didn't provide an API key ...".)
      const after = handsOver ? "" : said[5]!.trim().replace(/^--->[ \t]*[\w.]{1,200}(?:Exception|Error):[ \t]*/, "").replace(/^,?[ \t]*[Mm]essage:[ \t]*(?=\S)/, "").replace(/^\)[ \t]*[:.,;-]?[ \t]*(?=\S)/, "").replace(/^with (?:content|body):?[ \t]*'?(?=<)/, "").replace(/^(?:response|body|content)[ \t]*[:=][ \t]*(?=<|[{[])/i, "")
        // (Nor a label alone at its line's end, the body on the lines below: a QuickBooks client's "HTTP Error Code: 504, Msg:" over the XML.)
        // (Or after "and": node-bigcommerce's "Request returned error code: 500 and body:" over the HTML page.)
        .replace(/^(?:and[ \t]+)?(?:msg|message|body|response(?: body)?|content|details?)[ \t]*:$/i, "")
        // (Nor a request id alone, aws-sdk-go's "status code: 400, request id: b78b7c30-...": its header, read below; the body is elsewhere.)
        .replace(/^[,;]?[ \t]*request[ _-]?id[:=][ \t]*[A-Za-z0-9][A-Za-z0-9:._-]{7,127}$/i, "");
      // (Not a brace or bracket that opens the body below: "Error: HTTP 401 : {\n  \"message\": ...}".)
      // So is a request URL alone in brackets after it (the GitHub CLI's "failed to get run log: HTTP 500 (https://api.github.com/...)").
      const urlAlone = /^\((https?:\/\/[^\s()"'<>]{1,2000})\)$/.exec(after)?.[1];
      // And so is the exception's class alone in brackets, as Ruby prints an uncaught one ("The slack API returned an error:
      // invalid_token (HTTP Code 403) (Slack::Notifier::APIError)").
      const classAlone = /^\([A-Z]\w{0,60}(?:::[A-Z]\w{0,60}){1,6}\)$/.test(after);
      // A URL labelled alone after it (jsforce's debug log: "<response> status=500, url=https://...") is the request's; the message
      // is then the line below ("Error (sf:INSUFFICIENT_ACCESS): ...").
      const urlLabelled = /^url=(https?:\/\/[^\s"'<>]{1,2000})$/i.exec(after)?.[1];
      let message =
        urlLabelled !== undefined
          ? ""
          : urlAlone !== undefined || classAlone || (after !== "" && /^[\p{P}\s`]*$/u.test(after) && !/[{[][ \t]*$/.test(after))
          ? t
              .slice(t.lastIndexOf("\n", said.index) + 1, said.index)
              .replace(/[ \t(:]+$/, "")
              // Ruby's frame before an uncaught exception's message ("/app/x.rb:29:in `call': The slack API ...") is where, not what.
              .replace(/^[^\r\n]{0,500}?:\d{1,6}:in [`'][^`'\r\n]{0,200}['`]: /, "")
              .trim()
          : after;
      // The URL it was accessing, said right after the status (the PayPal PHP SDK's "Got Http response code 401 when accessing
      // https://api.sandbox.paypal.com/v1/oauth2/token. in /.../PayPalHttpConnection.php:202 Stack trace: ..."), is the request's, not
      // a message; and PHP's place of an uncaught exception after it (" in <file>:<line>", its stack trace) is where, not what.
      const accessing = message === after ? /^when (?:accessing|calling|requesting) (https?:\/\/[^\s"'<>]{1,2000}?)[.,;]?(?=\s|$)/i.exec(after) : null;
      if (accessing) message = after.slice(accessing[0].length).replace(/^[ \t]*in \/?\S{1,500}:\d{1,6}(?:\s[\s\S]*)?$/, "").trim();
      // A status that opened a bracket ("API Error (429 Too many tokens, ...) · Retrying in 1 seconds…"): the message ends where it closes.
      if (message === after && t.charAt(afterStatus - 4) === "(") message = message.slice(0, closingBracket(message)).trim();
      // So does one that opened before its label ("... la verificación de Google (Error 403: access_denied)’."): what it holds is all
      // there is, its reason phrase too ("(HTTP Code: 503, Message: Service Unavailable)", ansible-galaxy's), not the line below.
      const inBrackets = message === after && t.charAt(said.index - 1) === "(";
      if (inBrackets) message = message.slice(0, closingBracket(message)).trim();
      // So does a quote that opened before the status and its reason ("Received unexpected response '405 Not Allowed'."), not one
      // around the status alone ("failed with status code '401' and error message: '...'").
      const quote = t.charAt(afterStatus - 4);
      if (message === after && (quote === "'" || quote === '"') && t.charAt(afterStatus) !== quote && message.includes(quote)) message = message.slice(0, message.indexOf(quote)).trim();
      // And a double-quoted string the status is inside, opened further back on its line (an NSError's `Code=8003 "RCN Fetch Failure:
      // Server returned error:code: 403. ... are blocked." UserInfo={...}`): what follows its closing quote, the printout's next `key=`, is not the message.
      else if (message === after && /^[^"]*"[ \t]+[A-Za-z_]\w{0,40}=/.test(message) && (t.slice(t.lastIndexOf("\n", said.index) + 1, said.index).match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1) {
        message = message.slice(0, message.search(/(?<!\\)"/)).trim();
      }
      // prawcore's "received 401 HTTP response" says no more than its status.
      if (/^received$/i.test(said[1]!)) message = message.replace(/^HTTP response\b[ \t]*[.:,-]?[ \t]*/i, "");
      // Nor does plivo-python's "Received status code 403 for the HTTP method \"POST\"": the call's method, not the server's words.
      message = message.replace(/^for the HTTP method ["']?[A-Z]{3,7}["']?\.?$/, "");
      message = withoutRuntimeTail(message);
      // A line set in bold ("**Error 403: rate_limit_exceeded**", a sign-in page copied as Markdown): its closing marks are no words.
      if (message.endsWith("**") && /\*\*[ \t]*$/.test(t.slice(t.lastIndexOf("\n", said.index) + 1, said.index))) message = message.slice(0, -2).trimEnd();
      // hub's "Error creating repository: Forbidden (HTTP 403)": the words before are only the reason phrase; the provider's message
      // is the next line. So it is when nothing follows the status on its line ("Error 400\nInvalid access token, ...").
      if (message === "" || (message !== after && !inBrackets && message.toLowerCase().endsWith((REASONS[said[2]!] ?? "\0").toLowerCase()))) {
        let next = lineBelow(t, said.index + said[0].length);
        // A printout's "Status Text:" line (its reason phrase) says no more than the status: the line labelled "Data:" below it is the
        // body's words (a Google Translate client's "Status Code: 403" / "Status Text: Forbidden" / `Data: "User Rate Limit Exceeded`).
        const statusText = next === undefined ? null : /^Status[ _]?Text:[ \t]*([A-Za-z][A-Za-z' -]{1,40})$/i.exec(next);
        if (statusText && isReasonOf(said[2]!, statusText[1]!.trim())) {
          const data = /^(?:Data|Body|Response(?: body)?):[ \t]*(.+)$/i.exec(lineBelow(t, lineEnd(t, said.index + said[0].length + 1)) ?? "")?.[1];
          next = data === undefined ? undefined : data.replace(/^"([^"]*)"?$/, "$1");
        }
        // A body labelled on the line below (rusoto's "Error: Status code was 403" over "Error response body: <?xml ...?>" and the
        // document on the lines after): the document, whole.
        const labelledXml = next === undefined ? null : /^(?:error[ _]?)?(?:response[ _]?)?body:[ \t]*(?=<)/i.exec(next);
        const xml = labelledXml ? xmlDocumentAt(t, t.indexOf(next!, said.index) + labelledXml[0].length) : undefined;
        if (xml !== undefined) message = xml;
        else if (next !== undefined && /^[A-Z]./.test(next)) message = next;
        // Or a message labelled below it, behind the same prefix, its value on that line or the next (go-shopify's logger:
        // "responseError Status: 429" / "responseError Message: " / "\"product: Daily variant creation limit reached. ...\"").
        else if (next !== undefined && message === "") {
          const labelled = /^(?:\S{1,60} )?Message:[ \t]*(.*)$/i.exec(next);
          const value = labelled?.[1]!.trim() || (labelled ? lineBelow(t, lineEnd(t, said.index + said[0].length + 1)) : undefined);
          if (value) message = value.replace(/^"(.*)"$/, "$1");
        }
      }
      // A sentence before the status on its line when nothing follows it, nor a line below (vimeo.php's "A valid user token must be passed.
      // Status code: 401", the API's error and then its status): the server's words, put first.
      if (message === "" && after === "" && !handsOver) {
        const before = t.slice(t.lastIndexOf("\n", said.index) + 1, said.index).trim();
        if (/^[A-Z][^\r\n{}[\]<>]{5,500}[.!]$/.test(before)) message = before;
      }
      // The status again and the server's words in quotes (winston-logzio's "Response: 401: 401 - \"Logging token is not valid\" Error:
      // There was a problem ..."): the quoted words.
      // (Not a body in them: n8n's "403 - \"<ErrorResponse ...>\"" is read as the document it quotes.)
      const quoted = new RegExp(`^${said[2]} - "([^"<{[\\\\\\r\\n][^"\\\\\\r\\n]{0,2000})"`).exec(message)?.[1];
      if (quoted !== undefined) message = quoted;
      // Maven's "Return code is: 502 , ReasonPhrase:Bad Gateway.", on one line or two: the status's own phrase, labelled.
      const phrase = /^[,;]?[ \t]*ReasonPhrase:[ \t]*([A-Za-z][A-Za-z ]{1,40}?)\.?$/.exec(message)?.[1];
      if (phrase !== undefined && isReasonOf(said[2]!, phrase)) message = "";
      // A body that starts on its line and that a terminal or a log wrapped across lines ("status=401, response={"error":"invalid_client",
      // "error_description":"\nAADSTS7000215: ...") is joined back; one the app logged on the lines below ("Response body:\n{...}")
      // is the response's too, in the message's place.
      const brace = message.indexOf("{");
      const braceAfter = t.indexOf("{", said.index + said[0].length - said[5]!.length);
      // (A status stated inside a value of the body, its line's brackets opened before it and closed after: qbo_api's `[{:fault_type=>...,
      // :error_detail=>"AuthorizationFailure: ..., statusCode: 500"}]`: the whole value is the body.)
      const lineStart = t.lastIndexOf("\n", said.index) + 1;
      const opens = /^[ \t]*(?=[[{])/.exec(t.slice(lineStart, lineStart + 200));
      const around = message !== after && opens ? bracketed(t, lineStart + opens[0].length) : undefined;
      const enclosing = around !== undefined && lineStart + opens![0].length + around.length > said.index + said[0].length - said[5]!.length ? around : undefined;
      const wrapped =
        enclosing ?? (brace < 0 || bracketed(message, brace) !== undefined || braceAfter < 0 ? undefined : bracketedAcrossWraps(t, braceAfter));
      // An XML error document that starts on its line goes on below it to its closing tag: the whole document is the body.
      // (Or on the line below a label alone: "HTTP Error Code: 504, Msg:" over QuickBooks' `<IntuitResponse>`.)
      const labelOnly = after === "" && said[5]!.trim() !== "" && !handsOver;
      const below1 = labelOnly ? /^\r?\n[ \t]*(?=<[A-Za-z?!])/.exec(t.slice(said.index + said[0].length, said.index + said[0].length + 200)) : null;
      const page = below1 ? said.index + said[0].length + below1[0].length : -1;
      const xml =
        message === after && message.startsWith("<")
          ? xmlDocumentAt(t, t.indexOf(message, said.index))
          : below1
            ? // (An HTML page there, node-bigcommerce's "... and body:" over it, whole or cut where the paste ends, is the body too.)
              (xmlDocumentAt(t, page) ?? (/^<(?:!DOCTYPE html|html)\b/i.test(t.slice(page, page + 20)) ? t.slice(page, page + 65_536) : undefined))
            : undefined;
      const below = wrapped ?? xml ?? (/^[{[]/.test(message) ? undefined : bodyNear(t, said.index + said[0].length, 1));
      // Only on its own line: a link on a line above is a log's or a CI runner's (GitHub Actions' "(https://github.com/.../job/...)"), not the request's.
      // Not the call a token was being fetched for (go-autorest's "Failed to refresh the Token for request to https://management.azure.com/...:
      // StatusCode=400 -- Original Error: adal: Refresh request failed"): the token endpoint answered, not that API.
      const lineBefore = t.slice(Math.max(t.lastIndexOf("\n", said.index) + 1, said.index - 2100), said.index);
      const forToken = /\bFailed to refresh the Token for request to https?:\/\//.test(lineBefore);
      const url = said[4]?.replace(/[:.,;]+$/, "") ?? urlAlone ?? urlLabelled ?? accessing?.[1] ?? (forToken ? undefined : lastUrlIn(lineBefore)) ?? urlInMessage(message);
      // Or an error body the app logged right above the line, however many lines it spans (cyberduck's "Map failure {\n\t\"error\":
      // {...}\n}" above Apache HttpClient's "status code: 403, reason phrase: Forbidden").
      // (The URL alone after the status is the request's, not the server's words: prismic-javascript's "Unexpected status code [503] on
      // URL https://...".)
      const urlOnly = /^(?:(?:on|for|at|from) (?:the )?(?:URL|url|URI|uri):? )?\(?https?:\/\/\S{1,2000}\)?\.?$/.test(message);
      const body = below ?? errorBodyAbove(t, said.index) ?? (message === "" ? bodyBeforeOnLine(t, said.index) : undefined) ?? (urlOnly ? undefined : message);
      const printed = printedRequestId(message) ?? printedRequestId(said[5]!);
      return {
        what: "an error status stated in words",
        status: num(said[2]),
        ...(said[3] ? { statusText: said[3] } : {}),
        ...(url ? { url } : {}),
        ...(body ? { body } : {}),
        ...(printed ? { headers: [printed.header], notes: [printed.note] } : {}),
      };
    },
  },
  {
    // An API named, then "returned" and the status: a CLI's own words for the answer it got (ms-teams-cli's "Permission denied:
    // Microsoft Graph returned 403 with no message"). The name is one or more capitalised words (the text names the provider, when it
    // is one, for the identification to read); the status ends its sentence, or is followed by what the API said ("with", a colon).
    name: "an API named, then the status it returned",
    find(t) {
      const m = /\b((?:[A-Z][A-Za-z0-9.]{1,30} ){0,3}[A-Z][A-Za-z0-9.]{1,30}) returned (?:an? |HTTP |status |error )?([45]\d\d)(?=[ \t]*(?:[.:,;]|\r?\n|$)| with\b| \()[ \t]*([^\r\n]{0,2000})/.exec(t);
      const statusAt = m ? m.index + m[0].indexOf(m[2]!, m[1]!.length) : -1;
      if (!m || inProse(t, statusAt, statusAt + 3)) return undefined;
      // "with no message" says there is none.
      const message = m[3]!.replace(/^[.:,;][ \t]*|^with no (?:message|body|details)\.?$/i, "").trim();
      return { what: "an API named, then the status it returned", status: num(m[2]), ...(message ? { body: message } : {}) };
    },
  },
  {
    // A JavaScript Error whose whole message is a status's reason phrase, its stack below it: what an HTTP client throws for the status
    // (@sendgrid/client's "UnhandledPromiseRejectionWarning: Error: Forbidden" over its `client.js` frame; `throw new Error(res.statusText)`
    // in an app's fetch helper, Cal.com's handleErrorsJson). Only when the stack shows a call's answer: a library's frame, one after an
    // await (`processTicksAndRejections`), or a function that handles a response; an app's own "Error: Forbidden" thrown in its code
    // stays the app's.
    name: "a JavaScript error named only by a reason phrase",
    find(t) {
      // (Or an SDK's error class, its code in brackets as Node prints it: the Vercel AI SDK's "APICallError [AI_APICallError]: Unauthorized".)
      const m = /(?:^|\n|: )[ \t]*(?:[A-Z][A-Za-z0-9]{0,60})?Error(?: \[[A-Za-z_]{1,60}\])?: ([A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z-]{1,20}){0,3})[ \t]*\r?\n(?=[ \t]+at [^\r\n]{1,400}(?:\(|:\d))/.exec(t);
      const status = m ? statusOfPhrase(m[1]!) : undefined;
      if (status === undefined || status < 400) return undefined;
      const frames = /^(?:[ \t]+at [^\r\n]{1,400}\r?\n?){1,12}/.exec(t.slice(m!.index + m![0].length, m!.index + m![0].length + 6000))?.[0] ?? "";
      if (!/node_modules[\\/]|\bprocessTicksAndRejections\b|\bat (?:[\w$]{1,60}\.)?(?:handle\w{0,40}|fetch\w{0,40}|request\w{0,40}|_?callback|response\w{0,40})\b/i.test(frames)) return undefined;
      return { what: "a JavaScript error named only by a reason phrase", status, statusSaid: `its message is the reason phrase of HTTP ${status}` };
    },
  },
  {
    // An API client's exception whose message is the status's reason phrase, then the server's words after a dash (mollie-api-dotnet's
    // "MollieApiException: Unprocessable Entity - Non-existent body parameter "$id" for this API call."): the phrase's status.
    name: "an API client's exception led by a reason phrase",
    find(t) {
      const m = /\b[A-Z][A-Za-z0-9]{0,60}(?:Api|API|Http|HTTP|Client|Request|Response)[A-Za-z0-9]{0,40}(?:Exception|Error): ([A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z-]{1,20}){0,3}) - (\S[^\r\n]{0,2000})/.exec(t);
      const status = m ? statusOfPhrase(m[1]!) : undefined;
      if (status === undefined || status < 400) return undefined;
      return { what: "an API client's exception led by a reason phrase", status, statusText: m![1]!, statusSaid: `its message begins with the reason phrase of HTTP ${status}`, body: m![2]!.trim() };
    },
  },
  {
    // A client's "Client error (NNN)" or "Server error (NNN)" for the URL it called (kreait/firebase-php's "Server error (401) for URL
    // https://....firebaseio.com/test.json with data "": Permission denied", inside PHP's uncaught exception): the status, the
    // URL, and the server's words after the last colon.
    name: "a client's or server's error with its status in brackets, for a URL",
    find(t) {
      const m = /\b(?:Client|Server) error \(([45]\d\d)\) for URL (\S{1,2000}?)(?: with data "[^"\r\n]{0,2000}")?:[ \t]+([^\r\n']{1,2000})/.exec(t);
      if (!m) return undefined;
      const url = /^https?:\/\//.test(m[2]!) ? m[2] : undefined;
      return { what: "a client's or server's error with its status in brackets, for a URL", status: num(m[1]), ...(url ? { url } : {}), body: m[3]!.trim() };
    },
  },
  {
    // A kind of error with its status in brackets, as a client words what the API did: qualtRics' "Qualtrics API raised a bad request
    // (400) error - Please report this on ..." and "raised an authentication (401) error - you may not have the required authorization".
    name: "a kind of error with its status in brackets",
    find(t) {
      const m = /\b(?:raised|returned|reported|threw|gave) an? [a-z][a-z -]{1,40} \(([45]\d\d)\) error\b[ \t]*(?:[-:–][ \t]*)?([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const message = m[2]!.trim();
      return { what: "a kind of error with its status in brackets", status: num(m[1]), ...(message ? { body: message } : {}) };
    },
  },
  {
    // A status in brackets that begins a line, then the message: the Dropbox Python SDK's first ErrorResponse
    // ("[401] u\"The given OAuth 2 access token doesn't exist or has expired.\"").
    name: "a status in brackets that begins a line",
    find(t) {
      // Or after the exception's class (webexteamssdk's "ApiError: [403] Forbidden - Failed to get activity. [Tracking ID: ...]").
      const m = /(?:^|\n|(?<=\b[A-Z][A-Za-z]{0,60}(?:Error|Exception): ))[ \t]*\[([45]\d\d)\] (?:u?(["'])([^\r\n]{1,2000})\2|([A-Z][^\r\n]{1,2000}))[ \t]*\r?(?:\n|$)/.exec(t);
      if (!m || inProse(t, t.indexOf("[", m.index) + 1, t.indexOf("]", m.index))) return undefined;
      let message = (m[3] ?? m[4]!).trim();
      // Webex's Tracking ID, its request id, in brackets after the message.
      const tracking = /[ \t]*\[Tracking ID: ([A-Za-z0-9_-]{8,128})\]$/.exec(message);
      if (tracking) message = message.slice(0, tracking.index).trim();
      // A server's own access log ("[500] GET /") is not a call's answer; a docs heading ("[403] Forbidden", explained below) says only the phrase.
      if (/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \//.test(message) || isReasonOf(m[1]!, message)) return undefined;
      return {
        what: "a status in brackets that begins a line",
        status: num(m[1]),
        // The reason phrase before a dash is the status's, not the provider's words.
        body: REASONS[m[1]!] !== undefined && message.startsWith(`${REASONS[m[1]!]} - `) ? message.slice(REASONS[m[1]!]!.length + 3) : message,
        ...(tracking
          ? { headers: [["X-Request-Id", tracking[1]!] as HeaderPair], notes: [`The Tracking ID the client printed (${tracking[1]}), Webex's request id, was read as the response's X-Request-Id.`] }
          : {}),
      };
    },
  },
  {
    // A status in round brackets that begins a line, then the message: Google's PHP and R clients' "(403) Quota Error: Number of recent
    // failed reporting API requests is too high, please implement exponential back off." (the words after "Error calling GET ...: ").
    name: "a status in round brackets that begins a line",
    find(t) {
      const m = /(?:^|\n|: )\(([45]\d\d)\) ([A-Z][^\r\n]{2,2000}?)[ \t]*\r?(?:\n|$)/.exec(t);
      if (!m || inProse(t, t.indexOf("(", m.index) + 1, t.indexOf(")", m.index)) || isReasonOf(m[1]!, m[2]!)) return undefined;
      return { what: "a status in round brackets that begins a line", status: num(m[1]), body: m[2]!.trim() };
    },
  },
  {
    // A status in brackets beside its own reason phrase, mid-line, then the body: PnPjs's "Error making HttpClient request in
    // queryable [403] Forbidden ::> {"odata.error": {...}}". The phrase the status's own makes the brackets a status, not a count.
    name: "a status in brackets beside its reason phrase",
    find(t) {
      const m = /\[([45]\d\d)\][ \t]+([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,3})[ \t]*(?:::>|[-:—])[ \t]*/.exec(t);
      if (!m || !isReasonOf(m[1]!, m[2]!) || inProse(t, m.index + 1, m.index + 4)) return undefined;
      const at = m.index + m[0].length;
      const body = t.charAt(at) === "{" || t.charAt(at) === "[" ? bracketed(t, at) : restOfLine(t, at).replace(/['"]$/, "");
      return { what: "a status in brackets beside its reason phrase", status: num(m[1]), statusText: m[2]!, ...(body ? { body } : {}) };
    },
  },
  {
    // spotipy's SpotifyException, as its logger prints it (a terminal may wrap it inside the params): "HTTP Error for GET to
    // https://api.spotify.com/v1/... with Params: {...} returned 401 due to Invalid access token".
    name: "spotipy's HTTP error",
    find(t) {
      // Its end first, then its start at most 4 KiB before: a pattern that spans the params from each start scanned 2 KiB per
      // repeated start ("HTTP Error for GET to ... with Params: " over and over took 600 ms on 5 MiB).
      const end = / returned (\d{3}) due to ([^\r\n]{0,2000})/.exec(t);
      if (!end) return undefined;
      const before = t.slice(Math.max(0, end.index - 4096), end.index);
      const at = before.lastIndexOf("HTTP Error for ");
      const m = at < 0 ? null : /^HTTP Error for ([A-Z]{3,7}) to (https?:\/\/\S{1,2000}) with Params: /.exec(before.slice(at));
      if (!m) return undefined;
      return { what: "spotipy's HTTP error", provider: "spotify", status: num(end[1]), method: m[1]!, url: m[2]!, body: end[2]!.trim() };
    },
  },
  {
    // .NET's EnsureSuccessStatusCode, in English: "System.Net.Http.HttpRequestException: Response status code does not indicate success:
    // 401 (Unauthorized)." Its own sentence wherever a log prints it, when the app said the status first in a
    // sentence of its own that the reader above stopped at (darc's "Non-continuable HTTP 401 error encountered ..."); a body the app
    // logged above it is the response's.
    name: ".NET EnsureSuccessStatusCode",
    find(t) {
      const m = /\bResponse status code does not indicate success: ([45]\d\d) \(([A-Za-z][A-Za-z ]{0,40})?\)/.exec(t);
      if (!m) return undefined;
      const body = errorBodyAbove(t, m.index);
      return { what: ".NET's HttpRequestException (EnsureSuccessStatusCode)", status: num(m[1]), ...(m[2] ? { statusText: m[2] } : {}), ...(body ? { body } : {}) };
    },
  },
  {
    // A status as .NET names it (`HttpStatusCode`), after "HTTP": Xero's .NET SDK's "HTTP TooManyRequests - Too many requests in the last day (day)";
    // after "HTTP status code:" (OpenAI-DotNet's) or "HttpStatusCode is" (Google.Apis' GoogleApiException: "The service script has thrown an
    // exception. HttpStatusCode is Forbidden. Request had insufficient authentication scopes.");
    // Power Automate's 'Flow client error returned with status code "Forbidden" and details "{...}"' and Copilot Studio's "failed to run
    // with response code 'BadGateway', error code: NoResponse. ...";
    // or after "status code ... was", the message then before it (ZendeskApiClient's "RecordInvalid: Record validation errors. Status code
    // retrieved was UnprocessableEntity"), or AutoRest's C# clients' "Operation returned an invalid status code 'Unauthorized'"
    // (the Bot Framework's connector), or .NET Framework's EnsureSuccessStatusCode as the Graph PowerShell module prints it ("Response
    // status code\ndoes not indicate success: Forbidden (Forbidden).", wrapped at the console's width), where nothing after the name says more;
    // or after "StatusCode:" (Entra ID's provisioning log: "StatusCode: BadRequest Message: Processing of the HTTP request resulted in an exception.";
    // a product's log of a Graph error: "Status Code: Forbidden Message: The user account ... Code: ErrorSendAsDenied"),
    // "Http Status Code" (the AWS SDK for .NET's "Error making request with Error Code Forbidden and Http Status Code Forbidden.") or
    // "failed with status code:" (the Graph .NET SDK's retry handler: "HTTP request failed with status code: ServiceUnavailable."), or
    // "error http code:" (the Xero .NET SDK's ApiResponseException: "Xero API returned error http code: ServiceUnavailable").
    name: "a .NET status name after HTTP",
    find(t) {
      const m = /\b(HTTP status code:|HttpStatusCode is|HTTP|Status ?Code:|Http Status Code|(?<=\bfailed with )status code:|(?<=\berror )http code:|[Ss]tatus [Cc]ode(?: [a-z]{1,20})? (?:was|is)|invalid status code|(?:returned with status|with response) code|[Ss]tatus(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,8})code(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,8})does(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,8})not(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,8})indicate(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,8})success:) ['"]?([A-Z][A-Za-z]{2,40})\b['"]?[ \t]*(?:[-:.,][ \t]*)?([^\r\n]{0,2000})/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[2]!) : undefined;
      if (status === undefined || status < 400 || inProse(t, m!.index, m!.index + m![1]!.length + 1 + m![2]!.length)) return undefined;
      // The AWS SDK for .NET's words name the service's error code before the status ("Error making request with Error Code
      // SignatureDoesNotMatch and Http Status Code Forbidden."): AWS's body, for its signals to read, when nothing else came.
      const awsCode = m![1] === "Http Status Code" ? AWS_DOTNET_ERROR.exec(t.slice(Math.max(0, m!.index - 200), m!.index + m![0].length - m![3]!.length)) : null;
      if (awsCode) return { what: "the AWS SDK for .NET's service error", status, provider: "aws", rebuilt: awsDotnetBody(awsCode[1]!) };
      if (/success:$/.test(m![1]!)) return { what: "a status as .NET names it", status, ...(/^\([A-Za-z ]{1,60}\)\.?$/.test(m![3]!.trim()) ? {} : { body: m![3]!.trim() }) };
      // The body labelled after it, however many lines it spans (OpenAI-DotNet's "HTTP status code: Unauthorized | Response body: {\n ...").
      // Or Power Automate's 'Flow client error returned with status code "Forbidden" and details "{...}"'.
      // Or AutoRest's HttpOperationException as PowerShell lists it on one line (MicrosoftPowerBIMgmt's "Operation returned an invalid status
      // code 'TooManyRequests' Exception : ... Response : StatusCode : TooManyRequests ReasonPhrase : ... Content : {"message": ...} Headers : ...").
      const labelled = /^(?:\|?[ \t]*Response body:|and details ")[ \t]*(?=[{[])/.exec(m![3]!) ?? (m![1] === "invalid status code" ? /\bContent[ \t]*:[ \t]*(?=[{[])/.exec(m![3]!) : null);
      const open = labelled ? m!.index + m![0].length - m![3]!.length + labelled.index + labelled[0].length : -1;
      const body = open < 0 ? undefined : bracketed(t, open);
      if (body !== undefined) return { what: "a status as .NET names it", status, body };
      // (The Graph .NET SDK's retry handler's message is the words before "(HTTP request failed with", its exception's class left out.)
      const before = /^(?:HTTP|HTTP status code:|HttpStatusCode is)$/.test(m![1]!)
        ? ""
        : t.slice(t.lastIndexOf("\n", m!.index) + 1, m!.index).trimEnd().replace(/\(?[ \t]*HTTP request failed with$/, "").replace(/^[\w.]{1,200}(?:Exception|Error): /, "").trim().replace(/^Operation returned an$/, ""); // (AutoRest's own words, no message)
      // (Google.Apis' GoogleApiException, quoted by Visual Studio: "... HttpStatusCode is Forbidden. Request had insufficient ...'".)
      // (Entra's provisioning log gives the SCIM server's words after .NET's generic message: "... Web Response: Value not supported
      // for attribute department. ... This operation was retried 0 times.")
      const web = /\bWeb Response: (.{1,2000}?)(?: This operation was retried \d|"?$)/.exec(m![3]!);
      const after = m![3]!.trim().replace(/'$/, "").replace(/^Message: /, "");
      const message = web?.[1] ?? (/\p{L}/u.test(after) ? after : before);
      return { what: "a status as .NET names it", status, ...(message ? { body: message } : {}) };
    },
  },
  {
    // The status after the URL that answered it: the Datadog Agent's forwarder ("Invalid response from https://process.datadoghq.com:
    // 403 -> %!s(<nil>)"), an app's "Unexpected response from https://...: 503", YouTrack's PHP client's "Error for 'https://...': 400".
    name: "a status after the URL that answered it",
    find(t) {
      const m = /\b(?:(?:[Ii]nvalid|[Uu]nexpected|[Bb]ad|[Ee]rror) response from (https?:\/\/\S{1,2000}?)|Error for '(https?:\/\/[^\s']{1,2000})'):? ([45]\d\d)(?![\d.])/.exec(t);
      if (!m || inProse(t, m.index + m[0].length - 3, m.index + m[0].length)) return undefined;
      // (Not PHP's place of the throw after an uncaught exception's message: "... 400 in /var/www/.../Connection.php:123".)
      const message = t.slice(m.index + m[0].length, lineEnd(t, m.index)).replace(/^[ \t]*(?:->|[-:,])[ \t]*/, "").replace(/%!s\(<nil>\)/, "").replace(/^[ \t]*in \S{1,2000}\.php(?::\d{1,9}| on line \d{1,9})\b[^\r\n]{0,2000}$/, "").trim();
      return { what: "a status after the URL that answered it", status: num(m[3]), url: (m[1] ?? m[2])!, ...(/\p{L}/u.test(message) ? { body: message } : {}) };
    },
  },
  {
    // A status, a comma and the API's error code before its message, as the Transifex CLI prints a JSON:API error (`fmt.Sprintf("%d, %s:
    // %s", status, code, detail)`: "ERROR   Fetching stats: 404, not_found: No `Project` resource found ...", "... - 500, server_error:
    // Something went wrong, please try again"). The code is snake case, or the status's own reason in one word ("401, unauthorized: ..."):
    // a list of statuses ("retries on 500, 502: ...") has none.
    name: "a status, a comma and an error code before the message",
    find(t) {
      const m = /(?:^|[ \t])([45]\d\d), ([a-z]{2,30}(?:_[a-z]{2,30}){0,4}): ([A-Z`'"][^\r\n]{2,2000})/.exec(t);
      if (!m || (!m[2]!.includes("_") && !isReasonOf(m[1]!, m[2]!))) return undefined;
      const at = m.index + m[0].length - m[3]!.length - m[2]!.length - 2;
      if (inProse(t, m.index, at)) return undefined;
      return { what: "a status, a comma and the API's error code before its message", status: num(m[1]), body: `${m[2]}: ${m[3]!.trim()}` };
    },
  },
  {
    // A status, its reason phrase and the body, each printed on a line of its own (Ruby's `puts res.code, res.message, res.body` of
    // Net::HTTP, Python's `print(r.status_code, r.reason, r.text, sep="\n")`). The body is required: a docs page's list of statuses,
    // each above its reason and its explanation in words, is no response.
    name: "a status, its reason and its body on lines of their own",
    find(t) {
      const m = /(?:^|\n)[ \t]*([45]\d\d)[ \t]*\r?\n[ \t]*([A-Z][A-Za-z' -]{1,40}?)[ \t]*\r?\n[ \t]*(?=[{[<])/.exec(t);
      if (!m || !isReasonOf(m[1]!, m[2]!)) return undefined;
      const at = m.index + m[0].length;
      const body = bracketed(t, at) ?? restOfLine(t, at);
      return { what: "a status, its reason phrase and its body on lines of their own", status: num(m[1]), statusText: m[2]!, body };
    },
  },
  {
    // A status as .NET names it (`HttpStatusCode`'s name) after "failed with status code", as a .NET client words a failed call:
    // PnP.PowerShell's "Invoke-PnPGraphMethod: Call to Microsoft Graph URL https://graph.microsoft.com/... failed with status code
    // Forbidden: User is not authorized ...", the Bot Framework's "Authorization for Microsoft App ID ... failed with status code
    // Forbidden and reason phrase 'Forbidden'". The URL called before it, the words after its colon.
    name: "a .NET status name after 'failed with status code'",
    find(t) {
      const m = /\bfailed with status code ([A-Z][A-Za-z]{2,40})\b(?: and reason phrase '[^'\r\n]{0,80}')?(?:[ \t]*[:.][ \t]*([^\r\n]{0,2000}))?/.exec(t);
      const status = m ? DOTNET_STATUS_NAMES.get(m[1]!) : undefined;
      if (status === undefined || inTestCode(lineAt(t, t.lastIndexOf("\n", m!.index) + 1))) return undefined;
      const url = lastUrlIn(t.slice(Math.max(t.lastIndexOf("\n", m!.index) + 1, m!.index - 2100), m!.index));
      const message = m![2]?.trim();
      return { what: "a status as .NET names it, after \"failed with status code\"", status, ...(url ? { url } : {}), ...(message ? { body: message } : {}) };
    },
  },
  {
    // A status as .NET names it right before the JSON body an app logs after it (`$"... failed: {response.StatusCode} {body}"`: "Threads
    // publish failed for creationId 1807...: BadRequest {"error":{...}}"): that status and that body. Only the names of error statuses.
    name: "a .NET status name before a JSON body",
    find(t) {
      const m = t.includes(' {"') ? DOTNET_NAME_BEFORE_BODY.exec(t) : null;
      if (!m || inTestCode(lineAt(t, t.lastIndexOf("\n", m.index) + 1))) return undefined;
      const body = bracketed(t, m.index + m[0].length);
      return body === undefined ? undefined : { what: "a status as .NET names it before a JSON body", status: DOTNET_STATUS_NAMES.get(m[1]!)!, body };
    },
  },
  {
    // The Azure CLI's HTTPError, its reason phrase with the body in brackets (`raise HTTPError(reason, r)`, printed as "ERROR:
    // Forbidden({"error":{"code":"Authorization_RequestDenied",...}})", and so by `az rest`): the status that phrase names, that body.
    name: "a reason phrase with the body in brackets",
    find(t) {
      const m = /(?:^|[\s:])([A-Z][a-z]{1,20}(?: [A-Z]?[a-z-]{1,20}){0,3})\(\{/.exec(t);
      const status = m ? statusOfPhrase(m[1]!) : undefined;
      if (status === undefined || status < 400) return undefined;
      const open = m!.index + m![0].length - 1;
      const whole = bracketed(t, open);
      if (whole !== undefined && t.charAt(open + whole.length) !== ")") return undefined;
      // A body cut off at its line's end (an issue's copy of `az rest`'s "Forbidden({"error":{"code":
      // "Authorization_RequestDenied",...,"innerError":{"date":...`): read up to its last whole member, and said to be.
      const body = whole ?? closeCutJson(t.slice(open, Math.min(lineEnd(t, open), open + 65_536)).trimEnd());
      if (body === undefined) return undefined;
      return {
        what: "a reason phrase with the body in brackets (the Azure CLI's HTTPError)",
        status,
        statusText: m![1]!,
        body,
        ...(whole === undefined ? { notes: ["The body is cut off at the end of its line: it was read up to its last whole member."] } : {}),
      };
    },
  },
  {
    // An exception whose whole message is a reason phrase of several words, the status's own name for itself (ShopifySharp's "Error:
    // Internal Server Error   at ShopifySharp.ShopifyService.CheckResponseExceptions(...)", superagent's "Error: Service Unavailable"):
    // that status. A phrase of one word ("Error: Forbidden", "Error: Gone") says it too, but is also every app's own word, and is left,
    // unless the exception's class names HTTP (ky's `HTTPError: Forbidden`, its message the response's `statusText`).
    name: "an exception whose message is a reason phrase",
    find(t) {
      const m = REASON_MESSAGE.exec(t) ?? HTTP_ERROR_WORD.exec(t);
      const status = m ? (PHRASE_STATUS.get(m[1]!) ?? WORD_STATUS.get(m[1]!)) : undefined;
      if (status === undefined || inTestCode(lineAt(t, t.lastIndexOf("\n", m!.index) + 1))) return undefined;
      return { what: "an exception whose message is its status's reason phrase", status, statusText: m![1]! };
    },
  },
  {
    // An error's code that is a status's .NET name of several words, at a line's start (after a CI log's "##[error]"), then its message
    // (Azure Resource Manager's `TooManyRequests`, as an Azure Pipelines task prints it: "##[error]TooManyRequests: Too many requests
    // received. Retry after some time."): that status. A name of one word ("Forbidden: ...") is also every app's own word, and is left.
    name: "an error code that is a status's .NET name, then its message",
    find(t) {
      const m = DOTNET_CODE_LINE.exec(t);
      if (!m) return undefined;
      return { what: "an error code that is a status's .NET name", status: DOTNET_STATUS_NAMES.get(m[1]!)!, body: m[2]!.trim() };
    },
  },
  {
    // A status under a name a prefix runs into (RevenueCat's `rc_response_status_code=401` in an NSError's user info, python-okx's
    // "ResponseStatusError: Error response_status_code 401", AzAPICall's debug log "apiStatusCode: '401' (Unauthorized)"), which the
    // words' reader, reading whole words, does not see.
    name: "a status under a prefixed name",
    find(t) {
      const m = /_status_code[= ]([45]\d\d)\b|StatusCode: '([45]\d\d)'(?: \(([A-Za-z ]{1,40})\))?/.exec(t);
      if (!m || !/[a-z]/.test(t.charAt(m.index - 1))) return undefined;
      return { what: "a status under a prefixed name", status: num(m[1] ?? m[2]), ...(m[3] ? { statusText: m[3] } : {}) };
    },
  },
  {
    // A status alone on its line above the response's headers as a dict (Python's `print(r.status_code)` then `print(r.headers)`;
    // vdirsyncer's debug log, each line after its level: "debug: 401\ndebug: {'Vary': ..., 'WWW-Authenticate': 'Bearer ...'}").
    // The headers are read from the dict, as for any printout that prints them so.
    name: "a status alone on its line above the headers' dict",
    find(t) {
      if (!t.includes("{'")) return undefined;
      const m = /(?:^|\n)[ \t]*(?:(?:debug|info|warning|error): )?([45]\d\d)[ \t]*\r?\n[ \t]*(?:(?:debug|info|warning|error): )?\{'[A-Za-z][\w-]{0,60}': '/.exec(t);
      if (!m) return undefined;
      // Python's repr quotes a value holding a single quote with double ones, and keeps a double quote in a single-quoted one.
      const at = t.lastIndexOf("{", m.index + m[0].length);
      const headers: HeaderPair[] = [];
      for (const p of t.slice(at, lineEnd(t, at)).slice(0, 65_536).matchAll(PY_DICT_PAIR)) if (headers.length < MAX_HEADERS) headers.push([p[1]!, p[2] ?? p[3]!]);
      // A dict of other things (an app's `{'user': 'bob'}`) is no response's headers: one a response always sends must be among them.
      if (!headers.some(([name]) => COMMON_HEADER.test(name))) return undefined;
      return { what: "a status printed alone above the headers' dict", status: num(m[1]), headers };
    },
  },
  {
    // postgrest-dart's error (supabase_flutter's) for a response whose body is no PostgREST error (a gateway's text: Envoy's "upstream
    // connect error ..."): the body as `message`, the status as `code` and its reason phrase as `details` ("PostgrestException(message:
    // upstream connect error or disconnect/reset before headers. ..., code: 503, details: Service Unavailable, hint: null"). A
    // PostgREST error's own code is a word or a five-character SQLSTATE, never a status beside its reason.
    name: "postgrest-dart's error for a body it could not read",
    find(t) {
      const m = /\bPostgrestException\(message: ([^\r\n]{0,2000}?), code: ([45]\d\d), details: ([A-Z][A-Za-z' -]{1,40}?),/.exec(t);
      if (!m || !isReasonOf(m[2]!, m[3]!)) return undefined;
      return { what: "postgrest-dart's PostgrestException (its code is the status, its details the reason)", status: num(m[2]), statusText: m[3]!, body: m[1]!, provider: "supabase", providerBy: "postgrest-dart's PostgrestException (supabase_flutter's client)" };
    },
  },
  {
    // An API's error type, its status and its message joined by dashes: Pipedream's Airtable app ("NOT_AUTHORIZED - 403 - You are
    // not authorized to perform this operation").
    name: "an error type, status and message joined by dashes",
    find(t) {
      const m = /(?:^|\n)[ \t]*([A-Z][A-Z0-9_]{2,60}) - ([45]\d\d) - ([A-Z][^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      return { what: "an error type, status and message joined by dashes", status: num(m[2]), rebuilt: { value: { error: { type: m[1], message: m[3]!.trim() } }, from: `the body rebuilt from the error type (${m[1]}) and message printed beside the status` } };
    },
  },
  {
    // .NET's WebException in the system's language: "远程服务器返回错误: (403) 已禁止。", "Der Remoteserver hat einen Fehler zurückgegeben:
    // (401) Nicht autorisiert.", "Удаленный сервер возвратил ошибку: (429) ...", "Le serveur distant a retourné une erreur : (401) Non autorisé."
    // (the English one is read with its reason phrase above). The status in brackets after a colon, then words.
    name: "an error status in brackets after a colon, in any language",
    find(t) {
      const m = /[^\s:(][ \t]?:[ \t]\(([45]\d\d)\)[ \t]?(\p{L}[^\r\n]{0,200})/u.exec(t);
      if (m && !inProse(t, m.index + m[0].indexOf("(") + 1, m.index + m[0].indexOf(")"))) {
        return { what: "an error status in brackets after a colon", status: num(m[1]), statusText: m[2]!.trim().replace(/[.。]$/, "") };
      }
      // A status .NET Framework has no name for (429) comes with none: "The remote server returned an error: (429) ." (PnP.PowerShell).
      const bare = /\bThe remote server returned an error: \(([45]\d\d)\)[ \t]?\.?(?=[ \t]|\r?\n|$)/.exec(t);
      return bare ? { what: "an error status in brackets after a colon", status: num(bare[1]) } : undefined;
    },
  },
  {
    // An exception whose message is the status in brackets after HTTP (the Shopify Mobile Buy SDK's "com.shopify.buy3.GraphError$HttpError:
    // HTTP(403)"), the rest of its line its message.
    name: "an exception's HTTP(status)",
    find(t) {
      const m = /(?<![\w$.])[A-Za-z][\w$.]{0,200}(?:Error|Exception): HTTP\(([45]\d\d)\)(?![\w(])[ \t]*[:.-]?[ \t]*([^\r\n]{0,2000})/.exec(t);
      return m ? { what: "an exception's HTTP(status)", status: num(m[1]), ...(m[2]!.trim() ? { body: m[2]!.trim() } : {}) } : undefined;
    },
  },
  {
    // An exception as Monolog writes it in a PHP app's log, "[object] (Trello\\Exception\\RuntimeException(code: 429): Rate limit
    // exceeded at /var/www/.../ErrorListener.php:62)": an API client's code is the status it got (Guzzle's, and the clients built on it).
    name: "a PHP exception's (code: status)",
    find(t) {
      const m = /[A-Za-z](?:Exception|Error)\(code: ([45]\d\d)\): ([^\r\n]{1,2000})/.exec(t);
      if (!m) return undefined;
      const at = m[2]!.search(/ at (?:[A-Za-z]:)?[\\/]/);
      const message = (at < 0 ? m[2]! : m[2]!.slice(0, at)).trim();
      return /[A-Za-z]{2}/.test(message) ? { what: "a PHP exception's `(code: status)`, as Monolog logs it", status: num(m[1]), body: message } : undefined;
    },
  },
  {
    // newrelic-client-go's "Error: 401 response returned: Bad API Key or no API Key provided, null" (the Terraform provider's):
    // the status, then the server's words.
    name: "a status and 'response returned:'",
    find(t) {
      const m = /(?:^|: )([45]\d\d) response returned: ([^\r\n]{1,2000})/m.exec(t);
      return m ? { what: "a status and the response's words", status: num(m[1]), body: m[2]!.trim().replace(/, null$/, "") } : undefined;
    },
  },
  {
    // A status, its message and the request's URL in brackets, after the words of the error that wraps them (gddo's "failed getting
    // github.com/o/r: 401: Bad credentials (https://api.github.com/repos/o/r)").
    name: "a status and message with the request URL in brackets",
    find(t) {
      const m = /(?:^|: )([45]\d\d): ([A-Z][^\r\n()]{1,500}) \((https?:\/\/[^\s()"'<>]{1,2000})\)[ \t]*\r?$/m.exec(t);
      return m ? { what: "a status and its message, with the request URL", status: num(m[1]), url: m[3]!, body: m[2]!.trim() } : undefined;
    },
  },
  {
    // A status line quoted inside a line, whatever its reason phrase (a line that starts with one is a response, read
    // whole): teamcity-plugins' "Failed to complete request. Status: HTTP/1.1 429 Unknown Status Code" (Bitbucket), its
    // message on the next line. A lowercase word after it is prose ("returns HTTP/1.1 404 when ...").
    name: "a status line inside a line",
    find(t) {
      const m = statusLineInside(t);
      if (!m) return undefined;
      // In brackets with the body after it on its line (the Square PHP SDK's "[HTTP/2 401] {"errors": [...]}"): that body.
      const restAt = m.index + m[0].length - (m[2]?.length ?? 0);
      const after = /^[ \t]*\][ \t]*(?=[{[])/.exec(t.slice(restAt, restAt + 40));
      const inline = after ? bracketed(t, restAt + after[0].length) : undefined;
      if (inline !== undefined) return { what: "a status line inside a line", status: num(m[1]), body: inline };
      const reason = m[2]?.trim();
      const next = lineBelow(t, m.index + m[0].length);
      return { what: "a status line inside a line", status: num(m[1]), ...(reason ? { statusText: reason } : {}), ...(next ? { body: next } : {}) };
    },
  },
];

/** A line that starts (after a CI log's "##[error]" or time) with an error status's .NET name of several words, then ": " and a sentence. */
const DOTNET_CODE_LINE = new RegExp(
  `(?:^|\\n)(?:[\\d:.TZ-]{10,40}[ \\t]+)?(?:##\\[error\\])?(${[...DOTNET_STATUS_NAMES].filter(([name, n]) => n >= 400 && /^[A-Z][a-z]+[A-Z]/.test(name)).map(([name]) => name).join("|")}): ([A-Z][^\\r\\n]{4,2000})`,
);

/** An error status's .NET name after a blank or a colon, then a JSON object on its line (`: BadRequest {"error": ...}`). */
const DOTNET_NAME_BEFORE_BODY = new RegExp(`(?<=[:\\s])(${[...DOTNET_STATUS_NAMES].filter(([, n]) => n >= 400).map(([name]) => name).join("|")}) (?=\\{")`);

/** The error statuses by their reason phrases of several words ("Internal Server Error" → 500), also run together as .NET names them ("BadGateway"). */
const PHRASE_STATUS = new Map(
  REASON_PHRASES.filter(([, r]) => r.includes(" ")).flatMap(([n, r]) => [[r, Number(n)], [r.replace(/ /g, ""), Number(n)]] as const),
);

/**
 * An exception's message that is only a reason phrase, ending its line or followed by the stack's "at" (.NET prints it on the same
 * line), its class at a line's start or after a log's " - " (the QuickBooks .NET SDK's "... - Intuit.Ipp.Exception.IdsException: BadGateway"),
 * its class also in Ruby's namespaces (the fastly gem's "Fastly::Error: Internal Server Error"); or that phrase after an
 * app's "<Name> API error: " in it ("Error: Lemon Squeezy API error: Unprocessable Entity"), or a client's "API request failed: " (the
 * replicate package's before 1.0, which threw the response's `statusText` so: "Error: API request failed: Payment Required").
 */
const REASON_MESSAGE = new RegExp(`(?:^|\\n|(?<= - ))[ \\t]*(?:[^\\s\\w]{1,2}[ \\t]+)?(?:[\\w.:]{0,200}(?:Error|Exception)): (?:[A-Z][\\w .-]{0,60}? API error: |API request failed: )?(${[...PHRASE_STATUS.keys()].join("|")})[ \\t]*(?=\\r?\\n|$|[ \\t]at [\\w.<])`);

/** The error reason phrases of one word (`Forbidden`), each with its status. */
const WORD_STATUS = new Map(REASON_PHRASES.filter(([n, r]) => !r.includes(" ") && Number(n) >= 400).map(([n, r]) => [r, Number(n)] as const));

/** An exception of a class named for HTTP whose message is a reason phrase of one word, as {@link REASON_MESSAGE} ends it. */
const HTTP_ERROR_WORD = new RegExp(`(?:^|\\n|(?<= - ))[ \\t]*(?:[\\w.:]{0,200}[.:])?(?:HTTPError|HttpError|HTTPException|HttpException): (${[...WORD_STATUS.keys()].join("|")})[ \\t]*(?=\\r?\\n|$|[ \\t]at [\\w.<])`);

/** A pair of a Python dict of headers as `repr` prints it: `'Vary': 'Origin'`, `'WWW-Authenticate': 'Bearer realm="..."'`. */
const PY_DICT_PAIR = /'([A-Za-z0-9-]{1,100})': (?:'((?:[^'\\\r\n]|\\.){0,2000})'|"((?:[^"\\\r\n]|\\.){0,2000})")/g;

/** A status line quoted inside a line, not in prose: its status (group 1) and its reason (group 2). */
function statusLineInside(t: string): RegExpExecArray | undefined {
  const m = /\bHTTP\/\d(?:\.\d)?[ \t]+([45]\d\d)(?![\d.])(?:[ \t]+([^\r\n]{1,200}))?/.exec(t);
  // A lowercase word after it is prose ("HTTP/1.1 404 responses"); a lowercase code is Dropbox's reason phrase, its error summary
  // ("HTTP/1.1 409 path/malformed_path/", rclone's debug log of one).
  return !m || /^[a-z][a-z'-]*(?![\w/])/.test(m[2] ?? "") || inProse(t, m.index, m.index + m[0].length - (m[2]?.length ?? 0)) ? undefined : m;
}

/**
 * `status`, `status code`, `status code is`, `status code does not indicate success` (.NET's HttpClient, PowerShell 7's
 * `Invoke-RestMethod`: "Response status code does not indicate success: 401 (Unauthorized)."), `HttpStatusCode`, `HTTP_STATUS`, `status-code`, `status of` (Chrome's "the server responded
 * with a status of 401 (Unauthorized)"), `[status code]` (Guzzle 3), `http_code: '401'`, `HTTP error`, `HTTP return code` (CiviCRM's
 * SparkPost extension: "Sparkpost error: HTTP return code 503"),
 * `HTTP/401`, `response code`, `failed with` (twitter-api-v2's "Request failed with code 402"), `failed (401)` (the GitHub CLI's first
 * releases: "http error, 'https://api.github.com/graphql' failed (401): 'Bad credentials'"), `Error response 403:` before the exception a server
 * answered with (Keycloak's error handler's log: "Error response 403: org.keycloak.services.ForbiddenException"), `returned a` (with the reason in brackets after the status:
 * "returned 404 results" is no status), `error response [403]`, `error - [429]`, `http code error[429]` (devlake's retry log), `Error 400` and `API error: 401` ending their line
 * (not a log level's "ERROR: 400"), `Error:500:` (a bot's "Openai Error:500:server_error:The server had an error ..."), `error=403` (Apprise's "Failed to send Twitter POST to https://...: error=403."), `response: 429` ending its line (slackin's "Invalid Slack response: 429"), `Error 403:` (pafy's "Youtube Error 403: Daily Limit
 * Exceeded"), `Error code: 429` (an app's "Error code: 429 (Too many request)"), Chinese `状态码: 400` ("status code", ddns-go's
 * "返回状态码: 400"), .NET's WebException in Chinese ("远程服务器返回错误：（401）未经授权", full-width brackets), `Error: [503 ]` (the Firebase AI SDK's, the reason an HTTP/2 response never has left out), `ClientResponseError 403:` (an
 * exception's class ending in Error or Exception before the status and a colon: the PocketBase SDK's), `responded with a 403.` ending
 * its line (vault-ruby's "The Vault server at `...' responded with a 403."), then an error status
 * (not a digit after it: `status code 429This request` is one), a reason in brackets, `for <url>`,
 * separators, and the message on the rest of the line.
 */
const STATUS_IN_WORDS =
  /(?:\b|(?=状态码|狀態碼|远程服务器)|(?<=^|\n)(?=\[[45]\d\d\]: (?!<?https?:\/\/)\S))((?:http[ _]?)?status(?:[ _-]?code)?(?: of| is| does not indicate success| was unacceptable| was)?|http[ _]code|return code is|(?<=\bfailed to run by )returning code of|HTTP(?: error(?: code)?| response(?: code)?| status| return code)?|response[ -]code|failed with(?: the)?(?: code)?|failed(?= \([45]\d\d\))|rejected(?= \([45]\d\d\))|returned(?: an?)?(?= [45]\d\d \()|(?<=\bRequest to https?:\/\/\S{1,2000} )returned(?= [45]\d\d[;,:])|(?<=\bProviderApiError: request to [a-z][\w.-]{1,40} )returned(?= [45]\d\d\b)|(?<=\bAPI )returned(?= [45]\d\d: [A-Za-z])|(?<!\b[Yy]ou )received(?: an?)?(?= [45]\d\d (?:error|response)\b)|(?<!\b[Yy]ou )got(?: an?)?(?= [45]\d\d (?:response|error)\b)|(?<!\b(?:you|will|would|may|might|can|could|should) )(?:get|got|getting|receiv(?:e|ed|ing)|returned|returning)(?: (?:an?|the following|following|this|these))?(?: HTTP)?(?= [45]\d\d (?:response|error)s?\b[^\r\n]{0,80}:[ \t]*\r?\n)|(?:http code )?(?:error|response)(?=[ -]{0,3}\[|: \[[45]\d\d[ \t]?\])|error response(?= [45]\d\d while (?:fetching|requesting|calling) https?:\/\/)|Error response(?= [45]\d\d: (?:[a-z][\w$]{0,60}\.){1,12}[A-Z]\w{0,80}(?:Exception|Error)\b)|failed with error code(?= '[45]\d\d')|(?<=\b[A-Za-z][A-Za-z0-9-]{1,30} )API(?= \([45]\d\d\)[.:,]?(?:[ \t]|$))|received(?= [45]\d\d: [A-Za-z])|(?<=(?:Error|Exception): )received(?= [45]\d\d [A-Za-z]{2})|(?<![a-z] )got HTTP(?= [45]\d\d with (?:content|body)\b)|responded with an?(?= [45]\d\d[.:,]?[ \t]*(?:\r?\n|$))|(?:invalid|unexpected|unknown|bad) response(?= (?:- )?['"]?[45]\d\d[.:,]?(?:[ \t]|$))|(?:http)?error(?= [45]\d\d(?: ?:|, response| [A-Z]|[ \t]*(?:\r?\n|$))|=[45]\d\d\b|:[45]\d\d:)|(?<=\()error(?= [45]\d\d\):)|(?<=\breceived )(?<!\bif\b[^.\n]{0,60}received )error(?= [45]\d\d \()|(?<=\b(?:reported|returned|got|received) an? (?:[a-z]{1,20} ){0,3})error(?= \([45]\d\d\):)|[A-Z][A-Za-z0-9]{0,60}(?:Error|Exception)(?= [45]\d\d: \S)|received(?= [45]\d\d HTTP response\b)|api error:(?= [45]\d\d(?:[ \t]*(?:\r?\n|$)| - \S))|(?<=\b(?:[Ss]erver|API|[Hh]ost) )responded(?= [45]\d\d: \S)|api error(?= \([45]\d\d [A-Za-z])|response:(?= [45]\d\d[ \t]*(?:\r?\n|$)| [45]\d\d: [45]\d\d\b)|response(?= [45]\d\d:[ \t]*\r?\n[ \t]*[{[])|failed:(?= [45]\d\d(?:[ \t]*(?:\r?\n|$)| [A-Z]))|error:? ?code(?=: [45]\d\d\b)|\bCode(?=: [45]\d\d, [Mm]essage: \S)|ERROR_HTTP(?=_[45]\d\d\b)|(?<=\bexpected:? [1-5]\d\d(?: "[A-Za-z ]{1,40}")?,? )got(?=:? [45]\d\d\b)|状态码|狀態碼|远程服务器[返反]回错误|(?<=^|\n)(?=\[[45]\d\d\]: (?!<?https?:\/\/)\S))(?:[：:；=\]/ _[-]{1,3}|:[ \t]*\r?\n[ \t]*(?=[45]\d\d[ \t]*(?:\r?\n|$)))['[(（`]?([45]\d\d)(?!\d)(?:'|`|[ \t]?\]|）)?(?:(?<=\([45]\d\d)\))?(?: \(([A-Za-z][A-Za-z ]{1,40})?\))?(?: (?:for|while (?:fetching|requesting|calling)) (?:URL: |request [A-Z]{3,7} )?(https?:\/\/\S{1,2000}))?[ \t]*[.:,;|-]?[ \t]*([^\r\n]{0,2000})/i;

/**
 * An error body the paste printed before `at` (within 16 KiB, the nearest of eight objects that open `{"`) that states `status`
 * itself (see `ownStatus`); `undefined` when none does.
 */
function bodyStatingAbove(t: string, at: number, status: number): string | undefined {
  const from = Math.max(0, at - 16_384);
  let tries = 0;
  for (let open = t.lastIndexOf('{"', at); open >= from && tries < 8; open = open > 0 ? t.lastIndexOf('{"', open - 1) : -1, tries++) {
    const text = bracketed(t, open);
    if (text === undefined || open + text.length > at) continue;
    const read = readJson(text);
    if (read.ok && isRecord(read.value) && ownStatus(read.value) === status) return text;
  }
  return undefined;
}

/**
 * The request's URL in the message after a status: labelled (Guzzle 3's "[url] https://...", Unity's "url - https://..."),
 * the request after it (Flurl's "...429 (): GET https://...", Spring WebClient's "401 Unauthorized from POST https://..."), or in brackets that end it (the GitHub CLI's
 * "HTTP 403: <message> (https://api.github.com/...)"). Any other link in a message is the docs', not the request's.
 */
function urlInMessage(message: string): string | undefined {
  return (
    /(?:\[url\]|\burl(?:[ \t]*[:=-])?|^(?:from )?(?:GET|POST|PUT|PATCH|DELETE|HEAD))[ \t]+(https?:\/\/[^\s"'<>]{1,2000})/i.exec(message)?.[1]?.replace(/[.:,]$/, "") ??
    /\((https?:\/\/[^\s()"'<>]{1,2000})\)$/.exec(message)?.[1]
  );
}

/** A line that ends right after `at` (blanks only), then its next line: what it goes on to say. */
const LINE_BELOW = /[ \t]*\r?\n[ \t]*([^\r\n]{1,2000})/y;

/**
 * A JSON body that ends on the line of `at`, a few words before it, when nothing follows the status: the body logged first,
 * the status after it (ddns-go's "返回内容: {...} ,返回状态码: 400", "content: {...}, status code: 400"); else `undefined`.
 */
function bodyBeforeOnLine(t: string, at: number): string | undefined {
  const lineStart = t.lastIndexOf("\n", at - 1) + 1;
  const close = t.lastIndexOf("}", at - 1);
  if (close < lineStart || at - close > 40 || /["{}]/.test(t.slice(close + 1, at))) return undefined;
  return objectClosingAt(t, close, Math.max(lineStart, close - 16384))?.text;
}

/** The next line's text, trimmed, when the line of `at` ends there: the message a status line introduces; else `undefined`. */
/** The bullets (`* ...`) on the lines below `at`, blank lines between allowed, joined; a count's ("1 error occurred:") left out. */
function bulletsBelow(t: string, at: number): string | undefined {
  const said: string[] = [];
  let pos = t.indexOf("\n", at);
  for (let lines = 0; pos >= 0 && lines < 24; lines++) {
    const end = lineEnd(t, pos + 1);
    const line = t.slice(pos + 1, end).trim();
    pos = end < t.length ? end : -1;
    if (line === "") {
      if (said.length > 0) break;
      continue;
    }
    const bullet = /^\*[ \t]+(\S[^\r\n]{0,500})$/.exec(line);
    if (!bullet) break;
    if (!/^\d{1,4} errors? occurred:$/.test(bullet[1]!)) said.push(bullet[1]!);
  }
  return said.length > 0 ? said.join("; ") : undefined;
}

/** The JSON body on the line right after the `count` header lines below the line of `at` (a blank line between allowed), or `undefined`. */
function jsonRightAfterHeaders(t: string, at: number, count: number): string | undefined {
  let line = lineEnd(t, at);
  for (let i = 0; i < count && line < t.length; i++) line = lineEnd(t, line + 1);
  const m = /^\r?\n(?:[ \t]*\r?\n)?[ \t]*(?=[{[])/.exec(t.slice(line, line + 200));
  const body = m === null ? undefined : bracketed(t, line + m[0].length);
  return body !== undefined && jsonOrRelaxed(body) !== undefined ? body : undefined;
}

/** The message of the first uncaught error on the lines after `at` (at most 2 KiB on) that names `status` or none: "Uncaught (in promise) ClientResponseError 400: ...". */
function thrownBelow(t: string, at: number, status: string): string | undefined {
  const m = /^(?:Uncaught (?:\(in promise\) )?)?[A-Z]\w{0,60}(?:Error|Exception)(?: (\d{3}))?: ([^\r\n]{1,2000})/m.exec(t.slice(at, at + 2048));
  return m && (m[1] === undefined || m[1] === status) ? m[2]!.trim() : undefined;
}

function lineBelow(t: string, at: number): string | undefined {
  LINE_BELOW.lastIndex = at;
  const line = LINE_BELOW.exec(t)?.[1]!.trim();
  // A stack trace's first frame (Java's and .NET's "at org.springframework...(RestTemplate.java:709)", Python's 'File "..."') says
  // nothing; nor does the next record of a log whose status line is a record too, each stamped with its time (Spring's
  // RestTemplate logs "Response 401 UNAUTHORIZED" alone, and the record below is another logger's). Under a line no time
  // stamps, a stamped line may be what it reports ("❌ Code 401: Unauthorized", then the time and the API's words).
  if (line === undefined || STACK_FRAME.test(line)) return undefined;
  // Nor the fence that closes the Markdown block the status ended (an error tracker's report: "Caused by RestClient::PaymentRequired:
  // 402 Payment Required", then "```").
  if (/^(?:`{3,}|~{3,})[\w-]*$/.test(line)) return undefined;
  // Nor a rule drawn under it (D's exception, its trace below "----------------"; a report's "=====").
  if (/^[-=_*~#]{3,}$/.test(line)) return undefined;
  // Nor a frame behind a log's prefix that was not removed (Heroku's "Dec 19 17:51:43 app/web.1:      at SteamCommunity._checkHttpError (...)").
  if (/:[ \t]+at [^\s()]{1,300} \(/.test(line.slice(0, 400))) return undefined;
  const own = t.lastIndexOf("\n", at - 1) + 1;
  const ownStart = t.slice(own, own + 40).trimStart();
  // Nor the same record again, another status in it (Home Assistant's "..._retrieve_data error status_code 400" above the same words
  // with 429): two failures logged, neither the other's message.
  if (ownStart.length >= 24 && line.startsWith(ownStart.slice(0, 24))) return undefined;
  // Records led by their level: one of another level is the app's next step ("WARNING ...: HTTP Error 401", then "INFO ...: Query
  // retry in 30 seconds."); one of the same level goes on with the error (gojira's "ERROR [util.go:234] Field ... does not exist").
  const levels = [LEVEL.exec(line)?.[1], LEVEL.exec(ownStart)?.[1]];
  if (levels[0] !== undefined && levels[1] !== undefined && levels[0] !== levels[1]) return undefined;
  return LOG_RECORD.test(line) && LOG_RECORD.test(ownStart) ? undefined : line;
}

/** A log record's start: its date and time. */
const LOG_RECORD = /^\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d/;
/** A record led by its level (Python's default format: "INFO dataserv_client.messaging 78: ..."). */
const LEVEL = /^(DEBUG|INFO|WARN(?:ING)?|ERROR|TRACE|FATAL)\b/;

/**
 * A stack frame's line: `at` and a qualified name with its arguments or place in brackets (Crashlytics': `onResponse + 49(...)`), or
 * Python's `File "..."` and the `Traceback (most recent call last):` above them (under ADAL's "Get Token request returned http error:
 * 503"), PowerShell's `At C:\...\script.ps1:68 char:15` (under Invoke-WebRequest's "(401) Unauthorized."), Chrome's console frame
 * `sendXhrRequest @ background_page.js:447` (under Postman's "403 (Forbidden)"); or an exception's other
 * property as Visual Studio copies its details (`Source=mscorlib`); or a .NET frame as a person copies it without its "at "
 * (`Microsoft.SemanticKernel.Http.HttpClientExtensions.SendWithSuccessCheckAsync(HttpClient client, ...)`); or PHP's "Stack trace:"
 * and its frames (`#0 /var/www/src/Client.php(88): ...`, `#1 {main}`).
 */
const STACK_FRAME = /^(?:at [^\s(]{1,300}(?:[ \t]?\(|[ \t]\+ \d{1,9}\(|$)|File "|Traceback \(most recent call last\)|At (?:line:\d{1,9}|[^\r\n]{1,500}:\d{1,9}) char:\d{1,9}$|[\w$.<>()]{1,200}[ \t]{1,8}@[ \t]{1,8}\S{1,500}:\d{1,9}$|(?:Source|HResult|StackTrace|TargetSite|InnerException)[=:]|from [^\s]{1,500}:\d{1,9}:in [`']|\[\d{1,6}\] pry\(|irb\([\w.]{1,60}\):\d{1,6}:\d{1,3}[>*]|[A-Z]\w{0,100}(?:\.[\w`<>]{1,100}){2,20}\([^()\r\n]{0,1000}\)$|Stack trace:$|#\d{1,4} (?:\{main\}|[A-Za-z]:\\|\/|\[internal function\]))/;

/** The first of {@link STATUS_PHRASES} that reads `t`, or `undefined`. Text that lists statuses states none a call got. */
export function readStatusPhrase(t: string): ParsedInput | undefined {
  return listsStatuses(t) || CITES_RFC.test(t) || DOCS_HEADING_MARK.test(t) || MAY_BE_RETURNED.test(t.slice(0, 65_536)) || RETURNED_WHEN.test(t.slice(0, 65_536)) ? undefined : readWith(STATUS_PHRASES, t);
}

/** Docs' words for when a status comes ("Usage is exposed via Rate-Limit response headers, with HTTP 429 returned on overage."): a rule, not what came. */
const RETURNED_WHEN = /\bHTTP[ \t]+[45]\d\d[ \t]+(?:is[ \t]+|are[ \t]+|being[ \t]+)?returned[ \t]+(?:on|when|if|upon|whenever|once)\b/i;

/** Docs' words for what responses may come (OANDA's "Common HTTP Error Responses that may be returned from the v20 REST API"): what could come, not what came. */
const MAY_BE_RETURNED = /\b(?:responses?|errors?|status(?:es| codes?)?)\b[^.\r\n]{0,80}\b(?:may|might|can|could) be returned\b/i;

/** A docs page's heading copied with its permalink mark at its end (MkDocs' "⚓︎", Sphinx's "¶": Sonatype's "429 Too Many Requests error⚓︎"). */
const DOCS_HEADING_MARK = /[\u2693\u00b6]\ufe0e?[ \t]*(?:\r?\n|$)/;

/**
 * A status cited with the RFC that defines it ("429 - Too Many Requests (RFC 6585)", a pull request's title): its meaning, not a call's
 * answer. Not R's httr, whose reason phrases for the RFC 6585 statuses carry the RFC in every failure it reports ("client error: (429)
 * Too Many Requests (RFC 6585)", under googlesheets' and rdrop2's calls).
 */
const CITES_RFC = /(?<!\b(?:client|server) error: \()\b[45]\d\d\b[^\r\n]{0,60}\(RFC[ \t]?\d{3,4}\)/;

/**
 * Whether `t` lists statuses rather than states the one a call got: three or more in a row (`500, 502, 503`, a retry policy or a
 * docs list), three different ones at the start of their lines, or two different error statuses each with its reason phrase (a
 * table of "401 Unauthorized" and "403 Forbidden"), each after "HTTP", or each said to be the status. The last readers take
 * nothing from such text: a blind trial's probes (docs pages, quizzes) had been read as failures.
 */
function listsStatuses(t: string): boolean {
  // Not inside a larger number ("1,234,512 items").
  if (/(?<![\d,.])\b[1-5]\d\d(?:, ?[1-5]\d\d){2}\b(?!,\d)/.test(t)) return true;
  // Or a table of them, three different statuses at the start of their lines.
  if (holdsStatusTable(t)) return true;
  // Or a catalogue's entries, each ending in its status on a line of its own ("Too many requests" / "The service has received too
  // many requests ..." / "HTTP Status: 429", Snyk's error catalogue), three different ones.
  const labelled = new Set<string>();
  for (const m of t.matchAll(STATUS_LABEL_LINE_ALL)) if (labelled.add(m[1]!).size >= 3) return true;
  // Or as "HTTP 429" and "HTTP 404" (a changelog's "Retry once after HTTP 429 ... non-retryable HTTP 404 responses").
  // Or "the status code is 400" and "the status code is 200" (Graph's docs on batch responses): two different statuses said to be.
  // (Not a test's expected status beside the one it got: supertest's `expected 401 "Unauthorized", got 404 "Not Found"` states one.)
  // Or a docs table's cells that name errors with their statuses ("forbidden (403) |", "badRequest (400) |": YouTube's errors page).
  return (
    namesTwo(t, STATUS_AND_REASON_ALL, (m) => (/\bexpected $/.test(t.slice(Math.max(0, m.index! - 9), m.index)) || afterRequestLine(t, m.index!) ? undefined : m[1] ? m[1].slice(0, 3) : m[2]!)) ||
    namesTwo(t, HTTP_STATUS_ALL, (m) => m[1]!) ||
    namesTwo(t, STATUS_IS_ALL, (m) => m[1]!) ||
    namesTwo(t, STATUS_CELL_ALL, (m) => m[1]!)
  );
}

/**
 * Whether the status at `at` ends a request line ("POST https://... - 401 Unauthorized", a browser console's): each such line is a
 * call that failed, and two of them a log of two failures, not a list of what statuses mean.
 */
function afterRequestLine(t: string, at: number): boolean {
  if (t.charCodeAt(at - 2) !== 0x2d /* - */) return false;
  // (The line's start looked for within the longest request line only: a search back to it from every status of a long line is quadratic.)
  const window = t.slice(Math.max(0, at - 2101), at);
  const nl = window.lastIndexOf("\n");
  if (nl < 0 && at > 2101) return false;
  return /^[ \t]*(?:GET|POST|PUT|PATCH|DELETE|HEAD) https?:\/\/\S{1,2000} - $/.test(window.slice(nl + 1));
}

/** A table's cell that names an error and its status in brackets, its pipe after it ("forbidden (403) |"). */
const STATUS_CELL_ALL = /(?:^|\|)[ \t]*[A-Za-z][\w -]{0,40}\(([1-5]\d\d)\)[ \t]*\|/gm;

/** A status said to be one ("the status code is 400", "status was 200"). */
const STATUS_IS_ALL = /\bstatus(?: code)? (?:is|was) ([1-5]\d\d)\b/gi;

/** Whether the matches of `re` in `t` name two different statuses. */
function namesTwo(t: string, re: RegExp, statusOf: (m: RegExpMatchArray) => string | undefined): boolean {
  let first: string | undefined;
  for (const m of t.matchAll(re)) {
    const status = statusOf(m);
    if (status === undefined) continue;
    if (first === undefined) first = status;
    else if (status !== first) return true;
  }
  return false;
}

/** A line that is only a labelled status ("HTTP Status: 429", "Status code: 501"). */
const STATUS_LABEL_LINE_ALL = /^[ \t]*(?:HTTP[ \t]+)?Status(?:[ \t]+Code)?[ \t]*:[ \t]*([1-5]\d\d)[ \t]*\r?$/gim;

/** An error status after the word HTTP, not a status line's version (`HTTP/1.1 429`). */
const HTTP_STATUS_ALL = /\bHTTP[ \t]+([45]\d\d)\b/g;

/** Where the status's reason phrase ends when one follows the status ending at `at` ("429 - Too Many Requests"), else `at`. */
function withReason(t: string, at: number, status: string): number {
  const reason = REASONS[status];
  // Also in brackets ("HTTP 429 (Too Many Requests) responses from the backend were ...", a pull request's prose): to its bracket.
  const m = reason === undefined ? null : /^[ \t]*[:-]?[ \t]*(\(?)([A-Za-z ]{1,40})/.exec(t.slice(at, at + 60));
  if (!m || !m[2]!.toLowerCase().startsWith(reason!.toLowerCase())) return at;
  const end = at + m[0].length - (m[2]!.length - reason!.length);
  return m[1] === "(" && t.charAt(end) === ")" ? end + 1 : end;
}

/**
 * Whether the status phrase from `start` (its number) to `end` is a sentence about a status, not
 * a printout of one: its line is a question ("What is a 429 Too Many Requests?"); an article or a
 * docs verb comes right before the number ("a 403", "the server responds with 401 Unauthorized.",
 * but not Chrome's "responded with a status of 401"); a verb or a new
 * sentence comes right after it ("401 Unauthorized means ...", "429 Too Many Requests The 429
 * status code indicates ..."); or the number closes a string in code (`describe("status 404", ...)`).
 */
/**
 * The status a line next to another begins with, then a word (`429 Rate Limit ...`; a docs table's `200 OK | /oauth/token | ...`
 * row above its `400 Bad Request | ...` one): the line before `from` (`step` -1) or after it (1).
 */
function listedStatus(t: string, from: number, step: -1 | 1): string | undefined {
  if (from < 0 || from >= t.length) return undefined;
  const start = step === 1 ? from : t.lastIndexOf("\n", from - 1) + 1;
  const m = /^[ \t]*([1-5]\d\d)[ \t]+[A-Z]/.exec(t.slice(start, start + 24));
  return m?.[1];
}

function inProse(t: string, start: number, end: number): boolean {
  const lineStart = t.lastIndexOf("\n", start) + 1;
  const eol = t.indexOf("\n", end);
  const lineEnd = eol < 0 ? t.length : eol;
  const line = t.slice(lineStart, lineEnd).trimEnd();
  const before = t.slice(lineStart, start);
  // (Not a printout's own question after the call it names: npm's "403 Forbidden - PUT https://registry.npmjs.org/x - ... Are you
  // logged in as the correct user?")
  // (A question ends in words: "ServiceUnavailable.?" is a stream's bytes run into a message, as the Graph .NET SDK's retry handler printed them.)
  if (/[\p{L}\d][)"'`]?\?$/u.test(line) && !/^[ \t]*-[ \t]+(?:GET|PUT|POST|PATCH|DELETE|HEAD)[ \t]+https?:\/\//.test(t.slice(end, end + 20))) return true;
  // A page's heading about the status ("Groq API 429 Too Many Requests: what it means and how to fix it"): docs, not a response.
  if (/^[ \t:-]*(?:what (?:it|this) means|how to (?:fix|handle|resolve|avoid)|causes? and (?:fixes|solutions))\b/i.test(t.slice(end, lineEnd))) return true;
  // Or one that leads with what the page does about it ("Troubleshooting 422 Unprocessable Entity Errors", Postmark's article).
  if (/^[ \t#*]*(?:troubleshooting|fixing|resolving|understanding|how to (?:fix|handle|resolve|avoid))\b[^.!?:\n]{0,40}$/i.test(before)) return true;
  // A Markdown heading is a page's title ("## Error 522: connection timed out", Cloudflare's docs); a pull request's words lead a
  // status it quotes to say what it fixes ("*Fixing an error: 414 Client Error: URI Too Long for url: ...*", Airbyte's).
  // (So is its front matter's `title:`, and an HTML heading or a `<details>` block's `<summary>` in one: openai-kotlin's
  // troubleshooting guide, "<summary>401 Unauthorized / invalid_api_key</summary>".)
  if (/^[ \t]*(?:#{1,6}[ \t]|title:[ \t])|<(?:summary|h[1-6])>[ \t]*$/.test(before) || ledByFix(t, start)) return true;
  // What a response will be, said in the future tense before the status a sentence quotes ("the response content will be `403 Forbidden
  // (Rate Limit Exceeded)`", a feature request's): what would come, not what came.
  if (/\bwill be[ \t]+`?$/i.test(before)) return true;
  // A condition and what the reader's call then gets ("If the limit is reached, your response status code reads 429 (Too many requests)",
  // Freshsales' help page): docs address their reader; a person's report of their own call says "I" or "my".
  if (/\bif\b[^.!?\n]{0,200},[^.!?\n]{0,80}\byour?\b[^.!?\n]{0,80}$/i.test(before)) return true;
  // What a change handles, supports or retries ("Added exception handling for new 429 too many requests throttling.", a changelog's
  // bullet): the kind of answer a client now expects, none a call got.
  if (/\b(?:handling|handles?|support|supports|retry|retries|retrying)[ \t]+(?:for|of|on)[ \t]+(?:(?:the|new|an?)[ \t]+)?(?:HTTP[ \t]+)?$/i.test(before)) return true;
  // What to look for to tell it ("you can detect the rate limit page ... by looking for HTTP status code `429`", Cloudflare's Workers
  // docs): a status the reader is told to check, none a call got.
  if (/\b(?:look|looking|check|checking|watch|watching|test|testing)[ \t]+for[ \t]+(?:(?:an?|the)[ \t]+)?(?:(?:HTTP|response)[ \t]+)?(?:status(?:[ \t]+code)?[ \t]+)?[`'"]?$/i.test(before)) return true;
  // An argument of Foundation's HTTPURLResponse initializer (`.init(url: ..., statusCode: 409, httpVersion: "1.0", headerFields:
  // [:])`, a Swift test's mock response): a status made up in code.
  if (/^[ \t]*,[ \t\r\n]*httpVersion:/.test(t.slice(end, end + 40))) return true;
  // A cell of a Markdown table, its header's separator row in the text ("| forbidden (403) | errorStreamInactive | The requested
  // transition is not allowed ... |", YouTube's errors docs quoted): what a status means, not one a call got.
  // (Also one copied without its outer pipes, its separator row shortened: "429 - Rate limit reached for requests | Cause: ..." under
  // "-- | --", OpenAI's error-codes table quoted in an issue.)
  if (/^[ \t]*\|[^\n]*\|[ \t]*$/.test(line) && /(?:^|\n)[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/.test(t)) return true;
  if (line.includes(" | ") && /(?:^|\n)[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*\|[ \t]*:?-{2,}:?[ \t]*\|?[ \t]*(?:\r?\n|$)/.test(t)) return true;
  // A link's text in Markdown ("+ [403 Forbidden error - CORS is not enabled for this bucket](#cors-not-enabled)", a page's contents):
  // the title of a page or a section about the status.
  if (/\[[^\[\]\n]{0,200}$/.test(before) && /^[^\[\]\n]{0,200}\]\(/.test(t.slice(end, Math.min(lineEnd, end + 210)))) return true;
  // A docs page's example, under its caption ("Example response (formatted for readability):" above "HTTP/1.1 429 ...", Sentry's).
  if (lineStart > 0 && underExampleCaption(t, lineStart - 1)) return true;
  // A heading of a page's list of statuses ("400 - BadRequest" under "2xx - Success", Sinch's errors page): the line is the status
  // and its name alone, and another line so names a class of statuses ("2xx - ...", "5xx: ..."), as no response does.
  if (/^[ \t]*[45]\d\d[ \t]*[-:–][ \t]*[A-Z][A-Za-z ]{0,40}$/.test(line) && /(?:^|\n)[ \t]*[1-5]xx[ \t]*[-:–][ \t]*[A-Z]/i.test(t)) return true;
  // In a Markdown document (one heading is enough to tell it, looked for once):
  if (/(?:^|\n)#{1,6}[ \t]+\S/.test(t)) {
    // a list item that names, in brackets at its end, the status it is about ("- **Respect rate limit responses** (HTTP 429)", a bot's
    // guide) is the page's advice;
    if (/^[ \t]*(?:[-*+]|\d{1,3}\.)[ \t]+/.test(line) && /\([^()\n]{0,20}$/.test(before) && /^[^()\n]{0,20}\)[ \t.]*$/.test(t.slice(end, lineEnd))) return true;
    // a status alone at its line's end with a table below it ("Rate limited response HTTP status: 429" above Grafana OnCall's
    // limits) is a reference page's fact, not a response;
    if (/^[ \t.]*\r?\n(?:[ \t]*\r?\n){0,3}[ \t]*\|/.test(t.slice(end, end + 200))) return true;
    // a status inside a paragraph, its line going on from the words above it, is the writer's (an issue's "## Problem" over
    // "SharePoint synchronization ... sporadically fails with HTTP 429 \"Too Many Requests\"\nfrom Microsoft Graph."): a printout
    // they quote stands on its own lines, in a code block or after a colon.
    // (Not a line a log level opens: the Transifex CLI's "  ERROR   Fetching stats: 404, ..." under its own "# Resource ..." heading.)
    if (lineStart > 0 && !/^[ \t]*(?:ERROR|FATAL|CRITICAL|WARN(?:ING)?)\b/.test(line)) {
      const above = t.slice(t.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1).trim();
      // (Not a shell's prompt and the command it ran, "$ python sync.py" above what the command printed, nor a code fence's line.)
      if (/[\p{L}\d,`)]$/u.test(above) && !/^(?:#|[-*+>|]|\d+\.|[$%] |`{3}|~{3})/.test(above)) return true;
    }
  }
  // A sentence that names the status and goes on below, a narrow column's break after it (HubSpot's usage guidelines: "... before
  // refreshing. Unauthorized (401)\nrequests are not a valid indicator ..."): words on its line end a sentence before it, the line
  // below goes on in small words.
  if (/[.!?][ \t]+/.test(before) && /^[ \t)]*\r?\n[a-z]{2,20} [a-z]{2,20} /.test(t.slice(end, Math.min(t.length, lineEnd + 60)))) return true;
  // A failure told as what would or will happen ("causing long-running syncs to fail with HTTP 401.", an Airbyte pull request's): no
  // call's answer.
  if (/\b(?:to|will|would|could|may|might|can|should|cause[sd]?)[ \t]+(?:[a-z]{2,20}[ \t]+)?(?:fail|error[ \t]+out|break)[ \t]+with[ \t]+(?:an?[ \t]+)?(?:HTTP[ \t]+)?(?:status[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 60), start))) return true;
  // A failure named in inline code to say what is avoided or handled ("Narrow default OAuth scopes to avoid `Error 403:
  // restricted_client` on unverified apps", a changelog's): the words before it are a verb's, the code a quotation.
  if (/\b(?:avoid|avoids|avoiding|prevent|prevents|preventing|handle|handles|handling|catch|catches|detect|detects|about)[ \t]+(?:an?[ \t]+|the[ \t]+)?`[^`\n]{0,40}$/i.test(before) && /^[^`\n]{0,200}`[ \t]+[a-z]/.test(t.slice(end, lineEnd))) return true;
  // A status in an aside that goes on with an example ("typed as an `invalid_request_error` (HTTP 400), e.g. *\"You have reached
  // ...\"*", LiteLLM's pull request): prose about a kind of answer.
  if (/^[)\]]?[,;]?[ \t]+(?:e\.g\.|i\.e\.|for example|for instance|such as)/i.test(t.slice(end, end + 20))) return true;
  // A list item that is only a status, among other items ("- **Retryable Errors**:" over "  - HTTP 429 (Too Many Requests)" and
  // "  - Network errors (ECONNRESET, ...)"): a list of what a client handles, not a status it got.
  if (/^[ \t]*[-*+][ \t]+(?:HTTP[ \t]+)?$/.test(before) && /^[ \t).:]*$/.test(t.slice(end, lineEnd))) {
    const around = t.slice(Math.max(0, lineStart - 300), Math.min(t.length, lineEnd + 300)).split("\n");
    if (around.filter((l) => /^[ \t]*[-*+][ \t]+\S/.test(l)).length >= 2) return true;
  }
  // A line that begins with the status beside a line that begins with another is a row of a table of statuses (release notes'
  // "503 Service Unavailable 2 5s, 10s Up to 15s" above "429 Rate Limit 2 10s, 20s Up to 30s"): docs, not a response.
  // A list of statuses is docs or a wish ("HTTP status 429, 500, or 503 should be retried"), not the status one call got.
  if (/^[1-5]\d\d(?:,[ \t]*|[ \t]+(?:or|and|and\/or|to)[ \t]+|\/)[1-5]\d\d\b/.test(t.slice(start, start + 16))) return true;
  // A status on a line of its own inside a sentence a narrow column wrapped ("Google Cloud returns an" / "HTTP" / "429 TOO MANY
  // REQUESTS" / "status code."): the line above ends mid-clause, or the line below goes on with "status code".
  if (/^[ \t]*$/.test(before)) {
    // The line above, joined to the one above it when it holds only "HTTP".
    const lineAbove = t.slice(Math.max(0, lineStart - 80), Math.max(0, lineStart - 1)).replace(/\r?\n[ \t]*HTTP[ \t]*\r?$/, " HTTP");
    if (/^[ \t]*status(?:[ \t]+code)?\b/i.test(t.slice(lineEnd + 1, lineEnd + 40)) || /\b(?:returns?|respond(?:s|ed)? with|sends? back|an?|the)(?:[ \t]+HTTP)?[ \t]*\r?$/i.test(lineAbove)) return true;
    const own = t.slice(start, start + 3);
    const above = listedStatus(t, lineStart - 1, -1);
    const below = listedStatus(t, lineEnd + 1, 1);
    if ((above !== undefined && above !== own) || (below !== undefined && below !== own)) return true;
  }
  // "returned a 403 (Forbidden)" is a client's past tense (twython), as is Guzzle's "resulted in a `504 Gateway Timeout` response",
  // Apollo's "Received a 403 error", the Shopify CLI's "responded unsuccessfully with the HTTP status 502" and the Azure Speech SDK's
  // "WebSocket Upgrade failed with a bad request (400)": the article is theirs.
  // Docs say it of every call in the present tense: "Microsoft Graph returns HTTP status code 429", "we'll respond with HTTP status
  // code 429", "The RateLimitError corresponds to the HTTP error code 429", Google's enum docs' "HTTP Mapping: 403 Forbidden", a test's "Returns HTTP/1.1 403 Forbidden for any CONNECT request", a commit's
  // "by sending back '429 Too Many Requests'"; a client reports the call in the past ("the server responded with status 401").
  if (/(?:(?<!\b(?:returned|resulted in|received|responded(?: [a-z]{1,20})? with|failed with|I (?:receive|get|got|am getting)|I'm getting) )\b(?:an?|the)|\bresponds? with|\breturns?|\bwill return|\bshould return|\bsend(?:s|ing)? back|\bmapping:)[ \t]+(?:HTTP(?:\/\d(?:\.\d)?)?[ \t]+)?(?:(?:status|response|error)(?:[ \t]+code)?[ \t]+)?["'`(]?$/i.test(t.slice(Math.max(lineStart, start - 60), start))) return true;
  // What a reader's calls will get, said before the status (Intuit's announcement: "Applications making more than 10 concurrent ... requests
  // ... will get a 429 response: HTTP/1.1 429 Too Many Requests."): a policy's outcome, past a colon too. (Not a person's "I will get".)
  if (/(?<!\bI )\b(?:will|would)[ \t]+(?:get|receive|see)\b[^.!?\n]{1,80}(?:HTTP\/\d(?:\.\d)?[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 100), start))) return true;
  // So is the present tense earlier in the clause ("Salesforce returns the REQUEST_LIMIT_EXCEEDED error code and HTTP status 403 until
  // usage drops"): a log's "returns error: 403" has its colon.
  // (Or in the future: "the Pipedrive API will return an error response with HTTP code 429 and Retry-After header ...".)
  // (Or what requests do in the present: Binance's "Requests fail with HTTP status code 429 when you exceed the request rate limit.")
  // (Or passive: TikTok's "a response will be returned with HTTP status 429 and error code rate_limit_exceeded".)
  if (/\b(?:returns|responds with|sends back|(?:will|would) (?:return|respond with|send back)|(?:will|would) be (?:returned|sent)(?: back)?|(?:requests?|calls?) fails? with)\b[^.!?:\n]{1,80}$/i.test(t.slice(Math.max(lineStart, start - 100), start))) return true;
  // A condition put to the reader is docs ("If you get status code 429, it means ...", "when the API returns a 503"): a person
  // reporting their own failure says "I get", and a printout says neither.
  if (/\b(?:if|when(?:ever)?|in case)[ \t]+(?:you|your(?: [a-z]{1,20}){1,4}|the [a-z]{1,20})[ \t]+(?:get|gets|receive|receives|see|sees|hit|hits|encounter|encounters|return|returns)\b[^.!?\n]{0,40}$/i.test(t.slice(Math.max(lineStart, start - 100), start))) return true;
  // So is a condition on receiving it, in a gerund ("Connector will retry when receiving HTTP status 429 (Too Many Requests)", a PR's
  // description): a printout names the status it got, not one it would react to.
  // As is a retry put as a rule on it ("Retry the request on HTTP status code 429", the PR's title): a log of one says it was retried.
  const clause = t.slice(Math.max(lineStart, start - 100), start);
  if (/\b(?:when(?:ever)?|if|upon|on|after)[ \t]+(?:receiving|getting|encountering|hitting|seeing)\b[^.!?\n]{0,40}$/i.test(clause)) return true;
  // (And a changelog's "by not retrying errors with status code 501".)
  if (/\b(?:retry|retries|not retrying)\b[^.!?\n]{0,40}\b(?:on|for|when|if|with)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:HTTP[ \t]+)?(?:status[ \t]+)?(?:code[ \t]+)?$/i.test(clause)) return true;
  // And the passive present after it: a sentence on what is returned ("400 Bad Request with `"error": "invalid_grant"` is returned as
  // response. So we should treat that as a logout.").
  if (/^[^.!?\n]{0,100}?\b(?:is|are|will be|gets) (?:returned|sent back|thrown|raised)\b/i.test(t.slice(end, Math.min(lineEnd, end + 140)))) return true;
  // A condition on the status is docs too ("Apps can detect rate limits by checking if the HTTP response status code is 429",
  // Confluence's rate-limit page).
  if (/\b(?:if|when(?:ever)?|whether)[ \t]+(?:the[ \t]+)?(?:HTTP[ \t]+)?(?:response[ \t]+)?status(?:[ \t]+code)?[ \t]+(?:is|equals|was)[ \t]*$/i.test(t.slice(Math.max(lineStart, start - 100), start))) return true;
  // A status quoted as inline code inside a sentence ("For `429 - Too Many Requests` the docs mention:"): a writer naming it.
  // Not a client's past tense around it (Guzzle's "resulted in a `504 Gateway Timeout` response").
  if (t.charAt(start - 1) === "`") {
    const lead = t.slice(Math.max(lineStart, start - 40), start);
    if (/[A-Za-z][a-z]*[ \t]+`$/.test(lead) && !/\b(?:resulted in|returned|got|received|responded with) an?[ \t]+`$/.test(lead) && /^[^`\r\n]{0,80}`[ \t]+[a-z]/.test(t.slice(start, lineEnd))) return true;
  }
  // What the reader might see is docs ("you might see error responses with status code 429", Stripe's rate-limit page).
  // (Also with the verb contracted: Pipedrive's "you'll receive an error response of HTTP 429".)
  if (/\byou(?:[ \t]+(?:might|may|will|could|can|would)|['\u2019](?:ll|d))[ \t]+(?:see|get|receive|encounter|hit)\b[^.!?\n]{0,60}$/i.test(t.slice(Math.max(lineStart, start - 100), start))) return true;
  // Docs' future tense, the status in brackets after it: 'will return a "rate_limited" error code (HTTP response status 429)'.
  if (/\b(?:will|would|should|may|can)[ \t]+(?:return|respond|fail)\b[^.!?\n]{0,80}\((?:HTTP[ \t]+)?(?:response[ \t]+)?(?:status(?:[ \t]+code)?[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 140), start))) return true;
  // What code does about a status is a changelog's or docs' ("retry on 429 Too Many Requests", "handles 503 Service Unavailable");
  // a log says it in the progressive ("Retrying after 429 ...") and is read.
  if (/\b(?:retry|retries|handle|handles|honou?rs?)(?:[ \t]+(?:on|for|after|of))?[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:HTTP[ \t]+)?(?:status[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 40), start))) return true;
  // So is what it handles, named in words before the status (a pull request's "to handle too many requests error(status code:429)").
  // Only words between: a log's "could not handle request, error(status code:429)" has its punctuation; and not "retry", which a
  // log says of the call it is about to repeat ("will retry request after error(status code:429)").
  if (/\b(?:handle|handles|honou?rs?)(?:[ \t]+[a-z]{1,20}){1,5}[ \t]*\((?:HTTP[ \t]+)?(?:status(?:[ \t]+code)?[ \t]*:?[ \t]*)?$/i.test(t.slice(Math.max(lineStart, start - 80), start))) return true;
  // So is what any call could do ("any API request you perform could error with status code 429", grammY's docs).
  if (/\b(?:could|can|may|might|will|would)[ \t]+(?:error|fail)[ \t]+with[ \t]+(?:(?:an?|the)[ \t]+)?(?:HTTP[ \t]+)?(?:status(?:[ \t]+code)?[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 80), start))) return true;
  // So is a message quoted as an example beside the one it replaces (a pull request's 'now show "HTTP 403 ...: ..." instead of just ...').
  if (before.includes('"') && /^[^"\r\n]{0,300}"[ \t]+instead of\b/.test(t.slice(end, end + 320))) return true;
  // So is the case a change is about ("for the special case of status code 429, we can return a different error type", a pull request).
  if (/\bcase of[ \t]+(?:(?:an?|the)[ \t]+)?(?:HTTP[ \t]+)?(?:status(?:[ \t]+code)?[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 60), start))) return true;
  // Bold in Markdown ("returns rate-limit rejections as **HTTP 400**") is a writer's emphasis, not a printout.
  if (/\*\*(?:HTTP[ \t]+)?$/i.test(t.slice(Math.max(lineStart, start - 8), start))) return true;
  // A docs heading: the phrase behind a section number ("10.5.4 503 Service Unavailable"), or alone on its line and
  // explained on the next two ("429 Too Many Requests\nThe HTTP 429 Too Many Requests client error response status code indicates ...",
  // a glossary's "HTTP 429\nHTTP 429 “Too many requests” is an HTTP Return code that ...").
  if (/^[ \t]*\d{1,3}(?:\.\d{1,3})+[ \t]+$/.test(before)) return true;
  // Also "Error 522: connection timed out" over "Error 522 occurs when Cloudflare times out ..." (Cloudflare's page on it).
  if (/^[ \t]*(?:(?:HTTP|Error)[ \t]+)?$/i.test(before) && /^[ \t]*(?:[:-][ \t]*[A-Za-z][A-Za-z ]{0,40})?$/.test(t.slice(end, lineEnd))) {
    const next = /^\r?\n[ \t]*([^\r\n]{0,400}(?:\r?\n[^\r\n]{0,400})?)/.exec(t.slice(lineEnd, lineEnd + 1000));
    if (next && next[1]!.includes(t.slice(start, start + 3)) && /\b(?:indicates?|means|occurs|happens|(?:status|return|response) code)\b/i.test(next[1]!)) return true;
    // Or a definition in RFC 2119's words below it (RFC 2616's "401 Unauthorized\n\n   The request requires user authentication. The
    // response MUST include a WWW-Authenticate header field", as reference pages copy it without its section number).
    if (next && /\b(?:MUST|SHOULD)(?: NOT)? [a-z]/.test(next[1]!)) return true;
  }
  // Test code: a mock or an assertion states what a response would be (`mock.get(url, status_code = 500)`), as does any object in a test's source.
  if (inTestCode(line) || inTestSource(t)) return true;
  // A line of source that assigns (`const error = { ..., "message": "Okta HTTP 429 ..." };`): its status is made up.
  if (/^[ \t]*(?:const|let|var|val|final)[ \t]+[\w$]{1,60}[^=\n]{0,80}=/.test(line)) return true;
  // A diff's line ("+403 Forbidden with {...}" in a change to docs) speaks of a status, as docs do.
  if (/^[+-][^+-]/.test(line) && isDiff(t)) return true;
  // A code comment (`# 409 conflict`, `// 429 Too Many Requests`) speaks of a status, as a heading does.
  if (/(?:^|[ \t])(?:#{1,6}|\/\/)[ \t]+$/.test(before)) return true;
  // A line that speaks of statuses in the plural is about them, not one a call got ("Adding status code 429 to throttlable status codes").
  if (/\b(?:status|error|response) codes\b|\bHTTP errors\b/i.test(line)) return true;
  // Inside a Python docstring opened on a line above (a connector's docs: `class HubspotInvalidAuth(HubspotError):` over `"""` and
  // "401 Unauthorized error."): what an exception class stands for, no call's answer.
  if ((t.slice(Math.max(0, start - 4000), start).match(/"""|\'\'\'/g)?.length ?? 0) % 2 === 1) return true;
  // A number that closes a string literal in code (`describe("status 404", () => ...`); not one quoted alone (Zapier's "(response
  // status code `401`)").
  const closes = /^\d{3}(["'`])[,)]/.exec(t.slice(start, start + 5));
  if (closes && t.charAt(start - 1) !== closes[1]) return true;
  // A sentence in another language: a lowercase word of a cased script other than Latin right before the status, and a new
  // sentence after the phrase (Russian docs' "... лишние вернут ответ 429 Too Many Requests. Заголовок Retry-After подскажет ...").
  if (/(?:^|\s)(?=[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}])\p{Ll}{2,}[ \t]+$/u.test(before) && /^\.[ \t]+\p{Lu}/u.test(t.slice(end, end + 4))) return true;
  // A plural after it speaks of a kind of response ("Respects `429 Too Many Requests` responses with automatic backoff"); so does a new
  // sentence after a reason phrase ("429 Too Many Requests The 429 status code ..."). After a bare number, a sentence is the message
  // (OpenRouter's "402 This request requires more credits").
  const after = t.slice(end, end + 40);
  // An error code and the status it comes with, and when it is returned, is a description ("a matching `invalid_beta` error code
  // (HTTP 400), returned when the header is malformed", a pull request).
  if (/^\),?[ \t]+(?:returned|sent|raised|thrown)[ \t]+(?:when|if)\b/.test(after)) return true;
  // A relative clause after it describes the status ('an HTTP ErrorCode 429 "Too many requests" which is very usually just a temporary thing').
  if (/^["'`)]?[ \t]+(?:which|that)[ \t]+(?:is|are|was|were|means|indicates)\b/.test(after)) return true;
  // A decision on a status is a design's ("retrying based on status code (403) only would be a bad idea", a pull request).
  if (/\b(?:based|depending)[ \t]+on[ \t]+(?:the[ \t]+)?(?:HTTP[ \t]+)?(?:status|response)(?:[ \t]+code)?[ \t]*\(?$/i.test(t.slice(Math.max(lineStart, start - 60), start))) return true;
  // So does a kind of error glossed by it in brackets ("GitHub response with rate limit errors (403 Forbidden) when ...").
  if (/\b(?:errors|responses|failures|statuses|status codes)[ \t]*\($/i.test(t.slice(Math.max(lineStart, start - 40), start))) return true;
  // A modal after it is a wish or a guess about a status ("perhaps explicitly returning it on status code 429 could be helpful",
  // a feature request); a log goes on with a comma or a "will retry".
  // Not when the plural hands over to the body pasted below ("FB avatars are returning HTTP 500 errors:\n```json\n{...").
  // (An adverb may come first: a docs page's "401 Unauthorized actually means unauthenticated".)
  // (Also after "response status code": MDN's '"429 Too Many Requests" response status code indicates ...', quoted in a pull request.)
  if (/^["'`)]?[ \t]+(?:(?:response[ \t]+)?status[ \t]+code[ \t]+)?(?:(?:actually|really|usually|generally|typically|normally|technically|always|simply)[ \t]+)?(?:is|are|was|means|indicates|occurs|happens|could|would|should|might|may|can|responses|errors|statuses|status codes)\b/.test(after) && !/^[ \t]+(?:responses|errors):[ \t]*\r?\n(?:[ \t]*```[\w-]{0,20}[ \t]*\r?\n)?[ \t]*[{[]/.test(t.slice(end, end + 60))) return true;
  return end - start > 3 && /^["'`)]?[ \t]+(?:The|This|It|An?) /.test(after);
}

/** The lines right below `at`'s line that are indented (a printout's continuation), joined by spaces; "" when none is. */
function indentedBelow(t: string, at: number): string {
  const m = /^\r?\n((?:[ \t]{2,}\S[^\r\n]{0,2000}(?:\r?\n|$)){1,10})/.exec(t.slice(at, at + 21_000));
  return m ? m[1]!.trim().split(/[ \t]*\r?\n[ \t]*/).join(" ") : "";
}

/** Whether most lines of `t` (three at least) start as a unified diff's do: `+`, `-`, or a hunk's `@@`. */
function isDiff(t: string): boolean {
  let lines = 0;
  let changed = 0;
  for (const line of t.split("\n", 2000)) {
    if (line.trim() === "") continue;
    lines++;
    if (/^(?:[+-]|@@ )/.test(line)) changed++;
  }
  return changed >= 3 && changed >= lines * 0.6;
}

/**
 * A message in double quotes whose closing quote a terminal's wrap carried onto the indented lines below (Codex's
 * `Message: 400 "Incorrect API` above `    key provided: ... https://console.x.ai.". Please verify ...`): the lines joined up to
 * that quote, at most four; the message as it was when no indented line closes it.
 */
function unwrappedQuote(t: string, message: string, from: number): string {
  if (!message.startsWith('"') || message.indexOf('"', 1) >= 0) return message;
  let joined = message;
  let at = from;
  for (let n = 0; n < 4 && at < t.length; n++) {
    const start = t.indexOf("\n", at) + 1;
    if (start === 0) return message;
    const end = lineEnd(t, start);
    const line = t.slice(start, end).replace(/\r$/, "");
    if (!/^[ \t]+\S/.test(line)) return message;
    const close = line.indexOf('"');
    joined += " " + (close < 0 ? line.trim() : line.slice(0, close + 1).trim());
    if (close >= 0) return joined;
    at = end;
  }
  return message;
}

/**
 * Reading pasted text as a response (spec section 11): what the classifier runs before
 * the mapper. Every paste goes through the gates (size, blank lines, binary), then the
 * readers of {@link READERS}, in order: the first that recognises the text reads it.
 * The list is the one place the accepted formats are written: the dispatch runs it, the
 * "cannot read" message lists its descriptions, and the classifier's hint shows them.
 *
 * Every reader is linear in its input and total: it returns what it read, `undefined`
 * for text that is not its format, or throws `AlterValueError` saying what was expected.
 *
 * Imported by both server and browser code: no Node or DOM API here.
 * @module
 */
import { AlterValueError } from "../errors.js";
import type { InputFormat, ParsedInput, Source } from "../types.js";
import { checkBinary, checkSize, trimBlank } from "./gates.js";
import { readHttp } from "./http.js";
import { readWireResponse } from "./wire.js";
import { s3Status, s3StatusSaid } from "../providers/aws.js";
import { azureStorageStatus } from "../providers/azure-storage.js";
import { readCurlVerbose } from "./curl-verbose.js";
import { MAX_CUT_JSON, readJsonPaste } from "./json-input.js";
import { CLASS_NAMED_STATUS, LITELLM_EXCEPTION, RUBY_NET_HTTP_STATUS, printedResponse, readLog } from "./logs.js";
import { N8N_HEADING } from "./n8n.js";
import { readStatusPhrase } from "./status-phrase.js";
import { readGrpcStatus } from "./grpc-status.js";
import { readDocumentedStatus } from "./documented-status.js";
import { unwrapTrackerIssue } from "./tracker-issue.js";
import { readTwirpError } from "./twirp.js";
import { readToldStatus } from "./told-status.js";
import { NO_BODY, NO_HEADERS, REASONS, cutXmlErrorDocument, printedRequestId, underExampleCaption, bracketed, bracketedAcrossWraps, closeCutBeforeWords, closeCutJson, inTestSource, leadingJson, readWith, startsLikeJsonOnly, xmlErrorDocument } from "./printout.js";
import { readEmbeddedHttp, readLabelledStatusHttp, readPrefixedHttp } from "./embedded.js";
import { ERROR_PAGE_TEXT, readHtmlPage } from "./html.js";
import { readCurlFail, readNetworkText } from "./network-text.js";
import { balancedEnd, lineEnd, nextLine, preview } from "./text.js";
import { explainsStatusClasses, isChangelog, isCommitMessage, isDesignRecord, isErrorGuide, isFeatureRequest, isHelpArticle, isKnowledgeBaseArticle, describesAnError, isPageSource, showsAnExample, listsErrorsByStatus, listsStatusMeanings, isPullRequestDescription, isReferencePage, soleFencedBlock, unwrapMarkdown } from "./markdown.js";
import { stripColour } from "./colour.js";
import { unwrapFrame } from "./frame.js";
import { unwrapHardWrap } from "./hard-wrap.js";
import { unwrapLinePrefix } from "./line-prefix.js";
import { blankSourceComments } from "./source-code.js";
import { oauthHint } from "./oauth-body.js";
import { innerBody } from "./nested-body.js";
import { deliveryStatus, statedIn2xxBody, upstreamStatus } from "./upstream-status.js";
import { retriesSpentNote } from "./retries-spent.js";
import { readCassette } from "./cassette.js";
import { readLogLineFields } from "./log-fields.js";
import { ownStatus, typeStatusNote } from "./own-status.js";
import { joinInspectedStrings } from "./inspected-string.js";
import { joinTuplePieces } from "./tuple-pieces.js";
import { isSmtpReply } from "./smtp.js";
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";

export { MAX_INPUT_BYTES } from "./gates.js";

/** What a reader is told beside the text. */
interface ReadOptions {
  readonly source: Source;
  readonly entry: number | undefined;
}

/** One reader: the formats it yields, what it reads in a phrase, and the reading. */
export interface Reader {
  /** The `ParsedInput.format` values it yields. */
  readonly formats: readonly InputFormat[];
  /** What a person can paste for it, as the "cannot read" message and the classifier's hint list it. */
  readonly accepts: string;
  /** The response read, or `undefined` when the text is not this format. */
  readonly read: (t: string, o: ReadOptions) => ParsedInput | undefined;
}

/** The readers, in the order they are tried. */
export const READERS = [
  { formats: ["http", "curl-i"], accepts: 'a raw HTTP response starting with its status line ("HTTP/1.1 403 Forbidden"), or curl -i output', read: readHttp },
  // Before the text readers: what a JSON string holds reads decoded, never with its escapes (`\n` inside a URL, `\"` in a body).
  {
    formats: [],
    accepts: "any of these as a JSON string (a log field copied with its quotes and escapes)",
    read: readJsonString,
  },
  {
    formats: ["har", "json-wrapper", "sdk-error", "json-body"],
    accepts:
      'a HAR file or entry, a response object ({"status": 403, "headers": {...}, "body": ...}, also as console.log prints it), ' +
      "an SDK error as JSON.stringify(err) logs it, or an Alter error body",
    read: (t, o) => readPrintedErrorJson(t, o) ?? (t.startsWith("{") || t.startsWith("[") ? readJsonOrText(t, o) : readBracelessObject(t, o)),
  },
  { formats: ["curl-v"], accepts: "curl -v output", read: readCurlVerbose },
  { formats: ["http"], accepts: 'a status labelled on its own line ("Status Code: 400"), then the headers and the body', read: readLabelledStatusHttp },
  { formats: ["log"], accepts: "a VCR cassette (its YAML, or its JSON as betamax writes it) with the failed response it recorded", read: readCassette },
  // Before the printouts: @octokit/request gives a fetch that failed the status 500 (its fetch-wrapper's `new RequestError(message,
  // 500, ...)`), printed beside node-fetch's words for the failure; no response came.
  {
    formats: ["network-text"],
    accepts: 'node-fetch\'s failed request ("request to https://... failed, reason: read ECONNRESET"), whatever status its client printed',
    read: (t) => (/\brequest to https?:\/\/\S{1,2000} failed, reason: /.test(t) ? readNetworkText(t) : undefined),
  },
  {
    formats: ["log"],
    accepts: "a structured log's line whose fields follow as JSON (zap's console line: the OpenTelemetry Collector's), the failure told in a field",
    read: readLogLineFields,
  },
  {
    formats: ["log"],
    accepts:
      "an HTTP client's or SDK's error message (Python requests or httpx, SlackApiError, OpenAI's \"Error code: 429 - {...}\", Google's HttpError, an OpenAPI client's ApiException, Guzzle, Go, Azure, boto, Apache HttpClient, OkHttp, axios, a status before a JSON body...)",
    read: readLog,
  },
  { formats: [], accepts: "text with an HTTP response in it, also logged line by line after a prefix", read: (t) => readEmbeddedHttp(t) ?? readPrefixedHttp(t) },
  // After the printouts and the responses inside text, which read a response their own way (Go's debug trace, `<- "HTTP/2.0 422 ...\r\n..."`).
  { formats: ["http"], accepts: "a raw HTTP response a log wrote as a JSON string inside its line, its line breaks escaped", read: escapedResponseInLine },
  { formats: ["html-page"], accepts: "a proxy's or CDN's HTML error page (502 Bad Gateway, Cloudflare 522)", read: readHtmlPage },
  // Before the network errors: Cloudflare's 522 page says "Connection timed out", Envoy's 503 "Connection refused", and each is a response.
  {
    formats: ["log"],
    accepts: "the words of an error page or a proxy's reply (Google's \"502. That’s an error.\", Cloudflare's \"Error code 522\" beside its Ray ID, Envoy's \"503 upstream connect error\")",
    read: (t) => readWith([ERROR_PAGE_TEXT], t),
  },
  {
    formats: ["network-text"],
    accepts: 'a network error message ("TypeError: fetch failed", "curl: (7) Failed to connect ...")',
    read: (t) => readCurlFail(t) ?? readNetworkText(t),
  },
  {
    formats: ["log"],
    accepts: 'an error status stated in the text with the message after it ("403 Forbidden: Insufficient scope", "HTTP Error 429: Too Many Requests")',
    read: readStatusPhrase,
  },
  {
    formats: ["log"],
    accepts: 'a gRPC status ("rpc error: code = PermissionDenied desc = ...", "7 PERMISSION_DENIED: ..."), read as the HTTP status it maps to',
    read: readGrpcStatus,
  },
  {
    formats: ["log"],
    accepts: 'a Twirp error ("twirp error not_found: ...", LiveKit\'s TwirpError), read as the HTTP status its code stands for',
    read: readTwirpError,
  },
  {
    formats: ["log"],
    accepts: 'a status you state in words just above the error body you paste ("I got a 503 error:" and the JSON below)',
    read: readToldStatus,
  },
  {
    formats: ["log"],
    accepts: 'a client\'s exception named for its status ("Bigcommerce::Forbidden: {...}", "RestClient::TooManyRequests", LiteLLM\'s "litellm.RateLimitError: ..."), or a Ruby Net::HTTP response class a client says it received ("HTTP status Net::HTTPForbidden received"), read as that status',
    read: (t) => readWith([LITELLM_EXCEPTION, RUBY_NET_HTTP_STATUS, CLASS_NAMED_STATUS], t),
  },
  // After every printout that states the status: n8n's heading repeats it in its own words, and says nothing the printout does not.
  {
    formats: ["log"],
    accepts: 'n8n\'s heading for a failed call ("Forbidden - perhaps check your credentials?") above the API\'s words, read as the status it stands for',
    read: (t) => readWith([N8N_HEADING], t),
  },
  // After every reader of a stated status: words a provider's docs give with their status, the paste stating none. Not when the paste
  // holds the XML error document they are the message of, and its code stands for a status: that reader, last, reads the code too
  // (azure-core's HttpResponseError above Azure Storage's "Content: <?xml ...><Code>AuthorizationPermissionMismatch</Code>").
  {
    formats: ["log"],
    accepts: 'an error message a provider\'s docs give with its status (OpenAI\'s "You exceeded your current quota, ..."), read as that status',
    read: (t) => {
      const read = readDocumentedStatus(t);
      return read === undefined || readXmlErrorDocument(t)?.status === undefined ? read : undefined;
    },
  },
  // Last: a text that states no status, only an XML error document (an AWS tool's "RAW_XML: <ErrorResponse ...>"), is read for
  // what its code says when the provider's signals need no status (AWS's Throttling); otherwise it is refused, as a bare JSON body is.
  {
    formats: ["log"],
    accepts: "an XML error document alone (<ErrorResponse><Error><Code>...), read for what its code says",
    read: readXmlErrorDocument,
  },
] as const satisfies readonly Reader[];

/** Every format some reader yields: a format without a reader does not compile. */
type Covered = (typeof READERS)[number]["formats"][number];
const EVERY_FORMAT_HAS_A_READER: [Exclude<InputFormat, Covered>] extends [never] ? true : never = true;
void EVERY_FORMAT_HAS_A_READER;

/** What can be pasted, one phrase per reader, as the classifier's hint shows it. */
export const ACCEPTED_INPUTS: readonly string[] = READERS.map((r) => r.accepts);

/**
 * The `details.sdk_reason` of the AlterValueError for a text no reader recognises; its `details.accepted` then lists
 * {@link ACCEPTED_INPUTS}, which the CLI and the classifier show as a list below the message.
 */
export const UNREADABLE_INPUT = "unreadable_input";

/**
 * JSON that is no response (a list of log records, a JSON log line) may still hold one in
 * its text (`"Error code: 429 - {...}"`, an HTML page, a status in a message's words): the
 * text readers get their turn before the JSON's own error is reported.
 */
/**
 * A response object's members copied without its braces (`"statusCode": 429,` / `"body": {...},` / `"headers": {...}`, a poster's
 * selection out of a logged object): read as the object they were cut from, when that is a response object with a status.
 */
function readBracelessObject(t: string, o: ReadOptions): ParsedInput | undefined {
  if (!/^"[\w$-]{1,60}"[ \t]*:/.test(t)) return undefined;
  let read: ParsedInput | undefined;
  try {
    read = readJsonPaste(`{${t.replace(/,\s*$/, "")}}`, o.source, o.entry);
  } catch (err) {
    if (!(err instanceof AlterValueError)) throw err;
    return undefined;
  }
  if (read?.format !== "json-wrapper" || read.status === undefined) return undefined;
  read.warnings.unshift("Read the members pasted without their braces as the response object they were copied from.");
  return read;
}

/** How many distinct statuses a JSON value's `status`, `status_code` and `statusCode` members hold, four levels deep (at most 200 objects looked at). */
function statusesIn(value: unknown): number {
  const seen = new Set<number>();
  let budget = 200;
  const walk = (v: unknown, depth: number): void => {
    if (depth > 4 || budget <= 0 || typeof v !== "object" || v === null) return;
    budget--;
    for (const [key, member] of Object.entries(v)) {
      if (typeof member === "number" && Number.isInteger(member) && member >= 100 && member <= 599 && /^(?:status|status_?code|statusCode)$/.test(key)) seen.add(member);
      else walk(member, depth + 1);
    }
  };
  walk(value, 0);
  return seen.size;
}

function readJsonOrText(t: string, o: ReadOptions): ParsedInput | undefined {
  // An MCP tool's result (`{"content": [{"type": "text", "text": "{\"status\":404,\"object\":\"error\",...}"}]}`, Notion's MCP
  // server): the body the tool passed on is its text.
  const inner = mcpToolBody(t, o);
  if (inner !== undefined) return inner;
  try {
    return readJsonPaste(t, o.source, o.entry);
  } catch (err) {
    if (!(err instanceof AlterValueError)) throw err;
    // Text that only starts like JSON is none: the other readers, in their order, and no word of JSON in what the page says.
    if (startsLikeJsonOnly(t)) return undefined;
    // A JSON log line whose message holds a client's printout: the decoded string first (its
    // escapes would end up in the body), then the text as pasted. A serialized client error
    // (axios's toJSON: `"code": "ECONNABORTED"`) is a network failure told in JSON.
    let inside: ParsedInput | undefined;
    const whole = readJson(t);
    // A table of responses by status (a test's fixture of mocked responses, one per status: canvasapi's `{"400": {..., "status_code":
    // 400}, "401_unauthorized": {...}, ...}`) is no failure, nor is any string inside it.
    if (whole.ok && statusesIn(whole.value) >= 3) throw err;
    // A record the paste cuts off (a bunyan line whose `msg` holds the client's error and its stack, stopped mid-stack) still
    // says what its whole members say: they are read as a whole record's are.
    // (A body's size, as a cut JSON paste is closed only that far: a cut 5 MiB text is refused as cut, never closed.)
    const cutClosed = whole.ok || t.length > MAX_CUT_JSON ? undefined : closeCutBeforeWords(t);
    const cutRead = cutClosed === undefined ? undefined : readJson(cutClosed);
    const strings = whole.ok ? stringsOf(whole.value) : cutRead?.ok ? stringsOf(cutRead.value) : [];
    for (const s of strings) if ((inside = readLog(s) ?? readHtmlPage(s))) break;
    inside ??= readLog(t) ?? readHtmlPage(t) ?? readNetworkText(t);
    // The JSON the text starts with, when the whole is none: what the readers below look at (found once, for all of them).
    const lead = inside === undefined && !whole.ok ? leadingJson(t) : undefined;
    const leadRead = lead === undefined ? undefined : readJson(lead);
    // Or one whole with the poster's words after it, whose strings say what the text as pasted does not (a Rails app's
    // `{"error":"{:status=>400, :response_body=>\"{...}\"}"}` above "any idea?"): read after the text, which keeps more of a message.
    let fromLeading = false;
    if (inside === undefined && !cutRead?.ok && leadRead?.ok) {
      for (const s of stringsOf(leadRead.value)) if ((inside = readLog(s) ?? readHtmlPage(s))) break;
      fromLeading = inside !== undefined;
    }
    // Last, as for any text, in a log record's strings only: a status stated in a message's words (zap's `"level": "warn", "msg":
    // "... unexpected status code: 401, body: "`). A body's own words ({"error": "403 Forbidden by policy", "id": 7}) state none.
    // The record may have the poster's words after it.
    if (inside === undefined) {
      const record = whole.ok ? whole.value : leadRead?.ok ? leadRead.value : cutRead?.ok ? cutRead.value : undefined;
      if (isLogRecord(record)) for (const s of whole.ok ? strings : stringsOf(record)) if ((inside = readStatusPhrase(s))) break;
    }
    // The body first, the status in the words after it (Supabase's `{"message":"No API key found in request",...}` above
    // Chrome's "Failed to load resource: the server responded with a status of 401 ()"): one response.
    if (inside === undefined && !whole.ok) {
      // An object, or a list of them, is a body; a log's "[ 2][t 1]..." tags are the log's, and the status is in its words.
      const body = lead !== undefined && !/^\[\s*[^\s{]/.test(lead) ? lead : undefined;
      const after = lead === undefined ? undefined : readStatusPhrase(body === undefined ? t : t.slice(lead.length));
      if (after?.status !== undefined) {
        if (body === undefined) return after;
        after.body = body;
        after.warnings = after.warnings.filter((w) => w !== NO_BODY);
        after.warnings.unshift("Read the JSON at the start as the body of the status the text after it states.");
        return after;
      }
    }
    // JSON the paste cuts off (a terminal's or a log's limit: Continue's Gemini 429, its `details` cut mid-member) that states its
    // status before the cut: read up to its last whole member, as a printout's cut body is.
    if (inside === undefined && !whole.ok) {
      const closed = cutClosed;
      let read: ParsedInput | undefined;
      try {
        read = closed === undefined ? undefined : readJsonPaste(closed, o.source, o.entry);
      } catch {
        read = undefined; // no status before the cut: the JSON's own error is the answer
      }
      if (read !== undefined) {
        read.warnings.unshift("The JSON is cut off at the end of the paste: it was read up to its last whole member.");
        return read;
      }
    }
    if (inside === undefined) throw err;
    // (Text that only opens with a brace, NSHTTPURLResponse's `{ status code: 403, headers {`, was no JSON: read as the text it is.)
    inside.warnings.unshift(
      whole.ok || cutRead?.ok || fromLeading
        ? "The JSON is not a response itself; the response was read from the text inside it."
        : "The text opens like JSON but is none: it was read as the printout it is.",
    );
    return inside;
  }
}

/**
 * An error whose message is the response as JSON, printed by Node (`[Error: {"statusCode":401,
 * "body":{...},"headers":{...}}]`, `Error: {...}`) or by another language's client
 * (`Box.V2.Exceptions.BoxException: {"type":"error","status":429,...}`, an OpenAPI client's
 * `ApiException: Error calling GetContacts: {...}`), or thrown in a page (a browser console's `Uncaught {...}`): the JSON,
 * read as a paste of its own.
 */
function readPrintedErrorJson(t: string, o: ReadOptions): ParsedInput | undefined {
  // `[Error: {...}]` (Node before 12), `Box.V2.Exceptions.BoxException: {...}` (a qualified exception's message).
  // Also a browser console's "Uncaught {...}" and "Uncaught (in promise) {...}": what the page threw, as JSON.
  // Or logged under a label, the object opening at its line's end (Pipedream's `console.log("[debug] err.response", err.response)`:
  // "[debug] err.response {", an axios response as JSON): the label is a log level in brackets and a variable's name, or a
  // member's path (a class's name alone, "AirtableError {", is Node's inspection of an error, which the printouts read).
  const m = /^(?:\[?(?:[A-Za-z_][\w]{0,60}(?:\.|::)){0,8}[A-Za-z]{0,60}(?:Error|Exception): (?:Error calling [A-Za-z0-9_]{1,100}: )?|Uncaught (?:\(in promise\) )?|(?:\[[A-Za-z]{3,10}\][ \t]+[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,6}|[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){1,6})[ \t]+(?=\{[ \t]*\r?\n))(?=[{[])/.exec(t);
  if (!m) return undefined;
  const end = balancedEnd(t, m[0].length);
  // Cut off at the end of the paste (a log's line limit): read up to its last whole member.
  const json = end !== undefined ? t.slice(m[0].length, end) : closeCutJson(t.slice(m[0].length).replace(/\]?\s*$/, ""));
  if (json === undefined) return undefined;
  let read: ParsedInput | undefined;
  try {
    read = readJsonPaste(json, o.source, o.entry);
  } catch {
    return undefined; // not a response: the other readers (the SDKs' "Error: 429 {...}" lines among them) decide
  }
  if (read === undefined) return undefined;
  if (end === undefined) read.warnings.unshift("The JSON is cut off at the end of the paste: it was read up to its last whole member.");
  read.warnings.unshift("Read the JSON the printed error carries as its message.");
  return read;
}

/**
 * A JSON string literal (`"429 - {\"status\":\"error\", ...}"`, a log field copied with its
 * quotes): what it holds, read by the other readers. One level: a string inside a string is not unwrapped again.
 */
function readJsonString(t: string, o: ReadOptions): ParsedInput | undefined {
  // Its quotes lost, its escapes kept (`{\"status\":422,\"errorCode\":\"101\",...}`, as a mobile or Java logger prints a body it
  // got as a string): what it holds, read as when the quotes are there. Only when no quote in it stands unescaped.
  // (Also as inline code, its backticks kept where a fence around it was removed.)
  const bare = t.length > 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
  const unquoted = /^\[?\{\\"/.test(bare) && !/(?<!\\)"|[\r\n`]/.test(bare.replace(/\\\\/g, ""));
  if (unquoted) return readJsonString(`"${bare}"`, o);
  // A list of such strings (a job queue's failed job, its `stacktrace` as BullMQ keeps it: `["Error: ImagineApi failed with status
  // 429\n    at ..."]`): the first that reads. A list of anything else is the JSON readers'.
  if (t.startsWith('["') && t.endsWith('"]')) {
    const list = readJson(t);
    if (!list.ok || !Array.isArray(list.value) || list.value.length > 20 || !list.value.every((v) => typeof v === "string")) return undefined;
    for (const item of list.value as string[]) {
      const inner = trimBlank(item);
      if (inner === "" || inner.startsWith('"') || inner.startsWith("[")) continue;
      const read = readWithReaders(inner, o);
      // (Only a failure the string states whole, its status or a network error: a list of anything else is no response.)
      if (read === undefined || (read.status === undefined && read.network === undefined)) continue;
      read.warnings.unshift("The paste is a list of JSON strings: what the first that reads holds was read.");
      return read;
    }
    return undefined;
  }
  // Or one the paste cut off before its closing quote (an SDK error's stack as a JSON log keeps it, its last frames not copied), on one
  // line: closed where it stops.
  const cut = t.startsWith('"') && !t.endsWith('"') && t.length <= MAX_CUT_JSON && !t.includes("\n");
  if ((!t.startsWith('"') || !t.endsWith('"')) && !cut) return literalLineAmidWords(t, o);
  const json = readJson(cut ? `${t.endsWith("\\") && !t.endsWith("\\\\") ? t.slice(0, -1) : t}"` : t);
  if (!json.ok || typeof json.value !== "string") return cut ? literalLineAmidWords(t, o) : undefined;
  const inner = trimBlank(json.value);
  if (inner === "" || inner.startsWith('"')) return undefined;
  const read = readWithReaders(inner, o);
  read?.warnings.unshift(
    cut
      ? "The paste is a JSON string cut off before its closing quote: what it holds was read up to where it stops."
      : "The paste is a JSON string (quotes and escapes around it): what it holds was read.",
  );
  return read;
}

/**
 * A raw response a log wrote as a JSON string inside its line, its line breaks and slashes escaped (the Worldpay Magento module's
 * `09:54:46data"HTTP\/1.1 401 Unauthorized\r\nDate: ...\r\nWWW-Authenticate: Basic realm=\"Bibit Merchant XML Login\"\r\n..."`):
 * the string decoded and read as the response it holds. Its end is the first quote no backslash escapes, on the same line, or the
 * paste's end.
 */
function escapedResponseInLine(t: string): ParsedInput | undefined {
  // (Its headers in the same string: Ruby's wire trace writes one string a line, `-> "HTTP/1.1 403 Forbidden\r\n"`, which its own reader reads.)
  const m = /"HTTP\\?\/\d(?:\.\d)? [1-5]\d\d\b[^"\\\r\n]{0,200}\\r?\\n(?!")/.exec(t);
  if (m === null) return undefined;
  let end = m.index + 1;
  for (; end < t.length; end++) {
    const c = t.charCodeAt(end);
    if (c === 0x5c /* \ */) end++;
    else if (c === 0x22 /* " */ || c === 0x0a) break;
  }
  // Cut off where the paste ends (a log viewer's line limit): closed there, an escape it cut in two dropped.
  const cut = end >= t.length;
  if (!cut && t.charCodeAt(end) !== 0x22) return undefined;
  const json = readJson(cut ? `${t.slice(m.index, end > t.length ? -1 : t.length)}"` : t.slice(m.index, end + 1));
  if (!json.ok || typeof json.value !== "string") return undefined;
  const read = readHttp(json.value);
  read?.warnings.unshift(`Read the raw response the log wrote as a JSON string inside its line (its escapes decoded)${cut ? ", cut off where the paste ends" : ""}.`);
  return read;
}

/**
 * A JSON string literal on a line of its own (its escapes kept, `\"`), amid a few short lines of a person's words ("I get this
 * error:" above it, "any idea?" below, a command line; a code fence's lines): what it holds. Not one among other structure (a
 * brace on another line), nor one of several: a log's fields are read by the log readers.
 */
function literalLineAmidWords(t: string, o: ReadOptions): ParsedInput | undefined {
  // (Or one cut off before its closing quote, a long line that reads as a JSON string once closed: see readJsonString.)
  const literal = lineAmidWords(t, (line) => line.startsWith('"') && (line.endsWith('"') || line.length > 40));
  const read = literal === undefined ? undefined : readJsonString(literal, o);
  read?.warnings.push("Read the JSON string on a line of its own; the words around it were skipped.");
  return read;
}

/**
 * The last resort: a JSON object on a line of its own, whole or cut (a structured log's record: LibreChat's `{"level":"error",
 * "message":"...\nStatus code: 404\n..."}`, its line breaks escaped inside, so that no reader of text finds its words), amid a few
 * short lines of a person's words: read as when it is pasted alone. Last: words that state a status are read before it.
 */
function objectLineAmidWords(t: string, o: ReadOptions): ParsedInput | undefined {
  const line = lineAmidWords(t, (l) => l.startsWith('{"'));
  // (Not a docs page's example of what its errors look like, under its caption.)
  if (line !== undefined && underExampleCaption(t, t.indexOf(line))) return undefined;
  const read = line === undefined ? undefined : readWithReaders(line, o);
  read?.warnings.push("Read the JSON object on a line of its own; the words around it were skipped.");
  return read;
}

/**
 * A response object an app logged after its words and a colon (passport-azure-ad's "failed to redeem authorization code:
 * {"statusCode":400,"data":"{\"error\":\"invalid_request\",...}"}" amid bunyan's JSON records): read as when it is pasted alone.
 * Last too, as {@link objectLineAmidWords} is.
 */
function responseObjectAfterWords(t: string, o: ReadOptions): ParsedInput | undefined {
  const m = /[^\s{][ \t]*:[ \t]*(?=\{"(?:statusCode|status)":[ \t]*[45]\d\d[,}])/.exec(t);
  const text = m ? bracketed(t, m.index + m[0].length) : undefined;
  const read = text === undefined ? undefined : readWithReaders(text, o);
  if (read?.format !== "json-wrapper") return undefined;
  read.warnings.push("Read the response object the app logged after its words; the rest of the paste was skipped.");
  return read;
}

/** The one line of `t` (20 characters at least) that `is` takes, when at most three short lines of words without brackets are around it. */
function lineAmidWords(t: string, is: (line: string) => boolean): string | undefined {
  let found: string | undefined;
  let words = 0;
  for (let at = 0; at < t.length; ) {
    const eol = t.indexOf("\n", at);
    const end = eol < 0 ? t.length : eol;
    const line = t.slice(at, end).trim();
    at = end + 1;
    if (line === "" || line.startsWith("```")) continue;
    if (line.length >= 20 && is(line)) {
      if (found !== undefined) return undefined;
      found = line;
    } else if (++words > 3 || line.length > 200 || /[{}[\]]/.test(line)) return undefined;
  }
  return words === 0 ? undefined : found;
}

/** What the first of {@link READERS} that reads `t` reads, or `undefined`. */
function readWithReaders(t: string, o: ReadOptions): ParsedInput | undefined {
  for (const reader of READERS as readonly Reader[]) {
    const read = reader.read(t, o);
    if (read !== undefined) return read;
  }
  return undefined;
}

/**
 * Whether a JSON value is a client's words, not a server's body: a structured log's record (an object with a level: zap's,
 * pino's, logrus', bunyan's, GCP's `severity`), or a client's error serialized (MSAL's `{"errorCode": "network_error",
 * "errorMessage": "... HTTP status code 400 ...", "name": "ClientAuthError"}`: a `name` ending in Error, and its message).
 */
function isLogRecord(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (["level", "lvl", "severity", "log.level"].some((k) => Object.hasOwn(value, k))) return true;
  // The Airbyte protocol's log message, its record under `log` (`{"type": "LOG", "log": {"level": "INFO", "message": "Backing off
  // ... (source_hubspot.errors.HubspotRateLimited: 429 Rate Limit Exceeded: ...)"}}`).
  if (value.type === "LOG" && isRecord(value.log) && Object.hasOwn(value.log, "level")) return true;
  return typeof value.name === "string" && /^[A-Z]\w{0,60}Error$/.test(value.name) && (typeof value.message === "string" || typeof value.errorMessage === "string");
}

/** The string members of a JSON value, and of the objects in it, a level down: at most 32, in document order. */
function stringsOf(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [];
  const out: string[] = [];
  for (const v of Object.values(value)) {
    if (typeof v === "string") out.push(v);
    else if (v !== null && typeof v === "object" && !Array.isArray(v)) for (const w of Object.values(v)) if (typeof w === "string") out.push(w);
    if (out.length >= 32) break;
  }
  return out.filter((s) => s.length > 8).slice(0, 32);
}

/**
 * A JSON body a console wrapped at its width, inside its strings too (PowerShell's error record: `...does not meet` /
 * `license requirement!",...`, with the script's position below it): the body with its wraps undone, when that parses and the
 * body as printed does not; else `undefined`.
 */
function wrappedJsonBody(body: unknown): string | undefined {
  // A line break inside a string ends it for `bracketed`: a body wrapped there does not balance (a body printed over several
  // lines, between its members, does, and is not read twice).
  if (typeof body !== "string" || !body.startsWith("{") || !body.includes("\n") || bracketed(body, 0) !== undefined) return undefined;
  const joined = bracketedAcrossWraps(body, 0);
  return joined !== undefined && readJson(joined).ok ? joined : undefined;
}

/**
 * A JSON body with zsh's mark after it: zsh prints a reverse-video `%` where a command's output ends without a line break,
 * as curl's does, and a copy of the terminal keeps it (`{"errors":[...]}%`). The body without it, when that parses; else `undefined`.
 */
function withoutZshMark(body: unknown): string | undefined {
  if (typeof body !== "string") return undefined;
  const t = body.trimEnd();
  if (!t.endsWith("}%") && !t.endsWith("]%")) return undefined;
  const json = t.slice(0, -1);
  return readJson(json).ok ? json : undefined;
}

/** A curl command line pasted above its output. */
const CURL_COMMAND = /^(?:\$ |% |> )?curl[ \t]/;

/** Writings whose statuses are what they are about, never a call's answer: each refused, with what it is and why. */
const WRITINGS_ABOUT_STATUSES: readonly [is: (t: string) => boolean, what: string][] = [
  [isCommitMessage, "a commit message: the statuses it names are what the change handles"],
  [isFeatureRequest, "a feature request: the statuses it names are what the feature is to handle"],
  [isPullRequestDescription, "a pull request's description: the statuses it names are what the change handles"],
  [isReferencePage, "a library's reference page for a class: the status it names is what the class stands for"],
  [isChangelog, "a changelog: the failures it names are what its releases handled"],
  [isDesignRecord, "a design record (an ADR): the responses it shows are what the design is to handle"],
  [explainsStatusClasses, "an API's docs on what its statuses mean: the bodies it shows are its examples"],
  [isHelpArticle, "a help article about errors: the failures it quotes are its examples"],
  [isErrorGuide, "a guide to an API's errors (each status with its causes and fix): the failures it quotes are its examples"],
  [listsErrorsByStatus, "an API's page of its errors (each status a heading above its example bodies): the bodies it shows are its examples"],
  [listsStatusMeanings, "a list of what an API's statuses mean, as its docs give them: the failures it names are its examples"],
  [isKnowledgeBaseArticle, "a knowledge-base article (what it applies to, the cause, the solution): the error it quotes is its subject"],
  [describesAnError, "an API's page on one of its errors (when it returns it, the causes, the fixes): the error it names is its subject"],
  [showsAnExample, "an example of a response, shown under the words that say so: what it shows did not happen to a call"],
];

/**
 * Reads pasted text as the response (or network failure) the classifier maps. Accepted,
 * with CRLF or LF line endings, a leading byte order mark, blank lines around it and the
 * indentation of its first line, whatever one of {@link READERS} reads (the list is in
 * the `AlterValueError` message for anything else):
 *
 * - a raw HTTP response (`http`), `curl -i` output (`curl-i`, the last response counts)
 *   and `curl -v` output (`curl-v`); a curl command line above the output is skipped;
 * - a HAR file or entry (`har`: the last failed API call counts; `entries` lists the
 *   failed ones, `entry` the one read; `entry` here picks another by its index);
 * - a response object (`json-wrapper`), the SDK's own serialized error (`sdk-error`), an
 *   Alter error body, poll result or Slack body alone (`json-body`);
 * - a client's or SDK's printout of a response (`log`), an HTML error page (`html-page`),
 *   a response inside other text (read from its status line), a network failure
 *   (`network-text`).
 *
 * `warnings` says what was reconstructed, skipped or cut, and what the paste lacks.
 *
 * @param text - What the developer pasted.
 * @param source - Where the response came from (default `"auto"`); only changes which
 *   bare JSON bodies are read without a status.
 * @param entry - For a HAR export, the index in `log.entries` of the entry to read.
 * @returns What was read. `headers` keep their order and case.
 * @throws {@link AlterValueError} for empty input, binary input (a NUL, or more than 1% C0
 *   control characters other than TAB, LF, CR and FF), input over 5 MiB of UTF-8, a status
 *   outside 100 to 599, JSON that does not parse or nests too deep, and anything else
 *   unrecognised. The message says what was expected; it never throws anything else.
 */
export function parseResponse(text: string, source: Source = "auto", entry?: number): ParsedInput {
  return parse(text, source, entry, true);
}

/** `parseResponse` the whole way, never at once as a wire response: for the test that both ways read those alike. */
export function parseAsPasted(text: string, source: Source = "auto", entry?: number): ParsedInput {
  return parse(text, source, entry, false);
}

function parse(text: string, source: Source, entry: number | undefined, wireFirst: boolean, nested = false): ParsedInput {
  if (typeof text !== "string") throw new AlterValueError("parseResponse expects the pasted text as a string.");
  checkSize(text);
  const untrimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let t = trimBlank(untrimmed);
  if (t === "") {
    throw new AlterValueError(
      "Nothing to classify: paste a failed response (the raw HTTP response, curl -i or curl -v output, a HAR file, or the JSON body) or the network error text.",
    );
  }
  // The response as sent reads at once (see wire.ts); its blank margins still count for the binary gate's 1%.
  const wire = wireFirst ? readWireResponse(t) : undefined;
  if (wire !== undefined) {
    if (untrimmed.length !== t.length) checkBinary(untrimmed);
    return completeRead(wire, t);
  }
  checkBinary(untrimmed); // the 1% counts against the whole input, blank lines included
  if ((t.charCodeAt(0) === 0x2d /* - */ || t.charCodeAt(0) === 0x2b) /* + */ && isPageSource(t)) {
    throw new AlterValueError(
      "This is a documentation page's source (front matter, then headings): the responses it shows are its examples, not a failure. Paste the failed response itself.",
    );
  }

  for (const [is, what] of WRITINGS_ABOUT_STATUSES) if (is(t)) throw new AlterValueError(`This is ${what}, not a failure. Paste the failed response itself.`);

  const uncoloured = stripColour(t);
  if (uncoloured !== undefined) t = uncoloured;
  // (Before the Markdown: a tracker's bold labels are its layout, not a poster's emphasis.)
  const tracked = unwrapTrackerIssue(t);
  if (tracked) t = tracked.text;
  const unwrapped = unwrapMarkdown(t);
  t = unwrapped.text;
  if (t === "") throw new AlterValueError("Nothing to classify inside the Markdown: paste the failed response itself.");
  let unframed = unwrapFrame(t);
  if (unframed) t = unframed;
  // (The first line's indentation, trimmed above, was on the screen: it counts towards the width the terminal cut at.)
  const indent = indentOf(untrimmed, t);
  const dedented = dedentResponse(t, indent);
  if (dedented !== undefined) t = dedented;
  const unwrappedCuts = unwrapHardWrap(t, indent);
  if (unwrappedCuts) t = unwrappedCuts.text;
  const unprefixed = unwrapLinePrefix(t);
  if (unprefixed) t = unprefixed.text;
  const uncommented = unprefixed ? undefined : blankSourceComments(t);
  if (uncommented !== undefined) t = uncommented;
  // A box drawn inside the log's prefixes (Terraform's `│` after Jenkins' time on each line) shows once they are removed.
  if (unprefixed && !unframed) {
    unframed = unwrapFrame(t);
    if (unframed) t = unframed;
  }
  const joinedStrings = joinInspectedStrings(t);
  if (joinedStrings) t = joinedStrings;
  const joinedPieces = joinTuplePieces(t);
  if (joinedPieces) t = joinedPieces;
  // A raw response on one line, its line breaks escaped as a log or a JSON string keeps them ("HTTP/1.1 429 Too Many
  // Requests\nRetry-After: 60\n\nToo Many Requests (HAP429).\n", as posted in a Docker forum): its breaks read back.
  const escaped = !t.trimEnd().includes("\n") && /^HTTP\/\d(?:\.\d)? [1-5]\d\d\b[^\\]{0,200}(?:\\r)?\\n/.test(t);
  if (escaped) t = t.replace(/\\r\\n|\\n/g, "\n");

  const firstLineEnd = lineEnd(t, 0);
  if (CURL_COMMAND.test(t.slice(0, Math.min(firstLineEnd, 16)))) {
    const rest = trimBlank(t.slice(nextLine(t, firstLineEnd)));
    if (rest === "") {
      throw new AlterValueError(
        "This is a curl command, not its output: run it with -i (or -v) and paste what it prints, status line and headers included.",
      );
    }
    t = rest;
  }

  const o: ReadOptions = { source, entry };
  for (const reader of READERS as readonly Reader[]) {
    let read = reader.read(t, o);
    if (read === undefined) continue;
    // A client's one line that states only the status (axios's "Request failed with status code 422"), above the whole response the
    // same paste shows later (curl -i's "HTTP/2 422" and its body): that response says more of the same answer.
    if (read.format === "log" && read.body === "" && read.headers.length === 0 && read.status !== undefined) {
      const whole = readEmbeddedHttp(t);
      if (whole?.status === read.status && (whole.body !== "" || whole.headers.length > 0)) {
        whole.warnings.unshift(`Read the whole response the paste shows below the client's line that states its status (${read.status}).`);
        read = whole;
      }
    }
    if (read.format === "log" && isSmtpReply(t, read.status)) {
      throw new AlterValueError(
        `This is a mail server's SMTP reply (${read.status}), not an HTTP response: over SMTP a 4xx reply is temporary and a 5xx one permanent, the opposite of what the number says over HTTP. Retry a 4xx reply later; fix what a 5xx reply names. Paste an HTTP API's failed response to classify it.`,
      );
    }
    if (unwrapped.removed) read.warnings.unshift(`Removed ${unwrapped.removed} (Markdown) before reading.`);
    if (tracked) read.warnings.unshift(`Read the exception of ${tracked.tracker}'s issue as its runtime prints it ("Class: message").`);
    if (uncoloured !== undefined) read.warnings.unshift("Removed a terminal's colour codes before reading.");
    if (unframed) read.warnings.unshift("Removed the box a terminal drew around it before reading.");
    if (dedented !== undefined) read.warnings.unshift(`Removed the indent (${indent} ${indent === 1 ? "blank" : "blanks"}) every line of the response carried before reading.`);
    if (unwrappedCuts) read.warnings.unshift(`Joined the lines a terminal cut at ${unwrappedCuts.width} columns before reading.`);
    if (unprefixed) read.warnings.unshift(unprefixed.said ?? `Removed ${unprefixed.prefix} a log wrote before each line.`);
    if (uncommented !== undefined) read.warnings.unshift("Skipped the comments of the source code pasted: what they quote is no call's answer.");
    if (joinedStrings) read.warnings.unshift("Joined the strings Node printed in pieces ('...\\n' + '...') back into their text before reading.");
    if (joinedPieces) read.warnings.unshift("Joined the pieces Python printed as a tuple ('Request ', 'GET', ..., 400, ...) back into their message before reading.");
    if (escaped) read.warnings.unshift("Read the response's escaped line breaks (\\n) as line breaks: it was pasted on one line.");
    // A request id the client printed in its own words, where its printout gave no header (Codex's "OpenAI rejected the request
    // (request ID: req_8005...)", Recurly's "Recurly Request Id: 525a...-EWR"). (After the readers: a header here would keep them from
    // looking further for the whole response.)
    if (read.format === "log" && read.headers.length === 0) {
      const printed = printedRequestId(t);
      const at = read.warnings.indexOf(NO_HEADERS);
      if (printed !== undefined && at >= 0) {
        read.headers.push(printed.header);
        read.warnings[at] = `No headers in this paste: the request id the client printed (${printed.header[1]}) was read as the response's X-Request-Id; the retry wait the headers would carry is unknown.`;
      }
    }
    return completeRead(read, t);
  }
  // Fences that do not pair up (a whole issue body, its own fences included, fenced again)
  // can cut the response out of what was unwrapped: then the text as pasted is read, where
  // the log and page readers find a response amid prose and stray fence lines.
  if (unwrapped.removed) {
    // (A source file's comments stay skipped there: what they quote is still no call's answer.)
    const asPasted = trimBlank(untrimmed);
    const whole = uncommented !== undefined ? (blankSourceComments(asPasted) ?? asPasted) : asPasted;
    const read = readWithReaders(whole, o);
    if (read !== undefined) return read;
  }
  const objectLine = objectLineAmidWords(t, o) ?? responseObjectAfterWords(t, o);
  if (objectLine !== undefined) return objectLine;
  // Last, the paste repaired once more, each read the whole way once: a printout logged on a line, its line breaks escaped (logcat's
  // and a JSON log's message: graph-java's GraphServiceException as "...Error code: itemNotFound\nError message: ...\n\n404 : Not
  // Found"), read with its escapes read back, only when nothing read it as pasted (a line that holds a JSON body keeps that body's
  // escapes); a log a person fenced amid their words, which the readers did not find among them because every line of it carries its
  // prefix and the words none (only such a log: any other block is read amid its words, where the guards against docs and examples
  // see them); a few words around a code block that holds the rest (an issue's "I get this error:" above a fenced body the copy cut
  // off, and "any idea?" below it), not under a docs page's caption.
  if (!nested) {
    const block = soleFencedBlock(t);
    const again =
      readAgain(escapedLines(t), source, entry, "Read the paste's escaped line breaks (\\n) as line breaks: it was logged on one line.") ??
      readAgain(block !== undefined && unwrapLinePrefix(block) !== undefined ? block : undefined, source, entry, "Read the fenced block amid the words around it.") ??
      readAgain(blockAmidFewWords(t), source, entry, "Read the code block amid the few words around it.");
    if (again !== undefined) return again;
  }
  // The forms it reads go in `details.accepted`, not in the message: thirty of them in one sentence buried the one thing to do.
  throw new AlterValueError(
    `Could not read this as a response or a network error (it begins ${preview(t)}).${oauthHint(t)} Paste the failed call with the HTTP status it got ` +
      "(the raw response, curl -i or curl -v output, a HAR entry, or the error your client logged with its status), or the network error's words.",
    { details: { sdk_reason: UNREADABLE_INPUT, accepted: ACCEPTED_INPUTS } },
  );
}

/** `text` (a repair of the paste) read the whole way once, `warning` first among its warnings; `undefined` when there is none or it does not read. */
function readAgain(text: string | undefined, source: Source, entry: number | undefined, warning: string): ParsedInput | undefined {
  if (text === undefined) return undefined;
  try {
    const read = parse(text, source, entry, true, true);
    read.warnings.unshift(warning);
    return read;
  } catch (err) {
    if (!(err instanceof AlterValueError)) throw err;
    return undefined;
  }
}

/**
 * The code block of `t` (its fences included), when at most three lines of words come before it and after it, none a heading, and it
 * holds no other fence (a second block is a page's); the block runs to its closing fence or, unclosed, to the end. `undefined` otherwise.
 */
function blockAmidFewWords(t: string): string | undefined {
  const fence = /^[ \t]*(?:`{3,}|~{3,})[^\r\n`]{0,40}\r?$/gm;
  const open = fence.exec(t);
  if (open === null || open.index === 0 || open.index > 600 || underExampleCaption(t, open.index)) return undefined;
  const close = fence.exec(t);
  if (close !== null && fence.exec(t) !== null) return undefined;
  const end = close === null ? t.length : close.index + close[0].length;
  // (Six lines around it at most, three of them before it.)
  if (!aloneInPaste(t, open.index, end, 6) || !aloneInPaste(t, open.index, t.length, 3)) return undefined;
  return t.slice(open.index, end);
}

/**
 * A body whose values are its schema's type names (an API reference's example, `{"errorMessage": "string", "supportReferenceId":
 * "string"}`): three of them at least, and most of its strings. (At most 200 values looked at.)
 */
function isSchemaExample(body: unknown): boolean {
  // (Looked for before the body is parsed again: every response passes here, and few hold the word.)
  if (typeof body === "string" && !body.includes('"string"')) return false;
  const read = typeof body === "string" && body.startsWith("{") ? readJson(body) : undefined;
  const value = read === undefined ? body : read.ok ? read.value : undefined;
  if (!isRecord(value)) return false;
  let strings = 0;
  let names = 0;
  let seen = 0;
  const walk = (v: unknown): void => {
    if (++seen > 200) return;
    if (typeof v === "string") {
      strings++;
      if (v === "string") names++;
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (isRecord(v)) for (const k in v) walk(v[k]);
  };
  walk(value);
  return names >= 3 && names * 2 > strings;
}

/**
 * `t` with the escapes of its line that escapes at least two line breaks read back (`\\n`, `\\r\\n` and `\\t` as the breaks
 * and tabs they stand for, `\\/` and `\\"` as the characters); a person's words around that line stay as they are. `undefined`
 * when no line does, when several do (a JSON log's records, each its own failure: which one is the answer is the log's to say), or
 * when another line holds a brace (the line is a string inside a JSON document, whose escapes are the document's).
 */
function escapedLines(t: string): string | undefined {
  let at = -1;
  const lines = t.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.indexOf("\\n");
    if (first >= 0 && line.indexOf("\\n", first + 2) >= 0) {
      if (at >= 0) return undefined;
      at = i;
    } else if (line.includes("{") || line.includes("}")) return undefined;
  }
  if (at < 0) return undefined;
  lines[at] = lines[at]!.replace(/\\(?:r\\n|[nt/"])/g, (e) => (e === "\\t" ? "\t" : e === "\\/" ? "/" : e === '\\"' ? '"' : "\n"));
  return lines.join("\n");
}

/**
 * A raw response indented as a whole (a Markdown list's or a docs page's block: " HTTP/1.1 429 ...\n Date: ..."), its first line's indent
 * trimmed with the paste's: the same indent taken from every line after it, where each one carries it. Else its header lines would
 * read as the status line's folded continuations.
 */
function dedentResponse(t: string, indent: number): string | undefined {
  if (indent === 0 || indent > 8 || !/^HTTP\/\d(?:\.\d)? [1-5]\d\d\b/.test(t)) return undefined;
  const lines = t.split("\n");
  const carries = (line: string) => line.trim() === "" || (line.length > indent && /^[ \t]*$/.test(line.slice(0, indent)));
  if (lines.length < 2 || !lines.slice(1).every(carries)) return undefined;
  return [lines[0]!, ...lines.slice(1).map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))].join("\n");
}

/**
 * How many columns of indentation the first line of `t` had in the paste, `original`, before its margins were trimmed (and a code
 * fence or a sentence around it removed): blanks only, else none.
 */
function indentOf(original: string, t: string): number {
  const first = t.slice(0, Math.min(lineEnd(t, 0), 200));
  const at = first === "" ? -1 : original.indexOf(first);
  if (at <= 0) return 0;
  let start = at;
  while (start > 0 && (original.charCodeAt(start - 1) === 0x20 || original.charCodeAt(start - 1) === 0x09)) start--;
  return start === 0 || original.charCodeAt(start - 1) === 0x0a ? at - start : 0;
}

/**
 * What every reading ends with, whatever read it: the body's own repairs (a console's wraps, zsh's mark) and what the body says
 * of the failure beyond its status (another response printed whole, a provider's body inside a proxy's, an upstream's status, a
 * delivery's, a type named for a status, a client's spent retries). `t` is the text the reader read.
 */
function completeRead(read: ParsedInput, t: string): ParsedInput {
  if (isSchemaExample(read.body)) {
    throw new AlterValueError(
      "This is an API's documented error schema (its values are the type names, \"string\"), not a failure. Paste the failed response itself.",
    );
  }
  const unwrappedBody = wrappedJsonBody(read.body);
  if (unwrappedBody !== undefined) {
    read.body = unwrappedBody;
    read.warnings.push("Read the JSON body across the line breaks a console wrapped it at; what followed it was skipped.");
  }
  const unmarked = withoutZshMark(read.body);
  if (unmarked !== undefined) {
    read.body = unmarked;
    read.warnings.push("Removed the % zsh prints after output that does not end in a line break (curl's body) before reading the JSON.");
  }
  // A response whose text is another's failure printed whole (its status, content and headers): that failure is the one a retry meets.
  const printed = read.status !== undefined && read.status >= 400 && typeof read.body === "string" ? printedResponse(read.body) : undefined;
  if (printed !== undefined && printed.status !== read.status) {
    read.warnings.push(`The body prints the response of the call it made whole: read that response (${printed.status}), not the ${read.status} around it.`, ...printed.warnings);
    read.status = printed.status;
    read.statusText = printed.statusText;
    read.headers = printed.headers;
    read.body = printed.body;
  }
  const inner = innerBody(read.body);
  if (inner !== undefined) {
    read.body = inner.text;
    read.warnings.push("The body's message holds another error body as text (a proxy passed its provider's error on): read that one.");
    // The provider's own status, where it states one other than the wrapper's (an app's 400 around Replicate's 429): the failure is its.
    const own = ownStatus(inner.value);
    if (own !== undefined && own >= 400 && own <= 599 && own !== read.status) {
      read.warnings.push(`Read the status that body states, ${own}${read.status === undefined ? "" : `, not the ${read.status} of the error around it`}.`);
      read.status = own;
    }
  } else {
    const upstream = upstreamStatus(read.status, read.body);
    const delivered = upstream === undefined ? deliveryStatus(read.status, read.body) : undefined;
    if (upstream !== undefined) {
      read.warnings.push(`Read the status the body's message says the call it made returned, ${upstream.status}, not the ${read.status} of the service that passed the failure on: a retry meets the same ${upstream.status}.`);
      read.status = upstream.status;
      read.statusText = undefined;
      read.url ??= upstream.url;
    } else if (delivered !== undefined) {
      read.warnings.push(`Read the status the body says the delivery got, ${delivered}: the ${read.status} only says the request was taken, its body that it failed.`);
      read.status = delivered;
      read.statusText = undefined;
    } else {
      const stated = statedIn2xxBody(read.status, read.body);
      if (stated !== undefined) {
        read.warnings.push(`Read the status the body's "${stated.name}" stands for, ${stated.status}: its API answers a failure with a ${read.status} and says it in the body.`);
        read.status = stated.status;
        read.statusText = undefined;
      }
    }
  }
  const typed = read.format === "log" || read.format === "json-body" ? typeStatusNote(read.body, read.status, t) : undefined;
  if (typed !== undefined) read.warnings.push(typed);
  const spent = retriesSpentNote(t, read.status);
  if (spent !== undefined) read.warnings.push(spent);
  return read;
}

/** The XML error document in `t` as the body of a response whose status the text does not state; `undefined` when it has none. */
function readXmlErrorDocument(t: string): ParsedInput | undefined {
  // A test's fixture of one (the AWS SDK for Rust's S3 `SlowDown` under `#[tokio::test]`) is no call's answer.
  if (inTestSource(t)) return undefined;
  const whole = xmlErrorDocument(t);
  // (Or one the paste cuts off, closed after its last whole element, and said to be.)
  const cutDocument = whole ?? cutXmlErrorDocument(t);
  // (Or its elements alone, the paste beginning inside `<Error>`: rusoto's "<Code>RequestTimeout</Code><Message>Your socket connection
  // ..." as its S3 error printed the body. Read with the element around them.)
  const elements = cutDocument === undefined ? BARE_ERROR_ELEMENTS.exec(t) : null;
  const bare = elements !== null && aloneInPaste(t, elements.index, elements.index + elements[0].length) ? `<Error>${elements[0].trim()}</Error>` : undefined;
  const body = cutDocument ?? bare;
  if (body === undefined) return numberedXmlError(t);
  const cut =
    bare !== undefined ? ["The paste begins inside an XML error document (its <Code> and <Message>): read with the <Error> element around them."]
    : whole === undefined ? ["The XML error document is cut off at the end of the paste: it was read up to its last whole element."]
    : [];
  // S3's `<Error>` (not a query API's `<ErrorResponse>`, whose codes come with other statuses): its code stands for a status, when
  // the document is what was pasted, give or take a few lines around it (the curl command that got it, a sentence, a fence). A page
  // that shows one among its words (R2's docs on how errors are returned, its headings) is explaining it.
  const at = whole !== undefined ? t.indexOf(body) : t.search(/<(?:\?xml|Error)/);
  const alone = bare !== undefined || aloneInPaste(t, at, whole !== undefined ? at + body.length : t.length);
  const code = /^(?:<\?xml[^>]{0,200}\?>\s{0,200})?<Error>\s{0,200}<Code>\s{0,40}([A-Za-z]{2,60})\s{0,40}<\/Code>/.exec(body)?.[1];
  const status = code === undefined || !alone ? undefined : s3Status(code);
  if (status !== undefined) return { format: "log", status, headers: [], body, warnings: [`Read the XML error document in the paste: ${s3StatusSaid(code!, status)}; the paste states no status.`, ...cut] };
  // Azure Storage's, whose message ends with the request's id and time: a response, wherever a client printed it (velero's "request
  // failed: <?xml ..."), not a page's example.
  const azure = code === undefined ? undefined : azureStorageStatus(body, code);
  if (azure !== undefined) {
    return { format: "log", status: azure, headers: [], body, warnings: [`Read the XML error document in the paste: Azure Storage's error code ${code} stands for HTTP ${azure} (its error codes' pages); the paste states no status.`, ...cut] };
  }
  return { format: "log", headers: [], body, warnings: ["Read the XML error document in the paste: it states no HTTP status.", ...cut] };
}

/** An XML error document's code and message on lines of their own, without the `<Error>` element around them. */
const BARE_ERROR_ELEMENTS = /(?<=^|\n)[ \t]{0,40}<Code>[A-Za-z]{2,60}<\/Code>\s{0,200}<Message>[^<]{0,4000}<\/Message>(?:\s{0,200}<[A-Za-z]{1,40}>[^<]{0,400}<\/[A-Za-z]{1,40}>){0,8}[ \t]{0,40}(?=\r?\n|$)/;

/** Whether `t` outside `from` to `to` is at most `lines` lines (a sentence, a command, a code fence's marks not counted), none a heading. */
function aloneInPaste(t: string, from: number, to: number, lines = 4): boolean {
  const around = `${t.slice(0, from)}\n${t.slice(to)}`.split("\n").filter((line) => line.trim() !== "" && !/^[ \t]*(?:`{3,}|~{3,})/.test(line));
  return around.length <= lines && !around.some((line) => /^[ \t]*#{1,6}[ \t]/.test(line));
}

/**
 * An XML document pasted alone whose `<Error>` opens with an error status as its code (TripIt's `<Response><Error><code>401</code>
 * <detailed_error_code>104.100000</detailed_error_code><description>Invalid Signature</description></Error></Response>`): that status.
 */
function numberedXmlError(t: string): ParsedInput | undefined {
  // The document on lines of its own, with at most a few lines around it (a sentence, a code fence), none a heading: a page that
  // shows one among its words is explaining it.
  const from = t.indexOf("<");
  const to = t.lastIndexOf(">") + 1;
  if (from < 0 || to - from > 65_536 || !/^[ \t]*$/.test(t.slice(t.lastIndexOf("\n", from) + 1, from)) || !/^[ \t]*(?:\r?\n|$)/.test(t.slice(to, to + 200))) return undefined;
  if (!aloneInPaste(t, from, to)) return undefined;
  const doc = t.slice(from, to);
  const m = /<Error(?:\s[^<>]{0,300})?>\s{0,200}<([Cc]ode|[Ss]tatus)>\s{0,20}([45]\d\d)\s{0,20}<\/\1>/.exec(doc);
  if (!m || REASONS[m[2]!] === undefined) return undefined;
  return { format: "log", status: Number(m[2]), headers: [], body: doc, warnings: [`Read the XML error document in the paste: its <Error>'s <${m[1]}> is the status, ${m[2]}; the paste states no other.`] };
}

/** The response an MCP tool result's text holds, when that text is a body that states its status; `undefined` otherwise. */
function mcpToolBody(t: string, o: ReadOptions): ParsedInput | undefined {
  if (!t.startsWith("{") || !t.includes('"content"')) return undefined;
  const whole = readJson(t);
  const content = whole.ok && isRecord(whole.value) ? whole.value.content : undefined;
  if (!Array.isArray(content)) return undefined;
  for (const part of content.slice(0, 8)) {
    if (!isRecord(part) || part.type !== "text" || typeof part.text !== "string" || !/^\s*\{/.test(part.text)) continue;
    try {
      const read = readJsonPaste(part.text.trim(), o.source, o.entry);
      if (read?.status === undefined) continue;
      read.warnings.unshift("Read the text of the MCP tool's result: the body the tool passed on.");
      return read;
    } catch (err) {
      if (!(err instanceof AlterValueError)) throw err;
    }
  }
  return undefined;
}

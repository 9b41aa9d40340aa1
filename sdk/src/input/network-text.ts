/**
 * A network failure as text (format `network-text`, spec section 6): the codes and
 * messages `matchNetworkText` recognises. curl's `--fail` message
 * (`curl: (22) The requested URL returned error: 403`) is a response with that status and
 * no headers: the server answered.
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";
import { matchCurlHttpError, matchNetworkText } from "../network.js";
import type { ParsedInput } from "../types.js";
import { checkStatus } from "./http.js";
import { lineAt } from "./text.js";
import { bodyNear, inTestSource } from "./printout.js";
import { isReasonOf } from "../reasons.js";

/** What names a database or cache client, or its default port, in a connection error. */
const DATABASE = /\b(?:psycopg2?|PostgreSQL|Postgres|Redis|MongoDB|Mongo[A-Za-z]{0,30}Error|MySQL|MariaDB|SQLSTATE|JDBC|SQLAlchemy|Sequelize)\b|:(?:5432|6379|27017|3306)\b/i;

/** curl's `--fail` message: a response with the status it names. */
export function readCurlFail(t: string): ParsedInput | undefined {
  const status = matchCurlHttpError(t);
  if (status === undefined) return undefined;
  checkStatus(status, "in curl's message");
  // The body a script printed below it from what curl saved (a CI step's "api failed:\n...\nresponse: {...}") is the response's.
  const at = t.search(/\b[Cc]url: \(22\)/);
  // Or the API's words a tool printed on curl's line before curl's own (Emacs chatgpt-shell's "You exceeded your current quota,
  // please check your plan and billing details. Curl: (22) The requested URL returned error: 429"): a sentence, after a quote or a label.
  const said = at < 0 ? undefined : /(?:^|["'`]|: )([A-Z][^"'`\r\n]{10,500}?[.!])[ \t]*$/.exec(t.slice(Math.max(t.lastIndexOf("\n", at) + 1, at - 600), at))?.[1];
  const below = at < 0 ? undefined : bodyNear(t, at, 1);
  const body = below ?? said;
  return {
    format: "network-text",
    status,
    headers: [],
    body: body ?? "",
    warnings: [
      body === undefined
        ? "curl --fail printed only the status: no headers and no body, so the request id, the retry wait and the provider's own words are unknown."
        : `curl --fail printed only the status; ${below === undefined ? "the words printed before it on its line were" : "the body below it, which the script printed, was"} read as the response's. No headers: the request id and the retry wait are unknown.`,
    ],
  };
}

/** The messages browsers' `fetch` rejects with, whatever the cause: a refused connection and a response CORS hides alike. */
const BROWSER_FETCH = /^(?:Failed to fetch|NetworkError when attempting to fetch resource|Load failed)$/;

/** Whether `t` states an error status with its own reason phrase ("502 Bad Gateway"). */
function statedWithReason(t: string): boolean {
  for (const m of t.matchAll(/\b([45]\d\d) ([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,3})\b/g)) if (isReasonOf(m[1]!, m[2]!)) return true;
  return false;
}

/** A failure with no response, told by its code or message. */
/** The present tense of docs saying when a client throws the failure named just before ("... exception is thrown in the event of"). */
const THROWN_WHEN = /^[\w.]{0,40}[ \t]*\r?\n?[ \t]*(?:exceptions?|errors?)?[ \t]*(?:is|are|will be|gets?)[ \t]+(?:thrown|raised)\b/i;
/** A line of docs that names it: a Markdown heading, two codes given as alternatives, a Python docstring. */
const DOCS_LINE = /^[ \t]*(?:#{1,6}[ \t]|"""|''')|\bE[A-Z]{4,20}[ \t]*(?:\/|\bor\b)[ \t]*E[A-Z]{4,20}\b/;
/** A line that names it as a branch of a tree (`├── ConnectException`, `│   └── ...`). */
const TREE_BRANCH = /^[ \t│┃]*[├└]──*[ \t]*$/;

export function readNetworkText(t: string): ParsedInput | undefined {
  const network = matchNetworkText(t);
  if (network === undefined) return undefined;
  // Chrome's `net::ERR_FAILED 401 (Unauthorized)`: a response came, CORS hid it from the page. The status is the answer, read by
  // the readers after this one (a CORS error names no network failure of its own). So with `net::ERR_ABORTED 401 (Unauthorized)`,
  // a load the page gave up on after its answer came (Bunny's storage refusing an upload's key).
  if (/\bnet::ERR_(?:FAILED|ABORTED) [45]\d\d(?: \([A-Za-z ]{1,40}\))?/.test(t)) return undefined;
  // So did a preflight Chrome says failed with a server's error ("Response to preflight request doesn't pass access control check: ... The
  // response had HTTP status code 503.", Dropbox's API down beside its CORS words): the outage, retried, is the answer. (A 4xx to the
  // preflight, a 405 to OPTIONS, is the CORS setup's: the network failure's advice stands.)
  if (/\bThe response had HTTP status code 5\d\d\b/.test(t)) return undefined;
  // Firebase Remote Config's own backoff ("The config fetch request timed out while in an exponential backoff state. ... Unix timestamp
  // in milliseconds when fetch request throttling ends: 1632986071092. (remoteconfig/fetch-throttle)"): the SDK refuses to fetch until
  // then, no network failed, and a retry in seconds meets the same refusal.
  if (/\(remoteconfig\/fetch-throttle\)|\bwhen fetch request throttling ends\b/.test(t)) return undefined;
  // So did MSAL's "network_error" that says "Fetch client threw: Error: HTTP status code 400": the token endpoint answered.
  if (/\bFetch client threw: Error: HTTP status code [45]\d\d\b/.test(t)) return undefined;
  // A browser's fetch failure beside the status its network tab showed ("`Failed to fetch` in a toast, and in the network tab I
  // am getting a `502 Bad Gateway`"): the status's own reason phrase says a response came and CORS hid it from the page.
  if (BROWSER_FETCH.test(network.code) && statedWithReason(t)) return undefined;
  // Docs and pull requests say what a client does about them ("Network errors (timeouts, connection refused) are retried"):
  // a policy, no failure that happened.
  const at = t.indexOf(network.code);
  if (at >= 0 && /\b(?:are|is|will be|get|gets)[ \t]+(?:retried|handled|caught|ignored)\b/i.test(lineAt(t, at))) return undefined;
  // Or what it makes a client do ("Causes HttpClient to retry after both ConnectException and SocketTimeoutException", stripe-java's
  // pull request): a client's own log says it is retrying, in the progressive ("Retrying (Retry(total=2)) after ... ReadTimeoutError").
  if (at >= 0 && /\b(?:to|will|should|now|also|only)[ \t]+retry[ \t]+(?:after|on|when)\b|\bretries[ \t]+(?:after|on)\b/i.test(t.slice(t.lastIndexOf("\n", at) + 1, at))) return undefined;
  // A row of a Markdown table (a docs page's "| 408 | Request timed out. |", also as a diff shows it, or without its outer pipes: Wise's
  // "408 | Timeout. Operation timed out.", a KB article's Marketo code "604 | Request timed out | ..."): what a status or an API's
  // error code means, not a failure.
  if (at >= 0 && /^[ \t]*[+-]?[ \t]*(?:\|[^\r\n]*\||\d{3,6}[ \t]*\|[^\r\n]*)[ \t]*\r?$/.test(lineAt(t, t.lastIndexOf("\n", at) + 1))) return undefined;
  // Words right after a status and a dash or colon name that status ("522 – Connection timed out", Cloudflare's): no client's
  // failure; the readers after this one read the status, or see a list of them.
  // (A port is no status: curl's "Failed to connect to api.stripe.com port 443: Connection timed out".)
  // (Also a few words on: OpenRouter's docs list "408: Your request timed out".)
  if (at >= 0 && /(?<!\bport[ \t]|:)\b[1-5]\d\d[ \t]*[–—:-][ \t]*(?:[A-Za-z]{1,20}[ \t]+){0,4}$/.test(t.slice(Math.max(0, at - 110), at))) return undefined;
  // A script's own words, in the string a statement prints (HTTPie's docs: `2) echo 'Request timed out!' ;;` in a `case` on its
  // exit status): what it would say, not what happened.
  if (at >= 0 && /\b(?:echo|printf|print|puts|println|console\.(?:log|error|warn)|Write-(?:Host|Output|Error))\(?[ \t]{0,4}["'`]$/.test(t.slice(Math.max(t.lastIndexOf("\n", at) + 1, at - 200), at))) return undefined;
  // Or a comment after a statement that says what it would print (the Lokalise Node SDK's docs: `console.log(e.message); // "Request timed
  // out after 1000ms"`): an example's value, not what happened.
  if (at >= 0 && /[);][ \t]*\/\/[ \t]*["'`]?$/.test(t.slice(Math.max(t.lastIndexOf("\n", at) + 1, at - 200), at))) return undefined;
  // Docs that name the failure as a type: what a client throws when ("a ConnectException is thrown in the event of a networking
  // error", Guzzle's), or a branch of its exceptions' tree (`├── ConnectException`). No failure happened.
  if (at >= 0 && (THROWN_WHEN.test(t.slice(at + network.code.length, at + network.code.length + 80)) || TREE_BRANCH.test(t.slice(t.lastIndexOf("\n", at) + 1, at)))) return undefined;
  // A docs page's heading that names it ("### \"Connection refused\" or timeout" above what to check), the failures a page lists as
  // alternatives ("Cause: ECONNREFUSED / ETIMEDOUT"), a docstring's words for the exception a module defines ("""The request timed out."""):
  // no failure happened.
  if (at >= 0 && DOCS_LINE.test(lineAt(t, t.lastIndexOf("\n", at) + 1))) return undefined;
  // A failure given as an example of what a client raises (dlt's docs: "the corresponding requests exception is raised. E.g.,
  // `requests.HTTPError` or `requests.ConnectionTimeout`."): no failure happened.
  if (at >= 0 && /\b(?:e\.g\.|for example|for instance|such as)[^\r\n]{0,160}$/i.test(t.slice(t.lastIndexOf("\n", at) + 1, at))) return undefined;
  // A module's source that defines the failure as its own exception class (`class TimeoutError(UploadcareException):`, the Uploadcare
  // SDK's exceptions module): no failure happened.
  // (Or an enum's case of a Swift client's errors, `case timeOutError`, quoted from its README.)
  if (at >= 0 && /^[ \t]*(?:class[ \t]+[\w.]{1,100}[ \t]*[(:{]|case[ \t]+[a-z]\w{0,80}[ \t]*(?:\(|\r?$))/.test(lineAt(t, t.lastIndexOf("\n", at) + 1))) return undefined;
  // A test's source raises the failure it mocks (`mock_completion.side_effect = [httpx.ConnectError("Connection error"), None]`).
  if (inTestSource(t)) return undefined;
  // A database's or a cache's connection error (psycopg2, node-redis, the MongoDB driver) is no API call's: said, not classified.
  const store = DATABASE.exec(t);
  if (store) {
    throw new AlterValueError(
      `This looks like a database or cache connection error (${store[0]}), not a failed API call: the classifier reads the responses and network failures of HTTP calls.`,
    );
  }
  return { format: "network-text", headers: [], body: "", network, warnings: [] };
}

/**
 * What every printout reader shares: what a printout states ({@link LogHit}), a reader of one
 * ({@link LogFormat}), and how a hit becomes the response the mapper reads ({@link readWith}:
 * the status checked, the body read as JSON, a Python dict or text, the warnings written).
 * The readers themselves are in `logs.ts` (each library's printout) and `status-phrase.ts` (the
 * last reader of all).
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, ParsedInput } from "../types.js";
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";
import { checkStatus } from "./http.js";
import { readRelaxedJson } from "./relaxed-json.js";
import { readMapText } from "./map-text.js";
import { balancedEnd, headerLine, isHttpStatus, isOws, lineEnd, nextLine, trimOws } from "./text.js";
import { MAX_HEADERS } from "./limits.js";
import { REASONS, REASON_PHRASES } from "../reasons.js";
import { bytesLiteralAt, readBytesLiteral } from "./python-bytes.js";
import { readPrintR } from "./print-r.js";
import { errorUnwrapped } from "./own-status.js";
import { PROVIDER_ONLY_ID_HEADERS } from "../providers/index.js";
import { RATE_LIMIT_HEADERS } from "../wait.js";

/** What a printout states. */
export interface LogHit {
  /** The library or SDK whose printout it is, for the warning: "Python requests' HTTPError". */
  readonly what: string;
  readonly status?: number;
  /** Where the status was read, when the printout states it other than as an HTTP status (a gRPC code): the warning's words. */
  readonly statusSaid?: string;
  readonly statusText?: string;
  readonly url?: string;
  readonly method?: string;
  readonly headers?: HeaderPair[];
  /** The body as printed (JSON, a Python dict, XML, HTML or text). */
  readonly body?: string;
  /** A body rebuilt from what the printout lists (a code and a message), with what was rebuilt. */
  readonly rebuilt?: { readonly value: unknown; readonly from: string };
  /** More to say (the library cut the body, ...). */
  readonly notes?: readonly string[];
  /** The provider whose SDK prints this (botocore's ClientError is AWS's): it identifies the provider as a fingerprint would. */
  readonly provider?: string;
  /** What named the provider, when not the printout as a whole (`a github.* exception`). */
  readonly providerBy?: string;
  /** A provider's client that printed it and names no provider (`ParsedInput.providerClient`). */
  readonly providerClient?: string;
}

/** One client's printout. */
export interface LogFormat {
  /** Its name. */
  readonly name: string;
  /** What the printout states, or `undefined` when the text is not this printout. */
  readonly find: (t: string) => LogHit | undefined;
}

/**
 * The package of the last exception named in `text` (`github` of
 * `github.GithubException.RateLimitExceededException`, `hubspot` of
 * `hubspot.crm.companies.exceptions.ApiException`): the SDK that raised it, which identifies a
 * known provider as a fingerprint would. Read on a few hundred characters at most.
 */
export function exceptionPackage(t: string, from: number, to: number): string | undefined {
  // A window that starts inside a dotted name (`sourc|es.streams.http.exceptions.UserDefinedBackoffException`) starts after it:
  // its tail is no package (Airbyte's log named "es").
  let start = Math.max(0, from);
  while (start > 0 && start < to && /[\w.]/.test(t.charAt(start - 1)) && /[\w.]/.test(t.charAt(start))) start++;
  const text = t.slice(start, to);
  let pkg: string | undefined;
  for (const m of text.matchAll(/\b([a-z][a-z0-9_]{1,40})\.(?:[A-Za-z0-9_]{1,80}\.){0,6}[A-Za-z0-9_]{0,80}(?:Exception|Error)\b/g)) pkg = m[1];
  return pkg;
}

/**
 * Text that only starts with a bracket ("[main] INFO ...", "[i] Status code : 403", "[17:39:33] ERROR: ...", "[!] Unexpected
 * server response.", "[401] u\"The given OAuth 2 access token ...\"", "[400]: Failed to send mail ...", Go's "[*exported.ResponseError]: GET ...") or a brace
 * (an error Node 8 inspected: "{ Error: Zendesk Error (401): Not Authorized", an older Node's "{ [Error: Vault is sealed]
 * statusCode: 503, ... }"; an Elixir term, "{:error, {...}}"): no JSON at all, though its first character says so.
 */
export function startsLikeJsonOnly(t: string): boolean {
  // And Visual Studio's display of an exception's message in braces (`{"The remote server returned an error: (422) ..."}`), or of the
  // exception itself, its dotted name first (`{Amazon.S3.AmazonS3Exception: All access to this object has been disabled ---> ...`).
  // And an error tracker's dump in braces whose first member's value is a bare word, as no JSON or JavaScript object has one
  // (`{\nclass: Slack::Notifier::APIError, \nmessage: \nThe slack API returned an error: ...}`).
  // And an Erlang term (erlcloud's `{error, {http_error, 429, "Too Many Requests", <<"...">>}}`), its first element an atom.
  return /^(?:\[[ \t]*(?:[A-Za-z_!*]|\d{1,4}[:/.-]\d|\d{3}\]:?[ \t]+\S)|\{[ \t]+\[?[A-Za-z]{0,60}(?:Error|Exception): |\{[A-Z][A-Za-z0-9]{0,60}(?:\.[A-Z][A-Za-z0-9]{0,60}){1,8}(?:Error|Exception): |\{:[a-z]|\{[ \t]*(?:error|ok|'EXIT')[ \t]*,|\{"[A-Z][^"\r\n]{0,400}[.!]"\}[ \t]*\r?(?:\n|$)|\{[ \t]*\r?\n[ \t]*[A-Za-z_]\w{0,40}:[ \t]+[A-Z][A-Za-z])/.test(t);
}

/** A Gherkin step that expects a status ("Then the response status code is 400", "And the response code should be 401"). */
const GHERKIN_STEP = /^[ \t]*(?:Given|When|Then|And|But) [^\r\n]{0,120}\b(?:status(?: code)?|response code) (?:is|should be|equals?)\b/;

/**
 * Whether a line is test code that states what a response would be: a mock or a stub (`mock.get(url, status_code=500)`,
 * nock's `.reply(401, {...})`, `responses.add(...)`) or an assertion. No client prints these words beside a status.
 */
export function inTestCode(line: string): boolean {
  // And a docstring (`"""Test handling of 401 Unauthorized error"""`): it describes code, it was printed by none.
  // So is a Gherkin step (Behat's and Cucumber's "Then the response status code is 400"): a test's expectation, in words.
  // (Not a library's own AssertionError about what it got, prawcore's "AssertionError: Unexpected status code: 429": a test's says "expected".)
  // (WebMock's `.to_return(status: 429, ...)`, the line below its `stub_request`.)
  // (Nor an error's text compared with a string in code: the GitHub CLI's `err.Error() != "HTTP 502: Something went wrong (...)"`.)
  // (Nor the word "assertion" in a message: a JWT's, "... the future time at which the assertion expires", GitHub's to an app.)
  return /mock|stub|\bnock\b|\bassert(?!ions?\b|ionError: (?!expected\b))|\bexpect\b|\.reply\(|\.respond(?:With)?\(|\.to_return\(|^[ \t]*(?:"""|\'\'\')|[!=]==?[ \t]*["'`]/i.test(line) || GHERKIN_STEP.test(line);
}

/**
 * An assertion: `expect(`, a project's own `rtbcb_assert(`, Rust's `assert_eq!(`, Go's `t.Errorf(`, XCTest's `XCTAssertEqual(`, node:assert's `assert.equal(`, unittest's `self.assertEqual(`, pytest's `pytest.raises(`, tap's and ava's
 * `t.equal(`, Python's `assert` statement at a line's start, Minitest's `assert_instance_of Dropbox::FileMetadata, response`.
 */
const TEST_ASSERTION = /\b(?:expect|[a-z][a-z0-9]{0,30}_assert|assert(?:\.[a-zA-Z]{1,30}|[A-Z][a-zA-Z]{1,30}|_eq!|_ne!|!)?|XCTAssert\w{0,30}|pytest\.raises|t\.(?:equal|same|strictSame|deepEqual|strictEqual|ok|notOk|match|throws|rejects|is|Errorf?|Fatalf?|Fail(?:Now)?))\(|(?:^|\n)[ \t]*assert(?:_[a-z_]{1,40})?[ \t]+[\w(:]/;

/**
 * A test double set up: Python's `Mock(`, `MagicMock(`, `AsyncMock(` and `@patch(`, Jest's `jest.fn(` and `jest.mock(`, Vitest's `vi.fn(`,
 * Sinon's `sinon.stub(`, WebMock's `stub_request(`. With a test declared, a test's source whose assertions the paste cut off (deepgram-python-sdk's test that
 * builds a mock 400 response).
 */
const TEST_DOUBLE = /\b(?:(?:Magic|Async)?Mock\(|@(?:mock\.)?patch(?:\.object)?\(|(?:jest|vi)\.(?:fn|mock|spyOn)\(|sinon\.(?:stub|spy|mock)\(|stub_request\()/;

/**
 * A test's source: a test declared (`describe("...", ...)`, `it(...)`, `test(...)`, Python's `def test_...(`, Minitest's `def test_...`) and an assertion (`expect(`,
 * node:assert's `assert.equal(`, unittest's `self.assertEqual(`) or a test double ({@link TEST_DOUBLE}). Its objects (`Object.assign(new Error(...), { statusCode: 429, ... })`,
 * a mock's `{"status_code": 429, "headers": {...}}`) describe responses the test makes up, not one a call got.
 */
export function inTestSource(t: string): boolean {
  // (Or JUnit's and kotlin.test's `@Test` above a test function, stripe-android's `StripeResponseTest`; or RSpec's blocks, their
  // words without brackets: `describe ZendeskAPI::Middleware::Request::Retry do`, `it "should wait ..." do`.)
  // (Or Rust's `#[test]` and `#[tokio::test]`, its assertions `assert_eq!(`, the AWS SDK for Rust's fixtures of S3's errors.)
  // (Or PHPUnit's and a plugin's own `public function test_network_errors()` beside `$this->assertSame(` or its `rtbcb_assert(`.)
  // (And Go's `func TestX(t *testing.T)`, or any function that takes a `*testing.T`, a method too: rclone's `func (f *Fs)
  // InternalTestShouldRetry(t *testing.T)`; XCTest's `func testX()`.)
  return /(?:^|\n)[ \t]*(?:(?:describe|it|test)\([ \t]*["'`]|(?:async[ \t]+)?def[ \t]+test_?\w{0,100}\(|def[ \t]+test_\w{1,100}[ \t]*\r?\n|(?:(?:public|protected|private)[ \t]+)?function[ \t]+test_?\w{0,100}\(|@Test\b|#\[(?:tokio::)?test\]|func[ \t]+(?:\([^)\r\n]{1,100}\)[ \t]+)?\w{1,100}\([ \t]*\w{1,10}[ \t]+\*testing\.[TB]\)|func[ \t]+test\w{0,100}\(\)|(?:describe|context|it)[ \t]+(?:["'][^"'\n]{0,200}["']|[A-Z][\w:]{0,100})[ \t]+do\b)/.test(t) && (TEST_ASSERTION.test(t) || TEST_DOUBLE.test(t));
}

/**
 * An object written as a call's argument in a program's source (hubspot-cli's `isSpecifiedError(err, { statusCode: 403, category:
 * 'BANNED' })` in an `if` of its `catch`): what the code compares an error with, not what a call got. Told by the call's bracket it
 * is inside and by a control-flow line of code in the text (`} catch (err) {`, `} else if (`): an exception's repr (`HTTPError(403,
 * {...})`) is inside a bracket too, but no printout holds such a line.
 */
export function inCodeArgument(t: string, at: number): boolean {
  return enclosingBracket(t, at, true) === 0x28 /* ( */ && CONTROL_FLOW_LINE.test(t);
}

/**
 * A line of C-like code that opens a block or a condition: `} catch (err) {`, `if (`, `} else if (`, `try {`; or a Python function's
 * definition, `def __init__(self, body):` (a Fern SDK's `TooManyRequestsError` calling `super().__init__(status_code=429, body=body)`).
 */
const CONTROL_FLOW_LINE =
  /^[ \t]*(?:\}[ \t]*)?(?:(?:else[ \t]+)?if|catch|while|for|switch)[ \t]*\([^\n]{0,300}$|^[ \t]*(?:\}[ \t]*)?(?:try|else)[ \t]*\{[ \t]*\r?$|^[ \t]*(?:async[ \t]+)?def[ \t]+\w{1,100}[ \t]*\([^\n]{0,300}\)(?:[ \t]*->[^\n:]{1,100})?:[ \t]*\r?$/m;

/**
 * A docs page's caption below a response it shows (Oura's "Fig.2 - An example error response.", "Example response"): the nearest
 * line with words after the body (ending at `at`) names it an example, or a figure.
 */
export function overExampleCaption(t: string, at: number): boolean {
  let start = at;
  while (start < t.length && start - at < 200 && t.charCodeAt(start) <= 0x20) start++;
  return /^(?:Fig(?:ure)?\.?[ \t]{0,2}\d{1,3}[ \t]{0,2}[-\u2013\u2014:.][ \t]{0,4})?(?:An? |The )?(?:example|sample)\b/i.test(t.slice(start, start + 80));
}

/**
 * Whether `at` is inside an example a sentence gives in code on its line ("For example: `Error making request to the metadata service:
 * Error: Request failed with status code 404`", an issue about what an SDK rethrows): what such an error looks like, none that came.
 */
export function givenAsExample(t: string, at: number): boolean {
  return /\b(?:[Ff]or example|e\.g\.|such as)[:,]?[ \t]+`[^`\r\n]{0,400}$/.test(t.slice(Math.max(0, at - 420), at));
}

/**
 * Whether `at` is inside inline code that a sentence makes its subject ("The `Handling a Microsoft Graph API HTTP 429 Response Code (Too
 * Many Requests) - Internal Thread ID` is *not* a bug", a maintainer's reply naming a log message): the words are talked about, not printed.
 */
export function codeAsSubject(t: string, at: number): boolean {
  if (!/`[^`\r\n]{0,300}$/.test(t.slice(Math.max(0, at - 300), at))) return false;
  const close = t.indexOf("`", at);
  return close >= 0 && close - at <= 300 && !/[\r\n]/.test(t.slice(at, close)) && /^`[ \t]+(?:is|are|was|were|isn't|aren't|means|does|doesn't)\b/.test(t.slice(close, close + 20));
}

/**
 * Whether the words after a status at `at` (up to 40 characters on, the same line) hold a message template's placeholder not filled in
 * (pusher-http-ruby's `Unknown error (status code 413): #{body}`, quoted in a feature request; Python's `f"... status code 429:
 * {response.text}"`; `%s`, `${...}`): what an error would say, in code, not what one said. An empty body's `{}` is printed, not a
 * placeholder, and so is Rust's escape of a character (`\u{feff}`).
 */
export function templateAfter(t: string, at: number): boolean {
  return /^[^\r\n]{0,40}?(?:#\{\w|\$\{\w|%\{\w|%[sdvq](?!\w)|(?<![\w\\])\{(?:\d|[A-Za-z_][\w.]{0,40}(?:\(\))?)\}|\{\{ ?\w)/.test(t.slice(at, at + 80));
}

/**
 * Whether `at` is in a bug report's section of what was expected ("### What you expected to see?" over "#### Error" and a body with
 * placeholder values, a Plaid Link issue; "**Expected behavior**"; "Expected result:"): a failure wished for, not one that came. Read back
 * over the headings above it: a Markdown heading counts when it is the section's own or an enclosing one (a sibling's, "### Actual
 * result" above "### Expected", does not); a label in bold, or one of what was expected or what came, ends the search ("**Actual
 * behavior**" between the two).
 */
export function inExpectedSection(t: string, at: number): boolean {
  const from = Math.max(0, at - 4000);
  let end = at;
  let level = 7;
  for (let lines = 0; lines < 80 && end > from; lines++) {
    const start = Math.max(t.lastIndexOf("\n", end - 1) + 1, from);
    const line = t.slice(start, end).trim();
    end = start - 1;
    const heading = /^(#{1,6})[ \t]+(.{1,120})$/.exec(line);
    const label = heading ? undefined : /^(?:\*\*|__)([^*_\r\n]{1,80})(?:\*\*|__):?$|^((?:expected|actual|observed|current)\b[A-Za-z ]{0,40}[?:])$/i.exec(line);
    if (!heading && !label) continue;
    const words = (heading?.[2] ?? label![1] ?? label![2]!).replace(/^[\d.)\s*_]+|[*_]+$/g, "");
    const expected = /^(?:what (?:did )?(?:you|I|we) (?:expect|expected)|expected|expectations?)\b/i.test(words);
    if (label) return expected;
    const depth = heading![1]!.length;
    if (depth >= level) continue;
    if (expected) return true;
    level = depth;
  }
  return false;
}

/**
 * A docs page's caption above a response it shows ("Example response (formatted for readability):", Sentry's SDK docs; "Sample
 * response:"; Grafana's "The following example shows the response for an `orgs.not_initialized` error:"): the nearest line with
 * words above the status line (the line ending at `at`) starts by calling it an example. A person who quotes their own failure says
 * so otherwise ("Here is an example of the error I get:" starts with other words).
 */
export function underExampleCaption(t: string, at: number): boolean {
  let end = at;
  // (Over at most 200 blanks: a long run of them is no caption's line break.)
  while (end > 0 && at - end < 200 && t.charCodeAt(end - 1) <= 0x20) end--;
  let line = t.slice(Math.max(t.lastIndexOf("\n", end - 1) + 1, end - 200), end).trim();
  // (And over the fence that opens the block the response is in: the caption is above it.)
  if (/^(?:`{3,}|~{3,})[\w-]{0,20}$/.test(line)) {
    end = t.lastIndexOf("\n", end - 1);
    while (end > 0 && at - end < 400 && t.charCodeAt(end - 1) <= 0x20) end--;
    line = end <= 0 ? "" : t.slice(Math.max(t.lastIndexOf("\n", end - 1) + 1, end - 200), end).trim();
  }
  // (Or a docs sentence that says when the error below occurs, to anyone: "The following `403 Forbidden` error occurs when a
  // cross-origin request is sent to Amazon S3 but CORS is not configured on your S3 bucket." A person says "when I".)
  // (Or docs that say what an API may do, hedged, to anyone: OneDrive's "When an activity exceeds OneDrive's limits, API requests will be
  // rejected for a period of time. OneDrive may also return a Retry-After header ..." above the 429 it shows; or what a mistake will
  // result in: Cerner's "Failing to send a required query parameter will result in a `400 Bad Request` response.")
  return (
    // (In bold or italics too: a pull request's "**Example:**" over the output its change prints.)
    // (Not a name that begins with the word: an Android app's package, `sample.google.com.cloudvision`, before its logcat tag.)
    /^(?:#{1,6}[ \t]+)?(?:\*{1,2}|_{1,2})?(?:(?:an?|the)[ \t]+)?(?:following[ \t]+)?(?:example|sample)s?\b(?![.\w-]\w)/i.test(line) ||
    ((/^the following\b[^\n]{0,200}\b(?:occurs|is returned|is sent|appears)[ \t]+when\b/i.test(line) ||
      /\b(?:may|might)(?: also)? (?:return|respond with|send back)\b|\bwill be (?:rejected|throttled) for a period\b|\bwill result in an?\b/i.test(line) ||
      // (Or what the reader will get when: Duo's "When using the Admin API, you will receive a 500 Internal Sever Error when POSTing
      // a change that would violate these limits.")
      /\byou(?: will|'ll) (?:receive|get|see)\b[^\n]{0,200}\bwhen\b/i.test(line) ||
      // (Or what every error looks like, said to anyone: Acuity's notes' "All endpoints return JSON error envelopes shaped like:".)
      /\b(?:return|returns|are|is)\b[^\n]{0,200}\b(?:shaped|formatted|structured) like:?$/i.test(line) ||
      // (Or in what format: Honeycomb's "V1 endpoints return errors in RFC7807 Problem Detail format:".)
      /\breturns?\b[^\n]{0,200}\b(?:in|using) (?:the )?[^\n]{0,80}\bformat:?$/i.test(line) ||
      // (Or what a change makes an error look like, or leaves as it was: a pull request's "A new error looks like this:", "For errors with
      // no field, they return as they did before:"; not a person's "The error looks like this:", which says neither.)
      /\b(?:new|now|will)\b[^\n]{0,80}\blooks? like(?: this)?:$|\bas (?:they|it) did before:$/i.test(line) ||
      // (Or what a status means, told to anyone: a guide's "An Anthropic 529 response with "type": "overloaded_error" means Anthropic's
      // API is temporarily short of capacity ...", its example body below; read from the start of a line longer than the rest look at.)
      /\b[1-5]\d\d (?:response|error|status)\b[^\n]{0,200}\b(?:means|indicates)\b/i.test(t.slice(Math.max(t.lastIndexOf("\n", end - 1) + 1, end - 600), end))) &&
      !/\b(?:I|my|we|our|me)\b/.test(line))
  );
}

/**
 * Whether `t` holds a table or a list of statuses: three different statuses at the start of their lines, each with words (a vendor's
 * table: "408 - Client Timeout", "500 - Server Error", "503 - Unavailable"; Visual Crossing's "401 – UNAUTHORIZED – when the API key
 * ..."; OpenRouter's bulleted "  • 400: Bad Request (invalid or missing params, CORS)"; Asana's errors page below its example
 * responses, "400 Bad Request This usually occurs because of a missing or malformed parameter."). A response states one status, a
 * log of retries repeats it: a page of them explains every status.
 */
export function holdsStatusTable(t: string, rows = 3): boolean {
  const seen = new Set<string>();
  const text = t.length > 65_536 ? t.slice(0, 65_536) : t;
  STATUS_ROW.lastIndex = 0;
  for (let m = STATUS_ROW.exec(text); m !== null; m = STATUS_ROW.exec(text)) {
    if (seen.add(m[1] ?? m[2]!).size >= rows) {
      STATUS_ROW.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * A row: a status, then a separator and a capital, or its reason phrase and a description, or a heading that names it an error code
 * (Teamwork's errors page: "422 Error Code", "500 Error Code", ... each above its causes), or a heading that is the status and its
 * reason alone (Gusto's error categories: "401 Unauthorized", "422 Unprocessable Entity", ... each above its example body); or a
 * line that starts with the status labelled ("HTTP status code 400 from the API: ...", an enum's docs for each of its values; Okta's
 * error codes reference: "HTTP Status: 400 Bad Request" under each code; Ghost's "• Status 401: Authentication failures ...").
 */
const STATUS_ROW =
  /^[ \t]*(?:[\u2022*+-][ \t]{1,8})?(?:(?:HTTP[ \t]+(?:[Ss]tatus:?[ \t]+)?|Status[ \t]+)(?:[Cc]ode:?[ \t]+)?([1-5]\d\d)\b(?=[^\r\n]*[A-Za-z])|([1-5]\d\d)(?:[ \t]*[-\u2013\u2014:=][ \t]*[A-Z]|[ \t]+[A-Z][A-Za-z-]{1,30}(?:[ \t]+[A-Za-z-]{1,30}){0,3}(?:[ \t]+[A-Z(][^\r\n]{10}|[ \t]*\r?$)|[ \t]+(?:HTTP[ \t]+)?(?:Error|Status)(?:[ \t]+Code)?[ \t]*\r?$))/gm;

/**
 * A message without what the language's runtime wrote after it for an uncaught exception: Ruby's class in brackets ("`error!': 400
 * \"Bad Request\" (Net::HTTPClientException)", tinybucket's "GET https://api.bitbucket.org/... 401  (Tinybucket::Error::ServiceError)"),
 * a namespaced class or one named an error or an exception ("(Unauthorized)" is a reason phrase); PHP's place of the throw and its
 * stack trace ("... [reason phrase] Unauthorized' in C:\\xampp\\...\\AbstractClient.php on line 171", "... Forbidden ' in
 * /srv/.../StreamClient.php:70 Stack trace: #0 ..."); a PHP logger's empty context and extra ("... [] []"). None is the server's words.
 */
export function withoutRuntimeTail(message: string): string {
  return message
    // Monolog's empty context and extra after the message, its LineFormatter's "%message% %context% %extra%" (Magento's, Shopware's logs).
    .replace(/[ \t]+\[\][ \t]+\[\][ \t]*$/, "")
    .replace(/(?:^|'?[ \t]+)in[ \t]+(?:[A-Za-z]:)?[\\/][^\s'"]{1,500}?\.php(?::\d{1,7}| on line \d{1,7})\b[\s\S]*$/, "")
    .replace(/[ \t]*\((?:(?:[A-Z]\w{0,100}::){1,10}[A-Z]\w{0,100}|[A-Z]\w{0,100}(?:Error|Exception))\)$/, "");
}

/**
 * Whether `at` is inside a call's brackets in source code (`HTTPURLResponse.init(\n url: ..., \n statusCode: 429,`): the nearest bracket
 * left open before it, within 1,000 characters, is a round one. Strings are not told apart: a round bracket in one is rare there.
 */
export function inCallArguments(t: string, at: number): boolean {
  return enclosingBracket(t, at, false) === 0x28 /* ( */;
}

/**
 * The bracket left open before `at`, within 1,000 characters (`(`, `{` or `[`, as a character code), or `undefined`. With
 * `outOfObjects`, an object literal's brace (after `(`, `,`, `:` or `[`) is walked out of, to the bracket the object is in.
 */
function enclosingBracket(t: string, at: number, outOfObjects: boolean): number | undefined {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - 1000; i--) {
    const c = t.charCodeAt(i);
    if (c === 0x29 /* ) */ || c === 0x7d /* } */ || c === 0x5d /* ] */) depth++;
    else if (c === 0x28 /* ( */ || c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth > 0) depth--;
      else if (!outOfObjects || c !== 0x7b || !/[(,:[][ \t\r\n]*$/.test(t.slice(Math.max(0, i - 40), i))) return c;
    }
  }
  return undefined;
}

/** A bracketed value (`{...}`, `[...]`) starting at `start`, as text. */
export function bracketed(t: string, start: number): string | undefined {
  const end = balancedEnd(t, start);
  return end === undefined ? undefined : t.slice(start, end);
}

/**
 * A bracketed value at `start`, read with JSON's escapes decoded when it sits inside a quoted string, its first quote
 * escaped (a log's "Github API Failed(403) {\"message\":...}", Ruby's `"#<Faraday::ClientError response={:status=>503, :headers=>{\"...`).
 */
export function bracketedInString(t: string, start: number): string | undefined {
  // (Not a body whose own escapes come first, `{\n  \"message\"`: bodyOf reads that one, and says so.)
  if (!/^[{[][^"\\]{0,40}\\"/.test(t.slice(start, start + 48))) return bracketed(t, start);
  const decoded = escapedString(t, start, 65_536).text;
  return decoded === undefined ? undefined : bracketed(decoded, 0);
}

/**
 * A bracketed value at `start`, also when a terminal wrapped it inside a string (a line break and
 * an indent in a message, which ends a string for {@link bracketed}): then its wraps are joined,
 * within the next 64 KiB, and it is returned only if it parses (as JSON, or as a Python dict or JavaScript object).
 */
export function bracketedAcrossWraps(t: string, start: number): string | undefined {
  const whole = bracketed(t, start);
  // A wrap can also leave the brackets balanced by chance (the quotes after it pair up again): kept only if it parses.
  if (whole !== undefined && (!/[\r\n]/.test(whole) || parses(whole))) return whole;
  const body = bracketed(joinedWraps(t, start), 0);
  return body !== undefined && parses(body) ? body : whole;
}

/**
 * The text from `start` with a terminal's or a window's wraps undone: a wrap at a word (an indented message, a window's word
 * wrap) is a space. A terminal's fixed-width wrap breaks anywhere, a word or a member's name too (`{"erro` / `r":...`), and
 * leaves its lines of one length: there a bare line break is nothing. At most 64 KiB.
 */
export function joinedWraps(t: string, start: number): string {
  const fixed = fixedWidth(t, start);
  return t.slice(start, start + 65536).replace(/[ \t]*\r?\n[ \t]*/g, (w) => (fixed && /^\r?\n$/.test(w) ? "" : " "));
}

/**
 * Whether the two lines after the line of `at` have one length, of a terminal's width (40 or more), and that line is no longer
 * (a paste may start mid-line): a fixed-width wrap. One full line is no proof (a word wrap's line can happen to match the
 * width: litellm's message under a logger's wrap).
 */
function fixedWidth(t: string, at: number): boolean {
  const lengthAt = (from: number): number => {
    const end = lineEnd(t, from);
    return end >= t.length ? -1 : end - from - (t.charAt(end - 1) === "\r" ? 1 : 0);
  };
  const first = t.lastIndexOf("\n", at) + 1;
  const second = lineEnd(t, first) + 1;
  const third = lineEnd(t, second) + 1;
  const width = lengthAt(second);
  return width >= 40 && lengthAt(third) === width && lengthAt(first) <= width && lengthAt(first) >= 0;
}

const parses = (text: string): boolean => readJson(text).ok || readRelaxedJson(text) !== undefined;

/**
 * An error body (a JSON object with `error` or `errors`) that ends on the line right above the line of `at`, however many lines it
 * spans: the nearest `{` of the 16 KiB above whose object closes there. Not any object: a request's payload logged before its
 * response's status is no error body. A reader that knows the object above is the body (an exception printed right under the
 * body its client logged) passes what else counts as one.
 */
export function errorBodyAbove(t: string, at: number, isBody: (value: Record<string, unknown>) => boolean = hasErrorMember): string | undefined {
  const lineStart = t.lastIndexOf("\n", at) + 1;
  if (lineStart === 0) return undefined;
  const above = t.slice(t.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1).trimEnd();
  if (!above.endsWith("}")) return undefined;
  const close = t.lastIndexOf("}", lineStart - 1);
  const found = objectClosingAt(t, close, Math.max(0, close - 16384));
  return found !== undefined && isRecord(found.value) && isBody(found.value) ? found.text : undefined;
}

/**
 * The JSON object whose `}` is at `close`: its `{` looked for among the 64 nearest before it, no further back than `from`. Its
 * text and value, or `undefined` when none balances there or the one that does is no JSON.
 */
export function objectClosingAt(t: string, close: number, from: number): { text: string; value: unknown } | undefined {
  let tries = 0;
  for (let open = t.lastIndexOf("{", close); open >= from && tries < 64; open = open > 0 ? t.lastIndexOf("{", open - 1) : -1, tries++) {
    if (balancedEnd(t, open) !== close + 1) continue;
    const text = t.slice(open, close + 1);
    const json = readJson(text);
    return json.ok ? { text, value: json.value } : undefined;
  }
  return undefined;
}

/** Whether a body has an `error` or `errors` member: what an error body has and a request's payload does not. */
export const hasErrorMember = (value: Record<string, unknown>): boolean => Object.hasOwn(value, "error") || Object.hasOwn(value, "errors");

/** The JSON value a text starts with, as text, when it parses (a body followed by a log line); else `undefined`. */
export function leadingJson(text: string): string | undefined {
  const t = text.trimStart();
  if (!t.startsWith("{") && !t.startsWith("[")) return undefined;
  const json = bracketed(t, 0);
  return json !== undefined && readJson(json).ok ? json : undefined;
}

/** The last URL in `text` (a request URL printed before the status), its trailing punctuation cut; a backslash ends it (`\u0027` in a JSON log line). */
export function lastUrlIn(text: string): string | undefined {
  // (Nor a backtick: no URL holds one unescaped, and Guzzle's messages put the request in them, "`POST https://...` resulted in".)
  const urls = [...text.matchAll(/https?:\/\/[^\s"'<>\\`]{1,2000}/g)];
  for (let i = urls.length - 1; i >= 0; i--) {
    // A link the words send the reader to ("Please report to Github page https://github.com/.../issues", "see https://...") is
    // somewhere to go, not the call that failed (azurecopy's message around an S3 403).
    const before = text.slice(Math.max(0, urls[i]!.index - 60), urls[i]!.index);
    if (!LINK_FOR_READER.test(before)) return trimUrl(urls[i]![0]);
  }
  return undefined;
}

/** Words that send the reader to the URL after them: a place to report, read or look, not a request. */
const LINK_FOR_READER = /\b(?:report(?:ed)?|see|visit|refer to|go to|read more|learn more|more info(?:rmation)?|documentation|docs|help)\b[^.\n]{0,40}$/i;

/**
 * A URL as prose leaves it: without the punctuation that ends its sentence, the bracket it was written in ("(https://galaxy.ansible.com)",
 * a bracket it does not open) or a Markdown link's second half ("https://x/a](https://x/a)").
 */
export function trimUrl(url: string): string {
  let u = url;
  const link = u.indexOf("](");
  if (link > 0) u = u.slice(0, link);
  for (let i = 0; i < 4 && /[.:,;)\]]$/.test(u); i++) {
    const last = u.charAt(u.length - 1);
    if (last === ")" && (u.match(/\(/g)?.length ?? 0) >= (u.match(/\)/g)?.length ?? 0)) break;
    if (last === "]" && (u.match(/\[/g)?.length ?? 0) >= (u.match(/\]/g)?.length ?? 0)) break;
    u = u.slice(0, -1);
  }
  return u;
}

/**
 * A printed body's value: the text itself when it is JSON (the mapper parses it), the value of a
 * Python dict or JavaScript object, or of a map as Dart or Java print it, `undefined` when it is none of these.
 */
export function jsonOrRelaxed(text: string): unknown {
  return readJson(text).ok ? text : (readRelaxedJson(text) ?? readMapText(text));
}

/** The value a printed body holds, whichever way it was printed (see {@link jsonOrRelaxed}, which keeps JSON as its text); `undefined` for none. */
export function printedValue(text: string): unknown {
  const read = readJson(text);
  return read.ok ? read.value : (readRelaxedJson(text) ?? readMapText(text));
}

/**
 * An XML error document that starts at `at` and goes on to its closing tag, however many lines below (object_store's "Client
 * error with status 403 Forbidden: <ErrorResponse xmlns=...>\n  <Error>...</ErrorResponse>"): its text; `undefined` when none
 * starts there, or none closes within 64 KiB.
 */
export function xmlDocumentAt(t: string, at: number): string | undefined {
  return plainXmlAt(t, at) ?? escapedXmlAt(t, at);
}

function plainXmlAt(t: string, at: number): string | undefined {
  // After its declaration, when it kept one (boto's "S3ResponseError: 403 Forbidden <?xml version="1.0" encoding="UTF-8"?> <Error>...").
  const head = /^<([A-Za-z][\w.-]{0,60})[\s>]|^<\?xml[^?>\r\n]{0,200}\?>\s{0,200}<([A-Za-z][\w.-]{0,60})[\s>]/.exec(t.slice(at, at + 512));
  const tag = head?.[1] ?? head?.[2];
  if (tag === undefined) return undefined;
  const end = t.indexOf(`</${tag}>`, at);
  return end < 0 || end - at > 65_536 ? undefined : t.slice(at, end + tag.length + 3);
}

/**
 * A document a log wrote inside a quoted string, its quotes and line breaks escaped on one line (external-dns's logfmt `msg="...
 * Response: <?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"https://route53.amazonaws.com/...\">..."`): the document, unescaped.
 */
function escapedXmlAt(t: string, at: number): string | undefined {
  // (Told by its head first: most documents asked for here are plain ones that did not close, and need no copy of their line.)
  if (!/^<(?:\?xml|[A-Za-z][\w.-]{0,60})[^<>\r\n]{0,300}\\"/.test(t.slice(at, at + 400))) return undefined;
  const line = t.slice(at, Math.min(lineEnd(t, at), at + 65_536));
  return plainXmlAt(line.replace(/\\(["\\nrt])/g, (_, c: string) => (c === "n" ? "\n" : c === "r" ? "\r" : c === "t" ? "\t" : c)), 0);
}

/** A log record's start: its date and time, in brackets or not. */
const LOG_RECORD_START = /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d/;
/**
 * A log record of an error or a warning whose message is an object: its date and time, the logger's fields with its level, then the
 * object after their last separator. Not an info record's: a log written newest first has the request's own object below the error
 * (ioBroker's SmartThings adapter: "| info | {"commands":[...]}" under "| error | AxiosError: ... 409").
 */
const LOGGED_OBJECT = new RegExp(
  `${LOG_RECORD_START.source}(?:[.,]\\d{1,9})?(?:Z|[+-]\\d\\d:?\\d\\d)?\\]?(?=[^\\r\\n{[]{0,120}?\\b(?:ERROR|WARN|WARNING|FATAL|CRITICAL|SEVERE)\\b)[^\\r\\n{[]{0,120}?(?:[ \\t]-[ \\t]|:[ \\t]|\\][ \\t]|\\|[ \\t])(?=[{[])`,
  "i",
);

/**
 * A JSON body an app logged on the lines right after (`dir` 1) or before (`dir` -1) the line of
 * `at`, as text: the first of the next eight lines (three above) that starts with `{` or `[` and holds a whole
 * body ("HTTP Status 403 for request POST ...\nResponse body:\n{...}"), or below, one the paste cuts off at its end;
 * `undefined` when none does.
 */
export function bodyNear(t: string, at: number, dir: 1 | -1): string | undefined {
  const opened = dir === 1 ? openedAtLineEnd(t, at) : undefined;
  if (opened !== undefined) return opened;
  let pos = dir === 1 ? t.indexOf("\n", at) : t.lastIndexOf("\n", at);
  // Below, an app may list what it thinks went wrong before the body (an editor extension's "Potential reasons:" and four lines).
  for (let lines = 0; lines < (dir === 1 ? 8 : 3) && pos >= 0; lines++) {
    const start = dir === 1 ? pos + 1 : t.lastIndexOf("\n", pos - 1) + 1;
    // In Markdown's inline code too (`` `{"error": ...}` ``), as a person quotes the body under their words.
    // After a log's own prefix too, when a label says it is the body ("[goxc:publish-github] 2015/08/29 11:16:00 Error body: {...}").
    // Or `=` after the label (the PayPal Java SDK's log: "Response.body={...}"), or an arrow (atlassian-python-api's "HTTP: Response text -> {...}"),
    // or a blank alone (Azure Pipelines' PowerShell task: "##[debug]Exception message extracted from response {...}").
    // (Or a label of two words, a blank before its colon: php-jira-rest-client's "Error Message : {...}".)
    // A body logged as a JSON string, its quotes escaped (`"{\"type\":\"error\",...}"`, Continue's error output): its text.
    const quoted = /^[ \t]*"(?=\{\\")/.exec(t.slice(start, start + 210));
    if (quoted) {
      const text = escapedString(t, start + quoted[0].length, 65_536).text;
      const value = text === undefined ? undefined : readJson(text);
      if (value?.ok && isRecord(value.value)) return text;
    }
    // (Not a Ruby console's prompt, "[4] pry(main)>": its count in brackets is no body; nor a member of PHP's print_r, "[0] => ...".)
    const brace = /^[ \t]*\[(?:\d{1,6}\] (?:pry|irb)\(|[^\]\r\n]{1,200}\] => )/.test(t.slice(start, start + 240))
      ? null
      : (/^[ \t]*(?:[A-Za-z]{1,20}(?: [A-Za-z]{1,20})?[ \t]?: |`|[^\r\n]{0,200}?\b(?:[Bb]ody|[Rr]esponse|[Dd]ata)(?:: ?|=| (?=[{[]))|[^\r\n]{0,200}?\bResponse text -> )?(?=[{[]|b['"][{[])/.exec(t.slice(start, start + 240)) ??
        // Or the log's next record, behind the same kind of prefix, when the line of `at` is a record of it too (a WhatsApp client's
        // "2023-04-24 10:04:53,261 - root - INFO - Status code: 400" over "2023-04-24 10:04:53,262 - root - ERROR - {'error': ...}").
        (dir === 1 && lines === 0 && LOG_RECORD_START.test(t.slice(t.lastIndexOf("\n", at - 1) + 1, at)) ? LOGGED_OBJECT.exec(t.slice(start, start + 240)) : null));
    // A dict or object labelled as the headers, on its line or the one above ("Response header:\n{'Date': ...}", a Python
    // app's print of `r.headers` above `r.content`), is no body: the body is further on.
    if (brace && !/\bheaders?(?:[ \t]information)?[ \t]*[:=]?[ \t]*(?:\r?\n[ \t]*)?$/i.test(t.slice(Math.max(0, start - 80), start + brace[0].length))) {
      const at = start + brace[0].length;
      // Python's bytes (`b'{...}'`, as `print(response.content)` shows a body): the literal, which bodyOf decodes.
      if (bytesLiteralAt(t, at) >= 0) {
        const literal = readBytesLiteral(t, at + 1);
        if (jsonOrRelaxed(literal.text.trim()) !== undefined) return t.slice(at, literal.end);
      }
      const body = bracketed(t, at);
      // A member the client printed that holds no words at all is its numbers, not a server's error (got's `timings: { start:
      // 1596730474391, ..., phases: {...} }` under its HTTPError, above the body the app logged).
      const json = body === undefined ? undefined : jsonOrRelaxed(body);
      if (json !== undefined && (!/^[ \t]*[A-Za-z]/.test(brace[0]) || holdsText(json))) return body;
      // One a terminal wrapped inside a string (Claude Code's indented `{"type":"error",...,"message":"Internal server` / `error"},...}`).
      const joined = dir === 1 && /[\r\n]/.test(body ?? t.slice(at, at + 65536)) ? bracketedAcrossWraps(t, at) : undefined;
      if (joined !== undefined && joined !== body && parses(joined)) return joined;
      // Below, a body the paste cuts off (a log's excerpt that stops mid-body): the rest of the paste, which `bodyOf` closes and says so.
      if (body === undefined && dir === 1 && closeCutJson(t.slice(at).trim()) !== undefined) return t.slice(at).trim();
    }
    pos = dir === 1 ? t.indexOf("\n", pos + 1) : start - 1;
    if (dir === -1 && start === 0) break;
  }
  // Else PHP's print_r of the decoded body after the words on their own line (checkout.com's Magento module: "Response status code
  // (422) does not indicate success., Array\n(\n    [request_id] => ...\n    [error_type] => validation_error ..."): its value, as JSON.
  const line = t.lastIndexOf("\n", at - 1) + 1;
  const array = dir === 1 ? /^[^\r\n]{0,2000}?\bArray[ \t]*\r?\n[ \t]*\((?=[ \t]*\r?\n)/.exec(t.slice(line, Math.max(at, line) + 2100)) : null;
  const printed = array === null ? undefined : readPrintR(t, line + array[0].lastIndexOf("Array"));
  return printed === undefined ? undefined : JSON.stringify(printed);
}

/**
 * A JSON body whose opening bracket ends the line of `at`, its members on the lines below (a Python app's `print(e, r.text)`:
 * "[Errno 400 Client Error: Bad Request for url: https://...] {" then `"error": {...}`): its text when it parses and holds
 * words; `undefined` otherwise. Without it, the first line below that starts with a brace is an inner member's object.
 */
export function openedAtLineEnd(t: string, at: number): string | undefined {
  const end = lineEnd(t, at);
  const from = Math.max(t.lastIndexOf("\n", at - 1) + 1, end - 200);
  const open = /(?:^|[\s\]:=])[{[][ \t]*\r?$/.exec(t.slice(from, end));
  if (!open) return undefined;
  const body = bracketed(t, from + open.index + open[0].search(/[{[]/));
  const json = body === undefined ? undefined : jsonOrRelaxed(body);
  return json !== undefined && holdsText(json) ? body : undefined;
}

/**
 * A JSON object's members printed on the indented lines below the line of `at`, without its braces (the Google API client for
 * Java before 1.16: "GoogleJsonResponseException: 403 Forbidden" and then `  "code" : 403,` ... `  "message" : "..."`): the
 * object, braces added, when it parses; `undefined` otherwise. The members end at the first line that is not indented.
 */
export function bracelessMembersBelow(t: string, at: number): string | undefined {
  const start = nextLine(t, lineEnd(t, at));
  if (!/^[ \t]+"[^"\r\n]{1,100}"[ \t]*:/.test(t.slice(start, start + 120))) return undefined;
  let end = start;
  for (let lines = 0; end < t.length && lines < 400 && end - start < 65_536; lines++) {
    const close = lineEnd(t, end);
    if (!/^[ \t]+\S/.test(t.slice(end, Math.min(close, end + 64)))) break;
    end = nextLine(t, close);
  }
  const text = `{\n${t.slice(start, end).trimEnd()}\n}`;
  const json = readJson(text);
  return json.ok && isRecord(json.value) ? text : undefined;
}

/**
 * A body a client printed a member a line each, `key: value`, on the lines below the line of `at` (watchgha's "message: API rate
 * limit exceeded. ..." and "documentation_url: https://..." under httpx's error, a line of the client's own between): the members
 * as JSON when one is `message` or `error`; else `undefined`. Keys are snake_case words, which no header's name is.
 */
export function membersBelow(t: string, at: number): string | undefined {
  const members: Record<string, string> = {};
  let skipped = 0;
  for (let p = nextLine(t, lineEnd(t, at)), lines = 0; p < t.length && lines < 24; p = nextLine(t, lineEnd(t, p)), lines++) {
    const m = /^[ \t]*([a-z][a-z0-9_]{1,40}): ([^\r\n]{1,2000}?)[ \t]*\r?$/.exec(t.slice(p, lineEnd(t, p)));
    if (m) members[m[1]!] = m[2]!;
    else if (Object.keys(members).length > 0 || ++skipped > 2) break;
  }
  return Object.hasOwn(members, "message") || Object.hasOwn(members, "error") ? JSON.stringify(members) : undefined;
}

/**
 * A value logged after an error Node printed with its members (`console.log(err, err.response.body)`: the error's `{ ...members }`
 * close on a line of their own and the next value follows on it, "} { errors: { title: [ "can't be blank" ] } }"): that value,
 * when it parses and holds words; `undefined` otherwise. Looked for within 64 KiB after `at`.
 */
export function loggedAfterMembers(t: string, at: number): string | undefined {
  const m = /\n\}[ \t]+(?=[{[])/.exec(t.slice(at, at + 65_536));
  if (!m) return undefined;
  const body = bracketed(t, at + m.index + m[0].length);
  return body !== undefined && holdsText(jsonOrRelaxed(body)) ? body : undefined;
}

/**
 * An error model as OpenAPI Generator's Java clients print it (`toString`: Adyen's "ApiException{error=class ApiError {\n    status:
 * 422\n    errorCode: 14_002\n    message: Required field ...\n}, statusCode=422, ..."): its members, a line each four blanks in,
 * as JSON (a nested model's lines skipped); `undefined` unless it has a message or a code.
 */
export function javaModelBody(t: string): string | undefined {
  const m = /\bclass [A-Z]\w{0,100} \{\r?\n(?= {4}\w)/.exec(t);
  if (!m) return undefined;
  const members: Record<string, unknown> = {};
  let nested = false;
  for (let p = m.index + m[0].length, n = 0; p < t.length && n < 200; p = nextLine(t, lineEnd(t, p)), n++) {
    const line = t.slice(p, lineEnd(t, p)).replace(/\r$/, "");
    if (nested) {
      nested = line !== "    }";
      continue;
    }
    const member = /^ {4}([A-Za-z_$][\w$]{0,100}): ([^\r\n]{0,2000})$/.exec(line);
    if (!member) break;
    const value = member[2]!;
    if (/^class [A-Z]\w{0,100} \{$/.test(value)) nested = true;
    else members[member[1]!] = value === "null" ? null : /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return typeof members.message === "string" || members.errorCode !== undefined || members.code !== undefined ? JSON.stringify(members) : undefined;
}

/** Whether the JSON text `jsonOrRelaxed` gives holds a string anywhere (what is not JSON counts as words). */
function holdsText(json: unknown): boolean {
  const anyString = (v: unknown): boolean => typeof v === "string" || (v !== null && typeof v === "object" && Object.values(v).some(anyString));
  if (typeof json !== "string") return anyString(json);
  const read = readJson(json);
  return !read.ok || anyString(read.value);
}

/** `text` up to the end of its line. */
export function restOfLine(t: string, from: number): string {
  return trimOws(t.slice(from, lineEnd(t, from)));
}

export const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/**
 * Whether the words on the line before `at` are a pull request's or a commit's that say what it fixes ("*Fixing an error: 414
 * Client Error: URI Too Long for url: ...*", Airbyte's): an error quoted as the one a change removes, not one a call got.
 */
export function ledByFix(t: string, at: number): boolean {
  return /^[ \t>*_-]*(?:fix(?:es|ed|ing)?|resolves?|closes?)\b[^\n]{0,60}$/i.test(t.slice(t.lastIndexOf("\n", at - 1) + 1, at));
}

export { REASONS, REASON_PHRASES };

/**
 * .NET's `HttpStatusCode` names of the error statuses (`TooManyRequests`, `Unauthorized`): the reason phrases run together,
 * and the names .NET gives differently (`RequestEntityTooLarge`, `UnprocessableContent` since .NET 7).
 */
export const DOTNET_STATUS_NAMES: ReadonlyMap<string, number> = new Map([
  ...Object.entries(REASONS).map(([n, r]) => [r.replace(/ /g, ""), Number(n)] as const),
  ["RequestEntityTooLarge", 413],
  ["UnprocessableContent", 422],
]);

/**
 * The generic rate-limit pair (spec section 8's reset headers): a spent limit's reset is the wait (TeslaLogger's "429 (TooManyRequests)
 * ... ratelimit-remaining: 0, ratelimit-reset: 45983"); a remaining count above 0 says nothing, and the rules then ignore the reset.
 */
const RATE_LIMIT_PAIR = RATE_LIMIT_HEADERS.flatMap((pair) => [pair.remaining, pair.reset]);

/** The names {@link decidingHeaders} looks for: the longest first, so that no name is taken for a shorter one inside it. */
const DECIDING_NAMES = new RegExp(
  ["www-authenticate", "retry-after", ...RATE_LIMIT_PAIR, ...PROVIDER_ONLY_ID_HEADERS].sort((a, b) => b.length - a.length).join("|"),
  "i",
);

/**
 * The headers that decide an answer, where a printout nobody reads as headers shows them: `WWW-Authenticate` (a scope the token
 * lacks, a dead token), `Retry-After` and a spent rate limit's reset (the wait), and a request id only a provider's server sends (`X-GitHub-Request-Id`, which
 * names the provider too). All are response headers only, so any printing of one is the response's:
 * DevTools' `www-authenticate: "Bearer ..."` under a Headers map, Ruby's `["WWW-Authenticate", "Bearer ..."]` in an HTTP::Message
 * dump, a hash's `"Retry-After" => "30"`, a Java map's `WWW-Authenticate=[Bearer ...]`, print_r's `[Retry-After] => 30`. The first
 * of each; a quoted value is unescaped.
 */
export function decidingHeaders(t: string): HeaderPair[] {
  const out: HeaderPair[] = [];
  const found = new Set<string>();
  // A few places at most: each try may read a long line, and a hostile paste can name the header a million times.
  const names = new RegExp(DECIDING_NAMES.source, "gi");
  for (let m = names.exec(t), tries = 0; m !== null && tries < 24 && found.size < 5; m = names.exec(t), tries++) {
    const name = m[0].toLowerCase();
    const opener = m.index > 0 ? t[m.index - 1]! : "\n";
    if (found.has(name) || !/[\s{(,"'[]/.test(opener)) continue;
    // A quoted name closes its quote, and only then may a comma part it from its value (Ruby's `["Retry-After", "30"]`): a bare
    // name before a comma is one of a list (GitHub's `access-control-expose-headers: 'ETag, Link, Retry-After, ...'`).
    const sep = opener === '"' || opener === "'" || opener === "[" ? QUOTED_NAME_END : BARE_NAME_END;
    sep.lastIndex = m.index + m[0].length;
    if (!sep.test(t)) continue;
    HEADER_VALUE.lastIndex = sep.lastIndex;
    const h = HEADER_VALUE.exec(t);
    const quoted = h?.[2] ?? h?.[3];
    // A Java map's list of values (`x-okta-request-id=[Z8rS...], Vary=[...]`) ends at its bracket, whatever follows on the line; a
    // value among a printout's fields (the Swift AWS SDK's `x-amzn-RequestId: ca47..., message: Optional(...)`) at the next field.
    const bare = h?.[4] === undefined ? undefined : h[1] !== undefined && h[4].includes("]") ? h[4].slice(0, h[4].indexOf("]")) : h[4].replace(NEXT_FIELD, "");
    const value = !h ? "" : quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : bare!.replace(/[\]},;]+$/, "").trim();
    // (print_r's `[Retry-After] => Array` opens the list of its values on the lines below: not a value.)
    if (value === "" || value === "Array") continue;
    out.push([m[0], value]);
    found.add(name);
  }
  return out;
}

/**
 * The rest of a line from a comma and the next field's name (of up to three words: TeslaLogger's ", sleep till: ...") and colon
 * (`, message: ...`): not a header value's (parameters take `=`).
 */
const NEXT_FIELD = /, [A-Za-z][\w-]{0,40}(?: [A-Za-z][\w-]{0,40}){0,2}: .*$/s;

/** Where a quoted or bracketed header name ends and its value starts (`"Retry-After" => `, `'www-authenticate': `, `["WWW-Authenticate", `). */
const QUOTED_NAME_END = /["'\]][ \t]*(?:=>|:|=|,)[ \t]*/y;
/** Where a bare header name ends and its value starts (`www-authenticate: `, `WWW-Authenticate=`). */
const BARE_NAME_END = /[ \t]*(?:=>|:|=)[ \t]*/y;
/** A header's value after its name: quoted (then unescaped), or to the end of its line; a Java map's `[...]` around it is dropped. */
const HEADER_VALUE = /(\[)?[ \t]*(?:"((?:[^"\\\r\n]|\\.){1,4000})"|'((?:[^'\\\r\n]|\\.){1,4000})'|([^\s"'][^\r\n]{0,4000}))/y;

/** A quoted name and its quoted string value in a printed dict or object: `'retry-after': '1'`, `"Date": "..."`. */
const DICT_PAIR = /["']([A-Za-z0-9-]{1,100})["']:[ \t]*["']([^"'\r\n]{0,2000})["']/g;

/** Response headers every server sends, by two of which a printed dict of strings is known for the headers' (Python's `response.headers`). */
export const COMMON_HEADER = /^(?:date|content-type|content-length|server|connection)$/i;

/**
 * The headers a paste printed as a dict or an object on a line of their own (`{'Date': '...', 'Content-Type': ..., 'retry-after':
 * '1', ...}`, a Python client's `response.headers` below its error line): all of them, when the first such dict of strings (of the
 * first eight a line opens) names two headers every server sends (a body may have a `date` member, not a `content-type` too); none
 * otherwise.
 */
export function headerDictIn(t: string): HeaderPair[] {
  for (let at = t.search(HEADER_DICT_START), tries = 0; at >= 0 && tries < 8; tries++) {
    const open = t.indexOf("{", at);
    const text = bracketed(t, open);
    // A dict the paste cut off still gives the pairs before the cut.
    const pairs = text !== undefined ? (headersOf(text).headers ?? []) : headerPairsIn(t.slice(open, open + 65_536), DICT_PAIR);
    if (pairs.length >= 3 && pairs.filter(([n]) => COMMON_HEADER.test(n)).length >= 2) return pairs;
    const next = t.slice(open + 1).search(HEADER_DICT_START);
    at = next < 0 ? -1 : open + 1 + next;
  }
  return [];
}

/**
 * Where a dict of headers may open: at the start of a line, or after a label that says it holds headers ("Headers: {...}" as Go's
 * `http.Header` marshalled, its values lists; the GitHub Actions toolkit's "Header Information: {").
 */
const HEADER_DICT_START = /(?:^|\n)[ \t]*(?:(?:[Rr]esponse )?[Hh]eaders?(?: [Ii]nformation)?:[ \t]*)?\{/;

/** The `headers: { ... }` an inspected object prints, read as headers. */
export function inspectedHeaders(t: string): { headers?: HeaderPair[] } {
  const m = /(?:^|\n)[ \t]*headers: (?=\{)/.exec(t);
  if (!m) return {};
  const text = bracketed(t, m.index + m[0].length);
  return text === undefined ? {} : headersOf(text);
}

/**
 * The header pairs `pair` (a name group, then a value group) finds in a printed dict or hash, one by one, at most
 * {@link MAX_HEADERS}: a dict a log cut off still gives the pairs before the cut, where {@link headersOf} gives none.
 */
export function headerPairsIn(text: string, pair: RegExp): HeaderPair[] {
  const out: HeaderPair[] = [];
  for (const [, name, value] of text.matchAll(pair)) {
    if (out.length === MAX_HEADERS) break;
    out.push([name!, value!]);
  }
  return out;
}

/** Headers printed as an object or a Python dict (`{'Date': '...', ...}`), read as header pairs. */
export function headersOf(text: string): { headers?: HeaderPair[] } {
  const value = readRelaxedJson(text);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const headers: HeaderPair[] = [];
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (headers.length >= MAX_HEADERS) break;
    if (typeof v === "string" || typeof v === "number") headers.push([name, String(v)]);
    // Go's `http.Header`, marshalled: each name's values in a list.
    else if (Array.isArray(v) && v.length > 0 && v.length <= 16 && v.every((x) => typeof x === "string")) headers.push([name, v.join(", ")]);
  }
  return { headers };
}

/**
 * The label of an error's own words on the line below its status, as go-fastly prints them ("Title:  You have exceeded your hourly
 * rate limit.", "Detail: ..."): no response sends a header of those names, and the words after it are the message.
 */
export const ERROR_FIELD_LABEL = /^(?:Title|Detail)[ \t]*:[ \t]*/;

/**
 * The header lines below the line of `from`, as an app logs a response's after its status or
 * body: after an optional "Headers:" line and at most `skip` other lines, the header lines up to
 * the first line that is none; none at all unless there are at least `least`. Below a "Headers:"
 * line, an object of them is read too (an Azure OpenAI client's "HEADERS:\n{\n  "apim-request-id": ...}").
 */
export function headersBelow(t: string, from: number, skip = 0, least = 1): HeaderPair[] {
  const headers: HeaderPair[] = [];
  let skipped = 0;
  let at = t.indexOf("\n", from);
  for (let lines = 0; at >= 0 && lines <= MAX_HEADERS + skip + 1; lines++) {
    const end = lineEnd(t, at + 1);
    const line = t.slice(at + 1, end).trim();
    const intro = headers.length === 0 && /^Headers?:$/i.test(line);
    // Or on the label's own line (Go's `http.Header` marshalled: "Headers: {"Retry-After":["12"],...}").
    const beside = headers.length === 0 ? /^[ \t]*Headers?:[ \t]*(?=\{)/i.exec(t.slice(at + 1, end)) : null;
    // The object's brace may be indented under the label.
    let below = beside ? at + 1 + beside[0].length : intro ? nextLine(t, end) : -1;
    while (below >= 0 && below < t.length && isOws(t.charCodeAt(below))) below++;
    if (below >= 0 && t.startsWith("{", below)) {
      const text = bracketed(t, below);
      const object = text === undefined ? [] : (headersOf(text).headers ?? []);
      return object.length >= least ? object : [];
    }
    // A browser console's line names the script and line that logged it ("algoliasearch.min.js:7 Error: ..."): no header.
    // Nor a body logged under its label ("body: {\"id\":\"invalid_params\",...}", heroku.rb's Excon error).
    // Nor an error's own labelled words (see ERROR_FIELD_LABEL).
    const notHeader =
      !intro && (/^[\w.-]{1,200}\.(?:m?js|cjs|jsx?|tsx?):\d{1,7}[ \t]/.test(line) || /^(?:body|response|data|payload)[ \t]*[:=][ \t]*\\?[{[]/i.test(line) || ERROR_FIELD_LABEL.test(line));
    if (!intro && (notHeader || !headerLine(line, headers)) && (headers.length > 0 || skipped++ >= skip)) break;
    at = end < t.length ? end : -1;
  }
  return headers.length >= least ? headers : [];
}

/**
 * JSON the paste cuts off, closed where it stops (`closeCutJson`), without the poster's words after it (a sentence that follows
 * the cut would otherwise sit inside the string it cut, and closing there drop that string's member). One pass.
 */
export function closeCutBeforeWords(t: string): string | undefined {
  let text = t.trimEnd();
  // Up to three last lines with no JSON in them (no quote, bracket, comma or colon) are the poster's words: the JSON ends above them.
  for (let k = 0; k < 3; k++) {
    const line = text.lastIndexOf("\n");
    if (line <= 0 || /["{}[\],:]/.test(text.slice(line))) break;
    text = text.slice(0, line).trimEnd();
  }
  return closeCutJson(text);
}

/**
 * A JSON text cut mid-way (a client prints the first bytes of a body), closed where it stops when that parses (a string of words
 * cut inside is closed there: `{"a":1,"m":"You have` gives `{"a":1,"m":"You have"}`), else after its last complete
 * member or element: `{"a":1,"b":[{"c":"d","e":` gives `{"a":1,"b":[{"c":"d"}]}`. `undefined` when no cut of the last few members parses. One pass.
 */
export function closeCutJson(text: string): string | undefined {
  if (!text.startsWith("{") && !text.startsWith("[")) return undefined;
  const open: string[] = [];
  /** Each comma outside strings, with the brackets open there. */
  const commas: [at: number, closers: string][] = [];
  let inString = false;
  let stringAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      stringAt = i;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      // Deeper than any real body: no snapshot of the open brackets is taken past it, so the pass stays linear.
      if (open.push(c === 0x7b ? "}" : "]") > 64) return undefined;
    } else if (c === 0x7d || c === 0x5d) {
      if (open.pop() === undefined) return undefined;
      if (open.length === 0) return undefined; // complete: not cut
    } else if (c === 0x2c /* , */) commas.push([i, open.slice().reverse().join("")]);
    if (commas.length > 8) commas.shift();
  }
  // Cut inside a value's words (a message: `{"code": 429, "message": "You have exceeded`), or right after a whole value:
  // closing it there keeps them. A cut id (no space in it) would mislead whoever quotes it: that member is dropped.
  if (!inString || text.indexOf(" ", stringAt) >= 0) {
    const whole = (inString ? `${text}"` : text.trimEnd()) + open.slice().reverse().join("");
    if (readJson(whole).ok) return whole;
  }
  for (let k = commas.length - 1; k >= Math.max(0, commas.length - 4); k--) {
    const [at, closers] = commas[k]!;
    const candidate = text.slice(0, at) + closers;
    if (readJson(candidate).ok) return candidate;
  }
  return undefined;
}

/** A printed body as the mapper reads it: JSON as text, a Python dict or JS object as its JSON value, anything else as text. */
export function bodyOf(text: string, warnings: string[]): unknown {
  const t = text.trim();
  if (bytesLiteralAt(t, 0) === 1) return bytesBody(t, 1, warnings) ?? text;
  // A text body printed as bytes, the literal the whole of it (restfly's `body=b'Basic authentication ... deprecated.\n'`): its words.
  if (/^b['"]/.test(t)) {
    const literal = readBytesLiteral(t, 1);
    if (literal.end === t.length) {
      warnings.push("The body was printed as Python bytes (b'...'): it was read with its escapes decoded.");
      return literal.text.trim();
    }
  }
  if (t.startsWith("{") || t.startsWith("[")) {
    // The body, and whatever the printout put after it on its line (a closing quote, the file that threw).
    const json = bracketed(t, 0) ?? t;
    // A terminal or a log that wrapped it inside its strings broke them: its line breaks are joined back as spaces.
    const value = jsonOrRelaxed(json) ?? (json.includes("\n") ? jsonOrRelaxed(json.replace(/[ \t]*\r?\n[ \t]*/g, " ")) : undefined);
    if (value !== undefined) {
      if (value !== json) warnings.push("The body was printed as a Python dict, a JavaScript object or a Dart or Java map; it was read as JSON.");
      if (json.length < t.length) warnings.push(`The text after the body (${JSON.stringify(t.slice(json.length).trim().slice(0, 60))}) was skipped.`);
      return value;
    }
    return decodedBody(t, warnings) ?? cutBody(t, warnings) ?? text;
  }
  // A short phrase before the body ("Communication error: {...}"), or a longer message that ends in one ("... Full error:
  // {...}", as an app logs what it caught): the body is the JSON after it.
  const first = t.indexOf("{");
  const brace = first > 0 && first <= 120 ? first : labelledBodyAtEnd(t);
  // Not an object's own printout inside the message, its braces right after its class's name (a Java toString:
  // "Project PullRequestRef{project=MEXOS, repository=mexos} does not exist."): that is the message's.
  // (Not an escape's letter: a JSON string's `\n{...}`.)
  if (brace > 0 && /[A-Za-z0-9_]/.test(t.charAt(brace - 1)) && t.charAt(brace - 2) !== "\\") return text;
  if (brace > 0) {
    // "body: b'{...}'": Python's bytes, whose escapes only decoding reads.
    const bytes = brace >= 2 && bytesLiteralAt(t, brace - 2) === brace - 1 ? bytesBody(t, brace - 1, warnings) : undefined;
    if (bytes !== undefined) {
      warnings.push(`The words before the body (${JSON.stringify(t.slice(0, brace - 2).trim().slice(0, 60))}) were skipped.`);
      return bytes;
    }
    const json = bracketed(t, brace);
    const value = json === undefined ? undefined : jsonOrRelaxed(json);
    const words = () => warnings.push(`The words before the body (${JSON.stringify(t.slice(0, brace).trim().slice(0, 60))}) were skipped.`);
    if (value !== undefined) {
      words();
      return value;
    }
    const decoded = decodedBody(t.slice(brace), warnings);
    if (decoded !== undefined) {
      words();
      return decoded;
    }
  }
  return text;
}

/**
 * A body Python printed as bytes (`b'{\\n  "error": ...}\\n'`), its quote at `quote`: read with its escapes decoded, also
 * when the paste cut it off. `undefined` when what it holds is no JSON, a Python dict or a map.
 */
function bytesBody(t: string, quote: number, warnings: string[]): unknown {
  const inner: string[] = [];
  const body = bodyOf(readBytesLiteral(t, quote).text, inner);
  if (typeof body === "string" && !readJson(body).ok) return undefined;
  warnings.push("The body was printed as Python bytes (b'...'): it was read with its escapes decoded.", ...inner);
  return body;
}

/**
 * A JSON body the printout cut off (Guzzle's "(truncated...)", a log's length limit, the paste's end): read up to its last whole
 * member, with a warning, so that the provider's code and message still decide. `undefined` when no cut of it parses.
 */
function cutBody(t: string, warnings: string[]): unknown {
  const closed = closeCutJson(t.replace(/\s*\(truncated(?:\.{3}|…)\)\s*$/, ""));
  const json = closed === undefined ? undefined : readJson(closed);
  if (!json?.ok) return undefined;
  warnings.push("The body is cut off: it was read up to its last whole member.");
  return json.value;
}

/** Where a labelled body (`error: {...}`, `body={...}`) that ends `t` starts; -1 when none does. Tries the first eight labels. */
function labelledBodyAtEnd(t: string): number {
  if (!t.endsWith("}")) return -1;
  const label = /[:=][ \t]{0,4}(?=\{)/g;
  for (let tries = 0; tries < 8; tries++) {
    const m = label.exec(t);
    if (!m) return -1;
    const at = m.index + m[0].length;
    if (balancedEnd(t, at) === t.length) return at;
  }
  return -1;
}

/**
 * The text of a string written with JSON's escapes (a JSON string's inside, an Elixir string) from `start` up to its
 * unescaped closing quote, read over `limit` characters at most, decoded (`undefined` when it does not decode), and
 * where it ends. One pass.
 */
export function escapedString(t: string, start: number, limit = Infinity): { text: string | undefined; end: number } {
  let end = start;
  while (end < t.length && end - start < limit && t.charCodeAt(end) !== 0x22 /* " */) end += t.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
  const decoded = readJson(`"${t.slice(start, Math.min(end, t.length))}"`);
  return { text: decoded.ok && typeof decoded.value === "string" ? decoded.value : undefined, end };
}

/**
 * A body copied from inside a JSON string, as a JSON log line holds it (`{\n  \"message\": ...`):
 * read with its escapes decoded, up to the string's closing quote. `undefined` when `t` is no
 * such body. Each decoding shortens the text, so a body escaped twice is decoded twice.
 */
function decodedBody(t: string, warnings: string[]): unknown {
  if (!/^[{[](?:[ \t]|\\[nrt])*(?:\\\\)*\\"/.test(t)) return undefined;
  const decoded = escapedString(t, 0).text;
  if (decoded === undefined) return undefined;
  const inner: string[] = [];
  const body = bodyOf(decoded, inner);
  // Decoded to no JSON either (`{\"oops`): the text as pasted stays the message.
  if (typeof body === "string" && !readJson(body).ok) return undefined;
  warnings.push("The body was copied from inside a JSON string (its quotes escaped): it was read with its escapes decoded.", ...inner);
  return body;
}

/**
 * The AWS SDK for .NET's words for a service error, which name its code before the status ("Error making request with Error Code
 * SignatureDoesNotMatch and Http Status Code Forbidden. No further error information was returned by the service."): the code is the
 * body AWS sent, for its signals to read.
 */
export const AWS_DOTNET_ERROR = /\bError making request with Error Code ([A-Za-z][A-Za-z0-9]{1,100}) and Http Status Code [A-Z][A-Za-z]{2,40}\b/;

/** The body {@link AWS_DOTNET_ERROR}'s code stands for, said to be rebuilt. */
export function awsDotnetBody(code: string): { readonly value: { readonly __type: string }; readonly from: string } {
  return { value: { __type: code }, from: `AWS's error body rebuilt from the code (${code}) the AWS SDK for .NET printed` };
}

/**
 * An XML error document with a `<Code>` (AWS's and S3's `<Error>`, the query APIs' `<ErrorResponse>`, Azure Storage's), printed
 * below a client's line that states the status and no body (Python's "Request to https://...s3.amazonaws.com/ failed with status
 * code 403" above S3's `<Error>`): the body, with the `<?xml ...?>` before it. The first one; `undefined` when there is none, or it
 * does not close within 64 KiB (see {@link xmlDocumentAt}).
 */
export function xmlErrorDocument(t: string): string | undefined {
  const open = ERROR_DOCUMENT_OPEN.exec(t);
  if (!open) return undefined;
  const doc = xmlDocumentAt(t, open.index);
  if (doc === undefined || !doc.includes("<Code>")) return undefined;
  // EC2's query API wraps its errors, its request id beside them (`<Response><Errors><Error>...</Error></Errors><RequestID>...
  // </RequestID></Response>`, as Ansible's boto prints it inside its own line): that whole document.
  const wrapper = open[1] === "Error" ? /<Response>\s{0,200}<Errors>\s{0,200}$/.exec(t.slice(Math.max(0, open.index - 400), open.index)) : null;
  const at = wrapper ? open.index - wrapper[0].length : -1;
  const whole = at >= 0 ? xmlDocumentAt(t, at) : undefined;
  if (whole !== undefined && whole.length > doc.length) return t.slice(declarationBefore(t, at), at + whole.length);
  return t.slice(declarationBefore(t, open.index), open.index + doc.length);
}

/** An XML error document's opening, with its namespace too (`<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2011-05-05/">`). */
const ERROR_DOCUMENT_OPEN = /<(Error|ErrorResponse)(?:\s[^<>]{0,300})?>\s{0,200}</;

/** Where the document whose root opens at `open` starts: at its `<?xml ...?>` declaration when only blanks part them, else at the root. */
function declarationBefore(t: string, open: number): number {
  const declaration = t.lastIndexOf("<?xml", open);
  return declaration >= 0 && t.slice(t.indexOf("?>", declaration) + 2, open).trim() === "" ? declaration : open;
}

/**
 * An XML error document the paste cuts off before it closes (an issue's copy of S3's `<Error><Code>SignatureDoesNotMatch</Code>
 * <Message>...</Message>`, its request id and the rest not copied): closed after its last whole element. `undefined` when the paste holds
 * none, or one that closes (see {@link xmlErrorDocument}).
 */
export function cutXmlErrorDocument(t: string): string | undefined {
  const open = ERROR_DOCUMENT_OPEN.exec(t);
  if (!open || t.length - open.index > 65_536 || t.indexOf(`</${open[1]}>`, open.index) >= 0) return undefined;
  const tail = t.slice(open.index);
  if (!/<Code>[^<]{1,100}<\/Code>/.test(tail)) return undefined;
  const last = tail.lastIndexOf("</");
  const close = last < 0 ? -1 : tail.indexOf(">", last);
  if (close < 0) return undefined;
  return `${t.slice(declarationBefore(t, open.index), open.index)}${tail.slice(0, close + 1)}</${open[1]}>`;
}

/** What a printout without headers leaves unknown (a request id the client printed in its own words takes its place: see `parse`). */
export const NO_HEADERS = "No headers in this paste: the request id and the retry wait the headers would carry are unknown.";
/** What a printout read without a body says: a reader that finds the body elsewhere drops it. */
export const NO_BODY = "No body in this paste: the provider's own error code and message are unknown.";

/** The response the first of `formats` that recognises `t` states, with warnings saying what was read and what is missing. */
export function readWith(formats: readonly LogFormat[], t: string): ParsedInput | undefined {
  for (const format of formats) {
    const hit = format.find(t);
    if (!hit) continue;
    const warnings: string[] = [];
    if (hit.status !== undefined) {
      checkStatus(hit.status, `in ${hit.what}`);
      warnings.push(`Read ${hit.what}: ${hit.statusSaid ?? `the status ${hit.status} is the one it states`}.`);
    } else warnings.push(`Read ${hit.what}: it states no HTTP status.`);
    const headers = hit.headers ?? [];
    const dict = headers.length === 0 ? headerDictIn(t) : [];
    if (dict.length > 0) {
      headers.push(...dict);
      warnings.push("Read the headers from the dict the paste printed them in.");
    } else if (headers.length === 0) {
      headers.push(...decidingHeaders(t));
      warnings.push(
        headers.length === 0
          ? NO_HEADERS
          : `Read ${headers.map(([n]) => n).join(" and ")} where the paste printed it; no other header was read.`,
      );
    }
    let body: unknown = "";
    if (hit.rebuilt) {
      body = hit.rebuilt.value;
      warnings.push(`Reconstructed: ${hit.rebuilt.from}.`);
    } else if (hit.body !== undefined) {
      body = bodyOf(hit.body, warnings);
      const read = typeof body === "string" && body.startsWith("{") ? readJson(body) : undefined;
      const wrapped = read?.ok && isRecord(read.value) ? errorUnwrapped(read.value) : undefined;
      if (wrapped !== undefined) {
        body = JSON.stringify(wrapped);
        warnings.push("The body was printed without its `error` wrapper (as a client keeps it): it was read wrapped back.");
      }
    } else {
      const document = xmlErrorDocument(t);
      const model = document === undefined ? javaModelBody(t) : undefined;
      if (document !== undefined) {
        body = document;
        warnings.push("Read the XML error document in the paste as the body.");
      } else if (model !== undefined) {
        body = model;
        warnings.push("Read the error model the client printed (OpenAPI Generator's Java `toString`) as the body.");
      } else warnings.push(NO_BODY);
    }
    warnings.push(...(hit.notes ?? []));
    const out: ParsedInput = { format: "log", headers, body, warnings };
    if (hit.status !== undefined && isHttpStatus(hit.status)) out.status = hit.status;
    if (hit.statusText) out.statusText = hit.statusText;
    // A URL copied from inside a JSON string keeps the slashes PHP's json_encode escapes (a Laravel log's "`POST https:\/\/zoom.us\/oauth\/token`
    // resulted in a `400 Bad Request`"): no URL holds a backslash, and its host names the provider.
    if (hit.url) out.url = hit.url.replaceAll("\\/", "/");
    if (hit.method) out.method = hit.method;
    if (hit.provider) out.provider = { id: hit.provider, by: hit.providerBy ?? hit.what };
    if (hit.providerClient) out.providerClient = hit.providerClient;
    return out;
  }
  return undefined;
}

/**
 * A request id a client printed beside the status ("last status: 429 Too Many Requests, request id: cd0cb454-..."): the
 * `X-Request-Id` it got, kept as that header. An id has a digit (words are no id).
 */
export function printedRequestId(message: string): { header: HeaderPair; note: string } | undefined {
  // (Not AWS Lambda's "START RequestId: ..." and its END and REPORT lines: the invocation's id, not a call's answer's.)
  const m = /(?:^|[\s,;(])(?<!\b(?:START|END|REPORT) )request[ _-]?id[:=][ \t]*(?:\r?\n[ \t]*)?([A-Za-z0-9][A-Za-z0-9:._-]{7,127})\b/i.exec(message);
  const id = m?.[1];
  if (id === undefined || !/\d/.test(id)) return undefined;
  // A UUID a terminal broke in two ("Request ID: ebeed457-f9a5-4 498-aecd-f50e65b83db6", its rest after a blank or on the next line)
  // is no id to quote whole.
  if (/^[0-9a-f]{8}-[0-9a-f-]{0,26}$/i.test(id) && /^\s{1,3}[0-9a-f]{1,12}-/i.test(message.slice(m!.index + m![0].length, m!.index + m![0].length + 20))) return undefined;
  return { header: ["X-Request-Id", id], note: `The request id the client printed beside the status (${id}) was read as the response's X-Request-Id.` };
}

/** `t` with the control characters inside its strings escaped (`\n`, `\r`, `\t`, `\u001b`...), outside them kept. One pass. */
export function escapeRawControls(t: string): string {
  let out = "";
  let from = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (inString && c === 0x5c /* \ */) i++;
    else if (c === 0x22 /* " */) inString = !inString;
    else if (inString && c < 0x20) {
      out += t.slice(from, i) + (c === 0x0a ? "\\n" : c === 0x0d ? "\\r" : c === 0x09 ? "\\t" : `\\u${c.toString(16).padStart(4, "0")}`);
      from = i + 1;
    }
  }
  return out + t.slice(from);
}

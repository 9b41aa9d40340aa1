/**
 * Reading pasted text as a response (spec section 11): what the classifier runs before
 * the mapper. Everything here is pure and linear in the input (no regular expression can
 * backtrack across the input; JSON is parsed once), so a 5 MiB paste is read in well
 * under a second and never hangs a browser tab.
 *
 * Imported by both server and browser code: no Node or DOM API here.
 * @module
 */
import { AlterValueError } from "./errors.js";
import { isKnownCode } from "./codes.js";
import { matchCurlHttpError, matchNetworkText } from "./network.js";
import type { HeaderPair, NetworkFailureMatch, ParsedInput, Source } from "./types.js";

/** The largest input `parseResponse` reads: 5 MiB, counted in UTF-8 bytes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** What the messages suggest instead, in one sentence. */
const ACCEPTED =
  'Paste one of: a raw HTTP response starting with its status line ("HTTP/1.1 403 Forbidden"), ' +
  "the output of curl -i or curl -v, a HAR file or a single HAR entry, " +
  'a JSON response object ({"status": 403, "headers": {...}, "body": ...}), ' +
  'an error body from the Alter API ({"error": {"code": ...}}), ' +
  'or a network error message ("TypeError: fetch failed", "curl: (7) Failed to connect ...").';

const ASK_FOR_STATUS =
  "paste the whole response (status line and headers) or a HAR entry, " +
  'or a response object {"status": 403, "headers": {...}, "body": ...}.';

/** `HTTP/1.1 403 Forbidden`, `HTTP/2 403`, `HTTP/2.0 403` (a line, trailing blanks removed). */
/** An RFC 9110 token: the characters a header name may have. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A `curl -v` response status line, at the start of any line: tells curl -v output apart. */
const CURL_V_STATUS = /^< ?HTTP\/\d(?:\.\d)?[ \t]+\d{3}/m;
/** `> GET /v1/grants HTTP/2`: the request line of `curl -v`. */
const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;
/** `* Connected to api.example.com (1.2.3.4) port 443 (#0)`. */
const CONNECTED = /^Connected to (\S+) \([^)]*\) port (\d{1,5})/;
/** `{ [5 bytes data]` / `} [1234 bytes data]`: curl's trace of the bytes it moved. */
const DATA_LINE = /^[{}] \[\d+ bytes data\]$/;
/** `curl: (22) The requested URL returned error: 403`: curl's own closing message. */
const CURL_MESSAGE = /^curl: \(\d{1,3}\) /;
/** The header of curl's progress meter, printed when the body goes to a file. */
const PROGRESS_HEADER = /^[ \t]*% Total[ \t]+% Received/;
/** `* Connection #0 to host x left intact` glued to a body that had no final newline. */
const CURL_TRAILER = /^\* (?:Connection #\d+ to host \S+ left intact|Closing connection(?: #?\d+)?|shutting down connection #\d+)[ \t]*$/;
/** A curl command line pasted above its output. */
const CURL_COMMAND = /^(?:\$ |% |> )?curl[ \t]/;
/** Binary: a NUL or another C0 control character than TAB, LF, FF and CR. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F]/;
const CONTROL_ALL = /[\x00-\x08\x0B\x0E-\x1F]/g;

const RESPONSE_OBJECT_KEYS: ReadonlySet<string> = new Set(["status", "statusText", "headers", "body", "url", "method"]);
const CONNECT_STATUSES: ReadonlySet<string> = new Set(["pending", "completed", "denied", "error", "expired"]);
const APPROVAL_STATUSES: ReadonlySet<string> = new Set(["pending", "approved", "denied", "expired", "execution_failed"]);

/**
 * Reads pasted text as the response (or network failure) the classifier maps. Accepted,
 * with CRLF or LF line endings, a leading byte order mark, blank lines around it and the
 * indentation of its first line:
 *
 * - **A raw HTTP response** (format `http`): a status line (`HTTP/1.1 403 Forbidden`,
 *   `HTTP/2 403`, `HTTP/2.0 403`), header lines, a blank line, the body. A header line
 *   that begins with a space or a tab continues the previous one (obs-fold) and is joined
 *   to it with one space. A line that is not a header (`{"error": ...}` with the blank line
 *   lost in the paste) ends the headers and begins the body. The body is the rest of the
 *   text, verbatim, line endings as sent. A curl command line above the output
 *   (`$ curl -i https://...`) is skipped.
 * - **`curl -i` output** (format `curl-i`): several responses one after another (a
 *   `100 Continue`, a proxy's `HTTP/1.1 200 Connection established`, the redirects of
 *   `-L`). When the text after a head's blank line begins with a status line, it is the
 *   next response; the last one counts and `responses` says how many there were.
 * - **`curl -v` output** (format `curl-v`): `<` lines are the response's status line and
 *   headers, `>` and `*` lines (curl's request and notes) and `{ [5 bytes data]` lines are
 *   skipped, with or without a space after the mark. The request line
 *   (`> GET /v1/grants HTTP/2`) gives `method`; `> Host:` (or `* Connected to`) and the
 *   path give `url`, `https` unless the connection was plain HTTP on a port other than
 *   443. Several responses: the last counts, with the request sent just before it
 *   (after a redirect, the redirected request). **The body rule:** the body is the lines
 *   without a curl mark that come after the last response's headers. The headers end at
 *   a `<` line that is blank (or at the first unmarked line); after that, a line beginning
 *   with `<` (`<html>`) is body too, unless it is a new status line (`< HTTP/1.1 200`). `*`
 *   and `>` lines stay curl's even there (curl prints `* Connection #0 to host ... left
 *   intact` after the body, glued to its last line when the body had no final newline:
 *   that suffix is cut), as do curl's own `curl: (22) ...` lines and its progress meter.
 *   The line ending after the body's last line is dropped.
 * - **A HAR file or a single HAR entry** (format `har`): a JSON with `log.entries`, or an
 *   object with `request` and `response`. The last entry with status 400 or more counts,
 *   else the last entry. `response.content.text` is the body, decoded from base64 (as
 *   UTF-8) when `content.encoding` is `base64`; `request.url` and `request.method` are kept.
 *   An entry with status 0 (Chrome records `_error: "net::ERR_CONNECTION_REFUSED"`) got no
 *   response: `network` is set and there is no `status`.
 * - **A response object** (format `json-wrapper`): a JSON object with a numeric `status`,
 *   `headers` and/or `body`, and no keys but `status`, `statusText`, `headers`, `body`,
 *   `url`, `method`. `headers` is a plain object (a value may be a list), a list of
 *   `[name, value]`, or a list of `{name, value}`; `body` is a string or any JSON value
 *   (kept parsed; `null` reads as no body).
 * - **A bare JSON body** (format `json-body`, no status, `body` is the parsed value): an
 *   Alter backend envelope `{"error": {"code": ...}}` or a problem+json object (`code`
 *   with any of `type`, `title`, `detail`) whose code is one of the code table's (with
 *   `source: "backend"`, any string code), a Connect poll result (`session_id` and a
 *   Connect status), an approval poll result (`approval_id` and an approval status), or a
 *   Slack body (`"ok": false` with an `error`, or `"ok": true`). With
 *   `source: "provider"`, only poll results are read without a status (they map the same
 *   whatever the source); anything else asks for the status line.
 * - **A network failure as text** (format `network-text`, `network` set, no status): the
 *   codes and messages {@link matchNetworkText} recognises (`TypeError: fetch failed`
 *   with its cause, `curl: (7) Failed to connect`, `net::ERR_CONNECTION_REFUSED`,
 *   Python's `ConnectTimeout`, Go's `i/o timeout`...). curl's
 *   `curl: (22) The requested URL returned error: 403` is read as a response with that
 *   status, no headers and an empty body (format `network-text`, no `network`).
 *
 * @param text - What the developer pasted.
 * @param source - Where the response came from (default `"auto"`); only changes which
 *   bare JSON bodies are read without a status.
 * @returns What was read. `headers` keep their order and case.
 * @throws {@link AlterValueError} for empty input, binary input (a NUL, or more than 1% C0
 *   control characters other than TAB, LF, CR and FF), input over 5 MiB of UTF-8, JSON that
 *   does not parse or has no status, and anything else unrecognised. The message says what
 *   was expected; it never throws anything else.
 */
export function parseResponse(text: string, source: Source = "auto"): ParsedInput {
  if (typeof text !== "string") throw new AlterValueError("parseResponse expects the pasted text as a string.");
  checkSize(text);

  const untrimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let t = trimBlank(untrimmed);
  if (t === "") {
    throw new AlterValueError(
      "Nothing to classify: paste a failed response (the raw HTTP response, curl -i or curl -v output, a HAR file, or the JSON body) or the network error text.",
    );
  }
  checkBinary(untrimmed); // the 1% counts against the whole input, blank lines included

  // A curl command pasted above its output: skip it.
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

  if (t.startsWith("HTTP/")) return parseHttp(t);
  const first = t.charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) return parseJson(t, source);
  if (CURL_V_STATUS.test(t)) return parseCurlVerbose(t);

  const curlStatus = matchCurlHttpError(t);
  if (curlStatus !== undefined) return { format: "network-text", status: curlStatus, headers: [], body: "" };
  const network = matchNetworkText(t);
  if (network !== undefined) return { format: "network-text", headers: [], body: "", network };

  throw new AlterValueError(`Could not read this as a response or a network error (it begins ${preview(t)}). ${ACCEPTED}`);
}

// ---------------------------------------------------------------------------------------
// Gates: size, blank lines, binary

/** Over 5 MiB of UTF-8 is refused. The byte count is only computed when it could matter. */
function checkSize(text: string): void {
  if (text.length * 3 <= MAX_INPUT_BYTES) return;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is encoded as U+FFFD, 3 bytes
    if (bytes > MAX_INPUT_BYTES) {
      throw new AlterValueError(
        `This input is over 5 MiB (the classifier reads at most ${MAX_INPUT_BYTES} bytes of UTF-8). ` +
          "Paste only the failed response; for a HAR file, export just the failing request (right-click it, Copy as HAR) or remove the other entries.",
      );
    }
  }
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Removes the blank lines around the text, and the indentation of its first line and the
 * trailing blanks of its last (a paste often carries them; no format needs them).
 */
function trimBlank(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return "";
  let end = text.length;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isBlank(c: number): boolean {
  // Tab, LF, VT, FF, CR, space, NBSP, and the other characters `\s` matches.
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A NUL, or more than 1% C0 control characters other than TAB, LF, CR and FF. */
function checkBinary(text: string): void {
  if (!CONTROL.test(text)) return; // ordinary text: one native scan
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    throw new AlterValueError(
      `This looks like binary data, not text: it contains a NUL character (at offset ${nul}). ` +
        "Paste the response as text: the raw HTTP response, curl -i or curl -v output, a HAR file, or the JSON body.",
    );
  }
  const limit = text.length / 100;
  let count = 0;
  CONTROL_ALL.lastIndex = 0;
  while (CONTROL_ALL.exec(text) !== null) {
    if (++count > limit) {
      CONTROL_ALL.lastIndex = 0;
      throw new AlterValueError(
        "This looks like binary data, not text: more than 1% of it are control characters. " +
          "Paste the response as text: the raw HTTP response, curl -i or curl -v output, a HAR file, or the JSON body.",
      );
    }
  }
  CONTROL_ALL.lastIndex = 0;
}

// ---------------------------------------------------------------------------------------
// Raw HTTP and curl -i

interface Head {
  status: number;
  statusText: string | undefined;
  headers: HeaderPair[];
  /** Where the text after the head begins. */
  next: number;
  /** True when a blank line ended the head (the next response may follow). */
  blankLineEnded: boolean;
}

/** One or more responses, each starting with a status line; the last counts. */
function parseHttp(t: string): ParsedInput {
  let pos = 0;
  let responses = 0;
  for (;;) {
    const head = readHead(t, pos);
    responses++;
    if (head.blankLineEnded && t.startsWith("HTTP/", head.next) && statusLine(lineAt(t, head.next)) !== undefined) {
      pos = head.next;
      continue;
    }
    const out: ParsedInput = {
      format: responses > 1 ? "curl-i" : "http",
      status: head.status,
      headers: head.headers,
      body: t.slice(head.next),
      responses,
    };
    if (head.statusText !== undefined) out.statusText = head.statusText;
    return out;
  }
}

/**
 * Reads a status line at `pos` and the header lines after it. Works on indices into `t`
 * (no slice per line): a pasted response is read on every keystroke of the classifier.
 */
function readHead(t: string, pos: number): Head {
  const end = lineEnd(t, pos);
  const status = statusLine(t.slice(pos, end));
  if (status === undefined) {
    throw new AlterValueError(
      `The text starts like an HTTP response but its first line is not a status line: ${preview(t.slice(pos))}. ` +
        'Expected "HTTP/1.1 403 Forbidden" or "HTTP/2 403", then the headers, a blank line and the body.',
    );
  }
  const headers: HeaderPair[] = [];
  const head = (next: number, blankLineEnded: boolean): Head => ({
    status: status.status,
    statusText: status.statusText,
    headers,
    next,
    blankLineEnded,
  });
  let p = nextLine(t, end);
  while (p < t.length) {
    const e = lineEnd(t, p);
    let le = e;
    while (le > p && isOws(t.charCodeAt(le - 1))) le--; // CR and trailing blanks
    if (le === p) return head(nextLine(t, e), true);
    if (!headerAt(t, p, le, headers)) return head(p, false);
    p = nextLine(t, e);
  }
  return head(t.length, false);
}

/**
 * Adds the header line `t[p, end)` (trailing blanks already cut), or an obs-fold
 * continuation of the previous header, to `headers`. False for a line that is neither.
 */
function headerAt(t: string, p: number, end: number, headers: HeaderPair[]): boolean {
  const c = t.charCodeAt(p);
  if (c === 0x20 || c === 0x09) return headerLine(t.slice(p, end), headers) === "ok";
  let colon = p;
  while (colon < end && isTokenChar(t.charCodeAt(colon))) colon++;
  let nameEnd = colon;
  while (colon < end && isOws(t.charCodeAt(colon))) colon++; // "Name : value" (blanks before the colon)
  if (nameEnd === p || colon === end || t.charCodeAt(colon) !== 0x3a /* : */) return false;
  let v = colon + 1;
  while (v < end && isOws(t.charCodeAt(v))) v++;
  headers.push([t.slice(p, nameEnd), t.slice(v, end)]);
  return true;
}

/** RFC 9110 tchar: `!#$%&'*+-.^_\`|~`, digits and letters. */
function isTokenChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2d || c === 0x5f || c === 0x2e || c === 0x21 || (c >= 0x23 && c <= 0x27) ||
    c === 0x2a || c === 0x2b || c === 0x5e || c === 0x60 || c === 0x7c || c === 0x7e
  );
}

/**
 * Adds a header line (or an obs-fold continuation of the previous one) to `headers`.
 * Returns `"not-a-header"` for a line that is neither.
 */
function headerLine(line: string, headers: HeaderPair[]): "ok" | "not-a-header" {
  const c = line.charCodeAt(0);
  if (c === 0x20 || c === 0x09) {
    const last = headers[headers.length - 1];
    if (last === undefined) return "not-a-header";
    const more = trimOws(line);
    headers[headers.length - 1] = [last[0], last[1] === "" ? more : `${last[1]} ${more}`];
    return "ok";
  }
  const colon = line.indexOf(":");
  if (colon <= 0) return "not-a-header";
  const name = trimOws(line.slice(0, colon));
  if (!TOKEN.test(name)) return "not-a-header";
  headers.push([name, trimOws(line.slice(colon + 1))]);
  return "ok";
}

/**
 * `HTTP/<d>[.<d>] <3 digits>[ <reason>]`, blanks around it allowed. Read by hand: it runs
 * on every response the classifier reads, and this is a fifth of a regex's cost.
 */
function statusLine(line: string): { status: number; statusText: string | undefined } | undefined {
  let i = 0;
  let end = line.length;
  while (i < end && isOws(line.charCodeAt(i))) i++;
  while (end > i && isOws(line.charCodeAt(end - 1))) end--;
  if (!line.startsWith("HTTP/", i) || !isDigit(line.charCodeAt(i + 5))) return undefined;
  i += 6;
  if (line.charCodeAt(i) === 0x2e /* . */) {
    if (!isDigit(line.charCodeAt(i + 1))) return undefined;
    i += 2;
  }
  const afterVersion = i;
  while (i < end && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  if (i === afterVersion || !isDigit(line.charCodeAt(i)) || !isDigit(line.charCodeAt(i + 1)) || !isDigit(line.charCodeAt(i + 2))) return undefined;
  const status = (line.charCodeAt(i) - 48) * 100 + (line.charCodeAt(i + 1) - 48) * 10 + (line.charCodeAt(i + 2) - 48);
  i += 3;
  if (i === end) return { status, statusText: undefined };
  const c = line.charCodeAt(i);
  if (c !== 0x20 && c !== 0x09) return undefined; // "HTTP/1.1 4031" is no status line
  while (i < end && isOws(line.charCodeAt(i))) i++;
  return { status, statusText: i === end ? undefined : line.slice(i, end) };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// ---------------------------------------------------------------------------------------
// curl -v

/** `curl -v` output: see the body rule in {@link parseResponse}'s documentation. */
function parseCurlVerbose(t: string): ParsedInput {
  let responses = 0;
  let status = 0;
  let statusText: string | undefined;
  let headers: HeaderPair[] = [];
  let inHead = false;
  // The body as [start, end) ranges of `t`: adjacent lines merge, so a long body is one slice.
  let body: number[] = [];
  let bodyClosed = false; // curl's trailer was glued to the body's last line
  const addBody = (start: number, end: number): void => {
    if (body.length > 0 && body[body.length - 1] === start) body[body.length - 1] = end;
    else body.push(start, end);
  };

  // The request: the latest one seen, and the one that preceded the last response.
  let reqMethod: string | undefined;
  let reqTarget: string | undefined;
  let reqHost: string | undefined;
  let connectedHost: string | undefined;
  let connectedPort: number | undefined;
  let tls = false;
  let url: string | undefined;
  let method: string | undefined;
  let progressMeter = false;

  let p = 0;
  while (p < t.length) {
    const start = p;
    const e = lineEnd(t, p);
    const next = nextLine(t, e);
    const line = stripCr(t.slice(p, e));
    p = next;
    const mark = line.charCodeAt(0);
    const marked = mark === 0x3c /* < */ || mark === 0x3e /* > */ || mark === 0x2a; /* * */
    const content = !marked ? "" : line.charCodeAt(1) === 0x20 ? line.slice(2) : line.slice(1);

    if (mark === 0x3c /* < */) {
      const st = content.startsWith("HTTP/") ? statusLine(content) : undefined;
      if (st !== undefined) {
        responses++;
        status = st.status;
        statusText = st.statusText;
        headers = [];
        body = [];
        bodyClosed = false;
        inHead = true;
        method = reqMethod;
        url = requestUrl(reqTarget, reqHost, connectedHost, connectedPort, tls);
        continue;
      }
      if (inHead) {
        if (isBlankLine(content)) inHead = false;
        else headerLine(content, headers); // curl prints nothing else here
        continue;
      }
      if (responses > 0 && !bodyClosed) addBody(start, next); // `<html>` after the head
      continue;
    }
    if (mark === 0x3e /* > */) {
      const request = REQUEST_LINE.exec(trimOws(content));
      if (request !== null) {
        reqMethod = request[1];
        reqTarget = request[2];
        reqHost = undefined;
      } else if (/^host[ \t]*:/i.test(content)) {
        reqHost = trimOws(content.slice(content.indexOf(":") + 1));
      }
      continue;
    }
    if (mark === 0x2a /* * */) {
      const connected = CONNECTED.exec(trimOws(content));
      if (connected !== null) {
        connectedHost = connected[1];
        connectedPort = Number(connected[2]);
      }
      if (/\b(?:SSL|TLS)/.test(content)) tls = true;
      continue;
    }
    if (DATA_LINE.test(line) || CURL_MESSAGE.test(line)) continue;
    if (PROGRESS_HEADER.test(line)) {
      progressMeter = true;
      continue;
    }
    if (progressMeter && isProgressLine(line)) continue;

    // An unmarked line: body, once a response has been seen.
    if (responses === 0 || bodyClosed) continue;
    inHead = false;
    const star = line.lastIndexOf("* ");
    if (star >= 0 && CURL_TRAILER.test(line.slice(star))) {
      if (star > 0) addBody(start, start + star);
      bodyClosed = true;
      continue;
    }
    addBody(start, next);
  }

  let text = "";
  for (let i = 0; i < body.length; i += 2) text += t.slice(body[i], body[i + 1]);
  // The line ending after the body's last line is curl's layout, not the body's.
  if (!bodyClosed) text = text.endsWith("\r\n") ? text.slice(0, -2) : text.endsWith("\n") ? text.slice(0, -1) : text;
  const out: ParsedInput = { format: "curl-v", status, headers, body: text, responses };
  if (statusText !== undefined) out.statusText = statusText;
  if (url !== undefined) out.url = url;
  if (method !== undefined) out.method = method;
  return out;
}

/** `https://host/path` from the request line and `Host:` (or the connection). */
function requestUrl(
  target: string | undefined,
  host: string | undefined,
  connectedHost: string | undefined,
  connectedPort: number | undefined,
  tls: boolean,
): string | undefined {
  if (target === undefined) return undefined;
  if (/^https?:\/\//i.test(target)) return target; // absolute form, through a proxy
  let authority = host;
  if (authority === undefined && connectedHost !== undefined) {
    authority = connectedPort === undefined || connectedPort === 443 || connectedPort === 80 ? connectedHost : `${connectedHost}:${connectedPort}`;
  }
  if (authority === undefined || authority === "") return undefined;
  const scheme = tls || connectedPort === undefined || connectedPort === 443 ? "https" : "http";
  return `${scheme}://${authority}${target.startsWith("/") ? target : `/${target}`}`;
}

/** A line of curl's progress meter: digits, units, `--:--:--` and blanks only. */
function isProgressLine(line: string): boolean {
  if (line.length > 200) return false;
  return /^[ \t\d.:kMGTP%-]*$/.test(line) && /\d/.test(line);
}

// ---------------------------------------------------------------------------------------
// JSON: HAR, the response object, a bare body

function parseJson(t: string, source: Source): ParsedInput {
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (err) {
    // Node prints errors as `[TypeError: fetch failed] { cause: ... }`: text, not JSON.
    const network = matchNetworkText(t);
    if (network !== undefined) return { format: "network-text", headers: [], body: "", network };
    throw jsonError(t, err);
  }

  if (Array.isArray(value)) {
    throw new AlterValueError(
      `This JSON is a list, not a response. If it is a list of HAR entries, paste the whole HAR file ({"log": {"entries": [...]}}) or one entry; otherwise ${ASK_FOR_STATUS}`,
    );
  }
  if (!isRecord(value)) throw new AlterValueError(`This JSON is not an object. ${ACCEPTED}`);

  const log = value["log"];
  if (isRecord(log)) return parseHar(log["entries"], "log.entries");
  if (isRecord(value["request"]) && isRecord(value["response"])) return parseHar([value], "entry");

  const status = value["status"];
  const keys = Object.keys(value);
  const hasHeadersOrBody = Object.hasOwn(value, "headers") || Object.hasOwn(value, "body");
  const extra = keys.filter((k) => !RESPONSE_OBJECT_KEYS.has(k));
  if (typeof status === "number" && hasHeadersOrBody && extra.length === 0) return parseResponseObject(value);

  const body = readBareBody(value, source);
  if (body !== undefined) return { format: "json-body", headers: [], body: value };

  if (hasHeadersOrBody && (typeof status === "number" || typeof status === "string") && extra.length > 0 && extra.length <= 8) {
    throw new AlterValueError(
      `This JSON looks like a response object but has keys other than status, statusText, headers, body, url and method (${extra
        .map((k) => JSON.stringify(k))
        .join(", ")}). Remove them, or paste the raw response or a HAR entry.`,
    );
  }
  if (hasHeadersOrBody && typeof status === "string" && /^\d{3}$/.test(status)) {
    throw new AlterValueError(`This JSON looks like a response object, but its "status" is a string: write it as a number ("status": ${status}).`);
  }
  throw new AlterValueError(describeRejectedBody(value, source));
}

/** Why a bare JSON body is not read: what it was recognised as, and what to paste instead. */
function describeRejectedBody(value: Record<string, unknown>, source: Source): string {
  const envelope = value["error"];
  const envelopeCode = isRecord(envelope) && typeof envelope["code"] === "string" ? envelope["code"] : undefined;
  const problemCode = typeof value["code"] === "string" && isProblem(value) ? value["code"] : undefined;
  const code = envelopeCode ?? problemCode;
  const kind = envelopeCode !== undefined ? "an error envelope" : "a problem+json body";
  const status = value["status"];
  if (typeof status === "string" && (CONNECT_STATUSES.has(status) || APPROVAL_STATUSES.has(status))) {
    if (typeof value["session_id"] !== "string" && typeof value["approval_id"] !== "string") {
      return 'This JSON looks like a poll result, but it has no string "session_id" (a Connect session) or "approval_id" (an approval): paste the whole poll answer.';
    }
  }
  if (typeof status === "string" && (typeof value["session_id"] === "string" || typeof value["approval_id"] === "string")) {
    const connect = typeof value["session_id"] === "string";
    const allowed = [...(connect ? CONNECT_STATUSES : APPROVAL_STATUSES)].join(", ");
    return `This JSON looks like ${connect ? "a Connect" : "an approval"} poll result, but its status ${JSON.stringify(status.slice(0, 40))} is not one of ${allowed}.`;
  }
  if (source === "provider") {
    return `This JSON has no status, and a provider's response is read with its status: ${ASK_FOR_STATUS}`;
  }
  if (code !== undefined) {
    return (
      `This JSON is ${kind} with code ${JSON.stringify(code.slice(0, 80))}, which is not one of the Alter backend's codes, and it has no status: ${ASK_FOR_STATUS}` +
      " If it came from the Alter API, choose the backend source."
    );
  }
  if (typeof value["status"] === "number") {
    return `This JSON has a "status" but neither "headers" nor "body": add the body, or ${ASK_FOR_STATUS}`;
  }
  return (
    `This JSON has no status: ${ASK_FOR_STATUS} A body alone is read only when it is an Alter error ` +
    '({"error": {"code": ...}} or problem+json with a known code), a Connect or approval poll result, or a Slack body ({"ok": false, "error": ...}).'
  );
}

/** The bare bodies read without a status; `undefined` for any other. */
function readBareBody(value: Record<string, unknown>, source: Source): "poll" | "envelope" | "problem" | "slack" | undefined {
  const status = value["status"];
  if (typeof status === "string") {
    if (typeof value["session_id"] === "string" && CONNECT_STATUSES.has(status)) return "poll";
    if (typeof value["approval_id"] === "string" && APPROVAL_STATUSES.has(status)) return "poll";
  }
  if (source === "provider") return undefined; // a provider's body is read with its status
  const accepts = (code: string): boolean => source === "backend" || isKnownCode(code);
  const envelope = value["error"];
  if (isRecord(envelope) && typeof envelope["code"] === "string" && accepts(envelope["code"])) return "envelope";
  if (typeof value["code"] === "string" && isProblem(value) && accepts(value["code"])) return "problem";
  const ok = value["ok"];
  if ((ok === false && typeof value["error"] === "string") || ok === true) return "slack";
  return undefined;
}

function isProblem(value: Record<string, unknown>): boolean {
  return Object.hasOwn(value, "type") || Object.hasOwn(value, "title") || Object.hasOwn(value, "detail");
}

/** The response object: `{status, statusText?, headers?, body?, url?, method?}`. */
function parseResponseObject(value: Record<string, unknown>): ParsedInput {
  const status = value["status"] as number;
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new AlterValueError(`The response object's "status" is ${JSON.stringify(status)}: it must be an HTTP status from 100 to 599.`);
  }
  const out: ParsedInput = { format: "json-wrapper", status, headers: readHeaders(value["headers"]), body: value["body"] ?? "" };
  for (const key of ["statusText", "url", "method"] as const) {
    const v = value[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw new AlterValueError(`The response object's "${key}" must be a string.`);
    out[key] = v;
  }
  return out;
}

/** Headers as a plain object, a list of `[name, value]` or a list of `{name, value}`. */
function readHeaders(headers: unknown): HeaderPair[] {
  const out: HeaderPair[] = [];
  if (headers === undefined || headers === null) return out;
  if (Array.isArray(headers)) {
    headers.forEach((h, i) => {
      if (Array.isArray(h) && h.length === 2 && typeof h[0] === "string") out.push([h[0], headerValue(h[1], `headers[${i}][1]`)]);
      else if (isRecord(h) && typeof h["name"] === "string") out.push([h["name"], headerValue(h["value"], `headers[${i}].value`)]);
      else {
        throw new AlterValueError(
          `The response object's headers[${i}] is neither a [name, value] pair nor a {"name", "value"} object.`,
        );
      }
    });
    return out;
  }
  if (!isRecord(headers)) {
    throw new AlterValueError('The response object\'s "headers" must be an object ({"Content-Type": "application/json"}) or a list of [name, value] pairs.');
  }
  for (const name of Object.keys(headers)) {
    const v = headers[name];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) v.forEach((item, i) => out.push([name, headerValue(item, `headers[${JSON.stringify(name)}][${i}]`)]));
    else out.push([name, headerValue(v, `headers[${JSON.stringify(name)}]`)]);
  }
  return out;
}

function headerValue(v: unknown, where: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new AlterValueError(`The response object's ${where} must be a string.`);
}

/** A HAR's entries (or a single entry): the last failed one counts, else the last. */
function parseHar(entries: unknown, where: "log.entries" | "entry"): ParsedInput {
  if (!Array.isArray(entries)) throw new AlterValueError('This HAR file has no "log.entries" list: export the HAR again from the Network panel.');
  let chosen: Record<string, unknown> | undefined;
  let last: Record<string, unknown> | undefined;
  for (const entry of entries) {
    if (!isRecord(entry) || !isRecord(entry["response"])) continue;
    last = entry;
    const status = entry["response"]["status"];
    if (typeof status === "number" && status >= 400) chosen = entry;
  }
  const entry = chosen ?? last;
  if (entry === undefined) {
    throw new AlterValueError(
      where === "entry"
        ? "This HAR entry has no response."
        : "This HAR file has no entries with a response. Record the failing request in the browser's Network panel, then export the HAR again.",
    );
  }
  const response = entry["response"] as Record<string, unknown>;
  const request = isRecord(entry["request"]) ? entry["request"] : {};

  const headers: HeaderPair[] = [];
  if (Array.isArray(response["headers"])) {
    for (const h of response["headers"]) {
      if (isRecord(h) && typeof h["name"] === "string" && (typeof h["value"] === "string" || typeof h["value"] === "number")) {
        headers.push([h["name"], String(h["value"])]);
      }
    }
  }

  let body = "";
  const content = response["content"];
  if (isRecord(content) && typeof content["text"] === "string") {
    body = content["encoding"] === "base64" ? decodeBase64Utf8(content["text"]) : content["text"];
  }

  const out: ParsedInput = { format: "har", headers, body };
  const url = request["url"];
  const method = request["method"];
  if (typeof url === "string") out.url = url;
  if (typeof method === "string") out.method = method;

  const status = response["status"];
  if (typeof status !== "number" || !Number.isFinite(status)) {
    throw new AlterValueError('This HAR entry\'s "response.status" is missing or not a number.');
  }
  if (status <= 0) {
    // Chrome records a request that got no response with status 0 and `_error`.
    const error = response["_error"];
    let network: NetworkFailureMatch = { kind: "network", code: "unknown", where: "response.status" };
    if (typeof error === "string" && error !== "") {
      const found = matchNetworkText(error);
      network = { kind: found?.kind ?? "network", code: found?.code ?? error.slice(0, 200), where: "response._error" };
    }
    out.network = network;
    return out;
  }
  out.status = status;
  const statusText = response["statusText"];
  if (typeof statusText === "string" && statusText !== "") out.statusText = statusText;
  return out;
}

// ---------------------------------------------------------------------------------------
// base64 and UTF-8, pure (no Buffer, no TextDecoder: the same code in every runtime)

const BASE64_VALUES: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[0x2d] = 62; // '-' of base64url
  table[0x5f] = 63; // '_' of base64url
  return table;
})();

/** HAR `content.text` with `encoding: "base64"`, decoded to bytes and read as UTF-8. */
function decodeBase64Utf8(text: string): string {
  const bytes = new Uint8Array(Math.ceil((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let digits = 0;
  let padding = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) continue;
    if (c === 0x3d /* = */) {
      padding = true;
      continue;
    }
    const v = c < 128 ? (BASE64_VALUES[c] ?? -1) : -1;
    if (v < 0 || padding) {
      throw new AlterValueError(
        `This HAR entry's response body is marked base64 but is not base64 (unexpected ${JSON.stringify(text.charAt(i))} at offset ${i}).`,
      );
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    digits++;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 0xff;
    }
  }
  if (digits % 4 === 1) {
    throw new AlterValueError("This HAR entry's response body is marked base64 but is cut short (its length is not a whole number of bytes).");
  }
  return decodeUtf8(bytes.subarray(0, n));
}

/**
 * UTF-8 to a string as the WHATWG decoder does: each maximal invalid subpart becomes one
 * U+FFFD, and a leading byte order mark is kept (the body is shown as sent).
 */
function decodeUtf8(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let u = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      units[u++] = b;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      units[u++] = 0xfffd;
      i++;
      continue;
    }
    i++;
    let ok = true;
    for (let k = 0; k < need; k++) {
      const c = i < n ? (bytes[i] as number) : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
      i++;
    }
    if (!ok) {
      units[u++] = 0xfffd; // the offending byte is read again as the start of the next sequence
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[u++] = 0xd800 | (cp >> 10);
      units[u++] = 0xdc00 | (cp & 0x3ff);
    } else units[u++] = cp;
  }
  let out = "";
  for (let start = 0; start < u; start += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(start, Math.min(start + 8192, u)) as unknown as number[]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Small helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The error for JSON that does not parse, with the line and column of the problem. */
function jsonError(t: string, err: unknown): AlterValueError {
  const found = jsonSyntaxError(t);
  let what: string;
  let offset: number;
  if (found !== undefined) {
    ({ what, offset } = found);
  } else {
    // The scanner accepts what the engine refused (nesting too deep, say): use its words.
    let message = "";
    try {
      message = err instanceof Error ? String(err.message).slice(0, 160) : "";
    } catch {
      // A hostile message getter: say nothing more.
    }
    what = message === "" ? "it is not valid JSON" : message;
    offset = 0;
  }
  let line = 1;
  let lineStart = 0;
  for (let i = t.indexOf("\n"); i >= 0 && i < offset; i = t.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const cut = offset >= t.length ? " (the paste may be cut off)" : "";
  return new AlterValueError(
    `This starts like JSON but does not parse: ${what} at line ${line}, column ${offset - lineStart + 1}${cut}. ` +
      "Paste the complete JSON (a HAR file, a response object or a response body), or the raw response with its status line.",
  );
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where JSON text first goes wrong, for the message (JSON.parse's own messages differ by
 * engine and often give no position). A linear scan with an explicit stack; only run
 * after JSON.parse has failed. `undefined` when the scan finds nothing wrong.
 */
function jsonSyntaxError(t: string): { what: string; offset: number } | undefined {
  const n = t.length;
  const stack: number[] = []; // 0x5b [ or 0x7b {
  let state: "value" | "key" | "after" = "value";
  let closeAllowed = false;
  let i = 0;
  const quote = (at: number): string => JSON.stringify(t.charAt(at));
  for (;;) {
    while (i < n && isJsonSpace(t.charCodeAt(i))) i++;
    if (i >= n) {
      return state === "after" && stack.length === 0 ? undefined : { what: "the JSON ends early", offset: n };
    }
    const c = t.charCodeAt(i);
    if (state === "key") {
      if (c === 0x7d /* } */ && closeAllowed) {
        stack.pop();
        i++;
        state = "after";
        continue;
      }
      if (c !== 0x22) return { what: `expected a property name in double quotes, found ${quote(i)}`, offset: i };
      const end = scanJsonString(t, i);
      if (typeof end !== "number") return end;
      i = end;
      while (i < n && isJsonSpace(t.charCodeAt(i))) i++;
      if (i >= n) return { what: "the JSON ends early", offset: n };
      if (t.charCodeAt(i) !== 0x3a) return { what: `expected ":" after the property name, found ${quote(i)}`, offset: i };
      i++;
      state = "value";
      continue;
    }
    if (state === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined) return { what: `unexpected ${quote(i)} after the end of the JSON value`, offset: i };
      if (c === 0x2c /* , */) {
        i++;
        state = top === 0x7b ? "key" : "value";
        closeAllowed = false;
        continue;
      }
      if ((c === 0x5d && top === 0x5b) || (c === 0x7d && top === 0x7b)) {
        stack.pop();
        i++;
        continue;
      }
      return { what: `expected "," or "${top === 0x7b ? "}" : "]"}", found ${quote(i)}`, offset: i };
    }
    // state === "value"
    if (c === 0x7b) {
      stack.push(c);
      i++;
      state = "key";
      closeAllowed = true;
      continue;
    }
    if (c === 0x5b) {
      stack.push(c);
      i++;
      while (i < n && isJsonSpace(t.charCodeAt(i))) i++;
      if (t.charCodeAt(i) === 0x5d) {
        stack.pop();
        i++;
        state = "after";
      }
      continue;
    }
    if (c === 0x22) {
      const end = scanJsonString(t, i);
      if (typeof end !== "number") return end;
      i = end;
    } else if (t.startsWith("true", i)) i += 4;
    else if (t.startsWith("false", i)) i += 5;
    else if (t.startsWith("null", i)) i += 4;
    else {
      JSON_NUMBER.lastIndex = i;
      const m = JSON_NUMBER.exec(t);
      if (m === null || m[0] === "") return { what: `unexpected ${quote(i)}`, offset: i };
      i += m[0].length;
    }
    state = "after";
  }
}

/** The index after a JSON string starting at `start` (a `"`), or what is wrong with it. */
function scanJsonString(t: string, start: number): number | { what: string; offset: number } {
  for (let i = start + 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { what: "a control character (a raw line break or tab) inside a string", offset: i };
    if (c === 0x5c /* \ */) {
      const e = t.charAt(i + 1);
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) return { what: "a bad \\u escape in a string", offset: i };
        i += 5;
      } else if (e !== "" && '"\\/bfnrt'.includes(e)) i++;
      else return { what: `a bad escape ${JSON.stringify(`\\${e}`)} in a string`, offset: i };
    }
  }
  return { what: "a string that is never closed", offset: t.length };
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The first line of the text, short and quoted, for a message. */
function preview(t: string): string {
  const end = Math.min(lineEnd(t, 0), 60);
  const first = stripCr(t.slice(0, end));
  return JSON.stringify(end < lineEnd(t, 0) ? `${first}...` : first);
}

/** The index of the `\n` ending the line at `pos`, or the text's length. */
function lineEnd(t: string, pos: number): number {
  const i = t.indexOf("\n", pos);
  return i < 0 ? t.length : i;
}

function nextLine(t: string, end: number): number {
  return end < t.length ? end + 1 : t.length;
}

function lineAt(t: string, pos: number): string {
  return t.slice(pos, lineEnd(t, pos));
}

function stripCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line;
}

function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** Trims spaces, tabs and CRs (HTTP's optional whitespace) without a backtracking regex. */
function trimOws(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isOws(s.charCodeAt(start))) start++;
  while (end > start && isOws(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isOws(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/**
 * `curl -v` output (format `curl-v`): `<` lines are the response's status line and
 * headers, `>` and `*` lines (curl's request and notes) and `{ [5 bytes data]` lines are
 * skipped, with or without a space after the mark. The request line
 * (`> GET /v1/grants HTTP/2`) gives `method`; `> Host:` (or `* Connected to`) and the
 * path give `url`, `https` unless the connection was plain HTTP on a port other than
 * 443. Several responses: the last counts, with the request sent just before it.
 *
 * **The body rule:** the body is the lines without a curl mark that come after the last
 * response's headers. The headers end at a `<` line that is blank (or at the first
 * unmarked line); after that, a line beginning with `<` (`<html>`) is body too, unless it
 * is a new status line (`< HTTP/1.1 200`). `*` and `>` lines stay curl's even there (curl
 * prints `* Connection #0 to host ... left intact` after the body, glued to its last line
 * when the body had no final newline: that suffix is cut), as do curl's own
 * `curl: (22) ...` lines and its progress meter. The line ending after the body's last
 * line is dropped.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, ParsedInput } from "../types.js";
import { checkStatus } from "./http.js";
import { headerLine, isBlankLine, lineEnd, nextLine, statusLine, stripCr, trimOws } from "./text.js";

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
/** A `curl -v` response status line, at the start of any line: tells curl -v output apart. */
const CURL_V_STATUS = /^< ?HTTP\/\d(?:\.\d)?[ \t]+\d{3}/m;

/** `curl -v` output, or `undefined` when the text holds no `< HTTP/...` status line. */
export function readCurlVerbose(t: string): ParsedInput | undefined {
  if (!CURL_V_STATUS.test(t)) return undefined;
  let responses = 0;
  let status = 0;
  let statusText: string | undefined;
  let headers: HeaderPair[] = [];
  let inHead = false;
  // The body as [start, end) ranges of `t`: adjacent lines merge, so a long body is one slice.
  let body: number[] = [];
  let bodyClosed = false; // curl's trailer was glued to the body's last line
  let markedBody = false; // each line of the body marked `< ` (see below)
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
        checkStatus(st.status, "in a `<` status line");
        responses++;
        status = st.status;
        statusText = st.statusText;
        headers = [];
        body = [];
        bodyClosed = false;
        markedBody = false;
        inHead = true;
        method = reqMethod;
        url = requestUrl(reqTarget, reqHost, connectedHost, connectedPort, tls);
        continue;
      }
      if (inHead) {
        // The Databricks SDK's debug log marks each header `< * Name: value` and each line of the body `< `, with no blank line
        // between: a line that opens JSON there begins the body, read without its marks.
        const header = content.startsWith("* ") ? content.slice(2) : content;
        if (isBlankLine(content)) inHead = false;
        else if (!headerLine(header, headers) && /^[{[]/.test(content) && line.charCodeAt(1) === 0x20) {
          inHead = false;
          markedBody = true;
          addBody(start + 2, next);
        } // curl prints nothing else here
        continue;
      }
      if (markedBody && line.charCodeAt(1) === 0x20 && !bodyClosed) addBody(start + 2, next);
      else if (responses > 0 && !bodyClosed) addBody(start, next); // `<html>` after the head
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
  const out: ParsedInput = { warnings: [], format: "curl-v", status, headers, body: text, responses };
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


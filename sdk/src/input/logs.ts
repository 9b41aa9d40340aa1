/**
 * A response as an HTTP client or SDK prints or logs it (format `log`, spec section 11):
 * Python `requests`/`httpx` errors, python-slack-sdk's `SlackApiError`, the OpenAI and
 * Anthropic SDKs' `Error code: 429 - {...}`, Guzzle's `resulted in a \`403 Forbidden\`
 * response`, Go's `%v` of an `*http.Response` and `googleapi: Error 403`, azcore's
 * `RESPONSE 403` block, boto's `BotoServerError` and botocore's `ClientError`, Apache
 * HttpClient's `HttpResponseProxy{...}`, OkHttp/Retrofit logcat lines, Twilio's and R
 * gargle's messages, axios's `Request failed with status code 403`.
 *
 * Each printout is one entry of {@link LOG_FORMATS}: a pattern anchored on the words the
 * library prints, and what it yields. The status is taken only from where the text states
 * it, never guessed; what the text lacks (headers, a request id) stays unknown and the
 * warnings say so. A body printed as a Python dict or a JavaScript object is read as
 * JSON. Every pattern starts with a literal and runs in time linear in the text.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, ParsedInput } from "../types.js";
import { readJson } from "../json.js";
import { checkStatus } from "./http.js";
import { readRelaxedJson } from "./relaxed-json.js";
import { balancedEnd, headerLine, isHttpStatus, lineEnd, trimOws } from "./text.js";
import { MAX_HEADERS } from "./limits.js";

/** What a printout states. */
interface LogHit {
  /** The library or SDK whose printout it is, for the warning: "Python requests' HTTPError". */
  readonly what: string;
  readonly status?: number;
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
}

/** One client's printout. */
export interface LogFormat {
  /** Its name. */
  readonly name: string;
  /** What the printout states, or `undefined` when the text is not this printout. */
  readonly find: (t: string) => LogHit | undefined;
}

/** A bracketed value (`{...}`, `[...]`) starting at `start`, as text. */
function bracketed(t: string, start: number): string | undefined {
  const end = balancedEnd(t, start);
  return end === undefined ? undefined : t.slice(start, end);
}

/** `text` up to the end of its line. */
function restOfLine(t: string, from: number): string {
  return trimOws(t.slice(from, lineEnd(t, from)));
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** The printouts, most specific first. */
export const LOG_FORMATS: readonly LogFormat[] = [
  {
    // openai-python and anthropic-sdk-python: `openai.RateLimitError: Error code: 429 - {'error': {...}}`
    name: "OpenAI or Anthropic SDK error",
    find(t) {
      const m = /\bError code: (\d{3}) - /.exec(t);
      if (!m) return undefined;
      const at = m.index + m[0].length;
      const body = t.charAt(at) === "{" || t.charAt(at) === "[" ? bracketed(t, at) : restOfLine(t, at);
      return { what: "the SDK's `Error code: NNN - ...` message", status: num(m[1]), ...(body ? { body } : {}) };
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
      return { what: "python-slack-sdk's SlackApiError (Slack answers errors with HTTP 200; the status is not printed)", body, ...(url ? { url } : {}) };
    },
  },
  {
    // Guzzle: "Client error: `GET https://...` resulted in a `403 Forbidden` response:\n{...}"
    name: "Guzzle RequestException",
    find(t) {
      const m = /`([A-Z]{3,7}) ([^`\s]{1,2000})` resulted in a `(\d{3})([^`\n]{0,200})` response/.exec(t);
      if (!m) return undefined;
      let rest = t.slice(m.index + m[0].length);
      rest = rest.startsWith(":") ? rest.slice(1).replace(/^[ \t]*\r?\n/, "") : "";
      const notes: string[] = [];
      const cut = rest.search(/ ?\(truncated\.\.\.\)/);
      if (cut >= 0) {
        rest = rest.slice(0, cut);
        notes.push("Guzzle cut the body it printed (truncated...): what follows the cut is unknown.");
      } else rest = rest.split(/\r?\n(?:Stack trace:|#0 |\s+at )/, 1)[0]!;
      return { what: "Guzzle's exception message", method: m[1]!, url: m[2]!, status: num(m[3]), statusText: m[4]!.trim(), ...(rest.trim() ? { body: rest.trim() } : {}), notes };
    },
  },
  {
    // azcore (Azure SDK for Go): "GET https://...\n----\nRESPONSE 403: 403 Forbidden\nERROR CODE: X\n----\n{json}\n----"
    name: "Azure SDK ResponseError",
    find(t) {
      const m = /RESPONSE (\d{3}): (\d{3}[^\r\n]{0,200})\r?\n/.exec(t);
      if (!m) return undefined;
      const before = t.slice(Math.max(0, m.index - 4096), m.index);
      const req = /(?:^|\n)[ \t]*([A-Z]{3,7}) (https?:\/\/\S{1,2000})[ \t]*\r?\n[^\n]*$/.exec(before) ?? /(?:^|\n)[ \t]*([A-Z]{3,7}) (https?:\/\/\S{1,2000})[ \t]*\r?\n/.exec(before);
      const after = t.slice(m.index + m[0].length);
      const dash = /^-{10,}[ \t]*\r?\n/m.exec(after);
      let body: string | undefined;
      if (dash) {
        const start = dash.index + dash[0].length;
        const end = after.slice(start).search(/\r?\n-{10,}/);
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
    // Go's googleapi: "googleapi: Error 403: Request had insufficient authentication scopes.\nDetails:\n[...]\n\nMore details:\nReason: insufficientPermissions, Message: ..."
    name: "Go googleapi.Error",
    find(t) {
      const m = /googleapi: [Ee]rror (\d{3}): ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      let message = m[2]!;
      let reason: string | undefined;
      const legacy = /, ([A-Za-z]{3,64})$/.exec(message); // "..., insufficientPermissions" (the reason, older clients)
      if (legacy) {
        reason = legacy[1];
        message = message.slice(0, legacy.index);
      }
      const after = t.slice(m.index + m[0].length);
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
      return { what: "Go's googleapi error", status: num(m[1]), rebuilt: { value: { error }, from: "Google's error body rebuilt from the code, message, reason and details googleapi printed" } };
    },
  },
  {
    // R gargle: "Client error: (403) Forbidden\n<message>\n• domain: global\n• reason: insufficientPermissions\n• message: ..."
    name: "R gargle response_process",
    find(t) {
      const m = /(?:Client|Server) error: \((\d{3})\) ([^\r\n]{0,200})/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8192);
      const bullet = (key: string) => new RegExp(`(?:^|\\n)[ \\t]*(?:•|\\*|-)[ \\t]*${key}: ([^\\r\\n]{1,1000})`).exec(after)?.[1]?.trim();
      const reason = bullet("reason");
      const message = bullet("message") ?? /\r?\n[ \t]*([^•*\-\s][^\r\n]{0,1000})/.exec(after)?.[1]?.trim();
      const domain = bullet("domain");
      const error: Record<string, unknown> = { code: Number(m[1]), ...(message ? { message } : {}) };
      if (reason) error.errors = [{ reason, ...(domain ? { domain } : {}), ...(message ? { message } : {}) }];
      return {
        what: "R gargle's error",
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
      const m = /(?:BotoServerError|S3ResponseError|EC2ResponseError|JSONResponseError|BotoClientError): (\d{3}) ([^\r\n]{0,200})/.exec(t);
      if (!m) return undefined;
      const after = t.slice(m.index + m[0].length);
      const start = after.search(/<|\{/);
      const body = start >= 0 ? after.slice(start).trim() : undefined;
      return { what: "boto's BotoServerError", status: num(m[1]), statusText: m[2]!.trim(), ...(body ? { body } : {}) };
    },
  },
  {
    // botocore: "An error occurred (ThrottlingException) when calling the DescribeInstances operation (reached max retries: 4): Rate exceeded"
    name: "botocore ClientError",
    find(t) {
      const m = /An error occurred \(([A-Za-z0-9.:#]{1,128})\) when calling the ([A-Za-z0-9]{1,128}) operation(?: \(reached max retries: \d{1,3}\))?: ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      return {
        what: "botocore's ClientError (it does not print the status)",
        rebuilt: { value: { __type: m[1], message: m[3] }, from: `AWS's error body rebuilt from the code (${m[1]}) and message botocore printed` },
      };
    },
  },
  {
    // Apache HttpClient: "HttpResponseProxy{HTTP/1.1 403 Forbidden [Content-Type: application/json, Date: ...] ResponseEntityProxy{...}}"
    name: "Apache HttpClient response",
    find(t) {
      const m = /HttpResponseProxy\{HTTP\/\d(?:\.\d)? (\d{3})([^[\]{}\r\n]{0,200})\[([^\]\r\n]{0,65536})\]/.exec(t);
      if (!m) return undefined;
      const headers: HeaderPair[] = [];
      for (const part of m[3]!.split(/, (?=[A-Za-z0-9-]{1,128}: )/)) if (headers.length < MAX_HEADERS) headerLine(part, headers);
      return { what: "Apache HttpClient's response", status: num(m[1]), statusText: m[2]!.trim(), headers };
    },
  },
  {
    // OkHttp / Retrofit HttpLoggingInterceptor: "D/OkHttp: <-- 401 Unauthorized https://... (123ms)", header lines, body, "<-- END HTTP"
    name: "OkHttp logging interceptor",
    find(t) {
      const m = /<-- (\d{3}) ([^\r\n]{0,2400})/.exec(t);
      if (!m) return undefined;
      // "<-- 401 Unauthorized https://host/path (123ms)": the URL is the first http(s) word, the reason what precedes it.
      const words = m[2]!.split(" ");
      const u = words.findIndex((w) => /^https?:\/\//.test(w));
      if (u < 0) return undefined;
      const reason = words.slice(0, u).join(" ");
      const url = words[u]!;
      const lineStart = t.lastIndexOf("\n", m.index) + 1;
      const prefix = t.slice(lineStart, m.index);
      const headers: HeaderPair[] = [];
      const body: string[] = [];
      let inBody = false;
      let p = lineEnd(t, m.index) + 1;
      while (p < t.length) {
        const e = lineEnd(t, p);
        let line = t.slice(p, e).replace(/\r$/, "");
        p = e + 1;
        const at = prefix.trim() === "" ? 0 : line.indexOf(prefix.trim());
        if (at < 0) break; // another log tag: the response ended
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
      return { what: "OkHttp's logging interceptor", status: num(m[1]), statusText: reason, url, headers, ...(body.length ? { body: body.join("\n") } : {}) };
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
      const headers: HeaderPair[] = [];
      if (end !== undefined) {
        const inner = t.slice(open + 1, end - 1);
        const item = /([A-Za-z0-9-]{1,128}):\[([^\]]{0,8192})\]/g;
        for (let h = item.exec(inner); h !== null && headers.length < MAX_HEADERS; h = item.exec(inner)) headers.push([h[1]!, h[2]!]);
      }
      return { what: "Go's printout of an *http.Response (it prints no body)", status: num(m[1]), statusText: m[2]!.replace(/^\d{3} /, ""), headers };
    },
  },
  {
    // httpx: "Client error '403 Forbidden' for url 'https://...'"
    name: "Python httpx HTTPStatusError",
    find(t) {
      const m = /(?:Client error|Server error|Redirect response|Informational response|Invalid status code) '(\d{3})([^'\r\n]{0,200})' for url '([^'\r\n]{1,2000})'/.exec(t);
      return m ? { what: "httpx's HTTPStatusError", status: num(m[1]), statusText: m[2]!.trim(), url: m[3]! } : undefined;
    },
  },
  {
    // requests (and httpx before 0.18): "403 Client Error: Forbidden for url: https://..."
    name: "Python requests HTTPError",
    find(t) {
      const m = /\b(\d{3}) (?:Client|Server) Error: ([^\r\n]{0,2000})/.exec(t);
      if (!m) return undefined;
      const [reason, url] = m[2]!.split(/ for url: +/);
      return { what: "Python requests' HTTPError", status: num(m[1]), statusText: reason!.trim(), ...(url ? { url: url.trim() } : {}) };
    },
  },
  {
    // Twilio: "HTTP 401 error: Unable to fetch record: Authenticate" (twilio-python), "Status: 401 - ..." (a generic log line)
    name: "Twilio RestException",
    find(t) {
      const m = /\bHTTP (\d{3}) error: ([^\r\n]{0,2000})|(?:^|\n)[ \t]*Status: (\d{3})(?: - ([^\r\n]{0,2000}))?/.exec(t);
      if (!m) return undefined;
      return { what: m[1] ? "Twilio's RestException" : "a `Status: NNN` log line", status: num(m[1] ?? m[3]), ...((m[2] ?? m[4]) ? { body: (m[2] ?? m[4])!.trim() } : {}) };
    },
  },
  {
    // axios: "AxiosError: Request failed with status code 403"
    name: "axios AxiosError",
    find(t) {
      const m = /Request failed with status code (\d{3})\b/.exec(t);
      if (!m) return undefined;
      // The inspect output that often follows: `data: { ... }` under `response:`.
      const data = /\n[ \t]*data: (?=[{[])/.exec(t.slice(m.index));
      const body = data ? bracketed(t, m.index + data.index + data[0].length) : undefined;
      return { what: "axios's error", status: num(m[1]), ...(body ? { body } : {}) };
    },
  },
  {
    // Python requests' repr of a Response: "<Response [403]>"
    name: "Python requests Response repr",
    find(t) {
      const m = /<Response \[(\d{3})\]>/.exec(t);
      return m ? { what: "the repr of a Python requests Response", status: num(m[1]) } : undefined;
    },
  },
];

/** A printed body as the mapper reads it: JSON as text, a Python dict or JS object as its JSON value, anything else as text. */
function bodyOf(text: string, warnings: string[]): unknown {
  const t = text.trim();
  if (t.startsWith("{") || t.startsWith("[")) {
    const json = readJson(t);
    if (json.ok) return t;
    const relaxed = readRelaxedJson(t);
    if (relaxed !== undefined) {
      warnings.push("The body was printed as a Python dict or a JavaScript object; it was read as JSON.");
      return relaxed;
    }
  }
  return text;
}

/** A client's printout of a response, or `undefined` when the text is none of {@link LOG_FORMATS}. */
export function readLog(t: string): ParsedInput | undefined {
  for (const format of LOG_FORMATS) {
    const hit = format.find(t);
    if (!hit) continue;
    const warnings: string[] = [];
    if (hit.status !== undefined) {
      checkStatus(hit.status, `in ${hit.what}`);
      warnings.push(`Read ${hit.what}: the status ${hit.status} is the one it states.`);
    } else warnings.push(`Read ${hit.what}: it states no HTTP status.`);
    const headers = hit.headers ?? [];
    if (headers.length === 0) warnings.push("No headers in this paste: the request id and the retry wait the headers would carry are unknown.");
    let body: unknown = "";
    if (hit.rebuilt) {
      body = hit.rebuilt.value;
      warnings.push(`Reconstructed: ${hit.rebuilt.from}.`);
    } else if (hit.body !== undefined) body = bodyOf(hit.body, warnings);
    else warnings.push("No body in this paste: the provider's own error code and message are unknown.");
    warnings.push(...(hit.notes ?? []));
    const out: ParsedInput = { format: "log", headers, body, warnings };
    if (hit.status !== undefined && isHttpStatus(hit.status)) out.status = hit.status;
    if (hit.statusText) out.statusText = hit.statusText;
    if (hit.url) out.url = hit.url;
    if (hit.method) out.method = hit.method;
    return out;
  }
  return undefined;
}

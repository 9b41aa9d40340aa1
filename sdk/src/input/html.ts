/**
 * An HTML error page as a proxy or CDN serves it (format `html-page`): nginx's
 * `<title>502 Bad Gateway</title>`, Cloudflare's `example.com | 522: Connection timed
 * out`, Tomcat's `HTTP Status 404 – Not Found`, a reason phrase alone (`<title>Forbidden</title>`). The status is the one its title (or
 * else its first heading) states; a page that states none is not read. A page pasted
 * inside other text (an exception whose message is the page) is read too, with a
 * warning: the words around it ("Connection timed out") never make it a network failure.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import type { LogFormat } from "./printout.js";
import { isHttpStatus } from "./text.js";
import { statusOfPhrase } from "../reasons.js";

/** Where an HTML document starts: a doctype or one of the elements a page starts with. */
const HTML_START = /<!doctype html|<html[\s>]|<head[\s>]|<title[\s>]/i;
const TITLE = /<title[^>]{0,200}>([^<]{1,300})<\/title>/i;
const HEADING = /<h[12][^>]{0,200}>([\s\S]{1,600}?)<\/h[12]>/i;
/**
 * A status in a title or heading: "502 Bad Gateway", "522: Connection timed out", "Error 503", "HTTP Status 404", an error status
 * before a word in capitals (CloudFront's `<H1>503 ERROR</H1>`, "404 NOT FOUND").
 */
const STATUS_IN_TEXT = /(?:\b(?:Error|HTTP(?: Status| Error)?|Status)(?: code)?:?[ \t]*([1-5]\d\d)\b)|(?:(?:^|[^\d.])([1-5]\d\d)(?::|[ \t]+[-–—]|[ \t]+[A-Z][a-z]|(?<=[45]\d\d)[ \t]+[A-Z]{2}))/;
/** How much of the text the reader looks at for the page's head (the title and first heading come early). */
const HEAD_WINDOW = 64 * 1024;

/** The status a page states, and where, or `undefined`. */
function statusOf(html: string): { status: number; where: string } | undefined {
  const head = html.slice(0, HEAD_WINDOW);
  for (const [where, pattern] of [["title", TITLE], ["first heading", HEADING]] as const) {
    const m = pattern.exec(head);
    if (!m) continue;
    const text = m[1]!.replace(/<[^>]{0,200}>/g, " ").replace(/\s+/g, " ").trim();
    const s = STATUS_IN_TEXT.exec(text);
    const status = s ? Number(s[1] ?? s[2]) : NaN;
    if (isHttpStatus(status)) return { status, where };
    // Or an error status's reason phrase, the whole title (Steam's Web API: `<title>Forbidden</title>` and "Access is denied. Retrying
    // will not help.").
    const phrased = statusOfPhrase(text);
    if (phrased !== undefined && phrased >= 400) return { status: phrased, where };
  }
  return undefined;
}

/** An HTML error page alone or inside other text, or `undefined`. */
export function readHtmlPage(t: string): ParsedInput | undefined {
  const start = t.search(HTML_START);
  if (start < 0) return undefined;
  const close = t.toLowerCase().lastIndexOf("</html>");
  const end = close > start ? close + "</html>".length : t.length;
  const html = t.slice(start, end);
  // A page kept as a JSON string's value, its quotes and line breaks escaped (Graph's UnknownError whose `message` is a mailbox
  // server's IIS "404 - File or directory not found" page): the error body's words, not the response; its title's status is no answer.
  if (t.charCodeAt(start - 1) === 0x22 /* " */ && /\\"|\\r\\n|\\n/.test(html.slice(0, 2000))) return undefined;
  const found = statusOf(html);
  if (found === undefined) return undefined;
  const warnings = [`An HTML page alone: the status ${found.status} is the one its ${found.where} states; there are no headers, so the request id and the retry wait are unknown.`];
  const skipped = start + (t.length - end);
  if (skipped > 0 && t.slice(0, start).trim() + t.slice(end).trim() !== "") {
    warnings.push(`Read the HTML page inside the text; the ${skipped} characters around it were skipped.`);
  }
  // The request a client printed on the line the page follows (Guzzle's "Server error: `PUT https://api.hubapi.com/...` resulted in a
  // `502 Bad Gateway` response:"): its URL names the API the page stood in front of. Not a link further up (a person's, a docs page).
  const lineAbove = t.slice(Math.max(0, start - 2100), start).trimEnd();
  const method = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) `?(https?:\/\/[^\s"'<>`\\]{1,2000})[^\r\n]*$/.exec(lineAbove.slice(lineAbove.lastIndexOf("\n") + 1));
  const out: ParsedInput = { format: "html-page", status: found.status, headers: [], body: html, warnings };
  if (method) out.url = method[1]!.replace(/[.:,]$/, "");
  return out;
}

/**
 * The words of an error page that two fronts serve for every site behind them, as a person copies them out of the browser (no
 * HTML left): Google's ("502. That’s an error." over "The server encountered a temporary error ...") and Cloudflare's ("Bad
 * gateway" ... "Error reference number: 502" or "Error code 522", beside its "Ray ID:"); and Envoy's reply after the status a client
 * printed. Each states its status in words no other text uses. Google's front serves Google's APIs too, so it names Google;
 * Cloudflare's pages and Envoy's replies are the site's behind them.
 */
export const ERROR_PAGE_TEXT: LogFormat = {
  name: "an error page's words or a proxy's reply",
  find(t) {
    const google = /\b([45]\d\d)\. That[’']s an error\.[ \t]*(?:\r?\n|$)/.exec(t);
    if (google) {
      const words = t.slice(google.index + google[0].length, google.index + google[0].length + 2000).trim();
      return { what: "Google's error page, its words copied", status: Number(google[1]), provider: "google", ...(words ? { body: words.replace(/\s*\r?\n\s*/g, " ") } : {}) };
    }
    const cloudflare = /^[ \t]*Error (?:reference number:|code) ([45]\d\d)[ \t]*$/m.exec(t);
    if (cloudflare && /^[ \t]*(?:Cloudflare )?Ray ID: [0-9a-f]{16}\b/m.test(t)) {
      // Its title and explanation are the lines above the number.
      const words = t.slice(Math.max(0, cloudflare.index - 400), cloudflare.index).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !/^(?:Ray ID|Your IP|Cloudflare Location)\b/.test(l));
      return { what: "Cloudflare's error page, its words copied", status: Number(cloudflare[1]), ...(words.length ? { body: words.slice(-2).join(" ") } : {}) };
    }
    // Envoy's reply when it could not reach the service behind it, after the status a client printed ("503 upstream connect error or
    // disconnect/reset before headers. reset reason: remote connection failure, ... Connection refused", Claude Code's).
    const envoy = /\b([45]\d\d)[ \t]+(upstream connect error or disconnect\/reset before headers\b[^\r\n]{0,400}(?:\r?\n[ \t]+[^\r\n]{1,400}){0,4})/.exec(t);
    if (envoy) return { what: "Envoy's reply, after its status", status: Number(envoy[1]), body: envoy[2]!.replace(/\s*\r?\n\s*/g, " ").trim() };
    return undefined;
  },
};

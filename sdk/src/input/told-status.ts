/**
 * A status a person states in their own words, just above the body they paste: "I got \"Service Unavailable - 503\" error ...
 * error json:\n{...}" (a Graph question), "the /pages endpoint ... returns 403 Forbidden with this error:\n```json\n{...}```",
 * "the response is a 403 http with the following body", "I'm getting 401 status code." and the body below. The body is the
 * response's; the status is the one the person says they got.
 *
 * What makes it a report, not a docs page's example: a word of receiving in the first person or the past ("I got", "I'm
 * getting", "keeps returning", "the response is", "failed with"), or a present "returns" told as a happening ("today",
 * "suddenly", "unexpectedly", "now", "started"); and an error body (an `error` or `errors` member, or a `message`) on one of the
 * next lines. A status in a list, a heading or a sentence about what an API does in general is none.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import { isRecord } from "../snapshot.js";
import { readJson } from "../json.js";
import { NO_HEADERS, bodyNear, bracketed, jsonOrRelaxed, REASONS } from "./printout.js";
import { checkStatus } from "./http.js";

/** Receiving, said by the one who received it, or told as something that happened (or logged: an app's "Request return 429 error!"). */
const RECEIVED =
  /\b(?:I(?:['’]m| am)? (?:keep |still )?(?:get|got|getting|receive|received|receiving|see|saw|seeing|hit|hitting)|we(?:['’]re| are)? (?:keep |still )?(?:get|got|getting|receive|received|receiving|see|saw)|(?:keeps?|kept|started|starts) (?:returning|giving|failing)|(?:the |my )?response (?:is|was)|(?:responded|failed|fails|errors? out) with|gave me|gives me|request (?:return|returned) (?=[45]\d\d\b))\b/i;
/** A present "returns" told as a happening, not a rule of the API. */
const HAPPENED = /\b(?:today|suddenly|unexpectedly|now|started|since|anymore|again)\b/i;

/** A status on a line: three digits, not inside a larger number, a version, a time or a path. */
const NUMBER = /(?<![\d.,:/-])\b([45]\d\d)\b(?![.,:/-]?\d)/g;

/** The status a line states: a number beside a word that makes it one (its reason phrase, "error", "status", "http", "code", "response"), or one received. */
function statedOn(line: string): number | undefined {
  for (const m of line.matchAll(NUMBER)) {
    const status = Number(m[1]);
    const around = line.slice(Math.max(0, m.index - 30), m.index + 33).toLowerCase();
    const reason = REASONS[status]?.toLowerCase();
    if (/\b(?:http|error|status|code|response)\b/.test(around) || (reason !== undefined && around.includes(reason))) return status;
    // Or the object of a verb of receiving ("I'm getting a 500:", "we got a 429"): a number received is a status.
    if (/\b(?:get|got|getting|receive|received|receiving|hit|hitting)[ \t]+(?:an?[ \t]+)?$/i.test(line.slice(Math.max(0, m.index - 24), m.index))) return status;
  }
  return undefined;
}

/** Lines above the body its status may be stated on. */
const LINES_ABOVE = 6;

/**
 * Or on one line, the body quoted after the status: "Getting a 401 with \"{\"ErrorCode\": 10, ...}\"" (a Postmark question), "I got
 * 429: {...}". The person's verb leads the line, so a sentence about what an API does ("returns a 401 with {...}") is none.
 */
const SAID_WITH_BODY =
  /(?:^|\n)[ \t]*(?:I(?:['’]m| am)? |we(?:['’]re| are)? )?(?:getting|got|receiving|received|get|receive|seeing) (?:an? |the )?(?:HTTP |status |error )?([45]\d\d)\b[^{}\n]{0,60}?(?:\bwith|:)[ \t]*(?:["'`][ \t]*)?(?=\{)/i;

/** The status a person states above the error body they paste, read with that body; `undefined` for any other text. */
export function readToldStatus(t: string): ParsedInput | undefined {
  const said = SAID_WITH_BODY.exec(t);
  const inline = said ? bracketed(t, said.index + said[0].length) : undefined;
  const inlineBody = inline === undefined ? undefined : readJson(inline);
  if (inlineBody?.ok && isRecord(inlineBody.value) && ("error" in inlineBody.value || "errors" in inlineBody.value || Object.keys(inlineBody.value).some((k) => /^(?:message|Message|ErrorCode)$/.test(k)))) {
    const status = Number(said![1]);
    checkStatus(status, "in the words before the body");
    return told(status, inline!, "", "the body quoted after it");
  }
  // The first line that opens a JSON object (bare or in a fence) after words of the person's.
  const open = /(?:^|\n)[ \t]*(?:```[a-z]{0,10}[ \t]*\r?\n[ \t]*)?(?=\{)/g;
  for (let m = open.exec(t), tries = 0; m !== null && tries < 4; m = open.exec(t), tries++) {
    const at = m.index + m[0].length;
    if (at === 0) return undefined;
    const body = bodyNear(t, t.lastIndexOf("\n", at - 1), 1);
    // JSON text as it is, or the value of a Python dict or a JavaScript object, written back as JSON.
    const got = body === undefined ? undefined : jsonOrRelaxed(body);
    const read = typeof got === "string" ? readJson(got) : undefined;
    const value = typeof got === "string" ? (read?.ok ? read.value : undefined) : got;
    const text = typeof got === "string" ? got : JSON.stringify(value);
    if (!isRecord(value) || !("error" in value || "errors" in value || typeof value.message === "string")) continue;
    const lines = t.slice(0, at).split("\n").slice(-LINES_ABOVE - 1);
    const words = lines.join(" ");
    if (!RECEIVED.test(words) && !(/\breturns?\b/i.test(words) && HAPPENED.test(words))) continue;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      if (/^[ \t]*(?:#|[-*+] |\|)/.test(line)) continue; // a heading, a list's item, a table's row
      const status = line.length > 2000 ? undefined : statedOn(line);
      if (status === undefined) continue;
      // Not a list of statuses ("429, 500 or 503"), nor one inside a larger number.
      if (/\b[45]\d\d(?:,[ \t]*| or | and |\/)[1-5]\d\d\b/.test(line)) return undefined;
      checkStatus(status, "in the words above the body");
      return told(status, text, " above the body", "the body pasted below them");
    }
  }
  return undefined;
}

/** What a person's words and the body they pasted read as: the status they state (`where` they state it), and that body. */
function told(status: number, body: string, where: string, which: string): ParsedInput {
  const reason = REASONS[status];
  return {
    format: "log",
    status,
    headers: [],
    body,
    warnings: [
      `Read the status the paste's words state${where} (${status}${reason ? ` ${reason}` : ""}), and ${which}.`,
      NO_HEADERS,
    ],
  };
}

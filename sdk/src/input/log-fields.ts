/**
 * A structured log's console line: zap's (the OpenTelemetry Collector's, Loki's, most Go services'), its time, level, caller and
 * message separated by tabs, then the line's fields as one JSON object (`{"kind": "exporter", "error": "HTTP 429 \"Too Many
 * Requests\": Ingestion rate limit exceeded ...", "interval": "2.5s"}`). The failure is told in a field: its string, decoded, is read
 * as a paste of its own, so that its escapes and the fields after it are no part of the message.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";
import { bracketed } from "./printout.js";
import { readLog } from "./logs.js";
import { readStatusPhrase } from "./status-phrase.js";

/** A zap console line up to its fields: the time, a level, the caller and the message, each ended by a tab. */
const ZAP_LINE = /(?:^|\n)[^\t\r\n]{10,40}\t(?:debug|info|warn|error|dpanic|panic|fatal)\t[^\t\r\n]{1,400}\t[^\t\r\n]{0,2000}\t(?=\{)/gi;

/** Lines looked at, at most: a long log repeats its failure. */
const MAX_LINES = 16;

/** The response a zap console line's fields tell (the first line whose string field reads as one); `undefined` when none does. */
export function readLogLineFields(t: string): ParsedInput | undefined {
  if (!t.includes("\t{")) return undefined;
  let lines = 0;
  for (const m of t.matchAll(ZAP_LINE)) {
    if (++lines > MAX_LINES) break;
    const json = bracketed(t, m.index + m[0].length);
    const fields = json === undefined ? undefined : readJson(json);
    if (!fields?.ok || !isRecord(fields.value)) continue;
    for (const [key, value] of Object.entries(fields.value)) {
      if (typeof value !== "string" || value.length < 8) continue;
      const read = readLog(value) ?? readStatusPhrase(value);
      if (read === undefined) continue;
      read.warnings.unshift(`Read the \`${key}\` field of the log line's JSON fields (a zap console line): its text, decoded.`);
      return read;
    }
  }
  return undefined;
}

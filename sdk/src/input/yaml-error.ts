/**
 * An error's members printed as YAML lines: gcloud's `--format=yaml` of an API error, a console's expansion of
 * Google's error object (Apps Script's "code: 401\nmessage: \"Request is missing required authentication credential...\"\nstatus:
 * \"UNAUTHENTICATED\""), alone or under `error:`. Read as the JSON body those members are, its `code` the status it states.
 *
 * Only lines alone in a paste of a few more (a sentence, a command, a fence): an OpenAPI document's `example:` holds the same lines
 * under its key, and a docs page's listing among many.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { LogFormat } from "./printout.js";

/** A member on its line: its indent, its key and its scalar value (a nested one, on the lines below, ends the block). */
const MEMBER = /^([ \t]*)([A-Za-z_][\w-]{0,40}):[ \t]+(\S[^\r\n]{0,2000})$/;
/** Members read at most: an error's are a handful. */
const MAX_MEMBERS = 24;

/** A scalar as YAML writes it: quoted (JSON's escapes in double quotes), a number, or bare words. */
function scalar(raw: string): unknown {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return /^-?\d{1,15}$/.test(v) ? Number(v) : v;
}

/** Lines of a paste beside the block at most: a sentence or a command above it, a question below, a code fence's two. */
const MAX_OTHER_LINES = 6;

export const YAML_ERROR: LogFormat = {
  name: "an error's members as YAML lines",
  find(t) {
    // (Most pastes hold no `code:` at all: they are not split into lines.)
    if (t.length > 64 * 1024 || !t.includes("code:")) return undefined;
    const lines = t.split(/\r?\n/, 200);
    const at = lines.findIndex((line) => /^[ \t]*code:[ \t]+[45]\d\d[ \t]*$/.test(line));
    if (at < 0) return undefined;
    const indent = MEMBER.exec(lines[at]!)![1]!;
    const member = (i: number) => i >= 0 && i < lines.length && MEMBER.exec(lines[i]!)?.[1] === indent;
    let from = at;
    let to = at + 1;
    while (member(from - 1) && to - from < MAX_MEMBERS) from--;
    while (member(to) && to - from < MAX_MEMBERS) to++;
    // Under `error:` its members are indented; alone, they start at the line's start.
    const under = indent !== "" && from > 0 && /^error:[ \t]*$/.test(lines[from - 1]!);
    if (indent !== "" && !under) return undefined;
    const first = under ? from - 1 : from;
    // A document's part is no paste of one error: a parent key above it ("example:", "schema:"), more members below it.
    const above = first > 0 ? lines[first - 1]! : "";
    const below = to < lines.length ? lines[to]! : "";
    if (/:[ \t]*$/.test(above) || MEMBER.test(above) || MEMBER.test(below) || /^[ \t]+\S/.test(below)) return undefined;
    if (lines.filter((line, i) => (i < first || i >= to) && line.trim() !== "").length > MAX_OTHER_LINES) return undefined;
    const value: Record<string, unknown> = {};
    for (let i = from; i < to; i++) {
      const m = MEMBER.exec(lines[i]!)!;
      if (Object.hasOwn(value, m[2]!)) return undefined;
      value[m[2]!] = scalar(m[3]!);
    }
    const code = value["code"];
    if (typeof code !== "number" || typeof value["message"] !== "string") return undefined;
    return {
      what: "an error's members printed as YAML lines",
      status: code,
      rebuilt: { value: under ? { error: value } : value, from: "the error body rebuilt from the members its YAML lines print" },
    };
  },
};

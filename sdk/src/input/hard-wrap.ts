/**
 * Text a terminal cut into lines of one width (a console window, `screen`, a CI log viewer) and that was copied with the cuts,
 * joined back: "...(Service: Amazon S3; Status Code: 403; Erro" / "r Code: 403 Forbidden; Request ID: 8SV7S6VZTXYQZQMW; ..."
 * (the AWS SDK for Java's exception, 104 columns), or stripe-php's message cut at 211 ("...api.stripe.com por" / "t 443:
 * Connection timed out)"). A reader would otherwise lose the words the cut splits: a request id, a port read as a status.
 *
 * The mark of such a cut, not a writer's line break: the widest lines (60 columns at least) are all of one length, at least two
 * of them go on on the next line, and at least two of those cuts, on different lines, fall inside a word (a letter or digit on both sides). A line
 * that goes on where a new record starts (a date, a time, a bracket) is a log's own line that a viewer truncated, not wrapped:
 * then nothing is joined.
 *
 * Imported by both server and browser code.
 * @module
 */

/** The narrowest terminal width taken for a cut: narrower lines of one length are a writer's (a table, a fixed-width dump). */
const MIN_WIDTH = 60;

/** A line that starts a record of its own: a log's date (ISO's, Go's `2020/06/24`, syslog's `Jan 17 17:27:35`) or time, a bracketed level or tag. */
const RECORD_START = /^[ \t]*(?:\d{4}[-/]\d\d[-/]\d\d|\d{1,2}:\d\d:\d\d|[A-Z][a-z]{2} {1,2}\d{1,2} \d{1,2}:\d\d:\d\d|\[)/;

const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The text with its cut lines joined and the width they were cut at, or `undefined` when it shows no cut by width. Two passes.
 * `indent`: the blanks the paste's first line lost when the text was trimmed (its length on the screen was that much more).
 *
 * A terminal that pads each line with blanks to its width (a copy of the whole screen: the Azure CLI's traceback at 136 columns)
 * shows every line at the width: when most lines of the width end in a blank, the blanks are removed first, and the lines still
 * at the width are the cut ones.
 */
export function unwrapHardWrap(t: string, indent = 0): { text: string; width: number } | undefined {
  if (t.length < 2 * MIN_WIDTH) return undefined;
  // First pass: the widest line's length, how many lines have it, and how many of those end in a blank; most texts leave here.
  let width = 0;
  let widest = 0;
  let padded = 0;
  for (let start = 0; start < t.length; ) {
    const nl = t.indexOf("\n", start);
    const end = nl < 0 ? t.length : nl;
    const stop = end > start && t.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const length = stop - start + (start === 0 ? indent : 0);
    const blank = stop > start && (t.charCodeAt(stop - 1) === 0x20 || t.charCodeAt(stop - 1) === 0x09);
    if (length > width) {
      width = length;
      widest = 1;
      padded = blank ? 1 : 0;
    } else if (length === width) {
      widest++;
      if (blank) padded++;
    }
    start = end + 1;
  }
  if (width < MIN_WIDTH || widest < 2) return undefined;
  if (padded >= 3 && padded * 2 > widest) return unwrapHardWrap(t.split("\n").map(withoutTrailingBlanks).join("\n"), indent);
  const raw = t.split("\n");
  const lines = raw.map((line, i) => (i === 0 && indent > 0 ? " ".repeat(indent) : "") + line.replace(/\r$/, ""));
  // A line of the widest length with words on the next one: where the terminal cut.
  const cut = lines.map((line, i) => i + 1 < lines.length && line.length === width && lines[i + 1]!.trim() !== "");
  let cuts = 0;
  // Different lines: a log that repeats one record of the widest length, a short one after it ("... - The request has been
  // throttled" / "Sleeping for 120 seconds", twice: the OneDrive client's), shows the same "cut" twice and is no terminal's.
  const inWord = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!cut[i]) continue;
    if (RECORD_START.test(lines[i + 1]!)) return undefined;
    cuts++;
    if (isWordChar(lines[i]!.charCodeAt(width - 1)) && isWordChar(lines[i + 1]!.charCodeAt(0))) inWord.add(lines[i]!);
  }
  if (cuts < 2 || inWord.size < 2) return undefined;
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    // A cut line loses only its line break; any other keeps its own (a CRLF paste stays CRLF).
    current += cut[i] ? lines[i]!.slice(i === 0 ? indent : 0) : raw[i]!;
    if (!cut[i]) {
      out.push(current);
      current = "";
    }
  }
  return { text: out.join("\n"), width };
}

/** A line without the blanks at its end (its CR kept): scanned back by hand, as a pattern would rescan a run of blanks inside it. */
function withoutTrailingBlanks(line: string): string {
  const cr = line.charCodeAt(line.length - 1) === 0x0d ? 1 : 0;
  let end = line.length - cr;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length - cr ? line : line.slice(0, end) + (cr ? "\r" : "");
}

/**
 * What a log writes before each line of a program's output: the name of a process manager's
 * service, ending in a bar (pm2's `87|backend  | `, docker compose's `web-1  | `), or the time
 * a CI runner or a container log stamped on it (GitHub Actions' `2025-08-21T08:30:59.8069535Z `,
 * `kubectl logs --timestamps`, Azure Functions' time and level, `[26-03-10 10:50:17] `, Jenkins' `13:16:46  `, Zuul's time and node, syslog's time, host and process, concurrently's `[1] `,
 * Android's logcat `D/OkHttp: `), or a time alone on a line above each one (a log viewer's copy). Removed, with a warning, when most lines carry one, so that a
 * response or a printed body spread over the lines reads as if pasted bare.
 *
 * Imported by both server and browser code.
 * @module
 */
import { isDigit } from "./text.js";

interface LinePrefix {
  /** What the warning calls it. */
  readonly what: string;
  /** The prefix, as group 1, at a line's start. */
  readonly re: RegExp;
  /** Whether every line carries the same text (a service's name), or only the same shape (a time, which changes). */
  readonly same: boolean;
}

const PREFIXES: readonly LinePrefix[] = [
  // A service's name (pm2 puts its id and a bar first), spaces, and the bar.
  { what: "the service name", re: /^[ \t]*((?:\d{1,6}\|)?[\w.@-]{1,80}[ \t]*\|[ \t]?)/, same: true },
  // PowerShell 7's error view (its ConciseView): the line number, or "Line", or blanks, and a bar, before each line of the record
  // below its "Invoke-WebRequest: <script>:<line>" (`1672 |  …  $request = ...`, `     | {"error":{"code":"TooManyRequests",...`).
  // (Four columns wide, as "Line" is: a table's "200 | OK" is none.)
  { what: "PowerShell's error margin", re: /^((?:Line|[ \d]{4}) \|(?: |(?=\r?$)))/, same: false },
  // concurrently's index of the command that printed the line (`[1]   `, as `npm run dev` of several processes shows it).
  { what: "the process index", re: /^(\[\d{1,3}\][ \t]{1,8})/, same: true },
  // Zuul's job output (OpenStack's CI): the time, a bar, the node's name, a bar (`2021-08-25 10:07:13.605021 | ubuntu-focal | `).
  { what: "the time and node", re: /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:[.,]\d{1,9})? \| [\w.@-]{1,80} \|[ \t]?)/, same: false },
  // Azure Functions' log: the time, the level in brackets, and PowerShell's stream (`2021-12-23T10:34:48.923 [Information] OUTPUT: `),
  // the script's own lines after it.
  {
    what: "the time and level",
    re: /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?[ \t]{1,8}\[(?:Information|Warning|Error|Debug|Trace|Critical)\][ \t]{1,8}(?:(?:OUTPUT|INFORMATION|WARNING|ERROR|VERBOSE|DEBUG):[ \t]?)?)/,
    same: false,
  },
  // An ISO 8601 date and time with a T (a log's own "2024-05-01 10:00:00 ERROR" lines are its words, left alone), and one blank.
  { what: "the time", re: /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)? )/, same: false },
  // A time alone and a few blanks (Jenkins' Timestamper: `13:16:46  `), before a tool's own lines (Terraform's boxed `│ Error: ...`).
  { what: "the time", re: /^(\d\d:\d\d:\d\d[ \t]{2,4})(?=\S)/, same: false },
  // syslog's date, time, host and process (journalctl's default output: `Feb 19 07:05:44 webapp node[3983754]: `).
  { what: "the time, host and process", re: /^([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [\w.-]{1,80} [\w./@-]{1,80}(?:\[\d{1,10}\])?:[ \t]?)/, same: false },
  // Android's logcat: threadtime's date, time, process and thread before the level and tag (`11-10 10:10:32.396 19060-27503/tellh.com.gitclub
  // D/OkHttp: `, `01-05 09:46:45.123  1234  5678 D OkHttp  : `), or brief's level, tag and process (`D/Retrofit( 2227): `, Flutter's
  // `I/flutter (32221): `), or the level and tag alone (`W/System.err: `): the tag changes from line to line, so only the shape is shared.
  { what: "logcat's prefix", re: /^((?:\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[ \t]{1,4}\d{1,6}(?:-\d{1,6}(?:\/[\w.:-]{1,200})?[ \t]|[ \t]{1,4}\d{1,6}[ \t]{1,4}))?[VDIWEFA](?:\/[\w.$-]{1,80}(?:[ \t]?\([ \t]{0,6}\d{1,6}\))?|[ \t][\w.$-]{1,80}[ \t]{0,40}):[ \t]?)/, same: false },
  // Kettle's and Apache Hop's log: the date with slashes, the time, and the step that wrote the line between dashes (`2023/09/24
  // 09:02:11 - Google Sheet Output.0 - `).
  { what: "the time and step", re: /^(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d - [^\r\n]{1,80}? - )/, same: false },
  // A date and time in brackets (a runner's `[26-03-10 10:50:17] `, PHP's error_log `[12-Apr-2019 13:54:02 UTC] `), and the colon a
  // Minecraft server's log writes after its time and level (`[09:38:00 WARN]: `).
  { what: "the time", re: /^(\[(?:\d{2,4}-(?:\d\d|[A-Z][a-z]{2})-\d{2,4}[ T])?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:[ \t]?[A-Z]{2,5})?\]:?[ \t]?)/, same: false },
];

/** A time alone on its line (`09:46:45.000`, `2024-01-05 09:46:45`): a log viewer's copy puts one above each line it stamped. */
const TIME_LINE = /^[ \t]*(?:\d{4}-\d\d-\d\d[ T])?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[ \t]?[AP]M)?[ \t]*\r?$/i;

/**
 * The text without the prefix most of its lines share, with what it was (`said`: the whole sentence, when a log did not write it);
 * `undefined` when no prefix is shared.
 */
export function unwrapLinePrefix(t: string): { text: string; prefix: string; said?: string } | undefined {
  const commented = uncommented(t);
  if (commented !== undefined) return { text: commented, prefix: "the comment marker (//)" };
  // A bar, or a line that starts like a date and time: most pastes have neither, and are not split.
  const stamped = stampedLineIn(t);
  if (t.indexOf("|") < 0 && stamped === 0) return undefined;
  const lines = t.split("\n");
  if ((stamped & CLI_MARK) !== 0) {
    let marked = 0;
    const out = lines.map((line) => {
      const m = CLI_MARK_PREFIX.exec(line);
      if (m) marked++;
      return m ? line.slice(m[0].length) : line;
    });
    if (marked >= 3) {
      return { text: out.join("\n"), prefix: "the CLI's mark", said: "Removed the mark (» or ›) a CLI built on oclif (Netlify's, Heroku's, Salesforce's) hangs each line of its message from." };
    }
  }
  if ((stamped & TIME_ALONE) !== 0) {
    const kept: string[] = [];
    let others = 0;
    for (const line of lines) {
      if (TIME_LINE.test(line)) continue;
      kept.push(line);
      if (line.trim() !== "") others++;
    }
    const times = lines.length - kept.length;
    if (times >= 3 && times >= others * 0.6) return { text: kept.join("\n"), prefix: "the time (on a line of its own)" };
  }
  for (const kind of PREFIXES) {
    const shared = sharedPrefix(lines, kind);
    if (shared === undefined) continue;
    const out = lines.map((line) => {
      const m = kind.re.exec(line);
      return m && (!kind.same || m[1]!.trimEnd() === shared) ? line.slice(m[0].length) : line;
    });
    return { text: out.join("\n"), prefix: kind.same ? `${kind.what} ${JSON.stringify(shared)}` : kind.what };
  }
  return undefined;
}

/**
 * The text with its comment markers removed, when every line that is not blank starts with `//` (three lines at least): a
 * response kept in a source file's comment (a Swift app's `//  "Content-Type" = (...)` below `//error 401`). Every line, not most:
 * a source file whose comments quote a log among its code is code.
 */
function uncommented(t: string): string | undefined {
  if (!t.startsWith("//") && !/^[ \t]+\/\//.test(t)) return undefined;
  const lines = t.split("\n");
  let marked = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (!/^[ \t]*\/\/(?!\/)/.test(line)) return undefined;
    marked++;
  }
  return marked < 3 ? undefined : lines.map((line) => line.replace(/^[ \t]*\/\/ ?/, "")).join("\n");
}

/** The prefix most lines carry (a person's sentence or two around them aside), three at least; else `undefined`. */
function sharedPrefix(lines: readonly string[], kind: LinePrefix): string | undefined {
  let prefix: string | undefined;
  let count = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    nonEmpty++;
    const m = kind.re.exec(line);
    if (!m) continue;
    // The first line's prefix is the one: a later, other one is the service's own text.
    const p = kind.same ? m[1]!.trimEnd() : "";
    prefix ??= p;
    if (p === prefix) count++;
  }
  // One line with a bar is a table's or a sentence's.
  return prefix === undefined || count < 3 || count < nonEmpty * 0.6 ? undefined : prefix;
}

const STAMPED = 1;
const TIME_ALONE = 2;
const CLI_MARK = 4;

/**
 * The mark an oclif CLI hangs each line of a warning or an error from (Netlify's `»   Warning: JSONHTTPError: ... 422` and the
 * error's JSON below it, a line each): `›` on Unix, `»` on Windows, with three blanks, `▸` and four in the Heroku CLI's older
 * cli-ux (what is indented further is the message's own indentation). Only the lines that
 * carry it are the message's: the CLI's other output stays, so a few such lines suffice (three), not most.
 */
const CLI_MARK_PREFIX = /^[ \t]?(?:[›»](?: {1,3}|\t)|▸(?: {1,4}|\t)|[›»▸](?=\r?$))/;

/**
 * Whether a line starts `dddd-dd-ddT` or `[` and a digit or two (a time, or concurrently's `[1]`) ({@link STAMPED}: a time before each line, maybe), or `dd:dd:dd` or
 * `dddd-dd-dd dd:` ({@link TIME_ALONE}: maybe a time alone on its line), by looking at each line's start (a multiline
 * pattern cost more than the rest of a small paste's reading).
 */
function stampedLineIn(t: string): number {
  let found = 0;
  let c2: number;
  for (let at = 0; at < t.length; ) {
    const c = t.charCodeAt(at);
    if (c >= 48 && c <= 57) {
      // (Kettle's and Apache Hop's `2023/09/24 09:02:11 - ` too: slashes in the date.)
      if ((t.charCodeAt(at + 4) === 45 && t.charCodeAt(at + 7) === 45) || (t.charCodeAt(at + 4) === 47 && t.charCodeAt(at + 7) === 47 && t.charCodeAt(at + 10) === 32)) {
        if (t.charCodeAt(at + 10) === 84) found |= STAMPED;
        else if (t.charCodeAt(at + 10) === 32 && t.charCodeAt(at + 13) === 58) found |= TIME_ALONE;
      } else if (t.charCodeAt(at + 2) === 58 && t.charCodeAt(at + 5) === 58) found |= TIME_ALONE;
      else if (t.charCodeAt(at + 2) === 45 && t.charCodeAt(at + 5) === 32 && t.charCodeAt(at + 8) === 58) found |= STAMPED;
    } else if (c === 0x5b /* [ */ && isDigit(t.charCodeAt(at + 1)) && (isDigit(t.charCodeAt(at + 2)) || t.charCodeAt(at + 2) === 0x5d)) found |= STAMPED;
    // logcat's `D/OkHttp: ` (its level and a slash) and threadtime's `11-10 10:10:32.396 `.
    else if ((c === 68 || c === 73 || c === 87 || c === 69 || c === 86 || c === 70 || c === 65) && t.charCodeAt(at + 1) === 47) found |= STAMPED;
    // oclif's mark, after a blank or not (` »   `).
    else if (c === 0xbb || c === 0x203a || c === 0x25b8 || (c === 0x20 && ((c2 = t.charCodeAt(at + 1)) === 0xbb || c2 === 0x203a || c2 === 0x25b8))) found |= CLI_MARK;
    // syslog's `Feb 19 07:05:44 `.
    else if (c >= 65 && c <= 90 && t.charCodeAt(at + 3) === 32 && t.charCodeAt(at + 9) === 58 && t.charCodeAt(at + 12) === 58) found |= STAMPED;
    if (found === (STAMPED | TIME_ALONE | CLI_MARK)) return found;
    const next = t.indexOf("\n", at);
    if (next < 0) break;
    at = next + 1;
  }
  return found;
}

/**
 * An error tracker's issue, as its GitHub integration writes it: Airbrake's "**Error type:** `Google::Apis::ClientError`" and
 * "**Error message:** `` badRequest: Bad Request ``" lines, Bugsnag's "**Aws::S3::Errors::AccessDenied** in **ActiveStorage::PurgeJob@default**"
 * above the message. The exception is written back as its runtime prints it, "Class: message", for the readers of exceptions; the
 * tracker's other lines (where, when, how often) are left as they are.
 *
 * Imported by both server and browser code.
 * @module
 */

/** Airbrake's two lines: the class in a code span, then the message in one (of one or two backticks). */
const AIRBRAKE = /^\*\*Error type:\*\* `([A-Za-z_][\w:.]{0,200})`[ \t]*\r?\n\*\*Error message:\*\* (`{1,2}) ?([^`\r\n]{0,2000}?) ?\2[ \t]*\r?$/m;
/** Bugsnag's heading line, the class and where it happened in bold, then the message on the next line. */
const BUGSNAG = /^\*\*([A-Za-z_][\w:.]{0,200})\*\* in \*\*[^*\r\n]{1,200}\*\*[ \t]*\r?\n([^\r\n]{1,2000})\r?$/m;

/** `t` with the tracker's layout of the exception written as "Class: message", and which tracker's it was; `undefined` when it has none. */
export function unwrapTrackerIssue(t: string): { readonly text: string; readonly tracker: string } | undefined {
  // (An issue's layout is at its top: its first 64 KiB are read, not a 5 MiB HAR's every line.)
  const head = t.length > 65_536 ? t.slice(0, 65_536) : t;
  const airbrake = AIRBRAKE.exec(head);
  if (airbrake) return { text: replaced(t, airbrake, `${airbrake[1]}: ${airbrake[3]!.trim()}`), tracker: "Airbrake" };
  const bugsnag = BUGSNAG.exec(head);
  if (bugsnag && !bugsnag[2]!.startsWith("#")) return { text: replaced(t, bugsnag, `${bugsnag[1]}: ${bugsnag[2]!.trim()}`), tracker: "Bugsnag" };
  return undefined;
}

function replaced(t: string, m: RegExpExecArray, by: string): string {
  return t.slice(0, m.index) + by + t.slice(m.index + m[0].length);
}

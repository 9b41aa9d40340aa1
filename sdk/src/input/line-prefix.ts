/**
 * The name a process manager writes before each line of its service's output, ending in a
 * bar: pm2's `87|backend  | `, docker compose's `web-1  | `. Removed, with a warning, when
 * most lines carry the same one, so that a response or a printed body spread over the lines
 * reads as if pasted bare.
 *
 * Imported by both server and browser code.
 * @module
 */

/** A service's name (pm2 puts its id and a bar first), spaces, and the bar. */
const PREFIX = /^[ \t]*((?:\d{1,6}\|)?[\w.@-]{1,80}[ \t]*\|[ \t]?)/;

/** The text without the prefix most of its lines share, with the prefix; `undefined` when no prefix is shared. */
export function unwrapLinePrefix(t: string): { text: string; prefix: string } | undefined {
  if (t.indexOf("|") < 0) return undefined;
  const lines = t.split("\n");
  let prefix: string | undefined;
  let count = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    nonEmpty++;
    const m = PREFIX.exec(line);
    if (!m) continue;
    // The first line's prefix is the one: a later, other one is the service's own text.
    const p = m[1]!.trimEnd();
    prefix ??= p;
    if (p === prefix) count++;
  }
  // Most lines (a person's sentence or two around them aside), three at least: one line with a bar is a table's or a sentence's.
  if (prefix === undefined || count < 3 || count < nonEmpty * 0.6) return undefined;
  const out = lines.map((line) => {
    const m = PREFIX.exec(line);
    return m && m[1]!.trimEnd() === prefix ? line.slice(m[0].length) : line;
  });
  return { text: out.join("\n"), prefix };
}

/**
 * A client that says it already retried and gave up: "exceeded maximum number of attempts, 3" (the AWS SDK for Go v2),
 * "reached max retries: 4", "failed after 2 attempts, please try again later" (Terraform's registry client), "exceeded retry
 * limit, last status: 429" (Codex), "Attempt 1-5 failed ... Max attempts reached" (gemini-cli). The error is the same one, and
 * retrying is still what can help; but a client's own backoff already failed to get past it, so a developer should wait longer
 * than it did, send less, or look at the provider's status, before the next try. A reading note says so.
 *
 * Not urllib3's "Max retries exceeded with url": requests prints it for every failed connection, retries or none.
 *
 * Imported by both server and browser code.
 * @module
 */

export const SPENT =
  /\b(?:exceeded (?:the )?(?:maximum|max) (?:number of )?(?:attempts|retries)(?:,? (\d{1,3}))?|(?:reached|hit) (?:the )?max(?:imum)? (?:number of )?(?:retries|attempts)(?::? (\d{1,3}))?|max(?:imum)? (?:retries|attempts) (?:reached|exceeded|exhausted)(?! with url)|(?:all )?retries (?:were )?exhausted|exhausted (?:all )?(?:(\d{1,3}) )?retries|(?:failed|gave up) after (\d{1,3}) (?:attempts|retries|tries)|exceeded (?:the )?retry limit)\b/i;

/**
 * A word every phrase of {@link SPENT} holds (a test checks each of its alternatives): a scan for it skips ahead by its letters,
 * where `SPENT`'s many first words behind a `\b` make it try every position of every paste (as long as a JSON.parse of a small
 * body, on the bench's small response). Its cases spelled out (an `i` flag's alternation costs twice as much), all behind one `t`
 * ("tries", "[at]tempts", "[re]try limit") so that a position is tried once; "retry" only before "limit": a bare "retry" is in every
 * `Retry-After` header, and would send every rate-limited response through `SPENT` whole.
 */
export const SPENT_WORD = /[tT](?:[rR](?:[iI][eE][sS]|[yY] [lL][iI][mM][iI][tT])|[tT][eE][mM][pP][tT][sS])/;

/**
 * The note for a paste whose client says it already retried to its limit; `undefined` for any other. Its advice to wait longer is
 * for a failure a wait can pass (no status, 408, 429, a 5xx): a client that retried a 400 met the same answer each time, and
 * the note says only that (LibreChat's "Operation failed after 3 attempts: 400 {...}").
 */
export function retriesSpentNote(t: string, status?: number): string | undefined {
  const tail = t.length > 65_536 ? t.slice(-65_536) : t;
  if (!SPENT_WORD.test(tail)) return undefined;
  const m = SPENT.exec(tail);
  if (m === null) return undefined;
  const count = m[1] ?? m[2] ?? m[3] ?? m[4];
  const tries = count ? ` (${count} attempts)` : "";
  if (status !== undefined && status < 500 && status !== 408 && status !== 429) return `The paste says the client already retried${tries}: it got this same answer each time.`;
  return `The paste says the client already retried${tries} and gave up: its backoff did not get past this failure. Before trying again, wait longer than it did, send fewer requests, or check the provider's status page.`;
}

/**
 * How long a response asked to wait (spec section 8): `Retry-After` (delta-seconds with an
 * optional fraction, or an HTTP-date), `retry-after-ms`, and the reset values of rate-limit
 * headers in the forms providers send them (epoch seconds or milliseconds, delta-seconds,
 * ISO-8601, HTTP-date, a duration such as `6m0s`). Every parser here is a strict,
 * anchored pattern over a short value: a header value is never a date by accident
 * (`Date.parse` reads `1.5` as a date; these do not).
 *
 * Imported by both server and browser code.
 * @module
 */

/**
 * The longest wait `backoffDelay` returns, in seconds: beyond it `setTimeout` (a signed
 * 32-bit count of ms) fires at once. `retryAfter` itself reports what the response said.
 */
export const MAX_WAIT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * The remaining-count headers any provider may send, each with its reset header (spec section 5): at 0, the reset is the wait.
 * Read by the rules (a response's headers) and by the printout reader (the same headers where a client printed them).
 */
export const RATE_LIMIT_HEADERS = [
  { remaining: "x-ratelimit-remaining", reset: "x-ratelimit-reset" },
  { remaining: "x-rate-limit-remaining", reset: "x-rate-limit-reset" },
  { remaining: "ratelimit-remaining", reset: "ratelimit-reset" },
] as const;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// The three HTTP-date forms of RFC 9110 section 5.6.7, and nothing else.
const IMF_FIXDATE = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC850 = /^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;
/** ISO-8601 date-time with an offset: `2025-01-15T12:00:30Z`, `2025-01-15T12:00Z` (Atlassian), `2025-01-15T12:00:30.123+01:00`. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;
/** A number of seconds, a fraction allowed: `30`, `2.0`, `0.5`. */
const SECONDS = /^\d{1,15}(?:\.\d{1,9})?$/;
/** A Go-style duration (OpenAI's `x-ratelimit-reset-requests: 6m0s`): hours, minutes, seconds, milliseconds (Go prints a fraction of one: `266.644ms`). */
const DURATION = /^(?:(\d{1,6})h)?(?:(\d{1,6})m(?!s))?(?:(\d{1,9}(?:\.\d{1,9})?)s)?(?:(\d{1,9}(?:\.\d{1,9})?)ms)?$/;
/** A wait in words, as a message states it ("45 seconds", "'5' seconds", "a minute", "2 hours"): the count and its unit. */
const DURATION_IN_WORDS = /^'?(\d{1,9}(?:\.\d{1,9})?|an?|one)'? ?(s|secs?|seconds?|minutes?|hours?|millis|milliseconds?)$/i;
// (Milliseconds in words: SmartThings' "attempt 1 limit 1 - retry in 13933 millis".)
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, sec: 1, secs: 1, second: 1, seconds: 1, minute: 60, minutes: 60, hour: 3600, hours: 3600, millis: 0.001, millisecond: 0.001, milliseconds: 0.001 };

/** Whole seconds, rounded up, never negative, a safe integer. */
function seconds(s: number): number {
  return Math.min(Math.max(0, Math.ceil(s)), Number.MAX_SAFE_INTEGER);
}

function utc(year: number, month: number, d: number, h: number, mi: number, s: number): number | undefined {
  if (month < 0 || month > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(year, month, d, h, mi, s);
  // Date.UTC rolls 31 Feb over into March: refuse dates that do not exist.
  return new Date(t).getUTCDate() === d ? t : undefined;
}

/**
 * Parses an HTTP-date in IMF-fixdate, RFC 850 or asctime form to ms since the epoch;
 * `undefined` for anything else. A two-digit RFC 850 year more than 50 years after `now`
 * is read as the previous century.
 *
 * @param value - The header value.
 * @param now - The current time (ms), to place a two-digit RFC 850 year.
 * @returns Milliseconds since the epoch, or `undefined`.
 */
export function parseHttpDate(value: string, now: number = Date.now()): number | undefined {
  const v = value.trim();
  let m = IMF_FIXDATE.exec(v);
  if (m) return utc(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  if ((m = RFC850.exec(v))) {
    const yy = Number(m[3]);
    const year = 2000 + yy > new Date(now).getUTCFullYear() + 50 ? 1900 + yy : 2000 + yy;
    return utc(year, MONTHS.indexOf(m[2]!.toLowerCase()), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  if ((m = ASCTIME.exec(v))) return utc(Number(m[6]), MONTHS.indexOf(m[1]!.toLowerCase()), Number(m[2]!.trim()), Number(m[3]), Number(m[4]), Number(m[5]));
  return undefined;
}

/** An ISO-8601 date-time with an offset, to ms since the epoch; `undefined` for anything else. */
export function parseIsoDateTime(value: string): number | undefined {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const t = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (t === undefined) return undefined;
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const zone = m[8]!.toUpperCase();
  if (zone === "Z") return t + ms;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  return t + ms - sign * offset;
}

/** The response's own clock: its `Date` header, else `now`. */
function clock(dateHeader: string | undefined, now: number): number {
  return (dateHeader !== undefined ? parseHttpDate(dateHeader, now) : undefined) ?? now;
}

/**
 * Seconds to wait from a `Retry-After` value: delta-seconds (digits, a decimal fraction
 * allowed: Shopify sends `2.0`), rounded up; or an HTTP-date minus the response's `Date`
 * (minus `now` when there is none), rounded up. `0` when the moment has passed;
 * `undefined` when the value does not parse.
 *
 * @param value - The `Retry-After` value.
 * @param dateHeader - The response's `Date`, when it sent one.
 * @param now - The current time (ms), used when there is no `Date`.
 * @returns Whole seconds to wait, or `undefined`.
 */
export function parseRetryAfter(value: string | undefined, dateHeader: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (SECONDS.test(v)) return seconds(Number(v));
  const at = parseHttpDate(v, now);
  return at === undefined ? undefined : seconds((at - clock(dateHeader, now)) / 1000);
}

/**
 * Seconds to wait from a `retry-after-ms` value (milliseconds, digits; OpenAI and Azure
 * send it), rounded up; `undefined` when it does not parse.
 *
 * @param value - The `retry-after-ms` value.
 * @returns Whole seconds to wait, or `undefined`.
 */
export function parseRetryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  return SECONDS.test(v) ? seconds(Number(v) / 1000) : undefined;
}

/**
 * Seconds to wait from a rate limit's reset value, in any form providers send it: a
 * number (a fraction allowed) is epoch milliseconds over 10^12, epoch seconds over 10^9
 * (each minus the response's `Date`, or `now`), else delta-seconds; an ISO-8601
 * date-time with an offset (Atlassian, Anthropic) or an HTTP-date, minus `Date` or `now`;
 * a duration such as `6m0s`, `1.5s` or `20ms` (OpenAI). Rounded up, never negative;
 * `undefined` when the value does not parse.
 *
 * @param value - The reset header's value.
 * @param dateHeader - The response's `Date`, when it sent one.
 * @param now - The current time (ms), used when there is no `Date`.
 * @returns Whole seconds to wait, or `undefined`.
 */
export function parseRateLimitReset(value: string | undefined, dateHeader: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === "" || v.length > 64) return undefined;
  if (SECONDS.test(v)) {
    const n = Number(v);
    if (n > 1e12) return seconds((n - clock(dateHeader, now)) / 1000);
    if (n > 1e9) return seconds(n - clock(dateHeader, now) / 1000);
    return seconds(n);
  }
  const at = parseIsoDateTime(v) ?? parseHttpDate(v, now);
  if (at !== undefined) return seconds((at - clock(dateHeader, now)) / 1000);
  return parseDuration(v);
}

/**
 * Seconds of a Go- or protobuf-style duration (`6m0s`, `1.5s`, `20ms`, `53s`, `1h`), of .NET's TimeSpan (`03:30:56`,
 * `1.02:00:00`), or of one in words (`45 seconds`, `a minute`), rounded up; `undefined` for anything else.
 */
export function parseDuration(value: string): number | undefined {
  // .NET's TimeSpan as it prints (`03:30:56`, `1.02:00:00` for a day and two hours), as Azure API Management words its quota's renewal.
  const span = /^(?:(\d{1,5})\.)?(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.\d{1,7})?$/.exec(value.trim());
  if (span) return seconds(Number(span[1] ?? 0) * 86400 + Number(span[2]) * 3600 + Number(span[3]) * 60 + Number(span[4]));
  const words = DURATION_IN_WORDS.exec(value.trim());
  if (words) return seconds((/^\d/.test(words[1]!) ? Number(words[1]) : 1) * UNIT_SECONDS[words[2]!.toLowerCase()]!);
  const d = DURATION.exec(value.trim());
  if (!d || (d[1] ?? d[2] ?? d[3] ?? d[4]) === undefined) return undefined;
  return seconds(Number(d[1] ?? 0) * 3600 + Number(d[2] ?? 0) * 60 + Number(d[3] ?? 0) + Number(d[4] ?? 0) / 1000);
}

/**
 * Seconds from a body's wait: a number of seconds (or ms), a numeric string, or a duration
 * (`"53s"`, Google's `RetryInfo.retryDelay`); with `capture`, the first group of the
 * pattern in a text, read as any of those, an ISO-8601 or an HTTP-date (Gmail's "Retry
 * after 2019-01-22T17:39:50.618Z", OpenAI's "Please try again in 7m12s").
 *
 * @param value - The body member's value.
 * @param unit - `s` (default), `ms`, or `reset`: a rate-limit header's reset value a body repeats, or a message names (see {@link parseRateLimitReset}).
 * @param capture - A pattern whose first group is the wait, for a wait inside a message.
 * @param dateHeader - The response's `Date`, when it sent one.
 * @param now - The current time (ms), used when there is no `Date`.
 */
export function parseBodyWait(value: unknown, unit: "s" | "ms" | "reset", capture: RegExp | undefined, dateHeader: string | undefined, now: number): number | undefined {
  let raw: string | number | undefined = typeof value === "number" || typeof value === "string" ? value : undefined;
  if (raw === undefined) return undefined;
  if (unit === "reset" && capture === undefined) return parseRateLimitReset(String(raw), dateHeader, now);
  if (capture !== undefined) {
    raw = typeof raw === "string" ? capture.exec(raw.slice(0, 4096))?.[1] : undefined;
    if (raw === undefined) return undefined;
    // A reset time inside the words (Binance's "IP banned until 1519726649240."), read in any of its forms.
    if (unit === "reset") return parseRateLimitReset(raw, dateHeader, now);
    // Words in a body are no header: an HTTP date there may say UTC for GMT and drop a day's leading zero (Mailgun's "try again
    // after Mon, 5 Dec 2022 20:33:21 UTC").
    const at = parseIsoDateTime(raw) ?? parseHttpDate(raw.replace(/ UTC$/, " GMT").replace(/^([A-Za-z]{3}, )(\d) /, "$10$2 "), now);
    if (at !== undefined) return seconds((at - clock(dateHeader, now)) / 1000);
  }
  if (typeof raw === "string" && !SECONDS.test(raw.trim())) return parseDuration(raw);
  const n = typeof raw === "number" ? raw : Number(raw.trim());
  if (!Number.isFinite(n) || n < 0) return undefined;
  return seconds(unit === "ms" ? n / 1000 : n);
}

/**
 * Retrying: which errors are worth retrying (spec section 8), how long the response asked
 * to wait (`Retry-After`, a provider's rate-limit reset) and the backoff policy.
 * Imported by both server and browser code.
 * @module
 */
import {
  AlterSDKError,
  AlterValueError,
  BackendError,
  NetworkError,
  PolicyViolationError,
  ProviderAPIError,
  TokenRefreshInProgressError,
} from "./errors.js";
import type { ErrorName } from "./errors.js";

/** What the mapper knew about the response beyond the error's own fields. */
export interface RetryFacts {
  /** The id of the rule that produced the error. */
  readonly rule?: string | undefined;
  /** The response carried a `Retry-After` header (parsable or not). */
  readonly retryAfterHeader?: boolean | undefined;
  /**
   * Whether the mapped response had a status, and which. `null` for a bare body: then no
   * status rule applies, whatever an envelope's `details.status_code` says.
   */
  readonly status?: number | null | undefined;
}

/** One retry rule: the first that matches makes the error retryable. */
export interface RetryRule {
  /** Stable id, linked from the docs. */
  readonly id: string;
  /** The rule in one line. */
  readonly statement: string;
  /** The classes it applies to. */
  readonly produces: readonly ErrorName[];
  /** Does it make `err` retryable? */
  readonly test: (err: AlterSDKError, facts: RetryFacts) => boolean;
}

/** The mapped status: the mapper's fact when it mapped the error, else `details.status_code` (an error made by hand). */
const statusOf = (err: AlterSDKError, facts: RetryFacts): number | undefined => {
  if (facts.status !== undefined) return facts.status ?? undefined;
  const s = err.details.status_code;
  return typeof s === "number" ? s : undefined;
};
const exactly = (err: AlterSDKError, cls: { prototype: object }): boolean => Object.getPrototypeOf(err) === cls.prototype;

/** The retry rules, in order. An error no rule matches is not retryable: retrying cannot fix it. */
export const RETRY_RULES: readonly RetryRule[] = [
  {
    id: "retry.token-refresh",
    statement: "A TokenRefreshInProgressError is retryable: the lock is released when the parallel refresh ends.",
    produces: ["TokenRefreshInProgressError"],
    test: (err) => err instanceof TokenRefreshInProgressError,
  },
  {
    id: "retry.network",
    statement: "A NetworkError or TimeoutError is retryable.",
    produces: ["NetworkError", "TimeoutError"],
    test: (err) => err instanceof NetworkError,
  },
  {
    id: "retry.rate-limit-policy",
    statement: 'A PolicyViolationError with policyError = "rate_limit_exceeded" is retryable.',
    produces: ["PolicyViolationError"],
    test: (err) => err instanceof PolicyViolationError && err.policyError === "rate_limit_exceeded",
  },
  {
    id: "retry.backend-5xx",
    statement: "A plain BackendError (exactly that class) with status 500 or more is retryable.",
    produces: ["BackendError"],
    test: (err, facts) => exactly(err, BackendError) && (statusOf(err, facts) ?? 0) >= 500,
  },
  {
    id: "retry.provider-429-5xx",
    statement: "A plain ProviderAPIError (exactly that class) with status 429 or 500 or more is retryable.",
    produces: ["ProviderAPIError"],
    test: (err) => {
      const s = (err as ProviderAPIError).statusCode ?? 0;
      return exactly(err, ProviderAPIError) && (s === 429 || s >= 500);
    },
  },
  {
    id: "retry.provider-403-retry-after",
    statement: "A plain ProviderAPIError with status 403 that carries Retry-After (GitHub's secondary rate limits) is retryable.",
    produces: ["ProviderAPIError"],
    test: (err, facts) =>
      exactly(err, ProviderAPIError) &&
      (err as ProviderAPIError).statusCode === 403 &&
      (facts.retryAfterHeader ?? err.retryAfter !== undefined),
  },
  {
    id: "retry.provider-rate-limit-spent",
    statement: "A provider error made by the spent-rate-limit rule (x-ratelimit-remaining: 0) is retryable.",
    produces: ["ProviderAPIError"],
    test: (_err, facts) => facts.rule === "provider.rate-limit-spent",
  },
  {
    id: "retry.slack-ratelimited",
    statement: "Slack's `ratelimited` error is retryable.",
    produces: ["ProviderAPIError"],
    test: (_err, facts) => facts.rule === "quirk.slack.ratelimited",
  },
];

/** Whether an error is retryable, and the id of the rule that said so (`retry.none` when none did).
 *
 * @param err - The error.
 * @param facts - What the mapper knew of the response; omit for an error made by hand.
 * @returns Whether it is retryable, and the id of the retry rule that decided.
 */
export function retryDecision(err: AlterSDKError, facts: RetryFacts = {}): { retryable: boolean; rule: string } {
  for (const rule of RETRY_RULES) if (rule.test(err, facts)) return { retryable: true, rule: rule.id };
  return { retryable: false, rule: "retry.none" };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// The three HTTP-date forms of RFC 9110 section 5.6.7, and nothing else.
const IMF_FIXDATE = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC850 = /^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * Parses an HTTP-date in IMF-fixdate, RFC 850 or asctime form to ms since the epoch;
 * `undefined` for anything else (`Date.parse` is too lenient: it reads `1.5` as a date).
 * A two-digit RFC 850 year more than 50 years after `now` is read as the previous century.
 *
 * @param value - The header value.
 * @param now - The current time (ms), to place a two-digit RFC 850 year.
 * @returns Milliseconds since the epoch, or `undefined`.
 */
export function parseHttpDate(value: string, now: number = Date.now()): number | undefined {
  const v = value.trim();
  let day: string, mon: string, year: number, hh: string, mm: string, ss: string;
  let m = IMF_FIXDATE.exec(v);
  if (m) {
    [, day, mon, , hh, mm, ss] = m as unknown as string[] as [string, string, string, string, string, string, string];
    year = Number(m[3]);
  } else if ((m = RFC850.exec(v))) {
    [, day, mon, , hh, mm, ss] = m as unknown as string[] as [string, string, string, string, string, string, string];
    const yy = Number(m[3]);
    const thisYear = new Date(now).getUTCFullYear();
    year = 2000 + yy > thisYear + 50 ? 1900 + yy : 2000 + yy;
  } else if ((m = ASCTIME.exec(v))) {
    [, mon, day, hh, mm, ss] = m as unknown as string[] as [string, string, string, string, string, string];
    year = Number(m[6]);
  } else {
    return undefined;
  }
  const month = MONTHS.indexOf(mon.toLowerCase());
  const d = Number(day.trim());
  const [h, mi, s] = [Number(hh), Number(mm), Number(ss)];
  if (month < 0 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(year, month, d, h, mi, s);
  // Date.UTC rolls 31 Feb over into March: refuse dates that do not exist.
  return new Date(t).getUTCDate() === d ? t : undefined;
}

/**
 * Seconds to wait from a `Retry-After` value: delta-seconds (digits only), or an
 * HTTP-date minus the response's `Date` (minus `now` when there is none), rounded up;
 * `0` when the moment has passed; `undefined` when the value does not parse.
 *
 * @param value - The `Retry-After` value.
 * @param dateHeader - The response's `Date`, when it sent one.
 * @param now - The current time (ms), used when there is no `Date`.
 * @returns Whole seconds to wait, or `undefined`.
 */
export function parseRetryAfter(value: string | undefined, dateHeader: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v), Number.MAX_SAFE_INTEGER);
  const at = parseHttpDate(v, now);
  if (at === undefined) return undefined;
  const base = (dateHeader !== undefined ? parseHttpDate(dateHeader, now) : undefined) ?? now;
  return Math.max(0, Math.ceil((at - base) / 1000));
}

/**
 * Seconds to wait from an `x-ratelimit-reset` value: over 10^9 it is epoch seconds (minus
 * the response's `Date`, or `now`), otherwise delta-seconds; rounded up, never negative.
 *
 * @param value - The `x-ratelimit-reset` value.
 * @param dateHeader - The response's `Date`, when it sent one.
 * @param now - The current time (ms), used when there is no `Date`.
 * @returns Whole seconds to wait, or `undefined`.
 */
export function parseRateLimitReset(value: string | undefined, dateHeader: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!/^\d{1,15}(\.\d{1,9})?$/.test(v)) return undefined;
  const n = Number(v);
  if (n <= 1e9) return Math.ceil(n);
  const base = (dateHeader !== undefined ? parseHttpDate(dateHeader, now) : undefined) ?? now;
  return Math.max(0, Math.ceil(n - base / 1000));
}

/** Attempts allowed for a `TokenRefreshInProgressError` (the seed's loop: 1 s, 2 s, 4 s). */
const TOKEN_REFRESH_ATTEMPTS = 3;
/** Attempts allowed for every other retryable error. */
const DEFAULT_ATTEMPTS = 5;
const BASE_MS = 1000;
const CAP_MS = 30_000;

/**
 * How long to wait before retry number `attempt` (counting from 0), in milliseconds, or
 * `null` for "do not retry". `null` when the error is not retryable or the attempts are
 * spent: a `TokenRefreshInProgressError` waits 1000, 2000, 4000 ms (attempts 0 to 2);
 * every other retryable error 1000 · 2^attempt capped at 30 000 (attempts 0 to 4). Within
 * those limits an error with a `retryAfter` waits `retryAfter * 1000` instead. No jitter:
 * add your own. Throws `AlterValueError` when `attempt` is not a whole number ≥ 0.
 *
 * @example
 * for (let attempt = 0; ; attempt++) {
 *   try { return await call(); } catch (err) {
 *     const wait = backoffDelay(err, attempt);
 *     if (wait === null) throw err;
 *     await new Promise((r) => setTimeout(r, wait));
 *   }
 * }
 *
 * @param err - The caught error (anything: a non-SDK error is never retried).
 * @param attempt - Which retry this would be, counting from 0.
 * @returns Milliseconds to wait, or `null` for "do not retry".
 */
export function backoffDelay(err: unknown, attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 0) {
    throw new AlterValueError(`backoffDelay: attempt must be a whole number from 0, got ${String(attempt)}`);
  }
  if (!(err instanceof AlterSDKError) || !err.retryable) return null;
  const limit = err instanceof TokenRefreshInProgressError ? TOKEN_REFRESH_ATTEMPTS : DEFAULT_ATTEMPTS;
  if (attempt >= limit) return null;
  if (err.retryAfter !== undefined) return err.retryAfter * 1000;
  return Math.min(BASE_MS * 2 ** attempt, CAP_MS);
}

/**
 * Retrying: which errors are worth retrying (spec section 8) and the backoff policy.
 * The retry rules read the error and what the mapper knew of the response (its status, a
 * `Retry-After` header, and whether the deciding rule said retryable or not); none reads
 * a rule's id. How long the response asked to wait is read in `wait.ts`.
 *
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
import type { ErrorName } from "./tree.js";
import { MAX_WAIT_SECONDS } from "./wait.js";
import { UNRETRIED_NETWORK_REASONS } from "./network.js";

/** What the mapper knew about the response beyond the error's own fields. */
export interface RetryFacts {
  /** The deciding rule's own word on retrying (a provider signal, a spent rate limit, the caller's abort), when it said. */
  readonly retryable?: boolean | undefined;
  /** The response carried a `Retry-After` header (parsable or not). */
  readonly retryAfterHeader?: boolean | undefined;
  /**
   * Whether the mapped response had a status, and which. `null` for a bare body: then no
   * status rule applies, whatever an envelope's `details.status_code` says.
   */
  readonly status?: number | null | undefined;
}

/** One retry rule: the first that has a verdict decides; an error no rule decides is not retryable. */
export interface RetryRule<Id extends string = string> {
  /** Stable id, linked from the docs. */
  readonly id: Id;
  /** The classes it applies to. */
  readonly produces: readonly ErrorName[];
  /** Its verdict on `err`: retryable or not, or `undefined` for no opinion. */
  readonly decide: (err: AlterSDKError, facts: RetryFacts) => boolean | undefined;
}

/** The mapped status: the mapper's fact when it mapped the error, else `details.status_code` (an error made by hand). */
const statusOf = (err: AlterSDKError, facts: RetryFacts): number | undefined => {
  if (facts.status !== undefined) return facts.status ?? undefined;
  const s = err.details.status_code;
  return typeof s === "number" ? s : undefined;
};
const exactly = (err: AlterSDKError, cls: { prototype: object }): boolean => Object.getPrototypeOf(err) === cls.prototype;
const yes = (ok: boolean): true | undefined => (ok ? true : undefined);

function retryRule<const Id extends string>(r: RetryRule<Id>): RetryRule<Id> {
  return r;
}

/** The retry rules, in order. */
export const RETRY_RULES = [
  retryRule({
    id: "retry.signal",
    produces: ["ProviderAPIError", "NetworkError"],
    decide: (_err, facts) => facts.retryable,
  }),
  retryRule({
    id: "retry.token-refresh",
    produces: ["TokenRefreshInProgressError"],
    decide: (err) => yes(err instanceof TokenRefreshInProgressError),
  }),
  retryRule({
    id: "retry.network",
    produces: ["NetworkError", "TimeoutError"],
    // Not the caller's own abort, a browser's CORS block or an untrusted certificate: retrying changes none of them.
    decide: (err) => yes(err instanceof NetworkError && !UNRETRIED_NETWORK_REASONS.has(String(err.details.sdk_reason))),
  }),
  retryRule({
    id: "retry.rate-limit-policy",
    produces: ["PolicyViolationError"],
    decide: (err) => yes(err instanceof PolicyViolationError && err.policyError === "rate_limit_exceeded"),
  }),
  retryRule({
    id: "retry.backend-5xx",
    produces: ["BackendError"],
    decide: (err, facts) => yes(exactly(err, BackendError) && (statusOf(err, facts) ?? 0) >= 500),
  }),
  retryRule({
    id: "retry.provider-429-5xx",
    produces: ["ProviderAPIError"],
    decide: (err) => {
      const s = (err as ProviderAPIError).statusCode ?? 0;
      return yes(exactly(err, ProviderAPIError) && (s === 429 || s >= 500));
    },
  }),
  retryRule({
    id: "retry.provider-403-retry-after",
    produces: ["ProviderAPIError"],
    decide: (err, facts) =>
      yes(exactly(err, ProviderAPIError) && (err as ProviderAPIError).statusCode === 403 && (facts.retryAfterHeader ?? err.retryAfter !== undefined)),
  }),
] as const;

/** The id of a retry rule, or `retry.none` when no rule decided. */
export type RetryRuleId = (typeof RETRY_RULES)[number]["id"] | "retry.none";

/** Whether an error is retryable, and the id of the rule that said so (`retry.none` when none did).
 *
 * @param err - The error.
 * @param facts - What the mapper knew of the response; omit for an error made by hand.
 * @returns Whether it is retryable, and the id of the retry rule that decided.
 */
export function retryDecision(err: AlterSDKError, facts: RetryFacts = {}): { retryable: boolean; rule: RetryRuleId } {
  for (const rule of RETRY_RULES) {
    const verdict = rule.decide(err, facts);
    if (verdict !== undefined) return { retryable: verdict, rule: rule.id };
  }
  return { retryable: false, rule: "retry.none" };
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
 * those limits an error with a `retryAfter` waits `retryAfter * 1000` instead, at most
 * 2^31-1 ms (beyond it `setTimeout` would fire at once). No jitter: add your own.
 *
 * It never throws for the error: anything that is not an SDK error, or an object that
 * only looks like one (a revoked `Proxy`, throwing getters, a bare prototype), is `null`.
 * It throws `AlterValueError` when `attempt` is not a whole number ≥ 0.
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
  if (typeof attempt !== "number" || !Number.isSafeInteger(attempt) || attempt < 0) {
    const shown = typeof attempt === "number" ? String(attempt) : `a ${typeof attempt}`;
    throw new AlterValueError(`backoffDelay: attempt must be a whole number from 0, got ${shown}`);
  }
  try {
    if (!(err instanceof AlterSDKError) || !err.retryable) return null;
    const limit = err instanceof TokenRefreshInProgressError ? TOKEN_REFRESH_ATTEMPTS : DEFAULT_ATTEMPTS;
    if (attempt >= limit) return null;
    const after = err.retryAfter;
    if (typeof after === "number" && Number.isFinite(after) && after >= 0) return Math.min(Math.ceil(after), MAX_WAIT_SECONDS) * 1000;
    return Math.min(BASE_MS * 2 ** attempt, CAP_MS);
  } catch {
    return null; // an object that only looks like an SDK error
  }
}

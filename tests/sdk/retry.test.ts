import { describe, test, expect } from "vitest";
import {
  AlterValueError,
  ERROR_CLASSES,
  ERROR_NAMES,
  NetworkError,
  PolicyViolationError,
  ProviderAPIError,
  TokenRefreshInProgressError,
  backoffDelay,
  classify,
  errorFromResponse,
  parseHttpDate,
  parseRetryAfter,
  type AlterSDKError,
  type ErrorName,
} from "../../sdk/src/docs.js";

/** Spec section 8: the classes retryable whatever their fields. */
const ALWAYS: readonly ErrorName[] = ["TokenRefreshInProgressError", "NetworkError", "TimeoutError"];

const make = (name: ErrorName, details: Record<string, unknown> = {}, retryAfter?: number) =>
  new ERROR_CLASSES[name]("x", { details, ...(retryAfter === undefined ? {} : { retryAfter }) });

describe("retryable (spec section 8)", () => {
  test.each(ERROR_NAMES.map((name) => ({ name })))("$name with no status: retryable only if always retryable", ({ name }) => {
    expect(make(name).retryable).toBe(ALWAYS.includes(name));
  });

  test.each(ERROR_NAMES.map((name) => ({ name })))("$name with status 503: only the exact BackendError and ProviderAPIError become retryable", ({ name }) => {
    const expected = ALWAYS.includes(name) || name === "BackendError" || name === "ProviderAPIError";
    expect(make(name, { status_code: 503 }).retryable).toBe(expected);
  });

  test.each(ERROR_NAMES.map((name) => ({ name })))("$name with status 429: only ProviderAPIError (exactly) becomes retryable", ({ name }) => {
    const expected = ALWAYS.includes(name) || name === "ProviderAPIError";
    expect(make(name, { status_code: 429 }).retryable).toBe(expected);
  });

  test.each(ERROR_NAMES.map((name) => ({ name })))("$name with policy_error rate_limit_exceeded: only PolicyViolationError becomes retryable", ({ name }) => {
    const expected = ALWAYS.includes(name) || name === "PolicyViolationError";
    expect(make(name, { policy_error: "rate_limit_exceeded" }).retryable).toBe(expected);
  });

  test.each([
    [500, true],
    [502, true],
    [599, true],
    [499, false],
    [400, false],
    [404, false],
  ])("a plain BackendError with status %s: %s", (status, expected) => {
    expect(make("BackendError", { status_code: status }).retryable).toBe(expected);
  });

  test.each([
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
  ])("a plain ProviderAPIError with status %s: %s", (status, expected) => {
    expect(make("ProviderAPIError", { status_code: status }).retryable).toBe(expected);
  });

  test("PolicyViolationError: only rate_limit_exceeded", () => {
    expect(make("PolicyViolationError", { policy_error: "rate_limit_exceeded" }).retryable).toBe(true);
    expect(make("PolicyViolationError", { policy_error: "outside_business_hours" }).retryable).toBe(false);
    expect(make("PolicyViolationError", { policy_error: "ip_not_allowed", status_code: 503 }).retryable).toBe(false);
  });

  test("subclasses with a 5xx are not retryable (exactly-that-class rules)", () => {
    for (const name of ["GrantExpiredError", "InsufficientScopeError", "AgentNotFoundError", "ApprovalExecutionFailedError", "ScopeReauthRequiredError", "ProviderUnauthorizedError", "AlterValueError"] as const) {
      expect(make(name, { status_code: 502 }).retryable, name).toBe(false);
    }
  });

  describe("through the mapper", () => {
    test("a provider 403 with Retry-After (GitHub's secondary rate limit) is retryable; without it is not", () => {
      expect(errorFromResponse({ status: 403, headers: { "Retry-After": "60" } })!.retryable).toBe(true);
      expect(errorFromResponse({ status: 403, headers: {} })!.retryable).toBe(false);
    });

    test("a 403 with an unparsable Retry-After still carries it", () => {
      const err = errorFromResponse({ status: 403, headers: { "Retry-After": "soon" } })!;
      expect(err.retryAfter).toBeUndefined();
      expect(err.retryable).toBe(true);
    });

    test("a spent rate limit (403 x-ratelimit-remaining: 0) is retryable", () => {
      expect(errorFromResponse({ status: 403, headers: { "x-ratelimit-remaining": "0" } })!.retryable).toBe(true);
    });

    test("Slack's ratelimited is retryable even with HTTP 200", () => {
      const err = errorFromResponse({ status: 200, headers: { "content-type": "application/json" }, body: '{"ok":false,"error":"ratelimited"}' })!;
      expect(err).toBeInstanceOf(ProviderAPIError);
      expect(err.retryable).toBe(true);
    });

    test("a 403 ScopeReauthRequiredError or ProviderUnauthorizedError is not retryable even with Retry-After", () => {
      expect(errorFromResponse({ status: 403, headers: { "Retry-After": "5", "WWW-Authenticate": 'Bearer error="insufficient_scope"' } })!.retryable).toBe(false);
      expect(errorFromResponse({ status: 401, headers: { "Retry-After": "5" } })!.retryable).toBe(false);
    });

    test("a backend 5xx with no code is retryable, a 4xx is not", () => {
      expect(errorFromResponse({ status: 500, headers: {}, body: "" }, { source: "backend" })!.retryable).toBe(true);
      expect(errorFromResponse({ status: 400, headers: {}, body: "" }, { source: "backend" })!.retryable).toBe(false);
    });
  });
});

describe("retryAfter (spec section 8)", () => {
  const DATE = "Tue, 14 Jan 2025 09:12:44 GMT";
  const T = Date.UTC(2025, 0, 14, 9, 12, 44);
  const ra = (retryAfter: string, headers: Record<string, string> = {}, now?: number) =>
    errorFromResponse({ status: 429, headers: { "Retry-After": retryAfter, ...headers } }, now === undefined ? undefined : { now })!.retryAfter;

  test.each([
    ["120", 120],
    ["0", 0],
    ["  7  ", 7],
    ["86400", 86400],
  ])("delta-seconds %j → %s", (value, expected) => {
    expect(ra(value)).toBe(expected);
  });

  test.each([
    ["IMF-fixdate", "Tue, 14 Jan 2025 09:13:44 GMT"],
    ["RFC 850", "Tuesday, 14-Jan-25 09:13:44 GMT"],
    ["asctime", "Tue Jan 14 09:13:44 2025"],
  ])("%s minus the Date header", (_form, value) => {
    expect(ra(value, { Date: DATE })).toBe(60);
  });

  test("asctime with a one-digit day", () => {
    expect(ra("Sat Jan  4 00:00:30 2025", { Date: "Sat, 04 Jan 2025 00:00:00 GMT" })).toBe(30);
  });

  test.each([
    ["IMF-fixdate", "Tue, 14 Jan 2025 09:13:44 GMT"],
    ["RFC 850", "Tuesday, 14-Jan-25 09:13:44 GMT"],
    ["asctime", "Tue Jan 14 09:13:44 2025"],
  ])("%s minus opts.now when there is no Date header", (_form, value) => {
    expect(ra(value, {}, T)).toBe(60);
  });

  test("the Date header wins over opts.now", () => {
    expect(ra("Tue, 14 Jan 2025 09:13:44 GMT", { Date: DATE }, T + 30_000)).toBe(60);
  });

  test("rounded up", () => {
    expect(ra("Tue, 14 Jan 2025 09:13:44 GMT", {}, T - 500)).toBe(61);
    expect(ra("Tue, 14 Jan 2025 09:13:44 GMT", {}, T + 59_001)).toBe(1);
  });

  test("0 when the moment has passed", () => {
    expect(ra("Tue, 14 Jan 2025 09:00:00 GMT", { Date: DATE })).toBe(0);
    expect(ra("Tue, 14 Jan 2025 09:00:00 GMT", {}, T)).toBe(0);
  });

  test.each(["garbage", "-5", "", "1e3", "+5", "0x10", "Tue, 14 Jan 2025 09:13:44", "2025-01-14T09:13:44Z", "Tue, 31 Feb 2025 09:13:44 GMT", "Tue, 14 Foo 2025 09:13:44 GMT", "Tue, 14 Jan 2025 25:13:44 GMT"])(
    "undefined for %j",
    (value) => {
      expect(ra(value, { Date: DATE })).toBeUndefined();
    },
  );

  test("undefined when nothing says", () => {
    expect(errorFromResponse({ status: 429, headers: {} })!.retryAfter).toBeUndefined();
    expect(errorFromResponse({ status: 500, headers: {}, body: "" }, { source: "backend" })!.retryAfter).toBeUndefined();
  });

  test("a whole number of seconds, never negative", () => {
    for (const v of ["5", "Tue, 14 Jan 2025 09:13:44 GMT", "Tue, 14 Jan 2020 09:13:44 GMT"]) {
      const r = ra(v, {}, T - 123);
      expect(Number.isInteger(r)).toBe(true);
      expect(r).toBeGreaterThanOrEqual(0);
    }
  });

  test("read from a pasted response, too", () => {
    const err = classify(`HTTP/1.1 503 Service Unavailable\nDate: ${DATE}\nRetry-After: Tue, 14 Jan 2025 09:14:14 GMT\n\n`, { source: "backend" })!;
    expect(err.retryAfter).toBe(90);
    expect(err.retryable).toBe(true);
  });

  test("parseRetryAfter and parseHttpDate, directly", () => {
    expect(parseRetryAfter("10", undefined, T)).toBe(10);
    expect(parseRetryAfter(undefined, undefined, T)).toBeUndefined();
    expect(parseRetryAfter("1.5", undefined, T)).toBe(2);
    expect(parseHttpDate("Tue, 14 Jan 2025 09:12:44 GMT")).toBe(T);
    expect(parseHttpDate("Tuesday, 14-Jan-25 09:12:44 GMT", T)).toBe(T);
    expect(parseHttpDate("Tue Jan 14 09:12:44 2025")).toBe(T);
    expect(parseHttpDate("1.5")).toBeUndefined();
    expect(parseHttpDate("14 Jan 2025")).toBeUndefined();
  });
});

describe("backoffDelay (spec section 8)", () => {
  const seq = (err: unknown, n: number) => Array.from({ length: n }, (_, i) => backoffDelay(err, i));

  test("TokenRefreshInProgressError: 1000, 2000, 4000, then null", () => {
    expect(seq(new TokenRefreshInProgressError("busy"), 6)).toEqual([1000, 2000, 4000, null, null, null]);
  });

  test.each(["NetworkError", "TimeoutError"] as const)("%s: 1000·2^n for attempts 0 to 4, then null", (name) => {
    expect(seq(new ERROR_CLASSES[name]("x"), 7)).toEqual([1000, 2000, 4000, 8000, 16000, null, null]);
  });

  test("never above 30000 without a retryAfter", () => {
    for (const err of [new NetworkError("x"), make("BackendError", { status_code: 503 }), make("ProviderAPIError", { status_code: 429 })]) {
      for (let i = 0; i < 12; i++) {
        const d = backoffDelay(err, i);
        if (d !== null) expect(d).toBeLessThanOrEqual(30_000);
      }
    }
  });

  test("a plain 5xx BackendError and a rate-limit PolicyViolationError back off the same way", () => {
    expect(seq(make("BackendError", { status_code: 502 }), 6)).toEqual([1000, 2000, 4000, 8000, 16000, null]);
    expect(seq(make("PolicyViolationError", { policy_error: "rate_limit_exceeded" }), 6)).toEqual([1000, 2000, 4000, 8000, 16000, null]);
  });

  test("within the limits, retryAfter * 1000 instead", () => {
    expect(seq(make("PolicyViolationError", { policy_error: "rate_limit_exceeded" }, 17), 6)).toEqual([17000, 17000, 17000, 17000, 17000, null]);
    expect(seq(make("TokenRefreshInProgressError", {}, 3), 4)).toEqual([3000, 3000, 3000, null]);
    expect(seq(make("ProviderAPIError", { status_code: 429 }, 0), 6)).toEqual([0, 0, 0, 0, 0, null]);
    expect(backoffDelay(make("ProviderAPIError", { status_code: 429 }, 120), 0)).toBe(120_000);
  });

  test("retryAfter from a real response", () => {
    const err = errorFromResponse({ status: 429, headers: { "content-type": "application/json", "retry-after": "9" }, body: { error: { code: "rate_limit_exceeded" } } })!;
    expect(err).toBeInstanceOf(PolicyViolationError);
    expect(backoffDelay(err, 0)).toBe(9000);
    expect(backoffDelay(err, 5)).toBeNull();
  });

  test.each(ERROR_NAMES.filter((n) => !ALWAYS.includes(n)).map((name) => ({ name })))("$name, not retryable: null at every attempt", ({ name }) => {
    const err = make(name);
    expect(err.retryable).toBe(false);
    expect(seq(err, 6)).toEqual([null, null, null, null, null, null]);
  });

  test("null for a value that is not an SDK error", () => {
    expect(backoffDelay(new Error("x"), 0)).toBeNull();
    expect(backoffDelay(undefined, 0)).toBeNull();
    expect(backoffDelay({ retryable: true }, 0)).toBeNull();
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "1" as unknown as number, undefined as unknown as number])(
    "AlterValueError for attempt %s",
    (attempt) => {
      expect(() => backoffDelay(new NetworkError("x"), attempt)).toThrow(AlterValueError);
    },
  );

  test("no jitter: the same inputs give the same delays", () => {
    const err = new NetworkError("x");
    expect(seq(err, 5)).toEqual(seq(err, 5));
  });
});

void ({} as AlterSDKError);

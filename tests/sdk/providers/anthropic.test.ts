/**
 * Anthropic: rate limits are generic (its own reset headers), and a 403 that names no scope is no scope.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const run = (text: string) => explain(text, { providerId: "anthropic", now: Date.parse("2026-01-01T00:00:00Z") });

describe("anthropic", () => {
  test("a 429 waits Retry-After", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
retry-after: 16
anthropic-ratelimit-input-tokens-remaining: 0
anthropic-ratelimit-input-tokens-reset: 2026-01-01T00:01:00Z

{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization of 20,000 input tokens per minute."}}`);
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(16);
  });

  test("without Retry-After, the spent limit's RFC 3339 reset is the wait", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
anthropic-ratelimit-requests-remaining: 0
anthropic-ratelimit-requests-reset: 2026-01-01T00:00:20Z
request-id: req_01T5fCVnYdf9X5ZW6KayReBK

{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}`);
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(20);
    expect(x.error!.requestId).toBe("req_01T5fCVnYdf9X5ZW6KayReBK");
  });

  test("no credit left is its own signal, not retryable; so is its own spend limit", () => {
    const x = run(`HTTP/1.1 400 Bad Request

{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},"request_id":"req_011Cdv3KhLWWi3ErrDsuQTYM"}`);
    expect(x.rule).toBe("provider.anthropic.credit-balance-too-low");
    expect(x.error!.retryable).toBe(false);
    expect(x.error!.requestId).toBe("req_011Cdv3KhLWWi3ErrDsuQTYM");
    const limit = run(`HTTP/1.1 400 Bad Request

{"type":"error","error":{"type":"invalid_request_error","message":"You have reached your specified API usage limits. You will regain access on 2026-02-01 at 00:00 UTC."}}`);
    // Its own spend limit is a signal of its own (a proxy may pass it on as a 500): not retryable either way.
    expect([limit.rule, limit.error!.retryable]).toEqual(["provider.anthropic.usage-limit-reached", false]);
  });

  test("a permission_error that names no scope is not a missing scope", () => {
    const x = run(`HTTP/1.1 403 Forbidden

{"type":"error","error":{"type":"permission_error","message":"Permission denied"},"request_id":"req_011CaH53rCYtDAVnwhLQvkuc"}`);
    expect(x.rule).toBe("provider.403");
    expect(x.error!.requestId).toBe("req_011CaH53rCYtDAVnwhLQvkuc");
  });

  test("a scope requirement wrapped by a terminal is still read", () => {
    const x = run(`HTTP/1.1 403 Forbidden

{"type":"error","error":{"type":"permission_error","message":"OAuth token does not meet scope requirement\\n user:profile"}}`);
    expect(x.rule).toBe("provider.anthropic.oauth-missing-scope");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["user:profile"]);
  });
});

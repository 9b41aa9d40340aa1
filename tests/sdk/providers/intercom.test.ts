/**
 * Intercom: a permission missing is a 401 of its own code; the other 401s are credentials;
 * its error.list body identifies it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("intercom", () => {
  test("token_revoked is a rejected credential, with the body's request id", () => {
    const x = explain(
      `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"type":"error.list","request_id":"000aaa111bbb222ccc33","errors":[{"code":"token_revoked","message":"Token revoked"}]}`,
      { now },
    );
    expect(x.provider?.id).toBe("intercom");
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("000aaa111bbb222ccc33");
  });

  test("a spent rate limit waits for X-RateLimit-Reset", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
X-RateLimit-Limit: 167
X-RateLimit-Remaining: 0
X-RateLimit-Reset: ${Math.floor(now / 1000) + 7}

{"type":"error.list","request_id":"000aaa111bbb222ccc34","errors":[{"code":"rate_limit_exceeded","message":"Exceeded rate limit of 167 in 10_seconds"}]}`,
      { providerId: "intercom", now },
    );
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(7);
  });
});

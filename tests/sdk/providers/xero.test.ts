/**
 * Xero: only `AuthorizationUnsuccessful` is a scope; the bad-token 401 and the
 * wrong-tenant 403 keep the generic rules; its own remaining-count headers spend a limit.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("xero", () => {
  test("AuthenticationUnsuccessful on a 401 is a dead token, not a scope", () => {
    const x = explain(
      `HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer error=invalid_token
Xero-Correlation-Id: 00000000-0000-0000-0000-000000000001

{"title":"Unauthorized","status":401,"detail":"AuthenticationUnsuccessful","instance":"00000000-0000-0000-0000-000000000001"}`,
      { providerId: "xero", now },
    );
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("00000000-0000-0000-0000-000000000001");
  });

  test("a 403 (a tenant the token is not connected to) stays a plain ProviderAPIError", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"Type":null,"Title":"Forbidden","Status":403,"Detail":"AuthenticationUnsuccessful","Instance":"00000000-0000-0000-0000-000000000002","Extensions":{}}`,
      { providerId: "xero", now },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("a 429 waits Retry-After; a spent per-minute count is read from Xero's own header", () => {
    const withHeader = explain(`HTTP/1.1 429 Too Many Requests\nRetry-After: 42\nX-Rate-Limit-Problem: minute\n\n`, { providerId: "xero", now });
    expect(withHeader.error!.retryable).toBe(true);
    expect(withHeader.error!.retryAfter).toBe(42);
    const spent = explain(`HTTP/1.1 429 Too Many Requests\nX-MinLimit-Remaining: 0\nX-DayLimit-Remaining: 4000\n\n`, { now });
    expect(spent.provider?.id).toBe("xero");
    expect(spent.rule).toBe("provider.rate-limit-spent");
  });
});

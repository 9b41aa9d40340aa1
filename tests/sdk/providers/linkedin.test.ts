/**
 * LinkedIn: a revoked token keeps the generic 401; a 429 without the daily quota's code or
 * message is retried like any 429.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("linkedin", () => {
  test("a revoked token (65601) is the generic 401", () => {
    const x = explain(
      `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN","message":"The token used in the request has been revoked by the user"}`,
      { now },
    );
    expect(x.provider?.id).toBe("linkedin");
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("a 429 without the daily quota's code (infrastructure protection) is retried", () => {
    const x = explain(`HTTP/1.1 429 Too Many Requests\nx-li-uuid: AAAAAAAAAAAAAAAAAAAAAA==\n\n`, { now });
    expect(x.provider?.id).toBe("linkedin");
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.requestId).toBe("AAAAAAAAAAAAAAAAAAAAAA==");
  });
});

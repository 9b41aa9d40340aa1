/**
 * Figma: its rate-limit headers identify it without a providerId, and a 403 that is neither
 * a token nor a scope stays a plain ProviderAPIError.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("figma", () => {
  test("X-Figma-* headers identify Figma on a 429, which waits for Retry-After", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
X-Figma-Plan-Tier: pro
X-Figma-Rate-Limit-Type: low
Retry-After: 396749`,
      { now },
    );
    expect(x.provider?.id).toBe("figma");
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(396749);
  });

  test('"File not exportable" is no token and no scope', () => {
    const x = explain(`HTTP/1.1 403 Forbidden

{"status":403,"err":"File not exportable"}`, { providerId: "figma", now });
    expect(x.rule).toBe("provider.403");
  });

  test("an invalid scope named by UI labels leaves missingScopes unknown", () => {
    const x = explain(`HTTP/1.1 403 Forbidden

{"status":403,"err":"Invalid scope(s): Please ensure that you have selected both the File Read scope and the Code Connect Write scope when generating the token."}`, { providerId: "figma", now });
    expect(x.rule).toBe("provider.figma.invalid-scope");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toBeUndefined();
  });

  test('"Token expired" in the newer body shape is a dead credential', () => {
    const x = explain(`HTTP/1.1 403 Forbidden

{"status":403,"error":true,"message":"Token expired"}`, { providerId: "figma", now });
    expect(x.rule).toBe("provider.figma.invalid-or-expired-token");
  });
});

/**
 * Spotify: the 403s and 429s that are not a missing scope or a quota, which the examples do not show.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const run = (text: string) => explain(text, { providerId: "spotify", now: Date.parse("2026-01-01T00:00:00Z") });

describe("spotify", () => {
  test("PREMIUM_REQUIRED is a 403 that no scope fixes", () => {
    const x = run(`HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":{"status":403,"message":"Player command failed: Premium required","reason":"PREMIUM_REQUIRED"}}`);
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("the bare Development Mode 403 is not a missing scope", () => {
    const x = run(`HTTP/1.1 403 Forbidden

{"error":{"status":403}}`);
    expect(x.rule).toBe("provider.403");
  });

  test("the 30-second rate limit is the generic retryable 429, waiting for Retry-After", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
Retry-After: 7
Content-Type: application/json

{"error":{"status":429,"message":"API rate limit exceeded"}}`);
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(7);
  });

  test("an expired access token is the generic 401", () => {
    const x = run(`HTTP/1.1 401 Unauthorized
www-authenticate: Bearer realm="spotify", error="invalid_token", error_description="The access token expired"

{"error":{"status":401,"message":"The access token expired"}}`);
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });
});

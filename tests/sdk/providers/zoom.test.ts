/**
 * Zoom: the daily limit's `Retry-After` is a time, read as the wait; the per-second limit
 * and a bad token keep the generic rules; the app's own client credentials are no dead
 * user token.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("zoom", () => {
  test("the daily limit waits until the Retry-After time", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Date: Sat, 30 May 2020 12:00:00 GMT
X-RateLimit-Type: Daily-limit
X-RateLimit-Remaining: 0
Retry-After: 2020-05-31T00:00:00Z
x-zm-trackingid: v=2.0;clid=us02;rid=FAKE

{"code":429,"message":"You have reached the maximum daily rate limit for this API."}`,
      { now: Date.parse("2020-05-30T12:00:00Z") },
    );
    expect(x.provider?.id).toBe("zoom");
    expect(x.rule).toBe("provider.zoom.daily-limit");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(12 * 3600);
  });

  test("the per-second limit is the generic retryable 429", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
X-RateLimit-Type: QPS
Content-Type: application/json

{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}`,
      { providerId: "zoom" },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
  });

  test("an expired token (code 124) is the generic 401; a wrong client secret no dead user token", () => {
    const expired = explain(`HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"code":124,"message":"Access token is expired."}`, { providerId: "zoom" });
    expect(expired.rule).toBe("provider.401");
    const client = explain(
      `Client error: \`POST https://zoom.us/oauth/token\` resulted in a \`400 Bad Request\` response: {"reason":"Invalid client_id or client_secret","error":"invalid_client"}`,
      { providerId: "zoom" },
    );
    expect(client.rule).toBe("provider.invalid-client");
    expect(client.error!.name).toBe("ProviderAPIError");
    expect(client.error!.retryable).toBe(false);
  });
});

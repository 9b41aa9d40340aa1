/**
 * X: what the examples do not show — which 403s are not a missing scope, the 24-hour limits'
 * reset header, and the reset wait on a 429 whose window count is not spent.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const epoch = (s: number) => String(Math.floor(now / 1000) + s);
const run = (text: string) => explain(text, { providerId: "x", now });

describe("x", () => {
  test("a 403 problem with its own detail (a duplicate post) is not a missing scope", () => {
    const x = run(`HTTP/1.1 403 Forbidden
content-type: application/problem+json

{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}`);
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("client-forbidden (the App is not enrolled) is not a missing scope", () => {
    const x = run(`HTTP/1.1 403 Forbidden

{"client_id":"123","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.","title":"Client Forbidden","required_enrollment":"Appropriate Level of API Access","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}`);
    expect(x.rule).toBe("provider.403");
    expect(x.error!.retryable).toBe(false);
  });

  test("the api.x.com host of the problem types is read too", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests

{"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap","type":"https://api.x.com/2/problems/usage-capped"}`);
    expect(x.rule).toBe("provider.x.usage-capped");
    expect(x.error!.retryable).toBe(false);
  });

  test("a 429 whose window count is not spent waits for x-rate-limit-reset", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
x-rate-limit-remaining: 12
x-rate-limit-reset: ${epoch(120)}

{"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"}`);
    expect(x.rule).toBe("provider.x.rate-limited");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(120);
  });

  test("a spent 24-hour limit waits for its own reset, not the 15-minute window's", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
x-rate-limit-remaining: 899
x-rate-limit-reset: ${epoch(600)}
x-user-limit-24hour-remaining: 0
x-user-limit-24hour-reset: ${epoch(30000)}

{"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"}`);
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(30000);
  });

  test("a v1.1 401 with code 89 is the generic 401", () => {
    const x = run(`HTTP/1.1 401 Unauthorized
Content-Type: application/json; charset=utf-8

{"errors":[{"message":"Invalid or expired token","code":89}]}`);
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("the transaction id is the request id", () => {
    const x = run(`HTTP/1.1 401 Unauthorized
content-type: application/problem+json
x-transaction-id: 409ca989c17a0eed

{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}`);
    expect(x.error!.requestId).toBe("409ca989c17a0eed");
  });
});

describe("x, identified by its problem type", () => {
  test("a v2 problem pasted without headers names X by its type URI; another API's problem type does not", () => {
    // https://github.com/xdevplatform/samples/issues/58
    const x = explain(`HTTP/1.1 403 Forbidden

{"client_id":"xxxxx","detail":"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.","registration_url":"https://developer.twitter.com/en/docs/projects/overview","title":"Client Forbidden","required_enrollment":"Standard Basic","reason":"client-not-enrolled","type":"https://api.twitter.com/2/problems/client-forbidden"}`);
    expect(x.provider).toEqual({ id: "x", name: "X (Twitter)", evidence: "body shape" });
    const other = explain(`HTTP/1.1 403 Forbidden\n\n{"title":"Forbidden","type":"https://api.example.com/2/problems/client-forbidden"}`);
    expect(other.provider).toBeUndefined();
  });
});

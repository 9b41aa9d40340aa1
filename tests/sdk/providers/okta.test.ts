/**
 * Okta: its request-id header identifies it, its scope failures are the generic 403
 * challenge (Bearer or DPoP), and its cooldown waits differ by channel.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("okta", () => {
  test("a DPoP insufficient_scope challenge without a body is a missing scope, named", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
X-Okta-Request-Id: reqVy8wsvmBQN27h4soUE3ZEnA
Www-Authenticate: DPoP algs="RS256 RS384 RS512 ES256 ES384 ES512", authorization_uri="http://example.oktapreview.com/oauth2/v1/authorize", realm="http://example.oktapreview.com", scope="okta.policies.read", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", resource="/api/v1/policies"`,
      { now },
    );
    expect(x.provider?.id).toBe("okta");
    expect(x.rule).toBe("provider.403.insufficient-scope");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["okta.policies.read"]);
    expect(x.error!.requestId).toBe("reqVy8wsvmBQN27h4soUE3ZEnA");
  });

  test("the email cooldown waits 5 seconds, as its summary says", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests

{"errorCode":"E0000118","errorSummary":"An email was recently sent. Please wait 5 seconds before trying again.","errorLink":"E0000118","errorId":"oaeAAAA","errorCauses":[]}`,
      { providerId: "okta", now },
    );
    expect(x.rule).toBe("provider.okta.factor-cooldown");
    expect(x.error!.retryAfter).toBe(5);
  });

  test("the API rate limit waits for X-Rate-Limit-Reset", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
X-Okta-Request-Id: reqAAAA
X-Rate-Limit-Limit: 600
X-Rate-Limit-Remaining: 0
X-Rate-Limit-Reset: ${Math.floor(now / 1000) + 42}

{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oaeBBBB","errorCauses":[]}`,
      { now },
    );
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(42);
  });

  test("E0000006 (an admin role is missing) is not a scope", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden

{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorId":"oaeCCCC","errorCauses":[]}`,
      { providerId: "okta", now },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.requestId).toBe("oaeCCCC");
  });

  test("its error object alone names it (an E and seven digits beside an errorSummary), and its errorId is the request id", () => {
    // https://github.com/craibo/ha-red-energy-au/issues/25: an app's own words, then "Full error:" and the object as a Python dict.
    const x = explain(paste("72-labelled-body-at-end-1.txt"), { now });
    expect(x.provider).toMatchObject({ id: "okta", evidence: "body shape" });
    expect(x.error!.requestId).toBe("oaeRMr5BbHzSFOKnu7rK6OJIg");
    expect(x.error!.message).toBe("Okta answered HTTP 403: This operation is not allowed in the current authentication state.");
    expect(x.error!.retryable).toBe(false);
  });

  test("an errorCode of another shape is no Okta body", () => {
    const x = explain('HTTP/1.1 403 Forbidden\n\n{"errorCode":"E403","errorSummary":"Forbidden"}', { now });
    expect(x.provider).toBeUndefined();
  });
});

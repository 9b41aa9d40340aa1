/**
 * PagerDuty: the REST API and the Events API are named by their hosts, their clients (pdpyras, pypd, pager_duty-connection) and
 * their error bodies (a code in PagerDuty's ranges with its `errors` list, the Events API's "invalid event"), and `X-Request-Id` is
 * quoted; its statuses say the rest, so it has no signal of its own. Another API's `{"error": {"code", "message"}}` is not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("pagerduty", () => {
  test("the REST API's rate limit waits for ratelimit-reset, the body naming PagerDuty and its X-Request-Id quoted", () => {
    // The REST API rate limits page's 429 (https://github.com/PagerDuty/developer-docs/blob/main/docs/REST-API/04-Rate-Limits.md),
    // with the `x-request-id` header REST answers carry (https://github.com/PagerDuty/pdpyras/issues/16); the id is a placeholder.
    const x = explain(
      `HTTP/2 429 Too Many Requests
date: Tue, 03 Oct 2023 16:46:39 GMT
ratelimit-limit: 960
ratelimit-remaining: 0
ratelimit-reset: 20
x-request-id: 8e7f6a2b-1c3d-4e5f-9a8b-7c6d5e4f3a2b

{
  "error": {
    "message": "Rate Limit Exceeded",
    "code": 2020
  }
}`,
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable, x.error!.retryAfter, x.error!.requestId]).toEqual([
      "pagerduty",
      "body shape",
      "provider.rate-limit-spent",
      true,
      20,
      "8e7f6a2b-1c3d-4e5f-9a8b-7c6d5e4f3a2b",
    ]);
  });

  test("the Terraform provider's calls to api.pagerduty.com are named by their host: a 429 retried, a 400 not", () => {
    // https://github.com/PagerDuty/terraform-provider-pagerduty/issues/546 and /issues/1015
    const limited = explain(paste("121-tf-pagerduty-429-misleading-credentials-1.txt"), { now });
    expect([limited.provider?.id, limited.provider?.evidence, limited.error!.name, limited.error!.retryable]).toEqual([
      "pagerduty",
      "request URL host api.pagerduty.com",
      "ProviderAPIError",
      true,
    ]);
    const invalid = explain(paste("158-pagerduty-tf-400-timeout-null-1.txt"), { now });
    expect([invalid.provider?.id, invalid.rule, invalid.error!.retryable]).toEqual(["pagerduty", "provider.error", false]);
  });

  test("its Python clients name it: pdpyras's 401 is a key to replace, pypd's 2002 a request to fix", () => {
    // https://github.com/ibmresilient/resilient-community-apps/issues/83
    const key = explain(paste("126-pagerduty-pdpyras-401-1.txt"), { now });
    expect([key.provider?.id, key.rule, key.error!.name, key.error!.retryable]).toEqual(["pagerduty", "provider.401", "ProviderUnauthorizedError", false]);
    // https://github.com/PagerDuty/pagerduty-api-python-client/issues/61
    const args = explain(paste("194-pagerduty-pypd-badrequest-2002-1.txt"), { now });
    expect([args.provider?.id, args.provider?.evidence, args.error!.retryable]).toEqual(["pagerduty", "the client in the paste: pypd.errors.BadRequest", false]);
  });

  test("the REST error object and the Events API's invalid event name PagerDuty by their shape", () => {
    // https://github.com/hubot-archive/hubot-pager-me/issues/57 (code 2001 with its errors list)
    const rest = explain(paste("187-pagerduty-400-hubot-stack-1.txt"), { now });
    expect([rest.provider?.id, rest.provider?.evidence, rest.error!.retryable]).toEqual(["pagerduty", "body shape", false]);
    // https://github.com/envato/pagerduty/issues/70 (an Events API v2 call with a REST API key as routing_key)
    const events = explain(paste("158-pagerduty-ruby-events-400-routing-key-1.txt"), { now });
    expect([events.provider?.id, events.provider?.evidence, events.rule, events.error!.retryable]).toEqual(["pagerduty", "body shape", "provider.error", false]);
  });

  test("pdpyras's log line quotes the x_request_id of a 5xx, retried", () => {
    // The lines pdpyras prints (pdpyras.py: `postprocess`'s log line and `http_error_message`), the id a placeholder.
    const x = explain(
      `ERROR:pdpyras.APISession:PagerDuty API server error (500)! For additional diagnostics, contact PagerDuty support and reference x_request_id=8e7f6a2b-1c3d-4e5f-9a8b-7c6d5e4f3a2b / date=Tue, 03 Oct 2023 16:46:39 GMT
Traceback (most recent call last):
  File "app.py", line 10, in <module>
    session.rpost('/incidents', json=body)
pdpyras.PDServerError: POST https://api.pagerduty.com/incidents: API responded with server error (status 500): {"error":{"message":"An internal error has occurred. PagerDuty team has been notified.","code":2000}}`,
      { now },
    );
    expect([x.provider?.id, x.error!.retryable, x.error!.requestId]).toEqual(["pagerduty", true, "8e7f6a2b-1c3d-4e5f-9a8b-7c6d5e4f3a2b"]);
  });

  test("another API's numeric error code, with or without a list of details, is not PagerDuty's", () => {
    expect(explain('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":{"code":1234,"message":"Something went wrong"}}', { now }).provider).toBeUndefined();
    expect(explain('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":{"code":4711,"message":"Bad thing","errors":["x"]}}', { now }).provider).toBeUndefined();
    // Google's JSON error has a list of objects, and an HTTP status as its code.
    expect(
      explain('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":{"code":400,"message":"Invalid value","errors":[{"domain":"global","reason":"invalid","message":"Invalid value"}]}}', { now })
        .provider?.id,
    ).not.toBe("pagerduty");
  });
});

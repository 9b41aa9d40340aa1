/**
 * HubSpot: its headers identify it, a daily 429 is not a burst 429, and a burst 429 waits
 * the window HubSpot names.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { hubspotDocs } from "../../../sdk/src/providers/hubspot.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("hubspot", () => {
  test("a ten-second rolling 429 waits X-HubSpot-RateLimit-Interval-Milliseconds", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json;charset=utf-8
X-HubSpot-RateLimit-Interval-Milliseconds: 10000
X-HubSpot-RateLimit-Max: 100
X-HubSpot-RateLimit-Remaining: 0

{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"aaaaaaaa-0000-4000-8000-000000000001","policyName":"TEN_SECONDLY_ROLLING"}`,
      { now },
    );
    expect(x.provider?.id).toBe("hubspot");
    expect(x.rule).toBe("provider.hubspot.ten-secondly");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(10);
    expect(x.error!.requestId).toBe("aaaaaaaa-0000-4000-8000-000000000001");
  });

  test("a daily 429 is decided before the burst rule, even with the newer category form", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json;charset=utf-8

{"status":"error","message":"You have reached your daily limit.","category":"RATE_LIMITS","policyName":"DAILY"}`,
      { providerId: "hubspot", now },
    );
    expect(x.rule).toBe("provider.hubspot.daily-limit");
    expect(x.error!.retryable).toBe(false);
  });

  test("the correlation id header is the request id", () => {
    const x = explain(
      `HTTP/1.1 401 Unauthorized
content-type: application/json;charset=utf-8
x-hubspot-correlation-id: bc05f85b-9acb-4442-a9d0-935b4405f248

{"status":"error","message":"The OAuth token used to make this call expired 5 hour(s) ago.","category":"EXPIRED_AUTHENTICATION","correlationId":"bc05f85b-9acb-4442-a9d0-935b4405f248"}`,
      { now },
    );
    expect(x.provider?.id).toBe("hubspot");
    expect(x.rule).toBe("provider.401");
    expect(x.error!.requestId).toBe("bc05f85b-9acb-4442-a9d0-935b4405f248");
  });

  test("a 403 that is not MISSING_SCOPES stays a plain 403", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json;charset=utf-8

{"status":"error","message":"This portal does not have access to this feature.","correlationId":"aaaaaaaa-0000-4000-8000-000000000002","category":"FORBIDDEN"}`,
      { providerId: "hubspot", now },
    );
    expect(x.rule).toBe("provider.403");
  });
});

describe("hubspot, printed by its Python SDK", () => {
  test("OpenAPI Generator's ApiException is read, and its package names HubSpot", () => {
    // https://github.com/HubSpot/hubspot-api-python/issues/117 (tests/fixtures/pastes/17-openapi-generator-apiexception-1.txt): the
    // ten-second signal's example.
    const x = explain(hubspotDocs.signals["provider.hubspot.ten-secondly"]!.examples[0]!.text);
    expect(x.input.format).toBe("log");
    expect(x.provider).toEqual({ id: "hubspot", name: "HubSpot", evidence: "the printout of an OpenAPI Generator client's ApiException" });
    expect(x.rule).toBe("provider.hubspot.ten-secondly");
    expect(x.error!.retryable).toBe(true);
    // No header says the window: its name does, ten seconds.
    expect(x.error!.retryAfter).toBe(10);
    expect(x.error!.requestId).toBe("c93e06a4-7d61-4c3e-b63f-edf486fc6e90");
  });

  test("the reason and the HTTPHeaderDict headers are read too: the header's window is the wait", () => {
    // The template's full form (openapi-generator's python exceptions.mustache), values illustrative.
    const x = explain(`hubspot.crm.contacts.exceptions.ApiException: (429)
Reason: Too Many Requests
HTTP response headers: HTTPHeaderDict({'Date': 'Thu, 01 Jan 2026 00:00:00 GMT', 'Content-Type': 'application/json;charset=utf-8', 'X-HubSpot-RateLimit-Interval-Milliseconds': '10000', 'X-HubSpot-RateLimit-Remaining': '0', 'x-hubspot-correlation-id': 'abc-123'})
HTTP response body: {"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","correlationId":"abc-123","policyName":"SECONDLY"}
`);
    expect(x.input.statusText).toBe("Too Many Requests");
    expect(x.input.headers).toContainEqual(["X-HubSpot-RateLimit-Interval-Milliseconds", "10000"]);
    expect(x.error!.retryAfter).toBe(10);
    expect(x.error!.requestId).toBe("abc-123");
  });

  test("another generated SDK's ApiException is read without naming a provider; a bare (403) line is no printout", () => {
    const x = explain(`kubernetes.client.exceptions.ApiException: (403)
Reason: Forbidden
HTTP response body: {"kind":"Status","apiVersion":"v1","status":"Failure","message":"forbidden","reason":"Forbidden","code":403}`);
    expect(x.input.status).toBe(403);
    expect(x.provider).toBeUndefined();
    expect(() => explain("step (403)\nnext line")).toThrow();
  });
});

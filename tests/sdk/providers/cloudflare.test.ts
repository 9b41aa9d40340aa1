/**
 * The Cloudflare API: its v4 envelope names it; Authentication error (10000) is the stored token to fix.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("cloudflare", () => {
  test("code 10000 is the token to replace or fix, at 403 as at 400, with cf-ray to quote", () => {
    for (const status of ["403 Forbidden", "400 Bad Request"]) {
      const x = explain(`HTTP/1.1 ${status}\ncf-ray: 8a1b2c3d4e5f6a7b-AMS\nContent-Type: application/json\n\n{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`, { now });
      expect([x.provider?.id, x.rule, x.error!.name, x.error!.requestId]).toEqual(["cloudflare", "provider.cloudflare.authentication-error", "ProviderUnauthorizedError", "8a1b2c3d4e5f6a7b-AMS"]);
    }
  });

  test("its other codes are its statuses' generic answers; a site behind it is not the API", () => {
    // https://github.com/Arbington/python-cloudflare-stream/issues/2 (the body its client printed; the status line added)
    const forbidden = explain(`HTTP/1.1 403 Forbidden\n\n{"result": null, "success": false, "errors": [{"code": 10009, "message": "Forbidden"}], "messages": null}`, { now });
    expect([forbidden.provider?.id, forbidden.rule]).toEqual(["cloudflare", "provider.403"]);
    // A cf-ray header alone (every site Cloudflare serves sends one) names no provider.
    expect(explain("HTTP/1.1 500 Internal Server Error\ncf-ray: 8a1b2c3d4e5f6a7b-AMS\n\n{}", { now }).provider).toBeUndefined();
  });

  test("a 429 refuses every call for five minutes: retryable, its wait 300 seconds unless Retry-After says otherwise", () => {
    const body = '{"success":false,"errors":[{"code":971,"message":"Please wait and consider throttling your request speed"}],"messages":[],"result":null}';
    const x = explain(`HTTP/1.1 429 Too Many Requests\n\n${body}`, { now });
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["cloudflare", "provider.cloudflare.rate-limit", true, 300]);
    expect(explain(`HTTP/1.1 429 Too Many Requests\nRetry-After: 42\n\n${body}`, { now }).error!.retryAfter).toBe(42);
    // Its words alone, as a client prints them, name it.
    expect(explain("Error: 429 More than 1200 requests per 300 seconds reached.", { now }).provider?.id).toBe("cloudflare");
  });

  test("another API's success:false without numbered errors is not Cloudflare's", () => {
    expect(explain('HTTP/1.1 400 Bad Request\n\n{"success":false,"errors":["name is required"]}', { now }).provider).toBeUndefined();
  });
});

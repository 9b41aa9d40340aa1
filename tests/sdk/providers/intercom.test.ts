/**
 * Intercom: a permission missing is a 401 of its own code; the other 401s are credentials;
 * its error.list body identifies it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("intercom", () => {
  test("token_revoked is a rejected credential, with the body's request id", () => {
    const x = explain(
      `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"type":"error.list","request_id":"000aaa111bbb222ccc33","errors":[{"code":"token_revoked","message":"Token revoked"}]}`,
      { now },
    );
    expect(x.provider?.id).toBe("intercom");
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("000aaa111bbb222ccc33");
  });

  test("a spent rate limit waits for X-RateLimit-Reset", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
X-RateLimit-Limit: 167
X-RateLimit-Remaining: 0
X-RateLimit-Reset: ${Math.floor(now / 1000) + 7}

{"type":"error.list","request_id":"000aaa111bbb222ccc34","errors":[{"code":"rate_limit_exceeded","message":"Exceeded rate limit of 167 in 10_seconds"}]}`,
      { providerId: "intercom", now },
    );
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(7);
  });

  test("intercom-ruby's UnexpectedError names Intercom and its status; its message alone tells token_unauthorized", () => {
    const printed = (message: string, code: string) =>
      `Intercom::UnexpectedError: The error of type '' is not recognized. It occurred with the message: ${message} and http_code: '${code}'. Please contact Intercom with these details.`;
    const scope = explain(printed("Not authorized to access resource", "401"));
    expect(scope.provider).toEqual({ id: "intercom", name: "Intercom", evidence: "the printout of intercom-ruby's UnexpectedError" });
    expect(scope.rule).toBe("provider.intercom.token-unauthorized");
    expect(scope.error!.name).toBe("ScopeReauthRequiredError");
    expect(scope.error!.message).toMatch(/Not authorized to access resource/);
    // Another message with the same status is a credential, as the generic 401 says.
    const other = explain(printed("Token expired", "401"));
    expect(other.rule).toBe("provider.401");
    expect(other.error!.name).toBe("ProviderUnauthorizedError");
    // The gem's other wording, for an error with no type or code at all.
    const untyped = explain("An unexpected error occured. It occurred with the message: Server Error and http_code: '500'. Please contact Intercom with these details.");
    expect(untyped.input.status).toBe(500);
    expect(untyped.provider?.id).toBe("intercom");
  });
});

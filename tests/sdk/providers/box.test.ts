/**
 * Box: the challenge alone is the generic scope rule; `invalid_grant` is a dead user
 * credential only for a refresh token; item permissions are not scopes.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("box", () => {
  test("a 403 with only the insufficient_scope challenge is the generic scope rule", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
WWW-Authenticate: Bearer realm="Service", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."
box-request-id: 0000000000fake

`,
      { now },
    );
    expect(x.provider?.id).toBe("box");
    expect(x.rule).toBe("provider.403.insufficient-scope");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect(x.error!.requestId).toBe("0000000000fake");
  });

  test("invalid_grant for an app's own grant (client credentials) is no dead user token", () => {
    const x = explain(
      `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"invalid_grant","error_description":"Grant credentials are invalid"}`,
      { providerId: "box", now },
    );
    expect(x.rule).toBe("provider.box.app-grant-invalid");
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.error!.retryable).toBe(false);
  });

  test("invalid_grant for an authorization code, as for any provider, is the user's to authorize again", () => {
    const x = explain(`HTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant","error_description":"Auth code doesn't exist or is invalid for the client"}`, { providerId: "box", now });
    expect(x.rule).toBe("provider.400.invalid-grant");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("access_denied_insufficient_permissions stays a plain 403", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"type":"error","status":403,"code":"access_denied_insufficient_permissions","help_url":"http://developers.box.com/docs/#errors","message":"Access denied - insufficient permission","request_id":"0000000000fake"}`,
      { providerId: "box", now },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.requestId).toBe("0000000000fake");
  });
});

/**
 * Auth0: its request-id header identifies it without a providerId.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("auth0", () => {
  test("X-Auth0-RequestId identifies Auth0 and is the request id", () => {
    const x = explain(`HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8
X-Auth0-RequestId: c629c3e05e0881e81315

{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:users,read:user_idp_tokens","errorCode":"insufficient_scope"}`);
    expect(x.provider?.id).toBe("auth0");
    expect(x.rule).toBe("provider.auth0.insufficient-scope");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["read:users", "read:user_idp_tokens"]);
    expect(x.error!.requestId).toBe("c629c3e05e0881e81315");
  });
});

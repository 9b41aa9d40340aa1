/**
 * GitLab: `scope` lists alternatives, split on spaces; a plain 403 is a role, not a scope;
 * `X-Gitlab-Meta` identifies GitLab.
 */
import { describe, expect, test } from "vitest";
import { explain, ScopeReauthRequiredError } from "../../../sdk/src/index.js";

describe("gitlab", () => {
  test("insufficient_scope names every accepted scope, without a challenge", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Gitlab-Meta: {"correlation_id":"01FAKE","version":"1"}\n\n{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api read_api"}`,
    );
    expect(x.provider?.id).toBe("gitlab");
    expect(x.rule).toBe("provider.gitlab.insufficient-scope");
    expect((x.error as ScopeReauthRequiredError).missingScopes).toEqual(["api", "read_api"]);
  });

  test("a plain 403 Forbidden is the user's role: a plain ProviderAPIError", () => {
    const x = explain(`HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message":"403 Forbidden"}`, { providerId: "gitlab" });
    expect(x.rule).toBe("provider.403");
  });

  test("a 429 whose RateLimit-Remaining is not 0 stays retryable; its message is read from message.error", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nRateLimit-Remaining: 595\nRateLimit-Reset: 1580393717\n\n{"message":{"error":"This endpoint has been requested too many times. Try again later."}}`,
      { providerId: "gitlab" },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.message).toContain("requested too many times");
  });
  test("a 409 'Resource lock' is retried; another 409 is not", () => {
    const lock = explain('HTTP/1.1 409 Conflict\nContent-Type: application/json\n\n{"message":"409 Conflict: Resource lock"}', { providerId: "gitlab" });
    expect([lock.rule, lock.error!.retryable]).toEqual(["provider.gitlab.resource-lock", true]);
    const other = explain('HTTP/1.1 409 Conflict\nContent-Type: application/json\n\n{"message":"Branch already exists"}', { providerId: "gitlab" });
    expect([other.rule, other.error!.retryable]).toEqual(["provider.error", false]);
  });
});

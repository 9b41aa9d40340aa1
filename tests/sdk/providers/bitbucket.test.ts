/**
 * Bitbucket: its scope headers disagree on every response, 429s included, and prove
 * nothing alone; a scope list in the body does; a 403 without one is a permission.
 */
import { describe, expect, test } from "vitest";
import { explain, ScopeReauthRequiredError } from "../../../sdk/src/index.js";

describe("bitbucket", () => {
  test("a 429 with disjoint X-Accepted-OAuth-Scopes and X-OAuth-Scopes is a retryable rate limit, not a scope", () => {
    const x = explain(
      `HTTP/1.1 429 Unknown Status Code
Content-Type: text/plain
X-OAuth-Scopes: account, team, pullrequest, issue, snippet, webhook
X-Accepted-OAuth-Scopes: repository
X-Credential-Type: oauth1

Rate limit for this resource has been exceeded`,
      { providerId: "bitbucket" },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.error!.retryable).toBe(true);
  });

  test("without a required list in the body, the accepted-scopes header names the missing scope", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Accepted-OAuth-Scopes: repository:write\nX-OAuth-Scopes: repository\n\n{"type": "error", "error": {"message": "Your credentials lack one or more required privilege scopes."}}`,
      { providerId: "bitbucket" },
    );
    expect(x.rule).toBe("provider.bitbucket.privilege-scopes");
    expect((x.error as ScopeReauthRequiredError).missingScopes).toEqual(["repository:write"]);
  });

  test("a 403 Forbidden without a scope list is a permission: a plain ProviderAPIError", () => {
    const x = explain(`HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"type": "error", "error": {"message": "Forbidden"}}`, { providerId: "bitbucket" });
    expect(x.rule).toBe("provider.403");
  });
});

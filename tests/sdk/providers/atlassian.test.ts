/**
 * Atlassian: only the gateway's "scope does not match" makes a 401 a scope; Seraph's
 * other refusals are not a CAPTCHA lockout.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("atlassian", () => {
  test("another 401 is the generic credential failure", () => {
    const x = explain(`HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"code":401,"message":"Unauthorized"}`, { providerId: "jira" });
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("a 403 with X-Seraph-LoginReason AUTHORIZATION_FAILED is a permission, identified as Atlassian", () => {
    const x = explain(`HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Seraph-LoginReason: AUTHORIZATION_FAILED\n\n{"errorMessages":["You do not have permission to view this issue."],"errors":{}}`);
    expect(x.provider?.id).toBe("atlassian");
    expect(x.rule).toBe("provider.403");
    expect(x.error!.message).toContain("You do not have permission");
  });
});

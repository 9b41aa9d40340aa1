/**
 * Microsoft: the token endpoint's consent failure shares `invalid_grant` with a dead
 * grant and must come first; OneDrive's `accessDenied` is no scope signal; throttling is
 * the generic 429; `x-ms-ags-diagnostic` identifies Graph.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

describe("microsoft", () => {
  test("invalid_grant with consent_required is a scope, without it a dead grant", () => {
    const consent = explain(
      `HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application.","error_codes":[65001],"suberror":"consent_required"}`,
      { providerId: "msgraph" },
    );
    expect(consent.rule).toBe("provider.microsoft.consent-required");
    expect(consent.error!.name).toBe("ScopeReauthRequiredError");
    const dead = explain(
      `HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked.","error_codes":[50173]}`,
      { providerId: "microsoft" },
    );
    expect(dead.rule).toBe("provider.microsoft.refresh-invalid-grant");
    expect(dead.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("a wrong or expired client secret is the app's to replace, whatever error code came with it; a dead grant's 70002 is not one", () => {
    const body = (error: string, description: string) => `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"${error}","error_description":"${description}"}`;
    for (const [error, code] of [["invalid_client", "7000215"], ["invalid_client", "7000222"], ["invalid_request", "700027"], ["unauthorized_client", "50012"]]) {
      const x = explain(body(error!, `AADSTS${code}: The client credential failed.`), { providerId: "microsoft" });
      expect([x.rule, x.error!.name, x.error!.retryable], code).toEqual(["provider.microsoft.invalid-client-secret", "ProviderAPIError", false]);
    }
    const grant = explain(body("invalid_grant", "AADSTS70002: Error validating credentials. AADSTS70000: The provided access grant is invalid or malformed.").replace("401 Unauthorized", "400 Bad Request"), { providerId: "microsoft" });
    expect(grant.rule).toBe("provider.microsoft.refresh-invalid-grant");
  });

  test("OneDrive's 403 accessDenied stays a plain ProviderAPIError", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":{"code":"accessDenied","message":"The caller does not have permission to perform the action."}}`,
      { providerId: "onedrive" },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("a 429 without Retry-After is the generic retryable 429 (Graph sends no reset header)", () => {
    const x = explain(
      `HTTP/1.1 429\nContent-Type: application/json\n\n{"error":{"code":"activityLimitReached","message":"The request has been throttled","innerError":{"code":"throttledRequest"}}}`,
      { providerId: "microsoft" },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBeUndefined();
  });

  test("x-ms-ags-diagnostic identifies Graph; request-id is the request id, else the body's innerError", () => {
    const x = explain(`HTTP/1.1 403 Forbidden
Content-Type: application/json
request-id: aaaaaaaa-0000-4000-8000-000000000001
client-request-id: bbbbbbbb-0000-4000-8000-000000000002
x-ms-ags-diagnostic: {"ServerInfo":{"DataCenter":"West US","Slice":"E","Ring":"5","ScaleUnit":"003","RoleInstance":"FAKE"}}

{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"aaaaaaaa-0000-4000-8000-000000000001"}}}`);
    expect(x.provider?.id).toBe("microsoft");
    expect(x.rule).toBe("provider.microsoft.authorization-request-denied");
    expect(x.error!.requestId).toBe("aaaaaaaa-0000-4000-8000-000000000001");
    const bodyOnly = explain(
      `HTTP/1.1 507 Insufficient Storage\nContent-Type: application/json\n\n{"error":{"code":"quotaLimitReached","message":"Insufficient Space Available","innerError":{"request-id":"cccccccc-0000-4000-8000-000000000003"}}}`,
      { providerId: "microsoft" },
    );
    expect(bodyOnly.error!.requestId).toBe("cccccccc-0000-4000-8000-000000000003");
    expect(bodyOnly.error!.retryable).toBe(false);
  });

  test("msgraph-sdk-python's ODataError, as Kiota's APIError prints it under a log's timestamps: Graph's missing permission, with its request id", () => {
    // https://github.com/microsoft/teams.py/issues/232
    const x = explain(paste("72-kiota-apierror-1.txt"));
    expect(x.input.status).toBe(403);
    expect(x.rule).toBe("provider.microsoft.authorization-request-denied");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect(x.error!.requestId).toBe("f9d0ba76-56f8-4b11-b61d-cee59221db1c");
    expect(x.provider?.id).toBe("microsoft");
    expect(x.input.warnings.join(" ")).toMatch(/rebuilt from the MainError Kiota printed/);
  });

  test("Kiota's APIError without its MainError still states its status", () => {
    const x = explain("kiota_abstractions.api_error.APIError:\nAPIError\nCode: 429\nmessage: None\n");
    expect(x.input.status).toBe(429);
    expect(x.error!.retryable).toBe(true);
  });
});

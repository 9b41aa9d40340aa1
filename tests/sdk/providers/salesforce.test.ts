/**
 * Salesforce: only the REST-API message of INVALID_SESSION_ID is a scope, its list body
 * and its XML form are both read, and Sforce-Limit-Info identifies it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("salesforce", () => {
  test("\"Session expired or invalid\" is a plain 401, not a scope", () => {
    const x = explain(
      `HTTP/1.1 401 Unauthorized
www-authenticate: Token
content-type: application/json;charset=UTF-8

[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`,
      { providerId: "salesforce", now },
    );
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.message).toContain("Session expired or invalid");
  });

  test("REQUEST_LIMIT_EXCEEDED in the XML form is a retryable rate limit, identified by Sforce-Limit-Info", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Sforce-Limit-Info: api-usage=15000/15000
Content-Type: application/xml;charset=UTF-8

<?xml version="1.0" encoding="UTF-8"?><Errors><Error><errorCode>REQUEST_LIMIT_EXCEEDED</errorCode><message>TotalRequests Limit exceeded.</message></Error></Errors>`,
      { now },
    );
    expect(x.provider?.id).toBe("salesforce");
    expect(x.rule).toBe("provider.salesforce.request-limit-exceeded");
    expect(x.error!.retryable).toBe(true);
  });

  test("the token endpoint's invalid_grant \"login rate exceeded\" is an hour's wait, not a reconnect; its words name Salesforce", () => {
    const body = (description: string) => `HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"${description}"}`;
    const limited = explain(body("login rate exceeded"), { now });
    expect([limited.provider?.id, limited.rule, limited.error!.name, limited.error!.retryable, limited.error!.retryAfter]).toEqual([
      "salesforce", "provider.salesforce.login-rate-exceeded", "ProviderAPIError", true, 3600,
    ]);
    const dead = explain(body("expired access/refresh token"), { providerId: "salesforce", now });
    expect([dead.rule, dead.error!.name, dead.error!.retryable]).toEqual(["provider.salesforce.refresh-invalid-grant", "ProviderUnauthorizedError", false]);
    // Another provider's invalid_grant is no Salesforce's.
    expect(explain(body("Bad Request"), { now }).provider).toBeUndefined();
  });

  test("INSUFFICIENT_ACCESS_OR_READONLY (a user permission) stays a plain 403", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json;charset=UTF-8

[{"message":"insufficient access rights on object id","errorCode":"INSUFFICIENT_ACCESS_OR_READONLY"}]`,
      { providerId: "salesforce", now },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.retryable).toBe(false);
  });
});

/**
 * Azure Resource Manager: a 409 that is retryable (a concurrent operation holds the
 * resource), an RBAC refusal that is no OAuth scope, its correlation id before its request
 * id, and identification that leaves Graph's bodies to Microsoft.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const arm = (status: string, body: string, headers = "") => `HTTP/1.1 ${status}\nContent-Type: application/json; charset=utf-8\n${headers}\n${body}`;

describe("azure", () => {
  test("409 AnotherOperationInProgress is retryable; Resource Manager's other 409s are not", () => {
    const busy = explain(arm("409 Conflict", `{"error":{"code":"AnotherOperationInProgress","message":"Another operation on this or dependent resource is in progress."}}`));
    expect([busy.provider?.id, busy.rule, busy.error!.retryable]).toEqual(["azure", "provider.azure.another-operation-in-progress", true]);
    // The code in the x-ms-error-code header alone (a client that dropped the body) says the same.
    const header = explain(arm("409 Conflict", "", "x-ms-error-code: AnotherOperationInProgress\n"), { providerId: "azure" });
    expect([header.rule, header.error!.retryable]).toEqual(["provider.azure.another-operation-in-progress", true]);
    const registration = explain(arm("409 Conflict", `{"error":{"code":"MissingSubscriptionRegistration","message":"The subscription is not registered to use namespace 'Microsoft.Network'."}}`));
    expect([registration.provider?.id, registration.rule, registration.error!.retryable]).toEqual(["azure", "provider.error", false]);
  });

  test("403 AuthorizationFailed is an RBAC role to assign: a ProviderAPIError, never a scope re-authorization", () => {
    const x = explain(
      arm(
        "403 Forbidden",
        `{"error":{"code":"AuthorizationFailed","message":"The client 'a' with object id 'a' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/read' over scope '/subscriptions/s/resourcegroups/rg' or the scope is invalid. If access was recently granted, please refresh your credentials."}}`,
      ),
    );
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable]).toEqual(["azure", "provider.azure.authorization-failed", "ProviderAPIError", false]);
    // A policy refusal is no missing role: the generic 403.
    const policy = explain(arm("403 Forbidden", `{"error":{"code":"RequestDisallowedByPolicy","message":"Resource 'x' was disallowed by policy."}}`));
    expect([policy.provider?.id, policy.rule]).toEqual(["azure", "provider.403"]);
  });

  test("the correlation id is the request id, before x-ms-request-id; the routing id names Resource Manager", () => {
    const x = explain(
      arm(
        "429 Too Many Requests",
        `{"error":{"code":"TooManyRequests","message":"slow down"}}`,
        "Retry-After: 17\nx-ms-request-id: 11111111-0000-4000-8000-000000000001\nx-ms-correlation-request-id: 22222222-0000-4000-8000-000000000002\nx-ms-routing-request-id: WESTUS2:20260101T000000Z:22222222-0000-4000-8000-000000000002\n",
      ),
    );
    expect([x.provider?.id, x.error!.requestId, x.error!.retryable, x.error!.retryAfter]).toEqual(["azure", "22222222-0000-4000-8000-000000000002", true, 17]);
  });

  test("the RBAC refusal's words name it when a client printed the message alone", () => {
    const x = explain(
      "Error: 403 Forbidden: The client 'x' with object id 'x' does not have authorization to perform action 'Microsoft.Network/virtualNetworks/subnets/read' over scope '/subscriptions/s'.",
    );
    expect(x.input.status).toBe(403);
    expect(x.provider?.id).toBe("azure");
  });

  test("Graph's OData body (with innerError) stays Microsoft's, and a body of another API's shape names no one", () => {
    const graph = explain(arm("403 Forbidden", `{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"r"}}}`));
    expect(graph.provider?.id).toBe("microsoft");
    const other = explain(arm("403 Forbidden", `{"error":{"code":"Forbidden","message":"The client does not have authorization."}}`));
    expect(other.provider).toBeUndefined();
  });
});

/**
 * Notion: one 403 code covers a missing capability and the Free workspace's block limit;
 * one 429 code covers a wait and a blocked connection; the body's string `retry_after` is
 * a wait when the header was not kept; a 503 is retryable unless it says the write may
 * be saved.
 */
import { describe, expect, test } from "vitest";
import { RULES, explain } from "../../../sdk/src/index.js";

const notion = (status: string, body: unknown, headers = "") =>
  explain(`HTTP/1.1 ${status}\nContent-Type: application/json\n${headers}\n${JSON.stringify(body)}`, { providerId: "notion" });

describe("notion", () => {
  test("restricted_resource with a block limit is the plan limit, not a scope; without it, a scope", () => {
    const limit = notion("403 Forbidden", { object: "error", status: 403, code: "restricted_resource", message: "This workspace has used all of its free blocks.", additional_data: { block_limit: "block_creation" } });
    expect(limit.rule).toBe("provider.notion.workspace-block-limit");
    expect(limit.error!.name).toBe("ProviderAPIError");
    expect(limit.error!.retryable).toBe(false);
    const scope = notion("403 Forbidden", { object: "error", status: 403, code: "restricted_resource", message: "Insufficient permissions for this endpoint.", additional_data: {} });
    expect(scope.rule).toBe("provider.notion.restricted-resource");
    expect(scope.error!.name).toBe("ScopeReauthRequiredError");
  });

  test("a 429 with public_api_request_blocked is not retried, whatever Retry-After says; another reason is", () => {
    const blocked = notion("429 Too Many Requests", { object: "error", status: 429, code: "rate_limited", message: "x", additional_data: { rate_limit_reason: "public_api_request_blocked" } }, "Retry-After: 30\n");
    expect(blocked.rule).toBe("provider.notion.request-blocked");
    expect(blocked.error!.retryable).toBe(false);
    const limited = notion("429 Too Many Requests", { object: "error", status: 429, code: "rate_limited", message: "x", additional_data: { rate_limit_reason: "public_api_space_request_rate_limit" } }, "Retry-After: 90\n");
    expect(limited.rule).toBe("provider.notion.rate-limited");
    expect(limited.error!.retryable).toBe(true);
    expect(limited.error!.retryAfter).toBe(90);
  });

  test("the body's additional_data.retry_after (a string) is the wait without the header; the header wins when both are there", () => {
    const body = { object: "error", status: 429, code: "rate_limited", message: "x", additional_data: { rate_limit_reason: "public_api_request_rate_limit", retry_after: "42" } };
    expect(notion("429 Too Many Requests", body).error!.retryAfter).toBe(42);
    expect(notion("429 Too Many Requests", body, "Retry-After: 7\n").error!.retryAfter).toBe(7);
  });

  test("529 service_overload is retried like a 429", () => {
    const x = notion("529 Site Overloaded", { object: "error", status: 529, code: "service_overload", message: "x", additional_data: { retry_after: "5" } });
    expect(x.rule).toBe("provider.notion.rate-limited");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(5);
  });

  test("a 503 without retry guidance stays the generic retryable 5xx", () => {
    const x = notion("503 Service Unavailable", { object: "error", status: 503, code: "service_unavailable", message: "Notion is unavailable, please try again later." });
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
  });

  test("404 object_not_found stays a ProviderAPIError, not retried nor re-authorized (a wrong id reads the same as an unshared page), whose action says to share the page", () => {
    const x = notion("404 Not Found", { object: "error", status: 404, code: "object_not_found", message: "Could not find page with ID: 00000000-0000-0000-0000-000000000000. Make sure the relevant pages and databases are shared with your integration." });
    expect(x.rule).toBe("provider.notion.object-not-found");
    expect([x.error!.name, x.error!.retryable]).toEqual(["ProviderAPIError", false]);
    expect(RULES.find((r) => r.id === x.rule)!.action).toMatch(/^Share the page or database with the integration/);
  });

  test("x-notion-request-id identifies Notion without a providerId, and is the request id", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-notion-request-id: 11111111-2222-3333-4444-555555555555\n\n{"object":"error","status":403,"code":"restricted_resource","message":"API token does not have access to this resource."}`,
    );
    expect(x.provider?.id).toBe("notion");
    expect(x.rule).toBe("provider.notion.restricted-resource");
    expect(x.error!.requestId).toBe("11111111-2222-3333-4444-555555555555");
  });
});

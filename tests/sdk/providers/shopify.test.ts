/**
 * Shopify: GraphQL failures come with HTTP 200 and are told apart by code; a scope is
 * reported only when the text names one; a 200 without errors is no error.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const ok = (body: string): string => `HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n${body}`;

describe("shopify", () => {
  test("a backquoted scope in the message, with an \"Also:\" requirement after it, is named", () => {
    const x = explain(
      ok(`{"data":{"orders":null},"errors":[{"message":"Access denied for orders field. Required access: \`read_orders\` access scope. Also: The user must have read_orders.","path":["orders"],"extensions":{"code":"ACCESS_DENIED","requiredAccess":"\`read_orders\` access scope."}}]}`),
      { providerId: "shopify", now },
    );
    expect(x.rule).toBe("provider.shopify.graphql-access-denied-scope");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["read_orders"]);
  });

  test("ACCESS_DENIED naming no scope is a plain error, never a scope", () => {
    const x = explain(
      ok(`{"data":{"giftCards":null},"errors":[{"message":"Access denied for giftCards field.","path":["giftCards"],"extensions":{"code":"ACCESS_DENIED","documentation":"https://shopify.dev/api/usage/access-scopes"}}]}`),
      { providerId: "shopify", now },
    );
    expect(x.rule).toBe("provider.shopify.graphql-access-denied");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("a GraphQL 200 without errors is no error", () => {
    const x = explain(
      ok(`{"data":{"shop":{"name":"Example"}},"extensions":{"cost":{"requestedQueryCost":1,"actualQueryCost":1,"throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":999,"restoreRate":50.0}}}}`),
      { providerId: "shopify", now },
    );
    expect(x.error).toBeNull();
  });

  test("THROTTLED sent as a 429 is still the GraphQL throttle", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}]}`,
      { providerId: "shopify", now },
    );
    expect(x.rule).toBe("provider.shopify.graphql-throttled");
    expect(x.error!.retryable).toBe(true);
  });

  test("a 200 THROTTLED is known by its cost extension, with no providerId, and waits until the bucket holds the query's cost", () => {
    // https://community.shopify.com/c/graphql-basics-and/graphql-admin-api-example-throttled-request-s-response/td-p/639510 (older
    // versions: the message alone, no code); status line added, Shopify answers it with 200.
    const cost = (requested: number, available: number) =>
      `"extensions":{"cost":{"requestedQueryCost":${requested},"actualQueryCost":null,"throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":${available},"restoreRate":50.0}}}`;
    const old = explain(ok(`{"errors":[{"message":"Throttled"}],${cost(202, 118)}}`), { now });
    expect(old.provider).toMatchObject({ id: "shopify", evidence: "body shape" });
    expect(old.rule).toBe("provider.shopify.graphql-throttled");
    expect(old.error!.retryable).toBe(true);
    expect(old.error!.retryAfter).toBe(2); // (202 - 118) / 50 = 1.68
    expect(old.fields.retryAfter).toMatch(/requestedQueryCost 202 against .*currentlyAvailable 118, refilling 50 a second/);
    // A bucket that already holds the cost names no wait; nor does a rate of 0.
    expect(explain(ok(`{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],${cost(50, 118)}}`), { now }).error!.retryAfter).toBeUndefined();
    expect(explain(ok(`{"errors":[{"message":"Throttled"}],${cost(202, 118).replace("50.0}", "0}")}}`), { now }).error!.retryAfter).toBeUndefined();
    // Another message beside the cost is no throttle: a 200 that is not an error stays none.
    expect(explain(ok(`{"errors":[{"message":"Field 'x' doesn't exist"}],${cost(1, 999)}}`), { now }).rule).not.toBe("provider.shopify.graphql-throttled");
  });

  test("a REST 403 that asks for no scope stays a plain 403", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\nX-Shopify-API-Version: 2024-01\n\n{"errors":"User does not have access"}`,
      { now },
    );
    expect(x.provider?.id).toBe("shopify");
    expect(x.rule).toBe("provider.403");
  });
});

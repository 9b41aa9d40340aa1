/**
 * Plaid: its body names it and its request id; ITEM_LOGIN_REQUIRED sends the user back through Link.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const plaidError = (status: string, fields: Record<string, unknown>) =>
  explain(`HTTP/1.1 ${status}\nContent-Type: application/json\n\n${JSON.stringify({ display_message: null, request_id: "wO8XGnHP1dJM1fk", suggested_action: null, ...fields })}`, { now });

describe("plaid", () => {
  test("ITEM_LOGIN_REQUIRED is a dead grant, with Plaid's request id to quote", () => {
    const x = plaidError("400 Bad Request", { error_type: "ITEM_ERROR", error_code: "ITEM_LOGIN_REQUIRED", error_message: "the login details of this item have changed" });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.requestId]).toEqual(["plaid", "provider.plaid.item-login-required", "ProviderUnauthorizedError", "wO8XGnHP1dJM1fk"]);
  });

  test("a rate limit is the generic 429, retried; an invalid input is the request's to fix", () => {
    // TRANSACTIONS_SYNC_LIMIT, as a Ktor client printed it in round 33
    const limited = plaidError("429 Too Many Requests", { error_type: "RATE_LIMIT_EXCEEDED", error_code: "TRANSACTIONS_SYNC_LIMIT", error_message: "rate limit exceeded" });
    expect([limited.provider?.id, limited.error!.retryable]).toEqual(["plaid", true]);
    const bad = plaidError("400 Bad Request", { error_type: "INVALID_INPUT", error_code: "INVALID_ACCESS_TOKEN", error_message: "provided access token is in an invalid format" });
    expect([bad.rule, bad.error!.retryable, bad.error!.message]).toEqual(["provider.error", false, "Plaid answered HTTP 400 Bad Request: provided access token is in an invalid format"]);
  });

  test("another API's upper-case error code without Plaid's error type is not Plaid's", () => {
    expect(explain('HTTP/1.1 400 Bad Request\n\n{"error_type":"VALIDATION","error_code":"BAD_FIELD"}', { now }).provider).toBeUndefined();
  });
});

/**
 * PayPal: its debug id (header or body, either spelling) is the id to quote; RATE_LIMIT_REACHED is retried.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("paypal", () => {
  test("its body names it and its debug_id is the request id; a 500 is retried", () => {
    // https://github.com/paypal/PayPal-Android-SDK/issues/392 (the body its SDK logged; the status line from its "statusCode:500")
    const x = explain('HTTP/1.1 500 Internal Server Error\n\n{"name":"INTERNAL_SERVICE_ERROR","debug_id":"5160e8c80aa4","message":"An internal service error has occurred","information_link":"https://developer.paypal.com/docs/api/#INTERNAL_SERVICE_ERROR"}', { now });
    expect([x.provider?.id, x.error!.requestId, x.error!.retryable]).toEqual(["paypal", "5160e8c80aa4", true]);
  });

  test("the Paypal-Debug-Id header names it and comes first; RATE_LIMIT_REACHED is retried whatever the status printed", () => {
    const x = explain('HTTP/1.1 400 Bad Request\nPaypal-Debug-Id: f00dcafe1234\n\n{"name":"RATE_LIMIT_REACHED","message":"Too many requests.","debug_id":"abc12345"}', { now });
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.requestId]).toEqual(["paypal", "provider.paypal.rate-limit", true, "f00dcafe1234"]);
  });

  test("the token endpoint's invalid_client is the app's credentials, not a user to reconnect", () => {
    const x = explain('HTTP/1.1 401 Unauthorized\nPaypal-Debug-Id: 0123abcd\n\n{"error":"invalid_client","error_description":"Client Authentication failed"}', { now });
    expect([x.provider?.id, x.rule, x.error!.name]).toEqual(["paypal", "provider.invalid-client", "ProviderAPIError"]);
  });
});

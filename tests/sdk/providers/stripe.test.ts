/**
 * Stripe: the permission signals beat the `Stripe-Should-Retry` header, the restricted-key
 * variant no permission fixes stays a plain 403, and a 429 is retried unless the header
 * says not to.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("stripe", () => {
  test("a missing restricted-key permission is a scope, even with Stripe-Should-Retry: false", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json
Stripe-Should-Retry: false

{"error": {"message": "The provided key 'rk_test_****abcd' does not have the required permissions for this endpoint on account 'acct_123'. Having the 'rak_charge_read' permission would allow this request to continue.", "type": "invalid_request_error"}}`,
      { providerId: "stripe", now },
    );
    expect(x.rule).toBe("provider.stripe.restricted-key-permission");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect((x.error as unknown as { missingScopes: string[] }).missingScopes).toEqual(["rak_charge_read"]);
  });

  test("an endpoint closed to restricted keys is no missing permission", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error": {"message": "This is a restricted API key, but the required permissions are not available for use by restricted keys.", "type": "invalid_request_error"}}`,
      { providerId: "stripe", now },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("a 429 is retried, unless Stripe-Should-Retry says not to", () => {
    const body = `{"error": {"code": "rate_limit", "message": "Request rate limit exceeded.", "type": "invalid_request_error"}}`;
    const plain = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n${body}`, { providerId: "stripe", now });
    expect(plain.rule).toBe("provider.error");
    expect(plain.error!.retryable).toBe(true);
    const told = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nStripe-Should-Retry: false\n\n${body}`, { providerId: "stripe", now });
    expect(told.rule).toBe("provider.stripe.should-not-retry");
    expect(told.error!.retryable).toBe(false);
  });

  test("a bare error body with Stripe's doc_url is Stripe's, without a providerId", () => {
    const x = explain(
      `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error": {"code": "rate_limit", "doc_url": "https://stripe.com/docs/error-codes/rate-limit", "message": "Request rate limit exceeded", "type": "invalid_request_error"}}`,
      { now },
    );
    expect(x.provider?.id).toBe("stripe");
    expect(x.rule).toBe("provider.stripe.rate-limit-400");
    expect(x.error!.retryable).toBe(true);
  });
});

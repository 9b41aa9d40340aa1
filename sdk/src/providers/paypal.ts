/**
 * PayPal's REST APIs: errors are `{"name": "RATE_LIMIT_REACHED", "message", "debug_id",
 * "information_link"}` (older SDKs write `debugId`), and `Paypal-Debug-Id` is the header; the
 * debug id is what PayPal's support asks for. Its OAuth token endpoint's `invalid_client` is
 * the generic rule's; its statuses say the rest.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const paypal = provider({
  id: "paypal",
  name: "PayPal",
  hosts: ["paypal.com"],
  clients: { packages: ["paypal", "paypalrestsdk", "paypalcheckoutsdk", "@paypal", "com.paypal", "PayPal", "PayPalCheckoutSdk"], classes: ["PayPal"] },
  requestIdHeaders: ["paypal-debug-id"],
  // Or the header's value as a client printed it: the mobile SDKs' "PayPal Debug-ID: 75ee3a922b144", WooCommerce PayPal
  // Payments' log "Response Debug ID: b33daf6e828bf".
  bodyRequestId: ["debug_id", "debugId", "error.debugId", { printed: /\b(?:PayPal|Response) [Dd]ebug[ -]ID(?::| =) ([a-f0-9]{8,32})\b/ }],
  fingerprints: {
    headers: ["paypal-debug-id"],
    // Its debug id beside an upper-case error name, or the link into its own docs every error carries.
    body: {
      any: [
        { all: [{ json: "name", matches: /^[A-Z][A-Z0-9_]{2,80}$/ }, { any: [{ json: "debug_id", matches: /^[0-9a-f]{8,20}$/ }, { json: "debugId", matches: /^[0-9a-f]{8,20}$/ }] }] },
        { json: "information_link", matches: /^https:\/\/developer\.paypal\.com\// },
        // braintree-web's wrapping of PayPal's answer in its Checkout flow: `{"error": {"errorName", "errorMessage", "debugId", "paypalHttpStatus"}}`.
        { json: "error.paypalHttpStatus" },
        { json: "informationLink", matches: /^https:\/\/developer\.paypal\.com\// },
      ],
    },
  },
  message: ["message", "details[].description", "error_description", "error.errorMessage"],
  signals: {
    "provider.paypal.rate-limit": {
      status: "any",
      when: { json: "name", is: "RATE_LIMIT_REACHED" },
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const paypalDocs: ProviderDocs<typeof paypal> = {
  docs: [
    { title: "REST API responses (error names, debug_id)", url: "https://developer.paypal.com/api/rest/responses/" },
    { title: "Rate limiting", url: "https://developer.paypal.com/api/rest/reference/rate-limiting/" },
    { title: "Authentication", url: "https://developer.paypal.com/api/rest/authentication/" },
  ],
  requestIdSource: "https://developer.paypal.com/api/rest/responses/",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.invalid-client", "provider.401"],
      note: "The token endpoint answers a wrong client id or secret with 401 `invalid_client` \"Client Authentication failed\": the app's credentials to fix, not a user's to reconnect. An expired access token is a 401 `invalid_token`: get a new one.",
    },
    rateLimit: {
      rules: ["provider.paypal.rate-limit"],
      note: "A 429 `RATE_LIMIT_REACHED` (\"Too many requests. Blocked due to rate limiting.\") with no `Retry-After`: back off.",
    },
    notRetryable: "not documented",
  },
  notes: ["`debug_id` (the `Paypal-Debug-Id` header) identifies the call for PayPal's support; older SDKs print it as `debugId`."],
  signals: {
    "provider.paypal.rate-limit": {
      statement:
        "PayPal answers too many requests with 429 `RATE_LIMIT_REACHED` (\"Too many requests. Blocked due to rate limiting.\"): a retryable ProviderAPIError, whatever status a client prints; back off, no wait is sent.",
      action: "Back off and retry later: PayPal sends no wait, so space out the calls.",
      source: "https://developer.paypal.com/api/rest/reference/rate-limiting/",
      examples: [
        {
          source: "https://github.com/paypal/PayPal-PHP-SDK/issues/363",
          reconstructed: "status line added: the issue shows the body the SDK logged, and PayPal's rate-limiting page sends RATE_LIMIT_REACHED with a 429",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"message":"Too many requests. Blocked due to rate limiting.","informationLink":"https://developer.paypal.com/docs/api/#RATE_LIMIT_REACHED","name":"RATE_LIMIT_REACHED","debugId":"c02f80d9c7e60"}`,
        },
      ],
    },
  },
};

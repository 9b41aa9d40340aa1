/**
 * Stripe: one error envelope (`error.type`, `error.code`, `error.message`) whatever the
 * status, but the status does not always say what to do: a missing permission names the
 * scope only in the message text, a disconnected Connect account is a 403, old API
 * versions rate-limit with a 400, and the `Stripe-Should-Retry` header overrides the status.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

// "… Having the 'read_only' scope would allow this request to continue."
const HAVING_SCOPE = /Having the '([^'\n]{1,100})' scope would allow/;
const HAVING_PERMISSION = /Having the '([^'\n]{1,100})' permission would allow/;

const STRIPE_DOCS = /^https:\/\/(?:docs\.)?stripe\.com\/(?:docs\/)?error-codes\//;
const STRIPE_DASHBOARD = /^https:\/\/dashboard\.stripe\.com\//;
/** The `type` of every Stripe error (https://docs.stripe.com/api/errors), older ones included. */
const STRIPE_ERROR_TYPES = ["api_error", "card_error", "idempotency_error", "invalid_request_error", "authentication_error", "rate_limit_error", "api_connection_error"];

export const stripe = provider({
  id: "stripe",
  name: "Stripe",
  hosts: ["stripe.com"],
  clients: { packages: ["stripe", "Stripe", "com.stripe"], classes: ["Stripe"] },
  requestIdHeaders: ["request-id"],
  fingerprints: {
    headers: ["stripe-should-retry", "stripe-version"],
    // Links into Stripe's own docs and Dashboard logs, which no other API's errors carry; also the error alone, without its
    // `error` wrapper, as stripe-go marshals its Error (`{"code":"rate_limit","status":429,"message":"...","type":...}`),
    // whose message may be the only link.
    body: {
      any: [
        { json: "error.doc_url", matches: STRIPE_DOCS },
        { json: "error.request_log_url", matches: STRIPE_DASHBOARD },
        { json: "doc_url", matches: STRIPE_DOCS },
        { json: "request_log_url", matches: STRIPE_DASHBOARD },
        { all: [{ json: "type", is: STRIPE_ERROR_TYPES }, { json: "message", matches: /\bhttps:\/\/(?:docs\.)?stripe\.com\/(?:docs\/)?/ }] },
      ],
    },
  },
  message: ["error.message", "message"],
  signals: {
    // Before API version 2016-10-19 both permission failures came as a 401.
    "provider.stripe.app-scope": {
      status: [401, 403],
      when: {
        any: [
          { json: "error.code", is: "more_permissions_required_for_application" },
          { json: "error.message", matches: /^This application does not have the required permissions for this endpoint/ },
          { text: /\bThis application does not have the required permissions for this endpoint\b/ },
        ],
      },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.message", capture: HAVING_SCOPE }, { text: HAVING_SCOPE }],
    },
    "provider.stripe.restricted-key-permission": {
      status: [401, 403],
      // Also its message alone, as stripe-node's error prints it (`[Error: The provided key 'rk_test_...' does not have ...] {`).
      when: said("error.message", { matches: /^The provided key '[^'\n]{1,300}' does not have the required permissions for this endpoint/ }, /\bThe provided key '[^'\n]{1,300}' does not have the required permissions for this endpoint/),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.message", capture: HAVING_PERMISSION }, { text: HAVING_PERMISSION }],
    },
    "provider.stripe.account-access-revoked": {
      status: [403],
      when: {
        json: "error.message",
        matches: /^The provided key '[^'\n]{1,300}' does not have access to account '[^'\n]{1,300}' \(or that account does not exist\)\. Application access may have been revoked/,
      },
      error: "ProviderUnauthorizedError",
    },
    "provider.stripe.rate-limit-400": {
      status: [400],
      when: {
        any: [
          { json: "error.code", is: "rate_limit" },
          // Connect account creation: no code, only this message (stripe-node#2223).
          { json: "error.message", matches: /^Sorry, you're creating accounts too quickly\./ },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
    },
    // Last: a signal above says what to do; this one only says not to repeat.
    "provider.stripe.should-not-retry": {
      when: { header: "stripe-should-retry", is: "false" },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const stripeDocs: ProviderDocs<typeof stripe> = {
  docs: [
    { title: "Errors (API reference)", url: "https://docs.stripe.com/api/errors" },
    { title: "Error codes", url: "https://docs.stripe.com/error-codes" },
    { title: "Advanced error handling (HTTP status codes, Stripe-Should-Retry)", url: "https://docs.stripe.com/error-low-level" },
    { title: "Rate limits", url: "https://docs.stripe.com/rate-limits" },
    { title: "Restricted API keys", url: "https://docs.stripe.com/keys/restricted-api-keys" },
  ],
  requestIdSource: "https://github.com/stripe/stripe-node/blob/master/src/RequestSender.ts",
  answers: {
    scope: {
      rules: ["provider.stripe.app-scope", "provider.stripe.restricted-key-permission"],
      note: "The needed scope (Connect or Stripe Apps) or `rak_*` permission (restricted keys) is named only in the message: \"Having the '…' scope would allow this request to continue.\"",
    },
    credential: {
      rules: ["provider.401", "provider.stripe.account-access-revoked"],
      note: "An unknown or deleted key is a 401 \"Invalid API Key provided\"; a rolled or expired key a 401 `api_key_expired`. A Connect account that disconnected the platform answers 403.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.stripe.rate-limit-400"],
      note: "Stripe rate-limits with a 429 (`rate_limit`, or `lock_timeout` when another request holds the object); it documents no remaining, reset or `Retry-After` header: back off exponentially. Accounts pinned to an API version before 2015-09-08 get a 400 `rate_limit` instead.",
    },
    notRetryable: {
      rules: ["provider.stripe.should-not-retry"],
      note: "`Stripe-Should-Retry: false` wins over the status (a 500 already replayed by the idempotency layer, for example).",
    },
  },
  notes: [
    "`Stripe-Should-Retry: true` (documented for lock timeouts) is not encoded as its own signal: no public response shows it on a status the generic rules would not retry.",
    "\"This is a restricted API key, but the required permissions are not available for use by restricted keys.\" (403) cannot be fixed by any permission: it stays a plain ProviderAPIError; use a secret key for that endpoint.",
    "Stripe Apps cannot request the `read_only` scope that some `more_permissions_required_for_application` messages name: reauthorizing does not help there, the endpoint is not available to the app.",
    "A 403 \"does not have access to account … (or that account does not exist)\" is also what a mistyped or deleted `acct_` id gets: check the id before asking the account to reconnect.",
    "Stripe staff advise against blind retries of a 429 `rate_limit`: it usually means the integration makes too many requests; `Stripe-Rate-Limited-Reason` names the limiter that was hit.",
  ],
  signals: {
    "provider.stripe.app-scope": {
      statement:
        "Stripe's 403 `more_permissions_required_for_application` (\"This application does not have the required permissions for this endpoint…\") is a ScopeReauthRequiredError: the Connect or Stripe Apps authorization lacks the scope the message names (\"Having the 'read_only' scope would allow…\"), which is `missingScopes`; reauthorize with it.",
      action: "Have the account authorize the Connect or Stripe App again with the scope named in `missingScopes`.",
      source: "https://docs.stripe.com/changelog/2016-10-19/insufficient-permissions-throw-403-error",
      examples: [
        {
          source: "https://github.com/stripe/stripe-apps/issues/458",
          reconstructed:
            "status line from \"(Status 403)\" in the stripe-ruby message, which quotes only the message; the body is Stripe's envelope around it, with the code the same error shows in https://github.com/stripe/stripe-apps/issues/1027; the request id is a fake",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json
Request-Id: req_0000000000FAKE

{
  "error": {
    "code": "more_permissions_required_for_application",
    "message": "This application does not have the required permissions for this endpoint on account 'acct_abc123'. Having the 'read_only' scope would allow this request to continue."
  }
}`,
        },
      ],
    },
    "provider.stripe.restricted-key-permission": {
      statement:
        "Stripe's 403 \"The provided key 'rk_…' does not have the required permissions for this endpoint… Having the 'rak_…' permission would allow this request to continue.\" is a ScopeReauthRequiredError: the restricted key lacks the `rak_*` permission the message names (`missingScopes`); add it to the key in the Dashboard.",
      action: "Add the `rak_*` permission named in `missingScopes` to the restricted key in the Stripe Dashboard, then send the call again.",
      source: "https://docs.stripe.com/keys/restricted-api-keys",
      examples: [
        {
          source: "https://github.com/stripe/stripe-node/issues/2246",
          reconstructed:
            "status line and body rebuilt from the stripe-node error the issue prints (statusCode 403, rawType invalid_request_error, its message); the key and account are masked as the reporter masked them, the key shortened",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error": {"message": "The provided key 'rk_test_********************qs8Kgd' does not have the required permissions for this endpoint on account 'acct_1PJBLEBBLEfV'. Having the 'rak_accounts_kyc_id_numbers_read' permission would allow this request to continue.", "type": "invalid_request_error"}}`,
        },
        {
          source: "https://github.com/woocommerce/woocommerce-gateway-stripe/issues/634",
          reconstructed: "rebuilt from the Dashboard log line the issue quotes (\"403 ERR GET /v1/account\", type invalid_request_error, the message); key and account masked as quoted, the key shortened",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error": {"message": "The provided key 'rk_test_****************L' does not have the required permissions for this endpoint on account 'acct_1*************3'. Having the 'rak_accounts_kyc_id_numbers_read' permission would allow this request to continue.", "type": "invalid_request_error"}}`,
        },
      ],
    },
    "provider.stripe.account-access-revoked": {
      statement:
        "Stripe's 403 \"The provided key '…' does not have access to account 'acct_…' (or that account does not exist). Application access may have been revoked.\" is a ProviderUnauthorizedError: the connected account disconnected the platform; it must connect again (or the `acct_` id is wrong).",
      action: "Check the `acct_` id first; if it is right, the connected account must connect to the platform again before any call succeeds.",
      source: "https://github.com/letsrevel/revel-backend/issues/694",
      examples: [
        {
          source: "https://github.com/letsrevel/revel-backend/issues/694",
          reconstructed:
            "status line from stripe-python's PermissionError (its class for a 403); the body is Stripe's envelope around the message the exception prints, joined on one line",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error": {"message": "The provided key 'sk_test_…' does not have access to account 'acct_bootstrap_b2b' (or that account does not exist). Application access may have been revoked."}}`,
        },
      ],
    },
    "provider.stripe.rate-limit-400": {
      statement:
        "Stripe's 400 `rate_limit` (accounts on an API version before 2015-09-08) and 400 \"Sorry, you're creating accounts too quickly.\" (Connect account creation) are rate limits: a retryable ProviderAPIError; back off before the next attempt.",
      action: "Back off and retry, and slow down the requests (account creation in particular) so the limit is not hit again.",
      source: "https://docs.stripe.com/changelog/2015-09-08/rate-limited-requests-return-429-no-rate-limit",
      examples: [
        {
          source: "https://github.com/codecombat/codecombat/issues/2588",
          reconstructed:
            "status line added: stripe-node raised StripeInvalidRequest (a 400), and before 2015-09-18 Stripe sent rate limits as 400 `rate_limit` (https://github.com/stripe/stripe-python/pull/185); the body is the `raw` object the error dump prints",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error": {"type": "invalid_request_error", "message": "Request rate limit exceeded", "code": "rate_limit"}}`,
        },
        {
          source: "https://github.com/stripe/stripe-node/issues/2223",
          reconstructed: "status line from \"ERROR: 400\" in the log; the body is Stripe's envelope around the message the log prints (its type and code are not shown)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error": {"message": "Sorry, you're creating accounts too quickly. You should limit your requests to less than 5 creation attempts per second with a test key, or less than 30 with a live key."}}`,
        },
      ],
    },
    "provider.stripe.should-not-retry": {
      statement:
        "A Stripe error with `Stripe-Should-Retry: false` is a ProviderAPIError that is not retryable, whatever the status (a 429 or a 5xx included): Stripe says a retry would have no additional effect.",
      action: "Do not send the same call again: Stripe says a retry has no additional effect; read the error to see what to change.",
      source: "https://docs.stripe.com/error-low-level#should-retry",
      examples: [
        {
          source: "https://docs.stripe.com/error-low-level#should-retry",
          reconstructed:
            "assembled from the page's description of the header (\"`Stripe-Should-Retry` set to `false` means that a client should not retry the request because it won't have an additional effect\") and of 500s replayed by the idempotency layer; the body is Stripe's envelope with the message stripe-node shows for a 500 in https://github.com/stripe/stripe-node/issues/1494; the request id is a fake",
          text: `HTTP/1.1 500 Internal Server Error
Content-Type: application/json
Request-Id: req_0000000000FAKE
Stripe-Should-Retry: false

{"error": {"message": "An unknown error occurred", "type": "api_error"}}`,
        },
      ],
    },
  },
};

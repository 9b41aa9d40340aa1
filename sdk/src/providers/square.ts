/**
 * Square (its API at connect.squareup.com, and connect.squareupsandbox.com for the sandbox): an error is `{"errors":
 * [{"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED", "detail": "...", "field": "..."}]}`, each error's `category` one
 * of Square's own (`API_ERROR`, `AUTHENTICATION_ERROR`, `INVALID_REQUEST_ERROR`, `RATE_LIMIT_ERROR`, `PAYMENT_METHOD_ERROR`,
 * `REFUND_ERROR`, ...) and its `code` one of its `ErrorCode`s: that pair names it. A token without a permission the endpoint
 * needs answers `INSUFFICIENT_SCOPES` "The merchant has not given your application sufficient permissions to do that. The
 * merchant must authorize your application for the following scopes: ORDERS_READ", naming the permission: the signal reads it
 * as a scope to ask the seller for, which the generic rules do not. An expired or revoked token (`ACCESS_TOKEN_EXPIRED`,
 * `ACCESS_TOKEN_REVOKED`, `UNAUTHORIZED`) answers 401, which the generic rules read as a credential to replace; `RATE_LIMITED`
 * answers 429, which they retry with a backoff, as Square asks; a card declined (`PAYMENT_METHOD_ERROR`) answers a 4xx they do not
 * retry. No request id is documented.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its error categories (`ErrorCategory`). */
const CATEGORIES = [
  "API_ERROR",
  "AUTHENTICATION_ERROR",
  "INVALID_REQUEST_ERROR",
  "RATE_LIMIT_ERROR",
  "PAYMENT_METHOD_ERROR",
  "REFUND_ERROR",
  "MERCHANT_SUBSCRIPTION_ERROR",
  "EXTERNAL_VENDOR_ERROR",
];
/** The permissions its `INSUFFICIENT_SCOPES` names, after its words (in brackets in some answers: `[ORDERS_READ]`). */
const SCOPES = /following scopes: \[?([A-Z][A-Z_]{2,60}(?:, ?[A-Z][A-Z_]{2,60}){0,20})/;

export const square = provider({
  id: "square",
  name: "Square",
  // connect.squareup.com and pci-connect.squareup.com (the API), connect.squareupsandbox.com (the sandbox's).
  hosts: ["squareup.com", "squareupsandbox.com"],
  // Its SDKs: npm `square` (`node_modules/square/`), Python `squareup` (imported as `square`), PHP `square/square` (namespace
  // `Square`: `Square\Exceptions\ApiException`), .NET `Square` (`Square.Exceptions.ApiException`), Java `com.squareup.square`, and
  // the retired Connect SDKs (`squareconnect.rest.ApiException`, Ruby `SquareConnect::ApiError`, PHP `SquareConnect\ApiException`,
  // Java `com.squareup.connect`). Not `com.squareup` alone: OkHttp's and Retrofit's packages. Classes starting `Square`
  // (`SquareApiException`, `SquareError`; not `Squarespace…`).
  clients: { packages: ["square", "Square", "squareconnect", "SquareConnect", "square_connect", "com.squareup.square", "com.squareup.connect"], classes: ["Square"] },
  fingerprints: {
    body: { all: [{ json: "errors[].category", is: CATEGORIES }, { json: "errors[].code", matches: /^[A-Z][A-Z0-9_]{2,60}$/ }] },
  },
  message: ["errors[].detail", "errors[].code"],
  signals: {
    // A token the seller did not grant the permission to: the permission is named in the words.
    "provider.square.insufficient-scopes": {
      when: { json: "errors[].code", is: "INSUFFICIENT_SCOPES" },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "errors[].detail", capture: SCOPES, split: "," }],
    },
  },
});

export const squareDocs: ProviderDocs<typeof square> = {
  docs: [
    { title: "Handling errors (the errors array, categories, codes)", url: "https://developer.squareup.com/docs/build-basics/general-considerations/handling-errors" },
    { title: "ErrorCategory", url: "https://developer.squareup.com/reference/square/objects/ErrorCategory" },
    { title: "ErrorCode", url: "https://developer.squareup.com/reference/square/enums/ErrorCode" },
    { title: "OAuth permissions", url: "https://developer.squareup.com/reference/square/enums/OAuthPermission" },
  ],
  answers: {
    scope: {
      rules: ["provider.square.insufficient-scopes"],
      note: "`INSUFFICIENT_SCOPES` names the permission the seller must grant (\"The merchant must authorize your application for the following scopes: ORDERS_READ\"). A WRITE permission does not include the READ one. Permissions are granted only through the OAuth authorization page: refreshing the token keeps the old ones, so send the seller through it again with the permission added. A personal access token has every permission there was when its application was created. A 403 `FORBIDDEN` \"You have insufficient permissions to perform that action.\" names none (an API that a personal access token cannot call, or a location the account cannot reach): the generic rules answer it not retryable.",
    },
    credential: {
      rules: ["provider.401"],
      note: "401 `AUTHENTICATION_ERROR` with `ACCESS_TOKEN_EXPIRED` (renew it with the refresh token), `ACCESS_TOKEN_REVOKED` (the seller revoked the application: authorize again), or `UNAUTHORIZED` (\"The `Authorization` http header of your request was incorrect or expired\", or malformed: send `Authorization: Bearer <token>`, and a sandbox token only to connect.squareupsandbox.com).",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "429 `RATE_LIMIT_ERROR` `RATE_LIMITED`: Square documents no limit nor a wait, and asks for retries with an exponential backoff and jitter; the generic rules retry it so.",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "A `PAYMENT_METHOD_ERROR` is the card's answer (`GENERIC_DECLINE`, `CVV_FAILURE`, `INSUFFICIENT_FUNDS`, ...): the same card is declined again; ask the buyer for another card. The generic rules answer its 4xx not retryable.",
    },
  },
  notes: [
    "Bulk endpoints may return `errors` for some operations inside a 200.",
    "An expired OAuth token has been seen answered with `API_ERROR` `INTERNAL_SERVER_ERROR` \"We were unable to authorize this request due to an internal error.\" (square/square-python-sdk#20): when it persists, renew the token.",
    "No request id is documented.",
  ],
  signals: {
    "provider.square.insufficient-scopes": {
      statement:
        "Square answers a token without a permission the endpoint needs with `AUTHENTICATION_ERROR` `INSUFFICIENT_SCOPES` \"The merchant must authorize your application for the following scopes: ORDERS_READ\": a ScopeReauthRequiredError whose `missingScopes` are the permissions named; send the seller through OAuth again with them (refreshing the token does not add them).",
      action: "Send the seller through OAuth again with the permissions in `missingScopes`: refreshing the token does not add them.",
      source: "https://developer.squareup.com/reference/square/enums/ErrorCode",
      examples: [
        {
          source: "https://developer.squareup.com/forums/t/permission-getting-removed-insufficient-scope-issue/26291",
          reconstructed: "status line added (the post quotes the body its SquareApiException printed, without the status; the signal reads the code at any error status)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"errors":[{"category":"AUTHENTICATION_ERROR","code":"INSUFFICIENT_SCOPES","detail":"The merchant has not given your application sufficient permissions to do that. The merchant must authorize your application for the following scopes: ORDERS_READ"}]}`,
        },
        {
          source: "https://developer.squareup.com/forums/t/insufficient-scope-error/1374",
          reconstructed: "status line added (the post quotes the body API Explorer showed, without the status; the signal reads the code at any error status)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "errors": [
    {
      "code": "INSUFFICIENT_SCOPES",
      "detail": "The merchant has not given your application sufficient permissions to do that. The merchant must authorize your application for the following scopes: [ORDERS_READ]",
      "category": "AUTHENTICATION_ERROR"
    }
  ]
}`,
        },
      ],
    },
  },
};

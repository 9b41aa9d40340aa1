/**
 * Paddle (Paddle Billing's API at api.paddle.com and sandbox-api.paddle.com; Paddle Classic's at vendors.paddle.com): a Billing
 * error is `{"error": {"type": "request_error", "code": "...", "detail": "...", "documentation_url":
 * "https://developer.paddle.com/errors/..."}, "meta": {"request_id": "..."}}`. The link to its own errors pages names it, and
 * `meta.request_id` is the id its support asks for (it sends no request-id header for it). An API key that is wrong, revoked or of
 * the other environment answers 403 (not 401) `invalid_token` "Invalid or revoked API key.", a client-side token 403
 * `invalid_client_token`, an OAuth access token 401 `invalid_access_token`: the signal reads all three as a credential to
 * replace. A key without the permission an operation needs (API keys hold `entity.read` and `entity.write` permissions) answers
 * 403 `forbidden` "You aren't permitted to perform this request.", naming none. A rate limit (240 requests a minute per IP for
 * most operations) answers 429 `too_many_requests` with `Retry-After`, which the generic rules wait for.
 *
 * Paddle Classic answers its errors inside a 200, `{"success": false, "error": {"code": 107, "message": "You don't have permission
 * to access this resource"}}`, a shape other APIs share: only its host names it.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its errors' own pages, which every Billing error links. */
const ERROR_PAGE = /^https:\/\/developer\.paddle\.com\/errors\//;

export const paddle = provider({
  id: "paddle",
  name: "Paddle",
  // api.paddle.com and sandbox-api.paddle.com (Billing), vendors.paddle.com and sandbox-vendors.paddle.com (Classic),
  // checkout.paddle.com. Not PaddlePaddle (paddlepaddle.org.cn), a machine-learning framework.
  hosts: ["paddle.com"],
  // paddle-python-sdk (`paddle_billing.Exceptions.ApiError`), paddle-node-sdk (npm `@paddle/paddle-node-sdk`), paddle-php-sdk
  // (namespace `Paddle\SDK`: `Paddle\SDK\Exceptions\ApiError`), and Classic's laravel-paddle (`ProtoneMedia\LaravelPaddle\Api\
  // PaddleApiException`). Not the Python package `paddle`, nor classes starting `Paddle`: PaddlePaddle's.
  clients: { packages: ["paddle_billing", "@paddle", "Paddle.SDK", "ProtoneMedia.LaravelPaddle"], classes: [] },
  bodyRequestId: ["meta.request_id"],
  fingerprints: { body: { json: "error.documentation_url", matches: ERROR_PAGE } },
  message: ["error.detail", "error.errors[].message"],
  signals: {
    // A key or token Paddle will not take: wrong, revoked, expired, or of the other environment.
    "provider.paddle.credential-rejected": {
      status: [401, 403],
      when: { json: "error.code", is: ["invalid_token", "invalid_client_token", "invalid_access_token"] },
      error: "ProviderUnauthorizedError",
    },
    // A valid key without the permission the operation needs (it names none).
    "provider.paddle.permission-missing": {
      status: [403],
      when: { json: "error.code", is: "forbidden" },
      error: "ScopeReauthRequiredError",
    },
  },
});

export const paddleDocs: ProviderDocs<typeof paddle> = {
  docs: [
    { title: "Errors (the error object, `documentation_url`, `meta.request_id`)", url: "https://developer.paddle.com/api-reference/about/errors" },
    { title: "Rate limiting (240 a minute per IP, 429 with Retry-After)", url: "https://developer.paddle.com/api-reference/about/rate-limiting" },
    { title: "API key permissions (403 forbidden without one)", url: "https://developer.paddle.com/api-reference/about/permissions" },
    { title: "Paddle Classic: API error codes (inside a 200)", url: "https://developer.paddle.com/classic/api-reference/324ed7bfd28c8-api-error-codes" },
  ],
  requestIdSource: "https://developer.paddle.com/api-reference/about/errors",
  answers: {
    scope: {
      rules: ["provider.paddle.permission-missing"],
      note: "An API key without the permission an operation needs gets 403 `forbidden` \"You aren't permitted to perform this request.\"; the response names no permission. Each is `entity.read` or `entity.write` (write includes read): add it to the key in the dashboard, or use a key that has it. The API root (`GET /`) lists the permissions of the key that calls it.",
    },
    credential: {
      rules: ["provider.paddle.credential-rejected", "provider.401"],
      note: "403 `invalid_token` \"Invalid or revoked API key.\": the key is wrong, revoked, or of the other environment (a sandbox key against api.paddle.com, or a live key against sandbox-api.paddle.com). 403 `invalid_client_token`: the same for a client-side token. 401 `invalid_access_token` \"Access token is expired or invalid.\": refresh the OAuth access token, or reconnect. 403 `authentication_malformed` \"Authentication header included, but incorrectly formatted.\" is the header's form (`Authorization: Bearer <key>`, or a proxy that rewrote it): the generic rules answer it not retryable.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Per IP: 240 requests a minute for most operations, 1,000 for pricing previews; an immediate charge on a subscription 20 an hour and 100 a day. Over it, 429 `too_many_requests` with `Retry-After` (seconds), which the generic rules wait for.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Quote `meta.request_id` to Paddle's support: every Billing error carries it.",
    "Paddle Classic (vendors.paddle.com) answers errors with HTTP 200 and `{\"success\": false, \"error\": {\"code\": ..., \"message\": ...}}` (107 \"You don't have permission to access this resource\", 102 \"Bad api key\"): a body many APIs share, so the SDK does not read it as Paddle's; a pasted `PaddleApiException [107]` line carries no status to read.",
  ],
  signals: {
    "provider.paddle.credential-rejected": {
      statement:
        "Paddle answers an API key that is wrong, revoked or of the other environment with 403 (not 401) `invalid_token` \"Invalid or revoked API key.\", a client-side token likewise with 403 `invalid_client_token`, and an expired OAuth access token with 401 `invalid_access_token`: a ProviderUnauthorizedError; use a valid key for the environment called, or refresh the token.",
      action: "Use a valid, unrevoked API key for the environment you call, or refresh the expired OAuth access token.",
      source: "https://developer.paddle.com/errors/shared/invalid_token",
      examples: [
        {
          source: "https://developer.paddle.com/errors/shared/invalid_token",
          reconstructed: "status line added (the page's details give status code 403)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error": {
    "type": "request_error",
    "code": "invalid_token",
    "detail": "Invalid or revoked API key.",
    "documentation_url": "https://developer.paddle.com/errors/shared/invalid_token"
  },
  "meta": {
    "request_id": "00000000-0000-0000-0000-000000000000"
  }
}`,
        },
        {
          source: "https://developer.paddle.com/errors/shared/invalid_client_token",
          reconstructed: "status line added (the page's details give status code 403)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":{"type":"request_error","code":"invalid_client_token","detail":"Invalid, revoked or expired client-side token.","documentation_url":"https://developer.paddle.com/errors/shared/invalid_client_token"},"meta":{"request_id":"00000000-0000-0000-0000-000000000000"}}`,
        },
      ],
    },
    "provider.paddle.permission-missing": {
      statement:
        "Paddle answers an API key without the permission an operation needs with 403 `forbidden` \"You aren't permitted to perform this request.\": a ScopeReauthRequiredError naming no permission; give the key the operation's `entity.read` or `entity.write` permission, or use a key that has it.",
      action: "Give the API key the operation's `entity.read` or `entity.write` permission, or use a key that has it.",
      source: "https://developer.paddle.com/api-reference/about/permissions",
      examples: [
        {
          source: "https://developer.paddle.com/errors/shared/forbidden",
          reconstructed: "status line added (the page's details give status code 403)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error": {
    "type": "request_error",
    "code": "forbidden",
    "detail": "You aren't permitted to perform this request.",
    "documentation_url": "https://developer.paddle.com/errors/shared/forbidden"
  },
  "meta": {
    "request_id": "00000000-0000-0000-0000-000000000000"
  }
}`,
        },
      ],
    },
  },
};

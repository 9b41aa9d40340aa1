/**
 * Box: a Client Error body (`type: "error"`, `status`, `code`, `message`, `request_id`) and,
 * on 401 and 403, an RFC 6750 challenge (`Bearer realm="Service", error="insufficient_scope"`)
 * that the generic rules already read; some 403s carry only the body's `code`. The token
 * endpoint answers a dead refresh token with a 400.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const box = provider({
  id: "box",
  name: "Box",
  hosts: ["box.com"],
  clients: { packages: ["boxsdk", "box_sdk_gen", "box-node-sdk", "box-typescript-sdk-gen", "Boxr", "com.box", "Box.V2"], classes: ["BoxAPI", "BoxSDK"] },
  requestIdHeaders: ["box-request-id"],
  bodyRequestId: "request_id",
  // Its Client Error body links Box's own docs (`http://developers.box.com/docs/#errors`, later
  // `https://developer.box.com/guides/...`): a body pasted without headers is still Box's, and
  // its `code` (`rate_limit_exceeded`, `insufficient_scope`) is then not read as the backend's.
  fingerprints: { headers: ["box-request-id"], body: { json: "help_url", matches: /^https?:\/\/developers?\.box\.com\// } },
  message: ["message", "error_description"],
  signals: {
    // The challenge case is the generic `provider.403.insufficient-scope`; this is the body-only one.
    "provider.box.insufficient-scope": {
      status: [403],
      when: { json: "code", is: "insufficient_scope" },
      error: "ScopeReauthRequiredError",
    },
    // Only a refresh token's failure: `invalid_grant` also answers a JWT or client-credentials
    // grant the app misconfigured, which reconnecting the user does not fix.
    "provider.box.refresh-invalid-grant": {
      status: [400],
      when: {
        all: [
          { json: "error", is: "invalid_grant" },
          { json: "error_description", matches: /^(?:Invalid refresh token|Refresh token has expired)/ },
        ],
      },
      error: "ProviderUnauthorizedError",
    },
    // The other `invalid_grant`s: a JWT or client-credentials grant the app itself got wrong (a claim, the clock, its
    // credentials), which reconnecting the user does not fix; an authorization code's is the generic dead grant.
    "provider.box.app-grant-invalid": {
      status: [400],
      when: {
        all: [
          { json: "error", is: "invalid_grant" },
          { json: "error_description", matches: /\bclaim\b|^Grant credentials are invalid|^Current date\/time MUST be/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const boxDocs: ProviderDocs<typeof box> = {
  docs: [
    { title: "Common errors", url: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors" },
    { title: "Rate limits", url: "https://developer.box.com/guides/api-calls/permissions-and-errors/rate-limits" },
    { title: "Scopes", url: "https://developer.box.com/guides/api-calls/permissions-and-errors/scopes" },
  ],
  requestIdSource: "https://github.com/box/box-node-sdk/issues/157",
  answers: {
    scope: {
      rules: ["provider.403.insufficient-scope", "provider.box.insufficient-scope"],
      note: "Box names no scope (its challenge has no `scope` parameter). Enable the scope on the app and reauthorize; for server (JWT, client-credentials) apps an admin must also reauthorize the app, or the app needs Enterprise access.",
    },
    credential: {
      rules: ["provider.401", "provider.box.refresh-invalid-grant", "provider.box.app-grant-invalid"],
      note: "An expired (60-minute) or revoked access token is a 401 with `WWW-Authenticate: Bearer realm=\"Service\", error=\"invalid_token\"`; refresh it (refresh tokens are single-use). A JWT or client-credentials app's own grant failing (a claim, the clock, its credentials) is the app's to fix, not the user's.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Box rate-limits per user with 429 `rate_limit_exceeded` and `retry-after` in seconds.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "403 `access_denied_insufficient_permissions` means the acting user (or the app's service account) has no access to that item in most reports; Box also names the app's scopes as a cause. It stays a plain ProviderAPIError: widening consent does not grant access to an item.",
    "Box documents 409 `operation_blocked_temporary` and `name_temporarily_reserved` as conflicts that pass when retried later, and 503 `unavailable` with an optional `Retry-After`; no public response shows the 409s, so no signal reads them.",
    "Box also applies licence-based monthly API allocations; a 429 from them is not told apart from an ordinary one.",
  ],
  signals: {
    "provider.box.insufficient-scope": {
      statement:
        "Box's 403 with `code: \"insufficient_scope\"` (\"The request requires higher privileges than provided by the access token.\") is a ScopeReauthRequiredError even without a challenge header: enable the needed scope on the app and reauthorize it.",
      action: "Enable the needed scope on the Box app and reauthorize it; for a server (JWT, client-credentials) app an admin must reauthorize it too.",
      source: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors",
      examples: [
        {
          source: "https://community.box.com/box-sign-api-9/insufficient-scope-3011",
          reconstructed: 'status line added from `"status": 403` in the body; the request id is a fake',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
    "type": "error",
    "code": "insufficient_scope",
    "status": 403,
    "message": "The request requires higher privileges than provided by the access token.",
    "help_url": "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
    "request_id": "0000000000000000fake"
}`,
        },
      ],
    },
    "provider.box.app-grant-invalid": {
      statement:
        "Box's token endpoint also answers 400 `invalid_grant` for a grant the app itself made wrong: a JWT app's assertion with a bad claim (\"Please check the 'exp' claim.\", the 'sub' or 'jti' claim, a clock out of sync), or client credentials Box does not accept (\"Grant credentials are invalid\"). A ProviderAPIError, not retryable: fix the app's configuration or the server's clock; reconnecting the user does not.",
      action: "Fix the app's configuration (the JWT assertion's claims or the client credentials) or the server's clock: reconnecting the user does not help.",
      source: "https://github.com/box/box-java-sdk/issues/404",
      examples: [
        {
          source: "https://github.com/box/box-java-sdk/issues/404",
          reconstructed: "status line and Content-Type added around the body the issue quotes: the token endpoint sends `invalid_grant` with a 400",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"invalid_grant","error_description":"Please check the 'exp' claim."}`,
        },
      ],
    },
    "provider.box.refresh-invalid-grant": {
      statement:
        "Box's token endpoint answers 400 `invalid_grant` \"Invalid refresh token\" (or \"Refresh token has expired\") when the refresh token was already used, revoked or is over 60 days old: a ProviderUnauthorizedError, the user must connect again.",
      action: "Send the user through Box authorization again: the refresh token was already used, revoked or is over 60 days old.",
      source: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors",
      examples: [
        {
          source: "https://github.com/box/box-python-sdk/issues/587",
          reconstructed:
            "rebuilt from the boxsdk log in the thread: its status (400), its header dict (cookies left out) and its body (a Python dict, written as JSON)",
          text: `HTTP/1.1 400 Bad Request
Date: Wed, 18 May 2022 16:51:48 GMT
Content-Type: application/json
Transfer-Encoding: chunked
Connection: keep-alive
Strict-Transport-Security: max-age=31536000
Cache-Control: no-store

{"error": "invalid_grant", "error_description": "Invalid refresh token"}`,
        },
        {
          source: "https://github.com/box/box-windows-sdk-v2/issues/96",
          reconstructed: "status line added: the issue shows only the body, and RFC 6749 section 5.2 sends `invalid_grant` with a 400",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"invalid_grant","error_description":"Refresh token has expired"}`,
        },
      ],
    },
  },
};

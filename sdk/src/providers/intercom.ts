/**
 * Intercom's REST API: every error is an `error.list` with a `request_id` to quote and
 * `errors[].code` saying what happened. Its one surprise: a valid token that lacks a
 * permission gets a 401 (`token_unauthorized`), the status the generic rules read as a
 * rejected credential.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const intercom = provider({
  id: "intercom",
  name: "Intercom",
  hosts: ["intercom.io"],
  clients: { packages: ["intercom", "Intercom", "intercom-client"], classes: ["Intercom"] },
  bodyRequestId: "request_id",
  // `type: "error.list"` is Intercom's object-type convention; its `errors[]` carry a `code`.
  fingerprints: { body: { all: [{ json: "type", is: "error.list" }, { json: "errors[].code" }] } },
  message: ["errors[].message"],
  signals: {
    "provider.intercom.token-unauthorized": {
      // The message alone when a client printed no code (intercom-ruby's UnexpectedError).
      when: { any: [{ json: "errors[].code", is: "token_unauthorized" }, { json: "errors[].message", is: "Not authorized to access resource" }] },
      error: "ScopeReauthRequiredError",
    },
  },
});

export const intercomDocs: ProviderDocs<typeof intercom> = {
  docs: [
    { title: "Error codes", url: "https://developers.intercom.com/docs/references/rest-api/errors/error-codes/" },
    { title: "HTTP responses", url: "https://developers.intercom.com/docs/references/2.17/rest-api/errors/http-responses" },
    { title: "Error objects", url: "https://developers.intercom.com/docs/references/2.17/rest-api/errors/error-objects" },
    { title: "Rate limiting", url: "https://developers.intercom.com/docs/references/2.17/rest-api/errors/rate-limiting" },
  ],
  requestIdSource: "https://developers.intercom.com/docs/references/2.17/rest-api/errors/error-objects",
  answers: {
    scope: {
      rules: ["provider.intercom.token-unauthorized"],
      note: "Sent as a 401; the body names no permission. Enable it in the app's settings (some need Intercom's approval for extended scopes), then re-authorize.",
    },
    credential: {
      rules: ["provider.401"],
      note: "`token_revoked`, `token_expired`, `token_not_found`, `unauthorized`: reconnect. `token_blocked` (and the undocumented `token_suspended`) is an app Intercom blocked: reconnecting will not help until Intercom support lifts it.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "A 429 `rate_limit_exceeded` per app, in 10-second windows; `X-RateLimit-Reset` is a Unix timestamp (the headers are not sent on requests without valid credentials).",
    },
    notRetryable: "not documented",
  },
  notes: [
    "A 403 `api_plan_restricted` is a feature the app's plan or workspace does not include: no retry or re-authorization fixes it.",
    "Newer API versions document a 403 `action_forbidden` whose `errors[].data.required_permissions` names the permission; no public capture shows it, so the SDK does not read it yet.",
    "`request_id` is on most errors, not all; Intercom asks for it in support requests.",
  ],
  signals: {
    "provider.intercom.token-unauthorized": {
      statement:
        "Intercom's 401 `token_unauthorized` (\"Not authorized to access resource\", which also tells it when a client prints the message without the code) is a ScopeReauthRequiredError, not a rejected credential: the token is valid but lacks the permission (scope) the endpoint needs. Enable it on the app (extended scopes need Intercom's approval) and re-authorize.",
      action: "Enable the permission the endpoint needs on the Intercom app (extended scopes need Intercom's approval), then have the user re-authorize.",
      source: "https://developers.intercom.com/docs/references/rest-api/errors/error-codes/",
      examples: [
        {
          source: "https://github.com/intercom/intercom-php/issues/257",
          reconstructed:
            "status line from Guzzle's \"resulted in a `401 Unauthorized` response\"; the body Guzzle cut at \"Not authorize (truncated...)\" completed with the message from https://github.com/intercom/intercom-ruby/issues/323",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"type":"error.list","request_id":"b4lgfoceq2b4v78dj4k0","errors":[{"code":"token_unauthorized","message":"Not authorized to access resource"}]}`,
        },
        {
          // The reporter: it went away once Intercom approved extended access for the app's token.
          source: "https://github.com/intercom/intercom-ruby/issues/364",
          text: "Intercom::UnexpectedError: The error of type '' is not recognized. It occurred with the message: Not authorized to access resource and http_code: '401'. Please contact Intercom with these details.",
        },
      ],
    },
  },
};

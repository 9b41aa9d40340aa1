/**
 * Okta: the management API answers `{"errorCode": "E0000…", "errorSummary", "errorId"}`
 * and, for OAuth and DPoP-bound tokens, puts the scope failure in a `WWW-Authenticate`
 * challenge (often with no body), which the generic rules read. Rate limits use the
 * generic `X-Rate-Limit-*` headers; the factor endpoints' cooldowns say their wait in words.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const okta = provider({
  id: "okta",
  name: "Okta",
  hosts: ["okta.com", "oktapreview.com", "okta-emea.com"],
  clients: { packages: ["okta", "@okta", "com.okta", "Okta"], classes: ["Okta"] },
  requestIdHeaders: ["x-okta-request-id"],
  bodyRequestId: "errorId",
  // "The following header is set in each response" (core Okta API reference). A body alone: Okta's error codes are
  // `E` and seven digits (E0000011, E0000047), beside an `errorSummary`: no other API's error object reads so.
  fingerprints: { headers: ["x-okta-request-id"], body: { all: [{ json: "errorCode", matches: /^E\d{7}$/ }, { json: "errorSummary", matches: /\S/ }] } },
  // Okta: "Only the errorCode property is supported for runtime error flow control"; the summary is for people.
  message: ["errorSummary", "error_description"],
  signals: {
    "provider.okta.factor-cooldown": {
      status: [429],
      // SMS (E0000109), email (E0000118) and voice call (E0000133) resend cooldowns.
      when: { json: "errorCode", is: ["E0000109", "E0000118", "E0000133"] },
      error: "ProviderAPIError",
      retryable: true,
      // The summary states the cooldown; 30 seconds (SMS, voice) when it is reworded.
      wait: [{ json: "errorSummary", capture: /Please wait (\d{1,5}) seconds/ }, { seconds: 30 }],
    },
  },
});

export const oktaDocs: ProviderDocs<typeof okta> = {
  docs: [
    { title: "Error codes", url: "https://developer.okta.com/docs/reference/error-codes/" },
    { title: "Core Okta API (error object, X-Okta-Request-Id)", url: "https://developer.okta.com/docs/reference/core-okta-api/" },
    { title: "Rate limits: monitor and headers", url: "https://developer.okta.com/docs/reference/rl2-monitor/" },
    { title: "Rate limit best practices", url: "https://developer.okta.com/docs/reference/rl-best-practices/" },
    { title: "OAuth 2.0 error codes (data)", url: "https://github.com/okta/okta-developer-docs/blob/master/packages/@okta/vuepress-site/data/oauth2-error-codes.json" },
    { title: "Implement OAuth for Okta (scoped tokens)", url: "https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/" },
  ],
  requestIdSource: "https://developer.okta.com/docs/reference/core-okta-api/",
  answers: {
    scope: {
      rules: ["provider.403.insufficient-scope"],
      note: 'Okta answers a scoped OAuth or DPoP-bound token without the endpoint\'s `okta.*` scope with 403 and `WWW-Authenticate: Bearer|DPoP … scope="okta.groups.read", error="insufficient_scope"`, often with no body; grant the scope to the app (Okta API Scopes tab) and get a new token.',
    },
    credential: {
      rules: ["provider.401"],
      note: "An invalid, revoked or expired API token (SSWS) or access token is a 401 `E0000011` \"Invalid token provided\" (or an `invalid_token` challenge). The same code comes back when a valid OAuth token is sent with the `SSWS` scheme: a client bug.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error", "provider.okta.factor-cooldown"],
      note: "A 429 `E0000047` with `X-Rate-Limit-Reset` (Unix epoch seconds) and no Retry-After; for concurrent-limit 429s the remaining and limit headers are 0 and the reset is only a suggestion.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "A 403 `E0000006` (\"You do not have permission to perform the requested action\") means the principal behind the token lacks an admin role for the action; Okta checks scopes and admin roles separately (a scope failure comes as an `insufficient_scope` challenge), so it stays a plain ProviderAPIError: an admin role must be assigned.",
    "`invalid_dpop_proof` (a 400, also sent in a `DPoP` challenge) means the DPoP proof JWT was wrong (reused `jti`, wrong `htu`, too old): a client bug, and a retry must carry a fresh proof. Since February 2024 new API service apps require DPoP by default.",
    "Okta's error-code table lists 429s that no short retry fixes: `E0000146`/`E0000147` (the organization's SMS or call limit for 24 hours) and `E0000186` (a free-tier organization's 30-day SMS limit). No public response shows them, so no signal reads them: they stay retryable 429s.",
  ],
  signals: {
    "provider.okta.factor-cooldown": {
      statement:
        'Okta\'s factor endpoints answer a resend inside the cooldown with 429 `E0000109` (SMS), `E0000133` (voice call) or `E0000118` (email), "Please wait 30 seconds before trying again": a retryable ProviderAPIError whose wait is the number of seconds the summary states (30 when it says none).',
      action: 'Wait the seconds the `errorSummary` states (`err.retryAfter`; 30 when it names none), then resend the factor challenge.',
      source: "https://developer.okta.com/docs/reference/error-codes/",
      examples: [
        {
          source: "https://github.com/okta/okta-developer-docs/blob/master/packages/@okta/vuepress-site/docs/reference/api/factors/index.md",
          reconstructed: 'status line added from the Factors API reference\'s "A `429 Too Many Requests` status code may be returned if you attempt to resend an SMS challenge"; the body is the page\'s example',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
    "errorCode": "E0000109",
    "errorSummary": "An SMS message was recently sent. Please wait 30 seconds before trying again.",
    "errorLink": "E0000109",
    "errorId": "oaeneEaQF8qQrepOWHSkdoejw",
    "errorCauses": []
}`,
        },
      ],
    },
  },
};

/**
 * Slack's Web API: failures come as `{"ok": false, "error": "<code>"}`, usually with HTTP
 * 200. Its signals keep the `quirk.slack.*` ids an earlier release published.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

const OK_FALSE: Match = { all: [{ json: "ok", is: "false" }, { json: "error" }] };
const error = (codes: string | readonly string[]): Match => ({ all: [{ json: "ok", is: "false" }, { json: "error", is: codes }] });
// `invalid_refresh_token`: oauth.v2.access with token rotation, when the refresh token is dead.
const UNAUTHORIZED = ["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "invalid_refresh_token"] as const;

export const slack = provider({
  id: "slack",
  name: "Slack",
  hosts: ["slack.com"],
  clients: { packages: ["slack_sdk", "slack", "slackclient", "slack_bolt", "@slack", "Slack", "com.slack", "slack-ruby-client"], classes: ["Slack"] },
  requestIdHeaders: ["x-slack-req-id"],
  fingerprints: {
    headers: ["x-slack-req-id", "x-slack-backend"],
    // `ok: false` with a string `error` is Slack's alone; `{"ok": true}` only when pasted bare
    // (nothing else could read it without a status).
    body: { any: [OK_FALSE, { all: [{ noStatus: true }, { json: "ok", is: "true" }] }] },
  },
  signals: {
    "quirk.slack.missing-scope": {
      status: "any",
      when: error("missing_scope"),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "needed", split: "," }],
    },
    "quirk.slack.unauthorized": { status: "any", when: error(UNAUTHORIZED), error: "ProviderUnauthorizedError" },
    "quirk.slack.ratelimited": { status: "any", when: error(["ratelimited", "rate_limited"]), error: "ProviderAPIError", retryable: true },
    "quirk.slack.error": { status: "any", when: OK_FALSE, error: "ProviderAPIError" },
    "quirk.slack.ok": { status: "success", when: { json: "ok", is: "true" }, error: null },
  },
});

export const slackDocs: ProviderDocs<typeof slack> = {
  docs: [
    { title: "Web API errors (each method's page lists its error codes)", url: "https://docs.slack.dev/apis/web-api/#errors" },
    { title: "Rate limits", url: "https://docs.slack.dev/apis/web-api/rate-limits" },
  ],
  requestIdSource: "https://github.com/elementary-data/elementary/pull/705",
  answers: {
    scope: { rules: ["quirk.slack.missing-scope"], note: "The fix is to reinstall the app with the scopes in `needed`." },
    credential: { rules: ["quirk.slack.unauthorized"] },
    rateLimit: { rules: ["quirk.slack.ratelimited"], note: "Sent as HTTP 429 with `Retry-After` in seconds." },
    notRetryable: "not documented",
  },
  notes: ["Slack answers most failures with HTTP 200: only the body's `ok: false` says the call failed."],
  signals: {
    "quirk.slack.missing-scope": {
      statement: 'Slack\'s `{"ok": false, "error": "missing_scope"}` is a ScopeReauthRequiredError; `missingScopes` is `needed` split on commas.',
      source: "https://docs.slack.dev/reference/methods/chat.postMessage#errors",
      examples: [
        {
          source: "https://github.com/elementary-data/elementary/pull/705",
          reconstructed: "status line and headers added: Slack answers method calls with HTTP 200 and JSON",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8
x-slack-req-id: 8b2f0c1d4e5a6b7c8d9e0f1a2b3c4d5e

{"ok": false, "error": "missing_scope", "needed": "channels:read", "provided": "chat:write,users:read"}`,
        },
      ],
    },
    "quirk.slack.unauthorized": {
      statement:
        "Slack's `invalid_auth`, `not_authed`, `token_revoked`, `token_expired`, `account_inactive` (and `invalid_refresh_token` from a token rotation) are a ProviderUnauthorizedError.",
      source: "https://docs.slack.dev/authentication/tokens",
      examples: [
        {
          source: "https://github.com/trufflesecurity/trufflehog/issues/3662",
          reconstructed: "status line added: Slack answers method calls with HTTP 200",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{"ok":false,"error":"token_revoked"}`,
        },
      ],
    },
    "quirk.slack.ratelimited": {
      statement:
        "Slack's `ratelimited` (and `rate_limited`, which chat.postMessage documents for an app posting too many messages) is a retryable ProviderAPIError; the wait is its `Retry-After`, or the body's `retry_after`.",
      source: "https://docs.slack.dev/apis/web-api/rate-limits",
      examples: [
        {
          source: "https://github.com/slackapi/java-slack-sdk/issues/64",
          text: `HTTP/1.1 429 Too Many Requests
Retry-After: 30
Content-Type: application/json; charset=utf-8

{"ok":false,"error":"ratelimited"}`,
        },
        {
          source: "https://github.com/yassineaboukir/sublert/issues/46",
          reconstructed: "written as a response from the printed `returned an error 429, the response is:` and the body under it",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json; charset=utf-8

{"retry_after":1,"ok":false,"error":"rate_limited"}`,
        },
      ],
    },
    "quirk.slack.error": {
      statement: 'Any other Slack `{"ok": false, "error": ...}`, whatever the HTTP status, is a ProviderAPIError.',
      source: "https://docs.slack.dev/apis/web-api/#errors",
      examples: [
        {
          source: "https://github.com/czbiohub-sf/Rapid-QC-MS/issues/82",
          reconstructed: "status line added: Slack answers method calls with HTTP 200",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{"ok": false, "error": "channel_not_found"}`,
        },
      ],
    },
    "quirk.slack.ok": {
      statement: 'A Slack body with `"ok": true` is not an error when the status is below 400 (or absent); above, the other rules apply.',
      source: "https://docs.slack.dev/apis/web-api/#responses",
      examples: [
        {
          source: "https://docs.slack.dev/reference/methods/auth.test",
          text: `{"ok": true, "url": "https://subarachnoid.slack.com/", "team": "Subarachnoid Workspace", "user": "grace", "team_id": "T12345678", "user_id": "W12345678"}`,
        },
      ],
    },
  },
};

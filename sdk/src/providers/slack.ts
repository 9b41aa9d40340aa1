/**
 * Slack's Web API: failures come as `{"ok": false, "error": "<code>"}`, usually with HTTP
 * 200. Its signals keep the `quirk.slack.*` ids an earlier release published.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

const OK_FALSE: Match = { all: [{ json: "ok", is: "false" }, { json: "error" }] };
const error = (codes: string | readonly string[]): Match => ({ all: [{ json: "ok", is: "false" }, { json: "error", is: codes }] });
// The plain-text codes an incoming webhook answers with (every one but `rollup_error`, Slack's own fault), as the body or after
// a client's words ("The slack API returned an error: action_prohibited", slack-notifier's).
const WEBHOOK_REFUSED = /(?:^|: )[ \t]*(?:invalid_payload|user_not_found|action_prohibited|channel_not_found|channel_is_archived|posting_to_general_channel_denied|too_many_attachments|no_service|no_service_id|no_team|team_disabled|invalid_token|invalid_blocks|invalid_blocks_format)[ \t]*$/;
// `invalid_refresh_token`: oauth.v2.access with token rotation, when the refresh token is dead.
const UNAUTHORIZED = ["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "invalid_refresh_token"] as const;

export const slack = provider({
  id: "slack",
  name: "Slack",
  hosts: ["slack.com"],
  clients: { packages: ["slack_sdk", "slack", "slackclient", "slack_bolt", "@slack", "Slack", "com.slack", "slack-ruby-client", "jenkins.plugins.slack"], classes: ["Slack"] },
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
    // Its own transient failures, sent with HTTP 200 like any other code: the status cannot say they pass.
    "provider.slack.server-error": { status: "any", when: error(["internal_error", "service_unavailable"]), error: "ProviderAPIError", retryable: true },
    // An incoming webhook answers in plain text: one of these codes is the request's or the workspace's fault, whatever the status.
    "provider.slack.webhook-refused": { when: { text: WEBHOOK_REFUSED }, error: "ProviderAPIError", retryable: false },
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
    rateLimit: {
      rules: ["quirk.slack.ratelimited", "provider.slack.server-error"],
      note: "Sent as HTTP 429 with `Retry-After` in seconds. Its transient `internal_error` and `service_unavailable` come with HTTP 200 and are backed off and retried the same way.",
    },
    notRetryable: {
      rules: ["provider.slack.webhook-refused"],
      note: "An incoming webhook's plain-text codes (`invalid_payload`, `action_prohibited`, `channel_not_found`, `channel_is_archived`, ...) are never retried, even when an older webhook sent them with HTTP 500. Slack documents no Web API error as not retryable.",
    },
  },
  notes: ["Slack answers most failures with HTTP 200: only the body's `ok: false` says the call failed."],
  signals: {
    "quirk.slack.missing-scope": {
      statement: 'Slack\'s `{"ok": false, "error": "missing_scope"}` is a ScopeReauthRequiredError; `missingScopes` is `needed` split on commas.',
      action: 'Reinstall the Slack app with the scopes in `needed` (`missingScopes`), then call again with the new token.',
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
      action: "Replace the token: send the user or workspace through the app's authorization again for a new one; retrying with this token fails the same way.",
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
      action: "Wait the `Retry-After` seconds (`err.retryAfter`, or the body's `retry_after`), then send the same call again.",
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
    "provider.slack.server-error": {
      statement:
        "Slack's `internal_error` (\"likely due to a transient issue on our end\") and `service_unavailable` (\"The service is temporarily unavailable\") are a retryable ProviderAPIError, though they come with HTTP 200 like every other code. Slack warns that part of the operation may have succeeded before the error: make a retried write safe to repeat (look before posting again).",
      action: "Back off and retry; before repeating a write, check whether it already took effect (look before posting again), since part of it may have succeeded.",
      source: "https://docs.slack.dev/reference/methods/chat.postMessage#errors",
      examples: [
        {
          source: "https://github.com/slackapi/python-slack-sdk/issues/1403",
          text: `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/conversations.list)
The server responded with: {'ok': False, 'error': 'internal_error'}`,
        },
      ],
    },
    "provider.slack.webhook-refused": {
      statement:
        "An incoming webhook answers a refused post with a plain-text code (`invalid_payload`, `user_not_found`, `action_prohibited`, `channel_not_found`, `channel_is_archived`, `no_service`, `invalid_token`, ...): the payload, the channel or the webhook itself is wrong, so it is a ProviderAPIError that is not retryable, whatever the status. Before June 2016 every one of them came as HTTP 500, and some clients still print that.",
      action: "Fix the payload, the channel or the webhook URL that the plain-text code names; posting the same thing again fails the same way.",
      source: "https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks",
      examples: [
        {
          source: "https://github.com/slack-notifier/slack-notifier/issues/84",
          text: `Slack::Notifier::APIError: The slack API returned an error: action_prohibited (HTTP Code 500)
Check the "Handling Errors" section on https://api.slack.com/incoming-webhooks for more information

  from /Users/xxx/.rvm/rubies/ruby-2.2.1/lib/ruby/gems/2.2.0/gems/slack-notifier-2.2.2/lib/slack-notifier/util/http_client.rb:29:in \`block in call'
  from (irb):63`,
        },
        {
          source: "https://github.com/phallstrom/slackistrano/issues/80",
          text: `[slackistrano] Slack API Failure!
[slackistrano]   URI: https://hooks.slack.com/services/
[slackistrano]   Code: 404
[slackistrano]   Message: Not Found
[slackistrano]   Body: channel_not_found`,
        },
      ],
    },
    "quirk.slack.error": {
      statement: 'Any other Slack `{"ok": false, "error": ...}`, whatever the HTTP status, is a ProviderAPIError.',
      action: 'Read the body\'s `error` code: it names what to fix in the request, and the method\'s page lists what each code means.',
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
      action: 'Nothing to do: the call succeeded; read the body as the result.',
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

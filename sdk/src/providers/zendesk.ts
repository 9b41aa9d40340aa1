/**
 * Zendesk's Support API: a 403 names the OAuth scopes it wants in plain words
 * (`description`), a bad token is an RFC 6750 `invalid_token` 401, and a rate limit is a
 * 429 with `Retry-After` in seconds, sometimes with a plain-text body.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

const MISSING_SCOPES = /^You are missing the following required scopes: ([^\n]{1,500})/;

export const zendesk = provider({
  id: "zendesk",
  name: "Zendesk",
  hosts: ["zendesk.com"],
  // `ZendeskApi_v2`: the .NET client most .NET apps use (its frames: `ZendeskApi_v2.Core.RunRequest`).
  clients: { packages: ["zenpy", "zdesk", "ZendeskAPI", "zendesk_api", "node-zendesk", "Zendesk.API", "ZendeskApi_v2"], classes: ["Zendesk", "Zenpy"] },
  fingerprints: {
    headers: ["x-zendesk-origin-server", "x-zendesk-zorg", "zendesk-ratelimit-tickets-index"],
    // Its edge's 429 names it (`{"detail":"Rate limited by Zendesk edge protection","status":"429","title":"Automated response"}`).
    body: { json: "detail", matches: /\bby Zendesk edge protection\b/ },
  },
  message: ["description", "error_description", "error.message"],
  signals: {
    "provider.zendesk.missing-required-scopes": {
      status: [403],
      when: { json: "description", matches: MISSING_SCOPES },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "description", capture: MISSING_SCOPES, split: "," }],
    },
  },
});

export const zendeskDocs: ProviderDocs<typeof zendesk> = {
  docs: [
    { title: "Rate limits", url: "https://developer.zendesk.com/api-reference/introduction/rate-limits" },
    { title: "Best practices for avoiding rate limiting", url: "https://developer.zendesk.com/documentation/api-basics/best-practices/best-practices-for-avoiding-rate-limiting" },
    { title: "OAuth scopes", url: "https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/" },
  ],
  answers: {
    scope: {
      rules: ["provider.zendesk.missing-required-scopes"],
      note: "The scopes named are those the endpoint accepts (often the broad `read` or `write`), not necessarily the only fix.",
    },
    credential: {
      rules: ["provider.401"],
      note: "An expired, revoked or malformed OAuth token is a 401 `invalid_token` with an RFC 6750 challenge; so is an API token sent as a Bearer token (use email/token basic auth for those). Bad basic credentials get \"Couldn't authenticate you\".",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "A 429 with `Retry-After` in seconds; endpoint-specific limits (one user's updates, incremental exports) may send a plain-text reason and no `Retry-After`, while the account-wide `X-Rate-Limit-Remaining` still shows room.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "A 403 without \"missing the following required scopes\" is the agent's role or the account's settings, not a token scope: it stays a plain ProviderAPIError.",
    "A 429 from Zendesk's edge (before the API) says so in its body: `{\"detail\":\"Rate limited by Zendesk edge protection\",\"status\":\"429\",\"title\":\"Automated response\"}` (seen in https://github.com/airbytehq/airbyte/issues/14253); that body identifies Zendesk.",
    "The list-tickets endpoints also send `Zendesk-RateLimit-Tickets-Index: total=100; remaining=99; resets=41` (seconds), a limit of their own.",
    "Zendesk does not document a request id to quote; its responses carry `X-Request-Id`, which the SDK reads like any provider's.",
  ],
  signals: {
    "provider.zendesk.missing-required-scopes": {
      statement:
        "Zendesk's 403 `{\"error\":\"Forbidden\",\"description\":\"You are missing the following required scopes: <scopes>\"}` is a ScopeReauthRequiredError; `missingScopes` is the list the description names. Re-authorize with those scopes.",
      action: "Re-authorize with the scopes in `missingScopes`, the ones the description lists.",
      source: "https://support.zendesk.com/hc/en-us/community/posts/4485954843162-OAuth-with-specific-scopes-not-work",
      examples: [
        {
          source: "https://support.zendesk.com/hc/en-us/community/posts/4485954843162-OAuth-with-specific-scopes-not-work",
          reconstructed: "status line and Content-Type added (the post quotes the body; a later comment calls it a \"403 forbidden error\"); a stray trailing quote in the post removed",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"Forbidden","description":"You are missing the following required scopes: read"}`,
        },
      ],
    },
  },
};

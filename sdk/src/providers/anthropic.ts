/**
 * Anthropic API: errors are `{"type": "error", "error": {"type", "message"}, "request_id"}`
 * and the error type follows the status (429 `rate_limit_error`, 529 `overloaded_error`),
 * so the generic rules decide most of them; rate limits send `retry-after` and
 * `anthropic-ratelimit-*` headers with RFC 3339 resets. Only OAuth (subscription) tokens
 * have scopes, named in the message of a 403.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/**
 * Anthropic's error types and the status its errors page gives each (https://docs.claude.com/en/api/errors): what an error
 * inside a stream (sent after the stream's 200) says its status is, read so by `parseResponse`. Not `invalid_request_error`,
 * which that page says may come with "other 4XX status codes not listed".
 */
export const ERROR_TYPE_STATUS: Readonly<Record<string, number>> = {
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

// "scope requirement user:profile" or "scope requirement any_of(user:inference, user:ccr_inference)"; terminals may wrap the line.
const SCOPE_REQUIREMENT = /^OAuth token does not meet scope requirement\s{1,4}(?:any_of\()?([^()"\s][^()"]{0,500})/;

/** Its words for an organization with no credit left: a 400, whatever its type says. */
const CREDIT_BALANCE = /^Your credit balance is too low to access the Anthropic API\b/;

export const anthropic = provider({
  id: "anthropic",
  name: "Anthropic",
  hosts: ["anthropic.com"],
  clients: { packages: ["anthropic", "@anthropic-ai", "Anthropic", "com.anthropic"], classes: ["Anthropic"] },
  requestIdHeaders: ["request-id"],
  bodyRequestId: "request_id",
  // A body alone: `{"type": "error", "error": {"type": "rate_limit_error", ...}}`, the error types of its errors page.
  fingerprints: {
    body: {
      any: [
        {
          all: [
            { json: "type", is: "error" },
            {
              json: "error.type",
              is: ["invalid_request_error", "authentication_error", "billing_error", "permission_error", "not_found_error", "request_too_large", "rate_limit_error", "api_error", "timeout_error", "overloaded_error"],
            },
          ],
        },
        // Its rate limit's message, as an OpenAI-compatible endpoint wraps it in OpenAI's envelope ("... For details, refer to:
        // https://docs.anthropic.com/en/api/rate-limits. ... contact sales at https://www.anthropic.com/contact-sales ..."): its links.
        { json: "error.message", matches: /\bhttps:\/\/(?:docs\.anthropic\.com\/|www\.anthropic\.com\/contact-sales\b)/ },
      ],
    },
  },
  rateLimit: [
    { remaining: "anthropic-ratelimit-requests-remaining", reset: "anthropic-ratelimit-requests-reset" },
    { remaining: "anthropic-ratelimit-tokens-remaining", reset: "anthropic-ratelimit-tokens-reset" },
    { remaining: "anthropic-ratelimit-input-tokens-remaining", reset: "anthropic-ratelimit-input-tokens-reset" },
    { remaining: "anthropic-ratelimit-output-tokens-remaining", reset: "anthropic-ratelimit-output-tokens-reset" },
  ],
  message: ["error.message"],
  signals: {
    "provider.anthropic.oauth-missing-scope": {
      status: [403],
      when: { all: [{ json: "error.type", is: "permission_error" }, { json: "error.message", matches: SCOPE_REQUIREMENT }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.message", capture: SCOPE_REQUIREMENT, split: "," }],
    },
    "provider.anthropic.credit-balance-too-low": {
      status: [400],
      // Or the error object printed without its wrapper (Continue's "Error Output": `{"type": "invalid_request_error", "message": ...}`).
      when: { any: [{ json: "error.message", matches: CREDIT_BALANCE }, { json: "message", matches: CREDIT_BALANCE }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // Any status: a proxy in front of it (Continue's) passes its 400 on as a 500.
    "provider.anthropic.usage-limit-reached": {
      status: "any",
      when: { json: "error.message", matches: /^You have reached your specified API usage limits\b/ },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.anthropic.extra-usage-required": {
      status: [429],
      when: { all: [{ json: "error.type", is: "rate_limit_error" }, { json: "error.message", matches: /^Extra usage is required for long context requests/ }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const anthropicDocs: ProviderDocs<typeof anthropic> = {
  docs: [
    { title: "Errors", url: "https://docs.claude.com/en/api/errors" },
    { title: "Rate limits (response headers)", url: "https://docs.claude.com/en/api/rate-limits" },
    { title: "Service tiers", url: "https://docs.claude.com/en/api/service-tiers" },
  ],
  requestIdSource: "https://docs.claude.com/en/api/errors",
  answers: {
    scope: {
      rules: ["provider.anthropic.oauth-missing-scope"],
      note: "API keys have no scopes: only OAuth access tokens (a Claude subscription login) are refused for a scope, and Anthropic does not document that OAuth access publicly. `missingScopes` is the one scope, or the `any_of(...)` alternatives (any one suffices).",
    },
    credential: {
      rules: ["provider.401"],
      note: "An invalid, disabled or deleted API key, or an expired OAuth token, is a 401 `authentication_error` (\"invalid x-api-key\", \"OAuth token has expired\"); for an OAuth token a refresh usually suffices. \"invalid x-api-key\" also comes for a key sent in the wrong header.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "A 429 `rate_limit_error` with `retry-after` in seconds (always sent since mid-2024) and `anthropic-ratelimit-*-reset` times (when the bucket is full again, which can be later). A 529 `overloaded_error` is the API overloaded for everyone, not your limit: retry with backoff.",
    },
    notRetryable: {
      rules: ["provider.anthropic.credit-balance-too-low", "provider.anthropic.extra-usage-required", "provider.anthropic.usage-limit-reached"],
      note: "A 429 caused by a single request larger than the per-minute token limit carries the same message as an ordinary rate limit (\"Please reduce the prompt length … or try again later\"); the response does not tell them apart.",
    },
  },
  notes: [
    'A 403 `permission_error` that names no scope ("Permission denied") means the key, its workspace or its organization may not use that resource or model: re-authorizing the same key cannot help; it stays a plain ProviderAPIError. A 403 `{"error":{"type":"forbidden","message":"Request not allowed"}}` without a request id comes from Anthropic\'s edge (an unsupported region or a blocked network).',
    "The SDKs also know a `billing_error` type whose status is not documented.",
    "An error inside a stream comes after the stream's 200, as an `event: error` whose data is the error body: its type is its status (`overloaded_error` 529, `rate_limit_error` 429, `api_error` 500, as the errors page pairs them), and the classifier reads it so, saying it did. `invalid_request_error` names no one status and is left unread without one.",
    "`anthropic-ratelimit-*` headers and the `overloaded_error` body are imitated by Anthropic-compatible services, so they are no fingerprint; `x-should-retry` is read by Anthropic's SDKs but not documented.",
  ],
  signals: {
    "provider.anthropic.oauth-missing-scope": {
      statement:
        'Anthropic answers an OAuth token (a Claude subscription login) without a scope with 403 `permission_error` "OAuth token does not meet scope requirement user:profile" (or `any_of(...)`): a ScopeReauthRequiredError whose `missingScopes` are the scopes named; log in again requesting that scope.',
      action: 'Log in again requesting the scope in `missingScopes` (any one of them, for an `any_of(...)` list).',
      source: "https://github.com/anthropics/claude-code/issues/13334",
      examples: [
        {
          source: "https://github.com/anthropics/claude-code/issues/13334",
          reconstructed: 'status line from the issue\'s "AxiosError: Request failed with status code 403"; body as printed',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"type":"error","error":{"type":"permission_error","message":"OAuth token does not meet scope requirement user:profile","details":{"error_visibility":"user_facing"}},"request_id":"req_011CVt64SSizDkGQ45w82ieJ"}`,
        },
        {
          source: "https://github.com/can1357/oh-my-pi/issues/38",
          reconstructed: 'status line from "Error: 403"; body as printed (the terminal\'s line breaks removed)',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"type":"error","error":{"type":"permission_error","message":"OAuth token does not meet scope requirement any_of(user:inference, user:ccr_inference, user:voice, org:service_key_inference)"},"request_id":"req_011CY4ZKJWn3U6TnV1BMNW2o"}`,
        },
      ],
    },
    "provider.anthropic.credit-balance-too-low": {
      statement:
        'Anthropic\'s 400 `invalid_request_error` "Your credit balance is too low to access the Anthropic API" means the organization has no credit left: a ProviderAPIError that is not retryable, and no change to the request helps; buy credits under Plans & Billing in the Console, then send it again.',
      action: 'Buy credits under Plans & Billing in the Anthropic Console, then send the call again: no change to the request helps.',
      source: "https://docs.claude.com/en/api/errors",
      examples: [
        {
          source: "https://github.com/anthropics/claude-code/issues/85675",
          reconstructed: 'status line from Claude Code\'s "Error: 400"; body as its error log printed it',
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},"request_id":"req_011Cdv3KhLWWi3ErrDsuQTYM"}`,
        },
      ],
    },
    "provider.anthropic.usage-limit-reached": {
      statement:
        "Anthropic answers 400 `invalid_request_error` \"You have reached your specified API usage limits. You will regain access on <date>\" when the organization has spent the monthly limit it set itself: a ProviderAPIError that is not retryable until that date or until the limit is raised in the Console, whatever status a proxy in front of it turns it into (Continue's passes it on as a 500, which alone would be retried).",
      action: "Raise the organization's usage limit in the Console, or wait until the date the message names: retrying fails until then.",
      source: "https://docs.claude.com/en/api/rate-limits",
      examples: [
        {
          source: "https://github.com/continuedev/continue/issues/11621",
          text: `**Error Details**

Model: Claude Opus 4.6
Provider: anthropic (continue-proxy)
Status Code: 500

**Error Output**
\`\`\`
"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\",\\"message\\":\\"You have reached your specified API usage limits. You will regain access on 2026-04-01 at 00:00 UTC.\\"},\\"request_id\\":\\"req_011CZCTSYJjmTAnNfeCyZ2gA\\"}"
\`\`\``,
        },
      ],
    },
    "provider.anthropic.extra-usage-required": {
      statement:
        'Anthropic\'s 429 `rate_limit_error` "Extra usage is required for long context requests." is no rate limit: the plan does not include long-context requests, so waiting does not help: a ProviderAPIError that is not retryable; enable extra usage or shorten the context.',
      action: 'Enable extra usage for the plan or shorten the context: waiting does not help.',
      source: "https://github.com/anthropics/claude-code/issues/29584",
      examples: [
        {
          source: "https://github.com/anthropics/claude-code/issues/29584",
          reconstructed: 'status line from "Error: 429"; body as printed',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"type":"error","error":{"type":"rate_limit_error","message":"Extra usage is required for long context requests."},"request_id":"req_011CYZAjb9kGCRmAhG79ySi5"}`,
        },
        {
          source: "https://github.com/anthropics/claude-code/issues/44863",
          reconstructed: 'status line from "Error: 429"; body as printed',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"type":"error","error":{"type":"rate_limit_error","message":"Extra usage is required for long context requests."},"request_id":"req_011CZq3HEEe9nnjBcQov26WS"}`,
        },
      ],
    },
  },
};

/**
 * Zoom API v2: a `{"code": <number>, "message": "…"}` body. A token without the endpoint's
 * scope is a 400 whose message lists the scopes that would do; daily limits answer 429
 * with `Retry-After` as an ISO-8601 time (not seconds), or only a message naming the reset.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Zoom's own words for error 4711, in its body or printed alone by a client. */
const NO_SCOPES = /^Invalid access token, does not contain scopes/;
/** The retired v1 API's rate-limit answer, a 403, in words no other API uses. */
const V1_LIMIT = /^Sorry, the maximum number of api requests are already reached\b/;

export const zoom = provider({
  id: "zoom",
  name: "Zoom",
  hosts: ["zoom.us"],
  clients: { packages: ["zoomus", "@zoom"], classes: [] },
  requestIdHeaders: ["x-zm-trackingid"],
  // Its rate limits' own header, the limit's category by its docs' labels ("Light", "Medium", "Heavy", "Resource-intensive"): in the
  // example headers of its rate-limit page, and on every 429 its developer forum shows (the signals' examples below).
  fingerprints: { headers: ["x-zm-trackingid", "x-ratelimit-category"], body: { any: [said("message", { matches: NO_SCOPES }), said("message", { matches: V1_LIMIT })] } },
  message: ["message", "reason"],
  signals: {
    // Seen as a 400; Zoom's error table files it under 4700 "Invalid Access Token".
    "provider.zoom.scope-missing": {
      when: {
        any: [
          { json: "code", is: "4711" },
          said("message", { matches: NO_SCOPES }),
        ],
      },
      error: "ScopeReauthRequiredError",
      // "…does not contain scopes:[a, b:admin]." lists alternatives: any one of them will do.
      missingScopes: [
        { json: "message", capture: /scopes: ?\[([^\]\n]{1,2000})\]/, split: "," },
        { text: /does not contain scopes: ?\[([^\]\n]{1,2000})\]/, split: "," },
      ],
    },
    // The per-user limit names no time but "GMT 00:00:00": no wait a pick can express, so not retried in-process.
    "provider.zoom.user-daily-limit": {
      status: [429],
      when: { json: "message", matches: /^You have exceeded the daily rate limit/ },
      error: "ProviderAPIError",
      retryable: false,
      // "You may resume these requests at GMT 00:00:00": not before the next midnight UTC.
      wait: [{ untilUtc: "00:00" }],
    },
    "provider.zoom.daily-limit": {
      status: [429],
      when: { header: "x-ratelimit-type", is: "Daily-limit" },
      error: "ProviderAPIError",
      retryable: true,
      // `Retry-After: 2020-05-31T00:00:00Z`: a time, which the generic `Retry-After` reading ignores.
      wait: [{ header: "retry-after" }],
    },
    // The v1 API (retired in 2019, still in apps' logs) answered its rate limit with a 403 and no wait.
    "provider.zoom.v1-rate-limit": {
      status: [403],
      when: said("message", { matches: V1_LIMIT }),
      error: "ProviderAPIError",
      retryable: true,
    },
    // 401 until 2022, 400 since (remote-office-hours-queue#363).
    "provider.zoom.refresh-invalid-grant": {
      status: [400, 401],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const zoomDocs: ProviderDocs<typeof zoom> = {
  docs: [
    { title: "API errors", url: "https://developers.zoom.us/docs/api/errors" },
    { title: "Rate limits", url: "https://developers.zoom.us/docs/api/rate-limits/" },
    { title: "OAuth error messages", url: "https://developers.zoom.us/docs/integrations/oauth-error-messages/" },
    { title: "OAuth (refreshing an access token)", url: "https://developers.zoom.us/docs/integrations/oauth/" },
  ],
  requestIdSource: "https://developers.zoom.us/docs/integrations/oauth-error-messages/",
  answers: {
    scope: {
      rules: ["provider.zoom.scope-missing"],
      note: "The message lists alternatives (user-level and `:admin` variants, classic and granular names): any one of them is enough. Scope changes on Server-to-Server apps can take a while to apply.",
    },
    credential: {
      rules: ["provider.401", "provider.zoom.refresh-invalid-grant"],
      note: "An expired or invalid access token is a 401 code 124 (\"Access token is expired.\", \"Invalid access token.\"): refresh it; a dead refresh token is the token endpoint's `invalid_grant`.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.rate-limit-spent", "provider.zoom.daily-limit", "provider.zoom.v1-rate-limit"],
      note: "Per-second limits answer 429 \"You have reached the maximum per-second rate limit for this API. Try again later.\" (shared by every app on the account); `X-RateLimit-Type` says `QPS` or `Daily-limit`.",
    },
    notRetryable: {
      rules: ["provider.zoom.user-daily-limit"],
      note: "A user can create or update 100 meetings a day; the limit resets at 00:00 UTC.",
    },
  },
  notes: [
    "On the per-user meeting limit, `X-RateLimit-Remaining` counts the account's quota, not the user's: it is not 0 although no retry will pass before 00:00 UTC.",
    "Zoom's retired v1 API answered rate limits with a 403 \"Sorry, the maximum number of api requests are already reached.\"",
    "`invalid_client` from the token endpoint (\"Invalid client_id or client_secret\") is the app's own credentials, not the user's: the generic rule for RFC 6749's `invalid_client` makes it a ProviderAPIError that is not retryable.",
  ],
  signals: {
    "provider.zoom.scope-missing": {
      statement:
        "Zoom's 400 (not 401 or 403) `code` 4711 \"Invalid access token, does not contain scopes:[…]\" is a ScopeReauthRequiredError; `missingScopes` is the bracketed list, alternatives of which any one will do: add it to the app and authorize again.",
      action: "Add one of the scopes in `missingScopes` to the Zoom app and have the user authorize again; any one of the listed scopes will do.",
      source: "https://developers.zoom.us/docs/api/errors",
      examples: [
        {
          source: "https://github.com/JubaerHossain/zoom-laravel/issues/15",
          text: `Client error: \`GET https://api.zoom.us/v2/users?page_size=300&status=active&page_number=1\` resulted in a \`400 Bad Request\` response:
{"code":4711,"message":"Invalid access token, does not contain scopes:[user:read:list_users:admin]."}`,
        },
        {
          source: "https://github.com/lanec/zoom-batch-downloader/issues/34",
          reconstructed: "status line from \"Error: 400\" in the script's output, which prints the body after it",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"code":4711,"message":"Invalid access token, does not contain scopes:[cloud_recording:read:list_user_recordings, cloud_recording:read:list_user_recordings:admin]."}`,
        },
      ],
    },
    "provider.zoom.user-daily-limit": {
      statement:
        "Zoom's 429 \"You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user\" is a ProviderAPIError that is not retryable: nothing passes before 00:00 UTC; retry that user's meeting calls after it.",
      action: "Hold this user's meeting create and update calls until 00:00 UTC, then send them again; retrying sooner fails the same way.",
      source: "https://developers.zoom.us/docs/api/rate-limits/",
      examples: [
        {
          source: "https://devforum.zoom.us/t/zoom-api-create-meeting-api-rate-limit-sample-error-when-breaching-limit/18928",
          reconstructed: "the poster's printout of the status, body and headers, enclosed in braces as one response object",
          text: `{
  "statusCode": 429,
  "body": {
    "code": 429,
    "message": "You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00."
  },
  "headers": {
    "x-ratelimit-category": "Light",
    "x-ratelimit-limit": "6000",
    "x-ratelimit-remaining": "5893"
  }
}`,
        },
      ],
    },
    "provider.zoom.daily-limit": {
      statement:
        "Zoom's 429 with `X-RateLimit-Type: Daily-limit` is an account's daily quota (Heavy and Resource-intensive APIs): a retryable ProviderAPIError whose wait is `Retry-After`, an ISO-8601 time (the next 00:00 UTC), not seconds.",
      action: "Wait until the time `Retry-After` gives (`err.retryAfter`, the next 00:00 UTC), then send the same call again.",
      source: "https://developers.zoom.us/docs/api/rate-limits/",
      examples: [
        {
          source: "https://devforum.zoom.us/t/zoom-api-create-meeting-api-rate-limit-sample-error-when-breaching-limit/18928",
          reconstructed: "status line added to the example headers of Zoom's rate-limit page that the thread quotes (\"the API request will fail and return a HTTP 429 status code\")",
          text: `HTTP/1.1 429 Too Many Requests
X-RateLimit-Category: Heavy
X-RateLimit-Type: Daily-limit
X-RateLimit-Limit: 30000
X-RateLimit-Remaining: 0
Retry-After: 2020-05-31T00:00:00Z`,
        },
      ],
    },
    "provider.zoom.v1-rate-limit": {
      statement:
        "Zoom's retired v1 API answered its rate limit with a 403 \"Sorry, the maximum number of api requests are already reached. Please try later.\": a retryable ProviderAPIError, although a 403 otherwise is not; it sent no wait, so back off.",
      action: "Back off and retry: the response names no wait, so slow your request rate before sending the same call again.",
      source: "https://github.com/zoom/api-v1/issues/19",
      examples: [
        {
          source: "https://github.com/zoom/api-v1/issues/19",
          text: `request: meeting/list
rate: 8 per second

start          end          error
13:06:36.272 - 13:06:36.425 err: nil
13:06:36.425 - 13:06:36.580 err: nil
13:06:36.580 - 13:06:36.732 err: nil
13:06:36.732 - 13:06:36.885 err: nil
13:06:36.885 - 13:06:37.039 err: nil
13:06:37.039 - 13:06:37.186 err: 403 Sorry, the maximum number of api requests are already reached. Please try later.
13:06:37.187 - 13:06:37.336 err: nil
13:06:37.336 - 13:06:37.489 err: nil
13:06:37.489 - 13:06:37.639 err: nil
13:06:37.640 - 13:06:37.792 err: nil
13:06:37.792 - 13:06:37.933 err: 403 Sorry, the maximum number of api requests are already reached. Please try later.
13:06:37.933 - 13:06:38.082 err: nil
13:06:38.082 - 13:06:38.238 err: nil
13:06:38.238 - 13:06:38.386 err: nil`,
        },
      ],
    },
    "provider.zoom.refresh-invalid-grant": {
      statement:
        "Zoom's token endpoint answers 400 (401 before 2022) `{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}` when the refresh token is dead (revoked, or replaced by a newer one): a ProviderUnauthorizedError, the user must connect again.",
      action: "Send the user through Zoom's authorization again: this refresh token is revoked or replaced, and retrying with it fails.",
      source: "https://github.com/tl-its-umich-edu/remote-office-hours-queue/issues/363",
      examples: [
        {
          source: "https://github.com/raycast/extensions/issues/10896",
          reconstructed: "status line and body from the extension's message \"Error while refreshing tokens: 400 (Bad Request)\", which prints the response text after it",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"reason":"Invalid Token!","error":"invalid_grant"}`,
        },
      ],
    },
  },
};

/**
 * HubSpot: JSON errors with a `category` (`MISSING_SCOPES`, `EXPIRED_AUTHENTICATION`,
 * `RATE_LIMITS`; older rate-limit bodies say `errorType: RATE_LIMIT`) and a `correlationId`
 * to quote. A 403 lists the scopes it wants; a 429 names its window in `policyName`, and the
 * daily one does not pass by waiting seconds. Two statuses of its own (423, 477) ask for a wait.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** The status alone decides (HubSpot documents these statuses with no body). */
const ALWAYS: Match = { all: [] };
const RATE_LIMIT: Match = { any: [{ json: "errorType", is: "RATE_LIMIT" }, { json: "category", is: "RATE_LIMITS" }] };

/**
 * HubSpot's older APIs' (CMS, files) words for a token without the scope, naming the scopes it would need: "This oauth-token
 * (...) does not have proper permissions! (requires any of [content-editor-access, content-access])".
 */
const LEGACY_SCOPES_NAMED = /^This oauth-token \([^)\n]{0,200}\) does not have proper permissions! \(requires any of \[([\w, -]{1,400})\]\)/;
const LEGACY_SCOPES = { json: "message", matches: LEGACY_SCOPES_NAMED } as const;

export const hubspot = provider({
  id: "hubspot",
  name: "HubSpot",
  hosts: ["hubapi.com", "hubspot.com"],
  clients: { packages: ["hubspot", "@hubspot", "com.hubspot", "Hubspot", "HubSpot"], classes: ["HubSpot", "Hubspot"] },
  requestIdHeaders: ["x-hubspot-correlation-id"],
  bodyRequestId: "correlationId",
  // Its scope page (`links.scopes`, "Read more about required scopes here: ..."), and the OAuth page a 401 points to.
  errorLinks: /https:\/\/developers\.hubspot\.com\/(?:scopes\b|docs\/methods\/auth\/oauth-overview\b)/,
  fingerprints: {
    headers: [
      "x-hubspot-correlation-id",
      "x-hubspot-auth-failure",
      "x-hubspot-ratelimit-daily",
      "x-hubspot-ratelimit-daily-remaining",
      "x-hubspot-ratelimit-secondly",
      "x-hubspot-ratelimit-secondly-remaining",
      "x-hubspot-ratelimit-remaining",
      "x-hubspot-ratelimit-interval-milliseconds",
    ],
    // Every HubSpot error body: `"status": "error"` and a `correlationId` (a UUID) to quote. Also HubSpot's words for an
    // expired OAuth token, which name it where a client printed only some members (Segment's `"category", "message",
    // "statusCode"`, without the correlation id).
    body: {
      any: [
        { all: [{ json: "status", is: "error" }, { json: "correlationId", matches: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i }] },
        LEGACY_SCOPES,
        said("message", { matches: /^The OAuth token used to make this call expired \d{1,9} (?:second|minute|hour|day)\(s\) ago\.?$/ }, /\bThe OAuth token used to make this call expired \d{1,9} (?:second|minute|hour|day)\(s\) ago\b/),
      ],
    },
  },
  // No reset header: HubSpot says how long its window is, not when it ends (the signal reads it).
  rateLimit: [{ remaining: "x-hubspot-ratelimit-remaining" }, { remaining: "x-hubspot-ratelimit-secondly-remaining" }],
  message: ["message"],
  signals: {
    "provider.hubspot.missing-scopes": {
      status: [403],
      when: { any: [{ json: "category", is: "MISSING_SCOPES" }, LEGACY_SCOPES] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "errors[].context.requiredGranularScopes" }, { json: "errors[].context.requiredScopes" }, { json: "message", capture: LEGACY_SCOPES_NAMED, split: "," }],
    },
    "provider.hubspot.daily-limit": {
      status: [429],
      when: { all: [RATE_LIMIT, { json: "policyName", is: "DAILY" }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // The ten-second window's length is in its name: the wait when no header says it.
    "provider.hubspot.ten-secondly": {
      status: [429],
      when: { all: [RATE_LIMIT, { json: "policyName", is: "TEN_SECONDLY_ROLLING" }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-hubspot-ratelimit-interval-milliseconds", unit: "ms" }, { seconds: 10 }],
    },
    "provider.hubspot.rate-limited": {
      status: [429],
      when: RATE_LIMIT,
      error: "ProviderAPIError",
      retryable: true,
      // The rolling window's length: once it has passed, every request counted in it has aged out.
      wait: [{ header: "x-hubspot-ratelimit-interval-milliseconds", unit: "ms" }],
    },
    "provider.hubspot.locked": {
      status: [423],
      when: ALWAYS,
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ seconds: 2 }],
    },
    "provider.hubspot.migration-in-progress": {
      status: [477],
      when: ALWAYS,
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const hubspotDocs: ProviderDocs<typeof hubspot> = {
  docs: [
    { title: "Error handling", url: "https://developers.hubspot.com/docs/api-reference/error-handling" },
    { title: "API usage guidelines and limits", url: "https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details" },
    { title: "API guidelines", url: "https://developers.hubspot.com/apps/api_guidelines" },
    { title: "Rate limit headers (changelog)", url: "https://developers.hubspot.com/changelog/2018-11-06-rate-limit-information-headers-will-be-included-in-http-responses" },
  ],
  requestIdSource: "https://github.com/HubSpot/hubspot-api-ruby/issues/181",
  answers: {
    scope: {
      rules: ["provider.hubspot.missing-scopes"],
      note: "The list is \"one or more of the following\": the scopes that would do, not necessarily all needed. Private apps: add the scope to the app and use its new token.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A 401 `EXPIRED_AUTHENTICATION` is an OAuth token past its 30 minutes: refresh it (HubSpot asks apps to refresh by `expires_in`, not on a 401), and reconnect if the refresh fails. `INVALID_AUTHENTICATION` is a missing or revoked token, or a kind of token the endpoint does not accept.",
    },
    rateLimit: {
      rules: ["provider.hubspot.rate-limited", "provider.hubspot.ten-secondly", "provider.hubspot.locked", "provider.hubspot.migration-in-progress", "provider.rate-limit-spent"],
      note: "A 429 names its window in `policyName`; a 423 asks for at least 2 seconds between requests; a 477 (the account is moving between data centers, not a rate limit) sends `Retry-After`, up to 24 hours.",
    },
    notRetryable: { rules: ["provider.hubspot.daily-limit"] },
  },
  notes: [
    "`requiredScopes` can be wrong: a reporter was told `contacts` when the call needed `crm.objects.owners.read` (HubSpot/hubspot-api-nodejs#268). If the listed scopes are granted, HubSpot's docs say to contact its support.",
    "\"Authentication credentials not found\" (401 `INVALID_AUTHENTICATION`) also answers a valid token of a kind the endpoint does not accept (some accept only OAuth, private-app tokens or developer API keys).",
    "A 429 with `policyName: DAILY` does not clear until the account's daily limit resets (midnight in the account's time zone); no header says when.",
    "The CRM search endpoints have their own limit (a few requests per second per token) and send no rate-limit headers.",
  ],
  signals: {
    "provider.hubspot.missing-scopes": {
      statement:
        "HubSpot's 403 `category: MISSING_SCOPES` is a ScopeReauthRequiredError; `missingScopes` is `errors[].context.requiredGranularScopes` (older apps: `requiredScopes`), \"one or more of\" which the token needs. Add one and re-authorize. Its older APIs say it in words, \"This oauth-token (...) does not have proper permissions! (requires any of [content-editor-access, content-access])\": the scopes in the brackets.",
      action: "Add one of the scopes in `missingScopes` to the app and re-authorize (a private app: use its new token); if they are already granted, contact HubSpot support.",
      source: "https://developers.hubspot.com/docs/api-reference/error-handling",
      examples: [
        {
          source: "https://github.com/HubSpot/hubspot-cli/issues/380",
          text: `[ERROR] A StatusCodeError has occurred. 403 - {"status":"error","message":"This oauth-token (#######################) does not have proper permissions! (requires any of [content-editor-access, content-access])","correlationId":"#################"}`,
        },
        {
          source: "https://github.com/PostHog/posthog/issues/53339",
          reconstructed: "status line added (the log says \"status 403\"); the Python dict printed in the log converted to JSON",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json;charset=utf-8

{"status":"error","message":"This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.","correlationId":"5fd6d324-f253-78b7-8d43-2a41596a804c","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["crm.objects.services.write","crm.schemas.services.write"]}}],"links":{"scopes":"https://developers.hubspot.com/scopes"},"category":"MISSING_SCOPES"}`,
        },
        {
          source: "https://github.com/HubSpot/hubspot-api-nodejs/issues/268",
          reconstructed:
            "status line and headers from another MISSING_SCOPES 403 (https://github.com/PipedreamHQ/pipedream/pull/1419); the correlationId the issue elides filled from that capture",
          text: `HTTP/2 403
date: Tue, 10 May 2022 17:50:27 GMT
content-type: application/json;charset=utf-8
cf-ray: 709484709bad8251-IAD
x-hubspot-correlation-id: 13c40ed5-64d3-4a4a-b915-f211bad08136
server: cloudflare

{"status":"error","message":"This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.","correlationId":"13c40ed5-64d3-4a4a-b915-f211bad08136","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredScopes":["contacts"]}}],"links":{"scopes":"https://developers.hubspot.com/scopes"},"category":"MISSING_SCOPES"}`,
        },
      ],
    },
    "provider.hubspot.daily-limit": {
      statement:
        "HubSpot's 429 with `policyName: DAILY` is a ProviderAPIError that is not retryable: the account spent its daily API calls, and requests fail until the daily limit resets (midnight in the account's time zone).",
      action: "Stop calling until the account's daily limit resets at midnight in its time zone; retrying sooner fails the same way.",
      source: "https://developers.hubspot.com/docs/api/usage-details",
      examples: [
        {
          source: "https://developers.hubspot.com/docs/api/usage-details",
          reconstructed: "the page's example 429 body (\"the 429 response will have the following format\") written as a raw response; status line added from the page's \"will receive a 429 error response\"",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json;charset=utf-8

{
  "status": "error",
  "message": "You have reached your daily limit.",
  "errorType": "RATE_LIMIT",
  "correlationId": "c033cdaa-2c40-4a64-ae48-b4cec88dad24",
  "policyName": "DAILY",
  "requestId": "3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd"
}`,
        },
      ],
    },
    "provider.hubspot.rate-limited": {
      statement:
        "HubSpot's 429 `RATE_LIMIT` (or `category: RATE_LIMITS`) for a burst window (`policyName` `SECONDLY`, `TEN_SECONDLY_ROLLING`) is a retryable ProviderAPIError; without `Retry-After`, the wait is the window, `X-HubSpot-RateLimit-Interval-Milliseconds`.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`, else the window in `X-HubSpot-RateLimit-Interval-Milliseconds`), then send the same call again.",
      source: "https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details",
      examples: [
        {
          source: "https://github.com/HGData/mk-node-hubspot/issues/89",
          reconstructed: "status line and Content-Type added; the issue's typographic quotes restored to ASCII",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json;charset=utf-8

{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","correlationId":"6828d000-3d2f-4701-8d90-b21e53b0d005","policyName":"SECONDLY","requestId":"ce6a6a91-ac17-492f-bbdb-7d72477c319c"}`,
        },
        {
          source: "https://github.com/HGData/mk-node-hubspot/pull/84",
          reconstructed: "status line added from the \"429 - \" prefix; the JSON unescaped",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json;charset=utf-8

{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","correlationId":"aedc0d29-ba1e-48e3-9fa0-9975c9131a7a","groupName":"publicapi:hapikey-secondly:2431623","policyName":"SECONDLY","requestId":"632b866a6fc6454f32d5423a1166e92a"}`,
        },
      ],
    },
    "provider.hubspot.ten-secondly": {
      statement:
        "HubSpot's 429 `RATE_LIMIT` whose `policyName` is `TEN_SECONDLY_ROLLING` (an app's burst limit over a rolling ten seconds) is a retryable ProviderAPIError; without `Retry-After` or `X-HubSpot-RateLimit-Interval-Milliseconds`, the wait is the window, 10 seconds: a retry sooner falls in the same window.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`, else the 10-second window), then send the same call again; sooner falls in the same window.",
      source: "https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details",
      examples: [
        {
          source: "https://github.com/HubSpot/hubspot-api-python/issues/117",
          text: `File "/usr/local/lib/python3.9/site-packages/hubspot/crm/companies/rest.py", line 189, in request
raise ApiException(http_resp=r)
hubspot.crm.companies.exceptions.ApiException: (429)

HTTP response body: 
{
    "status": "error",
    "message": "You have reached your ten_secondly_rolling limit.",
    "errorType": "RATE_LIMIT",
    "correlationId": "c93e06a4-7d61-4c3e-b63f-edf486fc6e90",
    "policyName": "TEN_SECONDLY_ROLLING",
    "groupName": "publicapi:hapikey-api-calls-ten-secondly:6748263"
}`,
        },
      ],
    },
    "provider.hubspot.locked": {
      statement:
        "HubSpot's 423 Locked (a large volume of data synced in a short time, such as thousands of company upserts) is a retryable ProviderAPIError; the lock lasts 2 seconds, so the wait is 2 seconds, and later requests should keep at least 2 seconds apart.",
      action: "Wait 2 seconds, then send the same call again, and keep later requests at least 2 seconds apart.",
      source: "https://developers.hubspot.com/docs/api-reference/error-handling",
      examples: [
        {
          source: "https://developers.hubspot.com/docs/api-reference/error-handling",
          reconstructed: "status line only, from the page's \"423 Locked\" row; the page documents no body",
          text: `HTTP/1.1 423 Locked`,
        },
      ],
    },
    "provider.hubspot.migration-in-progress": {
      statement:
        "HubSpot's 477 Migration in Progress (the account is moving between data hosting locations) is a retryable ProviderAPIError; the wait is its `Retry-After` (typically up to 24 hours).",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`; up to 24 hours while the account moves), then send the same call again.",
      source: "https://developers.hubspot.com/docs/api-reference/error-handling",
      examples: [
        {
          source: "https://developers.hubspot.com/docs/api-reference/error-handling",
          reconstructed: "status line only, from the page's \"477 Migration in Progress\" row; the page documents the `Retry-After` header but no value and no body",
          text: `HTTP/1.1 477 Migration in Progress`,
        },
      ],
    },
  },
};

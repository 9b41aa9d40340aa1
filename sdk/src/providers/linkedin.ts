/**
 * LinkedIn (Rest.li): `{"serviceErrorCode": <n>, "message": "…", "status": <http status>}`,
 * newer bodies with a `code` name too. A missing permission is a 403 naming the resource,
 * never the scope; rate limits are daily quotas that reset at 00:00 UTC, answered with a
 * 429 that carries no header saying when.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

export const linkedin = provider({
  id: "linkedin",
  name: "LinkedIn",
  hosts: ["linkedin.com"],
  // `LinkedIn`: the Ruby gems' module (`LinkedIn::AccessDeniedError`).
  clients: { packages: ["linkedin_api", "LinkedIn"], classes: ["LinkedIn", "Linkedin"] },
  requestIdHeaders: ["x-li-uuid", "x-li-request-id"],
  // The v1 API's body (retired in 2019, still pasted) carries its id; .NET clients print its members capitalized.
  bodyRequestId: ["requestId", "RequestId"],
  fingerprints: {
    headers: ["x-li-uuid", "x-li-fabric", "x-li-request-id"],
    // Rest.li's error member; no other API names it so. The v1 API's error: `errorCode`, `message`, `requestId`, `status`, `timestamp`.
    body: {
      any: [
        { json: "serviceErrorCode" },
        { all: [{ json: "errorCode" }, { json: "requestId" }, { json: "timestamp" }] },
        { all: [{ json: "ErrorCode" }, { json: "RequestId" }, { json: "Timestamp" }] },
      ],
    },
  },
  message: ["message", "Message"],
  signals: {
    "provider.linkedin.access-denied": {
      status: [403],
      when: {
        any: [
          { json: "code", is: "ACCESS_DENIED" },
          { json: "serviceErrorCode", is: "100" },
          // Its message, also as a client printed it alone (the linkedin-v2 gem's "AccessDeniedError ((403): Not enough ...)").
          said("message", { matches: /^Not enough permissions to access: / }),
        ],
      },
      error: "ScopeReauthRequiredError",
    },
    // The daily quota's message; the rare infrastructure 429 is not documented with any field of its own.
    "provider.linkedin.daily-limit": {
      status: [429],
      when: {
        any: [
          { json: "serviceErrorCode", is: "101" },
          { json: "message", matches: /^Resource level throttle limit for calls to this resource is reached/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
      // The daily quota resets at midnight UTC (LinkedIn's rate-limit docs): no retry passes before.
      wait: [{ untilUtc: "00:00" }],
    },
  },
});

export const linkedinDocs: ProviderDocs<typeof linkedin> = {
  docs: [
    { title: "Error handling", url: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling" },
    { title: "Rate limits", url: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits" },
    { title: "Programmatic refresh tokens", url: "https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens" },
  ],
  requestIdSource: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling",
  answers: {
    scope: {
      rules: ["provider.linkedin.access-denied"],
      note: "The message names the resource and method (`GET /me`, `userinfo.GET.NO_VERSION`), not the scope. For Ads APIs LinkedIn may answer a restricted API with a 404 instead.",
    },
    credential: {
      rules: ["provider.401"],
      note: "An invalid, expired (60-day) or member-revoked token is a 401 with `serviceErrorCode` 65600 or 65601 (`REVOKED_ACCESS_TOKEN`): the member must authorize again, unless the app has programmatic refresh tokens (partner programs only).",
    },
    rateLimit: {
      rules: ["provider.linkedin.daily-limit"],
      note: "Limits are per app and per member per day, per endpoint, unpublished (the Developer Portal's Analytics tab shows them), and reset at 00:00 UTC; no header gives a remaining count or a wait.",
    },
    notRetryable: { rules: ["provider.linkedin.daily-limit"] },
  },
  notes: [
    "A 403 `ACCESS_DENIED` is usually a scope the member did not grant, but also a product the app is not approved for (OpenID Connect apps calling the retired `/v2/me`, partner-only permissions): reauthorizing does not help there. LinkedIn does not tell a scope failure from an ad-account permission failure.",
    "LinkedIn also returns a 429 \"in rare cases\" as infrastructure protection, which passes by itself; no documented field tells it from the daily quota's 429.",
    "A 401 65600 \"Invalid access token\" has also turned out to be a product permission the app lacked; and LinkedIn documents token verification failures downstream as a 500.",
    "Reauthorizing with a different scope set invalidates the member's earlier tokens for the app.",
  ],
  signals: {
    "provider.linkedin.access-denied": {
      statement:
        "LinkedIn's 403 `ACCESS_DENIED` (`serviceErrorCode` 100, \"Not enough permissions to access: <resource>\") is a ScopeReauthRequiredError: usually a scope the member did not grant; sometimes a product or partner permission the app itself lacks, which reauthorizing does not fix.",
      action: "Have the member authorize again with the scope the endpoint needs; if the app itself lacks the product or partner permission, reauthorizing will not fix it.",
      source: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling",
      examples: [
        {
          source: "https://github.com/Light-it-labs/laravel-linkedin-share/issues/9",
          text: `Client error: \`POST https://api.linkedin.com/v2/ugcPosts\` resulted in a \`403 Forbidden\` response: {"serviceErrorCode":100,"message":"Not enough permissions to access: POST /ugcPosts","status":403}`,
        },
        {
          source: "https://github.com/linkedin-developers/linkedin-api-js-client/issues/35",
          reconstructed: "status line added from `'status': 403` in the body the reporter printed (a Python dict, written as JSON)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"status": 403, "serviceErrorCode": 100, "code": "ACCESS_DENIED", "message": "Not enough permissions to access: userinfo.GET.NO_VERSION"}`,
        },
      ],
    },
    "provider.linkedin.daily-limit": {
      statement:
        "LinkedIn's 429 \"Resource level throttle limit for calls to this resource is reached.\" (`serviceErrorCode` 101) is the app's or member's daily quota: a ProviderAPIError that is not retryable, since nothing passes before 00:00 UTC; call less, or ask LinkedIn for a higher limit.",
      action: "Stop calling this resource until 00:00 UTC, when the daily quota resets; call it less, or ask LinkedIn for a higher limit.",
      source: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits",
      examples: [
        {
          source: "https://github.com/Automattic/wp-calypso/issues/32007",
          text: `HTTP/1.1 429 Too Many Requests

{"serviceErrorCode":101,"message":"Resource level throttle limit for calls to this resource is reached.","status":429}`,
        },
      ],
    },
  },
};

/**
 * SmartThings (its API at api.smartthings.com, its OAuth server at auth-global.api.smartthings.com): an error is `{"requestId":
 * "...", "error": {"code": "ConstraintViolationError", "message": "...", "details": [...]}}`, with a code of its own table
 * (`ConstraintViolationError`, `TooManyRequestError`, `LimitError`, ...) and the request id at the top, which its docs say
 * correlates the error with SmartThings' logs: the id to quote. Most codes keep the action their status gives (422 a request to
 * fix, 409 `ConflictError` "invalid device state" a device that cannot take the command now). Its rate limits (per minute, per
 * 15 minutes, per hour, by API) answer 429 `TooManyRequestError` and name the wait inside the details ("attempt 10 limit 10 -
 * retry in 40585 millis"), which the signal reads. A token it refuses answers 401 (an expired personal access token gets its
 * gateway's HTML "401 Authorization Required"), which the generic rules read.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** The codes of its error table (and its 409's), each a SmartThings error name. */
const CODES = [
  "ConstraintViolationError",
  "PatternError",
  "NotNullError",
  "NullError",
  "NotEmptyError",
  "SizeError",
  "UnprocessableEntityError",
  "TooManyRequestError",
  "LimitError",
  "UnsupportedOperationError",
  "ConflictError",
];
/** The wait its 429 names: "attempt 1 limit 1 - retry in 13933 millis". */
const RETRY_IN = /retry in (\d{1,9} millis)\b/;
/** Its 429's code, as a client printed the body. */
const TOO_MANY_TEXT = /"code": ?"TooManyRequestError"/;

export const smartthings = provider({
  id: "smartthings",
  name: "SmartThings",
  // api.smartthings.com (the API, and auth-global.api.smartthings.com, its OAuth server).
  hosts: ["api.smartthings.com"],
  // @smartthings/core-sdk and the smartthings CLI (npm scope `@smartthings`), pysmartthings (Python: `pysmartthings.errors.APIResponseError`).
  // Classes starting `SmartThings` (pysmartthings' `SmartThingsConnectionError`).
  clients: { packages: ["@smartthings", "pysmartthings"], classes: ["SmartThings"] },
  bodyRequestId: "requestId",
  fingerprints: {
    body: {
      // Its error body: the request id at the top, and a code of its table under `error`.
      all: [{ json: "requestId" }, { json: "error.code", is: CODES }, { json: "error.message" }],
    },
  },
  message: ["error.details[].message", "error.message"],
  signals: {
    // Its rate limit: the details name the wait in milliseconds.
    "provider.smartthings.too-many-requests": {
      status: [429],
      when: { any: [{ json: "error.code", is: "TooManyRequestError" }, { text: TOO_MANY_TEXT }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "error.details[].message", capture: RETRY_IN }, { text: RETRY_IN }],
    },
  },
});

export const smartthingsDocs: ProviderDocs<typeof smartthings> = {
  docs: [
    { title: "Troubleshooting errors (the error body and its requestId)", url: "https://developer.smartthings.com/docs/connected-services/troubleshooting" },
    { title: "Rate limits and guardrails", url: "https://developer.smartthings.com/docs/getting-started/rate-limits" },
    { title: "Authorization and permissions (personal access tokens, OAuth)", url: "https://developer.smartthings.com/docs/getting-started/authorization-and-permissions" },
  ],
  requestIdSource: "https://developer.smartthings.com/docs/connected-services/troubleshooting",
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "Its troubleshooting page: a 401 or 403 typically means the app did not request, or the user did not authorize, the permissions a call needs (scopes such as `r:devices:*`, `x:devices:*`); its API reference also answers 403 for a resource the token may not see. The answer names no scope, so the generic rules read the 403: check the app's requested scopes, then have the user authorize it again.",
    },
    credential: {
      rules: ["provider.401", "provider.400.invalid-grant"],
      note: "A token it refuses answers 401 (its gateway's HTML \"401 Authorization Required\" page, with no JSON). Personal access tokens created since 30 December 2024 last 24 hours: an integration that keeps working needs an OAuth app and its refresh token. A refresh token it refuses answers 400 `{\"error\": \"invalid_grant\", \"error_code\": \"AUT_1803\", ...}`: the user connects again.",
    },
    rateLimit: {
      rules: ["provider.smartthings.too-many-requests"],
      note: "Limits per API (60 calls a minute for apps, 15 subscriptions every 15 minutes, 20 location updates an hour, ...), and guardrails on how many of a thing may exist. Over a rate limit, 429 `TooManyRequestError` whose details say \"attempt 10 limit 10 - retry in 40585 millis\": wait that long.",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "422 `LimitError` is a guardrail (how many apps, subscriptions, schedules or locations may exist), which no wait lifts: delete some first. 422 `ConstraintViolationError` names the invalid field in its details. 409 `ConflictError` \"invalid device state\": the device cannot take the command in its present state.",
    },
  },
  notes: [
    "Quote the body's `requestId` to SmartThings: its troubleshooting page asks for it when reporting an issue.",
    "The SmartThings CLI and @smartthings/core-sdk print the body after axios' message: \"Request failed with status code 422: {\\\"requestId\\\": ...}\".",
  ],
  signals: {
    "provider.smartthings.too-many-requests": {
      statement:
        "SmartThings answers a call over one of its rate limits with 429 `TooManyRequestError` \"Too Many Requests\", its details naming the wait (\"attempt 10 limit 10 - retry in 40585 millis\"): a retryable ProviderAPIError whose wait is those milliseconds, in seconds.",
      action: "Wait the time the error's details name (`err.retryAfter`), then send the same call again.",
      source: "https://developer.smartthings.com/docs/getting-started/rate-limits",
      examples: [
        {
          source: "https://github.com/home-assistant/core/issues/134355",
          text: `pysmartthings.errors.APIResponseError: Too Many Requests (429): {"requestId": "3647079359088434476", "error": {"code": "TooManyRequestError", "message": "Too Many Requests", "details": [{"code": "TooManyRequestError", "message": "attempt 1 limit 1 - retry in 13933 millis", "details": []}]}}`,
        },
        {
          source: "https://github.com/o-lukas/homebridge-smartthings-tv/issues/440",
          text: `[1/10/2025, 10:39:19 PM] [@o-lukas/homebridge-smartthings-tv] [TV 1] Error when getting status of audioVolume: Request failed with status code 429: {"requestId":"2653420052897449279","error":{"code":"TooManyRequestError","message":"Too Many Requests","details":[{"code":"TooManyRequestError","message":"attempt 10 limit 10 - retry in 40585 millis","details":[]}]}}`,
        },
      ],
    },
  },
};

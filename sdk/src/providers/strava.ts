/**
 * Strava (its V3 API at www.strava.com/api/v3, its OAuth server at www.strava.com/oauth): an error is a "fault", `{"message":
 * "Authorization Error", "errors": [{"resource": "AccessToken", "field": "activity:read_permission", "code": "missing"}]}`, a
 * shape GitHub's API shares (`{"message": "Validation Failed", "errors": [{"resource", "field", "code"}]}`), so only Strava's own
 * messages and fields name it, with its `X-ReadRateLimit-*` headers. Two answers change the action:
 * - A token without the scope a call needs answers 401 "Authorization Error" whose error names the permission it lacks,
 *   `activity:read_permission` (the `activity:read` scope; `write_permission` for the old `write`): the user must authorize the app
 *   again with that scope, which the generic rules read as a dead token to replace. A dead token's own 401 names `access_token`
 *   (`{"resource": "Athlete", "field": "access_token", "code": "invalid"}`), which the generic rules read.
 * - Its rate limit: a 15-minute and a daily count per application, reported on every answer in `X-RateLimit-Limit` and
 *   `X-RateLimit-Usage` (two comma-separated numbers, the 15-minute one first) with no remaining count or reset header; over
 *   either, 429 "Rate Limit Exceeded" (once a 403). The 15-minute window resets at 0, 15, 30 and 45 minutes past the
 *   hour, the daily one at midnight UTC. The signal waits for the 15-minute window's reset at most (15 minutes), since which window
 *   is spent takes comparing the two headers' numbers; when the daily one is, a call after that wait meets the same 429.
 * Its answers carry an `X-Request-Id` (not documented; recordings show it), which the generic rules read.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** The permission a token lacks, as its fault's field names it: `activity:read_permission` for the `activity:read` scope. */
const PERMISSION_FIELD = /^[a-z_]{1,30}(?::[a-z_]{1,30})?_permission$/;
/** The scope that field names. */
const PERMISSION_SCOPE = /^([a-z_]{1,30}(?::[a-z_]{1,30})?)_permission$/;
/**
 * The same field and its code as a client printed the fault: stravalib's `'field': 'activity:read_permission', 'code': 'missing'`, a
 * JSON text's `"field":"activity:read_permission","code":"missing"` (Guzzle wraps it over lines, inside the member's name).
 */
const PERMISSION_TEXT = /['"][a-z_]{1,30}(?::[a-z_]{1,30})?_permission['"],\s{0,8}['"]code['"]: ?['"]missing['"]/;
/** The scope in that printout. */
const PERMISSION_TEXT_SCOPE = /['"]([a-z_]{1,30}(?::[a-z_]{1,30})?)_permission['"],\s{0,8}['"]code['"]: ?['"]missing['"]/;
/** Its rate limit's fault as a client printed it (stravalib's `Rate Limit Exceeded: [{'resource': 'Application', 'code': 'exceeded', 'field': 'rate limit'}]`). */
const RATE_LIMIT_TEXT = /['"]field['"]: ?['"]rate limit['"]/;

/** A token without a scope the call needs: a fault whose field names the permission, with the code `missing`. */
const MISSING_PERMISSION: Match = {
  any: [{ all: [{ json: "errors[].field", matches: PERMISSION_FIELD }, { json: "errors[].code", is: "missing" }] }, { text: PERMISSION_TEXT }, { printed: PERMISSION_TEXT }],
};

export const strava = provider({
  id: "strava",
  name: "Strava",
  // www.strava.com: the API (`/api/v3/...`) and the OAuth server (`/oauth/authorize`, `/oauth/token`, `/oauth/deauthorize`).
  // Not strava.com's other hosts (developers., communityhub., its site's pages).
  hosts: ["www.strava.com"],
  // stravalib (Python: `stravalib.exc.Fault`, `stravalib.exc.RateLimitExceeded`, `AccessUnauthorized`), javastrava (Java:
  // `javastrava.api.v3.service.exception.StravaAPIRateLimitException`), strava-v3 (npm: `node_modules/strava-v3/`), the Ruby gems
  // strava-ruby-client and strava-api-v3 (`Strava::Errors::Fault`, `gems/strava-api-v3-0.7.0/`) and Elixir's strava (`Strava.Fault`).
  // Classes starting `Strava` (`StravaAPIRateLimitException`, `StravaAPIError`). Not `swagger_client`, the package name Swagger
  // Codegen gives any API's Python client by default, Strava's included.
  clients: { packages: ["stravalib", "javastrava", "strava-v3", "strava-ruby-client", "strava-api-v3", "Strava"], classes: ["Strava"] },
  fingerprints: {
    // Its non-upload rate limit's headers, on every answer beside `X-RateLimit-*`; no other API sends them.
    headers: ["x-readratelimit-usage", "x-readratelimit-limit"],
    body: {
      any: [
        // Its faults: an authorization error naming its own resources, its rate limit, a token without a permission.
        { all: [{ json: "message", is: "Authorization Error" }, { json: "errors[].resource", is: ["Athlete", "AccessToken", "Application"] }] },
        { all: [{ json: "message", is: "Rate Limit Exceeded" }, { json: "errors[].field", is: "rate limit" }] },
        { all: [{ json: "errors[].field", matches: PERMISSION_FIELD }, { json: "errors[].code", is: "missing" }] },
        { text: PERMISSION_TEXT },
        { text: RATE_LIMIT_TEXT },
        // Its usage header: two comma-separated counts (15 minutes, a day), where other APIs send one.
        { header: "x-ratelimit-usage", matches: /^\d{1,9}, ?\d{1,9}$/ },
      ],
    },
  },
  message: ["message"],
  signals: {
    // A token without the scope the call needs: the user authorizes the app again with it.
    "provider.strava.missing-scope": {
      status: [401, 403],
      when: MISSING_PERMISSION,
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "errors[].field", capture: PERMISSION_SCOPE }, { text: PERMISSION_TEXT_SCOPE }, { printed: PERMISSION_TEXT_SCOPE }],
    },
    // Every 429 is its rate limit: wait for the 15-minute window's reset, 15 minutes at most.
    "provider.strava.rate-limited": {
      status: [429],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ seconds: 900 }],
    },
  },
});

export const stravaDocs: ProviderDocs<typeof strava> = {
  docs: [
    { title: "Rate limits (15-minute and daily limits, X-RateLimit-* and X-ReadRateLimit-* headers, 429)", url: "https://developers.strava.com/docs/rate-limits/" },
    { title: "Authentication (OAuth scopes, refreshing expired access tokens)", url: "https://developers.strava.com/docs/authentication/" },
    { title: "API reference (the Fault and Error models)", url: "https://developers.strava.com/docs/reference/" },
  ],
  answers: {
    scope: {
      rules: ["provider.strava.missing-scope"],
      note: "A token without the scope a call needs answers 401 \"Authorization Error\" with `{\"resource\": \"AccessToken\", \"field\": \"activity:read_permission\", \"code\": \"missing\"}`: the field names the scope (`activity:read`; `activity:read_all` also covers it). The user chose which scopes to grant on Strava's authorization page (they may untick some); send them through it again asking for the scope. A refreshed token keeps the scopes first granted.",
    },
    credential: {
      rules: ["provider.401", "provider.token-endpoint-401"],
      note: "An expired, revoked or wrong access token answers 401 \"Authorization Error\" with `{\"resource\": \"Athlete\", \"field\": \"access_token\", \"code\": \"invalid\"}`. Access tokens last six hours: refresh with the refresh token (`grant_type=refresh_token`), and keep the refresh token each refresh returns. A client id or secret its token endpoint does not know answers 401 with `{\"resource\": \"Application\", \"field\": \"\", \"code\": \"invalid\"}`: fix the app's configuration (the generic token-endpoint rule reads it so when the paste shows `/oauth/token`).",
    },
    rateLimit: {
      rules: ["provider.strava.rate-limited", "provider.403.rate-limited"],
      note: "Per application, a 15-minute and a daily limit (overall, and a lower one for non-upload calls in `X-ReadRateLimit-*`), both reported on every answer: `X-RateLimit-Limit: 600,30000`, `X-RateLimit-Usage: 692,29300` (15 minutes first). Over either, 429 `{\"message\": \"Rate Limit Exceeded\", \"errors\": [{\"resource\": \"Application\", \"field\": \"rate limit\", \"code\": \"exceeded\"}]}`. The 15-minute window resets at 0, 15, 30 and 45 minutes past the hour, the daily one at midnight UTC; calls over the limit still count toward the daily one. The signal waits 15 minutes at most; when the usage header's second number has reached the limit's, wait for midnight UTC instead. Strava once answered its rate limit with a 403 and the same fault (stravalib#60, 2015), which the generic words rule reads as a rate limit.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "No request id is documented, but its answers carry `X-Request-Id` (strava-ruby-client's recorded 401, a URLSession printout of an upload's 401): quote it with the application's client id.",
    "An application over its athlete capacity (the rate-limits page's \"Athlete Capacity\", raised on request) is refused on Strava's authorization page, \"Error 403: Limit of connected athletes exceeded\", not in an API answer: ask Strava's developer program to raise it.",
  ],
  signals: {
    "provider.strava.missing-scope": {
      statement:
        "Strava answers a call the token has no scope for with 401 \"Authorization Error\" and `{\"resource\": \"AccessToken\", \"field\": \"activity:read_permission\", \"code\": \"missing\"}`: a ScopeReauthRequiredError whose missing scope is the one the field names (`activity:read`); the user authorizes the app again granting it.",
      action: "Have the user authorize the app again, granting the scope in `missingScopes` (such as `activity:read`).",
      source: "https://developers.strava.com/docs/authentication/",
      examples: [
        {
          source: "https://github.com/googledatastudio/community-connectors/issues/291",
          text: `Request failed for https://www.strava.com returned code 401. Truncated server response: {"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"activity:read_permission","code":"missing"}]} (use muteHttpExceptions option to examine full response).`,
        },
        {
          source: "https://github.com/node-strava/node-strava-v3/issues/97",
          reconstructed: "status line added (the issue says the call gets a 401 with this body)",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json; charset=utf-8

{"message":"Authorization Error","errors":[{"resource":"AccessToken","field":"activity:read_permission","code":"missing"}]}`,
        },
      ],
    },
    "provider.strava.rate-limited": {
      statement:
        "Strava answers a call over the application's 15-minute or daily limit with 429 \"Rate Limit Exceeded\" (`X-RateLimit-Limit` and `X-RateLimit-Usage` report both windows, with no reset header): a retryable ProviderAPIError that waits for the 15-minute window's reset (at 0, 15, 30 and 45 past the hour), 15 minutes at most; when the daily count is spent, the wait is until midnight UTC.",
      action: "Wait for the 15-minute window's reset (`err.retryAfter`), then retry; if the daily limit is spent, wait until midnight UTC.",
      source: "https://developers.strava.com/docs/rate-limits/",
      examples: [
        {
          source: "https://developers.strava.com/docs/rate-limits/",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json; charset=utf-8
Date: Tue, 10 Oct 2020 20:11:05 GMT
X-Ratelimit-Limit: 600,30000
X-Ratelimit-Usage: 692,29300`,
        },
        {
          source: "https://github.com/dblock/slack-strava/issues/38",
          text: `W, [2018-05-12T22:32:47.262086 #237]  WARN -- : Error in cron for team name=..., id=..., user user_id=..., user_name=..., {"message":"Rate Limit Exceeded","errors":[{"resource":"Application","field":"rate limit","code":"exceeded"}]} [HTTP 429], /app/vendor/bundle/ruby/2.3.0/gems/strava-api-v3-0.7.0/lib/strava/api/v3/common.rb:28:in \`block in api_call'`,
        },
      ],
    },
  },
};

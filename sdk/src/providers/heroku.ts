/**
 * The Heroku Platform API (v3, at api.heroku.com; OAuth at id.heroku.com): an error is `{"id": "rate_limit", "message": "...",
 * "url": "https://devcenter.heroku.com/articles/platform-api-reference#rate-limits"}` (the legacy v2 API and the old heroku.rb
 * gem's era wrote `error` for `message`), and each response carries a `Request-Id`. Its error ids map one to one to statuses
 * (401 `unauthorized`, 402 `delinquent`, 403 `forbidden` or `suspended`, 422 `invalid_params` or `verification_needed`, 429
 * `rate_limit`, 503 `unavailable`), so the generic rules answer them: Heroku has no signal of its own. Not the apps Heroku hosts
 * (`*.herokuapp.com`, its router's `H12`/`H13` pages): their errors are the app's.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const heroku = provider({
  id: "heroku",
  name: "Heroku",
  // The API and its OAuth server only: apps were once served at `<app>.heroku.com` (a 2012 Twilio callback
  // `uncurler.heroku.com/v1/...`), and `nel.heroku.com` is the error-report endpoint of every app Heroku hosts.
  hosts: ["api.heroku.com", "id.heroku.com"],
  // heroku.rb (the heroku-api gem: `Heroku::API::Errors::RateLimitExceeded`), platform-api (Ruby, module `PlatformAPI`, raising
  // Excon's errors), heroku3 (Python), heroku-client and the CLI's `@heroku-cli` packages (Node: `HerokuAPIError`), heroku.jar
  // (`com.heroku.api`).
  clients: {
    packages: ["Heroku", "heroku-api", "platform-api", "PlatformAPI", "heroku3", "heroku-client", "@heroku-cli", "com.heroku"],
    classes: ["Heroku"],
  },
  // Heroku's HTTP API design guide ("Provide Request-Ids for Introspection"); the CLI prints it with HEROKU_DEBUG.
  requestIdHeaders: ["request-id"],
  fingerprints: {
    // The error object's link into Heroku's Dev Center, beside an id.
    body: { all: [{ json: "id", matches: /^[a-z][a-z_]{1,40}$/ }, { json: "url", matches: /^https:\/\/devcenter\.heroku\.com\// }] },
  },
  message: ["message", "error"],
  signals: {},
});

export const herokuDocs: ProviderDocs<typeof heroku> = {
  docs: [
    { title: "Platform API Reference: error responses", url: "https://devcenter.heroku.com/articles/platform-api-reference#error-responses" },
    { title: "Platform API Reference: rate limits", url: "https://devcenter.heroku.com/articles/platform-api-reference#rate-limits" },
    { title: "Heroku OAuth: scopes", url: "https://devcenter.heroku.com/articles/oauth#scopes" },
    { title: "HTTP API Design Guide (Heroku): Provide Request-Ids for Introspection", url: "https://github.com/interagent/http-api-design/blob/master/en/foundations/provide-request-ids-for-introspection.md" },
  ],
  requestIdSource: "https://github.com/heroku/legacy-cli/pull/1361",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "401 `unauthorized`: \"request not authenticated, API token is missing, invalid or expired\" (\"Invalid credentials provided.\"); replace the API key or run `heroku login`. A 403 `forbidden` (\"You do not have access to the app\") is the account's access to the resource, not the key.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "Each account holds up to 4,500 request tokens, refilled at about 75 a minute; with none left, 429 `rate_limit` \"Your account reached the API rate limit\" and `RateLimit-Remaining: 0`. The generic rules answer it retryable; no wait is sent (a token comes back within a second or so), so back off. Heroku needs no signal of its own.",
    },
    notRetryable: {
      rules: ["provider.403", "provider.error"],
      note: "402 `delinquent` (the account's payment), 403 `suspended` (the account or app), 422 `verification_needed` (billing details to enter) and 422 `invalid_params` (\"You've reached your app limit of 100 apps.\") change only when the account does; the generic rules already answer them not retryable.",
    },
  },
  notes: [
    "The Dev Center's table of error ids: 400 `bad_request`, 401 `unauthorized`, 402 `delinquent`, 403 `forbidden` / `suspended`, 404 `not_found`, 406 `not_acceptable` (set `Accept: application/vnd.heroku+json; version=3`), 409 `conflict`, 410 `gone`, 416 `requested_range_not_satisfiable`, 422 `invalid_params` / `verification_needed`, 429 `rate_limit`, 500 `internal_server_error`, 503 `unavailable`.",
    "`Request-Id` (a UUID) comes back on every Platform API response; the CLI prints it under `HEROKU_DEBUG=1`. Quote it to Heroku's support.",
    "A 2012 answer of the API v2 (lostboy/workless#33) sent `Retry-After` as an epoch time (the `Date` plus 11 seconds), not a count of seconds; the v3 reference documents no `Retry-After`.",
    "A `git push heroku` over the limit prints \"Your account reached the API rate limit\" through the build's remote output: the same 429, seen by git as a rejected push.",
  ],
  signals: {},
};

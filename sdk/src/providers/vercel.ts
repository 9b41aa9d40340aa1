/**
 * The Vercel REST API (api.vercel.com): an error is `{"error": {"code": "forbidden", "message": "..."}}`, an envelope many APIs
 * share, with members of Vercel's own beside it on some answers. A token that is expired (ten days unused, for a CLI login),
 * revoked or wrong gets 403 `forbidden` "Not authorized" with `invalidToken: true`: a credential to replace, though a 403. Its
 * rate limits answer `rate_limited` with a `limit` object whose `reset` (epoch seconds, or milliseconds on newer answers) is when
 * to try again, days away for some ("Try again in 7 days"), and the Hobby plan's 100 deployments a day answers 402
 * `payment_required` "Resource is limited - try again in 24 hours (more than 100, code: "api-deployments-free-per-day")" with the
 * same `limit` object: a wait, not a payment. `x-vercel-id` is the request id; Vercel's edge sends it for every site it hosts
 * too, so it never names Vercel by itself.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its rate limiter's words, in a message and in what its CLI prints: "(more than 120, code: "api-projects")". */
const LIMIT_CODE = /\(more than \d{1,9}, code: \\?"api-[a-z0-9-]{2,80}\\?"\)/;
/** Its CLI's `--debug` line for a response: the status, then the `x-vercel-id` (regions, then node, time in ms and a hash). */
const CLI_DEBUG_ID = /← \d{3} [A-Za-z' -]{2,40}: ([a-z]{3}\d(?:::[a-z]{3}\d){0,4}::[a-z0-9]{5}-\d{13}-[a-f0-9]{12})/;

export const vercel = provider({
  id: "vercel",
  name: "Vercel",
  // api.vercel.com, and vercel.com/api; not vercel.app (its customers' deployments) nor vercel.sh.
  hosts: ["vercel.com"],
  // @vercel/sdk (its REST API SDK: `VercelError`, `SDKError`), @vercel/client (the deployment client) and the `vercel` CLI (Node).
  // Not the `@vercel` scope as a whole: @vercel/kv and @vercel/postgres call Upstash and Neon.
  clients: { packages: ["@vercel.sdk", "@vercel.client", "vercel"], classes: ["Vercel"] },
  requestIdHeaders: ["x-vercel-id"],
  bodyRequestId: [{ text: CLI_DEBUG_ID }, { printed: CLI_DEBUG_ID }],
  fingerprints: {
    // Members only Vercel puts in the shared envelope: `invalidToken` beside `forbidden`, and its rate limiter's `limit` object
    // (`reset` an epoch time, with `remaining`) beside `rate_limited` or `payment_required`; or its limiter's words.
    body: {
      any: [
        { all: [{ json: "error.code", is: "forbidden" }, { json: "error.invalidToken", is: "true" }] },
        {
          all: [
            { json: "error.code", is: ["rate_limited", "payment_required"] },
            { json: "error.limit.remaining" },
            { json: "error.limit.reset", matches: /^\d{10,13}$/ },
          ],
        },
        { json: "error.message", matches: LIMIT_CODE },
        { text: LIMIT_CODE },
      ],
    },
  },
  message: ["error.message"],
  signals: {
    // Vercel answers a bad token with 403, not 401: `invalidToken` says which 403 it is.
    "provider.vercel.invalid-token": {
      status: [403],
      when: { json: "error.invalidToken", is: "true" },
      error: "ProviderUnauthorizedError",
    },
    // A rate limit (429) or the Hobby plan's daily deployments (402): wait until `limit.reset`.
    "provider.vercel.rate-limited": {
      status: [402, 429],
      when: {
        any: [
          { json: "error.code", is: "rate_limited" },
          { all: [{ json: "error.limit.remaining", is: "0" }, { json: "error.limit.reset", matches: /^\d{10,13}$/ }] },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-ratelimit-reset" }, { json: "error.limit.reset", unit: "reset" }, { json: "error.limit.resetMs", unit: "reset" }],
    },
  },
});

export const vercelDocs: ProviderDocs<typeof vercel> = {
  docs: [
    { title: "REST API errors (forbidden, rate_limited and its limit object)", url: "https://vercel.com/docs/rest-api/errors" },
    { title: "REST API: authentication, rate limits", url: "https://vercel.com/docs/rest-api" },
    { title: "Limits (deployments created per day)", url: "https://vercel.com/docs/limits" },
    { title: "Why is Vercel CLI asking me to log in? (tokens expire after 10 days unused)", url: "https://vercel.com/knowledge/why-is-vercel-cli-asking-me-to-log-in" },
    { title: "Request headers (x-vercel-id)", url: "https://vercel.com/docs/headers/request-headers" },
  ],
  requestIdSource: "https://github.com/vercel/vercel/issues/10874",
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "Vercel tokens have no OAuth scopes; a token is scoped to an account or teams. A token without access to a team answers 403 `forbidden` with `Not authorized: Trying to access resource under scope \"<team>\". You must re-authenticate to this scope or use a token with access to this scope.` (and `saml: true` when the team enforces SAML); a member whose role lacks a permission gets 403 \"You don't have permission to create the project.\" with `action` and `resource`. Not retryable: use a token created for that team, or log in through its SAML.",
    },
    credential: {
      rules: ["provider.vercel.invalid-token"],
      note: "An expired, revoked or wrong token gets 403 `forbidden` \"Not authorized\" with `invalidToken: true`, not a 401; the CLI prints \"The specified token is not valid. Use `vercel login` to generate a new token.\" A CLI login's token expires after 10 days unused. Replace the token.",
    },
    rateLimit: {
      rules: ["provider.vercel.rate-limited", "provider.rate-limit-spent"],
      note: "Limits are per endpoint (the CLI prints `Too many requests - try again in 46 seconds (more than 120, code: \"api-projects\")`): 429 `rate_limited` with `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` and a `limit` object (`remaining`, `reset`, `resetMs`, `total`) in the body. Some windows are days long (\"Try again in 7 days\"), so wait for `reset` rather than backing off for seconds. The Hobby plan's 100 deployments a day answer 402 `payment_required` with the same `limit` object: wait for its `reset` (a rolling 24 hours) or upgrade.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "`x-vercel-id` (`iad1::d4285-1769280933622-449e98882f00`: the regions the request crossed, then its own id) comes back on every answer; the CLI's `--debug` prints it after the status (`← 403 Forbidden: sfo1::...`). Vercel sends the same header for every site it hosts, so a paste with it and no api.vercel.com URL may be a customer's app on Vercel, not the API.",
    "Errors of apps deployed on Vercel (`FUNCTION_INVOCATION_TIMEOUT`, `504` pages from `*.vercel.app`) are the app's, not the REST API's, and are not read as Vercel's.",
    "The 402's `limit.reset` has been reported to move with each refused attempt (\"now + 24h\", vercel/vercel#17426): repeated attempts push the wait out, so stop trying until it passes.",
    "Vercel's AI Gateway (`ai-gateway.vercel.sh`) is another API with OpenAI's error shape; it is not this provider's host.",
  ],
  signals: {
    "provider.vercel.invalid-token": {
      statement:
        "Vercel answers a call with an expired, revoked or wrong token with 403 `forbidden` \"Not authorized\" and `invalidToken: true`: a ProviderUnauthorizedError, despite the 403; replace the token (a CLI login expires after 10 days unused: `vercel login`).",
      action: "Replace the Vercel token with a valid one; for a CLI login that expired after 10 days unused, run `vercel login`.",
      source: "https://vercel.com/knowledge/why-is-vercel-cli-asking-me-to-log-in",
      examples: [
        {
          source: "https://github.com/dyad-sh/dyad/issues/1061",
          text: `[2025-08-24 11:36:10.843] [error] (vercel_handlers) Error in Tkn: args: [null] Error: API error occurred: Status 403 Content-Type "application/json; charset=utf-8". Body: {"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}
    at Tkn (/Applications/dyad.app/Contents/Resources/app.asar/.vite/build/main.js:1289:1242990)
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)`,
        },
        {
          source: "https://github.com/jaydubya818/Agentic-KB/blob/main/reports/2026-06-24-nightly-ci-analysis.md",
          reconstructed: "status line and Content-Type written from the report's \"HTTP 403 —\" before the body; the body as quoted (a CI job's `GET https://api.vercel.com/v9/projects/<id>/env` with an expired `VERCEL_TOKEN`)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8

{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}`,
        },
      ],
    },
    "provider.vercel.rate-limited": {
      statement:
        "Vercel answers a call over an endpoint's rate limit with 429 `rate_limited`, and a deployment over the Hobby plan's 100 a day with 402 `payment_required` \"Resource is limited - try again in 24 hours\", both with a `limit` object whose `reset` is when the window ends: a retryable ProviderAPIError whose wait is `X-RateLimit-Reset` or that `reset` (epoch seconds or milliseconds), which can be hours or days away.",
      action: "Wait until the `limit.reset` time (`err.retryAfter` seconds), which can be hours or days away, then send the call again.",
      source: "https://vercel.com/docs/rest-api/errors",
      examples: [
        {
          source: "https://vercel.com/docs/rest-api/errors",
          reconstructed: "status line and Content-Type added (the errors page gives the body under \"rate_limited\"; the REST API's rate limits answer 429); the body as the page gives it",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"error":{"code":"rate_limited","message":"The rate limit of 6 exceeded for 'api-www-user-update-username'. Try again in 7 days","limit":{"remaining":0,"reset":1571432075,"resetMs":1571432075563,"total":6}}}`,
        },
        {
          source: "https://github.com/prateekm1007/rishi-terminal/blob/main/docs/evidence/round14/a3-deploy-proof.md",
          reconstructed: "the evidence file gives `POST /v13/deployments`, \"HTTP 402\" and the raw body; written here as a status line, a Content-Type and that body",
          text: `HTTP/1.1 402 Payment Required
Content-Type: application/json; charset=utf-8

{"error":{"code":"payment_required","message":"Resource is limited - try again in 24 hours (more than 100, code: \\"api-deployments-free-per-day\\").","limit":{"total":100,"remaining":0,"reset":1791210516348},"resource":"api-deployments-free-per-day"}}`,
        },
      ],
    },
  },
};

/**
 * Sentry: its web API (`sentry.io/api/0/...`, also `us.sentry.io`, `de.sentry.io` and an organization's `<org>.sentry.io`) and
 * its ingestion endpoints (`o<org>.ingest.sentry.io`, `o<org>.ingest.us.sentry.io`, `o<org>.ingest.de.sentry.io`:
 * `/api/<project>/envelope/`, `/store/`), and the same software on a company's own host (self-hosted Sentry). An error is Django
 * REST Framework's `{"detail": "..."}`, a shape too common to name Sentry. The web API's rate limits answer 429 with
 * `X-Sentry-Rate-Limit-Remaining: 0` and `X-Sentry-Rate-Limit-Reset` (epoch seconds), read here as its rate-limit pair; ingestion
 * (Relay) answers 429 with `Retry-After` and `X-Sentry-Rate-Limits`, and the generic rules read `Retry-After`. So Sentry has no
 * signal of its own. Its SDKs are not named as its clients: they wrap every call an app makes (`sentry_sdk` in Django views and
 * Celery tasks, `io.sentry` in OkHttp, `@sentry/node` in http), so their frames sit in other APIs' failures.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** sentry-cli's line for a failed call ("caused by: sentry reported an error: <detail> (http status: 403)"), its status read off. */
const SENTRY_CLI = /sentry reported an error: /;
/** Its rate limiter's messages (`sentry.middleware.ratelimit`): per-window and concurrent. */
const RATE_LIMITED = /^You are attempting to (?:use this endpoint too frequently\. Limit is \d{1,9} requests in \d{1,9} seconds|go above the allowed concurrency for this endpoint\. Concurrency limit is \d)/;
const RATE_LIMITED_TEXT = /You are attempting to (?:use this endpoint too frequently\. Limit is \d{1,9} requests in \d{1,9} seconds|go above the allowed concurrency for this endpoint\. Concurrency limit is \d)/;

export const sentry = provider({
  id: "sentry",
  name: "Sentry",
  // sentry.io and every host under it: the web API, its regional and per-organization hosts, and the ingestion hosts
  // (`*.ingest.sentry.io`, `*.ingest.us.sentry.io`, `*.ingest.de.sentry.io`). Not sentry-cdn.com (the browser SDK's CDN).
  hosts: ["sentry.io"],
  // Self-hosted Sentry (`sentry.example.com`): the web API's `/api/0/` and the ingestion paths `/api/<project id>/<endpoint>/`.
  selfHosted: { labels: ["sentry"], path: /^\/api\/(?:0\/|\d{1,12}\/(?:envelope|store|security|minidump|unreal|otlp)\/)/ },
  // The tools that call Sentry's API as their job, whose frames show in no other API's failure: sentry-cli (npm `@sentry/cli`),
  // the bundler plugins that upload source maps through it (`@sentry/webpack-plugin`, `@sentry/vite-plugin`, ...), and the
  // sentry-api gem (module `SentryApi`). Not the SDKs (`sentry_sdk`, `sentry-ruby`, `io.sentry`, `@sentry/node`, `raven`), which
  // wrap other calls, nor a `Sentry` class prefix (sentry-dart's `SentryHttpClientError` is any API's failed request it captured).
  clients: {
    packages: [
      "@sentry.cli",
      "@sentry.webpack-plugin",
      "@sentry.vite-plugin",
      "@sentry.rollup-plugin",
      "@sentry.esbuild-plugin",
      "@sentry.bundler-plugin-core",
      "SentryApi",
    ],
    classes: [],
  },
  // Not documented: neither the web API nor ingestion sends a request id (`x-served-by` names a host); an accepted event's id is
  // not a request's.
  fingerprints: {
    // Headers only Sentry sends: Relay's rate limits per data category, the ingestion error, the web API's rate-limit count.
    headers: ["x-sentry-rate-limits", "x-sentry-error", "x-sentry-rate-limit-remaining"],
    // Its rate limiter's words, as a body's `detail`, as the body (a JSON string, on some endpoints) or printed; ingestion's
    // refusals (Relay's and the old store endpoint's; GlitchTip, a server of Sentry's protocol, says the first too), and the
    // lines sentry-cli and sentry-dotnet print for a refused call.
    body: {
      any: [
        { json: "detail", matches: RATE_LIMITED },
        { json: "", matches: RATE_LIMITED_TEXT },
        { text: RATE_LIMITED_TEXT },
        { json: "detail", matches: /^event rejected due to rate limit/ },
        { text: /^Creation of this event was denied due to rate limiting/ },
        { text: SENTRY_CLI },
        { text: /^Error detail: [^\n]{0,300}\. Error causes: / },
      ],
    },
  },
  rateLimit: [
    { remaining: "x-sentry-rate-limit-remaining", reset: "x-sentry-rate-limit-reset" },
    { remaining: "x-sentry-rate-limit-concurrentremaining" },
  ],
  message: ["detail", "error"],
  signals: {},
});

export const sentryDocs: ProviderDocs<typeof sentry> = {
  docs: [
    { title: "API: rate limits (X-Sentry-Rate-Limit-* headers)", url: "https://docs.sentry.io/api/ratelimits/" },
    { title: "API: permissions & scopes", url: "https://docs.sentry.io/api/permissions/" },
    { title: "API: authentication", url: "https://docs.sentry.io/api/auth/" },
    { title: "SDK development: rate limiting (429, Retry-After, X-Sentry-Rate-Limits)", url: "https://develop.sentry.dev/sdk/rate-limiting/" },
  ],
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "A token without the scope an endpoint needs (`project:releases` for releases and source maps, `org:read` which sentry-cli also asks for) gets 403 `{\"detail\": \"You do not have permission to perform this action.\"}`, the same answer as a member without access to the project; the body names no scope. Not retryable: create a token with the scopes (a personal token's cannot be edited later).",
    },
    credential: {
      rules: ["provider.401"],
      note: "A wrong or revoked auth token gets 401 (sentry-cli: \"sentry reported an error: Invalid token (http status: 401)\"); a self-hosted instance answers the same when the token is sent to the wrong server URL. Replace the token (`sntrys_`, `sntryu_`) or fix `SENTRY_URL`.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "The web API limits each caller per endpoint, by requests per window and by concurrent requests: 429 \"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds\" with `X-Sentry-Rate-Limit-Remaining: 0` and `X-Sentry-Rate-Limit-Reset` (epoch seconds), read here as Sentry's rate-limit pair. Ingestion answers 429 with `Retry-After` (seconds, up to hours over a quota) and `X-Sentry-Rate-Limits` per data category; the generic rules read `Retry-After`, so Sentry needs no signal of its own. An SDK drops events until the limit expires.",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "413 (an upload or envelope too large: sentry-cli's \"unknown error (http status: 413)\") does not pass by retrying; upload in chunks or smaller files, or raise a self-hosted proxy's body limit. The generic rules answer it not retryable, and a 502 or 504 from a self-hosted instance's proxy retryable.",
    },
  },
  notes: [
    "No request id is documented or sent: quote the time, the organization and the endpoint to Sentry's support.",
    "`X-Sentry-Rate-Limits` (`60:error;transaction:organization:usage_exceeded, 2700::organization`) may come on any answer, a 200 included, to say which data categories are limited and for how long; the wait of a 429 is its `Retry-After`.",
    "A failure to send an event (`HTTP Error (429): Creation of this event was denied due to rate limiting`, sentry-ruby's \"the server responded with status 429\") is the monitoring's, not the app's: the app's own error is elsewhere in the log.",
    "Self-hosted Sentry answers at the company's host (`sentry.example.com/api/0/...`); its 502 and 504 pages come from the proxy in front of it (nginx's body size and timeouts for large uploads).",
  ],
  signals: {},
};

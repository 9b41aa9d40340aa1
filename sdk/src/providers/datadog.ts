/**
 * Datadog's API (`api.datadoghq.com` and its other sites, `datadoghq.eu`, `us3.datadoghq.com`, `ddog-gov.com`): errors are
 * `{"errors": ["..."]}`, a list of words. Its limits are per endpoint, named and counted in `X-RateLimit-*` headers whose reset is
 * a number of seconds, and said in words in a 429's body: "Rate limit of 100 requests in 10 seconds reached."
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** A 429's words, naming the window: "Rate limit of 10 requests in 300 seconds reached. Please try again later." */
const WINDOW = /^Rate limit of \d{1,9} requests in (\d{1,6}) seconds reached\b/;

export const datadog = provider({
  id: "datadog",
  name: "Datadog",
  hosts: ["datadoghq.com", "datadoghq.eu", "ddog-gov.com"],
  aliases: ["dd"],
  // datadogpy (`datadog`), the generated clients (`datadog_api_client`, `com.datadog.api`), `dogapi` for Ruby.
  clients: { packages: ["datadog", "datadog_api_client", "com.datadog", "@datadog", "dogapi"], classes: [] },
  // Its v1 API's error bodies point to its status page and its operations account ("statuspage": "http://status.datadoghq.eu",
  // "twitter": "http://twitter.com/datadogops", datadog_backup's printout of a 403).
  errorLinks: /\bhttps?:\/\/status\.datadoghq\.(?:com|eu)\b|\btwitter\.com\/datadogops\b/,
  fingerprints: { body: { json: "errors[]", matches: WINDOW } },
  message: ["errors[]"],
  signals: {
    "provider.datadog.rate-limited": {
      status: [429],
      when: { any: [{ json: "errors[]", matches: WINDOW }, { header: "x-ratelimit-period" }] },
      error: "ProviderAPIError",
      retryable: true,
      // The seconds to the reset, else the window's length (its docs' advice: wait X-RateLimit-Period), else the window the words name.
      wait: [{ header: "x-ratelimit-reset" }, { header: "x-ratelimit-period" }, { json: "errors[]", capture: WINDOW }],
    },
  },
});

export const datadogDocs: ProviderDocs<typeof datadog> = {
  docs: [
    { title: "Rate limits", url: "https://docs.datadoghq.com/api/latest/rate-limits/" },
    { title: "Authentication: API and application keys", url: "https://docs.datadoghq.com/account_management/api-app-keys/" },
  ],
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "A 403 `{\"errors\": [\"Forbidden\"]}` is an API or application key Datadog does not accept for the call: a wrong or revoked key, a key of another site (`datadoghq.eu` against `datadoghq.com`), or an application key whose scopes or whose user's role lack the permission. The body does not say which.",
    },
    credential: "not documented",
    rateLimit: {
      rules: ["provider.datadog.rate-limited"],
      note: "429, with `X-RateLimit-Limit`, `X-RateLimit-Period` (the window, in seconds, calendar aligned), `X-RateLimit-Remaining`, `X-RateLimit-Reset` (seconds to the next window) and `X-RateLimit-Name`; metric and log submission are not rate limited.",
    },
    notRetryable: "not documented",
  },
  notes: ["Datadog sends no request id in its errors: quote the time, the site and `X-RateLimit-Name` if support asks."],
  signals: {
    "provider.datadog.rate-limited": {
      statement:
        "Datadog answers a call over an endpoint's rate limit with 429 and \"Rate limit of N requests in S seconds reached\": a retryable ProviderAPIError whose wait is `X-RateLimit-Reset` (seconds to the next window), else the window's length, which its docs say to wait; a client printout without the headers still names the window in the words. A backoff of a few seconds against a 300-second window fails again and again.",
      action: "Wait the `X-RateLimit-Reset` seconds (`err.retryAfter`), else the window's length, then send the call again: a few seconds' backoff fails.",
      source: "https://docs.datadoghq.com/api/latest/rate-limits/",
      examples: [
        {
          source: "https://github.com/DataDog/terraform-provider-datadog/issues/907",
          text: `Error: error getting service level objective: 429 Too Many Requests: {"errors": ["Rate limit of 100 requests in 10 seconds reached. Please try again later."]}`,
        },
      ],
    },
  },
};

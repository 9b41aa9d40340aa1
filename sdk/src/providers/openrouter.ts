/**
 * OpenRouter: one API in front of many models' providers. Its errors are `{"error": {"code":
 * 402, "message", "metadata"}}`, and `error.code` is the HTTP status it sent (its docs say so),
 * so a body alone states its status. An upstream provider's failure comes as "Provider
 * returned error" with that provider's own body in `metadata.raw` and its name in
 * `metadata.provider_name`; the status then says what to do, as for any provider. Its 402 is
 * credits: not a request to fix, not a wait.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Its own words: the free models' daily limit, or a link to its settings. */
// (And its 404 for a model no provider serves with the request's features: "No endpoints found that support tool use. To learn
// more about provider routing, visit: https://openrouter.ai/docs/provider-routing".)
const OWN_WORDS = /\bRate limit exceeded: free-models-per-day\b|\bhttps:\/\/openrouter\.ai\/settings\/(?:credits|keys)\b|\bhttps:\/\/openrouter\.ai\/docs\/(?:features\/)?provider-routing\b/;

export const openrouter = provider({
  id: "openrouter",
  name: "OpenRouter",
  hosts: ["openrouter.ai"],
  clients: { packages: ["@openrouter", "openrouter"], classes: ["OpenRouter"] },
  fingerprints: {
    body: {
      any: [
        // The upstream provider it names, or the limit its 402 names (`openrouter_credits`, `openrouter_key_limit`).
        { all: [{ json: "error.code", matches: /^[45]\d\d$/ }, { json: "error.metadata.provider_name" }] },
        { all: [{ json: "error.code", matches: /^[45]\d\d$/ }, { json: "error.metadata.limit_source", matches: /^openrouter_/ }] },
        // The account it answers for, beside the error: `"user_id": "user_2yB4..."`.
        { all: [{ json: "error.code", matches: /^[45]\d\d$/ }, { json: "user_id", matches: /^user_[A-Za-z0-9]{10,40}$/ }] },
        // The error object alone, as an app logs the member it caught (`err.error`).
        { all: [{ json: "code", matches: /^[45]\d\d$/ }, { json: "metadata.provider_name" }, { json: "message" }] },
        // Its free models' daily allowance in its own words, or its messages sending you to its own settings ("To increase, visit
        // https://openrouter.ai/settings/credits"), in its body or as clients print them. One test each: most bodies have an `error.message`.
        said("error.message", { matches: OWN_WORDS }),
      ],
    },
  },
  // An upstream provider's failure says only "Provider returned error": that provider's own message, in `metadata.raw`, says what.
  message: ["error.metadata.raw", "metadata.raw", "error.message", "message"],
  signals: {
    "provider.openrouter.free-models-per-day": {
      status: [429],
      // "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day", also `-high-balance`.
      when: { any: [{ json: "error.message", matches: /^Rate limit exceeded: free-models-per-day\b/ }, { text: /\bRate limit exceeded: free-models-per-day\b/ }] },
      error: "ProviderAPIError",
      retryable: false,
      // The free models' daily allowance is the UTC day (its limits page): no retry passes before midnight UTC.
      // Its reset in epoch ms, as a header or (a streamed error's body has no headers) as the body repeats it.
      wait: [{ header: "x-ratelimit-reset" }, { json: "error.metadata.headers.X-RateLimit-Reset", unit: "reset" }, { untilUtc: "00:00" }],
    },
    "provider.openrouter.insufficient-credits": {
      status: [402],
      // A 402 of the in-flight spending budget may carry Retry-After (its docs): that one waits, by the generic rules.
      when: { not: { json: "error.metadata.limit_source", is: "openrouter_in_flight_budget" } },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const openrouterDocs: ProviderDocs<typeof openrouter> = {
  docs: [
    { title: "Errors and debugging", url: "https://openrouter.ai/docs/api/reference/errors-and-debugging" },
    { title: "Limits (credits and rate limits)", url: "https://openrouter.ai/docs/api-reference/limits" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "401: invalid credentials (an expired OAuth session, a disabled or invalid API key). With your own provider key (BYOK), a 401 \"Provider returned error\" is that provider rejecting your key: its body is in `metadata.raw`.",
    },
    rateLimit: {
      rules: ["provider.openrouter.free-models-per-day", "provider.error"],
      note: "A 429 (\"You are being rate limited\"), its own or an upstream provider's (\"Provider returned error\", the upstream's body in `metadata.raw`); `Retry-After` when sent. The `:free` models' daily allowance (50 requests a day, 1,000 once 10 credits were bought) lasts the UTC day: its 429 `free-models-per-day` waits until midnight UTC.",
    },
    notRetryable: { rules: ["provider.openrouter.insufficient-credits", "provider.openrouter.free-models-per-day"] },
  },
  notes: [
    "`error.code` is the HTTP status OpenRouter sent, so a body pasted alone is read with it.",
    "Once a model has started answering, the status is 200 and an error comes in the body or the event stream: not a failed response.",
    "A 403 is a moderation flag or a guardrail block (`metadata.reasons`, `flagged_input`): change the input; the generic 403 rule says so. A 502 (the model is down or answered badly) and a 503 (no provider meets the routing requirements) are retryable, as any 5xx.",
    "Request ids are not documented.",
  ],
  signals: {
    "provider.openrouter.free-models-per-day": {
      statement:
        "OpenRouter answers 429 \"Rate limit exceeded: free-models-per-day\" when the account has spent the day's requests to `:free` models (50, or 1,000 once it bought 10 credits), counted over the UTC day: a ProviderAPIError that is not retryable before midnight UTC, its wait until then (or the `X-RateLimit-Reset` sent); add credits, or use a paid model.",
      action: "Add credits or switch to a paid model; otherwise wait until midnight UTC (`err.retryAfter`), when the free models' daily allowance resets.",
      source: "https://openrouter.ai/docs/api-reference/limits",
      examples: [
        {
          source: "https://github.com/Gitlawb/openclaude/issues/1549",
          text: `429 {"error":{"message":"Rate limit exceeded: free-models-per-day-high-balance.","type":"rate_limit_error","code":"429"}}`,
        },
      ],
    },
    "provider.openrouter.insufficient-credits": {
      statement:
        "OpenRouter answers 402 when the account or the API key has too few credits for the request (\"This request requires more credits, or fewer max_tokens\", \"Insufficient credits\"; `metadata.limit_source` `openrouter_credits` or `openrouter_key_limit`): a ProviderAPIError that is not retryable; add credits, raise the key's limit, or ask for fewer tokens.",
      action: "Add credits, raise the API key's credit limit, or ask for fewer tokens (`max_tokens`): retrying fails the same way until then.",
      source: "https://openrouter.ai/docs/api/reference/errors-and-debugging",
      examples: [
        {
          source: "https://github.com/continuedev/continue/issues/10298",
          text: "402 This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 4000. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account",
        },
      ],
    },
  },
};

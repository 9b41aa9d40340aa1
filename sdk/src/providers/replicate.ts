/**
 * Replicate (its HTTP API at api.replicate.com): an error is problem+json, `{"title": "...", "detail": "...", "status": 422}`, a
 * shape many APIs share, so only Replicate's own words name it. A rate limit answers 429 "Request was throttled. Your rate
 * limit resets in ~30s." (with `"retry_after"` on the answers seen, not in the documented one): the signal reads the wait the
 * text names, which the generic rules miss when `retry_after` is absent. Billing answers 402 ("Billing required", "Insufficient
 * credit"), which the generic rules answer not retryable. No request id is documented or sent (`CF-RAY` is Cloudflare's).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its throttle's words: Django REST Framework's "Request was throttled." followed by Replicate's own sentence. */
const THROTTLED = /^Request was throttled\. Your rate limit (?:resets in ~\d|for creating predictions\b)/;
/** The same words in a body a client printed as text (or whose JSON a paste broke). */
const THROTTLED_TEXT = /Request was throttled\. Your rate limit (?:resets in ~\d|for creating predictions\b)/;
/** The wait the words name. */
const RESETS_IN = /resets in ~(\d{1,6})s\b/;
/** Its billing answers point at its own billing page. */
const BILLING = /replicate\.com\/account\/billing/;

export const replicate = provider({
  id: "replicate",
  name: "Replicate",
  // The API only; not replicate.com (its site) nor replicate.delivery (the files models output).
  hosts: ["api.replicate.com"],
  // replicate (Python: `replicate.exceptions.ReplicateError`, `ModelError`; the Stainless client's `replicate.RateLimitError`),
  // replicate (npm: `node_modules/replicate/index.js`, its `ApiError`), replicate-go. `ReplicateError` by its class.
  clients: { packages: ["replicate", "replicate-go"], classes: ["Replicate"] },
  fingerprints: {
    body: {
      any: [
        { json: "detail", matches: THROTTLED },
        { text: THROTTLED_TEXT },
        { all: [{ json: "status", is: "402" }, { json: "detail", matches: BILLING }] },
        { all: [{ json: "title", is: "Invalid version or not permitted" }, { json: "detail", matches: /^The specified version does not exist/ }] },
      ],
    },
  },
  message: ["detail", "title"],
  signals: {
    // A throttled call waits the seconds the text names ("resets in ~30s") when the body has no `retry_after`.
    "provider.replicate.throttled": {
      status: [429],
      when: { any: [{ json: "detail", matches: THROTTLED }, { text: THROTTLED_TEXT }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "detail", capture: RESETS_IN }, { text: RESETS_IN }],
    },
  },
});

export const replicateDocs: ProviderDocs<typeof replicate> = {
  docs: [
    { title: "Rate limits (429 \"Request was throttled\", lower limits on low credit)", url: "https://replicate.com/docs/topics/predictions/rate-limits" },
    { title: "API tokens", url: "https://replicate.com/docs/topics/security/api-tokens" },
    { title: "HTTP API reference", url: "https://replicate.com/docs/reference/http" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A missing, wrong or disabled token gets 401 `{\"title\": \"Unauthenticated\", \"detail\": \"You did not pass a valid authentication token\", \"status\": 401}`: replace it (tokens start `r8_`; `REPLICATE_API_TOKEN`). A call without a token may instead get 422 \"Invalid version or not permitted\" on a model it cannot see.",
    },
    rateLimit: {
      rules: ["provider.replicate.throttled"],
      note: "600 prediction creations and 3,000 other calls a minute, with short bursts allowed; lower when the credit runs low (\"reduced to 6 requests per minute with a burst of 1 requests while you have less than $5.0 in credit\") or for granted credit without a payment method (1 a second, 6 a minute). Over it, 429 \"Request was throttled. Your rate limit resets in ~30s.\": wait the body's `retry_after`, or the seconds its text names.",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "402 \"Billing required\" or \"Insufficient credit\" (\"Go to https://replicate.com/account/billing#billing ...\") waits for the account, not the call: set up billing or buy credit, then a few minutes. 422 \"Invalid version or not permitted\" is a wrong version id, or a token (or account without a payment method) not allowed to run it. The generic rules answer both not retryable.",
    },
  },
  notes: [
    "No request id is documented or sent: responses carry Cloudflare's `CF-RAY` and the prediction's own `id` (for a prediction that failed). Quote the prediction id to Replicate's support.",
    "A prediction that fails inside the model (`replicate.exceptions.ModelError`, a CUDA error) is the model's failure reported in a prediction whose `status` is `failed`, not an HTTP error of the API.",
    "`ratelimit-remaining` and `ratelimit-reset` come back on answers; when the remaining count is 0 the generic rules wait for `ratelimit-reset`.",
  ],
  signals: {
    "provider.replicate.throttled": {
      statement:
        "Replicate answers a call over its rate limit with 429 \"Request was throttled. Your rate limit resets in ~30s.\": a retryable ProviderAPIError whose wait is the body's `retry_after` or, when it has none (as in the documented answer), the seconds the text names.",
      action: "Wait the seconds Replicate names (`err.retryAfter`), then send the same call again.",
      source: "https://replicate.com/docs/topics/predictions/rate-limits",
      examples: [
        {
          source: "https://replicate.com/docs/topics/predictions/rate-limits",
          reconstructed: "status line and Content-Type added (the page gives the body for \"a response with status 429\")",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/problem+json

{"detail":"Request was throttled. Your rate limit resets in ~30s."}`,
        },
        {
          source: "https://github.com/nodetool-ai/nodetool/issues/5196",
          text: `429 Too Many Requests
{"detail":"Request was throttled. Your rate limit for creating predictions is
reduced to 6 requests per minute with a burst of 1 requests while you have less
than $5.0 in credit. Your rate limit resets in ~5s.","status":429,"retry_after":5}`,
        },
      ],
    },
  },
};

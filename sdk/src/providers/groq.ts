/**
 * Groq (GroqCloud, its OpenAI-compatible API at api.groq.com/openai/v1): every error is
 * `{"error": {"message", "type", "code"?}}`, OpenAI's shape, so the body's shape says little; what
 * says Groq is its `x-groq-region` header and its messages, which name an organization as
 * `org_` and 26 characters and link console.groq.com. Its limits apply per organization (RPM,
 * RPD, TPM, TPD, ASH, ASD, and for some ITPM/OTPM). A 429 `rate_limit_exceeded` names the wait in
 * its message ("Please try again in 7.66s", a Go duration: `399ms`, `1m47.5854s`); the same code
 * on a 413 is a single request larger than the tokens-per-minute limit, which no wait lets
 * through. 498 is its own status for the flex tier at capacity, to be retried; a model an
 * organization or project blocks is a 403 that only an admin's setting ends.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** The error's `code`, one of `codes`. */
const code = (codes: string | string[]): Match => ({ json: "error.code", is: codes });

/** A link to Groq's console, which its limit and permission messages carry and no other API's do. */
const GROQ_CONSOLE = /console\.groq\.com\//;
/** Its status page, which its over-capacity 503 names. */
const GROQ_STATUS = /groqstatus\.com/;
/** An organization as Groq's limit messages name it: `org_` and 26 characters (OpenAI's are `org-…`). */
const GROQ_ORG = /in organization `?org_[0-9a-z]{26}\b/;

/**
 * The wait a limit message names: a Go duration (`7.66s`, `399ms`, `1m47.5854s`, `9m38.016s`).
 * A minutes part is taken only when an `s` does not follow its `m` (so `399ms` is read whole).
 */
const TRY_AGAIN = /Please try again in ((?:\d{1,4}h)?(?:\d{1,4}m(?!s))?\d{1,6}(?:\.\d{1,12})?m?s)\b/;

export const groq = provider({
  id: "groq",
  name: "Groq",
  aliases: ["groqcloud"],
  hosts: ["groq.com"],
  // `groq` (Python: `groq.RateLimitError`, site-packages/groq/), `groq-sdk` (Node), LangChain's and the AI SDK's packages.
  // No class prefix: Groq's SDK classes are `RateLimitError`, `APIStatusError`…, and `Groq…` would also take Sanity's
  // GROQ query errors (`GroqSyntaxError`, `GroqQueryError` of groq-js).
  clients: { packages: ["groq", "groq-sdk", "langchain_groq", "@ai-sdk.groq"], classes: [] },
  // Not in Groq's docs: on every answer in public captures (ag5826000/resume-commentor#4), `req_` and 26 characters.
  requestIdHeaders: ["x-request-id"],
  fingerprints: {
    // "The `x-groq-region` header confirms which datacenter processed your request" (optimizing-latency page).
    headers: ["x-groq-region"],
    body: {
      any: [
        said("error.message", { matches: GROQ_CONSOLE }),
        said("error.message", { matches: GROQ_STATUS }),
        said("error.message", { matches: GROQ_ORG }),
      ],
    },
  },
  // "Always refers to Requests Per Day (RPD)" / "Always refers to Tokens Per Minute (TPM)"; resets are Go durations (`2m59.56s`, `7.66s`).
  rateLimit: [
    { remaining: "x-ratelimit-remaining-requests", reset: "x-ratelimit-reset-requests" },
    { remaining: "x-ratelimit-remaining-tokens", reset: "x-ratelimit-reset-tokens" },
  ],
  message: ["error.message"],
  signals: {
    // One request over the tokens-per-minute limit: the code says rate limit, but no wait makes it fit.
    "provider.groq.request-too-large": {
      status: [413],
      when: {
        any: [code("rate_limit_exceeded"), said("error.message", { matches: /^Request too large for model / }, /Request too large for model /)],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    // Any of the organization's limits (requests or tokens, a minute or a day): the message names the wait.
    "provider.groq.rate-limited": {
      status: [429],
      when: {
        any: [
          code("rate_limit_exceeded"),
          said("error.message", { matches: /^Rate limit reached for model / }, /Rate limit reached for model `?[^`\s]{1,200}`? in organization /),
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "error.message", capture: TRY_AGAIN }, { text: TRY_AGAIN }],
    },
    // "498 Custom: Flex Tier Capacity Exceeded … You can try again later": a status of its own, whatever the body.
    "provider.groq.flex-capacity": {
      status: [498],
      when: { not: { noStatus: true } },
      error: "ProviderAPIError",
      retryable: true,
    },
    // A model the organization or the project blocks: not a scope (Groq keys have none), and a new key gets the same answer.
    "provider.groq.model-permission-blocked": {
      status: [403],
      when: {
        any: [
          code(["model_permission_blocked_org", "model_permission_blocked_project"]),
          { json: "error.type", is: "permissions_error" },
          said(
            "error.message",
            { matches: /^The model `[^`]{1,200}` is blocked at the (?:organization|project) level/ },
            /The model `[^`]{1,200}` is blocked at the (?:organization|project) level/,
          ),
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const groqDocs: ProviderDocs<typeof groq> = {
  docs: [
    { title: "API Error Codes and Responses", url: "https://console.groq.com/docs/errors" },
    { title: "Rate Limits", url: "https://console.groq.com/docs/rate-limits" },
    { title: "Flex Processing", url: "https://console.groq.com/docs/flex-processing" },
    { title: "Model Permissions", url: "https://console.groq.com/docs/model-permissions" },
    { title: "Spend Limits", url: "https://console.groq.com/docs/spend-limits" },
    { title: "Understanding and Optimizing Latency (the x-groq-region header)", url: "https://console.groq.com/docs/production-readiness/optimizing-latency" },
  ],
  requestIdSource: "https://github.com/ag5826000/resume-commentor/issues/4",
  answers: {
    scope: {
      rules: ["provider.groq.model-permission-blocked"],
      note: "Groq API keys have no scopes. The one permission failure it documents is a model the organization or the project blocks: 403 `permissions_error` with `model_permission_blocked_org` or `model_permission_blocked_project`. It is a ProviderAPIError, not a ScopeReauthRequiredError: permissions \"apply to all API requests regardless of which API key is used\", so a new key or a re-authorization changes nothing; an organization Owner (org level) or a Developer or Owner (project level) must allow the model.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A missing, wrong or revoked API key is a 401 (\"Ensure … the api key is valid\"); public captures show `{\"error\":{\"message\":\"Invalid API Key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}`.",
    },
    rateLimit: {
      rules: ["provider.groq.rate-limited", "provider.rate-limit-spent", "provider.groq.flex-capacity"],
      note: "429 `rate_limit_exceeded` (`type` `tokens` or `requests`) for any limit reached first: RPM, RPD, TPM, TPD, ASH, ASD (ITPM/OTPM for some organizations), per organization. `retry-after` (seconds) is set only on a 429; `x-ratelimit-remaining-requests`/`-reset-requests` are the daily requests, `-tokens` the tokens a minute, the resets Go durations (`2m59.56s`, `7.66s`). The message repeats the wait (\"Please try again in 5.289s\"); a daily limit's wait can be minutes (\"9m38.016s\"). The flex service tier's 498 (capacity exceeded) is retried the same way.",
    },
    notRetryable: {
      rules: ["provider.groq.request-too-large", "provider.groq.model-permission-blocked"],
      note: "413 with the same `rate_limit_exceeded` code is one request over the tokens-per-minute limit (\"please reduce your message size\"): shrink the prompt or `max_tokens`, or raise the plan. A spend limit reached is documented as \"a 400 with code blocked_api_access\" until the month resets or the limit is raised; no public capture of its body was found, so no rule of its own reads it (a 400 is not retried anyway).",
    },
  },
  notes: [
    "Groq's 413 is not only the documented \"request body is too large\": public reports are almost all the tokens-per-minute form, which counts `max_tokens` against the limit before running the request (on the free plan, 6,000–12,000 TPM by model), so even a short prompt with a large `max_tokens` gets it.",
    "A spend limit (Settings → Billing → Limits) blocks every key of the organization with \"a 400 with code blocked_api_access\" (spend-limits page); spend is tracked with a 10–15 minute delay. Not seen in a public capture.",
    "400 `organization_restricted` (\"Organization has been restricted. Please reach out to support if you believe this was in error.\") is an account Groq has suspended: not retryable, and no new key helps. It comes from issue threads (crewAIInc/crewAI#783), not from Groq's docs.",
    "A 403 whose body is Cloudflare's HTML page \"Sorry, you have been blocked … You are unable to access groq.com\" is Groq's edge refusing the network (VPNs, some data centres), not a permission of the key (issue threads: run-llama/llama_index#16796, mckaywrigley/chatbot-ui#1684).",
    "499 \"Request Cancelled\" appears only in Groq's logs page (the caller cancelled); no response carries it.",
    "Groq does not charge for requests that end in a server error (5xx). Its over-capacity 503 reads \"<model> is currently over capacity. Please try again and back off exponentially. Visit https://groqstatus.com …\".",
    "`x-request-id` (`req_` and 26 characters) is not named in Groq's docs but is on every answer in captures; success bodies also carry it as `x_groq.id`.",
  ],
  signals: {
    "provider.groq.request-too-large": {
      statement:
        "Groq answers one request larger than the organization's tokens-per-minute limit with 413 and code `rate_limit_exceeded` (\"Request too large for model … on tokens per minute (TPM): Limit 6000, Requested 14810, please reduce your message size and try again\"): a ProviderAPIError that is not retryable, whatever its code says; reduce the prompt or `max_tokens`, or move to a plan with a higher limit.",
      action: "Reduce the prompt or `max_tokens` so the request fits the tokens-per-minute limit, or move to a plan with a higher limit: waiting does not help.",
      source: "https://console.groq.com/docs/errors",
      examples: [
        {
          source: "https://github.com/cottongeeks/podscript/issues/20",
          text: `event: error
data: error from LLM: unexpected status code: 413, body: {"error":{"message":"Request too large for model \`llama-3.3-70b-versatile\` in organization \`org_01j2g5d88hfvjrgw64hnapqk8y\` service tier \`on_demand\` on tokens per minute (TPM): Limit 6000, Requested 10338, please reduce your message size and try again. Visit https://console.groq.com/docs/rate-limits for more information.","type":"tokens","code":"rate_limit_exceeded"}}`,
        },
        {
          source: "https://github.com/assafelovic/gpt-researcher/issues/985",
          text: `Error in generate_report: Error code: 413 - {'error': {'message': 'Request too large for model \`llama-3.1-70b-versatile\` in organization \`org_01hw8f0aa0ekmrn70ffm2zkdv1\` on tokens per minute (TPM): Limit 6000, Requested 14368, please reduce your message size and try again. Visit https://console.groq.com/docs/rate-limits for more information.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}`,
        },
      ],
    },
    "provider.groq.rate-limited": {
      statement:
        "Groq answers a request over any of the organization's limits (requests or tokens, a minute or a day) with 429 and code `rate_limit_exceeded`: a retryable ProviderAPIError; wait `retry-after` seconds, or the Go duration the message names (\"Please try again in 7.66s\", \"399ms\", \"9m38.016s\"), before sending it again.",
      action: "Wait the `Retry-After` seconds or the time the message names (`err.retryAfter`), then send the same call again.",
      source: "https://console.groq.com/docs/rate-limits",
      examples: [
        {
          source: "https://github.com/continuedev/continue/issues/2343",
          reconstructed: "the extension's stack trace below the body left out",
          text: `console.ts:137 [Extension Host] Error generating autocompletion:  Error: HTTP 429 Too Many Requests from https://api.groq.com/openai/v1/chat/completions

{"error":{"message":"Rate limit reached for model \`llama-3.1-8b-instant\` in organization \`org_01ht7j91w5fjx8yabp2xh9hq37\` on requests per minute (RPM): Limit 30, Used 30, Requested 1. Please try again in 399ms. Visit https://console.groq.com/docs/rate-limits for more information.","type":"requests","code":"rate_limit_exceeded"}}`,
        },
        {
          source: "https://github.com/danielmiessler/Fabric/issues/364",
          text: `Error: Error code: 429 - {'error': {'message': 'Rate limit reached for model \`llama3-70b-8192\` in organization \`org_01hrsvc1b8ey0anvbgha0xckf2\` on tokens per minute (TPM): Limit 7000, Used 0, Requested ~12903. Please try again in 50.597142857s. Visit https://console.groq.com/docs/rate-limits for more information.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}`,
        },
      ],
    },
    "provider.groq.flex-capacity": {
      statement:
        "Groq answers a request sent with `service_tier: \"flex\"` when the flex tier is at capacity with its own status 498 (\"Flex Tier Capacity Exceeded\", error `capacity_exceeded`): the request was not processed; a retryable ProviderAPIError, to be retried with jittered backoff.",
      action: "Back off with jitter and retry: the flex tier was at capacity and the request was not processed.",
      source: "https://console.groq.com/docs/flex-processing",
      examples: [
        {
          source: "https://console.groq.com/docs/flex-processing",
          reconstructed:
            "only the status line, which the flex-processing page gives in words (\"requests will fail quickly with status 498 and error capacity_exceeded\") and the errors page names (\"498 Custom: Flex Tier Capacity Exceeded\"); no public capture of Groq's body for it was found, so none is shown",
          text: `HTTP/1.1 498
`,
        },
      ],
    },
    "provider.groq.model-permission-blocked": {
      statement:
        "Groq answers a request for a model its organization or project blocks with 403, `type` `permissions_error` and code `model_permission_blocked_org` or `model_permission_blocked_project`: a ProviderAPIError that is not retryable; an organization Owner (org level) or a project Developer or Owner must allow the model. A new API key gets the same answer.",
      action: "Have an organization Owner (org level) or a project Developer or Owner allow the model: a new API key gets the same answer.",
      source: "https://console.groq.com/docs/model-permissions",
      examples: [
        {
          source: "https://console.groq.com/docs/model-permissions",
          reconstructed: "status line and Content-Type added (the page says requests to restricted models \"return a 403 error\"); the body as the page shows it",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error": {
    "message": "The model \`openai/gpt-oss-120b\` is blocked at the organization level. Please have the org admin enable this model in the org settings at https://console.groq.com/settings/limits",
    "type": "permissions_error",
    "code": "model_permission_blocked_org"
  }
}`,
        },
        {
          source: "https://console.groq.com/docs/model-permissions",
          reconstructed: "status line and Content-Type added (the page says requests to restricted models \"return a 403 error\"); the body as the page shows it",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error": {
    "message": "The model \`openai/gpt-oss-120b\` is blocked at the project level. Please have a project admin enable this model in the project settings at https://console.groq.com/settings/project/limits",
    "type": "permissions_error",
    "code": "model_permission_blocked_project"
  }
}`,
        },
      ],
    },
  },
};

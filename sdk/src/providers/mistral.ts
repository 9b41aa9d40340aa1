/**
 * Mistral AI (its API at api.mistral.ai, Codestral's at codestral.mistral.ai): errors come in
 * more than one envelope. The API's own is flat, `{"object": "error", "message", "type", "param",
 * "code"}`, with newer bodies carrying a four-digit code as a string (`"1300"` for a rate limit)
 * and validation errors (422) putting an object in `message` (`{"detail": [...]}`). The gateway in
 * front answers a rejected key with `{"message": "Unauthorized", "request_id"}` or, lately,
 * `{"detail": "Unauthorized"}`, and a rate limit with `{"message": "Requests rate limit
 * exceeded"}`. Limits apply per organization: requests per second, tokens per minute and tokens
 * per month, every one answered with 429, which Mistral calls transient.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

export const mistral = provider({
  id: "mistral",
  name: "Mistral AI",
  aliases: ["mistralai"],
  hosts: ["mistral.ai"],
  // Its API's format is served by others its SDK is pointed at (Azure AI Foundry, Google Cloud, OVHcloud AI Endpoints, a
  // self-hosted vLLM with `server_url`): a `mistralai` traceback names Mistral only over one of its hosts or none.
  apiCopied: true,
  // `mistralai` (Python: `mistralai.models.sdkerror.SDKError`, the old client's `mistralai.exceptions.MistralAPIStatusException`),
  // `@mistralai/mistralai` (Node), LangChain's and the AI SDK's packages. No class prefix: `Mistral…` is also OpenStack
  // Mistral's (the workflow service: `mistral.exceptions.MistralException`, python-mistralclient), whose package is `mistral`.
  clients: { packages: ["mistralai", "@mistralai", "langchain_mistralai", "@ai-sdk.mistral"], classes: [] },
  // Not in Mistral's docs: its own Vibe CLI reads `mistral-correlation-id` off each response (mistralai/mistral-vibe,
  // vibe/core/llm/backend/mistral.py); `x-kong-request-id` is its gateway's. The gateway's 401 body repeats an id as `request_id`.
  requestIdHeaders: ["mistral-correlation-id", "x-kong-request-id"],
  bodyRequestId: "request_id",
  fingerprints: {
    headers: ["mistral-correlation-id"],
    // The flat envelope alone is also vLLM's (`{"object":"error","message","type","param","code":400}`): Mistral's newer
    // bodies carry a four-digit code (`"1300"`, `"1000"`, `3001`), and one message is Mistral's own.
    body: {
      any: [
        { all: [{ json: "object", is: ["error", "Error"] }, { json: "code", matches: /^[1-9]\d{3}$/ }] },
        said("message", { is: "Service tier capacity exceeded for this model." }, /Service tier capacity exceeded for this model\./),
      ],
    },
  },
  // Not in Mistral's docs: the per-minute remaining counts a response carries (mistralai/client-ts#169); no reset header.
  rateLimit: [{ remaining: "x-ratelimit-remaining-req-minute" }, { remaining: "x-ratelimit-remaining-tokens-minute" }],
  // The API's envelope, the gateway's `detail`, and a validation error's first item (under `message` or `detail`).
  message: ["message", "detail", "message.detail[].msg", "detail[].msg", "message[].msg"],
  signals: {
    // Every 429: the gateway's and the API's rate-limit bodies, and a model's tier at capacity, which says
    // `type: invalid_request_error` though nothing in the request is wrong.
    "provider.mistral.rate-limited": {
      status: [429],
      when: {
        any: [
          { json: "type", is: "rate_limited" },
          { json: "code", is: "1300" },
          said(
            "message",
            { is: ["Requests rate limit exceeded", "Rate limit exceeded", "Service tier capacity exceeded for this model."] },
            /Requests rate limit exceeded/,
          ),
          { text: /Rate limit exceeded/ },
          { text: /Service tier capacity exceeded for this model/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const mistralDocs: ProviderDocs<typeof mistral> = {
  docs: [
    { title: "Error glossary", url: "https://docs.mistral.ai/resources/error-glossary" },
    { title: "Why am I hitting API rate limits, and how do I increase them?", url: "https://help.mistral.ai/en/articles/698531-why-am-i-hitting-api-rate-limits-and-how-do-i-increase-them" },
    { title: "Rate limit and usage tiers", url: "https://docs.mistral.ai/deployment/laplateforme/tier/" },
  ],
  requestIdSource: "https://github.com/mistralai/mistral-vibe/blob/main/vibe/core/llm/backend/mistral.py",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "401: \"The API key is missing, invalid, or expired\" (no `Authorization` header, an incorrect or revoked key, a key from another workspace). Bodies seen: `{\"message\":\"Unauthorized\",\"request_id\":\"…\"}` and `{\"detail\":\"Unauthorized\"}`. A Codestral key sent to api.mistral.ai (or an API key to codestral.mistral.ai) gets the same 401.",
    },
    rateLimit: {
      rules: ["provider.mistral.rate-limited"],
      note: "Three limits per organization, each a 429: requests per second, tokens per minute, tokens per month. The glossary lists 429 with the transient errors to retry with exponential backoff. Public reports (issue threads, not docs) show a `Retry-After` on the 429 and `x-ratelimit-remaining-req-minute` / `x-ratelimit-remaining-tokens-minute` on answers, with no reset header; older answers carried `ratelimitbysize-*`.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Two cases a retry does not end, neither with a body of its own in public captures: the tokens-per-month cap, a 429 like the others until the month ends or the limit is raised (\"A 429 means you exceeded one of them\"), and the glossary's 402 Payment required (credits at zero, a spending limit, included usage exhausted, a failed payment), which a retry does not fix.",
    "Mistral API keys have no scopes. The glossary's 403 is \"Your account does not have permission to access the requested resource\" (a model not on the subscription tier, deleting a base model, workspace permissions): a plan or workspace setting, which the generic rules leave a ProviderAPIError; no re-authorization changes it.",
    "A 429 on the monthly token cap looks like a per-second one; when retries keep failing, check the Limits page of the Admin Console (a reporter on vanna-ai/vanna#177 found his monthly limit reached).",
    "\"Service tier capacity exceeded for this model.\" comes with `type: invalid_request_error` and `code: null` (continuedev/continue#6185): the model's tier is at capacity, not a bad request; it passes later or on another model.",
    "Validation errors (422) put an object in `message` (`{\"detail\":[{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"frequency_penalty\"],\"msg\":\"Extra inputs are not permitted\",…}]}`), sometimes as a JSON string: OpenAI parameters Mistral does not accept (`frequency_penalty`, `n`, `max_completion_tokens`, `store`, `stream_options`) fail this way.",
    "A Mistral plan's Vibe key whose quota is spent is reported to answer the same bare 401 `{\"detail\":\"Unauthorized\"}` as a revoked key (diegosouzapw/OmniRoute#7638, quoting Mistral's Help Center); from the response alone the two cannot be told apart.",
    "`mistral-correlation-id` and `x-kong-request-id` are not named in Mistral's docs; quote either to support.",
  ],
  signals: {
    "provider.mistral.rate-limited": {
      statement:
        "Mistral answers a request over one of the organization's limits (requests per second, tokens per minute, tokens per month) or a model tier at capacity with 429 (`{\"message\":\"Requests rate limit exceeded\"}`, `type` `rate_limited` with code `\"1300\"`, or \"Service tier capacity exceeded for this model.\"): a retryable ProviderAPIError; back off (honouring `Retry-After` when sent) and send it again. When the month's tokens are spent, no retry passes before the month ends.",
      action: "Back off and retry, honouring `Retry-After` (`err.retryAfter`) when sent; if the month's tokens are spent, no retry passes before the month ends.",
      source: "https://help.mistral.ai/en/articles/698531-why-am-i-hitting-api-rate-limits-and-how-do-i-increase-them",
      examples: [
        {
          source: "https://github.com/raycast/extensions/issues/31107",
          reconstructed: "status line and Content-Type written from the SDK's printout (\"API error occurred: Status 429\"); the body as printed, the stack trace left out",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429}`,
        },
        {
          source: "https://github.com/raycast/extensions/issues/31107",
          text: `SDKError: API error occurred: Status 429
Body: {"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429}
    at /Users/andyhuynh/.config/raycast/extensions/09a195e9-2752-49c2-8224-a4e7253f5e21/ask.js:5:2425
    at process.processTicksAndRejections (node:internal/process/task_queues:103:5)
    at async wje (/Users/andyhuynh/.config/raycast/extensions/09a195e9-2752-49c2-8224-a4e7253f5e21/ask.js:6:235878)`,
        },
        {
          source: "https://github.com/pydantic/pydantic-ai/issues/1885",
          text: `pydantic_ai.exceptions.ModelHTTPError: status_code: 429, model_name: mistral-medium-latest, body: {"message":"Requests rate limit exceeded"}`,
        },
      ],
    },
  },
};

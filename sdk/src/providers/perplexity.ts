/**
 * Perplexity (its API at api.perplexity.ai: the Sonar chat completions, the Search API, the Agent API): OpenAI-compatible, its
 * errors `{"error": {"message", "type", "code"}}` with a `type` of its own (`invalid_model`, `invalid_api_key`) and the HTTP
 * status as a number in `code`; some clients print the inner object alone. What says Perplexity is its messages, which send the
 * reader to its own pages: the models page of docs.perplexity.ai for a model it does not serve, its API settings (or
 * console.perplexity.ai) for a rejected key. Its limits are requests per minute by usage tier (and per second for search); a
 * 429 is the SDKs' `RateLimitError`, to retry with backoff. A key it rejects at the edge may come as openresty's HTML
 * "401 Authorization Required" page instead of JSON.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/**
 * Its own pages, as its error messages link them: the models page ("Permitted models can be found in the documentation at
 * https://docs.perplexity.ai/…") and where a key is found ("You can find your API key at https://www.perplexity.ai/settings/api.",
 * lately "at https://console.perplexity.ai.").
 */
const OWN_LINK = /https:\/\/(?:docs|console)\.perplexity\.ai\b|https:\/\/www\.perplexity\.ai\/settings\/api\b/;

/** Its words for a model it does not serve, with or without the link after them; a proxy may print a prefix before them (LiteLLM's). */
const INVALID_MODEL = /Invalid model '[^'\n]{0,200}'\. Permitted models can be found in the documentation\b/;

export const perplexity = provider({
  id: "perplexity",
  name: "Perplexity",
  aliases: ["pplx", "perplexity-ai"],
  hosts: ["perplexity.ai"],
  // `perplexity` (Python, PyPI `perplexityai`: `perplexity.RateLimitError`, site-packages/perplexity/), `@perplexity-ai/perplexity_ai`
  // (Node), LangChain's and the AI SDK's packages. Its SDK's base class is `PerplexityAPIError`; LiteLLM names its errors
  // `PerplexityException` ("litellm.BadRequestError: PerplexityException - Invalid model …").
  clients: { packages: ["perplexity", "@perplexity-ai", "langchain_perplexity", "@ai-sdk.perplexity"], classes: ["Perplexity"] },
  fingerprints: {
    // The envelope is OpenAI's; its links are its own. The inner object alone (`{"message", "type", "code": 400}`) as some clients print it.
    body: { any: [said(["error.message", "message"], { matches: OWN_LINK })] },
  },
  message: ["error.message", "message"],
  signals: {
    // A model name it does not serve: a retired one (`llama-3.1-sonar-small-128k-online`, `pplx-7b-chat`), another router's
    // (`perplexity/sonar`), a typo (`"sonar-pro "`). Not a retry: only another model name passes.
    "provider.perplexity.invalid-model": {
      status: [400],
      when: {
        any: [{ json: "error.type", is: "invalid_model" }, { json: "type", is: "invalid_model" }, said(["error.message", "message"], { matches: INVALID_MODEL })],
      },
      // A 400 is not retried already: the signal gives the action, not the class.
      error: "ProviderAPIError",
    },
  },
});

export const perplexityDocs: ProviderDocs<typeof perplexity> = {
  docs: [
    { title: "Error Handling (SDKs)", url: "https://docs.perplexity.ai/guides/perplexity-sdk-error-handling" },
    { title: "Rate Limits & Usage Tiers", url: "https://docs.perplexity.ai/docs/admin/rate-limits-usage-tiers" },
    { title: "Models (Sonar)", url: "https://docs.perplexity.ai/docs/sonar/models" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A missing, wrong or revoked key is a 401 (its SDKs' `AuthenticationError`, \"Invalid API key or authentication issues\"). Public captures show `{\"error\":{\"message\":\"Invalid API key provided. You can find your API key at https://www.perplexity.ai/settings/api.\",\"type\":\"invalid_api_key\",\"code\":401}}` (lately \"Ensure your API key is correct and active.\" or a link to console.perplexity.ai), and also openresty's HTML page \"401 Authorization Required\" with no JSON at all (perplexityai/api-discussion#281, BerriAI/litellm#2584).",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Limits are requests per minute set by the account's usage tier (Tier 0 to 5, by lifetime credits purchased; its table gives 50/min for `sonar`, `sonar-pro` and `sonar-reasoning-pro`, 5/min for `sonar-deep-research`), and 50 requests per second for the Search API. A 429 is the SDKs' `RateLimitError` (\"API rate limit exceeded\"), which the error-handling guide retries with exponential backoff. No public capture of a 429's body or of rate-limit headers was found.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Perplexity API keys have no scopes; its SDK guide lists 403 (Permission Denied) among the statuses without saying when it is sent.",
    "Model names change: Perplexity has retired whole families (`pplx-7b-chat`, `llama-3-sonar-*-32k-*`, `llama-3.1-sonar-*-128k-*`), each then answered with 400 `invalid_model`. A `perplexity/` prefix (`perplexity/sonar`) is OpenRouter's and LiteLLM's name for the model, not Perplexity's: its own API wants `sonar`.",
    "An OpenRouter key sent to api.perplexity.ai gets Perplexity's 401 `invalid_api_key` (openclaw/openclaw#36182): Perplexity keys start with `pplx-`.",
    "What its API answers when the account's credits are spent is not documented, and no public capture of it was found.",
    "Sonar chat completions are now documented as legacy, replaced by the Agent API (`POST /v1/agent`); both answer a rejected key with the same 401 body.",
    "No request-id header is documented or shown in public captures.",
  ],
  signals: {
    "provider.perplexity.invalid-model": {
      statement:
        "Perplexity answers a request for a model it does not serve (a retired name, another router's `perplexity/…` name, a typo) with 400 and `type` `invalid_model` (\"Invalid model 'sonar-pro-online'. Permitted models can be found in the documentation at https://docs.perplexity.ai/…\"): a ProviderAPIError that is not retryable, as any 400; only a model name from its current models page passes.",
      action: "Send a model name from Perplexity's current models page (`sonar`, `sonar-pro`, … with no `perplexity/` prefix): this one is retired or misspelled.",
      source: "https://docs.perplexity.ai/docs/sonar/models",
      examples: [
        {
          source: "https://github.com/openclaw/openclaw/issues/4804",
          text: `Perplexity API error (400): {"error":{"message":"Invalid model 'perplexity/sonar-pro'. Permitted models can be found in the documentation at https://docs.perplexity.ai/getting-started/models.","type":"invalid_model","code":400}}`,
        },
        {
          source: "https://github.com/hex/llm-perplexity/issues/19",
          text: `Error: Error code: 400 - {'error': {'message': "Invalid model 'sonar-pro-online'. Permitted models can be found in the documentation at https://docs.perplexity.ai/guides/model-cards.", 'type': 'invalid_model', 'code': 400}}`,
        },
        {
          source: "https://github.com/perplexityai/api-discussion/issues/262",
          reconstructed: "status line and Content-Type added (the report says the trailing space \"causes a 400 error\"); the body as posted",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":{"message":"Invalid model 'sonar-pro '. Permitted models can be found in the documentation at https://docs.perplexity.ai/guides/model-cards.","type":"invalid_model","code":400}}`,
        },
        {
          source: "https://github.com/bhdicaire/visioStencils/issues/3",
          text: `[Service Issue] Perplexity: Bad Request (400): "error": { "message": "Invalid model 'llama-3-sonar-large-32k-online'. Permitted models can be found in the documentation at https://docs.perplexity.ai/docs/model-cards.", "type": "invalid_model", "code": 400 } [DEV_URL: https://api.perplexity.ai/chat/completions]`,
        },
      ],
    },
  },
};

/**
 * DeepSeek (its OpenAI-compatible API at api.deepseek.com, `/v1` optional; keys and balance at
 * platform.deepseek.com): every error is OpenAI's shape, `{"error": {"message", "type", "param",
 * "code"}}`, with `code` always `invalid_request_error` whatever went wrong, so `type` and the
 * message say more: `authentication_error` with "Authentication Fails, Your api key: ****abcd is
 * invalid" (401), `unknown_error` with "Insufficient Balance" (402), `invalid_request_error` with
 * "Model Not Exist" (400). Its error-codes page lists 400, 401, 402, 422, 429, 500 and 503. There is
 * no rate limit per minute: each account has a concurrency limit per model, over which it answers
 * 429; under load it holds the connection open (empty lines, or `: keep-alive` comments when
 * streaming) and closes it when inference has not started after 10 minutes.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

export const deepseek = provider({
  id: "deepseek",
  name: "DeepSeek",
  hosts: ["deepseek.com"],
  // DeepSeek publishes no SDK of its own: its docs point at OpenAI's, whose names every OpenAI-compatible API shares. LangChain's
  // `langchain_deepseek` and the AI SDK's `@ai-sdk/deepseek` call only DeepSeek. `Deepseek…`/`DeepSeek…` exception classes are
  // LiteLLM's (`DeepseekException - {...}` inside its `litellm.BadRequestError`) and DeepSeek clients' (`DeepSeekException`).
  clients: { packages: ["langchain_deepseek", "@ai-sdk.deepseek"], classes: ["Deepseek", "DeepSeek"] },
  // Not in DeepSeek's docs: on its answers in public captures (a `curl -I https://api.deepseek.com` answering 401 with
  // `x-ds-trace-id: fb3cc734…`, 32 hex digits); clients that log DeepSeek's request id read it, as DeepSeek sends no `x-request-id`.
  requestIdHeaders: ["x-ds-trace-id"],
  fingerprints: {
    headers: ["x-ds-trace-id"],
    // Its 401 messages, in words no other API uses: "Authentication Fails, Your api key: ****abcd is invalid",
    // "Authentication Fails (no such user)", "Authentication Fails (auth header format should be Bearer sk-...)".
    body: said("error.message", { matches: /^Authentication Fails(?:, Your api key: |\s\((?:no such user|auth header format))/ }),
  },
  message: ["error.message"],
  signals: {
    // Out of balance: documented as 402, but LiteLLM raises it as its BadRequestError (400), so any status with these words.
    "provider.deepseek.insufficient-balance": {
      when: said("error.message", { is: "Insufficient Balance" }, /\bInsufficient Balance\b/),
      error: "ProviderAPIError",
      retryable: false,
    },
    // A model name DeepSeek does not serve (`deepseek-r1`, `deepseek-v3`): 400, its own words.
    "provider.deepseek.model-not-exist": {
      status: [400],
      when: said("error.message", { is: "Model Not Exist" }, /\bModel Not Exist\b/),
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const deepseekDocs: ProviderDocs<typeof deepseek> = {
  docs: [
    { title: "Error Codes", url: "https://api-docs.deepseek.com/quick_start/error_codes" },
    { title: "Rate Limit & Isolation", url: "https://api-docs.deepseek.com/quick_start/rate_limit" },
    { title: "Lists Models", url: "https://api-docs.deepseek.com/api/list-models" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "401 \"Authentication Fails\": \"Authentication fails due to the wrong API key\" (error-codes page). Bodies seen: `{\"error\":{\"message\":\"Authentication Fails, Your api key: ****abcd is invalid\",\"type\":\"authentication_error\",\"param\":null,\"code\":\"invalid_request_error\"}}`, and \"Authentication Fails (no such user)\" or \"(auth header format should be Bearer sk-...)\" in the same shape. The key is masked to its last four characters.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "No per-minute limits: each account has a concurrency limit per model (counted across all its API keys, a request counting until its response is complete), and a request over it gets 429 at once (\"Rate Limit & Isolation\"), which the generic 429 reading retries with backoff. The error-codes page says to pace requests; no `Retry-After` or rate-limit header is documented. Under load DeepSeek does not answer 429 but keeps the connection open, sending empty lines (or `: keep-alive` comments when streaming), and closes it when inference has not started after 10 minutes: a client timeout shorter than that ends such a call first.",
    },
    notRetryable: {
      rules: ["provider.deepseek.insufficient-balance", "provider.deepseek.model-not-exist"],
      note: "402 \"Insufficient Balance\" (\"You have run out of balance\": top up on the platform), whatever status a client labels it with; 400 \"Model Not Exist\" (a model id DeepSeek does not serve). Other 400s (\"Invalid Format\") and 422s (\"Invalid Parameters\") ask for the request to be changed as the message says.",
    },
  },
  notes: [
    "`code` is `invalid_request_error` on every error body, a 401 or a 402 included: read `type` and `message`, not `code`.",
    "500 \"Server Error\" and 503 \"Server Overloaded\" are to be retried \"after a brief wait\" (error-codes page); the generic rules retry them.",
    "A context-length 400 reads \"This model's maximum context length is 131072 tokens. However, you requested … tokens\": not retryable; shorten the messages or `max_tokens`.",
    "LiteLLM wraps DeepSeek's answers as `DeepseekException - {...}` inside an exception named for the status it chose (`litellm.BadRequestError` for a 402 \"Insufficient Balance\"): trust the body's words over that label.",
    "DeepSeek's Anthropic-compatible endpoint (`https://api.deepseek.com/anthropic`) answers a wrong key with the same \"Authentication Fails, Your api key: …\" body.",
    "`x-ds-trace-id` is not named in DeepSeek's docs; it is on its answers in public captures and is the id to quote to DeepSeek.",
  ],
  signals: {
    "provider.deepseek.insufficient-balance": {
      statement:
        "DeepSeek answers a call from an account that has run out of balance with 402 and `{\"error\":{\"message\":\"Insufficient Balance\",\"type\":\"unknown_error\",…}}` (\"402 - Insufficient Balance … Please check your account's balance, and go to the Top up page to add funds\"): a ProviderAPIError that is not retryable, also when a client such as LiteLLM labels it 400; no retry passes until the balance is topped up.",
      action: "Top up the account's balance on platform.deepseek.com (Top up page), then send the call again: retrying before that fails the same way.",
      source: "https://api-docs.deepseek.com/quick_start/error_codes",
      examples: [
        {
          source: "https://github.com/danilofalcao/jarvis/issues/62",
          text: `Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}`,
        },
        {
          source: "https://github.com/Aider-AI/aider/issues/4851",
          text: `litellm.BadRequestError: DeepseekException - {"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}`,
        },
      ],
    },
    "provider.deepseek.model-not-exist": {
      statement:
        "DeepSeek answers a request whose `model` it does not serve (`deepseek-r1`, `deepseek-v3`) with 400 and `{\"error\":{\"message\":\"Model Not Exist\",\"type\":\"invalid_request_error\",…}}`, its \"400 - Invalid Format\" (\"modify your request body according to the hints in the error message\"): a ProviderAPIError that is not retryable; set `model` to an id that `GET /models` lists.",
      action: "Set `model` to an id DeepSeek's `GET /models` lists for the key; the same model name fails the same way on every retry.",
      source: "https://api-docs.deepseek.com/quick_start/error_codes",
      examples: [
        {
          source: "https://github.com/langbot-app/LangBot/issues/1643",
          text: `Error code: 400 - {'error': {'message': 'Model Not Exist', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}`,
        },
        {
          source: "https://github.com/ConardLi/easy-dataset/issues/9",
          text: `调用DeepSeek模型失败: 请求失败，状态码: 400, 响应: {"error":{"message":"Model Not Exist","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`,
        },
      ],
    },
  },
};

/**
 * OpenAI API: errors are `{"error": {"message", "type", "param", "code"}}`, and the status
 * says too little: a 401 may be a missing permission ("Missing scopes: …") rather than a
 * dead key, and a 429 may be an account out of credit or a request larger than the
 * per-minute limit, which no retry fixes. Rate-limit waits are in the message and in
 * `x-ratelimit-reset-*` durations (`6m0s`).
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

// "Missing scopes: api.responses.write. Check that…": scope names hold dots, the sentence ends at ". ", or the line ends (a client's printout).
const MISSING_SCOPES = /Missing scopes: ([a-z0-9_.:, ]{1,300}?)(?:\.(?: |$)|[ \t]*(?:\r?\n|$))/;

/** "Please try again in 6ms." / "20s" / "7m12s" / "5.472s". */
const TRY_AGAIN_IN = /Please try again in (\d[\dhms.]{0,20})\./;

/** Its 5xx messages' request id, "(Please include the request ID req_... in your email.)": Azure OpenAI's say it the same way. */
export const INCLUDE_REQUEST_ID = /\(?Please include the request ID ([0-9a-zA-Z_-]{8,128}) in your (?:email|message)\.?\)?/;

/**
 * Its rate limits' sentence, naming the organization by its own ids (`org-` and 24 characters; Groq's are `org_...` in backticks):
 * "Rate limit reached for gpt-4 in organization org-... on tokens per min", "Request too large for gpt-4o in organization org-... on".
 */
export const ORGANIZATION_LIMIT = /\b(?:Request too large|Rate limit reached) for [\w.:-]{1,80} in organization org-[A-Za-z0-9]{1,40} on\b/;

/**
 * Error types OpenAI sends with one status only (https://platform.openai.com/docs/guides/error-codes: "429 - You exceeded your
 * current quota, please check your plan and billing details"): what a log that kept the type but not the status stands for.
 */
export const OPENAI_TYPE_STATUS: Readonly<Record<string, number>> = { insufficient_quota: 429 };

/**
 * The exceptions openai-python 0.x raised for one status each (`handle_error_response` in its `api_requestor.py`, v0.28.1: 429
 * `RateLimitError`, 401 `AuthenticationError`, 403 `PermissionError`, 503 `ServiceUnavailableError`, 409 `TryAgain`;
 * `InvalidRequestError` stood for 400, 404 and 415 alike, so it says no one status): what a notebook's traceback of one stands for.
 */
export const OPENAI_V0_ERROR_STATUS: Readonly<Record<string, number>> = { RateLimitError: 429, AuthenticationError: 401, PermissionError: 403, ServiceUnavailableError: 503, TryAgain: 409 };

export const openai = provider({
  id: "openai",
  name: "OpenAI",
  // chatgpt.com: Codex and the ChatGPT apps call its `backend-api`, OpenAI's own.
  hosts: ["openai.com", "chatgpt.com"],
  // None: its SDKs are how every OpenAI-compatible API is called (Groq, Azure OpenAI, OpenRouter, vLLM, a
  // local server), and LiteLLM's `OpenAIException` is any of them. OpenAI's own bodies name it (below).
  clients: { packages: [], classes: [] },
  // The pages its errors send you to: a 401's keys page ("You can find your API key at ..."), a 429's rate-limit and error-code
  // guides and its limits page, a 500's help center, the beta site's before 2023.
  errorLinks: /https:\/\/platform\.openai\.com\/(?:account\/(?:api-keys|rate-limits|limits|billing)|docs\/guides\/(?:error-codes|rate-limits))\b|https:\/\/beta\.openai\.com\b|help\.openai\.com\b/,
  // "OpenAI API error" is what clients of every OpenAI-compatible API print (qwen-code's for OpenRouter's 402).
  nameIsProtocol: true,
  // Codex's ChatGPT backend (chatgpt.com/backend-api/codex) names its answers `x-oai-request-id`, which Codex reads beside `x-request-id`.
  requestIdHeaders: ["x-request-id", "x-oai-request-id"],
  // A 500's message asks for it ("(Please include the request ID e5c9… in your email.)"): kept when the headers were not pasted.
  // Newer messages drop the brackets ("Please include the request ID req_50ed… in your message.").
  // (Or its message as text, when a wrapper printed only the words: Weaviate's "OpenAI API failed with status: 500 error: The server had an error ...".)
  bodyRequestId: [{ json: "error.message", capture: INCLUDE_REQUEST_ID }, { text: INCLUDE_REQUEST_ID }],
  // Its error-codes guide's messages, as apps print them without the status (a CI action's log, a Kotlin app's toast). Not its
  // "Invalid Authentication" (any API's words), nor "The engine is currently overloaded" (the guide gave it 429, then 503).
  documentedStatus: {
    source: "https://platform.openai.com/docs/guides/error-codes",
    messages: [
      [/\bYou exceeded your current quota, please check your plan and billing details\b/, 429],
      [ORGANIZATION_LIMIT, 429],
      [/\bIncorrect API key provided: \S/, 401],
      [/\bYou must be a member of an organization to use the API\b/, 401],
      [/\bCountry, region, or territory not supported\b/, 403],
      [/\bThe server had an error while processing your request\b/, 500],
    ],
  },
  // "Debugging requests" lists it on every API response: the organization the call billed.
  // Not `x-ratelimit-*-requests` (Groq and other OpenAI-compatible APIs send those too).
  // A body alone: the limit types `requests` and `tokens` and `insufficient_quota` are OpenAI's
  // words (Stripe shares `invalid_request_error`, not these). OpenAI-compatible APIs (Groq)
  // copy them, and are read by these rules too: the same signals mean the same there.
  fingerprints: {
    // Codex's plan headers (`x-codex-plan-type`, the usage windows) come only from OpenAI's ChatGPT backend.
    headers: ["openai-organization", "x-codex-plan-type"],
    // The official SDKs print the message alone (`429 You exceeded your current quota, ... read the docs:
    // https://platform.openai.com/docs/...`): its links into OpenAI's docs are the fingerprint then.
    body: {
      any: [
        // Not when its message links another API's site: OpenAI-compatible APIs copy these types (Groq's "tokens", with a
        // link to console.groq.com).
        { all: [{ json: "error.type", is: ["requests", "tokens", "insufficient_quota"] }, { not: { json: "error.message", matches: /https?:\/\/(?![a-z.]{0,20}openai\.com\/)[a-z0-9.-]{1,100}\// } }] },
        { json: "error.code", is: ["insufficient_quota", "unsupported_country_region_territory"] },
        // Its rate limits' sentence, also as LiteLLM's OpenAIException prints the message alone.
        said("error.message", { matches: ORGANIZATION_LIMIT }),
        // A project without the model: its project ids (`proj_...`) are OpenAI's.
        { json: "error.message", matches: /^Project `proj_[A-Za-z0-9]{8,64}` does not have access to model `/ },
        // The error object without its wrapper, as pydantic-ai's ModelHTTPError prints the body it kept.
        { json: "code", is: "insufficient_quota" },
        // Or its 5xx's pointer to its help center, with no scheme ("contact us through our help center at help.openai.com").
        { text: /https:\/\/(?:platform|help|beta)\.openai\.com\b|\bhelp center at help\.openai\.com\b/ },
        // A restricted key's 401: OpenAI's own words, whatever the status says.
        { json: "error.message", matches: /^You have insufficient permissions for this operation\. Missing scopes: / },
        // The same words a client printed as text: OpenAI's own scope names (`api.responses.write`, `api.model.read`).
        { text: /\bMissing scopes: api\.[a-z_]{1,40}\.(?:read|write|request)\b/ },
        // Codex's usage limit: a plan's window and when it resets, in the body only OpenAI's ChatGPT backend sends.
        { all: [{ json: "error.type", is: "usage_limit_reached" }, { json: "error.plan_type", matches: /^[a-z_]{1,40}$/ }] },
        // A 500's message sends you to its help center ("contact us through our help center at help.openai.com"); a 401's, before
        // 2023, to its beta site for a key ("You can obtain an API key from https://beta.openai.com.").
        { json: "error.message", matches: /(?:help|platform|beta)\.openai\.com\b/ },
        // Its quota's sentence as a client printed the message alone, without the link after it (go-openai's "message: You
        // exceeded your current quota, please check your plan and billing details."): as `insufficient_quota` above, copied by
        // the APIs that copy OpenAI's errors, and meaning the same there. (Not in a JSON body's message: Gemini's per-minute 429 says
        // the same words.)
        { text: /^You exceeded your current quota, please check your plan and billing details\b/ },
      ],
    },
  },
  rateLimit: [
    { remaining: "x-ratelimit-remaining-requests", reset: "x-ratelimit-reset-requests" },
    { remaining: "x-ratelimit-remaining-tokens", reset: "x-ratelimit-reset-tokens" },
  ],
  message: ["error.message", "message"],
  signals: {
    "provider.openai.missing-scopes": {
      status: [401, 403],
      when: said("error.message", { matches: /Missing scopes: / }),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.message", capture: MISSING_SCOPES, split: "," }, { text: MISSING_SCOPES, split: "," }],
    },
    "provider.openai.insufficient-quota": {
      status: [429],
      // `code` was null in 2023 responses: read `type` too.
      // A printed message (the SDKs' `429 You exceeded your current quota, ...`) has neither: its words say it, also as the
      // message of a body a client cut before its `type` (Guzzle's "... For mo (truncated...)").
      when: {
        any: [
          { json: "error.code", is: "insufficient_quota" },
          { json: "error.type", is: "insufficient_quota" },
          { json: "code", is: "insufficient_quota" },
          // As text, also as the message of a dict that could not be read (GitHub Actions masked its braces as `***`).
          said("error.message", { matches: /^You exceeded your current quota\b/ }, /(?:^|'message': '|"message": ")You exceeded your current quota\b/),
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.openai.request-too-large": {
      status: [429],
      // Same code as a rate limit: only the message says the request alone is over the per-minute limit.
      when: said("error.message", { matches: /^Request too large for / }, /\bRequest too large for [\w.:-]{1,80} in organization\b/),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.openai.usage-limit-reached": {
      status: [429],
      // A ChatGPT plan's Codex window (5 hours, a week) is spent: it passes when the window resets, and not before, so the wait is
      // the reset, not a backoff (Codex itself stops and says when). Before rate-limit-exceeded, which would back off and retry.
      when: { any: [{ json: "error.type", is: "usage_limit_reached" }, { header: "x-codex-primary-used-percent", is: "100" }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-codex-primary-reset-after-seconds" }, { json: "error.resets_in_seconds" }],
    },
    "provider.openai.rate-limit-exceeded": {
      status: [429],
      when: { any: [{ json: "error.code", is: "rate_limit_exceeded" }, { json: "error.type", is: ["tokens", "requests"] }, { text: /^Rate limit reached for / }] },
      error: "ProviderAPIError",
      retryable: true,
      // "Please try again in 6ms." / "20s" / "7m12s": the shortest wait that passes, unlike the reset headers (a full refill).
      wait: [{ json: "error.message", capture: TRY_AGAIN_IN }, { text: TRY_AGAIN_IN }],
    },
  },
});

export const openaiDocs: ProviderDocs<typeof openai> = {
  docs: [
    { title: "Error codes", url: "https://platform.openai.com/docs/guides/error-codes" },
    { title: "Rate limits (headers)", url: "https://platform.openai.com/docs/guides/rate-limits" },
    { title: "Debugging requests (response headers)", url: "https://platform.openai.com/docs/api-reference/debugging-requests" },
    { title: "Error code 401: invalid authentication", url: "https://help.openai.com/en/articles/6891767-error-code-401-invalid-authentication" },
    {
      title: "Error code 429: you exceeded your current quota",
      url: "https://help.openai.com/en/articles/6891831-error-code-429-you-exceeded-your-current-quota-please-check-your-plan-and-billing-details",
    },
  ],
  requestIdSource: "https://platform.openai.com/docs/api-reference/debugging-requests",
  answers: {
    scope: {
      rules: ["provider.openai.missing-scopes"],
      note: "Sent as a 401 with no challenge. The same message comes for a restricted API key without the permission (edit the key), a Reader role in the organization or project (change the role), or a ChatGPT-login token sent to api.openai.com (logging in again does not add the scope).",
    },
    credential: {
      rules: ["provider.401"],
      note: 'A wrong, deleted or deactivated key is a 401 `invalid_api_key` "Incorrect API key provided: sk-…"; other 401s say the account left the organization or the project\'s IP allowlist refused the call (fix the network, not the key).',
    },
    rateLimit: {
      rules: ["provider.openai.rate-limit-exceeded", "provider.openai.usage-limit-reached", "provider.rate-limit-spent"],
      note: "The message says how long to wait (\"Please try again in 6s\"); `x-ratelimit-reset-requests` and `x-ratelimit-reset-tokens` say when the limit is fully refilled (Go durations such as `6m0s`). Per-day limits put waits of minutes or hours in the message. Codex signed in with ChatGPT has the plan's usage windows instead: `resets_in_seconds` in the body says when the spent one resets.",
    },
    notRetryable: { rules: ["provider.openai.insufficient-quota", "provider.openai.request-too-large"] },
  },
  notes: [
    "OpenAI's API docs do not document Retry-After or retry-after-ms on 429s, though its SDKs read them when sent.",
    "A 403 `unsupported_country_region_territory` (\"Country, region, or territory not supported\") is not retryable and no scope problem; the generic 403 rule says so.",
    "Without a header that names OpenAI, a body of error type `requests`, `tokens` or `insufficient_quota` is read as OpenAI's; OpenAI-compatible APIs (Groq) that copy those types are then named OpenAI, with the same (right) action.",
    "Azure OpenAI is another provider: other texts (\"Please retry after 33 seconds\") and Retry-After.",
    "Only single-scope \"Missing scopes\" messages are public; the separator for several is not documented (commas are assumed).",
  ],
  signals: {
    "provider.openai.missing-scopes": {
      statement:
        'OpenAI answers a restricted API key, or a member role, without an endpoint\'s permission with 401 (not 403) "You have insufficient permissions for this operation. Missing scopes: api.responses.write. …": a ScopeReauthRequiredError whose `missingScopes` are the scopes named; give the key the permission or use a key or role that has it.',
      action: 'Give the API key the permission in `missingScopes`, or call with a key or member role that has it.',
      source: "https://help.openai.com/en/articles/6891767-error-code-401-invalid-authentication",
      examples: [
        {
          source: "https://github.com/bytedance/trae-agent/issues/162",
          reconstructed: 'status line from "Error code: 401"; body converted from the Python SDK\'s dict rendering (`None` → `null`, quotes normalised)',
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"error":{"message":"You have insufficient permissions for this operation. Missing scopes: api.responses.write. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.","type":"invalid_request_error","param":null,"code":null}}`,
        },
      ],
    },
    "provider.openai.insufficient-quota": {
      statement:
        "OpenAI's 429 `insufficient_quota` (\"You exceeded your current quota, please check your plan and billing details.\") means the account has no credit left or hit its monthly spend limit: a ProviderAPIError that is not retryable; add credits or raise the limit.",
      action: "Add credits or raise the monthly spend limit in OpenAI's billing settings: no retry passes until then.",
      source: "https://platform.openai.com/docs/guides/error-codes",
      examples: [
        {
          source: "https://github.com/ChatGPTNextWeb/NextChat/issues/3123",
          reconstructed: "status line 429 added from OpenAI's documented status for this message; body as printed",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "error": {
    "message": "You exceeded your current quota, please check your plan and billing details.",
    "type": "insufficient_quota",
    "param": null,
    "code": "insufficient_quota"
  }
}`,
        },
        {
          source: "https://github.com/eryajf/chatgpt-dingtalk/issues/35",
          reconstructed: 'status line from "code is 429"; body as printed (`code` is null in this 2023 response)',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
    "error": {
        "message": "You exceeded your current quota, please check your plan and billing details.",
        "type": "insufficient_quota",
        "param": null,
        "code": null
    }
}`,
        },
        {
          source: "https://github.com/OpenBMB/ChatDev/issues/399",
          text: `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
        },
      ],
    },
    "provider.openai.request-too-large": {
      statement:
        'OpenAI\'s 429 "Request too large for gpt-4o … on tokens per min (TPM): Limit 30000, Requested 36278" means this one request is over the per-minute token limit, whatever the wait: a ProviderAPIError that is not retryable; shrink the input or `max_tokens`, or move to a higher tier.',
      action: 'Shrink the input or `max_tokens` so the request fits the per-minute token limit, or move to a higher tier: waiting does not help.',
      source: "https://github.com/Aider-AI/aider/issues/1880",
      examples: [
        {
          source: "https://github.com/Aider-AI/aider/issues/1880",
          reconstructed: 'status line from "Error code: 429"; body converted from the Python SDK\'s dict rendering (`None` → `null`); organization id replaced with a fake',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"error":{"message":"Request too large for gpt-4o in organization org-XXXXXXXXXXXXXXXXXXXXXXXX on tokens per min (TPM): Limit 30000, Requested 36278. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}`,
        },
        {
          source: "https://github.com/DrShushen/climb/issues/13",
          reconstructed: 'status line from "Error code: 429"; body converted from the Python SDK\'s dict rendering; organization id replaced with a fake',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"error":{"message":"Request too large for gpt-4o in organization org-XXXXXXXXXXXXXXXXXXXXXXXX on tokens per min (TPM): Limit 30000, Requested 30601. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}`,
        },
      ],
    },
    "provider.openai.usage-limit-reached": {
      statement:
        "Codex signed in with ChatGPT is limited by the plan's usage windows (5 hours, a week), not by API rate limits: a spent window is a 429 whose body's `error.type` is `usage_limit_reached`, with `plan_type` and `resets_in_seconds` (and headers `x-codex-primary-used-percent: 100`, `x-codex-primary-reset-after-seconds`). A retryable ProviderAPIError whose wait is that reset, hours or days: Codex itself does not retry it and says when to try again; a backoff of seconds only spends calls.",
      action: "Wait for the plan's usage window to reset (`err.retryAfter` seconds, often hours), then try again: short backoffs only spend calls.",
      source: "https://github.com/openai/codex/blob/main/codex-rs/core/src/client.rs",
      examples: [
        {
          source: "https://github.com/router-for-me/CLIProxyAPI/issues/2919",
          text: `codex 检查失败: HTTP 429: {"error":{"type":"usage_limit_reached","message":"The usage limit has been reached","plan_type":"plus","resets_at":1776672030,"eligible_promo":null,"resets_in_seconds":17778}}`,
        },
      ],
    },
    "provider.openai.rate-limit-exceeded": {
      statement:
        'OpenAI rate-limits with 429 `rate_limit_exceeded` ("Rate limit reached for gpt-4o … on tokens per min (TPM) … Please try again in 6s."): a retryable ProviderAPIError whose wait is the time in the message (Retry-After, when sent, comes first).',
      action: 'Wait the time the message names (`err.retryAfter`; the `Retry-After` seconds when sent), then send the same call again.',
      source: "https://platform.openai.com/docs/guides/rate-limits",
      examples: [
        {
          source: "https://github.com/Pythagora-io/gpt-pilot/pull/53",
          reconstructed: 'status line from "API responded with status code: 429"; body as printed (organization id replaced with a fake)',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
    "error": {
        "message": "Rate limit reached for 10KTPM-200RPM in organization org-XXXXXXXXXXXXXXXXXXXXXXXX on tokens per min. Limit: 10000 / min. Please try again in 6ms. Contact us through our help center at help.openai.com if you continue to have issues.",
        "type": "tokens",
        "param": null,
        "code": "rate_limit_exceeded"
    }
}`,
        },
      ],
    },
  },
};

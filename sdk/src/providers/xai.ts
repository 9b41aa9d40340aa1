/**
 * xAI (the Grok API at api.x.ai, OpenAI-compatible; its console at console.x.ai, its Management API at
 * management-api.x.ai). Not X (Twitter), whose hosts are x.com and twitter.com: the two share nothing.
 * Its errors are flat, `{"code": "<a gRPC status in words>", "error": "<message>"}`: the code is the
 * status's description ("Client specified an invalid argument", "Some requested entity was not found")
 * or its name ("permission-denied"), the message a string that often links console.x.ai. A wrong API key
 * is a 400, not a 401 ("An incorrect API key was supplied"); limits are per team and per model (requests
 * per second, tokens per minute), each a 429; a team without credits is refused with 403 or 429.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Its wrong-key message as one capture shows it, URL-encoded; the encoded form only: the generic `provider.400.credential-dead` reads the words as they are written. */
const INCORRECT_KEY_ENCODED = /Incorrect%20API%20key%20provided\b/;
/** A team with no credits, in the words of its 403s (a new team's; an API team's prepaid balance at zero). */
const NO_CREDITS = /doesn't have any credits or licenses yet|run out of credits or need a Grok subscription/;
/** Its rate limit's words: "Too many tokens for team <id> and model <model>", "Too many requests for team <id>". */
const TOO_MANY = /Too many (?:tokens|requests) for team /;

export const xai = provider({
  id: "xai",
  name: "xAI",
  aliases: ["grok", "x-ai"],
  // api.x.ai, console.x.ai, management-api.x.ai; grok.com is its Grok apps' and the Grok CLI's API proxy (`cli-chat-proxy.grok.com`,
  // Anantys-oss/koan#2412). Not x.com: that is X's (`x`), and host lookups go label by label, so neither takes the other's.
  hosts: ["x.ai", "grok.com"],
  // `xai_sdk` (the official Python SDK, gRPC), LangChain's (`langchain_xai`, `@langchain/xai`) and the AI SDK's (`@ai-sdk/xai`).
  // Most clients call it through OpenAI's SDK, which names no one. No class prefix: `Xai…`/`XAI…` starts other words (explainable AI).
  clients: { packages: ["xai_sdk", "langchain_xai", "@langchain.xai", "@ai-sdk.xai"], classes: [] },
  // Its messages send the caller to its console ("You can obtain an API key from https://console.x.ai.", "You can view your team
  // rate limits at https://console.x.ai.", "You can purchase those on https://console.x.ai/team/…").
  errorLinks: /https?:\/\/console\.x\.ai\b/,
  fingerprints: {
    // The flat envelope with a gRPC status in words as `code` (tonic's descriptions, or the kebab-case name) and the message as a
    // string `error`: captures on beeai-framework#447, Wei-Shaw/sub2api#4084, decolua/9router#2559, and a deprecated model's 404.
    body: {
      all: [
        { json: "code", is: ["Client specified an invalid argument", "Some requested entity was not found", "permission-denied"] },
        { json: "error" },
      ],
    },
  },
  message: ["error", "error.message"],
  signals: {
    // The documented 400 for a wrong key, when the message arrives URL-encoded: the generic rule reads only the plain words.
    "provider.xai.incorrect-api-key": {
      status: [400],
      when: said("error", { matches: INCORRECT_KEY_ENCODED }),
      error: "ProviderUnauthorizedError",
      retryable: false,
    },
    // A team with no credits: a 403 that no permission ends (its 429 in the words "used all available credits or reached its monthly
    // spending limit" is the generic `provider.429.credits-spent`'s, and the same words on a 403 `provider.403.credits-spent`'s).
    "provider.xai.no-credits": {
      status: [403],
      when: said("error", { matches: NO_CREDITS }),
      error: "ProviderAPIError",
      retryable: false,
    },
    // A team's per-model limit: only in its own words, so that its credits-spent 429 stays not retryable.
    "provider.xai.rate-limited": {
      status: [429],
      when: said("error", { matches: TOO_MANY }),
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const xaiDocs: ProviderDocs<typeof xai> = {
  docs: [
    { title: "Debugging Errors", url: "https://docs.x.ai/developers/debugging" },
    { title: "Rate Limits", url: "https://docs.x.ai/developers/rate-limits" },
    { title: "Manage Billing", url: "https://docs.x.ai/console/billing" },
    { title: "Using Management API (API key ACLs)", url: "https://docs.x.ai/developers/management-api-guide" },
  ],
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "xAI API keys have no OAuth scopes; each carries access control lists (`api-key:endpoint:<name>`, `api-key:model:<name>`, or `*`) set in the console or the Management API. The debugging page's 403 is \"Your API key or team doesn't have permission to perform the action\" or \"is blocked\" (\"Ask your team admin for permission\"); captures show `{\"code\":\"permission-denied\",\"error\":\"Access to the chat endpoint is denied. … please log into console.x.ai and update the permissions, or contact support.\"}`. A ProviderAPIError: an admin widens the key's ACLs; no re-authorization changes them.",
    },
    credential: {
      rules: ["provider.400.credential-dead", "provider.xai.incorrect-api-key", "provider.401"],
      note: "A wrong API key is a 400 (\"An incorrect API key was supplied\"), `{\"code\":\"Client specified an invalid argument\",\"error\":\"Incorrect API key provided: xa***gA. You can obtain an API key from https://console.x.ai.\"}`, read by the generic `provider.400.credential-dead` in its words (or by `provider.xai.incorrect-api-key` when URL-encoded). A missing header or an invalid token is a 401 (\"Supply an Authorization: Bearer <XAI_API_KEY> header\").",
    },
    rateLimit: {
      rules: ["provider.xai.rate-limited", "provider.429.credits-spent"],
      note: "Every team has per-model limits on requests per second (derived from the requests-per-minute budget) and tokens per minute, set by its tier (cumulative spend); \"Exceeding any limit returns a 429 Too Many Requests error\". Every token counts toward TPM (prompt, completion, reasoning, cached). No rate-limit or `Retry-After` header is documented. A 429 also comes when the team's credits or monthly spending limit are spent, which the generic `provider.429.credits-spent` keeps from being retried.",
    },
    notRetryable: {
      rules: ["provider.xai.no-credits", "provider.429.credits-spent", "provider.403.credits-spent"],
      note: "Credits, not time: a team with no prepaid credits (\"Your newly created team doesn't have any credits or licenses yet\", 403), credits or the monthly spending limit used up (429, or 403 through the Grok CLI's proxy). The billing page recommends auto top-up \"to avoid service interruptions\"; the statuses come from public captures, not the docs.",
    },
  },
  notes: [
    "`provider.xai.rate-limited` answers retryable, but a tokens-per-minute 429 whose message shows the request alone over the limit (\"Tokens per Minute (actual/limit): 65605/16000\", cline/cline#4826) passes no sooner for waiting: shrink the prompt, or raise the tier.",
    "404 is a model not found or a misspelled URL; a retired model answers `{\"code\":\"Some requested entity was not found\",\"error\":\"The model grok-beta was deprecated on 2025-09-15 and is no longer accessible via the API. Please use grok-3 instead.\"}`: change the model.",
    "Its debugging page also lists 405 (wrong method), 415 (an empty body or no `Content-Type: application/json`) and 422 (a field in an invalid format): requests to fix, not to retry.",
    "xAI's own TypeScript SDK reads the request id from `x-request-id`; no public capture of an xAI response's headers shows it, so no header is declared here.",
    "OpenRouter serves Grok models as `x-ai/…`: its errors are OpenRouter's, not xAI's.",
  ],
  signals: {
    "provider.xai.incorrect-api-key": {
      statement:
        "xAI answers a request with an incorrect API key with 400 (\"An incorrect API key was supplied\"), `{\"code\":\"Client specified an invalid argument\",\"error\":\"Incorrect API key provided: … You can obtain an API key from https://console.x.ai.\"}`, in one capture with the message URL-encoded (`Incorrect%20API%20key%20provided`), which the generic words rule cannot read: a ProviderUnauthorizedError that is not retryable; the key must be replaced.",
      action: "Replace the API key with a valid one from console.x.ai: the one sent is wrong, and retrying fails the same way.",
      source: "https://docs.x.ai/developers/debugging",
      examples: [
        {
          source: "https://github.com/i-am-bee/beeai-framework/issues/447",
          text: `openai.BadRequestError: Error code: 400 - {'code': 'Client specified an invalid argument', 'error': 'Incorrect%20API%20key%20provided:%20ba***na.%20You%20can%20obtain%20an%20API%20key%20from%20https://console.x.ai.'}`,
        },
      ],
    },
    "provider.xai.no-credits": {
      statement:
        "xAI answers a request from a team with no credits with 403 (\"Your newly created team doesn't have any credits or licenses yet. You can purchase those on https://console.x.ai/team/…\", or \"You have run out of credits or need a Grok subscription.\"): a ProviderAPIError that is not retryable; no permission is missing, and the same call fails until the team buys credits. The billing page documents prepaid credits; the status comes from public captures.",
      action: "Buy credits for the team in the xAI Console (Billing) or enable auto top-up: retrying fails the same way until the team has credits.",
      source: "https://docs.x.ai/console/billing",
      examples: [
        {
          source: "https://github.com/continuedev/continue/issues/12670",
          text: `403 "Your newly created team doesn't have any credits or licenses yet. You can purchase those on https://console.x.ai/team/481c7584-ab46-4974-b86b-a4978384e229."`,
        },
        {
          source: "https://github.com/luxus/pi-xai/issues/10",
          text: `OpenAI API error (403): 403 "You have run out of credits or need a Grok subscription."`,
          opts: { providerId: "xai" },
        },
      ],
    },
    "provider.xai.rate-limited": {
      statement:
        "xAI answers a request over one of the team's per-model limits (requests per second, tokens per minute) with 429, \"Too many tokens for team <id> and model <model>. Your team's rate limit is — Tokens per Minute (actual/limit): …\" or \"Too many requests for team <id>\": a retryable ProviderAPIError; lower the request rate, or raise the limit, which grows with the team's tier.",
      action: "Back off and retry at a lower rate; if it keeps recurring, check the team's per-model limits on the xAI Console's Rate Limits page.",
      source: "https://docs.x.ai/developers/rate-limits",
      examples: [
        {
          source: "https://github.com/cline/cline/issues/4826",
          text: `429 "Too many tokens for team e9fe19cb-de96-4c57-9ffb-2f1b9c631ce2 and model grok-4-0709. Your team's rate limit is — Tokens per Minute (actual/limit): 65605/16000. You can view your team rate limits at https://console.x.ai."`,
        },
      ],
    },
  },
};

/**
 * OpenRouter: its body states its status in `error.code`; its 402 is credits, not a request to fix; an upstream
 * provider's failure keeps that provider's body in `metadata.raw`.
 */
import { describe, expect, test } from "vitest";
import { AlterValueError, explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("openrouter", () => {
  test("a 402 is the credits to add, not retryable, whether the body or a client's message says it", () => {
    const body = '{"error":{"message":"Insufficient credits. Add more using https://openrouter.ai/settings/credits","code":402,"metadata":{"limit_source":"openrouter_credits"}}}';
    for (const text of [`HTTP/1.1 402 Payment Required\nContent-Type: application/json\n\n${body}`, body]) {
      const x = explain(text, { now });
      expect([x.provider?.id, x.input.status, x.rule, x.error!.name, x.error!.retryable]).toEqual(["openrouter", 402, "provider.openrouter.insufficient-credits", "ProviderAPIError", false]);
    }
    // The in-flight budget's 402 is left to the generic rules (its docs: it may carry Retry-After).
    const inflight = explain('{"error":{"message":"In-flight budget exceeded","code":402,"metadata":{"limit_source":"openrouter_in_flight_budget"}}}', { now });
    expect([inflight.provider?.id, inflight.rule]).toEqual(["openrouter", "provider.error"]);
  });

  test("the free models' daily allowance is spent until midnight UTC: not retryable, its wait until then", () => {
    const x = explain('429 {"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429}}', { now: Date.parse("2026-01-01T22:00:00Z") });
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["openrouter", "provider.openrouter.free-models-per-day", false, 7200]);
    // Its other 429s are rate limits to wait out, as any provider's.
    const minute = explain('HTTP/1.1 429 Too Many Requests\nRetry-After: 12\n\n{"error":{"message":"Rate limit exceeded: limit_rpm/google/gemini-2.5-pro","code":429,"metadata":{"provider_name":null}},"user_id":"user_2yB4kQ9xZ1"}', { now });
    expect([minute.provider?.id, minute.rule, minute.error!.retryable, minute.error!.retryAfter]).toEqual(["openrouter", "provider.error", true, 12]);
  });

  test("an upstream provider's failure is named OpenRouter's and answered by its status, wrapped or as the error object alone", () => {
    const raw = '{"message":"Provider returned error","code":429,"metadata":{"raw":"qwen/qwen3-coder:free is temporarily rate-limited upstream. Please retry shortly.","provider_name":"Chutes"}}';
    for (const text of [`{"error":${raw},"user_id":"user_2yB4"}`, `> utils: ${raw}`]) {
      const x = explain(text, { now });
      expect([x.provider?.id, x.input.status, x.error!.name, x.error!.retryable]).toEqual(["openrouter", 429, "ProviderAPIError", true]);
      // "Provider returned error" says nothing: the upstream's words in `metadata.raw` are the message.
      expect(x.error!.message).toBe("OpenRouter answered HTTP 429: qwen/qwen3-coder:free is temporarily rate-limited upstream. Please retry shortly.");
    }
    // When the upstream's body is JSON text, its own message.
    const byok = explain('{"error":{"message":"Provider returned error","code":401,"metadata":{"raw":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"authentication_error\\",\\"message\\":\\"invalid x-api-key\\"}}","provider_name":"Anthropic"}}}', { now });
    expect(byok.error!.message).toBe("OpenRouter answered HTTP 401: invalid x-api-key");
  });

  test("`error.code` is a status only in OpenRouter's shape: another member beside it, or no error status, states none", () => {
    expect(explain('{"error":{"code":404,"message":"No endpoints found for x/y."}}', { now }).input.status).toBe(404);
    for (const body of ['{"error":{"code":506,"message":"Duplicate status message","type":"OAuthException","fbtrace_id":"A1"}}', '{"error":{"code":120,"message":"x"}}', '{"jsonrpc":"2.0","error":{"code":404,"message":"x"},"id":1}', '{"code":401,"message":"x","details":{}}']) {
      expect(() => explain(body, { now }), body).toThrow(AlterValueError);
    }
  });
});

/**
 * OpenAI: waits in the message's other forms, and the spent limit its own headers name.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const run = (text: string) => explain(text, { providerId: "openai", now: Date.parse("2026-01-01T00:00:00Z") });

describe("openai", () => {
  test("a per-day limit's wait in minutes and seconds", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"error":{"message":"Rate limit reached for gpt-4o in organization org-XXXX on requests per day (RPD): Limit 200, Used 200, Requested 1. Please try again in 7m12s. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"requests","param":null,"code":"rate_limit_exceeded"}}`);
    expect(x.rule).toBe("provider.openai.rate-limit-exceeded");
    expect(x.error!.retryAfter).toBe(432);
  });

  test("a 429 without a readable body waits for its own spent limit's reset duration", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
x-ratelimit-remaining-requests: 499
x-ratelimit-remaining-tokens: 0
x-ratelimit-reset-tokens: 6m0s

{"error":{"message":"Rat`);
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(360);
  });

  test("an incorrect API key is the generic 401", () => {
    const x = run(`HTTP/1.1 401 Unauthorized

{"error":{"message":"Incorrect API key provided: sk-XXXX. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`);
    expect(x.rule).toBe("provider.401");
  });

  test("openai-organization identifies OpenAI unnamed, so its rate_limit_exceeded is never the backend's PolicyViolationError", () => {
    const x = explain(`HTTP/1.1 429 Too Many Requests
openai-organization: org-abc123
openai-processing-ms: 12
x-request-id: req_8d4b0c1e2f3a4b5c6d7e8f9a0b1c2d3e
retry-after: 1
content-type: application/json

{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc123 on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.","type":"requests","param":null,"code":"rate_limit_exceeded"}}`);
    expect(x.provider).toEqual({ id: "openai", name: "OpenAI", evidence: expect.stringMatching(/openai-organization/i) });
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.rule).toBe("provider.openai.rate-limit-exceeded");
    expect(x.error!.retryable).toBe(true);
  });
});

/**
 * Azure OpenAI: named by its resource's host or its own words, its 429 waits what it says (the headers first, then
 * `x-rate-limit-reset-tokens`, then its message), a deployment it lacks is the name to fix; OpenAI's own signals stay OpenAI's.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const RATE = '{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2023-07-01-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 7 seconds."}}';

describe("azure-openai", () => {
  test("a 429 waits retry-after-ms or Retry-After first, then x-rate-limit-reset-tokens, then the seconds its message names; apim-request-id is quoted", () => {
    const wait = (headers: string) => explain(`HTTP/1.1 429 Too Many Requests\n${headers}apim-request-id: 5b2e7c1a-0c2d-4d8e-9b1a-2f3e4d5c6b7a\n\n${RATE}`, { now });
    const plain = wait("");
    expect([plain.provider?.id, plain.rule, plain.error!.retryable, plain.error!.retryAfter, plain.error!.requestId]).toEqual(["azure-openai", "provider.azure-openai.rate-limit", true, 7, "5b2e7c1a-0c2d-4d8e-9b1a-2f3e4d5c6b7a"]);
    expect(wait("x-rate-limit-reset-tokens: 55\n").error!.retryAfter).toBe(55);
    expect(wait("x-rate-limit-reset-tokens: 55\nRetry-After: 12\n").error!.retryAfter).toBe(12);
    expect(wait("x-rate-limit-reset-tokens: 55\nretry-after-ms: 1500\n").error!.retryAfter).toBe(2); // rounded up (section 8)
  });

  test("its resource's host names it, in a client's log line as in a request URL", () => {
    const x = explain('INFO:httpx:HTTP Request: POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01 "HTTP/1.1 401 Unauthorized"', { now });
    expect([x.provider?.id, x.error!.name]).toEqual(["azure-openai", "ProviderUnauthorizedError"]);
    // OpenAI's own host is OpenAI's.
    expect(explain('INFO:httpx:HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 401 Unauthorized"', { now }).provider?.id).toBe("openai");
  });

  test("DeploymentNotFound is the deployment's name to fix, not retryable, whoever printed it", () => {
    for (const text of [
      "openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist.'}}",
      "The API deployment for this resource does not exist.\nStatus: 404 (Not Found)\nErrorCode: DeploymentNotFound",
    ]) {
      const x = explain(text, { now });
      expect([x.provider?.id, x.rule, x.error!.retryable], text).toEqual(["azure-openai", "provider.azure-openai.deployment-not-found", false]);
    }
  });

  test("a 429 that is not Azure's is not named Azure OpenAI; its words alone without the API version name nothing", () => {
    expect(explain('HTTP/1.1 429 Too Many Requests\n\n{"error":{"code":"429","message":"Please retry after 7 seconds."}}', { now }).provider).toBeUndefined();
  });
});

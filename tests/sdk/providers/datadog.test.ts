/**
 * Datadog: a 429 waits for its window's reset, from `X-RateLimit-Reset`, else its period, else the window its words name.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("datadog", () => {
  test("the reset header's seconds win over the window's length; without headers, the words' window", () => {
    const headers = explain(
      'HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit: 100\nX-RateLimit-Period: 10\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 4\nX-RateLimit-Name: slo\n\n{"errors": ["Rate limit of 100 requests in 10 seconds reached. Please try again later."]}',
    );
    expect([headers.provider?.id, headers.rule, headers.error!.retryAfter]).toEqual(["datadog", "provider.datadog.rate-limited", 4]);
    const words = explain('Error: error creating logs index from https://api.datadoghq.com/api/v1/logs/config/indexes: 429 Too Many Requests: {"errors": ["Rate limit of 10 requests in 300 seconds reached. Please try again later."]}');
    expect([words.provider?.id, words.error!.retryable, words.error!.retryAfter]).toEqual(["datadog", true, 300]);
  });

  test("its host names it; its 403 stays a plain refusal", () => {
    const x = explain('HTTP/1.1 403 Forbidden\n\n{"errors": ["Forbidden"]}', { providerId: "datadog" });
    expect([x.rule, x.error!.retryable]).toEqual(["provider.403", false]);
  });
});

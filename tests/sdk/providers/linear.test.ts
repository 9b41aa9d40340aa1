/**
 * Linear: its GraphQL codes decide whatever the HTTP status, the rate limit's reset is in
 * epoch milliseconds, and the 400s beside RATELIMITED are not rate limits.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("linear", () => {
  test("the requests reset is read as epoch milliseconds", () => {
    const x = explain(
      `HTTP/1.1 400 Bad Request
Content-Type: application/json
x-ratelimit-requests-remaining: 0
x-ratelimit-requests-reset: ${now + 90_000}

{"errors":[{"message":"Rate limit exceeded","extensions":{"code":"RATELIMITED","statusCode":429}}]}`,
      { providerId: "linear", now },
    );
    expect(x.rule).toBe("provider.linear.ratelimited");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(90);
  });

  test("the older extensions.type form of a rate limit decides too, even on HTTP 200", () => {
    const x = explain(
      `HTTP/1.1 200 OK
Content-Type: application/json

{"errors":[{"message":"Rate limited","extensions":{"type":"ratelimited"}}]}`,
      { providerId: "linear", now },
    );
    expect(x.rule).toBe("provider.linear.ratelimited");
    expect(x.error!.retryable).toBe(true);
  });

  test("\"Query too complex\" (INPUT_ERROR on 400) is not a rate limit and is not retried", () => {
    const x = explain(
      `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"errors":[{"message":"Query too complex","extensions":{"type":"invalid input","code":"INPUT_ERROR","statusCode":400,"userError":true,"userPresentableMessage":"The query is too complex. Complexity: 12304.999999999998. Maximum allowed complexity: 10000.","http":{"status":400}}}]}`,
      { providerId: "linear", now },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(false);
    expect(x.error!.message).toContain("Maximum allowed complexity");
  });

  test("FORBIDDEN without \"Invalid scope\" is a permission of the user, not a scope", () => {
    const x = explain(
      `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"errors":[{"message":"You don't have access to this team","extensions":{"type":"forbidden","code":"FORBIDDEN","statusCode":403}}]}`,
      { providerId: "linear", now },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("a scope with a colon is named whole", () => {
    const x = explain(
      `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"errors":[{"message":"Invalid scope: \`issues:create\` required","extensions":{"type":"forbidden","code":"FORBIDDEN","statusCode":403}}]}`,
      { providerId: "linear", now },
    );
    expect(x.rule).toBe("provider.linear.invalid-scope");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["issues:create"]);
  });
});

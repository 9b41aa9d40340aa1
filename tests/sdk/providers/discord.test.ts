/**
 * Discord: the IP ban is told by its words, also when pasted as a printed object; 1015
 * only as Cloudflare's text, never a number inside JSON; guild permissions are no scope;
 * a bucket 429 keeps its wait.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("discord", () => {
  test("the ban's body as a JavaScript object (not JSON) is still the ban", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests\n\n{\n  code: 0,\n  message: "You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently."\n}`,
      { providerId: "discord" },
    );
    expect(x.rule).toBe("provider.discord.invalid-request-ban");
    expect(x.error!.retryable).toBe(false);
  });

  test("1015 inside a JSON body is no Cloudflare ban", () => {
    const x = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"message": "error code: 1015", "approximate_member_count": 1015}`, { providerId: "discord" });
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
  });

  test("a bucket rate limit keeps the generic retryable 429 and its body retry_after", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nX-RateLimit-Scope: user\n\n{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}`,
      { providerId: "discord" },
    );
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(65);
  });

  test("50013 Missing Permissions is a guild permission, not an OAuth scope", () => {
    const x = explain(`HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message": "Missing Permissions", "code": 50013}`, { providerId: "discord" });
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });
});

/**
 * Discord: the IP ban is told by its words, also when pasted as a printed object; 1015
 * only as Cloudflare's text, never a number inside JSON; guild permissions are no scope;
 * a bucket 429 keeps its wait, in milliseconds when the request URL names an API version
 * before 8 or none.
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

  describe("before API v8 the waits are milliseconds, told by the request URL", () => {
    /** A HAR entry: the one paste that carries the request URL beside raw headers. */
    const har = (url: string, headers: Record<string, string>, body: string) =>
      JSON.stringify({
        log: {
          entries: [
            {
              request: { method: "POST", url },
              response: { status: 429, statusText: "Too Many Requests", headers: Object.entries({ "content-type": "application/json", ...headers }).map(([name, value]) => ({ name, value })), content: { text: body } },
            },
          ],
        },
      });
    const body = `{"message": "You are being rate limited.", "retry_after": 1500, "global": false}`;

    test.each([
      ["a URL with no version (the default, v6)", "https://discord.com/api/webhooks/1/abc"],
      ["v6", "https://discord.com/api/v6/channels/1/messages"],
      ["v7 on the old host", "https://discordapp.com/api/v7/channels/1/messages"],
    ])("%s: Retry-After and retry_after are milliseconds", (_label, url) => {
      const fromHeader = explain(har(url, { "retry-after": "1500" }, body));
      expect(fromHeader.provider?.id).toBe("discord");
      expect(fromHeader.rule).toBe("provider.discord.wait-in-ms-before-v8");
      expect(fromHeader.error!.retryAfter).toBe(2);
      expect(fromHeader.fields.retryAfter).toBe("header retry-after");
      const fromBody = explain(har(url, {}, body));
      expect(fromBody.error!.retryAfter).toBe(2);
      expect(fromBody.fields.retryAfter).toBe("body retry_after");
      expect(fromBody.error!.retryable).toBe(true);
    });

    test.each([
      ["v8", "https://discord.com/api/v8/channels/1/messages"],
      ["v10", "https://discord.com/api/v10/channels/1/messages"],
    ])("%s: they are seconds", (_label, url) => {
      const x = explain(har(url, { "retry-after": "3" }, `{"message": "You are being rate limited.", "retry_after": 2.5, "global": false}`));
      expect(x.rule).toBe("provider.error");
      expect(x.error!.retryAfter).toBe(3);
      expect(explain(har(url, {}, `{"message": "You are being rate limited.", "retry_after": 2.5, "global": false}`)).error!.retryAfter).toBe(3);
    });

    test("without the URL the version is unknown: seconds, as today's docs say", () => {
      const x = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n${body}`, { providerId: "discord" });
      expect(x.rule).toBe("provider.error");
      expect(x.error!.retryAfter).toBe(1500);
    });

    test("the ban and the daily quota still win over the wait: neither is waited out", () => {
      const ban = explain(har("https://discord.com/api/v6/users/@me", {}, `{"code": 0, "message": "You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently."}`));
      expect(ban.rule).toBe("provider.discord.invalid-request-ban");
      const quota = explain(har("https://discord.com/api/v6/applications/1/commands", {}, `{"message": "Max number of daily application command creates has been reached (200)", "code": 30034}`));
      expect(quota.rule).toBe("provider.discord.daily-command-create-limit");
    });
  });
});

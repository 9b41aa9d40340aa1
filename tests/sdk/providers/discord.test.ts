/**
 * Discord: the IP ban is told by its words, also when pasted as a printed object; 1015
 * only as Cloudflare's text, never a number inside JSON; guild permissions are no scope;
 * a bucket 429 keeps its wait, in milliseconds when the request URL names an API version
 * before 8 or none.
 */
import { describe, expect, test } from "vitest";
import { explain, type ProviderAPIError } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

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

  describe("Java clients' printouts", () => {
    test("JDA's rate-limit warning: a retryable 429 with the wait it logged in milliseconds, and a word that JDA retries by itself", () => {
      // https://github.com/discord-jda/JDA/issues/2544
      const x = explain(paste("74-jda-rate-limit-1.txt"));
      expect(x.provider).toMatchObject({ id: "discord", evidence: "the printout of JDA's rate-limit log" });
      expect(x.input.status).toBe(429);
      expect(x.error!.retryable).toBe(true);
      expect(x.error!.retryAfter).toBe(431);
      expect(x.input.warnings.join(" ")).toMatch(/JDA waits and retries/);
      // Shaded into another plugin's package (DiscordSRV), and with no wait at all (JDA 3): still JDA's.
      // https://github.com/DiscordSRV/DiscordSRV/issues/1056
      expect(explain(paste("72-shaded-package-1.txt")).error!.retryAfter).toBe(600);
      // https://github.com/DiscordSRV/DiscordSRV/issues/719
      const old = explain("[Fri, 29. May 2020 00:04:42 EDT WARN] [JDA] Encountered 429 on route /channels/:channel_id");
      expect(old.error!.retryable).toBe(true);
      expect(old.error!.retryAfter).toBeUndefined();
    });

    test("Javacord's DiscordException: the status and Discord's own body from its message", () => {
      // https://github.com/MaFeLP/MCDC/issues/29
      const x = explain(paste("74-javacord-1.txt"));
      expect(x.provider?.id).toBe("discord");
      expect(x.rule).toBe("provider.403");
      expect((x.error as ProviderAPIError).responseBody).toEqual({ message: "Missing Permissions", code: 50013 });
      // Its 404 has no body at all: "with body !".
      expect(explain("org.javacord.api.exception.NotFoundException: Received a 404 response from Discord with body !").input.status).toBe(404);
    });

    test("Discord4J: by its package, from its 3.x ClientException and its 2.x log line", () => {
      // https://github.com/TheNumberOne/DiscordRoleKicker/issues/4
      const x = explain(paste("74-discord4j-1.txt"));
      expect(x.provider).toMatchObject({ id: "discord", evidence: "the client in the paste: discord4j.rest.http.client.ClientException" });
      expect(x.input.status).toBe(403);
      // https://github.com/Discord4J/Discord4J/issues/243
      const v2 = explain(
        "15:19:55.869: [ERROR][RequestBuffer Initial Executor][sx.blah.discord.Discord4J] - Received 403 forbidden error for url https://discordapp.com/api/channels/291065723240054785/messages. If you believe this is a Discord4J error, report this!",
      );
      expect(v2.provider?.id).toBe("discord");
      expect(v2.input.status).toBe(403);
    });
  });
});

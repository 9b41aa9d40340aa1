/**
 * Twitch: named by twitch.tv (a curl line's api.twitch.tv), its clients (twurple, TwitchLib) and its own words (Helix's
 * 401 messages beside `"error": "Unauthorized", "status": 401`, its 429's "see Rate Limits in the Twitch API documentation"); a
 * 401 "missing scope <scope>" is a scope to ask for, naming it; its dead and missing tokens stay the generic rules' answers, and a
 * 429 waits for `Ratelimit-Reset` when `Ratelimit-Remaining` is 0. Spring's 401 body, Tesla's "missing scope:" and Appwrite's are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("twitch", () => {
  test("the Twitch CLI's 401 \"missing scope\" is a scope to ask for, naming it, and names Twitch by its words", () => {
    // https://github.com/twitchdev/issues/issues/836 (the body the `twitch api` command printed)
    const x = explain(paste("197-twitch-cli-401-missing-scope-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable, (x.error as { missingScopes?: unknown }).missingScopes]).toEqual([
      "twitch",
      "body shape",
      "provider.twitch.missing-scope",
      "ScopeReauthRequiredError",
      false,
      ["moderator:read:follows"],
    ]);
  });

  test("a curl call to api.twitch.tv over the rate limit names Twitch; with its headers it waits for Ratelimit-Reset", () => {
    // https://github.com/twitchdev/issues/issues/664 (the body alone, below the curl line)
    const x = explain(paste("197-twitch-curl-429-too-many-requests-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.retryable]).toEqual(["twitch", "provider.error", true]);
    // The same answer with the headers https://dev.twitch.tv/docs/api/guide/#twitch-rate-limits documents (a spent bucket resets a minute on).
    const spent = explain(
      'HTTP/1.1 429 Too Many Requests\nRatelimit-Limit: 800\nRatelimit-Remaining: 0\nRatelimit-Reset: 1767225660\nContent-Type: application/json\n\n{"error":"Too Many Requests","status":429,"message":"The application exceeded the number of calls it may make. For details, see Rate Limits in the Twitch API documentation."}',
      { now },
    );
    expect([spent.provider?.id, spent.provider?.evidence, spent.rule, spent.error!.retryable, spent.error!.retryAfter]).toEqual(["twitch", "body shape", "provider.rate-limit-spent", true, 60]);
  });

  test("a dead or missing token stays the generic rules' answer, its body naming Twitch", () => {
    // https://github.com/mikeyaworski/Twitch-Lurker/issues/11
    const dead = explain(paste("162-twitch-invalid-oauth-token-1.txt"), { now });
    expect([dead.provider?.id, dead.rule, dead.error!.name, dead.error!.retryable]).toEqual(["twitch", "provider.401", "ProviderUnauthorizedError", false]);
    // https://github.com/chriteixeira/twitch-toolkit/issues/19
    const missing = explain(paste("162-twitch-oauth-missing-statuscodeerror-1.txt"), { now });
    expect([missing.provider?.id, missing.rule, missing.error!.retryable]).toEqual(["twitch", "provider.credential-missing", false]);
    // https://github.com/twitchdev/issues/issues/592: a 500 from a curl call to api.twitch.tv is retried.
    const down = explain(paste("162-twitch-helix-500-channels-curl-1.txt"), { now });
    expect([down.provider?.id, down.provider?.evidence, down.error!.retryable]).toEqual(["twitch", "an API call in the paste to api.twitch.tv", true]);
  });

  test("its clients name it", () => {
    // https://github.com/TwitchLib/TwitchLib/issues/483
    expect(identifyByClient("TwitchLib.Api.Core.Exceptions.BadScopeException: 'Your request was blocked due to bad credentials (Do you have the right scope for your access token?).'")?.provider.id).toBe("twitch");
    // https://app.unpkg.com/@twurple/api@8.0.3/files/lib/utils/HelixRateLimiter.js (twurple's package, as a stack frame names it)
    expect(identifyByClient("    at HelixRateLimiter.doRequest (/app/node_modules/@twurple/api/lib/utils/HelixRateLimiter.js:6:22)")?.provider.id).toBe("twitch");
  });

  test("Spring's 401 body, Tesla's \"missing scope:\" and Appwrite's role are not Twitch's", () => {
    const spring = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"timestamp":"2024-01-01T00:00:00.000+00:00","status":401,"error":"Unauthorized","message":"Invalid token","path":"/api/orders"}', { now });
    expect([spring.provider, spring.error!.name]).toEqual([undefined, "ProviderUnauthorizedError"]);
    const tesla = explain('HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"code":403,"message":"missing scope: vehicle_charging_cmds"}', { now });
    expect(tesla.provider).toBeUndefined();
    const appwrite = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"User (role: guests) missing scope (account)","code":401,"type":"general_unauthorized_scope","version":"1.4.13"}', { now });
    expect(appwrite.provider).toBeUndefined();
  });
});

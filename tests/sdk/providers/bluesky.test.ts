/**
 * Bluesky (the AT Protocol): named by its hosts (bsky.social, a self-hosted PDS's XRPC path), its clients (`atproto_client`,
 * `@atproto`, `XRPCError`) and the pairs of error name and words its servers send (`ExpiredToken` "Token has expired",
 * `RateLimitExceeded` "Rate Limit Exceeded", `AuthMissing` "Authentication Required"); its 400 `ExpiredToken` stays the generic
 * rules' dead credential, and a 429 waits for `RateLimit-Reset` (hours for a login's daily limit). slowapi's `RateLimitExceeded`
 * with its own words is not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("bluesky", () => {
  test("a login over its daily limit waits for RateLimit-Reset, hours away", () => {
    // https://github.com/Linus2punkt0/bluesky-crossposter/issues/55 (createSession, `ratelimit-policy: 100;w=86400`)
    const x = explain(paste("169-bluesky-atproto-python-429-createsession-1.txt"), { now: Date.parse("Wed, 18 Sep 2024 14:36:00 GMT") });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable, x.error!.retryAfter]).toEqual(["bluesky", "provider.bluesky.rate-limited", "ProviderAPIError", true, 13840]);
  });

  test("a 429 without headers names Bluesky by its words and is retried", () => {
    // https://github.com/potibm/phluesky/issues/40 (createSession's limit; phluesky printed the body alone)
    const x = explain(paste("197-bluesky-phluesky-429-ratelimitexceeded-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["bluesky", "body shape", "provider.bluesky.rate-limited", true, undefined]);
  });

  test("an expired session token's 400 and a call without one are credentials to replace, naming Bluesky", () => {
    // https://github.com/Preloading/TwitterAPIBridge/issues/2
    const expired = explain(paste("197-bluesky-go-bridge-400-expiredtoken-1.txt"), { now });
    expect([expired.provider?.id, expired.rule, expired.error!.name, expired.error!.retryable]).toEqual(["bluesky", "provider.token-dead-code", "ProviderUnauthorizedError", false]);
    // https://github.com/MarshalX/atproto/issues/634
    const missing = explain(paste("197-bluesky-atproto-python-401-authmissing-1.txt"), { now });
    expect([missing.provider?.id, missing.rule, missing.error!.name, missing.error!.retryable]).toEqual(["bluesky", "provider.401", "ProviderUnauthorizedError", false]);
    // https://github.com/MarshalX/atproto/issues/158: a revoked refresh token, with plenty of the rate limit left.
    const revoked = explain(paste("186-bluesky-atproto-400-expiredtoken-1.txt"), { now });
    expect([revoked.provider?.id, revoked.rule, revoked.error!.name]).toEqual(["bluesky", "provider.token-dead-code", "ProviderUnauthorizedError"]);
  });

  test("its hosts, a self-hosted PDS's XRPC path and its clients name it", () => {
    const entryway = explain('GET https://bsky.social/xrpc/app.bsky.feed.getTimeline\nHTTP/1.1 502 Bad Gateway\nContent-Type: application/json\n\n{"error":"UpstreamFailure","message":"Upstream Failure"}', { now });
    expect([entryway.provider?.id, entryway.error!.retryable]).toEqual(["bluesky", true]);
    const pds = explain("requests.exceptions.HTTPError: 413 Client Error: Payload Too Large for url: https://pds.example.com/xrpc/com.atproto.repo.createRecord", { now });
    expect([pds.provider?.id, pds.provider?.evidence]).toEqual(["bluesky", "request URL host pds.example.com, a self-hosted Bluesky (AT Protocol)'s API path"]);
    // https://github.com/milanmdev/bsky.rss/issues/14 (@atproto/xrpc's XRPCError in a stack trace)
    expect(identifyByClient("XRPCError: too many concurrent writes\n    at ServiceClient.call (/build/node_modules/@atproto/xrpc/src/client.ts:126:15)")?.provider.id).toBe("bluesky");
    expect(identifyByClient("atproto_client.exceptions.UnauthorizedError: Response(success=False, status_code=401)")?.provider.id).toBe("bluesky");
  });

  test("slowapi's RateLimitExceeded in its own words, and an XRPC-looking name alone, are not Bluesky's", () => {
    const slowapi = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"error":"RateLimitExceeded","message":"Rate limit exceeded. Try again later."}', { now });
    expect([slowapi.provider, slowapi.error!.retryable]).toEqual([undefined, true]);
    const other = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"AuthMissing","message":"Missing authorization header."}', { now });
    expect(other.provider).toBeUndefined();
  });
});

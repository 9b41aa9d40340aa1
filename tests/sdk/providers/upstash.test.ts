/**
 * Upstash: named by `*.upstash.io`, its `upstash-sync-token` header, its request limit's words with the link to its docs, and its
 * clients (`@upstash/redis`'s `UpstashError`, `upstash_redis`, QStash's); a plan's request limit is not retried, and `NOPERM` is a
 * permission the token lacks, naming the command. Its clients print no status, so their printouts are refused (spec section 11):
 * the signals decide an answer whose status is known. Redis's NOPERM from another server is not it.
 */
import { describe, expect, test } from "vitest";
import { AlterValueError, explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("upstash", () => {
  test("the daily request limit names it by its words and link, and is not retried", () => {
    // https://github.com/wotschofsky/domain-digger/issues/36 (the message UpstashError printed; the REST answer's status line and
    // `{"error"}` body added, as its REST API page gives them for a rejected command)
    const x = explain(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"ERR max daily request limit exceeded. Limit: 10000, Usage: 10001. See https://upstash.com/docs/redis/troubleshooting/max_daily_request_limit for details"}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "upstash",
      "body shape",
      "provider.upstash.request-limit",
      "ProviderAPIError",
      false,
    ]);
  });

  test("NOPERM on a database's REST endpoint is a permission the token lacks, naming the command", () => {
    // https://github.com/revokslab/waitly/issues/4 (the message UpstashError printed; the call and status line added)
    const x = explain(
      "POST https://us1-merry-cat-32748.upstash.io/evalsha\nHTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"NOPERM this user has no permissions to run the 'evalsha' command or its subcommand\"}",
      { now },
    );
    expect([x.provider?.id, x.rule, x.error!.name, (x.error as { missingScopes?: unknown }).missingScopes]).toEqual([
      "upstash",
      "provider.upstash.noperm",
      "ScopeReauthRequiredError",
      ["evalsha"],
    ]);
    // Its REST answers' sync-token header names it too (https://github.com/upstash/redis-js, packages/redis/pkg/http.ts)
    const header = explain("HTTP/1.1 401 Unauthorized\nupstash-sync-token: 1a2b3c\nContent-Type: application/json\n\n{\"error\":\"WRONGPASS invalid or missing auth token\"}", { now });
    expect([header.provider?.id, header.provider?.evidence, header.rule, header.error!.name]).toEqual(["upstash", "header upstash-sync-token", "provider.401", "ProviderUnauthorizedError"]);
  });

  test("its clients' printouts state no status, and are refused", () => {
    // https://github.com/upstash/redis-js/issues/21 and https://github.com/revokslab/waitly/issues/4
    expect(() => explain(paste("199-upstash-redis-js-max-daily-request-limit-1.txt"), { now })).toThrow(AlterValueError);
    expect(() => explain(paste("199-upstash-redis-noperm-evalsha-1.txt"), { now })).toThrow(AlterValueError);
    // Its clients are named when a paste does state a status
    expect(identifyByClient("UpstashError: ERR max daily request limit exceeded\n    at HttpClient.request (node_modules/@upstash/redis/esm/pkg/http.js:101:19)")?.provider.id).toBe("upstash");
    expect(identifyByClient("upstash_redis.errors.UpstashError: NOPERM this user has no permissions")?.provider.id).toBe("upstash");
  });

  test("Redis's NOPERM from another server and a Vercel KV limit are not named Upstash", () => {
    // Constructed: the same Redis words from a self-hosted REST proxy
    const other = explain("HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"NOPERM this user has no permissions to run the 'set' command\"}", { now });
    expect([other.provider, other.rule]).toEqual([undefined, "provider.error"]);
    // https://github.com/harlan-zw/requestindexing.com/issues/2 (Vercel KV's copy links Vercel's docs; status line added)
    const kv = explain(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"ERR max daily request limit exceeded. Limit: 3000, Usage: 3000. See https://vercel.com/docs/storage/vercel-kv/vercel-kv-error-codes for details"}',
      { now },
    );
    expect(kv.provider).toBeUndefined();
  });
});

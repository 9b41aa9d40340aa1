/**
 * Binance: its 418 is an IP ban that ends at the time its message names, and its 403 its firewall's block; both pass.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("binance", () => {
  test("the 418 ban waits until the time its message names, from the response's Date", () => {
    const banned = 'HTTP/1.1 418 I\'m a teapot\nDate: Tue, 27 Feb 2018 10:16:29 GMT\nx-mbx-used-weight-1m: 2400\nContent-Type: application/json\n\n{"code":-1003,"msg":"Way too many requests; IP banned until 1519726649240. Please use the websocket for live updates to avoid bans."}';
    const x = explain(banned);
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["binance", "header x-mbx-used-weight-1m", "provider.binance.ip-banned", true, 61]); // 10:17:29.240 less 10:16:29, rounded up
    // Its Retry-After, when sent, is read first.
    expect(explain(banned.replace("Content-Type", "Retry-After: 120\nContent-Type")).error!.retryAfter).toBe(120);
  });

  test("its firewall's 403 passes; another API's 403 does not", () => {
    const blocked = "HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<TITLE>ERROR: The request could not be satisfied</TITLE>\nRequest blocked.";
    expect([explain(blocked, { providerId: "binance" }).rule, explain(blocked, { providerId: "binance" }).error!.retryable]).toEqual(["provider.binance.waf-limit", true]);
    expect(explain(blocked).error!.retryable).toBe(false);
  });

  test("a 429 is the generic rule's, retried after its Retry-After", () => {
    const x = explain('HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nx-mbx-used-weight-1m: 1201\n\n{"code":-1003,"msg":"Too many requests; current limit is 1200 requests per minute."}');
    expect([x.provider?.id, x.rule, x.error!.retryAfter]).toEqual(["binance", "provider.error", 30]);
  });
});

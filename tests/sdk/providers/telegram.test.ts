/**
 * The Telegram Bot API: its body names it, and a flood wait's seconds are in the body, not a header.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("telegram", () => {
  test("a flood wait waits parameters.retry_after, else the seconds its description states", () => {
    const body = '{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 12","parameters":{"retry_after":12}}';
    const x = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n${body}`, { now });
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["telegram", "provider.telegram.flood-wait", true, 12]);
    // https://github.com/hdghg/cjbot/issues/13: clj-http's map of the response, the description alone.
    const words = explain('{:status 429, :body "{\\"ok\\":false,\\"error_code\\":429,\\"description\\":\\"Too Many Requests: retry after 3\\"}"}');
    expect([words.input.status, words.error!.retryAfter]).toEqual([429, 3]);
  });

  test("a dead bot token is the generic 401; a bot the user blocked is a ProviderAPIError not to retry, its token fine", () => {
    const dead = explain('HTTP/1.1 401 Unauthorized\n\n{"ok":false,"error_code":401,"description":"Unauthorized"}', { now });
    expect([dead.provider?.id, dead.rule]).toEqual(["telegram", "provider.401"]);
    const blocked = explain('HTTP/1.1 403 Forbidden\n\n{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}', { now });
    expect([blocked.rule, blocked.error!.name, blocked.error!.retryable]).toEqual(["provider.telegram.chat-refused", "ProviderAPIError", false]);
  });

  test("Slack's ok:false body, with an error string and no error_code, stays Slack's", () => {
    expect(explain('HTTP/1.1 200 OK\n\n{"ok":false,"error":"ratelimited"}', { now }).provider?.id).toBe("slack");
  });
});

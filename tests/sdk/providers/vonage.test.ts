/**
 * Vonage: the SMS API's 200 OK is a failure when a message's status is not "0"; the status says which.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const sms = (messages: Record<string, string>[], opts?: { providerId?: string }) =>
  explain(`HTTP/1.1 200 OK\nContent-Type: application/json\n\n${JSON.stringify({ "message-count": String(messages.length), messages })}`, opts);

describe("vonage", () => {
  test("status 4 is a dead credential, named by the body's shape alone", () => {
    const x = sms([{ status: "4", "error-text": "Bad Credentials" }]);
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable, x.error!.message]).toEqual([
      "vonage", "provider.vonage.sms-invalid-credentials", "ProviderUnauthorizedError", false, "Vonage answered HTTP 200 OK: Bad Credentials",
    ]);
  });

  test("throttled waits the milliseconds its error text names, rounded up to seconds; an internal error is retried with no wait", () => {
    const throttled = sms([{ status: "1", "error-text": "Throughput Rate Exceeded - please wait [ 1978 ] and retry" }]);
    expect([throttled.rule, throttled.error!.retryable, throttled.error!.retryAfter]).toEqual(["provider.vonage.sms-retryable", true, 2]);
    const internal = sms([{ status: "5", "error-text": "Internal Error" }]);
    expect([internal.rule, internal.error!.retryable, internal.error!.retryAfter]).toEqual(["provider.vonage.sms-retryable", true, undefined]);
  });

  test("any other status is the request's or the account's to fix; status 0 is a success", () => {
    for (const status of ["2", "9", "29"]) expect([sms([{ status, "error-text": "x" }]).rule, sms([{ status }]).error!.retryable]).toEqual(["provider.vonage.sms-rejected", false]);
    expect(sms([{ status: "0", "message-id": "0C000000217B7F02" }]).error).toBeNull();
  });

  test("a list of messages without message-count is not the SMS API's", () => {
    expect(explain('HTTP/1.1 200 OK\n\n{"messages":[{"status":"4"}]}').provider).toBeUndefined();
  });
});

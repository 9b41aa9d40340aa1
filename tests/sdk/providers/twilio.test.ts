/**
 * Twilio: its error's `code` says more than the status (20003 a credential, 20429 a concurrency limit that is safe to retry,
 * 63038 and 60203 limits no backoff ends); `Twilio-Request-Id` is the id to quote.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const body = (code: number, status: number, message = "x") =>
  JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
const http = (status: number, reason: string, text: string, headers = "") => `HTTP/1.1 ${status} ${reason}\nContent-Type: application/json\n${headers}\n${text}`;

describe("twilio", () => {
  // The headers of a real 400 a keploy recording kept (https://github.com/keploy/docs, quickstart/python-fastapi-twilio.md).
  const recorded = "Twilio-Concurrent-Requests: 1\nTwilio-Request-Duration: 0.080\nTwilio-Request-Id: RQb54d7f05d29e83bc89889cc136bcd99d\nX-Api-Domain: api.twilio.com\nX-Powered-By: AT-5000\n";

  test("its headers name it and give the request id; a 400 is the request's to fix", () => {
    const x = explain(http(400, "Bad Request", body(21608, 400, "The number +917000XXXX is unverified. Trial accounts cannot send messages to unverified numbers"), recorded));
    expect([x.provider?.id, x.provider?.evidence, x.error!.requestId, x.rule, x.error!.retryable]).toEqual([
      "twilio", "header Twilio-Concurrent-Requests", "RQb54d7f05d29e83bc89889cc136bcd99d", "provider.error", false,
    ]);
  });

  test("its body's link to its error page names it without headers", () => {
    expect(explain(http(404, "Not Found", body(20404, 404))).provider?.id).toBe("twilio");
    expect(explain(http(404, "Not Found", JSON.stringify({ code: 20404, message: "x", more_info: "https://example.com/docs/errors/20404" }))).provider).toBeUndefined();
  });

  test("20003 is a credential rejected, by its code or by its message printed alone", () => {
    expect([explain(http(401, "Unauthorized", body(20003, 401, "Authenticate"))).rule]).toEqual(["provider.twilio.authenticate"]);
    const printed = explain("RestException [Error]: Authenticate\n    at success (/app/node_modules/twilio/lib/base/Version.js:79:23) {\n  status: 401,\n  code: 20003,\n  moreInfo: 'https://www.twilio.com/docs/errors/20003'\n}");
    expect([printed.provider?.id, printed.rule, printed.error!.name]).toEqual(["twilio", "provider.twilio.authenticate", "ProviderUnauthorizedError"]);
  });

  test("20429 is retried; 63038 and 60203 are 429s no backoff ends", () => {
    const busy = explain(http(429, "Too Many Requests", body(20429, 429, "Too Many Requests")));
    expect([busy.rule, busy.error!.retryable]).toEqual(["provider.twilio.concurrency-limit", true]);
    for (const code of [63038, 60203]) {
      const x = explain(http(429, "Too Many Requests", body(code, 429)));
      expect([x.rule, x.error!.retryable], String(code)).toEqual(["provider.twilio.daily-limit", false]);
    }
  });
});

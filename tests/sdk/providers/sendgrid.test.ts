/**
 * SendGrid: its words say which 401 is a key rejected and which the plan's credits spent; a 403 "access forbidden" is a key
 * without a permission; it sends no request id.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const errors = (message: string, field: string | null = null) => JSON.stringify({ errors: [{ message, field, help: null }] });
const http = (status: number, reason: string, text: string, headers = "") => `HTTP/1.1 ${status} ${reason}\nServer: nginx\nContent-Type: application/json\n${headers}\n${text}`;

describe("sendgrid", () => {
  test("its words for a rejected key name it and are a dead credential", () => {
    const x = explain(http(401, "Unauthorized", errors("The provided authorization grant is invalid, expired, or revoked")));
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.requestId]).toEqual(["sendgrid", "body shape", "provider.sendgrid.key-rejected", "ProviderUnauthorizedError", undefined]);
  });

  test("spent credits are a 401 no new key fixes, and no retry", () => {
    const x = explain(http(401, "Unauthorized", errors("Maximum credits exceeded")), { providerId: "sendgrid" });
    expect([x.rule, x.error!.name, x.error!.retryable]).toEqual(["provider.sendgrid.credits-exceeded", "ProviderAPIError", false]);
  });

  test("'access forbidden' is a key without a permission; a sender it will not send from is a plain 403", () => {
    expect(explain(http(403, "Forbidden", errors("access forbidden")), { providerId: "sendgrid" }).error!.name).toBe("ScopeReauthRequiredError");
    const sender = explain(http(403, "Forbidden", errors("The from address does not match a verified Sender Identity.", "from")), { providerId: "sendgrid" });
    expect([sender.rule, sender.error!.name]).toEqual(["provider.403", "ProviderAPIError"]);
  });

  test("its 429 waits until the Unix time its X-RateLimit-Reset gives, from the response's Date", () => {
    const headers = "Date: Mon, 17 Feb 2014 13:04:23 GMT\nX-RateLimit-Limit: 150\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1392642283\n";
    const x = explain(http(429, "TOO MANY REQUESTS", JSON.stringify({ errors: [{ field: null, message: "too many requests" }] }), headers), { providerId: "sendgrid" });
    expect([x.error!.retryable, x.error!.retryAfter]).toEqual([true, 20]);
  });

  test("a sendgrid-php Response dumped by var_dump reads with its status, body and headers", () => {
    const dump = 'object(SendGrid\\Response)#12 (3) {\n["statusCode":protected]=>\nint(401)\n["body":protected]=>\nstring(76) "{"errors":[{"message":"Maximum credits exceeded","field":null,"help":null}]}"\n["headers":protected]=>\narray(2) {\n[0]=>\nstring(25) "HTTP/1.1 401 Unauthorized"\n[1]=>\nstring(13) "Server: nginx"\n}\n}';
    const x = explain(dump);
    expect([x.input.status, x.input.headers, x.provider?.id, x.rule]).toEqual([401, [["Server", "nginx"]], "sendgrid", "provider.sendgrid.credits-exceeded"]);
  });
});

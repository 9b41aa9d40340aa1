/**
 * Zendesk: only the "missing the following required scopes" 403 is a scope, and its
 * headers identify it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("zendesk", () => {
  test("several scopes are split on commas", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"Forbidden","description":"You are missing the following required scopes: tickets:read, users:read"}`,
      { providerId: "zendesk", now },
    );
    expect(x.rule).toBe("provider.zendesk.missing-required-scopes");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["tickets:read", "users:read"]);
  });

  test("another 403 is not a scope", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"Forbidden","description":"You do not have access to this page. Please contact the account owner of this help desk for further help."}`,
      { providerId: "zendesk", now },
    );
    expect(x.rule).toBe("provider.403");
  });

  test("a plain-text 429 is identified by its headers and waits Retry-After", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: text/plain
retry-after: 1
x-rate-limit: 700
x-rate-limit-remaining: 0
x-zendesk-origin-server: classic-app-server-7476444d4-q4p2z
X-Zendesk-Zorg: yes

Number of allowed API requests per minute exceeded`,
      { now },
    );
    expect(x.provider?.id).toBe("zendesk");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(1);
  });

  test("ZendeskApi_v2's exception with the headers logged below it, past its own line: Zendesk, with the request id once", () => {
    const x = explain(paste("58-dotnet-headers-below-1.txt"));
    expect(x.provider).toEqual({ id: "zendesk", name: "Zendesk", evidence: "header X-Zendesk-Origin-Server" });
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    // .NET prints a header sent twice as "id, id".
    expect(x.error!.requestId).toBe("6200fe63e9800cad-EWR");
    expect(x.input.headers.map(([name]) => name)).toEqual(["Date", "Connection", "Set-Cookie", "WWW-Authenticate", "Strict-Transport-Security", "Cache-Control", "X-Zendesk-Origin-Server", "X-Request-ID", "X-Runtime", "X-Zendesk-Zorg", "CF-Cache-Status", "cf-request-id"]);
    expect(x.input.warnings.join(" ")).not.toMatch(/No headers/);
  });

  test("one header-like line below a body is no header block", () => {
    const x = explain('Error: 401 {"error":"Couldn\'t authenticate you"}\nNote: retried twice', { providerId: "zendesk" });
    expect(x.input.headers).toEqual([]);
  });
});

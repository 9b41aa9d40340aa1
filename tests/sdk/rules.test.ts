import { describe, test, expect, afterAll } from "vitest";
import {
  API_ORIGIN,
  AlterValueError,
  ERROR_CLASSES,
  MAPPING_RULES,
  RETRY_RULES,
  RULES,
  errorFromResponse,
  explain,
  rulesProducing,
  type AlterSDKError,
  type ErrorName,
  type Explanation,
  type MapOptions,
  type ScopeReauthRequiredError,
  type ProviderAPIError,
  type PolicyViolationError,
} from "../../sdk/src/docs.js";

// ------------------------------------------------------------------ coverage bookkeeping

/** Every rule id some test below saw decide (the deciding rule, the matched source rule, the retry rule). */
const covered = new Set<string>();

function run(text: string, opts?: MapOptions): Explanation {
  const e = explain(text, opts);
  covered.add(e.rule);
  for (const step of e.trace) if (step.matched) covered.add(step.rule);
  if (e.error) covered.add(e.fields.retryable!.replace(/^rule /, ""));
  return e;
}

type Headers = [string, string][];
/** A raw HTTP/1.1 response. */
const http = (status: number, headers: Headers = [], body = "") =>
  `HTTP/1.1 ${status} X\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join("")}\r\n${body}`;
/** A response object (format json-wrapper). */
const wrap = (status: number, headers: Headers, body: unknown, extra: { url?: string; method?: string } = {}) =>
  JSON.stringify({ status, headers, body, ...extra });
const JSON_H: Headers = [["Content-Type", "application/json"]];
const envelope = (code: string, details: Record<string, unknown> = {}) => JSON.stringify({ error: { code, message: `m ${code}`, details } });

/** Expect `e` to be decided by `rule`, with class `name` (null: no error). */
function expectRule(e: Explanation, rule: string, name: ErrorName | null): AlterSDKError | null {
  expect(e.rule).toBe(rule);
  if (name === null) expect(e.error).toBeNull();
  else {
    expect(e.error).toBeInstanceOf(ERROR_CLASSES[name]);
    expect(e.error!.name).toBe(name);
  }
  return e.error;
}

// ------------------------------------------------------------------ section 11: a logged SDK error

describe("logged (section 11)", () => {
  test("logged.sdk-error: JSON.stringify(err) reads back as the same class with the same typed fields", () => {
    const original = errorFromResponse(
      { status: 403, headers: { "x-request-id": "req_9", "retry-after": "12" }, body: { error: { code: "insufficient_scope", details: { required: ["agents:write", "audit:read"], granted: ["agents:write"], scope_version: 2 } } } },
      { grantId: "gr_1" },
    )!;
    const e = run(JSON.stringify(original));
    const back = expectRule(e, "logged.sdk-error", original.name as ErrorName)!;
    expect(e.source).toBe("logged");
    expect(e.input.format).toBe("sdk-error");
    expect(back.message).toBe(original.message);
    expect(back.requestId).toBe("req_9");
    expect(back.retryAfter).toBe(12);
    expect(back.retryable).toBe(original.retryable);
    expect(back.toJSON()).toEqual(original.toJSON());
  });
});

// ------------------------------------------------------------------ section 6: network

describe("network (section 6)", () => {
  test("network.timeout: a pasted timeout is a TimeoutError", () => {
    expectRule(run("curl: (28) Operation timed out after 30002 milliseconds with 0 bytes received"), "network.timeout", "TimeoutError");
    expectRule(run("TypeError: fetch failed\n  [cause]: HeadersTimeoutError: Headers Timeout Error { code: 'UND_ERR_HEADERS_TIMEOUT' }"), "network.timeout", "TimeoutError");
  });

  test("network.failure: any other pasted failure is a NetworkError", () => {
    expectRule(run("TypeError: fetch failed\n  [cause]: Error: connect ECONNREFUSED 127.0.0.1:443"), "network.failure", "NetworkError");
    expectRule(run("TypeError: Failed to fetch"), "network.failure", "NetworkError");
  });

  test("network rules map the same whatever the source", () => {
    for (const source of ["auto", "backend", "provider"] as const) {
      expectRule(run("curl: (7) Failed to connect to api.alterauth.com port 443", { source }), "network.failure", "NetworkError");
      expectRule(run("Error: connect ETIMEDOUT 10.1.2.3:443", { source }), "network.timeout", "TimeoutError");
    }
  });

  test("a HAR entry that got no response (status 0) is a network failure", () => {
    const har = JSON.stringify({
      log: { entries: [{ request: { method: "GET", url: `${API_ORIGIN}/v1/grants` }, response: { status: 0, headers: [], content: {}, _error: "net::ERR_CONNECTION_REFUSED" } }] },
    });
    expectRule(run(har), "network.failure", "NetworkError");
  });
});

// ------------------------------------------------------------------ section 7: polls

describe("poll results (section 7)", () => {
  test.each([
    ["denied", "poll.connect.denied", "ConnectDeniedError"],
    ["error", "poll.connect.error", "ConnectConfigError"],
    ["expired", "poll.connect.expired", "ConnectTimeoutError"],
  ] as const)("a Connect poll with status %s → %s", (status, rule, name) => {
    const err = expectRule(run(JSON.stringify({ session_id: "cs_1", status, error: { code: "x", message: `Connect said ${status}` } })), rule, name)!;
    expect(err.message).toBe(`Connect said ${status}`);
    expect(err.details.session_id).toBe("cs_1");
  });

  test.each(["pending", "completed"])("a Connect poll with status %s is no error", (status) => {
    expectRule(run(JSON.stringify({ session_id: "cs_1", status })), "poll.connect.ok", null);
  });

  test.each([
    ["denied", "poll.approval.denied", "ApprovalDeniedError"],
    ["expired", "poll.approval.expired", "ApprovalExpiredError"],
    ["execution_failed", "poll.approval.execution-failed", "ApprovalExecutionFailedError"],
  ] as const)("an approval poll with status %s → %s, with approvalId", (status, rule, name) => {
    const err = expectRule(run(JSON.stringify({ approval_id: "apr_1", status, reason: `Because ${status}`, execution: null })), rule, name)!;
    expect((err as unknown as { approvalId: string }).approvalId).toBe("apr_1");
    expect(err.message).toBe(`Because ${status}`);
  });

  test.each(["pending", "approved"])("an approval poll with status %s is no error", (status) => {
    expectRule(run(JSON.stringify({ approval_id: "apr_1", status })), "poll.approval.ok", null);
  });

  test("the message: error.message, else reason, else a sentence of the SDK's own", () => {
    const both = run(JSON.stringify({ approval_id: "a", status: "denied", reason: "r", error: { message: "m" } })).error!;
    expect(both.message).toBe("m");
    const none = run(JSON.stringify({ session_id: "s", status: "expired" })).error!;
    expect(none.message.trim().length).toBeGreaterThan(10);
  });

  test("status alone decides the class, not error.code", () => {
    expectRule(run(JSON.stringify({ session_id: "cs_1", status: "denied", error: { code: "redirect_uri_mismatch", message: "x" } })), "poll.connect.denied", "ConnectDeniedError");
    expectRule(run(JSON.stringify({ session_id: "cs_1", status: "error", error: { code: "access_denied", message: "x" } })), "poll.connect.error", "ConnectConfigError");
  });

  test("a poll body inside a 2xx response is still a poll result, whatever the source", () => {
    for (const source of ["auto", "backend", "provider"] as const) {
      expectRule(run(wrap(200, JSON_H, { approval_id: "apr_1", status: "expired" }), { source }), "poll.approval.expired", "ApprovalExpiredError");
      expectRule(run(http(200, JSON_H, JSON.stringify({ session_id: "cs_1", status: "completed" })), { source }), "poll.connect.ok", null);
    }
  });

  test("a poll body inside a 4xx response is not a poll: the response's rules apply", () => {
    const e = run(wrap(400, JSON_H, { session_id: "cs_1", status: "denied" }));
    expect(e.rule).not.toMatch(/^poll\./);
    expectRule(e, "provider.error", "ProviderAPIError");
    expect(e.trace.some((s) => s.rule.startsWith("poll."))).toBe(false);
    expectRule(run(wrap(403, JSON_H, { approval_id: "apr_1", status: "denied" }), { source: "backend" }), "backend.fallback", "BackendError");
    expectRule(run(http(500, JSON_H, JSON.stringify({ approval_id: "apr_1", status: "execution_failed" }))), "provider.error", "ProviderAPIError");
  });

  test("only a string id with a status of the right kind makes a poll", () => {
    // An approval status on a Connect poll, or an id that is not a string: not a poll (a bare body without status is refused).
    expect(() => explain(JSON.stringify({ session_id: "cs_1", status: "approved" }))).toThrow(AlterValueError);
    expect(() => explain(JSON.stringify({ approval_id: "a", status: "completed" }))).toThrow(AlterValueError);
    expect(() => explain(JSON.stringify({ session_id: 12, status: "denied" }))).toThrow(AlterValueError);
    expectRule(run(wrap(200, JSON_H, { session_id: 12, status: "denied" })), "provider.success", null);
  });
});

// ------------------------------------------------------------------ section 12: source detection

describe("source detection (section 12)", () => {
  test("source.backend-code: a known code in the envelope is the backend", () => {
    const e = run(http(401, JSON_H, envelope("grant_expired")));
    expectRule(e, "backend.code", "GrantExpiredError");
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.backend-code", matched: true }));
    expect(e.source).toBe("backend");
    expect(e.sourceFromOptions).toBe(false);
  });

  test("source.backend-code: a problem+json whose code is known is the backend", () => {
    const body = JSON.stringify({ type: "about:blank", title: "Gone", detail: "Grant deleted", code: "grant_deleted" });
    const e = run(http(410, [["Content-Type", "application/problem+json"]], body));
    expectRule(e, "backend.code", "GrantDeletedError");
    expect(e.error!.message).toBe("Grant deleted");
  });

  test("Microsoft Graph's own envelope is a provider response", () => {
    const body = JSON.stringify({
      error: {
        code: "InvalidAuthenticationToken",
        message: "Access token has expired or is not yet valid.",
        innerError: { date: "2025-01-14T09:12:44", "request-id": "8f1c2b3d-4e5f-6071-8293-a4b5c6d7e8f9", "client-request-id": "8f1c2b3d-4e5f-6071-8293-a4b5c6d7e8f9" },
      },
    });
    const e = run(http(401, [["Content-Type", "application/json"], ["request-id", "8f1c2b3d-4e5f-6071-8293-a4b5c6d7e8f9"]], body), { providerId: "microsoft" });
    expect(e.error!.name).toBe("ProviderUnauthorizedError");
    expect(e.source).toBe("provider");
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-named", matched: true, note: "microsoft" }));
    expect(e.provider).toEqual({ id: "microsoft", name: "Microsoft Graph", evidence: "opts.providerId" });
    // Unnamed, Graph's innerError (its own request-id) names it by body shape; without that, its code
    // is no backend code either: a provider response all the same.
    const unnamed = run(http(401, [["Content-Type", "application/json"]], body));
    expect(unnamed.source).toBe("provider");
    expect(unnamed.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-fingerprint", matched: true, note: "body shape" }));
    const bare = run(http(401, [["Content-Type", "application/json"]], JSON.stringify({ error: { code: "InvalidAuthenticationToken", message: "Access token has expired or is not yet valid." } })));
    expect(bare.source).toBe("provider");
    expect(bare.trace).toContainEqual(expect.objectContaining({ rule: "source.provider", matched: true }));
  });

  test("source.provider-named: a providerId naming a known provider wins over a backend code's name (spec section 12)", () => {
    const body = JSON.stringify({ error: { message: "Rate limit reached for gpt-4o", type: "requests", code: "rate_limit_exceeded" } });
    const named = run(http(429, [["Content-Type", "application/json"]], body), { providerId: "openai" });
    expect(named.source).toBe("provider");
    expect(named.error!.name).toBe("ProviderAPIError");
    expect(named.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-named", matched: true }));
    // An alias names it too; an unknown providerId does not, and the backend's code then decides.
    expect(run(http(429, [["Content-Type", "application/json"]], body), { providerId: "twitter" }).provider?.id).toBe("x");
    const unknown = run(http(429, [["Content-Type", "application/json"]], body), { providerId: "acme" });
    expect(unknown.source).toBe("backend");
    expect(unknown.error!.name).toBe("PolicyViolationError");
    expect(unknown.provider).toBeUndefined();
  });

  test("source.provider-fingerprint: a header only one provider sends means a provider response", () => {
    const body = JSON.stringify({ error: { code: "validation_error", message: "x" } });
    const e = run(http(422, [["Content-Type", "application/json"], ["X-GitHub-Request-Id", "A:B"]], body));
    expect(e.source).toBe("provider");
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-fingerprint", matched: true, note: "header X-GitHub-Request-Id" }));
    expect(e.provider).toEqual({ id: "github", name: "GitHub", evidence: "header X-GitHub-Request-Id" });
    expect(e.fields.providerId).toBeUndefined(); // ProviderAPIError has no providerId field
    expect(e.error!.details.provider_id).toBe("github");
    expect(e.error!.details.code).toBeUndefined();
    expect((e.error as ProviderAPIError).responseBody).toEqual(JSON.parse(body));
  });

  test("source.provider-client: what a provider's client printed is a provider's response, though it names no provider", () => {
    // openai-python calls every OpenAI-compatible API: it names none, and the body's code is one of the backend's.
    const e = run("openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit exceeded', 'code': 'rate_limit_exceeded'}}");
    expect(e.source).toBe("provider");
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-client", matched: true, note: "openai-python" }));
    expect(e.provider).toBeUndefined();
    expect(e.error!.name).toBe("ProviderAPIError");
  });

  test("a provider that uses one of the backend's codes (validation_error) is read as the backend under auto", () => {
    const body = JSON.stringify({ error: { code: "validation_error", message: "email is invalid", details: { fields: { email: "is invalid" } } } });
    const e = run(http(422, JSON_H, body));
    const err = expectRule(e, "backend.code", "AlterValueError") as AlterValueError;
    expect(e.source).toBe("backend");
    expect(err.fields).toEqual({ email: ["is invalid"] });
    // Choosing the provider source reads it as the provider's.
    const p = run(http(422, JSON_H, body), { source: "provider" });
    expectRule(p, "provider.error", "ProviderAPIError");
    expect(p.sourceFromOptions).toBe(true);
  });

  test("rate_limit_exceeded from a provider is read as the backend under auto", () => {
    const e = run(http(429, JSON_H, JSON.stringify({ error: { code: "rate_limit_exceeded", message: "slow down" } })));
    expectRule(e, "backend.code", "PolicyViolationError");
  });

  test("source.option: source backend accepts a bare envelope with an unknown code", () => {
    const e = run(JSON.stringify({ error: { code: "brand_new_code", message: "From the future" } }), { source: "backend" });
    const err = expectRule(e, "backend.unknown-code", "BackendError")!;
    expect(err.details.code).toBe("brand_new_code");
    expect(err.details.sdk_reason).toBe("unknown_code");
    expect(e.sourceFromOptions).toBe(true);
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.option", matched: true }));
  });

  test("without source backend, a bare envelope with an unknown code is refused (no status)", () => {
    expect(() => explain(JSON.stringify({ error: { code: "brand_new_code" } }))).toThrow(AlterValueError);
  });

  test("source.option: source provider with a bare body and no status is an AlterValueError asking for the status line", () => {
    for (const body of [envelope("grant_expired"), JSON.stringify({ ok: false, error: "invalid_auth" }), JSON.stringify({ error: { message: "x" } })]) {
      let err: unknown;
      try {
        explain(body, { source: "provider" });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AlterValueError);
      expect((err as Error).message).toMatch(/status/i);
    }
    expect(() => errorFromResponse({ body: { error: { code: "grant_expired" } } }, { source: "provider" })).toThrow(AlterValueError);
  });

  test("errorFromResponse with source provider and a bare Slack body (no status) is an AlterValueError too", () => {
    expect(() => errorFromResponse({ body: { ok: false, error: "invalid_auth" } }, { source: "provider" })).toThrow(AlterValueError);
    expect(() => errorFromResponse({ body: { ok: true } }, { source: "provider", providerId: "slack" })).toThrow(AlterValueError);
  });

  test("source provider still reads poll results and network texts without a status", () => {
    expectRule(run(JSON.stringify({ session_id: "cs_1", status: "denied" }), { source: "provider" }), "poll.connect.denied", "ConnectDeniedError");
  });

  test("source.api-origin: a HAR whose request URL is on API_ORIGIN is the backend", () => {
    const har = JSON.stringify({
      log: {
        entries: [
          { request: { method: "GET", url: `${API_ORIGIN}/v1/ok` }, response: { status: 200, headers: [], content: { text: "{}" } } },
          {
            request: { method: "POST", url: `${API_ORIGIN}/v1/proxy/request` },
            response: { status: 502, headers: [{ name: "Content-Type", value: "text/html" }], content: { mimeType: "text/html", text: "<html>bad gateway</html>" } },
          },
        ],
      },
    });
    const e = run(har);
    const err = expectRule(e, "backend.non-json", "BackendError")!;
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.api-origin", matched: true }));
    expect(err.details.url).toBe(`${API_ORIGIN}/v1/proxy/request`);
    expect(err.details.method).toBe("POST");
    expect(err.details.raw_body).toBe("<html>bad gateway</html>");
  });

  test("source.api-origin: a response object with a url on API_ORIGIN is the backend", () => {
    const e = run(wrap(404, JSON_H, { error: { code: "not_a_known_code", message: "x" } }, { url: `${API_ORIGIN}/v1/thing`, method: "GET" }));
    expectRule(e, "backend.unknown-code", "BackendError");
    const root = run(wrap(500, [], "", { url: API_ORIGIN }));
    expect(root.source).toBe("backend");
  });

  test("a URL on API_ORIGIN written with another host case or the default port is the backend (same origin)", () => {
    const host = new URL(API_ORIGIN).host;
    for (const url of [API_ORIGIN.replace(host, host.toUpperCase()) + "/v1/x", `${API_ORIGIN}:443/v1/x`]) {
      expect(new URL(url).origin).toBe(API_ORIGIN);
      expect(run(wrap(500, [], "x", { url })).source, url).toBe("backend");
    }
  });

  test("a URL that merely starts like API_ORIGIN is not the backend", () => {
    for (const url of [`${API_ORIGIN}.evil.example/v1`, `${API_ORIGIN}@evil.example/v1`, `${API_ORIGIN}:8443/v1`.replace("https", "http"), "https://example.com/?next=" + API_ORIGIN]) {
      const e = run(wrap(500, [], "oops", { url }));
      expect(e.source, url).toBe("provider");
    }
  });

  test("source.provider: anything else is the provider's (an unknown code without source backend)", () => {
    const e = run(http(500, JSON_H, JSON.stringify({ error: { code: "internal_error", message: "boom" } })));
    expectRule(e, "provider.error", "ProviderAPIError");
    expect(e.trace).toContainEqual(expect.objectContaining({ rule: "source.provider", matched: true }));
  });

  test("source provider on a response carrying a backend code reads it with the provider rules", () => {
    expectRule(run(http(401, JSON_H, envelope("grant_expired")), { source: "provider" }), "provider.401", "ProviderUnauthorizedError");
  });
});

// ------------------------------------------------------------------ section 4: the backend

describe("backend rules (section 4)", () => {
  const B: MapOptions = { source: "backend" };

  test("backend.success: a status below 400 is no error", () => {
    expectRule(run(http(200, JSON_H, envelope("grant_expired"))), "backend.success", null);
    expectRule(run(http(204), B), "backend.success", null);
    expectRule(run(http(302, [["Location", "/x"]]), B), "backend.success", null);
  });

  test("backend.code: a known code decides", () => {
    expectRule(run(http(401, JSON_H, envelope("grant_revoked", { grant_id: "gr_1" }))), "backend.code", "GrantRevokedError");
  });

  test("a bare body is mapped by its code: no status rule applies", () => {
    const err = expectRule(run(envelope("token_refresh_in_progress")), "backend.code", "TokenRefreshInProgressError")!;
    expect(err.details).not.toHaveProperty("status_code");
    const noCode = errorFromResponse({ headers: JSON_H, body: { error: { message: "no code" } } }, B)!;
    expect(noCode.name).toBe("BackendError");
    expect(noCode.details).not.toHaveProperty("status_code");
    expect(noCode.details).not.toHaveProperty("sdk_reason");
  });

  describe("when the code does not decide, in order", () => {
    test("1. backend.unknown-code: a plain BackendError with details.code and sdk_reason, never an exception", () => {
      const err = expectRule(run(http(400, JSON_H, envelope("shiny_new_thing", { x: 1 })), B), "backend.unknown-code", "BackendError")!;
      expect(Object.getPrototypeOf(err)).toBe(ERROR_CLASSES.BackendError.prototype);
      expect(err.details.code).toBe("shiny_new_thing");
      expect(err.details.sdk_reason).toBe("unknown_code");
      expect(err.details.x).toBe(1);
      expect(err.retryable).toBe(false);
    });

    test("1 before 2 and 3: an unknown code with status 429, 408 or 504 is still unknown_code", () => {
      for (const status of [429, 408, 504]) {
        const err = expectRule(run(http(status, JSON_H, envelope("shiny_new_thing")), B), "backend.unknown-code", "BackendError")!;
        expect(err.details.sdk_reason).toBe("unknown_code");
      }
    });

    test("an unknown code with a 5xx is retryable (a plain BackendError with status 500 or more)", () => {
      const err = run(http(503, JSON_H, envelope("maintenance")), B).error!;
      expect(err.retryable).toBe(true);
    });

    test("2. backend.no-code.429: PolicyViolationError with policyError rate_limit_exceeded, whatever the body", () => {
      for (const [headers, body] of [
        [[...JSON_H, ["Retry-After", "12"]], JSON.stringify({ error: { message: "Too many requests" } })],
        [[["Content-Type", "text/html"], ["Retry-After", "12"]], "<html>429 Too Many Requests</html>"],
        [[["Retry-After", "12"]], ""],
      ] as [Headers, string][]) {
        const err = expectRule(run(http(429, headers, body), B), "backend.no-code.429", "PolicyViolationError") as PolicyViolationError;
        expect(err.policyError).toBe("rate_limit_exceeded");
        expect(err.retryAfter).toBe(12);
        expect(err.retryable).toBe(true);
      }
    });

    test("3. backend.no-code.timeout: a 408 or 504 is a TimeoutError, whatever the body", () => {
      for (const status of [408, 504]) {
        for (const [headers, body] of [
          [[["Content-Type", "text/html"]], "<html>504 Gateway Time-out</html>"],
          [JSON_H, "{not json"],
          [JSON_H, JSON.stringify({ error: { message: "upstream timed out" } })],
          [[], ""],
        ] as [Headers, string][]) {
          const err = expectRule(run(http(status, headers, body), B), "backend.no-code.timeout", "TimeoutError")!;
          expect(err.retryable).toBe(true);
          expect(err.details.status_code).toBe(status);
        }
      }
    });

    test("2 and 3 before 4: a 429 or 504 with an HTML body is not non_json_body", () => {
      expectRule(run(http(429, [["Content-Type", "text/html"]], "<html/>"), B), "backend.no-code.429", "PolicyViolationError");
      expectRule(run(http(504, [["Content-Type", "text/html"]], "<html/>"), B), "backend.no-code.timeout", "TimeoutError");
    });

    test("4. backend.non-json: an HTML page from a proxy", () => {
      const html = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
      const err = expectRule(run(http(502, [["Content-Type", "text/html; charset=utf-8"]], html), B), "backend.non-json", "BackendError")!;
      expect(err.details.sdk_reason).toBe("non_json_body");
      expect(err.details.raw_body).toBe(html);
      expect(err.retryable).toBe(true);
    });

    test("4. backend.non-json: an empty body", () => {
      const err = expectRule(run(http(500), B), "backend.non-json", "BackendError")!;
      expect(err.details.sdk_reason).toBe("non_json_body");
    });

    test("4. backend.non-json: text that parses as JSON but is sent as text/plain", () => {
      const err = expectRule(run(http(500, [["Content-Type", "text/plain"]], '{"error":{"message":"x"}}'), B), "backend.non-json", "BackendError")!;
      expect(err.details.raw_body).toBe('{"error":{"message":"x"}}');
    });

    test("4. backend.non-json: no Content-Type and a body that does not parse", () => {
      expectRule(run(http(500, [], "Internal Server Error"), B), "backend.non-json", "BackendError");
    });

    test("4. a 404 HTML page is not retryable", () => {
      expect(run(http(404, [["Content-Type", "text/html"]], "<h1>Not Found</h1>"), B).error!.retryable).toBe(false);
    });

    test("5. backend.invalid-json: a JSON media type whose body does not parse", () => {
      for (const ct of ["application/json", "application/json; charset=utf-8", "application/problem+json"]) {
        const err = expectRule(run(http(500, [["Content-Type", ct]], '{"error": {"code": "grant_exp'), B), "backend.invalid-json", "BackendError")!;
        expect(err.details.sdk_reason).toBe("invalid_json");
        expect(err.details.raw_body).toBe('{"error": {"code": "grant_exp');
      }
    });

    test("6. backend.fallback: anything else is a plain BackendError", () => {
      for (const body of ['{"message":"Internal error"}', '{"error":{"message":"no code"}}', "[1,2,3]", '"just a string"']) {
        const err = expectRule(run(http(500, JSON_H, body), B), "backend.fallback", "BackendError")!;
        expect(err.details).not.toHaveProperty("sdk_reason");
        expect(err.retryable).toBe(true);
      }
      expect(run(http(400, JSON_H, "{}"), B).error!.retryable).toBe(false);
    });
  });
});

// ------------------------------------------------------------------ section 5: providers

describe("provider rules (section 5)", () => {
  const slack = (body: unknown, status = 200, headers: Headers = JSON_H) => http(status, headers, JSON.stringify(body));

  describe("1. Slack quirk", () => {
    test("quirk.slack.missing-scope with HTTP 200: missingScopes = needed split on commas, trimmed", () => {
      const e = run(slack({ ok: false, error: "missing_scope", needed: "chat:write, im:history ,users:read", provided: "channels:read" }), { providerId: "slack", grantId: "gr_s" });
      const err = expectRule(e, "quirk.slack.missing-scope", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["chat:write", "im:history", "users:read"]);
      expect(err.statusCode).toBe(200);
      expect(err.grantId).toBe("gr_s");
      expect(err.providerId).toBe("slack");
    });

    test("quirk.slack.missing-scope with a 4xx wins over the 403 rules", () => {
      const e = run(slack({ ok: false, error: "missing_scope", needed: "chat:write" }, 403, [...JSON_H, ["WWW-Authenticate", 'Bearer error="insufficient_scope", scope="other"']]));
      const err = expectRule(e, "quirk.slack.missing-scope", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["chat:write"]);
      expect(err.statusCode).toBe(403);
    });

    test.each(["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"])(
      "quirk.slack.unauthorized: %s is a ProviderUnauthorizedError (200 and 4xx)",
      (code) => {
        expectRule(run(slack({ ok: false, error: code })), "quirk.slack.unauthorized", "ProviderUnauthorizedError");
        expectRule(run(slack({ ok: false, error: code }, 400), { providerId: "slack" }), "quirk.slack.unauthorized", "ProviderUnauthorizedError");
      },
    );

    test("quirk.slack.ratelimited: a retryable ProviderAPIError (200 or 429)", () => {
      const e = run(slack({ ok: false, error: "ratelimited" }));
      const err = expectRule(e, "quirk.slack.ratelimited", "ProviderAPIError")!;
      expect(err.retryable).toBe(true);
      expect(e.fields.retryable).toBe("rule retry.signal");
      const e429 = run(slack({ ok: false, error: "ratelimited" }, 429, [...JSON_H, ["Retry-After", "30"]]), { providerId: "slack" });
      expect(expectRule(e429, "quirk.slack.ratelimited", "ProviderAPIError")!.retryAfter).toBe(30);
    });

    test("quirk.slack.error: any other Slack error is a ProviderAPIError, not retryable", () => {
      const err = expectRule(run(slack({ ok: false, error: "channel_not_found" })), "quirk.slack.error", "ProviderAPIError")!;
      expect(err.retryable).toBe(false);
      expect((err as ProviderAPIError).statusCode).toBe(200);
      expect(err.message).toContain("channel_not_found");
    });

    test("quirk.slack.ok: ok true below 400 is no error", () => {
      expectRule(run(slack({ ok: true, channel: "C123" }), { providerId: "slack" }), "quirk.slack.ok", null);
      expectRule(run(slack({ ok: true }, 201), { providerId: "slack" }), "quirk.slack.ok", null);
    });

    test("ok true at 400 or more follows the other rules", () => {
      expectRule(run(slack({ ok: true }, 400), { providerId: "slack" }), "provider.error", "ProviderAPIError");
      expectRule(run(slack({ ok: true }, 401), { providerId: "slack" }), "provider.401", "ProviderUnauthorizedError");
      expectRule(run(slack({ ok: true }, 500)), "provider.error", "ProviderAPIError");
    });

    test("unmistakable without providerId: ok false with a string error", () => {
      expectRule(run(slack({ ok: false, error: "missing_scope", needed: "chat:write" })), "quirk.slack.missing-scope", "ScopeReauthRequiredError");
      // ok false without a string error is not Slack's shape.
      expectRule(run(slack({ ok: false, error: { message: "x" } })), "provider.success", null);
      expectRule(run(slack({ ok: false })), "provider.success", null);
      // ok true alone is not unmistakable: the plain status rule decides.
      expectRule(run(slack({ ok: true })), "provider.success", null);
    });

    test("a bare Slack body (no status) is read with the quirk", () => {
      const err = expectRule(run(JSON.stringify({ ok: false, error: "missing_scope", needed: "chat:write" })), "quirk.slack.missing-scope", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.statusCode).toBeUndefined();
      expectRule(run(JSON.stringify({ ok: true }), { providerId: "slack" }), "quirk.slack.ok", null);
    });

    test("providerId naming another provider turns the quirk off", () => {
      expectRule(run(slack({ ok: false, error: "missing_scope", needed: "chat:write" }), { providerId: "google" }), "provider.success", null);
      expectRule(run(slack({ ok: false, error: "invalid_auth" }, 403), { providerId: "github" }), "provider.403", "ProviderAPIError");
      expect(() => explain(JSON.stringify({ ok: false, error: "invalid_auth" }), { providerId: "google" })).toThrow(AlterValueError);
    });

    test("1 before 2: the Slack quirk wins over a spent rate limit", () => {
      expectRule(
        run(slack({ ok: false, error: "missing_scope", needed: "chat:write" }, 429, [...JSON_H, ["x-ratelimit-remaining", "0"]])),
        "quirk.slack.missing-scope",
        "ScopeReauthRequiredError",
      );
    });
  });

  describe("2. spent rate limit", () => {
    const DATE = "Tue, 14 Jan 2025 09:12:44 GMT";
    const DATE_S = Date.UTC(2025, 0, 14, 9, 12, 44) / 1000;

    test("a 429 with x-ratelimit-remaining 0 is a retryable ProviderAPIError; Retry-After wins", () => {
      const e = run(http(429, [["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", String(DATE_S + 600)], ["Retry-After", "20"], ["Date", DATE]]));
      const err = expectRule(e, "provider.rate-limit-spent", "ProviderAPIError")!;
      expect(err.retryable).toBe(true);
      expect(err.retryAfter).toBe(20);
    });

    test("a 403 with x-ratelimit-remaining 0: x-ratelimit-reset as epoch seconds minus the Date header", () => {
      const err = expectRule(run(http(403, [["Date", DATE], ["X-RateLimit-Remaining", "0"], ["X-RateLimit-Reset", String(DATE_S + 75)]])), "provider.rate-limit-spent", "ProviderAPIError")!;
      expect(err.retryAfter).toBe(75);
      expect(err.retryable).toBe(true);
      // A 403 is retryable only because the limit is spent (no Retry-After, not a 429).
      expect(run(http(403, [["Date", DATE], ["X-RateLimit-Remaining", "0"], ["X-RateLimit-Reset", String(DATE_S + 75)]])).fields.retryable).toBe("rule retry.signal");
    });

    test("the other remaining-count headers (x-rate-limit-remaining, ratelimit-remaining) and a provider's own", () => {
      const x = run(http(429, [["Date", DATE], ["x-rate-limit-remaining", "0"], ["x-rate-limit-reset", String(DATE_S + 30)]]));
      expect(expectRule(x, "provider.rate-limit-spent", "ProviderAPIError")!.retryAfter).toBe(30);
      expect(x.fields.retryAfter).toBe("header x-rate-limit-reset");
      const ietf = run(http(403, [["RateLimit-Remaining", "0"], ["RateLimit-Reset", "41"]]));
      expect(expectRule(ietf, "provider.rate-limit-spent", "ProviderAPIError")!.retryAfter).toBe(41);
    });

    test("epoch seconds minus opts.now when there is no Date header", () => {
      const now = Date.UTC(2025, 0, 14, 9, 0, 0);
      const err = run(http(429, [["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", String(now / 1000 + 42)]]), { now }).error!;
      expect(err.retryAfter).toBe(42);
    });

    test("an epoch in the past gives 0", () => {
      const err = run(http(429, [["Date", DATE], ["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", String(DATE_S - 100)]])).error!;
      expect(err.retryAfter).toBe(0);
    });

    test("a value of 10^9 or less is delta-seconds", () => {
      expect(run(http(429, [["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", "37"]])).error!.retryAfter).toBe(37);
      expect(run(http(403, [["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", "1000000000"]]), { now: 5e12 }).error!.retryAfter).toBe(1e9);
    });

    test("remaining not 0 is not spent", () => {
      expectRule(run(http(429, [["x-ratelimit-remaining", "3"], ["x-ratelimit-reset", "37"]])), "provider.error", "ProviderAPIError");
      const err = run(http(403, [["x-ratelimit-remaining", "3"], ["x-ratelimit-reset", "37"]])).error!;
      expect(err.retryable).toBe(false);
      expect(err.retryAfter).toBeUndefined();
    });

    test("a 401 with those headers is still a 401, and x-ratelimit-reset is not read", () => {
      const err = expectRule(run(http(401, [["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", "30"]])), "provider.401", "ProviderUnauthorizedError")!;
      expect(err.retryAfter).toBeUndefined();
      expect(err.retryable).toBe(false);
    });

    test("x-ratelimit-reset is read by this rule only (a 500 with it)", () => {
      const err = expectRule(run(http(500, [["x-ratelimit-remaining", "0"], ["x-ratelimit-reset", "30"]])), "provider.error", "ProviderAPIError")!;
      expect(err.retryAfter).toBeUndefined();
    });

    test("2 before 3 and 5: a spent 403 wins over GitHub's scope headers and a Bearer challenge", () => {
      expectRule(
        run(http(403, [["x-ratelimit-remaining", "0"], ["X-GitHub-Request-Id", "A:B"], ["X-OAuth-Scopes", "repo"], ["X-Accepted-OAuth-Scopes", "admin:org"]])),
        "provider.rate-limit-spent",
        "ProviderAPIError",
      );
      expectRule(
        run(http(403, [["x-ratelimit-remaining", "0"], ["WWW-Authenticate", 'Bearer error="insufficient_scope"']])),
        "provider.rate-limit-spent",
        "ProviderAPIError",
      );
    });
  });

  describe("3. GitHub scopes quirk", () => {
    const gh = (status: number, granted: string | undefined, accepted: string | undefined, extra: Headers = [["X-GitHub-Request-Id", "C1F4:2A3B:8D1E2F"]]) =>
      http(status, [
        ...JSON_H,
        ...extra,
        ...(granted === undefined ? [] : ([["X-OAuth-Scopes", granted]] as Headers)),
        ...(accepted === undefined ? [] : ([["X-Accepted-OAuth-Scopes", accepted]] as Headers)),
      ], '{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}');

    test.each([403, 404])("quirk.github.scopes on a %s: missingScopes = the accepted list", (status) => {
      const err = expectRule(run(gh(status, "repo, gist", "admin:org, read:org"), { grantId: "gr_g" }), "quirk.github.scopes", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["admin:org", "read:org"]);
      expect(err.statusCode).toBe(status);
      expect(err.grantId).toBe("gr_g");
      expect(err.details.x_github_request_id).toBe("C1F4:2A3B:8D1E2F");
    });

    test("an empty X-OAuth-Scopes (nothing granted) still counts", () => {
      expectRule(run(gh(404, "", "repo")), "quirk.github.scopes", "ScopeReauthRequiredError");
    });

    test("not when one accepted scope is granted", () => {
      expectRule(run(gh(404, "repo, read:org", "admin:org, read:org")), "provider.error", "ProviderAPIError");
      expectRule(run(gh(403, "read:org", "read:org")), "provider.403", "ProviderAPIError");
    });

    test("not when a header is missing or X-Accepted-OAuth-Scopes is empty", () => {
      expectRule(run(gh(404, undefined, "read:org")), "provider.error", "ProviderAPIError");
      expectRule(run(gh(404, "repo", undefined)), "provider.error", "ProviderAPIError");
      expectRule(run(gh(404, "repo", "")), "provider.error", "ProviderAPIError");
      expectRule(run(gh(404, "repo", " , ")), "provider.error", "ProviderAPIError");
    });

    test("not on other statuses", () => {
      expectRule(run(gh(401, "repo", "read:org")), "provider.401", "ProviderUnauthorizedError");
      expectRule(run(gh(422, "repo", "read:org")), "provider.error", "ProviderAPIError");
    });

    test("unmistakable without providerId: X-GitHub-Request-Id, or the body's documentation_url; X-Accepted-OAuth-Scopes alone is not (Bitbucket and Slack send it too)", () => {
      expectRule(run(gh(404, "repo", "read:org")), "quirk.github.scopes", "ScopeReauthRequiredError");
      expectRule(run(gh(404, "repo", "read:org", [])), "quirk.github.scopes", "ScopeReauthRequiredError");
      const otherBody = http(404, [...JSON_H, ["X-OAuth-Scopes", "repo"], ["X-Accepted-OAuth-Scopes", "read:org"]], '{"message":"Not Found"}');
      expectRule(run(otherBody), "provider.error", "ProviderAPIError");
      expectRule(run(gh(403, "repo", "read:org", [["x-slack-req-id", "r1"]])), "provider.403", "ProviderAPIError");
    });

    test("providerId github turns it on, another provider turns it off", () => {
      expectRule(run(gh(404, "repo", "read:org", []), { providerId: "github" }), "quirk.github.scopes", "ScopeReauthRequiredError");
      expectRule(run(gh(404, "repo", "read:org"), { providerId: "gitlab" }), "provider.error", "ProviderAPIError");
    });

    test("3 before 5: GitHub's headers win over a Bearer challenge on a 403", () => {
      const err = expectRule(
        run(gh(403, "repo", "read:org", [["X-GitHub-Request-Id", "A:B"], ["WWW-Authenticate", 'Bearer error="insufficient_scope", scope="other"']])),
        "quirk.github.scopes",
        "ScopeReauthRequiredError",
      ) as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["read:org"]);
    });

    test("a 403 with Retry-After (any provider) is a retryable plain ProviderAPIError", () => {
      const e = run(http(403, [...JSON_H, ["Retry-After", "60"]], '{"message":"slow down"}'));
      const err = expectRule(e, "provider.403", "ProviderAPIError")!;
      expect(err.retryable).toBe(true);
      expect(err.retryAfter).toBe(60);
      expect(e.fields.retryable).toBe("rule retry.provider-403-retry-after");
    });
  });

  describe("4. 401", () => {
    test("provider.401.insufficient-scope: a Bearer challenge with error insufficient_scope is a plain ProviderAPIError", () => {
      const err = expectRule(run(http(401, [["WWW-Authenticate", 'Bearer realm="example", error="insufficient_scope", scope="read write"']])), "provider.401.insufficient-scope", "ProviderAPIError")!;
      expect(Object.getPrototypeOf(err)).toBe(ERROR_CLASSES.ProviderAPIError.prototype);
      expect(err.retryable).toBe(false);
    });

    test("provider.401: without a challenge, a ProviderUnauthorizedError", () => {
      expectRule(run(http(401, JSON_H, '{"error":{"code":401,"message":"Invalid Credentials"}}')), "provider.401", "ProviderUnauthorizedError");
    });

    test("provider.401: a Bearer challenge with another error", () => {
      expectRule(run(http(401, [["WWW-Authenticate", 'Bearer error="invalid_token", error_description="expired"']])), "provider.401", "ProviderUnauthorizedError");
    });

    test("DPoP counts like Bearer (RFC 9449); other schemes do not", () => {
      expectRule(run(http(401, [["WWW-Authenticate", 'Basic realm="api"']])), "provider.401", "ProviderUnauthorizedError");
      expectRule(run(http(401, [["WWW-Authenticate", 'DPoP error="insufficient_scope", algs="ES256"']])), "provider.401.insufficient-scope", "ProviderAPIError");
      const dpop = run(http(403, [["WWW-Authenticate", 'DPoP algs="ES256", error="insufficient_scope", scope="okta.users.read"']]));
      expect((expectRule(dpop, "provider.403.insufficient-scope", "ScopeReauthRequiredError") as ScopeReauthRequiredError).missingScopes).toEqual(["okta.users.read"]);
      expectRule(run(http(401, [["WWW-Authenticate", 'Digest realm="x", error="insufficient_scope"']])), "provider.401", "ProviderUnauthorizedError");
    });

    test("several challenges, in one field or several fields", () => {
      expectRule(run(http(401, [["WWW-Authenticate", 'Basic realm="api", Bearer realm="api", error="insufficient_scope"']])), "provider.401.insufficient-scope", "ProviderAPIError");
      expectRule(run(http(401, [["WWW-Authenticate", 'Basic realm="api"'], ["WWW-Authenticate", "Bearer error=insufficient_scope"]])), "provider.401.insufficient-scope", "ProviderAPIError");
      expectRule(run(http(401, [["WWW-Authenticate", 'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"']])), "provider.401", "ProviderUnauthorizedError");
    });

    test("scheme and parameter names are case-insensitive", () => {
      expectRule(run(http(401, [["www-authenticate", 'bearer ERROR="insufficient_scope"']])), "provider.401.insufficient-scope", "ProviderAPIError");
    });
  });

  describe("5. 403", () => {
    test("provider.403.insufficient-scope with a scope param: missingScopes split on spaces", () => {
      const e = run(
        http(403, [["WWW-Authenticate", 'Bearer realm="https://accounts.google.com/", error=insufficient_scope, scope="https://www.googleapis.com/auth/drive https://www.googleapis.com/auth/drive.file"']]),
        { providerId: "google" },
      );
      const err = expectRule(e, "provider.403.insufficient-scope", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["https://www.googleapis.com/auth/drive", "https://www.googleapis.com/auth/drive.file"]);
      expect(err.providerId).toBe("google");
      expect(err.retryable).toBe(false);
    });

    test("provider.403.insufficient-scope without a scope param: missingScopes undefined", () => {
      const err = expectRule(run(http(403, [["WWW-Authenticate", 'Bearer error="insufficient_scope"']])), "provider.403.insufficient-scope", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.missingScopes).toBeUndefined();
    });

    test("the challenge may be the second one, or in a second field", () => {
      expectRule(run(http(403, [["WWW-Authenticate", 'Basic realm="x"'], ["WWW-Authenticate", 'Bearer error="insufficient_scope", scope="a"']])), "provider.403.insufficient-scope", "ScopeReauthRequiredError");
    });

    test("provider.403: otherwise a ProviderAPIError, not retryable", () => {
      const err = expectRule(run(http(403, JSON_H, '{"message":"Forbidden"}')), "provider.403", "ProviderAPIError")!;
      expect(err.retryable).toBe(false);
      expectRule(run(http(403, [["WWW-Authenticate", 'Bearer error="invalid_token"']])), "provider.403", "ProviderAPIError");
      expectRule(run(http(403, [["WWW-Authenticate", 'Basic error="insufficient_scope"']])), "provider.403", "ProviderAPIError");
    });

    test("provider.400.invalid-grant: an OAuth token error is a dead credential, a known provider's too; its own signals decide first", () => {
      const body = '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}';
      const err = expectRule(run(http(400, JSON_H, body)), "provider.400.invalid-grant", "ProviderUnauthorizedError")!;
      expect(err.retryable).toBe(false);
      expectRule(run(http(400, JSON_H, body), { providerId: "acme" }), "provider.400.invalid-grant", "ProviderUnauthorizedError");
      // A known provider with no signal of its own for it (Okta's code exchange: "The authorization code is invalid or has expired.").
      expectRule(run(http(400, JSON_H, '{"error":"invalid_grant","error_description":"The authorization code is invalid or has expired."}'), { providerId: "okta" }), "provider.400.invalid-grant", "ProviderUnauthorizedError");
      // One whose signal narrows it: Box's JWT app got its own assertion wrong, which no reconnect fixes.
      const box = expectRule(run(http(400, JSON_H, '{"error":"invalid_grant","error_description":"JWT sub claim is invalid"}'), { providerId: "box" }), "provider.box.app-grant-invalid", "ProviderAPIError")!;
      expect(box.retryable).toBe(false);
      expectRule(run(http(400, JSON_H, '{"error":"invalid_request"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.400.consent-required: OpenID Connect's errors that ask for the user are a grant to renew, not a request to fix", () => {
      for (const error of ["consent_required", "interaction_required", "login_required"]) {
        const err = expectRule(run(http(400, JSON_H, JSON.stringify({ error, error_description: "The user must act." }))), "provider.400.consent-required", "ProviderUnauthorizedError")!;
        expect(err.retryable, error).toBe(false);
      }
      // Another status, or another code, is not it.
      expectRule(run(http(403, JSON_H, '{"error":"consent_required"}')), "provider.403", "ProviderAPIError");
      expectRule(run(http(400, JSON_H, '{"error":"account_selection_required"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.400.invalid-assertion: an invalid_grant that names the JWT the app signed is the app's to fix, whoever answered", () => {
      for (const said of ["Please check the 'aud' claim. Should be a string", "Invalid JWT Signature.", "The JWT assertion has expired (exp claim)", "Invalid signature"]) {
        const err = expectRule(run(http(400, JSON_H, JSON.stringify({ error: "invalid_grant", error_description: said }))), "provider.400.invalid-assertion", "ProviderAPIError")!;
        expect(err.retryable, said).toBe(false);
      }
      // A refresh token's own failure stays a dead credential.
      expectRule(run(http(400, JSON_H, '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}')), "provider.400.invalid-grant", "ProviderUnauthorizedError");
    });

    test("provider.400.invalid-grant-mismatch: an invalid_grant that says the token request does not match its authorization request is the app's to fix", () => {
      for (const said of ["Incorrect redirect_uri", "redirect_uri mismatch", "PKCE verification failed", "code_verifier does not match the code_challenge", "The authorization code was issued to another client"]) {
        const err = expectRule(run(http(400, JSON_H, JSON.stringify({ error: "invalid_grant", error_description: said }))), "provider.400.invalid-grant-mismatch", "ProviderAPIError")!;
        expect(err.retryable, said).toBe(false);
      }
      expectRule(run(http(400, JSON_H, '{"error":"invalid_grant","error_description":"Code not valid"}')), "provider.400.invalid-grant", "ProviderUnauthorizedError");
    });

    test("provider.401.invalid-request: a 401 whose body says the request is malformed is the request's to fix, not a dead credential", () => {
      // https://github.com/boylesoftware/tomcat-oidcauth/issues/6 (Okta's token endpoint, as the authenticator logged it)
      const body = '{"error_description":"Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.","error":"invalid_request"}';
      const err = expectRule(run(http(401, JSON_H, body)), "provider.401.invalid-request", "ProviderAPIError")!;
      expect(err.retryable).toBe(false);
      // Only a 401 (a 400 invalid_request is any 400), and only that code: invalid_token is the dead credential.
      expectRule(run(http(400, JSON_H, '{"error":"invalid_request"}')), "provider.error", "ProviderAPIError");
      expectRule(run(http(401, JSON_H, '{"error":"invalid_token"}')), "provider.401", "ProviderUnauthorizedError");
      // The dead refresh token in words goes first, whatever code it came with.
      expectRule(run(http(401, JSON_H, '{"error":"invalid_request","error_description":"Invalid refresh token"}')), "provider.refresh-token-rejected", "ProviderUnauthorizedError");
    });

    test("provider.invalid-client: the app's own client credentials failing at the token endpoint (400 or 401) are no dead user grant", () => {
      // https://github.com/intuit/oauth-rubyclient/issues/14 (the body Intuit's Ruby client printed with its 401)
      for (const status of [400, 401]) {
        const err = expectRule(run(http(status, JSON_H, '{"error":"invalid_client"}')), "provider.invalid-client", "ProviderAPIError")!;
        expect(err.retryable).toBe(false);
      }
      // So is `unauthorized_client`: the client may not use this grant (https://github.com/googleapis/google-api-php-client/issues/950).
      expectRule(run(http(401, JSON_H, '{"error":"unauthorized_client","error_description":"Unauthorized client or scope in request."}')), "provider.invalid-client", "ProviderAPIError");
      // Only those statuses, and only those codes: a 401 invalid_token is the generic dead credential.
      expectRule(run(http(403, JSON_H, '{"error":"invalid_client"}')), "provider.403", "ProviderAPIError");
      expectRule(run(http(401, JSON_H, '{"error":"invalid_token"}')), "provider.401", "ProviderUnauthorizedError");
    });

    test("provider.gateway-quota-renews: Azure API Management's spent call quota is retried when it renews, behind any API", () => {
      // https://github.com/thomasddn/ha-volvo-cars/issues/171 (the body the Volvo API's gateway sent with its 403, as a Python log printed it)
      const body = '{"statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 03:30:56."}';
      const err = expectRule(run(http(403, JSON_H, body)), "provider.gateway-quota-renews", "ProviderAPIError")!;
      expect([err.retryable, err.retryAfter]).toEqual([true, 3 * 3600 + 30 * 60 + 56]);
      // A 429 too; another status, or other words, is no quota's.
      expectRule(run(http(429, JSON_H, body)), "provider.gateway-quota-renews", "ProviderAPIError");
      expectRule(run(http(403, JSON_H, '{"statusCode": 403, "message": "Out of call volume quota."}')), "provider.403", "ProviderAPIError");
    });

    test("provider.error: a 429 or 503 with no wait in its headers waits what its message says in words", () => {
      // (Azure OpenAI's own words name it, and its signal reads the same wait: tests/sdk/providers/azure-openai.test.ts.)
      const azure = '{"error":{"code":"429","message":"Requests to the Search Operation have exceeded the rate limit of your current pricing tier. Please retry after 7 seconds."}}';
      const err = expectRule(run(http(429, JSON_H, azure)), "provider.error", "ProviderAPIError")!;
      expect([err.retryable, err.retryAfter]).toEqual([true, 7]);
      expect(run(http(429, JSON_H, azure)).fields.retryAfter).toBe("body error.message");
      expect(expectRule(run(http(503, [], "Service busy: try again in 2.5s")), "provider.error", "ProviderAPIError")!.retryAfter).toBe(3);
      // The Go durations of OpenAI's message, kept by the APIs that copy its errors (Groq's, in round 35).
      const groq = (wait: string) => `{"message":"Rate limit reached for model llama3-70b-8192 on tokens per minute (TPM). Please try again in ${wait}."}`;
      // A budget "reset in 16 seconds", in an `error_message` and an `errors` of text, as monday.com's (its own signal reads its
      // codes since round 148: tests/sdk/providers/monday.test.ts).
      const monday = '{"error_code":"BudgetSpent","status_code":429,"error_message":"Budget exhausted, reset in 16 seconds","errors":["Budget exhausted, reset in 16 seconds"]}';
      expect(expectRule(run(http(429, JSON_H, monday)), "provider.error", "ProviderAPIError")!.retryAfter).toBe(16);
      expect(expectRule(run(http(429, JSON_H, '{"errors":["Budget spent, reset in 9 seconds"]}')), "provider.error", "ProviderAPIError")!.retryAfter).toBe(9);
      for (const [wait, seconds] of [["50.597142857s", 51], ["1m0.363142857s", 61], ["644ms", 1], ["1h2m3s", 3723]] as const) {
        expect(expectRule(run(http(429, JSON_H, groq(wait))), "provider.error", "ProviderAPIError")!.retryAfter, wait).toBe(seconds);
      }
      // A header wins; another status keeps no wait; words that are no wait are none.
      expect(expectRule(run(http(429, [["Retry-After", "30"], ...JSON_H], azure)), "provider.error", "ProviderAPIError")!.retryAfter).toBe(30);
      expect(expectRule(run(http(404, JSON_H, azure)), "provider.error", "ProviderAPIError")!.retryAfter).toBeUndefined();
      expect(expectRule(run(http(429, [], "Too many requests, retry later")), "provider.error", "ProviderAPIError")!.retryAfter).toBeUndefined();
    });

    test("provider.credential-missing: a 401 that says no credential was sent is the code's to fix", () => {
      // https://github.com/openai/openai-python/issues/1527 (Azure API Management in front of Azure OpenAI)
      const apim = '{"statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."}';
      expect(expectRule(run(http(401, JSON_H, apim)), "provider.credential-missing", "ProviderAPIError")!.retryable).toBe(false);
      for (const body of ['{"error":{"message":"API key required","type":"authentication_error","code":"api_key_required"}}', '{"error":{"message":"You did not provide an API key."}}', "Missing API key"]) {
        expectRule(run(http(401, JSON_H, body)), "provider.credential-missing", "ProviderAPIError");
      }
      // A key that may have been sent, or another status, is not one.
      for (const body of ['{"message":"Missing or invalid API key"}', '{"message":"Invalid API key"}', '{"statusCode": 401, "message": "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}']) {
        expectRule(run(http(401, JSON_H, body)), "provider.401", "ProviderUnauthorizedError");
      }
      // A 403 in the same words is one too (crates.io's "must be logged in to perform that action"); a 500 is not.
      expectRule(run(http(403, JSON_H, apim)), "provider.credential-missing", "ProviderAPIError");
      expectRule(run(http(403, [], "must be logged in to perform that action")), "provider.credential-missing", "ProviderAPIError");
      expectRule(run(http(500, JSON_H, apim)), "provider.error", "ProviderAPIError");
    });

    test("provider.401.quota-spent: a 401 that says the quota or credits are spent is no reconnect's to fix, nor a retry's", () => {
      // https://github.com/home-assistant/core/issues/160414 (ElevenLabs, FastAPI's detail as an object)
      const spent = '{"detail": {"status": "quota_exceeded", "message": "This request exceeds your quota of 10000. You have 0 credits remaining, while 91 credits are required for this request."}}';
      expect(expectRule(run(http(401, JSON_H, spent)), "provider.401.quota-spent", "ProviderAPIError")!.retryable).toBe(false);
      expectRule(run(http(401, JSON_H, '{"message": "Insufficient credits to run this model"}')), "provider.401.quota-spent", "ProviderAPIError");
      // A 401 about the key itself is a dead credential; a 429 with a quota's words alone is any 429 (its credits' words are not: below).
      expectRule(run(http(401, JSON_H, '{"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}')), "provider.401", "ProviderUnauthorizedError");
      expectRule(run(http(429, JSON_H, '{"message": "This request exceeds your quota of 10000."}')), "provider.error", "ProviderAPIError");
    });

    test("provider.409.operation-in-progress: a 409 that says another operation on the object is still running is retried; another 409 is not", () => {
      // Azure DNS's, as https://github.com/DNSControl/dnscontrol/issues/4363 shows it in the Azure SDK's RESPONSE block.
      const pending = '{"code": "Conflict", "message": "Another operation is pending for requested object. Operation group \'/operations/groups/id/x\' already has 1 operations like \'/operations/type/DeleteAliasRecordSet/id/c2396006\'"}';
      expect(expectRule(run(http(409, JSON_H, pending)), "provider.409.operation-in-progress", "ProviderAPIError")!.retryable).toBe(true);
      expectRule(run(http(409, JSON_H, '{"message": "An operation is already in progress for this cluster."}')), "provider.409.operation-in-progress", "ProviderAPIError");
      // A conflict of the object itself stays one to fix; the same words under a 400 are no conflict of this kind.
      expect(expectRule(run(http(409, JSON_H, '{"message": "A record with this name already exists."}')), "provider.error", "ProviderAPIError")!.retryable).toBe(false);
      expectRule(run(http(400, JSON_H, pending)), "provider.error", "ProviderAPIError");
    });

    test("provider.busy-for-now: a 400 or 403 that says the service cannot take the call for now is retried; other words and statuses are not", () => {
      // Imgur's, as https://github.com/1j01/jspaint/issues/343 shows it; Linode's, as https://github.com/linode/linode_api4-python/issues/116 does.
      const imgur = '{"data":{"error":"Imgur is temporarily over capacity. Please try again later."},"success":false,"status":403}';
      expect(expectRule(run(http(403, JSON_H, imgur)), "provider.busy-for-now", "ProviderAPIError")!.retryable).toBe(true);
      expect(expectRule(run(http(400, JSON_H, '{"errors": [{"reason": "Linode busy."}]}')), "provider.busy-for-now", "ProviderAPIError")!.retryable).toBe(true);
      // A 404 with the same words is the 404's; "busy" inside a sentence names no resource held for now.
      expectRule(run(http(404, JSON_H, imgur)), "provider.error", "ProviderAPIError");
      expect(expectRule(run(http(400, JSON_H, '{"message": "The line you dialled is busy and cannot be reached"}')), "provider.error", "ProviderAPIError")!.retryable).toBe(false);
      // An account locked after failed sign-ins is no resource busy for a few seconds.
      expect(expectRule(run(http(403, JSON_H, '{"message": "Account is locked."}')), "provider.403", "ProviderAPIError")!.retryable).toBe(false);
    });

    test("provider.403.banned: a 403 that says the key or account is banned is not retried, though it carries Retry-After", () => {
      // Giphy's, as https://github.com/RSS-Bridge/rss-bridge/issues/2616 shows it (Retry-After: 0).
      const banned = '{"data": [], "meta": {"status": 403, "msg": "BANNED", "response_id": ""}}';
      expect(expectRule(run(http(403, [...JSON_H, ["Retry-After", "0"]], banned)), "provider.403.banned", "ProviderAPIError")!.retryable).toBe(false);
      expect(expectRule(run(http(403, JSON_H, '{"message": "Your API key has been suspended."}')), "provider.403.banned", "ProviderAPIError")!.retryable).toBe(false);
      // A 403 with Retry-After that says no ban is still retried (section 8).
      expect(expectRule(run(http(403, [...JSON_H, ["Retry-After", "60"]], '{"message": "Slow down."}')), "provider.403", "ProviderAPIError")!.retryable).toBe(true);
    });

    test("provider.429.grpc-message-too-large: a 429 that is gRPC's message size limit is not retried; a rate limit's 429 still is", () => {
      // pandas-gbq's message as https://github.com/googleapis/python-bigquery-pandas/issues/335 prints it (the fixture
      // 232-google-pandas-gbq-429-message-larger-than-max-1.txt), in a body written for the test; grpc-go's and grpc-java's words.
      for (const message of ["Received message larger than max (6349834 vs. 4194304)", "rpc error: code = ResourceExhausted desc = grpc: received message larger than max (5000000 vs. 4194304)", "RESOURCE_EXHAUSTED: gRPC message exceeds maximum size 4194304: 6349834"]) {
        expect(expectRule(run(http(429, JSON_H, JSON.stringify({ error: { code: 429, message } }))), "provider.429.grpc-message-too-large", "ProviderAPIError")!.retryable, message).toBe(false);
      }
      expect(expectRule(run(http(429, JSON_H, '{"error": {"code": 429, "message": "Quota exceeded for quota metric \'Read requests\'"}}')), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      // The same words with another status are that status's.
      expectRule(run(http(400, JSON_H, '{"message": "Received message larger than max (6349834 vs. 4194304)"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.firewall-blocked: a 403 or 503 that says a firewall blocked the request is not retried; a 503 that says no block is", () => {
      // Mailchimp's words as https://github.com/ibericode/mailchimp-for-wordpress/issues/491 prints them (the fixture
      // 236-mailchimp-mc4wp-firewall-reference-1.txt), in a body written for the test.
      for (const [status, detail] of [
        [503, "Looks like your server is blocked by MailChimp's firewall. Please contact MailChimp support and include the following reference number: Reference Number: 00.1adcf180.1508496054.11541a14"],
        [403, "Request Blocked. We had to block your request because of something that looked suspicious."],
      ] as const) {
        expect(expectRule(run(http(status, JSON_H, JSON.stringify({ detail }))), "provider.firewall-blocked", "ProviderAPIError")!.retryable, detail).toBe(false);
      }
      expect(expectRule(run(http(503, JSON_H, '{"detail": "The service is down for maintenance."}')), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      // A firewall's words with another status are that status's.
      expectRule(run(http(400, JSON_H, '{"detail": "Your request was blocked by the firewall rules you set."}')), "provider.error", "ProviderAPIError");
    });

    test("provider.403.credits-spent: a 403 that says the balance or credits are spent is not retried; a permission's words are a 403's", () => {
      // fal's body as https://github.com/fal-ai/fal/issues/1147 prints it (the fixture 176-fal-403-user-locked-exhausted-balance-1.txt).
      for (const body of ['{"detail": "User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing"}', '{"message": "Insufficient credits"}']) {
        expect(expectRule(run(http(403, JSON_H, body)), "provider.403.credits-spent", "ProviderAPIError")!.retryable, body).toBe(false);
      }
      expectRule(run(http(403, JSON_H, '{"message": "You do not have permission to top up this project"}')), "provider.403", "ProviderAPIError");
      expectRule(run(http(400, JSON_H, '{"message": "Insufficient credits"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.403.daily-limit: a 403 that says a monthly or daily limit was reached is a spent allowance; a limit's other words are a 403's", () => {
      // Alchemy's message as https://github.com/xmtp/xmtpd/issues/672 prints it (the fixture 181-alchemy-xmtpd-403-monthly-capacity-1.txt).
      const alchemy = '{"jsonrpc":"2.0","id":6570,"error":{"code":-32600,"message":"Monthly capacity limit exceeded. Visit https://dashboard.alchemyapi.io/settings/billing to upgrade your scaling policy for continued service."}}';
      for (const body of [alchemy, '{"error": "Monthly quota exceeded. Upgrade your plan to continue."}', '{"message": "You have reached your daily request limit."}']) {
        expect(expectRule(run(http(403, JSON_H, body)), "provider.403.daily-limit", "ProviderAPIError")!.retryable, body).toBe(false);
      }
      expectRule(run(http(403, JSON_H, '{"message": "You may not change the monthly limit of this account"}')), "provider.403", "ProviderAPIError");
    });

    test("provider.429.credits-spent: a 429 that says the credits or the spending limit are spent is not retried; a quota's words alone are", () => {
      // xAI's message as https://github.com/continuedev/continue/issues/10373 prints it (in a body written for the test).
      const xai = '{"error": "Your team 16f2151a has either used all available credits or reached its monthly spending limit. To continue making API requests, please purchase more credits or raise your spending limit."}';
      for (const body of [xai, '{"message": "You have 0 credits remaining"}', '{"error": {"message": "Your credit balance is too low to access the API."}}', '{"message": "Insufficient balance"}']) {
        expect(expectRule(run(http(429, JSON_H, body)), "provider.429.credits-spent", "ProviderAPIError")!.retryable, body).toBe(false);
      }
      // Gemini's per-minute 429 says "quota" and passes; a rate's words are a rate's.
      for (const body of ['{"error": {"message": "You exceeded your current quota, please check your plan and billing details."}}', '{"message": "Rate limit exceeded: 60 requests per minute"}', '{"message": "Credits are checked per request"}']) {
        expect(expectRule(run(http(429, JSON_H, body)), "provider.error", "ProviderAPIError")!.retryable, body).toBe(true);
      }
      // Another status in those words is that status's.
      expectRule(run(http(401, JSON_H, xai)), "provider.401", "ProviderUnauthorizedError");
    });

    test("provider.429.daily-limit: a 429 that says a daily limit was reached is not retried now; a per-minute one is", () => {
      // GoCardless Bank Account Data's detail as https://github.com/actualbudget/actual/issues/3120 printed it (in a body written for the test).
      for (const body of ['{"summary": "Couldn\'t update account transactions", "detail": "Daily request limit set by the Institution has been exceeded.", "status_code": 429}', '{"message": "You have exceeded your daily request quota for this API."}']) {
        expect(expectRule(run(http(429, JSON_H, body)), "provider.429.daily-limit", "ProviderAPIError")!.retryable, body).toBe(false);
      }
      for (const body of ['{"message": "Rate limit exceeded: 60 requests per minute"}', '{"message": "The daily digest is not ready yet"}']) {
        expect(expectRule(run(http(429, JSON_H, body)), "provider.error", "ProviderAPIError")!.retryable, body).toBe(true);
      }
    });

    test("provider.400.rate-limited: a 400 that says a rate limit was exceeded is retried; any other 400 is not", () => {
      // MongoDB Atlas's message as https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1589 prints it (in a body written for the test).
      for (const body of ['{"error": 400, "errorCode": "INVITATIONS_RATE_LIMITED_IP", "detail": "Rate limit of 10 invitations per 1 minutes exceeded."}', '{"message": "Rate limit exceeded"}', '{"message": "Too Many Requests"}']) {
        expect(expectRule(run(http(400, JSON_H, body)), "provider.400.rate-limited", "ProviderAPIError")!.retryable, body).toBe(true);
      }
      for (const body of ['{"message": "Invalid rate limit of 10 per minute"}', '{"message": "limit must be at most 100"}']) {
        expect(expectRule(run(http(400, JSON_H, body)), "provider.error", "ProviderAPIError")!.retryable, body).toBe(false);
      }
    });

    test("provider.403.credential-dead: a 403 that says the key or token sent is dead is a reconnect's, as a 401 is", () => {
      // https://github.com/karakeep-app/karakeep/issues/940 (Meilisearch), https://github.com/qdrant/qdrant-client/issues/127 (Qdrant Cloud)
      for (const body of ['{"message": "The provided API key is invalid.", "code": "invalid_api_key", "type": "auth"}', '{"error": "key doesn\'t exist"}', '{"error": "invalid_token"}', '{"message": "Access token has expired"}']) {
        expectRule(run(http(403, JSON_H, body)), "provider.403.credential-dead", "ProviderUnauthorizedError");
      }
      // A valid key without a permission, or a token that lacks scopes, is not dead (Algolia's words are its own signal's: a key to widen).
      expectRule(run(http(403, JSON_H, '{"message": "Resource not accessible by personal access token"}')), "provider.403", "ProviderAPIError");
      expectRule(run(http(403, JSON_H, '{"message": "Method not allowed with this API key", "status": 403}')), "provider.algolia.key-not-allowed", "ScopeReauthRequiredError");
      expectRule(run(http(403, JSON_H, '{"error": "insufficient_scope", "scope": "api"}')), "provider.403.insufficient-scope-body", "ScopeReauthRequiredError");
    });

    test("provider.400.credential-dead: a 400 that says the API key or access token is wrong is a dead credential; a parameter's token is not", () => {
      // xAI's 400 message as https://github.com/openai/codex/issues/1352 prints it (the bodies around it are written for the test).
      for (const body of ['{"code": "Client specified an invalid argument", "error": "Incorrect API key provided: xa***gA. You can obtain an API key from https://console.x.ai."}', '{"error": {"message": "Invalid API key"}}', '{"message": "API key not valid. Please pass a valid API key."}', '{"message": "The access token provided is expired"}']) {
        expect(expectRule(run(http(400, JSON_H, body)), "provider.400.credential-dead", "ProviderUnauthorizedError")!.retryable, body).toBe(false);
      }
      for (const body of ['{"error": {"message": "The page token is invalid."}}', '{"message": "Invalid value for api_key_name"}', '{"message": "Missing API key"}']) {
        expectRule(run(http(400, JSON_H, body)), "provider.error", "ProviderAPIError");
      }
      // Another status in the same words is that status's: a 401 is a 401, a 404's key is a resource.
      expectRule(run(http(404, JSON_H, '{"message": "Invalid API key"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.403.rate-limited: a 403 that says a rate limit was exceeded is retried; a quota's or a permission's is not", () => {
      // BigQuery's message as https://github.com/googleapis/python-bigquery-sqlalchemy/issues/34 prints it (in a body written for the test).
      for (const body of ['{"message": "Exceeded rate limits: too many table update operations for this table."}', '{"error": "API rate limit exceeded"}', '{"message": "Too Many Requests"}']) {
        expect(expectRule(run(http(403, JSON_H, body)), "provider.403.rate-limited", "ProviderAPIError")!.retryable, body).toBe(true);
      }
      for (const body of ['{"message": "Quota exceeded for quota metric Queries per day"}', '{"message": "Caller does not have permission"}']) {
        expect(expectRule(run(http(403, JSON_H, body)), "provider.403", "ProviderAPIError")!.retryable, body).toBe(false);
      }
    });

    test("provider.401.role-missing: a 401 for an identity without a role is no reconnect's to fix", () => {
      // https://github.com/microsoft/semantic-kernel/issues/10020 (Azure OpenAI with an Entra token)
      const denied = '{"error": {"code": "PermissionDenied", "message": "Principal does not have access to API/Operation."}}';
      expect(expectRule(run(http(401, JSON_H, denied)), "provider.401.role-missing", "ProviderAPIError")!.retryable).toBe(false);
      expectRule(run(http(401, JSON_H, '{"message": "Principal does not have access to API/Operation."}')), "provider.401.role-missing", "ProviderAPIError");
      // A 403 with it is any 403; a 401 with another code is a dead credential.
      expectRule(run(http(403, JSON_H, denied)), "provider.403", "ProviderAPIError");
      expectRule(run(http(401, JSON_H, '{"error": {"code": "Unauthorized", "message": "Access denied."}}')), "provider.401", "ProviderUnauthorizedError");
    });

    test("provider.token-endpoint-401: a token endpoint's 401 without an error code is the app's client authentication", () => {
      // https://github.com/python-social-auth/social-core/issues/349 (requests' HTTPError on Entra's code exchange, no body printed)
      const entra = run(wrap(401, [], "", { url: "https://login.microsoftonline.com/common/oauth2/v2.0/token" }));
      expect(expectRule(entra, "provider.token-endpoint-401", "ProviderAPIError")!.retryable).toBe(false);
      for (const url of ["https://oauth2.googleapis.com/token", "https://dev-1.okta.com/oauth2/default/v1/token", "https://x.auth0.com/oauth/token", "https://kc.example/realms/r/protocol/openid-connect/token"]) {
        expectRule(run(wrap(401, [], "", { url })), "provider.token-endpoint-401", "ProviderAPIError");
      }
      // An error code in the body decides (a 401 invalid_token is a dead credential), and other URLs are any API's 401.
      expectRule(run(wrap(401, JSON_H, { error: "invalid_token" }, { url: "https://x.auth0.com/oauth/token" })), "provider.401", "ProviderUnauthorizedError");
      for (const url of ["https://api.example.com/v1/token", "https://x.example/oauth2/v2.0/tokeninfo", "https://api.example.com/oauth/tokens"]) {
        expectRule(run(wrap(401, [], "", { url })), "provider.401", "ProviderUnauthorizedError");
      }
      expectRule(run(wrap(400, [], "", { url: "https://x.auth0.com/oauth/token" })), "provider.error", "ProviderAPIError");
    });

    test("provider.refresh-token-rejected: a token endpoint that says the refresh token is dead, whatever its code, is a reconnect", () => {
      // Atlassian (a Raycast extension's log) and Discord (golang.org/x/oauth2's printout), as blind trials pasted them.
      expectRule(run(http(403, JSON_H, '{"error":"unauthorized_client","error_description":"refresh_token is invalid"}')), "provider.refresh-token-rejected", "ProviderUnauthorizedError");
      expectRule(run(http(400, JSON_H, '{"error":"invalid_request","error_description":"Invalid \\"refresh_token\\" in request."}'), { providerId: "discord" }), "provider.refresh-token-rejected", "ProviderUnauthorizedError");
      expectRule(run(http(403, JSON_H, '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}')), "provider.refresh-token-rejected", "ProviderUnauthorizedError");
      // A description that names no refresh token, or a status a token endpoint does not answer with, is not one.
      expectRule(run(http(400, JSON_H, '{"error":"invalid_request","error_description":"Missing grant_type"}')), "provider.error", "ProviderAPIError");
      expectRule(run(http(500, JSON_H, '{"error":"server_error","error_description":"refresh_token is invalid"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.403.insufficient-scope-body: RFC 6750's code in the body is the challenge's meaning, with the body's scope", () => {
      // https://github.com/gabrie-allaigre/sonar-auth-gitlab-plugin/issues/9 (the body a SonarQube log printed)
      const body = '{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}';
      const err = expectRule(run(http(403, JSON_H, body)), "provider.403.insufficient-scope-body", "ScopeReauthRequiredError") as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["api"]);
      expect(expectRule(run(http(403, JSON_H, '{"error":"insufficient_scope"}')), "provider.403.insufficient-scope-body", "ScopeReauthRequiredError")!.retryable).toBe(false);
      // Only a 403, and only that code.
      expectRule(run(http(401, JSON_H, body)), "provider.401", "ProviderUnauthorizedError");
      expectRule(run(http(403, JSON_H, '{"error":"access_denied"}')), "provider.403", "ProviderAPIError");
    });
  });

  describe("6 and 7", () => {
    test.each([400, 404, 409, 418, 422, 500, 502, 503])("provider.error: %s is a ProviderAPIError", (status) => {
      const err = expectRule(run(http(status, [["Content-Type", "text/plain"]], "nope")), "provider.error", "ProviderAPIError") as ProviderAPIError;
      expect(err.statusCode).toBe(status);
      expect(err.responseBody).toBe("nope");
      expect(err.retryable).toBe(status >= 500);
    });

    test("a 429 is retryable; a plain 408 or 504 from a provider is a ProviderAPIError", () => {
      const e = run(http(429, [["Retry-After", "3"]]));
      expect(expectRule(e, "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      expect(e.fields.retryable).toBe("rule retry.provider-429-5xx");
      expectRule(run(http(504)), "provider.error", "ProviderAPIError");
    });

    test("provider.408: a provider's 408 Request Timeout is retried, as the backend's is; a 400 is not", () => {
      // A tus upload to Cloudflare Stream (the fixture 182-cloudflare-stream-tus-408-stream-timeout-1.txt) and aws-sdk-ruby's Http408Error.
      expect(expectRule(run(http(408, [], "stream timeout")), "provider.408", "ProviderAPIError")!.retryable).toBe(true);
      expect(expectRule(run(http(408, JSON_H, '{"message": "Failed to read request bytes."}')), "provider.408", "ProviderAPIError")!.retryable).toBe(true);
      expect(expectRule(run(http(400, [], "stream timeout")), "provider.error", "ProviderAPIError")!.retryable).toBe(false);
    });

    test("provider.not-supported: a 501 that says the request is not supported is not retried; other 501s and 5xx are", () => {
      // Microsoft Graph's notSupported from a OneDrive call (the fixture 189-msgraph-onedrive-501-notsupported-activepieces-1.txt).
      const graph = '{"error":{"code":"notSupported","message":"The request is not supported by the system."}}';
      expect(expectRule(run(http(501, JSON_H, graph)), "provider.not-supported", "ProviderAPIError")!.retryable).toBe(false);
      expect(expectRule(run(http(501, [], "Not Implemented")), "provider.not-supported", "ProviderAPIError")!.retryable).toBe(false);
      // Dropbox's own unexpected failure (148-dropbox-joplin-501-1.txt), and a 501 with nothing said: a 5xx, retried.
      expect(expectRule(run(http(501, JSON_H, '{"error_summary": "unexpected error occurred"}')), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      expect(expectRule(run(http(501)), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      expect(expectRule(run(http(500, JSON_H, graph)), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
    });

    test("provider.anonymous-limit: a limit for calls without a credential is lifted by sending one, not by a wait; a spent limit's headers still wait", () => {
      // Infura's legacy access (the fixture 181-infura-herdius-429-project-id-missing-1.txt), its reason in `error.data`.
      const infura = '{"jsonrpc":"2.0","error":{"code":-32005,"message":"legacy access request rate exceeded","data":{"reason":"project ID not provided","see":"https://infura.io/dashboard"}}}';
      expect(expectRule(run(http(429, JSON_H, infura)), "provider.anonymous-limit", "ProviderAPIError")!.retryable).toBe(false);
      // Codecov's tokenless upload, whose wait is still read.
      const codecov = run(http(429, JSON_H, '{"detail": "Rate limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to availability: 1068s."}'));
      expect(expectRule(codecov, "provider.anonymous-limit", "ProviderAPIError")!.retryable).toBe(false);
      expect(codecov.error!.retryAfter).toBe(1068);
      expectRule(run(http(429, JSON_H, '{"message": "Anonymous rate limit exceeded. Increase your limit by signing in."}')), "provider.anonymous-limit", "ProviderAPIError");
      expect(run(http(429, [], "Too many requests. Please wait 30 seconds, or use an API key for a higher limit.")).error!.retryable).toBe(true);
      // Google's, at a 403; a 403 that says a key is missing without a limit is a credential left out.
      expectRule(run(http(403, JSON_H, '{"error": {"code": 403, "message": "Daily Limit for Unauthenticated Use Exceeded. Continued use requires signup."}}')), "provider.anonymous-limit", "ProviderAPIError");
      expect(run(http(403, JSON_H, '{"message": "API key not provided"}')).rule).not.toBe("provider.anonymous-limit");
      // The limit named anywhere in a body that says it in a member no message reader looks at.
      expectRule(run(http(403, JSON_H, '{"error": {"code": 1, "data": {"limit": "Daily Limit exceeded", "reason": "API key not provided"}}}')), "provider.anonymous-limit", "ProviderAPIError");
      // GitHub's primary limit with its headers: the reset it names is waited for.
      const github: Headers = [...JSON_H, ["X-RateLimit-Remaining", "0"], ["X-RateLimit-Reset", "1700000060"], ["Date", "Tue, 14 Nov 2023 22:13:20 GMT"]];
      const spent = run(http(403, github, '{"message": "API rate limit exceeded for 1.2.3.4. (But here\'s the good news: Authenticated requests get a higher rate limit.)"}'));
      expect(expectRule(spent, "provider.rate-limit-spent", "ProviderAPIError")!.retryable).toBe(true);
    });

    test("provider.token-not-yet-valid: a 401 for a token not valid yet is the clocks', retried; an expired one is a credential to replace", () => {
      // A self-hosted LiveKit's log (the fixture 182-livekit-server-log-401-nbf-1.txt).
      for (const said of ["invalid token: x error: square/go-jose/jwt: validation failed, token not valid yet (nbf)", "Token used before issued", "The token is not yet valid (iat)", "jwt not active"]) {
        expect(expectRule(run(http(401, JSON_H, JSON.stringify({ error: said }))), "provider.token-not-yet-valid", "ProviderAPIError")!.retryable, said).toBe(true);
      }
      expectRule(run(http(403, JSON_H, JSON.stringify({ message: "Token used too early, 1589462587 < 1589462588. Check that your computer's clock is set correctly." }))), "provider.token-not-yet-valid", "ProviderAPIError");
      expectRule(run(http(401, JSON_H, JSON.stringify({ error: "token is expired" }))), "provider.401", "ProviderUnauthorizedError");
      expectRule(run(http(400, JSON_H, JSON.stringify({ error: "token not valid yet" }))), "provider.error", "ProviderAPIError");
    });

    test("provider.403.csrf-token: a 403 that asks for a CSRF token is no missing permission; a 403 without one stays a 403", () => {
      // Roblox's web API (the fixture 186-roblox-403-csrf-token-validation-1.txt) sends the token to use in the header.
      expectRule(run(http(403, [...JSON_H, ["x-csrf-token", "V9sif/vKTPUi"]], '{"code":0,"message":"Token Validation Failed"}')), "provider.403.csrf-token", "ProviderAPIError");
      expectRule(run(http(403, JSON_H, '{"detail": "CSRF Failed: CSRF token missing or incorrect."}')), "provider.403.csrf-token", "ProviderAPIError");
      expectRule(run(http(403, JSON_H, '{"code":0,"message":"Token Validation Failed"}')), "provider.403", "ProviderAPIError");
      expectRule(run(http(400, [["x-csrf-token", "abc"]], "")), "provider.error", "ProviderAPIError");
    });

    test.each([200, 201, 204, 301, 304, 399])("provider.success: %s is no error", (status) => {
      expectRule(run(http(status, [], "")), "provider.success", null);
    });

    test("provider.not-temporary: a Goa error that says it is not temporary is not retried; a temporary one is", () => {
      const goa = (temporary: boolean) => JSON.stringify({ name: "fault", id: "LyMu4toe", message: "image: unknown format", temporary, timeout: false, fault: true });
      expect(expectRule(run(http(500, JSON_H, goa(false))), "provider.not-temporary", "ProviderAPIError")!.retryable).toBe(false);
      expect(expectRule(run(http(503, JSON_H, goa(true))), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      expectRule(run(http(500, JSON_H, JSON.stringify({ temporary: false }))), "provider.error", "ProviderAPIError");
      expectRule(run(http(400, JSON_H, goa(false))), "provider.error", "ProviderAPIError");
    });

    test("provider.token-dead-code: a 400 or 403 whose error code names the token dead is a credential to replace; a parameter's token is not", () => {
      // The AT Protocol's `ExpiredToken` (the fixture 186-bluesky-atproto-400-expiredtoken-1.txt).
      for (const [status, body] of [[400, { error: "ExpiredToken", message: "Token has been revoked" }], [403, { code: "expired_token", message: "x" }], [400, { error: { code: "InvalidAccessToken", message: "x" } }]] as const) {
        expect(expectRule(run(http(status, JSON_H, JSON.stringify(body))), "provider.token-dead-code", "ProviderUnauthorizedError")!.retryable).toBe(false);
      }
      expectRule(run(http(400, JSON_H, JSON.stringify({ error: "invalid_page_token", message: "x" }))), "provider.error", "ProviderAPIError");
      expectRule(run(http(404, JSON_H, JSON.stringify({ error: "ExpiredToken", message: "x" }))), "provider.error", "ProviderAPIError");
    });

    test("provider.storage-full: a 5xx that says the caller's storage is full is not retried; a server's own disk is a 5xx", () => {
      // OneDrive's 500 as https://github.com/OneDrive/onedrive-api-docs/issues/23 prints it (the fixture 187-onedrive-500-insufficient-space-1.txt).
      for (const body of ['{"error": {"message": "Insufficient Space Available", "code": "generalException"}}', '{"message": "Storage quota exceeded"}']) {
        expect(expectRule(run(http(500, JSON_H, body)), "provider.storage-full", "ProviderAPIError")!.retryable, body).toBe(false);
      }
      expect(expectRule(run(http(507, JSON_H, '{"message": "Insufficient storage"}')), "provider.storage-full", "ProviderAPIError")!.retryable).toBe(false);
      expect(expectRule(run(http(503, JSON_H, '{"message": "disk is full, try later"}')), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      expectRule(run(http(400, JSON_H, '{"message": "Insufficient Space Available"}')), "provider.error", "ProviderAPIError");
    });

    test("provider.soap-client-fault: a 500 SOAP fault of the Client class is not retried; a Server fault is a 5xx", () => {
      // Workday's fault for a wrong password (the hundred-and-eighty-third trial's paste, 183-workday-soap-authfault-bare-xml-1.txt),
      // behind the 500 SOAP 1.1 sends every fault with.
      const fault = (code: string) =>
        `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>${code}</faultcode><faultstring>invalid username or password</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
      const XML: Headers = [["Content-Type", "text/xml; charset=utf-8"]];
      for (const code of ["SOAP-ENV:Client.authenticationError", "soap:Client", "Client"]) {
        expect(expectRule(run(http(500, XML, fault(code))), "provider.soap-client-fault", "ProviderAPIError")!.retryable, code).toBe(false);
      }
      expect(expectRule(run(http(500, XML, fault("SOAP-ENV:Server"))), "provider.error", "ProviderAPIError")!.retryable).toBe(true);
      expectRule(run(http(400, XML, fault("SOAP-ENV:Client"))), "provider.error", "ProviderAPIError");
      expectRule(run(http(500, XML, fault("ClientTimeout"))), "provider.error", "ProviderAPIError");
    });

    test("provider.graphql-errors: a 2xx GraphQL answer with errors and no data failed; one with data is a partial result", () => {
      const e = expectRule(run(http(200, JSON_H, JSON.stringify({ errors: [{ message: "Cannot query field \"x\" on type \"Query\"." }] }))), "provider.graphql-errors", "ProviderAPIError");
      expect(e!.retryable).toBe(false);
      expectRule(run(http(200, JSON_H, JSON.stringify({ data: null, errors: [{ message: "boom" }] }))), "provider.graphql-errors", "ProviderAPIError");
      expectRule(run(http(200, JSON_H, JSON.stringify({ data: { x: 1 }, errors: [{ message: "partial" }] }))), "provider.success", null);
      expectRule(run(http(200, JSON_H, JSON.stringify({ errors: [{ code: 1 }] }))), "provider.success", null);
      expectRule(run(http(302, JSON_H, JSON.stringify({ errors: [{ message: "moved" }] }))), "provider.success", null);
    });
  });
});

// ------------------------------------------------------------------ retry rules seen through the mapper

describe("retry rules through the mapper (section 8)", () => {
  test("retry.token-refresh, retry.network, retry.rate-limit-policy, retry.backend-5xx and retry.none", () => {
    expect(run(http(409, JSON_H, envelope("token_refresh_in_progress"))).fields.retryable).toBe("rule retry.token-refresh");
    expect(run("TypeError: fetch failed").fields.retryable).toBe("rule retry.network");
    expect(run(http(429, JSON_H, envelope("rate_limit_exceeded"))).fields.retryable).toBe("rule retry.rate-limit-policy");
    expect(run(http(500, [], "x"), { source: "backend" }).fields.retryable).toBe("rule retry.backend-5xx");
    expect(run(http(401, JSON_H, envelope("grant_expired"))).fields.retryable).toBe("rule retry.none");
  });
});

// ------------------------------------------------------------------ the rule table itself

describe("the rule table (section 13)", () => {
  test("every id in RULES is unique", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("RULES is the mapping rules, then the retry rules", () => {
    expect(RULES.map((r) => r.id)).toEqual([...MAPPING_RULES.map((r) => r.id), ...RETRY_RULES.map((r) => r.id)]);
  });

  test("every rule has a stable dotted id, a one-line statement and the classes it produces", () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/);
      expect(r.statement.trim()).not.toBe("");
      expect(r.statement).not.toMatch(/\n/);
      for (const p of r.produces) expect(Object.keys(ERROR_CLASSES)).toContain(p);
    }
  });

  test("the spec's example ids exist", () => {
    const ids = RULES.map((r) => r.id);
    for (const id of ["backend.code", "backend.no-code.429", "provider.403.insufficient-scope", "quirk.slack.missing-scope", "network.timeout"]) expect(ids).toContain(id);
  });

  test("groups run in order: logged, network, poll, source, backend, provider", () => {
    const order = ["logged", "network", "poll", "source", "backend", "provider"];
    const groups = MAPPING_RULES.map((r) => order.indexOf(r.group));
    expect(groups.every((g) => g >= 0)).toBe(true);
    expect([...groups].sort((a, b) => a - b)).toEqual(groups);
  });

  test("provider rules keep the spec's order: the providers' signals, spent rate limit, 401, 403, other, a GraphQL request error, success", () => {
    const provider: string[] = MAPPING_RULES.filter((r) => r.group === "provider").map((r) => r.id);
    const at = (id: string) => provider.indexOf(id);
    const signals = provider.filter((id) => /^(?:quirk|provider)\.[a-z0-9]+\.[a-z]/.test(id) && !id.startsWith("provider.4") && id !== "provider.rate-limit-spent");
    expect(signals.length).toBeGreaterThan(0);
    expect(Math.max(...signals.map(at))).toBeLessThan(at("provider.rate-limit-spent"));
    expect(at("provider.rate-limit-spent")).toBeLessThan(at("provider.401.insufficient-scope"));
    expect(at("provider.401.insufficient-scope")).toBeLessThan(at("provider.401"));
    expect(at("provider.401")).toBeLessThan(at("provider.403.insufficient-scope"));
    expect(at("provider.403.insufficient-scope")).toBeLessThan(at("provider.403"));
    expect(at("provider.403")).toBeLessThan(at("provider.not-temporary"));
    expect(at("provider.not-temporary")).toBeLessThan(at("provider.error"));
    expect(at("provider.error")).toBeLessThan(at("provider.graphql-errors"));
    expect(at("provider.graphql-errors")).toBeLessThan(at("provider.success"));
  });

  test("backend rules keep the spec's order", () => {
    const ids = MAPPING_RULES.filter((r) => r.group === "backend").map((r) => r.id);
    expect(ids).toEqual([
      "backend.success",
      "backend.code",
      "backend.unknown-code",
      "backend.no-code.429",
      "backend.no-code.timeout",
      "backend.non-json",
      "backend.invalid-json",
      "backend.fallback",
    ]);
  });

  test("rulesProducing lists the rules in table order", () => {
    const ids = RULES.map((r) => r.id);
    const list = rulesProducing("ScopeReauthRequiredError").map((r) => r.id);
    expect(list).toEqual([...list].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)));
    expect(list).toEqual(expect.arrayContaining(["backend.code", "quirk.slack.missing-scope", "quirk.github.scopes", "provider.403.insufficient-scope"]));
  });
});

/** The rules this file must cover: every rule but the provider signals, which providers.test.ts runs on their real examples. */
const CORE_IDS = RULES.filter((r) => r.provider === undefined).map((r) => r.id);

// Runs last (tests in a file run in order): every rule was exercised above.
afterAll(() => {
  const missing = CORE_IDS.filter((id) => !covered.has(id));
  if (missing.length > 0) throw new Error(`rules no test covered: ${missing.join(", ")}`);
});

test("zz: every rule but the provider signals is covered by a test above", () => {
  expect(CORE_IDS.filter((id) => !covered.has(id))).toEqual([]);
});

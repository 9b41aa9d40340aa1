import { describe, test, expect, beforeAll, afterAll } from "vitest";
import fc from "fast-check";
import { expectLinear, repeat } from "../support/linear.js";
import {
  AlterSDKError,
  AlterValueError,
  CODES,
  ScopeReauthRequiredError,
  classify,
  errorFromNetworkFailure,
  errorFromResponse,
  explain,
  type MapOptions,
  type ProviderAPIError,
} from "../../sdk/src/docs.js";

// ------------------------------------------------------------------ generators

const codeArb = fc.oneof(
  fc.constantFrom(...CODES.map((c) => c.code)),
  fc.constantFrom("shiny_new_code", "InvalidAuthenticationToken", "", "GRANT_EXPIRED", "__proto__", "constructor"),
  fc.string(),
);

const keyArb = fc.oneof(
  fc.constantFrom(
    "grant_id", "provider_id", "app_user_id", "agent_id", "account_identifiers", "account_was_provided", "grant_ids", "app_user_ids",
    "policy_error", "required", "granted", "missing", "scope_version", "current_scope_version", "scope_version_mismatch",
    "documentation_url", "missing_scopes", "fields", "hint", "code", "status_code", "request_id", "raw_body", "truncated",
    "__proto__", "constructor", "prototype", "toString", "hasOwnProperty",
  ),
  fc.string({ maxLength: 12 }),
);
const detailsArb = fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });

const envelopeArb = fc.record(
  {
    error: fc.record(
      { code: fc.oneof(codeArb, fc.jsonValue({ maxDepth: 1 })), message: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })), request_id: fc.oneof(fc.string(), fc.integer()), details: fc.oneof(detailsArb, fc.jsonValue({ maxDepth: 2 })) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["error"] },
);
const problemArb = fc.tuple(codeArb, detailsArb, fc.string()).map(([code, details, detail]) => ({ type: "about:blank", title: "t", detail, ...details, code }));
const pollArb = fc.oneof(
  fc.record({ session_id: fc.oneof(fc.string(), fc.integer()), status: fc.constantFrom("pending", "completed", "denied", "error", "expired", "weird"), error: fc.option(fc.record({ code: fc.string(), message: fc.oneof(fc.string(), fc.integer()) })) }),
  fc.record({ approval_id: fc.oneof(fc.string(), fc.integer()), status: fc.constantFrom("pending", "approved", "denied", "expired", "execution_failed", "weird"), reason: fc.option(fc.string()) }),
);
const slackArb = fc.record({
  ok: fc.oneof(fc.boolean(), fc.constant("false")),
  error: fc.oneof(fc.constantFrom("missing_scope", "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "ratelimited", "channel_not_found"), fc.string(), fc.integer()),
  needed: fc.option(fc.oneof(fc.string(), fc.constantFrom("chat:write", "chat:write, im:history", " , ,"))),
});
const jsonBodyArb = fc.oneof(envelopeArb, problemArb, pollArb, slackArb, fc.jsonValue({ maxDepth: 3 }));

const wwwAuthArb = fc.oneof(
  fc.constantFrom(
    'Bearer error="insufficient_scope", scope="a b"',
    "Bearer error=insufficient_scope",
    'Bearer realm="https://accounts.google.com/", error=insufficient_scope, scope="https://www.googleapis.com/auth/drive"',
    'Basic realm="x", Bearer error="insufficient_scope"',
    'Bearer error="invalid_token", error_description="The access token expired"',
    "Bearer abc123==",
    'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
    "Bearer",
    'Bearer error="',
    "Bearer ,,, ,",
    "=",
    '"',
    "\\",
    "Bearer error=insufficient_scope, error=invalid_token",
    "bearer ERROR=insufficient_scope scope=x",
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const headerNameArb = fc.oneof(
  fc.constantFrom(
    "Content-Type", "WWW-Authenticate", "Retry-After", "Date", "X-Request-Id", "x-ratelimit-remaining", "x-ratelimit-reset",
    "X-GitHub-Request-Id", "X-OAuth-Scopes", "X-Accepted-OAuth-Scopes", "x-slack-req-id", "__proto__", "constructor",
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/),
);
const headerValueFor = (name: string): fc.Arbitrary<string> => {
  switch (name) {
    case "Content-Type":
      return fc.constantFrom("application/json", "application/json; charset=utf-8", "application/problem+json", "text/html", "text/plain", "application/vnd.api+json", "", ";;;");
    case "WWW-Authenticate":
      return wwwAuthArb;
    case "Retry-After":
      return fc.oneof(fc.nat().map(String), fc.constantFrom("1.5", "Tue, 14 Jan 2025 09:13:44 GMT", "Tuesday, 14-Jan-25 09:13:44 GMT", "Tue Jan 14 09:13:44 2025", "-1", "soon"), fc.string());
    case "x-ratelimit-remaining":
      return fc.constantFrom("0", "1", " 0 ", "", "abc");
    case "x-ratelimit-reset":
      return fc.oneof(fc.nat().map(String), fc.integer({ min: 1_000_000_000, max: 9_999_999_999 }).map(String), fc.constantFrom("1.5", "1e12", "-3", "x"));
    case "Date":
      return fc.constantFrom("Tue, 14 Jan 2025 09:12:44 GMT", "garbage", "");
    case "X-OAuth-Scopes":
    case "X-Accepted-OAuth-Scopes":
      return fc.constantFrom("", "repo", "repo, read:org", "admin:org, read:org", " , ");
    default:
      return fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, " "));
  }
};
const headerArb: fc.Arbitrary<[string, string]> = headerNameArb.chain((name) => headerValueFor(name).map((value) => [name, value] as [string, string]));
const headersArb = fc.array(headerArb, { maxLength: 8 });

const statusArb = fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constantFrom(200, 400, 401, 403, 404, 408, 409, 429, 500, 502, 504));
const bodyArb = fc.oneof(
  jsonBodyArb.map((v) => JSON.stringify(v)),
  jsonBodyArb,
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", "<html><body>502 Bad Gateway</body></html>", '{"error": {"code": "grant_exp', "null", "[]", '"str"'),
);
const optsArb: fc.Arbitrary<MapOptions | undefined> = fc.option(
  fc.record(
    {
      source: fc.constantFrom("auto", "backend", "provider"),
      providerId: fc.oneof(fc.constantFrom("google", "slack", "github", "microsoft", ""), fc.string({ maxLength: 8 })),
      grantId: fc.string({ maxLength: 12 }),
      now: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const rawHttp = (status: number, headers: [string, string][], body: unknown, version: string) =>
  `${version} ${status} Reason\r\n${headers.map(([n, v]) => `${n}: ${v}`).join("\r\n")}${headers.length ? "\r\n" : ""}\r\n${typeof body === "string" ? body : JSON.stringify(body)}`;

const textArb = fc.oneof(
  fc.tuple(statusArb, headersArb, bodyArb, fc.constantFrom("HTTP/1.1", "HTTP/2", "HTTP/1.0")).map(([s, h, b, v]) => rawHttp(s, h, b, v)),
  fc.tuple(statusArb, headersArb, bodyArb).map(([status, headers, body]) => JSON.stringify({ status, headers, body })),
  fc.tuple(statusArb, headersArb, bodyArb, fc.webUrl()).map(([status, headers, body, url]) =>
    JSON.stringify({ log: { entries: [{ request: { method: "GET", url }, response: { status, headers: headers.map(([name, value]) => ({ name, value })), content: { text: typeof body === "string" ? body : JSON.stringify(body) } } }] } }),
  ),
  jsonBodyArb.map((v) => JSON.stringify(v)),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "binary-ascii" }),
  fc.constantFrom("TypeError: fetch failed", "curl: (28) Operation timed out", "curl: (22) The requested URL returned error: 403", "curl: (22) The requested URL returned error: 999", "\u0000", "\uFEFF", "HTTP/1.1", "HTTP/1.1 abc", "< HTTP/2 403\n< a: b\n<\n", "{", "[]"),
);

/** The only acceptable outcomes: an SDK error, null, or a thrown AlterValueError. */
function outcome(f: () => unknown): "error" | "null" | "rejected" {
  let r: unknown;
  try {
    r = f();
  } catch (e) {
    if (e instanceof AlterValueError) {
      expect(e.message.trim().length).toBeGreaterThan(0);
      return "rejected";
    }
    throw e;
  }
  if (r === null) return "null";
  expect(r).toBeInstanceOf(AlterSDKError);
  const err = r as AlterSDKError;
  expect(typeof err.name).toBe("string");
  expect(typeof err.message).toBe("string");
  expect(Object.isFrozen(err.details)).toBe(true);
  expect(typeof err.retryable).toBe("boolean");
  // A documentation_url the backend sends is passed on as it is (spec section 10); the SDK's own start with SITE_ORIGIN.
  expect(typeof err.docsUrl).toBe("string");
  if (err.details.documentation_url === undefined) expect(err.docsUrl).toMatch(/^https:\/\//);
  if (err.retryAfter !== undefined) {
    expect(Number.isInteger(err.retryAfter)).toBe(true);
    expect(err.retryAfter).toBeGreaterThanOrEqual(0);
  }
  expect(() => JSON.stringify(err.toJSON())).not.toThrow();
  return "error";
}

// ------------------------------------------------------------------ prototype canary

const protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayProtoNames = Object.getOwnPropertyNames(Array.prototype).sort();
const CANARY = Symbol.for("alter-sdk-test-canary");
function expectPrototypesUntouched() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect((Object.prototype as unknown as Record<symbol, unknown>)[CANARY]).toBe("canary");
}
beforeAll(() => {
  Object.defineProperty(Object.prototype, CANARY, { value: "canary", configurable: true, enumerable: false, writable: true });
});
afterAll(() => {
  expectPrototypesUntouched();
  delete (Object.prototype as unknown as Record<symbol, unknown>)[CANARY];
});

// ------------------------------------------------------------------ properties

describe("never anything but an SDK error, null or an AlterValueError", () => {
  test("classify over generated pasted text", () => {
    fc.assert(fc.property(textArb, optsArb, (text, opts) => void outcome(() => classify(text, opts))), { numRuns: 1500 });
  });

  test("explain over generated pasted text, with classify agreeing", () => {
    fc.assert(
      fc.property(textArb, optsArb, (text, opts) => {
        const kind = outcome(() => explain(text, opts).error);
        if (kind === "rejected") {
          expect(() => classify(text, opts)).toThrow(AlterValueError);
          return;
        }
        const e = explain(text, opts);
        expect(typeof e.rule).toBe("string");
        expect(e.trace.at(-1)?.rule).toBe(e.rule);
        const c = classify(text, opts);
        expect(c?.name ?? null).toBe(e.error?.name ?? null);
        expect(c?.details ?? null).toEqual(e.error?.details ?? null);
      }),
      { numRuns: 800 },
    );
  });

  test("errorFromResponse over generated responses (headers as pairs, objects or Headers; bodies as text or objects)", () => {
    const headersFormArb = fc.tuple(headersArb, fc.constantFrom("pairs", "object", "Headers")).map(([pairs, form]) => {
      if (form === "pairs") return pairs;
      if (form === "object") return Object.fromEntries(pairs);
      const h = new Headers();
      for (const [n, v] of pairs) {
        try {
          h.append(n, v);
        } catch {
          // Headers refuses some values: skip them.
        }
      }
      return h;
    });
    fc.assert(
      fc.property(fc.option(statusArb, { nil: undefined }), headersFormArb, fc.option(bodyArb, { nil: undefined }), fc.option(fc.webUrl(), { nil: undefined }), optsArb, (status, headers, body, url, opts) => {
        outcome(() => errorFromResponse({ ...(status === undefined ? {} : { status }), headers, body, ...(url === undefined ? {} : { url }) }, opts));
      }),
      { numRuns: 1500 },
    );
  });

  test("errorFromNetworkFailure over arbitrary values is always a NetworkError with the cause kept", () => {
    fc.assert(
      fc.property(fc.anything(), (cause) => {
        const err = errorFromNetworkFailure(cause);
        expect(err).toBeInstanceOf(AlterSDKError);
        expect(["NetworkError", "TimeoutError"]).toContain(err.name);
        if (cause !== undefined) expect(err.cause).toBe(cause);
      }),
      { numRuns: 500 },
    );
  });

  test("odd response objects never throw anything else", () => {
    for (const res of [null, undefined, 5, "x", [], { status: "403" }, { status: 403, headers: 5 }, { status: 403, headers: [["a"]] }, { status: 403, headers: [null] }, { status: 403, body: Symbol("x") }, { status: 403, body: () => 1 }]) {
      outcome(() => errorFromResponse(res as never));
    }
  });
});

describe("prototype pollution", () => {
  const POLLUTING = [
    `{"__proto__":{"polluted":"yes"},"error":{"code":"grant_expired","details":{"__proto__":{"polluted":"yes"},"grant_id":"gr_1"}}}`,
    `{"error":{"code":"ambiguous_grant","details":{"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}}}`,
    `{"error":{"code":"validation_error","details":{"fields":{"__proto__":["polluted"],"constructor":{"prototype":{"isAdmin":true}}}}}}`,
    `{"type":"about:blank","title":"t","code":"grant_deleted","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
    `{"session_id":"cs_1","status":"denied","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
    `{"approval_id":"a","status":"expired","__proto__":{"isAdmin":true}}`,
    `{"ok":false,"error":"missing_scope","needed":"a","__proto__":{"polluted":"yes"}}`,
    `{"status":500,"headers":{"__proto__":"x","constructor":"y","Content-Type":"application/json"},"body":{"__proto__":{"polluted":"yes"},"error":{"message":"x"}}}`,
    `{"log":{"entries":[{"request":{"url":"https://api.alterauth.com/v1"},"response":{"status":500,"headers":[{"name":"__proto__","value":"x"}],"content":{"text":"{\\"__proto__\\":{\\"polluted\\":1},\\"error\\":{\\"code\\":\\"x\\",\\"details\\":{\\"__proto__\\":{\\"polluted\\":1}}}}","mimeType":"application/json"}}}]}}`,
  ];

  test.each(POLLUTING.map((text, i) => ({ i, text })))("pasted body #$i leaves Object.prototype untouched", ({ text }) => {
    for (const source of ["auto", "backend", "provider"] as const) {
      const kind = outcome(() => classify(text, { source }));
      if (kind === "error") {
        const err = classify(text, { source })!;
        expect(Object.hasOwn(err.details, "__proto__")).toBe(false);
        expect(Object.hasOwn(err.details, "constructor")).toBe(false);
        expect(Object.getPrototypeOf(err.details)).toBe(Object.prototype);
        expect((err.details as Record<string, unknown>).polluted).toBeUndefined();
        expect((err as unknown as Record<string, unknown>).polluted).toBeUndefined();
      }
      expectPrototypesUntouched();
    }
  });

  test("bodies given as objects with own __proto__ keys", () => {
    const body = JSON.parse(POLLUTING[0]!);
    const err = errorFromResponse({ status: 401, headers: { "content-type": "application/json" }, body })!;
    expect(err.name).toBe("GrantExpiredError");
    expect(err.details.grant_id).toBe("gr_1");
    expectPrototypesUntouched();
    const headers = JSON.parse('{"__proto__":{"polluted":"yes"},"X-Request-Id":"req_1"}');
    expect(errorFromResponse({ status: 500, headers, body: "" })!.requestId).toBe("req_1");
    expectPrototypesUntouched();
  });

  test("generated details with dangerous keys never pollute", () => {
    fc.assert(
      fc.property(detailsArb, fc.constantFrom(...CODES.map((c) => c.code)), (details, code) => {
        const text = JSON.stringify({ error: { code, details } }).replace(/"__proto___?"/g, '"__proto__"');
        outcome(() => classify(text));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expectPrototypesUntouched();
  });
});

describe("pathological input is handled in linear time (timed as a ratio against 4x the input, never against the clock)", () => {
  test("a WWW-Authenticate with many backslash escapes", () => {
    const header = (n: number) => 'Bearer error="insufficient_scope", scope="' + repeat("\\a", n) + '"';
    const value = errorFromResponse({ status: 403, headers: { "WWW-Authenticate": header(120_000) } });
    expect(value).toBeInstanceOf(ScopeReauthRequiredError);
    // Counted: each `\a` unescapes to one `a`.
    expect((value as ScopeReauthRequiredError).missingScopes).toEqual(["a".repeat(60_000)]);
    expectLinear(header, (h) => errorFromResponse({ status: 403, headers: { "WWW-Authenticate": h } }));
  });

  test("an unterminated quoted string of backslash escapes", () => {
    const header = (n: number) => 'Bearer error="insufficient_scope", realm="' + repeat("\\\\", n);
    expect(errorFromResponse({ status: 403, headers: { "WWW-Authenticate": header(60_000) } })).toBeInstanceOf(AlterSDKError);
    expectLinear(header, (h) => errorFromResponse({ status: 403, headers: { "WWW-Authenticate": h } }));
  });

  test.each([
    (n: number) => "Bearer " + ",".repeat(n) + ' error="insufficient_scope"',
    (n: number) => ",".repeat(n) + 'Bearer error="insufficient_scope"',
    (n: number) => 'Bearer error="insufficient_scope"' + ",".repeat(n),
    (n: number) => "Bearer " + repeat("a=b,", n),
    (n: number) => repeat("Basic, ", n),
  ])("a WWW-Authenticate of many commas (%#)", (header) => {
    expect(explain(`HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: ${header(60_000)}\r\n\r\n`).error).toBeInstanceOf(AlterSDKError);
    expectLinear(header, (h) => explain(`HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: ${h}\r\n\r\n`));
  });

  test("60,000 header lines: the first 1,000 kept, with a warning", () => {
    const text = (n: number) => "HTTP/1.1 500 X\r\n" + repeat("X-A: b\r\n", n) + "\r\nbody";
    const value = explain(text(480_000));
    expect(value.input.headers).toHaveLength(1000);
    expect(value.input.warnings).toEqual([expect.stringMatching(/first 1000 header lines/)]);
    expect((value.error as ProviderAPIError).responseBody).toBe("body");
    expectLinear(text, (t) => explain(t));
  });

  test("a 5 MiB HAR is classified, its last failing entry counted", () => {
    const entry = (i: number, status: number) => ({
      startedDateTime: "2025-01-14T09:12:44.000Z",
      request: { method: "GET", url: `https://api.example.com/items/${i}`, headers: [] },
      response: {
        status,
        headers: [{ name: "Content-Type", value: "application/json" }, { name: "X-Request-Id", value: `req_${i}` }],
        content: { mimeType: "application/json", text: JSON.stringify({ id: i, filler: "x".repeat(400) }) },
      },
    });
    const har = (budget: number) => {
      const entries: unknown[] = [];
      let size = 0;
      for (let i = 0; size < budget - 1200; i++) {
        const e = entry(i, i % 97 === 0 ? 404 : 200);
        size += JSON.stringify(e).length + 1;
        entries.push(e);
      }
      return { entries, text: JSON.stringify({ log: { version: "1.2", entries } }) };
    };
    const { entries, text } = har(5 * 1024 * 1024 - 4096);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(5 * 1024 * 1024 - 8192);
    const lastFailing = [...entries.keys()].filter((k) => k % 97 === 0).at(-1)!;
    const value = explain(text);
    expect(value.input.format).toBe("har");
    expect(value.input.status).toBe(404);
    expect(value.input.entry).toBe(lastFailing);
    expect(value.input.entries).toHaveLength(Math.floor(lastFailing / 97) + 1);
    expect(value.error!.requestId).toBe(`req_${lastFailing}`);
    expectLinear((n) => har(n).text, (t) => explain(t));
  });

  test("input just over 5 MiB is an AlterValueError", () => {
    const limit = 5 * 1024 * 1024;
    const body = '{"error":{"code":"grant_expired","message":"' ;
    const ascii = body + "x".repeat(limit - body.length - 3 + 1) + '"}}';
    expect(new TextEncoder().encode(ascii).length).toBe(limit + 1);
    expect(() => classify(ascii)).toThrow(AlterValueError);
    expect(() => explain(ascii)).toThrow(AlterValueError);
    const exact = body + "x".repeat(limit - body.length - 3) + '"}}';
    expect(new TextEncoder().encode(exact).length).toBe(limit);
    expect(() => classify(exact)).not.toThrow();
  });

  test("the 5 MiB limit counts UTF-8 bytes, not UTF-16 units", () => {
    const limit = 5 * 1024 * 1024;
    // 2 bytes per character: under 5 MiB of characters, over 5 MiB of bytes.
    const text = "TypeError: fetch failed " + "é".repeat(limit / 2);
    expect(text.length).toBeLessThan(limit);
    expect(() => classify(text)).toThrow(AlterValueError);
    const emoji = "TypeError: fetch failed " + "😀".repeat(limit / 4);
    expect(() => classify(emoji)).toThrow(AlterValueError);
  });

  test("a large response body given to errorFromResponse is cut, not copied whole", () => {
    const value = errorFromResponse({ status: 500, headers: { "content-type": "text/plain" }, body: "x".repeat(3 * 1024 * 1024) }, { source: "backend" });
    expect((value!.details.raw_body as string).length).toBe(64 * 1024);
    expect(value!.details.truncated).toBe(true);
    expectLinear((n) => "x".repeat(n), (b) => errorFromResponse({ status: 500, headers: { "content-type": "text/plain" }, body: b }, { source: "backend" }));
  });
});

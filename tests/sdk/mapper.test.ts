import { describe, test, expect } from "vitest";
import {
  AlterSDKError,
  AlterValueError,
  AmbiguousGrantError,
  BackendError,
  ERROR_CLASSES,
  GrantExpiredError,
  InsufficientScopeError,
  NetworkError,
  ProviderAPIError,
  ProviderUnauthorizedError,
  ScopeReauthRequiredError,
  SITE_ORIGIN,
  TimeoutError,
  classify,
  errorFromNetworkFailure,
  errorFromResponse,
  explain,
  type ErrorName,
} from "../../sdk/src/docs.js";

const JSON_CT = { "content-type": "application/json" };
const env = (code: string, details: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  error: { code, message: `msg ${code}`, ...extra, details },
});
const backendRes = (status: number | undefined, body: unknown, headers: Record<string, string> = {}) =>
  errorFromResponse({ ...(status === undefined ? {} : { status }), headers: { ...JSON_CT, ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const utf8 = (s: string) => new TextEncoder().encode(s).length;
const KIB64 = 64 * 1024;

describe("details (spec section 3)", () => {
  test("every envelope details key is copied verbatim, except __proto__, constructor and prototype", () => {
    const body = `{"error":{"code":"grant_revoked","message":"gone","details":{"grant_id":"gr_1","nested":{"a":[1,{"b":null}]},"n":1.5,"t":true,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"x":1}}}}`;
    const err = errorFromResponse({ status: 401, headers: JSON_CT, body })!;
    expect(err.details.grant_id).toBe("gr_1");
    expect(err.details.nested).toEqual({ a: [1, { b: null }] });
    expect(err.details.n).toBe(1.5);
    expect(err.details.t).toBe(true);
    expect(Object.hasOwn(err.details, "__proto__")).toBe(false);
    expect(Object.hasOwn(err.details, "constructor")).toBe(false);
    expect(Object.hasOwn(err.details, "prototype")).toBe(false);
    expect(Object.getPrototypeOf(err.details)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("forbidden keys are dropped at every depth", () => {
    const body = `{"error":{"code":"grant_revoked","details":{"deep":{"__proto__":{"polluted":1},"keep":1,"constructor":2}}}}`;
    const err = errorFromResponse({ status: 401, headers: JSON_CT, body })!;
    expect(err.details.deep).toEqual({ keep: 1 });
    expect(Object.hasOwn(err.details.deep as object, "__proto__")).toBe(false);
  });

  test("the mapper's keys win over envelope keys of the same name", () => {
    const err = backendRes(
      401,
      env(
        "grant_expired",
        { status_code: 999, code: "fake", request_id: "req_fake", method: "PUT", url: "https://evil.example", grant_id: "gr_env" },
        { request_id: "req_body" },
      ),
      { "X-Request-Id": "req_header" },
    )!;
    expect(err.details.status_code).toBe(401);
    expect(err.details.code).toBe("grant_expired");
    expect(err.details.request_id).toBe("req_header");
    expect(err.details.grant_id).toBe("gr_env");
  });

  test("method and url go to details when known", () => {
    const err = errorFromResponse({
      status: 401,
      headers: JSON_CT,
      body: env("grant_expired"),
      url: "https://api.alterauth.com/v1/grants/gr_1/token",
      method: "POST",
    })!;
    expect(err.details.method).toBe("POST");
    expect(err.details.url).toBe("https://api.alterauth.com/v1/grants/gr_1/token");
    const none = errorFromResponse({ status: 401, headers: JSON_CT, body: env("grant_expired") })!;
    expect(none.details).not.toHaveProperty("method");
    expect(none.details).not.toHaveProperty("url");
  });

  test("status_code is set only when there was a status; a bare body's envelope cannot supply one", () => {
    const bare = errorFromResponse({ headers: JSON_CT, body: env("grant_expired") })!;
    expect(bare).toBeInstanceOf(GrantExpiredError);
    expect(bare.details).not.toHaveProperty("status_code");
  });

  test("statusCode is undefined when there was no status, even if the envelope's details carry a status_code", () => {
    const err = classify(JSON.stringify(env("scope_reauth_required", { status_code: 403, grant_id: "gr_1" }))) as ScopeReauthRequiredError;
    expect(err).toBeInstanceOf(ScopeReauthRequiredError);
    expect(err.statusCode).toBeUndefined();
  });

  describe("opts.grantId and opts.providerId", () => {
    test("fill grant_id and provider_id of a backend error when the envelope carries none", () => {
      const err = errorFromResponse({ status: 401, headers: JSON_CT, body: env("grant_expired") }, { source: "backend", grantId: "gr_opt", providerId: "google" }) as GrantExpiredError;
      expect(err).toBeInstanceOf(GrantExpiredError);
      expect(err.details.grant_id).toBe("gr_opt");
      expect(err.details.provider_id).toBe("google");
      expect(err.grantId).toBe("gr_opt");
    });

    test("never replace the envelope's own", () => {
      const err = errorFromResponse(
        { status: 401, headers: JSON_CT, body: env("credential_revoked", { grant_id: "gr_env", provider_id: "slack" }) },
        { source: "backend", grantId: "gr_opt", providerId: "google" },
      ) as ERROR_CLASSES_TYPE["CredentialRevokedError"];
      expect(err.details.grant_id).toBe("gr_env");
      expect(err.details.provider_id).toBe("slack");
      expect(err.grantId).toBe("gr_env");
      expect(err.providerId).toBe("slack");
    });

    test("go into details and typed fields of provider errors", () => {
      const err = errorFromResponse({ status: 401, headers: {}, body: "" }, { grantId: "gr_p", providerId: "google" }) as ProviderUnauthorizedError;
      expect(err).toBeInstanceOf(ProviderUnauthorizedError);
      expect(err.details.grant_id).toBe("gr_p");
      expect(err.details.provider_id).toBe("google");
      expect(err.grantId).toBe("gr_p");
      expect(err.providerId).toBe("google");
      const scope = errorFromResponse(
        { status: 403, headers: { "www-authenticate": 'Bearer error="insufficient_scope", scope="a b"' }, body: "" },
        { grantId: "gr_p", providerId: "google" },
      ) as ScopeReauthRequiredError;
      expect(scope.grantId).toBe("gr_p");
      expect(scope.providerId).toBe("google");
      const plain = errorFromResponse({ status: 500, headers: {}, body: "" }, { grantId: "gr_p", providerId: "google" })!;
      expect(plain.details.grant_id).toBe("gr_p");
      expect(plain.details.provider_id).toBe("google");
    });
  });

  describe("requestId", () => {
    test("the X-Request-Id header wins over error.request_id", () => {
      const err = backendRes(401, env("grant_expired", {}, { request_id: "req_body" }), { "x-request-id": "req_header" })!;
      expect(err.requestId).toBe("req_header");
    });

    test("else error.request_id", () => {
      const err = backendRes(401, env("grant_expired", {}, { request_id: "req_body" }))!;
      expect(err.requestId).toBe("req_body");
      expect(err.details.request_id).toBe("req_body");
    });

    test("undefined when neither says", () => {
      const err = backendRes(401, env("grant_expired"))!;
      expect(err.requestId).toBeUndefined();
      expect(err.details).not.toHaveProperty("request_id");
    });

    test("a provider response's X-Request-Id is its requestId too", () => {
      const err = errorFromResponse({ status: 500, headers: { "X-Request-Id": "req_prov" }, body: "oops" })!;
      expect(err).toBeInstanceOf(ProviderAPIError);
      expect(err.requestId).toBe("req_prov");
    });

    test("an unknown provider's body request id is not guessed; a known provider's body path is read (spec section 3)", () => {
      const unknown = errorFromResponse({ status: 500, headers: JSON_CT, body: { error: { message: "boom", request_id: "req_prov_body" } } })!;
      expect(unknown).toBeInstanceOf(ProviderAPIError);
      expect(unknown.requestId).toBeUndefined();
      const slackish = errorFromResponse({ status: 500, headers: JSON_CT, body: { object: "error", status: 500, code: "internal_server_error", message: "x", request_id: "9a1b" } }, { providerId: "notion" })!;
      expect(slackish.requestId).toBe("9a1b");
    });

    test("a list holding one error body alone (Google's streaming endpoints) is read as that error; responseBody stays the list", () => {
      const error = { code: 403, message: "Request had insufficient authentication scopes.", status: "PERMISSION_DENIED", details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", domain: "googleapis.com" }] };
      const err = errorFromResponse({ status: 403, headers: { "content-type": "application/json" }, body: JSON.stringify([{ error }]) })!;
      expect(err.name).toBe("ScopeReauthRequiredError");
      expect((err as unknown as { responseBody: unknown }).responseBody).toEqual([{ error }]);
      // Two items, or an item that is no error body, are read as they are.
      expect(errorFromResponse({ status: 403, headers: {}, body: [{ error }, { error }] })!.name).toBe("ProviderAPIError");
      expect(errorFromResponse({ status: 403, headers: {}, body: [{ message: "x" }] })!.name).toBe("ProviderAPIError");
    });

    test("a provider no one named: its other request-id header is quoted (S3's x-amz-request-id), never the client's own id", () => {
      expect(errorFromResponse({ status: 403, headers: { "x-amz-id-2": "abc", "x-amz-request-id": "7B92N9P287TVT1QR" }, body: "" })!.requestId).toBe("7B92N9P287TVT1QR");
      expect(errorFromResponse({ status: 403, headers: { "client-request-id": "mine" }, body: "" })!.requestId).toBeUndefined();
      expect(errorFromResponse({ status: 403, headers: { "x-client-request-id": "mine", "x-ms-request-id": "theirs" }, body: "" })!.requestId).toBe("theirs");
      const x = explain("HTTP/1.1 403 Forbidden\nx-amz-request-id: 7B92N9P287TVT1QR\n\n");
      expect(x.fields.requestId).toBe("header x-amz-request-id");
    });

    test.each([
      ["X-GitHub-Request-Id", "x_github_request_id", "C1F4:2A3B:8D1E2F"],
      ["x-slack-req-id", "x_slack_req_id", "5b1e2f0c"],
      ["X-Amzn-RequestId", "x_amzn_requestid", "0f9e8d7c"],
      ["request-id", "request_id", "req_stripe_1"],
    ])("a request-id header %s stays in details as %s", (header, key, value) => {
      const err = errorFromResponse({ status: 500, headers: { [header]: value }, body: "" })!;
      expect(err.details[key]).toBe(value);
    });

    test.each([
      ["github", "X-GitHub-Request-Id", "C1F4:2A3B:8D1E2F"],
      ["slack", "x-slack-req-id", "5b1e2f0c"],
    ])("%s's own %s is the requestId (spec section 3)", (providerId, header, value) => {
      expect(errorFromResponse({ status: 500, headers: { [header]: value }, body: "" }, { providerId })!.requestId).toBe(value);
      expect(errorFromResponse({ status: 500, headers: { [header]: value }, body: "" })!.requestId).toBe(value); // identified by the header
    });
  });

  describe("raw_body and responseBody truncation (64 KiB of UTF-8, at a character boundary)", () => {
    const backendText = (text: string) =>
      errorFromResponse({ status: 502, headers: { "content-type": "text/html" }, body: text }, { source: "backend" })!;

    test("short text is kept whole, without truncated", () => {
      const err = backendText("<html>Bad gateway</html>");
      expect(err.details.raw_body).toBe("<html>Bad gateway</html>");
      expect(err.details).not.toHaveProperty("truncated");
    });

    test("exactly 64 KiB of bytes is kept whole", () => {
      const text = "é".repeat(KIB64 / 2);
      expect(utf8(text)).toBe(KIB64);
      const err = backendText(text);
      expect(err.details.raw_body).toBe(text);
      expect(err.details).not.toHaveProperty("truncated");
    });

    test.each([
      ["a 2-byte character", "é"],
      ["a 3-byte character", "€"],
      ["a 4-byte character (surrogate pair)", "😀"],
    ])("is cut before %s that straddles the boundary", (_label, ch) => {
      const text = "a".repeat(KIB64 - 1) + ch + "tail";
      const err = backendText(text);
      const kept = err.details.raw_body as string;
      expect(kept).toBe("a".repeat(KIB64 - 1));
      expect(utf8(kept)).toBeLessThanOrEqual(KIB64);
      expect(err.details.truncated).toBe(true);
    });

    test("multibyte text is cut at the largest prefix that fits, with no lone surrogate", () => {
      const text = "😀".repeat(20000) + "end";
      const err = backendText(text);
      const kept = err.details.raw_body as string;
      expect(text.startsWith(kept)).toBe(true);
      expect(utf8(kept)).toBe(KIB64); // 16384 emoji of 4 bytes
      expect(kept).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(err.details.truncated).toBe(true);
    });

    test("invalid JSON kept in raw_body is cut the same way", () => {
      const text = "{" + "€".repeat(30000);
      const err = errorFromResponse({ status: 500, headers: JSON_CT, body: text }, { source: "backend" })!;
      expect(err.details.sdk_reason).toBe("invalid_json");
      const kept = err.details.raw_body as string;
      expect(utf8(kept)).toBeLessThanOrEqual(KIB64);
      expect(utf8(kept)).toBeGreaterThan(KIB64 - 3);
      expect(text.startsWith(kept)).toBe(true);
      expect(err.details.truncated).toBe(true);
    });

    test("a provider's text responseBody is cut the same way, with details.truncated", () => {
      const text = "ü".repeat(40000);
      const err = errorFromResponse({ status: 500, headers: { "content-type": "text/plain" }, body: text })! as ProviderAPIError;
      expect(typeof err.responseBody).toBe("string");
      expect(utf8(err.responseBody as string)).toBe(KIB64);
      expect(text.startsWith(err.responseBody as string)).toBe(true);
      expect(err.details.truncated).toBe(true);
    });
  });

  describe("snapshots", () => {
    test("details are frozen, deep", () => {
      const err = backendRes(401, env("grant_expired", { nested: { list: [1] } }))!;
      expect(Object.isFrozen(err.details)).toBe(true);
      expect(Object.isFrozen(err.details.nested)).toBe(true);
      expect(Object.isFrozen((err.details.nested as { list: unknown[] }).list)).toBe(true);
      expect(() => {
        "use strict";
        (err.details as Record<string, unknown>).grant_id = "x";
      }).toThrow(TypeError);
    });

    test("details are not shared with the caller's body object: mutating it after mapping changes nothing", () => {
      const body = { error: { code: "ambiguous_grant", details: { grant_ids: ["gr_1", "gr_2"], nested: { k: "v" } } } };
      const err = errorFromResponse({ status: 409, headers: JSON_CT, body }) as AmbiguousGrantError;
      body.error.details.grant_ids.push("gr_3");
      body.error.details.nested.k = "changed";
      (body.error.details as Record<string, unknown>).added = 1;
      expect(err.details.grant_ids).toEqual(["gr_1", "gr_2"]);
      expect(err.grantIds).toEqual(["gr_1", "gr_2"]);
      expect(err.details.nested).toEqual({ k: "v" });
      expect(err.details).not.toHaveProperty("added");
      expect(err.details.grant_ids).not.toBe(body.error.details.grant_ids);
    });

    test("a provider's parsed responseBody is not the caller's object either", () => {
      const body = { error: { message: "nope", list: [1] } };
      const err = errorFromResponse({ status: 500, headers: JSON_CT, body }) as ProviderAPIError;
      body.error.list.push(2);
      body.error.message = "changed";
      expect(err.responseBody).toEqual({ error: { message: "nope", list: [1] } });
    });

    test("typed list fields do not share storage with details", () => {
      const err = backendRes(409, env("ambiguous_grant", { grant_ids: ["gr_1"] })) as AmbiguousGrantError;
      try {
        (err.grantIds as string[]).push("gr_x");
      } catch {
        // A frozen list is fine too.
      }
      expect(err.details.grant_ids).toEqual(["gr_1"]);
    });
  });

  describe("missingScopes: undefined is unknown, [] is none", () => {
    test("scope_reauth_required without missing_scopes: undefined", () => {
      const err = backendRes(403, env("scope_reauth_required", { grant_id: "gr_1" })) as ScopeReauthRequiredError;
      expect(err.missingScopes).toBeUndefined();
    });
    test("scope_reauth_required with missing_scopes []: []", () => {
      const err = backendRes(403, env("scope_reauth_required", { missing_scopes: [] })) as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual([]);
    });
    test("scope_reauth_required with missing_scopes: the list", () => {
      const err = backendRes(403, env("scope_reauth_required", { missing_scopes: ["calendar.events"] })) as ScopeReauthRequiredError;
      expect(err.missingScopes).toEqual(["calendar.events"]);
    });
    test("a 403 challenge without scope: undefined", () => {
      const err = errorFromResponse({ status: 403, headers: { "WWW-Authenticate": "Bearer error=insufficient_scope" } }) as ScopeReauthRequiredError;
      expect(err).toBeInstanceOf(ScopeReauthRequiredError);
      expect(err.missingScopes).toBeUndefined();
    });
    test("Slack missing_scope without needed: undefined", () => {
      const err = errorFromResponse({ status: 200, headers: JSON_CT, body: { ok: false, error: "missing_scope" } }) as ScopeReauthRequiredError;
      expect(err).toBeInstanceOf(ScopeReauthRequiredError);
      expect(err.missingScopes).toBeUndefined();
    });
  });

  test("absent lists are [] and absent booleans false", () => {
    const amb = backendRes(409, env("ambiguous_grant")) as AmbiguousGrantError;
    expect(amb.accountIdentifiers).toEqual([]);
    expect(amb.appUserIds).toEqual([]);
    expect(amb.grantIds).toEqual([]);
    expect(amb.accountWasProvided).toBe(false);
    expect(amb.providerId).toBeUndefined();
    const ins = backendRes(403, env("insufficient_scope")) as InsufficientScopeError;
    expect(ins.required).toEqual([]);
    expect(ins.granted).toEqual([]);
    expect(ins.missing).toEqual([]);
    expect(ins.scopeVersionMismatch).toBe(false);
    expect(ins.scopeVersion).toBeUndefined();
  });
});

describe("the request id header", () => {
  test("one id joined with itself (a header sent twice, as .NET prints it) is that id; two ids stay as sent", () => {
    expect(backendRes(500, env("internal_error"), { "x-request-id": "req_1, req_1" })!.requestId).toBe("req_1");
    expect(backendRes(500, env("internal_error"), { "x-request-id": "req_1,req_1 ,req_1" })!.requestId).toBe("req_1");
    expect(backendRes(500, env("internal_error"), { "x-request-id": "req_1, req_2" })!.requestId).toBe("req_1, req_2");
    const provider = errorFromResponse({ status: 500, headers: { "x-request-id": "abc, abc" }, body: "" }, { providerId: "zendesk" });
    expect(provider!.requestId).toBe("abc");
  });
});

describe("InsufficientScopeError (spec section 4)", () => {
  const ins = (details: Record<string, unknown>) => backendRes(403, env("insufficient_scope", details)) as InsufficientScopeError;

  test("missing is the backend's when sent", () => {
    expect(ins({ required: ["a:b", "c:d"], granted: [], missing: ["c:d"] }).missing).toEqual(["c:d"]);
  });

  test("else required minus granted, in the order of required", () => {
    const err = ins({ required: ["audit:read", "agents:read", "subagents:write", "keys:read"], granted: ["keys:read", "agents:read"] });
    expect(err.missing).toEqual(["audit:read", "subagents:write"]);
  });

  test("currentScopeVersion is the backend's, else 3", () => {
    expect(ins({}).currentScopeVersion).toBe(3);
    expect(ins({ current_scope_version: 4 }).currentScopeVersion).toBe(4);
  });

  test.each([
    ["true: every missing scope introduced after scopeVersion", { required: ["subagents:write", "audit:read"], granted: [], scope_version: 2 }, true],
    ["true: version 1 key missing a version 2 scope", { required: ["approvals:read"], granted: [], scope_version: 1 }, true],
    ["false: one missing scope is unknown to the catalog", { required: ["subagents:write", "custom:thing"], granted: [], scope_version: 2 }, false],
    ["false: one missing scope is as old as the key", { required: ["subagents:write", "approvals:read"], granted: [], scope_version: 2 }, false],
    ["false: one missing scope is older than the key", { required: ["agents:write"], granted: [], scope_version: 2 }, false],
    ["false: scopeVersion unknown", { required: ["subagents:write"], granted: [] }, false],
    ["false: nothing missing", { required: ["subagents:write"], granted: ["subagents:write"], scope_version: 1 }, false],
    ["false: the scope was introduced after currentScopeVersion", { required: ["subagents:write"], granted: [], scope_version: 1, current_scope_version: 2 }, false],
    ["the backend's flag wins (false over a derived true)", { required: ["subagents:write"], granted: [], scope_version: 2, scope_version_mismatch: false }, false],
    ["the backend's flag wins (true over a derived false)", { required: ["agents:write"], granted: [], scope_version: 2, scope_version_mismatch: true }, true],
    ["derived from the backend's missing, not required minus granted", { required: ["agents:write"], granted: [], missing: ["audit:read"], scope_version: 2 }, true],
  ])("scopeVersionMismatch %s", (_label, details, expected) => {
    expect(ins(details).scopeVersionMismatch).toBe(expected);
  });

  test.each([
    ["the backend's documentation_url, as is", { documentation_url: "https://backend.example/x?y=1", required: ["audit:read"] }, "https://backend.example/x?y=1"],
    ["the first missing scope in the catalog", { required: ["custom:thing", "audit:read", "subagents:write"], granted: [] }, `${SITE_ORIGIN}/scopes/audit-read/`],
    ["a scope with ':' as '-'", { required: ["agents:write"], granted: [] }, `${SITE_ORIGIN}/scopes/agents-write/`],
    ["the class's page when no missing scope is in the catalog", { required: ["custom:thing"], granted: [] }, `${SITE_ORIGIN}/errors/insufficient-scope-error/`],
    ["the class's page when nothing is missing", {}, `${SITE_ORIGIN}/errors/insufficient-scope-error/`],
  ])("documentationUrl: %s", (_label, details, url) => {
    const err = ins(details);
    expect(err.documentationUrl).toBe(url);
    expect(err.docsUrl).toBe(url);
  });

  test("aliases", () => {
    const err = ins({ required: ["audit:read"], granted: ["keys:read"] });
    expect(err.requiredScopes).toEqual(["audit:read"]);
    expect(err.grantedScopes).toEqual(["keys:read"]);
  });
});

describe("AlterValueError.fields", () => {
  test("from details.fields, a lone string wrapped in a list", () => {
    const err = backendRes(422, env("validation_error", { fields: { redirect_url: ["must use https", "too long"], provider_id: "is required" } })) as AlterValueError;
    expect(err).toBeInstanceOf(AlterValueError);
    expect(err.fields).toEqual({ redirect_url: ["must use https", "too long"], provider_id: ["is required"] });
    expect(Object.isFrozen(err.fields)).toBe(true);
  });
  test("{} when no fields were sent", () => {
    expect((backendRes(422, env("validation_error")) as AlterValueError).fields).toEqual({});
  });
  test("a fields key named __proto__ is not copied", () => {
    const body = `{"error":{"code":"validation_error","details":{"fields":{"__proto__":["x"],"name":["y"]}}}}`;
    const err = errorFromResponse({ status: 422, headers: JSON_CT, body }) as AlterValueError;
    expect(err.fields).toEqual({ name: ["y"] });
    expect(Object.getPrototypeOf(err.fields)).toBe(Object.prototype);
  });
});

describe("statusCode and responseBody", () => {
  test("a provider error keeps the provider's status and the parsed JSON body", () => {
    const body = { error: { code: 404, message: "File not found: 1x2y" } };
    const err = errorFromResponse({ status: 404, headers: { "Content-Type": "application/json; charset=UTF-8" }, body: JSON.stringify(body) }) as ProviderAPIError;
    expect(err.statusCode).toBe(404);
    expect(err.responseBody).toEqual(body);
  });
  test("a provider text body is kept as text", () => {
    const err = errorFromResponse({ status: 502, headers: { "content-type": "text/html" }, body: "<h1>Bad gateway</h1>" }) as ProviderAPIError;
    expect(err.responseBody).toBe("<h1>Bad gateway</h1>");
  });
  test("a provider body given as an object is kept as that JSON", () => {
    const err = errorFromResponse({ status: 400, headers: {}, body: { message: "bad", errors: [{ field: "x" }] } }) as ProviderAPIError;
    expect(err.responseBody).toEqual({ message: "bad", errors: [{ field: "x" }] });
  });
  test("Slack's quirk: statusCode 200", () => {
    const err = errorFromResponse({ status: 200, headers: JSON_CT, body: '{"ok":false,"error":"missing_scope","needed":"chat:write"}' }, { providerId: "slack" }) as ScopeReauthRequiredError;
    expect(err.statusCode).toBe(200);
    expect(err.responseBody).toEqual({ ok: false, error: "missing_scope", needed: "chat:write" });
  });
  test("scope_reauth_required: the backend's status, and no responseBody (no provider answered)", () => {
    const err = backendRes(409, env("scope_reauth_required")) as ScopeReauthRequiredError;
    expect(err.statusCode).toBe(409);
    expect(err.responseBody).toBeUndefined();
    const usual = backendRes(403, env("scope_reauth_required")) as ScopeReauthRequiredError;
    expect(usual.statusCode).toBe(403);
    expect(usual.responseBody).toBeUndefined();
  });
  test("scope_reauth_required as a bare body: statusCode undefined", () => {
    const err = classify(JSON.stringify(env("scope_reauth_required"))) as ScopeReauthRequiredError;
    expect(err.statusCode).toBeUndefined();
    expect(err.responseBody).toBeUndefined();
  });
});

describe("errorFromResponse input forms", () => {
  const body = JSON.stringify(env("grant_expired", { grant_id: "gr_1" }));
  test.each([
    ["a Headers object", new Headers({ "Content-Type": "application/json", "X-Request-Id": "req_1" })],
    ["a plain object", { "Content-Type": "application/json", "X-Request-Id": "req_1" }],
    ["a plain object, other case", { "content-type": "application/json", "x-REQUEST-id": "req_1" }],
    ["a plain object with a list value", { "Content-Type": ["application/json"], "X-Request-Id": ["req_1"] }],
    ["a list of pairs", [["Content-Type", "application/json"], ["X-Request-Id", "req_1"]] as [string, string][]],
  ])("headers as %s", (_label, headers) => {
    const err = errorFromResponse({ status: 401, headers, body });
    expect(err).toBeInstanceOf(GrantExpiredError);
    expect(err!.requestId).toBe("req_1");
  });

  test("a body given as an object is already JSON, whatever the Content-Type", () => {
    const err = errorFromResponse({ status: 401, headers: { "content-type": "text/plain" }, body: env("grant_expired") });
    expect(err).toBeInstanceOf(GrantExpiredError);
  });

  test.each(["application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/vnd.api+json", "application/problem+json; charset=utf-8", undefined])(
    "a string body is JSON with Content-Type %s",
    (ct) => {
      const err = errorFromResponse({ status: 401, headers: ct === undefined ? {} : { "Content-Type": ct }, body });
      expect(err).toBeInstanceOf(GrantExpiredError);
    },
  );

  test("a string body with a non-JSON media type is text, even when it parses", () => {
    const err = errorFromResponse({ status: 401, headers: { "Content-Type": "text/plain" }, body }, { source: "backend" });
    expect(err!.name).toBe("BackendError");
    expect(err!.details.sdk_reason).toBe("non_json_body");
    expect(err!.details.raw_body).toBe(body);
  });

  test("a status below 400 from the backend is no error", () => {
    expect(errorFromResponse({ status: 200, headers: JSON_CT, body: env("grant_expired") })).toBeNull();
    expect(errorFromResponse({ status: 304, headers: {}, body: "" }, { source: "backend" })).toBeNull();
    expect(errorFromResponse({ status: 200, headers: {}, body: "ok" }, { source: "provider" })).toBeNull();
  });

  test.each([0, 99, 600, 403.5, NaN, -1])("a status of %s is an AlterValueError", (status) => {
    expect(() => errorFromResponse({ status, headers: {}, body: "" })).toThrow(AlterValueError);
  });

  test("bad options are an AlterValueError", () => {
    expect(() => errorFromResponse({ status: 500 }, { source: "nope" as "auto" })).toThrow(AlterValueError);
    expect(() => errorFromResponse({ status: 500 }, { now: Number.NaN })).toThrow(AlterValueError);
    expect(() => errorFromResponse({ status: 500 }, { grantId: 5 as unknown as string })).toThrow(AlterValueError);
  });

  test("messages: the envelope's message; a provider's own words", () => {
    expect(backendRes(401, env("grant_expired"))!.message).toBe("msg grant_expired");
    const p = errorFromResponse({ status: 404, headers: JSON_CT, body: { error: { message: "File not found" } } }, { providerId: "google" })!;
    expect(p.message).toContain("File not found");
  });
});

describe("errorFromNetworkFailure (spec section 6)", () => {
  const withCode = (code: string, message = `connect ${code}`) => Object.assign(new Error(message), { code });
  const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });
  const domEx = (name: string) => new DOMException(name === "TimeoutError" ? "The operation was aborted due to timeout" : "This operation was aborted", name);

  const timeouts: [string, unknown][] = [
    ["a TimeoutError DOMException (AbortSignal.timeout)", domEx("TimeoutError")],
    ["an AbortError whose cause is a TimeoutError", Object.assign(domEx("AbortError"), { cause: domEx("TimeoutError") })],
    ["an AbortError whose reason is a TimeoutError", Object.assign(new Error("aborted"), { name: "AbortError", reason: domEx("TimeoutError") })],
    ["ETIMEDOUT", withCode("ETIMEDOUT")],
    ["fetch failed caused by UND_ERR_CONNECT_TIMEOUT", fetchFailed(withCode("UND_ERR_CONNECT_TIMEOUT", "Connect Timeout Error"))],
    ["fetch failed caused by UND_ERR_HEADERS_TIMEOUT", fetchFailed(withCode("UND_ERR_HEADERS_TIMEOUT", "Headers Timeout Error"))],
    ["fetch failed caused by UND_ERR_BODY_TIMEOUT", fetchFailed(withCode("UND_ERR_BODY_TIMEOUT", "Body Timeout Error"))],
    ["curl exit 28 from a child process", Object.assign(new Error("Command failed: curl -sS https://api.example"), { code: 28, cmd: "curl -sS https://api.example" })],
    ["an AggregateError holding an ETIMEDOUT", fetchFailed(new AggregateError([withCode("ECONNREFUSED"), withCode("ETIMEDOUT")], "all failed"))],
  ];
  test.each(timeouts)("%s is a TimeoutError, cause kept", (_label, cause) => {
    const err = errorFromNetworkFailure(cause);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.name).toBe("TimeoutError");
    expect(err.cause).toBe(cause);
    expect(err.retryable).toBe(true);
  });

  const networks: [string, unknown][] = [
    ["ECONNREFUSED", fetchFailed(withCode("ECONNREFUSED"))],
    ["ECONNRESET", withCode("ECONNRESET", "read ECONNRESET")],
    ["ENOTFOUND", fetchFailed(withCode("ENOTFOUND", "getaddrinfo ENOTFOUND api.example"))],
    ["EAI_AGAIN", withCode("EAI_AGAIN", "getaddrinfo EAI_AGAIN api.example")],
    ["a TLS failure (CERT_HAS_EXPIRED)", fetchFailed(withCode("CERT_HAS_EXPIRED", "certificate has expired"))],
    ["a TLS failure (ERR_TLS_CERT_ALTNAME_INVALID)", fetchFailed(withCode("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames"))],
    ["Chrome's Failed to fetch", new TypeError("Failed to fetch")],
    ["Firefox's NetworkError when attempting to fetch resource", new TypeError("NetworkError when attempting to fetch resource.")],
    ["Safari's Load failed", new TypeError("Load failed")],
    ["Node's fetch failed", new TypeError("fetch failed")],
    ["curl exit 6", Object.assign(new Error("Command failed: curl https://nope.invalid"), { code: 6, cmd: "curl https://nope.invalid" })],
    ["curl exit 7", Object.assign(new Error("Command failed: curl"), { code: 7, cmd: "curl https://localhost:1" })],
    ["curl exit 35", Object.assign(new Error("Command failed: curl"), { code: 35, cmd: "curl https://x" })],
    ["curl exit 52", Object.assign(new Error("Command failed: curl"), { code: 52, cmd: "curl https://x" })],
    ["curl exit 56", Object.assign(new Error("Command failed: curl"), { code: 56, cmd: "curl https://x" })],
    ["curl exit 60", Object.assign(new Error("Command failed: curl"), { code: 60, cmd: "curl https://x" })],
    ["a plain AbortError (the caller's own abort)", domEx("AbortError")],
    ["an AggregateError of refusals (happy eyeballs)", fetchFailed(new AggregateError([withCode("ECONNREFUSED", "connect ECONNREFUSED ::1:443"), withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:443")]))],
    ["a string", "socket hang up"],
    ["undefined", undefined],
    ["an unknown object", { weird: true }],
  ];
  test.each(networks)("%s is a NetworkError, cause kept", (_label, cause) => {
    const err = errorFromNetworkFailure(cause);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).not.toBeInstanceOf(TimeoutError);
    expect(err.name).toBe("NetworkError");
    if (cause !== undefined) expect(err.cause).toBe(cause);
    // The caller's own abort is a failure retrying cannot fix (spec section 8), and so is a certificate the client does not trust.
    expect(err.retryable).toBe(err.details.sdk_reason !== "aborted" && err.details.sdk_reason !== "certificate");
    expect(err.details.sdk_reason === "certificate").toBe(/CERT|curl exit 60/.test(_label));
  });

  test("looks through cause chains five levels deep for the code", () => {
    let e: unknown = withCode("ETIMEDOUT");
    for (let i = 0; i < 4; i++) e = new Error(`wrap ${i}`, { cause: e });
    // ETIMEDOUT is at depth 4 below the top error: within five levels.
    expect(errorFromNetworkFailure(e)).toBeInstanceOf(TimeoutError);
    const five = new Error("wrap top", { cause: e });
    expect(errorFromNetworkFailure(five)).toBeInstanceOf(TimeoutError);
  });

  test("a cyclic cause chain ends", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(errorFromNetworkFailure(a)).toBeInstanceOf(NetworkError);
  });

  test("a hostile object (throwing getters) never throws", () => {
    const hostile = new Proxy({}, { get() { throw new Error("no"); }, has() { throw new Error("no"); } });
    expect(errorFromNetworkFailure(hostile)).toBeInstanceOf(NetworkError);
  });

  test.each([
    ["TypeError: fetch failed", NetworkError],
    ["TypeError: Failed to fetch", NetworkError],
    ["TypeError: NetworkError when attempting to fetch resource.", NetworkError],
    ["TypeError: Load failed", NetworkError],
    ["Error: connect ECONNREFUSED 127.0.0.1:443", NetworkError],
    ["Error: getaddrinfo ENOTFOUND api.example.com", NetworkError],
    ["curl: (6) Could not resolve host: api.example.com", NetworkError],
    ["curl: (7) Failed to connect to localhost port 8443 after 0 ms: Couldn't connect to server", NetworkError],
    ["curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.example.com:443", NetworkError],
    ["curl: (52) Empty reply from server", NetworkError],
    ["curl: (56) Recv failure: Connection reset by peer", NetworkError],
    ["curl: (60) SSL certificate problem: certificate has expired", NetworkError],
    ["curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received", TimeoutError],
    ["TimeoutError: The operation was aborted due to timeout", TimeoutError],
    ["Error: connect ETIMEDOUT 10.0.0.1:443", TimeoutError],
    ["TypeError: fetch failed\n  [cause]: ConnectTimeoutError: Connect Timeout Error { code: 'UND_ERR_CONNECT_TIMEOUT' }", TimeoutError],
    ["HeadersTimeoutError: Headers Timeout Error { code: 'UND_ERR_HEADERS_TIMEOUT' }", TimeoutError],
    ["BodyTimeoutError: Body Timeout Error { code: 'UND_ERR_BODY_TIMEOUT' }", TimeoutError],
  ])("pasted as text, %s maps the same", (text, cls) => {
    const err = classify(text);
    expect(err).toBeInstanceOf(cls);
    expect(err!.name).toBe(cls.name);
    expect(classify(text, { source: "backend" })!.name).toBe(cls.name);
    expect(classify(text, { source: "provider" })!.name).toBe(cls.name);
  });

  test("curl: (22) is a provider response with that status and no headers", () => {
    const e = explain("curl: (22) The requested URL returned error: 403");
    expect(e.error).toBeInstanceOf(ProviderAPIError);
    expect((e.error as ProviderAPIError).statusCode).toBe(403);
    expect(e.input.status).toBe(403);
    expect(e.input.headers).toEqual([]);
    expect(e.source).toBe("provider");
    expect(classify("curl: (22) The requested URL returned error: 401")).toBeInstanceOf(ProviderUnauthorizedError);
  });
});

describe("explain() (spec section 13)", () => {
  const text = `HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Request-Id: req_abc\r\n\r\n${JSON.stringify(env("credential_revoked", { grant_id: "gr_1", app_user_id: "u_1" }))}`;

  test("returns error, input, rule, trace and fields", () => {
    const e = explain(text);
    expect(e.error).toBeInstanceOf(ERROR_CLASSES.CredentialRevokedError);
    expect(e.input.format).toBe("http");
    expect(e.input.status).toBe(401);
    expect(e.input.headers).toContainEqual(["X-Request-Id", "req_abc"]);
    expect(e.rule).toBe("backend.code");
    expect(e.trace.length).toBeGreaterThan(0);
    expect(e.trace.at(-1)).toMatchObject({ rule: "backend.code", matched: true });
    expect(e.trace.filter((s) => s.matched && s.rule.startsWith("backend."))).toHaveLength(1);
    for (const step of e.trace) expect(typeof step.matched).toBe("boolean");
  });

  test("fields name their real sources", () => {
    const f = explain(text).fields;
    expect(f.requestId).toBe("header X-Request-Id");
    expect(f.grantId).toBe("body error.details.grant_id");
    expect(f.appUserId).toBe("body error.details.app_user_id");
    expect(f.message).toBe("body error.message");
  });

  test("fields: requestId from the body when no header; opts fill", () => {
    const f = explain(JSON.stringify(env("grant_expired", {}, { request_id: "req_b" })), { grantId: "gr_o" }).fields;
    expect(f.requestId).toBe("body error.request_id");
    expect(f.grantId).toBe("opts.grantId");
  });

  test("fields: a typed value from a header (WWW-Authenticate scope)", () => {
    const f = explain(`HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="a b"\n\n`).fields;
    expect(f.missingScopes).toMatch(/^header WWW-Authenticate/);
    expect(f.statusCode).toBe("status line");
  });

  test("trace rules are ids of RULES, in table order within a group", async () => {
    const { RULES } = await import("../../sdk/src/docs.js");
    const ids = RULES.map((r) => r.id);
    const e = explain(text);
    for (const step of e.trace) expect(ids).toContain(step.rule);
    expect(ids).toContain(e.rule);
  });

  test("classify(text, opts) is explain(text, opts).error", () => {
    for (const [t, o] of [
      [text, undefined],
      ['{"session_id":"cs_1","status":"denied"}', undefined],
      ["HTTP/2 403\nx-github-request-id: A:B\nx-oauth-scopes: repo\nx-accepted-oauth-scopes: read:org\n\n{}", { grantId: "g" }],
      ["TypeError: fetch failed", undefined],
      ["HTTP/1.1 200 OK\n\n{}", undefined],
    ] as const) {
      const a = classify(t, o);
      const b = explain(t, o).error;
      if (a === null) {
        expect(b).toBeNull();
        continue;
      }
      expect(b!.constructor).toBe(a.constructor);
      expect(b!.message).toBe(a.message);
      expect(b!.details).toEqual(a.details);
      expect(b!.toJSON()).toEqual(a.toJSON());
    }
  });

  test("both throw the same AlterValueError for unreadable input", () => {
    for (const bad of ["", "   \n ", "hello world", "\u0000\u0001binary", '{"just":"json"}']) {
      let m1 = "";
      let m2 = "";
      try {
        classify(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(AlterValueError);
        m1 = (e as Error).message;
      }
      try {
        explain(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(AlterValueError);
        m2 = (e as Error).message;
      }
      expect(m1).not.toBe("");
      expect(m1).toBe(m2);
    }
  });
});

type ERROR_CLASSES_TYPE = { [K in ErrorName]: InstanceType<(typeof ERROR_CLASSES)[K]> };
void AlterSDKError;
void BackendError;

import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { ACCEPTED_INPUTS, AlterValueError, EXAMPLES, UNREADABLE_INPUT, GUIDANCE, MASK, RULES, SITE_ORIGIN, ancestry, classify, errorPath, explain, providerPath, rulePath, type ErrorName } from "@alter-ai/alter-sdk/docs";
import { MAX_ROWS, capRows, duration, explainView, prose, showValue, siteLink, type Cell, type PageData } from "../../src/classifier/view.js";
import { catchTemplates } from "../../src/lib/snippets.js";
import { classifierData } from "../../src/lib/classifier-data.js";
import { REAL_RESPONSES } from "./real-responses.js";

// What the page ships (guidance, snippets, the provider signals' statements).
const data: PageData = classifierData();
const rows = EXAMPLES.map((e, i) => ({ ...e, label: `#${i} ${e.error}` }));
const textOf = (cells: unknown) => (cells as Cell[]).map((c) => c.text).join("");

describe("explainView over the SDK's examples", () => {
  test.each(rows)("$label: shows the class classify() returns, linked to its page", (ex) => {
    const view = explainView(ex.text, ex.opts, data);
    const expected = classify(ex.text, ex.opts)!.name as ErrorName;
    expect(view.state).toBe("error");
    expect(view.show[0]).toBe("error");
    expect(view.slots.name).toEqual({ text: expected, href: errorPath(expected) });
    expect((view.slots.chain as Cell[][]).map((row) => row[0]!.text)).toEqual(ancestry(expected));
    expect(view.slots.snippet).toContain(`instanceof ${expected}`);
    expect(view.slots.snippet).not.toMatch(/\{\{(?:provider|facts)\}\}/);
    expect(view.summary.startsWith(`${expected}.`)).toBe(true);
  });
});

describe("explainView states", () => {
  test("empty text is the empty state", () => {
    expect(explainView("  \n")).toEqual({ state: "empty", show: ["empty"], summary: "", slots: {} });
  });

  test("unreadable text shows the AlterValueError message, and nothing else", () => {
    const text = '{"hello": "world"}';
    let message = "";
    try {
      classify(text);
    } catch (err) {
      expect(err).toBeInstanceOf(AlterValueError);
      message = (err as Error).message;
    }
    const view = explainView(text);
    expect(view.show).toEqual(["invalid"]);
    expect(view.state).toBe("invalid");
    expect(view.slots.invalid).toBe(message);
    expect(view.summary).toContain(message);
    expect(JSON.stringify(view)).not.toMatch(/\n\s+at /); // no stack
  });

  test("text no reader knows shows the short message, then everything it reads as a list (the SDK's `details.accepted`)", () => {
    let refusal: AlterValueError | undefined;
    try {
      classify("Error: Access denied for user");
    } catch (err) {
      refusal = err as AlterValueError;
    }
    expect(refusal!.details).toMatchObject({ sdk_reason: UNREADABLE_INPUT, accepted: ACCEPTED_INPUTS });
    expect(refusal!.message.length).toBeLessThan(400);
    const view = explainView("Error: Access denied for user");
    expect(view.show).toEqual(["invalid", "invalid-accepted"]);
    expect(view.slots.invalid).toBe(refusal!.message);
    expect((view.slots["invalid-accepted"] as Cell[][]).map(textOf)).toEqual(ACCEPTED_INPUTS.map((form) => textOf(prose(form))));
  });

  test("a success says not an error", () => {
    const view = explainView("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{}", { source: "provider" });
    expect(view.show[0]).toBe("success");
    expect(view.summary).toMatch(/^Not an error/);
    expect(view.slots.name).toBeUndefined();
  });

  test("bad options are the SDK's AlterValueError too: invalid, never a throw", () => {
    expect(explainView("HTTP/1.1 403\n\n{}", { source: "sideways" as "auto" }).show).toEqual(["invalid"]);
  });

  test("any other exception is the bug state, with its cause, never a throw", () => {
    // The SDK guards every read of the caller's objects (a throwing option is an AlterValueError),
    // so the bug is planted in the page's own data.
    const boom = new TypeError("boom");
    const guidance = new Proxy({}, { get: () => { throw boom; } });
    const view = explainView("HTTP/1.1 403\n\n{}", {}, { guidance, snippets: {} });
    expect(view.state).toBe("bug");
    expect(view.show).toEqual(["bug"]);
    expect(view.cause).toBe(boom);
    expect(view.summary).not.toContain("boom");
  });
});

describe("what was read, and the source", () => {
  const githubScopes = [
    "HTTP/2 403",
    "x-github-request-id: C5A2:1F:2E4F",
    "x-oauth-scopes: read:user",
    "x-accepted-oauth-scopes: repo",
    "set-cookie: logged_in=no; Path=/",
    "authorization: token ghp_abcdef",
    "",
    '{"message": "Resource not accessible by integration"}',
  ].join("\n");

  test("lists the headers, sensitive values masked", () => {
    const view = explainView(githubScopes);
    const headers = view.slots.headers as Cell[][];
    expect(view.slots["header-count"]).toBe("5");
    expect(headers.map((h) => h[0]!.text)).toContain("x-accepted-oauth-scopes");
    expect(headers.find((h) => h[0]!.text === "set-cookie")![1]!.text).toBe(MASK);
    expect(JSON.stringify(view.slots)).not.toContain("ghp_abcdef");
    expect(view.slots.format).toBe("http");
    expect(view.slots.status).toBe("403");
  });

  test("offers the other source when it was detected for an HTTP response", () => {
    expect(explainView(githubScopes).show).toContain("to-backend");
    expect(explainView(EXAMPLES.find((e) => e.error === "GrantExpiredError")!.text).show).toContain("to-provider");
  });

  test("does not offer it when the source was chosen, or for a bare body", () => {
    expect(explainView(githubScopes, { source: "provider" }).show.filter((s) => s.startsWith("to-"))).toEqual([]);
    expect(explainView('{"error": {"code": "grant_expired", "message": "x"}}').show.filter((s) => s.startsWith("to-"))).toEqual([]);
  });

  test("links the deciding rule and every rule of the trace", () => {
    const view = explainView(githubScopes);
    expect(view.slots.rule).toEqual({ text: "quirk.github.scopes", href: rulePath("quirk.github.scopes") });
    const trace = view.slots.trace as Cell[][];
    expect(trace.at(-1)![0]).toEqual({ text: "quirk.github.scopes", href: rulePath("quirk.github.scopes") });
    expect(trace.at(-1)![1]!.text).toBe("decided");
  });

  test("breaks WWW-Authenticate into challenges, and flags a malformed header", () => {
    const text = 'HTTP/1.1 401\nWWW-Authenticate: Bearer realm="api", error="invalid_token", Basic realm="x"\n\n';
    const view = explainView(text);
    expect(view.show).toContain("challenges");
    expect(view.show).not.toContain("malformed");
    expect((view.slots.challenges as Cell[][]).map((row) => row.map((c) => c.text))).toEqual([
      ["Bearer", "realm=api", "error=invalid_token"],
      ["Basic", "realm=x"],
    ]);
    expect(explainView('HTTP/1.1 401\nWWW-Authenticate: Basic realm="a"b"\n\n').show).toContain("malformed");
  });
});

describe("the error's parts", () => {
  const grant = EXAMPLES.find((e) => e.error === "GrantExpiredError")!;

  test("every field explain() reports, with its source, then details", () => {
    const view = explainView(grant.text, grant.opts);
    const fields = view.slots.fields as Cell[][];
    expect(fields.map((f) => f[0]!.text)).toEqual(expect.arrayContaining(["message", "requestId", "grantId", "retryable", "docsUrl"]));
    expect(fields.at(-1)![0]!.text).toBe("details");
    const requestId = fields.find((f) => f[0]!.text === "requestId")!;
    expect(requestId[2]!.text).toMatch(/^header /);
  });

  test("the snippet names this response's values and provider", () => {
    const view = explainView(grant.text, { source: "backend", providerId: "google" }, data);
    expect(view.slots.snippet).toContain('provider: "google"');
    expect(view.slots.snippet).toMatch(/\/\/ error\.grantId: "gr_/);
  });

  test("a retryable error gets the retry loop", () => {
    const text = "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{}";
    const view = explainView(text, { source: "provider" }, data);
    expect(view.slots.retry).toBe("Yes, after 30 s");
    expect(view.slots.snippet).toContain("backoffDelay(error, attempt)");
  });

  test("action and recovery keep the SDK's code spans as code", () => {
    expect(prose("Call `proxyRequest()` now.")).toEqual([{ text: "Call " }, { text: "proxyRequest()", cls: "code" }, { text: " now." }]);
    const view = explainView(grant.text);
    expect(textOf(view.slots.action)).not.toContain("`");
  });
});

describe("guidance by reason", () => {
  test("a CORS block shows what to do instead of the NetworkError's retry: its reason's own guidance", () => {
    const view = explainView("Access to fetch at 'https://api.openai.com/v1/models' from origin 'http://localhost:5173' has been blocked by CORS policy.\nTypeError: Failed to fetch", {}, data);
    expect(textOf(view.slots.action)).toMatch(/^Retrying will not help: the browser's CORS policy/);
    // A fetch that failed with no word of CORS keeps the class's.
    expect(textOf(explainView("TypeError: Failed to fetch", {}, data).slots.action)).toBe(GUIDANCE.NetworkError.action.replace(/`/g, ""));
  });
});

describe("showValue", () => {
  test.each([
    [undefined, "", "undefined"],
    ["gr_1", "", '"gr_1"'],
    [403, "", "403"],
    [["a", "b"], "", '["a","b"]'],
    [{ a: 1 }, "", '{\n  "a": 1\n}'],
    ["line 1\nline 2", "", "line 1\nline 2"],
    ["secret", "access_token", MASK],
    [{ headers: { Authorization: "Bearer x" } }, "", `{\n  "headers": {\n    "Authorization": "${MASK}"\n  }\n}`],
  ])("%j (%s) shows as %j", (value, key, shown) => {
    expect(showValue(value, key)).toBe(shown);
  });

  test("cuts a long value, and says how much", () => {
    expect(showValue("x\n".repeat(5000))).toMatch(/… \(7500 more characters\)$/);
  });
});

describe("real responses, in the shape the providers' docs show", () => {
  test.each(REAL_RESPONSES)("$name: $expected by $rule", (r) => {
    const view = explainView(r.text, r.opts, data);
    expect((view.slots.name as Cell).text).toBe(r.expected);
    expect((view.slots.rule as Cell).text).toBe(r.rule);
    expect(view.slots.retry).toMatch(r.retryable ? /^Yes/ : /^No\b/);
  });

  test("a \"No\" names the wait the response named, and only then", () => {
    const body = JSON.stringify({ detail: "Rate limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to availability: 1199s." });
    expect(explainView(`HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n\r\n${body}`, {}, data).slots.retry).toMatch(/^No \(the response names a wait of 19 min/);
    expect(explainView("HTTP/1.1 400 Bad Request\r\n\r\n", {}, data).slots.retry).toBe("No");
  });
});

describe("links", () => {
  test("the docs URL links to its path on this site", () => {
    expect(siteLink(`${SITE_ORIGIN}/errors/grant-expired-error/`)).toEqual({ text: `${SITE_ORIGIN}/errors/grant-expired-error/`, href: "/errors/grant-expired-error/" });
  });

  test.each([
    "javascript:alert(1)",
    "https://evil.example/",
    `${SITE_ORIGIN}.evil.example/`,
    "//evil.example/",
    `${SITE_ORIGIN}@evil.example/`,
    `https://user:pw@${SITE_ORIGIN.slice(8)}/errors/`,
    `${SITE_ORIGIN}:8443/errors/`,
    "/errors/grant-expired-error/",
    `HTTPS://DOCS.ALTERAUTH.COM.evil.example/`,
    `${SITE_ORIGIN}//evil.example/login`,
    `${SITE_ORIGIN}/\\evil.example/login`,
    `${SITE_ORIGIN}/\t/evil.example/login`,
  ])(
    "a documentation_url from the response, %s, is shown as text, never linked",
    (url) => {
      const text = `HTTP/1.1 403\ncontent-type: application/json\n\n${JSON.stringify({ error: { code: "insufficient_scope", message: "m", details: { required: ["a:b"], documentation_url: url } } })}`;
      const view = explainView(text);
      expect((view.slots.name as Cell).text).toBe("InsufficientScopeError");
      expect(view.slots.docs).toBe(url);
      const hrefs = JSON.stringify(view).match(/"href":"[^"]*"/g) ?? [];
      for (const href of hrefs) expect(href).toMatch(/^"href":"\/(?!\/)/);
    },
  );
});

describe("the verdict card", () => {
  const har = readFileSync(new URL("../fixtures/har-three-failed.json", import.meta.url), "utf8");

  test("names the provider, how it was identified, and links its page", () => {
    const view = explainView(REAL_GITHUB, {}, data);
    expect(view.show).toContain("provider");
    const [name, evidence] = view.slots.provider as Cell[];
    expect(name).toEqual({ text: "GitHub", href: providerPath("github") });
    expect(evidence!.text).toContain("x-github-request-id");
  });

  test("shows the request id, and no provider part when none is known", () => {
    const view = explainView("HTTP/1.1 500\nx-request-id: req_9\n\n{}", {}, data);
    expect(view.show).toContain("request-id");
    expect((view.slots["request-id"] as Cell).text).toBe("req_9");
    expect(view.show).not.toContain("provider");
  });

  test("a provider signal that decided says why, in its own statement; a catch-all rule adds nothing to the class's guidance", () => {
    const signals = RULES.filter((r) => r.provider !== undefined);
    const shipped = Object.keys(data.signals ?? {});
    for (const r of signals) expect(shipped).toContain(r.id);
    for (const id of ["provider.401", "provider.403", "provider.error", "provider.success"]) expect(shipped).not.toContain(id);
    const quota = 'HTTP/1.1 403 Forbidden\n\n{"error": {"code": 403, "message": "Daily Limit Exceeded.", "errors": [{"domain": "usageLimits", "reason": "dailyLimitExceeded"}]}}';
    const view = explainView(quota, { providerId: "google" }, data);
    expect(explain(quota, { providerId: "google" }).rule).toBe("provider.google.daily-limit");
    expect(view.show).toContain("signal");
    expect(textOf(view.slots.signal)).toBe(signals.find((r) => r.id === "provider.google.daily-limit")!.statement.replace(/`/g, ""));
    expect((view.slots.signal as Cell[]).some((c) => c.cls === "code" && c.text === "dailyLimitExceeded")).toBe(true);
    const generic = explainView("HTTP/1.1 403 Forbidden\n\n{}", {}, data);
    expect(generic.show).not.toContain("signal");
    expect(generic.slots.signal).toBeUndefined();
    // A generic rule beyond section 5's catch-alls says why too: a limit for anonymous calls is lifted by a credential.
    const anonymous = explainView('HTTP/1.1 429 Too Many Requests\n\n{"detail": "Rate limit reached. Please upload with the Codecov repository upload token to resolve issue."}', {}, data);
    expect(anonymous.show).toContain("signal");
    expect(textOf(anonymous.slots.signal)).toContain("send the key, token or project ID");
    // Without the statements (a page built before them), the answer is whole without it.
    expect(explainView(quota, { providerId: "google" }, { guidance: GUIDANCE, snippets: catchTemplates() }).show).not.toContain("signal");
  });

  test("a provider signal that decided gives the answer's action and summary; the class's steps follow as what to do for any of its errors", () => {
    const signals = RULES.filter((r) => r.provider !== undefined);
    // Every rule whose statement says why has an action (the provider signals, the generic rules beyond the catch-alls), and so does
    // the plain 403, whose status says more than its class; each shipped as the rule table has it.
    // (And the last catch-all's by status, keyed "provider.error 404".)
    const byStatus = RULES.flatMap((r) => Object.entries(r.statusActions ?? {}).map(([status, action]): [string, string] => [`${r.id} ${status}`, action]));
    expect(Object.keys(data.actions ?? {}).sort()).toEqual([...Object.keys(data.signals ?? {}), "provider.403", ...byStatus.map(([key]) => key)].sort());
    for (const [id, action] of Object.entries(data.actions ?? {})) expect(RULES.find((r) => r.id === id)?.action ?? new Map(byStatus).get(id)).toBe(action);
    for (const r of signals) expect(data.actions).toHaveProperty([r.id], r.action);
    const quota = 'HTTP/1.1 403 Forbidden\n\n{"error": {"code": 403, "message": "Daily Limit Exceeded.", "errors": [{"domain": "usageLimits", "reason": "dailyLimitExceeded"}]}}';
    const view = explainView(quota, { providerId: "google" }, data);
    const action = signals.find((r) => r.id === "provider.google.daily-limit")!.action!;
    expect(textOf(view.slots.action)).toBe(action.replace(/`/g, ""));
    expect(view.summary).toBe(`ProviderAPIError. ${action.replace(/`/g, "")}`);
    expect(view.slots["recovery-heading"]).toBe("For any ProviderAPIError");
    expect((view.slots.recovery as Cell[][]).map(textOf)).toEqual(GUIDANCE.ProviderAPIError.recovery.map((r) => textOf(prose(r))));
    // The last catch-all says what its status means: a 404's, a 5xx's; a status it has nothing for keeps the class's action, under
    // "What to do".
    const notFound = explainView("HTTP/1.1 404 Not Found\n\n{}", {}, data);
    expect(explain("HTTP/1.1 404 Not Found\n\n{}").rule).toBe("provider.error");
    expect(textOf(notFound.slots.action)).toMatch(/^Check the URL, the resource's id/);
    expect(notFound.slots["recovery-heading"]).toBe("For any ProviderAPIError");
    expect(textOf(explainView("HTTP/1.1 502 Bad Gateway\n\n{}", {}, data).slots.action)).toMatch(/^Retry with backoff: the provider failed, not the request/);
    const generic = explainView("HTTP/1.1 418 I'm a teapot\n\n{}", {}, data);
    expect(explain("HTTP/1.1 418 I'm a teapot\n\n{}").rule).toBe("provider.error");
    expect(textOf(generic.slots.action)).toBe(textOf(prose(GUIDANCE.ProviderAPIError.action)));
    expect(generic.slots["recovery-heading"]).toBe("What to do");
    // But a plain 403's refusal is the account's, not the request's.
    expect(textOf(explainView("HTTP/1.1 403 Forbidden\n\n{}", {}, data).slots.action)).toMatch(/^Read the message for what was refused: most often the credential's account may not make this call/);
    // A generic rule beyond them has its own: a limit for anonymous calls is lifted by a credential.
    const anonymous = explainView('HTTP/1.1 429 Too Many Requests\n\n{"detail": "Rate limit reached. Please upload with the Codecov repository upload token to resolve issue."}', {}, data);
    expect(textOf(anonymous.slots.action)).toBe(RULES.find((r) => r.id === "provider.anonymous-limit")!.action!.replace(/`/g, ""));
  });

  test("says the wait as a person reads it", () => {
    expect(duration(30)).toBe("30 s");
    expect(duration(0.5)).toBe("0.5 s");
    expect(duration(125)).toBe("2 min 5 s");
    expect(duration(3600)).toBe("1 h");
    expect(duration(3 * 3600 + 20 * 60)).toBe("3 h 20 min");
    expect(duration(2 * 86400 + 3600)).toBe("2 d 1 h");
  });

  test("a HAR with several failed requests offers each, the classified one current, and warns which was read", () => {
    const view = explainView(har, {}, data);
    expect(view.show).toEqual(expect.arrayContaining(["entries", "warnings"]));
    expect(view.entries!.map((e) => e.index)).toEqual(explain(har).input.entries!.map((e) => e.index));
    expect(view.entries!.length).toBe(3);
    expect(view.entries!.filter((e) => e.current).map((e) => e.index)).toEqual([explain(har).input.entry]);
    expect(JSON.stringify({ ...view, input: undefined })).not.toContain("ghp_16C7e42F292c6912E7710c838347Ae178B4a");
    const names = view.entries!.map((e) => (explainView(har, { entry: e.index }, data).slots.name as Cell).text);
    expect(new Set(names).size).toBe(3);
  });

  test("a bare body warns that it has no headers", () => {
    const view = explainView('{"error": {"code": "grant_expired", "message": "expired"}}', {}, data);
    expect(view.show).toContain("warnings");
    expect((view.slots.warnings as Cell[][]).length).toBeGreaterThan(0);
  });
});

describe("hostile sizes", () => {
  test("a list longer than the cap shows the cap and one 'more' row", () => {
    const rows = Array.from({ length: MAX_ROWS + 57 }, (_, i) => [{ text: String(i) }]);
    const capped = capRows(rows, "headers");
    expect(capped.length).toBe(MAX_ROWS + 1);
    expect(capped.at(-1)![0]!.text).toBe("… and 57 more headers, not shown");
    expect(capRows(rows.slice(0, MAX_ROWS), "headers").length).toBe(MAX_ROWS);
  });

  test("a 503 with 150,000 headers is shown with the rows capped, never thrown", () => {
    const text = "HTTP/1.1 503 Service Unavailable\n" + Array.from({ length: 150_000 }, (_, i) => `x-h${i}: v`).join("\n") + "\n\n{}";
    const view = explainView(text, {}, data);
    expect(view.state).toBe("error");
    expect((view.slots.headers as Cell[][]).length).toBeLessThanOrEqual(MAX_ROWS + 1);
    expect((view.slots.warnings as Cell[][]).map((r) => r[0]!.text).join(" ")).toMatch(/header/i);
  });

  test("an unreadable paste's message does not quote its secret", () => {
    const view = explainView("Authorization: Bearer ya29.a0AfH6SMBxSecretSecretSecret", {}, data);
    expect(view.state).toBe("invalid");
    expect(JSON.stringify(view)).not.toContain("SecretSecret");
  });
});

const REAL_GITHUB = [
  "HTTP/2 403",
  "x-github-request-id: C5A2:1F3B:2E4F9A:5C1D3E:6789ABCD",
  "x-oauth-scopes: read:user",
  "x-accepted-oauth-scopes: repo",
  "",
  '{"message": "Resource not accessible by integration", "documentation_url": "https://docs.github.com/rest"}',
].join("\n");

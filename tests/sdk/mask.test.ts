/**
 * The one masking module (spec section 3): every secret shape, wherever it sits (a header
 * line, a curl command, JSON, a Python or JS object, a form body, a URL, a HAR request),
 * is gone from the masked text, from an error's `toJSON()` and from `util.inspect`.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { inspect } from "node:util";
import { MASK, errorFromResponse, explain, maskPaste, maskText, maskValue } from "../../sdk/src/docs.js";
import { expectLinear, repeat } from "../support/linear.js";

/** Secret shapes: [what, the secret]. Made up, each of the real shape. */
const SECRETS: [string, string][] = [
  ["a JWT", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
  ["a Stripe live key", "sk_live_51H8xyzAbCdEfGhIjKlMnOpQr"],
  ["a Stripe restricted key", "rk_test_51H8xyzAbCdEfGhIjKlMnOp"],
  ["an OpenAI key", "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345"],
  ["an Anthropic key", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv"],
  ["a GitHub token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"],
  ["a fine-grained GitHub token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnop"],
  ["a Slack bot token", "xoxb-1234567890-0987654321-AbCdEfGhIjKl"],
  ["a Google access token", "ya29.a0AfH6SMBxYz-AbCdEfGhIj"],
  ["a Google API key", "AIzaSyA1234567890abcdefghijklmnopqrs"],
  ["an AWS access key id", "AKIAIOSFODNN7EXAMPLE"],
  ["a GitLab token", "glpat-AbCdEfGhIjKlMnOpQrSt"],
  ["a Shopify token", "shpat_0123456789abcdef0123456789abcdef"],
];

/** Places a secret can sit, each a template with `$` for the secret, and the name the place gives it. */
const PLACES: [string, (s: string) => string][] = [
  ["an Authorization header line", (s) => `HTTP/1.1 401 Unauthorized\r\nAuthorization: Bearer ${s}\r\n\r\n`],
  ["an X-Api-Key header", (s) => `X-Api-Key: ${s}`],
  ["a curl -H with Basic", (s) => `curl -H 'Authorization: Basic ${s}' https://api.example.com/x`],
  ["a curl -H with Token", (s) => `curl -sS -H "Authorization: Token ${s}" -H "Accept: application/json" https://x`],
  ["a JSON member", (s) => `{"access_token": "${s}", "expires_in": 3600}`],
  ["a Python dict", (s) => `{'client_secret': '${s}', 'ok': False}`],
  ["a JS object", (s) => `{ headers: { Authorization: 'Bearer ${s}' } }`],
  ["a form body", (s) => `grant_type=refresh_token&refresh_token=${s}&client_id=abc`],
  ["a password in a form", (s) => `username=ann&password=${s}`],
  ["a URL query", (s) => `GET https://api.example.com/v1/x?access_token=${s}&page=2`],
  ["a Google key in a URL", (s) => `https://generativelanguage.googleapis.com/v1/models?key=${s}`],
  ["a URL's userinfo", (s) => `https://deploy:${s}@git.example.com/repo.git`],
  ["a HAR query parameter", (s) => `{"queryString": [{"name": "access_token", "value": "${s}"}]}`],
  ["a HAR post parameter", (s) => `{"postData": {"params": [{"name": "client_secret", "value": "${s}"}]}}`],
  ["a HAR cookie in a HAR that does not parse", (s) => `{"log": {"entries": [{"request": {"cookies": [{"name": "sid", "value": "${s}"}], "url": "https://x`],
  ["curl's Added cookie", (s) => `* Added cookie sid="${s}" for domain example.com, path /, expire 0`],
  ["prose", (s) => `I used the token ${s} and it failed`],
];

/** Secrets no shape tells apart: masked by where they sit. */
const OPAQUE = ["1234|SECRETsecret", "opaque%3Atok3n", "s3cr3t-p4ss"];

describe("maskText", () => {
  test.each(SECRETS.flatMap(([what, secret]) => PLACES.map(([where, put]) => [`${what} in ${where}`, secret, put] as const)))("%s", (_l, secret, put) => {
    const masked = maskText(put(secret));
    expect(masked).toContain(MASK);
    // Not the secret, and no long piece of it (a kept prefix like `ghp_` says what it was).
    expect(masked).not.toContain(secret);
    expect(masked).not.toContain(secret.slice(-12));
  });

  test.each([
    ["Bearer with a pipe", "Authorization: Bearer 1234|SECRETsecret", "1234|SECRETsecret"],
    ["Bearer percent-encoded", "sent Bearer opaque%3Atok3n to it", "opaque%3Atok3n"],
    ["Basic inside curl -H", `curl -H "Authorization: Basic dXNlcjpwYXNz" https://x`, "dXNlcjpwYXNz"],
    ["Token inside curl -H", `curl -H 'Authorization: Token s3cr3t-p4ss' https://x`, "s3cr3t-p4ss"],
    ["a password member", `{"username": "ann", "password": "s3cr3t-p4ss"}`, "s3cr3t-p4ss"],
    ["a cookie header mid-line", `> GET / HTTP/1.1 ... Cookie: session=s3cr3t-p4ss; theme=dark`, "s3cr3t-p4ss"],
  ])("masks %s", (_l, text, secret) => {
    expect(maskText(text)).not.toContain(secret);
    expect(OPAQUE.some((o) => text.includes(o)) || secret.length > 0).toBe(true);
  });

  /** Text that carries no secret comes out unchanged. */
  test.each([
    'WWW-Authenticate: Bearer realm="example", error="insufficient_scope", scope="a b"',
    'www-authenticate: Bearer realm="https://accounts.google.com/", error=insufficient_scope',
    'WWW-Authenticate: Bearer realm = "x"',
    "WWW-Authenticate: Bearer\nX: y",
    '{"token_type": "Bearer", "expires_in": 3600}',
    "Authorization-Info: nextnonce=abc",
    "X-Cookies-Enabled: yes",
    '{"ok": false, "error": "missing_scope", "needed": "chat:write"}',
    "x-ratelimit-remaining: 0",
    '{"error": {"code": "insufficient_scope", "required": ["agents:write"]}}',
    "https://api.github.com/repos/a/b?per_page=100&page=2",
  ])("keeps %s", (text) => {
    expect(maskText(text)).toBe(text);
  });

  test("is idempotent, and never makes text longer than the original plus the masks", () => {
    const secret = fc.constantFrom(...SECRETS.map(([, s]) => s), ...OPAQUE);
    const place = fc.constantFrom(...PLACES.map(([, p]) => p));
    fc.assert(
      fc.property(secret, place, fc.string(), (s, put, noise) => {
        const text = noise + put(s) + noise;
        const once = maskText(text);
        expect(maskText(once)).toBe(once);
        const masks = once.split(MASK).length - 1;
        expect(once.length).toBeLessThanOrEqual(text.length + masks * MASK.length);
      }),
      { numRuns: 500 },
    );
  });

  test("runs in linear time on 1 MB adversarial text", () => {
    for (const unit of ["Bearer ", "Authorization: ", '"password": "', "?access_token=", "sk_live_", "eyJ", "a", "Added cookie x=", "https://a:"]) {
      expectLinear((n) => repeat(unit, n), (t) => maskText(t), { label: JSON.stringify(unit) });
    }
  });
});

describe("maskPaste: a HAR masked through its structure", () => {
  const har = {
    log: {
      entries: [
        {
          request: {
            method: "POST",
            url: "https://api.example.com/v1/x?access_token=qs-secret",
            headers: [
              { name: "authorization", value: "Bearer header-secret" },
              { name: "X-Api-Key", value: "key-secret" },
              { name: "Accept", value: "application/json" },
            ],
            queryString: [{ name: "access_token", value: "qs-secret" }],
            cookies: [{ name: "sid", value: "cookie-secret", path: "/" }],
            postData: { mimeType: "application/x-www-form-urlencoded", params: [{ name: "client_secret", value: "post-secret" }], text: "client_secret=post-secret" },
          },
          response: { status: 401, headers: [{ name: "Set-Cookie", value: "sid=set-secret" }], cookies: [{ name: "sid", value: "set-secret" }], content: { text: "{}" } },
        },
      ],
    },
  };

  test("no secret survives, and the result still classifies the same", () => {
    const text = JSON.stringify(har, null, 2);
    const masked = maskPaste(text);
    for (const s of ["qs-secret", "header-secret", "key-secret", "cookie-secret", "post-secret", "set-secret"]) expect(masked).not.toContain(s);
    expect(masked).toContain('"Accept"');
    expect(explain(masked).error!.name).toBe(explain(text).error!.name);
  });

  test("the value is never changed", () => {
    const copy = JSON.parse(JSON.stringify(har));
    maskValue(copy);
    expect(copy).toEqual(har);
  });
});

describe("errors are safe to log (spec section 3)", () => {
  const err = errorFromResponse(
    {
      status: 401,
      headers: { "www-authenticate": 'Bearer error="invalid_token"', "x-request-id": "req_1" },
      body: { message: "bad token ghp_16C7e42F292c6912E7710c838347Ae178B4a", request: { headers: { Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc" } }, access_token: "ya29.a0AfH6SMBx" },
      url: "https://api.example.com/v1/me?access_token=url-secret-123",
    },
    { providerId: "github", grantId: "gr_1" },
  )!;
  const secrets = ["ghp_16C7e42F292c6912E7710c838347Ae178B4a", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc", "ya29.a0AfH6SMBx", "url-secret-123"];

  test("toJSON() masks every secret, in details and typed fields alike", () => {
    const json = JSON.stringify(err);
    for (const s of secrets) expect(json).not.toContain(s);
    expect(JSON.parse(json)).toMatchObject({ name: "ProviderUnauthorizedError", requestId: "req_1", retryable: false, grantId: "gr_1" });
  });

  test("util.inspect shows the masked toJSON under the class name", () => {
    const shown = inspect(err, { depth: 10 });
    expect(shown).toMatch(/^ProviderUnauthorizedError \{/);
    for (const s of secrets) expect(shown).not.toContain(s);
  });

  test("err.details itself stays what the response said", () => {
    expect(JSON.stringify(err.details)).toContain("url-secret-123");
  });

  test("JSON.stringify(err) pasted back reads as the same class with the same typed fields", () => {
    const back = explain(JSON.stringify(err)).error!;
    expect(back.name).toBe(err.name);
    expect(back.toJSON()).toEqual(err.toJSON());
  });
});

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
import { PLACES, SECRETS } from "../support/secrets.js";

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
    ["a lowercase or all-capitals token after any case of the scheme", "bearer abcdefghij and BEARER SECRETWORD", "abcdefghij"],
    ["a capitalised token with a digit", "sent Bearer Xyzzy12 to it", "Xyzzy12"],
    ["Basic inside curl -H", `curl -H "Authorization: Basic dXNlcjpwYXNz" https://x`, "dXNlcjpwYXNz"],
    ["Token inside curl -H", `curl -H 'Authorization: Token s3cr3t-p4ss' https://x`, "s3cr3t-p4ss"],
    ["a password member", `{"username": "ann", "password": "s3cr3t-p4ss"}`, "s3cr3t-p4ss"],
    ["a cookie header mid-line", `> GET / HTTP/1.1 ... Cookie: session=s3cr3t-p4ss; theme=dark`, "s3cr3t-p4ss"],
    ["a token in capitals and digits after Bearer", `sent Bearer ABC123DEF456 to it`, "ABC123DEF456"],
    ["HubSpot's legacy API key in a URL", "GET https://api.hubapi.com/contacts/v1/lists?hapikey=1f430c92-a780-4a35-a7a0-f0546f8ebbcc&count=5", "1f430c92-a780"],
    ["OpenWeatherMap's key in a URL", "https://api.openweathermap.org/data/2.5/weather?q=London&appid=0123456789abcdef0123456789abcdef", "0123456789abcdef"],
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
    // A sentence's noun after the scheme's name (Etsy's 403: "No user was provided as part of the bearer token.").
    "No user was provided as part of the bearer token.",
    "Send a bearer token, or bearer authentication with the header.",
    'WWW-Authenticate: Bearer realm="Zendesk::OAuth Bearer Token Authentication", error="invalid_token"',
    '{"token_type": "Bearer", "expires_in": 3600}',
    "Authorization-Info: nextnonce=abc",
    "X-Cookies-Enabled: yes",
    '{"ok": false, "error": "missing_scope", "needed": "chat:write"}',
    "x-ratelimit-remaining: 0",
    '{"error": {"code": "insufficient_scope", "required": ["agents:write"]}}',
    "https://api.github.com/repos/a/b?per_page=100&page=2",
    'The header value is expected to be of the format "Bearer TOKEN".',
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

describe("an unreadable paste's message never quotes a secret", () => {
  // The message quotes how the text begins; a paste that is only a request line and a credential is unreadable.
  for (const [what, secret] of SECRETS) {
    test(`${what} on the first line`, () => {
      for (const text of [`Authorization: Bearer ${secret}`, `token ${secret} and more words to pass sixty characters of preview`]) {
        let message = "";
        try {
          explain(text);
        } catch (err) {
          message = (err as Error).message;
        }
        expect(message, text).toMatch(/it begins/);
        expect(message).not.toContain(secret);
        expect(message).not.toContain(secret.slice(-12));
      }
    });
  }
});

describe("exact masks, and text that carries no secret (the classifier's former table)", () => {
  /** [what, input, expected] */
  const MASKED: [string, string, string][] = [
    ["an Authorization header line", "Authorization: Bearer abc.def-ghi", `Authorization: Bearer ${MASK}`],
    ["a Basic Authorization", "authorization: Basic dXNlcjpwYXNz", `authorization: Basic ${MASK}`],
    ["an Authorization with no scheme", "Authorization: sk_live_123", `Authorization: ${MASK}`],
    ["a Proxy-Authorization header", "Proxy-Authorization: Digest x", `Proxy-Authorization: Digest ${MASK}`],
    ["a Cookie header", "Cookie: sid=abc; theme=dark", `Cookie: ${MASK}`],
    ["a Set-Cookie header, CRLF", "Set-Cookie: sid=abc; Path=/; HttpOnly\r\nX-A: b", `Set-Cookie: ${MASK}\r\nX-A: b`],
    ["a curl -v request header", "> Authorization: Bearer xyz", `> Authorization: Bearer ${MASK}`],
    ["a curl -v response header, no space", "<set-cookie: a=b", `<set-cookie: ${MASK}`],
    ["a JSON header member", '{"Authorization": "Bearer t0k3n", "X": "y"}', `{"Authorization": "${MASK}", "X": "y"}`],
    ["a JSON access_token", '{"access_token":"ya29.a0Af","expires_in":3599}', `{"access_token":"${MASK}","expires_in":3599}`],
    ["a JSON refresh_token with escapes", '{"refresh_token": "1//a\\"b"}', `{"refresh_token": "${MASK}"}`],
    ["a HAR header pair", '{"name": "Cookie", "value": "sid=abc"}', `{"name": "Cookie", "value": "${MASK}"}`],
    ["a query string token (an OAuth code is a secret too)", "GET /cb?code=1&access_token=abc123&x=1", `GET /cb?code=${MASK}&access_token=${MASK}&x=1`],
    ["a bearer token in prose", "sent Bearer eyJhbGciOi.x.y to the API", `sent Bearer ${MASK} to the API`],
    ["a bearer token in a JSON string", '"auth": "Bearer abc"', `"auth": "Bearer ${MASK}"`],
    ["a padded token68", "Bearer abc==", `Bearer ${MASK}`],
    ["a Slack bot token", '"bot": "xoxb-123-456-abcDEF"', `"bot": "xoxb-${MASK}"`],
    ["a Slack user token", "xoxp-1234-5678-90ab", `xoxp-${MASK}`],
    ["a GitHub personal token", "token ghp_16C7e42F292c6912E7710c838347Ae178B4a", `token ghp_${MASK}`],
    ["a GitHub OAuth token", "gho_abc123", `gho_${MASK}`],
    ["a fine-grained GitHub token", "github_pat_11ABC_def", `github_pat_${MASK}`],
  ];

  /** Text that carries no secret and must come out unchanged. */
  const KEPT: [string, string][] = [
    ["a WWW-Authenticate Bearer challenge", 'WWW-Authenticate: Bearer realm="example", error="insufficient_scope", scope="a b"'],
    ["Google's unquoted challenge", "www-authenticate: Bearer realm=\"https://accounts.google.com/\", error=insufficient_scope"],
    ["a challenge with spaces around =", 'WWW-Authenticate: Bearer realm = "x"'],
    ["a bare Bearer scheme", "WWW-Authenticate: Bearer\nX: y"],
    ["token_type Bearer", '{"token_type": "Bearer", "expires_in": 3600}'],
    ["an Authorization-Info header", "Authorization-Info: nextnonce=abc"],
    ["a header that only mentions cookies", "X-Cookies-Enabled: yes"],
    ["a Slack error body", '{"ok": false, "error": "missing_scope", "needed": "chat:write"}'],
  ];

  test.each(MASKED)("masks %s, keeping the structure", (_, input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  test.each(KEPT)("keeps %s", (_, input) => {
    expect(maskText(input)).toBe(input);
  });
});

import { describe, expect, test } from "vitest";
import { EXAMPLES, classify } from "@alter-ai/alter-sdk";
import { MASK, maskForShare, maskHeader, maskText } from "../../src/classifier/mask.js";

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
  ["a query string token", "GET /cb?code=1&access_token=abc123&x=1", `GET /cb?code=1&access_token=${MASK}&x=1`],
  ["a bearer token in prose", "sent Bearer eyJhbGciOi.x.y to the API", `sent Bearer ${MASK} to the API`],
  ["a bearer token in a JSON string", '"token": "Bearer abc"', `"token": "Bearer ${MASK}"`],
  ["a padded token68", "Bearer abc==", `Bearer ${MASK}`],
  ["a Slack bot token", '"token": "xoxb-123-456-abcDEF"', `"token": "xoxb-${MASK}"`],
  ["a Slack user token", "xoxp-1-2-3", `xoxp-${MASK}`],
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

describe("maskText", () => {
  test.each(MASKED)("masks %s", (_, input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  test.each(KEPT)("keeps %s", (_, input) => {
    expect(maskText(input)).toBe(input);
  });

  test("masking twice changes nothing more", () => {
    for (const [, input] of MASKED) expect(maskText(maskText(input))).toBe(maskText(input));
  });
});

describe("maskHeader", () => {
  test("masks a sensitive header's whole value, whatever its case", () => {
    expect(maskHeader("SET-COOKIE", "a=b; Path=/")).toBe(MASK);
    expect(maskHeader("authorization", "Bearer x")).toBe(MASK);
  });
  test("masks only the secrets of another header", () => {
    expect(maskHeader("Location", "https://app/cb#access_token=abc&state=1")).toBe(`https://app/cb#access_token=${MASK}&state=1`);
    expect(maskHeader("Content-Type", "application/json")).toBe("application/json");
  });
});

describe("maskForShare", () => {
  const har = {
    log: {
      entries: [
        {
          request: {
            method: "GET",
            url: "https://api.example.com/v1/x?access_token=qs-secret",
            headers: [
              { name: "authorization", value: "Bearer header-secret" },
              { name: "Accept", value: "application/json" },
            ],
            cookies: [{ name: "sid", value: "cookie-secret", path: "/" }],
          },
          response: {
            status: 401,
            headers: [{ name: "set-cookie", value: "sid=set-cookie-secret" }],
            cookies: [{ name: "sid", value: "response-cookie-secret" }],
            content: { mimeType: "application/json", text: '{"access_token":"body-secret"}' },
          },
        },
      ],
    },
  };

  test("reaches every secret of a HAR, cookies included, and keeps the rest", () => {
    const out = maskForShare(JSON.stringify(har, null, 2));
    for (const secret of ["qs-secret", "header-secret", "cookie-secret", "set-cookie-secret", "response-cookie-secret", "body-secret"]) {
      expect(out).not.toContain(secret);
    }
    const parsed = JSON.parse(out);
    expect(parsed.log.entries[0].request.headers[1]).toEqual({ name: "Accept", value: "application/json" });
    expect(parsed.log.entries[0].request.cookies[0]).toEqual({ name: "sid", value: MASK, path: "/" });
    expect(out).toContain("\n  "); // indented as the original was
  });

  test("keeps compact JSON compact", () => {
    expect(maskForShare('{"error":{"code":"grant_expired"}}')).toBe('{"error":{"code":"grant_expired"}}');
  });

  test("masks JSON that does not parse with the text patterns", () => {
    expect(maskForShare('{"access_token": "abc", oops')).toBe(`{"access_token": "${MASK}", oops`);
  });

  test("masks a raw response line by line", () => {
    expect(maskForShare("HTTP/1.1 401\nAuthorization: Bearer x\n\n{}")).toBe(`HTTP/1.1 401\nAuthorization: Bearer ${MASK}\n\n{}`);
  });

  // The share link must classify as the pasted text does.
  test.each(EXAMPLES.map((e, i) => ({ ...e, label: `#${i} ${e.error}` })))("$label: the masked text classifies the same", (ex) => {
    expect(classify(maskForShare(ex.text), ex.opts)?.name).toBe(ex.error);
  });
});

describe("linear time", () => {
  /** Inputs built to make a backtracking pattern go quadratic. */
  const ADVERSARIAL: [string, (n: number) => string][] = [
    ["repeated Bearer", (n) => "Bearer ".repeat(n)],
    ["Bearer then a long token and a quote", (n) => `Bearer ${"a".repeat(n)}="`],
    ["repeated Bearer a=", (n) => "Bearer a= ".repeat(n)],
    ["unterminated JSON members", (n) => '"access_token": "'.repeat(n)],
    ["backslashes in a JSON string", (n) => `"access_token": "${"\\\\".repeat(n)}`],
    ["a header line of blanks", (n) => `${" \t".repeat(n)}Authorization`],
    ["many blank lines", (n) => "\n ".repeat(n)],
    ["a long query value", (n) => `access_token=${"x".repeat(n)}`],
    ["HAR name pairs with no value", (n) => '"name": "cookie", '.repeat(n)],
    ["token prefixes", (n) => "xoxb-ghp_".repeat(n)],
  ];

  /** The fastest of three runs: the least disturbed by whatever else the machine does. */
  function time(text: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      maskText(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  test.each(ADVERSARIAL)("%s: 1 MiB in well under a second, and twice the input in about twice the time", (_, make) => {
    const small = make(Math.ceil(2 ** 19 / make(1).length));
    const large = make(Math.ceil(2 ** 20 / make(1).length));
    const t1 = Math.max(time(small), 1);
    const t2 = time(large);
    expect(t2).toBeLessThan(1000);
    expect(t2 / t1).toBeLessThan(5);
  });
});

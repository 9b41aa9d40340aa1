import { describe, test, expect } from "vitest";
import fc from "fast-check";
import { ACCEPTED_INPUTS, MAX_INPUT_BYTES, parseResponse } from "../../sdk/src/input/index.js";
import { explain } from "../../sdk/src/mapper.js";
import { AlterValueError } from "../../sdk/src/errors.js";
import type { ParsedInput } from "../../sdk/src/types.js";
import { expectLinear, repeat } from "../support/linear.js";
import { adversarialTests } from "../support/adversarial-inputs.js";

/** Runs `fn`, expects an AlterValueError, and returns its message. */
function rejection(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AlterValueError);
    expect((err as Error).name).toBe("AlterValueError");
    const message = (err as Error).message;
    expect(message).not.toMatch(/\n\s+at /); // never a stack
    return message;
  }
  throw new Error("expected an AlterValueError");
}

const crlf = (s: string): string => s.replace(/\n/g, "\r\n");
const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");

const ENVELOPE = '{"error":{"code":"grant_expired","message":"The grant expired.","request_id":"req_01J9Z3","details":{"grant_id":"gr_123"}}}';

describe("raw HTTP responses", () => {
  const http11 = `HTTP/1.1 403 Forbidden
Date: Tue, 14 May 2024 09:12:44 GMT
Content-Type: application/json
Content-Length: 120
X-Request-Id: req_01J9Z3

${ENVELOPE}`;

  test("HTTP/1.1 with LF", () => {
    expect(parseResponse(http11)).toEqual({
      format: "http",
      status: 403,
      statusText: "Forbidden",
      headers: [
        ["Date", "Tue, 14 May 2024 09:12:44 GMT"],
        ["Content-Type", "application/json"],
        ["Content-Length", "120"],
        ["X-Request-Id", "req_01J9Z3"],
      ],
      body: ENVELOPE,
      responses: 1,
      warnings: [],
    } satisfies ParsedInput);
  });

  test("a chunked body as a proxy's raw view shows it (Fiddler, Burp) is joined, by its sizes or, when a paste changed them, by its size lines", () => {
    const head = "HTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n";
    const read = (text: string) => parseResponse(text).body;
    expect(read(`${head}5\r\n{"err\r\n7\r\nor":"x"\r\n1\r\n}\r\n0\r\n\r\n`)).toBe('{"error":"x"}');
    // A size of UTF-8 bytes: the curly apostrophe is three of them.
    expect(read(`${head}9\r\n{"m":"’"}\r\n0\r\n`)).toBe('{"m":"’"}');
    // Pasted with LF for CRLF: a chunk of 0x12 bytes over three lines is two bytes short; its size lines are still found.
    const pretty = '{\r\n  "error": 1\r\n}';
    expect(read(`HTTP/1.1 429 Too Many Requests\nTransfer-Encoding: chunked\n\n${(pretty.length).toString(16)}\n${pretty.replace(/\r\n/g, "\n")}\n0\n`)).toBe('{\n  "error": 1\n}');
    // Graph's 429 as Fiddler showed it, its single chunk's size wrong for the text: the size line and the last 0 are removed.
    const graph = read(`HTTP/1.1 429\nTransfer-Encoding: chunked\nrequest-id: f53b\n\nec\n{\n  "error": {\n    "code": "activityLimitReached"\n  }\n}\n0`);
    expect(JSON.parse(graph as string)).toEqual({ error: { code: "activityLimitReached" } });
    // Not chunked, or a body that does not start with a size: as sent.
    expect(read(`HTTP/1.1 429 Too Many Requests\n\nec\n{}`)).toBe("ec\n{}");
    expect(read(`${head}{"error":"x"}`)).toBe('{"error":"x"}');
    expect(parseResponse(`${head}5\r\n{"err\r\n0\r\n`).warnings.join(" ")).toMatch(/chunk-size lines were removed/);
  });

  test("HTTP/1.1 with CRLF keeps the body's line endings", () => {
    const body = '{\r\n  "error": {"code": "invalid_key"}\r\n}';
    const r = parseResponse(crlf("HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n") + body);
    expect(r.status).toBe(401);
    expect(r.headers).toEqual([["Content-Type", "application/json"]]);
    expect(r.body).toBe(body);
  });

  test("HTTP/2 and HTTP/2.0 without a reason phrase", () => {
    for (const version of ["HTTP/2", "HTTP/2.0", "HTTP/3"]) {
      const r = parseResponse(crlf(`${version} 429 \ncontent-type: text/plain\nretry-after: 30\n\nslow down`));
      expect(r).toEqual({
        format: "http",
        status: 429,
        headers: [
          ["content-type", "text/plain"],
          ["retry-after", "30"],
        ],
        body: "slow down",
        responses: 1,
        warnings: [],
      });
      expect(r.statusText).toBeUndefined();
    }
  });

  test("a BOM, blank lines around, and a curl command line above are skipped", () => {
    const r = parseResponse(`\uFEFF\n\n  \n$ curl -i https://api.example.com/v1/grants\n${http11}\n\n\n`);
    expect(r.status).toBe(403);
    expect(r.body).toBe(ENVELOPE);
  });

  test("obs-fold continuation lines join the previous value with one space", () => {
    const r = parseResponse(
      "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"api\",\r\n   error=\"invalid_token\",\r\n\terror_description=\"expired\"\r\nX-A: 1\r\n\r\n",
    );
    expect(r.headers).toEqual([
      ["WWW-Authenticate", 'Bearer realm="api", error="invalid_token", error_description="expired"'],
      ["X-A", "1"],
    ]);
    expect(r.body).toBe("");
  });

  test("no blank line before the body: the first line that is not a header starts it", () => {
    const r = parseResponse(`HTTP/1.1 404 Not Found\nContent-Type: application/json\n{"error": {"code": "agent_not_found"}}`);
    expect(r.headers).toEqual([["Content-Type", "application/json"]]);
    expect(r.body).toBe('{"error": {"code": "agent_not_found"}}');
  });

  test("a status line alone", () => {
    expect(parseResponse("HTTP/1.1 504 Gateway Timeout")).toEqual({
      format: "http",
      status: 504,
      statusText: "Gateway Timeout",
      headers: [],
      body: "",
      responses: 1,
      warnings: [],
    });
  });

  test("a malformed status line is refused with the expected form", () => {
    expect(rejection(() => parseResponse("HTTP/1.1 Forbidden\n\n{}"))).toMatch(/HTTP\/1\.1 403 Forbidden/);
  });
});

describe("curl -i", () => {
  test("100 Continue then the response", () => {
    const text = crlf(`HTTP/1.1 100 Continue

HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json
X-Request-Id: req_9

{"error":{"code":"validation_error","details":{"fields":{"name":["is required"]}}}}`);
    const r = parseResponse(text);
    expect(r.format).toBe("curl-i");
    expect(r.responses).toBe(2);
    expect(r.status).toBe(422);
    expect(r.statusText).toBe("Unprocessable Entity");
    expect(r.headers).toEqual([
      ["Content-Type", "application/json"],
      ["X-Request-Id", "req_9"],
    ]);
    expect(r.body).toBe('{"error":{"code":"validation_error","details":{"fields":{"name":["is required"]}}}}');
  });

  test("a redirect chain with -L: the last response counts", () => {
    const text = `HTTP/1.1 301 Moved Permanently
Location: https://api.example.com/v1/grants
Content-Length: 0

HTTP/2 302
location: https://api.example.com/v2/grants
content-length: 0

HTTP/2 401
content-type: application/json
www-authenticate: Bearer error="invalid_token"

{"error":{"code":"invalid_key","message":"Unknown API key."}}
`;
    const r = parseResponse(text);
    expect(r).toEqual({
      format: "curl-i",
      status: 401,
      headers: [
        ["content-type", "application/json"],
        ["www-authenticate", 'Bearer error="invalid_token"'],
      ],
      body: '{"error":{"code":"invalid_key","message":"Unknown API key."}}',
      responses: 3,
      warnings: [],
    });
  });

  test("a proxy's Connection established", () => {
    const r = parseResponse(crlf("HTTP/1.1 200 Connection established\n\nHTTP/2 503 \ncontent-type: text/html\n\n<html><body>upstream down</body></html>"));
    expect(r.format).toBe("curl-i");
    expect(r.status).toBe(503);
    expect(r.body).toBe("<html><body>upstream down</body></html>");
  });
});

describe("curl -v", () => {
  const github = `* Host api.github.com:443 was resolved.
* IPv6: (none)
* IPv4: 140.82.121.6
*   Trying 140.82.121.6:443...
* Connected to api.github.com (140.82.121.6) port 443
* ALPN: curl offers h2,http/1.1
* (304) (OUT), TLS handshake, Client hello (1):
} [318 bytes data]
*  CAfile: /etc/ssl/cert.pem
*  CApath: none
* (304) (IN), TLS handshake, Server hello (2):
{ [122 bytes data]
* SSL connection using TLSv1.3 / AEAD-AES128-GCM-SHA256 / [blank] / UNDEF
* ALPN: server accepted h2
* Server certificate:
*  subject: CN=*.github.com
*  start date: Mar  7 00:00:00 2024 GMT
*  expire date: Mar  7 23:59:59 2025 GMT
*  subjectAltName: host "api.github.com" matched cert's "*.github.com"
*  SSL certificate verify ok.
* using HTTP/2
* [HTTP/2] [1] OPENED stream for https://api.github.com/user/repos
* [HTTP/2] [1] [:method: POST]
* [HTTP/2] [1] [:path: /user/repos]
> POST /user/repos HTTP/2
> Host: api.github.com
> User-Agent: curl/8.7.1
> Accept: */*
> Authorization: Bearer gho_xxx
> Content-Length: 20
>
} [20 bytes data]
* upload completely sent off: 20 bytes
< HTTP/2 403 
< date: Tue, 14 May 2024 09:12:44 GMT
< content-type: application/json; charset=utf-8
< x-accepted-oauth-scopes: public_repo, repo
< x-oauth-scopes: read:user
< x-ratelimit-remaining: 4999
<
{ [185 bytes data]
{
  "message": "Resource not accessible by integration",
  "documentation_url": "https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user",
  "status": "403"
}
* Connection #0 to host api.github.com left intact
`;

  test("real-looking HTTP/2 output with TLS lines and data lines", () => {
    expect(parseResponse(github)).toEqual({
      format: "curl-v",
      status: 403,
      headers: [
        ["date", "Tue, 14 May 2024 09:12:44 GMT"],
        ["content-type", "application/json; charset=utf-8"],
        ["x-accepted-oauth-scopes", "public_repo, repo"],
        ["x-oauth-scopes", "read:user"],
        ["x-ratelimit-remaining", "4999"],
      ],
      body: `{
  "message": "Resource not accessible by integration",
  "documentation_url": "https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user",
  "status": "403"
}`,
      url: "https://api.github.com/user/repos",
      method: "POST",
      responses: 1,
      warnings: [],
    } satisfies ParsedInput);
  });

  test("the same with CRLF line endings and the command line pasted above", () => {
    const r = parseResponse(crlf(`$ curl -v -X POST https://api.github.com/user/repos\n${github}`));
    expect(r.status).toBe(403);
    expect(r.headers[1]).toEqual(["content-type", "application/json; charset=utf-8"]);
    expect(r.body).toBe(
      '{\r\n  "message": "Resource not accessible by integration",\r\n  "documentation_url": "https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user",\r\n  "status": "403"\r\n}',
    );
  });

  test("an HTML body whose lines begin with < is body after the header block", () => {
    const text = `*   Trying 127.0.0.1:8080...
* Connected to localhost (127.0.0.1) port 8080 (#0)
> GET /admin HTTP/1.1
> Host: localhost:8080
> User-Agent: curl/7.81.0
>
* Mark bundle as not supporting multiuse
< HTTP/1.1 401 Unauthorized
< Content-Type: text/html
< WWW-Authenticate: Basic realm="admin"
<
<html>
<head><title>401 Authorization Required</title></head>
<body>nope</body>
</html>
* Connection #0 to host localhost left intact`;
    const r = parseResponse(text);
    expect(r.status).toBe(401);
    expect(r.url).toBe("http://localhost:8080/admin");
    expect(r.method).toBe("GET");
    expect(r.headers).toEqual([
      ["Content-Type", "text/html"],
      ["WWW-Authenticate", 'Basic realm="admin"'],
    ]);
    expect(r.body).toBe("<html>\n<head><title>401 Authorization Required</title></head>\n<body>nope</body>\n</html>");
  });

  test("a body with no final newline, glued to curl's trailer", () => {
    const text = `* Connected to api.alter.ai (34.1.2.3) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /v1/grants/gr_123 HTTP/1.1
> Host: api.alter.ai
>
< HTTP/1.1 401 Unauthorized
< Content-Type: application/json
< X-Request-Id: req_77
<
${ENVELOPE}* Connection #0 to host api.alter.ai left intact`;
    const r = parseResponse(text);
    expect(r.body).toBe(ENVELOPE);
    expect(r.url).toBe("https://api.alter.ai/v1/grants/gr_123");
  });

  test("marks without the space, and no Host line: the Connected line names the host", () => {
    const text = `*Connected to api.example.com (1.2.3.4) port 443
>GET /v1/me HTTP/1.1
>
<HTTP/1.1 400 Bad Request
<Content-Type: application/json
<
{"error":{"code":"me_requires_agent_key"}}`;
    const r = parseResponse(text);
    expect(r).toMatchObject({
      format: "curl-v",
      status: 400,
      statusText: "Bad Request",
      headers: [["Content-Type", "application/json"]],
      body: '{"error":{"code":"me_requires_agent_key"}}',
      url: "https://api.example.com/v1/me",
      method: "GET",
    });
  });

  test("redirects with -L and 100 Continue: the last response and its request count", () => {
    const text = `* Connected to example.com (93.184.216.34) port 443
> POST /old HTTP/1.1
> Host: example.com
> Expect: 100-continue
>
< HTTP/1.1 100 Continue
<
* We are completely uploaded and fine
< HTTP/1.1 301 Moved Permanently
< Location: https://api.example.com/new
<
* Issue another request to this URL: 'https://api.example.com/new'
* Connected to api.example.com (93.184.216.35) port 443
> GET /new HTTP/1.1
> Host: api.example.com
>
< HTTP/1.1 410 Gone
< Content-Type: application/json
<
{"error":{"code":"grant_deleted"}}
* Connection #1 to host api.example.com left intact
curl: (22) The requested URL returned error: 410`;
    const r = parseResponse(text);
    expect(r.responses).toBe(3);
    expect(r.status).toBe(410);
    expect(r.headers).toEqual([["Content-Type", "application/json"]]);
    expect(r.body).toBe('{"error":{"code":"grant_deleted"}}');
    expect(r.method).toBe("GET");
    expect(r.url).toBe("https://api.example.com/new");
  });

  test("a curl -v without any response is a network failure", () => {
    const text = `*   Trying 127.0.0.1:3000...
* connect to 127.0.0.1 port 3000 failed: Connection refused
* Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server
* Closing connection
curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server`;
    expect(parseResponse(text)).toEqual({
      format: "network-text",
      headers: [],
      body: "",
      network: { kind: "network", code: "curl 7", where: "text" },
      warnings: [],
    });
  });
});

describe("HAR", () => {
  const harEntry = (status: number, statusText: string, body: string, encoding?: string, url = "https://api.example.com/v1/x") => ({
    startedDateTime: "2024-05-14T09:12:44.123Z",
    time: 83.2,
    request: {
      method: status >= 400 ? "POST" : "GET",
      url,
      httpVersion: "http/2.0",
      headers: [{ name: "authorization", value: "Bearer sk_xxx" }],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText,
      httpVersion: "http/2.0",
      headers: [
        { name: "content-type", value: "application/json" },
        { name: "x-request-id", value: "req_01J9Z3" },
      ],
      cookies: [],
      content: { size: body.length, mimeType: "application/json", text: body, ...(encoding ? { encoding } : {}) },
      redirectURL: "",
      headersSize: -1,
      bodySize: -1,
      _transferSize: 512,
      _error: null,
    },
    cache: {},
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0, wait: 80, receive: 2 },
    serverIPAddress: "34.1.2.3",
    _priority: "High",
    _resourceType: "fetch",
  });

  const unicode = '{"error":{"code":"grant_expired","message":"Le jeton a expiré ✓ 🚀"}}';

  test("a whole file: the last entry with status 400 or more, base64 decoded", () => {
    const har = {
      log: {
        version: "1.2",
        creator: { name: "WebInspector", version: "537.36" },
        pages: [],
        entries: [
          harEntry(200, "", '{"ok":true}', undefined, "https://api.example.com/v1/a"),
          harEntry(404, "", '{"error":{"code":"agent_not_found"}}', undefined, "https://api.example.com/v1/b"),
          harEntry(401, "", b64(unicode), "base64", "https://api.example.com/v1/c"),
          harEntry(200, "", "{}", undefined, "https://api.example.com/v1/d"),
        ],
      },
    };
    expect(parseResponse(JSON.stringify(har, null, 2))).toEqual({
      format: "har",
      status: 401,
      headers: [
        ["content-type", "application/json"],
        ["x-request-id", "req_01J9Z3"],
      ],
      body: unicode,
      url: "https://api.example.com/v1/c",
      method: "POST",
      warnings: [expect.stringMatching(/holds 2 failed requests; the one read is entry 2/)],
      entries: [
        { index: 1, method: "POST", url: "https://api.example.com/v1/b", status: 404, mediaType: "application/json" },
        { index: 2, method: "POST", url: "https://api.example.com/v1/c", status: 401, mediaType: "application/json" },
      ],
      entry: 2,
    } satisfies ParsedInput);
  });

  test("no failed entry: the last one", () => {
    const har = { log: { entries: [harEntry(200, "OK", "a"), harEntry(204, "No Content", "", undefined, "https://x.test/last")] } };
    const r = parseResponse(JSON.stringify(har));
    expect(r.status).toBe(204);
    expect(r.statusText).toBe("No Content");
    expect(r.url).toBe("https://x.test/last");
  });

  test("a single entry", () => {
    const r = parseResponse(JSON.stringify(harEntry(403, "Forbidden", ENVELOPE)));
    expect(r).toMatchObject({ format: "har", status: 403, statusText: "Forbidden", body: ENVELOPE, method: "POST" });
  });

  test("Chrome's status 0 with _error is a network failure", () => {
    const entry = harEntry(0, "", "");
    Object.assign(entry.response, { headers: [], content: { size: 0, mimeType: "x-unknown" }, _error: "net::ERR_CONNECTION_REFUSED" });
    const r = parseResponse(JSON.stringify({ log: { entries: [harEntry(200, "", "{}"), entry] } }));
    expect(r).toEqual({
      format: "har",
      headers: [],
      body: "",
      url: "https://api.example.com/v1/x",
      method: "GET",
      network: { kind: "network", code: "net::ERR_CONNECTION_REFUSED", where: "response._error" },
      warnings: [],
      entries: [{ index: 1, method: "GET", url: "https://api.example.com/v1/x", status: 0, mediaType: "x-unknown" }],
      entry: 1,
    });
    Object.assign(entry.response, { _error: "net::ERR_TIMED_OUT" });
    expect(parseResponse(JSON.stringify(entry)).network).toEqual({ kind: "timeout", code: "net::ERR_TIMED_OUT", where: "response._error" });
  });

  test("base64 of arbitrary bytes decodes as TextDecoder does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const entry = harEntry(500, "", Buffer.from(bytes).toString("base64"), "base64");
        expect(parseResponse(JSON.stringify(entry)).body).toBe(new TextDecoder().decode(bytes));
      }),
    );
    // base64url and unpadded are read too
    const entry = harEntry(500, "", Buffer.from(unicode).toString("base64url"), "base64");
    expect(parseResponse(JSON.stringify(entry)).body).toBe(unicode);
  });

  test("broken base64 and empty HARs are refused", () => {
    expect(rejection(() => parseResponse(JSON.stringify(harEntry(500, "", "not base64!", "base64"))))).toMatch(/base64/);
    expect(rejection(() => parseResponse('{"log":{"entries":[]}}'))).toMatch(/no entries/);
    expect(rejection(() => parseResponse('{"log":{"version":"1.2"}}'))).toMatch(/no "log.entries" list/);
  });

  test("a HAR of any size parses in time linear in its size (the speed itself is npm run bench's)", () => {
    const make = (n: number) => JSON.stringify({ log: { entries: [harEntry(200, "", b64("x".repeat(n / 8)), "base64"), harEntry(500, "", "x".repeat(n / 2))] } });
    expectLinear(make, (t) => parseResponse(t));
    const text = make(4 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    const r = parseResponse(text);
    expect(r.status).toBe(500);
    expect((r.body as string).length).toBe(2 * 1024 * 1024);
  });
});

describe("response objects", () => {
  test("headers as a plain object, with a list value", () => {
    const r = parseResponse(
      JSON.stringify({
        status: 429,
        statusText: "Too Many Requests",
        headers: { "Retry-After": "30", "Set-Cookie": ["a=1", "b=2"], "X-Count": 3 },
        body: { error: { code: "rate_limit_exceeded" } },
        url: "https://api.alter.ai/v1/proxy",
        method: "POST",
      }),
    );
    expect(r).toEqual({
      format: "json-wrapper",
      status: 429,
      statusText: "Too Many Requests",
      headers: [
        ["Retry-After", "30"],
        ["Set-Cookie", "a=1"],
        ["Set-Cookie", "b=2"],
        ["X-Count", "3"],
      ],
      body: { error: { code: "rate_limit_exceeded" } },
      url: "https://api.alter.ai/v1/proxy",
      method: "POST",
      warnings: [],
    } satisfies ParsedInput);
  });

  test("headers as [name, value] pairs and as {name, value} objects", () => {
    const pairs = parseResponse('{"status": 401, "headers": [["WWW-Authenticate", "Bearer"], ["X-Request-Id", "r1"]], "body": "nope"}');
    const objects = parseResponse('{"status": 401, "headers": [{"name": "WWW-Authenticate", "value": "Bearer"}, {"name": "X-Request-Id", "value": "r1"}], "body": "nope"}');
    for (const r of [pairs, objects]) {
      expect(r).toEqual({
        format: "json-wrapper",
        status: 401,
        headers: [
          ["WWW-Authenticate", "Bearer"],
          ["X-Request-Id", "r1"],
        ],
        body: "nope",
        warnings: [],
      });
    }
  });

  test("headers or body alone; null body reads as none", () => {
    expect(parseResponse('{"status": 503, "body": null}')).toEqual({ format: "json-wrapper", status: 503, headers: [], body: "", warnings: [expect.stringMatching(/No headers/)] });
    expect(parseResponse('{"status": 503, "headers": {}}')).toEqual({ format: "json-wrapper", status: 503, headers: [], body: "", warnings: [expect.stringMatching(/No headers/)] });
  });

  test("bad response objects say what is wrong", () => {
    // Other keys beside a response object's: read, with a warning naming them (partial reading, spec section 11).
    expect(parseResponse('{"status": 403, "headers": {}, "body": "", "ok": false}').warnings.join(" ")).toMatch(/other keys \("ok"\) were skipped/);
    expect(rejection(() => parseResponse('{"status": 42, "body": ""}'))).toMatch(/100 to 599/);
    expect(rejection(() => parseResponse('{"status": "403", "body": ""}'))).toMatch(/"status": 403/);
    expect(rejection(() => parseResponse('{"status": 403, "headers": [["a"]], "body": ""}'))).toMatch(/headers\[0\]/);
    expect(rejection(() => parseResponse('{"status": 403, "headers": "x", "body": ""}'))).toMatch(/headers/);
    expect(rejection(() => parseResponse('{"status": 403, "body": "", "url": 5}'))).toMatch(/"url" must be a string/);
    expect(rejection(() => parseResponse('{"status": 403}'))).toMatch(/neither "headers" nor "body"/);
  });
});

describe("bare JSON bodies", () => {
  test.each([
    ["a backend envelope with a known code", ENVELOPE],
    ["a problem+json with a known code", '{"type":"https://alter.ai/problems/grant-revoked","title":"Grant revoked","detail":"The user revoked it.","code":"grant_revoked","grant_id":"gr_1"}'],
    ["a Connect poll result", '{"status":"denied","session_id":"cs_123","error":{"code":"connect_denied","message":"The user said no."}}'],
    ["a pending Connect poll result", '{"status":"pending","session_id":"cs_123"}'],
    ["an approval poll result", '{"approval_id":"ap_9","status":"execution_failed","reason":"upstream 500","execution":{"status":500}}'],
    ["a Slack error body", '{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"users:read"}'],
    ["a Slack success body", '{"ok":true,"channel":"C123","ts":"1715678000.000100"}'],
  ])("%s", (_name, text) => {
    expect(parseResponse(text)).toEqual({ format: "json-body", headers: [], body: JSON.parse(text), warnings: [expect.stringMatching(/no status and no headers/)] });
  });

  test("an envelope with an unknown code: refused under auto, read under backend", () => {
    const graph = '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}';
    expect(rejection(() => parseResponse(graph))).toMatch(/"InvalidAuthenticationToken", which is not one of the Alter backend's codes.*status line/);
    expect(parseResponse(graph, "backend")).toMatchObject({ format: "json-body", body: JSON.parse(graph) });
    const problem = '{"title":"Nope","detail":"x","code":"brand_new_code"}';
    expect(rejection(() => parseResponse(problem))).toMatch(/problem\+json/);
    expect(parseResponse(problem, "backend").format).toBe("json-body");
  });

  test("source provider: only poll results are read without a status", () => {
    expect(rejection(() => parseResponse(ENVELOPE, "provider"))).toMatch(/status/);
    expect(rejection(() => parseResponse('{"ok":false,"error":"missing_scope"}', "provider"))).toMatch(/status line/);
    expect(parseResponse('{"status":"expired","session_id":"cs_1"}', "provider").format).toBe("json-body");
  });

  test.each([
    ['{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}'],
    ['{"error":"invalid_grant","error_description":"Bad Request"}'],
    ['{"code":"grant_expired"}'],
  ])("any other bare JSON asks for the whole response: %s", (text) => {
    expect(rejection(() => parseResponse(text))).toMatch(/no status: paste the whole response \(status line and headers\) or a HAR entry/);
  });

  test("a poll result that is not quite one says why", () => {
    expect(rejection(() => parseResponse('{"status":"denied"}'))).toMatch(/no string "session_id".*or "approval_id"/);
    expect(rejection(() => parseResponse('{"status":"weird","session_id":"cs_1"}'))).toMatch(
      /a Connect poll result, but its status "weird" is not one of pending, completed, denied, error, expired/,
    );
    expect(rejection(() => parseResponse('{"status":"approved!","approval_id":"ap_1"}'))).toMatch(/an approval poll result/);
  });

  test("JSON that is not an object", () => {
    expect(rejection(() => parseResponse("[1, 2, 3]"))).toMatch(/is a list/);
  });

  test("JSON that does not parse names the position", () => {
    expect(rejection(() => parseResponse('{"error": {"code": "grant_expired" "x": 1}}'))).toMatch(/line 1, column 36/);
    // Lenient where it can be: a trailing comma is read, with a warning.
    expect(parseResponse('{"error": {"code": "grant_expired",}}').warnings[0]).toMatch(/Not strict JSON/);
    // A raw line break inside a string (a log that wrote a message unescaped) is read as escaped, and said.
    const raw = parseResponse('{\n  "status": 403,\n  "body": "x\n"\n}');
    expect([raw.status, raw.body, raw.warnings[0]]).toEqual([403, "x\n", expect.stringMatching(/raw line breaks or tabs: read as if escaped/)]);
    expect(rejection(() => parseResponse('{"log": {"entries": [{"request": {}'))).toMatch(/ends early.*cut off/);
    expect(rejection(() => parseResponse("{'status': 403, 'x': [1, }"))).toMatch(/property name in double quotes.*line 1, column 2/);
    expect(rejection(() => parseResponse('{"a": 1, "b": ] trailing'))).toMatch(/unexpected "\]".*column 15/);
    expect(rejection(() => parseResponse("[".repeat(1_000_000)))).toMatch(/nests more than 256 levels/);
  });
});

describe("network failures as text", () => {
  test("Node's fetch failed printout", () => {
    const text = `node:internal/deps/undici/undici:13510
      Error.captureStackTrace(err);
            ^

TypeError: fetch failed
    at node:internal/deps/undici/undici:13510:13 {
  [cause]: Error: getaddrinfo ENOTFOUND api.alter.invalid
      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {
    errno: -3008,
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: 'api.alter.invalid'
  }
}`;
    expect(parseResponse(text)).toEqual({
      format: "network-text",
      headers: [],
      body: "",
      network: { kind: "network", code: "ENOTFOUND", where: "text" },
      warnings: [],
    });
  });

  test("a timeout", () => {
    expect(parseResponse("curl: (28) Connection timed out after 10001 milliseconds").network).toEqual({
      kind: "timeout",
      code: "curl 28",
      where: "text",
    });
  });

  test("curl --fail's message is a response with that status and no headers", () => {
    expect(parseResponse("curl: (22) The requested URL returned error: 403\n")).toEqual({
      format: "network-text",
      status: 403,
      headers: [],
      body: "",
      warnings: [expect.stringMatching(/curl --fail printed only the status/)],
    });
  });
});

describe("bad input", () => {
  test.each([
    ["empty", ""],
    ["whitespace only", "  \n\t\r\n  "],
    ["a BOM only", "\uFEFF"],
    ["a BOM and blank lines", "\uFEFF\r\n\r\n"],
  ])("%s: nothing to classify", (_name, text) => {
    expect(rejection(() => parseResponse(text))).toMatch(/^Nothing to classify: paste a failed response/);
  });

  test("binary with a NUL", () => {
    expect(rejection(() => parseResponse("HTTP/1.1 200 OK\r\n\r\n\u0000PNG"))).toMatch(/binary.*NUL/);
  });

  test("2% control characters is binary, 0.5% is not", () => {
    const noisy = "a".repeat(98) + "\u0001\u001b";
    expect(rejection(() => parseResponse(noisy.repeat(100)))).toMatch(/binary.*1%/);
    const fine = `HTTP/1.1 500 Internal Server Error\n\n${"a".repeat(199)}\u001b`;
    expect(parseResponse(fine.repeat(1)).status).toBe(500);
    // TAB, LF, CR and FF are not counted
    expect(parseResponse(`HTTP/1.1 500 x\n\n${"\t\f\r\n".repeat(1000)}x`).status).toBe(500);
  });

  test("plain words say what is expected", () => {
    const message = rejection(() => parseResponse("it broke again, help"));
    expect(message).toMatch(/it begins "it broke again, help"/);
    expect(message).toMatch(/with the HTTP status it got \(the raw response, curl -i or curl -v output, a HAR entry, or the error your client logged with its status\), or the network error's words\.$/);
    // Every form it reads, in `details.accepted`, for the CLI and the page to list.
    let details: Readonly<Record<string, unknown>> = {};
    try {
      parseResponse("it broke again, help");
    } catch (err) {
      details = (err as AlterValueError).details;
    }
    expect(details.accepted).toEqual(ACCEPTED_INPUTS);
    expect((details.accepted as string[]).join(" ")).toMatch(/HTTP\/1\.1 403 Forbidden.*curl -i output.*HAR.*curl -v.*client's or SDK's error message.*HTML error page.*network error/);
  });

  test("a curl command without its output", () => {
    expect(rejection(() => parseResponse("curl -sS https://api.alter.ai/v1/grants"))).toMatch(/curl command, not its output/);
  });

  test("not a string", () => {
    expect(rejection(() => parseResponse(undefined as unknown as string))).toMatch(/string/);
  });

  test("the 5 MiB gate counts UTF-8 bytes", () => {
    // 2 million é: 2 million UTF-16 units but 4 MB of UTF-8, under the gate.
    expect(rejection(() => parseResponse("\u00e9".repeat(2_000_000)))).toMatch(/^Could not read this/);
    // 2.7 million é: 5.4 MB of UTF-8, over it (though only 2.7 million characters).
    expect(rejection(() => parseResponse("\u00e9".repeat(2_700_000)))).toMatch(/over 5 MiB/);
    // Astral characters are 4 bytes (a surrogate pair), lone surrogates 3.
    expect(rejection(() => parseResponse("\u{1F680}".repeat(MAX_INPUT_BYTES / 4 + 1)))).toMatch(/over 5 MiB/);
    expect(rejection(() => parseResponse("\u{1F680}".repeat(MAX_INPUT_BYTES / 4)))).toMatch(/^Could not read this/);
    expect(rejection(() => parseResponse("\ud800".repeat(MAX_INPUT_BYTES / 3 + 1)))).toMatch(/over 5 MiB/);
    // Exactly 5 MiB passes.
    const exact = `HTTP/1.1 500 x\n\n${"a".repeat(MAX_INPUT_BYTES - 16)}`;
    expect(parseResponse(exact).status).toBe(500);
    expect(rejection(() => parseResponse(`${exact}a`))).toMatch(/over 5 MiB/);
  });

  // The hostile inputs of every reader (tests/support/adversarial-inputs.ts): the even ones here, the odd ones in
  // parse-adversarial.test.ts, so that the two unit workers share them.
  adversarialTests(0);
});

describe("property: a ParsedInput or an AlterValueError, nothing else", () => {
  const check = (text: string, source?: "auto" | "backend" | "provider"): void => {
    try {
      const r = parseResponse(text, source);
      expect(Array.isArray(r.headers)).toBe(true);
      expect(["http", "curl-i", "curl-v", "har", "json-wrapper", "json-body", "network-text", "html-page", "sdk-error", "log"]).toContain(r.format);
    } catch (err) {
      expect((err as Error).name).toBe("AlterValueError");
    }
  };

  test("arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => check(s)), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("auto", "backend", "provider") as fc.Arbitrary<"auto">, check), {
      numRuns: 300,
    });
  });

  test("arbitrary JSON", () => {
    fc.assert(fc.property(fc.json(), fc.constantFrom("auto", "backend", "provider") as fc.Arbitrary<"auto">, check), { numRuns: 500 });
  });

  test("response-shaped fuzz", () => {
    const line = fc.oneof(
      fc.constantFrom("HTTP/1.1 403 Forbidden", "HTTP/2 200", "< HTTP/2 401", "<", "< ", "> GET / HTTP/1.1", "> Host: x", "* Connected to x (1) port 80", "", " folded", "{ [5 bytes data]"),
      fc.string({ unit: "binary", maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, useCrlf) => check(lines.join(useCrlf ? "\r\n" : "\n"))),
      { numRuns: 1000 },
    );
    const harish = fc.record({
      log: fc.record({ entries: fc.array(fc.record({ request: fc.anything(), response: fc.anything() }), { maxLength: 3 }) }),
    });
    fc.assert(fc.property(harish, (har) => check(JSON.stringify(har) ?? "")), { numRuns: 300 });
    const wrapper = fc.record({ status: fc.oneof(fc.integer(), fc.double()), headers: fc.anything(), body: fc.anything() }, { requiredKeys: ["status"] });
    fc.assert(fc.property(wrapper, (w) => check(JSON.stringify(w) ?? "")), { numRuns: 300 });
  });
});

describe("a status stated just before a JSON body (the last log format)", () => {
  test.each([
    // https://github.com/ChimeraCoder/anaconda/issues/251
    ['Get https://api.twitter.com/1.1/friendships/create.json returned status 401, {"errors":[{"code":89,"message":"Invalid or expired token."}]}', 401, undefined, "https://api.twitter.com/1.1/friendships/create.json"],
    // https://github.com/DefGuard/defguard/issues/3556
    ['Failed to make GET request to https://x.okta.com/api/v1/groups. Status code: 403 Forbidden. Details: {"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}', 403, "Forbidden", "https://x.okta.com/api/v1/groups"],
    ['Error: 401 Unauthorized: {"type": "error", "error": {"message": "Token is invalid, expired, or not supported for this endpoint."}}', 401, "Unauthorized", undefined],
    ['Cannot get rules (HTTP 403): {"title":"Client Forbidden","type":"https://api.twitter.com/2/problems/client-forbidden"}', 403, undefined, undefined],
    ['Error: Error while fetching tokens: 400 (Bad Request)\n{"error":"invalid_grant"}', 400, "Bad Request", undefined],
    ["github.GithubException.BadCredentialsException: 401 {'message': 'Bad credentials', 'documentation_url': 'https://docs.github.com/rest'}", 401, undefined, undefined],
  ] as const)("%s", (text, status, statusText, url) => {
    const r = parseResponse(text);
    expect(r.format).toBe("log");
    expect(r.status).toBe(status);
    expect(r.statusText).toBe(statusText);
    expect(r.url).toBe(url);
    expect(r.warnings[0]).toMatch(/a status stated before a JSON body/);
  });

  test("an exception's package names a known provider; an unknown package names none", () => {
    expect(parseResponse('github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded for 1.2.3.4."}').provider).toEqual({ id: "github", by: "a github.* exception" });
    const unknown = 'mylib.exceptions.ClientException: 403 {"message": "no"}';
    expect(parseResponse(unknown).provider).toEqual({ id: "mylib", by: "a mylib.* exception" });
    expect(explain(unknown).provider).toBeUndefined();
  });

  test("a number that no status word introduces, or a body that is no JSON, is not read this way", () => {
    for (const text of ['retry 3 of 500: {"a": 1}', 'listening on 0.0.0.0 port 403 {"a": 1}', 'Status: 4011 {"a": 1}']) {
      expect(() => parseResponse(text), text).toThrow(AlterValueError);
    }
    // A status word and an error status still state it: the last reader takes what follows as the message.
    const words = parseResponse("Status: 401 {not json at all");
    expect(words).toMatchObject({ status: 401, body: "{not json at all" });
    expect(words.warnings[0]).toMatch(/an error status stated in words/);
  });
});

describe("a database's connection error", () => {
  test("is said to be no API call's, whatever network code it carries", () => {
    // https://github.com/Django-CRM/Django-CRM/issues/447, https://github.com/vpdb/server/issues/204, https://github.com/iamshaunjp/complete-mongodb/issues/5
    for (const text of [
      "psycopg2.OperationalError: could not connect to server: Connection refused (0x0000274D/10061)",
      "Error: Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379",
      "MongoServerSelectionError: connect ECONNREFUSED ::1:27017",
    ]) expect(() => parseResponse(text), text).toThrow(/database or cache connection error/);
    // An API call's refusal is still a network failure.
    expect(parseResponse("FetchError: request to https://api.example.com/v1 failed, reason: connect ECONNREFUSED 10.0.0.5:443").format).toBe("network-text");
  });
});

describe("a box a terminal drew around the paste", () => {
  test("Rich's or boxen's frame is removed, with a warning, and the text inside is read", () => {
    const r = parseResponse("╭─ error ──────────────────╮\n│                          │\n│  HTTP/1.1 429 Too Many Requests │\n│  Retry-After: 7          │\n╰──────────────────────────╯");
    expect(r.status).toBe(429);
    expect(r.headers).toEqual([["Retry-After", "7"]]);
    expect(r.warnings[0]).toBe("Removed the box a terminal drew around it before reading.");
  });

  test("lines outside the frame stay (Rich prints the exception below its panel); one framed line is no frame", () => {
    const r = parseResponse("I get this:\n╭── Traceback ──╮\n│ in main:12    │\n│   call()      │\n╰───────────────╯\nHTTPError: 403 Client Error: Forbidden for url: https://api.example.com/x");
    expect(r.status).toBe(403);
    expect(r.warnings[0]).toBe("Removed the box a terminal drew around it before reading.");
    const one = parseResponse("│ a panel line │\n403 Forbidden: no access");
    expect(one.status).toBe(403);
    expect(one.warnings.join(" ")).not.toMatch(/box/);
  });
});

describe("a JSON body a client cut short", () => {
  test("closeCutJson closes it where it stops (words cut inside a string kept), else after its last complete member, or gives nothing", async () => {
    const { closeCutJson } = await import("../../sdk/src/input/printout.js");
    // Words cut inside a string: kept up to the cut, the string and its brackets closed.
    expect(closeCutJson('{"type":"error.list","request_id":"ap9","errors":[{"code":"token_unauthorized","message":"Not authorize')).toBe(
      '{"type":"error.list","request_id":"ap9","errors":[{"code":"token_unauthorized","message":"Not authorize"}]}',
    );
    expect(closeCutJson('{"message":"no comma at all')).toBe('{"message":"no comma at all"}');
    expect(closeCutJson('{"code":429,"message":"You have exceeded the daily rate limit (100) of')).toBe('{"code":429,"message":"You have exceeded the daily rate limit (100) of"}');
    // An id cut inside (no space in it) would mislead whoever quotes it: its member is dropped.
    expect(closeCutJson('{"Status":401,"Instance":"1ddb01fb-fff4-4a19-b6')).toBe('{"Status":401}');
    // A key cut inside, or a member cut after its colon: the members before it.
    expect(closeCutJson('{"a":"b, c","d')).toBe('{"a":"b, c"}');
    expect(closeCutJson('[{"a":1},{"b":')).toBe('[{"a":1}]');
    expect(closeCutJson('{"a":1}'), "a whole body is not cut").toBeUndefined();
    expect(closeCutJson('{"id":"abc'), "nothing complete to keep").toBeUndefined();
    expect(closeCutJson("not json, at all")).toBeUndefined();
  });

  test("Guzzle's cut body keeps the code and the request id printed before the cut", () => {
    const x = explain(
      "Client error: GET https://api.intercom.io/segments resulted in a 401 Unauthorized response: " +
        '{"type":"error.list","request_id":"ap9kd71qdhqhagb4j8j0","errors":[{"code":"token_unauthorized","message":"Not authorize (truncated...) \'',
    );
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect(x.error!.requestId).toBe("ap9kd71qdhqhagb4j8j0");
    expect(x.input.warnings.join(" ")).toMatch(/last complete member/);
  });
});

describe("a body Python printed as bytes", () => {
  test("readBytesLiteral decodes the escapes a repr writes, UTF-8 included, and ends at the closing quote or the paste's end", async () => {
    const { readBytesLiteral } = await import("../../sdk/src/input/python-bytes.js");
    const printed = String.raw`b'{\n  "a": "it\'s \\ \xe2\x80\x99"}\n' tail`;
    expect(readBytesLiteral(printed, 1)).toEqual({ text: '{\n  "a": "it\'s \\ \u2019"}\n', end: printed.indexOf(" tail") });
    // What Python prints of b'{"m": "say \\"hi\\""}': JSON's own escapes, their backslash doubled.
    expect(readBytesLiteral(String.raw`b'{"m": "say \\"hi\\""}'`, 1).text, "a JSON escape inside is kept as JSON's").toBe('{"m": "say \\"hi\\""}');
    expect(readBytesLiteral("b'{\"a\": \"cut", 1)).toEqual({ text: '{"a": "cut', end: 12 });
  });

  test("requests' HTTPError with print(response.content) below: the body's scope code decides", () => {
    const content = String.raw`b'{\n  "error": {\n    "code": 403,\n    "message": "Request had insufficient authentication scopes.",\n    "status": "PERMISSION_DENIED",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.rpc.ErrorInfo",\n        "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",\n        "domain": "googleapis.com"\n      }\n    ]\n  }\n}\n'`;
    const x = explain(`requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://www.googleapis.com/drive/v3/files\n${content}`);
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect(x.rule).toBe("provider.google.scope-insufficient");
    expect(x.input.warnings.join(" ")).toMatch(/Python bytes/);
  });

  test("a message's 'body: b'...'' and a cut literal are read as the JSON inside", () => {
    // A body read as JSON text is left for the mapper to parse.
    const body = (text: string) => {
      const b = parseResponse(text).body;
      return typeof b === "string" ? JSON.parse(b) : b;
    };
    expect(body(String.raw`AuthClientError: HTTP status 400, error message: b'{"error":"invalid_grant"}', intuit_tid 1-abc`)).toEqual({ error: "invalid_grant" });
    expect(body(String.raw`HTTP Error 401: Unauthorized, body: b'{"error": "invalid_token", "error_description": "The access token expired"}'`)).toEqual({
      error: "invalid_token",
      error_description: "The access token expired",
    });
    // Not bytes ("b" ends a word before the quote): read as before.
    expect(body(`HTTP Error 401: Unauthorized, body: {"error": "invalid_token"}`)).toEqual({ error: "invalid_token" });
  });
});

describe("urllib3's retries exhausted on a status", () => {
  test("the status the server kept sending wins over what the client reports", () => {
    const x = explain("SpotifyException: http status: 429, code: -1 - /v1/playlists/x:\n Max Retries, reason: too many 404 error responses");
    expect(x.input.status).toBe(404);
    expect(x.error!.retryable).toBe(false);
  });
});

describe("a body that states its own status", () => {
  test.each([
    // hapi's Boom error, as Auth0's APIs send it (https://github.com/auth0/auth0-authorization-extension/issues/167)
    ['{"statusCode": 401, "error": "Unauthorized", "message": "Invalid token", "attributes": {"error": "Invalid token"}}', 401],
    // Spotify's error object (https://developer.spotify.com/documentation/web-api/concepts/api-calls)
    ['{"error": {"status": 429, "message": "API rate limit exceeded"}}', 429],
    // HubSpot's
    ['{"status": "error", "message": "This app hasn\'t been granted all required scopes", "statusCode": 403, "category": "MISSING_SCOPES"}', 403],
  ])("alone: %s", (text, status) => {
    const r = parseResponse(text);
    expect(r.format).toBe("json-body");
    expect(r.status).toBe(status);
  });

  test.each([
    ['Invoke-WebRequest : {"error": {"status": 401, "message": "The access token expired"}}\nAt line:1 char:1', 401, undefined],
    ["Exception: Error: {'error': {'message': 'Insufficient client scope', 'status': 403}}, url: https://api.spotify.com/v1/me/tracks", 403, "https://api.spotify.com/v1/me/tracks"],
    ['debug: Error: {"statusCode":429,"error":"Too Many Requests"}', 429, undefined],
    ['GET https://api.linkedin.com/v2/me failed: {"serviceErrorCode":65600,"message":"Invalid access token","status":401}', 401, "https://api.linkedin.com/v2/me"],
  ])("inside text: %s", (text, status, url) => {
    const r = parseResponse(text);
    expect(r.format).toBe("log");
    expect(r.status).toBe(status);
    expect(r.url).toBe(url);
    expect(r.warnings[0]).toMatch(/a body that states its own status/);
  });

  test("inside text, only an error status counts, and a status alone is no body", () => {
    for (const text of ['sync done: {"status": 200, "message": "ok"}', 'job: {"statusCode": 302, "error": "Found"}', 'got {"status": 403} back', 'note: {"error": {"status": "403", "message": "x"}}']) {
      expect(() => parseResponse(text), text).toThrow(AlterValueError);
    }
  });
});

describe("a status with its reason phrase (the last reader of all)", () => {
  test.each([
    // https://github.com/go-auth0/auth0/issues/195
    ["403 Forbidden: Insufficient scope, expected any of: create:user_tickets", 403, "Forbidden", "Insufficient scope, expected any of: create:user_tickets"],
    // https://github.com/blakmatrix/node-zendesk/issues/236
    ["Zendesk Error (403): Forbidden", 403, "Forbidden", ""],
    // https://github.com/hexgnu/linkedin/pull/89
    ["LinkedIn::Errors::GeneralError: (403): Throttle limit for calls to this resource is reached.", 403, undefined, "Throttle limit for calls to this resource is reached."],
    ["the upstream said 503 service unavailable - try later", 503, "service unavailable", "try later"],
  ] as const)("%s", (text, status, statusText, body) => {
    const r = parseResponse(text);
    expect(r.format).toBe("log");
    expect(r.status).toBe(status);
    expect(r.statusText).toBe(statusText);
    expect(r.body).toBe(body);
  });

  test.each([
    // https://dev.to/jeff_pdc/debugging-403-when-the-token-scope-is-too-narrow-2120: a table of two statuses
    "401 Unauthorized The request is not authenticated Missing, expired, malformed, or wrong-audience token\n403 Forbidden The request is authenticated but not permitted Scope, role, tenant, resource ownership, or policy",
    // https://github.com/orgs/recodehive/discussions/1067: a question
    "What's the purpose of an API status code 429 Too Many Requests?",
    // https://hashnode.com/tag/error-code-429: a question, then a sentence about the status
    "What is a 429 -Too Many Requests?\nApr 29, 2024 · 1 min read · The HTTP 429 - Too Many Requests is a response status code that indicates the client has sent too many requests",
    // https://dret.github.io/webconcepts/concepts/http-status-code/429: a definition
    "HTTP Status Code: 429 Too Many Requests The 429 status code indicates that the user has sent too many requests in a given amount of time.",
    // https://leyaa.ai/codefly/learn/express/part-3/express-testing-authentication-flows/review: a quiz's answers
    "Protected routes require valid tokens; without them, the server responds with 401 Unauthorized.\nWhat status code usually indicates that login credentials are incorrect?\n401 Unauthorized means the credentials were rejected.",
    // https://docs.aws.amazon.com/app-mesh/latest/APIReference/API_HttpRetryPolicy.html: a list of statuses
    "server-error – HTTP status codes 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, and 511\n-\nclient-error – HTTP status code 409",
    // https://1library.net/article/testing-task-s-endpoints-building-apis-with-nodejs.y8nx3x5y: test code
    '  describe("status 404", () => {\n    it("throws error when task not exist", done => {',
    // https://github.com/singer-io/tap-quickbooks/pull/72: a pull request says what its code now handles (round 47's probe)
    "# Description of change\nAs per the doc, Quickbooks is going to enforce the throttling limit if Online API exceeds 500 requests per minute, per realm ID. Hence, this PR revises the backoff logic to handle too many requests error(status code:429)\n\n# Manual QA steps\n - ",
    // https://github.com/mollie/api-documentation/issues/845: an issue quotes a status as inline code in its sentence
    "The documentation provides some information possible status codes.\n\nFor `429 - Too Many Requests` the docs mention: \n> Your request has hit a rate limit. Please wait for a bit and retry.",
    // https://developer.atlassian.com/cloud/confluence/rate-limiting/: docs put a condition on the status
    "Rate limit detection\n\nApps can detect rate limits by checking if the HTTP response status code is 429. Any REST API can return a rate limit response.",
    // https://github.com/Balneario-de-Cofrentes/notion-cli-agent/pull/12: a pull request says what its client retries
    "## Changes\n\n- Automatic retry with exponential backoff on 429 responses (respects `Retry-After` header)\n- Automatic retry on 5xx server errors\n- Network errors (timeouts, connection refused) are retried",
    // https://github.com/FranciscoG/pm2-discord/blob/main/CHANGELOG.md: a changelog speaks of a kind of response
    "  - Automatic throttling to stay within Discord's limits\n  - Respects `429 Too Many Requests` responses with automatic backoff\n  - Handles both route-specific and global rate limits",
    // https://storage.googleapis.com/pulumi-kotlin-docs/google-native/0.31.1.1/pulumi-google-native-kotlin/com.pulumi.googlenative.container.v1beta1.kotlin.enums/-status-condition-canonical-code/-permission-denied/index.html: an enum's docs
    "Permission Denied\n    The caller does not have permission to execute the specified operation. This error code does not imply the request is valid. HTTP Mapping: 403 Forbidden",
    // https://github.com/aws/aws-sdk-go/pull/1621: a changelog line speaks of status codes
    "### SDK Enhancements\n+aws/client: Adding status code 429 to throttlable status codes in default retryer (#1621)",
    // https://github.com/HubSpot/hubspot-php/pull/192: a pull request's list of what the API answers
    'HTTP 200 - Read the HTTP headers and track the time the API call was made.\nHTTP 500 - Random HTTP errors with "Internal Error". HubSpot throws this at some point in the request cycle.',
    // https://learn.microsoft.com/en-my/graph/throttling: docs say what every throttled call gets
    "When throttling occurs, Microsoft Graph returns HTTP status code 429 (Too many requests), and the requests fail. A suggested wait time is returned in the response header of the failed request.",
    // https://community.atlassian.com/t5/Statuspage-articles/Upcoming-rate-limiting-changes-to-Statuspage-REST-API/ba-p/1455362: an announcement
    "- Rate limit response code change from 420 to 429. Effective Feb 15, 2021 when you exceed the Statuspage API rate limit, we’ll respond with HTTP status code 429 (Too Many Requests) instead of the current behavior of responding with a 420.",
    // https://github.com/beam-community/stripity-stripe/pull/733: a code comment in a review's diff
    "-  defp retry_response?({:ok, 409, _headers, _body}), do: true # 409 conflict\n+  defp retry_response?({:ok, 429, _headers, _body}), do: true",
    // https://github.com/vanillagreencom/kendex/issues/1018: an issue's summary, the status in Markdown bold
    "Linear's API returns rate-limit rejections as **HTTP 400** (body carries `extensions.code: \"RATELIMITED\"`, `extensions.statusCode: 429` — the outer HTTP status is 400).",
    // https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503: a docs heading, explained on the next lines
    "503 Service Unavailable\nThe HyperText Transfer Protocol (HTTP) 503 Service Unavailable\nserver error response code indicates that the server is not ready to handle the request.",
    // RFC 2068 quoted on a page: a numbered section heading
    "10.5.4 503 Service Unavailable\n\nThe server is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
    // https://github.com/aikrasnov/otus-examples/blob/HEAD/mock/request_mock/simple.py: a mock in a test
    'def test_foo(requests_mock):\n    requests_mock.get("https://ya.ru", status_code = 500)\n    assert foo() is None',
    // a nock fixture (a public test file): what the mock answers
    'nock("https://api.github.com")\n  .get("/user")\n  .reply(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });',
  ])("text about statuses is no failure (a blind trial's probes): %s", (text) => {
    expect(() => parseResponse(text)).toThrow(AlterValueError);
  });

  test("an error Node 8 inspected starts with a brace but is no JSON: read, and told without a word of JSON", () => {
    // https://github.com/blakmatrix/node-zendesk/issues/242
    const r = parseResponse("{ Error: Zendesk Error (401): Not Authorized\n    at checkRequestResponse (/app/node_modules/node-zendesk/lib/client/client.js:259:13)");
    expect(r.status).toBe(401);
    expect(r.warnings.join(" ")).not.toMatch(/JSON/);
  });

  test("a number with thousands separators is no list of statuses", () => {
    expect(parseResponse("Synced 1,234,512,345 rows, then: 429 Too Many Requests: slow down").status).toBe(429);
  });

  test("'Error 403' reads before a capitalised message or at the end of its line, not before prose; an app's 'Failed to fetch contacts' is no network failure", () => {
    // https://github.com/alaouy/YouTube/issues/137
    expect(parseResponse("Error 403 Access Not Configured. YouTube Data API has not been used in project XXXXX before or it is disabled.").status).toBe(403);
    expect(() => parseResponse("The endpoint returns error 404 if the item does not exist.")).toThrow(AlterValueError);
    // https://github.com/StackOneHQ/mcp-connectors/issues/153: an app's "... API error: 401" at the end of its line, after its own "Failed to fetch contacts"
    const hubspot = parseResponse("Failed to fetch contacts: HubSpot API error: 401\n\n{\\\"status\\\":\\\"error\\\"}");
    expect(hubspot.format).toBe("log");
    expect(hubspot.status).toBe(401);
    // A log level's "ERROR: 400" is no status phrase (stripe-node's message was above it: https://github.com/stripe/stripe-node/issues/2223).
    expect(() => parseResponse("ERROR: Error: Sorry, you're creating accounts too quickly.\n    at Function.generate (node_modules/stripe/esm/Error.js:7:20)\nERROR: 400")).toThrow(AlterValueError);
  });

  test("a number without its phrase is no status, and an HTML page is still read as a page", () => {
    for (const text of ["500 items processed", "listening on 403 ports", "took 401 ms: Unauthorized access is logged"]) expect(() => parseResponse(text), text).toThrow(AlterValueError);
    expect(parseResponse("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>").format).toBe("html-page");
  });

  test("a URL before the status on its line is the request's; one on an earlier line is not", () => {
    // .NET's WebException after an app's words, in a JSON log line (https://github.com/poshbotio/PoshBot/issues/222)
    const r = parseResponse("Unable to query URI \\u0027https://discordapp.com/api/guilds/1/members?limit=1000\\u0027: The remote server returned an error: (403) Forbidden.");
    expect(r.url, "a backslash (an escape of the log line) ends the URL").toBe("https://discordapp.com/api/guilds/1/members?limit=1000");
    expect(parseResponse("See https://docs.example.com/errors\n403 Forbidden: no access").url).toBeUndefined();
  });

  test("a body copied from inside a JSON string is read with its escapes decoded, once or twice escaped", () => {
    const once = parseResponse('(429) Too Many Requests.: {\\n  \\"message\\": \\"You are being rate limited.\\", \\n  \\"retry_after\\": 8605\\n}\\n", "Data": {}}');
    expect(once.status).toBe(429);
    expect(JSON.parse(once.body as string)).toEqual({ message: "You are being rate limited.", retry_after: 8605 });
    expect(once.warnings).toContainEqual(expect.stringMatching(/copied from inside a JSON string/));
    const twice = parseResponse('403 Forbidden: {\\\\\\"message\\\\\\": \\\\\\"Missing Access\\\\\\"}');
    expect(twice.body, JSON.stringify(twice)).toEqual('{"message": "Missing Access"}');
    // Quotes escaped inside an ordinary JSON string are the string's: the body is read as it is.
    const plain = parseResponse('403 Forbidden: {"message": "say \\"no\\""}');
    expect(JSON.parse(plain.body as string)).toEqual({ message: 'say "no"' });
    // Not a JSON body at all: the text stays the message.
    expect(parseResponse("403 Forbidden: {\\\"oops").body).toBe('{\\"oops');
  });
});

describe("the work a response costs (counted, not timed)", () => {
  test("a raw response's JSON body is parsed once: no reader or guard parses it again", () => {
    const body = JSON.stringify({ error: { code: "grant_revoked", message: "The grant was revoked by the user.", request_id: "req_01J9Z3", details: { grant_id: "gr_123", provider_id: "google" } } });
    const google = JSON.stringify({ error: { code: 403, message: "Request had insufficient authentication scopes.", status: "PERMISSION_DENIED", details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT" }] } });
    const parse = JSON.parse;
    let calls = 0;
    JSON.parse = ((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      calls++;
      return parse(text, reviver);
    }) as typeof JSON.parse;
    try {
      for (const [head, text] of [["HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Request-Id: req_01J9Z3", body], ["HTTP/1.1 403 Forbidden\r\nContent-Type: application/json", google]] as const) {
        calls = 0;
        explain(`${head}\r\nContent-Length: ${text.length}\r\n\r\n${text}`);
        expect(calls, head).toBe(1);
      }
    } finally {
      JSON.parse = parse;
    }
  });
});

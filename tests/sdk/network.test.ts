import { expectLinear, repeat } from "../support/linear.js";
import { describe, test, expect } from "vitest";
import { createServer } from "node:net";
import fc from "fast-check";
import { detectNetworkFailure, matchCurlHttpError, matchNetworkText } from "../../sdk/src/network.js";

/** An Error with Node's system-error fields, as `net.connect` raises it. */
function systemError(code: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code, errno: -111, syscall: "connect", ...extra });
}

/** undici's error classes set `name` and `code` on the instance. */
class ConnectTimeoutError extends Error {
  override name = "ConnectTimeoutError";
  code = "UND_ERR_CONNECT_TIMEOUT";
  constructor() {
    super("Connect Timeout Error (attempted address: api.example.com:443, timeout: 10000ms)");
  }
}

function chain(depth: number, leaf: object): object {
  let node: object = leaf;
  for (let i = 0; i < depth; i++) node = new Error(`wrapper ${i}`, { cause: node });
  return node;
}

describe("detectNetworkFailure", () => {
  test("a real Node fetch to a closed port: ECONNREFUSED in the cause", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const address = server.address();
        const p = typeof address === "object" && address !== null ? address.port : 0;
        server.close(() => resolve(p));
      });
    });
    const err = await fetch(`http://127.0.0.1:${port}/`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(detectNetworkFailure(err)).toEqual({ kind: "network", code: "ECONNREFUSED", where: "cause.code" });
  });

  test("Node fetch failed with an undici connect timeout as the cause", () => {
    const err = new TypeError("fetch failed", { cause: new ConnectTimeoutError() });
    expect(detectNetworkFailure(err)).toEqual({ kind: "timeout", code: "UND_ERR_CONNECT_TIMEOUT", where: "cause.code" });
  });

  test.each([
    ["UND_ERR_HEADERS_TIMEOUT", "timeout"],
    ["UND_ERR_BODY_TIMEOUT", "timeout"],
    ["ETIMEDOUT", "timeout"],
    ["ECONNRESET", "network"],
    ["ENOTFOUND", "network"],
    ["EAI_AGAIN", "network"],
    ["CERT_HAS_EXPIRED", "network"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "network"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "network"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "network"],
    ["SELF_SIGNED_CERT_IN_CHAIN", "network"],
  ])("fetch failed caused by %s is a %s failure", (code, kind) => {
    const err = new TypeError("fetch failed", { cause: systemError(code, `request failed: ${code}`) });
    expect(detectNetworkFailure(err)).toEqual({ kind, code, where: "cause.code" });
  });

  test("AggregateError of ECONNREFUSED for ::1 and 127.0.0.1 (happy eyeballs)", () => {
    const v6 = systemError("ECONNREFUSED", "connect ECONNREFUSED ::1:3000", { address: "::1", port: 3000 });
    const v4 = systemError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:3000", { address: "127.0.0.1", port: 3000 });
    const aggregate = new AggregateError([v6, v4], "");
    expect(detectNetworkFailure(new TypeError("fetch failed", { cause: aggregate }))).toEqual({
      kind: "network",
      code: "ECONNREFUSED",
      where: "cause.errors[0].code",
    });
    // Node also sets `code` on the AggregateError itself: the shallower one is named.
    const withCode = Object.assign(new AggregateError([v6, v4], ""), { code: "ECONNREFUSED" });
    expect(detectNetworkFailure(new TypeError("fetch failed", { cause: withCode })).where).toBe("cause.code");
  });

  test("a timeout anywhere wins over a connection failure found first", () => {
    const aggregate = new AggregateError([systemError("ECONNREFUSED", "refused"), systemError("ETIMEDOUT", "connect ETIMEDOUT 10.0.0.1:443")], "");
    expect(detectNetworkFailure(aggregate)).toEqual({ kind: "timeout", code: "ETIMEDOUT", where: "errors[1].code" });
  });

  test("AbortSignal.timeout's DOMException is a timeout", async () => {
    const signal = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(detectNetworkFailure(signal.reason)).toEqual({ kind: "timeout", code: "TimeoutError", where: "name" });
  });

  test("an AbortError whose reason or cause is a TimeoutError is a timeout", () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    const withReason = Object.assign(new DOMException("This operation was aborted", "AbortError"), { reason: timeout });
    expect(detectNetworkFailure(withReason)).toEqual({ kind: "timeout", code: "TimeoutError", where: "reason.name" });
    const withCause = Object.assign(new Error("This operation was aborted", { cause: timeout }), { name: "AbortError" });
    expect(detectNetworkFailure(withCause)).toEqual({ kind: "timeout", code: "TimeoutError", where: "cause.name" });
  });

  test("a plain AbortError (the caller's own abort) is a network failure", () => {
    const controller = new AbortController();
    controller.abort();
    expect(detectNetworkFailure(controller.signal.reason)).toEqual({ kind: "network", code: "AbortError", where: "name" });
    // Node's own AbortError carries code ABORT_ERR; the name decides.
    const nodeAbort = Object.assign(new Error("The operation was aborted"), { name: "AbortError", code: "ABORT_ERR" });
    expect(detectNetworkFailure(nodeAbort)).toEqual({ kind: "network", code: "AbortError", where: "name" });
  });

  test.each([
    ["Failed to fetch"],
    ["NetworkError when attempting to fetch resource."],
    ["Load failed"],
  ])("the browser message %j is a network failure", (message) => {
    expect(detectNetworkFailure(new TypeError(message))).toMatchObject({ kind: "network", where: "message" });
  });

  test("a specific code in the cause wins over fetch failed, even one not listed", () => {
    const err = new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
    expect(detectNetworkFailure(err)).toEqual({ kind: "network", code: "UND_ERR_SOCKET", where: "cause.code" });
    const eproto = new TypeError("fetch failed", { cause: Object.assign(new Error("write EPROTO"), { code: "EPROTO" }) });
    expect(detectNetworkFailure(eproto)).toEqual({ kind: "network", code: "EPROTO", where: "cause.code" });
    expect(detectNetworkFailure(new TypeError("fetch failed"))).toEqual({ kind: "network", code: "fetch failed", where: "message" });
  });

  test("a curl child-process error: the exit code, only when curl is named", () => {
    const refused = Object.assign(new Error("Command failed: curl -sS https://api.example.com\ncurl: (7) Failed to connect"), {
      code: 7,
      cmd: "curl -sS https://api.example.com",
    });
    expect(detectNetworkFailure(refused)).toEqual({ kind: "network", code: "curl 7", where: "code" });
    const timedOut = Object.assign(new Error("Command failed"), { code: 28, cmd: "curl -m 5 https://api.example.com" });
    expect(detectNetworkFailure(timedOut)).toEqual({ kind: "timeout", code: "curl 28", where: "code" });
    // A bare number is no curl exit (DOMException's legacy code 23 is TIMEOUT_ERR, say).
    expect(detectNetworkFailure(Object.assign(new Error("boom"), { code: 28 }))).toEqual({ kind: "network", code: "unknown", where: "none" });
  });

  test("nothing specific: network, unknown", () => {
    for (const cause of [undefined, null, 42, new Error("boom"), {}, [], Symbol("x"), () => undefined]) {
      expect(detectNetworkFailure(cause)).toEqual({ kind: "network", code: "unknown", where: "none" });
    }
  });

  test("a string cause is read as text", () => {
    expect(detectNetworkFailure("connect ECONNREFUSED 127.0.0.1:8080")).toEqual({ kind: "network", code: "ECONNREFUSED", where: "text" });
  });

  test("a cyclic cause chain ends", () => {
    const a: { name: string; message: string; cause?: unknown } = { name: "Error", message: "a" };
    const b: { name: string; message: string; cause?: unknown; code?: string } = { name: "Error", message: "b", cause: a };
    a.cause = b;
    expect(detectNetworkFailure(a)).toEqual({ kind: "network", code: "unknown", where: "none" });
    b.code = "ECONNRESET";
    expect(detectNetworkFailure(a)).toEqual({ kind: "network", code: "ECONNRESET", where: "cause.code" });
    const self: { cause?: unknown; errors?: unknown[] } = {};
    self.cause = self;
    self.errors = [self, self];
    expect(detectNetworkFailure(self).code).toBe("unknown");
  });

  test("hostile objects: getters that throw, Proxies, revoked Proxies", () => {
    const throwing = {
      get name(): string {
        throw new Error("name");
      },
      get code(): string {
        throw new Error("code");
      },
      get cause(): unknown {
        throw new Error("cause");
      },
      get errors(): unknown {
        throw new Error("errors");
      },
      get message(): string {
        throw new Error("message");
      },
    };
    expect(detectNetworkFailure(throwing)).toEqual({ kind: "network", code: "unknown", where: "none" });
    const trap = (): never => {
      throw new Error("trap");
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    expect(detectNetworkFailure(proxy).code).toBe("unknown");
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(detectNetworkFailure(revoked).code).toBe("unknown");
    expect(detectNetworkFailure({ errors: revoked, cause: revoked }).code).toBe("unknown");
    // A hostile node does not hide a good sibling.
    expect(detectNetworkFailure(new AggregateError([throwing, systemError("ENOTFOUND", "getaddrinfo ENOTFOUND x")]))).toEqual({
      kind: "network",
      code: "ENOTFOUND",
      where: "errors[1].code",
    });
    // A length that lies is capped.
    expect(detectNetworkFailure({ errors: { length: 1e12 } }).code).toBe("unknown");
    const hugeList = new Proxy([], { get: (target, key) => (key === "length" ? 1e12 : Reflect.get(target, key)) });
    expect(detectNetworkFailure({ errors: hugeList }).code).toBe("unknown");
  });

  test("five levels deep, not six", () => {
    const leaf = { code: "ECONNREFUSED" };
    expect(detectNetworkFailure(chain(5, leaf))).toEqual({ kind: "network", code: "ECONNREFUSED", where: "cause.cause.cause.cause.cause.code" });
    expect(detectNetworkFailure(chain(6, leaf))).toEqual({ kind: "network", code: "unknown", where: "none" });
    expect(detectNetworkFailure(chain(40, { code: "ETIMEDOUT" })).code).toBe("unknown");
  });

  test("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (value) => {
        const r = detectNetworkFailure(value);
        expect(["timeout", "network"]).toContain(r.kind);
      }),
    );
  });
});

describe("matchNetworkText", () => {
  const nodeRefused = `TypeError: fetch failed
    at node:internal/deps/undici/undici:13510:13
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)
    at async file:///app/index.mjs:1:1 {
  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1615:16) {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '127.0.0.1',
    port: 3000
  }
}`;

  const nodeTimeout = `TypeError: fetch failed
    at node:internal/deps/undici/undici:13510:13
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5) {
  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.example.com:443, timeout: 10000ms)
      at onConnectTimeout (node:internal/deps/undici/undici:2602:28)
      at Immediate._onImmediate (node:internal/deps/undici/undici:2568:35)
      at process.processImmediate (node:internal/timers:491:21) {
    code: 'UND_ERR_CONNECT_TIMEOUT'
  }
}`;

  test.each([
    ["Node fetch failed with ECONNREFUSED", nodeRefused, "network", "ECONNREFUSED"],
    ["Node fetch failed with a connect timeout", nodeTimeout, "timeout", "UND_ERR_CONNECT_TIMEOUT"],
    ["curl 28", "curl: (28) Operation timed out after 5001 milliseconds with 0 bytes received", "timeout", "curl 28"],
    ["curl 7", "curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server", "network", "curl 7"],
    ["curl 6", "curl: (6) Could not resolve host: api.example.invalid", "network", "curl 6"],
    ["curl 35", "curl: (35) OpenSSL/3.0.13: error:0A000410:SSL routines::sslv3 alert handshake failure", "network", "curl 35"],
    ["curl 52", "curl: (52) Empty reply from server", "network", "curl 52"],
    ["curl 56", "curl: (56) Recv failure: Connection reset by peer", "network", "curl 56"],
    [
      "curl 60",
      "curl: (60) SSL certificate problem: certificate has expired\nMore details here: https://curl.se/docs/sslcerts.html",
      "network",
      "curl 60",
    ],
    ["Chrome refused", "GET https://api.example.com/v1/grants net::ERR_CONNECTION_REFUSED", "network", "net::ERR_CONNECTION_REFUSED"],
    ["Chrome DNS", "Failed to load resource: net::ERR_NAME_NOT_RESOLVED", "network", "net::ERR_NAME_NOT_RESOLVED"],
    ["Chrome offline", "GET https://api.example.com/ net::ERR_INTERNET_DISCONNECTED", "network", "net::ERR_INTERNET_DISCONNECTED"],
    ["Chrome cert", "GET https://self-signed.badssl.com/ net::ERR_CERT_AUTHORITY_INVALID", "network", "net::ERR_CERT_AUTHORITY_INVALID"],
    ["Chrome timed out", "GET https://10.255.255.1/ net::ERR_TIMED_OUT", "timeout", "net::ERR_TIMED_OUT"],
    ["Chrome connection timed out", "GET https://10.255.255.1/ net::ERR_CONNECTION_TIMED_OUT", "timeout", "net::ERR_CONNECTION_TIMED_OUT"],
    ["Chrome fetch", "Uncaught (in promise) TypeError: Failed to fetch\n    at app.js:12:5", "network", "Failed to fetch"],
    ["Firefox fetch", "TypeError: NetworkError when attempting to fetch resource.", "network", "NetworkError when attempting to fetch resource"],
    ["Safari fetch", "TypeError: Load failed", "network", "Load failed"],
    ["Node fetch alone", "TypeError: fetch failed", "network", "fetch failed"],
    [
      "requests ConnectionError",
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: /v1 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b>: Failed to establish a new connection: [Errno 111] Connection refused'))",
      "network",
      "Connection refused",
    ],
    [
      "requests ConnectTimeout",
      "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='10.255.255.1', port=443): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to 10.255.255.1 timed out. (connect timeout=3)'))",
      "timeout",
      "ConnectTimeout",
    ],
    ["httpx ReadTimeout", "httpx.ReadTimeout: The read operation timed out", "timeout", "ReadTimeout"],
    ["httpx ConnectError", "httpx.ConnectError: [Errno -2] Name or service not known", "network", "Name or service not known"],
    ["a bare ConnectionError", "ConnectionError: the server went away", "network", "ConnectionError"],
    ["Go i/o timeout", 'Get "https://api.example.com/v1": dial tcp 10.0.0.1:443: i/o timeout', "timeout", "i/o timeout"],
    [
      "Go deadline",
      'Get "https://api.example.com/v1": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      "timeout",
      "context deadline exceeded",
    ],
    ["Go refused", 'Post "http://127.0.0.1:8080/v1": dial tcp 127.0.0.1:8080: connect: connection refused', "network", "connection refused"],
    ["Go DNS", 'Get "https://nope.invalid/": dial tcp: lookup nope.invalid: no such host', "network", "no such host"],
    ["a bare code", "ECONNRESET", "network", "ECONNRESET"],
    ["a TLS code", "Error: certificate has expired\n  code: 'CERT_HAS_EXPIRED'", "network", "CERT_HAS_EXPIRED"],
    ["DOMException", "TimeoutError: signal timed out", "timeout", "TimeoutError"],
  ])("%s", (_name, text, kind, code) => {
    expect(matchNetworkText(text)).toEqual({ kind, code, where: "text" });
  });

  test.each([
    ["HTTP/1.1 403 Forbidden"],
    ["curl: (22) The requested URL returned error: 403"],
    ["curl: (3) URL rejected: Malformed input to a URL function"],
    ["Hello, world"],
    ["ECONNREFUSEDX and XETIMEDOUT are not codes"],
    ["Loading failed"],
    [""],
  ])("not a network failure: %j", (text) => {
    expect(matchNetworkText(text)).toBeUndefined();
  });

  test("curl's --fail message is an HTTP status, not a failure", () => {
    expect(matchCurlHttpError("curl: (22) The requested URL returned error: 403")).toBe(403);
    expect(matchCurlHttpError("curl: (22) The requested URL returned error: 404 Not Found")).toBe(404);
    expect(matchCurlHttpError("curl: (7) Failed to connect")).toBeUndefined();
  });

  test("linear time on adversarial text (counted against 4x the input)", () => {
    const makers = [
      (n: number) => "a".repeat(n),
      (n: number) => repeat("ERR_SSL_", n) + "x",
      (n: number) => repeat("net::ERR_", n),
      (n: number) => repeat("curl: (", n),
      (n: number) => repeat("curl: (99) ", n),
      (n: number) => repeat("Connection ", n),
      (n: number) => repeat("i/o ", n),
      (n: number) => " ".repeat(n) + "x",
      (n: number) => "\u00e9".repeat(n),
    ];
    for (const make of makers) {
      expectLinear(make, (t) => {
        matchNetworkText(t);
        matchCurlHttpError(t);
      });
    }
  });
});

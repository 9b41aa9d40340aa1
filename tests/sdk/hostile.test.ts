/**
 * What an attacker tries, each finding of the attack runs reproduced (issues 10, 12, 13):
 * every entry point that takes `unknown` gets revoked proxies, throwing getters, cycles
 * and shared objects; every reader gets sizes multiplied together (a long name times many
 * items), 100,000 levels of nesting and statuses out of range. The promise: an SDK error,
 * `null`, or an `AlterValueError`; never another throw, never a hang, never a stack overflow.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  AlterSDKError,
  AlterValueError,
  NetworkError,
  ProviderAPIError,
  backoffDelay,
  classify,
  errorFromNetworkFailure,
  errorFromResponse,
  explain,
  parseResponse,
} from "../../sdk/src/docs.js";
import { expectLinear, repeat } from "../support/linear.js";
import { HOSTILE_SHAPES } from "../support/hostile-shapes.js";

/** What an entry point may do: return, or throw an AlterValueError. Anything else fails the test. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(AlterValueError);
    return err;
  }
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwing = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error("boom");
      },
      ownKeys: () => {
        throw new Error("boom");
      },
      getPrototypeOf: () => {
        throw new Error("boom");
      },
      has: () => {
        throw new Error("boom");
      },
    },
  );

const getterThrows = (key: string): object =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(`${key} getter`);
    },
  });

/** Hostile values of every kind. */
const HOSTILE: [string, () => unknown][] = [
  ["a revoked Proxy", revokedProxy],
  ["a Proxy whose every trap throws", throwing],
  ["an object with a throwing status getter", () => getterThrows("status")],
  ["an object with a throwing body getter", () => Object.assign(getterThrows("body"), { status: 500 })],
  ["an object with a throwing headers getter", () => Object.assign(getterThrows("headers"), { status: 500 })],
  ["a status with no prototype", () => ({ status: Object.create(null), body: "" })],
  ["a status whose toString throws", () => ({ status: { toString: () => { throw new Error("x"); } }, body: "" })],
  ["a bigint status", () => ({ status: 403n, body: "" })],
  ["a body holding an invalid Date", () => ({ status: 500, body: { at: new Date(NaN), error: { message: "x" } } })],
  ["a body with a cycle", () => {
    const body: Record<string, unknown> = { error: { message: "x" } };
    body.self = body;
    return { status: 500, body };
  }],
  ["a body whose getter throws", () => ({ status: 500, body: getterThrows("error") })],
  ["a body that is a revoked Proxy", () => ({ status: 500, body: revokedProxy() })],
  ["headers that are a revoked Proxy", () => ({ status: 500, headers: revokedProxy(), body: "" })],
  ["headers whose forEach throws", () => ({ status: 500, headers: { forEach: () => { throw new Error("x"); } }, body: "" })],
];

describe("errorFromResponse never throws anything but AlterValueError", () => {
  test.each(HOSTILE)("%s", (_l, make) => {
    const r = outcome(() => errorFromResponse(make() as never));
    expect(r === null || r instanceof AlterSDKError).toBe(true);
  });

  test.each([
    ["options that are a revoked Proxy", revokedProxy],
    ["options whose source getter throws", () => getterThrows("source")],
    ["a bigint source", () => ({ source: 1n })],
    ["a symbol providerId", () => ({ providerId: Symbol("x") })],
    ["an entry that is not an index", () => ({ entry: -1 })],
  ])("%s", (_l, make) => {
    const opts = make() as never;
    expect(() => errorFromResponse({ status: 500, body: "" }, opts)).toThrow(AlterValueError);
    expect(() => classify("HTTP/1.1 500 X\r\n\r\n", opts)).toThrow(AlterValueError);
  });

  test("a body shared or cyclic is copied once per object: a 41-object chain of shared pairs returns at once (counted)", () => {
    // body.a = body.b = next, 41 deep: 2^41 paths, 41 objects. A copy per path would never return.
    let node: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 41; i++) node = { a: node, b: node };
    let reads = 0;
    const counted = new Proxy(node, { get: (t, k) => (reads++, Reflect.get(t, k)) });
    const e = errorFromResponse({ status: 500, body: counted })!;
    expect(e).toBeInstanceOf(ProviderAPIError);
    expect(reads).toBeLessThan(10); // the top object's own members, read once
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    cyclic.b = cyclic;
    const c = errorFromResponse({ status: 500, body: { error: { code: "x", details: cyclic } } }, { source: "backend" })!;
    expect(JSON.stringify(c.toJSON())).toContain("[Circular]");
  });

  test("details with 400,000 keys are cut to a bounded copy, with truncated: true", () => {
    const details: Record<string, number> = {};
    for (let i = 0; i < 400_000; i++) details[`k${i}`] = i;
    const e = errorFromResponse({ status: 500, body: { error: { code: "brand_new", details } } }, { source: "backend" })!;
    expect(Object.keys(e.details).length).toBeLessThanOrEqual(10_001);
    expect(e.details.truncated).toBe(true);
  });
});

describe("errorFromNetworkFailure never throws, and keeps its cause whatever it is", () => {
  test.each([["null", () => null], ["undefined", () => undefined], ["0", () => 0], ["a string", () => "boom"], ...HOSTILE])("%s", (_l, make) => {
    const cause = make();
    const e = errorFromNetworkFailure(cause);
    expect(e).toBeInstanceOf(NetworkError);
    expect(e.cause).toBe(cause);
    expect("cause" in e).toBe(true);
  });
});

describe("backoffDelay never throws for the error, and never returns an unsafe wait", () => {
  test.each([
    ...HOSTILE,
    ["a bare NetworkError prototype (no private state)", () => Object.create(NetworkError.prototype)],
    ["an SDK error whose retryAfter getter throws", () => Object.defineProperty(errorFromNetworkFailure(new TypeError("fetch failed")), "retryAfter", { get: () => { throw new Error("x"); } })],
  ])("%s", (_l, make) => {
    const r = backoffDelay(make(), 0);
    expect(r === null || (Number.isSafeInteger(r) && r >= 0 && r <= 2 ** 31 - 1)).toBe(true);
  });

  test.each([
    ["an object", {}],
    ["a revoked Proxy", null],
    ["NaN", NaN],
    ["-1", -1],
    ["1.5", 1.5],
    ["2^53", 2 ** 53],
    ["a bigint", 1n],
  ])("attempt %s is an AlterValueError", (_l, attempt) => {
    const a = attempt === null ? revokedProxy() : attempt;
    expect(() => backoffDelay(errorFromNetworkFailure(new TypeError("fetch failed")), a as number)).toThrow(AlterValueError);
  });

  test("a Retry-After over 2,147,484 s waits at most 2^31-1 ms (what setTimeout can hold), and retryAfter still says what was sent", () => {
    for (const ra of ["2147484", "99999999999", "1e3", String(Number.MAX_SAFE_INTEGER)]) {
      const e = errorFromResponse({ status: 503, headers: { "Retry-After": ra }, body: "" })!;
      const wait = backoffDelay(e, 0);
      if (e.retryAfter === undefined) continue; // "1e3" is no delta-seconds
      expect(wait).toBeLessThanOrEqual(2 ** 31 - 1);
      expect(Number.isSafeInteger(e.retryAfter)).toBe(true);
    }
  });
});

describe("statuses are whole numbers from 100 to 599, in pasted text as in errorFromResponse", () => {
  test.each([
    "HTTP/1.1 000 Zero\r\n\r\n",
    "HTTP/1.1 099 Low\r\n\r\n",
    "HTTP/1.1 999 High\r\n\r\n",
    "HTTP/1.1 600 X\r\n\r\n",
    '{"status": 1e300, "body": ""}',
    '{"status": 403.5, "body": ""}',
    '{"status": -403, "body": ""}',
    '{"log": {"entries": [{"request": {"url": "https://x"}, "response": {"status": 999, "headers": [], "content": {}}}]}}',
    "curl: (22) The requested URL returned error: 999",
    "< HTTP/1.1 999 X\r\n< a: b\r\n",
  ])("%j is an AlterValueError saying so", (text) => {
    expect(() => parseResponse(text)).toThrow(/100 to 599|HTTP status/);
  });

  test.each([0, 99, 600, 999, 1e300, 403.5, NaN, Infinity])("errorFromResponse status %s", (status) => {
    expect(() => errorFromResponse({ status, body: "" })).toThrow(AlterValueError);
  });
});

describe("nesting: 100,000 levels is an AlterValueError or a cut body, never a stack overflow", () => {
  const deep = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);

  test("pasted JSON", () => {
    expect(() => classify(deep(100_000))).toThrow(/nests more than 256 levels/);
    expect(() => classify("[".repeat(5 * 1024 * 1024 - 10))).toThrow(AlterValueError);
  });

  test("a body inside a raw response is kept as text, the response still classified", () => {
    const e = classify(`HTTP/1.1 500 Oops\r\nContent-Type: application/json\r\n\r\n${deep(100_000)}`)!;
    expect(e).toBeInstanceOf(ProviderAPIError);
    expect(typeof (e as ProviderAPIError).responseBody).toBe("string");
  });

  test("a HAR entry's body, and the response object's body", () => {
    const har = JSON.stringify({ log: { entries: [{ request: { url: "https://x" }, response: { status: 500, headers: [{ name: "content-type", value: "application/json" }], content: { text: deep(100_000) } } }] } });
    expect(classify(har)).toBeInstanceOf(ProviderAPIError);
    expect(() => JSON.stringify(explain(har).error!.toJSON())).not.toThrow();
  });

  test("a deep object given to errorFromResponse is cut at 64 levels", () => {
    let body: Record<string, unknown> = {};
    const top = body;
    for (let i = 0; i < 100_000; i++) body = body.a = {};
    const e = errorFromResponse({ status: 500, body: top })!;
    expect(JSON.stringify(e.toJSON())).toContain("[nested too deep]");
  });
});

describe("sizes multiplied together stay linear (counted against a 4x larger input)", () => {
  test("a response object whose header has a long name and a list value", () => {
    const make = (n: number) => `{"status":403,"headers":{"${"a".repeat(Math.floor(n / 4))}":[${repeat("1,", n / 2)}1]},"body":""}`;
    expectLinear(make, (t) => outcome(() => classify(t)), { small: 64 * 1024 });
    expect(outcome(() => classify(make(5 * 1024 * 1024 - 100)))).toBeInstanceOf(ProviderAPIError);
  });

  test.each(HOSTILE_SHAPES)("%s", (_l, make) => {
    expectLinear(make, (t) => outcome(() => explain(t)), { small: 64 * 1024, label: _l });
  });
});

describe("generated hostile shapes (fast-check): an SDK error, null or an AlterValueError", () => {
  const leaf = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.constant("__proto__"));
  const json = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("v"), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "status", "headers", "body", "error", "code")), tie("v"), { maxKeys: 4 })),
  })).v;

  test("a response object of generated values, with hostile members mixed in", () => {
    fc.assert(
      fc.property(json, json, fc.integer({ min: -10, max: 1000 }), fc.constantFrom(...HOSTILE.map(([, m]) => m), () => undefined), (body, headers, status, hostile) => {
        const res = { status, headers, body, extra: hostile() };
        outcome(() => errorFromResponse(res as never));
        outcome(() => classify(JSON.stringify({ status, headers, body })));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  test("long names times many items: every pair of sizes reads in bounded work", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (nameLength, items) => {
        const text = JSON.stringify({ status: 403, headers: { ["h".repeat(nameLength)]: Array.from({ length: items }, () => 1) }, body: "" });
        const r = outcome(() => parseResponse(text));
        if (!(r instanceof AlterValueError)) expect((r as { headers: unknown[] }).headers.length).toBe(Math.min(items, 1000));
      }),
      { numRuns: 200 },
    );
  });
});

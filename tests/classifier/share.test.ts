import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { MASK, base64UrlDecode, base64UrlEncode, classify, classifyPath, parseResponse } from "@alter-ai/alter-sdk/docs";
import { MAX_SHARE_URL, decodeText, encodeText, fitShare, readFragment, sharePath, shareUrl } from "../../src/classifier/share.js";
import { PLACES, SECRETS } from "../support/secrets.js";

describe("encodeText / decodeText agree with the SDK's base64url", () => {
  test("encoding gives the SDK's text, for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(encodeText(text)).toBe(base64UrlEncode(text));
    }));
  });

  test("decoding reads back any text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(decodeText(base64UrlEncode(text))).toBe(text);
    }));
  });

  test("decoding agrees with the SDK on arbitrary input, where the SDK reads it", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/), (encoded) => {
        const sdk = base64UrlDecode(encoded);
        if (sdk !== undefined) expect(decodeText(encoded)).toBe(sdk);
      }),
    );
  });

  test("encodes megabytes (no call-stack overflow)", () => {
    const text = "é".repeat(3 * 1024 * 1024);
    expect(decodeText(encodeText(text))).toBe(text);
  });

  test.each([
    ["not base64", "%%%"],
    ["an impossible length", "abcde"],
    ["bytes that are not UTF-8", base64UrlEncode("x").slice(0, 0) + "_w"],
  ])("reads %s as undefined", (_, encoded) => {
    expect(decodeText(encoded)).toBeUndefined();
  });
});

describe("sharePath", () => {
  test("is the SDK's classifyPath when the options are the defaults", () => {
    const text = "HTTP/1.1 403 Forbidden\n\n{}";
    expect(sharePath({ text })).toBe(classifyPath(text));
    expect(sharePath({ text, source: "auto", providerId: "" })).toBe(classifyPath(text));
  });

  test("adds the source, the provider and the HAR entry when chosen", () => {
    expect(sharePath({ text: "x", source: "provider", providerId: "slack" })).toBe(`${classifyPath("x")}&source=provider&provider=slack`);
    expect(sharePath({ text: "x", entry: 2 })).toBe(`${classifyPath("x")}&entry=2`);
    expect(readFragment(sharePath({ text: "x", entry: 2 }).slice("/classify/".length))?.entry).toBe(2);
    expect(readFragment("#r=eA&entry=-1")?.entry).toBeUndefined();
    expect(readFragment("#r=eA&entry=1e9")?.entry).toBeUndefined();
  });
});

describe("readFragment", () => {
  test("round-trips text and options", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("auto", "backend", "provider" as const), fc.string(), (text, source, providerId) => {
        const hash = sharePath({ text, source, providerId }).slice("/classify/".length);
        expect(readFragment(hash)).toEqual({ text, source, providerId, entry: undefined });
      }),
    );
  });

  test("is undefined for a fragment with no r", () => {
    expect(readFragment("")).toBeUndefined();
    expect(readFragment("#examples")).toBeUndefined();
  });

  test("reads a cut link as text undefined", () => {
    expect(readFragment("#r=abcde")?.text).toBeUndefined();
  });

  test("reads standard base64 with + and / too (a pasted link whose + became a space)", () => {
    const text = "??>>~~";
    const standard = Buffer.from(text).toString("base64");
    expect(standard).toMatch(/[+/]/);
    expect(readFragment(`#r=${standard.replace(/\+/g, " ")}`)?.text).toBe(text);
  });

  test("falls back to auto for an unknown source", () => {
    expect(readFragment("#r=eA&source=nope")).toEqual({ text: "x", source: "auto", providerId: "", entry: undefined });
  });
});

const BASE = "https://docs.alterauth.com/classify/";
const decoded = (url: string) => readFragment(new URL(url).hash)!.text!;

describe("shareUrl masks every secret of the masking table", () => {
  test.each(SECRETS.flatMap(([what, secret]) => PLACES.map(([where, put]) => [`${what} in ${where}`, secret, put] as const)))("%s", (_l, secret, put) => {
    const url = shareUrl(BASE, { text: put(secret) });
    const text = decoded(url);
    expect(text).toContain(MASK);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(-12));
  });

  test("a HAR's request headers, X-Api-Key included, and its cookies", () => {
    const har = readFileSync(new URL("../fixtures/har-three-failed.json", import.meta.url), "utf8");
    const text = decoded(shareUrl(BASE, { text: har }));
    expect(text).not.toContain("key-live-abcdef123456");
    expect(text).not.toContain("ghp_16C7e42F292c6912E7710c838347Ae178B4a");
    expect(classify(text)!.name).toBe(classify(har)!.name);
  });
});

describe("fitShare: a response too long to share, made smaller", () => {
  const big = [
    "HTTP/1.1 429 Too Many Requests",
    "Retry-After: 30",
    "Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "Content-Type: application/json",
    "",
    JSON.stringify({ error: { message: "rate limited", filler: "é".repeat(2 * 1024 * 1024) } }),
  ].join("\n");
  const input = parseResponse(big, "provider");

  test("the whole text makes a link far over the limit", () => {
    expect(shareUrl(BASE, { text: big, source: "provider" }).length).toBeGreaterThan(MAX_SHARE_URL);
  });

  test("with the body cut, the link fits, keeps the status and headers, masked, and as much body as fits", () => {
    const fitted = fitShare(BASE, { text: big, source: "provider" }, input, "cut-body")!;
    expect(fitted.url.length).toBeLessThanOrEqual(MAX_SHARE_URL);
    expect(fitted.kept).toBeGreaterThan(10_000);
    expect(fitted.kept).toBeLessThan(fitted.of);
    const text = decoded(fitted.url);
    expect(text).toBe(fitted.text);
    expect(text).toMatch(/^HTTP\/1\.1 429 Too Many Requests\nRetry-After: 30\n/);
    expect(text).not.toContain("ghp_16C7e42F292c6912E7710c838347Ae178B4a");
    // One more character of the body would not fit: the cut is as small as it can be.
    expect(new URL(sharePath({ text: fitted.text + "é", source: "provider" }), BASE).href.length).toBeGreaterThan(MAX_SHARE_URL);
    expect(classify(text, { source: "provider" })!.name).toBe("ProviderAPIError");
    expect(new URL(fitted.url).hash).toContain("&source=provider");
  });

  test("headers only keeps the status line and the headers, no body", () => {
    const fitted = fitShare(BASE, { text: big }, input, "headers-only")!;
    expect(fitted.kept).toBe(0);
    expect(decoded(fitted.url)).toMatch(/^HTTP\/1\.1 429 Too Many Requests\n(?:.+\n)+\n$/);
  });

  test("a HAR entry becomes the response it recorded, and the entry option is dropped", () => {
    const har = readFileSync(new URL("../fixtures/har-three-failed.json", import.meta.url), "utf8");
    const entry = parseResponse(har, "auto", 2);
    const fitted = fitShare(BASE, { text: har, entry: 2 }, entry, "cut-body")!;
    expect(new URL(fitted.url).hash).not.toContain("entry=");
    expect(classify(decoded(fitted.url))!.name).toBe(classify(har, { entry: 2 })!.name);
  });

  test("text with no status (a network failure, a log) is cut itself; headers only is not offered", () => {
    const text = "Error: connect ETIMEDOUT 10.0.0.1:443\n" + "    at frame\n".repeat(10_000);
    const parsed = parseResponse(text);
    expect(parsed.status).toBeUndefined();
    expect(fitShare(BASE, { text }, parsed, "headers-only")).toBeUndefined();
    const fitted = fitShare(BASE, { text }, parsed, "cut-body")!;
    expect(fitted.url.length).toBeLessThanOrEqual(MAX_SHARE_URL);
    expect(classify(decoded(fitted.url))!.name).toBe(classify(text)!.name);
  });

  test("never splits a surrogate pair", () => {
    const emoji = "HTTP/1.1 500\n\n" + "😀".repeat(40_000);
    const fitted = fitShare(BASE, { text: emoji }, parseResponse(emoji, "provider"), "cut-body")!;
    expect(decoded(fitted.url)).toBe(fitted.text);
    expect(fitted.text.endsWith("😀")).toBe(true);
  });
});

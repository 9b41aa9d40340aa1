import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { base64UrlDecode, base64UrlEncode, classifyPath } from "@alter-ai/alter-sdk";
import { decodeText, encodeText, readFragment, sharePath } from "../../src/classifier/share.js";

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

  test("adds the source and the provider when chosen", () => {
    expect(sharePath({ text: "x", source: "provider", providerId: "slack" })).toBe(`${classifyPath("x")}&source=provider&provider=slack`);
  });
});

describe("readFragment", () => {
  test("round-trips text and options", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("auto", "backend", "provider" as const), fc.string(), (text, source, providerId) => {
        const hash = sharePath({ text, source, providerId }).slice("/classify/".length);
        expect(readFragment(hash)).toEqual({ text, source, providerId });
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
    expect(readFragment("#r=eA&source=nope")).toEqual({ text: "x", source: "auto", providerId: "" });
  });
});

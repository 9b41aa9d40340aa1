import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { rewritePolicy, sha256Source } from "../../src/integrations/csp.mjs";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const page = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"/>',
  "<script>window.theme = 1;</script>",
  "<title>x</title>",
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro='; style-src 'self';">`,
  "<style>a{color:red}</style>",
  '</head><body><svg style="--sl-icon-size: 1em;"></svg><div style="a:&quot;b&quot;"></div>',
  '<script type="module" src="/_astro/x.js"></script><script type="application/json">{"a":1}</script>',
  '<script type="module">import "./y";</script></body></html>',
].join("");

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1]!.replace(/&quot;/g, '"');
  return new Map(content.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

describe("rewritePolicy", () => {
  const out = rewritePolicy(page);
  const policy = policyOf(out);

  test("hashes every inline script, and keeps Astro's sources", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'sha256-astro='", hash("window.theme = 1;"), hash('import "./y";')]);
  });

  test("skips external scripts and JSON data blocks", () => {
    expect(policy.get("script-src")).not.toContain(hash(""));
    expect(policy.get("script-src")).not.toContain(hash('{"a":1}'));
  });

  test("hashes inline styles into style-src", () => {
    expect(policy.get("style-src")).toEqual(["'self'", hash("a{color:red}")]);
  });

  test("allows exactly the page's style attributes, decoded as the browser reads them", () => {
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-hashes'", hash("--sl-icon-size: 1em;"), hash('a:"b"')]);
  });

  test("moves the policy right after <meta charset>, before any script", () => {
    expect(out.indexOf("content-security-policy")).toBeLessThan(out.indexOf("<script"));
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
    expect(out.startsWith('<!DOCTYPE html><html><head><meta charset="utf-8"/><meta http-equiv="content-security-policy"')).toBe(true);
  });

  test("a page with no style attribute allows none", () => {
    expect(policyOf(rewritePolicy(page.replace(/ style="[^"]*"/g, ""))).get("style-src-attr")).toEqual(["'none'"]);
  });

  test("leaves a page without a policy alone, and is idempotent", () => {
    expect(rewritePolicy("<html><head></head></html>")).toBe("<html><head></head></html>");
    expect(rewritePolicy(out)).toBe(out);
  });

  test("sha256Source is the CSP form of a sha256", () => {
    expect(sha256Source("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

/**
 * The pure parts of `alter-sdk`: argument parsing, text layout, colour, the person
 * rendering and the JSON rendering, run in-process on the SDK's source.
 */
import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EXAMPLES, explain, type Explanation } from "../../sdk/src/index.js";
import { GUIDANCE, RULES } from "../../sdk/src/docs.js";
import { parseCommandLine, HELP, USAGE } from "../../sdk/src/cli/args.js";
import { colorWanted, columns, cut, painter, paintCode, printable, wrap } from "../../sdk/src/cli/text.js";
import { MAX_SHOWN, renderExplanation, showValue } from "../../sdk/src/cli/render.js";
import { explanationJson, renderJson } from "../../sdk/src/cli/json.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ANSI = /\x1b\[/;

/** What `--json` must equal for a text without secrets: `explain()` with `error` as its `toJSON()`, through JSON. */
function expected(x: Explanation): unknown {
  return JSON.parse(JSON.stringify({ ...x, error: x.error ? x.error.toJSON() : null }));
}

describe("parseCommandLine (util.parseArgs)", () => {
  test("explain with every option", () => {
    expect(parseCommandLine(["explain", "r.har", "--source", "provider", "--provider", "google", "--grant", "gr_1", "--entry", "3", "--json"])).toEqual({
      kind: "explain",
      file: "r.har",
      options: { source: "provider", providerId: "google", grantId: "gr_1", entry: 3 },
      json: true,
      color: undefined,
    });
  });

  test("no file, or -, reads stdin; --option=value works", () => {
    expect(parseCommandLine(["explain"])).toMatchObject({ kind: "explain", file: undefined, options: {} });
    expect(parseCommandLine(["explain", "-", "--provider=github"])).toMatchObject({ kind: "explain", file: undefined, options: { providerId: "github" } });
  });

  test("--help, -h, help, --version, -v", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["explain", "--help"]]) expect(parseCommandLine(argv)).toEqual({ kind: "help" });
    for (const argv of [["--version"], ["-v"]]) expect(parseCommandLine(argv)).toEqual({ kind: "version" });
  });

  test("--color and --no-color: the last one wins", () => {
    expect(parseCommandLine(["explain", "--color"])).toMatchObject({ color: true });
    expect(parseCommandLine(["explain", "--no-color"])).toMatchObject({ color: false });
    expect(parseCommandLine(["explain", "--color", "--no-color"])).toMatchObject({ color: false });
    expect(parseCommandLine(["explain", "--no-color", "--color"])).toMatchObject({ color: true });
  });

  test.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["explain", "--bogus"], /Unknown option '--bogus'/],
    [[], /no command/],
    [["classify"], /unknown command "classify"/],
    [["explain", "a", "b"], /one input/],
    [["explain", "--source", "proxy"], /--source must be auto, backend or provider/],
    [["explain", "--entry", "x"], /--entry takes the index/],
    [["explain", "--entry", "1.5"], /--entry takes the index/],
    [["explain", "--entry=-1"], /--entry takes the index/],
    [["explain", "--provider"], /argument missing/],
    [["explain", "--provider", ""], /--provider needs/],
    [["explain", "--json=yes"], /does not take an argument/],
  ])("%j is a usage error", (argv, message) => {
    const cmd = parseCommandLine(argv);
    expect(cmd.kind).toBe("usage-error");
    expect(cmd.kind === "usage-error" && cmd.message).toMatch(message);
  });

  test("the help and the usage fit 80 columns", () => {
    for (const line of `${HELP}\n${USAGE}`.split("\n")) expect(columns(line), line).toBeLessThanOrEqual(80);
    expect(HELP).toContain("--entry N");
    expect(HELP).toMatch(/0 {2}the response is not an error/);
  });
});

describe("text layout", () => {
  test("wrap breaks at spaces, keeps short lines, never passes the width", () => {
    const text = "The provider rejected the credential: send the user back through Connect and retry the call with the new grant.";
    const lines = wrap(text, 40);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(columns(l)).toBeLessThanOrEqual(40);
    expect(wrap("short", 40)).toEqual(["short"]);
    expect(wrap("a\nb", 40)).toEqual(["a", "b"]);
  });

  test("wrap breaks a word wider than a line, starting on the current line", () => {
    const lines = wrap(`key: ${"x".repeat(100)}`, 40);
    expect(lines[0]).toBe(`key: ${"x".repeat(35)}`);
    for (const l of lines) expect(columns(l)).toBeLessThanOrEqual(40);
    expect(lines.join("").replace("key: ", "")).toBe("x".repeat(100));
  });

  test("columns counts wide characters twice and combining marks not at all", () => {
    expect(columns("abc")).toBe(3);
    expect(columns("日本語")).toBe(6);
    expect(columns("e\u0301")).toBe(1);
    for (const l of wrap("日本語のエラーメッセージ ".repeat(20), 30)) expect(columns(l)).toBeLessThanOrEqual(30);
  });

  test("printable escapes control characters and bidi overrides from the input", () => {
    expect(printable("a\x1b]0;pwned\x07b")).toBe("a\\x1B]0;pwned\\x07b");
    expect(printable("x\u202Ey")).toBe("x\\u202Ey");
    expect(printable("a\r\nb\rc\td")).toBe("a\nb\\rc  d");
    expect(printable("\x9b31m")).toBe("\\x9B31m");
  });

  test("cut says how much it left out", () => {
    expect(cut("abcdef", 4)).toBe("abcd… (2 more characters)");
    expect(cut("abc", 4)).toBe("abc");
  });
});

describe("colour", () => {
  test("on for a terminal; off when piped, under NO_COLOR (any value) or TERM=dumb; FORCE_COLOR and the flags win", () => {
    expect(colorWanted(undefined, {}, true)).toBe(true);
    expect(colorWanted(undefined, {}, false)).toBe(false);
    expect(colorWanted(undefined, { NO_COLOR: "1" }, true)).toBe(false);
    expect(colorWanted(undefined, { NO_COLOR: "" }, true)).toBe(false);
    expect(colorWanted(undefined, { TERM: "dumb" }, true)).toBe(false);
    expect(colorWanted(undefined, { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorWanted(undefined, { FORCE_COLOR: "" }, false)).toBe(true);
    expect(colorWanted(undefined, { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(colorWanted(undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(colorWanted(true, { NO_COLOR: "1" }, false)).toBe(true);
    expect(colorWanted(false, { FORCE_COLOR: "1" }, true)).toBe(false);
  });

  test("the painter adds SGR sequences only when on; code spans lose their backticks only in colour", () => {
    expect(painter(false)("x", "bold", "red")).toBe("x");
    expect(painter(true)("x", "bold", "red")).toBe("\x1b[1;31mx\x1b[22;39m");
    expect(paintCode(["a `b", "c` d"], painter(false))).toEqual(["a `b", "c` d"]);
    expect(paintCode(["a `b", "c` d"], painter(true))).toEqual(["a \x1b[36mb\x1b[39m", "\x1b[36mc\x1b[39m d"]);
  });
});

describe("showValue", () => {
  test("quotes strings, writes the rest as JSON on one line, masks secrets, cuts long values", () => {
    expect(showValue("github")).toBe('"github"');
    expect(showValue(401)).toBe("401");
    expect(showValue(["a", "b"])).toBe('["a", "b"]');
    expect(showValue("zzz", "access_token")).toBe("[masked]");
    expect(showValue({ message: "no", key: "sk_live_1234567890abcdef" })).toBe('{"message": "no", "key": "sk_live_[masked]"}');
    expect(showValue({ access_token: "abc123" })).toBe('{"access_token": "[masked]"}');
    expect(showValue({ a: [], b: {}, c: [{ d: "x\ny" }] })).toBe('{"a": [], "b": {}, "c": [{"d": "x\\ny"}]}');
    const long = showValue("y".repeat(5000));
    expect(long).toBe(`"${"y".repeat(MAX_SHOWN - 1)}… (${5002 - MAX_SHOWN} more characters)`);
    expect(showValue("line 1\nline 2\n\n")).toBe("line 1\nline 2");
  });
});

/** Every example the SDK ships, as the site's gallery shows them. */
const EXAMPLE_CASES = EXAMPLES.map((e, i) => [`${i} ${e.error}`, e.text, e.opts ?? {}] as const);

/** The real captures of tests/fixtures/pastes (text after the `---` line). */
const PASTES = readdirSync(join(ROOT, "tests/fixtures/pastes"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => [f, readFileSync(join(ROOT, "tests/fixtures/pastes", f), "utf8").split(/\n---\n/).slice(1).join("\n---\n")] as const);

describe("renderExplanation", () => {
  test.each(EXAMPLE_CASES)("example %s: every line within 80 columns, no ANSI without colour, the class first", (_, text, opts) => {
    const x = explain(text, opts);
    for (const color of [false, true]) {
      const lines = renderExplanation(x, { color });
      for (const line of lines) expect(columns(line.replace(/\x1b\[[\d;]*m/g, "")), line).toBeLessThanOrEqual(80);
      if (!color) expect(lines.join("\n")).not.toMatch(ANSI);
      else expect(lines.join("\n")).toMatch(ANSI);
    }
    const plain = renderExplanation(x, { color: false });
    if (x.error) {
      expect(plain[0]!.startsWith(x.error.name)).toBe(true);
      expect(plain.join("\n")).toContain(x.error.docsUrl.startsWith("https://docs.alterauth.com/") ? x.error.docsUrl : "Docs");
    } else expect(plain[0]).toMatch(/^Not an error/);
    expect(plain.join("\n")).toContain(`Decided by  ${x.rule}`);
  });

  test.each(PASTES)("capture %s: every line within 80 columns, and within 50 when the terminal is that narrow", (_, text) => {
    let x: Explanation;
    try {
      x = explain(text);
    } catch {
      return; // unreadable: the command prints the message, not a rendering
    }
    for (const width of [80, 50]) {
      for (const line of renderExplanation(x, { color: false, width })) expect(columns(line), line).toBeLessThanOrEqual(width);
    }
  });

  test("the sections of an error: class, chain, action, recovery, retry, provider, request id, rule, fields, what was read, docs", () => {
    const x = explain("HTTP/1.1 401 Unauthorized\r\nX-GitHub-Request-Id: C0DE:1\r\nContent-Type: application/json\r\n\r\n{\"message\":\"Bad credentials\"}", { providerId: "github", grantId: "gr_7" });
    const out = renderExplanation(x, { color: false }).join("\n");
    expect(out).toMatch(/^ProviderUnauthorizedError {2}\(ProviderAPIError > AlterSDKError\)\n/);
    expect(out).toMatch(/\nWhat to do\n {2}1\. /);
    expect(out).toMatch(/\nRetry {7}no\b/);
    expect(out).toMatch(/\nProvider {4}GitHub {2}\(--provider\)/);
    expect(out).toMatch(/\nRequest id {2}C0DE:1 {2}\(header X-GitHub-Request-Id\)/);
    expect(out).toMatch(/\nDecided by {2}provider\.401/);
    expect(out).toContain("https://docs.alterauth.com/reference/rules/#provider.401");
    expect(out).toMatch(/\n {2}grantId +"gr_7" +--grant\n/);
    expect(out).toMatch(/\n {2}statusCode +401 +status line\n/);
    expect(out).toMatch(/\nRead as {5}a raw HTTP response, status 401 Unauthorized, 2 headers\n/);
    expect(out).toMatch(/\nDocs {8}https:\/\/docs\.alterauth\.com\/errors\/provider-unauthorized-error\/$/);
  });

  test("a provider signal's action is the line under the class, and the class's steps follow as what to do for any of its errors", () => {
    // (A signal that says "not an error" prints that alone: its action, "nothing to do", is the site's.)
    for (const rule of RULES.filter((r) => r.action !== undefined && r.produces.length > 0 && r.examples !== undefined)) {
      const example = rule.examples![0]!;
      const x = explain(example.text, { providerId: rule.provider, ...example.opts });
      expect(x.rule, rule.id).toBe(rule.id);
      const plain = renderExplanation(x, { color: false });
      // (Wrapped at 80 columns: the lines from the class's to the first blank one.)
      expect(plain.slice(1, plain.indexOf("")).join(" "), rule.id).toBe(rule.action);
      expect(plain.join("\n"), rule.id).not.toMatch(/\nWhat to do\n/);
      expect(plain.join("\n"), rule.id).toMatch(new RegExp(`\\nFor any ${x.error!.name}\\n {2}1\\. `));
    }
  });

  test("the last catch-all's line is what its status means, from the 404's to any 5xx's; a status it has nothing for keeps the class's", () => {
    const catchAll = RULES.find((r) => r.id === "provider.error")!;
    for (const [status, action] of Object.entries(catchAll.statusActions!)) {
      const code = status === "5xx" ? 503 : Number(status);
      const x = explain(`HTTP/1.1 ${code} Whatever\r\n\r\n`);
      expect(x.rule, status).toBe("provider.error");
      const plain = renderExplanation(x, { color: false });
      expect(plain.slice(1, plain.indexOf("")).join(" "), status).toBe(action);
      expect(plain.join("\n"), status).toMatch(/\nFor any ProviderAPIError\n {2}1\. /);
    }
    const teapot = renderExplanation(explain("HTTP/1.1 418 I'm a teapot\r\n\r\n"), { color: false });
    expect(teapot.slice(1, teapot.indexOf("")).join(" ")).toBe(GUIDANCE.ProviderAPIError.action);
    expect(teapot.join("\n")).toMatch(/\nWhat to do\n {2}1\. /);
  });

  test("a retryable error says the wait and where it came from, or the backoff schedule", () => {
    const after = renderExplanation(explain("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n\r\n"), { color: false }).join("\n");
    expect(after).toMatch(/\nRetry {7}yes, after 30 s {2}\(header Retry-After\)/);
    const backoff = renderExplanation(explain("TypeError: fetch failed\n  [cause]: Error: connect ECONNREFUSED 127.0.0.1:443"), { color: false }).join("\n");
    expect(backoff).toMatch(/\nRetry {7}yes, with backoff: 1 s, 2 s, 4 s/);
    expect(backoff).toContain("Request id  none: no response came back");
  });

  test("an error not to retry still shows a wait the response named (an anonymous limit's reset)", () => {
    const body = JSON.stringify({ detail: "Rate limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to availability: 1199s." });
    const out = renderExplanation(explain(`HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n\r\n${body}`), { color: false }).join("\n");
    expect(out).toMatch(/\nRetry {7}no: the same call fails the same way \(the response names a wait of\s+1199 s\)/);
    const plain = renderExplanation(explain("HTTP/1.1 400 Bad Request\r\n\r\n"), { color: false }).join("\n");
    expect(plain).toMatch(/\nRetry {7}no: the same call fails the same way {2}\(/);
  });

  test("not an error: one line saying the SDK raises nothing, then the rule", () => {
    const lines = renderExplanation(explain('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"ok":true}'), { color: false });
    expect(lines[0]).toBe("Not an error: the SDK raises nothing for this response.");
    expect(lines.join("\n")).not.toMatch(/What to do|Docs/);
  });

  test("a HAR export lists its failed requests and marks the one read", () => {
    const entry = (url: string, status: number) => ({ request: { method: "GET", url }, response: { status, headers: [], content: { mimeType: "application/json", text: "{}" } } });
    const har = JSON.stringify({ log: { entries: [entry("https://a.example/1", 500), entry("https://a.example/2?access_token=SECRET123", 404), entry("https://a.example/3", 200)] } });
    const out = renderExplanation(explain(har, { entry: 0 }), { color: false }).join("\n");
    expect(out).toMatch(/\nFailed requests \(2\); entry 0 was read, --entry N reads another\n {2}> 0 {2}500 {2}GET https:\/\/a\.example\/1\n {4}1 {2}404 {2}GET https:\/\/a\.example\/2\?access_token=\[masked\]/);
    expect(out).not.toContain("SECRET123");
  });

  test("secrets are masked wherever they show: header values, body, message, URL", () => {
    const text =
      "HTTP/1.1 403 Forbidden\r\nAuthorization: Basic dXNlcjpzZWNyZXQ=\r\nSet-Cookie: sid=COOKIESECRET; Path=/\r\nContent-Type: application/json\r\n\r\n" +
      '{"message":"key sk_live_51HxSECRETSECRET rejected","token":"ghp_SECRETSECRETSECRET","access_token":"ya29.SECRET"}';
    const out = renderExplanation(explain(text, { providerId: "stripe" }), { color: false }).join("\n");
    for (const secret of ["dXNlcjpzZWNyZXQ", "COOKIESECRET", "51HxSECRETSECRET", "ghp_SECRET", "ya29.SECRET"]) expect(out).not.toContain(secret);
    expect(out).toContain("Authorization: Basic [masked]");
    expect(out).toContain("Set-Cookie: [masked]");
    expect(out).toContain("sk_live_[masked]");
  });

  test("control characters from the input never reach the terminal", () => {
    const text = 'HTTP/1.1 500 Internal Server Error\r\nX-Evil: \x1b]0;pwned\x07\r\nContent-Type: text/plain\r\n\r\nboom \x1b[2J done ' + "padding ".repeat(100); // under 1% control characters: text, not binary
    const out = renderExplanation(explain(text), { color: false }).join("\n");
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(out).toContain("\\x1B");
  });

  test("a huge value is cut with the count of what was left out", () => {
    const text = `HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\n${"z".repeat(200_000)}`;
    const lines = renderExplanation(explain(text), { color: false });
    expect(lines.join("\n")).toMatch(/… \(\d+ more\s+characters\)/);
    expect(lines.length).toBeLessThan(80);
  });
});

describe("explanationJson", () => {
  test.each(EXAMPLE_CASES)("example %s: explain() with error as its toJSON()", (_, text, opts) => {
    const x = explain(text, opts);
    const json = JSON.parse(renderJson(x));
    expect(json).toEqual(expected(x));
  });

  test("keys come in a fixed order", () => {
    const json = explanationJson(explain("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"x\"\r\n\r\n", { providerId: "github" }));
    expect(Object.keys(json)).toEqual(["error", "input", "provider", "rule", "trace", "fields", "source", "sourceFromOptions", "challenges"]);
    expect(Object.keys(json.input as object)).toEqual(["format", "status", "statusText", "headers", "body", "responses", "warnings"]);
  });

  test("secrets in headers, body, URL and error are masked", () => {
    const text = 'HTTP/1.1 401 Unauthorized\r\nAuthorization: Bearer SECRETTOKEN\r\nContent-Type: application/json\r\n\r\n{"message":"bad sk_live_51HxSECRETSECRET","refresh_token":"RTSECRET"}';
    const out = renderJson(explain(text, { providerId: "github" }));
    for (const secret of ["SECRETTOKEN", "51HxSECRETSECRET", "RTSECRET"]) expect(out).not.toContain(secret);
    const json = JSON.parse(out);
    expect(json.input.headers[0]).toEqual(["Authorization", "Bearer [masked]"]);
    expect(json.error.responseBody.refresh_token).toBe("[masked]");
  });
});

describe("the command stays out of the browser's import graph", () => {
  /** Every module the SDK's root imports, transitively (static imports of sdk/src). */
  function importGraph(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
        const spec = m[1]!;
        if (!spec.startsWith(".")) {
          seen.add(spec);
          continue;
        }
        visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      }
    };
    visit(entry);
    return seen;
  }

  test("sdk/src/index.ts reaches no file of src/cli/, no guidance prose and no node: module", () => {
    const graph = [...importGraph(join(ROOT, "sdk/src/index.ts"))];
    expect(graph.filter((f) => f.includes("/cli/"))).toEqual([]);
    expect(graph.filter((f) => f.startsWith("node:"))).toEqual([]);
    expect(graph.filter((f) => f.endsWith("/guidance.ts"))).toEqual([]);
  });
});

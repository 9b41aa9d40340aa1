/**
 * The real `alter-sdk` command: `sdk/bin/alter-sdk.mjs` spawned with Node on the built
 * SDK (built first when `sdk/dist/cli/main.js` is missing or older than a source), fed
 * on stdin or a file, as a shell pipeline feeds it.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { spawnSync, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { explain, type MapOptions } from "../../sdk/src/index.js";
import { ACCEPTED_INPUTS } from "../../sdk/src/docs.js";
import { columns } from "../../sdk/src/cli/text.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = join(ROOT, "sdk/bin/alter-sdk.mjs");
const BUILT = join(ROOT, "sdk/dist/cli/main.js");
const NODE = existsSync(join(ROOT, "node_modules/.bin/node")) ? join(ROOT, "node_modules/.bin/node") : process.execPath;
const ANSI = /\x1b\[/;
const TMP = mkdtempSync(join(tmpdir(), "alter-sdk-bin-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

// Each test spawns Node a few times (about 0.2 s each, far more on a loaded machine): no wall-clock budget is asserted.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Whether the build is missing, or older than a source of the SDK (the spawned command runs
 * the build; the answers it is checked against come from the source).
 */
function stale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  const src = join(ROOT, "sdk/src");
  return readdirSync(src, { recursive: true, encoding: "utf8" }).some((f) => statSync(join(src, f)).mtimeMs > built);
}

beforeAll(() => {
  if (stale()) {
    execFileSync("npm", ["run", "build", "-w", "@alter-ai/alter-sdk"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, PATH: `${dirname(NODE)}:${process.env.PATH}` } });
  }
}, 180_000);

/** The environment of a pipeline: no colour variables unless a test sets them. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e = { ...process.env, ...extra };
  for (const key of ["NO_COLOR", "FORCE_COLOR"]) if (!(key in extra)) delete e[key];
  return e;
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node sdk/bin/alter-sdk.mjs ...args` with `input` on stdin (a pipe, ended after it). */
function cli(args: string[], input = "", extra: Record<string, string> = {}): Result {
  const r = spawnSync(NODE, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", env: env(extra), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a file under the test's temporary directory. */
function file(name: string, text: string): string {
  const path = join(TMP, name);
  writeFileSync(path, text);
  return path;
}

/** What `--json` must be for a text without secrets: `explain()` with `error` as its `toJSON()`, through JSON. */
function expectedJson(text: string, opts: MapOptions = {}): unknown {
  const x = explain(text, opts);
  return JSON.parse(JSON.stringify({ ...x, error: x.error ? x.error.toJSON() : null }));
}

/** Every line within 80 columns (all output here is ASCII or one-column characters). */
function expectFits(out: string): void {
  for (const line of out.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
}

const HAR = JSON.stringify(
  {
    log: {
      version: "1.2",
      entries: [
        { request: { method: "GET", url: "https://app.example.com/" }, response: { status: 200, headers: [{ name: "Content-Type", value: "text/html" }], content: { mimeType: "text/html", text: "<html></html>" } } },
        {
          request: { method: "POST", url: "https://api.alterauth.com/v1/grants/gr_9/token" },
          response: {
            status: 401,
            statusText: "Unauthorized",
            headers: [{ name: "Content-Type", value: "application/json" }, { name: "X-Request-Id", value: "req_har_1" }],
            content: { mimeType: "application/json", text: JSON.stringify({ error: { code: "grant_revoked", message: "The user revoked this grant.", details: { grant_id: "gr_9" } } }) },
          },
        },
        { request: { method: "GET", url: "https://app.example.com/favicon.ico" }, response: { status: 404, headers: [], content: { mimeType: "text/html", text: "not found" } } },
      ],
    },
  },
  null,
  2,
);

/** One input per format the SDK reads, with its options, format and class. */
const FORMATS: { name: string; text: string; opts: string[]; mapOpts: MapOptions; format: string; error: string | null }[] = [
  { name: "raw HTTP", text: "HTTP/1.1 401 Unauthorized\r\n\r\n", opts: ["--provider", "github"], mapOpts: { providerId: "github" }, format: "http", error: "ProviderUnauthorizedError" },
  {
    name: "curl -i after a redirect",
    text: "HTTP/1.1 302 Found\r\nLocation: /v2\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Type: application/json\r\n\r\n{\"message\":\"slow down\"}",
    opts: [],
    mapOpts: {},
    format: "curl-i",
    error: "ProviderAPIError",
  },
  {
    name: "curl -v",
    text: [
      "*   Trying 140.82.112.6:443...",
      "* Connected to api.github.com (140.82.112.6) port 443",
      "> GET /user HTTP/2",
      "> Host: api.github.com",
      "> User-Agent: curl/8.5.0",
      ">",
      "< HTTP/2 401",
      "< content-type: application/json; charset=utf-8",
      "< x-github-request-id: C0DE:1234:5678",
      "<",
      '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}',
    ].join("\n"),
    opts: [],
    mapOpts: {},
    format: "curl-v",
    error: "ProviderUnauthorizedError",
  },
  {
    name: "a response object",
    text: JSON.stringify({ status: 409, headers: { "content-type": "application/json" }, body: { error: { code: "token_refresh_in_progress", message: "A refresh is in flight." } } }),
    opts: [],
    mapOpts: {},
    format: "json-wrapper",
    error: "TokenRefreshInProgressError",
  },
  {
    name: "a client's printout (log)",
    text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
    opts: [],
    mapOpts: {},
    format: "log",
    error: "ProviderAPIError",
  },
  { name: "a network failure", text: "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n  [cause]: Error: connect ECONNREFUSED 127.0.0.1:443", opts: [], mapOpts: {}, format: "network-text", error: "NetworkError" },
  { name: "a bare backend envelope", text: '{"error":{"code":"grant_expired","message":"The grant expired.","details":{"grant_id":"gr_1"}}}', opts: [], mapOpts: {}, format: "json-body", error: "GrantExpiredError" },
  { name: "not an error", text: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"ok":true}', opts: [], mapOpts: {}, format: "http", error: null },
];

describe("alter-sdk explain, spawned", () => {
  test("the issue's check: printf 'HTTP/1.1 401 Unauthorized\\r\\n\\r\\n' | alter-sdk explain --provider github", () => {
    const r = cli(["explain", "--provider", "github"], "HTTP/1.1 401 Unauthorized\r\n\r\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^ProviderUnauthorizedError {2}\(ProviderAPIError > AlterSDKError\)\n/);
    expect(r.stdout).toMatch(/\nWhat to do\n {2}1\. /);
    expect(r.stdout).toMatch(/\nRetry {7}no/);
    expect(r.stdout).toMatch(/\nProvider {4}GitHub {2}\(--provider\)/);
    expect(r.stdout).toMatch(/\nDecided by {2}provider\.401/);
    expect(r.stdout).toMatch(/\nDocs {8}https:\/\/docs\.alterauth\.com\/errors\/provider-unauthorized-error\/\n$/);
    expect(r.stdout).not.toMatch(ANSI);
    expectFits(r.stdout);
  });

  test.each(FORMATS)("$name on stdin: exit code, class, format; --json equals explain()", ({ text, opts, mapOpts, format, error }) => {
    const person = cli(["explain", ...opts], text);
    expect(person.status).toBe(error ? 1 : 0);
    expect(person.stderr).toBe("");
    expect(person.stdout.split("\n")[0]).toMatch(error ? new RegExp(`^${error} `) : /^Not an error/);
    expectFits(person.stdout);
    const json = cli(["explain", "--json", ...opts], text);
    expect(json.status).toBe(person.status);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.input.format).toBe(format);
    expect(parsed.error?.name ?? null).toBe(error);
    expect(parsed).toEqual(expectedJson(text, mapOpts));
  });

  // A file is read the same whatever it holds: two formats (CRLF bytes, a printout of one long line), not all eight, each
  // costing two more spawns (the HAR file's own test reads a third).
  test.each(FORMATS.filter((f) => f.name === "raw HTTP" || f.format === "log"))("$name as a file: the same answer as on stdin", ({ name, text, opts }) => {
    const path = file(`${name.replace(/\W+/g, "-")}.txt`, text);
    const fromFile = cli(["explain", path, ...opts]);
    const fromStdin = cli(["explain", ...opts], text);
    expect(fromFile.status).toBe(fromStdin.status);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
  });

  test("a HAR file: the last failed API call by default, --entry picks another; --json equals explain()", () => {
    const path = file("export.har", HAR);
    const picked = cli(["explain", path]);
    expect(picked.status).toBe(1);
    expect(picked.stdout).toMatch(/^GrantRevokedError /);
    expect(picked.stdout).toMatch(/Request id {2}req_har_1/);
    expect(picked.stdout).toMatch(/Failed requests \(2\); entry 1 was read/);
    expect(JSON.parse(cli(["explain", path, "--json"]).stdout)).toEqual(expectedJson(HAR));

    const other = cli(["explain", path, "--entry", "2"]);
    expect(other.status).toBe(1);
    expect(other.stdout).toMatch(/^ProviderAPIError /);
    const json = JSON.parse(cli(["explain", path, "--entry", "2", "--json"]).stdout);
    expect(json.input.entry).toBe(2);
    expect(json).toEqual(expectedJson(HAR, { entry: 2 }));
    expectFits(other.stdout);
  });

  test("--source, --provider and --grant reach the mapping", () => {
    const text = 'HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n{"error":{"code":403,"message":"Request had insufficient authentication scopes.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT"}]}}';
    const opts: MapOptions = { source: "provider", providerId: "google", grantId: "gr_42" };
    const r = cli(["explain", "--source", "provider", "--provider", "google", "--grant", "gr_42", "--json"], text);
    const parsed = JSON.parse(r.stdout);
    expect(parsed).toEqual(expectedJson(text, opts));
    expect(parsed.sourceFromOptions).toBe(true);
    expect(parsed.error.grantId).toBe("gr_42");
    expect(r.status).toBe(1);
  });

  test("a logged error read back: the JSON's error, piped in again, is the same class", () => {
    const first = JSON.parse(cli(["explain", "--json"], '{"error":{"code":"grant_expired","message":"Expired.","details":{"grant_id":"gr_1"}}}').stdout);
    const again = cli(["explain", "--json"], JSON.stringify(first.error));
    expect(again.status).toBe(1);
    const parsed = JSON.parse(again.stdout);
    expect(parsed.input.format).toBe("sdk-error");
    expect(parsed.error.name).toBe("GrantExpiredError");
    expect(parsed.error.grantId).toBe("gr_1");
  });
});

describe("exit codes", () => {
  test("0 not an error, 1 an error, 2 unreadable input with the AlterValueError message on stderr", () => {
    expect(cli(["explain"], "HTTP/1.1 204 No Content\r\n\r\n").status).toBe(0);
    expect(cli(["explain"], "HTTP/1.1 500 Internal Server Error\r\n\r\n").status).toBe(1);
    const bad = cli(["explain"], "this is not a response");
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    let message = "";
    try {
      explain("this is not a response");
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).not.toBe("");
    // Then what it reads, a form to a line (wrapped at 80 columns under its dash), not the message's paragraph.
    const [said, list] = bad.stderr.split("\n\nIt reads:\n");
    expect(said).toBe(`alter-sdk: ${message}`);
    const forms = list!.trimEnd().replace(/\n {4}/g, " ").split("\n");
    expect(forms).toEqual(ACCEPTED_INPUTS.map((form) => `  - ${form}`));
    for (const line of list!.trimEnd().split("\n")) expect(columns(line)).toBeLessThanOrEqual(80);
    // A refusal that says what is missing says only that.
    const bare = cli(["explain"], '{"x": 1}');
    expect([bare.status, bare.stderr]).toEqual([2, expect.stringMatching(/^alter-sdk: This JSON has no status[^\n]*\n$/)]);
  });

  test("a TTY-less, empty stdin (a pipe ended with nothing) ends with exit 2 and the SDK's message", () => {
    const r = spawnSync(NODE, [BIN, "explain"], { cwd: ROOT, input: "", stdio: ["pipe", "pipe", "pipe"], encoding: "utf8", env: env(), timeout: 30_000 });
    expect(r.error).toBeUndefined(); // not killed by the timeout: it did not hang
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^alter-sdk: Nothing to classify: paste a failed response/);
  });

  test("2 for input over 5 MiB, read no further than the limit", () => {
    const r = cli(["explain"], "x".repeat(6 * 1024 * 1024));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/over 5 MiB/);
  });

  test("2 for a usage error, a missing file, a missing HAR entry; 0 for --help and --version", () => {
    const unknown = cli(["explain", "--verbose"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^alter-sdk: Unknown option '--verbose'\nUsage: alter-sdk explain/);
    expect(cli([]).status).toBe(2);
    expect(cli(["explain", join(TMP, "nope.har")]).stderr).toMatch(/cannot read .*nope\.har: no such file/);
    expect(cli(["explain", file("e.har", HAR), "--entry", "7"]).status).toBe(2);
    const help = cli(["--help"]);
    // (Its stderr as the message: one local run under load once got status 1 here, and what the process said is the only clue.)
    expect(help.status, help.stderr).toBe(0);
    expectFits(help.stdout);
    const version = cli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "sdk/package.json"), "utf8")).version}\n`);
  });

  test("a shell script can branch on them", () => {
    const script = `printf 'HTTP/1.1 503 Service Unavailable\\r\\nRetry-After: 5\\r\\n\\r\\n' | "${NODE}" "${BIN}" explain --json > /dev/null; echo "code=$?"`;
    expect(execFileSync("sh", ["-c", script], { encoding: "utf8", env: env() }).trim()).toBe("code=1");
  });
});

describe("colour", () => {
  const text = "HTTP/1.1 401 Unauthorized\r\n\r\n";
  test("none when piped (stdout is not a terminal)", () => {
    expect(cli(["explain", "--provider", "github"], text).stdout).not.toMatch(ANSI);
  });
  test("none under NO_COLOR, even with --json", () => {
    expect(cli(["explain"], text, { NO_COLOR: "1" }).stdout).not.toMatch(ANSI);
    expect(cli(["explain", "--json"], text, { NO_COLOR: "1" }).stdout).not.toMatch(ANSI);
  });
  test("FORCE_COLOR and --color turn it on when piped; --no-color wins over FORCE_COLOR", () => {
    const forced = cli(["explain"], text, { FORCE_COLOR: "1" }).stdout;
    expect(forced).toMatch(ANSI);
    expect(forced).toMatch(/^\x1b\[1;31mProviderAPIError|^\x1b\[1;31mProviderUnauthorizedError/);
    expect(cli(["explain", "--color"], text).stdout).toMatch(ANSI);
    expect(cli(["explain", "--no-color"], text, { FORCE_COLOR: "1" }).stdout).not.toMatch(ANSI);
  });
  test("colour does not change the text, only adds escapes", () => {
    const plain = cli(["explain", "--provider", "github"], text).stdout;
    const forced = cli(["explain", "--provider", "github"], text, { FORCE_COLOR: "1" }).stdout;
    expect(forced.replace(/\x1b\[[\d;]*m/g, "").replace(/`/g, "")).toBe(plain.replace(/`/g, ""));
  });
});

describe("masking", () => {
  const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
  const KEY = "sk_live_51HxLiveKeyABCDEFGHIJKLMNOP";
  const text =
    "HTTP/1.1 401 Unauthorized\r\n" +
    `Authorization: Bearer ${TOKEN}\r\n` +
    "Content-Type: application/json\r\n" +
    "Request-Id: req_mask_1\r\n\r\n" +
    `{"error":{"type":"invalid_request_error","message":"Invalid API Key provided: ${KEY}"}}`;

  test("an Authorization header and an sk_live_ key are masked for a person", () => {
    const r = cli(["explain", "--provider", "stripe"], text);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain(TOKEN);
    expect(r.stdout).not.toContain(TOKEN.slice(0, 20));
    expect(r.stdout).not.toContain(KEY);
    expect(r.stdout).not.toContain("51HxLiveKey");
    expect(r.stdout).toContain("Authorization: Bearer [masked]");
    expect(r.stdout).toContain("sk_live_[masked]");
  });

  test("and in the JSON, everywhere: input headers and body, the error's message, details and response body", () => {
    const r = cli(["explain", "--provider", "stripe", "--json"], text);
    expect(r.stdout).not.toContain(TOKEN.slice(0, 20));
    expect(r.stdout).not.toContain("51HxLiveKey");
    const json = JSON.parse(r.stdout);
    expect(json.input.headers).toContainEqual(["Authorization", "Bearer [masked]"]);
    expect(json.input.body).toContain("sk_live_[masked]");
    expect(JSON.stringify(json.error)).toContain("sk_live_[masked]");
  });

  test("a secret in a HAR's URL and cookies is masked too", () => {
    const har = JSON.stringify({
      log: {
        entries: [
          {
            request: { method: "GET", url: "https://api.example.com/v1/me?access_token=ya29.a0AfH6SMBsecretsecret", cookies: [{ name: "sid", value: "COOKIEVALUE" }] },
            response: { status: 401, headers: [{ name: "Set-Cookie", value: "sid=NEWCOOKIE; HttpOnly" }], content: { mimeType: "application/json", text: "{}" } },
          },
        ],
      },
    });
    for (const args of [["explain"], ["explain", "--json"]]) {
      const out = cli(args, har).stdout;
      expect(out).not.toMatch(/a0AfH6SMB|COOKIEVALUE|NEWCOOKIE/);
    }
  });
});

describe("the launcher", () => {
  test("without a build, it says to build and exits 2", () => {
    const dir = mkdtempSync(join(TMP, "nobuild-"));
    mkdirSync(join(dir, "bin"));
    copyFileSync(BIN, join(dir, "bin/alter-sdk.mjs"));
    const r = spawnSync(NODE, [join(dir, "bin/alter-sdk.mjs"), "explain"], { input: "HTTP/1.1 401 Unauthorized\r\n\r\n", encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("alter-sdk: run `npm run build` first\n");
  });

  test("is executable, starts with a node shebang, and is the package's bin", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, "sdk/package.json"), "utf8"));
    expect(pkg.bin).toEqual({ "alter-sdk": "bin/alter-sdk.mjs" });
  });

  test("a reader that closes early (| head -1) ends it quietly", () => {
    const script = `"${NODE}" "${BIN}" explain "${file("early.har", HAR)}" | head -1`;
    const r = spawnSync("sh", ["-c", script], { encoding: "utf8", env: env() });
    expect(r.stdout).toMatch(/^GrantRevokedError /);
    expect(r.stderr).toBe("");
  });
});

describe("a 5 MiB HAR through the real command", () => {
  test("is read, and the last failed API call classified", () => {
    const entry = (i: number, status: number) => ({
      request: { method: "GET", url: `https://api.example.com/v1/items/${i}` },
      response: { status, headers: [{ name: "Content-Type", value: "application/json" }, { name: "X-Request-Id", value: `req_${i}` }], content: { mimeType: "application/json", text: JSON.stringify({ id: i, filler: "x".repeat(400) }) } },
    });
    const entries: unknown[] = [];
    let size = 0;
    let last = 0;
    for (let i = 0; size < 5 * 1024 * 1024 - 4096; i++) {
      const e = entry(i, i % 97 === 0 ? 404 : 200);
      if (i % 97 === 0) last = i;
      size += JSON.stringify(e).length + 1;
      entries.push(e);
    }
    const text = JSON.stringify({ log: { version: "1.2", entries } });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(5 * 1024 * 1024);
    const path = file("big.har", text);
    const r = cli(["explain", path]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Request id  req_${last}  (header X-Request-Id)`);
    expectFits(r.stdout);
    // The same through stdin.
    const piped = cli(["explain", "--json"], text);
    expect(piped.status).toBe(1);
    expect(JSON.parse(piped.stdout).input.entry).toBe(last);
  });
});

/**
 * `main(argv, io)` of `alter-sdk`, in-process: exit codes, where output goes, stdin that
 * is a terminal, and the cost of a 5 MiB HAR (linear, measured on CPU time).
 */
import { afterAll, describe, expect, test, vi } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { explain } from "../../sdk/src/index.js";
import { main, version, type CliIO } from "../../sdk/src/cli/main.js";
import { expectLinear } from "../support/linear.js";

/** Files the tests write, removed when they end. */
const TMP = mkdtempSync(join(tmpdir(), "alter-cli-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** An io whose streams are strings. */
function io(stdin: CliIO["stdin"], env: Record<string, string> = {}, tty = false) {
  const out = { stdout: "", stderr: "" };
  const value: CliIO = {
    stdin,
    stdout: { write: (t: string) => (out.stdout += t), isTTY: tty, columns: 120 },
    stderr: { write: (t: string) => (out.stderr += t) },
    env,
  };
  return { io: value, out };
}

async function run(argv: string[], stdin: CliIO["stdin"] = "", env: Record<string, string> = {}, tty = false): Promise<Run> {
  const { io: value, out } = io(stdin, env, tty);
  const code = await main(argv, value);
  return { code, ...out };
}

/** A stream as `process.stdin` is one: async iterable chunks. */
function stream(chunks: (string | Uint8Array)[], isTTY = false): CliIO["stdin"] {
  return Object.assign(
    (async function* () {
      for (const c of chunks) yield c;
    })(),
    { isTTY },
  );
}

// The linear-time checks run 5 MiB inputs several times: time is compared as a ratio, never against a budget.
vi.setConfig({ testTimeout: 120_000 });

const UNAUTHORIZED = "HTTP/1.1 401 Unauthorized\r\n\r\n";

describe("main: exit codes", () => {
  test("1 when the input is an error, with the answer on stdout and nothing on stderr", async () => {
    const r = await run(["explain", "--provider", "github"], UNAUTHORIZED);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ProviderUnauthorizedError /);
    expect(r.stderr).toBe("");
  });

  test("0 when it is not an error", async () => {
    const r = await run(["explain"], 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"ok":true}');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Not an error/);
  });

  test("2 for unreadable input, the SDK's AlterValueError message on stderr", async () => {
    const r = await run(["explain"], "hello there");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    let message = "";
    try {
      explain("hello there");
    } catch (err) {
      message = (err as Error).message;
    }
    // Then what it reads, a form to a line (bin.test.ts checks the list whole).
    expect(r.stderr.startsWith(`alter-sdk: ${message}\n\nIt reads:\n  - a raw HTTP response`)).toBe(true);
  });

  test("2 for empty input, with the SDK's message", async () => {
    const r = await run(["explain"], stream([]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^alter-sdk: Nothing to classify/);
  });

  test("2 for a usage error, with the usage", async () => {
    const r = await run(["explain", "--nope"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--nope'\nUsage: alter-sdk explain/);
  });

  test("2 for a file that cannot be read", async () => {
    const r = await run(["explain", "/nonexistent/response.har"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("alter-sdk: cannot read /nonexistent/response.har: no such file\n");
  });

  test("2 for a HAR entry that is not there", async () => {
    const dir = mkdtempSync(join(TMP, "case-"));
    const file = join(dir, "r.har");
    writeFileSync(file, JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://x.example/" }, response: { status: 500, headers: [], content: { text: "" } } }] } }));
    const r = await run(["explain", file, "--entry", "4"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no entry 4/);
  });

  test("--help and --version print on stdout and exit 0", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: alter-sdk explain/);
    const v = await run(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${JSON.parse(readFileSync(new URL("../../sdk/package.json", import.meta.url), "utf8")).version}\n`);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("a --provider the SDK does not know gets a note on stderr, and still an answer", async () => {
    const r = await run(["explain", "--provider", "gihtub"], UNAUTHORIZED);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--provider "gihtub" is not a provider the SDK knows/);
  });
});

describe("main: stdin", () => {
  test("a terminal on stdin with no file: a usage line and exit 2, without reading (no hang)", async () => {
    let read = false;
    const tty = Object.assign(
      {
        [Symbol.asyncIterator]() {
          read = true;
          return { next: () => new Promise<IteratorResult<string>>(() => undefined) }; // would hang forever
        },
      },
      { isTTY: true },
    );
    const r = await run(["explain"], tty);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input\. Pipe a response in, or name a file\.\nUsage: alter-sdk explain/);
    expect(read).toBe(false);
  });

  test("a terminal on stdin does not matter when a file is named", async () => {
    const dir = mkdtempSync(join(TMP, "case-"));
    writeFileSync(join(dir, "r.txt"), UNAUTHORIZED);
    const r = await run(["explain", join(dir, "r.txt")], stream([], true));
    expect(r.code).toBe(1);
  });

  test("stdin in chunks, a multi-byte character split between two of them, is read as UTF-8", async () => {
    const bytes = new TextEncoder().encode('HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nÉchec: 日本');
    const at = bytes.indexOf(0xe6) + 1; // inside 日
    const r = await run(["explain", "--json"], stream([bytes.subarray(0, at), bytes.subarray(at)]));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).input.body).toBe("Échec: 日本");
  });

  test("`-` reads stdin", async () => {
    const r = await run(["explain", "-", "--provider", "github"], stream([UNAUTHORIZED]));
    expect(r.code).toBe(1);
  });

  test("stdin over 5 MiB stops being read at the limit, and is the SDK's size error", async () => {
    let chunks = 0;
    const big = Object.assign(
      (async function* () {
        for (;;) {
          chunks++;
          yield "x".repeat(1 << 20);
        }
      })(),
      { isTTY: false },
    );
    const r = await run(["explain"], big);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/over 5 MiB/);
    expect(chunks).toBeLessThanOrEqual(7);
  });
});

describe("main: colour", () => {
  test("a terminal gets colour; NO_COLOR takes it away; FORCE_COLOR and --color give it when piped", async () => {
    const ansi = /\x1b\[/;
    expect((await run(["explain"], UNAUTHORIZED, {}, true)).stdout).toMatch(ansi);
    expect((await run(["explain"], UNAUTHORIZED, { NO_COLOR: "1" }, true)).stdout).not.toMatch(ansi);
    expect((await run(["explain"], UNAUTHORIZED, {}, false)).stdout).not.toMatch(ansi);
    expect((await run(["explain"], UNAUTHORIZED, { FORCE_COLOR: "1" }, false)).stdout).toMatch(ansi);
    expect((await run(["explain", "--color"], UNAUTHORIZED, {}, false)).stdout).toMatch(ansi);
    expect((await run(["explain", "--no-color"], UNAUTHORIZED, {}, true)).stdout).not.toMatch(ansi);
    expect((await run(["explain", "--json"], UNAUTHORIZED, {}, true)).stdout).not.toMatch(ansi);
  });
});

describe("main: a 5 MiB HAR", () => {
  /** A devtools export of `budget` characters at most: pages and API calls, one in 97 failing. */
  const entry = (i: number, status: number) => ({
    startedDateTime: "2026-01-01T00:00:00.000Z",
    request: { method: "GET", url: `https://api.example.com/v1/items/${i}`, headers: [{ name: "Authorization", value: `Bearer tok_${i}_SECRET` }] },
    response: {
      status,
      headers: [{ name: "Content-Type", value: "application/json" }, { name: "X-Request-Id", value: `req_${i}` }],
      content: { mimeType: "application/json", text: JSON.stringify({ id: i, filler: "x".repeat(400) }) },
    },
  });
  const har = (budget: number) => {
    const entries: unknown[] = [];
    let size = 0;
    for (let i = 0; size < budget - 1200; i++) {
      const e = entry(i, i % 97 === 0 ? 404 : 200);
      size += JSON.stringify(e).length + 1;
      entries.push(e);
    }
    return { entries, text: JSON.stringify({ log: { version: "1.2", entries } }) };
  };

  test("runs within the call (no await before the work when the input is at hand), reads the last failed call", async () => {
    const { entries, text } = har(5 * 1024 * 1024 - 4096);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(5 * 1024 * 1024);
    const { io: value, out } = io(text);
    const pending = main(["explain"], value);
    expect(out.stdout).not.toBe(""); // written before the promise was awaited
    expect(await pending).toBe(1);
    const last = [...entries.keys()].filter((k) => k % 97 === 0).at(-1)!;
    expect(out.stdout).toContain(`Request id  req_${last}  (header X-Request-Id)`);
    expect(out.stdout).not.toContain("SECRET");
  });

  test("costs time linear in the size, for a person and for --json (CPU-time ratio, no clock budget)", () => {
    const sink = { write: () => true };
    const call = (argv: string[]) => (t: string) => main(argv, { stdin: t, stdout: sink, stderr: sink, env: {} });
    // 640 KiB and 5 MiB: the library's own 5 MiB case, through the command.
    expectLinear((n) => har(n).text, call(["explain"]), { small: 640 * 1024, label: "alter-sdk explain, 5 MiB HAR" });
    expectLinear((n) => har(n).text, call(["explain", "--json"]), { small: 640 * 1024, label: "alter-sdk explain --json, 5 MiB HAR" });
  });

  test("a long line of one token costs linear time too (wrapping, masking, cutting)", () => {
    const sink = { write: () => true };
    const make = (n: number) => `HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nX-Long: ${"a".repeat(n)}\r\n\r\n${"b".repeat(n)}`;
    expectLinear(make, (t) => main(["explain"], { stdin: t, stdout: sink, stderr: sink, env: {} }), { label: "one long token" });
  });
});

describe("main: stderr", () => {
  test("an unreadable input's message is masked when it quotes the input", async () => {
    const text = "Authorization: Bearer SECRETTOKEN123 sk_live_51HxSECRETSECRETSECRET and nothing else";
    const r = await run(["explain"], text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^alter-sdk: /);
    expect(r.stderr).not.toMatch(/SECRETTOKEN123|51HxSECRET/);
  });
});

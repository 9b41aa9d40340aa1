// The classifier page in headless Chromium: the time from input to rendered result, for an
// ordinary response (target: within one 16 ms frame) and for a 5 MiB HAR (target: 200 ms).
// Assumes the site is built in dist/ (`npm run build`); serves it with `astro preview` on a
// free port, and stops it. Run by `npm run bench`, or alone: `node bench/browser.mjs`.
//
// What is timed, inside the page with performance.now(): setting the textarea's value,
// the `change` event on which the element classifies and renders synchronously (the
// debounce is for typing, and is not counted), and a forced style and layout of the page,
// so that the result is rendered, not just built. Median of several runs, after a warm-up.
import { chromium } from "@playwright/test";
import { launchOptions } from "../scripts/chromium.mjs";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { EXAMPLES, classify } from "@alter-ai/alter-sdk/docs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FRAME_MS = 16;
const HAR_TARGET_MS = 200;
const HAR_BYTES = 5 * 1024 * 1024;

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `astro preview` of dist/ on `port`, with the Node that runs this script; resolves once it answers. */
async function preview(port) {
  const child = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}/classify/`;
  for (const started = Date.now(); Date.now() - started < 30_000; ) {
    if (child.exitCode !== null) throw new Error(`astro preview exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`astro preview did not answer within 30 s:\n${output}`);
}

/** A HAR of successful calls and one failure last, just under `bytes` of UTF-8. */
function bigHar(bytes) {
  const entry = (i, status, text) => ({
    startedDateTime: "2025-01-14T09:12:44.000Z",
    time: 42,
    request: { method: "GET", url: `https://www.googleapis.com/drive/v3/files?page=${i}`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }], queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
    response: {
      status,
      statusText: status === 200 ? "OK" : "Forbidden",
      httpVersion: "HTTP/2",
      headers: [
        { name: "content-type", value: "application/json; charset=UTF-8" },
        ...(status === 403 ? [{ name: "www-authenticate", value: 'Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/drive"' }] : []),
      ],
      cookies: [],
      content: { size: text.length, mimeType: "application/json", text },
      redirectURL: "",
      headersSize: -1,
      bodySize: text.length,
    },
    cache: {},
    timings: { send: 0, wait: 40, receive: 2 },
  });
  const files = JSON.stringify({ files: Array.from({ length: 20 }, (_, k) => ({ kind: "drive#file", id: `1a2b3c4d5e6f${k}`, name: `Quarterly report ${k}.pdf`, mimeType: "application/pdf" })) });
  const failure = entry(0, 403, JSON.stringify({ error: { code: 403, message: "Request had insufficient authentication scopes.", status: "PERMISSION_DENIED" } }));
  const build = (n) =>
    JSON.stringify(
      { log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, pages: [], entries: [...Array.from({ length: n }, (_, i) => entry(i + 1, 200, files)), failure] } },
      null,
      2,
    );
  const perEntry = Buffer.byteLength(build(11)) - Buffer.byteLength(build(10));
  let n = Math.floor(bytes / perEntry);
  let text = build(n);
  while (Buffer.byteLength(text) > bytes) text = build((n -= Math.ceil((Buffer.byteLength(text) - bytes) / perEntry)));
  return { text, entries: n + 1 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times `runs` classifications of each text in the page (after one warm-up of each); the median. */
async function timeInPage(page, texts, runs) {
  const times = await page.evaluate(
    ({ texts, runs }) => {
      const el = document.querySelector("alter-classifier");
      const box = el.querySelector("textarea");
      const once = (text) => {
        const start = performance.now();
        box.value = text;
        box.dispatchEvent(new Event("change", { bubbles: true }));
        void document.body.offsetHeight; // style and layout: the result is on the page
        return performance.now() - start;
      };
      const out = [];
      for (const text of texts) once(text);
      for (let r = 0; r < runs; r++) for (const text of texts) out.push(once(text));
      return out;
    },
    { texts, runs },
  );
  return median(times);
}

if (!existsSync(`${ROOT}dist/classify/index.html`)) {
  console.log("browser bench skipped: build the site first (npm run build)");
} else {
  const port = await freePort();
  const server = await preview(port);
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => customElements.get("alter-classifier") !== undefined);

    const ordinary = EXAMPLES.filter((e) => /^HTTP\/[\d.]+ \d{3}/.test(e.text) && !e.opts).slice(0, 6).map((e) => e.text);
    const small = await timeInPage(page, ordinary, 20);
    const avgBytes = Math.round(ordinary.reduce((n, t) => n + t.length, 0) / ordinary.length);
    const shown = await page.locator('[data-result="class"]').textContent();
    if (shown !== classify(ordinary.at(-1))?.name) throw new Error(`the page shows ${shown}, the SDK says ${classify(ordinary.at(-1))?.name}`);
    console.log(
      `classifier page, ordinary response (${ordinary.length} raw HTTP examples, ~${avgBytes} B): median ${small.toFixed(2)} ms input to rendered result ` +
        `(target < ${FRAME_MS} ms: ${small < FRAME_MS ? "ok" : "OVER"})`,
    );

    const har = bigHar(HAR_BYTES);
    const large = await timeInPage(page, [har.text], 5);
    const harShown = await page.locator('[data-result="class"]').textContent();
    if (harShown !== "ScopeReauthRequiredError") throw new Error(`the 5 MiB HAR shows ${harShown}`);
    console.log(
      `classifier page, ${(Buffer.byteLength(har.text) / 1048576).toFixed(2)} MiB HAR (${har.entries} entries, the last one a 403): ` +
        `median ${large.toFixed(1)} ms input to rendered result (target < ${HAR_TARGET_MS} ms: ${large < HAR_TARGET_MS ? "ok" : "OVER"})`,
    );
  } finally {
    await browser.close();
    server.child.kill();
  }
}

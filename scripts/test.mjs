// @ts-check
// `npm test`: builds the SDK and the site, type-checks everything, runs the unit tests and
// the browser tests, and goes on after a failure: every stage runs, whatever another one
// did (the browser tests need the built site, so they wait for it). It ends with a table of
// the stages and one line, `<n> passed, <m> failed`, naming the stages that failed; the exit
// status is 1 when any did.
//
// After the build, the type check, the unit tests and the browser tests run at the same
// time (on two cores that is minutes faster than one after the other: each leaves a core
// idle part of the time); each one's output is printed whole when it ends, and kept in
// .cache/npm-test/<stage>.log. `npm test -- --serial` runs them one after the other instead,
// their output as it comes; `npm test -- --only=types,unit` runs only the stages named
// (sdk, site, types, unit, e2e; the browser tests then use the dist/ already built).
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOGS = join(ROOT, ".cache", "npm-test");
const SERIAL = process.argv.includes("--serial");
const STAGES = ["sdk", "site", "types", "unit", "e2e"];
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const ONLY = onlyArg ? onlyArg.slice("--only=".length).split(",").filter(Boolean) : STAGES;
for (const name of ONLY) {
  if (!STAGES.includes(name)) {
    console.error(`npm test: no stage "${name}" (the stages: ${STAGES.join(", ")})`);
    process.exit(2);
  }
}
/** A stage still running after this long is stopped: it hangs. */
const STAGE_LIMIT_MS = 60 * 60_000;

/**
 * @typedef {object} Result
 * @property {boolean} ok
 * @property {string} detail - What the stage found, for the table ("3171 passed", "2 type errors").
 * @property {number} [passed]
 * @property {number} [failed]
 * @property {number} [skipped]
 */
/**
 * @typedef {object} Stage
 * @property {string} name
 * @property {string} what - What runs, for the table.
 * @property {string[]} npm - `npm run` arguments.
 * @property {(output: string, code: number | null) => Result} read - Reads the result from the exit code and output (or a report file).
 */

/** Child processes, by process group, to stop if this run is interrupted. */
const running = new Set();
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  // The pinned Node and the project's tools first, also when this file is run without npm.
  PATH: [join(ROOT, "node_modules", ".bin"), process.env.PATH].join(delimiter),
  // Output is captured: keep the colors the terminal would have shown.
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: "1" } : {}),
};

/**
 * Runs `npm run --silent <args>` in its own process group, its output (stdout and stderr
 * together) into the stage's log file, and to this process's stdout as it comes when `live`.
 *
 * @param {string} name
 * @param {string[]} args
 * @param {boolean} live
 * @returns {Promise<{ code: number | null, output: string, ms: number }>}
 */
function run(name, args, live) {
  const started = Date.now();
  const log = createWriteStream(join(LOGS, `${name}.log`));
  const child = spawn("npm", ["run", "--silent", ...args], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  /** @param {Buffer} chunk */
  const take = (chunk) => {
    output += chunk;
    log.write(chunk);
    if (live) process.stdout.write(chunk);
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  const limit = setTimeout(() => {
    take(Buffer.from(`\nnpm test: ${name} still running after ${STAGE_LIMIT_MS / 60_000} minutes: stopped\n`));
    stop(child);
  }, STAGE_LIMIT_MS);
  return new Promise((resolve) => {
    child.on("error", (err) => take(Buffer.from(`npm test: could not start ${name}: ${err.message}\n`)));
    child.on("close", (code) => {
      clearTimeout(limit);
      running.delete(child);
      log.end();
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

/** @param {import("node:child_process").ChildProcess} child */
function stop(child) {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    for (const child of running) stop(child);
    process.exit(130);
  });
}

/** @param {string} text */
const plain = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** @param {number} n @param {string} one @param {string} [many] */
const count = (n, one, many = one + "s") => `${n} ${n === 1 ? one : many}`;

/**
 * Type errors a checker printed (`file:line:col - error`, `file(line,col): error TS…`), by
 * top folder.
 *
 * @param {string} output
 */
function typeErrors(output) {
  /** @type {Map<string, number>} */
  const byFolder = new Map();
  for (const line of plain(output).split("\n")) {
    const m = /^([^\s:(]+)(?::\d+:\d+ - error|\(\d+,\d+\): error) /.exec(line);
    if (!m) continue;
    const folder = m[1].split("/")[0];
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
  }
  const total = [...byFolder.values()].reduce((a, b) => a + b, 0);
  const where = [...byFolder].map(([f, n]) => `${f}/ ${n}`).join(", ");
  return { total, text: total ? `${count(total, "type error")} (${where})` : "" };
}

const UNIT_REPORT = join(LOGS, "unit.json");
const E2E_REPORT = join(LOGS, "e2e.json");

/** @type {Stage} */
const sdk = {
  name: "sdk",
  what: "SDK: tsc, type-check and build",
  npm: ["build:sdk"],
  read: (output, code) => {
    const errors = typeErrors(output);
    return { ok: code === 0, detail: code === 0 ? "built, no type error" : errors.text || `failed (exit ${code})` };
  },
};
/** @type {Stage} */
const site = {
  name: "site",
  what: "site: astro build",
  npm: ["build:site"],
  read: (output, code) => {
    const pages = /(\d+) page\(s\) built/.exec(plain(output));
    return { ok: code === 0, detail: code === 0 ? `built${pages ? `, ${pages[1]} pages` : ""}` : `failed (exit ${code})` };
  },
};
/** @param {boolean} synced - The site's build ran `astro sync` already. */
const types = (synced) => /** @type {Stage} */ ({
  name: "types",
  what: "types: astro check (src/ with .astro, tests/, bench/, scripts/)",
  npm: ["typecheck:site", ...(synced ? ["--", "--noSync"] : [])],
  read: (output, code) => {
    const errors = typeErrors(output);
    const files = /Result \((\d+) files?\)/.exec(plain(output));
    if (code === 0) return { ok: true, detail: `no type error${files ? ` in ${files[1]} files` : ""}` };
    return { ok: false, detail: errors.text || `failed (exit ${code})` };
  },
});
/** @type {Stage} */
const unit = {
  name: "unit",
  what: "unit: vitest",
  npm: ["test:unit", "--", "--reporter=default", "--reporter=json", `--outputFile.json=${UNIT_REPORT}`],
  read: (_output, code) => {
    const r = readJson(UNIT_REPORT);
    if (!r) return { ok: false, detail: `no report (exit ${code})`, failed: 1 };
    // A file that fails before its tests run (an import error) counts as one failure.
    const brokenFiles = (r.testResults ?? []).filter((/** @type {any} */ f) => f.status === "failed" && !(f.assertionResults ?? []).some((/** @type {any} */ a) => a.status === "failed")).length;
    const failed = r.numFailedTests + brokenFiles;
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    const detail =
      [`${r.numPassedTests} passed`, failed && `${failed} failed`, skipped && `${skipped} skipped`].filter(Boolean).join(", ") +
      (brokenFiles ? ` (${count(brokenFiles, "file")} did not load)` : "");
    return { ok: code === 0 && failed === 0, detail: code !== 0 && failed === 0 ? `${detail}; exit ${code}` : detail, passed: r.numPassedTests, failed, skipped };
  },
};
/** @type {Stage} */
const e2e = {
  name: "e2e",
  what: "e2e: playwright (Chromium, the built site)",
  npm: ["test:e2e", "--", "--reporter=list,json"],
  read: (_output, code) => {
    const r = readJson(E2E_REPORT);
    if (!r?.stats) return { ok: false, detail: `no report (exit ${code})`, failed: 1 };
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = r.stats;
    // Errors outside any test (the web server did not start, a spec did not load).
    const errors = (r.errors ?? []).length;
    const failed = unexpected + errors;
    const detail = [`${expected + flaky} passed`, failed && `${failed} failed`, flaky && `${flaky} flaky`, skipped && `${skipped} skipped`, errors && `${count(errors, "error")} outside tests`].filter(Boolean).join(", ");
    return { ok: code === 0 && failed === 0, detail, passed: expected + flaky, failed, skipped };
  },
};
// Playwright's JSON reporter writes where this says.
env.PLAYWRIGHT_JSON_OUTPUT_FILE = E2E_REPORT;

/**
 * CPU seconds of this process's finished children and theirs (Linux: /proc/self/stat), or 0.
 * On an idle machine the run takes at least this divided by the number of cores.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    // Fields 16 and 17 of stat (cutime, cstime), counted from field 3 after the name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** @param {number} ms */
const seconds = (ms) => (ms < 60_000 ? `${Math.round(ms / 1000)}s` : `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, "0")}s`);

/** @type {{ stage: Stage, result: Result, ms: number }[]} */
const done = [];

/**
 * Runs a stage and records its result; `live` streams its output, else it is printed
 * whole at the end, under a header.
 *
 * @param {Stage} stage
 * @param {boolean} live
 */
async function runStage(stage, live) {
  if (live) console.log(`\n── ${stage.what} ──`);
  const { code, output, ms } = await run(stage.name, stage.npm, live);
  const result = stage.read(output, code);
  if (!live) {
    console.log(`\n── ${stage.what} ──`);
    process.stdout.write(output.endsWith("\n") || output === "" ? output : output + "\n");
  }
  console.log(`── ${stage.name}: ${result.ok ? "ok" : "FAILED"}, ${result.detail} (${seconds(ms)}${result.ok ? "" : `; log: ${relative(ROOT, join(LOGS, `${stage.name}.log`))}`}) ──`);
  done.push({ stage, result, ms });
  return result;
}

const started = Date.now();
rmSync(LOGS, { recursive: true, force: true });
mkdirSync(LOGS, { recursive: true });
console.log(
  ONLY === STAGES
    ? `npm test: the SDK and the site are built, then the type check, the unit tests and the browser tests run${SERIAL ? " one after the other" : " at the same time (each one's output when it ends)"}; every stage runs whatever another did.`
    : `npm test: only ${ONLY.join(", ")}`,
);

if (ONLY.includes("sdk")) await runStage(sdk, true);
const siteBuilt = ONLY.includes("site") ? (await runStage(site, true)).ok : undefined;

/** @type {Stage[]} */
const rest = [types(siteBuilt === true), unit].filter((s) => ONLY.includes(s.name));
// When the site's build failed there is nothing to browse (an older dist/ would be tested
// instead): the browser tests are reported as failed, not run.
const browse = ONLY.includes("e2e") && (siteBuilt ?? existsSync(join(ROOT, "dist", "index.html")));

if (SERIAL) {
  for (const stage of rest) await runStage(stage, true);
  if (browse) await runStage(e2e, true);
} else {
  const names = [...rest.map((s) => s.name), ...(browse ? [e2e.name] : [])];
  console.log(`\nnpm test: running ${names.join(", ")} (output as each ends)`);
  const t0 = Date.now();
  const heartbeat = setInterval(() => {
    const left = names.filter((n) => !done.some((d) => d.stage.name === n));
    console.log(`npm test: ${seconds(Date.now() - t0)}, still running: ${left.join(", ")}`);
  }, 60_000);
  await Promise.all([...rest, ...(browse ? [e2e] : [])].map((s) => runStage(s, false)));
  clearInterval(heartbeat);
}
if (ONLY.includes("e2e") && !browse) {
  done.push({ stage: e2e, result: { ok: false, detail: siteBuilt === false ? "not run: the site did not build" : "not run: no dist/ (npm run build)", failed: 0 }, ms: 0 });
}

// The table, in the stages' order, then the one line.
const order = [sdk.name, site.name, "types", unit.name, e2e.name];
done.sort((a, b) => order.indexOf(a.stage.name) - order.indexOf(b.stage.name));
console.log("\nnpm test: summary");
for (const { stage, result, ms } of done) {
  console.log(`  ${result.ok ? "ok    " : "FAILED"}  ${stage.name.padEnd(5)}  ${result.detail}${ms ? `  (${seconds(ms)})` : ""}`);
}
const passed = done.reduce((n, d) => n + (d.result.passed ?? 0), 0);
const failed = done.reduce((n, d) => n + (d.result.failed ?? 0), 0);
const skipped = done.reduce((n, d) => n + (d.result.skipped ?? 0), 0);
const failedStages = done.filter((d) => !d.result.ok);
const cpu = childCpuSeconds();
console.log(`  total   ${seconds(Date.now() - started)}${cpu ? ` (CPU ${seconds(cpu * 1000)})` : ""}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}` + (failedStages.length ? `; failed stages: ${failedStages.map((d) => d.stage.name).join(", ")}` : ""));
process.exitCode = failedStages.length ? 1 : 0;

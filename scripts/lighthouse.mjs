// Lighthouse on the built site: serves dist/ with `astro preview`, runs the `lighthouse` CLI
// (Debian's Chromium, headless) on a page, and prints the four category scores.
// `npm run lighthouse [-- /errors/some-error/ ...]`; exits non-zero when a score is under
// --min (default 0: report only). Each page runs --runs times (default 3) and the median
// counts: a busy machine makes single performance scores noisy.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startPreview } from "./preview.mjs";
import { QUIET_FLAGS, SYSTEM_CHROMIUM } from "./chromium.mjs";

const args = process.argv.slice(2);
const minArg = args.indexOf("--min");
const min = minArg >= 0 ? Number(args.splice(minArg, 2)[1]) : 0;
const runsArg = args.indexOf("--runs");
const runs = runsArg >= 0 ? Number(args.splice(runsArg, 2)[1]) : 3;
const paths = args.length ? args : ["/errors/insufficient-scope-error/"];
/** @param {number[]} xs */
const median = (xs) => /** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", ...QUIET_FLAGS].join(" ");

const preview = await startPreview();
const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
let failed = false;
try {
  for (const path of paths) {
    /** @type {any[]} Lighthouse's JSON reports */
    const reports = [];
    for (let run = 0; run < runs; run++) reports.push(await lighthouse(preview.url + path, join(dir, `report-${run}.json`)));
    const titles = Object.values(reports[0].categories).map((c) => c.title);
    const scores = titles.map((t) => [t, median(reports.map((r) => score(r, t)))]);
    console.log(`${path}: ${scores.map(([t, s]) => `${t} ${s}`).join(", ")} (median of ${runs}; runs: ${reports.map((r) => titles.map((t) => score(r, t)).join("/")).join(", ")})`);
    for (const [, s] of scores) if (s < min) failed = true;
    const report = reports.find((r) => titles.every((t, i) => score(r, t) === scores[i][1])) ?? reports[0];
    for (const audit of Object.values(report.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "notApplicable") {
        console.log(`  - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      }
    }
  }
} finally {
  preview.stop();
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error(`A score is under ${min}.`);
  process.exit(1);
}

/**
 * A category's score, 0 to 100.
 *
 * @param {any} report - Lighthouse's JSON report.
 * @param {string} title - The category's title.
 * @returns {number}
 */
function score(report, title) {
  return Math.round(Object.values(report.categories).find((c) => c.title === title).score * 100);
}

/**
 * Runs the Lighthouse CLI on `url`; its JSON report.
 *
 * @param {string} url
 * @param {string} out - Where the report is written.
 * @returns {Promise<any>}
 */
async function lighthouse(url, out) {
  // process.execPath: the pinned Node runs the CLI (plain `node` on PATH may be older).
  await promisify(execFile)(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? SYSTEM_CHROMIUM }, maxBuffer: 64 << 20 },
  );
  return JSON.parse(readFileSync(out, "utf8"));
}

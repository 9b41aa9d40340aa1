// `npm run bench`: the mapper's cost as a ratio to JSON.parse of the same bodies, measured
// in the same run, then (when the site is built) the classifier page in headless Chromium.
import { classify, errorFromResponse, parseResponse } from "@alter-ai/alter-sdk/docs";
import { existsSync } from "node:fs";
import { CORPUS } from "./corpus.mjs";

/**
 * Median ns per call of `fn`, over `rounds` rounds of enough calls to last ~20 ms each.
 *
 * @param {() => void} fn
 */
function measure(fn, rounds = 15) {
  let n = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - t > 20) break;
    n *= 2;
  }
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    samples.push(((performance.now() - t) * 1e6) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

let sink = 0;
/** @type {Record<string, number>} */
const ratios = {};
for (const entry of CORPUS) {
  const expected = classify(entry.text, entry.opts)?.name;
  if (!expected) throw new Error(`bench corpus entry ${entry.name} does not classify`);
  // Interleave so that both see the same machine state.
  const parse = [], map = [];
  for (let k = 0; k < 3; k++) {
    parse.push(measure(() => { sink += JSON.parse(entry.body) ? 1 : 0; }));
    map.push(measure(() => { sink += classify(entry.text, entry.opts) ? 1 : 0; }));
  }
  const p = Math.min(...parse), m = Math.min(...map);
  ratios[entry.name] = m / p;
  console.log(
    `${entry.label.padEnd(48)} ${(entry.body.length / 1024).toFixed(1).padStart(6)} KB  classify ${fmt(m)}  JSON.parse ${fmt(p)}  ratio ${(m / p).toFixed(2)}x  -> ${expected}`,
  );
}
// For comparison: the same small response through errorFromResponse, whose errors keep
// V8's stack trace (classify's describe pasted text and carry none).
{
  const small = /** @type {(typeof CORPUS)[number]} */ (CORPUS.find((e) => e.name === "small"));
  const p = parseResponse(small.text);
  const res = { status: p.status, headers: p.headers, body: p.body };
  const withStack = measure(() => { sink += errorFromResponse(res) ? 1 : 0; });
  const parse = measure(() => { sink += JSON.parse(small.body) ? 1 : 0; });
  console.log(`errorFromResponse of the small envelope, with a stack trace: ${fmt(withStack)} (${(withStack / parse).toFixed(2)}x JSON.parse)`);
}
if (sink < 0) console.log(sink);

/** @param {number} ns */
function fmt(ns) {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms`.padStart(10) : `${(ns / 1e3).toFixed(2)} µs`.padStart(10);
}

await import("./hostile.mjs");

if (existsSync(new URL("./browser.mjs", import.meta.url)) && existsSync("dist/classify/index.html")) {
  await import("./browser.mjs");
} else {
  console.log("browser bench skipped: build the site first (npm run build)");
}

// Last, as promised: the ratio of the mapper to reading the body once.
console.log(`classify/JSON.parse: small ${ratios.small.toFixed(2)}x, large ${ratios.large.toFixed(2)}x`);

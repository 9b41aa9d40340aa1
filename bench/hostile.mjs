// The attack run's hostile shapes at 5 MiB (issue 13): each is classified once per round,
// and the median of 5 rounds is printed, beside JSON.parse of 5 MiB of ordinary JSON for
// scale. "Well under a second" is the promise; the tests check each is linear (counted
// CPU-time ratios), never a wall-clock limit.
import { classify } from "@alter-ai/alter-sdk";
import { HOSTILE_SHAPES } from "../tests/support/hostile-shapes.ts";

const SIZE = 5 * 1024 * 1024 - 1024;

/** @param {() => void} fn @returns {number} median ms of 5 runs */
function median5(fn) {
  const times = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2];
}

/** @param {() => unknown} fn */
function outcome(fn) {
  try {
    const err = /** @type {Error | null} */ (fn());
    return err ? err.name : "not an error";
  } catch (err) {
    return /** @type {Error} */ (err).name;
  }
}

const ordinary = JSON.stringify(Array.from({ length: SIZE / 40 }, (_, i) => ({ id: i, name: `item ${i}` })));
console.log(`\n5 MiB hostile inputs (median of 5), against JSON.parse of 5 MiB of ordinary JSON: ${median5(() => JSON.parse(ordinary)).toFixed(0)} ms`);
let worst = 0;
for (const [what, make] of HOSTILE_SHAPES) {
  // Whole (a cut JSON would be another input): the largest that stays under the 5 MiB limit.
  let text = make(SIZE);
  for (let n = SIZE; text.length > SIZE; n = Math.floor(n * 0.97)) text = make(n);
  let result = "";
  const ms = median5(() => { result = outcome(() => classify(text)); });
  worst = Math.max(worst, ms);
  console.log(`${what.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms  -> ${result}`);
  // The same, cut off at 5 MiB as a paste that lost its end (a cut JSON is read differently).
  const cut = make(SIZE + 4096).slice(0, SIZE);
  const cutMs = median5(() => { result = outcome(() => classify(cut)); });
  worst = Math.max(worst, cutMs);
  console.log(`${(what + ", cut off").padEnd(50)} ${cutMs.toFixed(0).padStart(6)} ms  -> ${result}`);
}
console.log(`slowest 5 MiB hostile input: ${worst.toFixed(0)} ms`);

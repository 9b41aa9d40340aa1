/**
 * Linear time, checked without a wall-clock budget: the same work is timed on an input and
 * on one eight times its size, each the best of several interleaved runs after a garbage
 * collection, and the ratio of the two must stay far below what a quadratic cost gives
 * (64): under 24, which leaves room for what a growing heap adds to linear work (a linear
 * cost measures 8 to 14). Time is this process's CPU time, so other work on the machine
 * is not billed to it, and a ratio holds where an absolute time limit would not.
 */
import { expect } from "vitest";

/** V8's collector, exposed by `--expose-gc` (vitest.config.ts): a collection before each run keeps one size's garbage from being billed to the other. */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * One timing of `f` on `input`, in ms of this process's CPU time (not the clock: the time
 * other processes take the CPU is not counted), after a collection.
 */
function time(f: (input: string) => unknown, input: string, collect: boolean): number {
  if (collect) gc();
  const t0 = process.cpuUsage();
  f(input);
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

/** How much larger the second input is. */
const FACTOR = 8;
/** The ratio of times that fails: far below quadratic (64), well above linear (8). */
const LIMIT = 24;

/**
 * Asserts that `f` costs time linear in the size of what `make` builds: `make(n)` should
 * give an input of about `n` characters. The sizes default to 128 KiB and 1 MiB.
 * `collect: false` skips the collection before each run, for work that makes little
 * garbage (a regex match): a full collection costs more than the run, hundreds of times.
 */
export function expectLinear(
  make: (n: number) => string,
  f: (input: string) => unknown,
  { small = 128 * 1024, runs = 4, label = "", collect = true } = {},
): void {
  const a = make(small);
  const b = make(small * FACTOR);
  f(a); // warm up: the first runs compile
  f(b);
  let ta = Infinity;
  let tb = Infinity;
  // Interleaved, best of each: a pause of the machine hits one run, not one size.
  for (let i = 0; i < runs; i++) {
    ta = Math.min(ta, time(f, a, collect));
    tb = Math.min(tb, time(f, b, collect));
  }
  ta = Math.max(ta, 0.5); // under half a millisecond, timer noise dominates
  expect(tb / ta, `${label}: ${tb.toFixed(1)} ms on ${b.length} chars vs ${ta.toFixed(1)} ms on ${a.length} (ratio ${(tb / ta).toFixed(1)}; ${FACTOR} is linear, ${FACTOR * FACTOR} quadratic)`).toBeLessThan(LIMIT);
}

/** `unit` repeated to about `n` characters. */
export function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
}

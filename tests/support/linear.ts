/**
 * Linear time, checked without a wall-clock budget: the same work is timed on an input and
 * on one four times its size, each the best of several runs, and the ratio of the two must
 * stay far below what a quadratic cost gives (16). A busy machine slows both sizes alike,
 * so the ratio holds where an absolute time limit would not.
 */
import { expect } from "vitest";

/** Best of `runs` timings of `f` on `input`, in ms. */
function best(f: (input: string) => unknown, input: string, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(input);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/**
 * Asserts that `f` costs time linear in the size of what `make` builds: `make(n)` should
 * give an input of about `n` characters. The sizes default to 256 KiB and 1 MiB.
 */
export function expectLinear(make: (n: number) => string, f: (input: string) => unknown, { small = 256 * 1024, runs = 3, label = "" } = {}): void {
  const a = make(small);
  const b = make(small * 4);
  f(a); // warm up: the first run compiles
  const ta = Math.max(best(f, a, runs), 0.5); // under half a millisecond, timer noise dominates
  const tb = best(f, b, runs);
  expect(tb / ta, `${label}: ${tb.toFixed(1)} ms on ${b.length} chars vs ${ta.toFixed(1)} ms on ${a.length} (ratio ${(tb / ta).toFixed(1)}; 4 is linear, 16 quadratic)`).toBeLessThan(9);
}

/** `unit` repeated to about `n` characters. */
export function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
}

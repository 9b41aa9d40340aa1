/**
 * Linear time, checked without a wall-clock budget: the same work is timed on an input and
 * on ones two, four and eight times its size, each the best of several interleaved runs
 * after a garbage collection. A quadratic cost fails two tests at once: each doubling
 * costs about 4x (the median of the three ratios reaches 3), and the largest input costs
 * about 64x the smallest (24 or more). Linear work passes when either holds: it measures
 * about 2 and 8.
 *
 * Why two tests, where each alone failed linear work on a busy machine: V8 has cliffs,
 * sizes at which the same linear work becomes several times dearer (an array that leaves
 * the young generation, a string past the size a regex runs fast on: a linear header
 * parser measured 9 ms on 2 MiB, 90 ms on 4 MiB, 179 ms on 8 MiB), which push the end-to-end
 * ratio past 24 while leaving the median doubling at 2; and a machine running two suites
 * pauses runs of one size, which pushes a doubling ratio up (7.0, 0.8, 3.5: median 3.5)
 * while the end-to-end ratio stays 19. Time is this process's CPU time, so other work on
 * the machine is not billed to it, and a ratio holds where an absolute time limit would not.
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

/** The sizes timed, as multiples of the smallest. */
const SCALES = [1, 2, 4, 8];
/** The median doubling ratio that fails: well above linear (2), below quadratic (4). */
const DOUBLING_LIMIT = 3;
/** The ratio of the largest to the smallest that fails: well above linear (8), far below quadratic (64). */
const END_TO_END_LIMIT = 24;
/** Under a millisecond, the timer's grain and the scheduler dominate: shorter runs count as this long. */
const FLOOR_MS = 1;

/**
 * Asserts that `f` costs time linear in the size of what `make` builds: `make(n)` should
 * give an input of about `n` characters. The sizes default to 128 KiB to 1 MiB, the best of two runs a size (four until session 50:
 * fewer runs never make a quadratic cost look linear, only linear work look quadratic now and then, which the second look, four
 * more runs, measures again; the checks on the default were a fifth of the unit stage's CPU, and CI's margin under its 10 minutes
 * under a minute).
 * `collect: false` skips the collection before each run, for work that makes little
 * garbage (a regex match): a full collection costs more than the run, hundreds of times.
 */
export function expectLinear(
  make: (n: number) => string,
  f: (input: string) => unknown,
  { small = 128 * 1024, runs = 2, label = "", collect = true } = {},
): void {
  const inputs = SCALES.map((k) => make(small * k));
  // Warm up on the smallest: the first run compiles, whatever its size. (A larger input's first run may also flatten the string
  // `repeat` built; the best of the interleaved runs below leaves that out, and it is linear anyway.) Warming on every size cost a
  // third of the adversarial suite's time, half the unit stage's.
  f(inputs[0]!);
  // Interleaved, best of each: a pause of the machine hits one run, not one size.
  const measure = (n: number) => {
    const best = inputs.map(() => Infinity);
    for (let r = 0; r < n; r++) inputs.forEach((input, i) => (best[i] = Math.min(best[i]!, time(f, input, collect))));
    return best;
  };
  const { best, ratios, endToEnd, quadratic } = withSecondLook(measure, runs);
  const timings = inputs.map((input, i) => `${best[i]!.toFixed(1)} ms on ${input.length}`).join(", ");
  expect(
    quadratic,
    `${label}: ${timings} chars (doubling ratios ${ratios.map((x) => x.toFixed(1)).join(", ")}, 2 is linear and 4 quadratic; ` +
      `end to end ${endToEnd.toFixed(1)}, 8 is linear and 64 quadratic)`,
  ).toBe(false);
}

/**
 * The verdict on the best of `runs` runs a size, and when that says quadratic, on the best of twice as many more: a busy machine
 * once slowed the runs of one hostile input in CI enough to fail it (December 2026, unit and e2e stages side by side on 2 cores),
 * while a quadratic cost stays quadratic however often it is measured. Linear work pays for the second look only when the first
 * was unlucky.
 */
export function withSecondLook(
  measure: (runs: number) => readonly number[],
  runs: number,
): { best: number[]; ratios: number[]; median: number; endToEnd: number; quadratic: boolean } {
  const first = [...measure(runs)];
  const verdict = judge(first);
  if (!verdict.quadratic) return { best: first, ...verdict };
  const again = measure(runs * 2);
  const best = first.map((t, i) => Math.min(t, again[i]!));
  return { best, ...judge(best) };
}

/**
 * The verdict on the best times of the sizes (each twice the one before): quadratic when the median doubling reaches
 * {@link DOUBLING_LIMIT} and the largest costs {@link END_TO_END_LIMIT} times the smallest; a time under {@link FLOOR_MS} counts as it.
 */
export function judge(best: readonly number[]): { ratios: number[]; median: number; endToEnd: number; quadratic: boolean } {
  const ms = best.map((t) => Math.max(t, FLOOR_MS));
  const ratios = ms.slice(1).map((t, i) => t / ms[i]!);
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
  const endToEnd = ms.at(-1)! / ms[0]!;
  return { ratios, median, endToEnd, quadratic: median >= DOUBLING_LIMIT && endToEnd >= END_TO_END_LIMIT };
}

/** `unit` repeated to about `n` characters. */
export function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
}

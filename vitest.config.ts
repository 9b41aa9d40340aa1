import { defineConfig } from "vitest/config";

/** The two files that hold the hostile inputs' linear-time checks (tests/support/adversarial-inputs.ts), a half each. */
const HOSTILE = ["tests/sdk/parse.test.ts", "tests/sdk/parse-adversarial.test.ts"];
/** One small file per provider, each a few quick tests of its signals. */
const PROVIDERS = ["tests/sdk/providers/*.test.ts"];

export default defineConfig({
  test: {
    // (The files each project runs are its own: `include` and `exclude` set here too would be added to each project's.)
    // tests/support/linear.ts collects garbage before each timed run (so that one size's garbage is not billed to the other).
    execArgv: ["--expose-gc"],
    // Each test file in a fresh worker, so that no file sees another's module state: chosen,
    // not defaulted (Vitest then stops suggesting `isolate: false` to save the start-ups).
    isolate: true,
    // Both cores, not Vitest's default of one fewer than the machine has: on two cores that default ran the unit files one at a
    // time, beside the browser tests, and the test command took 9m59s of its 10 (session 43). The timed tests measure CPU time,
    // not the clock, so a second worker on the same cores is not billed to them.
    maxWorkers: 2,
    // Limits on the clock, sized for a busy two-core machine running the browser tests (or a
    // second suite) at the same time: they catch a hang, not slowness. What a test asserts
    // about speed it measures itself, in CPU time (tests/support/linear.ts).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Three projects, for the order the files start in and for one start-up cost. Vitest starts the files of projects in the
    // order of their names (all on the same two workers), and within one the largest file first when it has no timings of an
    // earlier run, as on a fresh clone. By size, the odd half of the hostile inputs (a 10-line file that runs 437 linear-time
    // checks, a quarter of the stage's CPU) started last and ran alone for its 28 s while the other core idled (CI, session 49):
    // "hostile" runs both halves first, side by side. The fifty provider files ran last anyway; each paid a fresh worker's import
    // of the SDK (half of their 56 CPU seconds): "providers" runs them in shared workers, which their tests allow (each calls
    // `explain` on its own text; the SDK keeps no state a call changes).
    projects: [
      { extends: true, test: { name: "hostile", include: HOSTILE } },
      { extends: true, test: { name: "main", include: ["tests/**/*.test.ts"], exclude: ["tests/e2e/**", "node_modules/**", ...HOSTILE, ...PROVIDERS] } },
      { extends: true, test: { name: "providers", include: PROVIDERS, isolate: false } },
    ],
  },
});

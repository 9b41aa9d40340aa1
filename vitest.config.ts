import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // tests/support/linear.ts collects garbage before each timed run (so that one size's garbage is not billed to the other).
    execArgv: ["--expose-gc"],
    exclude: ["tests/e2e/**", "node_modules/**"],
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
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // tests/support/linear.ts collects garbage before each timed run (so that one size's garbage is not billed to the other).
    execArgv: ["--expose-gc"],
    exclude: ["tests/e2e/**", "node_modules/**"],
  },
});

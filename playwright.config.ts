import { defineConfig, devices } from "@playwright/test";
// Debian's Chromium when installed, else Playwright's own: see scripts/chromium.mjs.
import { launchOptions } from "./scripts/chromium.mjs";

/**
 * The built site is served on a port of its own: never 4321 (the dev server of the README's
 * first command), and never by a server that was already running. Astro's preview server is
 * asked for 4399 and moves up to the next free port when that one is taken (another test
 * run, another preview); the port it reports is the one tested. Playwright stores the
 * captured `e2e_port` in `process.env.E2E_PORT` before it starts the workers, which read
 * this file again and so aim `baseURL` at that server.
 */
const PREFERRED_PORT = 4399;
const PORT = Number(process.env.E2E_PORT ?? PREFERRED_PORT);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  // Timeouts sized for a busy two-core machine (the suite may share it with another run):
  // every wait is on a condition, so a generous limit costs nothing when things are fast.
  // An axe scan adds its own time to its test (tests/e2e/pages/doc-page.ts).
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    trace: "off",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  // The built site (npm test builds it first), served by Astro's static preview server.
  webServer: {
    // --ignore-lock: Astro 7 tracks one preview server per project (and backgrounds it when it
    // detects an agent); a test run must start its own, whatever else is running.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PREFERRED_PORT}`,
    // Ready when Astro prints where it listens: the port it bound, which no other server has.
    wait: { stdout: /Local\s+http:\/\/127\.0\.0\.1:(?<e2e_port>\d+)\// },
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});

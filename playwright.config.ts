import { defineConfig, devices } from "@playwright/test";
// Debian's Chromium when installed, else Playwright's own: see scripts/chromium.mjs.
import { launchOptions } from "./scripts/chromium.mjs";

const PORT = 4321;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: "off",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  // The built site (npm test builds it first), served by Astro's static preview server.
  webServer: {
    // --ignore-lock: Astro 7 tracks one preview server per project (and backgrounds it when it
    // detects an agent); a test run must start its own, whatever else is running.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

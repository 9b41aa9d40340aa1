// How every browser of this project is launched (Playwright's tests, the bench, the
// screenshots): Debian's Chromium when it is installed, since Playwright cannot download
// its own browsers on this network, with the flags that keep it from reaching out at
// start; otherwise Playwright's own browser, for a user who ran `npx playwright install`.
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Flags that stop Chromium's own background traffic (refused here, and noise anywhere). */
export const QUIET_FLAGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Playwright `launchOptions`. */
export const launchOptions = existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: QUIET_FLAGS } : {};

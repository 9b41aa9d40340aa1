/**
 * The rest of the generated and hand-written pages: no serious or critical axe violation and
 * no console error, in the dark theme (the pages of each type audited in both themes and at
 * both widths are in screens.spec.ts; /providers/ and a provider's page, in both themes and on
 * a phone, in providers.spec.ts: its 6,000 elements take axe 11 s a theme).
 */
import { expect, test } from "@playwright/test";
import { DocPage } from "./pages/doc-page";

const PAGES = [
  "/",
  "/errors/re-auth-required-error/",
  "/errors/approval-timeout-error/",
  "/reference/rules/",
  "/reference/types/",
  "/reference/functions/",
  "/reference/functions/classify/",
  "/scopes/",
  "/guides/retries-and-backoff/",
  "/guides/wire-format/",
  "/guides/cli/",
  "/classify/examples/",
];

for (const path of PAGES) {
  test(`${path} has no serious accessibility violation and no console error`, async ({ page }) => {
    const p = new DocPage(page);
    await p.goto(path, "dark");
    expect(await p.seriousViolations()).toEqual([]);
    expect(p.errors).toEqual([]);
  });
}

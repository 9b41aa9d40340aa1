/**
 * The Content-Security-Policy (src/integrations/csp.mjs): every page carries it, at the
 * top of <head>, and no page breaks it: no `securitypolicyviolation` event, no console
 * error, on the site's main kinds of page, with the classifier working and search used.
 */
import { expect, test, type Page } from "@playwright/test";
import { EXAMPLES } from "@alter-ai/alter-sdk/docs";
import { ClassifierPage } from "./pages/classifier-page";
import { sharePath } from "../../src/classifier/share";

type Recorded = { violations: string[] };

/** Records violations from the first script on, and console errors. */
async function watch(page: Page): Promise<{ consoleErrors: string[]; violations: () => Promise<string[]> }> {
  await page.addInitScript(() => {
    const w = window as unknown as Recorded;
    w.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}: ${e.sample}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => consoleErrors.push(err.message));
  return { consoleErrors, violations: () => page.evaluate(() => (window as unknown as Recorded).violations) };
}

const PAGES = ["/", "/classify/examples/", "/errors/", "/errors/grant-expired-error/", "/errors/insufficient-scope-error/", "/reference/codes/", "/reference/rules/", "/404.html"];

for (const path of PAGES) {
  test(`${path} keeps its policy: no violation, no console error`, async ({ page }) => {
    const w = await watch(page);
    const response = await page.goto(path);
    test.skip(path !== "/404.html" && response?.status() === 404, `${path} is not built yet`);
    const meta = page.locator('head > meta[http-equiv="content-security-policy"]');
    await expect(meta).toHaveCount(1);
    const policy = (await meta.getAttribute("content")) ?? "";
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The policy governs everything after it: it must come before the first script.
    expect(await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.getAttribute("http-equiv"))).toBe(
      "content-security-policy",
    );
    await page.waitForLoadState("networkidle");
    expect(await w.violations()).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
}

test("/classify/ keeps its policy while classifying, sharing, and searching", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const w = await watch(page);
  const ex = EXAMPLES.find((e) => e.error === "ScopeReauthRequiredError")!;
  const c = new ClassifierPage(page);
  await c.open(sharePath({ text: ex.text, ...ex.opts }).replace("/classify/", ""));
  await expect(c.resultClass).toHaveText(ex.error);
  for (const other of EXAMPLES.slice(0, 5)) await c.classify(other.text, other.opts);
  await c.shareButton.click();
  await expect(c.shareLink).toBeVisible();
  await c.classifier.getByRole("button", { name: "Copy", exact: true }).click();

  // Pagefind: its script, its WebAssembly and its index, under the same policy.
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.type("GrantExpiredError");
  await expect(dialog.getByRole("link").first()).toBeVisible();

  expect(await w.violations()).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
});

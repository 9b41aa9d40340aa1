/**
 * The docs site in a browser: the tree by mouse and keyboard, an error page's content,
 * Pagefind search, and the code table's anchors (accessibility: screens.spec.ts).
 */
import { expect, test } from "@playwright/test";
import { CODES, ERROR_NAMES, errorPath } from "@alter-ai/alter-sdk/docs";
import { TreePage } from "./pages/tree-page";
import { ErrorPage } from "./pages/error-page";
import { DocPage } from "./pages/doc-page";
import { SearchDialog } from "./pages/search";

test.describe("the error tree", () => {
  test("links every class to its page", async ({ page }) => {
    const tree = new TreePage(page);
    await tree.open();
    for (const name of ERROR_NAMES) await expect(tree.classLink(name)).toHaveAttribute("href", errorPath(name));
    await tree.classLink("GrantExpiredError").click();
    await expect(page).toHaveURL(/\/errors\/grant-expired-error\/$/);
  });

  test("works by keyboard: Tab reaches a summary, Enter and Space toggle it, links stay reachable", async ({ page }) => {
    const tree = new TreePage(page);
    await tree.open();
    await tree.classLink("ReAuthRequiredError").focus();
    await page.keyboard.press("Tab");
    await expect(tree.subclassToggle("ReAuthRequiredError")).toBeFocused();
    const details = tree.disclosure("ReAuthRequiredError");
    await expect(details).toHaveAttribute("open", "");
    await page.keyboard.press("Enter");
    await expect(details).not.toHaveAttribute("open");
    await expect(tree.classLink("GrantExpiredError")).toBeHidden();
    await page.keyboard.press(" ");
    await expect(details).toHaveAttribute("open", "");
    await page.keyboard.press("Tab");
    await expect(tree.classLink("GrantExpiredError")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/errors\/grant-expired-error\/$/);
  });
});

test.describe("an error page", () => {
  test("shows its chain, its fields and its examples", async ({ page }) => {
    const p = new ErrorPage(page);
    await p.open("/errors/insufficient-scope-error/");
    await expect(p.title).toHaveText("InsufficientScopeError");
    await expect(p.chain).toHaveText(/InsufficientScopeError\s*→.*BackendError\s*→.*AlterSDKError/);
    await expect(p.chain.getByRole("link", { name: "BackendError" })).toHaveAttribute("href", "/errors/backend-error/");

    const own = p.fieldTable("Declared by InsufficientScopeError");
    await expect(p.fieldRow(own, "scopeVersionMismatch")).toContainText("scope_version_mismatch");
    await expect(p.fieldRow(own, "scopeVersionMismatch")).toContainText("boolean");
    await expect(p.fieldRow(p.fieldTable("Inherited from AlterSDKError"), "requestId")).toContainText("request_id");

    await expect(p.heading("Example responses")).toBeVisible();
    await expect(p.classifierLinks.first()).toHaveAttribute("href", /^\/classify\/#r=[A-Za-z0-9_-]+$/);
    await expect(p.main.getByRole("link", { name: "insufficient_scope" }).first()).toHaveAttribute("href", "/reference/codes/#insufficient_scope");

    await p.catchTab("Python").click();
    await expect(p.main.getByRole("tabpanel")).toContainText("except InsufficientScopeError as err:");
  });

  test("of a class no rule produces shows its subclasses' examples", async ({ page }) => {
    const p = new ErrorPage(page);
    await p.open("/errors/re-auth-required-error/");
    await expect(p.main.getByText(/No response maps to ReAuthRequiredError itself/)).toBeVisible();
    await expect(p.classifierLinks.first()).toBeVisible();
  });
});

test.describe("search", () => {
  for (const [query, page] of [
    ["insufficient_scope", /\/reference\/codes\/|\/errors\/insufficient-scope-error\//],
    ["scopeVersionMismatch", /\/errors\/insufficient-scope-error\//],
    ["GrantExpiredError", /\/errors\/grant-expired-error\//],
  ] as const) {
    test(`finds ${query}`, async ({ page: browser }) => {
      const search = new SearchDialog(browser);
      await browser.goto("/");
      await search.search(query);
      await expect(search.results.first()).toBeVisible();
      const hrefs = await search.results.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.some((h) => page.test(h)), hrefs.join("\n")).toBe(true);
    });
  }

  test("ranks an error class's page first for \"rate limit\", above function, rule and provider pages", async ({ page: browser }) => {
    const search = new SearchDialog(browser);
    await browser.goto("/");
    await search.search("rate limit");
    await expect(search.firstResult).toHaveAttribute("href", /^\/errors\/[a-z-]+\/$/);
  });
});

// Accessibility (axe) of the tree, an error page and the codes page, in both themes and at both
// widths: tests/e2e/screens.spec.ts.

test("the code table has an anchor per code", async ({ page }) => {
  const p = new DocPage(page);
  await p.goto("/reference/codes/#insufficient_scope");
  await expect(page.locator("#insufficient_scope")).toBeInViewport();
  expect(await page.locator("tr[id]").count()).toBe(CODES.length);
});

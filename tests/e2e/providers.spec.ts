/**
 * The provider pages in a browser: nothing wider than the screen at 1280 and 390 px (the
 * table becomes cards on a phone), no serious axe violation in either theme, search finds
 * a provider by name and a signal by its code, and an example opens in the classifier with
 * its signal's class.
 */
import { expect, test } from "@playwright/test";
import { PROVIDERS } from "@alter-ai/alter-sdk/docs";
import { ProviderPage } from "./pages/provider-page";
import { SearchDialog } from "./pages/search";
import type { Theme } from "./pages/doc-page";

const PAGES = [undefined, "google", "aws", "slack", "hubspot"] as const;

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const id of PAGES) {
      test(`${id ? `/providers/${id}/` : "/providers/"} has nothing wider than the screen`, async ({ page }) => {
        const p = new ProviderPage(page);
        await p.open(id);
        const { scrollWidth, clientWidth, offenders } = await p.overflow();
        expect(offenders).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      });
    }
  });
}

test.describe("the table", () => {
  test("has a row per provider, each linking its page", async ({ page }) => {
    const p = new ProviderPage(page);
    await p.open();
    await expect(p.rows).toHaveCount(PROVIDERS.length);
    for (const entry of PROVIDERS) await expect(p.row(entry.id).getByRole("link", { name: entry.name, exact: true })).toHaveAttribute("href", `/providers/${entry.id}/`);
  });

  test("is one card per provider on a phone, every answer in view", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const p = new ProviderPage(page);
    await p.open();
    const card = p.row("google");
    await expect(card).toHaveCSS("display", "block");
    await card.scrollIntoViewIfNeeded();
    for (const label of ["Missing scope", "Credential rejected", "Rate limited", "Request id"]) await expect(card.getByText(label, { exact: true })).toBeVisible();
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});

for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`${theme} theme`, () => {
    for (const id of [undefined, "google"] as const) {
      test(`${id ? `/providers/${id}/` : "/providers/"}: no serious or critical axe violation, no console error`, async ({ page }) => {
        const p = new ProviderPage(page);
        await p.open(id, theme);
        expect(await p.seriousViolations()).toEqual([]);
        expect(p.errors).toEqual([]);
      });
    }
  });
}

test("/providers/ on a phone: no serious or critical axe violation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const p = new ProviderPage(page);
  await p.open(undefined, "dark");
  expect(await p.seriousViolations()).toEqual([]);
});

test.describe("search", () => {
  for (const [query, path] of [
    ["ACCESS_TOKEN_SCOPE_INSUFFICIENT", "/providers/google/"],
    ["HubSpot", "/providers/hubspot/"],
    ["Jira", "/providers/atlassian/"],
  ] as const) {
    test(`"${query}" finds ${path}`, async ({ page }) => {
      const search = new SearchDialog(page);
      await page.goto("/");
      await search.search(query);
      await expect(search.results.first()).toBeVisible();
      await expect.poll(async () => (await search.results.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).some((h) => h.split("#")[0] === path)).toBe(true);
    });
  }

  test("an error class's page still comes before the provider pages that name it", async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto("/");
    await search.search("ScopeReauthRequiredError");
    await expect(search.results.first()).toHaveAttribute("href", "/errors/scope-reauth-required-error/");
  });
});

test.describe("an example opens in the classifier", () => {
  const google = PROVIDERS.find((p) => p.id === "google")!;
  const cases = [
    ...google.signals.map((s) => ["google", s] as const),
    ...["quirk.slack.missing-scope", "quirk.slack.ok"].map((id) => ["slack", PROVIDERS.find((p) => p.id === "slack")!.signals.find((s) => s.id === id)!] as const),
    ...["provider.aws.throttling"].map((id) => ["aws", PROVIDERS.find((p) => p.id === "aws")!.signals.find((s) => s.id === id)!] as const),
  ];
  for (const [provider, signal] of cases) {
    test(`${signal.id}: with its class`, async ({ page }) => {
      const p = new ProviderPage(page);
      await p.open(provider);
      await p.classifierLinks(signal.id).first().click();
      await expect(page).toHaveURL(/\/classify\/#r=/);
      const result = page.getByRole("region", { name: "Result" });
      if (signal.error === null) await expect(result.getByText("Not an error", { exact: true })).toBeVisible();
      else await expect(result.locator('[data-result="class"]')).toHaveText(signal.error);
      await expect(page.getByRole("combobox", { name: /Provider id/ })).toHaveValue(provider);
    });
  }
});

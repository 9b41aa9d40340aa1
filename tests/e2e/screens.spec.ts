/**
 * The pages on every screen: at a phone's 390 px nothing but a scroll container that shows it
 * scrolls is wider than the viewport, no table column starts off-screen, no code block is cut,
 * and identifiers break only between their words; and axe finds no serious or critical
 * violation on each page type, in both themes, at both widths. Counted quantities only.
 */
import { expect, test } from "@playwright/test";
import { existsSync } from "node:fs";
import { CODES } from "@alter-ai/alter-sdk/docs";
import { DocPage, type Theme } from "./pages/doc-page";
import { Layout } from "./pages/layout";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const TREE = "/errors/";
const ERROR_PAGE = "/errors/scope-reauth-required-error/";
const CODES_PAGE = "/reference/codes/";
const SCOPE_PAGE = "/scopes/subagents-write/";
const GUIDE = "/guides/catching-by-action/";
const FUNCTION_PAGE = "/reference/functions/backoff-delay/";
// A provider page belongs to another part of the site: checked once it is built.
const PROVIDER_PAGE = existsSync(new URL("../../dist/providers/github/index.html", import.meta.url)) ? ["/providers/github/"] : [];

/** The pages above that hold tables (their cells must be measured, not skipped). */
const WITH_TABLES = [ERROR_PAGE, CODES_PAGE, SCOPE_PAGE, GUIDE, FUNCTION_PAGE];

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: PHONE });

  for (const path of [TREE, ERROR_PAGE, CODES_PAGE, SCOPE_PAGE, GUIDE, FUNCTION_PAGE, ...PROVIDER_PAGE]) {
    test(`${path}: nothing wider than the screen, no column off-screen, no code block cut, no word broken`, async ({ page }) => {
      const p = new DocPage(page);
      await p.goto(path);
      const layout = new Layout(page);
      const o = await layout.overflow();
      expect(o.outside, "wider than the viewport, outside any scroll container").toEqual([]);
      expect(o.silentScrollers, "scroll containers that do not show they scroll").toEqual([]);
      expect(o.cellsOffscreen, "table cells starting beyond the right edge").toEqual([]);
      expect(o.cellsSpilling, "table cells whose content spills out").toEqual([]);
      expect(o.codeBlocksCut, "code blocks wider than their box").toEqual([]);
      expect(o.pageScrollsSideways).toBe(false);
      if (WITH_TABLES.includes(path)) expect(o.cells, "table cells measured").toBeGreaterThan(0);
      const b = await layout.identifierBreaks();
      if (!PROVIDER_PAGE.includes(path)) expect(b.measured, "identifiers measured").toBeGreaterThan(0);
      expect(b.breakAnywhere, "identifiers the browser may break anywhere").toEqual([]);
      expect(b.midWord, "identifiers broken inside a word").toEqual([]);
    });
  }

  test("the code table is one card per code, every cell on screen", async ({ page }) => {
    const p = new DocPage(page);
    await p.goto(CODES_PAGE);
    const o = await new Layout(page).overflow();
    // Every code's row shows its four cells (the column headers are hidden, read as each card's labels).
    expect(o.cells).toBe(CODES.length * 4);
    expect(o.cellsOffscreen).toEqual([]);
  });

  test("a field table shows documentation_url whole, breakable after its `_`", async ({ page }) => {
    const p = new DocPage(page);
    await p.goto("/errors/insufficient-scope-error/");
    const key = p.main.locator('tr[data-field="documentationUrl"] td[data-label="Wire / Python key"] code.ident');
    await expect(key).toHaveText("documentation_url");
    expect(await key.locator("wbr").count()).toBe(1);
    await key.scrollIntoViewIfNeeded();
    const box = (await key.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  });

  test("the sidebar's long class names break only between their words", async ({ page }) => {
    const p = new DocPage(page);
    await p.goto("/errors/restricted-grant-requires-proxy-error/");
    const sidebar = await p.openMenu();
    const label = sidebar.locator(".ident-label").filter({ hasText: "RestrictedGrantRequiresProxyError" });
    await expect(label).toBeVisible();
    // Restricted|Grant|Requires|Proxy|Error: four break opportunities, none inside a word.
    expect(await label.locator("wbr").count()).toBe(4);
    const b = await new Layout(page).identifierBreaks();
    expect(b.measured).toBeGreaterThan(1);
    expect(b.breakAnywhere).toEqual([]);
    expect(b.midWord).toEqual([]);
  });
});

test.describe("on a wide screen (1280 px)", () => {
  test.use({ viewport: DESKTOP });

  for (const path of ["/errors/insufficient-scope-error/", ERROR_PAGE, CODES_PAGE, FUNCTION_PAGE]) {
    test(`${path}: every table cell holds its content`, async ({ page }) => {
      const p = new DocPage(page);
      await p.goto(path);
      const o = await new Layout(page).overflow();
      expect(o.cells).toBeGreaterThan(0);
      expect(o.cellsSpilling, "table cells whose content spills out").toEqual([]);
    });
  }
});

const AUDITED = [TREE, ERROR_PAGE, CODES_PAGE, SCOPE_PAGE, GUIDE, FUNCTION_PAGE];

for (const [width, viewport] of [["1280", DESKTOP], ["390", PHONE]] as const) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport });
    for (const path of AUDITED) {
      test(`${path}: no serious or critical violation, light theme then dark`, async ({ page }) => {
        const p = new DocPage(page);
        for (const theme of ["light", "dark"] as Theme[]) {
          // The second theme is switched in place, as Starlight's theme picker does: no second load.
          if (theme === "light") await p.goto(path, theme);
          else await p.switchTheme(theme);
          expect(await p.seriousViolations(), `${theme} theme`).toEqual([]);
        }
        expect(p.errors).toEqual([]);
      });
    }
  });
}

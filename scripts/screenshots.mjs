// Screenshots of the built site (served by `astro preview`) in light and dark themes, for a
// human to look at: `node scripts/screenshots.mjs [outDir] [path...]`. Uses Debian's Chromium
// when present, like playwright.config.ts.
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";
import { mkdirSync } from "node:fs";
import { startPreview } from "./preview.mjs";

const out = process.argv[2] ?? "/tmp/shots";
const paths = process.argv.slice(3);
if (paths.length === 0) paths.push("/errors/", "/errors/insufficient-scope-error/", "/reference/codes/", "/");
mkdirSync(out, { recursive: true });

const preview = await startPreview();
const browser = await chromium.launch(launchOptions);
try {
  for (const theme of /** @type {const} */ (["light", "dark"])) {
    /** @type {[string, { width: number, height: number }][]} */
    const viewports = [["desktop", { width: 1280, height: 900 }], ["mobile", { width: 390, height: 844 }]];
    for (const [label, viewport] of viewports) {
      const context = await browser.newContext({ viewport, colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(preview.url + path);
        // A classifier link carries the whole response: its name keeps the start (file names have a length limit).
        const base = `${path.replace(/\W+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "home"}-${paths.indexOf(path)}-${theme}-${label}`;
        // Full pages are too tall to look at: slices of one and a half screens each.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = Math.round(viewport.height * 1.5);
        for (let y = 0, i = 0; y < height && i < 8; y += slice, i++) {
          const file = `${out}/${base}-${i}.png`;
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: viewport.width, height: Math.min(slice, height - y) } });
          console.log(file);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  preview.stop();
}

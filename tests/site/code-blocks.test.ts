/**
 * Every highlighted code block of the built site wraps its long lines: one that scrolled
 * sideways would be a region the keyboard cannot reach (axe's scrollable-region-focusable),
 * on pages the browser tests do not all visit.
 */
import { expect, test } from "vitest";
import { distFiles, page } from "./dist";

test("every code block on every page wraps instead of scrolling", () => {
  let blocks = 0;
  const scrolling: string[] = [];
  for (const file of distFiles().filter((f) => f.endsWith(".html"))) {
    for (const [pre] of page(file).matchAll(/<pre[^>]*\sdata-language=[^>]*>/g)) {
      blocks++;
      if (!/\sclass="[^"]*\bwrap\b/.test(pre)) scrolling.push(`${file}: ${pre}`);
    }
  }
  console.log(`code blocks: ${blocks}, all wrapping: ${scrolling.length === 0}`);
  expect(blocks).toBeGreaterThan(46); // at least a catch example per error page
  expect(scrolling).toEqual([]);
});

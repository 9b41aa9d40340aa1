import { describe, expect, test } from "vitest";
import * as root from "../../sdk/src/index.js";
import { ERROR_NAMES, GUIDANCE } from "../../sdk/src/docs.js";

describe("GUIDANCE", () => {
  test("every class has an action of one sentence and at least one recovery step", () => {
    for (const name of ERROR_NAMES) {
      const g = GUIDANCE[name];
      expect(g.action.trim(), name).toMatch(/[.!]$/);
      expect(g.recovery.length, name).toBeGreaterThan(0);
    }
  });

  test("a call the guidance names is one this package exports (the Functions reference documents it)", () => {
    for (const name of ERROR_NAMES) {
      const g = GUIDANCE[name];
      for (const text of [g.action, ...g.recovery]) {
        for (const [, call] of text.matchAll(/`([A-Za-z_$][\w$.]*)\(/g)) {
          expect(call! in root, `${name}: "${text}" names ${call}()`).toBe(true);
        }
      }
    }
  });
});

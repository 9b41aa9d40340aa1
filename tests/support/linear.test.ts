import { describe, expect, test } from "vitest";
import { expectLinear, repeat } from "./linear.js";

describe("expectLinear", () => {
  test("passes a linear scan", () => {
    expectLinear((n) => repeat("ab", n), (t) => /c/.exec(t), { small: 64 * 1024 });
  });

  test("passes a linear scan that turns ten times dearer past one size (a cliff, as V8 has)", () => {
    const small = 1024 * 1024; // large enough that every size runs over a millisecond
    const scan = (t: string) => {
      let seen = 0;
      for (let pass = t.length > 3 * small ? 10 : 1; pass > 0; pass--) for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 0x63) seen++;
      return seen;
    };
    expectLinear((n) => repeat("ab", n), scan, { small, collect: false });
  });

  test("passes linear work some of whose sizes a busy machine slowed (doublings 7, 0.9, 3.3; end to end 20)", () => {
    const small = 1024 * 1024; // large enough that every size runs over a millisecond
    // Passes over the text per size, as a run of another suite would stretch them: 2, 7, 3, 5.
    const passes = new Map([[small, 2], [2 * small, 7], [4 * small, 3], [8 * small, 5]]);
    const scan = (t: string) => {
      let seen = 0;
      for (let pass = passes.get(t.length) ?? 1; pass > 0; pass--) for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 0x63) seen++;
      return seen;
    };
    expectLinear((n) => "ab".repeat(n / 2), scan, { small, collect: false });
  });

  test("fails a quadratic one", () => {
    // Looking for a missing "b" from every position scans the rest of the text each time.
    const quadratic = (t: string) => {
      let seen = 0;
      for (let i = 0; i < t.length; i++) for (let j = i; j < t.length; j++) if (t.charCodeAt(j) === 0x62) seen++;
      return seen;
    };
    expect(() => expectLinear((n) => repeat("a", n), quadratic, { small: 3 * 1024, runs: 2 })).toThrow(/doubling ratios .* end to end/);
  });

  test("fails a backtracking regex, run as the provider patterns are (3 runs, no collection)", () => {
    // From every start, [ a]* runs to the end before the missing "b" fails it: quadratic.
    const re = /[ a]*b/;
    expect(() => expectLinear((n) => repeat(" a", n / 2), (t) => re.exec(t), { small: 4 * 1024, runs: 3, collect: false })).toThrow(/doubling ratios .* end to end/);
  });
});

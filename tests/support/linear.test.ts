import { describe, expect, test } from "vitest";
import { expectLinear, repeat } from "./linear.js";

describe("expectLinear", () => {
  test("passes a linear scan", () => {
    expectLinear((n) => repeat("ab", n), (t) => /c/.exec(t), { small: 64 * 1024 });
  });

  /**
   * Work linear in the text's length times `passes`, on the CPU alone (no memory read), so
   * that the sizes differ only in what the test plants: a cache or a second suite on the
   * machine would otherwise add its own steps to these made-up ones.
   */
  const work = (passes: (length: number) => number) => (t: string) => {
    let x = 0;
    for (let i = 0, n = t.length * passes(t.length); i < n; i++) x = (x + i * 31) | 0;
    return x;
  };

  test("passes a linear scan that turns ten times dearer past one size (a cliff, as V8 has): doublings 2, 20, 2; end to end 80", () => {
    const small = 256 * 1024;
    expectLinear((n) => repeat("ab", n), work((length) => (length > 3 * small ? 40 : 4)), { small, collect: false });
  });

  test("passes linear work some of whose sizes a busy machine slowed: doublings 3.5, 0.5, 3.4; end to end 6", () => {
    const small = 256 * 1024;
    // Passes per size, as a run of another suite would stretch them: the median doubling says quadratic, the ends do not.
    const passes = new Map([[small, 16], [2 * small, 28], [4 * small, 7], [8 * small, 12]]);
    expectLinear((n) => "ab".repeat(n / 2), work((length) => passes.get(length)!), { small, collect: false });
  });

  test("fails a quadratic one", () => {
    // Looking for a missing "b" from every position scans the rest of the text each time.
    const quadratic = (t: string) => {
      let seen = 0;
      for (let i = 0; i < t.length; i++) for (let j = i; j < t.length; j++) if (t.charCodeAt(j) === 0x62) seen++;
      return seen;
    };
    // Three runs: with two, a full suite beside two other processes once slowed its smallest size enough to pass it.
    expect(() => expectLinear((n) => repeat("a", n), quadratic, { small: 3 * 1024, runs: 3 })).toThrow(/doubling ratios .* end to end/);
  });

  test("fails a backtracking regex, run as the provider patterns are (3 runs, no collection)", () => {
    // From every start, [ a]* runs to the end before the missing "b" fails it: quadratic.
    const re = /[ a]*b/;
    expect(() => expectLinear((n) => repeat(" a", n / 2), (t) => re.exec(t), { small: 4 * 1024, runs: 3, collect: false })).toThrow(/doubling ratios .* end to end/);
  });
});

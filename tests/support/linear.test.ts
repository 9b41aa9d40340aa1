import { describe, expect, test } from "vitest";
import { expectLinear, judge, repeat, withSecondLook } from "./linear.js";

describe("expectLinear", () => {
  test("passes a linear scan", () => {
    expectLinear((n) => repeat("ab", n), (t) => /c/.exec(t), { small: 64 * 1024 });
  });

  // The two ways linear work looks quadratic to one test alone, judged on the times they give: measured, a busy machine made
  // these cases fail now and then (a cliff's last size once took 104 ms for 36), and the verdict is what they check.
  test("passes linear work with a cliff, ten times dearer past one size (as V8 has): doublings 2, 20, 2; end to end 80", () => {
    expect(judge([2, 4, 80, 160])).toMatchObject({ median: 2, endToEnd: 80, quadratic: false });
  });

  test("passes linear work some of whose sizes a busy machine slowed: doublings 3.5, 0.5, 3.4; end to end 6", () => {
    const verdict = judge([16, 56, 28, 96]);
    expect(verdict.median).toBeCloseTo(3.43, 2);
    expect([verdict.endToEnd, verdict.quadratic]).toEqual([6, false]);
  });

  test("fails quadratic times, and counts a time under a millisecond as one", () => {
    expect(judge([1, 4, 16, 64]).quadratic).toBe(true);
    expect(judge([0.01, 0.04, 16, 64])).toMatchObject({ endToEnd: 64, quadratic: true });
  });

  test("looks again when the first measure says quadratic, and passes linear work a busy machine slowed once", () => {
    const looks: number[] = [];
    const measure = (runs: number) => (looks.push(runs), looks.length === 1 ? [1, 4, 16, 64] : [1, 2, 4, 8]);
    expect(withSecondLook(measure, 2)).toMatchObject({ best: [1, 2, 4, 8], quadratic: false });
    expect(looks).toEqual([2, 4]);
  });

  test("does not look again when the first measure says linear, and fails what is quadratic both times", () => {
    const looks: number[] = [];
    expect(withSecondLook((runs) => (looks.push(runs), [1, 2, 4, 8]), 3).quadratic).toBe(false);
    expect(looks).toEqual([3]);
    expect(withSecondLook(() => [1, 4, 16, 64], 3)).toMatchObject({ best: [1, 4, 16, 64], quadratic: true });
  });

  test("fails a quadratic one", () => {
    // Looking for a missing "b" from every position scans the rest of the text each time.
    const quadratic = (t: string) => {
      let seen = 0;
      for (let i = 0; i < t.length; i++) for (let j = i; j < t.length; j++) if (t.charCodeAt(j) === 0x62) seen++;
      return seen;
    };
    // Five runs, the best of each size: with two, a full suite beside two other processes once slowed its smallest size enough to
    // pass it, and with three a noisy machine did again (session 40). From 3 KiB, its smallest still several milliseconds: from
    // 4 KiB, with the second look's ten more runs a quadratic cost always gets, this one test took 15 s of the unit stage (8.5 s now).
    expect(() => expectLinear((n) => repeat("a", n), quadratic, { small: 3 * 1024, runs: 5 })).toThrow(/doubling ratios .* end to end/);
  });

  test("fails a backtracking regex, run as the provider patterns are (3 runs, no collection)", () => {
    // From every start, [ a]* runs to the end before the missing "b" fails it: quadratic.
    const re = /[ a]*b/;
    expect(() => expectLinear((n) => repeat(" a", n / 2), (t) => re.exec(t), { small: 4 * 1024, runs: 3, collect: false })).toThrow(/doubling ratios .* end to end/);
  });
});

import { describe, test, expect } from "vitest";
import {
  EXAMPLES,
  ERROR_CLASSES,
  ERROR_NAMES,
  AlterSDKError,
  classify,
  explain,
  rulesProducing,
} from "../../sdk/src/docs.js";


const rows = EXAMPLES.map((ex, i) => ({ ...ex, label: `#${i} ${ex.error}` }));

describe("EXAMPLES", () => {
  test.each(rows)("$label classifies as its class", (ex) => {
    const err = classify(ex.text, ex.opts);
    expect(err).toBeInstanceOf(ERROR_CLASSES[ex.error]);
    expect(err!.name).toBe(ex.error);
  });

  test.each(rows)("$label: explain() agrees and names a rule that produces the class", (ex) => {
    const ex2 = explain(ex.text, ex.opts);
    expect(ex2.error?.name).toBe(ex.error);
    const producing = rulesProducing(ex.error).map((r) => r.id);
    expect(producing).toContain(ex2.rule);
  });

  test.each(rows)("$label: the story is one non-empty line", (ex) => {
    expect(ex.story.trim()).not.toBe("");
    expect(ex.story).not.toMatch(/[\r\n]/);
  });

  test.each(rows)("$label: the text is non-empty and carries no real-looking secret", (ex) => {
    expect(ex.text.trim()).not.toBe("");
    // Real token shapes: Slack xox*, GitHub gh*_, Google ya29., AWS AKIA, JWTs.
    expect(ex.text).not.toMatch(/xox[abpr]-|gh[pousr]_[A-Za-z0-9]{20}|ya29\.|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{10,}\.eyJ/);
  });

  test("every class that a rule produces has at least one example", () => {
    const produced = ERROR_NAMES.filter((n) => rulesProducing(n).length > 0);
    const covered = new Set(EXAMPLES.map((e) => e.error));
    expect(produced.filter((n) => !covered.has(n))).toEqual([]);
  });

  test("no example claims a class that no rule produces", () => {
    // Which classes those are is the spec's list, checked once in errors.test.ts's invariants.
    for (const ex of EXAMPLES) expect(rulesProducing(ex.error).length, ex.error).toBeGreaterThan(0);
  });

  test("every rule that produces an error class is illustrated by some example, or is listed here on purpose", () => {
    const decided = new Set(EXAMPLES.map((ex) => explain(ex.text, ex.opts).rule));
    for (const ex of EXAMPLES) expect(classify(ex.text, ex.opts)).toBeInstanceOf(AlterSDKError);
    // The named producing rules of the classes with two examples each appear.
    for (const id of [
      "backend.code",
      "poll.connect.denied",
      "poll.approval.denied",
      "provider.403.insufficient-scope",
      "quirk.slack.missing-scope",
      "quirk.github.scopes",
      "quirk.slack.unauthorized",
      "provider.401",
      "provider.rate-limit-spent",
      "network.timeout",
      "network.failure",
      "backend.no-code.timeout",
      "backend.unknown-code",
      "backend.non-json",
    ]) {
      expect(decided, id).toContain(id);
    }
  });

  test("a provider example names its provider in opts", () => {
    for (const ex of EXAMPLES) {
      const e = explain(ex.text, ex.opts);
      if (e.source === "provider") expect(ex.opts?.providerId, ex.story).toMatch(/^[a-z0-9-]+$/);
    }
  });

  test("examples of one class keep the most typical first: the backend code or the poll, then the others", () => {
    const first = new Map<string, string>();
    for (const ex of EXAMPLES) if (!first.has(ex.error)) first.set(ex.error, explain(ex.text, ex.opts).rule);
    expect(first.get("ScopeReauthRequiredError")).toBe("provider.google.scope-insufficient");
    expect(first.get("ProviderUnauthorizedError")).toBe("provider.401");
    expect(first.get("TimeoutError")).toBe("network.timeout");
    expect(first.get("PolicyViolationError")).toBe("backend.code");
  });
});

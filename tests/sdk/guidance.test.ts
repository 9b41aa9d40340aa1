import { describe, expect, test } from "vitest";
import * as root from "../../sdk/src/index.js";
import { ERROR_CLASSES, ERROR_NAMES, GUIDANCE, RETRY_RULES, backoffDelay, type ActionKind, type ErrorName } from "../../sdk/src/docs.js";

/** Classes a retry rule applies to: the only ones `err.retryable` can be true for. */
const RETRY_CAN_APPLY = new Set<string>(RETRY_RULES.flatMap((r) => r.produces));
/** A plain instance of the class is retryable: retrying is the action whatever the response said. */
const plainRetryable = (name: ErrorName) => backoffDelay(new ERROR_CLASSES[name]("message"), 0) !== null;

/**
 * What each kind of action must say and be, checked against the action sentence and the retry
 * rules (not against the kind itself): a class in the wrong family fails here.
 */
const KIND_CHECKS: Record<ActionKind, (name: ErrorName, action: string) => string | undefined> = {
  retry: (name, action) =>
    !RETRY_CAN_APPLY.has(name)
      ? "no retry rule applies to it"
      : !plainRetryable(name)
        ? "a plain instance is not retryable: retrying depends on the response, so read the error first"
        : !/\bretry\b/i.test(action)
          ? "its action does not say to retry"
          : undefined,
  reauthorize: (name, action) =>
    RETRY_CAN_APPLY.has(name) ? "a retry rule applies to it" : !/\bConnect\b|\bconnect (the user )?again\b/.test(action) ? "its action does not send the user through Connect" : undefined,
  inspect: (_name, action) =>
    !/^(Read|Switch on|Branch on|Inspect|Catch a subclass)\b/.test(action)
      ? "its action does not start by reading the error"
      : !/`[^`]+`|\bsubclass\b/.test(action)
        ? "its action names no field or subclass to read"
        : undefined,
  "fix-call": (name, action) =>
    RETRY_CAN_APPLY.has(name)
      ? "a retry rule applies to it"
      : /\bConnect\b|\b(tell|ask) (a|the) user\b|\bapprov/i.test(action)
        ? "its action involves a person, not the call"
        : !/\b(input|code|id|name|label|account|call|request|client|proxy|idempotency key)\b/i.test(action)
          ? "its action names nothing of the call to change"
          : undefined,
  "fix-setup": (name, action) =>
    RETRY_CAN_APPLY.has(name) ? "a retry rule applies to it" : !/\b(key|agent|portal|scopes?|subagents:write)\b/i.test(action) ? "its action names no key, agent, scope or portal setting" : undefined,
  "ask-again": (name, action) =>
    RETRY_CAN_APPLY.has(name)
      ? "a retry rule applies to it"
      : !/\b(user|requester|approval\w*|session)\b/i.test(action)
        ? "its action names no person or request to ask again"
        : undefined,
  done: (name, action) => (RETRY_CAN_APPLY.has(name) ? "a retry rule applies to it" : !/\bNothing to do\b|\bsuccess\b/i.test(action) ? "its action does not say it is done" : undefined),
};

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

  test("each class's action kind agrees with its action sentence and the retry rules", () => {
    const wrong = ERROR_NAMES.flatMap((name) => {
      const { kind, action } = GUIDANCE[name];
      const why = KIND_CHECKS[kind](name, action);
      return why ? [`${name} (${kind}): ${why}: "${action}"`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test("the retry kind is exactly the classes a plain instance of which is retryable", () => {
    const retry = ERROR_NAMES.filter((n) => GUIDANCE[n].kind === "retry");
    expect(retry).toEqual(ERROR_NAMES.filter(plainRetryable));
    expect(retry.length).toBeGreaterThan(0);
  });

  test("the inspect kind is exactly the classes whose action starts by reading the error", () => {
    const reads = (n: ErrorName) => /^(Read|Switch on|Branch on|Inspect|Catch a subclass)\b/.test(GUIDANCE[n].action);
    expect(ERROR_NAMES.filter((n) => GUIDANCE[n].kind === "inspect")).toEqual(ERROR_NAMES.filter(reads));
  });
});

import { describe, test, expect } from "vitest";
import {
  ERROR_CLASSES,
  ERROR_NAMES,
  SITE_ORIGIN,
  CODES,
  AlterSDKError,
  AlterValueError,
  InsufficientScopeError,
  ApprovalTimeoutError,
  NetworkError,
  ancestry,
  parentName,
  isAlterError,
  rulesProducing,
  type ErrorName,
  GUIDANCE,
} from "../../sdk/src/docs.js";

/** Spec section 2, written out once: each class's parent (undefined for the root). */
const PARENT: Record<ErrorName, ErrorName | undefined> = {
  AlterSDKError: undefined,
  AlterValueError: "AlterSDKError",
  BackendError: "AlterSDKError",
  ReAuthRequiredError: "BackendError",
  GrantExpiredError: "ReAuthRequiredError",
  GrantRevokedError: "ReAuthRequiredError",
  CredentialRevokedError: "ReAuthRequiredError",
  GrantDeletedError: "ReAuthRequiredError",
  GrantNotFoundError: "BackendError",
  AmbiguousGrantError: "BackendError",
  PolicyViolationError: "BackendError",
  InsufficientScopeError: "BackendError",
  NoDelegatedGrantError: "BackendError",
  TokenRefreshInProgressError: "BackendError",
  RestrictedGrantRequiresProxyError: "BackendError",
  SiblingLabelConflictError: "BackendError",
  AgentError: "BackendError",
  InvalidKeyError: "AgentError",
  AgentNotFoundError: "AgentError",
  AgentNameExistsError: "AgentError",
  MeRequiresAgentKeyError: "AgentError",
  KeyRevokedError: "AgentError",
  AgentInactiveError: "AgentError",
  AgentRevokedError: "AgentError",
  KeyNotFoundError: "AgentError",
  KeyAlreadyRevokedError: "AgentError",
  LastActiveKeyError: "AgentError",
  AgentCannotMintSubagentsError: "AgentError",
  AgentScopeNarrowingNotSupportedError: "AgentError",
  IdempotencyKeyBodyMismatchError: "AgentError",
  IdempotencyKeyAgentRevokedError: "AgentError",
  IdempotencyKeyAgentInactiveError: "AgentError",
  ConnectFlowError: "AlterSDKError",
  ConnectDeniedError: "ConnectFlowError",
  ConnectConfigError: "ConnectFlowError",
  ConnectTimeoutError: "ConnectFlowError",
  ProviderAPIError: "AlterSDKError",
  ScopeReauthRequiredError: "ProviderAPIError",
  ProviderUnauthorizedError: "ProviderAPIError",
  ApprovalError: "AlterSDKError",
  ApprovalDeniedError: "ApprovalError",
  ApprovalExpiredError: "ApprovalError",
  ApprovalTimeoutError: "ApprovalError",
  ApprovalExecutionFailedError: "ApprovalError",
  NetworkError: "AlterSDKError",
  TimeoutError: "NetworkError",
};

/** Spec section 10: no rule produces these. */
const NOT_PRODUCED: readonly ErrorName[] = [
  "AlterSDKError",
  "ReAuthRequiredError",
  "AgentError",
  "ConnectFlowError",
  "ApprovalError",
  "ApprovalTimeoutError",
];

const expectedChain = (name: ErrorName): ErrorName[] => {
  const chain: ErrorName[] = [];
  for (let n: ErrorName | undefined = name; n !== undefined; n = PARENT[n]) chain.push(n);
  return chain;
};

const names = ERROR_NAMES.map((name) => ({ name }));

describe("the tree of spec section 2", () => {
  test("has exactly the 46 classes of the spec", () => {
    expect(ERROR_NAMES).toHaveLength(46);
    expect([...ERROR_NAMES].sort()).toEqual(Object.keys(PARENT).sort());
    expect(Object.keys(ERROR_CLASSES).sort()).toEqual(Object.keys(PARENT).sort());
  });

  test.each(names)("$name: the prototype chain is the spec's", ({ name }) => {
    const cls = ERROR_CLASSES[name];
    const parent = PARENT[name];
    const protoParent = Object.getPrototypeOf(cls.prototype);
    if (parent === undefined) expect(protoParent).toBe(Error.prototype);
    else expect(protoParent).toBe(ERROR_CLASSES[parent].prototype);
    expect(parentName(name)).toBe(parent);
    expect(ancestry(name)).toEqual(expectedChain(name));
  });

  test.each(names)("$name: an instance is instanceof every ancestor, and of no other class", ({ name }) => {
    const err = new ERROR_CLASSES[name]("boom");
    const chain = expectedChain(name);
    for (const other of ERROR_NAMES) {
      expect(err instanceof ERROR_CLASSES[other], `${name} instanceof ${other}`).toBe(chain.includes(other));
      expect(isAlterError(err, other)).toBe(chain.includes(other));
    }
    expect(err).toBeInstanceOf(Error);
    expect(err).toBeInstanceOf(AlterSDKError);
  });

  test.each(names)("$name: `name` is the literal class name, also across realms by name", ({ name }) => {
    const err = new ERROR_CLASSES[name]("boom");
    expect(err.name).toBe(name);
    expect(Object.hasOwn(err, "name")).toBe(true);
    // A plain object from another bundle: isAlterError falls back to `name` and the tree.
    const foreign = { name, message: "boom" };
    for (const ancestor of expectedChain(name)) expect(isAlterError(foreign, ancestor)).toBe(true);
    expect(String(err)).toBe(`${name}: boom`);
  });

  test.each(names)("$name: GUIDANCE states its action and recovery", ({ name }) => {
    const g = GUIDANCE[name];
    expect(typeof g.action).toBe("string");
    expect(g.action.trim().length).toBeGreaterThan(10);
    expect(Array.isArray(g.recovery)).toBe(true);
    expect(g.recovery.length).toBeGreaterThan(0);
    for (const step of g.recovery) expect(step.trim()).not.toBe("");
  });

  test("GUIDANCE covers exactly the error classes, and every class its own action", () => {
    expect(Object.keys(GUIDANCE).sort()).toEqual([...names.map((n) => n.name)].sort());
    for (const { name } of names) {
      const parent = PARENT[name];
      if (parent !== undefined) expect(GUIDANCE[name].action).not.toBe(GUIDANCE[parent].action);
    }
  });

  test.each(names)("$name: docsUrl is the class's page on the site", ({ name }) => {
    const err = new ERROR_CLASSES[name]("boom");
    if (name === "InsufficientScopeError") {
      // Nothing missing: the class's own page (spec section 4).
      expect(err.docsUrl).toBe(`${SITE_ORIGIN}/errors/insufficient-scope-error/`);
      return;
    }
    expect(err.docsUrl).toMatch(new RegExp(`^${SITE_ORIGIN.replace(/\./g, "\\.")}/errors/[a-z0-9]+(?:-[a-z0-9]+)*/$`));
  });

  test.each([
    ["GrantExpiredError", "grant-expired-error"],
    ["AlterSDKError", "alter-sdk-error"],
    ["ReAuthRequiredError", "re-auth-required-error"],
    ["AlterValueError", "alter-value-error"],
    ["ProviderAPIError", "provider-api-error"],
    ["AgentScopeNarrowingNotSupportedError", "agent-scope-narrowing-not-supported-error"],
    ["TimeoutError", "timeout-error"],
  ] as const)("%s → /errors/%s/", (name, slug) => {
    expect(new ERROR_CLASSES[name]("x").docsUrl).toBe(`${SITE_ORIGIN}/errors/${slug}/`);
  });

  test("every docsUrl path is distinct", () => {
    const urls = ERROR_NAMES.map((n) => new ERROR_CLASSES[n]("x").docsUrl);
    expect(new Set(urls).size).toBe(urls.length);
  });

  test("SITE_ORIGIN is an https origin with no trailing slash", () => {
    expect(SITE_ORIGIN).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  });

  test.each(names)("$name: details are frozen and default to an empty snapshot", ({ name }) => {
    const err = new ERROR_CLASSES[name]("boom");
    expect(Object.isFrozen(err.details)).toBe(true);
    expect(err.details).toEqual({});
    expect(err.requestId).toBeUndefined();
    expect(err.retryAfter).toBeUndefined();
    expect(typeof err.retryable).toBe("boolean");
    expect(err.message).toBe("boom");
  });

  test.each(names)("$name: details passed in are copied deep and frozen, never shared", ({ name }) => {
    const given = { grant_id: "gr_1", nested: { list: [1, 2] } };
    const err = new ERROR_CLASSES[name]("boom", { details: given });
    expect(err.details).not.toBe(given);
    expect(Object.isFrozen(err.details)).toBe(true);
    expect(Object.isFrozen(err.details.nested)).toBe(true);
    given.nested.list.push(3);
    given.grant_id = "gr_2";
    expect(err.details).toEqual({ grant_id: "gr_1", nested: { list: [1, 2] } });
  });

  test("cause is kept (ApprovalTimeoutError keeps the transient error that ended the wait)", () => {
    const transient = new NetworkError("reset");
    const err = new ApprovalTimeoutError("wait elapsed", { cause: transient, details: { approval_id: "apr_1" } });
    expect(err.cause).toBe(transient);
    expect(err.approvalId).toBe("apr_1");
  });

  test("AlterValueError made by the SDK itself has fields {}", () => {
    const err = new AlterValueError("bad input");
    expect(err.fields).toEqual({});
    expect(Object.isFrozen(err.fields)).toBe(true);
  });

  test("InsufficientScopeError aliases: requiredScopes, grantedScopes, docsUrl", () => {
    const err = new InsufficientScopeError("x", { details: { required: ["audit:read"], granted: [] } });
    expect(err.requiredScopes).toBe(err.required);
    expect(err.grantedScopes).toBe(err.granted);
    expect(err.docsUrl).toBe(err.documentationUrl);
    expect(err.docsUrl).toBe(`${SITE_ORIGIN}/scopes/audit-read/`);
  });

  test("toJSON carries name, message, fields, retryable and docsUrl", () => {
    const err = new InsufficientScopeError("x", { details: { required: ["audit:read"] }, requestId: "req_1" });
    const json = err.toJSON();
    expect(json).toMatchObject({ name: "InsufficientScopeError", message: "x", requestId: "req_1", retryable: false });
    expect(json.docsUrl).toBe(err.docsUrl);
  });
});

describe("invariants", () => {
  test("every class is produced by some rule or is one of the documented non-produced ones", () => {
    for (const name of ERROR_NAMES) {
      const produced = rulesProducing(name).length > 0;
      expect(produced || NOT_PRODUCED.includes(name), name).toBe(true);
    }
  });

  test("no rule produces the documented non-produced classes", () => {
    for (const name of NOT_PRODUCED) expect(rulesProducing(name).map((r) => r.id), name).toEqual([]);
  });

  test("every code is unique", () => {
    const codes = CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("every class a code maps to exists", () => {
    for (const c of CODES) expect(Object.keys(ERROR_CLASSES)).toContain(c.error);
  });
});

/**
 * The class tree as data: every error class by its literal name, and the questions the
 * mapper, the site and a caller ask of the tree (parent, ancestry, "is this an X?").
 * Imported by both server and browser code.
 * @module
 */
import {
  AlterSDKError,
  AlterValueError,
  BackendError,
  ReAuthRequiredError,
  GrantExpiredError,
  GrantRevokedError,
  CredentialRevokedError,
  GrantDeletedError,
  GrantNotFoundError,
  AmbiguousGrantError,
  PolicyViolationError,
  InsufficientScopeError,
  NoDelegatedGrantError,
  TokenRefreshInProgressError,
  RestrictedGrantRequiresProxyError,
  SiblingLabelConflictError,
  AgentError,
  InvalidKeyError,
  AgentNotFoundError,
  AgentNameExistsError,
  MeRequiresAgentKeyError,
  KeyRevokedError,
  AgentInactiveError,
  AgentRevokedError,
  KeyNotFoundError,
  KeyAlreadyRevokedError,
  LastActiveKeyError,
  AgentCannotMintSubagentsError,
  AgentScopeNarrowingNotSupportedError,
  IdempotencyKeyBodyMismatchError,
  IdempotencyKeyAgentRevokedError,
  IdempotencyKeyAgentInactiveError,
  ConnectFlowError,
  ConnectDeniedError,
  ConnectConfigError,
  ConnectTimeoutError,
  ProviderAPIError,
  ScopeReauthRequiredError,
  ProviderUnauthorizedError,
  ApprovalError,
  ApprovalDeniedError,
  ApprovalExpiredError,
  ApprovalTimeoutError,
  ApprovalExecutionFailedError,
  NetworkError,
  TimeoutError,
  type ErrorInit,
} from "./errors.js";

/**
 * Every error class by its literal name: the mapper's and the site's lookup. Keys are
 * string literals, so they survive minification.
 */
export const ERROR_CLASSES = {
  AlterSDKError,
  AlterValueError,
  BackendError,
  ReAuthRequiredError,
  GrantExpiredError,
  GrantRevokedError,
  CredentialRevokedError,
  GrantDeletedError,
  GrantNotFoundError,
  AmbiguousGrantError,
  PolicyViolationError,
  InsufficientScopeError,
  NoDelegatedGrantError,
  TokenRefreshInProgressError,
  RestrictedGrantRequiresProxyError,
  SiblingLabelConflictError,
  AgentError,
  InvalidKeyError,
  AgentNotFoundError,
  AgentNameExistsError,
  MeRequiresAgentKeyError,
  KeyRevokedError,
  AgentInactiveError,
  AgentRevokedError,
  KeyNotFoundError,
  KeyAlreadyRevokedError,
  LastActiveKeyError,
  AgentCannotMintSubagentsError,
  AgentScopeNarrowingNotSupportedError,
  IdempotencyKeyBodyMismatchError,
  IdempotencyKeyAgentRevokedError,
  IdempotencyKeyAgentInactiveError,
  ConnectFlowError,
  ConnectDeniedError,
  ConnectConfigError,
  ConnectTimeoutError,
  ProviderAPIError,
  ScopeReauthRequiredError,
  ProviderUnauthorizedError,
  ApprovalError,
  ApprovalDeniedError,
  ApprovalExpiredError,
  ApprovalTimeoutError,
  ApprovalExecutionFailedError,
  NetworkError,
  TimeoutError,
} as const;

/** The name of an error class. */
export type ErrorName = keyof typeof ERROR_CLASSES;

/** An error class: constructible from a message and an `ErrorInit`. Its action and recovery are in `GUIDANCE`. */
export type ErrorClass = (new (message: string, init?: ErrorInit) => AlterSDKError) & {
  readonly prototype: AlterSDKError;
};

/** The names of every error class, root first, in tree order. */
export const ERROR_NAMES = Object.keys(ERROR_CLASSES) as ErrorName[];

/** True when `name` is the name of one of the SDK's error classes.
 *
 * @param name - Any string.
 */
export function isErrorName(name: string): name is ErrorName {
  return Object.hasOwn(ERROR_CLASSES, name);
}

/**
 * The name of the class's parent in the tree, or `undefined` for the root. Read from the
 * prototype chain, so it cannot disagree with `instanceof`.
 *
 * @param name - An error class name.
 */
export function parentName(name: ErrorName): ErrorName | undefined {
  if (name === "AlterSDKError") return undefined;
  const proto = Object.getPrototypeOf(ERROR_CLASSES[name].prototype) as AlterSDKError;
  return classNameOf(proto);
}

/** The literal name of an error instance's or prototype's class (reads the `name` an instance would get). */
function classNameOf(proto: object): ErrorName | undefined {
  for (const n of ERROR_NAMES) if (ERROR_CLASSES[n].prototype === proto) return n;
  return undefined;
}

/** The class's ancestors from itself up to the root: `["GrantExpiredError", "ReAuthRequiredError", "BackendError", "AlterSDKError"]`.
 *
 * @param name - An error class name.
 */
export function ancestry(name: ErrorName): ErrorName[] {
  const chain: ErrorName[] = [name];
  for (let p = parentName(name); p !== undefined; p = parentName(p)) chain.push(p);
  return chain;
}

/**
 * Is `value` an SDK error of class `name` (or a subclass)? Works across realms and
 * bundles: when `instanceof` fails it falls back to the literal `name` and the tree.
 *
 * @param value - Anything caught.
 * @param name - The class to test for.
 */
export function isAlterError<N extends ErrorName>(value: unknown, name: N): value is InstanceType<(typeof ERROR_CLASSES)[N]> {
  if (value instanceof ERROR_CLASSES[name]) return true;
  if (value === null || typeof value !== "object") return false;
  const own = (value as { name?: unknown }).name;
  return typeof own === "string" && isErrorName(own) && ancestry(own).includes(name);
}

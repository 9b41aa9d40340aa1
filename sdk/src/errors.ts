/**
 * The SDK's error classes: one tree, organised by the action a developer must take.
 * Catch a parent to handle every leaf that needs the same response.
 *
 * Every class sets `name` to its own name as a string literal (bundlers rename classes;
 * `err.name` survives minification) and reads its typed fields from the response's
 * `details` through an allowlist: nothing is spread from a body. What to do about each
 * (the action and the recovery steps) is in `GUIDANCE`, keyed by class name.
 *
 * Imported by both server and browser code: no Node or DOM API here.
 * @module
 */
import { SITE_ORIGIN, errorPath, scopePath } from "./urls.js";
import { CURRENT_SCOPE_VERSION, scopeInfo } from "./scopes.js";
import {
  frozenCopy,
  isRecord,
  isForbiddenKey,
  readBoolean,
  readNumber,
  readOptionalBoolean,
  readOptionalStringList,
  readString,
  readStringList,
} from "./snapshot.js";
import { retryDecision, type RetryFacts } from "./retry.js";
import { maskValue } from "./mask.js";

/**
 * What an error is made from. The mapper fills it from a response; code that raises an
 * error itself passes what it knows.
 */
export interface ErrorInit {
  /** Everything the response said, snake_case keys. Deep-copied and frozen: the error never shares it. */
  details?: Readonly<Record<string, unknown>>;
  /**
   * Values for typed fields that the mapper decided rather than read from `details`
   * (by wire key, e.g. `missing_scopes` from a `WWW-Authenticate` challenge). They win
   * over `details`.
   */
  fields?: Readonly<Record<string, unknown>>;
  /** The request id: the `X-Request-Id` header, else the envelope's `error.request_id`. */
  requestId?: string | undefined;
  /** The underlying error, when any. */
  cause?: unknown;
  /** Seconds to wait before retrying, when the response said. */
  retryAfter?: number | undefined;
  /** Whether retrying can help, when the code raising the error knows; otherwise the retry rules decide. */
  retryable?: boolean | undefined;
  /** What the mapper knew of the response that the retry rules read (the rule that decided, a `Retry-After` header). */
  retryFacts?: RetryFacts | undefined;
  /** The provider's response body (parsed JSON, or text cut to 64 KiB). */
  responseBody?: unknown;
}

const NO_DETAILS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Reads a typed field's source value: the mapper's decision first, then `details`. */
function source(init: ErrorInit | undefined, details: Readonly<Record<string, unknown>>, key: string): unknown {
  const fields = init?.fields;
  if (fields && Object.hasOwn(fields, key)) return fields[key];
  return details[key];
}

/**
 * The root of the hierarchy: every error the SDK raises extends it. Catch it last, to
 * handle any SDK failure; branch on the subclasses, never on message text.
 */
export class AlterSDKError extends Error {
  /** The class name as a literal, so it survives minification. */
  override readonly name: string = "AlterSDKError";

  /** A human-readable description: the backend's or provider's message when it sent one. */
  declare message: string;
  /** The underlying error (a network failure, the transient error that ended a wait), when any. */
  declare readonly cause?: unknown;

  /**
   * A read-only snapshot of everything the response said, with snake_case keys: every key
   * of the envelope's `details` (except `__proto__`, `constructor`, `prototype`), then the
   * keys the mapper sets: `status_code`, `code`, `request_id`, `grant_id`, `provider_id`,
   * `method`, `url`, `raw_body`, `truncated`, `sdk_reason`. Frozen, and never shared with
   * the caller's objects.
   */
  readonly details: Readonly<Record<string, unknown>>;
  /** The request id to quote to support: the `X-Request-Id` header, else the envelope's `error.request_id`. */
  readonly requestId: string | undefined;
  /** Seconds to wait before retrying, from `Retry-After` (or a provider's rate-limit reset); `undefined` when nothing said. */
  readonly retryAfter: number | undefined;
  readonly #retryable: boolean | undefined;
  readonly #retryFacts: RetryFacts | undefined;

  constructor(message: string, init?: ErrorInit) {
    // `cause` is kept whenever one was given, even `undefined` or `null` (what the failed call threw).
    super(message, init && Object.hasOwn(init, "cause") ? { cause: init.cause } : undefined);
    this.details = init?.details ? snapshotDetails(init.details) : NO_DETAILS;
    this.requestId = init?.requestId;
    this.retryAfter = init?.retryAfter;
    this.#retryable = init?.retryable;
    this.#retryFacts = init?.retryFacts;
  }

  /**
   * Whether retrying the same call can succeed: true for transient failures (network,
   * timeouts, a token refresh in flight, rate limits, 5xx). See `backoffDelay` for how long to wait.
   */
  get retryable(): boolean {
    // An object that only borrows the prototype (`Object.create(NetworkError.prototype)`) has no state: not retryable.
    if (!(#retryFacts in this)) return false;
    return this.#retryable ?? retryDecision(this, this.#retryFacts).retryable;
  }

  /** The absolute URL of this error's page on the docs site. */
  get docsUrl(): string {
    return SITE_ORIGIN + errorPath(this.name);
  }

  /**
   * A plain object for logs: `name`, `message`, `requestId`, `retryable`, `retryAfter`,
   * `docsUrl`, the typed fields and `details`, every secret in them masked (credential
   * headers, tokens, secret-named members: the classifier's masking). `JSON.stringify(err)`
   * writes it, and the classifier reads it back as the same class with the same fields.
   * `err.details` itself is never changed.
   */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of Object.keys(this)) out[key] = (this as unknown as Record<string, unknown>)[key];
    out.retryable = this.retryable;
    out.retryAfter = this.retryAfter;
    out.docsUrl = this.docsUrl;
    return maskValue(out) as Record<string, unknown>;
  }

  /** What Node's `util.inspect` (and `console.log`) shows: the masked `toJSON()`, under the class name. */
  [Symbol.for("nodejs.util.inspect.custom")](depth: number, options: object, inspect?: (value: unknown, options: object) => string): string {
    const shown = this.toJSON();
    const body = typeof inspect === "function" ? inspect(shown, options) : JSON.stringify(shown, null, 2);
    return `${this.name} ${body}`;
  }
}

/** `details` as the error keeps it: a frozen, safe copy, with `truncated: true` when the copy had to leave anything out. */
function snapshotDetails(details: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let cut = false;
  const copy = frozenCopy(details, () => (cut = true));
  const record = copy !== null && typeof copy === "object" && !Array.isArray(copy) ? (copy as Record<string, unknown>) : {};
  return cut && record.truncated !== true ? Object.freeze({ ...record, truncated: true }) : (record as Readonly<Record<string, unknown>>);
}

/**
 * Raised when the caller's input was rejected: by the SDK before any call (then `fields`
 * is `{}`), by the backend's validation (`validation_error`, then `fields` says which
 * fields and why), or when the classifier cannot read pasted text. Fix the code or the input.
 */
export class AlterValueError extends AlterSDKError {
  override readonly name: string = "AlterValueError";

  /**
   * Field name → the messages about it, from `details.fields` (a lone string is wrapped
   * in a list); `{}` when the SDK itself rejected the input.
   */
  readonly fields: Readonly<Record<string, readonly string[]>>;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    const raw = source(init, this.details, "fields");
    const fields: Record<string, readonly string[]> = {};
    if (isRecord(raw)) {
      for (const key of Object.keys(raw)) {
        if (!isForbiddenKey(key)) fields[key] = Object.freeze(readStringList(raw[key]));
      }
    }
    this.fields = Object.freeze(fields);
  }
}

/**
 * Raised when the Alter backend answered with an error that no more specific class
 * describes: an unknown code (a newer backend than this SDK), a 5xx, or a body that is not
 * the backend's envelope (`details.sdk_reason` says which).
 */
export class BackendError extends AlterSDKError {
  override readonly name: string = "BackendError";
}

/**
 * Raised when the user must re-authorize through Connect: the grant expired, was revoked
 * or deleted, or its credential was revoked at the provider. Catch this to handle all four.
 */
export class ReAuthRequiredError extends BackendError {
  override readonly name: string = "ReAuthRequiredError";

  /** The grant that must be re-authorized. */
  readonly grantId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.grantId = readString(source(init, this.details, "grant_id"));
  }
}

/** Raised when the grant's refresh token has expired (`grant_expired`): the grant cannot be refreshed any more. */
export class GrantExpiredError extends ReAuthRequiredError {
  override readonly name: string = "GrantExpiredError";
}

/** Raised when the user revoked the grant (`grant_revoked`), in the portal or at the provider. */
export class GrantRevokedError extends ReAuthRequiredError {
  override readonly name: string = "GrantRevokedError";
}

/**
 * Raised when the provider revoked the stored credential (`credential_revoked`): the
 * password changed, the app was removed from the account, or an admin cut access.
 */
export class CredentialRevokedError extends ReAuthRequiredError {
  override readonly name: string = "CredentialRevokedError";

  /** The provider whose credential was revoked. */
  readonly providerId: string | undefined;
  /** The app user who owns the grant. */
  readonly appUserId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.providerId = readString(source(init, this.details, "provider_id"));
    this.appUserId = readString(source(init, this.details, "app_user_id"));
  }
}

/** Raised when the grant was deleted (`grant_deleted`, HTTP 410): it is gone for good. */
export class GrantDeletedError extends ReAuthRequiredError {
  override readonly name: string = "GrantDeletedError";
}

/**
 * Raised when no grant matches the id or the identity given (`grant_not_found`). It has no
 * grant id: the lookup is what failed.
 */
export class GrantNotFoundError extends BackendError {
  override readonly name: string = "GrantNotFoundError";

  /** The provider that was looked up. */
  readonly providerId: string | undefined;
  /** The agent that made the call, in agent mode. */
  readonly agentId: string | undefined;
  /** The app user that was looked up. */
  readonly appUserId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.providerId = readString(source(init, this.details, "provider_id"));
    this.agentId = readString(source(init, this.details, "agent_id"));
    this.appUserId = readString(source(init, this.details, "app_user_id"));
  }
}

/** Raised when the identity matches more than one grant for the provider (`ambiguous_grant`). */
export class AmbiguousGrantError extends BackendError {
  override readonly name: string = "AmbiguousGrantError";

  /** The provider whose grants matched. */
  readonly providerId: string | undefined;
  /** The matching accounts, to show the user or choose from. `[]` when none were sent. */
  readonly accountIdentifiers: readonly string[];
  /** True when `account` was already passed and still matched several grants: the account is mis-set. */
  readonly accountWasProvided: boolean;
  /** (Agent flavour) the users with matching delegations. `[]` when none were sent. */
  readonly appUserIds: readonly string[];
  /** The matching grants. `[]` when none were sent. */
  readonly grantIds: readonly string[];

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.providerId = readString(source(init, this.details, "provider_id"));
    this.accountIdentifiers = readStringList(source(init, this.details, "account_identifiers"));
    this.accountWasProvided = readBoolean(source(init, this.details, "account_was_provided"));
    this.appUserIds = readStringList(source(init, this.details, "app_user_ids"));
    this.grantIds = readStringList(source(init, this.details, "grant_ids"));
  }
}

/**
 * Raised when a policy denied the call (`policy_violation`), or the backend's rate limit
 * was hit (`rate_limit_exceeded`, or a 429 without a code). It may resolve on its own.
 */
export class PolicyViolationError extends BackendError {
  override readonly name: string = "PolicyViolationError";

  /** The violated policy, e.g. `outside_business_hours`, `ip_not_allowed`, `rate_limit_exceeded`. */
  readonly policyError: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.policyError = readString(source(init, this.details, "policy_error"));
  }
}

/**
 * Raised when the calling API key, possibly after per-call attenuation, lacks a scope the
 * backend route requires (`insufficient_scope`).
 */
export class InsufficientScopeError extends BackendError {
  override readonly name: string = "InsufficientScopeError";

  /** The scopes the route requires. */
  readonly required: readonly string[];
  /** The scopes the key has, after intersection with the call's constraints. */
  readonly granted: readonly string[];
  /** The missing scopes: the backend's `missing` if sent, else `required` minus `granted`, in the order of `required`. */
  readonly missing: readonly string[];
  /** The catalog version the key was minted at, when sent. */
  readonly scopeVersion: number | undefined;
  /** The catalog version the server is on: the backend's, else the SDK catalog's current version. */
  readonly currentScopeVersion: number;
  /**
   * True when the key was minted before the missing scopes existed, so rotating the key
   * (not asking for more scopes) is the fix. The backend's flag if sent; else true iff
   * `missing` is not empty, `scopeVersion` is known, and every missing scope is in the
   * catalog and was introduced after `scopeVersion` and no later than `currentScopeVersion`.
   */
  readonly scopeVersionMismatch: boolean;
  /**
   * The page to read: the backend's `documentation_url` if sent; else the docs page of the
   * first missing scope the catalog lists; else this class's page.
   */
  readonly documentationUrl: string;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.required = readStringList(source(init, this.details, "required"));
    this.granted = readStringList(source(init, this.details, "granted"));
    const sentMissing = readOptionalStringList(source(init, this.details, "missing"));
    const granted = new Set(this.granted);
    this.missing = sentMissing ?? this.required.filter((s) => !granted.has(s));
    this.scopeVersion = readNumber(source(init, this.details, "scope_version"));
    this.currentScopeVersion = readNumber(source(init, this.details, "current_scope_version")) ?? CURRENT_SCOPE_VERSION;
    const from = this.scopeVersion;
    const to = this.currentScopeVersion;
    this.scopeVersionMismatch =
      readOptionalBoolean(source(init, this.details, "scope_version_mismatch")) ??
      (this.missing.length > 0 &&
        from !== undefined &&
        this.missing.every((s) => {
          const info = scopeInfo(s);
          return info !== undefined && info.since > from && info.since <= to;
        }));
    const firstKnown = this.missing.find((s) => scopeInfo(s) !== undefined);
    const sentUrl = source(init, this.details, "documentation_url");
    this.documentationUrl =
      (typeof sentUrl === "string" && sentUrl !== "" ? sentUrl : undefined) ??
      SITE_ORIGIN + (firstKnown !== undefined ? scopePath(firstKnown) : errorPath(this.name));
  }

  /** Alias of `required`. */
  get requiredScopes(): readonly string[] {
    return this.required;
  }
  /** Alias of `granted`. */
  get grantedScopes(): readonly string[] {
    return this.granted;
  }
  /** Alias of `documentationUrl`: the missing scope's page rather than this class's. */
  override get docsUrl(): string {
    return this.documentationUrl;
  }
}

/**
 * Raised when an agent called a provider and no delegation or agent-owned managed-secret
 * grant resolved (`no_delegated_grant`): the agent has no access path to the provider.
 */
export class NoDelegatedGrantError extends BackendError {
  override readonly name: string = "NoDelegatedGrantError";

  /** The provider the agent asked for. */
  readonly providerId: string | undefined;
  /** The calling agent. */
  readonly agentId: string | undefined;
  /** The user on whose behalf the agent called, when resolved. */
  readonly appUserId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.providerId = readString(source(init, this.details, "provider_id"));
    this.agentId = readString(source(init, this.details, "agent_id"));
    this.appUserId = readString(source(init, this.details, "app_user_id"));
  }
}

/** Raised when a parallel token refresh holds the grant's lock (`token_refresh_in_progress`, HTTP 409): transient. */
export class TokenRefreshInProgressError extends BackendError {
  override readonly name: string = "TokenRefreshInProgressError";

  /** The grant whose token is being refreshed. */
  readonly grantId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.grantId = readString(source(init, this.details, "grant_id"));
  }
}

/** Raised when the grant is restricted to the proxy call path (`restricted_grant_requires_proxy`). */
export class RestrictedGrantRequiresProxyError extends BackendError {
  override readonly name: string = "RestrictedGrantRequiresProxyError";

  /** The restricted grant. */
  readonly grantId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.grantId = readString(source(init, this.details, "grant_id"));
  }
}

/** Raised when the sibling label is already used on this connection (`sibling_label_conflict`); `details.label` names it. */
export class SiblingLabelConflictError extends BackendError {
  override readonly name: string = "SiblingLabelConflictError";
}

/**
 * Raised by managed-agent management (agents and their keys). Every subclass carries a
 * stable `code`: switch on it, not on the message, when handling several.
 */
export class AgentError extends BackendError {
  override readonly name: string = "AgentError";

  /** The stable backend code, e.g. `agent_not_found`. */
  readonly code: string | undefined;
  /** The backend's hint on what to do, when sent. */
  readonly hint: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.code = readString(source(init, this.details, "code"));
    this.hint = readString(source(init, this.details, "hint"));
  }
}

/** Raised when the API key is unknown or malformed (`invalid_key`). */
export class InvalidKeyError extends AgentError {
  override readonly name: string = "InvalidKeyError";
}

/** Raised when the agent id names no agent (`agent_not_found`). */
export class AgentNotFoundError extends AgentError {
  override readonly name: string = "AgentNotFoundError";
}

/** Raised when creating an agent whose name is taken (`agent_name_exists`); `details.name` names it. */
export class AgentNameExistsError extends AgentError {
  override readonly name: string = "AgentNameExistsError";
}

/** Raised when `agent.me()` was called with an app key instead of an agent key (`me_requires_agent_key`). */
export class MeRequiresAgentKeyError extends AgentError {
  override readonly name: string = "MeRequiresAgentKeyError";
}

/** Raised when the key was revoked (`key_revoked`). */
export class KeyRevokedError extends AgentError {
  override readonly name: string = "KeyRevokedError";
}

/** Raised when the agent is deactivated (`agent_inactive`). */
export class AgentInactiveError extends AgentError {
  override readonly name: string = "AgentInactiveError";
}

/** Raised when the agent was revoked for good (`agent_revoked`). */
export class AgentRevokedError extends AgentError {
  override readonly name: string = "AgentRevokedError";
}

/** Raised when the key id names no key (`key_not_found`). */
export class KeyNotFoundError extends AgentError {
  override readonly name: string = "KeyNotFoundError";
}

/** Raised when revoking a key that is already revoked (`key_already_revoked`). */
export class KeyAlreadyRevokedError extends AgentError {
  override readonly name: string = "KeyAlreadyRevokedError";
}

/**
 * Raised by `agents.revokeKey()` when revoking would leave the agent with no active key
 * (`last_active_key`).
 */
export class LastActiveKeyError extends AgentError {
  override readonly name: string = "LastActiveKeyError";
}

/** Raised when an agent that may not mint subagents tried to (`agent_cannot_mint_subagents`). */
export class AgentCannotMintSubagentsError extends AgentError {
  override readonly name: string = "AgentCannotMintSubagentsError";
}

/** Raised when a request asked to narrow an agent's scopes, which the backend does not support (`agent_scope_narrowing_not_supported`). */
export class AgentScopeNarrowingNotSupportedError extends AgentError {
  override readonly name: string = "AgentScopeNarrowingNotSupportedError";
}

/** Raised when an idempotency key is reused with a different request body (`idempotency_key_body_mismatch`). */
export class IdempotencyKeyBodyMismatchError extends AgentError {
  override readonly name: string = "IdempotencyKeyBodyMismatchError";
}

/** Raised when an idempotency key belongs to an agent that was revoked since (`idempotency_key_agent_revoked`). */
export class IdempotencyKeyAgentRevokedError extends AgentError {
  override readonly name: string = "IdempotencyKeyAgentRevokedError";
}

/** Raised when an idempotency key belongs to an agent that is inactive (`idempotency_key_agent_inactive`). */
export class IdempotencyKeyAgentInactiveError extends AgentError {
  override readonly name: string = "IdempotencyKeyAgentInactiveError";
}

/** Raised when a Connect flow did not complete: the user denied, the OAuth app is misconfigured, or time ran out. */
export class ConnectFlowError extends AlterSDKError {
  override readonly name: string = "ConnectFlowError";
}

/** Raised when the user clicked Deny on the provider's consent screen (`connect_denied`, or a poll with status `denied`). */
export class ConnectDeniedError extends ConnectFlowError {
  override readonly name: string = "ConnectDeniedError";
}

/**
 * Raised when the provider's OAuth app is misconfigured (`connect_config_error`, or a poll
 * with status `error`): wrong redirect URI, unknown client id, bad secret.
 */
export class ConnectConfigError extends ConnectFlowError {
  override readonly name: string = "ConnectConfigError";
}

/** Raised when the user did not finish the Connect flow within the session's lifetime (`connect_timeout`, or a poll with status `expired`). */
export class ConnectTimeoutError extends ConnectFlowError {
  override readonly name: string = "ConnectTimeoutError";
}

/**
 * Raised when a provider answered a call made with an injected credential with a 4xx or
 * 5xx that is not a scope or credential-rejection failure (or a provider quirk that means
 * one, such as Slack's `ok: false`).
 */
export class ProviderAPIError extends AlterSDKError {
  override readonly name: string = "ProviderAPIError";

  /** The HTTP status that was mapped: the provider's (200 for a Slack quirk), or the backend's when a backend code produced this class. */
  readonly statusCode: number | undefined;
  /** The provider's body: parsed JSON when it was JSON, else the text cut to 64 KiB. `undefined` when no provider answered. */
  readonly responseBody: unknown;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.statusCode = readNumber(source(init, this.details, "status_code"));
    this.responseBody = init?.responseBody;
  }
}

/**
 * Raised when the grant's scopes do not cover the call: the provider answered 403 with a
 * `Bearer error="insufficient_scope"` challenge (or Slack's `missing_scope`, or GitHub's
 * scope headers), or the backend already knew the grant's scopes drifted (`scope_reauth_required`).
 */
export class ScopeReauthRequiredError extends ProviderAPIError {
  override readonly name: string = "ScopeReauthRequiredError";

  /** The grant that needs the wider scopes. */
  readonly grantId: string | undefined;
  /** The provider. */
  readonly providerId: string | undefined;
  /**
   * The missing provider scopes: a `WWW-Authenticate` challenge's `scope`, Slack's `needed`,
   * GitHub's `X-Accepted-OAuth-Scopes`, or the backend's `missing_scopes`. `undefined` when
   * the source did not say (a backend pre-flight flag): unknown, not none.
   */
  readonly missingScopes: readonly string[] | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.grantId = readString(source(init, this.details, "grant_id"));
    this.providerId = readString(source(init, this.details, "provider_id"));
    this.missingScopes = readOptionalStringList(source(init, this.details, "missing_scopes"));
  }
}

/**
 * Raised when the provider answered 401: it rejected the credential (revoked, expired or
 * invalidated provider-side). A 401 whose challenge says `insufficient_scope` is a plain
 * `ProviderAPIError` instead: that credential is valid, it lacks a scope (RFC 6750).
 */
export class ProviderUnauthorizedError extends ProviderAPIError {
  override readonly name: string = "ProviderUnauthorizedError";

  /** The grant whose credential was rejected. */
  readonly grantId: string | undefined;
  /** The provider that rejected it. */
  readonly providerId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.grantId = readString(source(init, this.details, "grant_id"));
    this.providerId = readString(source(init, this.details, "provider_id"));
  }
}

/** Raised on the human-in-the-loop approval branch: the approval was denied, expired, timed out locally, or its execution failed. */
export class ApprovalError extends AlterSDKError {
  override readonly name: string = "ApprovalError";

  /** The approval request. */
  readonly approvalId: string | undefined;

  constructor(message: string, init?: ErrorInit) {
    super(message, init);
    this.approvalId = readString(source(init, this.details, "approval_id"));
  }
}

/** Raised when the approver clicked Deny (`approval_denied`, or a poll with status `denied`). */
export class ApprovalDeniedError extends ApprovalError {
  override readonly name: string = "ApprovalDeniedError";
}

/** Raised when the approval window elapsed with no decision (`approval_expired`, or a poll with status `expired`). */
export class ApprovalExpiredError extends ApprovalError {
  override readonly name: string = "ApprovalExpiredError";
}

/**
 * Raised by the SDK itself when its local wait for a decision elapsed: the approval may
 * still be pending. No response maps to it; the transient error that ended the wait, if
 * any, is its `cause`.
 *
 * @example
 * // A call that needs approval waits for the decision; the wait has a limit.
 * try {
 *   await agent.request("POST", url, { provider: "slack", approvalTimeoutMs: 60_000 });
 * } catch (err) {
 *   if (err instanceof ApprovalTimeoutError) {
 *     await saveForLater(err.approvalId); // poll approvals.get(approvalId) later
 *     return;
 *   }
 *   throw err;
 * }
 */
export class ApprovalTimeoutError extends ApprovalError {
  override readonly name: string = "ApprovalTimeoutError";
}

/** Raised when the call was approved but its execution failed (`approval_execution_failed`, or a poll with status `execution_failed`). */
export class ApprovalExecutionFailedError extends ApprovalError {
  override readonly name: string = "ApprovalExecutionFailedError";
}

/**
 * Raised when no response arrived: the connection was refused or reset, DNS failed, TLS
 * failed, or the caller aborted. The original error is `cause`.
 */
export class NetworkError extends AlterSDKError {
  override readonly name: string = "NetworkError";
}

/**
 * Raised when a request timed out: locally (`AbortSignal.timeout`, a connect, headers or
 * body timeout) or remotely (a 408 or 504 without a code). Catch it apart from
 * `NetworkError` for a different retry profile.
 */
export class TimeoutError extends NetworkError {
  override readonly name: string = "TimeoutError";
}

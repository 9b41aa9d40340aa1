/**
 * The backend's error codes: the single table the mapper runs (`backend.code`), the code
 * reference page renders, and `/errors.json` lists. The code decides the class, not the
 * status: a known code with an unusual status still maps by code. Codes are matched
 * exactly (lower snake_case).
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "./tree.js";

/** One row of the code table. */
export interface CodeInfo {
  /** The code as the envelope's `error.code` carries it. */
  readonly code: string;
  /** The status the backend usually sends with it (the code decides, not the status). */
  readonly status: number;
  /** The class it maps to. */
  readonly error: ErrorName;
  /** The keys of `error.details` it carries; those the class names become typed fields, the rest stay in `details`. */
  readonly keys: readonly string[];
  /** What it means, in one sentence. */
  readonly meaning: string;
  /** Typed values the code itself implies (wire keys), e.g. `policy_error` for `rate_limit_exceeded`. */
  readonly implies?: Readonly<Record<string, string>>;
}

/** The code table (spec section 4). */
export const CODES = [
  { code: "grant_expired", status: 401, error: "GrantExpiredError", keys: ["grant_id"], meaning: "The grant's refresh token expired; the user must connect again." },
  { code: "grant_revoked", status: 401, error: "GrantRevokedError", keys: ["grant_id"], meaning: "The user revoked the grant." },
  { code: "credential_revoked", status: 401, error: "CredentialRevokedError", keys: ["grant_id", "provider_id", "app_user_id"], meaning: "The provider revoked the stored credential." },
  { code: "grant_deleted", status: 410, error: "GrantDeletedError", keys: ["grant_id"], meaning: "The grant was deleted and is gone for good." },
  { code: "grant_not_found", status: 404, error: "GrantNotFoundError", keys: ["provider_id", "agent_id", "app_user_id"], meaning: "No grant matches the id or the identity given." },
  { code: "ambiguous_grant", status: 409, error: "AmbiguousGrantError", keys: ["provider_id", "account_identifiers", "account_was_provided", "app_user_ids", "grant_ids"], meaning: "Several grants match the identity and provider; pick one." },
  { code: "policy_violation", status: 403, error: "PolicyViolationError", keys: ["policy_error"], meaning: "A policy denied the call." },
  { code: "rate_limit_exceeded", status: 429, error: "PolicyViolationError", keys: [], meaning: "The backend's rate limit was hit; wait `Retry-After` seconds.", implies: { policy_error: "rate_limit_exceeded" } },
  { code: "insufficient_scope", status: 403, error: "InsufficientScopeError", keys: ["required", "granted", "missing", "scope_version", "current_scope_version", "scope_version_mismatch", "documentation_url"], meaning: "The API key lacks a scope the route requires." },
  { code: "no_delegated_grant", status: 403, error: "NoDelegatedGrantError", keys: ["provider_id", "agent_id", "app_user_id"], meaning: "The agent has no delegation or managed-secret grant for the provider." },
  { code: "scope_reauth_required", status: 403, error: "ScopeReauthRequiredError", keys: ["grant_id", "provider_id", "missing_scopes"], meaning: "The backend already knows the grant's scopes drifted; the user must re-authorize with wider scopes." },
  { code: "token_refresh_in_progress", status: 409, error: "TokenRefreshInProgressError", keys: ["grant_id"], meaning: "A parallel refresh holds the grant's lock; retry shortly." },
  { code: "restricted_grant_requires_proxy", status: 403, error: "RestrictedGrantRequiresProxyError", keys: ["grant_id"], meaning: "The grant may only be used through the proxy path." },
  { code: "sibling_label_conflict", status: 409, error: "SiblingLabelConflictError", keys: ["label"], meaning: "The sibling label is already used on this connection." },
  { code: "connect_denied", status: 403, error: "ConnectDeniedError", keys: ["session_id"], meaning: "The user denied consent in the Connect flow." },
  { code: "connect_config_error", status: 400, error: "ConnectConfigError", keys: ["session_id", "provider_id", "reason"], meaning: "The provider's OAuth app is misconfigured." },
  { code: "connect_timeout", status: 408, error: "ConnectTimeoutError", keys: ["session_id"], meaning: "The user did not finish the Connect flow in time." },
  { code: "approval_denied", status: 403, error: "ApprovalDeniedError", keys: ["approval_id", "reason"], meaning: "The approver denied the request." },
  { code: "approval_expired", status: 410, error: "ApprovalExpiredError", keys: ["approval_id"], meaning: "The approval window elapsed with no decision." },
  { code: "approval_execution_failed", status: 502, error: "ApprovalExecutionFailedError", keys: ["approval_id"], meaning: "The approved call failed when it ran." },
  { code: "invalid_key", status: 401, error: "InvalidKeyError", keys: ["hint"], meaning: "The API key is unknown or malformed." },
  { code: "key_revoked", status: 401, error: "KeyRevokedError", keys: ["key_id", "hint"], meaning: "The API key was revoked." },
  { code: "agent_not_found", status: 404, error: "AgentNotFoundError", keys: ["agent_id"], meaning: "No agent has this id." },
  { code: "agent_name_exists", status: 409, error: "AgentNameExistsError", keys: ["name"], meaning: "An agent with this name already exists." },
  { code: "me_requires_agent_key", status: 400, error: "MeRequiresAgentKeyError", keys: [], meaning: "`me()` needs an agent key, not an app key." },
  { code: "agent_inactive", status: 403, error: "AgentInactiveError", keys: ["agent_id"], meaning: "The agent is deactivated." },
  { code: "agent_revoked", status: 403, error: "AgentRevokedError", keys: ["agent_id"], meaning: "The agent was revoked." },
  { code: "key_not_found", status: 404, error: "KeyNotFoundError", keys: ["key_id"], meaning: "No key has this id." },
  { code: "key_already_revoked", status: 409, error: "KeyAlreadyRevokedError", keys: ["key_id"], meaning: "The key was already revoked." },
  { code: "last_active_key", status: 409, error: "LastActiveKeyError", keys: ["key_id"], meaning: "Revoking would leave the agent with no active key." },
  { code: "agent_cannot_mint_subagents", status: 403, error: "AgentCannotMintSubagentsError", keys: ["agent_id"], meaning: "This agent may not mint subagents." },
  { code: "agent_scope_narrowing_not_supported", status: 400, error: "AgentScopeNarrowingNotSupportedError", keys: [], meaning: "Narrowing an agent's scopes is not supported." },
  { code: "idempotency_key_body_mismatch", status: 422, error: "IdempotencyKeyBodyMismatchError", keys: ["idempotency_key"], meaning: "The idempotency key was used before with a different body." },
  { code: "idempotency_key_agent_revoked", status: 409, error: "IdempotencyKeyAgentRevokedError", keys: ["idempotency_key", "agent_id"], meaning: "The idempotency key's agent was revoked." },
  { code: "idempotency_key_agent_inactive", status: 409, error: "IdempotencyKeyAgentInactiveError", keys: ["idempotency_key", "agent_id"], meaning: "The idempotency key's agent is inactive." },
  { code: "validation_error", status: 422, error: "AlterValueError", keys: ["fields"], meaning: "The request failed validation; `fields` maps each field to its messages." },
] as const satisfies readonly CodeInfo[];

/** A code of the code table. */
export type BackendCode = (typeof CODES)[number]["code"];

const BY_CODE: ReadonlyMap<string, CodeInfo> = new Map(CODES.map((c) => [c.code, c]));

/** The code table's row for `code`, or `undefined` for a code this SDK does not know.
 *
 * @param code - A backend code, e.g. `grant_expired`.
 */
export function codeInfo(code: string): CodeInfo | undefined {
  return BY_CODE.get(code);
}

/** True when `code` is one of the code table's codes (exact match).
 *
 * @param code - A backend code, matched exactly.
 */
export function isKnownCode(code: string): boolean {
  return BY_CODE.has(code);
}

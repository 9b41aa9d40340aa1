/**
 * The key scope catalog: every scope an Alter API key can hold, the catalog version
 * that introduced it, and what it covers. The single source the mapper, the scope pages
 * and `/errors.json` read.
 * Imported by both server and browser code.
 * @module
 */

/** One scope of the key scope catalog. */
export interface ScopeInfo {
  /** The scope string as keys carry it, e.g. `agents:write`. */
  readonly scope: string;
  /** The catalog version that introduced the scope: a key minted at an earlier version cannot hold it. */
  readonly since: number;
  /** What the scope lets a key do. */
  readonly covers: string;
}

/** The catalog version the server is on. A key minted at an earlier version lacks the scopes added since. */
export const CURRENT_SCOPE_VERSION = 3;

/** The key scope catalog, in the order the docs list it. */
export const SCOPES = [
  { scope: "grants:read", since: 1, covers: "reading grants and their state" },
  { scope: "grants:write", since: 1, covers: "deleting and relabelling grants" },
  { scope: "connect:write", since: 1, covers: "creating Connect sessions" },
  { scope: "proxy:request", since: 1, covers: "provider calls through `request()` and the proxy" },
  { scope: "agents:read", since: 1, covers: "listing and reading agents" },
  { scope: "agents:write", since: 1, covers: "creating, updating and deactivating agents" },
  { scope: "keys:read", since: 1, covers: "listing agent keys" },
  { scope: "keys:write", since: 1, covers: "minting and revoking agent keys" },
  { scope: "approvals:read", since: 2, covers: "reading approval requests" },
  { scope: "approvals:write", since: 2, covers: "deciding approval requests" },
  { scope: "secrets:write", since: 2, covers: "storing managed secrets" },
  { scope: "subagents:write", since: 3, covers: "minting subagents" },
  { scope: "audit:read", since: 3, covers: "reading the audit log" },
] as const satisfies readonly ScopeInfo[];

/** A scope string of the catalog. */
export type Scope = (typeof SCOPES)[number]["scope"];

const BY_SCOPE: ReadonlyMap<string, ScopeInfo> = new Map(SCOPES.map((s) => [s.scope, s]));

/** The catalog entry of `scope`, or `undefined` for a scope the catalog does not list.
 *
 * @param scope - A scope string, e.g. `agents:write`.
 */
export function scopeInfo(scope: string): ScopeInfo | undefined {
  return BY_SCOPE.get(scope);
}

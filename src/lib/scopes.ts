/**
 * What the SDK concludes when a key lacks a scope: for each catalog version a key can have
 * been minted at, whether `InsufficientScopeError.scopeVersionMismatch` is true (rotate the
 * key) or false (mint a key with the scope). Computed by the SDK's own constructor.
 */
import { CURRENT_SCOPE_VERSION, InsufficientScopeError, type ScopeInfo } from "@alter-ai/alter-sdk/docs";

export interface ScopeCase {
  /** The catalog version the key was minted at. */
  readonly keyVersion: number;
  readonly scopeVersionMismatch: boolean;
}

export function scopeCases(scope: ScopeInfo): ScopeCase[] {
  const cases: ScopeCase[] = [];
  for (let v = 1; v <= CURRENT_SCOPE_VERSION; v++) {
    const err = new InsufficientScopeError("", {
      details: { required: [scope.scope], granted: [], scope_version: v, current_scope_version: CURRENT_SCOPE_VERSION },
    });
    cases.push({ keyVersion: v, scopeVersionMismatch: err.scopeVersionMismatch });
  }
  return cases;
}

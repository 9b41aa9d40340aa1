/**
 * What the SDK concludes when a key lacks a scope: for each catalog version a key can have
 * been minted at, whether `InsufficientScopeError.scopeVersionMismatch` is true (rotate the
 * key) or false (mint a key with the scope). Computed by the SDK's own constructor, then
 * grouped: consecutive versions with the same verdict are one range, so a scope every key
 * version can hold is one row, not one per version.
 */
import { CURRENT_SCOPE_VERSION, InsufficientScopeError, type ScopeInfo } from "@alter-ai/alter-sdk/docs";

export interface ScopeCase {
  /** The catalog version the key was minted at. */
  readonly keyVersion: number;
  readonly scopeVersionMismatch: boolean;
}

/** Keys minted at versions `from` to `to` (inclusive) get the same verdict. */
export interface ScopeCaseRange {
  readonly from: number;
  readonly to: number;
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

/** The cases of `scope` as ranges of key versions with one verdict each, oldest first. */
export function scopeCaseRanges(scope: ScopeInfo): ScopeCaseRange[] {
  const ranges: ScopeCaseRange[] = [];
  for (const c of scopeCases(scope)) {
    const last = ranges.at(-1);
    if (last && last.scopeVersionMismatch === c.scopeVersionMismatch && last.to === c.keyVersion - 1) {
      ranges[ranges.length - 1] = { ...last, to: c.keyVersion };
    } else {
      ranges.push({ from: c.keyVersion, to: c.keyVersion, scopeVersionMismatch: c.scopeVersionMismatch });
    }
  }
  return ranges;
}

/** "1", "1 or 2", "1 to 3". */
export function versionRange(r: { from: number; to: number }): string {
  return r.from === r.to ? String(r.from) : r.to === r.from + 1 ? `${r.from} or ${r.to}` : `${r.from} to ${r.to}`;
}

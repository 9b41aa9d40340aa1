/**
 * A provider signal as a mapping rule: the declared statuses, match, class, missing
 * scopes, retry and wait, turned into the verdict the mapper acts on.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { MappingRule, RuleContext, Verdict } from "../rules/context.js";
import { compile, pickScopes } from "./match.js";
import type { Signal } from "./types.js";

/** Does the signal apply to this status? (`"any"` takes every status and none.) */
function statusApplies(signal: Signal, status: number | undefined): boolean {
  if (signal.status === "any") return true;
  if (signal.status === "success") return status === undefined || status < 400;
  if (status === undefined) return false;
  return signal.status === undefined ? status >= 400 : signal.status.includes(status);
}

/**
 * The scopes a `ScopeReauthRequiredError` lacks: where the signal says, else a `Bearer`
 * or `DPoP` challenge's `scope` when one carries `insufficient_scope` (spec section 5,
 * rule 1). `undefined` (unknown, not none) when nothing names them.
 */
function missingScopes(signal: Signal, ctx: RuleContext): { fields: Record<string, unknown>; fieldSources: Record<string, string> } {
  const picked = signal.missingScopes && pickScopes(signal.missingScopes, ctx);
  if (picked) return { fields: { missing_scopes: picked.scopes }, fieldSources: { missing_scopes: picked.from } };
  const challenge = insufficientScopeChallenge(ctx);
  const scope = challenge?.params.scope;
  if (scope !== undefined) {
    const scopes = scope.split(" ").filter((s) => s !== "");
    return {
      fields: { missing_scopes: scopes },
      fieldSources: { missing_scopes: `header ${ctx.headers.nameAsSent("www-authenticate")} (${challenge!.scheme} scope)` },
    };
  }
  return { fields: { missing_scopes: undefined }, fieldSources: { missing_scopes: "not sent: the response names no scope" } };
}

/** The `Bearer` or `DPoP` challenge (RFC 6750, RFC 9449) with `error="insufficient_scope"`, if any. */
export function insufficientScopeChallenge(ctx: RuleContext) {
  if (!ctx.headers.has("www-authenticate")) return undefined;
  for (const c of ctx.challenges().challenges) {
    const scheme = c.scheme.toLowerCase();
    if ((scheme === "bearer" || scheme === "dpop") && c.params.error === "insufficient_scope") return c;
  }
  return undefined;
}

/** The rule of one signal. */
export function signalRule<Id extends string>(id: Id, signal: Signal): MappingRule<Id> {
  const when = compile(signal.when);
  return {
    id,
    group: "provider",
    produces: signal.error === null ? [] : [signal.error],
    apply: (ctx): Verdict | undefined => {
      if (!statusApplies(signal, ctx.status)) return undefined;
      const note = when(ctx);
      if (note === undefined) return undefined;
      const scopes = signal.error === "ScopeReauthRequiredError" ? missingScopes(signal, ctx) : undefined;
      return {
        error: signal.error,
        note,
        ...scopes,
        ...(signal.retryable !== undefined ? { retryable: signal.retryable } : {}),
        ...(signal.wait !== undefined ? { wait: signal.wait } : {}),
      };
    },
  };
}

/**
 * What the classifier page ships as JSON data for its view (`PageData`): of the SDK's guidance, the action and the recovery
 * of each class; the `catch` templates; and the statement of every provider rule that says more than its class's guidance (every
 * provider signal, and the generic rules beyond the catch-alls), which the answer shows as its "Why" when one decided; and every
 * provider signal's and generic rule's action (the same rules) and the last catch-all's by status, which the answer shows in place of its class's.
 * The page and the view's tests build it here, so that the tests read what the page ships.
 */
import { CATCH_ALL_RULES, GUIDANCE, REASON_GUIDANCE, RULE_ACTIONS, RULES, type RuleId } from "@alter-ai/alter-sdk/docs";
import type { PageData } from "../classifier/view";
import { catchTemplates } from "./snippets";

export function classifierData(): PageData {
  // Each class's, and the reasons' own (`NetworkError:cors`), which the view shows in place of their class's.
  const guidance = Object.fromEntries([...Object.entries(GUIDANCE), ...Object.entries(REASON_GUIDANCE)].map(([name, g]) => [name, { action: g.action, recovery: g.recovery }]));
  const signals = Object.fromEntries(RULES.filter(saysWhy).map((r) => [r.id, r.statement]));
  return { guidance, snippets: catchTemplates(), signals, actions: RULE_ACTIONS };
}

/**
 * The provider rules whose statement adds nothing to their class's guidance: section 5's catch-alls ("Any other 401 is a
 * ProviderUnauthorizedError"). Every other provider rule decided something the class's guidance cannot say: a provider's signal
 * (Google's daily quota waits for midnight Pacific time), or a generic rule beyond section 5 (a limit for anonymous calls is lifted
 * by sending a credential, not by waiting; a 501 "not supported" fails the same way every time).
 */
const CATCH_ALLS: ReadonlySet<RuleId> = new Set<RuleId>(CATCH_ALL_RULES);

function saysWhy(r: (typeof RULES)[number]): boolean {
  return r.provider !== undefined || (r.group === "provider" && !CATCH_ALLS.has(r.id));
}

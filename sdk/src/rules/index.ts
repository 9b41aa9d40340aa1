/**
 * The mapping rules as the mapper runs them, and the union of every rule id. The rules
 * with their statements, sources and examples (what the site renders) are `RULES`, in
 * `table.ts`.
 *
 * Imported by both server and browser code.
 * @module
 */
import { CORE_RULES, GENERIC_PROVIDER_RULES, type CoreRuleId } from "./core.js";
import { PROVIDER_MATCHERS, signalRulesOf, type ProviderSignalId } from "../providers/index.js";
import type { RetryRuleId } from "../retry.js";
import type { MappingRule } from "./context.js";

/** The id of any rule of `RULES`: a core rule, a provider signal, or a retry rule (public API: the site links them). */
export type RuleId = CoreRuleId | ProviderSignalId | RetryRuleId;

/**
 * Every mapping rule, in the order the groups run; within the provider group, each
 * provider's signals (only the identified provider's run) and then the generic rules.
 */
export const MAPPING_RULES: readonly MappingRule<RuleId>[] = [
  ...CORE_RULES.filter((r) => r.group !== "provider"),
  ...(PROVIDER_MATCHERS.flatMap((p) => signalRulesOf(p)) as MappingRule<ProviderSignalId>[]),
  ...GENERIC_PROVIDER_RULES,
];

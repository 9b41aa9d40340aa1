/**
 * `RULES`: every rule of the mapper with its documentation, in the order the mapper runs
 * them: the mapping rules (each with its statement; a provider signal also with its
 * provider, its public source and its real examples), then the retry rules. The site
 * renders it, each error page lists the rules that produce its class, and the tests walk
 * it. Docs only: the classifier's bundle maps with `MAPPING_RULES` and leaves this out.
 * @module
 */
import type { ErrorName } from "../tree.js";
import { RETRY_RULES } from "../retry.js";
import { PROVIDERS } from "../providers/docs.js";
import type { ProviderId } from "../providers/index.js";
import type { SourcedExample } from "../providers/types.js";
import type { RuleGroup } from "./context.js";
import { MAPPING_RULES, type RuleId } from "./index.js";
import { PROVIDER_RULE_ACTIONS, STATEMENTS, STATUS_ACTIONS } from "./statements.js";
import { statusActionKey } from "./action-of.js";

/** A row of the rule table. */
export interface Rule {
  /** Stable id (public API). */
  readonly id: RuleId;
  /** Which group it belongs to. */
  readonly group: RuleGroup;
  /** The rule in one line. */
  readonly statement: string;
  /** The classes it can produce (empty for a rule that says "not an error" or picks a source). */
  readonly produces: readonly ErrorName[];
  /**
   * For a provider signal, a generic provider rule beyond section 5's catch-alls, and the plain 403: what to do about its response,
   * in place of the class's generic action (see `SignalDoc.action`).
   */
  readonly action?: string;
  /** For the last catch-all: what to do by the status it decided (`"404"`) or its class (`"5xx"`), in place of its class's action. */
  readonly statusActions?: Readonly<Record<string, string>>;
  /** For a provider signal: the provider whose signal it is. */
  readonly provider?: ProviderId;
  /** For a provider signal: the public URL where the provider documents or shows it. */
  readonly source?: string;
  /** For a provider signal: real responses from public sources. */
  readonly examples?: readonly SourcedExample[];
}

const SIGNALS = new Map(PROVIDERS.flatMap((p) => p.signals.map((s) => [s.id as string, { provider: p.id, doc: s }] as const)));

/** The whole rule table: the mapping rules in the order they run, then the retry rules. */
export const RULES: readonly Rule[] = [
  ...MAPPING_RULES.map((r): Rule => {
    const signal = SIGNALS.get(r.id);
    if (signal) {
      const { statement, action, source, examples } = signal.doc;
      return { id: r.id, group: r.group, produces: r.produces, statement, action, provider: signal.provider, source, examples };
    }
    const action = PROVIDER_RULE_ACTIONS[r.id as keyof typeof PROVIDER_RULE_ACTIONS] as string | undefined;
    const statusActions = STATUS_ACTIONS[r.id as keyof typeof STATUS_ACTIONS];
    return {
      id: r.id,
      group: r.group,
      produces: r.produces,
      statement: STATEMENTS[r.id as keyof typeof STATEMENTS],
      ...(action !== undefined && { action }),
      ...(statusActions !== undefined && { statusActions }),
    };
  }),
  ...RETRY_RULES.map((r): Rule => ({ id: r.id, group: "retry", produces: r.produces, statement: STATEMENTS[r.id] })),
];

/**
 * Every action of the table by its key, for `actionOf`: a rule's own by its id, a catch-all's by its id and status
 * (`provider.error 404`) or status class (`provider.error 5xx`).
 */
export const RULE_ACTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  RULES.flatMap((r) => [
    ...(r.action === undefined ? [] : [[r.id, r.action] as const]),
    ...Object.entries(r.statusActions ?? {}).map(([status, action]) => [statusActionKey(r.id, status), action] as const),
  ]),
);

/** The rules that can produce `name`, in table order.
 *
 * @param name - An error class name.
 */
export function rulesProducing(name: ErrorName): Rule[] {
  return RULES.filter((r) => r.produces.includes(name));
}

export { CATCH_ALL_RULES, RETIRED_RULES } from "./statements.js";

/**
 * Which action of the rule table answers a response: the deciding rule's own for the response's status (`provider.error 404`),
 * else for its status class (`provider.error 5xx`), else the rule's (`provider.403`). The actions themselves are prose, kept in
 * `statements.ts` and the providers' docs; this module only names their keys, so that the CLI and the classifier's page (which
 * ships the actions as data, apart from its engine) look them up alike.
 *
 * Imported by both server and browser code.
 * @module
 */

/** The key of a rule's action for one status (`404`) or status class (`5xx`). */
export function statusActionKey(rule: string, status: string): string {
  return `${rule} ${status}`;
}

/**
 * The action `actions` (keyed as `RULE_ACTIONS` is) gives the response `rule` decided, the most specific first; `undefined` when
 * the rule has none, and its class's generic action is the answer.
 */
export function actionOf(actions: Readonly<Record<string, string>>, rule: string, status: number | undefined): string | undefined {
  if (status !== undefined) {
    const own = actions[statusActionKey(rule, String(status))] ?? actions[statusActionKey(rule, `${Math.floor(status / 100)}xx`)];
    if (own !== undefined) return own;
  }
  return actions[rule];
}

/**
 * What the classifier page ships as JSON data for its view (`PageData`): of the SDK's guidance, the action and the recovery
 * of each class; the `catch` templates; and the statement of every provider signal, which the answer shows when one decided.
 * The page and the view's tests build it here, so that the tests read what the page ships.
 */
import { GUIDANCE, REASON_GUIDANCE, RULES } from "@alter-ai/alter-sdk/docs";
import type { PageData } from "../classifier/view";
import { catchTemplates } from "./snippets";

export function classifierData(): PageData {
  // Each class's, and the reasons' own (`NetworkError:cors`), which the view shows in place of their class's.
  const guidance = Object.fromEntries([...Object.entries(GUIDANCE), ...Object.entries(REASON_GUIDANCE)].map(([name, g]) => [name, { action: g.action, recovery: g.recovery }]));
  const signals = Object.fromEntries(RULES.filter((r) => r.provider !== undefined).map((r) => [r.id, r.statement]));
  return { guidance, snippets: catchTemplates(), signals };
}

/**
 * The sidebar's action families: what a developer must do, each holding the SDK classes that
 * call for it. Membership is computed from the SDK's tree (`ancestry`) and retry rules
 * (`RETRY_RULES`); only each family's label and, for a subtree family, the class that
 * catches it are written here, and the build fails if that class leaves the SDK.
 * Imported by `astro.config.mjs` (the sidebar) and by the pages.
 */
import { ERROR_NAMES, RETRY_RULES, ancestry, isErrorName, type ErrorName } from "@alter-ai/alter-sdk/docs";

export interface Family {
  /** Stable id, for anchors. */
  readonly id: string;
  /** The action, as the sidebar says it. */
  readonly label: string;
  /** The class whose catch covers the whole family, when one does. */
  readonly catches?: ErrorName;
  /** The classes, in tree order. */
  readonly members: readonly ErrorName[];
}

interface FamilyRule {
  readonly id: string;
  readonly label: string;
  /** A subtree: this class and every subclass. */
  readonly subtree?: string;
  /** Any class a retry rule can make retryable. */
  readonly retryable?: true;
}

// Order is the sidebar's; a class joins the first family that takes it, and the rest
// (what no catch-all or retry rule covers) is code or configuration to fix.
const RULES: readonly FamilyRule[] = [
  { id: "re-authorize", label: "Re-authorize", subtree: "ReAuthRequiredError" },
  { id: "connect-flow", label: "Connect flow", subtree: "ConnectFlowError" },
  { id: "approvals", label: "Approvals", subtree: "ApprovalError" },
  { id: "agent-management", label: "Agent management", subtree: "AgentError" },
  { id: "provider-errors", label: "Provider errors", subtree: "ProviderAPIError" },
  { id: "network", label: "Network", subtree: "NetworkError" },
  { id: "retry", label: "Retry", retryable: true },
];
const FIX = { id: "fix-the-code", label: "Fix the code" };
/** The order families are shown in. */
const ORDER = ["re-authorize", "fix-the-code", "retry", "connect-flow", "approvals", "agent-management", "provider-errors", "network"];

const ROOT = ERROR_NAMES[0]!;

function build(): Family[] {
  for (const r of RULES) {
    if (r.subtree !== undefined && !isErrorName(r.subtree)) {
      throw new Error(`src/lib/families.ts: "${r.subtree}" is not an SDK error class any more; update the family "${r.label}".`);
    }
  }
  const retryable = new Set(RETRY_RULES.flatMap((r) => r.produces));
  const members = new Map<string, ErrorName[]>([...RULES, FIX].map((r) => [r.id, []]));
  for (const name of ERROR_NAMES) {
    if (name === ROOT) continue;
    const rule = RULES.find((r) => (r.subtree !== undefined ? ancestry(name).includes(r.subtree as ErrorName) : retryable.has(name)));
    members.get(rule?.id ?? FIX.id)!.push(name);
  }
  return ORDER.map((id) => {
    const rule = RULES.find((r) => r.id === id) ?? FIX;
    const family: Family = { id, label: rule.label, members: members.get(id)! };
    return "subtree" in rule && rule.subtree ? { ...family, catches: rule.subtree as ErrorName } : family;
  });
}

/** The families, in sidebar order. The root class (`ERROR_NAMES[0]`) belongs to none: it catches them all. */
export const FAMILIES: readonly Family[] = build();

/** The family of a class, `undefined` for the root. */
export function familyOf(name: ErrorName): Family | undefined {
  return FAMILIES.find((f) => f.members.includes(name));
}

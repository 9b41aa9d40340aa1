/**
 * The action families of the sidebar, the tree and "Catching by action": one per kind of
 * action (`GUIDANCE[name].kind` in the SDK), each holding the classes whose own action is of
 * that kind, so a class sits in the family of its action whatever its parent. Only each
 * family's label and description are written here; membership, and which classes a catch of
 * the family needs, are computed from the SDK. A new kind without a family here does not
 * compile. Imported by `astro.config.mjs` (the sidebar) and by the pages.
 */
import { ERROR_NAMES, GUIDANCE, ancestry, type ActionKind, type ErrorName } from "@alter-ai/alter-sdk/docs";

export interface Family {
  /** Stable id, for anchors: the action kind. */
  readonly id: ActionKind;
  /** The action, as the sidebar says it. */
  readonly label: string;
  /** What every member's action has in common, in one or two sentences. */
  readonly description: string;
  /** The members whose parent is not a member: a catch of each of them catches the whole family. */
  readonly catches: readonly ErrorName[];
  /**
   * Whether catching `catches` catches this family only. False when one of them has
   * subclasses in other families: then catch those first (most specific first).
   */
  readonly exact: boolean;
  /** The classes, in tree order. */
  readonly members: readonly ErrorName[];
}

/** The families in the order they are shown, with what they say. Keys: every action kind. */
const TEXT = {
  reauthorize: {
    label: "Re-authorize",
    description:
      "Send the user through Connect to grant the access again (or for the first time), or store a new managed secret; then retry the call.",
  },
  retry: {
    label: "Retry",
    description: "Wait and retry the same call: the condition is transient. `backoffDelay(err, attempt)` says how long, and when to give up.",
  },
  inspect: {
    label: "Read the error first",
    description:
      "The action depends on what the error carries: read the field its action names (a code, a status, a policy) or branch on its subclass, then retry, fix or tell the user as that says.",
  },
  "fix-call": {
    label: "Fix the call",
    description: "Change the call: an argument, an id, a name or the client that makes it is wrong. The same call fails the same way.",
  },
  "fix-setup": {
    label: "Fix the key or setup",
    description:
      "Change what the call runs with: the API key, its scopes, the agent, or the provider's configuration in the portal. The call fails until then.",
  },
  "ask-again": {
    label: "Tell the user, ask again",
    description:
      "A person decides here, the user in Connect or an approver, and said no or has not answered: tell whoever asked, follow a pending request up later, and ask again only when they want to.",
  },
  done: {
    label: "Nothing to do",
    description: "The call's goal is already reached: treat the error as a success.",
  },
} as const satisfies Record<ActionKind, { label: string; description: string }>;

const ROOT = ERROR_NAMES[0]!;

function build(): Family[] {
  return (Object.keys(TEXT) as ActionKind[]).map((id) => {
    const members = ERROR_NAMES.filter((n) => n !== ROOT && GUIDANCE[n].kind === id);
    if (members.length === 0) throw new Error(`src/lib/families.ts: no SDK class has the action kind "${id}"; drop its family.`);
    const inFamily = new Set<ErrorName>(members);
    const catches = members.filter((m) => !inFamily.has(ancestry(m)[1]!));
    const exact = catches.every((t) => ERROR_NAMES.every((n) => !ancestry(n).includes(t) || inFamily.has(n)));
    return { id, ...TEXT[id], catches, exact, members };
  });
}

/** The families, in sidebar order. The root class (`ERROR_NAMES[0]`) belongs to none: it catches them all. */
export const FAMILIES: readonly Family[] = build();

/** The family of a class, `undefined` for the root. */
export function familyOf(name: ErrorName): Family | undefined {
  return FAMILIES.find((f) => f.members.includes(name));
}

/**
 * The SDK's `EXAMPLES` as the site opens them: a stable slug for each, the link that opens
 * it in the classifier (`/classify/#r=…` with its options), and a short path that does
 * the same (`/classify/examples/<slug>/`, a tiny page that forwards to the long link), so
 * an error page can link every example without carrying every response's text.
 * @module
 */
import { EXAMPLES, ancestry, kebabCase, type ErrorName, type Example } from "@alter-ai/alter-sdk/docs";
import { sharePath } from "../classifier/share";

/** Where the gallery lives. */
export const EXAMPLES_PATH = "/classify/examples/";

const SLUGS = new Map<Example, string>();
{
  const seen = new Map<string, number>();
  for (const ex of EXAMPLES) {
    const base = kebabCase(ex.error);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    SLUGS.set(ex, n === 1 ? base : `${base}-${n}`);
  }
}

/** The example's slug: its class in kebab case, numbered from the second example of a class on (`provider-api-error-2`). */
export function exampleSlug(ex: Example): string {
  return SLUGS.get(ex)!;
}

/** The classifier link that carries the example's text and options. */
export function exampleHref(ex: Example): string {
  return sharePath({ text: ex.text, source: ex.opts?.source, providerId: ex.opts?.providerId });
}

/** The short path that opens the example in the classifier. */
export function exampleOpenPath(ex: Example): string {
  return `${EXAMPLES_PATH}${exampleSlug(ex)}/`;
}

/** The gallery's groups: every example, by what a developer was doing. */
const GROUPS: { title: string; test: (chain: readonly ErrorName[]) => boolean }[] = [
  { title: "Grants and the Alter backend", test: (c) => c.includes("BackendError") && !c.includes("AgentError") },
  { title: "Agents and keys", test: (c) => c.includes("AgentError") },
  { title: "Provider responses", test: (c) => c.includes("ProviderAPIError") },
  { title: "Connect and approvals", test: (c) => c.includes("ConnectFlowError") || c.includes("ApprovalError") },
  { title: "Network failures", test: (c) => c.includes("NetworkError") },
  { title: "Invalid requests", test: (c) => c[0] === "AlterValueError" },
];

/** The gallery: each group with its examples, in the SDK's order; a test proves no example is left out. */
export function gallery(): { title: string; examples: Example[] }[] {
  return GROUPS.map((g) => ({ title: g.title, examples: EXAMPLES.filter((e) => g.test(ancestry(e.error))) })).filter((g) => g.examples.length > 0);
}

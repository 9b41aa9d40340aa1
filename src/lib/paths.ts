/**
 * Site paths that the SDK does not define itself (it defines those of errors, scopes, codes,
 * rules and the classifier: `errorPath`, `scopePath`, `codePath`, `rulePath`, `classifyPath`).
 */
import { kebabCase } from "@alter-ai/alter-sdk/docs";

/** The page of an exported function: `/reference/functions/<kebab-case name>/`. */
export function functionPath(name: string): string {
  return `/reference/functions/${kebabCase(name)}/`;
}

/** The anchor id of an exported interface or type alias on the types page. */
export function typeAnchor(name: string): string {
  return kebabCase(name);
}

/** The anchor of an exported interface or type alias on the types page. */
export function typePath(name: string): string {
  return `/reference/types/#${typeAnchor(name)}`;
}

/** The page of a guide in `content/guides/`. */
export function guidePath(slug: string): string {
  return `/guides/${slug}/`;
}

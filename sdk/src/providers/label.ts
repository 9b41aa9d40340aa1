/**
 * The provider a paste names in a label of its own: an issue template's or a tool's error
 * report states it on a line ("Provider: anthropic", "**Provider:** gemini", Continue's report).
 * Weak evidence, like the client names and the API URLs: asked for last, and only when every
 * such label in the text names the same known provider (by its id or an alias).
 *
 * Imported by both server and browser code.
 * @module
 */
import type { Identified } from "../rules/context.js";
import { findProvider } from "./index.js";
import { atBothEnds } from "./clients.js";
import type { Provider } from "./types.js";

/** A line that is only the label and one name (Markdown's bold and code allowed around them). */
const LABEL = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?Provider(?:\*\*)?:(?:\*\*)?[ \t]*`?([A-Za-z][\w.-]{0,40})`?[ \t]*\r?$/gm;

/** The one known provider the paste's "Provider:" labels name; `undefined` when they name none, an unknown one, or more than one. */
export function identifyByLabel(text: string): Identified | undefined {
  let found: Provider | undefined;
  for (const m of atBothEnds(text).matchAll(LABEL)) {
    const p = findProvider(m[1]!);
    if (p === undefined || (found !== undefined && found !== p)) return undefined;
    found = p;
  }
  return found && { provider: found, evidence: `the paste's label "Provider: ${found.id}"`, named: false };
}

/**
 * The holes of a `catch` template and how they are filled: the part of the snippet
 * generator (`snippets.ts`) that runs in the browser, apart so that the classifier's
 * script carries neither the templates' prose nor the SDK's guidance.
 *
 * Every value from a response enters a snippet one way, `literal()`: JSON's escaping,
 * plus the line terminators JSON leaves raw (U+2028, U+2029) and U+0085 (NEL, a line
 * break to many editors), so that a value can neither end a `//` comment nor leave its
 * string, whatever it holds.
 * @module
 */

const RAW_BREAKS = /[\u2028\u2029\u0085]/g;

/** `value` as a JavaScript (and JSON) literal with every line terminator escaped. */
export function literal(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined; // a cycle, a bigint: say so rather than throw
  }
  if (text === undefined) {
    let shown = "[unprintable]";
    try {
      shown = String(value);
    } catch {
      // a throwing toString: the placeholder stays
    }
    text = JSON.stringify(shown);
  }
  return text.replace(RAW_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Where a template takes the provider of the call (a literal) and the response's facts (comment lines). */
export const PROVIDER_HOLE = "{{provider}}";
export const FACTS_HOLE = "{{facts}}";

/** A fact line's value is cut here: the snippet is code to read, not the response. */
const MAX_FACT = 60;

/**
 * A template with its holes filled: the provider as a literal (the `providerId` variable
 * when unknown), and the facts as `// label: value` lines indented like the hole (no
 * facts, no line). Every value goes through `literal()`.
 */
export function fillSnippet(template: string, provider: string | undefined, facts: readonly [label: string, value: unknown][]): string {
  const lines = facts.map(([label, value]) => {
    const shown = literal(value);
    return `// ${label}: ${shown.length > MAX_FACT ? `${shown.slice(0, MAX_FACT - 1)}…` : shown}`;
  });
  return template
    .replaceAll(PROVIDER_HOLE, provider ? literal(provider) : "providerId")
    .replace(/^( *)\{\{facts\}\}\n/m, (_, pad: string) => (lines.length ? lines.map((l) => pad + l + "\n").join("") : ""));
}

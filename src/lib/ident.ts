/**
 * Where an identifier may break across lines: before a capital that follows a lower-case
 * letter or digit (`Restricted|Grant`), and after `_` and `.` (`documentation_|url`,
 * `details.|code`). Used by `Ident.astro`, the page title and the sidebar override.
 */
const BREAKS = /(?<=[a-z0-9])(?=[A-Z])|(?<=[_.])(?=[^_.])/;

/**
 * Identifiers this long or shorter fit any column the site has (a phone's card, a 22% table
 * column): they get no break opportunity, which keeps pages light (a `<wbr>` per word adds up).
 */
export const SHORT_IDENTIFIER = 14;

/** The pieces of `name` between its break opportunities, in order; joined they are `name`. */
export function identWords(name: string): string[] {
  return name.length <= SHORT_IDENTIFIER ? [name] : name.split(BREAKS);
}

/** Is `text` one identifier (a name or a dotted path, optionally called: `backoffDelay()`)? */
export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*(\(\))?$/.test(text);
}

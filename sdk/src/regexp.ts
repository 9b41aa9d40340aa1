/**
 * Text that a pattern must match literally (a table's words built into one alternation: n8n's headings, S3's messages).
 *
 * Imported by both server and browser code.
 * @module
 */

/** `text` with every character a regular expression reads as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

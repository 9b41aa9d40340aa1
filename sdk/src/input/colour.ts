/**
 * A terminal's colour codes in a paste: SGR sequences (`ESC[37m`, `ESC[1;31m`) that a copy from a coloured log keeps, and their
 * ESC-less remains at a line's start (`[37m[2023-11-20 21:33:59.751] ...`, the escape byte lost on the way). Neither is the
 * text's, and both hide what a line starts with from the readers.
 *
 * Imported by both server and browser code.
 * @module
 */

/** A control sequence with its escape byte; or, at a line's start, an SGR sequence whose escape byte was lost. */
const CODES = /\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|(?<=^|\n)\[\d{1,3}(?:;\d{1,3}){0,7}m(?=\S)/g;

/** The text without its colour codes, or `undefined` when it has none. */
export function stripColour(t: string): string | undefined {
  // One pass of a bounded pattern; most pastes have none, and the test is cheaper than the replace.
  // (A line that starts with a bracket is looked for natively first: the pattern's alternation costs more than the scan.)
  if (!t.includes("\x1b[") && !((t.charCodeAt(0) === 0x5b || t.includes("\n[")) && /(?:^|\n)\[\d{1,3}(?:;\d{1,3}){0,7}m\S/.test(t))) return undefined;
  return t.replace(CODES, "");
}

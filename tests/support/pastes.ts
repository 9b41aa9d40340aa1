/**
 * The real pastes of tests/fixtures/pastes: each file is a header (`source:`, `notes:`), a
 * `---` line, then the text exactly as it was pasted.
 */
import { readFileSync } from "node:fs";

/** The text of the capture `file`, without its header. */
export function paste(file: string): string {
  const raw = readFileSync(new URL(`../fixtures/pastes/${file}`, import.meta.url), "utf8");
  return raw.slice(raw.indexOf("\n---\n") + 5);
}

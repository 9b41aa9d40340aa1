/**
 * JSON text read safely: nesting deeper than {@link MAX_JSON_DEPTH} is refused (by one
 * linear scan before `JSON.parse` sees a long text, or a walk of a short text's value), so
 * a hostile body never makes a parser or a walker of the SDK (or of the page showing the
 * result) recurse beyond a fixed depth, nor `JSON.parse` spend seconds on nesting.
 *
 * Imported by both server and browser code.
 * @module
 */

/** How deep pasted or received JSON may nest. Real error bodies nest a handful of levels. */
export const MAX_JSON_DEPTH = 256;

/**
 * Whether JSON text nests deeper than `limit` (brackets inside strings do not count).
 * One pass; texts too short to be that deep are not scanned.
 */
export function nestsDeeperThan(t: string, limit: number = MAX_JSON_DEPTH): boolean {
  if (t.length <= 2 * limit) return false;
  let depth = 0;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < n; i++) {
        const d = t.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}

/** The outcome of reading JSON text. */
export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly tooDeep: boolean; readonly error?: unknown };

/**
 * Text up to this length is parsed first and its depth checked on the value, which is
 * cheaper than the text scan (a walk of the containers only); longer text is scanned
 * first. The scan is there to bound `JSON.parse`'s time, not its stack (V8 parses
 * iteratively): nesting costs it about 1.4 µs a level, so 128 KiB of the worst nesting
 * parses in about 0.1 s, and 5 MiB would take seconds.
 */
const PARSE_FIRST = 128 * 1024;

/** Whether a parsed JSON value nests deeper than `limit` (the value itself is level 1). Iterative. */
function valueNestsDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== "object") return false;
  const stack: object[] = [value];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    // Indexed and for-in: no array of children is built for a node (JSON.parse's own values have no prototype tricks).
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (child !== null && typeof child === "object") {
          stack.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in node) {
        const child: unknown = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === "object") {
          stack.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}

/** `JSON.parse`, refusing text that nests deeper than {@link MAX_JSON_DEPTH}. Never throws. */
export function readJson(t: string): JsonRead {
  if (t.length > PARSE_FIRST && nestsDeeperThan(t)) return { ok: false, tooDeep: true };
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (error) {
    return { ok: false, tooDeep: false, error };
  }
  if (t.length > 2 * MAX_JSON_DEPTH && t.length <= PARSE_FIRST && valueNestsDeeperThan(value, MAX_JSON_DEPTH)) return { ok: false, tooDeep: true };
  return { ok: true, value };
}

/**
 * JSON text read safely: nesting deeper than {@link MAX_JSON_DEPTH} is found by one
 * linear scan before `JSON.parse` sees the text, so a hostile body never makes a parser or
 * a walker of the SDK (or of the page showing the result) recurse beyond a fixed depth.
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

/** `JSON.parse`, refusing text that nests deeper than {@link MAX_JSON_DEPTH} before parsing it. Never throws. */
export function readJson(t: string): JsonRead {
  if (nestsDeeperThan(t)) return { ok: false, tooDeep: true };
  try {
    return { ok: true, value: JSON.parse(t) };
  } catch (error) {
    return { ok: false, tooDeep: false, error };
  }
}

/**
 * Safe copies of untrusted JSON and the typed readers the error constructors use.
 * Imported by both server and browser code.
 * @module
 */


/** How deep a copy of untrusted JSON goes; deeper values are replaced by a marker. */
const MAX_DEPTH = 64;

/** True for the keys `__proto__`, `constructor` and `prototype`. */
export function isForbiddenKey(key: string): boolean {
  // Keys never copied from a response: each could reach or replace a prototype.
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

/**
 * A deep, frozen copy of a JSON-like value: plain objects and arrays are copied, every
 * `__proto__`, `constructor` and `prototype` key is dropped, and nothing in the copy is
 * shared with the caller's objects. Values that are not JSON (functions, symbols,
 * class instances) become `String(value)` only for dates and are dropped otherwise.
 * Nesting deeper than 64 levels is replaced by the string `"[nested too deep]"`.
 */
export function frozenCopy(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") {
    return typeof value === "function" || typeof value === "symbol" || typeof value === "bigint" ? undefined : value;
  }
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(frozenCopy(value[i], depth + 1));
    return Object.freeze(out);
  }
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (isForbiddenKey(key)) continue;
    const v = frozenCopy((value as Record<string, unknown>)[key], depth + 1);
    if (v !== undefined) out[key] = v;
  }
  return Object.freeze(out);
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A string value, else `undefined`. Numbers are read as their decimal text (ids are sometimes numeric). */
export function readString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * A list of strings: an array keeps its string members, a lone string becomes a
 * one-member list, anything else (or nothing) is `[]`.
 */
export function readStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string") return [value];
  return [];
}

/** Like `readStringList`, but `undefined` when no list was sent: "unknown" stays apart from "none". */
export function readOptionalStringList(value: unknown): string[] | undefined {
  return value === undefined || value === null ? undefined : readStringList(value);
}

/** `true` only for `true` (or the string `"true"`); absent or anything else is `false`. */
export function readBoolean(value: unknown): boolean {
  return value === true || value === "true";
}

/** `true`/`false` when sent (also as the strings), else `undefined`. */
export function readOptionalBoolean(value: unknown): boolean | undefined {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return undefined;
}

/** A finite number, or a string of digits read as one; else `undefined`. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** camelCase → snake_case: `accountWasProvided` → `account_was_provided`.
 *
 * @param name - A camelCase field name.
 */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

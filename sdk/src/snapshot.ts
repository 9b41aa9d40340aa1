/**
 * Safe copies of untrusted JSON and the typed readers the error constructors use.
 * Imported by both server and browser code.
 * @module
 */


/** How deep a copy of untrusted JSON goes; deeper values are replaced by a marker. */
const MAX_DEPTH = 64;
/** How many values a copy holds at most; what is beyond is left out. */
export const MAX_COPY_NODES = 10_000;

/** True for the keys `__proto__`, `constructor` and `prototype`. */
export function isForbiddenKey(key: string): boolean {
  // Keys never copied from a response: each could reach or replace a prototype.
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

/**
 * A deep, frozen copy of a JSON-like value, safe whatever the value is:
 * - plain objects and arrays are copied, every `__proto__`, `constructor` and
 *   `prototype` key dropped, so nothing in the copy is shared with the caller's objects;
 * - an object met twice is copied once and shared in the copy; an object met again
 *   inside itself (a cycle) becomes the string `"[Circular]"`, so the copy is always
 *   plain JSON;
 * - dates become their ISO text (`"Invalid Date"` for an invalid one); functions,
 *   symbols and bigints are dropped; other class instances are copied by their own
 *   enumerable keys;
 * - a member whose read throws (a getter, a revoked `Proxy`) is left out;
 * - nesting deeper than 64 levels becomes `"[nested too deep]"`, and after 10,000
 *   values the rest is left out.
 *
 * `onCut` is called when anything was left out or replaced, so that the caller can say
 * so (`details.truncated`).
 */
export function frozenCopy(value: unknown, onCut?: () => void): unknown {
  const flat = flatCopy(value);
  if (flat !== undefined) return flat;
  const state = { nodes: 0, done: new Map<object, unknown>(), open: new Set<object>(), cut: false };
  const out = copy(value, 0, state);
  if (state.cut) onCut?.();
  return out;
}

/**
 * The common case, copied without the walk's bookkeeping: a plain object (of
 * `Object.prototype`, as `JSON.parse` makes) whose own values are all strings, finite
 * numbers, booleans or null. `undefined` for anything else, which the walk then copies;
 * a value read twice that way is read through the same guarded path.
 */
function flatCopy(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  try {
    const keys = Object.keys(value);
    if (keys.length > 64) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (isForbiddenKey(key)) return undefined;
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return undefined;
      out[key] = v;
    }
    return Object.freeze(out);
  } catch {
    return undefined;
  }
}

interface CopyState {
  nodes: number;
  done: Map<object, unknown>;
  open: Set<object>;
  cut: boolean;
}

function copy(value: unknown, depth: number, state: CopyState): unknown {
  if (value === null || typeof value !== "object") {
    return typeof value === "function" || typeof value === "symbol" || typeof value === "bigint" ? undefined : value;
  }
  if (state.done.has(value)) return state.done.get(value);
  if (state.open.has(value)) {
    state.cut = true;
    return "[Circular]";
  }
  if (depth >= MAX_DEPTH) {
    state.cut = true;
    return "[nested too deep]";
  }
  let out: unknown;
  state.open.add(value);
  try {
    if (value instanceof Date) {
      const t = value.getTime();
      out = Number.isNaN(t) ? "Invalid Date" : value.toISOString();
    } else if (Array.isArray(value)) {
      const list: unknown[] = [];
      const n = value.length;
      for (let i = 0; i < n; i++) {
        if (++state.nodes > MAX_COPY_NODES) {
          state.cut = true;
          break;
        }
        list.push(read(value, i, depth, state));
      }
      out = Object.freeze(list);
    } else {
      const obj: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (isForbiddenKey(key)) continue;
        if (++state.nodes > MAX_COPY_NODES) {
          state.cut = true;
          break;
        }
        const v = read(value, key, depth, state);
        if (v !== undefined) obj[key] = v;
      }
      out = Object.freeze(obj);
    }
  } catch {
    // A hostile object (a revoked Proxy, a throwing ownKeys trap): nothing of it is kept.
    state.cut = true;
    out = undefined;
  }
  state.open.delete(value);
  state.done.set(value, out);
  return out;
}

function read(from: object, key: string | number, depth: number, state: CopyState): unknown {
  let v: unknown;
  try {
    v = (from as Record<string | number, unknown>)[key];
  } catch {
    state.cut = true;
    return undefined;
  }
  return copy(v, depth + 1, state);
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

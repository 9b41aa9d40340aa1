/**
 * The message for pasted JSON that does not parse: what went wrong, at which line and
 * column. `JSON.parse`'s own messages differ by engine and often give no position, so a
 * linear scan with an explicit stack finds the spot; it runs only after `JSON.parse` failed.
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";

/** The error for JSON that does not parse, with the line and column of the problem. */
export function jsonError(t: string, err: unknown, found: SyntaxFound | undefined = jsonSyntaxError(t)): AlterValueError {
  let what: string;
  let offset: number;
  if (found !== undefined) {
    ({ what, offset } = found);
  } else {
    // The scanner accepts what the engine refused (nesting too deep, say): use its words.
    let message = "";
    try {
      message = err instanceof Error ? String(err.message).slice(0, 160) : "";
    } catch {
      // A hostile message getter: say nothing more.
    }
    what = message === "" ? "it is not valid JSON" : message;
    offset = 0;
  }
  let line = 1;
  let lineStart = 0;
  for (let i = t.indexOf("\n"); i >= 0 && i < offset; i = t.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const cut = offset >= t.length ? " (the paste may be cut off)" : "";
  return new AlterValueError(
    `This starts like JSON but does not parse: ${what} at line ${line}, column ${offset - lineStart + 1}${cut}. ` +
      "Paste the complete JSON (a HAR file, a response object or a response body), or the raw response with its status line.",
  );
}

/** What is wrong with JSON text, and where (an offset equal to its length: it ends early). */
export interface SyntaxFound {
  what: string;
  offset: number;
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where JSON text first goes wrong, for the message (JSON.parse's own messages differ by
 * engine and often give no position). A linear scan with an explicit stack; only run
 * after JSON.parse has failed. `undefined` when the scan finds nothing wrong.
 */
export function jsonSyntaxError(t: string): SyntaxFound | undefined {
  const n = t.length;
  const stack: number[] = []; // 0x5b [ or 0x7b {
  let state: "value" | "key" | "after" = "value";
  let closeAllowed = false;
  let i = 0;
  const quote = (at: number): string => JSON.stringify(t.charAt(at));
  for (;;) {
    while (i < n && isJsonSpace(t.charCodeAt(i))) i++;
    if (i >= n) {
      return state === "after" && stack.length === 0 ? undefined : { what: "the JSON ends early", offset: n };
    }
    const c = t.charCodeAt(i);
    if (state === "key") {
      if (c === 0x7d /* } */ && closeAllowed) {
        stack.pop();
        i++;
        state = "after";
        continue;
      }
      if (c !== 0x22) return { what: `expected a property name in double quotes, found ${quote(i)}`, offset: i };
      const end = scanJsonString(t, i);
      if (typeof end !== "number") return end;
      i = end;
      while (i < n && isJsonSpace(t.charCodeAt(i))) i++;
      if (i >= n) return { what: "the JSON ends early", offset: n };
      if (t.charCodeAt(i) !== 0x3a) return { what: `expected ":" after the property name, found ${quote(i)}`, offset: i };
      i++;
      state = "value";
      continue;
    }
    if (state === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined) return { what: `unexpected ${quote(i)} after the end of the JSON value`, offset: i };
      if (c === 0x2c /* , */) {
        i++;
        state = top === 0x7b ? "key" : "value";
        closeAllowed = false;
        continue;
      }
      if ((c === 0x5d && top === 0x5b) || (c === 0x7d && top === 0x7b)) {
        stack.pop();
        i++;
        continue;
      }
      return { what: `expected "," or "${top === 0x7b ? "}" : "]"}", found ${quote(i)}`, offset: i };
    }
    // state === "value"
    if (c === 0x7b) {
      stack.push(c);
      i++;
      state = "key";
      closeAllowed = true;
      continue;
    }
    if (c === 0x5b) {
      stack.push(c);
      i++;
      while (i < n && isJsonSpace(t.charCodeAt(i))) i++;
      if (t.charCodeAt(i) === 0x5d) {
        stack.pop();
        i++;
        state = "after";
      }
      continue;
    }
    if (c === 0x22) {
      const end = scanJsonString(t, i);
      if (typeof end !== "number") return end;
      i = end;
    } else if (t.startsWith("true", i)) i += 4;
    else if (t.startsWith("false", i)) i += 5;
    else if (t.startsWith("null", i)) i += 4;
    else {
      JSON_NUMBER.lastIndex = i;
      const m = JSON_NUMBER.exec(t);
      if (m === null || m[0] === "") return { what: `unexpected ${quote(i)}`, offset: i };
      i += m[0].length;
    }
    state = "after";
  }
}

/** The index after a JSON string starting at `start` (a `"`), or what is wrong with it. */
function scanJsonString(t: string, start: number): number | { what: string; offset: number } {
  for (let i = start + 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { what: "a control character (a raw line break or tab) inside a string", offset: i };
    if (c === 0x5c /* \ */) {
      const e = t.charAt(i + 1);
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) return { what: "a bad \\u escape in a string", offset: i };
        i += 5;
      } else if (e !== "" && '"\\/bfnrt'.includes(e)) i++;
      else return { what: `a bad escape ${JSON.stringify(`\\${e}`)} in a string`, offset: i };
    }
  }
  return { what: "a string that is never closed", offset: t.length };
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}


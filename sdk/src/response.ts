/**
 * A response as the rules read it: headers looked up case-insensitively, the body read
 * once (JSON or text), and the body-derived facts every rule shares.
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair, HeadersLike } from "./types.js";
import { isRecord } from "./snapshot.js";
import { readJson, type JsonRead } from "./json.js";
import { MAX_HEADERS } from "./input/limits.js";

/** Text kept in `details.raw_body` or `responseBody` is cut to this many UTF-8 bytes. */
export const MAX_KEPT_BODY_BYTES = 64 * 1024;

/**
 * Headers with case-insensitive lookup, keeping the pairs as read. Lookups scan the
 * lowercased names: responses carry tens of headers, and a scan costs less than building
 * a map for the handful of lookups the rules make.
 */
export class HeaderMap {
  /** The headers in the order read, names as sent. */
  readonly pairs: readonly HeaderPair[];
  readonly #names: string[];

  constructor(pairs: readonly HeaderPair[]) {
    this.pairs = pairs;
    const names = new Array<string>(pairs.length);
    // One lowercasing per distinct name: a header repeated many times (a long name times many values) costs its length once.
    let prev: string | undefined;
    let prevLower = "";
    for (let i = 0; i < pairs.length; i++) {
      const name = pairs[i]![0];
      if (name !== prev) {
        prev = name;
        prevLower = name.toLowerCase();
      }
      names[i] = prevLower;
    }
    this.#names = names;
  }

  /** The lowercased name of the field at `i` of `pairs`. */
  lowerName(i: number): string {
    return this.#names[i]!;
  }

  /** The value of `name` (lowercase): several fields of the same name joined with ", " (RFC 9110 list semantics). */
  get(name: string): string | undefined {
    let out: string | undefined;
    for (let i = 0; i < this.#names.length; i++) {
      if (this.#names[i] === name) out = out === undefined ? this.pairs[i]![1] : out + ", " + this.pairs[i]![1];
    }
    return out;
  }

  /** The first field of `name` (lowercase), for singletons like `X-Request-Id`. */
  first(name: string): string | undefined {
    const i = this.#names.indexOf(name);
    return i === -1 ? undefined : this.pairs[i]![1];
  }

  /** Every field of `name` (lowercase), one entry per field. */
  all(name: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.#names.length; i++) if (this.#names[i] === name) out.push(this.pairs[i]![1]);
    return out;
  }

  /** Is there a field named `name` (lowercase)? */
  has(name: string): boolean {
    return this.#names.includes(name);
  }

  /** The name as sent of the first field named `name` (lowercase), for the decision trace. */
  nameAsSent(name: string): string {
    const i = this.#names.indexOf(name);
    return i === -1 ? name : this.pairs[i]![0];
  }
}

/**
 * Turns any `HeadersLike` into pairs. Values of a plain object may be lists; anything not
 * a string is skipped; at most 1,000 pairs are read. Never throws on odd input: a shape it
 * does not know gives no headers, a hostile one (throwing getters, a `Proxy`) what was
 * read before it threw.
 */
export function headerPairs(headers: HeadersLike | undefined | null): HeaderPair[] {
  const out: HeaderPair[] = [];
  const full = () => out.length >= MAX_HEADERS;
  if (headers === undefined || headers === null || typeof headers !== "object") return out;
  try {
    if (Array.isArray(headers)) {
      for (const entry of headers as readonly unknown[]) {
        if (full()) break;
        if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string") out.push([entry[0], entry[1]]);
        else if (isRecord(entry) && typeof entry.name === "string" && typeof entry.value === "string") out.push([entry.name, entry.value]);
      }
      return out;
    }
    const h = headers as { forEach?: unknown };
    if (typeof h.forEach === "function" && !isPlainObject(headers)) {
      (headers as { forEach(cb: (value: string, name: string) => void): void }).forEach((value, name) => {
        if (typeof value === "string" && typeof name === "string" && !full()) out.push([name, value]);
      });
      return out;
    }
    for (const name of Object.keys(headers)) {
      if (full()) break;
      const value = (headers as Record<string, unknown>)[name];
      if (typeof value === "string") out.push([name, value]);
      else if (typeof value === "number") out.push([name, String(value)]);
      else if (Array.isArray(value)) for (const v of value) if (typeof v === "string" && !full()) out.push([name, v]);
    }
  } catch {
    // A hostile Headers-like object (throwing getters, a Proxy) gives what was read before.
  }
  return out;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** How the body was read. */
export type BodyRead =
  | { kind: "json"; value: unknown; text: string | undefined }
  | { kind: "text"; text: string }
  | { kind: "invalid-json"; text: string }
  | { kind: "empty" };

/** The media type of a `Content-Type` value, lowercased, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const semi = contentType.indexOf(";");
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

/**
 * A problem+json body (RFC 9457) that came without its media type: a string `code` beside its `title` or `detail`, or beside a
 * `type` that is a URI (`about:blank`, `https://...`). Not a `type` that is a word beside a `message`: that is OpenAI's error
 * object (`{"message", "type": "rate_limit_error", "param", "code": "rate_limit_exceeded"}`, printed without its `error`
 * wrapper by openai-node's `429 {...}` and the apps built on it), whose codes would otherwise read as the backend's.
 */
export function isBareProblem(v: Record<string, unknown>): boolean {
  return typeof v.code === "string" && ("title" in v || "detail" in v || (typeof v.type === "string" && /[:/]/.test(v.type)));
}

/** `application/json`, any `+json` type (such as `application/problem+json`), or AWS's `application/x-amz-json-1.0` and `-1.1`. */
export function isJsonMediaType(type: string | undefined): boolean {
  return type !== undefined && (type === "application/json" || type.endsWith("+json") || type === "application/x-amz-json-1.0" || type === "application/x-amz-json-1.1");
}

/**
 * What a server puts before its JSON so that a `<script>` tag on another site cannot run it (JSON hijacking): `)]}'` (Google's
 * APIs, Angular), `while(1);` (Canvas LMS), `for (;;);` (Facebook). The JSON after it is the body (Canvas's
 * `while(1);{"errors":[{"message":"Invalid access token."}]}`); the guard alone is no reason to read it as text.
 */
const JSON_GUARD = /^[ \t\r\n]{0,20}(?:\)\]\}',?|while ?\(1\);|for ?\(;;\);)/;

/**
 * Reads a body once: an object is already JSON; a string is JSON when the media type is
 * JSON (or when there is no `Content-Type` and it parses); empty text is `empty`. `json` is
 * the text's reading when it was already read (a pasted response's, see `input/wire.ts`).
 */
export function readBody(body: unknown, contentType: string | undefined, json?: JsonRead): BodyRead {
  if (body === undefined || body === null) return { kind: "empty" };
  if (typeof body !== "string") {
    if (body instanceof Uint8Array) return readBody(new TextDecoder().decode(body), contentType);
    return { kind: "json", value: body, text: undefined };
  }
  if (body.trim() === "") return { kind: "empty" };
  const type = mediaType(contentType);
  const jsonType = isJsonMediaType(type);
  // A streaming endpoint's error comes as one JSON body under the stream's type (Google's Cloud Code `streamGenerateContent`
  // answers a 503 so): an event stream's own text starts with a field (`data:`, `event:`), never with a bracket.
  const streamedJson = type === "text/event-stream" && /^\s*[{[]/.test(body);
  if (jsonType || streamedJson || type === undefined || type === "") {
    json ??= readJson(body);
    if (json.ok) return { kind: "json", value: json.value, text: body };
    const guarded = JSON_GUARD.exec(body);
    if (guarded) {
      const rest = body.slice(guarded[0].length);
      const inner = readJson(rest);
      if (inner.ok) return { kind: "json", value: inner.value, text: rest };
    }
    // Nested deeper than any real body: kept as text, so that no walker recurses into it.
    if (json.tooDeep) return { kind: "text", text: body };
    return jsonType ? { kind: "invalid-json", text: body } : { kind: "text", text: body };
  }
  return { kind: "text", text: body };
}

/**
 * A list that holds one error body and nothing else (`[{"error": {...}}]`, as Google's streaming endpoints such as
 * `streamGenerateContent` answer an error): the error inside, which the rules read as its non-streaming twin sends it.
 * Any other body as it is.
 */
export function soleError(body: BodyRead): BodyRead {
  if (body.kind !== "json" || !Array.isArray(body.value) || body.value.length !== 1) return body;
  const only: unknown = body.value[0];
  return isRecord(only) && isRecord(only.error) ? { kind: "json", value: only, text: undefined } : body;
}

/**
 * Cuts text to `MAX_KEPT_BODY_BYTES` of UTF-8 at a character boundary. `truncated` says
 * whether anything was cut. Linear, and free for text that is short enough.
 */
export function cutText(text: string): { text: string; truncated: boolean } {
  // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair is 4 bytes for 2 units).
  if (text.length * 3 <= MAX_KEPT_BODY_BYTES) return { text, truncated: false };
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let size: number;
    let units = 1;
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size = 4;
      units = 2;
    } else size = 3;
    if (bytes + size > MAX_KEPT_BODY_BYTES) return { text: text.slice(0, i), truncated: true };
    bytes += size;
    i += units - 1;
  }
  return { text, truncated: false };
}

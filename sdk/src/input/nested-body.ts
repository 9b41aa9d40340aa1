/**
 * A provider's error body that a proxy or an agent tool passed on as a string in its own
 * body's message: LiteLLM, Continue, claude-code-router and OpenAI-compatible gateways write
 * `{"error":{"message":"{\n  \"error\": {\n    \"code\": 400, ...}\n}\n","code":400}}`, or
 * put words first (`"Error from provider(429): {...}"`). The inner body is the provider's own,
 * with the signals that name it and say what to do; the wrapper says only that a call failed.
 * So the inner one is read in its place, with a warning.
 *
 * Imported by both server and browser code.
 * @module
 */
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";
import { bracketed } from "./printout.js";

/** Characters of a message before the inner body's `{` (a proxy's "Error from provider(429): "). */
const MAX_LEAD = 200;
/** Wrappers unwrapped at most (a proxy behind a proxy). */
const MAX_DEPTH = 3;

/**
 * The innermost error body `body` carries as text in its `error.message` (or its `message`),
 * as text and as the value it parses to; `undefined` when it carries none. Only an object that is a body itself counts: it
 * has an `error` or `errors` member, or is an error object (`"object": "error"`).
 */
export function innerBody(body: unknown): { readonly text: string; readonly value: Record<string, unknown> } | undefined {
  // A body inside a JSON string has its quotes escaped: without one, there is nothing to parse.
  if (typeof body === "string" && body.indexOf('\\"') < 0) return undefined;
  let found: { text: string; value: Record<string, unknown> } | undefined;
  let value = typeof body === "string" ? parsed(body) : body;
  for (let depth = 0; depth < MAX_DEPTH && isRecord(value); depth++) {
    const holder = isRecord(value.error) ? value.error : value;
    // (Or an app's `error` as text: `{"error": "Replicate API error: 429 - {...}", "success": false}`.)
    const message = typeof value.error === "string" ? value.error : holder.message;
    if (typeof message !== "string") break;
    const open = message.indexOf("{");
    if (open < 0 || open > MAX_LEAD) break;
    const text = bracketed(message, open);
    const inner = text === undefined ? undefined : parsed(text);
    // (Or OpenAI's error object alone, as Mistral's and vLLM's: `{"object": "error", "message": ..., "type": "rate_limited"}`, inside a
    // Speakeasy SDK's "API error occurred: Status 429 Content-Type application/json Body {...}".)
    // (Or a body that states its own error status beside its words: Replicate's `{"detail": "Request was throttled. ...", "status": 429}`.)
    if (!isRecord(inner) || !("error" in inner || "errors" in inner || inner.object === "error" || statesErrorStatus(inner))) break;
    found = { text: text!, value: inner };
    value = inner;
  }
  return found;
}

function statesErrorStatus(value: Record<string, unknown>): boolean {
  const status = value.status;
  return typeof status === "number" && status >= 400 && status <= 599 && (typeof value.detail === "string" || typeof value.message === "string");
}

/** The value of JSON text that is an object (blanks before its brace allowed); `undefined` for anything else. */
export function parsed(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith("{")) return undefined;
  const json = readJson(t);
  return json.ok ? json.value : undefined;
}

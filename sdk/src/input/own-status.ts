/**
 * Bodies that state their own HTTP status beside their error members, so that one pasted
 * alone, or printed inside other text, is read with that status and never a guessed one:
 * - problem+json's `status` (RFC 9457), LinkedIn's, Box's and Figma's `status`, Xero's `Status`;
 * - an AIP-193 body's `error.code` beside a google.rpc.Code name (Google's, `aip193.ts`), and Google's
 *   legacy body's `error.code` beside its `errors[]` of `domain` and `reason` (Google documents `code` as the HTTP status);
 * - `statusCode`, a name only HTTP gives, when no `status` number is beside it: HubSpot's (beside
 *   `"status": "error"`), hapi's Boom errors (as Auth0's APIs send them), a client's error
 *   serialized (node-auth0's `{"name": "Too Many Requests", "statusCode": 429, ...}`); `status_code`
 *   likewise (the pi agent's Codex error: `{"type": "error", "error": {...}, "status_code": 429, "headers": {...}}`);
 * - Jira's `status-code`;
 * - `error.status` beside `error.message` (Spotify's error object);
 * - `$metadata.httpStatusCode`: an AWS SDK for JavaScript v3 error as `JSON.stringify` logs it;
 * - a numeric `code` beside its own reason phrase as `status` (`{"code": 401, "status": "Unauthorized"}`,
 *   @octokit/rest's HttpError as an app logs it);
 * - a numeric `code` with a `message` that starts with its reason phrase, and nothing else (Atlassian's API gateway:
 *   `{"code": 401, "message": "Unauthorized; scope does not match"}`): an API's own code numbers are other numbers or say
 *   other words (X's `{"code": 453, "message": "You currently have access to ..."}` inside a 403).
 *
 * Imported by both server and browser code.
 * @module
 */
import { isRecord } from "../snapshot.js";
import { aip193Status } from "./aip193.js";
import { REASONS } from "./printout.js";

/** The keys of a response object as HTTP clients print it (`data` is axios's body). */
export const RESPONSE_OBJECT_KEYS: ReadonlySet<string> = new Set(["status", "statusCode", "statusText", "statusMessage", "headers", "body", "data", "url", "method"]);

/**
 * The status a body states itself, a whole number; `undefined` when it states none. A
 * member that only holds a status (`{"status": 403}`) is no body.
 */
export function ownStatus(value: Record<string, unknown>): number | undefined {
  const aip = aip193Status(value);
  if (aip !== undefined) return aip;
  const error = value.error;
  if (isRecord(error) && isWhole(error.status) && typeof error.message === "string") return error.status;
  if (isRecord(error) && isWhole(error.code) && isGoogleErrorList(error.errors)) return error.code;
  if (isWhole(value.code) && typeof value.status === "string" && REASONS[value.code]?.toLowerCase() === value.status.toLowerCase()) return value.code;
  if (isWhole(value.code) && typeof value.message === "string" && Object.keys(value).length === 2 && saysReason(value.code, value.message)) return value.code;
  const meta = value.$metadata;
  if (isRecord(meta) && isWhole(meta.httpStatusCode) && typeof value.name === "string") return meta.httpStatusCode;
  const said = [value.status, value.Status, value["status-code"]].find((v) => v !== undefined && typeof v !== "string");
  const status = said ?? value.statusCode ?? value.status_code;
  if (!isWhole(status)) return undefined;
  return Object.keys(value).some((k) => !RESPONSE_OBJECT_KEYS.has(k) && k !== "Status") ? status : undefined;
}

/** Whether `message` starts with the reason phrase of the error status `code` ("Unauthorized; scope does not match" for 401). */
function saysReason(code: number, message: string): boolean {
  const reason = code >= 400 && code <= 599 ? REASONS[code] : undefined;
  return reason !== undefined && message.toLowerCase().startsWith(reason.toLowerCase());
}

/**
 * Google's legacy error printed without its `error` wrapper (`{"errors": [{"domain": "usageLimits", "reason": ...}], "code": 403,
 * "message": ...}`, as a log or a client prints the member it caught), wrapped back; `undefined` for anything else.
 */
export function googleErrorUnwrapped(value: Record<string, unknown>): Record<string, unknown> | undefined {
  return value.error === undefined && isWhole(value.code) && typeof value.message === "string" && isGoogleErrorList(value.errors) ? { error: value } : undefined;
}

function isGoogleErrorList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && typeof e.domain === "string" && typeof e.reason === "string");
}

function isWhole(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

/**
 * What a refusal says of an OAuth error it saw: a body whose `error` is one of the RFCs' codes (google-auth's `RefreshError('invalid_grant:
 * ...', {'error': 'invalid_grant', ...})`, Okta's body alone) in a text that states no HTTP status. The status is never guessed
 * (spec section 11), but the code already says what the status would be: the refusal names it, and what it means.
 *
 * Imported by both server and browser code.
 * @module
 */
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";
import { bracketed } from "./printout.js";
import { readRelaxedJson } from "./relaxed-json.js";

/**
 * The OAuth error codes, each with the status its RFC gives it and what it means for the one who pasted it: RFC 6749 section 5.2's
 * token endpoint errors are 400s (it lets `invalid_client` be a 401 too), RFC 6750 section 3.1's `invalid_token` a 401 and
 * `insufficient_scope` a 403.
 */
const OAUTH_ERRORS: Readonly<Record<string, { readonly status: number; readonly means: string }>> = {
  invalid_grant: { status: 400, means: "the refresh token or authorization code is invalid, expired or revoked: the user signs in again" },
  invalid_client: { status: 400, means: "the app's client id, secret or authentication method was rejected: fix the app's configuration" },
  unauthorized_client: { status: 400, means: "the app may not use this grant: fix the app's registration" },
  invalid_request: { status: 400, means: "a parameter is missing, repeated or malformed: fix the request" },
  unsupported_grant_type: { status: 400, means: "the token endpoint does not take this grant type: fix the request" },
  invalid_scope: { status: 400, means: "a scope asked for is unknown or not allowed to this app: fix the scopes requested" },
  invalid_token: { status: 401, means: "the access token is invalid or expired: refresh it, or have the user sign in again" },
  insufficient_scope: { status: 403, means: "the token lacks a scope the call needs: have the user consent to it" },
};

/** RFC 6749 section 5.2's codes, a token endpoint's errors (the table's 400s): what an OAuth client's token error names. */
export const TOKEN_ENDPOINT_CODES: readonly string[] = Object.keys(OAUTH_ERRORS).filter((code) => OAUTH_ERRORS[code]!.status === 400);

/** An `error` member that holds one of the codes, in JSON's quotes, a Python dict's or a Ruby hash's. */
const OAUTH_CODE = new RegExp(`["']error["'][ \\t]*(?::|=>)[ \\t]*["'](${Object.keys(OAUTH_ERRORS).join("|")})["']`, "g");

/**
 * The OAuth error an error body is, when it says nothing of its own status: its code with its `error_description` beside it, no
 * status member; `undefined` for anything else. What an identity library prints of a failed refresh is often this body alone, and
 * its code decides the answer whatever status carried it (GitHub's OAuth app answers its errors with a 200); it is never read as
 * the response's status (spec section 11: a status is taken only where the text states it).
 */
function oauthError(value: Record<string, unknown>): { readonly code: string; readonly status: number; readonly means: string } | undefined {
  if (typeof value.error !== "string" || typeof value.error_description !== "string") return undefined;
  if (Object.hasOwn(value, "status") || Object.hasOwn(value, "statusCode") || Object.hasOwn(value, "status_code")) return undefined;
  const known = Object.hasOwn(OAUTH_ERRORS, value.error) ? OAUTH_ERRORS[value.error] : undefined;
  return known && { code: value.error, ...known };
}

/** A sentence for a refusal when the text `t` holds an OAuth error body, else `""`. */
export function oauthHint(t: string): string {
  OAUTH_CODE.lastIndex = 0;
  for (let m = OAUTH_CODE.exec(t), tries = 0; m !== null && tries < 4; m = OAUTH_CODE.exec(t), tries++) {
    const open = t.lastIndexOf("{", m.index);
    if (open < 0 || m.index - open > 2000) continue;
    const text = bracketed(t, open);
    if (text === undefined) continue;
    const json = readJson(text);
    const value = json.ok ? json.value : readRelaxedJson(text);
    const hint = isRecord(value) ? oauthBodyHint(value) : "";
    if (hint !== "") return hint;
  }
  return "";
}

/** The refusal's sentence for a body that is an OAuth error (see {@link oauthError}), else `""`. */
export function oauthBodyHint(value: Record<string, unknown>): string {
  const found = oauthError(value);
  return found === undefined
    ? ""
    : ` It holds an OAuth error, \`${found.code}\` (${found.means}), which its RFC answers with ${found.status}; with the status line the SDK says which class it raises.`;
}

/**
 * What a refusal says of an OAuth error it saw: a body whose `error` is one of the RFCs' codes (google-auth's `RefreshError('invalid_grant:
 * ...', {'error': 'invalid_grant', ...})`, Okta's body alone) in a text that states no HTTP status. The status is never guessed
 * (spec section 11), but the code already says what the status would: the refusal names it, and what it means.
 *
 * Imported by both server and browser code.
 * @module
 */
import { readJson } from "../json.js";
import { isRecord } from "../snapshot.js";
import { oauthErrorStatus } from "./own-status.js";
import { bracketed } from "./printout.js";
import { readRelaxedJson } from "./relaxed-json.js";

/** An `error` member that holds one of the RFCs' codes, in JSON's quotes, a Python dict's or a Ruby hash's. */
const OAUTH_CODE =
  /["']error["'][ \t]*(?::|=>)[ \t]*["'](invalid_request|invalid_client|invalid_grant|unauthorized_client|unsupported_grant_type|invalid_scope|invalid_token|insufficient_scope)["']/g;

/** What each code means for the one who pasted it. */
const MEANS: Readonly<Record<string, string>> = {
  invalid_grant: "the refresh token or authorization code is invalid, expired or revoked: the user signs in again",
  invalid_client: "the app's client id, secret or authentication method was rejected: fix the app's configuration",
  unauthorized_client: "the app may not use this grant: fix the app's registration",
  invalid_request: "a parameter is missing, repeated or malformed: fix the request",
  unsupported_grant_type: "the token endpoint does not take this grant type: fix the request",
  invalid_scope: "a scope asked for is unknown or not allowed to this app: fix the scopes requested",
  invalid_token: "the access token is invalid or expired: refresh it, or have the user sign in again",
  insufficient_scope: "the token lacks a scope the call needs: have the user consent to it",
};

/** A sentence for a refusal when `t` holds an OAuth error body, else `""`. */
export function oauthHint(t: string): string {
  OAUTH_CODE.lastIndex = 0;
  for (let m = OAUTH_CODE.exec(t), tries = 0; m !== null && tries < 4; m = OAUTH_CODE.exec(t), tries++) {
    const open = t.lastIndexOf("{", m.index);
    if (open < 0 || m.index - open > 2000) continue;
    const text = bracketed(t, open);
    if (text === undefined) continue;
    const json = readJson(text);
    const value = json.ok ? json.value : readRelaxedJson(text);
    const status = isRecord(value) ? oauthErrorStatus(value) : undefined;
    if (status === undefined) continue;
    return ` It holds an OAuth error, \`${m[1]!}\` (${MEANS[m[1]!]}), which its RFC answers with ${status}; with the status line the SDK says which class it raises.`;
  }
  return "";
}

/**
 * ClickUp (its public API v2 at api.clickup.com): an error is `{"err": "<message>", "ECODE": "<AREA>_<nnn>"}`
 * (`{"err": "Team not authorized", "ECODE": "OAUTH_023"}`), the code's prefix naming the part of ClickUp that
 * refused (`OAUTH_`, `ITEM_`, `TIMEENTRY_`, `APP_`). The `OAUTH_` codes say more than the status, which is 401
 * for all of them: a token ClickUp no longer knows (revoked by its user) is a dead credential, but a token that
 * works for one Workspace and was not granted another ("Team not authorized") needs the user to authorize that
 * Workspace, not a new token. A 429 names its reset as a Unix time in `X-RateLimit-Reset`, which the generic rules
 * read. It documents no request id.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** Its error's `ECODE`, one of `codes`. */
const ecode = (codes: readonly string[]): Match => ({ json: "ECODE", is: codes });

/**
 * "Team not authorized": OAUTH_023, OAUTH_026, OAUTH_027 and OAUTH_029 to OAUTH_045 (the common-errors page).
 * The range may not be all about Workspaces (a comment in public code, not citable by URL, records `OAUTH_040` for
 * "Statuses must be an array"), so the signal also wants the message.
 */
const TEAM_CODES = ["OAUTH_023", "OAUTH_026", "OAUTH_027", ...Array.from({ length: 17 }, (_, k) => `OAUTH_0${29 + k}`)];

/** "Token not found", authorization revoked by the user: OAUTH_019, OAUTH_021, OAUTH_025, OAUTH_077 (the common-errors page). */
const TOKEN_NOT_FOUND_CODES = ["OAUTH_019", "OAUTH_021", "OAUTH_025", "OAUTH_077"];

export const clickup = provider({
  id: "clickup",
  name: "ClickUp",
  hosts: ["clickup.com"],
  // clickupython (pip `clickupython`) raises `clickupython.exceptions.ClickupClientError`; ClickUp publishes no SDK of
  // its own. `ClickUp…` class names cannot be listed: a class prefix stops at its second capital ("Click").
  clients: { packages: ["clickupython"], classes: ["Clickup"] },
  // Its error object: an `ECODE` of capitals, an underscore and three digits beside an `err` message. No other API
  // names a member `ECODE`.
  fingerprints: { body: { all: [{ json: "ECODE", matches: /^[A-Z][A-Z0-9]{1,20}_\d{3}$/ }, { json: "err" }] } },
  message: ["err"],
  signals: {
    // 401 like a dead token, but the token is alive: the user did not authorize the Workspace the call addressed.
    "provider.clickup.team-not-authorized": {
      when: { all: [ecode(TEAM_CODES), { json: "err", matches: /^Team(?:\(s\))? not authorized\b/ }] },
      error: "ScopeReauthRequiredError",
    },
    // The token no longer exists: revoked by its user (personal tokens are regenerated, OAuth apps re-authorized).
    // The message alone counts too: issue threads show "Oauth token not found" with OAUTH_018, which the page does not list.
    "provider.clickup.token-not-found": {
      when: { any: [ecode(TOKEN_NOT_FOUND_CODES), { json: "err", is: "Oauth token not found" }] },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const clickupDocs: ProviderDocs<typeof clickup> = {
  docs: [
    { title: "Common Errors", url: "https://developer.clickup.com/docs/common_errors" },
    { title: "Rate Limits", url: "https://developer.clickup.com/docs/rate-limits" },
    { title: "Authentication", url: "https://developer.clickup.com/docs/authentication" },
    { title: "Error handling (general error object format)", url: "https://clickup.com/api/developer-portal/general-errorhandling/" },
  ],
  answers: {
    scope: {
      rules: ["provider.clickup.team-not-authorized"],
      note: "ClickUp has no OAuth scopes: an OAuth token is granted Workspaces (teams). A call into a Workspace the user did not authorize for the token gets 401 \"Team not authorized\" (OAUTH_023, 026, 027, 029–045): run the OAuth flow again and select that Workspace. No Workspace is named in the answer.",
    },
    credential: {
      rules: ["provider.clickup.token-not-found", "provider.401"],
      note: "A token whose authorization the user revoked gets \"Token not found\" (OAUTH_019, 021, 025, 077; \"Oauth token not found\" in responses). A missing Authorization header is OAUTH_017 (\"Authorization Header Required\"), which the generic 401 rule reads. Personal tokens never expire (authentication page), and n8n's maintainers report that ClickUp's OAuth flow returns no refresh token (https://github.com/n8n-io/n8n/pull/28584): there is nothing to refresh, a new token is needed.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent"],
      note: "Per token, by the Workspace's plan: 100 requests a minute (Free Forever, Unlimited, Business), 1,000 (Business Plus), 10,000 (Enterprise). Over it: 429 with `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`, the reset a Unix timestamp.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "\"Team not authorized\" is ambiguous: n8n's maintainers report the same 401 `{\"err\": \"Team(s) not authorized\", \"ECODE\": \"OAUTH_023\"}` for a task or list id that does not exist or lies in another Workspace (https://github.com/n8n-io/n8n/pull/28584). With a personal token (`pk_…`), which has every Workspace its user has, it is almost always a wrong id: check the id before asking the user to authorize again.",
    "OAUTH_017 means two things on the common-errors page: the Authorization header missing from an API call, and the redirect URI missing from the OAuth flow. OAUTH_010 (client not found) and OAUTH_007 (redirect URI not registered) are OAuth-flow errors of the app's own configuration.",
    "Not every error is JSON: ClickUp's error-handling page shows a PUT to a GET-only path answered 404 with an HTML body.",
    "ClickUp's docs name no body for a 429 and no public paste of one with its headers was found, so no signal keys on it: the generic rules read the status and `X-RateLimit-Reset` (a Unix time in seconds).",
    "ClickUp documents no request-id header.",
  ],
  signals: {
    "provider.clickup.team-not-authorized": {
      statement:
        "ClickUp answers a call into a Workspace (team) the user did not authorize for the access token with 401 \"Team not authorized\" and an `ECODE` of OAUTH_023, OAUTH_026, OAUTH_027 or OAUTH_029 to OAUTH_045: a ScopeReauthRequiredError; the token still works elsewhere, so have the user run the OAuth flow again and select that Workspace (and check the id first: the same answer comes for an id that does not exist).",
      action: "Check the Workspace id first; if it is right, have the user run the OAuth flow again and select that Workspace.",
      source: "https://developer.clickup.com/docs/common_errors",
      examples: [
        {
          source: "https://github.com/n8n-io/n8n/pull/28584",
          reconstructed:
            "status line and Content-Type added: the pull request says in words that ClickUp \"returns a 401 with\" this body, which is quoted as it gives it (from an n8n maintainer's pull request, not ClickUp's docs)",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{ "err": "Team(s) not authorized", "ECODE": "OAUTH_023" }`,
        },
      ],
    },
    "provider.clickup.token-not-found": {
      statement:
        "ClickUp answers a call with a token whose authorization its user revoked with \"Token not found\" (`ECODE` OAUTH_019, OAUTH_021, OAUTH_025 or OAUTH_077; the message reads \"Oauth token not found\"): a ProviderUnauthorizedError; regenerate the personal token (Settings › Apps) or have the user authorize the OAuth app again.",
      action: "Regenerate the personal token (Settings › Apps), or have the user authorize the OAuth app again: the old token is gone.",
      source: "https://developer.clickup.com/docs/common_errors",
      examples: [
        {
          source: "https://github.com/raycast/extensions/issues/23964",
          reconstructed:
            "the ClickUp extension printed only \"Error: Oauth token not found (OAUTH_018)\" and its stack; the body is that message and code as ClickUp's error object (`err`, `ECODE`) carries them, and the status line is the 401 ClickUp answers its OAUTH_ errors with (https://github.com/n8n-io/n8n/pull/28584, https://github.com/Imzachjohnson/clickupython/issues/63); the page names no status. OAUTH_018 is not on the common-errors page: the message is what the signal reads here",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"err":"Oauth token not found","ECODE":"OAUTH_018"}`,
        },
      ],
    },
  },
};

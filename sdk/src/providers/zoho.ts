/**
 * Zoho (Zoho CRM and the other Zoho REST APIs at `www.zohoapis.<dc>`, signed in through Zoho Accounts at
 * `accounts.zoho.<dc>`). Each data center has its own domains (`.com`, `.eu`, `.in`, `.com.au`, `.com.cn`, `.jp`,
 * `zohocloud.ca`), and a client, token or key of one is unknown to the others. Zoho CRM's errors are
 * `{"code", "details", "message", "status": "error"}`, per record inside `data[]` for bulk writes; its codes say more
 * than the status: a 401 is either an expired access token (`INVALID_TOKEN`) or a token without the scope the URL
 * needs (`OAUTH_SCOPE_MISMATCH`). Zoho Accounts' token endpoint answers a rejected grant or refresh token, or a
 * rejected client, with HTTP 200 and `{"error": "invalid_code"}` or `{"error": "invalid_client"}`.
 *
 * The CRM error rows below were read from verbatim copies of Zoho CRM v7 reference pages (their "Possible Errors"
 * lists); the token endpoint's 200 comes from captures in issue threads (asciisd/zoho#18, Weble/ZohoBooksApi#84), not
 * from Zoho's docs, which the stored copies cut before their error tables.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

export const zoho = provider({
  id: "zoho",
  name: "Zoho",
  aliases: ["zohocrm", "zoho-crm"],
  // API domains (`www.zohoapis.com`, `www.zohoapis.eu`) and Zoho Accounts (`accounts.zoho.com`, `accounts.zohocloud.ca`), per data center.
  hosts: [
    "zoho.com",
    "zoho.eu",
    "zoho.in",
    "zoho.com.au",
    "zoho.com.cn",
    "zoho.jp",
    "zohocloud.ca",
    "zohoapis.com",
    "zohoapis.eu",
    "zohoapis.in",
    "zohoapis.com.au",
    "zohoapis.com.cn",
    "zohoapis.jp",
  ],
  clients: {
    // zcrmsdk (PHP and Python v2 SDKs: zcrmsdk\oauth\exception\ZohoOAuthException, zcrmsdk.ZCRMException), zohocrmsdk
    // (Python: zohocrmsdk.src.com.zoho.crm.api.exception.SDKException), com.zoho (Java/Scala: com.zoho.crm.api.exception.SDKException,
    // com.zoho.oauth.common.ZohoOAuthException), ZCRMSDK (C#: ZCRMSDK.OAuth.Common.ZohoOAuthException), @zohocrm (Node SDKs),
    // Webleit / Weble (PHP: webleit/zohocrmapi, weble/zohoclient).
    packages: ["zcrmsdk", "zohocrmsdk", "com.zoho", "ZCRMSDK", "@zohocrm", "Webleit", "Weble"],
    classes: ["ZCRM", "Zoho"],
  },
  fingerprints: {
    body: {
      any: [
        // Zoho CRM: an error code no other API sends, beside `status` "error".
        { all: [{ json: "status", is: "error" }, { json: "code", is: ["OAUTH_SCOPE_MISMATCH", "INVALID_URL_PATTERN"] }] },
        { all: [{ json: "code", is: "INVALID_TOKEN" }, { json: "message", is: "invalid oauth token" }] },
        // Zoho's gateway names itself in `Server` (seen on accounts.zoho.com's token endpoint in issue captures).
        { header: "server", is: "ZGS" },
      ],
    },
  },
  message: ["message", "data[].message", "error"],
  signals: {
    // 401 OAUTH_SCOPE_MISMATCH: the token was granted without the scope this URL needs; a new grant with it is the fix.
    "provider.zoho.oauth-scope-mismatch": {
      status: [401],
      when: { any: [{ json: "code", is: "OAUTH_SCOPE_MISMATCH" }, { json: "data[].code", is: "OAUTH_SCOPE_MISMATCH" }, { text: /OAUTH_SCOPE_MISMATCH/ }] },
      error: "ScopeReauthRequiredError",
    },
    // The token endpoint's `invalid_client`, with HTTP 200: the client id or secret is wrong, or it belongs to another
    // data center's accounts server.
    "provider.zoho.oauth-invalid-client": {
      status: "any",
      when: said("error", { is: "invalid_client" }, /\{"error":"invalid_client"\}/),
      error: "ProviderUnauthorizedError",
    },
  },
});

export const zohoDocs: ProviderDocs<typeof zoho> = {
  docs: [
    { title: "Zoho CRM API: status codes", url: "https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html" },
    { title: "Zoho CRM API: API limits (credits)", url: "https://www.zoho.com/crm/developer/docs/api/v4/api-limits.html" },
    { title: "Zoho CRM API v7: Delete Appointments Rescheduled History (Possible Errors: INVALID_TOKEN, OAUTH_SCOPE_MISMATCH, NO_PERMISSION)", url: "https://www.zoho.com/crm/developer/docs/api/v7/delete-appointments-rescheduled-history.html" },
    { title: "Zoho Accounts: get access token", url: "https://zoho.com/accounts/protocol/oauth/web-apps/access-token.html" },
    { title: "Kaizen #4: Troubleshooting OAuth2.0 (Zoho CRM developer community)", url: "https://help.zoho.com/portal/en/community/topic/kaizen-4-troubleshooting-oauth2-0" },
  ],
  answers: {
    scope: {
      rules: ["provider.zoho.oauth-scope-mismatch"],
      note: "401 `OAUTH_SCOPE_MISMATCH`, \"invalid oauth scope to access this URL\": the grant token was created without the scope the endpoint lists (`ZohoCRM.modules.{module}.READ`, `ZohoCRM.settings.modules.READ`…); the response names none. Generate a new grant token with that scope. Minting an access token from the old refresh token succeeds all the same: only the API call fails.",
    },
    credential: {
      rules: ["provider.401", "provider.zoho.oauth-invalid-client"],
      note: "401 `INVALID_TOKEN`, \"invalid oauth token\": the access token expired (they last an hour); refresh it and retry. The token endpoint answers HTTP 200 with `{\"error\":\"invalid_code\"}` for a grant token that expired or was used, or a refresh token that no longer works (a user keeps at most 20; the 21st deletes the oldest), and `{\"error\":\"invalid_client\"}` for a wrong client id or secret or another data center's accounts server.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "429 TOO MANY REQUESTS: \"Number of API requests for the 24 hour period is exceeded or the concurrency limit of the user for the app is exceeded.\" Credits are counted over a rolling 24-hour window per organization and edition. Zoho documents no wait header, and the two causes share the status.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Use the data center's own hosts: a token from `accounts.zoho.eu` is unknown to `www.zohoapis.com`, and a client registered in one data center is `invalid_client` on another's accounts server. The token response's `api_domain` names the API host to call.",
    "403 `NO_PERMISSION`, \"permission denied\", is the CRM user's profile lacking a permission (\"Contact your system administrator\"), not the token's scope: re-authorizing the client does not fix it.",
    "A 429 after the 24-hour credits are spent lasts until enough credits of the rolling window return, far longer than a backoff; a 429 over the concurrency limit passes in seconds. Zoho's bodies, as documented, do not tell them apart.",
    "Bulk writes answer 200 or 207 with a status per record (`data[].status` \"error\", `data[].code` such as `MANDATORY_NOT_FOUND`, `INVALID_DATA`, `DUPLICATE_DATA`): read each record's status.",
    "Other Zoho APIs have their own error shapes: Zoho Books answers `{\"code\": <number>, \"message\"}` with 401 for an invalid token and 429 when its usage limit is exceeded (https://www.zoho.com/books/api/v4/errors/).",
    "Zoho documents no request-id header for its APIs.",
  ],
  signals: {
    "provider.zoho.oauth-scope-mismatch": {
      statement:
        "Zoho CRM answers a call whose access token lacks the endpoint's scope with 401 and code `OAUTH_SCOPE_MISMATCH` (\"invalid oauth scope to access this URL\"): a ScopeReauthRequiredError, not a dead token; create a new grant token with the scope the endpoint's docs list, then new access and refresh tokens from it.",
      action: "Create a new grant token with the scope the endpoint's docs list, then get new access and refresh tokens from it.",
      source: "https://www.zoho.com/crm/developer/docs/api/v7/delete-appointments-rescheduled-history.html",
      examples: [
        {
          source: "https://github.com/airbytehq/airbyte/issues/23484",
          reconstructed:
            "the comment quoted the body's members without its braces; braces and the 401 status line Zoho's docs give OAUTH_SCOPE_MISMATCH added",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json;charset=UTF-8

{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}`,
        },
      ],
    },
    "provider.zoho.oauth-invalid-client": {
      statement:
        "Zoho Accounts' token endpoint answers a client id or secret it does not know (a typo, or a client of another data center's accounts server) with HTTP 200 and `{\"error\":\"invalid_client\"}`: a ProviderUnauthorizedError despite the 200; fix the client credentials or call the accounts server of the user's data center.",
      action: "Fix the client id or secret, or call the accounts server of the user's data center: retrying with the same credentials fails.",
      source: "https://zoho.com/contracts/api/getting-started/generating-access-tokens.html",
      examples: [
        {
          source: "https://github.com/asciisd/zoho/issues/18",
          text: `HTTP/1.1 200 
Server: ZGS
Date: Tue, 22 Jun 2021 14:19:23 GMT
Content-Type: application/json;charset=UTF-8
Content-Length: 26
Connection: keep-alive
Set-Cookie: b266a5bf57=a711b6da0e6cbadb5e254290f114a026; Path=/
X-Content-Type-Options: nosniff
X-XSS-Protection: 1
Set-Cookie: iamcsr=bde7fa44-9132-456b-be73-323907eaca6e;path=/;SameSite=None;Secure;priority=high
Set-Cookie: _zcsr_tmp=bde7fa44-9132-456b-be73-323907eaca6e;path=/;SameSite=Strict;Secure;priority=high
X-Frame-Options: SAMEORIGIN
Content-Language: en-US
Strict-Transport-Security: max-age=63072000

{"error":"invalid_client"}`,
        },
      ],
    },
  },
};

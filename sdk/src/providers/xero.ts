/**
 * Xero: the identity layer answers with a problem body whose `Detail` is a code
 * (`AuthenticationUnsuccessful`, `AuthorizationUnsuccessful`, `TokenExpired: …`), its key
 * case varying by age (`Detail`, `detail`); a scope the token lacks is a 401 like a bad
 * token, told apart only by that code. Rate limits have their own remaining-count headers
 * per minute, per day and per app.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** The problem body's `Detail`, in either key case. */
const detail = (test: { is: string } | { matches: RegExp }): Match => ({ any: [{ json: "Detail", ...test }, { json: "detail", ...test }] });

export const xero = provider({
  id: "xero",
  name: "Xero",
  hosts: ["xero.com"],
  clients: { packages: ["xero_python", "xero", "xero-node", "Xeroizer", "XeroRuby", "Xero", "XeroPHP"], classes: ["Xero"] },
  requestIdHeaders: ["xero-correlation-id"],
  // Equal to the `Xero-Correlation-Id` header in the captures.
  bodyRequestId: ["Instance", "instance"],
  fingerprints: {
    headers: ["xero-correlation-id", "x-minlimit-remaining", "x-daylimit-remaining", "x-appminlimit-remaining"],
    body: {
      any: [
        detail({ is: "AuthorizationUnsuccessful" }),
        detail({ is: "AuthenticationUnsuccessful" }),
        detail({ matches: /^TokenExpired: token expired at / }),
        // Its 500's own words, which send you to its status page ("An error occurred in Xero. Check the API Status page ...").
        detail({ matches: /^An error occurred in Xero\. Check the API Status page\b/ }),
      ],
    },
  },
  // Per tenant per minute, per app per minute, per tenant per day; none has a reset header (the 429 carries `Retry-After`).
  rateLimit: [{ remaining: "x-minlimit-remaining" }, { remaining: "x-appminlimit-remaining" }, { remaining: "x-daylimit-remaining" }],
  message: ["Detail", "detail", "Message"],
  signals: {
    "provider.xero.authorization-unsuccessful": {
      status: [401],
      when: detail({ is: "AuthorizationUnsuccessful" }),
      error: "ScopeReauthRequiredError",
    },
  },
});

export const xeroDocs: ProviderDocs<typeof xero> = {
  docs: [
    { title: "HTTP response codes", url: "https://developer.xero.com/documentation/api/http-response-codes" },
    { title: "OAuth 2.0 API limits", url: "https://developer.xero.com/documentation/guides/oauth2/limits/" },
    { title: "API limits FAQ", url: "https://developer.xero.com/faq/limits" },
    { title: "OAuth 2.0 scopes", url: "https://developer.xero.com/documentation/guides/oauth2/scopes/" },
  ],
  requestIdSource: "https://gist.github.com/dobesv/5b422c3deb749449df621a014ea35cfe",
  answers: {
    scope: {
      rules: ["provider.xero.authorization-unsuccessful"],
      note: "The response never names the scope: find the endpoint's scope in Xero's scope list and reauthorize with it.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A malformed, revoked or disconnected token is a 401 `AuthenticationUnsuccessful` with `WWW-Authenticate: Bearer error=invalid_token`; an expired one (30-minute lifetime) a 401 `TokenExpired: token expired at …`: refresh it, and reconnect when the refresh fails.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.rate-limit-spent"],
      note: "Xero answers 429 with `Retry-After` in seconds and `X-Rate-Limit-Problem` naming the limit (`minute`, `day`); `X-MinLimit-Remaining`, `X-AppMinLimit-Remaining` and `X-DayLimit-Remaining` count what is left. After the daily limit, `Retry-After` can span hours.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "`AuthorizationUnsuccessful` is usually a scope the token was not granted (Xero staff say so, reporters confirmed it); Xero does not document it, and some reports never found the cause.",
    "A 403 (`Title: Forbidden`, even with `Detail: AuthenticationUnsuccessful`) usually means the `Xero-Tenant-Id` is not an organisation this token is connected to: set the tenant id from the connections list. It stays a plain ProviderAPIError; reconnecting helps only when the user lost access to the organisation.",
    "The OAuth 1.0a-era API answered rate limits with a 503 and a form-encoded `oauth_problem=rate limit exceeded`; a 503 is retryable anyway.",
    "A refresh that fails with `invalid_grant` means the refresh token is no longer the latest (each refresh rotates it) or is older than 60 days: the user must connect again. No public source shows its raw response, so no signal reads it.",
  ],
  signals: {
    "provider.xero.authorization-unsuccessful": {
      statement:
        "Xero's 401 whose `Detail` is `AuthorizationUnsuccessful` is a ScopeReauthRequiredError: the token's scopes do not cover the endpoint (Xero does not name the scope); reauthorize with the endpoint's scope. `AuthenticationUnsuccessful` is the bad-token 401.",
      action: "Send the user through Xero's authorization again with the scope the endpoint needs; the response does not name it.",
      source: "https://github.com/XeroAPI/xero-php-oauth2-app/issues/9",
      examples: [
        {
          source: "https://github.com/XeroAPI/xero-ruby-oauth2-app/issues/82",
          reconstructed: 'status line added from `"Status":401` in the body; the instance id is a fake',
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthorizationUnsuccessful","Instance":"00000000-0000-0000-0000-00000000fake","Extensions":{}}`,
        },
        {
          source: "https://github.com/XeroAPI/Xero-NetStandard/issues/97",
          reconstructed: 'status line added from `"status":401` in the body (the reporter masked the instance)',
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"title":"Unauthorized","status":401,"detail":"AuthorizationUnsuccessful","instance":"<some guid>"}`,
        },
      ],
    },
  },
};

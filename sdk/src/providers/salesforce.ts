/**
 * Salesforce's REST API: an error body is a JSON list, `[{"message", "errorCode"}]` (an
 * `<Errors><Error><errorCode>` document when the client asks for XML). It spends the org's
 * API allocation with a 403 rather than a 429, and answers a token without the `api` scope
 * with the same `INVALID_SESSION_ID` as an expired session, told apart only by the message.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** An `errorCode`, in the JSON list or in the XML form. */
const errorCode = (codes: string): Match => ({ any: [{ json: "[].errorCode", is: codes }, { xml: "errorCode", is: codes }] });

/** The token endpoint's words when a user logged in over 3,600 times in an hour. */
const LOGIN_RATE_EXCEEDED = /^login rate exceeded$/i;

/**
 * The SOAP API's fault codes (its ExceptionCode list) that name the caller's permission, the org's setup or the request itself:
 * every SOAP fault comes with HTTP 500, which alone would read as Salesforce's fault to retry.
 */
const SOAP_FAULT = /\bsf:(?:INSUFFICIENT_ACCESS|INSUFFICIENT_ACCESS_OR_READONLY|API_DISABLED_FOR_ORG|API_CURRENTLY_DISABLED|INVALID_FIELD|INVALID_TYPE|MALFORMED_QUERY|INVALID_QUERY_FILTER_OPERATOR|INVALID_LOGIN|LOGIN_MUST_USE_SECURITY_TOKEN|INVALID_CROSS_REFERENCE_KEY|INVALID_ID_FIELD|UNSUPPORTED_API_VERSION)\b/;

export const salesforce = provider({
  id: "salesforce",
  name: "Salesforce",
  hosts: ["salesforce.com", "force.com"],
  clients: { packages: ["simple_salesforce", "jsforce", "Restforce", "restforce", "com.sforce", "com.salesforce"], classes: ["Salesforce"] },
  // "returned in each request to REST API (except for calls to the Versions URI, /)".
  // A body alone (the header is what library logs leave out): its list of `{message, errorCode}`
  // with an upper-case code (`REQUEST_LIMIT_EXCEEDED`) is Salesforce's own form.
  // Its token endpoint's "login rate exceeded" is its own words too.
  fingerprints: {
    headers: ["sforce-limit-info"],
    body: {
      any: [
        { all: [{ json: "[].errorCode", matches: /^[A-Z][A-Z0-9_]{2,80}$/ }, { json: "[].message" }] },
        { all: [{ json: "error", is: "invalid_grant" }, { json: "error_description", matches: LOGIN_RATE_EXCEEDED }] },
      ],
    },
  },
  message: ["[].message"],
  signals: {
    "provider.salesforce.session-not-valid-for-rest-api": {
      status: [401],
      when: {
        all: [
          errorCode("INVALID_SESSION_ID"),
          { any: [{ json: "[].message", matches: /^This session is not valid for use with the REST API/ }, { xml: "message", matches: /^This session is not valid for use with the REST API/ }] },
        ],
      },
      error: "ScopeReauthRequiredError",
      // The body names no scope; the one the docs name for this message is `api`.
      missingScopes: [{ documented: ["api"] }],
    },
    "provider.salesforce.request-limit-exceeded": {
      status: [403],
      when: errorCode("REQUEST_LIMIT_EXCEEDED"),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.salesforce.soap-fault": {
      status: [500],
      when: { any: [{ xml: "faultcode", matches: SOAP_FAULT }, { text: SOAP_FAULT }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // Before the dead grant: the same `invalid_grant`, but the user's logins are only rate limited for the hour.
    "provider.salesforce.login-rate-exceeded": {
      status: [400],
      when: { all: [{ json: "error", is: "invalid_grant" }, { json: "error_description", matches: LOGIN_RATE_EXCEEDED }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ seconds: 3600 }],
    },
    "provider.salesforce.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const salesforceDocs: ProviderDocs<typeof salesforce> = {
  docs: [
    { title: "REST API: status codes and error responses", url: "https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm" },
    { title: "REST API: Limit Info header", url: "https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm" },
    {
      title: "API request limits and allocations",
      url: "https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_api.htm",
    },
    { title: "Connect REST API limits", url: "https://developer.salesforce.com/docs/platform/salesforce-app-limits-cheatsheet/guide/salesforce-app-limits-chatter-rest.html" },
  ],
  answers: {
    scope: {
      rules: ["provider.salesforce.session-not-valid-for-rest-api"],
      note: "The body names no scope: the one usually missing is `api` (often with `refresh_token`). Other permissions fail with 403 `INSUFFICIENT_ACCESS_OR_READONLY`, which re-authorizing does not fix.",
    },
    credential: {
      rules: ["provider.401", "provider.salesforce.refresh-invalid-grant"],
      note: "An expired or revoked session or OAuth token is a 401 `INVALID_SESSION_ID` \"Session expired or invalid\"; a dead refresh token is the token endpoint's 400 `invalid_grant` (\"expired access/refresh token\").",
    },
    rateLimit: {
      rules: ["provider.salesforce.request-limit-exceeded", "provider.salesforce.login-rate-exceeded", "provider.error"],
      note: "The org's API allocation is spent with a 403, not a 429; the Connect (Chatter) REST API's hourly per-user limit answers 503, which is retryable as any 5xx. Logging in (the token endpoint) over 3,600 times an hour for one user is an `invalid_grant` \"login rate exceeded\": wait an hour.",
    },
    notRetryable: {
      rules: ["provider.salesforce.soap-fault"],
      note: "The SOAP and Metadata APIs answer every fault with HTTP 500: one whose code names a permission, the org's setup or the request (`sf:INSUFFICIENT_ACCESS`, `sf:API_DISABLED_FOR_ORG`, `sf:INVALID_FIELD`, ...) is not retried.",
    },
  },
  notes: [
    "`REQUEST_LIMIT_EXCEEDED` \"TotalRequests Limit exceeded.\" is the org's rolling 24-hour allocation: it clears only as old calls age out, so a retry within minutes usually fails again; `Sforce-Limit-Info: api-usage=<used>/<limit>` shows how much is spent. \"ConcurrentPerOrgLongTxn Limit exceeded.\" (too many long-running requests at once) clears in seconds.",
    "`INVALID_SESSION_ID` covers an expired session, a revoked token, a token used against another instance URL, an IP restriction and a session below the profile's required security level (High Assurance).",
    "Salesforce documents no request-id header for the REST API.",
  ],
  signals: {
    "provider.salesforce.session-not-valid-for-rest-api": {
      statement:
        "Salesforce's 401 `INVALID_SESSION_ID` \"This session is not valid for use with the REST API\" is a ScopeReauthRequiredError, its usual cause: the OAuth token was issued without the `api` scope; re-authorize with `api`. The same text also answers an IP-restricted session or one below the profile's required High Assurance level.",
      action: "Send the user through authorization again with the `api` scope; if the token has it, check the session's IP restrictions and High Assurance level.",
      source: "https://github.com/forcedotcom/b2b-commerce-on-lightning-quickstart/pull/56",
      examples: [
        {
          source: "https://github.com/jsforce/jsforce/pull/1301",
          reconstructed: "the response object jsforce printed, written as a raw response; Set-Cookie values shortened",
          text: `HTTP/1.1 401 Unauthorized
cache-control: no-cache,must-revalidate,max-age=0,no-store,private
connection: close
content-type: application/json;charset=UTF-8
date: Fri, 06 Jan 2023 09:33:41 GMT
set-cookie: CookieConsentPolicy=0:1; path=/; secure
strict-transport-security: max-age=63072000; includeSubDomains
transfer-encoding: chunked
x-content-type-options: nosniff
x-robots-tag: none
x-xss-protection: 1; mode=block

[{"message":"This session is not valid for use with the REST API","errorCode":"INVALID_SESSION_ID"}]`,
        },
        {
          source: "https://github.com/NangoHQ/nango/issues/4344",
          reconstructed: "status line and Content-Type added (the issue quotes the body)",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json;charset=UTF-8

[{"message":"This session is not valid for use with the REST API","errorCode":"INVALID_SESSION_ID"}]`,
        },
      ],
    },
    "provider.salesforce.soap-fault": {
      statement:
        "The SOAP and Metadata APIs send every fault with HTTP 500; a fault code that names the caller's permission, the org's setup or the request (`sf:INSUFFICIENT_ACCESS`, `sf:API_DISABLED_FOR_ORG`, `sf:INVALID_FIELD`, `sf:MALFORMED_QUERY`, `sf:INVALID_LOGIN`, ...) is a ProviderAPIError that is not retryable: the same call fails again until the permission, the setup or the request changes.",
      action: "Read the fault code and fix the permission, org setup or request it names: the same call fails again until that changes.",
      source: "https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm",
      examples: [
        {
          source: "https://github.com/forcedotcom/cli/issues/3048",
          text: `DEBUG  [http-api]  <request> method=POST, url=https://EXAMPLE.my.salesforce.com/services/Soap/m/61.0
DEBUG  [http-api]  elapsed time: 214 msec
DEBUG  [http-api]  <response> status=500, url=https://EXAMPLE.my.salesforce.com/services/Soap/m/61.0
Error (sf:INSUFFICIENT_ACCESS): INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData or ModifyMetadata permissions`,
        },
      ],
    },
    "provider.salesforce.request-limit-exceeded": {
      statement:
        "Salesforce's 403 `REQUEST_LIMIT_EXCEEDED` is a rate limit, a retryable ProviderAPIError although the status is 403; Salesforce sends no wait. \"TotalRequests Limit exceeded.\" is the org's rolling 24-hour allocation and usually outlasts a backoff; \"ConcurrentPerOrgLongTxn\" clears in seconds.",
      action: "For `ConcurrentPerOrgLongTxn`, back off and retry (it clears in seconds); for `TotalRequests`, wait for the org's rolling 24-hour allocation to free up.",
      source: "https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm",
      examples: [
        {
          source: "https://github.com/SalesforceLabs/OrgCheck/issues/181",
          reconstructed:
            "status line and JSON body rebuilt from jsforce's `REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.` (jsforce prints `errorCode: message`); the 403 and the list shape are Salesforce's documented ones",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json;charset=UTF-8

[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`,
        },
      ],
    },
    "provider.salesforce.login-rate-exceeded": {
      statement:
        "Salesforce's token endpoint answers 400 `invalid_grant` \"login rate exceeded\" when one user logged in more than 3,600 times in an hour (an integration that logs in for every call): the grant is alive, so it is a retryable ProviderAPIError, not a reconnect. Salesforce's advice is to wait an hour and to reuse the session: the wait is that hour.",
      action: "Wait an hour, then log in again, and reuse the session instead of logging in for every call.",
      source: "https://help.salesforce.com/s/articleView?id=000381578&type=1",
      examples: [
        {
          source: "https://github.com/n8n-io/n8n/issues/31948",
          reconstructed: "status line and Content-Type added (the issue says n8n \"receives an error code `400`\" and quotes the body)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{ "error": "invalid_grant", "error_description": "login rate exceeded" }`,
        },
      ],
    },
    "provider.salesforce.refresh-invalid-grant": {
      statement:
        "Salesforce's token endpoint answers 400 `invalid_grant` when the refresh token (or authorization code) is dead: \"expired access/refresh token\" after a revocation, the refresh token policy's expiry or too many grants for one user and app. A ProviderUnauthorizedError: the user must connect again.",
      action: "Send the user through the connection flow again: the refresh token or authorization code is dead, and no retry revives it.",
      source: "https://www.nango.dev/blog/salesforce-oauth-refresh-token-invalid-grant",
      examples: [
        {
          source: "https://www.useparagon.com/integration-error-solutions/salesforce-invalid-grant-expired-access-refresh-token",
          reconstructed: "the blank line between the headers and the body added",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json
Cache-Control: no-store

{
  "error": "invalid_grant",
  "error_description": "expired access/refresh token"
}`,
        },
        {
          source: "https://github.com/omniphx/forrest/issues/169",
          text: `Client error: \`POST https://login.salesforce.com/services/oauth2/token\` resulted in a \`400 Bad Request\` response: {"error":"invalid_grant","error_description":"expired authorization code"}`,
        },
      ],
    },
  },
};

/**
 * DocuSign (the eSignature REST API at `<region>.docusign.net/restapi`: demo.docusign.net, na2.docusign.net, eu.docusign.net, ...;
 * its OAuth server at account.docusign.com and account-d.docusign.com for the developer environment): an error is `{"errorCode":
 * "PARTNER_AUTHENTICATION_FAILED", "message": "..."}`, a code of its own, and its OAuth server answers RFC 6749's `{"error":
 * "consent_required"}`, which the generic rules read. Three codes change the action:
 * - `PARTNER_AUTHENTICATION_FAILED` ("The specified Integrator Key was not found or is disabled."): the app's integration key (its
 *   client id) is wrong, disabled, not sent, or of the other environment (a developer key against production). The user's grant is
 *   fine, so reconnecting cannot fix it: not retryable, fix the app's configuration. The generic rules read its 401 as a credential
 *   to replace.
 * - `USER_AUTHENTICATION_FAILED` ("One or both of Username and Password are invalid. Invalid access token"): the credential sent
 *   (a legacy password or an access token) was refused, whatever the status a client shows.
 * - `HOURLY_APIINVOCATION_LIMIT_EXCEEDED`: the account's hourly call limit, answered with a 400 (the generic rules read it as a
 *   request to fix); it resets at the top of the hour, which `X-RateLimit-Reset` names (epoch seconds).
 * Its answers carry `X-DocuSign-TraceToken`, the id to quote.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** The app's integration key refused (its code, and its words as a client prints them). */
const PARTNER_AUTH = /PARTNER_AUTHENTICATION_FAILED|The specified Integrator Key was not found or is disabled/;
/** The user's credential refused. */
const USER_AUTH = /USER_AUTHENTICATION_FAILED/;
/**
 * The same as only DocuSign prints it: its words, or the code as its body's `errorCode` (JSON, or serialized by its PHP SDK). Not
 * the code alone: other SDKs name a constant so (Easemob's `EMError.USER_AUTHENTICATION_FAILED`).
 */
const USER_AUTH_BODY = /One or both of Username and Password are invalid|errorCode"(?:: ?|;s:26:)"USER_AUTHENTICATION_FAILED"/;
/** The account's hourly call limit, in its words. */
const HOURLY_WORDS = /^The maximum number of hourly API invocations has been exceeded/;
const HOURLY_TEXT = /HOURLY_APIINVOCATION_LIMIT_EXCEEDED|The maximum number of hourly API invocations has been exceeded/;

export const docusign = provider({
  id: "docusign",
  name: "DocuSign",
  // docusign.net: the eSignature REST API's hosts (www, demo, na1 to na4, eu, ca, au, ...). docusign.com: the OAuth server
  // (account.docusign.com, account-d.docusign.com), the newer APIs' hosts (api.docusign.com, api-d.docusign.com), and its site.
  hosts: ["docusign.net", "docusign.com"],
  // Its SDKs: Java `com.docusign.esign` (`com.docusign.esign.client.ApiException`), .NET and PHP `DocuSign.eSign`
  // (`DocuSign.eSign.Client.ApiException`, `DocuSign\eSign\Client\ApiException`), Python `docusign_esign`, Ruby `docusign_esign`
  // (`DocuSign_eSign::ApiError`), npm `docusign-esign`, and the Elixir `docusign` package (`DocuSign.RateLimitError`).
  clients: { packages: ["com.docusign", "DocuSign", "docusign_esign", "DocuSign_eSign", "docusign-esign", "docusign"], classes: ["DocuSign"] },
  // Not documented as a request id, but on its answers (docusign-ios-sdk#6), and what its support traces a call by.
  requestIdHeaders: ["x-docusign-tracetoken"],
  fingerprints: {
    headers: ["x-docusign-tracetoken"],
    body: {
      any: [
        // Its codes for a refused integration key or credential and for its call limits: a body's `errorCode`, or printed (a PHP
        // client prints the body serialized: `s:9:"errorCode";s:26:"USER_AUTHENTICATION_FAILED"`).
        {
          json: "errorCode",
          matches: /^(?:PARTNER_AUTHENTICATION_FAILED|USER_AUTHENTICATION_FAILED|(?:HOURLY|BURST)_APIINVOCATION_(?:ENVELOPE_)?LIMIT_EXCEEDED|(?:HOURLY|BURST)_ENVELOPE_POLLING_LIMIT_EXCEEDED)$/i,
        },
        { text: PARTNER_AUTH },
        { text: USER_AUTH_BODY },
        { text: HOURLY_TEXT },
        // Its words for a request with an invalid parameter, under its code.
        { all: [{ json: "errorCode", is: "INVALID_REQUEST_PARAMETER" }, { json: "message", matches: /^The request contained at least one invalid parameter\./ }] },
      ],
    },
  },
  // Its 30-second burst count, beside the generic `X-RateLimit-*` pair of the hourly limit.
  rateLimit: [{ remaining: "x-burstlimit-remaining" }],
  message: ["message", "error_description"],
  signals: {
    // The app's integration key (client id) is wrong, disabled, not sent, or of the other environment: fix the app, not the grant.
    "provider.docusign.partner-authentication-failed": {
      when: said("errorCode", { is: "PARTNER_AUTHENTICATION_FAILED" }, PARTNER_AUTH),
      error: "ProviderAPIError",
      retryable: false,
    },
    // The credential sent (an access token, or a legacy user name and password) was refused.
    "provider.docusign.user-authentication-failed": {
      when: said("errorCode", { is: "USER_AUTHENTICATION_FAILED" }, USER_AUTH),
      error: "ProviderUnauthorizedError",
    },
    // The account's hourly limit: blocked until the top of the hour, which X-RateLimit-Reset names; an hour at most.
    "provider.docusign.hourly-limit": {
      when: {
        any: [
          { json: "errorCode", is: "HOURLY_APIINVOCATION_LIMIT_EXCEEDED" },
          { json: "message", matches: HOURLY_WORDS },
          { text: HOURLY_TEXT },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-ratelimit-reset" }, { seconds: 3600 }],
    },
  },
});

export const docusignDocs: ProviderDocs<typeof docusign> = {
  docs: [
    { title: "API resource limits (hourly and burst limits, X-RateLimit-* headers)", url: "https://developers.docusign.com/platform/resource-limits/" },
    { title: "eSignature API rules and resource limits", url: "https://developers.docusign.com/docs/esign-rest-api/esign101/rules-and-limits/" },
    { title: "From the Trenches: API rate limits (HOURLY_APIINVOCATION_LIMIT_EXCEEDED)", url: "https://www.docusign.com/blog/dsdev-from-the-trenches-api-rate-limits" },
    { title: "Service protection: new API errors for excessive polling and envelope updates", url: "https://www.docusign.com/blog/developers/service-protection-new-api-errors-excessive-polling-and-envelope-updates" },
    { title: "Calling Python SDK methods and handling errors", url: "https://developers.docusign.com/docs/esign-rest-api/sdks/python/calling-methods-handling-errors/" },
  ],
  requestIdSource: "https://github.com/docusign/docusign-ios-sdk/issues/6",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.docusign.user-authentication-failed", "provider.401", "provider.400.consent-required", "provider.400.invalid-grant"],
      note: "`USER_AUTHENTICATION_FAILED` (\"One or both of Username and Password are invalid. Invalid access token\") is the credential sent refused: an expired access token (they last an hour, eight for the authorization code grant), one of the other environment or account, or a legacy password. Get a new token. Before a user consents to an app using the JWT grant, the OAuth server answers 400 `consent_required`: the user (or an admin for the organization) must grant consent once.",
    },
    rateLimit: {
      rules: ["provider.docusign.hourly-limit"],
      note: "Each account may make so many calls an hour (3,000 by default; `X-RateLimit-Limit`), counted from the top of the hour; over it, every call answers `HOURLY_APIINVOCATION_LIMIT_EXCEEDED` with a 400 until the hour ends (`X-RateLimit-Reset`, epoch seconds). A 30-second burst limit (`X-BurstLimit-Limit`: 500 in production, 200 in the developer environment) and per-envelope limits on polling and updates (`Hourly_Envelope_Polling_Limit_Exceeded`, `Burst_APIInvocation_Envelope_Limit_Exceeded`, with a 400) answer in codes of their own.",
    },
    notRetryable: {
      rules: ["provider.docusign.partner-authentication-failed"],
      note: "`PARTNER_AUTHENTICATION_FAILED` (\"The specified Integrator Key was not found or is disabled. An Integrator key was not specified.\") is the app's integration key: missing from the request (a client built without its configuration), disabled, or of the other environment (a developer key against www.docusign.net, or a production key against demo.docusign.net). Fix the app's configuration; neither a retry nor the user's consent helps.",
    },
  },
  notes: [
    "Quote the `X-DocuSign-TraceToken` header to DocuSign's support. Its OAuth server's `{\"error\": \"internal_server_error\", \"reference_id\": \"...\"}` names its own reference id instead.",
    "Its SDKs print the body after \"Error while requesting server, received a non successful HTTP code 401 with response Body:\"; the PHP SDK prints it serialized (`O:8:\"stdClass\":2:{s:9:\"errorCode\";...}`), and some .NET versions print no status at all.",
  ],
  signals: {
    "provider.docusign.partner-authentication-failed": {
      statement:
        "DocuSign answers a call whose integration key (the app's client id) is missing, unknown, disabled or of the other environment with `PARTNER_AUTHENTICATION_FAILED` \"The specified Integrator Key was not found or is disabled.\" (a 401): a ProviderAPIError that is not retryable; the app's configuration is wrong, not the user's grant, so fix the key or the environment's base path.",
      action: "Fix the app's configuration: send the right, enabled integration key for the environment and its matching base path; reconnecting the user does not help.",
      source: "https://github.com/docusign/docusign-esign-java-client/issues/101",
      examples: [
        {
          source: "https://github.com/docusign/docusign-esign-java-client/issues/101",
          text: `Exception: com.docusign.esign.client.ApiException: Error while requesting server, received a non successful HTTP code 401 with response Body: '{
  "errorCode": "PARTNER_AUTHENTICATION_FAILED",
  "message": "The specified Integrator Key was not found or is disabled. An Integrator key was not specified."
}'`,
        },
        {
          source: "https://github.com/docusign/docusign-esign-java-client/issues/191",
          text: `HTTP Unauthorized 401
\`{"errorCode":"PARTNER_AUTHENTICATION_FAILED","message":"The specified Integrator Key was not found or is disabled. An Integrator key was not specified."}\``,
        },
      ],
    },
    "provider.docusign.user-authentication-failed": {
      statement:
        "DocuSign answers a call whose credential it refuses (an expired or wrong access token, a legacy user name and password) with `USER_AUTHENTICATION_FAILED` \"One or both of Username and Password are invalid.\" (a 401): a ProviderUnauthorizedError; get a new access token for the right environment and account.",
      action: "Get a new access token for the right environment and account, then send the call again with it.",
      source: "https://github.com/docusign/code-examples-php/issues/44",
      examples: [
        {
          source: "https://github.com/Tucker-Eric/Laravel-Docusign/issues/31",
          text: `Error while requesting server, received a non successful HTTP code [401] with response Body: O:8:"stdClass":2:{s:9:"errorCode";s:26:"USER_AUTHENTICATION_FAILED";s:7:"message";s:49:"One or both of Username and Password are invalid.";}`,
        },
        {
          source: "https://github.com/docusign/docusign-esign-csharp-client/issues/300",
          reconstructed: "status line added (the body was quoted alone; DocuSign sends this code with a 401)",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password are invalid. Invalid access token"}`,
        },
      ],
    },
    "provider.docusign.hourly-limit": {
      statement:
        "DocuSign answers every call over the account's hourly limit with `HOURLY_APIINVOCATION_LIMIT_EXCEEDED` \"The maximum number of hourly API invocations has been exceeded.\" (a 400) until the top of the hour: a retryable ProviderAPIError whose wait is `X-RateLimit-Reset` (epoch seconds) or, when the response has none, an hour at most.",
      action: "Wait until the top of the hour (`err.retryAfter`, from `X-RateLimit-Reset`), then send the same call again; every call fails until then.",
      source: "https://www.docusign.com/blog/dsdev-from-the-trenches-api-rate-limits",
      examples: [
        {
          source: "https://www.docusign.com/blog/dsdev-from-the-trenches-api-rate-limits",
          reconstructed: "status line added: a Stack Overflow question (https://stackoverflow.com/questions/19682935) shows this error answered \"(400) Bad Request\"",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{
  "errorCode": "HOURLY_APIINVOCATION_LIMIT_EXCEEDED",
  "message": "The maximum number of hourly API invocations has been exceeded. The hourly limit is 1000."
}`,
        },
      ],
    },
  },
};

/**
 * Microsoft Graph (with OneDrive and Outlook) and the Microsoft identity platform's token
 * endpoint: Graph answers in OData's `{"error": {"code", "message", "innerError"}}` and
 * asks callers to branch on `error.code` alone; a 403 code says which workload refused
 * (directory or mailbox), and the token endpoint's `AADSTS` numbers in `error_codes` tell
 * a dead grant from a missing consent.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** The directory's own error codes, which only Graph (and Azure AD Graph before it) sends. */
const DIRECTORY_CODES = ["Authorization_RequestDenied", "Authorization_IdentityNotFound", "Authentication_ExpiredToken", "Authentication_MissingOrMalformed"];

/** The identity platform's Trace ID in the words of its error (`\r\nTrace ID: ...`), the server's `x-ms-request-id`. */
const TRACE_ID = /\bTrace ID: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/;
/** The app's own credential refused: a wrong or expired client secret, a client assertion's bad signature, ADAL's older 50012. */
/** Graph's words for a token without the permission a method needs, when it names the ones it accepts (Teams' chats). */
const MISSING_SCOPE_PERMISSIONS = /^Missing scope permissions on the request\. API requires one of '|^Missing application roles\. API required roles: /;
/** The application permissions (app roles) an app-only call lacks, as the security API lists them: `SecurityAlert.Read.All,SecurityAlert.ReadWrite.All`. */
const REQUIRED_ROLES = /\bMissing application roles\. API required roles: ([A-Za-z0-9.,]{1,2000}?),? application roles: /;
/** The permissions that message says the method accepts, any one of them: `'Chat.ReadBasic, Chat.Read, Chat.ReadWrite'`. */
const ACCEPTED_SCOPES = /\bMissing scope permissions on the request\. API requires one of '([^'\n]{1,2000})'/;
const CLIENT_SECRET_REFUSED = /\bAADSTS(?:7000215|7000222|50012|700027)\b/;

export const microsoft = provider({
  id: "microsoft",
  name: "Microsoft Graph",
  // SharePoint Online's hosts serve OneDrive for Business's API too (`<tenant>-my.sharepoint.com/_api/v2.0/drives/...`), Graph's drives.
  hosts: ["graph.microsoft.com", "graph.windows.net", "login.microsoftonline.com", "outlook.office.com", "outlook.office365.com", "sharepoint.com"],
  // The identity platform's libraries too (MSAL, and ADAL before it): they call its token endpoint, one of the hosts above.
  clients: {
    packages: ["msgraph", "msgraph_core", "@microsoft.microsoft-graph-client", "Microsoft.Graph", "Microsoft.Identity", "Microsoft.IdentityModel", "@azure.msal-node", "@azure.msal-browser", "msal"],
    classes: [],
  },
  // `azuread`: Terraform's provider for Entra ID, which calls Microsoft Graph (`azurerm` calls Azure Resource Manager, another API).
  aliases: ["msgraph", "graph", "onedrive", "outlook", "azuread"],
  // `request-id` is the server's id; `client-request-id` echoes the caller's (or repeats it).
  // The identity platform's token endpoint sends its own as `x-ms-request-id` (its Trace ID).
  requestIdHeaders: ["request-id", "client-request-id", "x-ms-request-id"],
  // The identity platform's token errors carry its Trace ID (the server's `x-ms-request-id`) as `trace_id`, and in the words of
  // `error_description` ("\r\nTrace ID: ...") when a client printed only those.
  // Azure AD Graph (graph.windows.net, Graph's predecessor, as Terraform's azuread called it) answered `{"odata.error": {"code",
  // "message": {"lang", "value"}, "requestId"}}`.
  // (Or in the words of a text body, a client's message read as the body: Azure.Identity's "... Original exception: AADSTS7000215: ... Trace ID: ...".)
  // (Graph's auth failures name it `requestId` beside `oAuthEventOperationId`: "innerError":{..., "requestId":"2576b0df-...", "date":...}.)
  bodyRequestId: ["error.innerError.request-id", "error.innerError.requestId", "trace_id", "odata\\.error.requestId", { json: "error_description", capture: TRACE_ID }, { text: TRACE_ID }],
  // Not `request-id` or `client-request-id` (generic names); `x-ms-ags-diagnostic` is seen only on graph.microsoft.com.
  // A body alone: Graph's `innerError` carries its own `request-id` (camelCase `innerError`; Azure's services write `innererror`).
  // The identity platform's token errors carry its AADSTS codes and link its own host (`error_uri`).
  fingerprints: {
    // `x-ms-ests-server`: the identity platform's token service (ESTS) names itself on every answer of login.microsoftonline.com.
    headers: ["x-ms-ags-diagnostic", "x-ms-ests-server"],
    body: {
      any: [
        { all: [{ json: "error.code" }, { json: "error.innerError.request-id" }] },
        // Or its `date` alone, when its ids were not sent or printed (the directory's throttle, `throttle.aad.ags.appId`): Graph's time, to
        // the second, with no zone.
        { all: [{ json: "error.code" }, { json: "error.innerError.date", matches: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/ }] },
        { json: "error_description", matches: /^AADSTS\d{4,8}: / },
        // OneDrive's and SharePoint's wait in the body, which no other API names so.
        { json: "error.retryAfterSeconds" },
        // Or its words as a client printed them (ADAL's AdalServiceException, Azure.Identity's "Original exception: AADSTS7000215: ...").
        { text: /\bAADSTS\d{4,8}: [A-Z]/ },
        { json: "error_uri", matches: /^https:\/\/login\.microsoftonline\.com\// },
        // The directory's own error codes, which only Graph (and Azure AD Graph before it) sends, also without `innerError` (as
        // go-autorest prints them: `Status=403 Code="Authorization_RequestDenied"`).
        { json: "error.code", is: DIRECTORY_CODES },
        { json: "odata\\.error.code", is: DIRECTORY_CODES },
      ],
    },
  },
  message: ["error.message", "error_description", "odata\\.error.message.value"],
  signals: {
    "provider.microsoft.authorization-request-denied": {
      status: [403],
      when: { any: [{ json: "error.code", is: "Authorization_RequestDenied" }, { json: "odata\\.error.code", is: "Authorization_RequestDenied" }] },
      error: "ScopeReauthRequiredError",
    },
    "provider.microsoft.mailbox-access-denied": {
      status: [403],
      when: { json: "error.code", is: "ErrorAccessDenied" },
      error: "ScopeReauthRequiredError",
    },
    // Graph's own words when it does name what the token lacks (Teams' chats: "Missing scope permissions on the request. API requires
    // one of 'Chat.ReadBasic, Chat.Read, Chat.ReadWrite'. Scopes on the request 'User.Read'"): the scopes it accepts, any one of them.
    "provider.microsoft.missing-scope-permissions": {
      status: [403],
      when: said("error.message", { matches: MISSING_SCOPE_PERMISSIONS }),
      error: "ScopeReauthRequiredError",
      missingScopes: [
        { json: "error.message", capture: ACCEPTED_SCOPES, split: "," },
        { json: "error.message", capture: REQUIRED_ROLES, split: "," },
        { text: ACCEPTED_SCOPES, split: "," },
        { text: REQUIRED_ROLES, split: "," },
      ],
    },
    // OneDrive's and SharePoint's drives put the wait in the body (`"retryAfterSeconds": 120` beside `serviceNotAvailable`), not always
    // in a header.
    "provider.microsoft.retry-after-seconds": {
      status: [429, 503],
      when: { json: "error.retryAfterSeconds" },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "error.retryAfterSeconds" }],
    },
    "provider.microsoft.quota-limit-reached": {
      // Any status: the code alone says the storage is full; 507 is the documented status, but OneDrive once sent a full drive as a 500 (onedrive-api-docs#23).
      when: { json: "error.code", is: ["quotaLimitReached", "QuotaExceededException"] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // The app's own credential, refused at the token endpoint: a wrong or expired client secret or certificate, whatever
    // the `error` (ADAL printed only its message). No user can fix it by signing in again. Not 70002 ("Error validating
    // credentials"): it also heads a dead grant's 70000.
    "provider.microsoft.invalid-client-secret": {
      // Any status: an app that wraps the token call answers its own 500 around it (Azure.Identity's "ClientSecretCredential
      // authentication failed ... Original exception: AADSTS7000215: ..." as a web app's "Error 500"), and a retry sends the same secret.
      status: "any",
      when: said("error_description", { matches: CLIENT_SECRET_REFUSED }, CLIENT_SECRET_REFUSED),
      error: "ProviderAPIError",
      retryable: false,
    },
    // The token endpoint's consent failure shares `invalid_grant` with a dead grant: it goes first.
    "provider.microsoft.consent-required": {
      status: [400],
      // Or its code in words, as MSAL.js prints the description alone ("InteractionRequiredAuthError: invalid_grant: AADSTS65001: ...").
      when: { any: [{ json: "suberror", is: "consent_required" }, { json: "error_codes[]", is: "65001" }, { text: /\bAADSTS65001: The user or administrator has not consented\b/ }] },
      error: "ScopeReauthRequiredError",
    },
    // An authorization-code request the app sent wrong shares `invalid_grant` with a dead grant too: before it.
    "provider.microsoft.code-request-refused": {
      status: [400],
      when: said(["error_description", "error_codes[]"], { matches: /\b(?:AADSTS)?(?:9002313|54005|50148|501481)\b/ }, /\bAADSTS(?:9002313|54005|50148|501481)\b/),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.microsoft.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const microsoftDocs: ProviderDocs<typeof microsoft> = {
  docs: [
    { title: "Microsoft Graph error responses and resource types", url: "https://learn.microsoft.com/en-us/graph/errors" },
    { title: "Resolve Microsoft Graph authorization errors", url: "https://learn.microsoft.com/en-us/graph/resolve-auth-errors" },
    { title: "Microsoft Graph throttling guidance", url: "https://learn.microsoft.com/en-us/graph/throttling" },
    { title: "Microsoft Graph service-specific throttling limits", url: "https://learn.microsoft.com/en-us/graph/throttling-limits" },
    { title: "Microsoft Entra authentication and authorization error codes (AADSTS)", url: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes" },
    { title: "Continuous access evaluation (claims challenges)", url: "https://learn.microsoft.com/en-us/entra/identity-platform/app-resilience-continuous-access-evaluation" },
    { title: "OneDrive API error responses", url: "https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/errors" },
  ],
  requestIdSource: "https://learn.microsoft.com/en-us/graph/errors",
  answers: {
    scope: {
      rules: ["provider.microsoft.authorization-request-denied", "provider.microsoft.mailbox-access-denied", "provider.microsoft.missing-scope-permissions", "provider.microsoft.consent-required"],
      note: "Graph rarely names the missing permission (Teams' \"Missing scope permissions on the request. API requires one of '...'\" does, and is read): the method's page lists the permissions it accepts (https://learn.microsoft.com/en-us/graph/permissions-reference). A 403 is usually a permission the app lacks or has no consent for, but the same codes also come from the user's own missing role or license, a delegated-versus-application permission mismatch, or an Exchange application access policy, which re-consent does not fix.",
    },
    credential: {
      rules: ["provider.401", "provider.microsoft.refresh-invalid-grant", "provider.microsoft.invalid-client-secret"],
      note: "An expired, malformed or wrong-audience access token is a 401 `InvalidAuthenticationToken`; a 401 whose `WWW-Authenticate` carries `error=\"insufficient_claims\"` is a Continuous Access Evaluation revocation (acquire a token interactively, passing its `claims`). A dead refresh token is the token endpoint's 400 `invalid_grant` (AADSTS700082, 50173, 70008). A wrong or expired client secret (AADSTS7000215, 7000222) is the app's to replace, not the user's.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.microsoft.retry-after-seconds"],
      note: "Graph throttles with 429 (`TooManyRequests`, `activityLimitReached`, `ApplicationThrottled`), sometimes 503 or 509, with `Retry-After` in seconds; some 429s come without it, and Graph sends no remaining or reset header: back off exponentially then.",
    },
    notRetryable: { rules: ["provider.microsoft.quota-limit-reached", "provider.microsoft.code-request-refused"] },
  },
  notes: [
    "`Authorization_RequestDenied` and `ErrorAccessDenied` are mapped to their usual cause, a permission the app lacks or has no admin consent for (resolve-auth-errors' first check). They also come from the signed-in user's missing directory role or license, a token of the wrong permission type (delegated vs. application), an app-only token calling `/me`, or an Exchange application access policy: when the app already holds the permission, re-consent will not help.",
    "OneDrive's and SharePoint's 403 `accessDenied` (\"The caller doesn't have permission to perform the action.\") stays a plain ProviderAPIError: public reports show it as often for an item or site the user cannot reach as for a missing `Files.*` or `Sites.*` permission.",
    "A 403 whose `WWW-Authenticate` carries `error=\"insufficient_claims\"` is a Conditional Access step-up (MFA, a compliant device): the user must sign in interactively with the challenge's `claims`.",
    "The token endpoint's body carries `trace_id` and `correlation_id`, the ids Microsoft support asks for: `trace_id` (the server's `x-ms-request-id`) is read as the request id, also from the words of `error_description` (\"Trace ID: ...\") when only those were printed.",
    "413 and the `innerError` codes `maxFileSizeExceeded` and `maxItemCountExceeded` are limits of the request itself: not retryable, as every 4xx.",
  ],
  signals: {
    "provider.microsoft.code-request-refused": {
      statement:
        "The Microsoft identity platform's token endpoint refuses an authorization-code request the app got wrong with 400 `invalid_grant`, as it does a dead grant: AADSTS9002313 (\"Invalid request. Request is malformed or invalid.\"), 54005 (the authorization code was already redeemed), 50148 or 501481 (the PKCE `code_verifier` does not match the `code_challenge`). A ProviderAPIError that is not retryable: fix the token request (each code redeemed once, with its own verifier, to the redirect URI it was issued for) and start a fresh sign-in; the user's grant is not at fault, so sending them to reconnect alone repeats the same request.",
      action: "Fix the token request (redeem each code once, with its own verifier, to its redirect URI) and start a fresh sign-in; reconnecting alone repeats it.",
      source: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
      examples: [
        {
          source: "https://github.com/AzureAD/azure-activedirectory-library-for-nodejs/issues/219",
          text: `Error: Get Token request returned http error: 400 and server response:
{
  "error": "invalid_grant",
  "error_description": "AADSTS9002313: Invalid request. Request is malformed or invalid.\\r\\nTrace ID: <REMOVED>\\r\\nCorrelation ID: 5b7c06c8-f9d2-46be-9fd0-c1aa18c278a9\\r\\nTimestamp: 2019-05-23 13:15:22Z",
  "error_codes": [
    9002313
  ],
  "timestamp": "2019-05-23 13:15:22Z",
  "trace_id": "<REMOVED>",
  "correlation_id": "5b7c06c8-f9d2-46be-9fd0-c1aa18c278a9"
}`,
        },
      ],
    },
    "provider.microsoft.invalid-client-secret": {
      statement:
        "The Microsoft identity platform's token endpoint refuses the app's own credential with AADSTS7000215 (\"Invalid client secret provided\"), 7000222 (the client secret expired), 700027 (the client assertion's signature failed) or 50012 (\"Invalid client secret is provided\", ADAL's days), sent as 400 or 401, or inside an app's own 500 that wraps the token call: a ProviderAPIError that is not retryable, whatever the status; replace the secret or certificate in the app's registration and configuration. Signing the user in again sends the same secret.",
      action: "Replace the client secret or certificate in the app's registration and its configuration; signing the user in again sends the same secret.",
      source: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
      examples: [
        {
          source: "https://github.com/sjkp/letsencrypt-siteextension/issues/144",
          text: "Microsoft.IdentityModel.Clients.ActiveDirectory.AdalServiceException: AADSTS70002: Error validating credentials. AADSTS50012: Invalid client secret is provided. Trace ID: a1daagbb-5047-4c59-170e-ceegeg52590200 Correlation ID: 367371g4-39c0-459c-b506-61937a4d76475 Timestamp: 2017-06-08 09:22:07Z ---> System.Net.WebException: The remote server returned an error: (401) Unauthorized. at System.Net.HttpWebRequest.GetResponse() at Microsoft.IdentityModel.Clients.ActiveDirectory.HttpWebRequestWrapper.<GetResponseSyncOrAsync>d__2.MoveNext()",
        },
      ],
    },
    "provider.microsoft.authorization-request-denied": {
      statement:
        "Microsoft Graph's 403 `Authorization_RequestDenied` (\"Insufficient privileges to complete the operation.\") is a ScopeReauthRequiredError: the app usually lacks the directory permission the method needs (or its admin consent); grant it and re-authorize. It can also mean the signed-in user lacks the directory role or license, which re-consent will not fix.",
      action: "Grant the app the directory permission the method needs (with admin consent) and re-authorize; if it already has it, check the user's role or license.",
      source: "https://learn.microsoft.com/en-us/graph/resolve-auth-errors",
      examples: [
        {
          source: "https://github.com/Azure-Samples/ms-identity-python-daemon/issues/8",
          reconstructed: "status line and Content-Type added: the issue shows the body of the failing call; 403 is the status Graph documents for this code, and the fix was granting `User.Read.All`",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error": {
    "code": "Authorization_RequestDenied",
    "message": "Insufficient privileges to complete the operation.",
    "innerError": {
      "request-id": "d3d91569-9702-478e-90bc-21baa7b31591",
      "date": "2020-01-27T19:20:20"
    }
  }
}`,
        },
      ],
    },
    "provider.microsoft.mailbox-access-denied": {
      statement:
        "Microsoft Graph's 403 `ErrorAccessDenied` (Outlook mail, calendar and contacts: \"Access is denied. Check credentials and try again.\") is a ScopeReauthRequiredError: the token usually lacks the `Mail.*` or `Calendars.*` permission or its consent; re-authorize with it. It can also be an Exchange application access policy or a mailbox the user cannot open.",
      action: "Re-authorize with the `Mail.*` or `Calendars.*` permission the call needs; if the token has it, check for an Exchange application access policy.",
      source: "https://learn.microsoft.com/en-us/graph/resolve-auth-errors",
      examples: [
        {
          source: "https://github.com/microsoftgraph/msgraph-sdk-php/issues/1094",
          text: `Client error: \`GET https://graph.microsoft.com/v1.0/me/messages\` resulted in a \`403 Forbidden\` response:
{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}`,
        },
      ],
    },
    "provider.microsoft.missing-scope-permissions": {
      statement:
        "Microsoft Graph's 403 whose message says \"Missing scope permissions on the request. API requires one of '...'\" (Teams' chats and messages), or, for an app-only token, \"Missing application roles. API required roles: ..., application roles: ...\" (the security API's alerts and incidents), names the permissions the method accepts and those the token had: a ScopeReauthRequiredError whose `missingScopes` are the accepted ones (any one of them is enough); grant one (an application permission needs an admin's consent) and get a new token.",
      action: "Grant one of the permissions in `missingScopes` (an application permission needs an admin's consent), then get a new token.",
      source: "https://learn.microsoft.com/en-us/graph/resolve-auth-errors",
      examples: [
        {
          source: "https://github.com/telstrapurple/MSTeamsChatExporter/issues/9",
          text: `Invoke-RestMethod: S:\\Download\\MSTeamsChatExporter-main\\MSTeamsChatExporter-main\\Get-MicrosoftTeamsChat.ps1:122
Line |
 122 |  … firstChat = Invoke-RestMethod -Method Get -Uri "https://graph.microso …
     |                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
     |  {   "error": {     "code": "Forbidden",     "message": "Missing scope permissions on the request. API requires one of \\u0027Chat.ReadBasic, Chat.Read, Chat.ReadWrite\\u0027. Scopes on the request \\u0027User.Read\\u0027",     "innerError": {       "date": "2025-03-02T14:05:13",       "request-id": "7b29b3a3-cfc9-4a87-b5fe-aca1e7aef95b",       "client-request-id": "7b29b3a3-cfc9-4a87-b5fe-aca1e7aef95b"     }   } }`,
        },
        {
          source: "https://github.com/wazuh/wazuh/issues/31670",
          text: `2025/09/01 15:15:04 wazuh-modulesd:ms-graph: WARNING: Received unsuccessful status code when attempting to get relationship 'alerts_v2' logs: Status code was '403' & response was '{"error":{"code":"Forbidden","message":"Missing application roles. API required roles: SecurityAlert.Read.All,SecurityAlert.ReadWrite.All,SecurityIncident.Read.All,SecurityIncident.ReadWrite.All, application roles: .","innerError":{"date":"2025-09-01T15:15:04","request-id":"********-****-****-****-************","client-request-id":"********-****-****-****-************"}}}'`,
        },
      ],
    },
    "provider.microsoft.retry-after-seconds": {
      statement:
        "OneDrive's and SharePoint's drive API (OneDrive for Business, `_api/v2.0/drives`) may put its wait in the body, `\"retryAfterSeconds\": 120` beside `serviceNotAvailable`: a retryable ProviderAPIError whose `retryAfter` is that number of seconds, where a client without it would retry within a second.",
      action: "Wait the body's `retryAfterSeconds` (`err.retryAfter`), then send the same call again.",
      source: "https://github.com/krizalys/onedrive-php-sdk/issues/73",
      examples: [
        {
          source: "https://github.com/krizalys/onedrive-php-sdk/issues/73",
          reconstructed: "Guzzle's URL cut to its host and path: the issue prints the whole upload session's URL, query and token redacted",
          text: `Server error: \`PUT https://domainname-my.sharepoint.com/personal/accountname/_api/v2.0/drives/REDACTED/items/REDACTED/uploadSession\` resulted in a \`503 Service Unavailable\` response:
{"error":{"code":"serviceNotAvailable","message":"Service unavailable","retryAfterSeconds":120}}`,
        },
      ],
    },
    "provider.microsoft.quota-limit-reached": {
      statement:
        "Microsoft Graph's `quotaLimitReached` (OneDrive) or `QuotaExceededException` (a mailbox), sent as 507 Insufficient Storage, means the user's storage is full: a ProviderAPIError that is not retryable, although the status is a 5xx; free space or raise the quota first.",
      action: "Free space in the user's drive or mailbox, or raise its quota; retrying fails the same way until then.",
      source: "https://learn.microsoft.com/en-us/graph/errors",
      examples: [
        {
          source: "https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/6177",
          reconstructed: 'status line added from the issue ("I am getting 507 Insufficient Storage with the following response")',
          text: `HTTP/1.1 507 Insufficient Storage

{
  "error": {
    "code": "QuotaExceededException",
    "message": "Target mailbox quota exceeded.",
    "innerError": {
      "request-id": "9e98b005-0229-45a8-b40d-b840e35063f4",
      "date": "2019-12-10T15:22:24"
    }
  }
}`,
        },
        {
          source: "https://github.com/lavinir/hassio-onedrive-backup/issues/140",
          reconstructed:
            'the issue prints the Graph .NET SDK exception ("Status Code: InsufficientStorage", "Code: quotaLimitReached", "Message: Insufficient Space Available"); the status line (507) and the OData body are rebuilt from those three lines',
          text: `HTTP/1.1 507 Insufficient Storage
Content-Type: application/json

{"error":{"code":"quotaLimitReached","message":"Insufficient Space Available"}}`,
        },
      ],
    },
    "provider.microsoft.consent-required": {
      statement:
        "The Microsoft identity platform's token endpoint answers 400 with `suberror: consent_required` (AADSTS65001, \"The user or administrator has not consented to use the application\") when the grant lacks consent for a requested permission: a ScopeReauthRequiredError; send the user (or an admin) through an interactive authorization with those permissions.",
      action: "Send the user (or an admin) through an interactive authorization that consents to the requested permissions.",
      source: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
      examples: [
        {
          source: "https://github.com/MicrosoftDocs/azure-docs/issues/39189",
          reconstructed: "status line and Content-Type added: the reporter shows the JSON the token endpoint returned (in Postman); token errors are 400 (RFC 6749 section 5.2)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json; charset=utf-8

{
    "error": "invalid_grant",
    "error_description": "AADSTS65001: The user or administrator has not consented to use the application with ID '5617d05d-fdc6-4c56-b1dc-38b8576cfafd' named 'AzureADBlob'. Send an interactive authorization request for this user and resource.\\r\\nTrace ID: 7979ed8a-3959-4be5-9206-ce16f12a5900\\r\\nCorrelation ID: 73d7243c-43ba-4d8a-865a-0b8957def6c6\\r\\nTimestamp: 2019-09-19 08:55:37Z",
    "error_codes": [
        65001
    ],
    "timestamp": "2019-09-19 08:55:37Z",
    "trace_id": "7979ed8a-3959-4be5-9206-ce16f12a5900",
    "correlation_id": "73d7243c-43ba-4d8a-865a-0b8957def6c6",
    "suberror": "consent_required"
}`,
        },
        {
          source: "https://github.com/stevenmaguire/oauth2-microsoft/issues/31",
          reconstructed: "status line added: the issue shows the body the token request returned; token errors are 400 (RFC 6749 section 5.2)",
          text: `HTTP/1.1 400 Bad Request

{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID 'xxxxxx-7069-49e9xx' named 'xxxxxCRM'. Send an interactive authorization request for this user and resource. Trace ID: 416xxxxxxxxxa932-7846f1a42100 Correlation ID: 1e7xxxxx8ce8f02 Timestamp: 2025-01-23 22:36:25Z","error_codes":[65001],"timestamp":"2025-01-23 22:36:25Z","trace_id":"41xxxx100","correlation_id":"1e714xxxxe8f02","suberror":"consent_required"}`,
        },
      ],
    },
    "provider.microsoft.refresh-invalid-grant": {
      statement:
        "The Microsoft identity platform's token endpoint answers 400 `invalid_grant` (AADSTS700082: refresh token expired after 90 days of inactivity; 50173 or 70008: grant revoked or expired, e.g. after a password change) when the refresh token is dead: a ProviderUnauthorizedError; the user must sign in again.",
      action: "Send the user through sign-in again: the refresh token is expired or revoked, and no retry revives it.",
      source: "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes",
      examples: [
        {
          source: "https://github.com/Azure/azure-cli/issues/14244",
          reconstructed: 'status line and Content-Type written from the printout "Get Token request returned http error: 400 and server response:"; the body as printed',
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json; charset=utf-8

{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2020-02-26T21:52:54.2810613Z and was inactive for 90.00:00:00.\\r\\nTrace ID: 6e94ade5-10de-4d67-909a-14d845813500\\r\\nCorrelation ID: 0e87b495-1e24-4882-be85-d012c216f4f6\\r\\nTimestamp: 2020-07-06 22:31:52Z","error_codes":[700082],"timestamp":"2020-07-06 22:31:52Z","trace_id":"6e94ade5-10de-4d67-909a-14d845813500","correlation_id":"0e87b495-1e24-4882-be85-d012c216f4f6","error_uri":"https://login.microsoftonline.com/error?code=700082"}`,
        },
      ],
    },
  },
};

/**
 * Azure Storage (Blob, Queue, Table, Files and Data Lake, at `<account>.blob.core.windows.net` and its siblings): the data plane
 * every Azure app stores through, and not Resource Manager (`azure`), whose control plane creates the account. Its errors are
 * an XML `<Error>` whose `<Code>` is also sent as the `x-ms-error-code` header, and whose `<Message>` ends with the request's
 * own id and time ("RequestId:...\nTime:..."). Its permissions are Azure RBAC data roles, a shared key or a SAS: no OAuth scope
 * is ever consented to, so a missing permission is a role to assign, not a consent to ask for again.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/**
 * A Storage error code, where its services put it: the XML `<Code>`, Table's and Data Lake's JSON, the header every one sends, or the
 * "ErrorCode:" line its SDKs print under the message (azure-core's HttpResponseError, a CI log of it).
 */
function code(codes: readonly string[]): Match {
  return {
    any: [{ xml: "Code", is: codes }, { json: "error.code", is: codes }, { header: "x-ms-error-code", is: codes }, { text: new RegExp(`(?:^|\\n)ErrorCode:(?:${codes.join("|")})\\b`) }],
  };
}

/** The id and time its messages end with ("...operation.\nRequestId:eac84bcc-f01e-0034-433b-1623fc000000\nTime:2023-11-13T14:13:17Z"). */
const REQUEST_ID_IN_MESSAGE = /(?:\b|(?<=\\[rn]))RequestId:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/;

/**
 * Its XML error as its services send it: the request's id and time end the message (S3's copies put `<RequestId>` in an element of
 * its own), also with its line breaks escaped (a JSON string's `\n`). The fingerprint, and what lets a pasted document's code stand for
 * its status.
 */
export const ERROR_DOCUMENT = /<Error>\s{0,200}<Code>[A-Za-z]{2,80}<\/Code>\s{0,200}<Message>[^<]{0,2000}?(?:\b|(?<=\\[rn]))RequestId:[0-9a-f]{8}-[0-9a-f-]{27}(?:\s|\\[rn]){0,200}Time:/;

/**
 * The statuses its error codes' pages give (common to every service, the shared access signature's, Blob's, Queue's, File's and
 * Table's): a document a client printed without its status (velero's "request failed: <?xml ...><Error><Code>AuthorizationFailure")
 * is read with the one its code stands for.
 */
const ERROR_STATUS: Readonly<Record<string, number>> = {
  // (Not `InvalidAuthenticationInfo`: the common page gives it 401 and 400.)
  NoAuthenticationInformation: 401,
  AuthenticationFailed: 403,
  AuthorizationFailure: 403,
  AuthorizationPermissionMismatch: 403,
  AuthorizationSourceIPMismatch: 403,
  AuthorizationProtocolMismatch: 403,
  AuthorizationServiceMismatch: 403,
  AuthorizationResourceTypeMismatch: 403,
  AccountIsDisabled: 403,
  InsufficientAccountPermissions: 403,
  ResourceNotFound: 404,
  ContainerNotFound: 404,
  BlobNotFound: 404,
  QueueNotFound: 404,
  ShareNotFound: 404,
  TableNotFound: 404,
  ContainerAlreadyExists: 409,
  ContainerBeingDeleted: 409,
  BlobAlreadyExists: 409,
  QueueAlreadyExists: 409,
  InternalError: 500,
  OperationTimedOut: 500,
  ServerBusy: 503,
};

/** The status its error codes' pages give `code`, in a document of its shape (`document`); `undefined` otherwise. */
export function azureStorageStatus(document: string, code: string): number | undefined {
  return Object.hasOwn(ERROR_STATUS, code) && ERROR_DOCUMENT.test(document) ? ERROR_STATUS[code] : undefined;
}

/**
 * Two of its messages only it words so, each the message of one code with one status (the common error codes' page:
 * `AuthenticationFailed`; the shared access signature's: `AuthorizationPermissionMismatch`), as a client prints the message alone
 * (the Azure extensions' issue report: "Error Message: Server failed to authenticate the request. ...").
 */
const AUTHENTICATION_FAILED = /\bServer failed to authenticate the request\. Make sure the value of (?:the )?Authorization header is formed correctly including the signature\b/;
const PERMISSION_MISMATCH = /\bThis request is not authorized to perform this operation using this permission\b/;

export const azureStorage = provider({
  id: "azure-storage",
  name: "Azure Storage",
  hosts: ["blob.core.windows.net", "queue.core.windows.net", "table.core.windows.net", "file.core.windows.net", "dfs.core.windows.net"],
  // An account's hosts serve its data API and nothing else (a public blob's link is a Get Blob call): a URL to one anywhere in a paste is a call to it.
  apiOnlyHosts: true,
  aliases: ["azure-blob", "azblob", "azure-storage-blob"],
  clients: { packages: ["azure.storage", "Azure.Storage", "com.azure.storage", "@azure.storage-blob", "@azure.storage-queue", "@azure.storage-file-share", "@azure.storage-file-datalake"], classes: [] },
  requestIdHeaders: ["x-ms-request-id"],
  bodyRequestId: [{ text: REQUEST_ID_IN_MESSAGE }, { json: "error.message", capture: REQUEST_ID_IN_MESSAGE }],
  documentedStatus: {
    source: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
    messages: [
      [AUTHENTICATION_FAILED, 403],
      [PERMISSION_MISMATCH, 403, "https://learn.microsoft.com/en-us/rest/api/storageservices/sas-error-codes"],
      // `ServerBusy`'s words for an account over its scalability targets (azure-core's HttpResponseError prints the message alone).
      [/(?<=^|\n|: ?|")(?:Ingress|Egress|Operations per second) is over the account limit\b/, 503],
    ],
  },
  fingerprints: {
    body: {
      any: [
        // Its servers name themselves ("Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0").
        { header: "server", matches: /^Windows-Azure-(?:Blob|Queue|Table|File)\/\d/ },
        // Its XML error, the request's id and time inside the message.
        { text: ERROR_DOCUMENT },
        // Or one of its own messages, as a client printed it.
        { text: AUTHENTICATION_FAILED },
        { text: PERMISSION_MISMATCH },
      ],
    },
  },
  signals: {
    "provider.azure-storage.server-busy": {
      status: [503],
      when: code(["ServerBusy"]),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.azure-storage.authentication-failed": {
      status: [403],
      // (Or its message alone, which only this code has.)
      when: { any: [code(["AuthenticationFailed"]), { text: AUTHENTICATION_FAILED }] },
      error: "ProviderUnauthorizedError",
    },
    "provider.azure-storage.permission-mismatch": {
      status: [403],
      when: { any: [code(["AuthorizationPermissionMismatch"]), { text: PERMISSION_MISMATCH }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.azure-storage.authorization-failure": {
      status: [403],
      when: code(["AuthorizationFailure"]),
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const azureStorageDocs: ProviderDocs<typeof azureStorage> = {
  docs: [
    { title: "Common REST API error codes (Azure Storage)", url: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes" },
    { title: "Blob Storage error codes", url: "https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes" },
    { title: "Troubleshoot performance: ServerBusy and throttling", url: "https://learn.microsoft.com/en-us/troubleshoot/azure/azure-storage/blobs/alerts/storage-monitoring-diagnosing-troubleshooting" },
    { title: "Assign an Azure role for access to blob data", url: "https://learn.microsoft.com/en-us/azure/storage/blobs/assign-azure-role-data-access" },
  ],
  requestIdSource: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
  answers: {
    scope: {
      rules: ["provider.azure-storage.permission-mismatch", "provider.azure-storage.authorization-failure"],
      note: "No OAuth scope: a Microsoft Entra identity needs a data role (Storage Blob Data Reader or Contributor, and the Queue, Table and File ones) on the account or container, which Owner and Contributor do not give; a SAS needs the permissions (`sp`) and the resource type (`srt`, `sr`) of the call. A storage firewall's refusal is `AuthorizationFailure` too.",
    },
    credential: {
      rules: ["provider.azure-storage.authentication-failed"],
      note: "`AuthenticationFailed` (403) is a signature that does not verify: a wrong or rotated account key, a SAS past its expiry or made for another scope, or a clock more than 15 minutes off; its `AuthenticationErrorDetail` says which.",
    },
    rateLimit: {
      rules: ["provider.azure-storage.server-busy", "provider.error"],
      note: "503 `ServerBusy` (\"Ingress is over the account limit\", \"Egress is over the account limit\", \"Operations per second is over the account limit\") or 500 `OperationTimedOut` when a scalability target is passed: back off exponentially. No `Retry-After` and no remaining or reset header is documented.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Every response carries `x-ms-request-id` (the server's) and echoes `x-ms-client-request-id` (the client's): quote the first; the error's message ends with the same id, as \"RequestId:...\".",
    "The error code is also sent as the `x-ms-error-code` header, so a HEAD request's error, which has no body, still names it.",
  ],
  signals: {
    "provider.azure-storage.server-busy": {
      statement:
        "Azure Storage answers 503 `ServerBusy` when a request passes a scalability target of the account or of a partition (\"The server is busy.\", \"Ingress is over the account limit.\", \"Operations per second is over the account limit.\"): a retryable ProviderAPIError; back off exponentially, and spread the load if it persists. No wait is sent.",
      action: "Back off exponentially and retry (no wait is sent); if it persists, spread the load.",
      source: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
      examples: [
        {
          source: "https://github.com/Azure/azure-sdk-for-net/issues/18055",
          reconstructed: "cut after the headers, before the stack trace; the request ids are masked as the issue has them",
          text: `Exception: Azure.RequestFailedException: The server is busy.
RequestId:xxx
Time:2021-01-19T19:11:34.1990083Z
Status: 503 (The server is busy.)
ErrorCode: ServerBusy

Headers:
Server: Windows-Azure-File/1.0,Microsoft-HTTPAPI/2.0
x-ms-request-id: xxx
x-ms-client-request-id: xxx
x-ms-version: 2020-04-08
x-ms-error-code: ServerBusy
Date: Tue, 19 Jan 2021 19:11:33 GMT
Content-Length: 198
Content-Type: application/xml`,
        },
      ],
    },
    "provider.azure-storage.authentication-failed": {
      statement:
        "Azure Storage answers 403 `AuthenticationFailed` (\"Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\") when the request's signature does not verify: a wrong or rotated account key, a SAS past its expiry, made for another scope or without the permission, or a clock far off. A ProviderUnauthorizedError: the credential must be replaced (a new SAS, the current key); `AuthenticationErrorDetail` says what failed.",
      action: "Replace the credential (the account's current key, or a new SAS) and check the clock; `AuthenticationErrorDetail` says which part failed.",
      source: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
      examples: [
        {
          source: "https://support.escrow.beekeeperai.com/support/solutions/articles/151000104444-failure-to-retrieve-data-azure-blob-storage-authentication-error-403-",
          reconstructed: "the Azure SDK for Go's part of the message, without the Python traceback that wraps it, its quotes unescaped and its blank lines removed",
          text: `GET https://aznsnshdadstg01d.blob.core.windows.net/beekeeper-validation
--------------------------------------------------------------------------------
RESPONSE 403: 403 Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
ERROR CODE: AuthenticationFailed
--------------------------------------------------------------------------------
<?xml version="1.0" encoding="utf-8"?>
<Error>
  <Code>AuthenticationFailed</Code>
  <Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
    RequestId:a660a0b1-f01e-0014-1cfd-c1b08f000000
    Time:2026-04-01T17:32:46.1128042Z
  </Message>
  <AuthenticationErrorDetail>Signed Directory Depth Invalid</AuthenticationErrorDetail>
</Error>
--------------------------------------------------------------------------------`,
        },
      ],
    },
    "provider.azure-storage.permission-mismatch": {
      statement:
        "Azure Storage answers 403 `AuthorizationPermissionMismatch` (\"This request is not authorized to perform this operation using this permission.\") when a Microsoft Entra identity has no data role that allows the call: a ProviderAPIError that is not retryable until a role such as Storage Blob Data Reader or Contributor is assigned on the account or container (Owner and Contributor manage the account but do not read its data; a new assignment takes some minutes to apply).",
      action: "Assign the identity a data role such as Storage Blob Data Reader or Contributor on the account or container, then retry after some minutes.",
      source: "https://learn.microsoft.com/en-us/azure/storage/blobs/assign-azure-role-data-access",
      examples: [
        {
          source: "https://github.com/Azure/kusto-copy/issues/79",
          reconstructed: "cut after the headers, before the stack trace",
          text: `Initialize storage...kc Error: 0 : Exception encountered:  Azure.RequestFailedException ; Service request failed.
Status: 403 (This request is not authorized to perform this operation using this permission.)
ErrorCode: AuthorizationPermissionMismatch

Headers:
Transfer-Encoding: chunked
Server: Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0
x-ms-request-id: 1a9db850-b01e-0036-17c2-5708ec000000
x-ms-client-request-id: 0d3662ef-5c42-44dd-8c01-0a4353c87670
x-ms-version: 2025-07-05
x-ms-error-code: AuthorizationPermissionMismatch
Date: Mon, 17 Nov 2025 13:03:52 GMT`,
        },
      ],
    },
    "provider.azure-storage.authorization-failure": {
      statement:
        "Azure Storage answers 403 `AuthorizationFailure` (\"This request is not authorized to perform this operation.\") when the account's firewall or virtual network rules refuse the caller's network, or a SAS or ACL does not allow the operation: a ProviderAPIError that is not retryable; allow the caller's network or address, or issue a SAS that permits the call.",
      action: "Allow the caller's network or address in the account's firewall rules, or issue a SAS that permits this operation.",
      source: "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes",
      examples: [
        {
          source: "https://github.com/CDCgov/prime-reportstream/issues/12209",
          text: `This request is not authorized to perform this operation.
RequestId:eac84bcc-f01e-0034-433b-1623fc000000
Time:2023-11-13T14:13:17.7458151Z
Status: 403 (This request is not authorized to perform this operation.)
ErrorCode: AuthorizationFailure

Content:
<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation.
RequestId:eac84bcc-f01e-0034-433b-1623fc000000
Time:2023-11-13T14:13:17.7458151Z</Message></Error>

Headers:
Server: Microsoft-HTTPAPI/2.0
x-ms-request-id: eac84bcc-f01e-0034-433b-1623fc000000
x-ms-client-request-id: 732ce392-8f4d-4d1e-a386-3f75ac098e2b
x-ms-error-code: AuthorizationFailure
Date: Mon, 13 Nov 2023 14:13:17 GMT
Content-Length: 246`,
        },
      ],
    },
  },
};

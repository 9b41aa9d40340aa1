/**
 * MongoDB Atlas (its Administration API at `cloud.mongodb.com/api/atlas/v1.0` and `/v2`, its service accounts' token endpoint
 * `cloud.mongodb.com/api/oauth/token`, the App Services Admin API at `services.cloud.mongodb.com` and `realm.mongodb.com` before it,
 * and the retired Data API at `*.data.mongodb-api.com`): an error is `{"detail": "...", "error": 403, "errorCode":
 * "IP_ADDRESS_NOT_ON_ACCESS_LIST", "parameters": [...], "reason": "Forbidden"}`, the numeric status in `error` beside a code, its
 * reason phrase and its detail, a shape only MongoDB's cloud API sends. Its Go clients print it as `403 (request
 * "IP_ADDRESS_NOT_ON_ACCESS_LIST") IP address ... is not allowed to access this resource.` (the old go-client-mongodb-atlas, which
 * the input reader rebuilds into that body) or `GET: HTTP 403 (Error code: "ORG_REQUIRES_ACCESS_LIST") Detail: ... Reason:
 * Forbidden. Params: [...]` (the Atlas Go SDK, the Atlas CLI, the Terraform provider since v1.12).
 * Three signals: its rate limits (429 `RATE_LIMITED` "Resource /api/oauth/token is limited to 10 requests every 1 minutes.", 429
 * `RATE_LIMITED_TOKEN_BUCKET` "... Please retry after 55 seconds. ...", 400 `INVITATIONS_RATE_LIMITED_IP` "Rate limit of 10
 * invitations per 1 minutes exceeded.") wait what the body says: the seconds it names, else the window it names, where the generic
 * rules backed off for 1 to 4 seconds inside the same window; its API access list (403 `IP_ADDRESS_NOT_ON_ACCESS_LIST`,
 * `ORG_REQUIRES_ACCESS_LIST`) is the caller's IP address to add, which no retry passes; and an API key without the role a call needs
 * (401 `USER_UNAUTHORIZED` "Current user is not authorized to perform this action.", `API_KEY_ACCESS_LIST_ACCESS_DENIED`) is a
 * permission to grant, which the generic rules read as a credential to replace. No request id is documented or sent.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** Its rate limits' codes: a fixed window, the v2 API's token bucket, the invitations' limit per IP address. */
const RATE_LIMITED = ["RATE_LIMITED", "RATE_LIMITED_TOKEN_BUCKET", "INVITATIONS_RATE_LIMITED_IP"];
/** The same codes as its Go SDK prints them (`HTTP 429 Too Many Requests (Error code: "RATE_LIMITED") Detail: ...`). */
const RATE_LIMITED_PRINTED = /\(Error code: "(?:RATE_LIMITED|RATE_LIMITED_TOKEN_BUCKET|INVITATIONS_RATE_LIMITED_IP)"\)/;
/** Its rate limits' words: the detail, and as a client printed it alone. */
const RATE_LIMITED_DETAIL = /^(?:Resource \S{1,300} is limited to \d{1,9} requests every \d{1,6} minutes?|Rate limit exceeded for \S{1,300}\. Please retry after \d{1,9} seconds?|Rate limit of \d{1,9} \w{1,40} per \d{1,6} minutes? exceeded)/;
const RATE_LIMITED_WORDS = /(?:Resource \S{1,300} is limited to \d{1,9} requests every \d{1,6} minutes?|Rate limit exceeded for \S{1,300}\. Please retry after \d{1,9} seconds?|Rate limit of \d{1,9} \w{1,40} per \d{1,6} minutes? exceeded)/;

/** Its API access list's codes: the caller's IP address is not on it, or the organization requires one and the caller is not on it. */
const ACCESS_LIST = ["IP_ADDRESS_NOT_ON_ACCESS_LIST", "ORG_REQUIRES_ACCESS_LIST"];
const ACCESS_LIST_PRINTED = /\(Error code: "(?:IP_ADDRESS_NOT_ON_ACCESS_LIST|ORG_REQUIRES_ACCESS_LIST)"\)/;
/** Its access list's words: the code's detail, and the words of the time it was a "whitelist" (its code then `Forbidden`). */
const ACCESS_LIST_DETAIL = /^(?:IP address \S{1,80} is not allowed to access this resource|This (?:organization|resource) requires access through an? (?:access list|whitelist) of ip ranges)/;
const ACCESS_LIST_WORDS = /(?:IP address \S{1,80} is not allowed to access this resource|This (?:organization|resource) requires access through an? (?:access list|whitelist) of ip ranges)/;

/** Its codes for an API key (or user) without the role a call needs. */
const NOT_AUTHORIZED = ["USER_UNAUTHORIZED", "API_KEY_ACCESS_LIST_ACCESS_DENIED"];
const NOT_AUTHORIZED_PRINTED = /\(Error code: "(?:USER_UNAUTHORIZED|API_KEY_ACCESS_LIST_ACCESS_DENIED)"\)/;

/** A rate limit, however the answer was printed. */
const RATE_LIMIT: Match = {
  any: [{ json: "errorCode", is: RATE_LIMITED }, { text: RATE_LIMITED_PRINTED }, { json: "detail", matches: RATE_LIMITED_DETAIL }, { text: RATE_LIMITED_WORDS }],
};

export const mongodbAtlas = provider({
  id: "mongodb-atlas",
  name: "MongoDB Atlas",
  // `mongodbatlas` is the name of its Terraform provider (`terraform-provider-mongodbatlas`, `mongodbatlas_project` resources) and
  // its Pulumi package (`mongodbatlas:index/project:Project`), which name it that way. Not `atlas` alone: it also names Ariga's Atlas
  // (a schema tool whose Terraform resources are `atlas_schema`, `atlas_migration`), whose diagnostics are no call to MongoDB.
  aliases: ["mongodbatlas"],
  // cloud.mongodb.com (the Administration API, its OAuth token endpoint, and the App Services Admin API at
  // services.cloud.mongodb.com; also its console, so a URL there counts only as a request URL or one that looks like an API's),
  // cloud-dev.mongodb.com (its development environment, which its Terraform provider's tests call), realm.mongodb.com (the App
  // Services Admin API before services.cloud.mongodb.com: its Terraform provider's event triggers), and the Data API
  // (`data.mongodb-api.com`, regional `<region>.<cloud>.data.mongodb-api.com`; retired in September 2025).
  hosts: ["cloud.mongodb.com", "services.cloud.mongodb.com", "cloud-dev.mongodb.com", "realm.mongodb.com", "data.mongodb-api.com"],
  // Its Go SDK (`go.mongodb.org/atlas-sdk`), the older go-client-mongodb-atlas and the Atlas CLI print no package a paste shows as
  // one; its Terraform provider and Pulumi package are named by the alias above. Not `Atlas…` classes: other products call
  // themselves Atlas too.
  clients: { packages: [], classes: [] },
  fingerprints: {
    // Sent on every answer of MongoDB's cloud API (Atlas, and Cloud Manager and Ops Manager, which share it).
    headers: ["x-mongodb-service-version"],
    body: {
      any: [
        // Its error body: the numeric status in `error`, a code, the reason phrase and a detail.
        { all: [{ json: "error", matches: /^[1-5]\d\d$/ }, { json: "errorCode", matches: /^[A-Z][A-Z0-9_]{1,80}$/ }, { json: "reason" }, { json: "detail" }] },
        // Its Go SDK's printout of that body (`(Error code: "RATE_LIMITED") Detail: ... Reason: ... Params: [...]`).
        { text: /\(Error code: "[A-Z][A-Z0-9_]{1,80}"\) Detail: / },
        // Its programmatic API keys' HTTP Digest challenge.
        { header: "www-authenticate", matches: /^Digest realm="MMS Public API"/ },
      ],
    },
  },
  message: ["detail"],
  signals: {
    // A rate limit: the seconds the body names, else the window it names (at most that long).
    "provider.mongodb-atlas.rate-limited": {
      status: [400, 429],
      when: RATE_LIMIT,
      error: "ProviderAPIError",
      retryable: true,
      wait: [
        { json: "detail", capture: /Please retry after (\d{1,9} seconds?)/ },
        { json: "detail", capture: /requests every (\d{1,6} minutes?)/ },
        { json: "detail", capture: /per (\d{1,6} minutes?) exceeded/ },
        { text: /Please retry after (\d{1,9} seconds?)/ },
        { text: /requests every (\d{1,6} minutes?)/ },
        { text: /per (\d{1,6} minutes?) exceeded/ },
      ],
    },
    // The caller's IP address is not on the API key's (or service account's) access list: add it; no retry passes.
    "provider.mongodb-atlas.ip-not-on-access-list": {
      status: [403],
      when: { any: [{ json: "errorCode", is: ACCESS_LIST }, { text: ACCESS_LIST_PRINTED }, { json: "detail", matches: ACCESS_LIST_DETAIL }, { text: ACCESS_LIST_WORDS }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // The API key (or user) is valid but lacks the role the call needs: a role to grant, not a key to replace.
    "provider.mongodb-atlas.role-required": {
      status: [401, 403],
      when: { any: [{ json: "errorCode", is: NOT_AUTHORIZED }, { text: NOT_AUTHORIZED_PRINTED }] },
      error: "ScopeReauthRequiredError",
    },
  },
});

export const mongodbAtlasDocs: ProviderDocs<typeof mongodbAtlas> = {
  docs: [
    { title: "Atlas Administration API error codes", url: "https://www.mongodb.com/docs/atlas/reference/api-errors/" },
    { title: "Atlas Administration API rate limits (429, RATE_LIMITED_TOKEN_BUCKET, RateLimit-Limit, RateLimit-Remaining, Retry-After)", url: "https://www.mongodb.com/docs/atlas/api/api-rate-limit" },
    { title: "Configure API access (API access lists for API keys and service accounts)", url: "https://www.mongodb.com/docs/atlas/configure-api-access/" },
    { title: "Terraform provider: troubleshooting service accounts (the OAuth token endpoint's 429)", url: "https://github.com/mongodb/terraform-provider-mongodbatlas/pull/3791" },
  ],
  answers: {
    scope: {
      rules: ["provider.mongodb-atlas.role-required"],
      note: "An API key or service account without the role a call needs gets 401 `USER_UNAUTHORIZED` \"Current user is not authorized to perform this action.\" (an Organization Read Only key listing a project's API keys), or `API_KEY_ACCESS_LIST_ACCESS_DENIED` \"API key access lists are only accessible by the API key or by a user administrator.\": the key is valid; give it the role (Organization Owner or the project role the endpoint's reference names), or use a key that has it. The response names no role.",
    },
    credential: {
      rules: ["provider.401"],
      note: "Programmatic API keys authenticate with HTTP Digest: the first 401 (`WWW-Authenticate: Digest realm=\"MMS Public API\"`) is the challenge clients answer themselves. A 401 that stays, `{\"error\": 401, \"reason\": \"Unauthorized\", \"detail\": \"You are not authorized for this resource.\"}` with no code, is a wrong public/private key pair, a deleted key, or a key of another organization: check `MONGODB_ATLAS_PUBLIC_KEY` and `MONGODB_ATLAS_PRIVATE_KEY` (or the service account's client id and secret).",
    },
    rateLimit: {
      rules: ["provider.mongodb-atlas.rate-limited"],
      note: "The v2 API limits each endpoint set per scope (organization, project, user, IP address) with a token bucket: over it, 429 `RATE_LIMITED_TOKEN_BUCKET` \"Rate limit exceeded for api/atlas/v2/orgs. Please retry after 55 seconds. ...\" with `Retry-After` (not always sent): wait at least that long, then longer on each failure. Older limits answer 429 `RATE_LIMITED` \"Resource /api/oauth/token is limited to 10 requests every 1 minutes.\" (a service account's tokens, per IP address and client) and 400 `INVITATIONS_RATE_LIMITED_IP` \"Rate limit of 10 invitations per 1 minutes exceeded.\": the signal waits the window the body names.",
    },
    notRetryable: {
      rules: ["provider.mongodb-atlas.ip-not-on-access-list"],
      note: "403 `IP_ADDRESS_NOT_ON_ACCESS_LIST` \"IP address 185.199.111.133 is not allowed to access this resource.\" and `ORG_REQUIRES_ACCESS_LIST` \"This organization requires access through an access list of ip ranges.\" name the caller's IP address (in `parameters`): add it to the API key's or service account's API access list (not the project's database IP access list), then call again.",
    },
  },
  notes: [
    "No request id is documented or sent: its answers carry `X-MongoDB-Service-Version` and `X-Java-Method`, which name the server's build and handler, not the call.",
    "Cloud Manager and Ops Manager share this API and its error body: their answers are named MongoDB Atlas too.",
    "The Terraform provider's `error getting project(...)`-style messages print the old Go client's `403 (request \"CODE\") detail`; since v1.12 they print the Atlas Go SDK's `HTTP 403 Forbidden (Error code: \"CODE\") Detail: ... Reason: ... Params: [...]`. Both are read.",
  ],
  signals: {
    "provider.mongodb-atlas.rate-limited": {
      statement:
        "MongoDB Atlas answers a call over a rate limit with 429 `RATE_LIMITED_TOKEN_BUCKET` (\"... Please retry after 55 seconds. ...\"), 429 `RATE_LIMITED` (\"Resource /api/oauth/token is limited to 10 requests every 1 minutes.\") or 400 `INVITATIONS_RATE_LIMITED_IP` (\"Rate limit of 10 invitations per 1 minutes exceeded.\"): a retryable ProviderAPIError whose wait is `Retry-After`, else the seconds the detail names, else the window it names.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`), or the seconds or window the detail names, then send the same call again.",
      source: "https://www.mongodb.com/docs/atlas/api/api-rate-limit",
      examples: [
        {
          source: "https://github.com/mongodb/terraform-provider-mongodbatlas/pull/3791",
          text: `│ Error: error initializing provider: oauth2: cannot fetch token: 429 Too Many Requests
│ Response: {"detail":"Resource /api/oauth/token is limited to 10 requests every 1 minutes.","error":429,"errorCode":"RATE_LIMITED","parameters":["/api/oauth/token",10,1],"reason":"Too Many Requests"}`,
        },
        {
          source: "https://www.mongodb.com/docs/atlas/api/api-rate-limit",
          reconstructed: "status line and Content-Type added (the page gives this body as the error the API returns with 429 Too Many Requests)",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"detail": "Rate limit exceeded for api/atlas/v2/orgs. Please retry after 55 seconds. Request capacity: 10. Refill rate: 5 per 60 seconds.", "error": 429, "errorCode": "RATE_LIMITED_TOKEN_BUCKET", "parameters": ["api/atlas/v2/orgs", 55, 10, 5, 60], "reason": "Too Many Requests"}`,
        },
        {
          source: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1589",
          text: ` Error: error creating Project invitation for user xxxxxxxxxxxxxxxxxx POST https://cloud.mongodb.com/api/atlas/v1.0/groups/xxxxxxxxxxxxx/invites: 400 (request "INVITATIONS_RATE_LIMITED_IP") Rate limit of 10 invitations per 1 minutes exceeded.`,
        },
      ],
    },
    "provider.mongodb-atlas.ip-not-on-access-list": {
      statement:
        "MongoDB Atlas answers a call from an IP address that is not on the API key's (or service account's) access list with 403 `IP_ADDRESS_NOT_ON_ACCESS_LIST` (\"IP address ... is not allowed to access this resource.\"), or `ORG_REQUIRES_ACCESS_LIST` when the organization requires one: a ProviderAPIError that is not retryable; add the caller's IP address to the API access list.",
      action: "Add the caller's IP address (in `parameters`) to the API key's or service account's API access list, not the database access list, then call again.",
      source: "https://www.mongodb.com/docs/atlas/configure-api-access/",
      examples: [
        {
          source: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1048",
          text: `Error: error getting project(xxx): GET https://cloud.mongodb.com/api/atlas/v1.0/groups/xxx: 403 (request "IP_ADDRESS_NOT_ON_ACCESS_LIST") IP address \`xx.yy.zz.aa\` is not allowed to access this resource.`,
        },
        {
          source: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/235",
          text: "Error: error updating a Cloud Provider Snapshot Backup Policy: PATCH https://cloud.mongodb.com/api/atlas/v1.0/groups/.../clusters/.../backup/schedule: 403 (request \"Forbidden\") This resource requires access through a whitelist of ip ranges.",
        },
      ],
    },
    "provider.mongodb-atlas.role-required": {
      statement:
        "MongoDB Atlas answers a call the API key's roles do not allow with 401 `USER_UNAUTHORIZED` (\"Current user is not authorized to perform this action.\") or `API_KEY_ACCESS_LIST_ACCESS_DENIED`: a ScopeReauthRequiredError (no scope named); the key is valid, give it the role the call needs.",
      action: "Give the API key or service account the role this call needs, or use a key that has it: the key itself is valid, so replacing it does not help.",
      source: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/659",
      examples: [
        {
          source: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/659",
          text: `│ Error: error getting project's api keys (REDACTED): GET https://cloud.mongodb.com/api/atlas/v1.0/groups/REDACTED/apiKeys: 401 (request "USER_UNAUTHORIZED") Current user is not authorized to perform this action.`,
        },
        {
          source: "https://github.com/mongodb/terraform-provider-mongodbatlas/issues/3657",
          text: `│ Error: error getting api key information: https://cloud.mongodb.com/api/atlas/v2/orgs/REDACTED/apiKeys/REDACTED/accessList/SOME_IP GET: HTTP 401 Unauthorized (Error code: "API_KEY_ACCESS_LIST_ACCESS_DENIED") Detail: API key access lists are only accessible by the API key or by a user administrator. Reason: Unauthorized. Params: [], BadRequestDetail: `,
        },
      ],
    },
  },
};

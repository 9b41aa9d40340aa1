/**
 * Google APIs (Gmail, Drive, Calendar, Sheets, Cloud, Gemini): two body generations,
 * often in one body: the legacy `error.errors[].reason` and AIP-193's `error.status` with
 * `error.details[]` (`google.rpc.ErrorInfo`, `RetryInfo`, `QuotaFailure`). The status
 * decides little: a 403 is a missing scope, a rate limit, a daily quota or a permission,
 * and only the reason tells them apart.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";
import { GOOGLE_RPC_CODES, GRPC_MESSAGE_TOO_LARGE } from "../input/aip193.js";

// YouTube's quota errors come in their own domain, with the same reasons (`quotaExceeded`).
const USAGE_LIMITS = { json: "error.errors[].domain", is: ["usageLimits", "youtube.quota"] } as const;
/**
 * Google's words for a quota the project has none of: a model without a free tier, a metric or a quota whose limit is 0 (Gemini, Compute
 * Engine), or its ErrorInfo's `quota_limit_value` of "0" as protobuf's text prints it (`metadata { key: "quota_limit_value" value: "0" }`).
 */
const ZERO_QUOTA_WORDS =
  /\bkey: "quota_limit_value" value: "0"|\bdoesn't have a free quota tier\b|\bQuota exceeded for metric: [\w./-]{1,200}, limit: 0(?![\d.])|\bQuota limit '[\w./-]{1,200}' has been exceeded\. Limit: 0(?![\d.])|\blimit exceeded for model [\w./-]{1,200}: limit=0(?![\d.])/;
/**
 * Compute Engine's and GKE's words for an allocation quota a request would exceed (CPUs, in-use addresses, GPUs in a region or a
 * project): "Insufficient regional quota to satisfy request: resource "C2_CPUS": request requires '4.0' and is short '4.0'",
 * "Insufficient project quota to satisfy request for resource: ...", "Quota 'CPUS' exceeded.  Limit: 24.0 in region us-central1."; Vertex
 * AI's for a count of processors its jobs hold ("The following quota metrics exceed quota limits:
 * aiplatform.googleapis.com/custom_model_training_nvidia_l4_gpus"; not its per-minute metrics, `online_prediction_requests_per_base_model`,
 * which refill).
 */
const ALLOCATION_QUOTA =
  /\bInsufficient (?:regional|project|zonal) quota to satisfy request\b|\bQuota '[A-Z0-9_]{1,60}' exceeded\.\s{1,4}Limit: [\d.]{1,20} (?:in region [a-z0-9-]{1,40}|globally)\b|\bThe following quota metrics exceed quota limits: aiplatform\.googleapis\.com\/[a-z0-9_]{0,80}_(?:gpus|cpus|tpus|tpu_v\w{1,20})\b/;
/** `userRateLimitExceeded`'s sentence in Drive's guide to its errors: "Rate of requests for user exceed configured project quota." */
const USER_RATE_WORDS = /\bRate of requests for user exceed configured project quota\b/;
/** Cloud Storage's words for writes to one object name faster than it takes them (about one a second): "The total number of changes to the object ... exceeds the rate limit. Please reduce ...". */
const OBJECT_RATE = /\bexceeds the rate limit\. Please reduce the rate of create, update, and delete requests\b/;
/**
 * Service Control's message for a spent quota, up to the unit its limit is counted in: "Quota exceeded for quota metric '...' and
 * limit '... per ", or before 2021 "for quota group 'default'" (the Analytics Core Reporting API's).
 */
const SERVICE_QUOTA = "^Quota exceeded for quota (?:metric|group) '[^'\\n]{1,200}' and limit '[^'\\n]{0,200}per ";
/** Its message for a time-based quota ("... and limit 'Queries per minute per user' of service ..."): clients that print only the message keep it. */
const TIME_QUOTA = new RegExp(`${SERVICE_QUOTA}(?:minute|100 seconds|second)\\b`);
/** Its message for a quota counted per day ("... and limit 'Video Uploads per day' of service 'youtube.googleapis.com' ..."), sent as a 429 `rateLimitExceeded`. */
const DAY_QUOTA = new RegExp(`${SERVICE_QUOTA}day\\b`);

/**
 * Google's words for a spent daily quota: the legacy `dailyLimitExceeded`'s message, whose first sentence is all a client may keep
 * of it (pafy's `GdataError: Youtube Error 403: Daily Limit Exceeded. The quota will be` before its line wrap), or the whole of it
 * before 2014 ("Daily Limit Exceeded", as googleapiclient's HttpError quotes it: gcalcli's `returned "Daily Limit Exceeded"`). Read
 * only once the provider is known to be Google.
 */
const DAILY_LIMIT_WORDS =
  /\bDaily Limit Exceeded(?:\.(?=\s|$)|$)|\bThe request cannot be completed because you have exceeded your (?:<a [^<>]{0,200}>)?quota\b/;

/** Gemini Code Assist's (cloudcode-pa's) wait in its 429's message, which sends no RetryInfo: "Your quota will reset after 27s." */
const QUOTA_RESET_WAIT = { json: "error.message", capture: /\bYour quota will reset after (\d{1,6}(?:\.\d{1,9})?s)\b/ } as const;
/** The Gemini API's words for RetryInfo's delay, at the end of its 429's message ("Please retry in 45.218844857s."): read when the details are cut off. */
const RETRY_IN_WAIT = { json: "error.message", capture: /\bPlease retry in (\d{1,6}(?:\.\d{1,9})?s)\b/ } as const;

/**
 * Google's front end's words for gRPC's RESOURCE_EXHAUSTED, as the Python gRPC clients print them without a body (google.generativeai's
 * "429 Resource has been exhausted (e.g. check quota).", `grpc_message:"Resource has been exhausted (e.g. check quota)."`).
 */
/**
 * Google IAM's words for a permission the caller lacks, each naming it (`service.resource.verb`): "Permission
 * 'cloudfunctions.functions.get' denied on resource ...", Cloud Storage's and BigQuery's "... does not have storage.objects.get access
 * to ..." / "User does not have bigquery.jobs.create permission in project ...", Service Usage's "Grant the caller the
 * roles/serviceusage.serviceUsageConsumer role, or a custom role with the serviceusage.services.use permission", Compute Engine's
 * "Required 'compute.disks.get' permission for 'projects/...'". ("Anonymous caller
 * does not have ...": no credential was sent, which no grant to an account fixes.)
 */
const IAM_PERMISSION = [
  /\bPermission '?([a-z][a-z0-9]{1,40}\.[A-Za-z0-9]{1,60}\.[A-Za-z0-9]{1,60})'? denied\b/,
  /(?<!\bAnonymous caller )\bdoes not have ([a-z][a-z0-9]{1,40}\.[A-Za-z0-9]{1,60}\.[A-Za-z0-9]{1,60}) (?:access|permission)\b/,
  /\bor a custom role with the ([a-z][a-z0-9]{1,40}\.[A-Za-z0-9]{1,60}\.[A-Za-z0-9]{1,60}) permission\b/,
  /\bRequired '([a-z][a-z0-9]{1,40}\.[A-Za-z0-9]{1,60}\.[A-Za-z0-9]{1,60})' permission for\b/,
];

const EXHAUSTED_WORDS = /\bResource has been exhausted \(e\.g\. check quota\)/;

/** Analytics' words for a view with too many requests in flight ("Quota Error: profileId ga:123 has too many concurrent connections."). */
const CONCURRENT_WORDS = /\bQuota Error: profileId [\w:.-]{1,60} has too many concurrent connections\b/;

/**
 * The `status` Google Maps Platform's web services (Geocoding, Places, Directions, Distance Matrix, Elevation, Time Zone) send beside
 * an `error_message`, in an answer whose HTTP status is 200, and the HTTP status each stands for: the failure is the body's, the
 * status line says nothing of it (https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes, and the
 * Directions API's `MAX_*` codes). `OVER_DAILY_LIMIT` is a key, billing or usage-cap problem, no rate; `UNKNOWN_ERROR` "may succeed if
 * you try again". Not `ZERO_RESULTS` nor `NOT_FOUND`: an answer that found nothing.
 */
/** Maps Platform's messages for a call with no API key or no billing account, which it may send with OVER_QUERY_LIMIT. */
const MAPS_NO_KEY = /^(?:Keyless access to Google Maps Platform is deprecated\b|You must enable Billing on the Google Cloud Project\b|You must use an API key to authenticate each request to Google Maps Platform APIs\b)/;

export const MAPS_STATUS: Readonly<Record<string, number>> = {
  INVALID_REQUEST: 400,
  MAX_ELEMENTS_EXCEEDED: 400,
  MAX_DIMENSIONS_EXCEEDED: 400,
  MAX_WAYPOINTS_EXCEEDED: 400,
  MAX_ROUTE_LENGTH_EXCEEDED: 400,
  REQUEST_DENIED: 403,
  OVER_DAILY_LIMIT: 403,
  OVER_QUERY_LIMIT: 429,
  UNKNOWN_ERROR: 500,
};

/**
 * The reasons Google's JSON APIs send with one status only (`errors[].reason` of the `global` domain, as the Cloud Storage JSON API's
 * status codes page lists them: https://cloud.google.com/storage/docs/json_api/v1/status-codes): what a client that prints the reason
 * and not the status said (google-api-client's Ruby `ClientError`, "forbidden: ..."). Not `required` nor `invalid`: sent with 400 and 401.
 */
export const GOOGLE_REASON_STATUS: Readonly<Record<string, number>> = {
  forbidden: 403,
  insufficientPermissions: 403,
  // (Drive's and Calendar's guides give it 403; `rateLimitExceeded` they give 403 and 429.)
  userRateLimitExceeded: 403,
  notFound: 404,
  conflict: 409,
};

/**
 * The google-api-client (Ruby) errors that stand for one status: `check_status` of its `http_command.rb` raises `AuthorizationError`
 * for a 401 and `RequestTimeOutError` for a 408 only. Its `RateLimitError` is a 429, or a 4xx whose reason is a rate limit's
 * (`rateLimitExceeded`, `userRateLimitExceeded`: ApiCommand's check_status): the reason's status where Google gives it one, else 429,
 * a rate limit waited out either way.
 */
export const GOOGLE_RUBY_ERROR_STATUS: Readonly<Record<string, number>> = { AuthorizationError: 401, RequestTimeOutError: 408, RateLimitError: 429 };

/**
 * Gmail's 403 for what the `gmail.metadata` scope cannot do: "Metadata scope does not support 'q' parameter" (a search), "Metadata
 * scope doesn't allow format FULL" (a message's body).
 */
const GMAIL_METADATA_SCOPE = /^Metadata scope (?:does not support|doesn't allow|does not allow)\b/;

export const google = provider({
  id: "google",
  name: "Google",
  // Gemini's API is Google's (generativelanguage.googleapis.com): tools name it so ("Provider: gemini").
  // Pulumi names its Google Cloud package `gcp`; clients of the YouTube Data API say "Youtube Error 403" (pafy). Firebase's SDKs
  // (`FirebaseError`, `@firebase/`, `firebase_admin`) call Google's APIs (Installations, Identity Toolkit, FCM).
  aliases: ["gemini", "gcp", "youtube"],
  // Its CalDAV and CardDAV APIs answer at apidata.googleusercontent.com (the rest of googleusercontent.com is users' content).
  hosts: ["googleapis.com", "accounts.google.com", "apidata.googleusercontent.com"],
  // The Google Ads API's failure names its request in its GoogleAdsFailure detail (`"requestId": "w9IKIxWflkMF2LZeC4W0qA"`); the
  // BigQuery client names its failed job on a line of its own below the message ("Location: europe-west4\nJob ID: 6aced216-..."),
  // the id its support asks for.
  bodyRequestId: ["error.details[].requestId", "error.details[].request_id", { printed: /(?:^|\n)[ \t]*Job ID: ([\w.:-]{8,200})[ \t]*(?:\r?\n|$)/ }],
  // The Calendar API's errors guide gives these messages one status each, as Apps Script prints them without it ("API call to
  // calendar.events.list failed with error: Sync token is no longer valid, a full sync is required.").
  documentedStatus: {
    source: "https://developers.google.com/workspace/calendar/api/guides/errors",
    messages: [
      [/\bSync token is no longer valid, a full sync is required\b/, 410],
      [/\bCalendar usage limits exceeded\b/, 403],
      // `userRateLimitExceeded`'s words (Calendar's and Drive's guides give it 403), as Apps Script's advanced services print them alone
      // ("API call to drive.files.copy failed with error: User rate limit exceeded"): a message's words from its start, not a sentence's
      // ("If you see User rate limit exceeded errors, wait ...", rclone's docs).
      [/(?<=^|\n|: ?|")User rate limit exceeded\b/i, 403],
      // Its sentence after that, which Drive's guide gives with the same 403 (a client that prints "Rate Limit Exceeded. Rate of requests
      // for user exceed configured project quota.").
      [USER_RATE_WORDS, 403, "https://developers.google.com/workspace/drive/api/guides/handle-errors"],
      // Service Control's words for a rate quota spent, which Google Cloud answers over HTTP with 429 (not Compute Engine's 403).
      // ACCESS_TOKEN_SCOPE_INSUFFICIENT's message, which Google's own client shows with its 403 (no docs page gives the words), as apps
      // print it alone ("Error: Request had insufficient authentication scopes.", the Sheets quickstart's): a message's words from its start.
      [/(?<=^|\n|: ?|"|\*)Request had insufficient authentication scopes\b/, 403, "https://github.com/googleapis/google-api-python-client/issues/1296"],
      // API_KEY_INVALID's message, which Google sends with its 400 (error_reason.proto names the reason, not the words), as apps print
      // it alone (a Flutter app's FirebaseAuthException: "An internal error has occurred. [ API key not valid. Please pass a valid API key. ]"): a
      // message's words from its start, or from a bracket's.
      [/(?<=^|\n|: ?|"|\[ ?)API key not valid\. Please pass a valid API key\b/, 400, "https://github.com/langchain-ai/langchain-google/issues/367"],
      [/\bQuota exceeded for quota metric '[^'\r\n]{1,200}' and limit '[^'\r\n]{1,200}' of service '(?!compute\.)[a-z0-9-]{1,60}\.googleapis\.com'/, 429, "https://cloud.google.com/docs/quotas/troubleshoot"],
    ],
  },
  // The console page a disabled API's 403 sends you to ("Enable it by visiting https://console.developers.google.com/apis/api/..."),
  // the page a 401's "Expected OAuth 2 access token" names, and the Data API's property page its 403 links.
  errorLinks:
    /https:\/\/console\.(?:developers|cloud)\.google\.com\/apis\/(?:api|library)\/|https:\/\/developers\.google\.com\/(?:identity\/sign-in\/web\/devconsole-project|analytics\/devguides\/reporting\/data\/v1\/property-id)\b/,
  clients: { packages: ["googleapiclient", "google.api_core", "google.auth", "google.oauth2", "google.cloud", "google.genai", "gspread", "googleapis", "googleapis-common", "google-auth-library", "gaxios", "@googleapis", "@google-cloud", "@google", "Google.Apis", "Google.Cloud", "google-api-client", "google-apis-core", "com.google.api", "com.google.cloud", "com.google.auth", "@firebase", "firebase_admin", "gcsfs", "@googlemaps", "googlemaps", "pandas_gbq"], classes: ["Google", "Gaxios", "Firebase"] },
  // Without a host or a providerId, a pasted Google body is still unmistakable: AIP-193's
  // details are `google.rpc` messages under `error`, and the legacy `error.errors[]` name
  // the domains Google's own error docs list (a 403 `userRateLimitExceeded` pasted alone
  // read as "fix the request" before). grpc-gateway services send `google.rpc` details
  // too, but at the top level, not under `error`.
  fingerprints: {
    body: {
      any: [
        { json: "error.details[].@type", matches: /^type\.googleapis\.com\/google\.rpc\./ },
        // (`androidpublisher`: the Play Developer API's own domain, its API's name, as its Java client prints its 401 for an account the
        // Play Console never invited.)
        { all: [{ json: "error.errors[].domain", is: ["global", "usageLimits", "youtube.quota", "calendar", "androidpublisher"] }, { json: "error.errors[].reason" }, { json: "error.code" }] },
        // The YouTube Data API's own domains (`youtube.header`, `youtube.liveBroadcast`, `youtube.video`...), its errors docs' names.
        { all: [{ json: "error.errors[].domain", matches: /^youtube\.[A-Za-z]{2,40}$/ }, { json: "error.errors[].reason" }, { json: "error.code" }] },
        // AIP-193's three members alone, as clients print them: a google.rpc.Code name as `error.status` beside its HTTP `code`.
        { all: [{ json: "error.status", is: [...GOOGLE_RPC_CODES] }, { json: "error.code" }, { json: "error.message" }] },
        // Maps Platform's web services' failure in a 200's body: a status of theirs beside its `error_message`.
        { all: [{ json: "status", is: Object.keys(MAPS_STATUS) }, { json: "error_message" }] },
        // Its token endpoint's re-authentication demand (Workspace's session control): `error_subtype` and the help page it links.
        { json: "error_subtype", is: "invalid_rapt" },
        { json: "error_uri", matches: /^https:\/\/support\.google\.com\// },
        // Its token endpoint's words for a service account's JWT signed by a clock out of step (Goth's "unexpected status 400 from
        // Google", the body after it), no other issuer's.
        { json: "error_description", matches: /^Invalid JWT: Token must be a short-lived token\b/ },
        // Its front end's own error page, which any of its hosts serves for a 404 or a 502 (`<title>Error 502 (Server Error)!!1</title>`
        // and its robot, as google-auth quotes the page its impersonation call got).
        { text: /\/\/www\.google\.com\/images\/errors\/robot\.png\b/ },
        // Its 401's own sentence, as a client prints the message alone.
        { text: /\bExpected OAuth 2 access token, login cookie or other valid authentication credential\b/ },
        // Its 403's sentence for a token without the scope, printed alone (an app's own message around a Google .NET client's), or as
        // the message of a body a client rebuilt (the Google Workspace CLI's `{"error": {"code": 403, "message": ..., "reason": ...}}`).
        said("error.message", { matches: /^Request had insufficient authentication scopes/ }, /\bRequest had insufficient authentication scopes\b/),
        // Gmail's words for a call the `gmail.metadata` scope does not allow (a search's `q`, a message's `format=FULL`).
        said("error.message", { matches: GMAIL_METADATA_SCOPE }, GMAIL_METADATA_SCOPE),
        // Its sentence for an API the project has not enabled (SERVICE_DISABLED), with the console link, as an app prints the message alone.
        { text: /\bAPI has not been used in project [\w-]{1,100} before or it is disabled\. Enable it by visiting https:\/\/console\.(?:developers|cloud)\.google\.com\// },
        // Its spent daily quota's whole sentence, as an R client prints it below httr's status line (RGA).
        { text: /\bDaily Limit Exceeded\. The quota will be reset at midnight Pacific Time\b/ },
        // Gemini's quota sentence with its own metric and rate-limits page, printed in a body the paste cuts off (google-genai's retry
        // log, its dict cut mid-way): Google's names.
        { text: /\bQuota exceeded for metric: generativelanguage\.googleapis\.com\/|\bhttps:\/\/ai\.google\.dev\/gemini-api\/docs\/rate-limits\b/ },
        // Service Control's quota message names the Google service and the project it charged ("... of service
        // 'generativelanguage.googleapis.com' for consumer 'project_number:391029737820'."): no other API words it so.
        { text: /\bof service '[a-z0-9-]{1,60}\.googleapis\.com' for consumer 'project_number:/ },
        // Its front end's words for gRPC's RESOURCE_EXHAUSTED.
        { text: EXHAUSTED_WORDS },
        // And inside a body the paste cut before its `code` (dsopz's Datastore 403, printed up to `errors`).
        { json: "error.errors[].message", matches: /^Daily Limit Exceeded\. The quota will be reset at midnight Pacific Time\b/ },
      ],
    },
  },
  message: ["error.message"],
  signals: {
    "provider.google.scope-insufficient": {
      status: [403],
      when: {
        any: [
          { json: "error.details[].reason", is: "ACCESS_TOKEN_SCOPE_INSUFFICIENT" },
          // The legacy reason alone also covers file permissions: only with the scope message is it a scope.
          // (The message may be the legacy error's own, in `errors[]`: google-api-java-client's printout cut before `error.message`.)
          {
            all: [
              { json: "error.errors[].reason", is: "insufficientPermissions" },
              { any: [{ json: "error.message", matches: /insufficient authentication scopes/i }, { json: "error.errors[].message", matches: /insufficient authentication scopes/i }] },
            ],
          },
          // The message that goes with the reason, kept alone by clients that print only it (googleapiclient's HttpError, AIP-193's three members).
          // As text, anywhere in it: GYB prints it after the legacy message ("403: Insufficient Permission: Request had insufficient ...").
          // (After the legacy message too, as its HttpError prints both: "Insufficient Permission: Request had insufficient authentication scopes.")
          said("error.message", { matches: /^(?:Insufficient Permission: )?Request had insufficient authentication scopes/ }, /\bRequest had insufficient authentication scopes\b/),
          // The legacy APIs' message for it when they name no scope (Calendar's and Gmail's "Insufficient Permission", as
          // google-api-python-client's HttpError prints it): exactly that, not Drive's "Insufficient permissions for this file".
          said("error.message", { is: "Insufficient Permission" }, /^Insufficient Permission\.?$/),
          // Cloud Storage's words for the same (a VM's or a token's scopes without `devstorage`): "Provided scope(s) are not authorized".
          said("error.message", { matches: /^Provided scope\(s\) are not authorized\b/ }, /\bProvided scope\(s\) are not authorized\b/),
        ],
      },
      error: "ScopeReauthRequiredError",
    },
    // Before iam-permission and the plain 403: the token's one Gmail scope is too narrow for the call, whatever else it holds.
    "provider.google.gmail-metadata-scope": {
      status: [403],
      when: said("error.message", { matches: GMAIL_METADATA_SCOPE }, GMAIL_METADATA_SCOPE),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ documented: ["https://www.googleapis.com/auth/gmail.readonly"] }],
    },
    // A 401 whose legacy reason is `permissionDenied`: the token was accepted and its account lacks access (the Play Developer
    // API's "The current user has insufficient permissions to perform the requested operation." to a service account the Play
    // Console never invited). Before the plain 401, which would send the user to sign in again with the same account.
    "provider.google.permission-denied-401": {
      status: [401],
      when: { json: "error.errors[].reason", is: "permissionDenied" },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.iam-permission": {
      status: [403],
      // A role grants it, to the account behind the token (a service account, a user): not a scope of the token, but the SDK's
      // permission class, as AWS's IAM actions are.
      when: { any: [{ json: "error.details[].reason", is: "IAM_PERMISSION_DENIED" }, ...IAM_PERMISSION.map((re) => said("error.message", { matches: re }, re))] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.details[].metadata.permission" }, ...IAM_PERMISSION.flatMap((re) => [{ json: "error.message", capture: re }, { text: re }])],
    },
    "provider.google.zero-quota": {
      status: [403, 429],
      // A quota whose limit is 0 (a region or a free tier the project has none of) never admits a call: no wait helps,
      // whatever reason says rate limit beside it (so before the rate-limit signals).
      // Gemini says it in words for a model whose free tier has no quota at all ("Gemini 2.5 Pro Preview doesn't have a free quota tier"),
      // or lists the metric with its limit ("Quota exceeded for metric: ..._free_tier_input_token_count, limit: 0, model: ...").
      when: {
        any: [
          { json: "error.details[].metadata.quota_limit_value", is: "0" },
          said("error.message", { matches: ZERO_QUOTA_WORDS }),
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    // A resource's allocation quota (CPUs, addresses) frees only when resources are deleted or the quota is raised: no wait helps.
    "provider.google.allocation-quota": {
      status: [403, 429],
      when: said("error.message", { matches: ALLOCATION_QUOTA }),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.storage-quota-exceeded": {
      status: [403],
      // The user's Drive is full: a quota of bytes, not of calls (in `usageLimits` or `global`, as clients print it).
      // (Or its message, with the legacy `quotaExceeded` beside it, as Go's googleapi prints Drive v2's: "Error 403: The user has exceeded
      // their Drive storage quota, quotaExceeded": before the daily limit, which that reason would otherwise say.)
      when: { any: [{ json: "error.errors[].reason", is: "storageQuotaExceeded" }, said("error.message", { matches: /\bexceeded their Drive storage quota\b/ })] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.daily-limit": {
      status: [403, 429],
      when: {
        any: [
          { all: [USAGE_LIMITS, { json: "error.errors[].reason", is: ["dailyLimitExceeded", "quotaExceeded"] }] },
          // Go's googleapi prints the reason without its domain ("googleapi: Error 403: ..., quotaExceeded"): the reason alone then.
          { all: [{ not: { json: "error.errors[].domain" } }, { json: "error.errors[].reason", is: ["dailyLimitExceeded", "quotaExceeded"] }] },
          // The message that goes with `dailyLimitExceeded`, all a client printed (R's RGA: "Daily limit exceeded: Daily Limit Exceeded. ..."),
          // and YouTube's with `quotaExceeded` ("The request cannot be completed because you have exceeded your <a href=...>quota</a>.").
          said("error.message", { matches: DAILY_LIMIT_WORDS }),
          // Or its item's copy of it, where the paste cut the body before `error.message` and the reason (SkyTube's logcat).
          { json: "error.errors[].message", matches: DAILY_LIMIT_WORDS },
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    // The YouTube Data API's per-channel upload limit: the request is fine, the channel may upload no more videos for now.
    "provider.google.youtube-upload-limit": {
      status: [400, 403],
      when: { json: "error.errors[].reason", is: "uploadLimitExceeded" },
      error: "ProviderAPIError",
      retryable: false,
    },
    // A 401 whose token is good: the Google account has no YouTube channel. Before the generic 401, whose answer (reconnect)
    // brings back a token for the same channelless account.
    "provider.google.youtube-signup-required": {
      status: [401],
      when: { json: "error.errors[].reason", is: "youtubeSignupRequired" },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.per-day-quota": {
      status: [403, 429],
      // A QuotaFailure names each quota the call broke; one counted per day (Gemini's `GenerateRequestsPerDayPerProjectPerModel-FreeTier`)
      // passes only after its reset, whatever RetryInfo says beside it (so before resource-exhausted, which reads that wait).
      // Or Service Control's message naming a limit per day, which YouTube sends as a 429 `rateLimitExceeded`: before rate-limited.
      when: { any: [{ json: "error.details[].violations[].quotaId", matches: /PerDay/ }, said("error.message", { matches: DAY_QUOTA })] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.fcm-third-party-auth": {
      status: [401],
      // FCM's 401 for the APNs certificate or web push key in the Firebase project, not for the caller's token: before the 401s
      // that blame the credential sent (its message may be the generic missing-credential sentence).
      when: {
        any: [
          { json: "error.details[].errorCode", is: "THIRD_PARTY_AUTH_ERROR" },
          said("error.message", { matches: /^Auth error from APNS or Web Push Service\b/ }, /\bAuth error from APNS or Web Push Service\b/),
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.credentials-missing": {
      status: [401],
      // No credential reached Google at all: the code (or the proxy) sent the call without one, so the grant is not at fault.
      when: {
        any: [
          { json: "error.details[].reason", is: "CREDENTIALS_MISSING" },
          said("error.message", { matches: /^Request is missing required authentication credential\b/ }, /\bRequest is missing required authentication credential\b/),
          // Vertex AI's words for an API key sent where only OAuth is taken (its reason is CREDENTIALS_MISSING too).
          said("error.message", { matches: /^API keys are not supported by this API\. Expected OAuth2 access token\b/ }, /\bAPI keys are not supported by this API\. Expected OAuth2 access token\b/),
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.api-key-invalid": {
      status: [400, 401, 403],
      // Google answers a bad API key with 400 INVALID_ARGUMENT: the key is the credential, and no change to the request helps.
      when: {
        any: [
          { json: "error.details[].reason", is: "API_KEY_INVALID" },
          said("error.message", { matches: /^API key (?:not valid|expired)\. Please (?:pass a valid|renew the) API key\./ }, /\bAPI key (?:not valid|expired)\. Please (?:pass a valid|renew the) API key\./),
        ],
      },
      error: "ProviderUnauthorizedError",
    },
    "provider.google.consumer-suspended": {
      status: [403],
      // The key's project (the consumer) was suspended: that key will not work again, whatever the request.
      when: { any: [{ json: "error.details[].reason", is: "CONSUMER_SUSPENDED" }, said("error.message", { matches: /^Permission denied: Consumer '[^']{1,200}' has been suspended\./ })] },
      error: "ProviderUnauthorizedError",
    },
    "provider.google.api-key-leaked": {
      status: [403],
      // Google blocks a key it found exposed in public: that key will not work again, whatever the request.
      when: said("error.message", { matches: /^Your API key was reported as leaked\./ }, /\bYour API key was reported as leaked\. Please use another API key\b/),
      error: "ProviderUnauthorizedError",
    },
    // Before the rate limit: Cloud Storage's per-object limit comes with the same reason (`rateLimitExceeded`), and its fix is to write
    // that object less often.
    "provider.google.object-rate-limited": {
      status: [410, 429, 503],
      when: said("error.message", { matches: OBJECT_RATE }, OBJECT_RATE),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.google.rate-limited": {
      status: [403, 429],
      // Any domain: Gmail's own 429s say `global` (and `RESOURCE_EXHAUSTED`), with the "Retry after" time in the message. Clients that
      // print only the message (googleapiclient's `<HttpError 403 ... returned "Rate Limit Exceeded">`) say it in the reasons' own words.
      when: {
        any: [
          { json: "error.errors[].reason", is: ["userRateLimitExceeded", "rateLimitExceeded"] },
          // Gmail's own words, its "Retry after" time beside them ("User-rate limit exceeded.  Retry after 2024-11-12T11:16:42.247Z").
          { json: "error.message", matches: /^(?:User )?Rate Limit Exceeded\.?$|^User-rate limit exceeded\.(?:\s|$)/ },
          // The Analytics Core Reporting API's `rateLimitExceeded` for a view's concurrent requests, as a client printed its message.
          said("error.message", { matches: CONCURRENT_WORDS }, CONCURRENT_WORDS),
          // `userRateLimitExceeded`'s sentence in Drive's guide, as a client printed it without the reason.
          said("error.message", { matches: USER_RATE_WORDS }, USER_RATE_WORDS),
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      // Gmail: "User-rate limit exceeded.  Retry after 2024-11-12T11:16:42.247Z"; Gemini Code Assist: "Your quota will reset after 27s."
      wait: [{ json: "error.message", capture: /Retry after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z)/ }, QUOTA_RESET_WAIT],
    },
    // One object name written faster than Cloud Storage takes it: a 429, or a 410 that ends a resumable upload's session.
    // Maps Platform's OVER_QUERY_LIMIT (read as 429) whose message says the call has no key or no billing: no wait brings either.
    "provider.google.maps-no-key": {
      status: [429],
      when: { json: "error_message", matches: MAPS_NO_KEY },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.message-too-large": {
      status: [429],
      // gRPC's own cap on one message's size, which google-api-core raises as a 429 ResourceExhausted: no quota passes, the same
      // request fails the same way (before resource-exhausted, which would retry it).
      when: said("error.message", { matches: GRPC_MESSAGE_TOO_LARGE }, GRPC_MESSAGE_TOO_LARGE),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.resource-exhausted": {
      status: [429],
      // A RetryInfo alone counts: the Gemini SDK for JavaScript prints a 429's message and details, not its `status`.
      when: { any: [{ json: "error.status", is: "RESOURCE_EXHAUSTED" }, { json: "error.details[].reason", is: "RATE_LIMIT_EXCEEDED" }, { json: "error.details[].retryDelay" }, { text: EXHAUSTED_WORDS }] },
      error: "ProviderAPIError",
      retryable: true,
      // RetryInfo's delay, or the Google Ads API's own (its GoogleAdsFailure's QuotaErrorDetails: a developer token's daily
      // operations come back in hours, "40591s"), or the Gemini API's message's "Please retry in 45.2s." (its details cut off by
      // a printout), else the 30 s minimum Google's Service Usage docs give for quota errors.
      wait: [{ json: "error.details[].retryDelay" }, { json: "error.details[].errors[].details.quotaErrorDetails.retryDelay" }, QUOTA_RESET_WAIT, RETRY_IN_WAIT, { seconds: 30 }],
    },
    "provider.google.time-based-quota": {
      status: [403, 429],
      // After resource-exhausted: an AIP-193 429 keeps its RetryInfo wait; this reads what printouts leave (a 403, a message alone).
      when: said("error.message", { matches: TIME_QUOTA }),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.google.too-many-attempts": {
      status: [400],
      // Firebase Authentication (Identity Toolkit) says a device's throttle with a 400: its code leads the message.
      when: said("error.message", { matches: /^TOO_MANY_ATTEMPTS_TRY_LATER\b/ }, /\bTOO_MANY_ATTEMPTS_TRY_LATER\b/),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.google.firebase-quota-exceeded": {
      status: [400],
      // Firebase Authentication says a project quota spent with a 400 whose message is its code alone (its status INVALID_ARGUMENT).
      when: said("error.message", { matches: /^QUOTA_EXCEEDED\b/ }, /\bQUOTA_EXCEEDED\b/),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.google.firebase-session-dead": {
      status: [400],
      // Firebase Authentication's token endpoint (securetoken.googleapis.com) says a dead refresh token with a 400: its code is the message.
      when: said("error.message", { matches: /^(?:TOKEN_EXPIRED|INVALID_REFRESH_TOKEN)$/ }, /\b(?:TOKEN_EXPIRED|INVALID_REFRESH_TOKEN)\b/),
      error: "ProviderUnauthorizedError",
    },
    // Before the dead grant: the same `invalid_grant`, for a service account's JWT the app signed with a wrong clock.
    "provider.google.jwt-clock": {
      status: [400],
      when: { all: [{ json: "error", is: "invalid_grant" }, { json: "error_description", matches: /^Invalid JWT: Token must be a short-lived token\b/ }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // A service account's signed JWT refused (its key deleted or rotated, its email wrong, a delegated user unknown): `invalid_grant`
    // too, but no user's grant died, so no user can re-authorize it. Told by the description, or by the client's assertion flow.
    "provider.google.assertion-rejected": {
      status: [400],
      when: {
        all: [
          { json: "error", is: "invalid_grant" },
          {
            any: [
              { json: "error_description", matches: /^(?:Invalid JWT Signature|Not a valid email|Invalid email or User ID)\b/ },
              { printed: /\b(?:refreshTokenWithAssertion|Google_Auth_AssertionCredentials|activate-service-account)\b|grant-type:jwt-bearer\b/ },
            ],
          },
        ],
      },
      error: "ProviderUnauthorizedError",
      retryable: false,
    },
    "provider.google.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const googleDocs: ProviderDocs<typeof google> = {
  requestIdSource: "https://developers.google.com/google-ads/api/reference/rpc/latest/GoogleAdsFailure",
  docs: [
    { title: "API design guide: errors (AIP-193)", url: "https://cloud.google.com/apis/design/errors" },
    { title: "Calendar API: handle errors", url: "https://developers.google.com/workspace/calendar/api/guides/errors" },
    { title: "Drive API: resolve errors", url: "https://developers.google.com/workspace/drive/api/guides/handle-errors" },
    { title: "Drive API: usage limits", url: "https://developers.google.com/drive/api/guides/limits" },
    { title: "google.api.ErrorReason", url: "https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto" },
  ],
  answers: {
    scope: {
      rules: ["provider.google.scope-insufficient", "provider.google.gmail-metadata-scope", "provider.google.iam-permission"],
      note: "The body never names the missing OAuth scope; a `WWW-Authenticate` challenge, when Google sends one, lists the scopes the method accepts. A missing IAM permission is named, in the message or the ErrorInfo's `metadata.permission`: that is the one reported.",
    },
    credential: {
      rules: ["provider.401", "provider.google.permission-denied-401", "provider.google.refresh-invalid-grant", "provider.google.assertion-rejected", "provider.google.firebase-session-dead", "provider.google.api-key-invalid", "provider.google.consumer-suspended", "provider.google.api-key-leaked", "provider.google.credentials-missing"],
      note: "An expired or invalid access token is a 401 `UNAUTHENTICATED` (not one whose legacy reason is `permissionDenied`: the credential was accepted and its account lacks access); a dead refresh token is the token endpoint's 400 `invalid_grant`, and so is a service account's signed JWT it refuses (a key deleted or rotated, a wrong client email, an unknown delegated user), which no user can re-authorize; an invalid or expired API key is a 400 `INVALID_ARGUMENT` with reason `API_KEY_INVALID`; a request sent with no credential at all is a 401 `CREDENTIALS_MISSING`, which the code, not the user, must fix.",
    },
    rateLimit: {
      rules: ["provider.google.rate-limited", "provider.google.object-rate-limited", "provider.google.time-based-quota", "provider.google.resource-exhausted", "provider.google.too-many-attempts"],
      note: "Google rate-limits with a 403 as well as a 429: only the reason, or the quota its message names, tells. Firebase Authentication throttles a device with a 400 `TOO_MANY_ATTEMPTS_TRY_LATER`.",
    },
    notRetryable: {
      rules: ["provider.google.daily-limit", "provider.google.storage-quota-exceeded", "provider.google.youtube-upload-limit", "provider.google.youtube-signup-required", "provider.google.per-day-quota", "provider.google.zero-quota", "provider.google.allocation-quota", "provider.google.jwt-clock", "provider.google.fcm-third-party-auth", "provider.google.firebase-quota-exceeded", "provider.google.message-too-large", "provider.google.maps-no-key"],
    },
  },
  notes: [
    "A 403 `PERMISSION_DENIED` without a scope reason is not a scope problem: `insufficientFilePermissions` (no access to the file), `accessNotConfigured` (the API is not enabled in the project) or `domainPolicy` (an admin blocked the app) stay a plain ProviderAPIError.",
    "Google sends no request-id header for these APIs: quote the time of the call and the method instead. The Google Ads API's failures name theirs in their GoogleAdsFailure detail (`requestId`), which is read.",
    "A per-day quota will not pass by waiting minutes; the SDK tells it by the legacy reasons `dailyLimitExceeded` and `quotaExceeded`, a QuotaFailure's `PerDay` quota id, or a message that names a limit per day. A quota whose limit is 0 is told by ErrorInfo's `quota_limit_value`.",
  ],
  signals: {
    "provider.google.scope-insufficient": {
      statement:
        "Google's 403 with ErrorInfo reason `ACCESS_TOKEN_SCOPE_INSUFFICIENT`, or with the message that goes with it, \"Request had insufficient authentication scopes\" (all that clients such as google-api-python-client's `HttpError` print), or Cloud Storage's \"Provided scope(s) are not authorized\", or the legacy APIs' bare \"Insufficient Permission\", is a ScopeReauthRequiredError: the token lacks every scope the method accepts.",
      action: "Send the user through authorization again, requesting a scope the method accepts: the token holds none of them.",
      source: "https://pub.dev/documentation/google_cloud_api/latest/api/ErrorReason/accessTokenScopeInsufficient-constant.html",
      examples: [
        {
          source: "https://github.com/googleapis/google-api-python-client/issues/1296",
          text: `googleapiclient.errors.HttpError: <HttpError 403 when requesting https://www.googleapis.com/calendar/v3/users/me/calendarList?alt=json returned "Request had insufficient authentication scopes.". Details: "Request had insufficient authentication scopes.">`,
        },
        {
          source: "https://github.com/analogdotnow/Analog/issues/296",
          reconstructed: 'status line added from `"code":403` in the body',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=UTF-8

{
  "error":{
    "code":403,
    "message":"Request had insufficient authentication scopes.",
    "errors":[
      {
        "message":"Insufficient Permission",
        "domain":"global",
        "reason":"insufficientPermissions"
      }
    ],
    "status":"PERMISSION_DENIED",
    "details":[
      {
        "@type":"type.googleapis.com/google.rpc.ErrorInfo",
        "reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        "domain":"googleapis.com",
        "metadata":{
          "service":"calendar-json.googleapis.com",
          "method":"calendar.v3.CalendarList.List"
        }
      }
    ]
  }
}`,
        },
        {
          source: "https://github.com/RobinBobin/react-native-google-drive-api-wrapper/issues/37",
          reconstructed: 'status line added from `"code": 403`',
          text: `HTTP/1.1 403 Forbidden

{"error": {
  "code": 403,
  "errors": [
    {
      "domain": "global",
      "message": "Insufficient Permission: Request had insufficient authentication scopes.",
      "reason": "insufficientPermissions"
    }
  ],
  "message": "Insufficient Permission: Request had insufficient authentication scopes."
}}`,
        },
      ],
    },
    "provider.google.daily-limit": {
      statement:
        "Google's 403 (or 429) in domain `usageLimits` (YouTube's: `youtube.quota`) with reason `dailyLimitExceeded` or `quotaExceeded` (or their messages alone, as a client prints them: \"Daily Limit Exceeded\", YouTube's \"The request cannot be completed because you have exceeded your quota.\") is a daily or abuse quota, a ProviderAPIError that is not retryable: retrying within minutes will not pass; wait for the reset (midnight Pacific time, or hours) or raise the quota.",
      action: "Wait for the quota's reset (midnight Pacific time, or hours) or raise the quota: retrying within minutes fails the same way.",
      source: "https://developers.google.com/workspace/calendar/api/guides/errors",
      examples: [
        {
          source: "https://developers.google.com/workspace/calendar/api/guides/errors",
          reconstructed: 'status line added from the section title "403: Calendar usage limits exceeded"',
          text: `HTTP/1.1 403 Forbidden

{
 "error": {
  "errors": [
   {
    "domain": "usageLimits",
    "message": "Calendar usage limits exceeded.",
    "reason": "quotaExceeded"
   }
  ],
  "code": 403,
  "message": "Calendar usage limits exceeded."
 }
}`,
        },
        {
          source: "https://github.com/chimbori/google-calendar-crx/issues/539",
          reconstructed: 'status line added ("returns status code of 403" in the issue)',
          text: `HTTP/1.1 403 Forbidden

{
 "error": {
  "errors": [
   {
    "domain": "usageLimits",
    "reason": "dailyLimitExceeded",
    "message": "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT). You may monitor your quota usage and adjust limits in the API Console: https://console.developers.google.com/apis/api/calendar-json.googleapis.com/quotas?project=840256951321"
   }
  ],
  "code": 403,
  "message": "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT)."
 }
}`,
        },
        {
          source: "https://github.com/mps-youtube/yewtube/issues/1114",
          text: `Error fetching data. Possible network issue.
Youtube Error 403: The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.`,
        },
      ],
    },
    "provider.google.rate-limited": {
      statement:
        "Google's 403 (or 429) with reason `userRateLimitExceeded` or `rateLimitExceeded` (domain `usageLimits`, or `global` as Gmail's 429s say), or with their message alone (\"Rate Limit Exceeded\", \"User Rate Limit Exceeded\", as clients that print only the message show it), is a retryable ProviderAPIError, whatever the status; Gmail's \"Retry after <time>\" in the message is the wait (retrying sooner pushes that time later), as is Gemini Code Assist's \"Your quota will reset after 27s.\". So is the Analytics Core Reporting API's \"Quota Error: profileId ... has too many concurrent connections.\" (its `rateLimitExceeded` for a view's requests in flight).",
      action: "Back off and retry, after the time the message gives when it gives one (`err.retryAfter`): Gmail moves its time later for every retry sooner.",
      source: "https://developers.google.com/workspace/calendar/api/guides/errors",
      examples: [
        {
          source: "https://github.com/jasonp/dent-brain/blob/main/docs/issues/email-sync-429-and-reauth-ux.md",
          reconstructed: 'status line added from "Gmail profile probe failed: 429" in the same document',
          text: `HTTP/1.1 429 Too Many Requests

{ "error": {
  "code": 429,
  "message": "User-rate limit exceeded.  Retry after 2026-06-12T19:16:46.648Z",
  "errors": [{ "message": "User-rate limit exceeded.  Retry after ...",
               "domain": "global", "reason": "rateLimitExceeded" }],
  "status": "RESOURCE_EXHAUSTED" } }`,
        },
        {
          source: "https://developers.google.com/workspace/calendar/api/guides/errors",
          reconstructed: 'status line added from the section title "403: User Rate Limit Exceeded"',
          text: `HTTP/1.1 403 Forbidden

{
 "error": {
  "errors": [
   {
    "domain": "usageLimits",
    "reason": "userRateLimitExceeded",
    "message": "User Rate Limit Exceeded"
   }
  ],
  "code": 403,
  "message": "User Rate Limit Exceeded"
 }
}`,
        },
        {
          source: "https://github.com/tidyverse/googledrive/issues/380",
          text: `Error: Client error: (403) Forbidden
User Rate Limit Exceeded. Rate of requests for user exceed configured project quota. You may consider re-evaluating expected per-user traffic to the API and adjust project quota limits accordingly.
* domain: usageLimits
* reason: userRateLimitExceeded
* message: User Rate Limit Exceeded. Rate of requests for user exceed configured project quota.`,
        },
      ],
    },
    "provider.google.storage-quota-exceeded": {
      statement:
        "Google Drive's 403 with reason `storageQuotaExceeded` (\"The user's Drive storage quota has been exceeded.\"; Drive v2's \"The user has exceeded their Drive storage quota\", whose reason is the legacy `quotaExceeded`) means the Drive the file would go to is full: a ProviderAPIError that is not retryable, and no wait or backoff helps; the user must free space or buy storage. A service account has no storage of its own and gets the same reason (\"Service Accounts do not have storage quota\"): upload to a shared drive, or act for a user.",
      action: "Have the user free space or buy Drive storage; for a service account, upload to a shared drive or act for a user.",
      source: "https://github.com/ieasybooks/tahweel/issues/49",
      examples: [
        {
          source: "https://github.com/rclone/rclone/issues/615",
          text: `2016/08/12 13:46:29 file: Failed to copy: googleapi: Error 403: The user has exceeded their Drive storage quota, quotaExceeded`,
        },
        {
          source: "https://github.com/ieasybooks/tahweel/issues/49",
          reconstructed: "status line and body from the HttpError google-api-python-client printed (its status, message and details)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=UTF-8

{"error": {"code": 403, "message": "The user's Drive storage quota has been exceeded.", "errors": [{"message": "The user's Drive storage quota has been exceeded.", "domain": "usageLimits", "reason": "storageQuotaExceeded"}]}}`,
        },
      ],
    },
    "provider.google.youtube-upload-limit": {
      statement:
        "The YouTube Data API's 400 with reason `uploadLimitExceeded` (\"The user has exceeded the number of videos they may upload.\") is the channel's own upload limit, not a fault of the request: a ProviderAPIError that is not retryable now; the same upload passes once the channel's limit resets (about a day), and no change to the request helps.",
      action: "Wait for the channel's upload limit to reset (about a day), then send the same upload again; no change to the request helps.",
      source: "https://developers.google.com/youtube/v3/docs/errors",
      examples: [
        {
          source: "https://github.com/porjo/youtubeuploader/issues/212",
          text: "error making YouTube API call: googleapi: Error 400: The user has exceeded the number of videos they may upload., uploadLimitExceeded",
        },
      ],
    },
    "provider.google.youtube-signup-required": {
      statement:
        "The YouTube Data API's 401 with reason `youtubeSignupRequired` means the Google account is not linked to a YouTube channel: the token is valid, so a ProviderAPIError that is not retryable, not a ProviderUnauthorizedError; reconnecting the same account brings the same answer. The user must create a channel for the account (or authorize with one that has a channel).",
      action: "Have the user create a YouTube channel for the account, or authorize with an account that has one; reconnecting the same account fails again.",
      source: "https://developers.google.com/youtube/v3/docs/errors",
      examples: [
        {
          source: "https://github.com/tokland/youtube-upload/issues/333",
          text: `[RequestError] Server response: {
  "error": {
    "code": 401,
    "message": "Unauthorized",
    "errors": [
      {
        "message": "Unauthorized",
        "domain": "youtube.header",
        "reason": "youtubeSignupRequired",
        "location": "Authorization",
        "locationType": "header"
      }
    ]
  }
}`,
        },
      ],
    },
    "provider.google.per-day-quota": {
      statement:
        "Google's 403 or 429 whose QuotaFailure names a quota counted per day (its `quotaId` says `PerDay`: Gemini's free tier `GenerateRequestsPerDayPerProjectPerModel-FreeTier`), or whose message names a limit per day (\"Quota exceeded for quota metric 'Video Uploads' and limit 'Video Uploads per day' of service 'youtube.googleapis.com'\", whatever its reason says), is a ProviderAPIError that is not retryable: the daily quota resets at midnight Pacific time, and the `RetryInfo` delay sent beside it does not make a retry pass before then; wait for the reset, or raise the quota (enable billing).",
      action: "Wait for the daily reset at midnight Pacific time, or raise the quota (enable billing); retrying after the `RetryInfo` delay fails the same way.",
      source: "https://ai.google.dev/gemini-api/docs/rate-limits",
      examples: [
        {
          source: "https://github.com/voideditor/void/issues/557",
          text: `Error
Rate limit reached. ClientError: got status: 429 Too Many Requests. {"error":{"message":"{\\n \\"error\\": {\\n \\"code\\": 429,\\n \\"message\\": \\"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\\",\\n \\"status\\": \\"RESOURCE_EXHAUSTED\\",\\n \\"details\\": [\\n {\\n \\"@type\\": \\"type.googleapis.com/google.rpc.QuotaFailure\\",\\n \\"violations\\": [\\n {\\n \\"quotaMetric\\": \\"generativelanguage.googleapis.com/generate_content_free_tier_requests\\",\\n \\"quotaId\\": \\"GenerateRequestsPerDayPerProjectPerModel-FreeTier\\",\\n \\"quotaDimensions\\": {\\n \\"model\\": \\"gemini-2.0-pro-exp\\",\\n \\"location\\": \\"global\\"\\n },\\n \\"quotaValue\\": \\"25\\"\\n }\\n ]\\n },\\n {\\n \\"@type\\": \\"type.googleapis.com/google.rpc.Help\\",\\n \\"links\\": [\\n {\\n \\"description\\": \\"Learn more about Gemini API quotas\\",\\n \\"url\\": \\"https://ai.google.dev/gemini-api/docs/rate-limits\\"\\n }\\n ]\\n },\\n {\\n \\"@type\\": \\"type.googleapis.com/google.rpc.RetryInfo\\",\\n \\"retryDelay\\": \\"5s\\"\\n }\\n ]\\n }\\n}\\n","code":429,"status":"Too Many Requests"}}`,
        },
        {
          source: "https://github.com/googleapis/google-api-python-client/issues/2753",
          reconstructed: 'status line added from `"code": 429` in the body',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json; charset=UTF-8

{
  "error": {
    "code": 429,
    "message": "Quota exceeded for quota metric 'Video Uploads' and limit 'Video Uploads per day' of service 'youtube.googleapis.com' for consumer 'project_number:REDACTED'.",
    "errors": [
      {
        "message": "Quota exceeded for quota metric 'Video Uploads' and limit 'Video Uploads per day' of service 'youtube.googleapis.com' for consumer 'project_number:REDACTED'.",
        "domain": "global",
        "reason": "rateLimitExceeded"
      }
    ]
  }
}`,
        },
      ],
    },
    "provider.google.fcm-third-party-auth": {
      statement:
        "Firebase Cloud Messaging's 401 with `errorCode` `THIRD_PARTY_AUTH_ERROR` (\"Auth error from APNS or Web Push Service\") means the APNs certificate or authentication key, or the web push key, stored in the Firebase project is invalid or missing: the caller's own token was accepted. It is a ProviderAPIError that is not retryable, and reconnecting the user changes nothing: upload a valid APNs key (or web push credentials) in the Firebase console.",
      action: "Upload a valid APNs key (or web push credentials) in the Firebase console; reconnecting the user changes nothing.",
      source: "https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode",
      examples: [
        {
          source: "https://github.com/Blackjacx/Assist/issues/6",
          text: `Error: invalidStatusCode(code: 401, error: Optional(Error Domain= Code=0 "{
  "error": {
    "code": 401,
    "message": "Auth error from APNS or Web Push Service",
    "status": "UNAUTHENTICATED",
    "details": [
      {
        "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
        "errorCode": "THIRD_PARTY_AUTH_ERROR"
      }
    ]
  }
}
))`,
        },
      ],
    },
    "provider.google.credentials-missing": {
      statement:
        "Google's 401 `UNAUTHENTICATED` with ErrorInfo reason `CREDENTIALS_MISSING`, or the message \"Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.\", means the request carried no credential at all: the code built the call without its token (an unauthenticated HTTP client, an empty variable, a header a proxy dropped). Reconnecting the user changes nothing, so it is a ProviderAPIError that is not retryable: attach the access token or API key. So is an API key sent to an API that takes only OAuth (Vertex AI's \"API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal.\", with the same reason): send an OAuth access token. A credential that was sent and refused is `ACCESS_TOKEN_EXPIRED` or \"Request had invalid authentication credentials\", the generic 401.",
      action: "Attach the access token or API key to the request (an empty variable or a proxy may drop it); where API keys are refused, send an OAuth access token.",
      source: "https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto",
      examples: [
        {
          source: "https://github.com/google/googleapis.dart/issues/577",
          text: "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: DetailedApiRequestError(status: 401, message: Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.)",
        },
        {
          source: "https://github.com/neuron-core/neuron-ai/issues/437",
          text: `Client error: \`POST https://asia-southeast1-aiplatform.googleapis.com/v1/projects/{project}/locations/{location}/publishers/google/models/gemini-2.5-flash:generateContent\` resulted in a \`401 Unauthorized\` response:
{
  "error": {
    "code": 401,
    "message": "API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials."
  }
}`,
        },
      ],
    },
    "provider.google.consumer-suspended": {
      statement:
        "Google's 403 `PERMISSION_DENIED` whose ErrorInfo reason is `CONSUMER_SUSPENDED` (\"Permission denied: Consumer 'api_key:…' has been suspended.\") means the project that owns the API key (the consumer) was suspended, often for a key exposed in public: the credential will not work again, so a ProviderUnauthorizedError; use a key of a project in good standing. No change to the request helps.",
      action: "Use an API key of a project in good standing: this key's project was suspended and the key will not work again.",
      source: "https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto",
      examples: [
        {
          source: "https://github.com/google/generative-ai-docs/issues/356",
          reconstructed: "status line and Content-Type added: the issue shows the body curl printed for the call above it",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=UTF-8

{
  "error": {
    "code": 403,
    "message": "Permission denied: Consumer 'api_key:AIzaSyAhTarnL1PaQn_yu_uVf0gia9wUyJx8RSI' has been suspended.",
    "status": "PERMISSION_DENIED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "CONSUMER_SUSPENDED",
        "domain": "googleapis.com",
        "metadata": {
          "service": "generativelanguage.googleapis.com",
          "consumer": "projects/578829824020"
        }
      }
    ]
  }
}`,
        },
      ],
    },
    "provider.google.api-key-leaked": {
      statement:
        "Google's 403 `PERMISSION_DENIED` \"Your API key was reported as leaked. Please use another API key.\" (the Gemini API's, for a key found exposed in public) is a ProviderUnauthorizedError: Google blocks that key for good, so no retry and no change to the request helps; create a new key (in AI Studio), keep it out of public code, and restrict it.",
      action: "Create a new API key (in AI Studio), keep it out of public code and restrict it: Google blocked this one for good.",
      source: "https://trufflesecurity.com/blog/google-fixes-gemini-api-key-privilege-escalation-issue",
      examples: [
        {
          source: "https://github.com/continuedev/continue/issues/11541",
          text: `{"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 403,\\n    \\"message\\": \\"Your API key was reported as leaked. Please use another API key.\\",\\n    \\"status\\": \\"PERMISSION_DENIED\\"\\n  }\\n}\\n","code":403,"status":"Forbidden"}}`,
        },
      ],
    },
    "provider.google.api-key-invalid": {
      statement:
        "Google's 400 `INVALID_ARGUMENT` whose ErrorInfo reason is `API_KEY_INVALID` (\"API key not valid. Please pass a valid API key.\", or \"API key expired. Please renew the API key.\"), or that message alone as clients print it, is a ProviderUnauthorizedError: the API key is malformed, unknown or expired, and no change to the request helps; replace the key.",
      action: "Replace the API key with a valid, unexpired one; no change to the request helps.",
      source: "https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto",
      examples: [
        {
          source: "https://github.com/Jazee6/cloudflare-ai-web/issues/13",
          text: `[nuxt] [request error] [unhandled] [500] [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1/models/gemini-pro:streamGenerateContent?alt=sse: [400 Bad Request] API key not valid. Please pass a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]
  at (index.mjs:1:117486)  
  at (index.mjs:1:121869)`,
        },
      ],
    },
    "provider.google.gmail-metadata-scope": {
      statement:
        "Gmail's 403 \"Metadata scope does not support 'q' parameter\" (a search) or \"Metadata scope doesn't allow format FULL\" (a message's body) means the token's Gmail scope is `gmail.metadata`, which reads labels and headers only: a ScopeReauthRequiredError naming `gmail.readonly`, the narrowest scope that allows both; the user must authorize it.",
      action: "Send the user through authorization again with the `gmail.readonly` scope: `gmail.metadata` reads labels and headers only.",
      source: "https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/list",
      examples: [
        {
          source: "https://github.com/googleworkspace/cli/issues/104",
          text: `{
"error": {
"code": 403,
"message": "Metadata scope does not support 'q' parameter",
"reason": "forbidden"
}
}`,
        },
      ],
    },
    "provider.google.permission-denied-401": {
      statement:
        "Google's 401 whose legacy reason is `permissionDenied` (the Play Developer API's \"The current user has insufficient permissions to perform the requested operation.\", to a service account not given access in the Play Console) is a ProviderAPIError that is not retryable: the credential was accepted and its account lacks access to the resource, so signing in again with the same account brings the same answer; grant that account access where the product manages its users.",
      action: "Grant the account behind the token (a service account, a user) access in the product's console (the Play Console's Users and permissions): a new token for the same account fails the same way.",
      source: "https://github.com/googleapis/google-api-java-client/issues/1256",
      examples: [
        {
          source: "https://github.com/googleapis/google-api-java-client/issues/1256",
          text: `{
  "code" : 401,
  "errors" : [ {
    "domain" : "androidpublisher",
    "message" : "The current user has insufficient permissions to perform the requested operation.",
    "reason" : "permissionDenied"
  } ],
  "message" : "The current user has insufficient permissions to perform the requested operation."
}`,
        },
      ],
    },
    "provider.google.iam-permission": {
      statement:
        "Google's 403 for an IAM permission the caller lacks, which its message or its ErrorInfo names (reason `IAM_PERMISSION_DENIED` with `metadata.permission`; \"Permission 'cloudfunctions.functions.get' denied on resource ...\"; Cloud Storage's and BigQuery's \"... does not have storage.objects.get access to ...\" and \"User does not have bigquery.jobs.create permission ...\"; Service Usage's \"... or a custom role with the serviceusage.services.use permission\"), is a ScopeReauthRequiredError whose `missingScopes` is that permission: grant a role that holds it to the account behind the token (a service account, a user), as AWS's IAM actions are granted by a policy. The message also says when the resource may not exist instead; a grant takes a few minutes to apply. An \"Anonymous caller\" sent no credential at all: a plain 403, which no grant to an account fixes.",
      action: "Grant the account behind the token (a service account, a user) a role that holds the permission (`missingScopes`, as the message names it); a grant takes a few minutes to apply.",
      source: "https://pub.dev/documentation/google_cloud_api/latest/api/ErrorReason/iamPermissionDenied-constant.html",
      examples: [
        {
          source: "https://github.com/spcl/serverless-benchmarks/issues/152",
          text: `sebs.regression.GCPTestSequence.test_311.compression: fail
sebs.regression.GCPTestSequence.test_311.compression: Traceback (most recent call last):
  File "/root/serverless-benchmarks/sebs/gcp/gcp.py", line 213, in create_function
    get_req.execute()
  File "/root/serverless-benchmarks/python-venv/lib/python3.8/site-packages/googleapiclient/_helpers.py", line 134, in positional_wrapper
    return wrapped(*args, **kwargs)
  File "/root/serverless-benchmarks/python-venv/lib/python3.8/site-packages/googleapiclient/http.py", line 915, in execute
    raise HttpError(resp, content, uri=self.uri)
googleapiclient.errors.HttpError: <HttpError 403 when requesting https://cloudfunctions.googleapis.com/v1/projects/serverless-benchmarks/locations/us-east1/functions/function-311_compression_python_3_7?alt=json returned "Permission 'cloudfunctions.functions.get' denied on resource 'projects/serverless-benchmarks/locations/us-east1/functions/function-311_compression_python_3_7' (or resource may not exist).">`,
        },
      ],
    },
    "provider.google.zero-quota": {
      statement:
        "Google's 403 or 429 whose ErrorInfo says `quota_limit_value` is `0`, or whose message says the model \"doesn't have a free quota tier\" or names the metric or quota it exceeded with a limit of 0 (Gemini's \"limit: 0\" and \"... limit exceeded for model gemini-2.0-flash: limit=0\", Compute Engine's \"Limit: 0 in region\"), is a ProviderAPIError that is not retryable: the project has no quota at all for that metric (a region, a model or a free tier it has none of), so no wait admits a call; request a quota increase or enable billing, as the body's Help link says.",
      action: "Request a quota increase or enable billing (the body's Help link says where): no wait admits a call while the limit is 0.",
      source: "https://cloud.google.com/docs/quotas/help/request_increase",
      examples: [
        {
          source: "https://github.com/tech-shrimp/gemini-playground/issues/10",
          text: `API Error: Status Code 429, { "error": { "code": 429, "message": "Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com' for consumer 'project_number:391029737820'.", "status": "RESOURCE_EXHAUSTED", "details": [ { "@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "RATE_LIMIT_EXCEEDED", "domain": "googleapis.com", "metadata": { "service": "generativelanguage.googleapis.com", "quota_location": "us-west4", "quota_limit_value": "0", "quota_limit": "GenerateContentRequestsPerMinutePerProjectPerRegion", "quota_metric": "generativelanguage.googleapis.com/generate_content_requests", "consumer": "projects/391029737820" } }, { "@type": "type.googleapis.com/google.rpc.Help", "links": [ { "description": "Request a higher quota limit.", "url": "https://cloud.google.com/docs/quotas/help/request_increase" } ] } ] } }`,
        },
      ],
    },
    "provider.google.allocation-quota": {
      statement:
        "Compute Engine's and GKE's 403 (or 429) whose message says a request needs more of an allocation quota than the region or project has left (\"Insufficient regional quota to satisfy request: resource C2_CPUS: request requires '4.0' and is short '4.0'\", \"Insufficient project quota to satisfy request ...\", \"Quota 'CPUS' exceeded.  Limit: 24.0 in region us-central1.\") is a ProviderAPIError that is not retryable: an allocation quota (CPUs, GPUs, in-use addresses) does not refill with time, so free the resources already held or request a quota increase (the message links the quotas page), then send the call again. The reason Go's client prints beside it (`forbidden`) says nothing of this.",
      action: "Free resources the project already holds or request a quota increase (the message links the quotas page), then send the call again.",
      source: "https://cloud.google.com/compute/resource-usage",
      examples: [
        {
          source: "https://github.com/GoogleCloudPlatform/cloud-ops-sandbox/issues/44",
          text: `Error: googleapi: Error 403: Insufficient regional quota to satisfy request: resource "IN_USE_ADDRESSES": request requires '5.0' and is short '1.0'. project has a quota of '4.0' with '4.0' available. View and manage quotas at https://console.cloud.google.com/iam-admin/quotas?usage=USED&project=stackdriver-sandbox-69333807., forbidden`,
        },
        {
          source: "https://github.com/jarokaz/mlops-labs/issues/58",
          text: `Error: googleapi: Error 403: Insufficient project quota to satisfy request: resource "CPUS_ALL_REGIONS": request requires '16.0' and is short '8.0'. project has a quota of '12.0' with '8.0' available. View 
and manage quotas at https://console.cloud.google.com/iam-admin/quotas?usage=USED&project={projectID}., forbidden`,
        },
      ],
    },
    "provider.google.firebase-session-dead": {
      statement:
        "Firebase Authentication's token endpoint (`securetoken.googleapis.com/v1/token`, which exchanges a refresh token for an ID token) answers 400 with the message `TOKEN_EXPIRED` (\"The user's credential is no longer valid. The user must sign in again.\") or `INVALID_REFRESH_TOKEN`: the session is dead, and only a new sign-in brings a working one, so it is a ProviderUnauthorizedError despite the 400.",
      action: "Send the user through sign-in again: the Firebase session is dead and no retry revives it.",
      source: "https://firebase.google.com/docs/reference/rest/auth#section-refresh-token",
      examples: [
        {
          source: "https://github.com/awinogrodzki/next-firebase-auth-edge/issues/21",
          text: `Error: Error during refreshing expired token: {"error":{"code":400,"message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}}
    at (node_modules/next-firebase-auth-edge/lib/auth/index.js:69:0)
    at (node_modules/next-firebase-auth-edge/lib/auth/index.js:84:0)`,
        },
      ],
    },
    "provider.google.too-many-attempts": {
      statement:
        "Firebase Authentication (the Identity Toolkit API behind `signInWithPassword`, `signUp`, phone verification) answers 400 with the message `TOO_MANY_ATTEMPTS_TRY_LATER` when it blocked a device or a number for unusual activity (\"We have blocked all requests from this device due to unusual activity. Try again later.\"): a throttle despite the 400, so a retryable ProviderAPIError. No wait is sent; Firebase's SDKs raise it as a too-many-requests error to retry later.",
      action: "Back off and retry later: Firebase blocked this device or number for unusual activity and sends no wait.",
      source: "https://firebase.google.com/docs/reference/kotlin/com/google/firebase/FirebaseTooManyRequestsException",
      examples: [
        {
          source: "https://github.com/firebase/firebase-js-sdk/issues/2399",
          reconstructed: "status line and Content-Type added: the issue quotes the body verifyPassword returned, whose own code is 400",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json; charset=UTF-8

{
  "error": {
    "code": 400,
    "message": "TOO_MANY_ATTEMPTS_TRY_LATER : Too many unsuccessful login attempts.  Please include reCaptcha verification or try again later",
    "errors": [
      {
        "message": "TOO_MANY_ATTEMPTS_TRY_LATER : Too many unsuccessful login attempts.  Please include reCaptcha verification or try again later",
        "domain": "global",
        "reason": "invalid"
      }
    ]
  }
}`,
        },
      ],
    },
    "provider.google.firebase-quota-exceeded": {
      statement:
        "Firebase Authentication (the Identity Toolkit and Secure Token APIs) answers 400 with the message `QUOTA_EXCEEDED` (status `INVALID_ARGUMENT`, though nothing in the request is wrong) when a project quota for the operation is spent: new accounts an hour for each IP address, emails, links and SMS a day, token exchanges. A ProviderAPIError that is not retryable: the same call fails until that quota resets, an hour or a day later, or the quota is raised in the Firebase console; a loop that calls again at once (`getIdToken(true)` on every render) spends it again. Its SDKs raise it as `auth/quota-exceeded`, apart from `auth/too-many-requests`.",
      action: "Wait for the project quota to reset (an hour or a day) or raise it in the Firebase console, and stop any loop that calls again at once.",
      source: "https://firebase.google.com/docs/auth/limits",
      examples: [
        {
          source: "https://github.com/firebase/firebase-js-sdk/issues/8159",
          text: `{
  "error": {
    "code": 400,
    "message": "QUOTA_EXCEEDED",
    "status": "INVALID_ARGUMENT"
  }
}`,
        },
      ],
    },
    "provider.google.time-based-quota": {
      statement:
        "Google's 403 or 429 whose message says a time-based quota was exceeded (\"Quota exceeded for quota metric '…' and limit '… per minute …'\", or per 100 seconds, or per second) is a retryable ProviderAPIError: the quota refills within the interval, and Google's usage-limit guides prescribe truncated exponential backoff. The reason is often lost (clients print only the message), so the message decides; a per-day limit is not this signal.",
      action: "Back off (truncated exponential backoff) and retry: the per-minute or per-second quota refills within its interval.",
      source: "https://developers.google.com/drive/api/guides/limits",
      examples: [
        {
          source: "https://github.com/GAM-team/got-your-back/issues/309",
          text: `<HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/1673611fd07e15f5?format=raw&fields=id%2ClabelIds%2CinternalDate%2Craw&alt=json returned "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'gmail.googleapis.com' for consumer 'project_number:XXXXXXXXXXXX'.". Details: "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'gmail.googleapis.com' for consumer 'project_number:XXXXXXXXXXXX'.">`,
        },
        {
          source: "https://github.com/google/garf/issues/299",
          text: "APIError: APIError: [429]: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:PROJECT_ID'.",
        },
      ],
    },
    "provider.google.object-rate-limited": {
      statement:
        "Cloud Storage's answer to writes to the same object name faster than it takes them (about one a second: \"The total number of changes to the object ... exceeds the rate limit. Please reduce the rate of create, update, and delete requests.\"), a 429, or a 410 that ends a resumable upload's session, is a retryable ProviderAPIError: back off exponentially and write that object less often; a resumable upload starts a new session.",
      action: "Back off exponentially and write that object less often; a resumable upload must start a new session.",
      source: "https://cloud.google.com/storage/quotas",
      examples: [
        {
          source: "https://github.com/learningequality/studio/issues/964",
          text: "GoogleAPICallError: 410 PUT https://www.googleapis.com/upload/storage/v1/b/studio-content/o?uploadType=resumable&upload_id=AEnB2UqQFUBIBdvawsjRNN92ua1mpxLNHNhoYyeWqddwqxy8kCaPtc8gRCWXz8BAjRkFQ6xi5z-8OYTgVpxdkh5P7bdYtA19lw: The total number of changes to the object studio-content/storage/8/4/848afea025240e0db4188be6fdce905c.png exceeds the rate limit. Please reduce the rate of create, update, and delete requests.",
        },
      ],
    },
    "provider.google.maps-no-key": {
      statement:
        "Google Maps Platform's `OVER_QUERY_LIMIT` (a 429 here: its web services send it in a 200) whose `error_message` says the call has no API key or no billing account (\"Keyless access to Google Maps Platform is deprecated. Please use an API key with all your API calls ...\", \"You must enable Billing on the Google Cloud Project ...\") is a ProviderAPIError that is not retryable: its status codes page says OVER_QUERY_LIMIT also stands for a missing key and a disabled billing account, and no wait adds either. Send the request with a key of a project that has billing enabled.",
      action: "Send the request with an API key of a project that has billing enabled; no wait adds a missing key or billing account.",
      source: "https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes",
      examples: [
        {
          source: "https://github.com/lalithpolepeddi/learning-flask/issues/2",
          text: `<[OVER QUERY LIMIT] Google - Geocode [empty]>

{
   "error_message" : "Keyless access to Google Maps Platform is deprecated. Please use an API key with all your API calls to avoid service interruption. For further details please refer to http://g.co/dev/maps-no-account",
   "results" : [],
   "status" : "OVER_QUERY_LIMIT"
}`,
        },
      ],
    },
    "provider.google.message-too-large": {
      statement:
        "A gRPC call whose request or response is over the channel's message size cap (4 MiB received by default: \"Received message larger than max (5218782 vs. 4194304)\", or \"Sent message larger than max\"), which gRPC reports as `RESOURCE_EXHAUSTED` and google-api-core raises as a 429 `ResourceExhausted`, is no spent quota: the same request fails again, so it is a ProviderAPIError not to retry. Send less (a smaller document, fewer pages, a page size), or raise the client's `grpc.max_receive_message_length` / `grpc.max_send_message_length`.",
      action: "Send less (a smaller document, fewer pages, a page size) or raise the client's `grpc.max_receive_message_length` / `grpc.max_send_message_length`.",
      source: "https://grpc.io/docs/guides/status-codes/",
      examples: [
        {
          source: "https://github.com/googleapis/python-documentai/issues/90",
          reconstructed: "its tab indentation written as spaces",
          text: `_InactiveRpcError: <_InactiveRpcError of RPC that terminated with:
        status = StatusCode.RESOURCE_EXHAUSTED
        details = "Received message larger than max (5218782 vs. 4194304)"
        debug_error_string = "{"created":"@1612458152.165208175","description":"Received message larger than max (5218782 vs. 4194304)","file":"src/core/ext/filters/message_size/message_size_filter.cc","file_line":204,"grpc_status":8}"
>
  File "/usr/local/lib/python3.6/site-packages/google/api_core/grpc_helpers.py", line 57, in error_remapped_callable
    return callable_(*args, **kwargs)
  File "grpc/_channel.py", line 923, in __call__
    return _end_unary_response_blocking(state, call, False, None)
  File "grpc/_channel.py", line 826, in _end_unary_response_blocking
    raise _InactiveRpcError(state)
ResourceExhausted: 429 Received message larger than max (5218782 vs. 4194304)`,
        },
      ],
    },
    "provider.google.resource-exhausted": {
      statement:
        "Google's 429 `RESOURCE_EXHAUSTED` (or ErrorInfo `RATE_LIMIT_EXCEEDED`, or a `RetryInfo` detail, as clients that print no `status` keep it, or its front end's words for it, \"Resource has been exhausted (e.g. check quota).\", as gRPC clients print them) is a spent rate quota, a retryable ProviderAPIError; the wait is the body's `RetryInfo.retryDelay` (a duration such as `53s`), or the Google Ads API's `QuotaErrorDetails.retryDelay` (a developer token's daily operations: hours), or the message's \"Your quota will reset after 27s.\" (Gemini Code Assist's), else at least 30 seconds.",
      action: "Wait the `RetryInfo` delay (`err.retryAfter`, at least 30 seconds when none is sent), then send the same call again.",
      source: "https://cloud.google.com/php/docs/reference/common-protos/latest/Rpc.RetryInfo",
      examples: [
        {
          source: "https://github.com/googleapis/python-genai/issues/1875",
          reconstructed: 'status line added from `"code": 429`; the issue shortens the message with "..."',
          text: `HTTP/1.1 429 Too Many Requests

{
  "error": {
    "code": 429,
    "message": "You exceeded your current quota... Please retry in 53.016342224s.",
    "status": "RESOURCE_EXHAUSTED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.RetryInfo",
        "retryDelay": "53s"
      }
    ]
  }
}`,
        },
        {
          source: "https://github.com/rapidwebltd/php-google-people-api/issues/45",
          reconstructed: 'status line added from `"code":429`',
          text: `HTTP/1.1 429 Too Many Requests

{"error":{"code":429, "message": "Resource has been exhausted (e.g. check quota).", "status": "RESOURCE_EXHAUSTED", "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"subject": "QUOTA_EXCEEDED", "description": "FBS quota limit exceeded"}]}]}}`,
        },
      ],
    },
    "provider.google.jwt-clock": {
      statement:
        "Google's token endpoint answers a service account's JWT whose `iat` or `exp` is off (\"Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe\") with 400 `invalid_grant`: the clock of the machine that signed it is wrong (a container's, a WSL's), not the credential. A ProviderAPIError, not retryable: set the clock right (NTP); neither a retry nor a new key helps.",
      action: "Set the clock of the machine that signs the JWT right (NTP); neither a retry nor a new key helps.",
      source: "https://developers.google.com/identity/protocols/oauth2/service-account",
      examples: [
        {
          source: "https://github.com/googleapis/google-api-php-client/issues/1501",
          reconstructed: "status line and Content-Type added around the body the client's exception quotes: the token endpoint sends `invalid_grant` with a 400",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json; charset=utf-8

{ "error" : "invalid_grant", "error_description" : "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems." }`,
        },
      ],
    },
    "provider.google.assertion-rejected": {
      statement:
        "Google's token endpoint answers a service account's signed JWT it will not accept with 400 `invalid_grant` as well: \"Invalid JWT Signature.\" (the key that signed it was deleted or rotated, or belongs to another account), \"Not a valid email.\" (the `iss` is not the account's client email), \"Invalid email or User ID\" (the user a domain-wide delegation names does not exist); a client's assertion flow (google-api-php-client's `refreshTokenWithAssertion`, gcloud's `activate-service-account`) tells it when the description is missing. A ProviderUnauthorizedError that is not retryable: the app's credential is wrong, and no user can re-authorize it.",
      action: "Check the service account's key (a deleted or rotated key is refused), its client email and any delegated user: the JWT was refused, and no user can re-authorize it.",
      source: "https://developers.google.com/identity/protocols/oauth2/service-account",
      examples: [
        {
          source: "https://github.com/google-github-actions/setup-gcloud/issues/76",
          text: `ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature.`,
        },
        {
          source: "https://github.com/googleapis/google-api-php-client/issues/838",
          text: `Fatal error: Uncaught Google_Auth_Exception: Error refreshing the OAuth2 token, message: '{ "error" : "invalid_grant" }' in /opt/lampp/htdocs/views/google-api-php-client/src/Google/Auth/OAuth2.php:364 Stack trace: #0 /opt/lampp/htdocs/views/google-api-php-client/src/Google/Auth/OAuth2.php(313): Google_Auth_OAuth2->refreshTokenRequest(Array) #1 /opt/lampp/htdocs/views/HelloAnalytics.php(29): Google_Auth_OAuth2->refreshTokenWithAssertion(Object(Google_Auth_AssertionCredentials)) #2 /opt/lampp/htdocs/views/HelloAnalytics.php(104): getService() #3 {main} thrown in /opt/lampp/htdocs/views/google-api-php-client/src/Google/Auth/OAuth2.php on line 364`,
        },
      ],
    },
    "provider.google.refresh-invalid-grant": {
      statement:
        "Google's token endpoint answers 400 `invalid_grant` (\"Token has been expired or revoked.\") when the refresh token is dead (revoked, unused for six months, a password change, a Testing app after 7 days): a ProviderUnauthorizedError, the user must connect again.",
      action: "Send the user through connecting their Google account again: the refresh token is expired or revoked, or the authorization code was used already.",
      source: "https://developers.google.com/identity/protocols/oauth2#expiration",
      examples: [
        {
          source: "https://github.com/AppleIdLoginHelper/LoginHelper/issues/8",
          text: `Client error: \`POST https://oauth2.googleapis.com/token\` resulted in a \`400 Bad Request\` response:
{
"error": "invalid_grant",
"error_description": "Token has been expired or revoked."
}`,
        },
      ],
    },
  },
};

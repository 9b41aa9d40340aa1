/**
 * Meta's Graph API (Facebook, Instagram, WhatsApp Cloud API, Marketing API): every error is
 * `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}`, and the number in
 * `code`, not the HTTP status, says what happened: 190 a dead access token, 10 and 200 to 299 a
 * permission the token lacks, 4, 17, 32, 613 and the 80000s a rate limit. The same code comes
 * with 400, 403 or 500, and many clients print the fields without any status, so the signals read
 * the code whatever the status.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** The error types only the Graph API sends. */
const GRAPH_TYPES = ["OAuthException", "GraphMethodException", "IGApiException", "FacebookApiException"];
/** Codes 200 to 299: "API Permission (multiple values depending on permission)". */
const PERMISSION_CODES = ["10", ...Array.from({ length: 100 }, (_, i) => String(200 + i))];
/**
 * The throttling codes: 4 (the app's calls), 17 (a user's), 32 (a Page's), 613 (a custom limit), 341 (the app's limit, "wait and
 * retry"), the Business Use Case limits 80000 to 80014, and WhatsApp's throughput (130429) and pair (131056) limits.
 */
const THROTTLED = ["4", "17", "32", "341", "613", ...Array.from({ length: 15 }, (_, i) => String(80000 + i)), "130429", "131056"];

/**
 * A Graph API code, in `error.code` or at the head of the message, where the Graph API repeats it ("(#4) Application request
 * limit reached"): a log that cut the body before its `code` still has it, and so does a client that printed the message alone
 * (botpress's "Status: 400 (Bad Request)\n(#2) Service temporarily unavailable").
 */
function code(codes: readonly string[]): Match {
  return { any: [{ json: "error.code", is: codes }, said("error.message", { matches: new RegExp(`^\\(#(?:${codes.join("|")})\\) `) })] };
}

export const meta = provider({
  id: "meta",
  name: "Meta Graph API",
  aliases: ["facebook", "instagram", "whatsapp", "graph-api"],
  // Its API's hosts, not its sites (a scraper's GET of www.instagram.com is no Graph API call).
  hosts: ["graph.facebook.com", "graph-video.facebook.com", "rupload.facebook.com", "graph.instagram.com", "api.instagram.com"],
  // The Graph API's own pointer ("Please read the Graph API documentation at ...") and the error-code pages its bodies link
  // (a WhatsApp error's `docUrl`), not a person's link to a guide.
  errorLinks:
    /\bPlease read the Graph API documentation at https:\/\/developers\.facebook\.com\/docs\/graph-api\b|https:\/\/developers\.facebook\.com\/docs\/(?:whatsapp\/cloud-api\/support\/error-codes|graph-api\/(?:using-graph-api|guides)\/error-handling)\b/,
  clients: { packages: ["facebook", "facebook_business", "facebook-sdk", "facebook-nodejs-business-sdk", "com.facebook", "Koala", "Facebook"], classes: ["Facebook"] },
  requestIdHeaders: ["x-fb-trace-id"],
  // "Include the fbtrace_id when reporting a bug": the id Meta's support asks for.
  bodyRequestId: "error.fbtrace_id",
  fingerprints: {
    headers: ["x-fb-trace-id", "x-fb-rev", "x-fb-debug", "x-business-use-case-usage", "x-app-usage"],
    body: {
      any: [
        // No other API sends these types with a numeric code.
        { all: [{ json: "error.type", is: GRAPH_TYPES }, { json: "error.code", matches: /^\d{1,7}$/ }] },
        { all: [{ json: "error.fbtrace_id", matches: /^[A-Za-z0-9+/=_-]{6,64}$/ }, { json: "error.message" }] },
        // Its messages start with their code, "(#80004) There have been too many calls to this ad-account.", and link its docs.
        { json: "error.message", matches: /^\(#\d{1,7}\) [^\n]{0,2000}\bhttps:\/\/developers\.facebook\.com\// },
      ],
    },
  },
  message: ["error.error_user_msg", "error.message"],
  signals: {
    "provider.meta.token-invalid": {
      status: "any",
      // 190 with any subcode (458 app removed, 460 password changed, 463 expired, 467 invalid...), and 102, the old session key.
      when: code(["190", "102"]),
      error: "ProviderUnauthorizedError",
    },
    // Before the permission codes: the Send API's code 10 with the messaging window closed is no permission the token lacks.
    "provider.meta.outside-window": {
      status: "any",
      when: {
        any: [{ json: "error.error_subcode", is: ["2018278", "2534022"] }, said("error.message", { matches: /\bsent outside of (?:the )?allowed window\b/i })],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.meta.permission": {
      status: "any",
      when: code(PERMISSION_CODES),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.message", capture: /\b((?:pages|instagram|publish|user|ads|business|whatsapp|read|manage|email|groups|catalog|leads)_[a-z_]{2,60})\b/ }],
    },
    "provider.meta.rate-limited": {
      status: "any",
      when: code(THROTTLED),
      error: "ProviderAPIError",
      retryable: true,
    },
    // Last: a throttling or permission code says more than "unknown".
    "provider.meta.temporary": {
      status: "any",
      when: code(["1", "2"]),
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const metaDocs: ProviderDocs<typeof meta> = {
  docs: [
    { title: "Graph API: handling errors", url: "https://developers.facebook.com/docs/graph-api/guides/error-handling" },
    { title: "Graph API: rate limits", url: "https://developers.facebook.com/docs/graph-api/overview/rate-limiting/" },
    { title: "Access tokens: expiration and extension", url: "https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived" },
    { title: "WhatsApp Cloud API: error codes", url: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes" },
  ],
  requestIdSource: "https://developers.facebook.com/docs/graph-api/guides/error-handling",
  answers: {
    scope: {
      rules: ["provider.meta.permission"],
      note: "Codes 10 and 200 to 299 mean a permission is not granted or was removed; the message often names it (`pages_read_engagement`). Request it in the login dialog again; some need App Review first.",
    },
    credential: {
      rules: ["provider.meta.token-invalid"],
      note: "Code 190 is a dead access token whatever the status (400 mostly, 401 for some endpoints); `error_subcode` says why: 458 the app was removed, 459 the user must log in to Facebook to pass a checkpoint, 460 the password changed, 463 expired, 464 an unconfirmed user, 467 an invalid token. Every one needs a new token from the user.",
    },
    rateLimit: {
      rules: ["provider.meta.rate-limited", "provider.meta.temporary"],
      note: "Codes 4, 17, 32, 613, 341 and the Business Use Case codes 80000 to 80014 are throttling, sent with 400 or 403 as often as 429. No `Retry-After`: the `X-App-Usage` and `X-Business-Use-Case-Usage` headers carry the usage percentages and `estimated_time_to_regain_access` in minutes; back off until then. Codes 1 and 2 are no limit but a temporary fault, which Meta says to wait out and retry, whatever the status.",
    },
    notRetryable: { rules: ["provider.meta.outside-window"] },
  },
  notes: [
    "An error with `is_transient: true` is one Meta marks as temporary (its Business SDKs read the flag as `api_transient_error()`); the Graph API's error page does not document the flag, so only codes 1 and 2 make a 4xx retryable here.",
    "Code 100 is an invalid parameter; with `error_subcode` 33 the object does not exist, cannot be loaded for missing permissions, or does not support the operation: fix the request, a new token rarely helps.",
    "`error_user_title` and `error_user_msg`, when sent, are the words Meta meant for the user: they are the message shown.",
  ],
  signals: {
    "provider.meta.token-invalid": {
      statement:
        "The Graph API answers a dead access token with code 190 (`OAuthException`), whatever the status and the subcode (460: the user changed the password; 463: the token expired; 467: invalid): a ProviderUnauthorizedError, the user must log in again for a new token.",
      action: "Have the user log in again for a new access token: this one is dead, and no retry revives it.",
      source: "https://developers.facebook.com/docs/graph-api/guides/error-handling",
      examples: [
        {
          source: "https://github.com/roughike/flutter_facebook_login/issues/151",
          text: `GraphResponse: {HttpStatus: 400, errorCode: 190, subErrorCode: 460, errorType: OAuthException, errorMessage: Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.}`,
        },
        {
          source: "https://github.com/huydx/facy/issues/15",
          text: `type: OAuthException, code: 190, error_subcode: 463, message: Error validating access token: Session has expired on 2014年8月17日 8:00. The current time is 2014年8月17日 8:08. [HTTP 400]`,
        },
      ],
    },
    "provider.meta.outside-window": {
      statement:
        "The Send API's code 10 with subcode 2018278 (Instagram's 2534022), \"This message is sent outside of allowed window\", is no missing permission: the 24-hour window after the person's last message has closed. A ProviderAPIError, not retried: wait for the person's next message, or send with a message tag or a template.",
      action: "Wait for the person's next message, or send with a message tag or a template: the 24-hour messaging window has closed.",
      source: "https://developers.facebook.com/docs/messenger-platform/reference/send-api/error-codes",
      examples: [
        {
          source: "https://github.com/ComposioHQ/composio/issues/3604",
          text: `Failed to send message (status 403). Response: {"error":{"message":"This message is sent outside of allowed window.","type":"IGApiException","code":10,"error_subcode":2534022,"fbtrace_id":"A9C5BFZGYCvRghcFEHTjgpC"}}`,
        },
      ],
    },
    "provider.meta.permission": {
      statement:
        "Codes 10 (\"Permission is either not granted or has been removed\") and 200 to 299 (a permission the call needs) are a ScopeReauthRequiredError: ask the user for the permission again (after App Review when it needs one); `missingScopes` is the permission the message names, when it names one.",
      action: "Ask the user for the permission in `missingScopes` again in the login dialog, after App Review if the permission needs it.",
      source: "https://developers.facebook.com/docs/graph-api/guides/error-handling",
      examples: [
        {
          source: "https://github.com/Dymantic/laravel-instagram-feed/issues/60",
          text: `Client error: \`GET https://graph.instagram.com/3730017507122069/media?fields=like_count,caption,id,media_type,media_url,thumbnail_url,permalink,children%7Bmedia_type,media_url%7D,timestamp&limit=100&access_token={TOKEN}\`.

resulted in a \`403 Forbidden\` response:
{"error":{"message":"Application does not have permission for this action","type":"IGApiException","code":10,"fbtrace_id (truncated...)`,
        },
      ],
    },
    "provider.meta.temporary": {
      statement:
        "Codes 1 (\"API Unknown\": \"possibly a temporary issue due to downtime\") and 2 (\"API Service\": \"temporary issue due to downtime\") are, Meta's error page says, to be waited out and retried, whatever the status they come with (a 400 as well as a 500): a retryable ProviderAPIError.",
      action: "Back off and retry the same call: Meta says this is a temporary fault to wait out.",
      source: "https://developers.facebook.com/docs/graph-api/guides/error-handling",
      examples: [
        {
          source: "https://github.com/botpress/botpress-messenger/issues/85",
          text: `Error getting user profile: Error: An error has been returned by Facebook API.
Status: 400 (Bad Request)
(#2) Service temporarily unavailable`,
        },
      ],
    },
    "provider.meta.rate-limited": {
      statement:
        "Codes 4 (the app's calls), 17 (a user's), 32 (a Page's), 613 and 341, and the Business Use Case codes 80000 to 80014, are throttling, sent with 400 or 403 as often as 429: a retryable ProviderAPIError; back off, for the `estimated_time_to_regain_access` of `X-Business-Use-Case-Usage` when it is sent.",
      action: "Back off and retry, waiting the `estimated_time_to_regain_access` of `X-Business-Use-Case-Usage` when that header is sent.",
      source: "https://developers.facebook.com/docs/graph-api/overview/rate-limiting/",
      examples: [
        {
          source: "https://github.com/facebook/facebook-android-sdk/issues/582",
          text: `E/GraphResponse: {HttpStatus: 403, errorCode: 4, subErrorCode: -1, errorType: OAuthException, errorMessage: (#4) Application request limit reached}`,
        },
      ],
    },
  },
};

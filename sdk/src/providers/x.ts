/**
 * X (Twitter) API: v2 answers with RFC 7807 problem objects whose `type` (under
 * `/2/problems/`) says more than the status, v1.1 with `errors[].code`; a missing OAuth 2.0
 * scope is a bare 403 that names nothing, and a 429 may be a monthly cap rather than a
 * rate limit. It never sends `Retry-After`: the waits are in its reset headers.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

// The problem `type` URIs come with both hosts (api.twitter.com in captures, api.x.com in the docs): read the path only.
const problem = (name: string) => ({ json: "type", matches: new RegExp(`/2/problems/${name}$`) }) as const;

/** The usage-capped problem's title and detail as a client prints them in a line of text. */
const USAGE_CAPPED_WORDS = /\bUsageCapExceeded\b[: -]{1,3}Usage cap exceeded\b/;

/** Code 453's own words: the app's access level lacks the endpoint (a 403 no token fixes). */
const ACCESS_LEVEL_WORDS = /\bYou currently have access to a subset of (?:X|Twitter) API V2 endpoints\b/i;

export const x = provider({
  id: "x",
  name: "X (Twitter)",
  hosts: ["x.com", "twitter.com"],
  clients: { packages: ["tweepy", "twitter", "twitter-api-v2", "twitter4j", "Tweetinvi", "Twitter"], classes: ["Tweepy", "Twitter", "Tweetinvi"] },
  aliases: ["twitter"],
  // Not documented by X; every public capture of an api.twitter.com error carries it.
  requestIdHeaders: ["x-transaction-id"],
  // A problem pasted alone names its host in its `type` (`https://api.twitter.com/2/problems/client-forbidden`); a v1.1 error,
  // `{"errors": [{"code": 88, "message": "Rate limit exceeded"}]}`, by its codes said in its own words.
  fingerprints: {
    body: {
      any: [
        { json: "type", matches: /^https:\/\/api\.(?:twitter|x)\.com\/2\/problems\// },
        // A client's printout of the problem's title and detail (go-twitter's "UsageCapExceeded:Usage cap exceeded: Monthly product cap").
        { text: USAGE_CAPPED_WORDS },
        { all: [{ json: "errors[].code", is: "88" }, { json: "errors[].message", matches: /^Rate limit exceeded\.?$/ }] },
        { all: [{ json: "errors[].code", is: "89" }, { json: "errors[].message", matches: /^Invalid or expired token\.?$/ }] },
        { all: [{ json: "errors[].code", is: "32" }, { json: "errors[].message", matches: /^Could not authenticate you\.?$/ }] },
        { all: [{ json: "errors[].code", is: "215" }, { json: "errors[].message", matches: /^Bad Authentication data\.?$/ }] },
        // The app's access level lacks the endpoint (a 403 no token fixes).
        { all: [{ json: "errors[].code", is: "453" }, { json: "errors[].message", matches: ACCESS_LEVEL_WORDS }] },
        // Its sentence as tweepy prints it after the status ("403 Forbidden 453 - You currently have access to a subset of ...").
        { text: ACCESS_LEVEL_WORDS },
      ],
    },
  },
  // The 24-hour limits: when one of them is spent, `x-rate-limit-reset` still names the 15-minute window.
  rateLimit: [
    { remaining: "x-user-limit-24hour-remaining", reset: "x-user-limit-24hour-reset" },
    { remaining: "x-app-limit-24hour-remaining", reset: "x-app-limit-24hour-reset" },
  ],
  message: ["detail", "errors[].message", "title"],
  signals: {
    "provider.x.usage-capped": {
      status: [429],
      when: { any: [problem("usage-capped"), { json: "title", is: "UsageCapExceeded" }, { text: USAGE_CAPPED_WORDS }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // v1.1's posting allowance spent (code 185, "User is over daily status update limit."): no request fixes it, and it comes
    // back only when X's rolling window lets the user post again.
    "provider.x.post-limit": {
      status: [403],
      when: { any: [{ json: "errors[].code", is: ["185"] }, { text: /\bUser is over daily status update limit\b/ }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.x.oauth1-permissions": {
      status: [403],
      when: { any: [problem("oauth1-permissions"), { json: "errors[].code", is: ["93", "220"] }] },
      error: "ScopeReauthRequiredError",
    },
    "provider.x.oauth2-missing-scope": {
      status: [403],
      // Only the bare problem: a 403 that says anything else (a duplicate post, a protected account) is no scope.
      when: { all: [{ json: "type", is: "about:blank" }, { json: "title", is: "Forbidden" }, { json: "detail", is: "Forbidden" }] },
      error: "ScopeReauthRequiredError",
    },
    "provider.x.rate-limited": {
      status: [429],
      when: {
        all: [
          // A spent 24-hour limit is the generic spent-limit rule's, with its own reset header.
          { not: { header: "x-user-limit-24hour-remaining", is: "0" } },
          { not: { header: "x-app-limit-24hour-remaining", is: "0" } },
          { any: [{ json: "errors[].code", is: "88" }, { json: "title", is: "Too Many Requests" }, { header: "x-rate-limit-reset" }] },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-rate-limit-reset" }],
    },
  },
});

export const xDocs: ProviderDocs<typeof x> = {
  docs: [
    { title: "Response codes and errors", url: "https://docs.x.com/x-api/fundamentals/response-codes-and-errors" },
    { title: "Rate limits", url: "https://docs.x.com/x-api/fundamentals/rate-limits" },
    { title: "Post cap", url: "https://docs.x.com/x-api/fundamentals/post-cap" },
    { title: "Error troubleshooting (v1.1 code table)", url: "https://developer.x.com/en/support/x-api/error-troubleshooting" },
  ],
  requestIdSource: "https://github.com/plhery/node-twitter-api-v2/issues/425",
  answers: {
    scope: {
      rules: ["provider.x.oauth2-missing-scope", "provider.x.oauth1-permissions"],
      note: "X never names the missing scope: the endpoint's reference page lists the scopes it needs. A bare 403 `Forbidden` is usually a missing OAuth 2.0 scope, but X's docs also list private or protected resources as 403 causes.",
    },
    credential: {
      rules: ["provider.401"],
      note: 'An invalid, expired (OAuth 2.0 user tokens last two hours without `offline.access`) or regenerated token is a 401: v2 `{"title":"Unauthorized","type":"about:blank"}`, v1.1 `errors[].code` 89 "Invalid or expired token".',
    },
    rateLimit: {
      rules: ["provider.x.rate-limited", "provider.rate-limit-spent"],
      note: "X sends no Retry-After: the wait is `x-rate-limit-reset` (epoch seconds), or the 24-hour pair's reset when `x-user-limit-24hour-remaining` or `x-app-limit-24hour-remaining` is 0.",
    },
    notRetryable: { rules: ["provider.x.usage-capped", "provider.x.post-limit"] },
  },
  notes: [
    "v1.1 code 89 (\"Invalid or expired token\") comes with a 401 in every capture and in X's OAuth 2.0 app-only guide, but X's former v1.1 code table said 403; a 403 with code 89 stays a plain ProviderAPIError here (no public response shows one). Code 32 \"Could not authenticate you\" is also an OAuth signature bug, not only a dead credential.",
    "A 403 with problem type `client-forbidden` (`reason: client-not-enrolled`) means the developer App lacks the access tier or is not attached to a Project, and type `unsupported-authentication` means an app-only Bearer token on a user-context endpoint: neither is fixed by re-authorizing the user, and both stay a plain, non-retryable ProviderAPIError.",
    "v1.1 code 185 (403, \"User is over daily status update limit\") and code 261 (403, the App may not write) are not fixable by retrying soon either; the generic 403 rule already says so.",
    "Pay-per-use accounts out of prepaid credits were seen answering HTTP 402 (body not published); the generic rules make it a non-retryable ProviderAPIError.",
    "The `x-transaction-id` request id is only seen in captures: X's docs name no request-id header.",
  ],
  signals: {
    "provider.x.usage-capped": {
      statement:
        "X's 429 with problem type `usage-capped` (\"Usage cap exceeded: Monthly product cap\") means the App's monthly Post cap is used up, while `x-rate-limit-remaining` may still be high: a ProviderAPIError that is not retryable; wait for the monthly reset or upgrade the access level.",
      action: "Wait for the App's monthly Post cap to reset, or upgrade the access level: retrying fails the same way until then.",
      source: "https://docs.x.com/x-api/fundamentals/response-codes-and-errors",
      examples: [
        {
          source: "https://github.com/xdevplatform/xdk/issues/25",
          reconstructed: 'status line from the issue\'s "Actual API response (HTTP 429)"; the two headers were printed separately in the issue for the same request; account id redacted in the source',
          text: `HTTP/1.1 429 Too Many Requests
x-rate-limit-limit: 40000
x-rate-limit-remaining: 39999

{
    "account_id": "<redacted>",
    "product_name": "standard-basic",
    "title": "UsageCapExceeded",
    "period": "Monthly",
    "scope": "Product",
    "detail": "Usage cap exceeded: Monthly product cap",
    "type": "https://api.twitter.com/2/problems/usage-capped"
}`,
        },
      ],
    },
    "provider.x.post-limit": {
      statement:
        "X's v1.1 403 with `errors[].code` 185 (\"User is over daily status update limit.\") means the user has no posting allowance left, whatever limit was reached: a ProviderAPIError that is not retryable now; the allowance comes back as X's rolling window passes, hours later, and no change to the request helps.",
      action: "Stop posting for this user and try again hours later, once X's rolling window gives the allowance back: no change to the request helps.",
      source: "https://developer.x.com/en/support/x-api/error-troubleshooting",
      examples: [{ source: "https://github.com/ShareX/ShareX/issues/3702", text: `Message:
The remote server returned an error: (403) Forbidden.

Request URL:
https://api.twitter.com/1.1/statuses/update_with_media.json

Response:
{"errors":[{"code":185,"message":"User is over daily status update limit."}]}

Stack trace:
   at System.Net.HttpWebRequest.GetResponse()
   at ShareX.UploadersLib.Uploader.SendRequestFile(String url, Stream data, String fileName, String fileFormName, Dictionary\`2 args, NameValueCollection headers, CookieCollection cookies, ResponseType responseType, HttpMethod method, String contentType, String metadata)` }],
    },
    "provider.x.oauth1-permissions": {
      statement:
        "X's 403 with problem type `oauth1-permissions` (v2), or v1.1 `errors[].code` 220 or 93, means the OAuth 1.0a token was issued while the App had too few permissions (read-only, no Direct Messages): a ScopeReauthRequiredError; set the App to Read and Write (and Direct Messages) and authorize again, since a token keeps the level it was issued with.",
      action: "Set the App to Read and Write (and Direct Messages if needed), then have the user authorize again: an old token keeps its old level.",
      source: "https://developer.x.com/en/support/x-api/error-troubleshooting",
      examples: [
        {
          source: "https://github.com/plhery/node-twitter-api-v2/issues/493",
          reconstructed: "status line added from the body's `status` member",
          text: `HTTP/1.1 403 Forbidden

{"title":"Forbidden","status":403,"detail":"Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.","type":"https://api.twitter.com/2/problems/oauth1-permissions"}`,
        },
        {
          source: "https://github.com/twitter/twurl/issues/164",
          reconstructed: "status line added from X's v1.1 code table (code 93 corresponds with HTTP 403)",
          text: `HTTP/1.1 403 Forbidden

{"errors":[{"code":93,"message":"This application is not allowed to access or delete your direct messages."}]}`,
        },
        {
          source: "https://github.com/abraham/twitteroauth/issues/564",
          reconstructed: "body rebuilt as JSON from the PHP print_r of the decoded body; status line from X's v1.1 code table (code 220 corresponds with HTTP 403)",
          text: `HTTP/1.1 403 Forbidden

{"errors":[{"code":220,"message":"Your credentials do not allow access to this resource."}]}`,
        },
      ],
    },
    "provider.x.oauth2-missing-scope": {
      statement:
        'X API v2 answers an OAuth 2.0 user token that lacks a scope the endpoint needs (`tweet.read` and `users.read` for /2/users/me, `like.write`, `media.write`) with a bare 403 `{"title":"Forbidden","type":"about:blank","detail":"Forbidden"}` that names no scope: a ScopeReauthRequiredError; authorize again with the scopes the endpoint\'s reference lists. The same bare 403 can also mean a protected resource.',
      action: 'Send the user through authorization again with the scopes the endpoint\'s reference page lists; if it has them, check the resource is not protected.',
      source: "https://docs.x.com/x-api/fundamentals/response-codes-and-errors",
      examples: [
        {
          source: "https://github.com/plhery/node-twitter-api-v2/issues/265",
          reconstructed: 'status line added from the log\'s "Request failed with code 403"; headers as the library logged them (object notation turned into header lines)',
          text: `HTTP/1.1 403 Forbidden
content-type: application/problem+json
cache-control: no-cache, no-store, max-age=0
content-length: 93
x-response-time: 133
x-connection-hash: cfde4998c10139bc8b15be3307b6e00671e235355855774bc754ea8156a2ec7e
date: Thu, 21 Apr 2022 06:08:29 GMT
server: tsa_d
connection: close

{"title":"Forbidden","type":"about:blank","status":403,"detail":"Forbidden"}`,
        },
      ],
    },
    "provider.x.rate-limited": {
      statement:
        "X rate-limits with a 429 (v2 problem `Too Many Requests`, or v1.1 `errors[].code` 88 \"Rate limit exceeded\") and no Retry-After: a retryable ProviderAPIError whose wait is `x-rate-limit-reset` (Unix epoch seconds), even when `x-rate-limit-remaining` is not 0.",
      action: "Wait until `x-rate-limit-reset` (`err.retryAfter` seconds), then send the same call again.",
      source: "https://docs.x.com/x-api/fundamentals/rate-limits",
      examples: [
        {
          source: "https://docs.x.com/x-api/fundamentals/rate-limits",
          reconstructed:
            "status line and headers added from the page's prose (\"you'll receive a 429 response\") and its separate header table with sample values; the body is the page's example",
          text: `HTTP/1.1 429 Too Many Requests
x-rate-limit-limit: 900
x-rate-limit-remaining: 847
x-rate-limit-reset: 1705420800

{
  "errors": [{
    "code": 88,
    "message": "Rate limit exceeded"
  }]
}`,
        },
        {
          source: "https://github.com/geduldig/TwitterAPI/issues/180",
          reconstructed: 'status line added from the log\'s "(429)"',
          text: `HTTP/1.1 429 Too Many Requests

{"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"}`,
        },
        {
          source: "https://github.com/squeaknode/squeaknode/issues/1809",
          reconstructed: 'status line added from the log\'s "(HTTP 429)"',
          text: `HTTP/1.1 429 Too Many Requests

{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}`,
        },
      ],
    },
  },
};

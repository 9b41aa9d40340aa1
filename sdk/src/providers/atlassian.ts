/**
 * Atlassian Cloud (Jira, Confluence), directly or through the api.atlassian.com gateway:
 * the gateway answers a token without the operation's OAuth scope with a 401, not a 403,
 * so the body must tell it from an expired token; Jira's login framework (Seraph) says in
 * headers why it refused a credential, CAPTCHA lockouts included.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const atlassian = provider({
  id: "atlassian",
  name: "Atlassian (Jira, Confluence)",
  hosts: ["atlassian.net", "atlassian.com"],
  // Jira and Confluence Data Center (and Server): the same REST paths, also below a context path (`/jira/rest/api/2/`).
  selfHosted: { labels: ["jira", "confluence"], path: /^(?:\/[A-Za-z0-9_-]{1,40})?\/rest\/(?:api\/(?:2|3|latest|content|space|user|search)\b|agile\/)/ },
  // Not `atlassian` nor `com.atlassian` alone: those namespaces hold Bitbucket, Bamboo and plugins that call other APIs.
  clients: { packages: ["jira", "JIRA", "jira-client", "atlassian.jira", "atlassian.confluence"], classes: ["JIRA", "Jira", "Confluence"] },
  aliases: ["jira", "confluence"],
  // Seen on Jira Cloud 401s, none documented as "the id to quote": the edge trace id first, then Jira's own.
  requestIdHeaders: ["atl-traceid", "x-arequestid", "atl-request-id"],
  // Seraph is the login framework of Jira and Confluence. Not `x-arequestid` (Bitbucket Data Center sends it too)
  // nor `atl-traceid` (Atlassian's edge, in front of more than Jira and Confluence).
  // The gateway's scope refusal is in its words, and only Atlassian's: a body pasted alone names it. So does the text
  // Jira and Confluence Cloud answer a password sent as Basic auth with (its notice's link after it, or ending at "see:"
  // where a paste lost the link).
  fingerprints: {
    headers: ["x-seraph-loginreason"],
    body: {
      any: [
        { json: "message", is: "Unauthorized; scope does not match" },
        // Jira's ErrorCollection (`{"errorMessages": [...], "errors": {...}}`, its REST API's every error, Cloud's and Data Center's):
        // `errorMessages` is its member's name, and no other API's the searches found.
        { json: "errorMessages[]", matches: /\S/ },
        { text: /^Basic authentication with passwords is deprecated\.\s+For more information, see:(?:\s*$| https:\/\/(?:confluence|developer)\.atlassian\.com\/)/ },
      ],
    },
  },
  message: ["message", "errorMessages[]"],
  signals: {
    "provider.atlassian.scope-does-not-match": {
      status: [401],
      when: { json: "message", is: "Unauthorized; scope does not match" },
      error: "ScopeReauthRequiredError",
    },
    "provider.atlassian.captcha-challenge": {
      status: [403],
      when: {
        any: [
          { header: "x-authentication-denied-reason", matches: /^CAPTCHA_CHALLENGE/ },
          { header: "x-seraph-loginreason", is: "AUTHENTICATION_DENIED" },
        ],
      },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const atlassianDocs: ProviderDocs<typeof atlassian> = {
  docs: [
    { title: "Jira Cloud: rate limiting", url: "https://developer.atlassian.com/cloud/jira/platform/rate-limiting/" },
    { title: "Confluence Cloud: rate limiting", url: "https://developer.atlassian.com/cloud/confluence/rate-limiting/" },
    { title: "Jira Cloud: build an app that respects rate limits", url: "https://developer.atlassian.com/cloud/jira/platform/build-an-app-that-respects-rate-limits/" },
    { title: "Determining the scopes required for an operation", url: "https://developer.atlassian.com/cloud/oauth/getting-started/determining-scopes" },
    { title: "OAuth 2.0 (3LO) apps", url: "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps" },
    { title: "Basic auth for REST APIs", url: "https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/" },
  ],
  requestIdSource: "https://github.com/atlassian/gajira-login/issues/59",
  answers: {
    scope: {
      rules: ["provider.atlassian.scope-does-not-match"],
      note: "The body never names the scope: the operation's reference page lists its \"OAuth scopes required\". When the user lacks a Jira or Confluence permission, Jira answers 403 (or 404 \"Issue does not exist or you do not have permission to see it.\") with `errorMessages`: that stays a plain ProviderAPIError, since re-authorizing wider cannot grant the user a permission.",
    },
    credential: {
      rules: ["provider.401", "provider.atlassian.captcha-challenge"],
      note: "A missing, wrong, revoked or expired credential is a 401 (`X-Seraph-LoginReason: AUTHENTICATED_FAILED`, \"Client must be authenticated to access this resource.\", or `errorMessages: [\"Login failed\"]`); API tokens expire after at most a year. A password sent as Basic auth is refused with 401 \"Basic authentication with passwords is deprecated.\": store an API token in its place.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.rate-limit-spent"],
      note: "A 429 with `Retry-After` in seconds, `X-RateLimit-Reset` as an ISO-8601 date-time, and `RateLimit-Reason`: a burst or per-issue limit clears in seconds, the hourly points quota (`jira-quota-*`) only at the top of the UTC hour (tens of minutes). The body may be an HTML page. Some transient 503s carry `Retry-After` too.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "401 \"Unauthorized; scope does not match\" is mapped to its usual cause, a scope the token lacks. It also comes from a scope never enabled on the app in the developer console (re-consent alone cannot add it), from a scoped API token on Jira Software (agile) endpoints that have no granular scopes, and, as reported, from a request path the gateway could not match (a trailing slash).",
    "Some Jira sites answer a rejected Basic credential with 200 and `X-Seraph-LoginReason: AUTHENTICATED_FAILED`, serving the request anonymously: an empty result may be a credential problem.",
    "Data Center (self-hosted) instances send other rate-limit headers (`X-RateLimit-FillRate`, `X-RateLimit-Interval-Seconds`) and may send `Retry-After: 0`.",
  ],
  signals: {
    "provider.atlassian.scope-does-not-match": {
      statement:
        "Atlassian's API gateway answers a token that lacks the operation's OAuth scope with 401 `{\"code\": 401, \"message\": \"Unauthorized; scope does not match\"}`: a ScopeReauthRequiredError, not an expired token; re-authorize with the scopes the operation's reference page lists (enable them on the app first).",
      action: "Enable the scopes the operation's reference page lists on the app, then send the user through authorization again with them.",
      source: "https://developer.atlassian.com/cloud/oauth/getting-started/determining-scopes",
      examples: [
        {
          source: "https://github.com/raycast/extensions/issues/11212",
          reconstructed: 'status line and Content-Type added: the issue prints the body inside a JavaScript Error and says "401 error"',
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"code":401,"message":"Unauthorized; scope does not match"}`,
        },
        {
          source: "https://community.atlassian.com/forums/Jira-questions/how-use-rest-api-2-agile-1-0-board-for-scoped-api-token-tell-me/qaa-p/3136741",
          reconstructed: "status line and Content-Type added: the post prints `401`, then the body",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"code":401,"message":"Unauthorized; scope does not match"}`,
        },
      ],
    },
    "provider.atlassian.captcha-challenge": {
      statement:
        "After repeated failed logins, Jira refuses Basic-auth requests with 403 and `X-Seraph-LoginReason: AUTHENTICATION_DENIED` (`X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE`): a ProviderUnauthorizedError; the user must sign in once in a browser, solving the CAPTCHA, before the credential works again, and each retry extends the lockout.",
      action: "Have the user sign in once in a browser and solve the CAPTCHA; stop retrying meanwhile, since each retry extends the lockout.",
      source: "https://github.com/cristibaluta/Jit/issues/12",
      examples: [
        {
          source: "https://github.com/cristibaluta/Jit/issues/12",
          text: `HTTP/1.1 403 Forbidden
Content-Type: text/html;charset=UTF-8
Date: Thu, 25 Jan 2018 11:44:06 GMT
Server: nginx
Www-Authenticate: OAuth realm="...."
X-Arequestid: 764x10559x1
X-Asessionid: 1ruaaxj
X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=.........
X-Content-Type-Options: nosniff
X-Seraph-Loginreason: AUTHENTICATION_DENIED
Transfer-Encoding: chunked`,
        },
      ],
    },
  },
};

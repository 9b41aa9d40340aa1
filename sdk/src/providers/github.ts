/**
 * GitHub's REST API: scopes in two header families (classic OAuth tokens; fine-grained
 * tokens and Apps), a primary rate limit in `x-ratelimit-*`, secondary rate limits said
 * in the message. The classic-scope signal keeps the `quirk.github.scopes` id an earlier
 * release published.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

// "abuse detection mechanism" is its name before 2021 (`#abuse-rate-limits` in the docs link), still printed by older clients and GitHub Enterprise Server.
const SECONDARY = /\bsecondary rate limit|\babuse detection mechanism/i;
const NOT_ACCESSIBLE = /^Resource not accessible by (?:integration|personal access token)/;
const SAML = /^Resource protected by organization SAML enforcement\b/;
/** The GitHub CLI's command for the scopes a refused call lacks: "gh auth refresh -h github.com -s codespace". */
const GH_REFRESH = /\bgh auth refresh(?: -h [\w.-]{1,100})? (?:-s|--scopes) ([\w:-]{1,60}(?:,[\w:-]{1,60}){0,20})/;
/** A GitHub App's JWT refused for its claims (`exp` over ten minutes ahead, `iat` in the future: the clock or the code that signs it). */
const APP_JWT = /^'(?:Expiration time|Issued at)' claim \('(?:exp|iat)'\)|^A JSON web token could not be decoded\b|^'Issuer' claim \('iss'\)/;

/** The request id GitHub's messages ask a caller to quote to its support (since 2024 "... and timestamp <time>" follows it). */
// (Or a UUID, as its newer secondary-limit messages name it: "please include the request ID 89087771-4cf6-4a75-95c1-9033345da521".)
const GITHUB_SUPPORT_ID = /please include the request ID ([0-9A-F]{1,8}(?::[0-9A-F]{1,16}){4}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/;
/**
 * GitHub's own words in a primary rate limit's message, as a client prints it alone: whom the limit was for
 * (a user ID, an installation ID, an IP address), or its request to quote that id to GitHub Support (also with the blank after
 * "help," lost where a terminal wrapped the line there).
 */
// (Also its 403 for a request without a User-Agent, whose message links its docs: "Request forbidden by administrative rules. Please
// make sure your request has a User-Agent header (https://docs.github.com/...)".)
const OWN_WORDS = /^API rate limit exceeded for (?:user ID |installation ID |\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\.)|\bIf you reach out to GitHub Support for help,[ \t]?please include the request ID |\bPlease make sure your request has a User-Agent header \(https:\/\/docs\.github\.com\//;

export const github = provider({
  id: "github",
  name: "GitHub",
  // `ghe.com`: GitHub Enterprise Cloud with data residency (`api.<enterprise>.ghe.com`).
  hosts: ["github.com", "ghe.com"],
  // GitHub Enterprise Server: its REST API under `/api/v3/`, its GraphQL at `/api/graphql`.
  selfHosted: { labels: ["github", "ghe", "ghes"], path: /^\/api\/(?:v3(?:[/?#]|$)|graphql\b)/ },
  // Not `github`: Java packages start so (`github.scarsz.discordsrv`, named after a GitHub account); PyGithub's
  // `github.GithubException.*` shows by its class.
  clients: { packages: ["@octokit", "octokit", "Octokit"], classes: ["Github", "GitHub"] },
  requestIdHeaders: ["x-github-request-id"],
  // A GraphQL timeout names its request id in the message ("Please include `CDCB:7ADC:553568:5C3CFE:61685D53` when reporting this issue").
  // Its rate-limit messages name it too ("If you reach out to GitHub Support for help, please include the request ID 4C32:E66A2:... and
  // timestamp ..."), also as the text a client printed.
  bodyRequestId: [
    { json: "errors[].message", capture: /Please include `([0-9A-F]{1,8}(?::[0-9A-F]{1,16}){4})` when reporting this issue/ },
    { json: "message", capture: GITHUB_SUPPORT_ID },
    { text: GITHUB_SUPPORT_ID },
    // The GitHub CLI and Octokit.NET print that sentence on a line of its own below the message.
    { printed: GITHUB_SUPPORT_ID },
    // A GitHub App's 403 carries it as a member beside the message ("request_id":"B080:110608:333190:3E9338:661A041C").
    { json: "request_id", capture: /^([0-9A-F]{1,8}(?::[0-9A-F]{1,16}){4})$/ },
    // A log's field of it (goreleaser's "upload failed  request-id=1FC0:2476CD:29D89B:38A823:689C2782 error=POST ...: 422 ...").
    { printed: /\brequest-id=([0-9A-F]{1,8}(?::[0-9A-F]{1,16}){4})\b/ },
  ],
  // Not `X-Accepted-OAuth-Scopes` (spec section 5 names it): Bitbucket and Slack send it too.
  // Every REST error body links its page of GitHub's docs (`documentation_url`), also when only the body was pasted (its
  // GraphQL endpoint's 401 writes the link without its scheme: "docs.github.com/graphql");
  // a client that prints the message alone (the GitHub CLI, octokit) still says GitHub's own words.
  // Its REST and GraphQL pages, as `documentation_url` links them (not its site's other docs: a person links the Actions guides).
  errorLinks: /https:\/\/docs\.github\.com\/(?:en\/)?(?:rest|graphql)\b|https?:\/\/developer\.github\.com\/v3\b/,
  fingerprints: {
    headers: ["x-github-request-id", "x-accepted-github-permissions", "x-github-media-type"],
    body: { any: [{ json: "documentation_url", matches: /^(?:https:\/\/)?(?:docs|developer)\.github\.com\// }, said("message", { matches: SECONDARY }, SECONDARY), { text: NOT_ACCESSIBLE }, { text: SAML }, said("message", { matches: OWN_WORDS }), { text: APP_JWT }] },
  },
  message: ["message"],
  signals: {
    "quirk.github.scopes": {
      status: [403, 404],
      // GitHub checks the rate limit before scopes: a spent limit (remaining 0) is that, whatever the scope headers say.
      when: { all: [{ disjoint: ["x-accepted-oauth-scopes", "x-oauth-scopes"] }, { not: { header: "x-ratelimit-remaining", is: "0" } }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ header: "x-accepted-oauth-scopes", split: "," }],
    },
    // The GitHub CLI reads the same two headers and prints what it found as the command that adds the scopes it found missing.
    "provider.github.cli-scope-hint": {
      status: [403, 404],
      when: { all: [{ printed: GH_REFRESH }, { not: { header: "x-ratelimit-remaining", is: "0" } }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ printed: GH_REFRESH, split: "," }],
    },
    "provider.github.integration-permissions": {
      status: [403],
      // The message alone decides (the header came in 2023; older responses lack it).
      when: said("message", { matches: NOT_ACCESSIBLE }),
      error: "ScopeReauthRequiredError",
      // `pull_requests=read,contents=read; issues=read,contents=read`: `;` separates alternative sets, any one suffices: the first is named.
      missingScopes: [{ header: "x-accepted-github-permissions", capture: /^[ \t]*([^;]{1,2000})/, split: "," }],
    },
    "provider.github.saml-enforcement": {
      status: [403],
      // The token is fine but not authorized for the organization's single sign-on: the user authorizes it, no code change helps.
      when: said("message", { matches: SAML }),
      error: "ProviderUnauthorizedError",
    },
    "provider.github.graphql-rate-limited": {
      status: [200, 403],
      when: { json: "errors[].type", is: "RATE_LIMITED" },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-ratelimit-reset" }],
    },
    "provider.github.bad-refresh-token": {
      status: "any",
      when: { json: "error", is: "bad_refresh_token" },
      error: "ProviderUnauthorizedError",
    },
    "provider.github.app-jwt-rejected": {
      status: [401],
      // The app's own signing, not the user's grant: a reconnect cannot fix it.
      when: said("message", { matches: APP_JWT }),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.github.secondary-rate-limit": {
      status: [403, 429],
      // The GitHub CLI prints the message alone: "You have exceeded a secondary rate limit ... (HTTP 403)".
      when: said("message", { matches: SECONDARY }),
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ seconds: 60 }],
    },
    "provider.github.primary-rate-limit": {
      status: [403, 429],
      // The message says it when the headers were not pasted (a client's printout keeps only the
      // body); with `x-ratelimit-remaining: 0` the generic `provider.rate-limit-spent` decides.
      // go-github prints its own message before it even calls, while the limit it saw is spent:
      // "API rate limit of 5000 still exceeded until <time>, not making remote request. [rate reset in 4m54s]".
      when: {
        all: [
          // (Also the unauthenticated caller's, which names no IP: "API rate limit exceeded. (But here's the good news: ...".)
          said("message", { matches: /^API rate limit exceeded(?: for |\. \(But here's the good news)/ }, /^API rate limit (?:exceeded for |exceeded\. \(But here's the good news|of \d{1,9} still exceeded until )/),
          { not: { header: "x-ratelimit-remaining", is: "0" } },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      // Without the reset (a printout keeps only the body), GitHub's rule for any rate-limit error: "wait for at least one minute".
      wait: [{ header: "x-ratelimit-reset" }, { text: /\[rate reset in (\d[\dhms]{0,12})\]/ }, { seconds: 60 }],
    },
  },
});

export const githubDocs: ProviderDocs<typeof github> = {
  docs: [
    { title: "Troubleshooting the REST API", url: "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api" },
    { title: "Rate limits for the REST API", url: "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api" },
    { title: "Scopes for OAuth apps", url: "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps" },
  ],
  requestIdSource: "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api",
  answers: {
    scope: {
      rules: ["quirk.github.scopes", "provider.github.cli-scope-hint", "provider.github.integration-permissions"],
      note: "GitHub often answers a missing scope with 404 rather than 403, so as not to reveal that a private resource exists.",
    },
    credential: {
      rules: ["provider.401", "provider.github.bad-refresh-token", "provider.github.saml-enforcement", "provider.github.app-jwt-rejected"],
      note: "A bad or revoked token is a 401 `Bad credentials`; a GitHub App's dead refresh token is the token endpoint's HTTP 200 `bad_refresh_token`; a token not yet authorized for an organization's SAML single sign-on is a 403; an App's own JWT refused for its claims is a 401 that names the claim.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.github.primary-rate-limit", "provider.github.secondary-rate-limit", "provider.github.graphql-rate-limited"],
      note: "The GraphQL API answers a spent limit with HTTP 200 and an error of type `RATE_LIMITED`.",
    },
    notRetryable: "not documented",
  },
  signals: {
    "quirk.github.scopes": {
      statement:
        "GitHub: a 403 or 404 whose `X-Accepted-OAuth-Scopes` (not empty) shares no scope with `X-OAuth-Scopes` is a ScopeReauthRequiredError; `missingScopes` is the accepted list. A spent rate limit (`x-ratelimit-remaining: 0`) comes first: GitHub checks it before scopes.",
      action: "Re-authorize the token with the scopes in `missingScopes` (GitHub's `X-Accepted-OAuth-Scopes`), then send the call again.",
      source: "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps",
      examples: [
        {
          source: "https://github.com/cmungall/gosf2github/issues/12",
          text: `HTTP/1.1 404 Not Found
Server: GitHub.com
Content-Type: application/json; charset=utf-8
X-OAuth-Scopes: 
X-Accepted-OAuth-Scopes: public_repo, repo
X-GitHub-Media-Type: github.v3; format=json
X-GitHub-Request-Id: 9F01:2A3B:4C5D6E:7F8091:5656A0B1

{
  "message": "Not Found",
  "documentation_url": "https://developer.github.com/v3"
}`,
        },
      ],
    },
    "provider.github.cli-scope-hint": {
      statement:
        "The GitHub CLI's hint under a 403 or 404, \"This API operation needs the \"codespace\" scope. To request it, run:  gh auth refresh -h github.com -s codespace\" (gh compares `X-Accepted-OAuth-Scopes` with the token's `X-OAuth-Scopes` and prints none when they meet), is a ScopeReauthRequiredError; `missingScopes` is the list after `-s`. Run the command: it re-authorizes the CLI with them.",
      action: "Run the `gh auth refresh` command the CLI printed: it re-authorizes the CLI with the scopes in `missingScopes`.",
      source: "https://github.com/cli/cli/blob/trunk/api/client.go",
      examples: [
        {
          source: "https://github.com/cli/cli/pull/4513",
          text: `$ gh codespace list
error getting codespaces: HTTP 403: Must have admin rights to Repository. (https://api.github.com/user/codespaces?per_page=30)
This API operation needs the "codespace" scope. To request it, run:  gh auth refresh -h github.com -s codespace`,
        },
      ],
    },
    "provider.github.integration-permissions": {
      statement:
        "GitHub: a 403 `Resource not accessible by integration` (or `by personal access token`) is a ScopeReauthRequiredError: the App or fine-grained token lacks a permission; `missingScopes` is the first alternative set of `X-Accepted-GitHub-Permissions` when sent (`;` separates sets, any one suffices).",
      action: "Grant the GitHub App or fine-grained token the permissions in `missingScopes` (one set of `X-Accepted-GitHub-Permissions`), then call again.",
      source: "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#resource-not-accessible",
      examples: [
        {
          source: "https://github.com/actions/create-github-app-token/issues/258",
          reconstructed: 'status line added from `"status": "403"` (the issue ran curl without -i)',
          text: `HTTP/2 403

{
  "message": "Resource not accessible by integration",
  "documentation_url": "https://docs.github.com/rest/users/users#get-the-authenticated-user",
  "status": "403"
}`,
        },
        {
          source: "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#resource-not-accessible",
          reconstructed: "the response is assembled from the page's description of the message and the header",
          text: `HTTP/2 403
content-type: application/json; charset=utf-8
x-accepted-github-permissions: pull_requests=read,contents=read; issues=read,contents=read
x-github-request-id: 0C8A:1F2B:3D4E5F:6A7B8C:65B00001

{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest/repos/contents#get-repository-content","status":"403"}`,
        },
      ],
    },
    "provider.github.saml-enforcement": {
      statement:
        "GitHub: a 403 whose message says \"Resource protected by organization SAML enforcement\" is a ProviderUnauthorizedError: the token is valid but not authorized for the organization's SAML single sign-on, so the user must authorize it (or sign in again through SSO); retrying or changing the request does not help.",
      action: "Have the user authorize the token for the organization's SAML single sign-on (or sign in again through SSO): retrying does not help.",
      source: "https://docs.github.com/en/enterprise-cloud@latest/authentication/authenticating-with-saml-single-sign-on/authorizing-a-personal-access-token-for-use-with-saml-single-sign-on",
      examples: [
        {
          source: "https://github.com/mislav/hub/issues/2157",
          text: `Error creating repository: Forbidden (HTTP 403)
Resource protected by organization SAML enforcement. You must grant your personal token access to this organization.`,
        },
      ],
    },
    "provider.github.graphql-rate-limited": {
      statement:
        "GitHub's GraphQL API answers a spent rate limit with HTTP 200 and an error of type `RATE_LIMITED`: a retryable ProviderAPIError; the wait is `x-ratelimit-reset`.",
      action: "Wait until `x-ratelimit-reset` (`err.retryAfter` seconds), then send the same query again.",
      source: "https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api",
      examples: [
        {
          source: "https://github.com/gitpod-io/gitpod/issues/15377",
          reconstructed: "status line added: the docs say such a response has status 200; the issue shows the body",
          text: `HTTP/2 200
Content-Type: application/json; charset=utf-8

{
    "errors":[
        {
            "type":"RATE_LIMITED",
            "message":"API rate limit exceeded for user ID 1431904."
        }
    ]
}`,
        },
      ],
    },
    "provider.github.app-jwt-rejected": {
      statement:
        "GitHub answers a GitHub App's JWT with 401 naming the claim it refused: \"'Expiration time' claim ('exp') is too far in the future\" (more than ten minutes ahead, usually the signing machine's clock running fast), \"'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued\", \"A JSON web token could not be decoded\". The app signs it, not the user: a ProviderAPIError that is not retryable with the same JWT; fix the clock or the claims (GitHub advises `iat` 60 seconds in the past and `exp` at most ten minutes ahead).",
      action: "Fix the signing machine's clock or the JWT's claims (`iat` 60 seconds in the past, `exp` at most ten minutes ahead), then sign a new JWT.",
      source: "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app",
      examples: [
        {
          source: "https://github.com/rocq-prover/bot/issues/204",
          reconstructed: "status line and Content-Type added: the issue quotes the body GitHub sent and says it is the JWT's expiration refused",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json; charset=utf-8

{"message":"'Expiration time' claim ('exp') is too far in the future","documentation_url":"https://docs.github.com/rest"}`,
        },
      ],
    },
    "provider.github.bad-refresh-token": {
      statement:
        "GitHub's token endpoint answers HTTP 200 `bad_refresh_token` when a GitHub App's refresh token expired (six months), was already used, or its installation was removed: a ProviderUnauthorizedError, the user must authorize again.",
      action: "Send the user through the GitHub App's authorization again: the refresh token expired, was already used, or its installation was removed.",
      source: "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens",
      examples: [
        {
          source: "https://github.com/interlink-hq/interLink/pull/262",
          reconstructed: "assembled from the urllib3 debug log of the same call: its status line (200) and its body, printed as a Python dict, written as JSON",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{"error": "bad_refresh_token", "error_description": "The refresh token passed is incorrect or expired.", "error_uri": "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code"}`,
        },
      ],
    },
    "provider.github.secondary-rate-limit": {
      statement:
        "GitHub: a 403 or 429 whose message says a secondary rate limit was exceeded (before 2021: \"You have triggered an abuse detection mechanism\", the docs' \"abuse rate limits\") is a retryable ProviderAPIError; without `Retry-After`, the wait is 60 seconds, as GitHub's docs prescribe (\"wait for at least one minute\").",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`; at least one minute without it), then send the same call again.",
      source: "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      examples: [
        {
          source: "https://github.com/EnricoMi/publish-unit-test-result-action/issues/419",
          reconstructed: "x-ratelimit-remaining is not shown in the source; a nonzero value is assumed (a secondary limit is not the hourly quota)",
          text: `HTTP/2 403
date: Thu, 09 Mar 2023 09:04:42 GMT
content-type: application/json; charset=utf-8
x-ratelimit-limit: 5000
x-ratelimit-remaining: 4210
x-ratelimit-reset: 1678352742
x-github-request-id: AAAA:BBBB:CCCCCC:DDDDDD:6409A0AA

{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/en/free-pro-team@latest/rest/overview/resources-in-the-rest-api#secondary-rate-limits"}`,
        },
        {
          source: "https://github.com/PyGithub/PyGithub/issues/1182",
          text: "github.GithubException.GithubException: 403 {'message': 'You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.', 'documentation_url': 'https://developer.github.com/v3/#abuse-rate-limits'}",
        },
      ],
    },
    "provider.github.primary-rate-limit": {
      statement:
        "GitHub: a 403 or 429 whose message begins \"API rate limit exceeded for\" (an IP, a user or an installation) is the spent hourly (primary) limit: a retryable ProviderAPIError, waiting until `x-ratelimit-reset` when the headers were pasted; a client's printout without them is still a rate limit, and then the wait is 60 seconds, as GitHub's docs prescribe for a rate-limit error without those headers (\"wait for at least one minute\").",
      action: "Wait until `x-ratelimit-reset` (`err.retryAfter` seconds; at least one minute when no headers came), then send the same call again.",
      source: "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-primary-rate-limit",
      examples: [
        {
          source: "https://github.com/Justintime50/github-archive/issues/54",
          reconstructed: "PyGithub's `RateLimitExceededException: 403 {...}` written as a response: the status line from its 403, the body as printed; no headers were printed",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8

{"message": "API rate limit exceeded for 195.19.90.245. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}`,
        },
      ],
    },
  },
};

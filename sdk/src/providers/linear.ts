/**
 * Linear's GraphQL API: every failure is a GraphQL `errors[]` whose `extensions.code` (and
 * older `extensions.type`) says what happened, and the HTTP status often disagrees with
 * `extensions.statusCode`: a missing scope (403) and a rate limit (429) both arrive as HTTP
 * 400, so the signals read the body whatever the status.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** A GraphQL error with this `extensions.code`, or the `extensions.type` Linear's own SDK maps to it. */
const code = (codes: string, type: string): Match => ({
  any: [
    { json: "errors[].extensions.code", is: codes },
    { json: "errors[].extensions.type", is: type },
  ],
});

export const linear = provider({
  id: "linear",
  name: "Linear",
  hosts: ["linear.app"],
  clients: { packages: ["@linear"], classes: ["Linear"] },
  // Linear's SDK shows `userPresentableMessage` first: it says more ("Complexity: 12304 ...") than `message`.
  message: ["errors[].extensions.userPresentableMessage", "errors[].message"],
  rateLimit: [
    { remaining: "x-ratelimit-requests-remaining", reset: "x-ratelimit-requests-reset" },
    { remaining: "x-ratelimit-complexity-remaining", reset: "x-ratelimit-complexity-reset" },
    { remaining: "x-ratelimit-endpoint-requests-remaining", reset: "x-ratelimit-endpoint-requests-reset" },
  ],
  signals: {
    "provider.linear.invalid-scope": {
      status: "any",
      // FORBIDDEN alone is also a workspace or team permission of the user: only "Invalid scope" is a token scope.
      when: { all: [code("FORBIDDEN", "forbidden"), { json: "errors[].message", matches: /^Invalid scope: `/ }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "errors[].message", capture: /^Invalid scope: `([^`\n]{1,100})` required/ }],
    },
    "provider.linear.ratelimited": {
      status: "any",
      when: code("RATELIMITED", "ratelimited"),
      error: "ProviderAPIError",
      retryable: true,
      // Epoch milliseconds. The requests budget first: it is the one the captures show spent.
      // The spent budget's reset first (its remaining header is 0); else the requests, complexity and endpoint resets in that order.
      wait: [{ spentRateLimit: true }, { header: "x-ratelimit-requests-reset" }, { header: "x-ratelimit-complexity-reset" }, { header: "x-ratelimit-endpoint-requests-reset" }],
    },
    // The OAuth token endpoint (not GraphQL): RFC 6749's body for a dead authorization code or refresh token.
    "provider.linear.invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const linearDocs: ProviderDocs<typeof linear> = {
  docs: [
    { title: "Rate limiting", url: "https://linear.app/developers/rate-limiting" },
    { title: "GraphQL API", url: "https://linear.app/developers/graphql" },
    { title: "Linear SDK: error types (error.ts)", url: "https://github.com/linear/linear/blob/master/packages/sdk/src/error.ts" },
  ],
  answers: {
    scope: {
      rules: ["provider.linear.invalid-scope"],
      note: "Sent as HTTP 400 with `extensions.statusCode: 403`; the message names the one scope the call needs (`write` also covers the narrower write scopes).",
    },
    credential: {
      rules: ["provider.401", "provider.linear.invalid-grant"],
      note: "A missing, invalid, expired or revoked token is a 401 with the GraphQL error `AUTHENTICATION_ERROR` (\"Authentication required, not authenticated\"), which does not tell expiry from revocation: refresh an OAuth token once, then reconnect.",
    },
    rateLimit: {
      rules: ["provider.linear.ratelimited", "provider.rate-limit-spent"],
      note: "Linear rate-limits GraphQL with HTTP 400, not 429; its reset headers are epoch milliseconds.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "A GraphQL error `FORBIDDEN` whose message is not \"Invalid scope\" is a permission of the user in the workspace or team, not a token scope: it stays a plain ProviderAPIError.",
    "\"Query too complex\" (`INPUT_ERROR`, HTTP 400) is a single query over Linear's 10,000-point maximum: it never passes on retry, unlike the `RATELIMITED` 400 beside it; request fewer fields or a smaller `first:`.",
    "Linear documents no request-id header; quote the time of the call and the operation name.",
    "A `RATELIMITED` response names no spent budget: the wait read is the requests budget's reset, then the complexity budget's, then an endpoint's (`X-RateLimit-Endpoint-Name`).",
  ],
  signals: {
    "provider.linear.invalid-scope": {
      statement:
        "Linear's GraphQL error `FORBIDDEN` \"Invalid scope: `<scope>` required\" (usually on HTTP 400) is a ScopeReauthRequiredError: the token lacks that OAuth scope; `missingScopes` is the scope the message names. Re-authorize with it.",
      action: "Send the user through authorization again with the scope the message names (`missingScopes`).",
      source: "https://github.com/linear/linear/issues/895",
      examples: [
        {
          source: "https://github.com/linear/linear/issues/895",
          reconstructed: "status line added from `extensions.http.status: 400` (the issue shows only the body)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{
  "errors": [
    {
      "message": "Invalid scope: \`write\` required",
      "extensions": {
        "type": "forbidden",
        "code": "FORBIDDEN",
        "statusCode": 403,
        "userError": true,
        "http": {
          "status": 400
        }
      }
    }
  ]
}`,
        },
      ],
    },
    "provider.linear.ratelimited": {
      statement:
        "Linear's GraphQL error `RATELIMITED` (sent as HTTP 400, not 429) is a retryable ProviderAPIError; the wait is `Retry-After` when sent, else `X-RateLimit-Requests-Reset` (or the complexity or endpoint reset), in epoch milliseconds.",
      action: "Wait until the rate limit resets (`err.retryAfter`, from `Retry-After` or the reset headers), then send the same query again.",
      source: "https://linear.app/developers/rate-limiting",
      examples: [
        {
          source: "https://github.com/vanillagreencom/kendex/issues/1018",
          reconstructed:
            "assembled from the issue's prose (\"HTTP 400 (body carries `extensions.code: \\\"RATELIMITED\\\"`, `extensions.statusCode: 429`)\", a key that spent its 2,500/hour quota); the message is not quoted there and is left out; the header names and forms are those of a real Linear response in https://github.com/mre/rate-limits/issues/8, the values illustrative",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json
x-ratelimit-requests-limit: 2500
x-ratelimit-requests-remaining: 0
x-ratelimit-requests-reset: 1785722400000

{"errors":[{"extensions":{"code":"RATELIMITED","statusCode":429}}]}`,
        },
      ],
    },
    "provider.linear.invalid-grant": {
      statement:
        "Linear's OAuth token endpoint answers 400 `invalid_grant` when the authorization code or the refresh token is invalid, expired or already used: a ProviderUnauthorizedError, the user must connect again.",
      action: "Send the user through Linear authorization again: the authorization code or refresh token is invalid, expired or already used.",
      source: "https://linear.app/developers/oauth-2-0-authentication",
      examples: [
        {
          source: "https://github.com/raycast/extensions/issues/23050",
          reconstructed: "written as a response from the printed `Error while fetching tokens: 400 (Bad Request)` and the body below it",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"invalid_grant","error_description":"Invalid grant: authorization code is invalid"}`,
        },
      ],
    },
  },
};

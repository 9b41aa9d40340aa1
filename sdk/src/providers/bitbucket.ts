/**
 * Bitbucket Cloud (api.bitbucket.org): errors come as `{"type": "error", "error":
 * {"message", "detail"}}`; a missing scope is the one 403 whose `error.detail` lists the
 * scopes `required` (and those `granted`). Its 429 is plain text with no wait at all, and
 * it sends GitHub's scope-header names too, so those headers prove nothing alone.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const bitbucket = provider({
  id: "bitbucket",
  name: "Bitbucket",
  hosts: ["bitbucket.org"],
  // Bitbucket Data Center (formerly Server, once Stash): its REST API under `/rest/api/1.0/`.
  selfHosted: { labels: ["bitbucket", "stash"], path: /^(?:\/[A-Za-z0-9_-]{1,40})?\/rest\/api\/(?:1\.0|latest)(?:[/?#]|$)/ },
  clients: { packages: ["atlassian.bitbucket"], classes: ["Bitbucket"] },
  // No header fingerprint: `X-Credential-Type` and `X-View-Name` are Bitbucket's, but other servers send the same names.
  // Its own sentences are: the scope refusal's, and the 401 that ended account passwords (a plain-text body a client prints).
  fingerprints: {
    body: {
      any: [
        { json: "error.message", matches: /^Your credentials lack one or more required privilege scopes/ },
        { text: /Bitbucket Cloud recently stopped supporting account passwords for API authentication/ },
      ],
    },
  },
  message: ["error.message"],
  signals: {
    "provider.bitbucket.privilege-scopes": {
      // The message and the detail lists are the signal, whatever the status (403 in every capture).
      when: {
        any: [
          { json: "error.message", matches: /^Your credentials lack one or more required privilege scopes/ },
          { all: [{ json: "type", is: "error" }, { json: "error.detail.required[]" }] },
        ],
      },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.detail.required" }, { header: "x-accepted-oauth-scopes", split: "," }],
    },
    "provider.bitbucket.refresh-invalid": {
      status: [400],
      when: {
        any: [
          { json: "error", is: "invalid_grant" },
          { all: [{ json: "error", is: "invalid_request" }, { json: "error_description", matches: /^Invalid refresh_token/ }] },
        ],
      },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const bitbucketDocs: ProviderDocs<typeof bitbucket> = {
  docs: [
    { title: "Bitbucket Cloud REST API: authentication", url: "https://developer.atlassian.com/cloud/bitbucket/rest/intro/" },
    { title: "Bitbucket Cloud REST API scopes", url: "https://developer.atlassian.com/cloud/bitbucket/bitbucket-cloud-rest-api-scopes/" },
    { title: "API request limits", url: "https://support.atlassian.com/bitbucket-cloud/docs/api-request-limits/" },
    { title: "How to fetch the scopes of a token from the command line", url: "https://support.atlassian.com/bitbucket-cloud/kb/how-to-fetch-the-scope-of-a-token-via-command-line" },
  ],
  answers: {
    scope: {
      rules: ["provider.bitbucket.privilege-scopes"],
      note: "`missingScopes` is `error.detail.required`; `error.detail.granted` lists what the token has. A 403 `{\"error\": {\"message\": \"Forbidden\"}}` without a scope list is a permission or policy refusal, not a scope.",
    },
    credential: {
      rules: ["provider.401", "provider.bitbucket.refresh-invalid"],
      note: "An expired access token (they live two hours) is a 401 \"Access token expired. Use your refresh token to obtain a new access token.\"; \"Token is invalid, expired, or not supported for this endpoint.\" is also a 401, and also covers a token of the wrong kind for the endpoint, which reconnecting the same way will not fix.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "A 429 with the plain-text body \"Rate limit for this resource has been exceeded\" and no `Retry-After` or reset header: the quota refills over a rolling hour, so back off for minutes rather than seconds.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Bitbucket sends `X-OAuth-Scopes` and `X-Accepted-OAuth-Scopes` (the names GitHub uses) on every response, its 429s included: their disagreeing does not mean a scope is missing; only the 403 body's `required` list does.",
    "Bitbucket documents no request-id header; `X-B3-TraceId` is a generic tracing header and `X-Request-Count` \"means nothing\" (Atlassian, quoted in jenkinsci/bitbucket-branch-source-plugin#414).",
    "Whether `required` lists all the scopes the endpoint needs or one alternative is not documented; reports suggest Bitbucket names one missing scope at a time.",
    "Bitbucket Data Center (self-hosted) is a different product with different errors; this entry covers Bitbucket Cloud.",
  ],
  signals: {
    "provider.bitbucket.privilege-scopes": {
      statement:
        "Bitbucket's 403 \"Your credentials lack one or more required privilege scopes.\" with `error.detail.required` is a ScopeReauthRequiredError; `missingScopes` is that list. Re-authorize, or create a new API or access token, with those scopes.",
      action: "Re-authorize, or create a new API or access token, with the scopes in `missingScopes`, then send the call again.",
      source: "https://developer.atlassian.com/cloud/bitbucket/bitbucket-cloud-rest-api-scopes/",
      examples: [
        {
          source: "https://github.com/pingdotgg/t3code/issues/6290",
          reconstructed: 'status line and Content-Type added from the issue ("`GET /2.0/user` returns **403**:" followed by the body)',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8

{"type": "error", "error": {"message": "Your credentials lack one or more required privilege scopes.", "detail": {"required": ["read:user:bitbucket"], "granted": ["write:repository:bitbucket", "read:pullrequest:bitbucket", "write:pullrequest:bitbucket", "read:repository:bitbucket"]}}}`,
        },
        {
          source: "https://github.com/backstage/backstage/issues/22383",
          reconstructed:
            'status line from "status: 403" in passport\'s message "Failed to fetch user profile (status: 403 data: {...})"; the body is that `data`, with its escaping removed',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"type": "error", "error": {"message": "Your credentials lack one or more required privilege scopes.", "detail": {"required": ["account"], "granted": ["team"]}}}`,
        },
      ],
    },
    "provider.bitbucket.refresh-invalid": {
      statement:
        "Bitbucket's token endpoint rejects a dead refresh token with 400 `invalid_request` \"Invalid refresh_token\" (or `invalid_grant`): a ProviderUnauthorizedError; the user revoked the consumer's access or the stored token is no longer valid, and the user must connect again.",
      action: "Have the user connect again: they revoked the consumer's access or the stored refresh token is no longer valid.",
      source: "https://developer.atlassian.com/cloud/bitbucket/rest/intro/",
      examples: [
        {
          source: "https://github.com/readthedocs/readthedocs.org/issues/2992",
          reconstructed:
            "the issue shows oauthlib's exception InvalidClientIdError(u'(invalid_request) (invalid_request) Invalid refresh_token'), which prints the body's `error` and `error_description`; the status line (400, RFC 6749 section 5.2) and the JSON body are rebuilt from it",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error": "invalid_request", "error_description": "Invalid refresh_token"}`,
        },
      ],
    },
  },
};

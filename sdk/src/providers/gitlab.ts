/**
 * GitLab's REST API (GitLab.com and self-managed): REST errors say little
 * (`{"message": "403 Forbidden"}`), but its OAuth guard answers in RFC 6750 words inside
 * the body, with no challenge: a missing scope is a 403 `insufficient_scope` whose `scope`
 * lists the scopes that would do, and the token endpoint (Doorkeeper) answers
 * `invalid_grant`.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Its words for a resource another request holds the lock on: "409 Conflict: Resource lock". */
const RESOURCE_LOCK = /\bConflict: Resource lock\b/;

export const gitlab = provider({
  id: "gitlab",
  name: "GitLab",
  hosts: ["gitlab.com"],
  // GitLab self-managed: its API under `/api/v4/`, also below a relative URL root (`/gitlab/api/v4/`).
  selfHosted: { labels: ["gitlab"], path: /^(?:\/[A-Za-z0-9_-]{1,40})?\/api\/v4(?:[/?#]|$)/ },
  // Not `gitlab` (as GitHub's `github`): python-gitlab's `gitlab.exceptions.GitlabHttpError` shows by its class.
  clients: { packages: ["Gitlab", "@gitbeaker"], classes: ["Gitlab", "GitLab"] },
  // The correlation id, also repeated inside `X-Gitlab-Meta`.
  requestIdHeaders: ["x-request-id"],
  // `GitLab-LB` and `GitLab-SV` come from GitLab.com only; `X-Gitlab-Meta` from every instance.
  fingerprints: { headers: ["x-gitlab-meta", "gitlab-lb", "gitlab-sv"] },
  // An endpoint's rate limit sends `{"message": {"error": "..."}}`.
  message: ["message", "message.error", "error_description"],
  signals: {
    "provider.gitlab.insufficient-scope": {
      status: [403],
      // Or its description alone, as the gitlab gem prints it ("Server responded with code 403, message: The request requires ...").
      when: { any: [{ json: "error", is: "insufficient_scope" }, { text: /^The request requires higher privileges than provided by the access token\b/ }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "scope", split: " " }],
    },
    "provider.gitlab.resource-lock": {
      status: [409],
      when: said("message", { matches: RESOURCE_LOCK }, RESOURCE_LOCK),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.gitlab.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const gitlabDocs: ProviderDocs<typeof gitlab> = {
  docs: [
    { title: "Troubleshooting the REST API (status codes)", url: "https://docs.gitlab.com/api/rest/troubleshooting/" },
    { title: "Rate limits", url: "https://docs.gitlab.com/security/rate_limits/" },
    { title: "User and IP rate limits (response headers)", url: "https://docs.gitlab.com/administration/settings/user_and_ip_rate_limits/" },
    { title: "GitLab.com settings and limits", url: "https://docs.gitlab.com/user/gitlab_com/" },
    { title: "OAuth 2.0 identity provider API", url: "https://docs.gitlab.com/api/oauth2/" },
    { title: "Find relevant log entries with a correlation ID", url: "https://docs.gitlab.com/administration/logs/tracing_correlation_id/" },
  ],
  requestIdSource: "https://docs.gitlab.com/administration/logs/tracing_correlation_id/",
  answers: {
    scope: {
      rules: ["provider.gitlab.insufficient-scope"],
      note: "`missingScopes` lists the scopes the endpoint accepts: any one of them suffices (e.g. `api` or `read_api`). A plain 403 `{\"message\": \"403 Forbidden\"}` is the user's role on the project, not a scope.",
    },
    credential: {
      rules: ["provider.401", "provider.gitlab.refresh-invalid-grant"],
      note: "An expired or revoked token is a 401 `invalid_token` (\"Token is expired. You can either do re-authorization or token refresh.\", \"Token was revoked. You have to re-authorize from the user.\") or a bare `401 Unauthorized`; OAuth access tokens live two hours. A dead refresh token is the token endpoint's 400 `invalid_grant`.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.rate-limit-spent", "provider.gitlab.resource-lock"],
      note: "A 429 (\"Retry later\", or \"This endpoint has been requested too many times. Try again later.\"), with `Retry-After` in seconds when sent and `RateLimit-Reset` as epoch seconds. The `RateLimit-*` headers may describe the global limit rather than the one hit, and GitLab.com sometimes sends none. A 409 \"Resource lock\" is another request holding the resource, passed once it ends.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "GitLab sends `insufficient_scope` in the body without the `WWW-Authenticate` challenge RFC 6750 asks for (a FIXME in api_guard.rb says so), so only the provider signal sees it.",
    "Some endpoints answer an authenticated user who lacks permission with the same `401 {\"message\": \"401 Unauthorized\"}` as an unknown token (docs MR !260774). The usual cause is the token; if `GET /api/v4/user` with the same token returns 200, the token is fine and the user lacks access.",
    "`invalid_grant` is Doorkeeper's fixed RFC 6749 text: it also covers a redirect-URI or client mismatch and a refresh token already used (refresh tokens rotate), not only a revoked grant.",
    "On GitLab.com, 30 failed Git or registry authentications within 3 minutes ban the IP for an hour with 403s: waiting minutes will not help.",
  ],
  signals: {
    "provider.gitlab.resource-lock": {
      statement:
        "GitLab answers 409 `{\"message\": \"409 Conflict: Resource lock\"}` when another request holds the lock on the same resource (a job or pipeline being changed, a merge request being updated): a retryable ProviderAPIError, although a 409 otherwise is not; send the same call again after a short backoff, as python-gitlab and Renovate do for this message and no other 409.",
      action: "Back off briefly and send the same call again: another request holds the lock on the resource until it ends.",
      source: "https://github.com/python-gitlab/python-gitlab/pull/2326",
      examples: [
        {
          source: "https://github.com/python-gitlab/python-gitlab/issues/2325",
          text: `Traceback (most recent call last):
  File "/usr/lib/python3.10/site-packages/gitlab/exceptions.py", line 333, in wrapped_f
    return f(*args, **kwargs)
  File "/usr/lib/python3.10/site-packages/gitlab/v4/objects/jobs.py", line 32, in cancel
    result = self.manager.gitlab.http_post(path, **kwargs)
  File "/usr/lib/python3.10/site-packages/gitlab/client.py", line 1015, in http_post
    result = self.http_request(
  File "/usr/lib/python3.10/site-packages/gitlab/client.py", line 798, in http_request
    raise gitlab.exceptions.GitlabHttpError(
gitlab.exceptions.GitlabHttpError: 409: 409 Conflict: Resource lock`,
        },
      ],
    },
    "provider.gitlab.insufficient-scope": {
      statement:
        "GitLab's 403 `{\"error\": \"insufficient_scope\", \"scope\": \"api read_api\"}` (with no `WWW-Authenticate` challenge) is a ScopeReauthRequiredError: `missingScopes` is `scope` split on spaces, the scopes any one of which the endpoint accepts; re-authorize, or issue a new token, with one of them. A client that prints only its `error_description` (\"The request requires higher privileges than provided by the access token.\", the gitlab gem) says the same, without the scopes.",
      action: "Re-authorize, or issue a new token, with one of the scopes in `missingScopes` (the body's `scope`), then send the call again.",
      source: "https://github.com/gitlabhq/gitlabhq/blob/master/lib/api/api_guard.rb",
      examples: [
        {
          source: "https://github.com/timoschwarzer/gitlab-monitor/issues/134",
          reconstructed: "status line and Content-Type added: the issue shows the body of the failing call; GitLab raises it as a 403 (lib/api/api_guard.rb)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}`,
        },
        {
          source: "https://github.com/fh1ch/passport-gitlab2/issues/5",
          reconstructed: 'status line and Content-Type added from the issue ("will result in 403 error:" followed by the body)',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}`,
        },
        {
          source: "https://github.com/osunyorg/admin/issues/3973",
          text: `**Gitlab::Error::Forbidden** in **Communication::Website::SyncWithGitJob@elephants**
Server responded with code 403, message: The request requires higher privileges than provided by the access token.. Request URI: https://gitlab.ecedi.fr/api/v4/projects/rennes-ville-metropole%2Fosuny%2Frennes-sandbox`,
        },
      ],
    },
    "provider.gitlab.refresh-invalid-grant": {
      statement:
        "GitLab's token endpoint answers 400 `invalid_grant` when a refresh token (or code) is expired, revoked or already used (refresh rotates both tokens): a ProviderUnauthorizedError; the user must authorize again.",
      action: "Send the user through authorization again: the refresh token (or code) is expired, revoked or already used.",
      source: "https://docs.gitlab.com/api/oauth2/",
      examples: [
        {
          source: "https://github.com/Dynatrace/ace-box/issues/580",
          reconstructed: "header names rewritten from Ansible's key form (`x_gitlab_meta` to `x-gitlab-meta`); the request id is cut where the issue's excerpt ends",
          text: `HTTP/1.1 400 Bad Request
cache-control: no-store
content-type: application/json; charset=utf-8
content-length: 213
date: Wed, 03 Jan 2024 09:09:24 GMT
vary: Origin
www-authenticate: Bearer realm="Doorkeeper", error="invalid_grant", error_description="The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
x-content-type-options: nosniff
x-download-options: noopen
x-frame-options: SAMEORIGIN
x-gitlab-meta: {"correlation_id":"01HK79BAZ6HAFPGVV13T1DE3M6","version":"1"}
x-permitted-cross-domain-policies: none
x-request-id: 01HK79BAZ6HAFPGV...

{"error": "invalid_grant", "error_description": "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}`,
        },
      ],
    },
  },
};

/**
 * Calendly (its API v2 at api.calendly.com, OAuth at auth.calendly.com): an error is the Error Object
 * `{"title", "message", "details": [{"parameter", "message"}]}` (`{"title": "Permission Denied", "message": "…"}`).
 * A 403 carries two failures its status does not tell apart: a token without an authorization scope the endpoint
 * requires (`"title": "Insufficient scope"`, with `required_scopes`), which a new authorization fixes, and a plan that
 * does not include the feature ("Please upgrade …"), which no token fixes. A 429 names its wait in
 * `X-RateLimit-Reset`, seconds until the reset, which the generic rules read. It documents no request id.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/**
 * The 403 message for a plan without the feature: "Please upgrade your Calendly account to Standard" (and
 * "… to Professional", "… to Enterprise.") before November 2026, "Please upgrade to a paid Calendly account." since.
 */
const UPGRADE = /^Please upgrade (?:your Calendly account to |to a paid Calendly account)/;

export const calendly = provider({
  id: "calendly",
  name: "Calendly",
  hosts: ["calendly.com"],
  // Ruby: the calendlyr gem (`Calendlyr::Unauthenticated`, `Calendlyr::PermissionDenied`, `Calendlyr::TooManyRequests`)
  // and the calendly gem (`Calendly::ApiError`); Python: pip `calendly` (module `calendly`). Calendly publishes no SDK.
  clients: { packages: ["calendlyr", "Calendlyr", "calendly", "Calendly"], classes: ["Calendly"] },
  fingerprints: {
    // Pairs of `title` and `message` only Calendly sends (its OpenAPI's shared responses): the scope refusal (its
    // `required_scopes` list), the plan refusal (its product's name in the message), its 401 ("Unauthenticated",
    // "The access token is invalid") and its validation error ("Invalid Argument", "The supplied parameters are
    // invalid."; "Race Condition"). A bare `{"title", "message"}` is not enough.
    body: {
      any: [
        { all: [{ json: "title", is: "Insufficient scope" }, { any: [{ json: "required_scopes[]" }, { json: "message", matches: /^This operation requires the scopes listed in the 'required_scopes' array/ }] }] },
        { json: "message", matches: UPGRADE },
        { all: [{ json: "title", is: "Unauthenticated" }, { json: "message", is: "The access token is invalid" }] },
        { all: [{ json: "title", is: "Invalid Argument" }, { json: "message", matches: /^The supplied parameters are invalid\.?$/ }] },
        { all: [{ json: "title", is: "Race Condition" }, { json: "message", matches: /^A race condition occurred when processing the request\./ }] },
      ],
    },
  },
  message: ["message", "title"],
  signals: {
    // The plan first: its 403 is "Permission Denied", and no scope or new token gets past it.
    "provider.calendly.plan-upgrade-required": {
      status: [403],
      when: { json: "message", matches: UPGRADE },
      error: "ProviderAPIError",
      retryable: false,
    },
    // A token without a scope the endpoint requires (scopes since March 2026): authorize again with the scope added.
    "provider.calendly.insufficient-scope": {
      status: [403],
      when: { any: [{ json: "title", is: "Insufficient scope" }, { json: "required_scopes[]" }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "required_scopes" }],
    },
  },
});

export const calendlyDocs: ProviderDocs<typeof calendly> = {
  docs: [
    { title: "Authorization Scopes", url: "https://developer.calendly.com/docs/authentication/scopes" },
    { title: "Rate Limits", url: "https://developer.calendly.com/api-docs/overview/rate-limits" },
    { title: "How to handle single-use refresh tokens", url: "https://developer.calendly.com/docs/authentication/refresh-token-rotation-guide" },
    { title: "Changelog, November 3, 2026 (webhooks and the Scheduling API on all plans)", url: "https://developer.calendly.com/release-notes/2026/11/3" },
    { title: "Frequently Asked Questions (plans the API needs)", url: "https://developer.calendly.com/frequently-asked-questions" },
    { title: "Calendly API OpenAPI (shared error responses; a 2023 copy)", url: "https://github.com/speakeasy-sdks/calendly-ts/blob/main/openapi/openapi.yaml" },
  ],
  answers: {
    scope: {
      rules: ["provider.calendly.insufficient-scope"],
      note: "Since March 3, 2026 an OAuth app or personal access token reaches only the endpoints its authorization scopes cover (each reference page names its scope, e.g. `users:read` for GET /users/me). Without one: 403 \"Insufficient scope\", the missing scopes in `required_scopes`. Add them to the OAuth app (or create a new personal access token with them) and have the user authorize again; an existing token never gains scopes.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A wrong, expired or revoked token gets 401 `{\"title\": \"Unauthenticated\", \"message\": \"The access token is invalid\"}` (Calendly's OpenAPI), which the generic rule reads. OAuth access tokens expire after 2 hours: refresh them. Refresh tokens are single-use: reusing one that was already exchanged fails, so store the new refresh token from every POST /oauth/token answer.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent"],
      note: "Per user: 500 requests a minute on paid plans, 50 on Free; Create Event Invitee (POST /invitees) has its own hourly and daily limits (5 a day on a trial). Over it: 429 with `X-RateLimit-Limit`, `X-RateLimit-Remaining: 0` and `X-RateLimit-Reset`, the number of seconds until the reset (typically 60). Only 8 OAuth tokens per user can be requested a minute.",
    },
    notRetryable: {
      rules: ["provider.calendly.plan-upgrade-required"],
      note: "A 403 \"Permission Denied\" whose message asks for an upgrade (\"Please upgrade your Calendly account to Standard\", now \"Please upgrade to a paid Calendly account.\") is the Calendly plan, not the token: no retry or re-authorization gets past it before the account's owner upgrades.",
    },
  },
  notes: [
    "A 403 \"Permission Denied\" with \"You do not have permission to access this resource.\" (Calendly's OpenAPI: \"Requested user does not belong to organization\") or \"You do not have permission\" (\"Caller is not the user of the account\") is about whom the call reaches, not a scope: re-authorizing does not help; an organization-scoped call needs an owner's or admin's token. It stays a plain ProviderAPIError.",
    "Before November 3, 2026, creating a webhook subscription needed a paid plan (Standard, Teams or Enterprise) and a Free account got 403 \"Please upgrade your Calendly account to Standard\"; webhooks are now on every plan, and only events from features a plan lacks (routing_form_submission.created, meeting_recap.*, contact.*) get the upgrade message.",
    "A 429 from POST /invitees on a trial or a non-Enterprise plan may be its daily limit: `X-RateLimit-Reset` then names a wait far longer than a minute, and it should be honored as given.",
    "The 400 \"Race Condition\" is in the examples of the Invite User to Organization endpoint in a 2023 copy of Calendly's OpenAPI (https://github.com/speakeasy-sdks/calendly-ts/blob/main/openapi/openapi.yaml); the developer portal's current reference was not checked for it.",
    "Calendly documents no request-id header.",
  ],
  signals: {
    "provider.calendly.plan-upgrade-required": {
      statement:
        "Calendly answers a call the organization's plan does not include with 403 \"Permission Denied\" and a message asking for an upgrade (\"Please upgrade your Calendly account to Standard\"; since November 2026 \"Please upgrade to a paid Calendly account.\"): a ProviderAPIError that is not retryable; the account's owner must upgrade the plan, and no new token or scope helps.",
      action: "Have the Calendly account's owner upgrade the plan to one that includes this call: no new token or scope gets past it.",
      source: "https://developer.calendly.com/release-notes/2026/11/3",
      examples: [
        {
          source: "https://github.com/speakeasy-sdks/calendly-ts/blob/main/openapi/openapi.yaml",
          reconstructed:
            "status line and Content-Type added from the response's key (`'403'`, \"Permission Denied\") in Calendly's OpenAPI for POST /webhook_subscriptions (a 2023 copy of Calendly's API v2 OpenAPI, kept in Speakeasy's generated SDK); the body is its example \"Caller's account is basic tier\" as given",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"title":"Permission Denied","message":"Please upgrade your Calendly account to Professional"}`,
        },
        {
          source: "https://docs.opennous.cloud/providers/calendly",
          reconstructed:
            "the integration's page quotes the status and message Calendly returned on a Free plan (`403 \"Please upgrade your Calendly account to Standard\"`); the status line is written from it, the title is the \"Permission Denied\" Calendly's OpenAPI gives its 403s",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"title":"Permission Denied","message":"Please upgrade your Calendly account to Standard"}`,
        },
        {
          source: "https://developer.calendly.com/release-notes/2026/11/3",
          reconstructed:
            "status line and body written from the changelog's words (\"The `403 Permission Denied` message for a plan that is not allowed is now `Please upgrade to a paid Calendly account.`\")",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"title":"Permission Denied","message":"Please upgrade to a paid Calendly account."}`,
        },
      ],
    },
    "provider.calendly.insufficient-scope": {
      statement:
        "Calendly answers a call whose token lacks an authorization scope the endpoint requires with 403 \"Insufficient scope\" (\"This operation requires the scopes listed in the 'required_scopes' array.\"): a ScopeReauthRequiredError; add the scopes in `required_scopes` to the OAuth app or personal access token and authorize again.",
      action: "Add the scopes in the body's `required_scopes` to the OAuth app or personal access token, then authorize again.",
      source: "https://developer.calendly.com/docs/authentication/scopes",
      examples: [
        {
          source: "https://github.com/n8n-io/n8n/pull/33286",
          reconstructed:
            "n8n's pull request quotes only the message its Calendly Trigger failed with; the status line and the title are those Calendly's own sample app tests for this failure (`status == 403 && data.title == 'Insufficient scope'`, https://github.com/calendly/buzzwordcrm/pull/80). The `required_scopes` list the message refers to is left out: the sources do not show its values",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"title":"Insufficient scope","message":"This operation requires the scopes listed in the 'required_scopes' array."}`,
        },
      ],
    },
  },
};

/**
 * An example response for every class a response can produce, each with the story of
 * when it happens. The docs pages and the classifier's gallery show them; a test proves
 * each classifies as its class.
 *
 * The first example of a class is its most typical one. Every id, key and token here is
 * made up; none is a real secret.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "./tree.js";
import type { MapOptions } from "./types.js";

/** One example: pasted text, the options to classify it with, and the class it gives. */
export interface Example {
  /** The class this example produces. */
  readonly error: ErrorName;
  /** A one-line story: when this happens. */
  readonly story: string;
  /** The text, as a developer would paste it (raw HTTP, curl output, a HAR entry, a body, a network failure). */
  readonly text: string;
  /** The options the call had (a provider call knows its `providerId`). */
  readonly opts?: MapOptions;
}

const DATE = "Tue, 14 Jan 2025 09:12:44 GMT";

/** A raw HTTP/1.1 response from the Alter backend carrying the standard envelope. */
function backend(status: string, requestId: string, envelope: unknown): string {
  return `HTTP/1.1 ${status}
Date: ${DATE}
Content-Type: application/json
X-Request-Id: ${requestId}

${JSON.stringify(envelope, null, 2)}`;
}

/** The envelope of spec section 4. */
function envelope(code: string, message: string, requestId: string, details: Record<string, unknown>): unknown {
  return { error: { code, message, request_id: requestId, details } };
}

/** The examples, one or more per class a response can produce. */
export const EXAMPLES: readonly Example[] = [
  // ------------------------------------------------------------------ the backend's codes
  {
    error: "GrantExpiredError",
    story: "A user connected Google months ago, never came back, and the refresh token finally expired.",
    text: backend(
      "401 Unauthorized",
      "req_01JHKX4T9RZ3M8Q2V6B1C7D5EA",
      envelope("grant_expired", "The grant's refresh token has expired.", "req_01JHKX4T9RZ3M8Q2V6B1C7D5EA", {
        grant_id: "gr_2b7f9c1e4a",
        provider_id: "google",
      }),
    ),
  },
  {
    error: "GrantRevokedError",
    story: "The user removed your app from their connected accounts page, and your nightly sync still uses the grant.",
    text: backend(
      "401 Unauthorized",
      "req_01JHKX6C2W8N4P0S5T7V9X1Z3B",
      envelope("grant_revoked", "The grant was revoked by the user.", "req_01JHKX6C2W8N4P0S5T7V9X1Z3B", {
        grant_id: "gr_8d3e1f0a6c",
        provider_id: "slack",
        revoked_at: "2025-01-13T22:41:07Z",
      }),
    ),
  },
  {
    error: "CredentialRevokedError",
    story: "The user changed their Microsoft password and the provider killed every refresh token your app held.",
    text: backend(
      "401 Unauthorized",
      "req_01JHKX7M5A2C4E6G8J0L2N4Q6S",
      envelope("credential_revoked", "The provider revoked the stored credential.", "req_01JHKX7M5A2C4E6G8J0L2N4Q6S", {
        grant_id: "gr_5a9c2e7b1d",
        provider_id: "microsoft",
        app_user_id: "user_4471",
        provider_error: "invalid_grant",
      }),
    ),
  },
  {
    error: "GrantDeletedError",
    story: "An admin deleted the grant in the portal, but the id is still cached in your database.",
    text: backend(
      "410 Gone",
      "req_01JHKX8R3T5V7X9Z1B3D5F7H9K",
      envelope("grant_deleted", "The grant was deleted.", "req_01JHKX8R3T5V7X9Z1B3D5F7H9K", {
        grant_id: "gr_0e4b8d2f6a",
      }),
    ),
  },
  {
    error: "GrantNotFoundError",
    story: "Staging's grant id leaked into the production config, so the lookup finds nothing.",
    text: backend(
      "404 Not Found",
      "req_01JHKX9W1Y3A5C7E9G1J3L5N7P",
      envelope("grant_not_found", "No grant matches the given identity.", "req_01JHKX9W1Y3A5C7E9G1J3L5N7P", {
        provider_id: "github",
        agent_id: "agt_7c1d9e",
        app_user_id: "user_2093",
      }),
    ),
  },
  {
    error: "AmbiguousGrantError",
    story: "The user connected both their work and personal Google accounts, and the call named neither.",
    text: backend(
      "409 Conflict",
      "req_01JHKXA4D6F8H0K2M4P6R8T0V2",
      envelope("ambiguous_grant", "Several grants match this user and provider.", "req_01JHKXA4D6F8H0K2M4P6R8T0V2", {
        provider_id: "google",
        account_identifiers: ["ada@example.com", "ada.lovelace@example.org"],
        account_was_provided: false,
        grant_ids: ["gr_1a2b3c4d5e", "gr_6f7a8b9c0d"],
      }),
    ),
  },
  {
    error: "PolicyViolationError",
    story: "An agent tried to send email at 3 a.m. and the app's business-hours policy said no.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXB7G9J1L3N5Q7S9U1W3Y5",
      envelope("policy_violation", "The call is outside the allowed business hours.", "req_01JHKXB7G9J1L3N5Q7S9U1W3Y5", {
        policy_error: "outside_business_hours",
        policy_id: "pol_hours_eu",
        allowed: "Mon-Fri 08:00-19:00 Europe/Berlin",
      }),
    ),
  },
  {
    error: "PolicyViolationError",
    story: "A backfill loop hammered the backend and hit your app's rate limit; it says when to come back.",
    text: `HTTP/2 429
date: ${DATE}
content-type: application/json
retry-after: 17
x-request-id: req_01JHKXC0K2M4P6R8T0V2X4Z6B8

{"error":{"code":"rate_limit_exceeded","message":"Rate limit exceeded: 600 requests per minute.","request_id":"req_01JHKXC0K2M4P6R8T0V2X4Z6B8","details":{"limit":600,"window_seconds":60}}}`,
  },
  {
    error: "InsufficientScopeError",
    story: "Your app key was minted before subagents existed, so minting one fails even though the code is right.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXD3N5Q7S9U1W3Y5A7C9E1",
      envelope("insufficient_scope", "The API key lacks a scope this route requires.", "req_01JHKXD3N5Q7S9U1W3Y5A7C9E1", {
        required: ["agents:write", "subagents:write"],
        granted: ["agents:read", "agents:write", "keys:read"],
        scope_version: 2,
      }),
    ),
  },
  {
    error: "NoDelegatedGrantError",
    story: "An agent reached for the user's GitHub before the user ever delegated access to it.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXE6Q8S0U2W4Y6A8C0E2G4",
      envelope("no_delegated_grant", "The agent has no delegated grant for this provider.", "req_01JHKXE6Q8S0U2W4Y6A8C0E2G4", {
        provider_id: "github",
        agent_id: "agt_3f8a2c",
        app_user_id: "user_5518",
      }),
    ),
  },
  {
    error: "TokenRefreshInProgressError",
    story: "Ten workers woke up at once and all asked for the same expired token; one refreshes, the rest get this.",
    text: backend(
      "409 Conflict",
      "req_01JHKXF9T1V3X5Z7B9D1F3H5K7",
      envelope("token_refresh_in_progress", "A token refresh for this grant is already in progress.", "req_01JHKXF9T1V3X5Z7B9D1F3H5K7", {
        grant_id: "gr_9b1d3f5a7c",
      }),
    ),
  },
  {
    error: "RestrictedGrantRequiresProxyError",
    story: "The grant is marked proxy-only, and your code asked for its raw access token.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXG2W4Y6A8C0E2G4J6L8N0",
      envelope(
        "restricted_grant_requires_proxy",
        "This grant can only be used through the proxy.",
        "req_01JHKXG2W4Y6A8C0E2G4J6L8N0",
        { grant_id: "gr_4c6e8a0b2d" },
      ),
    ),
  },
  {
    error: "SiblingLabelConflictError",
    story: "The user connected a second Slack workspace and your code labelled it \"work\" like the first one.",
    text: backend(
      "409 Conflict",
      "req_01JHKXH5Z7B9D1F3H5K7M9P1R3",
      envelope("sibling_label_conflict", "The label \"work\" is already used on this connection.", "req_01JHKXH5Z7B9D1F3H5K7M9P1R3", {
        label: "work",
        connection_id: "conn_71b3",
      }),
    ),
  },
  {
    error: "AlterValueError",
    story: "A Connect session was created with a redirect URL that is not https and no provider.",
    text: backend(
      "422 Unprocessable Entity",
      "req_01JHKXJ8C0E2G4J6L8N0Q2S4U6",
      envelope("validation_error", "The request is invalid.", "req_01JHKXJ8C0E2G4J6L8N0Q2S4U6", {
        fields: {
          redirect_url: ["must use https"],
          provider_id: "is required",
        },
      }),
    ),
  },
  {
    error: "InvalidKeyError",
    story: "The deploy pasted the API key with a trailing newline, and the backend cannot find that key.",
    text: backend(
      "401 Unauthorized",
      "req_01JHKXKB3F5H7K9M1P3R5T7V9X",
      envelope("invalid_key", "The API key is invalid.", "req_01JHKXKB3F5H7K9M1P3R5T7V9X", {
        hint: "Check that ALTER_API_KEY has no surrounding whitespace and belongs to this environment.",
      }),
    ),
  },
  {
    error: "KeyRevokedError",
    story: "Someone rotated the agent's key last week and this old container still runs with the revoked one.",
    text: backend(
      "401 Unauthorized",
      "req_01JHKXLE6J8L0N2Q4S6U8W0Y2A",
      envelope("key_revoked", "This API key was revoked.", "req_01JHKXLE6J8L0N2Q4S6U8W0Y2A", {
        key_id: "key_6d2a9f",
        hint: "Mint a new key for the agent and redeploy.",
      }),
    ),
  },
  {
    error: "AgentNotFoundError",
    story: "The agent id in your job queue belongs to an agent that was created in another app.",
    text: backend(
      "404 Not Found",
      "req_01JHKXMH9M1P3R5T7V9X1Z3B5D",
      envelope("agent_not_found", "No agent with this id.", "req_01JHKXMH9M1P3R5T7V9X1Z3B5D", { agent_id: "agt_00f1e2" }),
    ),
  },
  {
    error: "AgentNameExistsError",
    story: "Your bootstrap script ran twice and tried to create the \"support-triage\" agent again.",
    text: backend(
      "409 Conflict",
      "req_01JHKXNK2P4R6T8V0X2Z4B6D8F",
      envelope("agent_name_exists", "An agent named \"support-triage\" already exists.", "req_01JHKXNK2P4R6T8V0X2Z4B6D8F", {
        name: "support-triage",
        agent_id: "agt_51c0aa",
      }),
    ),
  },
  {
    error: "MeRequiresAgentKeyError",
    story: "The agent client was built with the app's key, so `me()` has no agent to describe.",
    text: backend(
      "400 Bad Request",
      "req_01JHKXPN5R7T9V1X3Z5B7D9F1H",
      envelope("me_requires_agent_key", "me() requires an agent key.", "req_01JHKXPN5R7T9V1X3Z5B7D9F1H", {}),
    ),
  },
  {
    error: "AgentInactiveError",
    story: "An admin paused the agent during an incident and its scheduled runs keep firing.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXQQ8T0V2X4Z6B8D0F2H4K",
      envelope("agent_inactive", "The agent is inactive.", "req_01JHKXQQ8T0V2X4Z6B8D0F2H4K", { agent_id: "agt_9a7b5c" }),
    ),
  },
  {
    error: "AgentRevokedError",
    story: "The agent was revoked for good, and a forgotten cron job still calls with its identity.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXRS1W3Y5A7C9E1G3J5L7N",
      envelope("agent_revoked", "The agent was revoked.", "req_01JHKXRS1W3Y5A7C9E1G3J5L7N", { agent_id: "agt_2e4f6a" }),
    ),
  },
  {
    error: "KeyNotFoundError",
    story: "The revoke script got a key id from a stale spreadsheet; no such key exists on this agent.",
    text: backend(
      "404 Not Found",
      "req_01JHKXSV4Z6B8D0F2H4K6M8P0R",
      envelope("key_not_found", "No key with this id.", "req_01JHKXSV4Z6B8D0F2H4K6M8P0R", { key_id: "key_deadbe" }),
    ),
  },
  {
    error: "KeyAlreadyRevokedError",
    story: "Two admins clicked revoke on the same key; the second request finds it already gone.",
    text: backend(
      "409 Conflict",
      "req_01JHKXTY7C9E1G3J5L7N9Q1S3U",
      envelope("key_already_revoked", "The key is already revoked.", "req_01JHKXTY7C9E1G3J5L7N9Q1S3U", { key_id: "key_6d2a9f" }),
    ),
  },
  {
    error: "LastActiveKeyError",
    story: "Rotation revoked the old key before minting the new one, which would leave the agent keyless.",
    text: backend(
      "409 Conflict",
      "req_01JHKXV1A3C5E7G9J1L3N5Q7S9",
      envelope("last_active_key", "Revoking this key would leave the agent with no active key.", "req_01JHKXV1A3C5E7G9J1L3N5Q7S9", {
        key_id: "key_8b0c2d",
        agent_id: "agt_9a7b5c",
      }),
    ),
  },
  {
    error: "AgentCannotMintSubagentsError",
    story: "A planner agent tried to spawn a helper agent, but it was never allowed to mint subagents.",
    text: backend(
      "403 Forbidden",
      "req_01JHKXW4D6F8H0K2M4P6R8T0V2",
      envelope("agent_cannot_mint_subagents", "This agent cannot mint subagents.", "req_01JHKXW4D6F8H0K2M4P6R8T0V2", {
        agent_id: "agt_3f8a2c",
      }),
    ),
  },
  {
    error: "AgentScopeNarrowingNotSupportedError",
    story: "An update call tried to drop scopes from an existing agent, which the backend does not do.",
    text: backend(
      "400 Bad Request",
      "req_01JHKXX7G9J1L3N5Q7S9U1W3Y5",
      envelope(
        "agent_scope_narrowing_not_supported",
        "Narrowing an agent's scopes is not supported.",
        "req_01JHKXX7G9J1L3N5Q7S9U1W3Y5",
        { requested_scopes: ["agents:read"] },
      ),
    ),
  },
  {
    error: "IdempotencyKeyBodyMismatchError",
    story: "A retry reused the idempotency key of a create call but changed the agent's name in the body.",
    text: backend(
      "422 Unprocessable Entity",
      "req_01JHKXYA0K2M4P6R8T0V2X4Z6B",
      envelope(
        "idempotency_key_body_mismatch",
        "This idempotency key was used with a different request body.",
        "req_01JHKXYA0K2M4P6R8T0V2X4Z6B",
        { idempotency_key: "idem_7f3c9a1e-create-agent" },
      ),
    ),
  },
  {
    error: "IdempotencyKeyAgentRevokedError",
    story: "A queued retry replayed an idempotency key whose agent was revoked in the meantime.",
    text: backend(
      "409 Conflict",
      "req_01JHKXZC3N5Q7S9U1W3Y5A7C9E",
      envelope(
        "idempotency_key_agent_revoked",
        "The agent bound to this idempotency key was revoked.",
        "req_01JHKXZC3N5Q7S9U1W3Y5A7C9E",
        { idempotency_key: "idem_41aa0c-mint-key", agent_id: "agt_2e4f6a" },
      ),
    ),
  },
  {
    error: "IdempotencyKeyAgentInactiveError",
    story: "A retry arrived while the agent its idempotency key belongs to was paused.",
    text: backend(
      "409 Conflict",
      "req_01JHKY0F6Q8S0U2W4Y6A8C0E2G",
      envelope(
        "idempotency_key_agent_inactive",
        "The agent bound to this idempotency key is inactive.",
        "req_01JHKY0F6Q8S0U2W4Y6A8C0E2G",
        { idempotency_key: "idem_41aa0c-mint-key", agent_id: "agt_9a7b5c" },
      ),
    ),
  },
  {
    error: "ScopeReauthRequiredError",
    story: "Google answered 403 because the user granted read-only Drive access and your code tried to write.",
    opts: { providerId: "google", grantId: "gr_2b7f9c1e4a" },
    text: `HTTP/2 403
content-type: application/json; charset=UTF-8
date: ${DATE}
www-authenticate: Bearer realm="https://accounts.google.com/", error=insufficient_scope, scope="https://www.googleapis.com/auth/drive.file https://www.googleapis.com/auth/drive"
x-request-id: req_01JHKY1H9T1V3X5Z7B9D1F3H5K
vary: Origin, X-Origin
server: ESF

{
  "error": {
    "code": 403,
    "message": "Request had insufficient authentication scopes.",
    "errors": [
      {
        "message": "Insufficient Permission",
        "domain": "global",
        "reason": "insufficientPermissions"
      }
    ],
    "status": "PERMISSION_DENIED",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        "domain": "googleapis.com",
        "metadata": {
          "service": "drive.googleapis.com",
          "method": "google.apps.drive.v3.DriveFiles.Create"
        }
      }
    ]
  }
}`,
  },
  {
    error: "ScopeReauthRequiredError",
    story: "Your agent called a team's own OAuth-protected MCP server, which answered 403 with the RFC 6750 challenge naming the scope it needs.",
    opts: { providerId: "docs-mcp", grantId: "gr_4c8e2a6b0d" },
    text: `HTTP/1.1 403 Forbidden
Content-Type: application/json
Date: ${DATE}
WWW-Authenticate: Bearer error="insufficient_scope", scope="docs:write", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource"

{"error": "insufficient_scope", "error_description": "The token lacks docs:write."}`,
  },
  {
    error: "ScopeReauthRequiredError",
    story: "Slack said 200 OK, but the body says the bot token lacks chat:write, so the message was never posted.",
    opts: { providerId: "slack", grantId: "gr_8d3e1f0a6c" },
    text: `HTTP/2 200
date: ${DATE}
content-type: application/json; charset=utf-8
x-slack-req-id: 5b1e2f0c7a9d4e38a6c1f2b3d4e5f607
x-oauth-scopes: channels:read
x-accepted-oauth-scopes: chat:write

{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read"}`,
  },
  {
    error: "ScopeReauthRequiredError",
    story: "GitHub hid the org's members behind a 404 because the token was granted repo but not read:org.",
    opts: { providerId: "github", grantId: "gr_6a0c4e8b2f" },
    text: `$ curl -i -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/orgs/acme-inc/members
HTTP/2 404
date: ${DATE}
content-type: application/json; charset=utf-8
x-oauth-scopes: repo, gist
x-accepted-oauth-scopes: admin:org, read:org
x-github-media-type: github.v3; format=json
x-ratelimit-limit: 5000
x-ratelimit-remaining: 4987
x-ratelimit-reset: 1736848364
x-github-request-id: C1F4:2A3B:8D1E2F:91A0B3:67863A5C

{
  "message": "Not Found",
  "documentation_url": "https://docs.github.com/rest/orgs/members#list-organization-members",
  "status": "404"
}`,
  },
  {
    error: "ScopeReauthRequiredError",
    story: "The backend already knows the stored grant's scopes drifted from what the call needs, before asking the provider.",
    text: backend(
      "403 Forbidden",
      "req_01JHKY2K2W4Y6A8C0E2G4J6L8N",
      envelope("scope_reauth_required", "The grant's scopes no longer cover this call.", "req_01JHKY2K2W4Y6A8C0E2G4J6L8N", {
        grant_id: "gr_2b7f9c1e4a",
        provider_id: "google",
        missing_scopes: ["https://www.googleapis.com/auth/calendar.events"],
      }),
    ),
  },

  // ------------------------------------------------------------------ Connect and approvals
  {
    error: "ConnectDeniedError",
    story: "Your poll loop finds the user clicked Deny on Google's consent screen.",
    text: `{
  "session_id": "cs_01JHKY3M5Z7B9D1F3H5K7M9P1R",
  "status": "denied",
  "provider_id": "google",
  "error": {
    "code": "access_denied",
    "message": "The user denied access to the requested scopes."
  }
}`,
  },
  {
    error: "ConnectDeniedError",
    story: "The Connect callback reports the user denied consent, as a backend error.",
    text: backend(
      "403 Forbidden",
      "req_01JHKY4P8C0E2G4J6L8N0Q2S4U",
      envelope("connect_denied", "The user denied consent.", "req_01JHKY4P8C0E2G4J6L8N0Q2S4U", {
        session_id: "cs_01JHKY3M5Z7B9D1F3H5K7M9P1R",
      }),
    ),
  },
  {
    error: "ConnectConfigError",
    story: "The poll comes back \"error\" because the OAuth app's redirect URI in the portal does not match the provider's.",
    text: `{
  "session_id": "cs_01JHKY5R1F3H5K7M9P1R3T5V7X",
  "status": "error",
  "provider_id": "hubspot",
  "error": {
    "code": "redirect_uri_mismatch",
    "message": "The redirect URI in the request does not match the ones authorized for the OAuth client."
  }
}`,
  },
  {
    error: "ConnectConfigError",
    story: "Starting a Connect session fails at once: the provider rejected the OAuth client id.",
    text: backend(
      "400 Bad Request",
      "req_01JHKY6T4J6L8N0Q2S4U6W8Y0A",
      envelope("connect_config_error", "The provider rejected the OAuth client configuration.", "req_01JHKY6T4J6L8N0Q2S4U6W8Y0A", {
        session_id: "cs_01JHKY6T4J6L8N0Q2S4U6W8Y0A",
        provider_id: "salesforce",
        reason: "invalid_client_id",
      }),
    ),
  },
  {
    error: "ConnectTimeoutError",
    story: "The user opened the Connect link, wandered off to lunch, and the session expired.",
    text: `{
  "session_id": "cs_01JHKY7W7M9P1R3T5V7X9Z1B3D",
  "status": "expired",
  "provider_id": "notion"
}`,
  },
  {
    error: "ConnectTimeoutError",
    story: "The backend reports the Connect session timed out before the user finished.",
    text: backend(
      "408 Request Timeout",
      "req_01JHKY8Z0Q2S4U6W8Y0A2C4E6G",
      envelope("connect_timeout", "The Connect session expired.", "req_01JHKY8Z0Q2S4U6W8Y0A2C4E6G", {
        session_id: "cs_01JHKY7W7M9P1R3T5V7X9Z1B3D",
      }),
    ),
  },
  {
    error: "ApprovalDeniedError",
    story: "The on-call approver rejected the agent's request to delete a production database.",
    text: `{
  "approval_id": "apr_01JHKY9B3T5V7X9Z1B3D5F7H9K",
  "status": "denied",
  "reason": "Not during the release freeze.",
  "decided_by": "user_1180",
  "execution": null
}`,
  },
  {
    error: "ApprovalDeniedError",
    story: "The backend refuses the call because its approval was denied.",
    text: backend(
      "403 Forbidden",
      "req_01JHKYAD6W8Y0A2C4E6G8J0L2N",
      envelope("approval_denied", "The approval request was denied.", "req_01JHKYAD6W8Y0A2C4E6G8J0L2N", {
        approval_id: "apr_01JHKY9B3T5V7X9Z1B3D5F7H9K",
        reason: "Not during the release freeze.",
      }),
    ),
  },
  {
    error: "ApprovalExpiredError",
    story: "Nobody answered the approval request over the weekend, and its window closed.",
    text: `{
  "approval_id": "apr_01JHKYBG9Z1B3D5F7H9K1M3P5R",
  "status": "expired",
  "reason": null,
  "expires_at": "2025-01-12T09:00:00Z",
  "execution": null
}`,
  },
  {
    error: "ApprovalExpiredError",
    story: "The backend says the approval window elapsed with no decision.",
    text: backend(
      "410 Gone",
      "req_01JHKYCJ2C4E6G8J0L2N4Q6S8U",
      envelope("approval_expired", "The approval request expired.", "req_01JHKYCJ2C4E6G8J0L2N4Q6S8U", {
        approval_id: "apr_01JHKYBG9Z1B3D5F7H9K1M3P5R",
      }),
    ),
  },
  {
    error: "ApprovalExecutionFailedError",
    story: "The approver said yes, but the grant was revoked before the approved call ran.",
    text: `{
  "approval_id": "apr_01JHKYDM5F7H9K1M3P5R7T9V1X",
  "status": "execution_failed",
  "reason": "Approved by user_1180",
  "execution": {
    "status_code": 401,
    "error": { "code": "grant_revoked", "message": "The grant was revoked by the user." }
  }
}`,
  },
  {
    error: "ApprovalExecutionFailedError",
    story: "The backend reports that the approved call failed when it ran.",
    text: backend(
      "502 Bad Gateway",
      "req_01JHKYEP8J0L2N4Q6S8U0W2Y4A",
      envelope("approval_execution_failed", "The approved call failed.", "req_01JHKYEP8J0L2N4Q6S8U0W2Y4A", {
        approval_id: "apr_01JHKYDM5F7H9K1M3P5R7T9V1X",
        provider_status: 500,
      }),
    ),
  },

  // ------------------------------------------------------------------ providers
  {
    error: "ProviderAPIError",
    story: "HubSpot rejected the create call because a required property was missing.",
    opts: { providerId: "hubspot", grantId: "gr_3e5a7c9b1d" },
    text: `HTTP/1.1 400 Bad Request
Date: ${DATE}
Content-Type: application/json;charset=utf-8
X-Request-Id: req_01JHKYFR1M3P5R7T9V1X3Z5B7D

{"status":"error","message":"Property values were not valid","correlationId":"8c1f2b9e-5a6d-4e3f-9b0a-1c2d3e4f5a6b","category":"VALIDATION_ERROR"}`,
  },
  {
    error: "ProviderAPIError",
    story: "GitHub's rate limit for the token is spent; wait until x-ratelimit-reset before calling again.",
    opts: { providerId: "github", grantId: "gr_6a0c4e8b2f" },
    text: `HTTP/2 403
date: ${DATE}
content-type: application/json; charset=utf-8
x-ratelimit-limit: 5000
x-ratelimit-remaining: 0
x-ratelimit-used: 5000
x-ratelimit-reset: 1736849564
x-ratelimit-resource: core
x-github-request-id: D2A8:1B4C:9E0F1A:A2B3C4:67863B10

{
  "message": "API rate limit exceeded for user ID 583231.",
  "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"
}`,
  },
  {
    error: "ProviderAPIError",
    story: "A burst of syncs used up the Zoom account's per-second quota; the 429 says how long to back off.",
    opts: { providerId: "zoom", grantId: "gr_7d9f1b3a5c" },
    text: `HTTP/1.1 429 Too Many Requests
Date: ${DATE}
Content-Type: application/json;charset=UTF-8
Retry-After: 2
x-ratelimit-limit: 30
x-ratelimit-remaining: 0
x-ratelimit-type: Per-Second-Limit
x-zm-trackingid: v=2.0;clid=us06;rid=WEB_8f1c2b3d4e5f60718293a4b5c6d7e8f9

{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}`,
  },
  {
    error: "ProviderUnauthorizedError",
    story: "Google rejected the access token: the user removed your app from their account.",
    opts: { providerId: "google", grantId: "gr_2b7f9c1e4a" },
    text: `HTTP/2 401
date: ${DATE}
content-type: application/json; charset=UTF-8
www-authenticate: Bearer realm="https://accounts.google.com/", error="invalid_token"
x-request-id: req_01JHKYGT4P6R8T0V2X4Z6B8D0F

{
  "error": {
    "code": 401,
    "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
    "status": "UNAUTHENTICATED"
  }
}`,
  },
  {
    error: "ProviderUnauthorizedError",
    story: "Slack answered 200 with invalid_auth: the bot token was rotated or the app uninstalled.",
    opts: { providerId: "slack", grantId: "gr_8d3e1f0a6c" },
    text: `HTTP/2 200
date: ${DATE}
content-type: application/json; charset=utf-8
x-slack-req-id: 9f0e1d2c3b4a59687766554433221100

{"ok":false,"error":"invalid_auth"}`,
  },

  // ------------------------------------------------------------------ the backend without a code
  {
    error: "BackendError",
    story: "A load balancer in front of the API answered with its own HTML error page during a deploy.",
    text: `*   Trying 203.0.113.24:443...
* Connected to api.alterauth.com (203.0.113.24) port 443
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256
> GET /v1/grants/gr_2b7f9c1e4a HTTP/1.1
> Host: api.alterauth.com
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 502 Bad Gateway
< Date: ${DATE}
< Content-Type: text/html
< Content-Length: 150
< Connection: keep-alive
<
<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
* Connection #0 to host api.alterauth.com left intact`,
  },
  {
    error: "BackendError",
    story: "The backend was upgraded and now sends a code this SDK version does not know yet.",
    opts: { source: "backend" },
    text: backend(
      "503 Service Unavailable",
      "req_01JHKYHW7S9U1W3Y5A7C9E1G3J",
      envelope("maintenance_mode", "The API is in maintenance until 10:00 UTC.", "req_01JHKYHW7S9U1W3Y5A7C9E1G3J", {
        until: "2025-01-14T10:00:00Z",
      }),
    ),
  },

  // ------------------------------------------------------------------ no response at all
  {
    error: "NetworkError",
    story: "Node's fetch could not even connect: the API host refused the connection (a local proxy is down?).",
    text: `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)
    at async AlterClient.request (file:///app/node_modules/@alter-ai/alter-sdk/dist/client.js:88:17) {
  [cause]: Error: connect ECONNREFUSED 127.0.0.1:8443
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '127.0.0.1',
    port: 8443
  }
}`,
  },
  {
    error: "TimeoutError",
    story: "The connection to the API never completed within undici's 10-second connect timeout.",
    text: `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5) {
  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.alterauth.com:443, timeout: 10000ms)
      at onConnectTimeout (node:internal/deps/undici/undici:2602:28)
      at Immediate._onImmediate (node:internal/deps/undici/undici:2568:35) {
    code: 'UND_ERR_CONNECT_TIMEOUT'
  }
}`,
  },
  {
    error: "TimeoutError",
    story: "The API's gateway gave up waiting for the backend and answered 504 with no error code.",
    text: `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "entries": [
      {
        "startedDateTime": "2025-01-14T09:12:14.120Z",
        "time": 30012.4,
        "request": {
          "method": "POST",
          "url": "https://api.alterauth.com/v1/proxy/request",
          "httpVersion": "http/2.0",
          "headers": [{ "name": "content-type", "value": "application/json" }]
        },
        "response": {
          "status": 504,
          "statusText": "Gateway Timeout",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": "date", "value": "${DATE}" },
            { "name": "content-type", "value": "text/plain; charset=utf-8" },
            { "name": "x-request-id", "value": "req_01JHKYJY0V2X4Z6B8D0F2H4K6M" }
          ],
          "content": { "size": 24, "mimeType": "text/plain", "text": "upstream request timeout" }
        }
      }
    ]
  }
}`,
  },
];

/**
 * Notion's public API: every error is `{"object": "error", "status", "code", "message"}`,
 * and newer ones add `additional_data` with what the code alone cannot say: which limit a
 * 429 hit (one of them will never pass), the wait as a string, a Free workspace's block
 * limit behind the same 403 code as a missing capability, and a 503 on a write that may
 * already be saved.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

const code = (c: string | readonly string[]) => ({ json: "code", is: c }) as const;

/**
 * The codes of Notion's status-codes page (https://developers.notion.com/reference/status-codes), each sent with one status: what
 * its JavaScript client's warning, which prints the code and the message but no status ("@notionhq/client warn: request fail {
 * code: 'object_not_found', message: '...' }"), stands for.
 */
export const NOTION_CODE_STATUS: Readonly<Record<string, number>> = {
  invalid_json: 400,
  invalid_request_url: 400,
  invalid_request: 400,
  invalid_grant: 400,
  validation_error: 400,
  missing_version: 400,
  unauthorized: 401,
  restricted_resource: 403,
  object_not_found: 404,
  conflict_error: 409,
  rate_limited: 429,
  internal_server_error: 500,
  service_unavailable: 503,
  database_connection_unavailable: 503,
  gateway_timeout: 504,
};

export const notion = provider({
  id: "notion",
  name: "Notion",
  // notion.so: its own web app's API (`www.notion.so/api/v3`), which unofficial clients (notion-py) call.
  hosts: ["notion.com", "notion.so"],
  clients: { packages: ["notion_client", "@notionhq"], classes: ["Notion"] },
  requestIdHeaders: ["x-notion-request-id"],
  bodyRequestId: "request_id",
  // Its error object pasted alone: `object: "error"` is Notion's (and Mistral's, which sends no status and no request id).
  // Without its request id (bodies before 2023), a code only Notion sends beside `status` says it.
  fingerprints: {
    headers: ["x-notion-request-id"],
    body: {
      any: [
        { all: [{ json: "object", is: "error" }, { json: "status" }, { json: "code" }, { json: "request_id" }] },
        { all: [{ json: "object", is: "error" }, { json: "status" }, code(["conflict_error", "object_not_found", "restricted_resource", "missing_version", "database_connection_unavailable"])] },
      ],
    },
  },
  message: ["message"],
  signals: {
    // The same code as a missing capability: the block limit goes first, or it would ask for a re-authorization.
    "provider.notion.workspace-block-limit": {
      status: [403],
      when: { all: [code("restricted_resource"), { json: "additional_data.block_limit" }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.notion.restricted-resource": {
      status: [403],
      when: code("restricted_resource"),
      error: "ScopeReauthRequiredError",
    },
    "provider.notion.refresh-invalid-grant": {
      status: [400],
      when: { any: [code("invalid_grant"), { json: "error", is: "invalid_grant" }] },
      error: "ProviderUnauthorizedError",
    },
    // "Retry 429 and 529 responses, except a 429 with `public_api_request_blocked`": before the rate limit.
    "provider.notion.request-blocked": {
      status: [429],
      when: { all: [code("rate_limited"), { json: "additional_data.rate_limit_reason", is: "public_api_request_blocked" }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.notion.rate-limited": {
      status: [429, 529],
      when: code(["rate_limited", "service_overload"]),
      error: "ProviderAPIError",
      retryable: true,
      // Whole seconds as a string, "for clients that can't read response headers"; `Retry-After` wins when sent.
      wait: [{ json: "additional_data.retry_after" }],
    },
    // Not retried as it was: Notion asks to bring the parameters up to date first, which makes it another request.
    "provider.notion.conflict": {
      status: [409],
      when: code("conflict_error"),
      error: "ProviderAPIError",
    },
    // Not a ScopeReauthRequiredError: the same body answers a wrong id. But its usual cause is a page never shared with the integration,
    // which its own words name, and which a generic 404's "check the URL" leaves out.
    "provider.notion.object-not-found": {
      status: [404],
      when: code("object_not_found"),
      error: "ProviderAPIError",
    },
    "provider.notion.write-not-repeatable": {
      status: [503],
      when: { all: [code("service_unavailable"), { json: "additional_data.retry_guidance[]", matches: /^Do not (?:repeat|retry)/ }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const notionDocs: ProviderDocs<typeof notion> = {
  docs: [
    { title: "Status codes", url: "https://developers.notion.com/reference/status-codes" },
    { title: "Request limits", url: "https://developers.notion.com/reference/request-limits" },
    { title: "Workspace block limits", url: "https://developers.notion.com/reference/workspace-block-limits" },
    { title: "Capabilities", url: "https://developers.notion.com/reference/capabilities" },
    { title: "Refresh a token", url: "https://developers.notion.com/reference/refresh-a-token" },
  ],
  requestIdSource: "https://github.com/lizheming/doumark-action/issues/13",
  answers: {
    scope: {
      rules: ["provider.notion.restricted-resource", "provider.notion.object-not-found"],
      note: "Notion has capabilities, not OAuth scopes, and never names the missing one. A 404 `object_not_found` (\"Make sure the relevant pages and databases are shared with your integration\") is usually a page never shared with the integration, but it stays a ProviderAPIError, not a re-authorization: the same body answers a wrong id. Its answer says to share the page first.",
    },
    credential: {
      rules: ["provider.401", "provider.notion.refresh-invalid-grant"],
      note: "Notion answers an invalid, revoked or removed token alike: 401 `unauthorized` \"API token is invalid.\"; the token endpoint's 400 `invalid_grant` is a dead code or refresh token.",
    },
    rateLimit: {
      rules: ["provider.notion.rate-limited"],
      note: "`additional_data.rate_limit_reason` says which limit: this connection (`Retry-After` at most 60 s), the whole workspace (can be longer than a minute) or one endpoint. No remaining or reset header is sent.",
    },
    notRetryable: { rules: ["provider.notion.request-blocked", "provider.notion.write-not-repeatable", "provider.notion.workspace-block-limit"] },
  },
  notes: [
    "403 `restricted_resource` is ambiguous, and Notion says so: \"Other permission failures also use `restricted_resource`\". The SDK maps it to its usual cause, a capability the integration lacks; but an integration never has more access than the user who added it, so when the user lost access to the page, re-authorizing does not help until the user regains it.",
    "404 `object_not_found` covers both \"does not exist\" and \"not shared with the integration\" (status-codes page); public reports are overwhelmingly the sharing case: share the page (••• → Connections) or re-run the OAuth page picker.",
    "Retry 500, 502, 503 and 504 only for idempotent requests (GET, DELETE): a write may have been saved (request-limits page).",
    "409 `conflict_error` is usually a data collision (re-read, then try again with what was re-read, which is why the SDK does not retry it as sent); rarely it is the file-upload storage provider's downtime.",
    "Notion's docs do not name the request-id header; captures show `x-notion-request-id`, and newer error bodies carry `request_id`.",
  ],
  signals: {
    "provider.notion.workspace-block-limit": {
      statement:
        "Notion's 403 `restricted_resource` with `additional_data.block_limit` means the Free workspace has used all its blocks: a ProviderAPIError that is not retryable, and re-authorizing will not help either; a workspace owner must upgrade the plan.",
      action: "Have a workspace owner upgrade the Notion plan; retrying or re-authorizing fails until the workspace can create blocks again.",
      source: "https://developers.notion.com/reference/workspace-block-limits",
      examples: [
        {
          source: "https://developers.notion.com/reference/workspace-block-limits",
          reconstructed: 'status line added (the page says "Blocked writes return HTTP 403"); the body as the page shows it',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "object": "error",
  "status": 403,
  "code": "restricted_resource",
  "message": "This workspace has used all of its free blocks. Upgrade its plan in Notion to create more content. Learn more: https://www.notion.com/help/understanding-block-usage",
  "additional_data": {
    "block_limit": "block_creation"
  }
}`,
        },
      ],
    },
    "provider.notion.restricted-resource": {
      statement:
        "Notion's 403 `restricted_resource` (\"Insufficient permissions for this endpoint.\", \"API token does not have access to this resource.\") is a ScopeReauthRequiredError: the integration usually lacks the capability (read, update or insert content, comments, user information); enable it in the integration's settings, and for a public integration have the user authorize again. It can also be the user's own lost access to the page.",
      action: "Enable the missing capability in the integration's settings and have the user authorize again; if it has it, check the user still has access to the page.",
      source: "https://developers.notion.com/reference/status-codes",
      examples: [
        {
          source: "https://github.com/raycast/extensions/issues/8579",
          reconstructed:
            'the extension showed only the message ("Insufficient permissions for this endpoint."); the status line and the body around it are the status and code the status-codes page gives for this failure',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8

{"object":"error","status":403,"code":"restricted_resource","message":"Insufficient permissions for this endpoint."}`,
        },
        {
          source: "https://developers.notion.com/reference/status-codes",
          reconstructed: "status line and body built from the page's table row (status 403, code, message example)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"object":"error","status":403,"code":"restricted_resource","message":"API token does not have access to this resource."}`,
        },
      ],
    },
    "provider.notion.refresh-invalid-grant": {
      statement:
        "Notion's token endpoint answers 400 `invalid_grant` when the authorization code or refresh token is invalid, expired, revoked or already rotated: a ProviderUnauthorizedError; the user must authorize the integration again.",
      action: "Send the user through the integration's authorization again for new tokens; this code or refresh token will not work again.",
      source: "https://developers.notion.com/reference/status-codes",
      examples: [
        {
          source: "https://developers.notion.com/reference/status-codes",
          reconstructed: "status line and body built from the page's table row (status 400, code `invalid_grant`, message example)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"object":"error","status":400,"code":"invalid_grant","message":"Invalid code: this code has been revoked."}`,
        },
      ],
    },
    "provider.notion.request-blocked": {
      statement:
        "Notion's 429 `rate_limited` with `additional_data.rate_limit_reason` `public_api_request_blocked` means this connection's API access has been restricted: a ProviderAPIError that is not retryable, whatever `Retry-After` says; contact Notion support.",
      action: "Contact Notion support: this connection's API access is restricted, and retrying fails whatever `Retry-After` says.",
      source: "https://developers.notion.com/reference/request-limits",
      examples: [
        {
          source: "https://developers.notion.com/reference/request-limits",
          reconstructed:
            "status line and body built from the page's table (code `rate_limited`, HTTP 429, `additional_data.rate_limit_reason`); the message is the one Notion's 429s carry in public captures (https://github.com/2anki/2anki.net/issues/1522), the page gives none",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"object":"error","status":429,"code":"rate_limited","message":"You have been rate limited. Please try again in a few minutes.","additional_data":{"rate_limit_reason":"public_api_request_blocked"}}`,
        },
      ],
    },
    "provider.notion.conflict": {
      statement:
        "Notion's 409 `conflict_error` (\"Conflict occurred while saving. Please try again.\") is a data collision, usually another write to the same page at once: a ProviderAPIError that is not retried as it was sent. Re-read what you are about to write, so that its parameters are up to date, and send that.",
      action: "Re-read what you are writing so its parameters are up to date, then send the write again built from what you read.",
      source: "https://developers.notion.com/reference/status-codes",
      examples: [
        {
          source: "https://github.com/dendronhq/dendron/issues/3269",
          text: `DendronError: Failed to export all the notes. {"code":"conflict_error","name":"APIResponseError","status":409,"headers":{REDACTED},"body":"{"object":"error","status":409,"code":"conflict_error","message":"Conflict occurred while saving. Please try again."}"}`,
        },
      ],
    },
    "provider.notion.object-not-found": {
      statement:
        "Notion's 404 `object_not_found` (\"Could not find database with ID: .... Make sure the relevant pages and databases are shared with your integration.\") is a ProviderAPIError that is not retryable: the page or database does not exist for this token, most often because it was never shared with the integration, else a wrong id (a database's where a data source's is asked, from API version 2025-09-03).",
      action: "Share the page or database with the integration (its ••• menu, Connections) or, if it is shared, check the id you sent: Notion finds nothing there for this token.",
      source: "https://developers.notion.com/reference/status-codes",
      examples: [
        {
          source: "https://github.com/jcha0713/astro-notion/issues/6",
          text: `@notionhq/client warn: request fail {
  code: 'object_not_found',
  message: 'Could not find database with ID: 6c79d10b-f602-41df-8cfa-f23742d30a2a. Make sure the relevant pages and databases are shared with your integration.'
}
@notionhq/client debug: failed response body {
  body: '{"object":"error","status":404,"code":"object_not_found","message":"Could not find database with ID: 6c79d10b-f602-41df-8cfa-f23742d30a2a. Make sure the relevant pages and databases are shared with your integration."}'
}
APIResponseError: Could not find database with ID: 6c79d10b-f602-41df-8cfa-f23742d30a2a. Make sure the relevant pages and databases are shared with your integration.
    at buildRequestError (/home/coder/speak-argentinian-spanish/node_modules/@notionhq/client/build/src/errors.js:162:16)
    at Client.request (/home/coder/speak-argentinian-spanish/node_modules/@notionhq/client/build/src/Client.js:304:54)
    at processTicksAndRejections (node:internal/process/task_queues:96:5)
    at async Module.getTableData (/node_modules/@jcha0713/astro-notion/api/getTableData.ts:36:22)`,
        },
      ],
    },
    "provider.notion.rate-limited": {
      statement:
        "Notion's 429 `rate_limited` (and 529 `service_overload`, Notion overloaded) is a retryable ProviderAPIError: wait `Retry-After` seconds, or `additional_data.retry_after` when the header was not kept.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`, or `additional_data.retry_after`), then send the same call again.",
      source: "https://developers.notion.com/reference/request-limits",
      examples: [
        {
          source: "https://github.com/2anki/2anki.net/issues/1522",
          reconstructed:
            "status line written from `status: 429` and Content-Type added: @notionhq/client printed the header names only, their values as [Array] (`x-notion-request-id` and `retry-after` among them), so no header value is known; body as printed",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json; charset=utf-8

{"object":"error","status":429,"code":"rate_limited","message":"You have been rate limited. Please try again in a few minutes.","request_id":"<redacted>"}`,
        },
      ],
    },
    "provider.notion.write-not-repeatable": {
      statement:
        "Notion's 503 `service_unavailable` whose `additional_data.retry_guidance` says \"Do not repeat the write.\" means the change may already be saved: a ProviderAPIError that is not retryable; read the object (`committed_resource_id`) to confirm instead of repeating the write.",
      action: "Read the object (`committed_resource_id`) to confirm the change was saved instead of repeating the write.",
      source: "https://developers.notion.com/reference/request-limits",
      examples: [
        {
          source: "https://developers.notion.com/reference/request-limits",
          reconstructed: 'status line added (the page labels it "503 response example"); the body as the page shows it',
          text: `HTTP/1.1 503 Service Unavailable
Content-Type: application/json

{
  "object": "error",
  "status": 503,
  "code": "service_unavailable",
  "message": "The change was saved, but the response could not be built in time. Read the object again instead of repeating the write.",
  "additional_data": {
    "from": "publicApi.pageObjectPointerToPageObject.beforePreload",
    "elapsed_ms": "55012",
    "deadline_ms": "55000",
    "retry_guidance": [
      "Read the object again to confirm the saved change.",
      "Do not repeat the write."
    ]
  }
}`,
        },
      ],
    },
  },
};

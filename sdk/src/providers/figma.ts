/**
 * Figma REST API: a bad or expired token is a 403, not a 401, and a missing scope is a
 * 403 too; only the message (`err` in older bodies, `message` in newer ones) tells them
 * apart. Rate limits come as 429 with `Retry-After` and Figma's own plan headers.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Figma's message is `err` in older bodies, `message` in newer ones. */
const MESSAGE = ["err", "message"];
/** "Invalid scope(s): files:read. This endpoint requires the file_code_connect:write scope": Figma's own words, its fingerprint without headers. */
const INVALID_SCOPES = /^Invalid scope\(s\)/;
const REQUIRED_SCOPE = /This endpoint requires the ([a-z_]{1,64}:[a-z_]{1,64}) scope/;

export const figma = provider({
  id: "figma",
  name: "Figma",
  hosts: ["figma.com"],
  clients: { packages: ["figma-js"], classes: ["Figma"] },
  // Documented on the rate-limits page; only Figma sends them (on 429s).
  fingerprints: {
    headers: ["x-figma-plan-tier", "x-figma-rate-limit-type", "x-figma-upgrade-link"],
    // Or its older body alone, a status beside `err` (no other provider's shape) saying what its token errors say.
    body: { any: [said(MESSAGE, { matches: INVALID_SCOPES }), { all: [{ json: "status", matches: /^[45]\d\d$/ }, { json: "err", is: ["Invalid token", "Token expired"] }] }] },
  },
  message: ["err", "message"],
  signals: {
    "provider.figma.invalid-or-expired-token": {
      status: [403],
      when: said(MESSAGE, { is: ["Invalid token", "Token expired"] }, /^(?:Invalid token|Token expired)$/),
      error: "ProviderUnauthorizedError",
    },
    "provider.figma.invalid-scope": {
      status: [403],
      when: said(MESSAGE, { matches: INVALID_SCOPES }),
      error: "ScopeReauthRequiredError",
      missingScopes: [
        { json: "message", capture: REQUIRED_SCOPE },
        { json: "err", capture: REQUIRED_SCOPE },
        { text: REQUIRED_SCOPE },
      ],
    },
  },
});

export const figmaDocs: ProviderDocs<typeof figma> = {
  docs: [
    { title: "REST API: errors", url: "https://developers.figma.com/docs/rest-api/errors" },
    { title: "REST API: rate limits", url: "https://developers.figma.com/docs/rest-api/rate-limits" },
    { title: "REST API: scopes", url: "https://developers.figma.com/docs/rest-api/scopes/" },
    { title: "What if I'm rate limited?", url: "https://help.figma.com/hc/en-us/articles/34963238552855-What-if-I-m-rate-limited" },
    { title: "OpenAPI specification (error response schemas)", url: "https://github.com/figma/rest-api-spec" },
  ],
  answers: {
    scope: {
      rules: ["provider.figma.invalid-scope"],
      note: "The message lists the token's granted scopes first, then the one the endpoint requires, which becomes `missingScopes`. Some scopes can only be granted on certain plans (REST `file_variables:read` needs Enterprise; Code Connect an Organization or Enterprise plan): there, re-authorizing does not help.",
    },
    credential: {
      rules: ["provider.figma.invalid-or-expired-token", "provider.401"],
      note: "Figma answers a missing, invalid, revoked or expired token with 403 (\"Invalid token\", \"Token expired\"); only some newer endpoints declare a 401 \"Token is missing or incorrect.\"",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "A 429 with `Retry-After` in seconds. Since 2025-11-17 View and Collab seats and Starter-plan files get Tier 1 limits as low as 6 a month, and `Retry-After` then reaches days (`X-Figma-Rate-Limit-Type: low`); the fix is then a seat or plan upgrade (`X-Figma-Upgrade-Link`).",
    },
    notRetryable: "not documented",
  },
  notes: [
    'A 403 "File not exportable" means the file\'s owner restricted copying and exporting: neither a new token nor more scopes help; it stays a plain, non-retryable ProviderAPIError.',
    'When "Invalid scope(s)" names scopes by their UI labels ("Please ensure that you have selected both the File Read scope and the Code Connect Write scope"), `missingScopes` stays unknown.',
    "Figma documents no request-id header and no remaining/reset rate-limit headers.",
  ],
  signals: {
    "provider.figma.invalid-or-expired-token": {
      statement:
        'Figma answers a missing, invalid, revoked or expired token with 403 (not 401) `{"status":403,"err":"Invalid token"}` (or "Token expired"): a ProviderUnauthorizedError; connect again or generate a new token.',
      action: 'Connect the user to Figma again, or generate a new personal access token: this one is missing, invalid, revoked or expired.',
      source: "https://developers.figma.com/docs/rest-api/errors",
      examples: [
        {
          source: "https://github.com/risa-labs-inc/MagicPencil/issues/2",
          reconstructed: 'status line written from the logged "Response: 403"',
          text: `HTTP/1.1 403 Forbidden

{"status":403,"err":"Invalid token"}`,
        },
        {
          source: "https://github.com/HaikuTeam/animator/issues/1061",
          reconstructed: "status line added from the body's `status`",
          text: `HTTP/1.1 403 Forbidden

{"status":403,"err":"Invalid token"}`,
        },
      ],
    },
    "provider.figma.invalid-scope": {
      statement:
        'Figma answers a token without an endpoint\'s scope with 403 "Invalid scope(s): <granted scopes>. This endpoint requires the <scope> scope": a ScopeReauthRequiredError whose `missingScopes` is the required scope; authorize again (or generate the personal access token again) with it.',
      action: 'Authorize again, or generate the personal access token again, with the scope in `missingScopes` that the endpoint requires.',
      source: "https://developers.figma.com/docs/rest-api/scopes/",
      examples: [
        {
          source: "https://github.com/figma/variables-github-action-example/issues/38",
          reconstructed: "status line added from the body's `status`; the reporter printed the body as a JavaScript object, converted to JSON",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"status":403,"error":true,"message":"Invalid scope(s): files:read, file_code_connect:read, file_code_connect:write, file_comments:write, file_dev_resources:read, file_dev_resources:write, webhooks:write. This endpoint requires the file_variables:read scope"}`,
        },
      ],
    },
  },
};

/**
 * Airtable's Web API: the error's kind is a type string, in `error.type` (most errors), in
 * `errors[].error` (both kinds of 429) or as `error` itself (as airtable.js prints it). One
 * 403 type covers a missing scope and a wrong id alike, and one 429 status covers a
 * per-second limit (wait 30 seconds) and a spent monthly plan (no wait helps).
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** The error's type, wherever the body shape puts it. */
const type = (types: string | readonly string[]): Match => ({
  any: [
    { json: "error.type", is: types },
    { json: "errors[].error", is: types },
    { json: "error", is: types },
  ],
});

export const airtable = provider({
  id: "airtable",
  name: "Airtable",
  hosts: ["airtable.com"],
  // Airrecord is the Ruby client (`Airrecord::Error`), Norairrecord its fork.
  clients: { packages: ["pyairtable", "airtable", "Airrecord", "Norairrecord"], classes: ["Airtable"] },
  // Two of its error types are no other API's words (`RATE_LIMIT_REACHED` is more common).
  fingerprints: { body: type(["INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND", "PUBLIC_API_BILLING_LIMIT_EXCEEDED"]) },
  message: ["error.message", "errors[].message"],
  signals: {
    "provider.airtable.invalid-permissions-or-model-not-found": {
      status: [403],
      when: type("INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND"),
      error: "ScopeReauthRequiredError",
    },
    "provider.airtable.billing-limit-exceeded": {
      when: type("PUBLIC_API_BILLING_LIMIT_EXCEEDED"),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.airtable.rate-limited": {
      status: [429],
      when: type("RATE_LIMIT_REACHED"),
      error: "ProviderAPIError",
      retryable: true,
      // "will need to wait 30 seconds before subsequent requests will succeed"; no header says it.
      wait: [{ seconds: 30 }],
    },
  },
});

export const airtableDocs: ProviderDocs<typeof airtable> = {
  docs: [
    { title: "Web API: errors", url: "https://airtable.com/developers/web/api/errors" },
    { title: "Web API: rate limits", url: "https://airtable.com/developers/web/api/rate-limits" },
    { title: "Web API: scopes", url: "https://airtable.com/developers/web/api/scopes" },
    { title: "API common troubleshooting", url: "https://support.airtable.com/docs/airtable-api-common-troubleshooting" },
    { title: "Managing API call limits", url: "https://support.airtable.com/docs/managing-api-call-limits-in-airtable" },
  ],
  answers: {
    scope: {
      rules: ["provider.airtable.invalid-permissions-or-model-not-found"],
      note: "The body never names the scope, and the same 403 also means the base, table or record id is wrong: if re-authorizing with the scope (and access to the base) does not help, check the ids.",
    },
    credential: { rules: ["provider.401"], note: "A missing, malformed, expired or revoked token is a 401 `AUTHENTICATION_REQUIRED`." },
    rateLimit: { rules: ["provider.airtable.rate-limited"], note: "5 requests per second per base (50 per token owner); no Retry-After: the docs say wait 30 seconds." },
    notRetryable: { rules: ["provider.airtable.billing-limit-exceeded"] },
  },
  notes: [
    "`INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND` is ambiguous by design (\"Invalid permissions, or the requested model was not found\"): a token without the scope or without access to the base, a user who is not a collaborator, a wrong table name and a record that does not exist all get it. The SDK maps it to the usual cause, a missing scope or base grant.",
    "`INVALID_PERMISSIONS` (\"You are not permitted to ...\") is the user's role or a field's editing permission in the base: re-authorizing does not widen it, so it stays a plain ProviderAPIError.",
    "A 429 `PUBLIC_API_BILLING_LIMIT_EXCEEDED` (Free and Team plans) blocks every data request until the month ends or the plan is upgraded, while metadata endpoints keep answering 200; airtable.js retries every 429 without a cap and hangs on it.",
    "Airtable documents no request-id header or body id.",
  ],
  signals: {
    "provider.airtable.invalid-permissions-or-model-not-found": {
      statement:
        "Airtable's 403 `INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND` is a ScopeReauthRequiredError, its usual cause: the token lacks the scope (e.g. `schema.bases:read`) or access to the base. Airtable sends the same 403 for a base, table or record id that does not exist: if re-authorizing does not help, check the ids.",
      action: "Re-authorize with the needed scope and access to the base; if that does not help, check the base, table and record ids.",
      source: "https://airtable.com/developers/web/api/errors",
      examples: [
        {
          source: "https://airtable.com/developers/web/api/errors",
          reconstructed: "the documented example (\"403 Forbidden\" and its body) written as a raw response",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error": {
    "type": "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND",
    "message": "Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct."
  }
}`,
        },
      ],
    },
    "provider.airtable.billing-limit-exceeded": {
      statement:
        "Airtable's 429 `PUBLIC_API_BILLING_LIMIT_EXCEEDED` is a ProviderAPIError that is not retryable: the workspace spent its plan's monthly API calls, and no request passes until the month resets or the plan is upgraded.",
      action: "Upgrade the workspace's plan or wait for the month to reset: no request passes until then, so stop retrying.",
      source: "https://support.airtable.com/docs/managing-api-call-limits-in-airtable",
      examples: [
        {
          source: "https://github.com/reddoorla/reddoor-maintenance/blob/259a98e131e09e0431fb5b0ed6be2c2fd9aa4651/.changeset/airtable-fail-fast.md",
          reconstructed:
            "the changeset states the status and the code (`429 PUBLIC_API_BILLING_LIMIT_EXCEEDED`); the message and the `errors[]` envelope are as other public logs quote them",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"errors":[{"error":"PUBLIC_API_BILLING_LIMIT_EXCEEDED","message":"API billing plan limit exceeded. You've reached the maximum number of requests allowed for this month."}]}`,
        },
      ],
    },
    "provider.airtable.rate-limited": {
      statement:
        "Airtable's 429 `RATE_LIMIT_REACHED` is a retryable ProviderAPIError; Airtable sends no Retry-After, and its docs say to wait 30 seconds before requests to that base succeed again, so the wait is 30 seconds.",
      action: "Wait 30 seconds (`err.retryAfter`), then send the same request to that base again.",
      source: "https://airtable.com/developers/web/api/errors",
      examples: [
        {
          source: "https://github.com/PipedreamHQ/pipedream/issues/10130",
          reconstructed: "status line added (the issue shows the body; the 429 is the status Airtable documents for it)",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"errors":[{"error":"RATE_LIMIT_REACHED","message":"Rate limit exceeded. Please try again later"}]}`,
        },
        {
          source: "https://airtable.com/developers/web/api/errors",
          reconstructed: "the documented example (\"429 Too Many Requests\" and its body) written as a raw response",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "error": {
    "type": "RATE_LIMIT_REACHED",
    "message": "Rate limit exceeded. Please try again later"
  }
}`,
        },
      ],
    },
  },
};

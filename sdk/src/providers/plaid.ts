/**
 * Plaid: every error is `{"error_type", "error_code", "error_message", "display_message",
 * "request_id"}`, and `error_code` says what to do. An Item whose login changed
 * (`ITEM_LOGIN_REQUIRED`) needs its user back in Link's update mode: the grant is dead until
 * they log in again, whatever the status. Rate limits are 429s the generic rules read.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Plaid's error types (https://plaid.com/docs/errors/), which with an upper-case `error_code` no other API sends. */
const PLAID_TYPES = [
  "INVALID_REQUEST", "INVALID_RESULT", "INVALID_INPUT", "INSTITUTION_ERROR", "RATE_LIMIT_EXCEEDED", "API_ERROR", "ITEM_ERROR",
  "ASSET_REPORT_ERROR", "RECAPTCHA_ERROR", "OAUTH_ERROR", "PAYMENT_ERROR", "BANK_TRANSFER_ERROR", "INCOME_VERIFICATION_ERROR",
  "MICRODEPOSITS_ERROR", "SANDBOX_ERROR", "PARTNER_ERROR", "TRANSACTIONS_ERROR", "TRANSFER_ERROR", "CHECK_REPORT_ERROR", "USER_ERROR",
];

export const plaid = provider({
  id: "plaid",
  name: "Plaid",
  hosts: ["plaid.com"],
  clients: { packages: ["plaid", "plaid-python", "plaid-node", "com.plaid", "Plaid"], classes: ["Plaid"] },
  bodyRequestId: "request_id",
  fingerprints: { body: { all: [{ json: "error_type", is: PLAID_TYPES }, { json: "error_code", matches: /^[A-Z][A-Z0-9_]{2,80}$/ }] } },
  // `display_message` is for the end user and often null; `error_message` is the developer's.
  message: ["error_message", "display_message"],
  signals: {
    "provider.plaid.item-login-required": {
      status: "any",
      when: { json: "error_code", is: "ITEM_LOGIN_REQUIRED" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const plaidDocs: ProviderDocs<typeof plaid> = {
  docs: [
    { title: "Errors", url: "https://plaid.com/docs/errors/" },
    { title: "Item errors", url: "https://plaid.com/docs/errors/item/" },
    { title: "Rate limit errors", url: "https://plaid.com/docs/errors/rate-limit-exceeded/" },
    { title: "Link update mode", url: "https://plaid.com/docs/link/update-mode/" },
  ],
  requestIdSource: "https://plaid.com/docs/errors/",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.plaid.item-login-required"],
      note: "An Item whose credentials, MFA or consent changed answers `ITEM_LOGIN_REQUIRED` (a 400): send its user through Link's update mode. An `INVALID_ACCESS_TOKEN` or `INVALID_API_KEYS` is the app's own mistake: fix the request.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Rate limits are 429s of type `RATE_LIMIT_EXCEEDED` (`TRANSACTIONS_SYNC_LIMIT`, `ACCOUNTS_LIMIT`...) with no `Retry-After`: back off.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "`INSTITUTION_DOWN` and `INSTITUTION_NOT_RESPONDING` come with a 400 but pass: Plaid says to retry later. They stay plain 400s here, not retried, until a public response shows them.",
    "`request_id` is in every error body: the id Plaid's support asks for.",
  ],
  signals: {
    "provider.plaid.item-login-required": {
      statement:
        "Plaid answers a call on an Item whose login changed (a new password, MFA, a revoked consent) with `ITEM_LOGIN_REQUIRED`: a ProviderUnauthorizedError whatever the status (Plaid sends 400); the user must log in again through Link's update mode.",
      action: "Send the user through Link's update mode to log in to the institution again; calls on this Item fail until they do.",
      source: "https://plaid.com/docs/errors/item/#item_login_required",
      examples: [
        {
          source: "https://github.com/infiniteluke/actualplaid/issues/1",
          text: `{
  name: 'PlaidError',
  display_message: null,
  error_code: 'ITEM_LOGIN_REQUIRED',
  error_message: "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
  error_type: 'ITEM_ERROR',
  request_id: 'IQhfb3uNqflOAUh',
  suggested_action: null,
  status_code: 400
}`,
        },
      ],
    },
  },
};

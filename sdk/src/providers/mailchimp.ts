/**
 * Mailchimp: two APIs under one account. The Marketing API (`https://<dc>.api.mailchimp.com/3.0/`)
 * answers every error with an RFC 7807 problem document, `{"type", "title", "status", "detail",
 * "instance"}`, whose `type` links Mailchimp's error glossary and whose `instance` repeats the
 * `X-Request-Id` header. Mailchimp Transactional (Mandrill before it, `https://mandrillapp.com/api/1.x/`)
 * answers `{"status": "error", "code", "name", "message"}`, and until 2023 sent almost every error,
 * a bad API key and a bad payload included, as a 500: its `name`, not its status, says what failed.
 *
 * The glossary rows below were read from a verbatim copy of the glossary table (the stored copy of
 * https://mailchimp.com/developer/marketing/docs/errors/ is cut after its opening section); the Transactional
 * error names and statuses come from Mailchimp's own OpenAPI file for Transactional
 * (github.com/mailchimp/mailchimp-client-lib-codegen, spec/transactional.openapi.json) and its release notes.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** The glossary every Marketing API error links in `type` (its current and its former address, `#405` and the like after it). */
const GLOSSARY = /^https?:\/\/(?:mailchimp\.com\/developer\/marketing\/docs\/errors\/|developer\.mailchimp\.com\/documentation\/mailchimp\/guides\/error-glossary\/)/;

/** A Transactional (Mandrill) error: `status` "error" beside a numeric `code` and a `name`. */
const transactional = (names: Match): Match => ({ all: [{ json: "status", is: "error" }, names] });

/** The `name`s Mailchimp's Transactional OpenAPI file gives its errors (`Unknown_*` and `Invalid_*` are families of them). */
const TRANSACTIONAL_NAME = /^(?:Invalid_Key|ValidationError|GeneralError|PaymentRequired|ServiceUnavailable|RequestLimitExceeded|MC_Exception_[A-Za-z]+|Unknown_[A-Za-z]+|Invalid_[A-Za-z_]+)$/;

/** Names of a request Transactional will not carry out as sent (the payload, an unknown object, an invalid one). */
const TRANSACTIONAL_REJECTED = /^(?:ValidationError|MC_Exception_[A-Za-z]+|Unknown_[A-Za-z]+|Invalid_(?!Key$)[A-Za-z_]+)$/;

export const mailchimp = provider({
  id: "mailchimp",
  name: "Mailchimp",
  // Mailchimp Transactional is Mandrill renamed; its API still answers on mandrillapp.com.
  aliases: ["mandrill", "mailchimp-transactional"],
  hosts: ["mailchimp.com", "mandrillapp.com"],
  clients: {
    // mailchimp_marketing / mailchimp_transactional (Python: ApiClientError), @mailchimp (Node), MailchimpMarketing /
    // MailchimpTransactional (PHP, Ruby), mailchimp3 (python-mailchimp), MailChimp.Net (.NET), gibbon (Ruby:
    // Gibbon::MailChimpError), DrewM.MailChimp (PHP), mandrill (the old official Mandrill clients).
    packages: [
      "mailchimp_marketing",
      "mailchimp_transactional",
      "@mailchimp",
      "MailchimpMarketing",
      "MailchimpTransactional",
      "mailchimp3",
      "MailChimp.Net",
      "gibbon",
      "Gibbon",
      "DrewM.MailChimp",
      "mandrill",
      "Mandrill",
    ],
    classes: ["MailChimp", "Mailchimp", "Mandrill"],
  },
  requestIdHeaders: ["x-request-id"],
  // The problem document's `instance` is the same id as the `X-Request-Id` header (seen in recorded responses).
  bodyRequestId: "instance",
  fingerprints: {
    body: {
      any: [
        // Marketing API: the problem document links the error glossary.
        { json: "type", matches: GLOSSARY },
        // A client's printout of the problem document (an R or PHP client printing its members): the glossary's address.
        { text: /developer\.mailchimp\.com\/documentation\/mailchimp\/guides\/error-glossary\// },
        { text: /mailchimp\.com\/developer\/marketing\/docs\/errors\// },
        // Marketing API: its `Link` header names Mailchimp's schema for the problem document.
        { header: "link", matches: /^<https:\/\/[a-z0-9]{2,8}\.api\.mailchimp\.com\/schema\/3\.0\// },
        // Transactional: `status` "error", a numeric `code` and one of its error names.
        transactional({ all: [{ json: "code", matches: /^-?\d{1,3}$/ }, { json: "name", matches: TRANSACTIONAL_NAME }] }),
      ],
    },
  },
  message: ["detail", "message", "title"],
  signals: {
    // 403 "User Disabled": the account is deactivated. Neither a retry nor a re-authorization brings it back.
    "provider.mailchimp.user-disabled": {
      status: [403],
      when: said("title", { is: "User Disabled" }, /User Disabled/),
      error: "ProviderAPIError",
      retryable: false,
    },
    // 403 "Wrong Datacenter": the key belongs to another data center (the `-usN` after it); the same key works there.
    "provider.mailchimp.wrong-datacenter": {
      status: [403],
      when: said("title", { is: "Wrong Datacenter" }, /title: Wrong Datacenter/),
      error: "ProviderAPIError",
      retryable: false,
    },
    // 503 ComplianceRelated, "This method has been disabled.": a 503 that is no outage, so no retry helps.
    "provider.mailchimp.compliance-disabled": {
      status: [503],
      when: said("detail", { is: "This method has been disabled." }, /This method has been disabled\./),
      error: "ProviderAPIError",
      retryable: false,
    },
    // Transactional: a wrong or revoked API key, `Invalid_Key`. Before February 2023 it came as a 500, now as a 401;
    // clients often print the body alone, so the name decides whatever the status.
    "provider.mailchimp.transactional-invalid-key": {
      status: "any",
      when: { any: [transactional({ json: "name", is: "Invalid_Key" }), { text: /Invalid_Key/ }] },
      error: "ProviderUnauthorizedError",
    },
    // Transactional `ValidationError`, `Unknown_*`, `Invalid_*`: the request must change. Before mid-2023 these came as
    // a 500, which a retry policy would have repeated.
    "provider.mailchimp.transactional-rejected": {
      status: "any",
      when: transactional({ json: "name", matches: TRANSACTIONAL_REJECTED }),
      error: "ProviderAPIError",
      retryable: false,
    },
    // Transactional `GeneralError` (500), `ServiceUnavailable` (503) and `RequestLimitExceeded` (429): try again later.
    "provider.mailchimp.transactional-retryable": {
      status: "any",
      when: transactional({ json: "name", is: ["GeneralError", "ServiceUnavailable", "RequestLimitExceeded"] }),
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const mailchimpDocs: ProviderDocs<typeof mailchimp> = {
  docs: [
    { title: "Errors (Marketing API error format and glossary)", url: "https://mailchimp.com/developer/marketing/docs/errors/" },
    { title: "Access data on behalf of other users with OAuth 2", url: "https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/" },
    { title: "Release note: added support for 401 Unauthorized response code (Transactional)", url: "https://mailchimp.com/developer/release-notes/added-support-for-401-unauthorized-response-code/" },
    { title: "Release note: changing API server response for client errors (Transactional)", url: "https://mailchimp.com/developer/release-notes/changing-api-server-response-for-client-errors/" },
    { title: "Release note: response code updated for invalid template name (Transactional)", url: "https://mailchimp.com/developer/release-notes/response-code-updated-for-invalid-template-name/" },
    { title: "Release note: message search rate limit now enforced (Transactional)", url: "https://mailchimp.com/developer/release-notes/message-search-rate-limit-now-enforced/" },
    { title: "Mailchimp Transactional OpenAPI file (error names and statuses)", url: "https://github.com/mailchimp/mailchimp-client-lib-codegen/blob/main/spec/transactional.openapi.json" },
  ],
  requestIdSource: "https://mailchimp.com/developer/marketing/docs/errors/",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401", "provider.mailchimp.transactional-invalid-key"],
      note: "Marketing API: 401 \"API Key Invalid\" (\"Your API key may be invalid, or you've attempted to access the wrong data center\"; a disabled key says \"API key has been disabled\") or \"API Key Missing\". Transactional: `Invalid_Key` (\"Invalid API key\"), a 401 since February 2023 and a 500 before; a Marketing API key is not a Transactional key.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.mailchimp.transactional-retryable"],
      note: "The Marketing API limits simultaneous connections, not requests: 429 \"Too Many Requests\", \"You have exceeded the limit of 10 simultaneous connections.\"; Mailchimp documents no rate-limit or Retry-After header. Transactional answers 429 `RequestLimitExceeded` (\"Slow down and retry after a brief delay\"); its message search allows 20 searches a minute and may be retried 60 seconds after the first of those 20.",
    },
    notRetryable: {
      rules: [
        "provider.mailchimp.user-disabled",
        "provider.mailchimp.wrong-datacenter",
        "provider.mailchimp.compliance-disabled",
        "provider.mailchimp.transactional-rejected",
      ],
      note: "A deactivated account (403 User Disabled), a key used against another data center (403 Wrong Datacenter), a method disabled for compliance (503), a Transactional feature that needs a positive balance (`PaymentRequired`), and Transactional validation and unknown-object errors, which came as 500s until mid-2023.",
    },
  },
  notes: [
    "Mailchimp documents no OAuth scopes for the Marketing API, and since January 2022 API access is managed at the account level, so a 403 no longer comes from the authorizing user's role (release note of October 20, 2021, https://mailchimp.com/developer/release-notes/scheduled/); a 403 \"Forbidden\" (\"You are not permitted to access this resource\") is the glossary's generic error and names nothing to re-authorize.",
    "The Marketing API host carries the account's data center (`us6.api.mailchimp.com`), the suffix of its API key (`…-us6`) or the `dc` of an OAuth token's metadata. A wrong one answers 401 \"API Key Invalid\" or 403 \"Wrong Datacenter\".",
    "`instance` in a problem document is the same value as its `X-Request-Id` header: the id to give Mailchimp support.",
    "Mailchimp's edge (Akamai) can answer 503 \"Request Blocked. We had to block your request because of something that looked suspicious\" with a Reference Number and no JSON (https://pastebin.com/k5phUZhk); Mailchimp's docs do not describe it.",
    "A 400 \"Member In Compliance State\" or \"Invalid Resource\" (\"… has signed up to a lot of lists very recently; we're not allowing more signups for now\") is about the contact, not the call: it is not retryable as sent.",
    "One report (https://github.com/ibericode/mailchimp-for-wordpress/issues/591) cleared a 403 \"User Disabled\" by creating a new API key; the glossary says only that the account is deactivated.",
  ],
  signals: {
    "provider.mailchimp.user-disabled": {
      statement:
        "Mailchimp's Marketing API answers a call for a deactivated account with 403 and the title \"User Disabled\" (glossary: \"This account has been disabled.\"; responses say \"This account has been deactivated.\"): a ProviderAPIError that is not retryable; contact Mailchimp support, a new token does not reactivate the account.",
      action: "Contact Mailchimp support about the deactivated account; a new token does not reactivate it, and retrying fails the same way.",
      source: "https://mailchimp.com/developer/marketing/docs/errors/",
      examples: [
        {
          source: "https://github.com/ibericode/mailchimp-for-wordpress/issues/591",
          reconstructed: "status line written from the plugin's `Response: 403 Forbidden - ` before the body; the body verbatim",
          text: `HTTP/1.1 403 Forbidden

{"type":"http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/","title":"User Disabled","status":403,"detail":"This account has been deactivated.","instance":"0141b85e-2e9b-4652-9e5b-a6c194841d75"}`,
        },
      ],
    },
    "provider.mailchimp.wrong-datacenter": {
      statement:
        "Mailchimp's Marketing API answers a key used against another data center with 403 and the title \"Wrong Datacenter\" (\"The API key provided is linked to a different datacenter\"): a ProviderAPIError that is not retryable as sent; call the data center the key names (its `-usN` suffix).",
      action: "Send the call to the data center the API key's `-usN` suffix names (host `usN.api.mailchimp.com`); the same key works there.",
      source: "https://mailchimp.com/developer/marketing/docs/errors/",
      examples: [
        {
          source: "https://github.com/jdtrat/chimpr/issues/1",
          reconstructed: "status line added from the `status: 403` the R client printed; the client's printout of the members verbatim",
          text: `HTTP/1.1 403 Forbidden

Error: 
  type: http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/
  title: Wrong Datacenter
  status: 403
  detail: The API key provided is linked to a different datacenter
  instance: 9258381c-5176-43d4-bb49-ada6a02f8b47`,
        },
      ],
    },
    "provider.mailchimp.compliance-disabled": {
      statement:
        "Mailchimp's glossary lists 503 ComplianceRelated, \"This method has been disabled.\": a 503 that is a compliance block, not an outage, so a ProviderAPIError that is not retryable; contact Mailchimp support.",
      action: "Contact Mailchimp support: the method is disabled for compliance, not down, so retrying fails the same way.",
      source: "https://mailchimp.com/developer/marketing/docs/errors/",
      examples: [
        {
          source: "https://mailchimp.com/developer/marketing/docs/errors/",
          reconstructed:
            "status line and body built from the glossary row (503, ComplianceRelated, \"This method has been disabled.\") in the problem-document shape the same page shows; the glossary gives no title for this row, so none is written",
          text: `HTTP/1.1 503 Service Unavailable
Content-Type: application/problem+json; charset=utf-8

{"type":"https://mailchimp.com/developer/marketing/docs/errors/","status":503,"detail":"This method has been disabled."}`,
        },
      ],
    },
    "provider.mailchimp.transactional-invalid-key": {
      statement:
        "Mailchimp Transactional (Mandrill) answers an invalid or revoked API key with `name` \"Invalid_Key\" (\"Invalid API key\"): a ProviderUnauthorizedError. It has been a 401 since February 23, 2023 and was a 500 before, so the name, not the status, decides; a Marketing API key is not a Transactional key.",
      action: "Replace the API key with a valid Mailchimp Transactional key (a Marketing API key does not work); retrying with this one fails.",
      source: "https://mailchimp.com/developer/release-notes/added-support-for-401-unauthorized-response-code/",
      examples: [
        {
          source: "https://github.com/mailchimp/mailchimp-client-lib-codegen/blob/main/spec/transactional.openapi.json",
          reconstructed: "status line added: the OpenAPI file gives this example body (InvalidKeyError) under the 401 response every operation declares",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"status":"error","code":401,"name":"Invalid_Key","message":"Invalid API key"}`,
        },
      ],
    },
    "provider.mailchimp.transactional-rejected": {
      statement:
        "Mailchimp Transactional answers an invalid or missing parameter (`ValidationError`) or an unknown template, subaccount, message or other object (`Unknown_*`, `Invalid_*`) with that `name`: a ProviderAPIError that is not retryable as sent. Until mid-2023 these came as HTTP 500 (release notes of June and July 2023), which a retry policy would otherwise repeat.",
      action: "Fix the parameter or object that the body's `name` and `message` point to, then send the corrected request; resending it unchanged fails.",
      source: "https://mailchimp.com/developer/release-notes/changing-api-server-response-for-client-errors/",
      examples: [
        {
          source: "https://github.com/Wylio/meteor-mandrill/issues/12",
          reconstructed:
            "the Meteor client printed the body escaped inside its error's `stack`, after `failed [500]`; written as the response it reports: a 500 status line and the body unescaped",
          text: `HTTP/1.1 500 Internal Server Error
Content-Type: application/json

{"status":"error","code":-1,"name":"ValidationError","message":"You must specify a key value"}`,
        },
      ],
    },
    "provider.mailchimp.transactional-retryable": {
      statement:
        "Mailchimp Transactional answers its own failure with `GeneralError` (500, \"An unknown error occurred processing your request. Please try again later.\"), a subsystem down for maintenance with `ServiceUnavailable` (503) and a request over its rate limit with `RequestLimitExceeded` (429, \"Slow down and retry after a brief delay\"): a retryable ProviderAPIError.",
      action: "Back off and retry after a brief delay; if the limit keeps being hit, slow down the rate of your requests.",
      source: "https://github.com/mailchimp/mailchimp-client-lib-codegen/blob/main/spec/transactional.openapi.json",
      examples: [
        {
          source: "https://github.com/mailchimp/mailchimp-client-lib-codegen/blob/main/spec/transactional.openapi.json",
          reconstructed: "status line added: the OpenAPI file gives this example body (RequestLimitExceededError) under its 429 response",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"status":"error","code":429,"name":"RequestLimitExceeded","message":"Too Many Requests attempted recently"}`,
        },
      ],
    },
  },
};

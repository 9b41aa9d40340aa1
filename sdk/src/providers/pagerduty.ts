/**
 * PagerDuty: the REST API (api.pagerduty.com, api.eu.pagerduty.com; scoped OAuth at identity.pagerduty.com) and the Events API
 * (events.pagerduty.com, events.eu.pagerduty.com). A REST error is `{"error": {"message": "Invalid Input Provided", "code": 2001,
 * "errors": ["..."]}}`, its four-digit code PagerDuty's own (2006 "Authentication failed", 2008 "Account Locked", 2020 "Rate Limit
 * Exceeded"); an Events API error is `{"status": "invalid event", "message": "Event object is invalid", "errors": [...]}`. Its
 * statuses say what to do and the generic rules read them: 400 fix the request, 401 replace the key, 402 the account's plan, 403
 * the token's scope or role, 429 wait (`ratelimit-reset`, seconds, with `ratelimit-remaining: 0`), 5xx retry; so PagerDuty has no
 * signal of its own. (The Events API v1 answers its rate limit with 403, which the docs say to retry: no public response shows
 * one, so it stays a note.)
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** The ranges of PagerDuty's documented REST error codes (1001-1020 incidents, 2000-2100 general, 3xxx schedules, 4004, 5xxx, 6xxx teams, 7xxx SAML, 8xxx sign-in). */
const PD_CODE = /^(?:10(?:0[1-9]|1\d|20)|20(?:[01]\d|20)|2100|300[1-4]|4004|500[1-3]|600[1-7]|700[1-7]|800[1-8])$/;
/** PagerDuty's REST error codes that come without an `errors` list, with their documented messages (REST API "Errors" page). */
const BARE_CODES = ["2006", "2007", "2008", "2010", "2012", "2014", "2020", "2100"];
const BARE_MESSAGES = [
  "Authentication failed",
  "Account Not Found",
  "Account Locked",
  "Access Denied",
  "Your account is expired and cannot use the API",
  "Missing Account Ability",
  "Rate Limit Exceeded",
  "Not Found",
];
/** pdpyras's log line for a 5xx ("contact PagerDuty support and reference x_request_id=<id> / date=...") and its debug line. */
const PDPYRAS_REQUEST_ID = /x_request_id=([A-Za-z0-9][A-Za-z0-9-]{7,63})\b/;
/**
 * go-pagerduty's `APIError.Error()`: "HTTP response failed with status code 429, message: Rate Limit Exceeded (code: 2020)", then what
 * its error's list adds; its status, message, code and that rest are groups 1 to 4 (the printout's reader in `input/logs.ts` reads them).
 */
export const GO_PAGERDUTY = /\bHTTP response failed with status code (\d{3})(?:, message: ([^\r\n]{0,300}?)\s{0,2}\(code: (\d{1,5})\)([^\r\n]{0,2000})| and no JSON error object was present)/;
/** heimweh/go-pagerduty's (the Terraform provider's older client): "failed 400 Bad Request. Code: 2001, Errors: [...], Message: ...". */
const HEIMWEH_GO_PAGERDUTY = /\. Code: [1-9]\d{3}, Errors: \[[^\n\]]{0,500}\], Message: /;

export const pagerduty = provider({
  id: "pagerduty",
  name: "PagerDuty",
  // api.pagerduty.com and events.pagerduty.com, their EU twins (api.eu., events.eu.), the scoped OAuth server
  // (identity.pagerduty.com) and an account's own subdomain (`<account>.pagerduty.com`, where the retired REST API v1 answered
  // at /api/v1/): every host under pagerduty.com is PagerDuty's own; its customers' sites are not on it.
  hosts: ["pagerduty.com"],
  // pdpyras (`pdpyras.PDClientError`) and python-pagerduty (module `pagerduty`), pypd (`pypd.errors.BadRequest`), pygerduty
  // (Dropbox's), go-pagerduty (package `pagerduty`), node-pagerduty and pdjs (`@pagerduty/pdjs`), pager_duty-connection (Ruby:
  // `PagerDuty::Connection::ApiError`), the `pagerduty` gem (`Pagerduty::...`). Not pdpyras's `PD…` classes: `PD` starts `PDFException`.
  clients: {
    packages: ["pdpyras", "pagerduty", "pypd", "pygerduty", "node-pagerduty", "@pagerduty", "PagerDuty", "Pagerduty"],
    classes: ["PagerDuty", "Pagerduty"],
  },
  // `X-Request-Id`, a UUID PagerDuty's support traces a call by (pdpyras#16, by its maintainer at PagerDuty); pdpyras logs it as
  // `x_request_id=<id>`.
  requestIdHeaders: ["x-request-id"],
  bodyRequestId: [{ text: PDPYRAS_REQUEST_ID }, { printed: PDPYRAS_REQUEST_ID }],
  fingerprints: {
    body: {
      any: [
        // The REST error object with its list of details (strings) and a code in PagerDuty's ranges.
        { all: [{ json: "error.code", matches: PD_CODE }, { json: "error.message" }, { json: "error.errors[]" }] },
        // The codes that come bare (a rate limit, a rejected key, a locked account), each with its documented message.
        { all: [{ json: "error.code", is: BARE_CODES }, { json: "error.message", is: BARE_MESSAGES }] },
        // The Events API's invalid event (v1 and v2).
        { all: [{ json: "status", is: "invalid event" }, { json: "message", matches: /^Event object (?:is invalid|format is unrecognized)/ }] },
        // Its Go clients' printouts (go-pagerduty's, whole or with its status read off).
        { text: GO_PAGERDUTY },
        { text: /^and no JSON error object was present/ },
        { text: HEIMWEH_GO_PAGERDUTY },
      ],
    },
  },
  message: ["error.message", "message"],
  signals: {},
});

export const pagerdutyDocs: ProviderDocs<typeof pagerduty> = {
  docs: [
    { title: "REST API: errors (HTTP statuses, error object, PagerDuty error codes)", url: "https://github.com/PagerDuty/developer-docs/blob/main/docs/REST-API/14-Errors.md" },
    { title: "REST API rate limits (ratelimit-* headers, 429 with code 2020)", url: "https://github.com/PagerDuty/developer-docs/blob/main/docs/REST-API/04-Rate-Limits.md" },
    { title: "Events API v2: response codes and retry logic", url: "https://github.com/PagerDuty/developer-docs/blob/main/docs/events-API-v2/01-Overview.md" },
    { title: "Events API rate limits", url: "https://github.com/PagerDuty/developer-docs/blob/main/docs/events-API-v2/05-Rate-Limits.md" },
    { title: "Events API v1: response codes (403 for its rate limit)", url: "https://github.com/PagerDuty/developer-docs/blob/main/docs/events-API-v1/01-Overview.md" },
    { title: "Scoped OAuth: a token without the endpoint's scope gets 403", url: "https://github.com/PagerDuty/developer-docs/blob/main/docs/app-integration-development/02-Private-Apps.md" },
    { title: "REST API Rate Limits (support article)", url: "https://support.pagerduty.com/main/docs/rest-api-rate-limits" },
  ],
  requestIdSource: "https://github.com/PagerDuty/pdpyras/issues/16",
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "A scoped OAuth token without the scope an endpoint needs (`incidents.read`, `incidents.write`...), or a read-only API key used to write, gets 403 Forbidden; the body names no scope. Not retryable: request the scope the endpoint's reference lists (\"Scoped OAuth requires: ...\") and get a new token, or use a full-access key.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A wrong, deleted or expired key or OAuth token gets 401 (code 2006 \"Authentication failed\"; pdpyras: \"Received 401 Unauthorized response from the API. The access key (*xxxx) might not be valid.\"): replace it. An Events API integration (routing) key is not a REST API key, nor the reverse: a REST key sent as `routing_key` is a 400 \"Invalid routing key\", not a 401.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "The REST API allows 960 requests a minute per key, user or app; over it, 429 `{\"error\": {\"message\": \"Rate Limit Exceeded\", \"code\": 2020}}` with `ratelimit-remaining: 0` and `ratelimit-reset` (seconds to wait), which the generic rules read. The Events API v2 allows about 120 events a minute per integration key and answers 429 without a wait; its docs say retry, a few times 30 seconds apart. PagerDuty needs no signal of its own.",
    },
    notRetryable: {
      rules: ["provider.error", "provider.403"],
      note: "400 is \"invalid arguments, retrying with the same arguments will not work\" (2001 \"Invalid Input Provided\", 2002 \"Arguments Caused Error\", an Events API \"invalid event\"); 402 is an ability the account's plan lacks (2014 \"Missing Account Ability\"); 403 with 2008 \"Account Locked\" or 2010 \"Access Denied\" is the account or the token. The generic rules answer them not retryable; 408 and 5xx, which PagerDuty says to retry, they answer retryable.",
    },
  },
  notes: [
    "`X-Request-Id` (a UUID) comes back on REST API responses; pdpyras logs it on a 5xx as \"contact PagerDuty support and reference x_request_id=<id> / date=<date>\". Quote it and the date to PagerDuty's support.",
    "The Events API v1 (`events.pagerduty.com/generic/2010-04-15/create_event.json`) answers its rate limit with 403 Forbidden and its docs say to retry after a while; the generic rules read a 403 as not retryable. No public response of it was found, so there is no signal: an Events API v1 403 is most likely throttling, retry with a backoff (or move to the Events API v2, which answers 429). The retired REST API v1 also used 403 for its rate limit.",
    "The Events API's keys are integration (routing) keys of 32 characters; \"Length of 'routing_key' is incorrect (should be 32 characters)\" or \"Invalid routing key\" mean a REST API key or a wrong key was sent: a 400 to fix, not a credential to refresh.",
    "The Terraform provider and go-pagerduty print `HTTP response failed with status code 429, message: Rate Limit Exceeded (code: 2020)`; the Terraform provider may follow a 429 with \"No valid credentials found for PagerDuty provider\", which is its own wording, not a rejected key.",
  ],
  signals: {},
};

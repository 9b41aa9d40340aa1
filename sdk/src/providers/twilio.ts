/**
 * Twilio (the REST API at api.twilio.com and its product APIs at `<product>.twilio.com`): every error
 * is `{"code", "message", "more_info", "status"}`, the `code` one of its numbered errors, each with
 * a page under `twilio.com/docs/errors/`, and `status` the HTTP status. The code says more than the
 * status: 20003 is a credential rejected, 20429 its concurrency limit (safe to retry), 63038 and
 * 60203 limits that a 429 carries but no backoff ends.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** The page of one of its numbered errors, which each error body links (a 5xx's by its status: 20503 links `/docs/errors/503`). */
const ERROR_PAGE_URL = String.raw`https?:\/\/www\.twilio\.com\/docs\/(?:api\/)?errors\/\d{3,5}`;
const ERROR_PAGE = new RegExp(`^${ERROR_PAGE_URL}$`);

/** Its error's `code`, one of `codes` (a number in the body; twilio-node's RestException prints it as one too). */
const code = (codes: string[]): Match => ({ json: "code", is: codes });

export const twilio = provider({
  id: "twilio",
  name: "Twilio",
  hosts: ["twilio.com"],
  clients: { packages: ["twilio", "com.twilio", "Twilio"], classes: ["Twilio"] },
  requestIdHeaders: ["twilio-request-id"],
  // The same page where a client printed the error's members (twilio-node's `moreInfo: '...'`) or its words ("More information: ...").
  errorLinks: new RegExp(`${ERROR_PAGE_URL}\\b`),
  fingerprints: {
    headers: ["twilio-request-id", "twilio-concurrent-requests", "twilio-request-duration"],
    // Each error links its own page (`more_info`; twilio-node's RestException and serverless-api print it `moreInfo`).
    // Or a client's words with the link after them (twilio-csharp's "ApiError 20003: Authenticate (null) More info: https://www.twilio.com/docs/errors/20003").
    // (Or its XML, the 2010 API's `<TwilioResponse><RestException>` with the same `<MoreInfo>` link.)
    body: {
      any: [
        { json: "more_info", matches: ERROR_PAGE },
        { json: "moreInfo", matches: ERROR_PAGE },
        { text: /\bMore info: https:\/\/www\.twilio\.com\/docs\/errors\/\d{5}\b|<MoreInfo>https:\/\/www\.twilio\.com\/docs\/errors\/\d{5}<\/MoreInfo>/ },
      ],
    },
  },
  message: ["message"],
  signals: {
    "provider.twilio.authenticate": {
      status: [401],
      // Or its message alone, "Authenticate", as twilio-node's RestException prints it above its members.
      when: { any: [code(["20003"]), { text: /^Authenticate$/ }] },
      error: "ProviderUnauthorizedError",
    },
    // Twilio limits the requests an account has in flight: one over it is never processed, so it is always safe to send again.
    "provider.twilio.concurrency-limit": {
      status: [429],
      when: code(["20429"]),
      error: "ProviderAPIError",
      retryable: true,
    },
    // A daily message limit (63038) and a verification's send attempts (60203) answer 429 too, and last a day or until the
    // verification expires: a backoff does not end them.
    "provider.twilio.daily-limit": {
      status: [429],
      when: code(["63038", "60203"]),
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const twilioDocs: ProviderDocs<typeof twilio> = {
  docs: [
    { title: "Error and warning dictionary", url: "https://www.twilio.com/docs/api/errors" },
    { title: "20003: Permission Denied (Authenticate)", url: "https://www.twilio.com/docs/api/errors/20003" },
    { title: "20429: Too Many Requests", url: "https://www.twilio.com/docs/api/errors/20429" },
    { title: "63038: Account exceeded the daily messages limit", url: "https://www.twilio.com/docs/api/errors/63038" },
  ],
  requestIdSource: "https://github.com/twilio/twilio-cli/issues/231",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.twilio.authenticate"],
      note: "A wrong, deleted or expired Auth Token or API key, test credentials used against the live API, or the wrong region: 401 with code 20003 (\"Authenticate\").",
    },
    rateLimit: {
      rules: ["provider.twilio.concurrency-limit"],
      note: "Twilio limits concurrent requests, not requests a second: a 429 with code 20429, never processed, safe to retry after backing off. It sends no Retry-After on its 2010 API; `Twilio-Concurrent-Requests` says how many were in flight.",
    },
    notRetryable: {
      rules: ["provider.twilio.daily-limit"],
      note: "A 429 with code 63038 (the account's daily message limit) or 60203 (a verification's send attempts) lasts until the day or the verification ends: no backoff gets past it.",
    },
  },
  notes: [
    "A missing permission has no answer of its own: a Standard or Restricted API key used where its type may not go (the Accounts API, `/v1/Keys`) gets the same 401 and code 20003 as a wrong credential, and a Restricted key without a permission may get a 403 or code 70051. Check the key's type and permissions in the Console before replacing it.",
    "`Twilio-Request-Id` (`RQ` and 32 hex digits) is on every answer: the id Twilio's support asks for.",
    "Failures after a message was accepted (14107, 30001 and the other 30xxx errors) come in status callbacks, not as the API's answer.",
  ],
  signals: {
    "provider.twilio.authenticate": {
      statement:
        "Twilio answers a call whose credentials it rejects (a wrong or deleted Auth Token or API key, test credentials against the live API, the wrong region) with 401 and code 20003 (\"Authenticate\"): a ProviderUnauthorizedError; replace the credential. A Standard or Restricted API key on an endpoint it may not use gets the same answer.",
      action: "Check the key's type and permissions in the Twilio Console, then replace the Auth Token or API key if it is wrong, deleted, a test credential or of another region.",
      source: "https://www.twilio.com/docs/api/errors/20003",
      examples: [
        {
          source: "https://github.com/twilio/twilio-video-app-react/issues/841",
          text: `Error sending OTP: RestException [Error]: Authenticate
    at success (/Users/m/Desktop/A1/Shopping-Application-backend-/node_modules/twilio/lib/base/Version.js:79:23)
    at processTicksAndRejections (node:internal/process/task_queues:95:5) {
  status: 401,
  code: 20003,
  moreInfo: 'https://www.twilio.com/docs/errors/20003',
  details: undefined
}`,
        },
        {
          source: "https://support.twilio.com/hc/en-us/articles/50301225354651-Error-20003-Authentication-Error-Invalid-Username-When-Using-Restricted-API-Keys",
          text: `{
  "code": 20003,
  "message": "Authentication Error - invalid username",
  "more_info": "https://www.twilio.com/docs/errors/20003",
  "status": 401
}`,
        },
      ],
    },
    "provider.twilio.concurrency-limit": {
      statement:
        "Twilio answers a request over the account's concurrency limit with 429 and code 20429: a retryable ProviderAPIError; the request was never processed, so back off and send it again.",
      action: "Back off and send the same request again: it was never processed, so a retry is safe.",
      source: "https://www.twilio.com/docs/api/errors/20429",
      examples: [
        {
          source: "https://github.com/twilio-labs/serverless-api/issues/37",
          text: `{
  "status":429,
  "message":"Too many requests",
  "detail":"Too many requests for the associated account being sent.",
  "code":20429,
  "moreInfo":"https://www.twilio.com/docs/errors/20429"
}`,
        },
      ],
    },
    "provider.twilio.daily-limit": {
      statement:
        "Twilio answers a message over the account's daily limit (code 63038) or a verification over its send attempts (code 60203) with 429: a ProviderAPIError that is not retryable; it lasts until the day's window or the verification ends (or the account's limit is raised), whatever the backoff.",
      action: "Stop retrying: wait for the day's window to end (or the verification to expire), or have the account's daily limit raised.",
      source: "https://www.twilio.com/docs/api/errors/63038",
      examples: [
        {
          source: "https://github.com/twilio/twilio-php/issues/661",
          text: `{"code":63038,"message":"Account ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX exceeded the 500 daily messages limit","more_info":"https:\\/\\/www.twilio.com\\/docs\\/errors\\/63038","status":429}`,
        },
      ],
    },
  },
};

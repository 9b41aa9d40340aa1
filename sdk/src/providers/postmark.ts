/**
 * Postmark (its API at api.postmarkapp.com): an error is `{"ErrorCode": <number>, "Message": "..."}`, the code one of
 * the numbered API errors its overview page lists; a 401 is a token it refuses, a 422 a request it will not process, and
 * the code says which. Two answers need more than the status: ErrorCode 10 (a token missing, wrong or of the wrong kind)
 * also comes under a 422, and the batch endpoints answer 200 with one result per message, each with its own ErrorCode.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** Its error's `ErrorCode`, one of `codes` (a number in the body). */
const code = (codes: string[]): Match => ({ json: "ErrorCode", is: codes });

export const postmark = provider({
  id: "postmark",
  name: "Postmark",
  hosts: ["postmarkapp.com"],
  // postmark (npm: PostmarkError, InvalidAPIKeyError, ApiInputError…; the Ruby gem: Postmark::ApiInputError…; the
  // official Python SDK's package: PostmarkAPIException…), postmarker and pystmark (Python), Postmark (postmark-php's
  // Postmark\Models\PostmarkException), PostmarkDotNet (.NET), com.postmarkapp and, before it, com.wildbit.java.postmark
  // (postmark-java; Wildbit was Postmark's company).
  clients: {
    packages: ["postmark", "postmarker", "pystmark", "Postmark", "PostmarkDotNet", "com.postmarkapp", "com.wildbit"],
    classes: ["Postmark"],
  },
  // Not in the API docs: the official Python SDK (postmark/clients/server_client.py) reads `X-Request-Id` from every
  // answer and prints it as "[request_id=…]" after the error.
  requestIdHeaders: ["x-request-id"],
  bodyRequestId: [{ printed: /\[request_id=([^\]\s]{1,128})\]/ }],
  // Its overview's words for a token it refuses (its response codes: "401 — Unauthorized: Missing or incorrect API token in header"),
  // and its message for none sent, as its clients print them without the status (postmark-php's PostmarkException, the Ruby gem's
  // InvalidMessageError).
  documentedStatus: {
    source: "https://postmarkapp.com/developer/api/overview#response-codes",
    messages: [
      [/\bMissing or incorrect API token in header\b/, 401],
      [/\bNo Account or Server API tokens were supplied in the HTTP headers\b/, 401],
    ],
  },
  fingerprints: {
    // Its error body, or a batch answer's list of results: a numeric `ErrorCode` beside `Message`, both capitalized.
    body: {
      any: [
        { all: [{ json: "ErrorCode", matches: /^\d{1,4}$/ }, { json: "Message" }] },
        { all: [{ json: "[].ErrorCode", matches: /^\d{1,4}$/ }, { json: "[].Message" }] },
      ],
    },
  },
  message: ["Message", "[].Message"],
  signals: {
    // ErrorCode 10, "Bad or missing API token": no token, a wrong one, an Account token where a Server token is needed
    // (or both sent). Its docs say 401; the Ruby gem's reports show it under a 422 (InvalidMessageError) when no token
    // was sent, and the official Python SDK maps code 10 to InvalidAPIKeyException whatever the status.
    "provider.postmark.bad-token": {
      when: {
        any: [
          code(["10"]),
          said("Message", { matches: /No Account or Server API tokens were supplied in the HTTP headers/ }),
          said("Message", { matches: /Request does not contain a valid Server token/ }),
        ],
      },
      error: "ProviderUnauthorizedError",
    },
    // 405 "Not allowed to send", 412 "Account is Pending", 413 "Account May Not Send": the account, not the message,
    // must change (approval, billing, support); a 422 says "fix the request", which no change to the request does.
    "provider.postmark.account-cannot-send": {
      when: {
        any: [
          code(["405", "412", "413"]),
          said("Message", { matches: /While your account is pending approval, all recipient addresses must share the same domain/ }),
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    // /email/batch and /email/batchWithTemplates answer 200 with a list: a message whose result has a non-zero
    // ErrorCode was not sent, while the others were; sending the batch again would send those twice.
    "provider.postmark.batch-item-rejected": {
      status: "success",
      when: { all: [{ json: "[].ErrorCode", matches: /^[1-9]\d{0,3}$/ }, { json: "[].Message" }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const postmarkDocs: ProviderDocs<typeof postmark> = {
  docs: [
    { title: "API overview: authentication, HTTP response codes, API error codes", url: "https://postmarkapp.com/developer/api/overview" },
    { title: "Send batch emails", url: "https://postmarkapp.com/developer/user-guide/send-email-with-api/batch-emails" },
    { title: "Templates API: send batch with templates", url: "https://postmarkapp.com/developer/api/templates-api#send-batch-with-templates" },
    { title: "What happens when credits run out?", url: "https://postmarkapp.com/support/article/936-what-happens-when-credits-run-out" },
  ],
  requestIdSource: "https://github.com/ActiveCampaign/postmark-python/blob/main/postmark/clients/server_client.py",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.postmark.bad-token", "provider.401"],
      note: "A missing or wrong token gets 401 \"Missing or incorrect API token in header\" and ErrorCode 10 (\"Request does not contain a valid Server token.\"); an Account token sent as a Server token, or both sent, gets the same code. Postmark has two kinds of token and no scopes: Server tokens for a server's endpoints, Account tokens for account-level ones.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "429 \"Rate Limit Exceeded\": requests at a rate beyond acceptable use; reduce the rate, or ask support for an increase. Postmark documents no limit, no Retry-After and no rate-limit headers: back off.",
    },
    notRetryable: {
      rules: ["provider.postmark.account-cannot-send", "provider.postmark.batch-item-rejected"],
      note: "ErrorCode 405 (Not allowed to send), 412 (Account is Pending: only recipients of the From address's domain until approval) and 413 (Account May Not Send) are the account's state; a batch's per-message errors come under 200, and re-sending the batch sends its accepted messages twice.",
    },
  },
  notes: [
    "ErrorCode 406 (Inactive recipient, under 422) means every recipient has hard-bounced, complained or been suppressed: not retryable for them until reactivated. When only some are inactive, a single send answers 200 with ErrorCode 0 and \"Message OK, but will not deliver to these inactive addresses: …\" (postmark.js#87, an issue thread).",
    "500: \"In most cases the message is lost during the process\" (overview page), so sending again is right; 503 is a planned outage, to retry later.",
    "Its overview page gives 401 for a missing or wrong token; reports through the Ruby gem show ErrorCode 10 under a 422 when no token header was sent at all (postmark-rails#60, postmark-gem#118).",
    "The `POSTMARK_API_TEST` Server token validates a send without delivering it.",
    "Postmark's API docs name no request id; the official Python SDK reads `X-Request-Id`.",
  ],
  signals: {
    "provider.postmark.bad-token": {
      statement:
        "Postmark answers a request without a valid token of the kind the endpoint needs (none, a wrong one, an Account token where a Server token is required, or both) with ErrorCode 10 (\"Bad or missing API token\"), under a 401 (and, when no token header was sent, a 422 in reports through the Ruby gem): a ProviderUnauthorizedError; send the right token in X-Postmark-Server-Token or X-Postmark-Account-Token.",
      action: "Send the right token for the endpoint: a Server token in `X-Postmark-Server-Token` or an Account token in `X-Postmark-Account-Token`, not both.",
      source: "https://postmarkapp.com/developer/api/overview",
      examples: [
        {
          source: "https://github.com/PipedreamHQ/pipedream/issues/10254",
          reconstructed: "status line written from the issue's \"Getting a 401 with\", Content-Type from the log the issue pastes (\"content-type\": \"application/json; charset=utf-8\"); the body as the issue quotes it",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json; charset=utf-8

{"ErrorCode": 10, "Message": "Request does not contain a valid Server token."}`,
        },
      ],
    },
    "provider.postmark.account-cannot-send": {
      statement:
        "Postmark answers a send its account may not make with 422 and ErrorCode 405 (Not allowed to send), 412 (Account is Pending: until approval, every recipient must share the From address's domain) or 413 (Account May Not Send): a ProviderAPIError that is not retryable; the account must be approved, paid for or restored first.",
      action: "Get the account approved, paid for or restored first; while it is pending, send only to recipients sharing the From address's domain.",
      source: "https://postmarkapp.com/developer/api/overview",
      examples: [
        {
          source: "https://github.com/edenlabllc/ehealth.api/issues/151",
          reconstructed: "the body unescaped from the JSON log line the issue pastes (\"Here is the response:\" …); the status line is the 422 the overview page gives API errors that carry an ErrorCode",
          text: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

{"ErrorCode":412,"Message":"While your account is pending approval, all recipient addresses must share the same domain as the 'From' address. The domain of the 'From' address is 'ehealth.world', but you are attempting to send email to the following domain: 'gmail.com'."}`,
        },
      ],
    },
    "provider.postmark.batch-item-rejected": {
      statement:
        "Postmark's batch endpoints (/email/batch, /email/batchWithTemplates) answer 200 with a list of results in the order of the messages sent, \"even when validation for individual messages may fail\": a result with a non-zero ErrorCode is a ProviderAPIError that is not retryable as sent (fix that message; re-sending the whole batch would send the accepted ones again). The 200-level note is quoted from the Templates API page by two issue threads, and a Postmark maintainer confirmed it in postmark.js#44.",
      action: "Fix and resend only the messages whose result has a non-zero `ErrorCode`: resending the whole batch sends the accepted ones twice.",
      source: "https://postmarkapp.com/developer/api/templates-api#send-batch-with-templates",
      examples: [
        {
          source: "https://github.com/ActiveCampaign/postmark.js/issues/47",
          reconstructed:
            "the issue reports that the batch call resolved without an error but shows no body: the list is built around the message and code (400) the same message got from the single-send endpoint in that issue, under the 200 the batch endpoints answer",
          text: `HTTP/1.1 200 OK
Content-Type: application/json

[{"ErrorCode":400,"Message":"The 'From' address you supplied (test@test.com) is not a Sender Signature on your account. Please add and confirm this address in order to be able to use it in the 'From' field of your messages."}]`,
        },
      ],
    },
  },
};

/**
 * Mailgun (its HTTP API at api.mailgun.net, and api.eu.mailgun.net for domains created in the EU region): an error is
 * `{"message": "..."}` in words of its own, or, for a key it refuses, the plain text `Forbidden` under a 401. Its sending
 * limits answer with the reason and the time to try again in the message ("Domain example.com is not allowed to send:
 * recipient limit exceeded, try again after Mon, 20 Dec 2021 20:33:21 UTC"); a sandbox domain, a free account, an
 * unverified domain or an account not yet activated answer "Domain … is not allowed to send: …" too, and those no retry
 * gets past. It documents no request id.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** Its words for a sending limit spent: `request`, `recipient` or `bytes`, then the time the window ends. */
const SEND_LIMIT = /is not allowed to send: [a-z]{1,20} limit exceeded, try again after /;
/** The time its sending window ends, an HTTP date in UTC. */
const TRY_AGAIN_AFTER = /try again after ([A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} UTC)/;

/**
 * A domain or an account that may not send yet: a sandbox domain to a recipient not authorized, a free account, a domain
 * whose DNS is not verified, an account not activated, large batches from a new domain. Older answers (2017, 2018) said the
 * sandbox and free-account sentences alone, without "Domain … is not allowed to send:" before them.
 */
const ACCOUNT_BLOCKED: readonly RegExp[] = [
  /is not allowed to send: (?:Sandbox subdomains are for test purposes only|Free accounts are for test purposes only|The domain is unverified and requires DNS configuration|Please activate your Mailgun account)/,
  /is not allowed to send large batches yet/,
  /Sandbox subdomains are for test purposes only\. Please add your own domain/,
  /Free accounts are for test purposes only\. Please upgrade/,
];

// Or in what a client printed around no body (mailgun.js's APIError logged as "status: 403, details: '...'").
const blocked: Match = { any: ACCOUNT_BLOCKED.flatMap((re) => [said(["message", "details"], { matches: re }, re), { printed: re }]) };

export const mailgun = provider({
  id: "mailgun",
  name: "Mailgun",
  // api.mailgun.net and api.eu.mailgun.net; mailgun.org is its SMTP, inbound MX and tracking hosts, not the API.
  hosts: ["mailgun.net"],
  // mailgun.js (its JavaScript SDK, whose APIError says `type: 'MailgunAPIError'`), mailgun-js (the older one),
  // mailgun-ruby (Mailgun::CommunicationError), mailgun-php (Mailgun\Exception\HttpClientException), mailgun-java
  // (com.mailgun, which raises Feign's exceptions), mailgun-python (module `mailgun`: ApiError, MailgunTimeoutError).
  clients: { packages: ["mailgun", "mailgun.js", "mailgun-js", "mailgun-ruby", "Mailgun", "com.mailgun"], classes: ["Mailgun"] },
  fingerprints: {
    body: {
      any: [
        // "Domain <name> is not allowed to send: …", which only Mailgun says.
        { json: "message", matches: /^Domain \S+ is not allowed to send/ },
        // The same words, or its sandbox sentence, in what a client printed (mailgun.js, Feign, Guzzle).
        { text: /Domain \S+ is not allowed to send: / },
        { text: /Sandbox subdomains are for test purposes only\. Please add your own domain/ },
        // The Domains and Webhooks APIs' rate-limit body.
        { json: "retry-seconds", matches: /^\d{1,6}$/ },
        // mailgun.js's APIError, serialized or printed by Node.
        { json: "type", is: "MailgunAPIError" },
        { text: /type: 'MailgunAPIError'/ },
      ],
    },
  },
  // `details` is where mailgun.js's APIError keeps the body's message (its `message` is the status text).
  message: ["message", "details"],
  signals: {
    // A sending limit spent (requests, recipients or bytes in a window): the message names the time it ends. Its docs
    // say 429; public reports of 2023 and 2025 show the same message under a 420, so no status is required.
    "provider.mailgun.send-limit": {
      // Or printed by a client around no body (Ghost's "Mailgun Error 420: Domain ... is not allowed to send: recipient limit exceeded, ...").
      when: { any: [said("message", { matches: SEND_LIMIT }), { printed: SEND_LIMIT }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "message", capture: TRY_AGAIN_AFTER }, { text: TRY_AGAIN_AFTER }],
    },
    // The Domains and Webhooks APIs (300 requests a minute per account): `{"retry-seconds": 60}`.
    "provider.mailgun.retry-seconds": {
      status: [429],
      when: { json: "retry-seconds", matches: /^\d{1,6}$/ },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "retry-seconds" }],
    },
    // The request is well formed and the key good: the domain or the account must change (authorize the recipient,
    // verify DNS, activate, upgrade). A 403 here is no missing permission either.
    "provider.mailgun.domain-not-allowed": {
      when: blocked,
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const mailgunDocs: ProviderDocs<typeof mailgun> = {
  docs: [
    { title: "API Response Codes", url: "https://documentation.mailgun.com/docs/mailgun/quickstart-guide/responses" },
    { title: "API Reference: Overview (base URLs, regions, authentication, response codes)", url: "https://documentation.mailgun.com/docs/mailgun/api-reference" },
    { title: "Messages: Error codes and Rate Limits (the /messages and /messages.mime endpoints)", url: "https://documentation.mailgun.com/en/latest/api-sending.html" },
    { title: "Domains (rate limit response)", url: "https://documentation.mailgun.com/en/latest/api-domains.html" },
    { title: "Introduction: Status codes", url: "https://documentation.mailgun.com/en/latest/api-intro.html" },
    { title: "Managing Role-Based Access Control (RBAC) API Keys", url: "https://documentation.mailgun.com/docs/mailgun/user-manual/api-key-mgmt/rbac-mgmt" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A wrong or missing API key gets 401 with the plain-text body `Forbidden`. So does a good key sent to the wrong region (an EU domain's key to api.mailgun.net): point the client at api.eu.mailgun.net before replacing the key.",
    },
    rateLimit: {
      rules: ["provider.mailgun.send-limit", "provider.mailgun.retry-seconds"],
      note: "The Messages API's limits (requests, recipients or bytes) answer 429 (420 in public reports) with \"… limit exceeded, try again after <date> UTC\": wait until then. The Domains and Webhooks APIs (300 requests a minute per account) answer `{\"retry-seconds\": 60}`. The overview says to retry \"as defined in response headers\" but names none; a `Retry-After` is read by the generic rules when sent.",
    },
    notRetryable: {
      rules: ["provider.mailgun.domain-not-allowed"],
      note: "\"Domain … is not allowed to send: Sandbox subdomains are for test purposes only / Free accounts are for test purposes only / The domain is unverified … / Please activate your Mailgun account\" (400, and 403 in newer reports) and \"… is not allowed to send large batches yet\" (403): the account or domain must change first.",
    },
  },
  notes: [
    "Mailgun has two regions whose data does not cross: a domain created in the EU is reached only through api.eu.mailgun.net. The wrong host answers 401 `Forbidden` or 404 `Domain not found: <domain>`.",
    "A Domain Sending Key only sends (POST /<domain>/messages and /messages.mime of its own domain); RBAC keys carry a role (Admin, Developer, Support, Analyst) with read or read/write access per endpoint. The answer to a key used beyond its role is not documented apart from the responses page's \"403: Auth error or access denied\", so no scope rule is declared.",
    "Its docs say a 404 may be temporary (the system is eventually consistent), and that 500s are retried with exponential backoff.",
    "Mailgun documents no request-id header or member.",
  ],
  signals: {
    "provider.mailgun.send-limit": {
      statement:
        "Mailgun answers a send over one of the account's or domain's limits (too many requests, recipients or bytes in a short time) with \"Domain <domain> is not allowed to send: <request|recipient|bytes> limit exceeded, try again after <date> UTC\": a retryable ProviderAPIError whose wait is that date. The docs give status 429; two public reports show 420 (a maintainer's comment in mailgun-java#50, not the docs).",
      action: "Wait until the UTC time the message gives after \"try again after\" (`err.retryAfter`), then send the same message again.",
      source: "https://documentation.mailgun.com/en/latest/api-sending.html",
      examples: [
        {
          source: "https://documentation.mailgun.com/en/latest/api-sending.html",
          reconstructed: "status line and JSON body built from the docs' error-code table row (429, the message as the table gives it); the body shape is the `message` member the responses page describes",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"message": "Domain example.com is not allowed to send: request limit exceeded, try again after Mon, 20 Dec 2021 20:33:21 UTC"}`,
        },
        {
          source: "https://github.com/mailgun/mailgun-java/issues/50",
          text: `feign.FeignException$FeignClientException: [420 status code 420] during [POST] to [https://api.mailgun.net/v3/mail.cslpay.io/messages] [MailgunMessagesApi#sendMessage(String,Message)]: [{"message":"Domain mail.cslpay.io is not allowed to send: recipient limit exceeded, try again after Mon, 25 Aug 2025 07:00:31 UTC"}
]
	at feign.FeignException.clientErrorStatus(FeignException.java:265) ~[feign-core-13.5.jar!/:na]
	at feign.FeignException.errorStatus(FeignException.java:223) ~[feign-core-13.5.jar!/:na]`,
        },
      ],
    },
    "provider.mailgun.retry-seconds": {
      statement:
        "Mailgun's Domains and Webhooks APIs allow 300 requests a minute per account and answer one over it with `{\"retry-seconds\": 60}`: a retryable ProviderAPIError; wait that many seconds.",
      action: "Wait the `retry-seconds` the body names (`err.retryAfter`), then send the same call again.",
      source: "https://documentation.mailgun.com/en/latest/api-domains.html",
      examples: [
        {
          source: "https://documentation.mailgun.com/en/latest/api-domains.html",
          reconstructed: "status line added (the page calls it the \"Rate Limit Response\" and gives no status; 429 is the status its status-code table gives a request limit); the trailing comma after 60 in the page's sample removed so that the body parses",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "retry-seconds": 60
}`,
        },
      ],
    },
    "provider.mailgun.domain-not-allowed": {
      statement:
        "Mailgun answers a send from a sandbox domain to a recipient not authorized, from a free account, from a domain whose DNS is unverified, from an account not yet activated (400), or a large batch from a new domain (403), with \"Domain <domain> is not allowed to send: …\": a ProviderAPIError that is not retryable and no missing permission; authorize the recipient, verify the domain, activate or upgrade the account.",
      action: "Authorize the recipient, verify the domain's DNS, or activate or upgrade the account, as the message says: resending fails the same way until then.",
      source: "https://documentation.mailgun.com/en/latest/api-sending.html",
      examples: [
        {
          source: "https://github.com/theoomoregbee/US-visa-appointment-notifier/issues/5",
          text: `"status: 403,
  details: 'Domain sandboxe1164ceef2a340a89c348279b0dde46b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.' "`,
        },
        {
          source: "https://github.com/LaravelRUS/laravel.ru/issues/74",
          text: `GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://api.mailgun.net/v3/sandbox16b1677378c94898bfcf330419ff839f.mailgun.org/messages.mime\` resulted in a \`400 BAD REQUEST\` response:
{
  "message": "Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authoriz (truncated...)`,
        },
      ],
    },
  },
};

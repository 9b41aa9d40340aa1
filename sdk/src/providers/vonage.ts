/**
 * Vonage (Nexmo before it): its SMS API answers every send with 200 OK and a `messages` list,
 * each with a `status` that is `"0"` when the message was accepted and a number saying what
 * went wrong otherwise, beside its `error-text`. The status line says nothing; the body does.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** A message of the SMS API's answer whose `status` is one of `codes`. */
const status = (codes: string[]): Match => ({ json: "messages[].status", is: codes });

export const vonage = provider({
  id: "vonage",
  name: "Vonage",
  hosts: ["nexmo.com", "vonage.com"],
  clients: { packages: ["nexmo", "vonage", "@vonage", "Nexmo", "Vonage", "com.vonage", "com.nexmo"], classes: ["Nexmo", "Vonage"] },
  aliases: ["nexmo"],
  // The SMS API's answer: `message-count` beside the list of messages, each with its status as a string of digits.
  fingerprints: { body: { all: [{ json: "message-count" }, { json: "messages[].status", matches: /^\d{1,3}$/ }] } },
  message: ["messages[].error-text"],
  signals: {
    "provider.vonage.sms-invalid-credentials": {
      status: [200],
      when: status(["4"]),
      error: "ProviderUnauthorizedError",
    },
    // Throttled (1) and the platform's internal error (5): the same send succeeds later. A throttled one names the wait.
    "provider.vonage.sms-retryable": {
      status: [200],
      when: status(["1", "5"]),
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "messages[].error-text", capture: /\bplease wait \[ ?(\d{1,7}) ?\]/i, unit: "ms" }],
    },
    // Every other status the table lists: the request, the number or the account must change first.
    "provider.vonage.sms-rejected": {
      status: [200],
      when: { json: "messages[].status", matches: /^(?:[236-9]|[1-9]\d{1,2})$/ },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const vonageDocs: ProviderDocs<typeof vonage> = {
  docs: [
    { title: "Troubleshooting SMS (the SMS API's status codes)", url: "https://developer.vonage.com/en/messaging/sms/guides/troubleshooting-sms" },
    { title: "API errors: SMS API", url: "https://developer.vonage.com/en/api-errors/sms" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.vonage.sms-invalid-credentials"],
      note: "The SMS API answers a wrong, invalid or disabled API key or secret with 200 OK and a message of status 4, \"Bad Credentials\" (its newer APIs answer 401 with an RFC 7807 body, which the generic rules read).",
    },
    rateLimit: {
      rules: ["provider.vonage.sms-retryable"],
      note: "Sending faster than the account's throughput limit (30 messages a second by default, 1 a second from a US or Canadian long number) is a 200 with a message of status 1, \"Throughput Rate Exceeded - please wait [ 978 ] and retry\": the bracket is the wait in milliseconds.",
    },
    notRetryable: {
      rules: ["provider.vonage.sms-rejected"],
      note: "The status line of every SMS API answer is 200 OK: a message the API would not send (any status but 0, 1, 4 and 5) is a failure all the same, and sending it again fails the same way.",
    },
  },
  notes: [
    "A status of 0 means the message was accepted for delivery, not that it was delivered: delivery failures come later, in delivery receipts.",
    "Status 9 (Partner Quota Violation) is an account out of credit: top it up, then send again.",
  ],
  signals: {
    "provider.vonage.sms-invalid-credentials": {
      statement:
        "Vonage's SMS API answers a send with a wrong, invalid or disabled API key or secret with 200 OK and a message of `status` \"4\" (\"Bad Credentials\"): a ProviderUnauthorizedError; the credentials must be fixed, not the request retried.",
      action: "Fix the API key and secret the client sends (wrong, invalid or disabled): resending with the same credentials fails the same way.",
      source: "https://developer.vonage.com/en/messaging/sms/guides/troubleshooting-sms",
      examples: [{ source: "https://github.com/Vonage/vonage-ruby-sdk/issues/25", text: `$ curl -i https://rest.nexmo.com/sms/json\\?api_key\\=BAD\\&api_secret\\=BAD\\&from\\=12345678910\\&to\\=12345678910\\&text\\=Wat
HTTP/1.1 200 OK
Cache-Control: max-age=1
Content-Type: application/json;charset=ISO-8859-1
Date: Wed, 23 Jul 2014 23:20:48 GMT
Server: nginx/1.6.0
x-regional-backend: wdc
Content-Length: 80

{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}` }],
    },
    "provider.vonage.sms-retryable": {
      statement:
        "Vonage's SMS API answers a send over the account's throughput limit with 200 OK and a message of `status` \"1\" (Throttled), and a failure of its own with `status` \"5\" (Internal Error): a retryable ProviderAPIError; a throttled message's `error-text` names the wait in milliseconds (\"please wait [ 978 ] and retry\").",
      action: "Wait the milliseconds the `error-text` names (`err.retryAfter`), or back off when it names none, then send the same message again.",
      source: "https://developer.vonage.com/en/messaging/sms/guides/troubleshooting-sms",
      examples: [
        {
          source: "https://github.com/Vonage/vonage-node-sdk/issues/33",
          reconstructed: "the SMS API's answer rebuilt around the error text the issue quotes (\"Throughput Rate Exceeded - please wait [ 978 ] and retry\"), with the status 1 the troubleshooting page gives Throttled",
          text: `HTTP/1.1 200 OK
Content-Type: application/json

{"message-count":"1","messages":[{"status":"1","error-text":"Throughput Rate Exceeded - please wait [ 978 ] and retry"}]}`,
        },
      ],
    },
    "provider.vonage.sms-rejected": {
      statement:
        "Vonage's SMS API answers a send it will not make (missing or invalid parameters, a barred or non-whitelisted number, an account out of credit or barred, a message too long: any `status` but 0, 1, 4 and 5) with 200 OK and the message's `status` and `error-text`: a ProviderAPIError that is not retryable; the request, the number or the account must change first.",
      action: "Read the message's `error-text` and fix what it names (the parameters, the number, or the account's credit or standing): resending fails the same way.",
      source: "https://developer.vonage.com/en/messaging/sms/guides/troubleshooting-sms",
      examples: [
        {
          source: "https://github.com/SkygearIO/skygear-server/issues/870",
          reconstructed: "status line added: the issue says the payload came back from a send the app took for a success",
          text: `HTTP/1.1 200 OK
Content-Type: application/json

{
    "message-count": "1",
    "messages": [{
        "to": "xxxxx",
        "status": "29",
        "error-text": "Non White-listed Destination - rejected"
    }]
}`,
        },
      ],
    },
  },
};

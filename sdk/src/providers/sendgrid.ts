/**
 * Twilio SendGrid (its Web API v3 at api.sendgrid.com): every error is `{"errors": [{"message",
 * "field", "help"}]}`, the message saying what went wrong in words of its own ("The provided
 * authorization grant is invalid, expired, or revoked"). An API key has permissions (scopes): one
 * without the permission a call needs gets a 403 "access forbidden". A plan's credits spent come as a
 * 401 too, which no new key fixes. It sends no request id.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Its words for an API key it does not accept, which no other API uses. */
// (Across the line break a console wrapped it at too: PowerShell cuts its output at the window's width.)
const GRANT_WORDS = String.raw`The\s{1,4}provided\s{1,4}authorization\s{1,4}grant\s{1,4}is\s{1,4}invalid,\s{1,4}expired,\s{1,4}or\s{1,4}revoked`;
const GRANT_REJECTED = new RegExp(`^${GRANT_WORDS}$`);

export const sendgrid = provider({
  id: "sendgrid",
  name: "SendGrid",
  hosts: ["sendgrid.com"],
  // python_http_client is SendGrid's own HTTP client, whose exceptions sendgrid-python raises.
  clients: { packages: ["sendgrid", "@sendgrid", "python_http_client", "SendGrid", "com.sendgrid"], classes: ["SendGrid"] },
  fingerprints: { body: said("errors[].message", { matches: GRANT_REJECTED }) },
  // The pages its errors link: each error's `help` (the Mail Send errors page) and the sender identity page a 403 names.
  errorLinks: /https?:\/\/sendgrid\.com\/docs\/(?:API_Reference\/Web_API_v3\/Mail\/errors\.html|for-developers\/sending-email\/sender-identity)\b/,
  message: ["errors[].message"],
  // That message printed without its status (PowerShell's `Invoke-RestMethod : {"errors":[{"message":"The provided authorization grant
  // ...`): the 401 its troubleshooting page gives it.
  documentedStatus: {
    source: "https://support.sendgrid.com/hc/en-us/articles/18322114821403-4XX-API-Errors-and-Troubleshooting-Suggestions",
    messages: [[new RegExp(`(?<=^|\\n|: ?|")${GRANT_WORDS}\\b`), 401]],
  },
  signals: {
    "provider.sendgrid.key-rejected": {
      status: [401],
      when: { json: "errors[].message", matches: GRANT_REJECTED },
      error: "ProviderUnauthorizedError",
    },
    "provider.sendgrid.credits-exceeded": {
      status: [401],
      when: { json: "errors[].message", is: "Maximum credits exceeded" },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.sendgrid.access-forbidden": {
      status: [403],
      when: { json: "errors[].message", is: "access forbidden" },
      error: "ScopeReauthRequiredError",
    },
  },
});

export const sendgridDocs: ProviderDocs<typeof sendgrid> = {
  docs: [
    { title: "Errors (Web API v3)", url: "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/errors" },
    { title: "Rate limits", url: "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/rate-limits" },
    { title: "4XX API errors and troubleshooting suggestions", url: "https://support.sendgrid.com/hc/en-us/articles/18322114821403-4XX-API-Errors-and-Troubleshooting-Suggestions" },
    { title: "API key permissions", url: "https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions" },
  ],
  answers: {
    scope: {
      rules: ["provider.sendgrid.access-forbidden"],
      note: "An API key without the permission a call needs gets 403 \"access forbidden\", naming none: give the key that permission (some can only be set through the API, not the UI).",
    },
    credential: {
      rules: ["provider.sendgrid.key-rejected"],
      note: "An API key that is wrong, deleted or changed gets 401 \"The provided authorization grant is invalid, expired, or revoked\".",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "429 \"too many requests\" with `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (a Unix time in its docs' example; the generic rules read either form). `mail/send` sends no rate-limit headers.",
    },
    notRetryable: {
      rules: ["provider.sendgrid.credits-exceeded"],
      note: "401 \"Maximum credits exceeded\" is the plan's email credits spent, not the key: neither a new key nor a retry sends it before the credits reset (daily on the free plan) or the plan is upgraded.",
    },
  },
  notes: [
    "SendGrid sends no request id: `X-Message-Id`, on a 202 from `mail/send` only, names the message for its Event Webhook.",
    "A 403 is also a sender it will not send from (\"The from address does not match a verified Sender Identity\", `field: from`): verify the sender; no permission fixes that one.",
  ],
  signals: {
    "provider.sendgrid.key-rejected": {
      statement:
        "SendGrid answers an API key that is wrong, deleted or whose permissions changed with 401 and the message \"The provided authorization grant is invalid, expired, or revoked\": a ProviderUnauthorizedError; use a valid key.",
      action: "Replace the API key with a valid one: this one is wrong, deleted or its permissions changed.",
      source: "https://support.sendgrid.com/hc/en-us/articles/18322114821403-4XX-API-Errors-and-Troubleshooting-Suggestions",
      examples: [
        {
          source: "https://github.com/sendgrid/sendgrid-php/issues/793",
          text: `401 Array ( 
[0] => HTTP/1.1 401 Unauthorized
[1] => Server: nginx
[2] => Date: Thu, 27 Dec 2018 20:59:24 GMT
[3] => Content-Type: application/json
[4] => Content-Length: 116
[5] => Connection: keep-alive
[6] => Access-Control-Allow-Origin: https://sendgrid.api-docs.io
[7] => Access-Control-Allow-Methods: POST
[8] => Access-Control-Allow-Headers: Authorization, Content-Type, On-behalf-of, x-sg-elas-acl
[9] => Access-Control-Max-Age: 600
[10] => X-No-CORS-Reason: https://sendgrid.com/docs/Classroom/Basics/API/cors.html
[11] =>
[12] => ) 
{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}`,
        },
      ],
    },
    "provider.sendgrid.credits-exceeded": {
      statement:
        "SendGrid answers a send after the plan's email credits are spent with 401 and the message \"Maximum credits exceeded\": a ProviderAPIError that is not retryable; the key is fine, so replacing it does not help; wait for the credits to reset or upgrade the plan.",
      action: "Wait for the plan's email credits to reset or upgrade the plan: the key is fine, so replacing it does not help.",
      source: "https://support.sendgrid.com/hc/en-us/articles/18322114821403-4XX-API-Errors-and-Troubleshooting-Suggestions",
      examples: [
        {
          source: "https://pastebin.com/gjwkzPWn",
          reconstructed: "the var_dump's line numbers (pastebin's rendering) removed",
          text: `object(SendGrid\\Response)#12 (3) {
["statusCode":protected]=>
int(401)
["body":protected]=>
string(76) "{"errors":[{"message":"Maximum credits exceeded","field":null,"help":null}]}"
["headers":protected]=>
array(15) {
[0]=>
string(21) "HTTP/1.1 100 Continue"
[1]=>
string(0) ""
[2]=>
string(25) "HTTP/1.1 401 Unauthorized"
[3]=>
string(13) "Server: nginx"
[4]=>
string(35) "Date: Mon, 02 Mar 2020 15:07:41 GMT"
[5]=>
string(30) "Content-Type: application/json"
[6]=>
string(18) "Content-Length: 76"
[7]=>
string(22) "Connection: keep-alive"
[8]=>
string(57) "Access-Control-Allow-Origin: https://sendgrid.api-docs.io"
[9]=>
string(34) "Access-Control-Allow-Methods: POST"
[10]=>
string(86) "Access-Control-Allow-Headers: Authorization, Content-Type, On-behalf-of, x-sg-elas-acl"
[11]=>
string(27) "Access-Control-Max-Age: 600"
[12]=>
string(74) "X-No-CORS-Reason: https://sendgrid.com/docs/Classroom/Basics/API/cors.html"
[13]=>
string(0) ""
[14]=>
string(0) ""
}
}`,
        },
      ],
    },
    "provider.sendgrid.access-forbidden": {
      statement:
        "SendGrid answers a call the API key has no permission for with 403 and the message \"access forbidden\": a ScopeReauthRequiredError; the key needs that permission (its scopes), which SendGrid does not name.",
      action: "Grant the API key the permission this call needs, or use a key that has it; SendGrid does not name the missing one.",
      source: "https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions",
      examples: [
        {
          source: "https://github.com/sendgrid/sendgrid-ruby/issues/393",
          reconstructed: "the Response's headers cut after their first members, where the stored copy of the issue ends",
          text: `2.5.5 :004 > sg.client.contactdb.lists.get()
 => #<SendGrid::Response:0x000000000b3c7548 @status_code="403", @body="{\\"errors\\":[{\\"field\\":null,\\"message\\":\\"access forbidden\\"}]}", @headers={"server"=>["nginx"], "date"`,
        },
      ],
    },
  },
};

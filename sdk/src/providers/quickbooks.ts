/**
 * QuickBooks Online (Intuit): failures are a `Fault` with numbered `Error`s, as XML
 * (`<IntuitResponse><Fault><Error code="3001">`, sent even to JSON clients) or JSON in two
 * key cases (`Fault.Error[]`, `fault.error[]`); the `Message` encodes the real status
 * (`message=ThrottleExceeded; errorCode=003001; statusCode=429`), and a `Fault` can come
 * inside an HTTP 200.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** A fault error with this code, in the XML body or either JSON shape. */
const faultCode = (code: string): Match => ({
  any: [
    { text: new RegExp(`<Error code="${code}"`) },
    { json: "Fault.Error[].code", is: code },
    { json: "fault.error[].code", is: code },
  ],
});

/** A fault error whose `Message` matches, in the XML body or either JSON shape. */
const faultMessage = (matches: RegExp): Match => ({
  any: [
    { xml: "Message", matches },
    { json: "Fault.Error[].Message", matches },
    { json: "fault.error[].message", matches },
  ],
});

export const quickbooks = provider({
  id: "quickbooks",
  name: "QuickBooks Online",
  hosts: ["quickbooks.api.intuit.com", "oauth.platform.intuit.com"],
  // `QboApi`: the qbo_api gem's namespace (`QboApi::Unauthorized`).
  clients: { packages: ["quickbooks", "intuitlib", "node-quickbooks", "Quickbooks", "Intuit.Ipp", "QuickBooksOnline", "quickbooks-ruby", "intuit-oauth", "QboApi"], classes: ["Quickbooks", "QuickBooks"] },
  requestIdHeaders: ["intuit_tid"],
  fingerprints: {
    headers: ["intuit_tid"],
    body: {
      any: [
        { text: /<IntuitResponse[\s>]/ },
        faultMessage(/^message=[A-Za-z]{1,64}; errorCode=\d{6}; statusCode=\d{3}/),
        // Its stale-object fault's own sentence (code 5010), as its SDKs print it without the fault around it (the .NET SDK's
        // "BadRequest. Details: Stale Object Error : You and Craig Carlson were working on this at the same time.").
        { text: /\bStale Object Error : You and [^\n]{1,100}? were working on this at the same time\b/ },
        // Its JSON fault: a `Fault` of one of its documented types, with its numbered errors.
        { all: [{ json: "Fault.type", is: ["ValidationFault", "SystemFault", "AuthenticationFault", "AuthorizationFault", "ServiceFault"] }, { json: "Fault.Error[].code" }] },
      ],
    },
  },
  message: ["Fault.Error[].Detail", "Fault.Error[].Message", "fault.error[].detail", "fault.error[].message", "error_description", "error"],
  signals: {
    // 403 before late 2016, 429 since.
    "provider.quickbooks.throttled": {
      status: [403, 429],
      when: { any: [faultCode("3001"), faultMessage(/^message=ThrottleExceeded;/)] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ seconds: 60 }],
    },
    // Only on a 403: the same code 3100 also comes as `InternalServerError … statusCode=500` in an outage.
    "provider.quickbooks.authorization-failed": {
      status: [403],
      when: { any: [faultCode("3100"), faultMessage(/^message=(?:Application)?AuthorizationFailed;/)] },
      error: "ScopeReauthRequiredError",
    },
    "provider.quickbooks.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
    // A batch mixes successes and faults per item: one item's fault does not fail the call.
    "provider.quickbooks.fault-in-200": {
      status: "success",
      when: {
        all: [
          { any: [{ xml: "Fault" }, { json: "Fault.Error[].Message" }, { json: "fault.error[].message" }, { json: "Fault.Error[].code" }, { json: "fault.error[].code" }] },
          { not: { text: /<BatchItemResponse[\s>]/ } },
        ],
      },
      error: "ProviderAPIError",
    },
  },
});

export const quickbooksDocs: ProviderDocs<typeof quickbooks> = {
  docs: [
    { title: "Error codes", url: "https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes" },
    { title: "Handling common errors", url: "https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/handling-common-errors" },
    { title: "Limits and throttles", url: "https://developer.intuit.com/app/developer/qbo/docs/learn/limits-and-throttles" },
  ],
  requestIdSource: "https://github.com/routablehq/python-quickbooks/issues/396",
  answers: {
    scope: {
      rules: ["provider.quickbooks.authorization-failed"],
      note: "The fault never names the scope (`com.intuit.quickbooks.accounting` for the accounting API). The same fault also answers a production token sent to the sandbox URL, or the reverse.",
    },
    credential: {
      rules: ["provider.401", "provider.quickbooks.refresh-invalid-grant"],
      note: "An expired (one-hour) or revoked access token is a 401 fault 3200 `AuthenticationFailed` (older responses: `AuthenticationFault` code 100); fault 120 \"You do not have access to use QuickBooks Online\" means the user who connected lost access, and a current admin must connect again.",
    },
    rateLimit: {
      rules: ["provider.quickbooks.throttled"],
      note: "500 requests a minute per company, 10 a second per company and app, 40 batch requests a minute; no header says what is left.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Intuit sends the fault as XML even when the request asked for JSON, and the HTTP status of older responses may differ from the `statusCode=` inside `Message`: the signals read the fault code.",
    "Apps in the Builder tier have a monthly CorePlus call allowance; past it Intuit answers 429 with no distinct fault code, and waiting 60 seconds will not help.",
    "A batch response (`BatchItemResponse`) reports faults per item inside a 200: the call is not failed as a whole, check each item.",
  ],
  signals: {
    "provider.quickbooks.throttled": {
      statement:
        "QuickBooks fault 3001 `ThrottleExceeded` (HTTP 429; a 403 before late 2016) is a retryable ProviderAPIError; with no header saying when, the wait is 60 seconds, as Intuit's docs prescribe.",
      action: "Wait 60 seconds (`err.retryAfter`), as Intuit's docs prescribe, then send the same call again.",
      source: "https://developer.intuit.com/app/developer/qbo/docs/learn/limits-and-throttles",
      examples: [
        {
          source: "https://github.com/intuit/QuickBooks-V3-PHP-SDK/issues/54",
          reconstructed: "status line added from `statusCode=429` in the fault's Message",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse time="2017-07-30T22:45:22.933-07:00" xmlns="http://schema.intuit.com/finance/v3">
    <Fault type="SERVICE">
        <Error code="3001">
            <Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>
            <Detail>The request limit was reached.  Try again later</Detail>
        </Error>
    </Fault>
</IntuitResponse>`,
        },
        {
          source: "https://github.com/ruckus/quickbooks-ruby/issues/338",
          reconstructed: "status line added from `statusCode=403` in the fault's Message (the library raised Quickbooks::Forbidden)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse time="2016-10-27T15:07:56.120-07:00" xmlns="http://schema.intuit.com/finance/v3">
    <Fault type="SERVICE">
        <Error code="3001">
            <Message>message=ThrottleExceeded; errorCode=003001; statusCode=403</Message>
            <Detail>The request limit was reached.  Try again later</Detail>
        </Error>
    </Fault>
</IntuitResponse>`,
        },
      ],
    },
    "provider.quickbooks.authorization-failed": {
      statement:
        "QuickBooks' 403 fault 3100 `AuthorizationFailed` (\"The access token does not have sufficient scope\") is a ScopeReauthRequiredError: connect again with the accounting (or payments) scope. The same fault answers a token used against the wrong environment (sandbox or production URL): check that first.",
      action: "Check the token is used against its own environment (sandbox or production URL); if it is, connect again with the accounting (or payments) scope.",
      source: "https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes",
      examples: [
        {
          source: "https://github.com/IntuitDeveloper/QBOConceptsTutorial-PHP/issues/13",
          reconstructed: "status line added from \"Http Status Code [403]\" in the SDK's message, which quotes the XML body",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse time="2019-09-11T21:34:30.237-07:00" xmlns="http://schema.intuit.com/finance/v3">
    <Fault type="SERVICE">
        <Error code="3100">
            <Message>message=AuthorizationFailed; errorCode=003100; statusCode=403</Message>
            <Detail>The access token does not have sufficient scope</Detail>
        </Error>
    </Fault>
</IntuitResponse>`,
        },
        {
          source: "https://github.com/intuit/oauth-jsclient/issues/2",
          reconstructed: "status line from the `status: 403, statusText: 'Forbidden'` printed beside the body string",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"warnings":null,"intuitObject":null,"fault":{"error":[{"message":"message=AuthorizationFailed; errorCode=003100; statusCode=403","detail":null,"code":"3100","element":null}],"type":"SERVICE"},"report":null,"queryResponse":null,"batchItemResponse":[],"attachableResponse":[],"syncErrorResponse":null,"requestId":null,"time":1543012192555,"status":null,"cdcresponse":[]}`,
        },
      ],
    },
    "provider.quickbooks.refresh-invalid-grant": {
      statement:
        "Intuit's token endpoint answers 400 `invalid_grant` when the refresh token is not the latest one issued (each refresh may rotate it), or was revoked: a ProviderUnauthorizedError, the user must connect again.",
      action: "Send the user through the connection flow again, and always save the refresh token each refresh returns: an older one is refused.",
      source: "https://github.com/intuit/oauth-jsclient/issues/77",
      examples: [
        {
          source: "https://github.com/intuit/oauth-jsclient/issues/77",
          reconstructed: "status line, body and intuit_tid header from the response the intuit-oauth error prints (status 400, body '{\"error\":\"invalid_grant\"}'); the intuit_tid is a fake",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json;charset=utf-8
intuit_tid: 6a115e25-0000-0000-0000-00000000fake

{"error":"invalid_grant"}`,
        },
        {
          source: "https://github.com/routablehq/python-quickbooks/issues/397",
          reconstructed: "rebuilt from intuitlib's AuthClientError, which prints the status (400), the body and the intuit_tid (masked by the reporter)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json
intuit_tid: 1-xxxx9

{"error":"invalid_grant","error_description":"Incorrect or invalid refresh token"}`,
        },
      ],
    },
    "provider.quickbooks.fault-in-200": {
      statement:
        "A QuickBooks response with a `Fault` (outside a batch) is a ProviderAPIError even when the HTTP status is 200 or absent: read the fault's code and Detail; a validation fault will not pass on retry.",
      action: "Read the fault's code and Detail: they name what to fix in the request; a validation fault fails the same way on retry.",
      source: "https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes",
      examples: [
        {
          source: "https://github.com/intuit/QuickBooks-V3-DotNET-SDK/issues/259",
          reconstructed: "status line added: the reporter says \"the API returned an error with a `200 OK` code\"",
          text: `HTTP/1.1 200 OK
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2022-09-28T14:52:37.164-07:00">
    <AttachableResponse>
        <Fault type="ValidationFault">
            <Error code="6000" element="">
                <Message>A business validation error has occurred while processing your request</Message>
                <Detail>Business Validation Error: Unexpected Internal Error. (-30000)</Detail>
            </Error>
        </Fault>
    </AttachableResponse>
</IntuitResponse>`,
        },
      ],
    },
  },
};

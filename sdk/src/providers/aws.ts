/**
 * AWS: the error code, not the status, says what happened, and it travels in a different
 * place per protocol: XML `<Code>` (S3, IAM, STS, SQS, SES), JSON `__type` (with or without
 * a `com.amazon.coral.service#` prefix), or the `x-amzn-ErrorType` header (REST-JSON
 * services: Lambda, Bedrock). The same code comes with 400 on one service and 403 or 429 on
 * another, and botocore prints the code without any status, so the signals read the code
 * whatever the status.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";
import { escapeRegExp } from "../regexp.js";

/** An AWS error code, wherever the protocol puts it. */
function code(codes: readonly string[]): Match {
  const names = codes.join("|");
  return {
    any: [
      { xml: "Code", is: codes },
      { json: "__type", is: codes },
      { json: "__type", matches: new RegExp(`#(?:${names})$`) },
      { json: "code", is: codes },
      // botocore's parsed response (a ClientError's `e.response`, as an app prints it): `{"Error": {"Code": ...}, "ResponseMetadata": ...}`.
      { json: "Error.Code", is: codes },
      // The AWS SDK for JavaScript v3 names its error class after the code: `{"name": "ThrottlingException", "$metadata": {...}}`.
      { json: "name", is: codes },
      // `ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/`
      { header: "x-amzn-errortype", matches: new RegExp(`^(?:${names})(?::|$)`) },
      // Services moved from the query protocol to JSON: `AWS.SimpleQueueService.NonExistentQueue;Sender`.
      { header: "x-amzn-query-error", matches: new RegExp(`^(?:${names});`) },
      // A body of words that starts with the code and its colon, as an SDK's exception prints them ("ProvisionedThroughputExceededException:
      // The level of configured provisioned throughput ...", read with its documented status).
      { text: new RegExp(`^(?:${names}): `) },
    ],
  };
}

/** The message, in a JSON body (`message` or `Message`) or an XML or text body. */
function message(re: RegExp): Match {
  return said(["message", "Message"], { matches: re });
}

/** A signature whose time AWS refused: its own codes for it, or a signature code whose message says so ("Signature expired"). */
const SIGNATURE_TIME: Match = {
  any: [
    code(["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"]),
    { all: [code(["InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure"]), message(/^Signature (?:expired|not yet current)\b/)] },
  ],
};

// botocore's ThrottledRetryableChecker list (botocore/retries/standard.py), which the other SDKs share, each also without its
// "Exception" suffix, as amazonka (Haskell) prints codes.
const THROTTLED = withoutSuffix([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "TransactionInProgressException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "LimitExceededException",
  "RequestThrottled",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException",
]);

function withoutSuffix(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((c) => (c.endsWith("Exception") ? [c, c.slice(0, -"Exception".length)] : [c])))];
}
/**
 * Words of a `LimitExceededException` that count resources, not requests: Firehose's "consumed your firehose quota of 20
 * hoses", IAM's "Cannot exceed quota for PoliciesPerRole: 10", "the maximum number of ...", DynamoDB's "Cannot increase provisioned
 * throughput to more than twice current value" (Cognito's "Attempt limit exceeded, please try after some time" and API Gateway's
 * "Too Many Requests" stay throttling).
 */
const RESOURCE_QUOTA = /\bquota of \d|\bexceed quota for [A-Za-z]{3,80}\b|\bthe maximum number of\b|\blimit for the account\b|\bCannot increase provisioned throughput to more than\b/i;
/** The codes of a parameter or a document a service cannot take (HTTP 400 in each service's API reference, and the common errors'). */
const INVALID_INPUT = [
  "InvalidParameterValue",
  "InvalidParameterCombination",
  "MissingParameter",
  "InvalidParameterException",
  "InvalidParameterValueException",
  "InvalidS3ObjectException",
  "UnsupportedDocumentException",
  "BadDocumentException",
  "DocumentTooLargeException",
];

const IAM_ACTION = /(?:is|are) not authorized to perform: ([a-z0-9-]{1,64}:[A-Za-z0-9*]{1,128})/;
/** IAM's sentence for a principal refused an action, which names the principal by its ARN: AWS's whatever the service's code. */
const IAM_REFUSAL = /^User: arn:aws[a-z-]{0,20}:(?:iam|sts)::[^\s]{1,300} is not authorized to perform: [a-z0-9-]{1,64}:[A-Za-z0-9*]{1,128}/;

/**
 * S3's error codes and the HTTP status its error responses list gives each
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList): what an `<Error>` document pasted without its
 * status line stands for, whoever serves S3's API (Cloudflare R2, Backblaze B2, Wasabi, DigitalOcean Spaces, MinIO and Cloud Storage's
 * XML API send the same codes).
 */
const S3_ERROR_STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 403, AccountProblem: 403, AllAccessDisabled: 403, InvalidAccessKeyId: 403, InvalidObjectState: 403, RequestTimeTooSkewed: 403,
  SignatureDoesNotMatch: 403, BadDigest: 400, EntityTooLarge: 400, EntityTooSmall: 400, ExpiredToken: 400, InvalidArgument: 400,
  InvalidBucketName: 400, InvalidDigest: 400, InvalidRequest: 400, InvalidToken: 400, MalformedXML: 400, RequestTimeout: 400,
  TokenRefreshRequired: 400, NoSuchBucket: 404, NoSuchKey: 404, NoSuchUpload: 404, NoSuchVersion: 404, MethodNotAllowed: 405,
  BucketAlreadyExists: 409, BucketAlreadyOwnedByYou: 409, BucketNotEmpty: 409, OperationAborted: 409, MissingContentLength: 411,
  PreconditionFailed: 412, InvalidRange: 416, InternalError: 500, NotImplemented: 501, ServiceUnavailable: 503, SlowDown: 503,
  PermanentRedirect: 301, Redirect: 307, TemporaryRedirect: 307,
};

/**
 * S3's own words for its commonest codes, as its error documents send them: `${code}: ${message}` is what every client prints of one
 * (the AWS SDK for JavaScript's "AccessDenied: Access Denied", in a CI action's log without its frames), and no other API words them so.
 */
export const S3_MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "Access Denied",
  NoSuchKey: "The specified key does not exist.",
  NoSuchBucket: "The specified bucket does not exist",
  InvalidAccessKeyId: "The AWS Access Key Id you provided does not exist in our records.",
  SignatureDoesNotMatch: "The request signature we calculated does not match the signature you provided.",
  RequestTimeTooSkewed: "The difference between the request time and the current time is too large.",
  SlowDown: "Please reduce your request rate.",
  AllAccessDisabled: "All access to this object has been disabled",
};

/**
 * The codes whose S3 message names them alone, pasted without the code or a status (the AWS SDK for .NET's "The request signature we
 * calculated does not match the signature you provided. Check your key and signing method."): not "Access Denied" nor "Please reduce
 * your request rate.", any API's words.
 */
const S3_OWN_WORDS = ["SignatureDoesNotMatch", "InvalidAccessKeyId", "RequestTimeTooSkewed", "NoSuchBucket", "NoSuchKey", "AllAccessDisabled"] as const;

/** What a reading says of a status it took from S3's list by the code. */
export function s3StatusSaid(code: string, status: number): string {
  return `S3's error code ${code} stands for HTTP ${status} (its error responses list)`;
}

/** The status S3's list gives `code`; `undefined` for a code not in it. */
export function s3Status(code: string): number | undefined {
  return Object.hasOwn(S3_ERROR_STATUS, code) ? S3_ERROR_STATUS[code] : undefined;
}

export const aws = provider({
  id: "aws",
  name: "AWS",
  hosts: ["amazonaws.com", "amazoncognito.com"],
  // S3's API is served by R2, B2, Spaces, MinIO and Wasabi too, and called through these same SDKs; three of them name their
  // servers (`Server: MinIO`, R2's `cloudflare`, `WasabiS3/7.x`), which no AWS API sends.
  apiCopied: true,
  copies: /^(?:MinIO|cloudflare|WasabiS3)\b/i,
  // (And Amplify's, AWS's client for apps, whose Storage and Auth call S3 and Cognito: `node_modules/@aws-amplify/storage/`, `com.amplifyframework`.)
  clients: { packages: ["botocore", "boto3", "boto", "aiobotocore", "@aws-sdk", "@smithy", "aws-sdk", "aws-sdk-core", "Aws", "Amazon", "com.amazonaws", "software.amazon", "@aws-amplify", "aws-amplify", "com.amplifyframework"], classes: ["Aws", "Amazon", "Boto"] },
  // S3's `x-amz-id-2`, its extended request id, last: AWS's support asks for it beside `x-amz-request-id`
  // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/get-request-ids.html), and it is kept in `details` with it.
  requestIdHeaders: ["x-amzn-requestid", "x-amz-request-id", "x-amz-id-2"],
  // S3's own words for a code, at a message's start, stand for the status its error-code list gives that code.
  documentedStatus: {
    // S3's words are every S3-compatible store's too (Google Cloud Storage's XML API, R2, Spaces, Wasabi): not AWS's name.
    shared: true,
    source: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList",
    messages: [
      ...S3_OWN_WORDS.map((code) => [new RegExp(`(?<=^|\\n|: ?|"|(?:Exception|Error) )${escapeRegExp(S3_MESSAGES[code]!.replace(/\.$/, ""))}`), S3_ERROR_STATUS[code]!] as const),
      // DynamoDB's throttling exception, as an SDK names its class after the code (.NET's "Amazon.DynamoDBv2.Model.
      // ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded."): its
      // error list gives it 400, among the ones to retry.
      [/(?<=^|\n|\.|: ?)ProvisionedThroughputExceededException(?=: [A-Z])/, 400, "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html#Programming.Errors.MessagesAndCodes"] as const,
    ],
  },
  // A body pasted without its headers still names it: `<RequestId>` (query protocol, S3), `<RequestID>` (EC2).
  bodyRequestId: [{ xml: "RequestId" }, { xml: "RequestID" }, "RequestId", "requestId", "$metadata.requestId"],
  // A JSON-protocol `__type`, qualified by an AWS service's namespace
  // (`com.amazonaws.dynamodb.v20120810#…`, `com.amazon.coral.service#…`) or bare beside its
  // message, names AWS; the `x-amzn-*` headers and an unqualified code elsewhere (`code`) do
  // not (API Gateway sends them in front of anyone's API, with a body of its own).
  fingerprints: {
    body: {
      any: [
        { json: "__type", matches: /^com\.amazon(?:aws)?\.[a-z0-9.]+#[A-Za-z]/ },
        // aws-sdk-js v2's AWSError as JSON.stringify logs it: its code, requestId, time and its own retryable verdict.
        { all: [{ json: "code", matches: /^[A-Z][A-Za-z0-9]{1,100}$/ }, { json: "requestId" }, { json: "time" }, { json: "retryable" }] },
        // Or as Node's inspect printed it before the request id was kept (`code: 'ProvisionedThroughputExceededException', time: Mon Nov
        // 16 2015 15:56:50 GMT+0000 (UTC), statusCode: 400, retryable: true }`): the time a date, its own retry verdict beside it.
        { all: [{ json: "code", matches: /^[A-Z][A-Za-z0-9]{1,100}Exception$/ }, { json: "time", matches: /^(?:[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{4} |\d{4}-\d\d-\d\dT)/ }, { json: "retryable" }] },
        // The JSON protocol's unqualified `__type` beside its message (`{"__type":"ThrottlingException","message":"Rate exceeded"}`):
        // API Gateway's own errors in front of others' APIs carry `message` alone, and WCF's `__type` holds ":#".
        { all: [{ json: "__type", matches: /^[A-Z][A-Za-z0-9]{1,100}$/ }, { any: [{ json: "message" }, { json: "Message" }] }] },
        // STS's words for a key it does not know or a session token past its time, also as a client printed them alone.
        said(["message", "Message"], { matches: /^The security token included in the request is (?:invalid|expired)\.?$/ }, /\bThe security token included in the request is (?:invalid|expired)\b/),
        // IAM's sentence for a principal refused an action names the principal by its ARN, whatever the service and the code
        // (S3's XML `<Message>` in a raw 403 names no service otherwise when its `Server` header was not pasted).
        said(["message", "Message"], { matches: IAM_REFUSAL }, /\bUser: arn:aws[a-z-]{0,20}:(?:iam|sts)::[^\s<"]{1,300} is not authorized to perform: [a-z0-9-]{1,64}:[A-Za-z0-9*]/),
        // S3's own words for a socket the request left idle (`RequestTimeout`), also as a client printed its elements alone.
        { text: /\bYour socket connection to the server was not read from or written to within the timeout period\b/ },
        // SigV4's words for a signature made with another secret key (S3's, SES's, every signing service's `SignatureDoesNotMatch`; not
        // Cloud Storage's copy of them, "... Check your Google secret key and signing method."),
        // also run into its code when a client printed only the text of the XML ("SignatureDoesNotMatchThe request signature ...").
        said(["message", "Message"], { matches: /^The request signature we calculated does not match the signature you provided\b(?!\. Check your Google)/ }, /The request signature we calculated does not match the signature you provided\b(?!\. Check your Google)/),
        // The AWS SDK for JavaScript v3's error as JSON.stringify logs it: `$fault` and `$metadata` are its own.
        { all: [{ json: "$fault", is: ["client", "server"] }, { json: "$metadata.httpStatusCode" }] },
        // The query protocol's error document names its service's namespace (`<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">`).
        { text: /<ErrorResponse xmlns="https?:\/\/[a-z0-9.-]{1,100}\.amazonaws\.com\/doc\// },
        // S3's error document: its request id and then its extended one, `<HostId>` (S3's REST error response; the S3 copies
        // others serve send it too, and the call's host tells them apart).
        { text: /<\/RequestId>\s{0,40}<HostId>/ },
        // S3's and EC2's servers name themselves (`Server: AmazonS3`, S3's common response headers; `Server: AmazonEC2`): AWS's own
        // APIs, not an API Gateway in front of someone's.
        { header: "server", matches: /^Amazon(?:S3|EC2)$/ },
        // botocore's parsed response as a Python app prints a ClientError's `e.response`: its `ResponseMetadata` is botocore's own.
        { all: [{ json: "Error.Code" }, { json: "ResponseMetadata.HTTPStatusCode" }] },
        // Its throttling code beside its own words for it, "Rate exceeded", as a client labels the two (beanstalk-deploy's
        // "Status: 400. Code: Throttling, Message: Rate exceeded"): no other API pairs them.
        { all: [{ json: "code", is: ["Throttling", "ThrottlingException"] }, { json: "message", matches: /^Rate exceeded\.?$/ }] },
      ],
    },
  },
  message: ["message", "Message", "Error.Message"],
  signals: {
    "provider.aws.daily-token-quota": {
      status: "any",
      when: { all: [code(["ThrottlingException"]), message(/^Too many tokens per day/)] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // Before throttling, whose list holds the same code: its message counts resources, not requests.
    "provider.aws.resource-quota": {
      status: "any",
      when: { all: [code(["LimitExceededException", "LimitExceeded"]), message(RESOURCE_QUOTA)] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // Also by STS's words alone, as a client prints the message without the code (Claude Code's "API Error: 403 The security
    // token included in the request is invalid." for Bedrock).
    "provider.aws.expired-token": {
      status: "any",
      when: { any: [code(["ExpiredToken", "ExpiredTokenException"]), said(["message", "Message"], { matches: /^The security token included in the request is expired\.?$/ }, /\bThe security token included in the request is expired\b/)] },
      error: "ProviderUnauthorizedError",
    },
    // Before invalid-credentials, whose codes hold SignatureDoesNotMatch: a signature past its time is the clock's, not the key's.
    // Before clock-skew: the same codes, where the client printed that the machine's own clock is off (rclone compares it with every
    // server's `Date`): a retry is signed by the same clock.
    "provider.aws.clock-wrong": {
      status: "any",
      when: {
        all: [
          SIGNATURE_TIME,
          { printed: /\bTime may be set wrong - time from "[^"\r\n]{1,253}" is -?(?:\d{1,6}h)?(?:\d{1,2}m)?[\d.]{1,12}s different from this computer\b/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.aws.clock-skew": {
      status: "any",
      when: SIGNATURE_TIME,
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.aws.invalid-credentials": {
      status: "any",
      when: {
        any: [
          code(["UnrecognizedClientException", "InvalidClientTokenId", "InvalidAccessKeyId", "SignatureDoesNotMatch"]),
          said(["message", "Message"], { matches: /^The security token included in the request is invalid\.?$/ }, /\bThe security token included in the request is invalid\b/),
          // S3's words for `InvalidAccessKeyId`, all the AWS SDK for Java v2 prints of it ("S3Exception: The AWS Access Key Id you
          // provided does not exist in our records. (Service: S3, Status Code: 403, ...)").
          said(["message", "Message"], { matches: /^The AWS Access Key Id you provided does not exist in our records\.?$/i }, /\bThe AWS Access Key Id you provided does not exist in our records\b/i),
          // And its words for `SignatureDoesNotMatch`, a secret key that is not the access key's (an n8n node prints only the text of the XML).
          said(["message", "Message"], { matches: /^The request signature we calculated does not match the signature you provided\b(?!\. Check your Google)/ }, /The request signature we calculated does not match the signature you provided\b(?!\. Check your Google)/),
        ],
      },
      error: "ProviderUnauthorizedError",
    },
    // Access refused for a reason no wider grant fixes: an organisation's explicit deny (an SCP,
    // a boundary, a resource policy), or a Bedrock model the account has not been given access
    // to. Before `access-denied`, and said without a status too (botocore prints none).
    // STS refusing a web identity (a Kubernetes service account's token, IRSA) the role's trust policy does not name: the role's
    // trust or the account's annotation to fix, not a permission to add to the caller. Before access-denied, which reads the action.
    "provider.aws.web-identity-untrusted": {
      status: "any",
      when: { all: [code(["AccessDenied"]), { any: [message(/\bNot authorized to perform sts:AssumeRoleWithWebIdentity\b/), { text: /\bWebIdentityErr: failed to retrieve credentials\b/ }] }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.aws.explicit-deny": {
      status: "any",
      when: { all: [code(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"]), message(/with an explicit deny/)] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.aws.model-access": {
      status: "any",
      when: { all: [code(["AccessDeniedException"]), message(/^You don't have access to the model with the specified model ID/)] },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.aws.access-denied": {
      status: "any",
      // An explicit deny is not fixed by granting more: it stays a plain ProviderAPIError.
      // (Or IAM's own sentence under another code, "User: arn:aws:iam::...:user/x is not authorized to perform: schemas:ListRegistries":
      // EventBridge Schemas' `ForbiddenException`, SNS's `AuthorizationError`.)
      when: { all: [{ any: [code(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"]), message(IAM_REFUSAL)] }, { not: message(/with an explicit deny/) }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [
        { json: "message", capture: IAM_ACTION },
        { json: "Message", capture: IAM_ACTION },
        { text: IAM_ACTION },
      ],
    },
    "provider.aws.throttling": {
      status: "any",
      // Lambda passes EC2's throttling on as a bad parameter: "InvalidParameterValueException: Your request has been throttled by EC2, ... EC2 Error Code: RequestLimitExceeded."
      // SQS's throttling as the .NET SDK prints its message alone ("AmazonSQSException: Request is throttled. ---> ... (403) Forbidden").
      // Or its throttling message alone, as an SDK that prints no code shows it (the Java v2 SDK's "Rate exceeded (Service: ...)").
      when: { any: [code(THROTTLED), message(/\bEC2 Error Code: RequestLimitExceeded\b/), message(/^Rate exceeded\.?$/), { text: /^Request is throttled\.(?:\s|$)/ }] },
      error: "ProviderAPIError",
      retryable: true,
      // Milliseconds, read by the SDKs' retry behaviour; `Retry-After` (seconds) is read before it.
      wait: [{ header: "x-amz-retry-after", unit: "ms" }],
    },
    // Also without a status (botocore prints none): the code alone says the service is only busy for now.
    "provider.aws.service-unavailable": {
      status: "any",
      when: code(["ServiceUnavailable", "ServiceUnavailableException", "ModelNotReadyException"]),
      error: "ProviderAPIError",
      retryable: true,
    },
    // The SDKs' transient codes beside the throttling ones (botocore's and the other SDKs' standard retry mode): S3's 400
    // `RequestTimeout`, a socket the upload left idle, passes sent again.
    "provider.aws.transient": {
      status: "any",
      when: code(["RequestTimeout", "RequestTimeoutException"]),
      error: "ProviderAPIError",
      retryable: true,
    },
    // Also without a status (botocore prints none): the code alone says the request broke the operation's constraints.
    "provider.aws.validation": {
      status: "any",
      when: code(["ValidationException", "ValidationError"]),
      error: "ProviderAPIError",
      retryable: false,
    },
    // S3's redirects are errors (rule 1 of spec section 5 says a signal may make a status below 400 one): its SDKs raise them and
    // do not follow, so the call failed. A 301 names the bucket's Region (`PermanentRedirect`, or `MovedPermanently`, the name
    // aws-sdk-go-v2 gives a HEAD's bodyless 301 from its status text): send the request to that Region, for which no wait helps.
    "provider.aws.wrong-region": {
      status: "any",
      when: code(["PermanentRedirect", "MovedPermanently"]),
      error: "ProviderAPIError",
      retryable: false,
    },
    // A 307 is a bucket whose name the DNS does not yet resolve to its Region (just created, or renamed): the same request passes
    // once it does, within minutes (aws-sdk-go's maintainers answer "wait for the bucket to exist").
    "provider.aws.temporary-redirect": {
      status: "any",
      when: code(["TemporaryRedirect", "Redirect"]),
      error: "ProviderAPIError",
      retryable: true,
    },
    "provider.aws.invalid-input": {
      status: "any",
      // The services' own codes for a parameter or a document they cannot take, each documented as a 400: after throttling, which
      // reads Lambda's `InvalidParameterValueException` that passes on EC2's throttle.
      when: code(INVALID_INPUT),
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const awsDocs: ProviderDocs<typeof aws> = {
  docs: [
    { title: "Common errors (all AWS services)", url: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html" },
    { title: "Amazon S3 error responses", url: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html" },
    { title: "IAM: troubleshoot access denied error messages", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html" },
    { title: "AWS SDKs: retry behavior", url: "https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html" },
    { title: "Error retries and exponential backoff", url: "https://docs.aws.amazon.com/general/latest/gr/api-retries.html" },
  ],
  requestIdSource: "https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html",
  answers: {
    scope: {
      rules: ["provider.aws.access-denied", "provider.aws.explicit-deny", "provider.aws.model-access"],
      note: "AWS has no OAuth scopes: the missing permission is an IAM action (`dynamodb:Query`), granted by changing a policy of the principal behind the credentials, then connecting again if the credentials were issued for a narrower role. An explicit deny, an SCP, a permissions boundary or a resource policy can cause the same code; the message's \"because …\" clause says which.",
    },
    credential: {
      rules: ["provider.aws.expired-token", "provider.aws.invalid-credentials", "provider.aws.clock-wrong", "provider.aws.clock-skew", "provider.aws.web-identity-untrusted"],
      note: "A signature past its time (`RequestTimeTooSkewed`, `RequestExpired`, \"Signature expired\") is the clock's or a delay's, not the credentials': the call passes signed again with the right time.",
    },
    rateLimit: {
      rules: ["provider.aws.throttling", "provider.aws.service-unavailable", "provider.aws.transient", "provider.aws.temporary-redirect"],
      note: "Bedrock's `ServiceUnavailableException` (\"Too many connections, please wait before trying again.\") and `ModelNotReadyException` are waited out as throttling is. AWS sends no remaining or reset headers; most throttling responses carry no wait at all (back off exponentially). Some modelled errors bind `Retry-After` (seconds), and the SDKs read `x-amz-retry-after` (milliseconds). S3's 307 `TemporaryRedirect` (a bucket the DNS does not yet send to its Region) is waited out as well: the same request passes within minutes.",
    },
    notRetryable: {
      rules: ["provider.aws.daily-token-quota", "provider.aws.resource-quota", "provider.aws.validation", "provider.aws.invalid-input", "provider.aws.wrong-region"],
      note: "Bedrock's daily token quota is shown by captures only: no AWS page marks a throttling code as permanent. A resource quota's `LimitExceededException` is told from throttling by its message. S3's 301 `PermanentRedirect` is an error though below 400: the bucket is in another Region, which no retry changes.",
    },
  },
  notes: [
    "The error code is the thing to read: AWS SDKs take `x-amzn-ErrorType`, else the body's `code` or `__type`, cut at `:` and after `#`. `AccessDeniedException` comes with 400 on DynamoDB and 403 elsewhere; `ExpiredToken` with 400 on S3 and DynamoDB and 403 on IAM, STS and Lambda.",
    "`LimitExceededException` is in the SDKs' throttling list, but several services use it for a hard resource quota (too many stacks, keys) that no wait fixes; only its message says which.",
    "`IncompleteSignature` is a client problem, not dead credentials; `MissingAuthenticationToken` is also what API Gateway answers for a path that does not exist. Both stay plain ProviderAPIErrors.",
    "`SignatureDoesNotMatch` usually means a wrong secret key, but a proxy rewriting the request or a signing bug gives it too; \"The security token included in the request is invalid\" also comes from a valid key used in a region or partition where it does not exist.",
    "S3 echoes the rejected session token (`<Token-0>`) and access key id (`<AWSAccessKeyId>`) in its error body: do not log it unmasked.",
    "`x-amzn-RequestId` and `x-amzn-ErrorType` are also sent by API Gateway in front of other companies' APIs, so they are no fingerprint of an AWS service.",
    "The XML bodies carry the request id in `<RequestId>` (EC2: `<RequestID>`); the headers carry it too.",
  ],
  signals: {
    "provider.aws.daily-token-quota": {
      statement:
        'Bedrock\'s `ThrottlingException` "Too many tokens per day, please wait before trying again." means the account\'s daily token quota is spent: a ProviderAPIError that is not retryable; retries within minutes fail (request a quota increase or wait for the daily window).',
      action: 'Request a Bedrock quota increase or wait for the daily token window to reset: retries within minutes fail the same way.',
      source: "https://github.com/minorun365/agent-book/issues/29",
      examples: [
        {
          source: "https://github.com/minorun365/agent-book/issues/29",
          text: `botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: 4): Too many tokens per day, please wait before trying again.`,
        },
      ],
    },
    "provider.aws.resource-quota": {
      statement:
        "`LimitExceededException` is in the SDKs' throttling list, but for a resource a service counts (Firehose's delivery streams, IAM's policies per role, an account's maximum number of stacks or keys) it means the account holds as many as its quota allows: when the message counts resources (\"quota of 20\", \"Cannot exceed quota for PoliciesPerRole\", \"the maximum number of\"), a ProviderAPIError that is not retryable; delete some or request a quota increase. Its throttling uses (\"Rate exceeded\", \"Attempt limit exceeded\") stay retryable.",
      action: "Delete resources you no longer need or request a quota increase for the one the message counts: retrying fails until then.",
      source: "https://docs.aws.amazon.com/firehose/latest/APIReference/API_CreateDeliveryStream.html",
      examples: [
        {
          source: "https://github.com/hashicorp/terraform/issues/11143",
          text: `plugin: terraform.exe: aws-provider (internal) 2017/01/11 21:55:01 [DEBUG] [aws-sdk-go] DEBUG: Response firehose/CreateDeliveryStream Details:
plugin: terraform.exe: ---[ RESPONSE ]--------------------------------------
plugin: terraform.exe: HTTP/1.1 400 Bad Request
plugin: terraform.exe: Connection: close
plugin: terraform.exe: Content-Length: 1116
plugin: terraform.exe: Content-Type: application/x-amz-json-1.1
plugin: terraform.exe: Date: Wed, 11 Jan 2017 10:55:02 GMT
plugin: terraform.exe: X-Amz-Id-2: Tq1q13oZctAAEJmln37QYtKfUZzYuswX3h/T7EauJur8vX+wgCDCnbny+yYXGsTdueVt91vfZbzoeSkEhxymVw==
plugin: terraform.exe: X-Amzn-Requestid: 674975a9-d7ec-11e6-a147-05a1bd9a3992
plugin: terraform.exe: 
plugin: terraform.exe: {"__type":"LimitExceededException","message":"You have already consumed your firehose quota of 20 hoses. Firehose names: [...]"}`,
        },
      ],
    },
    "provider.aws.expired-token": {
      statement:
        "AWS rejects temporary credentials (an STS session token) past their expiry with `ExpiredToken` (S3, IAM, STS) or `ExpiredTokenException` (JSON services), with status 400 on S3 and DynamoDB and 403 on IAM, STS and Lambda: a ProviderUnauthorizedError; refresh the session credentials (a retry with the same ones cannot pass).",
      action: "Refresh the temporary session credentials (a new STS session token): a retry with the same ones cannot pass.",
      source: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html",
      examples: [
        {
          source: "https://github.com/romange/helio/issues/15",
          reconstructed: "the logged response's chunk framing (`Transfer-Encoding: chunked`, the `4ac` and `0` size lines) removed, leaving the decoded body; ids and token already replaced by the poster",
          text: `HTTP/1.1 400 Bad Request
x-amz-request-id: BLA
x-amz-id-2: FOOO
Content-Type: application/xml
Date: Sat, 24 Sep 2022 19:13:37 GMT
Server: AmazonS3
Connection: close

<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message><Token-0>TOKENFOOBAR</Token-0><RequestId>FOO</RequestId><HostId>BARR</HostId></Error>`,
        },
        {
          source: "https://github.com/guregu/dynamo/issues/68",
          reconstructed: "the debug log's header block and body joined; request id redacted by the poster",
          text: `HTTP/1.1 400 Bad Request
Content-Length: 125
Connection: keep-alive
Content-Type: application/x-amz-json-1.0
Date: Thu, 22 Mar 2018 02:06:17 GMT
Server: Server
X-Amz-Crc32: 2167418451
X-Amzn-Requestid: RCI9REDACTEDREDACTEDREDACTEDREDACTEDREDACTEDREDACTED

{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}`,
        },
        {
          source: "https://github.com/cfn-sphere/cfn-sphere/issues/55",
          reconstructed: 'status line from boto\'s "BotoServerError: 403 Forbidden" prefix; body as printed',
          text: `HTTP/1.1 403 Forbidden

<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <Error>
    <Type>Sender</Type>
    <Code>ExpiredToken</Code>
    <Message>The security token included in the request is expired</Message>
  </Error>
  <RequestId>689b4496-ca92-11e5-9a31-4932678efe5c</RequestId>
</ErrorResponse>`,
        },
      ],
    },
    "provider.aws.clock-skew": {
      statement:
        "AWS refuses a request whose signature time is more than 15 minutes off its own clock, with `RequestTimeTooSkewed` (S3), `RequestExpired`, or `InvalidSignatureException` and `SignatureDoesNotMatch` whose message begins \"Signature expired\" or \"Signature not yet current\": a retryable ProviderAPIError, since the same call signed again at the right time passes. A request signed long before it was sent (a queued message) passes on the first retry; a machine whose clock is off needs it fixed (NTP), unless its SDK corrects the offset from the response's `Date` and retries, as the .NET, Java and JavaScript v3 SDKs do (boto3 does not).",
      action: "Send the same call again, signed anew; if it keeps failing, the machine's clock is off by minutes: fix it (NTP).",
      source: "https://aws.amazon.com/blogs/developer/clock-skew-correction/",
      examples: [
        {
          source: "https://github.com/async-aws/aws/issues/1634",
          reconstructed: "cut before the stack trace that follows",
          text: `AsyncAws\\Core\\Exception\\Http\\ClientException: HTTP 403 returned for "https://sqs.ap-southeast-2.amazonaws.com/".

Code:    InvalidSignatureException
Message: Signature expired: 20250505T143857Z is now earlier than 20250505T193050Z (20250505T194550Z - 15 min.)
Type:    
Detail:  `,
        },
      ],
    },
    "provider.aws.invalid-credentials": {
      statement:
        "AWS rejects an unknown, deleted or mistyped access key with `UnrecognizedClientException` (JSON services; 400 on DynamoDB and Cognito), `InvalidClientTokenId` (query services, 403) or S3's `InvalidAccessKeyId` (\"The AWS Access Key Id you provided does not exist in our records.\", all some clients print of it) and `SignatureDoesNotMatch` (403, \"The request signature we calculated does not match the signature you provided. Check your key and signing method.\"): a ProviderUnauthorizedError; the credentials must be replaced, or, for a signature, the way the client signs checked (its Region, its endpoint).",
      action: "Replace the access key and secret key with valid ones (unknown, deleted, mistyped, a secret not the key's); for a signature mismatch, also check the Region and endpoint the client signs for.",
      source: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html",
      examples: [
        {
          source: "https://github.com/aws/aws-sdk-php/issues/2444",
          reconstructed: 'status line from Guzzle\'s "resulted in a `400 Bad Request` response:"; body as printed',
          text: `HTTP/1.1 400 Bad Request

{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}`,
        },
        {
          source: "https://github.com/aws/aws-sdk-php-symfony/issues/41",
          reconstructed: 'status line from Guzzle\'s "resulted in a `403 Forbidden` response"; body as printed (SQS)',
          text: `HTTP/1.1 403 Forbidden

<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message><Detail/></Error><RequestId>f476a7e3-b735-5ee2-ad8b-f4f364d4285a</RequestId></ErrorResponse>`,
        },
        {
          source: "https://github.com/raster-foundry/raster-foundry/issues/289",
          reconstructed: "status line 403 added from S3's documented status for InvalidAccessKeyId; the access key id replaced with a fake",
          text: `HTTP/1.1 403 Forbidden

<Error>
<Code>InvalidAccessKeyId</Code>
<Message>The AWS Access Key Id you provided does not exist in our records.</Message>
<AWSAccessKeyId>ASIAXXXXXXXXEXAMPLE</AWSAccessKeyId>
<RequestId>4F2659BDA1E78A41</RequestId>
<HostId>ewmvzYmgbPxU1kXQzK544DKLcVjOUuhpqfuBIP16hTWi5EnEq3dCCglVb9tkCYJTwQbUKlFShHU=</HostId>
</Error>`,
        },
      ],
    },
    "provider.aws.web-identity-untrusted": {
      statement:
        "STS answers `AssumeRoleWithWebIdentity` with 403 `AccessDenied` (\"Not authorized to perform sts:AssumeRoleWithWebIdentity\", the AWS SDKs' `WebIdentityErr: failed to retrieve credentials`) when the role's trust policy does not accept the web identity token: its OIDC provider, or its `sub` and `aud` conditions (`system:serviceaccount:<namespace>:<name>`, `sts.amazonaws.com`), or the service account's `eks.amazonaws.com/role-arn` annotation names another role. A ProviderAPIError that is not retryable: fix the role's trust relationship or the annotation; adding permissions to a policy does not help, and no call of the workload ran.",
      action: "Fix the role's trust policy (its OIDC provider, `sub` and `aud` conditions) or the service account's `eks.amazonaws.com/role-arn` annotation.",
      source: "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html",
      examples: [
        {
          source: "https://github.com/kubernetes-sigs/aws-load-balancer-controller/issues/1935",
          text: `{"level":"error","ts":1657324768.868449,"logger":"controller-runtime.manager.controller.targetGroupBinding","msg":"Reconciler error","reconciler group":"elbv2.k8s.aws","reconciler kind":"TargetGroupBinding","name":"k8s-default-backends-6d61d3952a","namespace":"default","error":"WebIdentityErr: failed to retrieve credentials\\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity\\n\\tstatus code: 403, request id: 5c3f9ce5-ba7d-495e-98b1-ffcd5cf85133"}`,
        },
      ],
    },
    "provider.aws.explicit-deny": {
      statement:
        "AWS's `AccessDenied` whose message says \"with an explicit deny\" (in a service control policy, a permissions boundary, an identity or resource policy) is a plain ProviderAPIError that no retry and no reconnection fixes: whoever owns the denying policy must change it. Read whatever the status, as botocore prints none.",
      action: "Have the owner of the denying policy (an SCP, a permissions boundary, an identity or resource policy) change it: no retry helps.",
      source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html",
      examples: [
        {
          source: "https://github.com/facebookresearch/Mephisto/issues/759",
          text: `botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the ListQualificationTypes operation: User: arn:aws:iam::893221621637:root is not authorized to perform: mechanicalturk:ListQualificationTypes with an explicit deny in a service control policy`,
        },
      ],
    },
    "provider.aws.model-access": {
      statement:
        "Bedrock's `AccessDeniedException` \"You don't have access to the model with the specified model ID.\" is account set-up, not a missing IAM action of the caller: a plain ProviderAPIError, not retryable. Enable access to the model (or its Marketplace subscription) in that Region; reconnecting the same credentials does not.",
      action: "Enable access to the model (or its Marketplace subscription) in that Region: reconnecting the same credentials does not help.",
      source: "https://repost.aws/knowledge-center/bedrock-invokemodel-api-error",
      examples: [
        {
          source: "https://github.com/dirkpetersen/our-chat/issues/3",
          text: `botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.`,
        },
      ],
    },
    "provider.aws.access-denied": {
      statement:
        'AWS answers a call the IAM principal may not make with `AccessDenied` or `AccessDeniedException` (403, or 400 on DynamoDB): a ScopeReauthRequiredError whose `missingScopes` is the IAM action the message names ("is not authorized to perform: dynamodb:Query"), which a policy must allow; S3\'s plain "Access Denied" names none. An explicit deny is left a plain ProviderAPIError.',
      action: 'Have an administrator allow the IAM action the call needs (in `missingScopes` when the message names it) in a policy of the principal behind these credentials.',
      source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html",
      examples: [
        {
          source: "https://github.com/ionic-team/starters/issues/46",
          reconstructed:
            "status line and Content-Type added (the thread shows `POST https://dynamodb.us-east-1.amazonaws.com/ 400 (Bad Request)` and this body; DynamoDB's JSON 1.0 content type); account ids already faked by the poster",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/x-amz-json-1.0

{"__type":"com.amazon.coral.service#AccessDeniedException","Message":"User: arn:aws:sts::0123456789:assumed-role/xxx_auth_MOBILEHUB_123456/CognitoIdentityCredentials is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:0123456:table/xxx-mobilehub-638986677-tasks/index/DateSorted"}`,
        },
        {
          source: "https://github.com/aws/aws-sdk-ruby/issues/3222",
          reconstructed: "wire trace posted by an SDK maintainer; the Ruby `-> \"...\"` framing and the chunked transfer encoding removed",
          text: `HTTP/1.1 403 Forbidden
x-amz-request-id: 7BMJM8PWV1J1FNEH
x-amz-id-2: TW2qeJptLnLL7+0pKGRgdR+t5T/GKN362KnA1JuYa83s+Y0YsVEeIxGoiUK+pCQIRwhNsDNC1ws=
Content-Type: application/xml
Date: Tue, 25 Mar 2025 22:58:36 GMT
Server: AmazonS3

<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>7BMJM8PWV1J1FNEH</RequestId><HostId>TW2qeJptLnLL7+0pKGRgdR+t5T/GKN362KnA1JuYa83s+Y0YsVEeIxGoiUK+pCQIRwhNsDNC1ws=</HostId></Error>`,
        },
      ],
    },
    "provider.aws.validation": {
      statement:
        "`ValidationException` (and the query protocol's `ValidationError`) is HTTP 400: \"The input fails to satisfy the constraints specified by an AWS service\" (a parameter out of range, a Bedrock conversation whose `tool_use` blocks lack their `tool_result`): a ProviderAPIError that is not retryable, also when the client printed no status (botocore's ClientError prints the code only); the same request fails the same way until it is fixed.",
      action: "Fix the request so it meets the constraints the message describes: the same request fails the same way until then.",
      source: "https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html",
      examples: [
        {
          source: "https://github.com/browser-use/browser-use/issues/988",
          text: "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: messages.2: Did not find 1 `tool_result` block(s) at the beginning of this message.",
        },
      ],
    },
    "provider.aws.wrong-region": {
      statement:
        "S3's 301 `PermanentRedirect` (\"The bucket you are attempting to access must be addressed using the specified endpoint\"; a HEAD's 301 has no body, and aws-sdk-go-v2 names it `MovedPermanently`) is an error, though below 400: the SDKs raise it rather than follow it. The bucket is in another Region than the request's (its `<Endpoint>` and the `x-amz-bucket-region` header name it): a ProviderAPIError that is not retryable; send the request to that Region.",
      action: "Send the request to the bucket's Region, named in the `x-amz-bucket-region` header or the body's `<Endpoint>`: no retry helps.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList",
      examples: [
        {
          source: "https://github.com/github-aws-runners/terraform-aws-github-runner/issues/3654",
          text: `Error: reading Amazon S3 (Simple Storage) Bucket (stage-linux-x64-dist-1nl2mfg4q4m2o9sicfz2bep1): operation error S3: HeadBucket, https response error StatusCode: 301, RequestID: ZTNET13HVHHS6FCK, HostID: z/m5Pgx+No7+t+kinwK1TIwwPYvyAnXqDzAD5vkXX96JlNG7rvE4leVNb2QoK3/HMMNJ6pdOFot8n/yWEHtL6w==, api error MovedPermanently: Moved Permanently`,
        },
      ],
    },
    "provider.aws.temporary-redirect": {
      statement:
        "S3's 307 `TemporaryRedirect` (\"Please re-send this request to the specified temporary endpoint\") is an error, though below 400: the SDKs raise it. It comes while the DNS does not yet send the bucket's name to its Region (a bucket just created): a ProviderAPIError that is retryable; the same request passes within minutes (or wait until the bucket exists, as the SDKs' waiters do).",
      action: "Back off and send the same request again: it passes within minutes, once the DNS sends the bucket's name to its Region.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList",
      examples: [
        {
          source: "https://github.com/aws/aws-sdk-go/issues/1267",
          text: `TemporaryRedirect: Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests.
	status code: 307, request id: 04F41768B41AED8F, host id: VU4EJ7ZZKxU0bRi0vobrdfHes6YCKDcgsPOGoWaW8BYhbrxeauwWJTxxUZSDdoTV24o4inlLXas=`,
        },
      ],
    },
    "provider.aws.invalid-input": {
      statement:
        "The codes AWS services answer a parameter or a document they cannot take with, each documented as HTTP 400 (the common `InvalidParameterValue`, `InvalidParameterCombination` and `MissingParameter`; the services' `InvalidParameterException` and `InvalidParameterValueException`; Textract's, Comprehend's and Rekognition's `InvalidS3ObjectException`, `UnsupportedDocumentException`, `BadDocumentException` and `DocumentTooLargeException`), are a ProviderAPIError that is not retryable, also when the client printed no status (botocore's ClientError prints the code only): fix the parameter, the S3 object's key, region or access, or the document.",
      action: "Fix the parameter, the S3 object's key, Region or access, or the document the code names: the same request fails until then.",
      source: "https://docs.aws.amazon.com/textract/latest/dg/API_AnalyzeDocument.html#API_AnalyzeDocument_Errors",
      examples: [
        {
          source: "https://github.com/simonw/s3-ocr/issues/24",
          text: `botocore.errorfactory.InvalidS3ObjectException: An error occurred (InvalidS3ObjectException) when calling the StartDocumentTextDetection operation: Unable to get object metadata from S3. Check object key, region and/or access permissions.`,
        },
      ],
    },
    "provider.aws.service-unavailable": {
      statement:
        "`ServiceUnavailableException` (HTTP 503; Bedrock's \"Too many connections, please wait before trying again.\"), `ServiceUnavailable` and Bedrock's `ModelNotReadyException` mean the service cannot take the call for now: a retryable ProviderAPIError, also when the client printed no status (botocore's ClientError prints the code only).",
      action: "Back off and retry the same call: the service (or the Bedrock model) cannot take it for now.",
      source: "https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html",
      examples: [
        {
          source: "https://github.com/langchain-ai/langchain-aws/pull/968",
          text: `botocore.errorfactory.ServiceUnavailableException: An error occurred (ServiceUnavailableException) when calling the Converse operation (reached max retries: 4): Too many connections, please wait before trying again.`,
        },
      ],
    },
    "provider.aws.clock-wrong": {
      statement:
        "A signature-time error (`RequestTimeTooSkewed`, `RequestExpired`, \"Signature expired\") where the client printed that the machine's own clock is off (rclone's \"Time may be set wrong - time from ... is -23h19m26s different from this computer\") is not retryable: every retry is signed by the same clock. Set the clock (NTP), then send the call again.",
      action: "Set the machine's clock (NTP), then send the call again: every retry is signed by the same wrong clock.",
      source: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList",
      examples: [
        {
          source: "https://github.com/cu-mkp/m-k-manuscript-data/issues/2091",
          text: `2024/02/21 10:03:07 NOTICE: Time may be set wrong - time from "backupmakingandknowing.s3.us-east-1.amazonaws.com" is -23h19m26.54755s different from this computer
2024-02-21 10:03:07 ERROR : S3 bucket backupmakingandknowing path Google Drive 2022: error reading destination root directory: RequestTimeTooSkewed: The difference between the request time and the current time is too large.
	status code: 403, request id: A10T660VCXDGJQ76, host id: cg9HKRJ2J+xzU0LZFlBntyXT1Xnw9vzpC015liPF/padfSOcKkGrrMCpc5TIrXpmCMRE3r7ilbk=`,
        },
      ],
    },
    "provider.aws.transient": {
      statement:
        "`RequestTimeout` (S3's 400: \"Your socket connection to the server was not read from or written to within the timeout period\") and `RequestTimeoutException` are in the SDKs' list of transient errors, which their standard retry mode retries: a retryable ProviderAPIError, whatever the status; send the request again, with its whole body.",
      action: "Send the request again, with its whole body: it is a transient error the SDKs' standard retry mode retries.",
      source: "https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html",
      examples: [
        {
          source: "https://github.com/rusoto/rusoto/issues/1212",
          text: "<Code>RequestTimeout</Code><Message>Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed.</Message>",
        },
      ],
    },
    "provider.aws.throttling": {
      statement:
        "AWS throttles with an error code, not a status: `Throttling`/`ThrottlingException` on a 400 (most services), `TooManyRequestsException`/`ThrottlingException` on a 429 (Lambda, Bedrock), `SlowDown` on a 503 (S3), the rest of the SDKs' throttling list, and Lambda's `InvalidParameterValueException` that passes on EC2's throttling (\"EC2 Error Code: RequestLimitExceeded\"), and SQS's \"Request is throttled.\" as a client prints its message alone (with a 403): a retryable ProviderAPIError; back off, or wait the `Retry-After` (seconds) or `x-amz-retry-after` (milliseconds) when sent.",
      action: "Back off and retry; when `Retry-After` or `x-amz-retry-after` was sent, wait `err.retryAfter` seconds first.",
      source: "https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html",
      examples: [
        {
          source: "https://github.com/jantman/awslimitchecker/issues/86",
          reconstructed: 'status line from boto\'s "BotoServerError: 400 Bad Request"; body as printed (Elastic Load Balancing)',
          text: `HTTP/1.1 400 Bad Request

<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/">
  <Error>
    <Type>Sender</Type>
    <Code>Throttling</Code>
    <Message>Rate exceeded</Message>
  </Error>
  <RequestId>fab58587-8841-11e5-938b-a9029686dd0d</RequestId>
</ErrorResponse>`,
        },
        {
          source: "https://github.com/awsdocs/amazon-ses-developer-guide/issues/60",
          reconstructed: 'status line from Guzzle\'s "resulted in a `400 Bad Request` response"; body as printed (SES)',
          text: `HTTP/1.1 400 Bad Request

<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
  <Error>
    <Type>Sender</Type>
    <Code>Throttling</Code>
    <Message>Maximum sending rate exceeded.</Message>
  </Error>
  <RequestId>8f23e6e6-b4f2-4572-b426-343b370cb32c</RequestId>
</ErrorResponse>`,
        },
        {
          source: "https://github.com/aws-samples/amazon-bedrock-client-for-mac/issues/99",
          reconstructed:
            "rebuilt from the Swift SDK's rendering of the response (status, headers and `message`); the body is that message, which matches the printed Content-Length of 63",
          text: `HTTP/1.1 429 Too Many Requests
Date: Mon, 12 May 2025 11:11:55 GMT
Content-Type: application/json
Content-Length: 63
Connection: keep-alive
x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/
x-amzn-RequestId: ca47a5ce-e260-4824-aa0e-2e62669d5d6e

{"message":"Too many tokens, please wait before trying again."}`,
        },
        {
          source: "https://github.com/pingcap/tiflash/issues/10538",
          reconstructed:
            'status line from "HTTP response code: 503" and "Response status: 503, Slow Down"; headers as logged by the C++ SDK; body not logged: written from its code and message ("Exception name: SlowDown / Error message: Please reduce your request rate."), the elements S3 sends after them left out',
          text: `HTTP/1.1 503 Slow Down
connection: close
content-type: application/xml
date: Fri, 07 Nov 2025 21:19:55 GMT
server: AmazonS3
x-amz-id-2: zRby//pp1PO7Y2mYDdEeTACIDIVxbp3Uk2a4nd8TnGxIxTXxO1Saf1W6RHKjbExBLJ6kcn9/IMsd+i7dMhJg/vgJ3c4fH5Gr1dVWXCtjJm4=
x-amz-request-id: 5WYFY5P28HFWHTHX

<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>`,
        },
        {
          source: "https://github.com/allenai/amti/pull/12",
          text: "botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the CreateHITWithHITType operation (reached max retries: 4): Rate exceeded",
        },
      ],
    },
  },
};

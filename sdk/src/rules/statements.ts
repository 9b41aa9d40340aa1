/**
 * The one-line statement of every rule of spec sections 4 to 8 that is not a provider
 * signal (those are in each provider's file). Typed by the rule ids, so a rule without a
 * statement, or a statement of a rule that no longer exists, does not compile. Docs only:
 * the mapper never reads this, so the classifier's bundle leaves it out.
 * @module
 */
import type { CoreRuleId } from "./core.js";
import type { RetryRuleId } from "../retry.js";

export const STATEMENTS: { readonly [Id in CoreRuleId | Exclude<RetryRuleId, "retry.none">]: string } = {
  "logged.sdk-error":
    "The SDK's own error as `JSON.stringify(err)` logged it (name, message, requestId, retryable, retryAfter, docsUrl, the typed fields, details) reads back as the same class with the same fields; secrets stay masked as they were logged.",
  "network.timeout":
    "A timeout with no response (AbortSignal.timeout, ETIMEDOUT, undici's connect/headers/body timeouts, ERR_SOCKET_CONNECTION_TIMEOUT, curl exit 28) is a TimeoutError.",
  "network.failure":
    "Any other failure with no response (refused, reset, DNS, TLS, a fetch failure) is a NetworkError; the caller's own abort is one too, not retryable, with `details.sdk_reason = \"aborted\"`, and so is a browser's CORS block (\"has been blocked by CORS policy\"), with `details.sdk_reason = \"cors\"`: call the API from a server, or send only the headers its CORS policy allows; and a browser that would not send the request (an extension's `net::ERR_BLOCKED_BY_CLIENT`, an administrator's `net::ERR_BLOCKED_BY_ADMINISTRATOR`), with `details.sdk_reason = \"blocked\"`: allow the API's host in the blocker, or call it from a server; and a certificate the client does not trust (expired, self-signed, from an unknown authority, for another name: `CERT_HAS_EXPIRED`, `x509: certificate ...`, curl's exit 60), with `details.sdk_reason = \"certificate\"`: the same handshake fails until the certificate, the CA bundle or the clock changes; and a proxy that refused the tunnel to the API with a 4xx (\"Tunnel connection failed: 403 Forbidden\", \"Received HTTP code 407 from proxy after CONNECT\"), with `details.sdk_reason = \"proxy\"`: its allow-list or its credentials, not the API's.",
  "poll.connect.denied": 'A Connect session poll with status "denied" is a ConnectDeniedError.',
  "poll.connect.error": 'A Connect session poll with status "error" is a ConnectConfigError.',
  "poll.connect.expired": 'A Connect session poll with status "expired" is a ConnectTimeoutError.',
  "poll.connect.ok": 'A Connect session poll with status "pending" or "completed" is not an error.',
  "poll.approval.denied": 'An approval poll with status "denied" is an ApprovalDeniedError.',
  "poll.approval.expired": 'An approval poll with status "expired" is an ApprovalExpiredError.',
  "poll.approval.execution-failed": 'An approval poll with status "execution_failed" is an ApprovalExecutionFailedError.',
  "poll.approval.ok": 'An approval poll with status "pending" or "approved" is not an error.',
  "source.option": '`source: "backend"` or `"provider"` in the options decides.',
  "source.api-origin": "A request URL on API_ORIGIN is the backend's.",
  "source.provider-named":
    "An `opts.providerId` that names a known provider (or one of its aliases) means a provider response: the caller says whom it called.",
  "source.provider-fingerprint":
    "A header only one known provider sends (X-GitHub-Request-Id, x-slack-req-id, ...), the host of the request URL, or a body shape only one sends (Box's `help_url`, a namespaced AWS `__type`) means a provider response, even when the body's code is also one of the backend's. So does a provider's client named in a pasted printout (`tweepy.errors.TooManyRequests`, `node_modules/@octokit/`), or, failing that, a provider's API URL printed around the response (`GET https://api.bitbucket.org/2.0/user`), or, failing that, a line that labels it (an error report's `Provider: anthropic`), except over a backend code.",
  "source.provider-client":
    "A response a provider's client printed (openai-python's `Error code: 429 - {...}`) is a provider's, even when it names no single provider and the body's code is also one of the backend's: the backend is never called through it.",
  "source.backend-code": "A body whose `error.code` (or problem+json `code`) is one of the code table's codes is the backend's.",
  "source.provider":
    'Anything else is a provider\'s response (a backend response with an unknown code, or with no envelope, needs `source: "backend"`).',
  "backend.success": "A backend response with a status below 400 is not an error.",
  "backend.code": "A known `error.code` decides the class by the code table, whatever the status.",
  "backend.unknown-code": 'An unknown code (a newer backend than this SDK) is a plain BackendError with `details.sdk_reason = "unknown_code"`.',
  "backend.no-code.429": 'No code and status 429: a PolicyViolationError with `policyError = "rate_limit_exceeded"`.',
  "backend.no-code.timeout": "No code and status 408 or 504: a TimeoutError (a remote timeout), whatever the body.",
  "backend.non-json":
    'A body that is not JSON, or empty (an HTML page from a proxy): a BackendError with `sdk_reason = "non_json_body"`, the text in `raw_body`.',
  "backend.invalid-json": 'A JSON media type whose body does not parse: a BackendError with `sdk_reason = "invalid_json"`, the text in `raw_body`.',
  "backend.fallback": "Any other backend error response is a plain BackendError.",
  "provider.rate-limit-spent":
    "A 403 or 429 whose remaining-count header (`x-ratelimit-remaining`, `x-rate-limit-remaining`, `ratelimit-remaining`, or the provider's own) is `0` is a retryable ProviderAPIError; without `Retry-After`, the wait comes from the matching reset header.",
  "provider.401.insufficient-scope":
    'A 401 whose Bearer or DPoP challenge carries `error="insufficient_scope"`, or whose message says the token lacks a scope ("authorized with the correct set of scopes", "insufficient scope"), is a plain ProviderAPIError that is not retryable: the credential is valid, it lacks a scope (RFC 6750).',
  "provider.401": "Any other 401 is a ProviderUnauthorizedError: the provider rejected the credential.",
  "provider.403.insufficient-scope":
    'A 403 whose Bearer or DPoP challenge carries `error="insufficient_scope"` is a ScopeReauthRequiredError; `missingScopes` is its `scope` split on spaces.',
  "provider.403.insufficient-scope-body":
    'A 403 whose JSON body says `"error": "insufficient_scope"` (RFC 6750\'s code, sent in the body as GitLab does), or whose message says the token lacks a scope ("requires scope=likes", "missing scopes", "insufficient scope"), is a ScopeReauthRequiredError; `missingScopes` is the body\'s `scope` split on spaces, or the scopes the message names after `scope=`.',
  "provider.403.credential-dead":
    "A 403 whose body's `error` is `invalid_token`, or whose message says the API key, token or credentials sent are invalid, expired or revoked (\"The provided API key is invalid.\", \"key doesn't exist\", \"unable to authenticate with provided credentials\"), is a ProviderUnauthorizedError, as a 401 would be: RFC 6750 answers an invalid token with 401, and APIs that send 403 for it mean the same. Replace the credential; a key that is valid and lacks a permission (\"not allowed with this API key\") stays a plain 403.",
  "provider.403": "Any other 403 is a ProviderAPIError.",
  "provider.400.invalid-assertion":
    "An OAuth token endpoint's 400 `{\"error\": \"invalid_grant\"}` whose `error_description` names a JWT assertion the app signed (a claim by name, `'aud' claim`, the assertion, its signature: RFC 7523 section 3.1 answers an assertion it will not take so) is a ProviderAPIError, not retryable: the app's own grant is wrong (a claim, its key, the server's clock), and reconnecting the user does not fix it.",
  "provider.400.invalid-grant-mismatch":
    "An OAuth token endpoint's 400 `{\"error\": \"invalid_grant\"}` whose `error_description` says the token request does not match its authorization request (RFC 6749 section 5.2: a redirect URI other than the one the authorization used, a code issued to another client; RFC 7636 section 4.6: a PKCE code verifier that does not match; Keycloak's \"Incorrect redirect_uri\") is a ProviderAPIError, not retryable: the app's token request is wrong, and the user signing in again meets the same mismatch.",
  "provider.400.invalid-grant":
    "An OAuth token endpoint's 400 `{\"error\": \"invalid_grant\"}` (RFC 6749 section 5.2): the authorization code or refresh token is invalid, expired or revoked, a ProviderUnauthorizedError; the user must connect again. For every provider: a known provider's own signals run first, and those that mean something else by some of their `invalid_grant`s (a JWT the app signed, with a wrong claim or clock, at Box and Google) say so there.",
  "provider.400.consent-required":
    "A 400 whose JSON body's `error` is one of OpenID Connect's that ask for the user (`consent_required`, `interaction_required`, `login_required`: Core 1.0 section 3.1.2.6), as a token endpoint sends them, is a ProviderUnauthorizedError: the user must sign in or consent again (DocuSign's JWT grant before the user consented to the app).",
  "provider.gateway-quota-renews":
    'A 403 or 429 whose message is Azure API Management\'s spent call quota ("Out of call volume quota. Quota will be replenished in 03:30:56.") is a retryable ProviderAPIError whose wait is the time it names, whatever API is behind the gateway.',
  "provider.refresh-token-rejected":
    "An OAuth token endpoint's 400, 401 or 403 whose `error_description` says the refresh token is invalid, expired, revoked or unknown (Atlassian's `unauthorized_client` \"refresh_token is invalid\", Discord's `invalid_request` 'Invalid \"refresh_token\" in request.'), whatever its `error` code, or whose message says so (Cognito's `NotAuthorizedException` \"Invalid Refresh Token.\"), is a ProviderUnauthorizedError: the user must connect again.",
  "provider.401.invalid-request":
    "A 401 whose JSON body's `error` is `invalid_request` (RFC 6749 section 5.2 and RFC 6750 section 3.1: a parameter missing, repeated or malformed, such as Okta's \"Cannot supply multiple client credentials\") is a ProviderAPIError, not retryable: the request must change; reconnecting sends the same one.",
  "provider.invalid-client":
    "An OAuth token endpoint's 400 or 401 `{\"error\": \"invalid_client\"}` (RFC 6749 section 5.2: client authentication failed) or `unauthorized_client` (the client may not use this grant: Google's domain-wide delegation not granted to it) is a ProviderAPIError that is not retryable: the app's own client id, secret, authentication method or grant is wrong, so fix the app's configuration; reconnecting the user cannot fix it.",
  "provider.credential-missing":
    "A 401 (or a 403) whose message says no credential was sent (\"missing subscription key\", \"missing API key\", \"API key required\", \"You did not provide an API key\", Google Cloud's \"Anonymous caller does not have ... access\", crates.io's \"must be logged in to perform that action\"; not \"missing or invalid\") is a ProviderAPIError that is not retryable: the code or its configuration left the key or token out of the request, so attach it; reconnecting the user cannot fix it.",
  "provider.401.role-missing":
    "A 401 whose body's `error.code` is `PermissionDenied`, or whose message says \"Principal does not have access to API/Operation\" (Azure AI services, Azure OpenAI among them, to a Microsoft Entra token whose identity has no role on the resource), is a ProviderAPIError that is not retryable: the identity was recognised and lacks a role, so an admin assigns it one (Cognitive Services OpenAI User, for Azure OpenAI); reconnecting brings the same identity back.",
  "provider.401.quota-spent":
    "A 401 whose message says the account's quota or credits are spent (\"This request exceeds your quota of 10000. You have 0 credits remaining\", ElevenLabs' `quota_exceeded`; \"insufficient credits\") is a ProviderAPIError that is not retryable: the key was accepted, so reconnecting brings the same account back; more credits, a higher plan or the quota's reset do.",
  "provider.token-endpoint-401":
    "A 401 from an OAuth token endpoint (a request URL whose path ends in `token` under `oauth`, `oauth2` or `openid-connect`, or on an OAuth host) whose body names no `error` is client authentication failing (RFC 6749 section 5.2 answers only `invalid_client` with 401): a ProviderAPIError that is not retryable; fix the app's client id, secret or redirect URI. Reconnecting the user cannot fix it.",
  "provider.400.credential-dead":
    "A 400 whose message says the API key or access token sent is wrong (\"Incorrect API key provided\", xAI's and other APIs that copy OpenAI's errors; \"Invalid API key\", \"API key not valid\") is a ProviderUnauthorizedError that is not retryable: replace the credential. Only a key's or an access token's words: a 400's \"page token is invalid\" is a parameter's, the request's to fix.",
  "provider.403.rate-limited":
    "A 403 whose message says a rate limit was exceeded (\"Rate limit exceeded\", BigQuery's \"Exceeded rate limits: too many table update operations for this table.\", \"Too many requests\", the Mashery gateway's per-second \"Developer Over Qps\" and \"Account Over Queries Per Second Limit\", a server's \"please implement exponential back off\") is a retryable ProviderAPIError: a rate limit passes, so back off and retry. Not a quota's words (\"Quota exceeded\"): a spent daily quota does not pass on a backoff. A known provider's own signals (GitHub's, Google's) decide first.",
  "provider.403.credits-spent":
    "A 403 whose message says the balance or credits are spent (fal's \"Exhausted balance. Top up your balance\") is a ProviderAPIError that is not retryable: no permission is missing.",
  "provider.token-dead-code":
    "A 400 or 403 whose error code names the token expired, revoked or invalid (the AT Protocol's `ExpiredToken`, RFC 6750's `invalid_token`) is a ProviderUnauthorizedError: the credential must be replaced, whatever the status.",
  "provider.anonymous-limit":
    "A 403 or 429 whose message (or body) says its limit holds for calls sent without a credential (Google's \"Daily Limit for Unauthenticated Use Exceeded\", Docker Hub's \"unauthenticated pull rate limit\", GitHub's \"Authenticated requests get a higher rate limit\", Infura's \"project ID not provided\", Codecov's \"Please upload with the Codecov repository upload token to resolve issue\") is a ProviderAPIError that is not retryable: send the key, token or project ID the provider asks for; the same anonymous call meets the same shared limit. A wait the message names is still read into `retryAfter`.",
  "provider.token-not-yet-valid":
    "A 401 or 403 whose message says the token is not valid yet (its `nbf` or `iat` after the server's clock: \"token not valid yet (nbf)\", \"token used before issued\", \"jwt not active\", \"Token used too early\"; \"clock skew\") is a retryable ProviderAPIError, not a dead credential: the clocks of the token's issuer and the server disagree. Sync them (NTP) or backdate `nbf` by a few seconds; a retry after a few seconds may pass, and reconnecting mints the same early token.",
  "provider.403.csrf-token":
    "A 403 that sends an `X-CSRF-Token` header (Roblox's \"Token Validation Failed\" with the token to use; SAP's `X-CSRF-Token: Required`), or whose message names a CSRF failure (Django's \"CSRF Failed: CSRF token missing or incorrect.\"), is a ProviderAPIError that is not retryable as it was sent: send the request again with the `X-CSRF-Token` the response gave (or fetch one first, SAP's `X-CSRF-Token: Fetch`); no permission is missing.",
  "provider.408":
    "A 408 Request Timeout (the server stopped waiting for the request: RFC 9110 section 15.5.9 lets the client repeat it) is a retryable ProviderAPIError, as the backend's 408 is a retryable TimeoutError; an upload resumes from the offset the server kept.",
  "provider.not-supported":
    "A 501 whose message says the request is not supported or not implemented (RFC 9110 section 15.6.2: the server does not support what the request asks; Microsoft Graph's `notSupported`, \"The request is not supported by the system.\") is a ProviderAPIError that is not retryable: the same request meets the same missing feature. Use another endpoint, method or API version. A 501 with other words (Dropbox's \"unexpected error occurred\") stays a retryable 5xx.",
  "provider.storage-full":
    "A 5xx whose message says the storage is full (OneDrive's 500 \"Insufficient Space Available\"; \"storage quota exceeded\"), and any 507 Insufficient Storage (RFC 4918 section 11.5: not to be repeated until a separate user action asks), is a ProviderAPIError that is not retryable: the same request fails until space is freed, the plan grows or the request changes.",
  "provider.soap-client-fault":
    "A 500 whose body is a SOAP fault with the `Client` fault code (SOAP 1.1 sends every fault with a 500; Workday's `SOAP-ENV:Client.authenticationError`) is a ProviderAPIError that is not retryable: the message or its sender is at fault, not the service. A `Server` fault stays a retryable 5xx.",
  "provider.403.daily-limit":
    "A 403 whose message says a monthly (or daily) limit was reached (Alchemy's \"Monthly capacity limit exceeded\") is a ProviderAPIError that is not retryable: raise the plan or wait for the reset.",
  "provider.429.credits-spent":
    "A 429 (or a 402 Payment Required) whose message says the account's credits or spending limit are spent (xAI's \"... has either used all available credits or reached its monthly spending limit\"; \"You have 0 credits remaining\"; \"insufficient balance\", DeepSeek's 402 \"Insufficient Balance\"), or that the account is blocked for exceeding what its subscription allows (OpenWeatherMap's \"Your account is temporary blocked due to exceeding of requests limitation of your subscription type. Please choose the proper subscription\"), is a ProviderAPIError that is not retryable: money, not time, ends it, so add credits, raise the limit or change the plan first. Not a quota's words alone (\"You exceeded your current quota\", Gemini's per-minute limit): those pass. A known provider's own signals (OpenAI's `insufficient_quota`) decide first.",
  "provider.429.daily-limit":
    "A 429 whose message says an hourly, daily or monthly limit was reached (GoCardless Bank Account Data's \"Daily request limit set by the Institution has been exceeded.\"; LINE's \"You have reached your monthly limit.\"; Fastly's \"You have exceeded your hourly rate limit.\") is a ProviderAPIError that is not retryable now: the same call meets the same limit until the window resets, so call less often or wait for the reset. A known provider's own signals (Google's daily limit) decide first.",
  "provider.409.operation-in-progress":
    "A 409 whose message says another operation on the same object is still running (Azure DNS's `Conflict`: \"Another operation is pending for requested object. Operation group ... already has 1 operations like ...\"; Event Hubs' \"Another conflicting operation may be in progress. ... Try again later.\"; \"An operation is already in progress\") is a retryable ProviderAPIError, although a 409 otherwise is not: the object is held by a concurrent operation, and the same call passes once it ends, so wait and send it again. A known provider's own signals (Resource Manager's `AnotherOperationInProgress`) decide first.",
  "provider.busy-for-now":
    "A 400 or 403 whose message says the service cannot take the call for now (Imgur's 403 \"Imgur is temporarily over capacity. Please try again later.\"; Linode's 400 \"Linode busy.\", a resource still busy with another job) is a retryable ProviderAPIError, although those statuses otherwise are not retried: wait a few seconds and send the same call again.",
  "provider.403.banned":
    "A 403 whose message says the key or the account is banned or suspended (Giphy's `\"msg\": \"BANNED\"`) is a ProviderAPIError that is not retryable, even with a `Retry-After` (Giphy sends `Retry-After: 0`): no wait lifts a ban; ask the provider, or use another key.",
  "provider.firewall-blocked":
    "A 403 or 503 whose words say a firewall blocked the request (Mailchimp's \"Looks like your server is blocked by MailChimp's firewall. Please contact MailChimp support and include the following reference number: ...\", \"Request Blocked. We had to block your request because of something that looked suspicious.\") is a ProviderAPIError that is not retryable, though a 503 otherwise is: the firewall blocked the caller's address or what it sent, and the block stays until the provider's support lifts it. Send them the reference number it gives.",
  "provider.429.grpc-message-too-large":
    "A 429 whose message is gRPC's for a message over the channel's size limit (\"Received message larger than max (6349834 vs. 4194304)\", \"gRPC message exceeds maximum size ...\"), which gRPC reports as RESOURCE_EXHAUSTED, is a ProviderAPIError that is not retryable: the limit is the client's, not a rate; raise the channel's maximum message size, or ask for less (a smaller page, fewer rows).",
  "provider.400.rate-limited":
    "A 400 whose message says a rate limit was exceeded (MongoDB Atlas's \"Rate limit of 10 invitations per 1 minutes exceeded.\", \"Rate limit exceeded\", \"Too many requests\") is a retryable ProviderAPIError, as a 403 in those words is: the same request passes once the window has. A known provider's own signals (AWS's, Linear's) decide first.",
  "provider.not-temporary":
    "A 5xx whose body is a Goa service's error (`name`, `id`, `message`, `temporary`, `timeout`, `fault`, as Stability AI's API sends it) and says `\"temporary\": false` is a ProviderAPIError that is not retryable: the service says the failure will not pass (Goa's clients retry only a temporary error), so the same request meets the same fault; read its message and change the request or report it.",
  "provider.error":
    "Any other status of 400 or more is a ProviderAPIError. For a 429 or a 503 that sent no wait in a header, the wait its message states in words is read (\"Please retry after 45 seconds.\", \"try again in 20s\": Azure OpenAI's 429 as a client prints it), or as a duration (\"Please try again in 1m0.36s.\": the APIs that copy OpenAI's errors).",
  "provider.graphql-errors":
    "A GraphQL response with a 2xx status whose `errors` list is not empty and which has no `data` (absent, or null) is a ProviderAPIError that is not retryable: GraphQL over HTTP sends a request it could not execute (a query that does not validate, an unknown type or argument) with 200, and the same query fails the same way, so fix it. A body with `data` beside its errors is a partial result, not an error. A known provider's own signals (Shopify's `THROTTLED`, monday.com's codes) decide first.",
  "provider.success": "A status below 400, except a GraphQL request error, is not an error.",
  "retry.signal":
    "When the rule that made the error says whether retrying helps (a provider signal such as Slack's `ratelimited`, AWS's `ThrottlingException` or OpenAI's `insufficient_quota`, a spent rate limit, the caller's own abort), its word wins over the status.",
  "retry.token-refresh": "A TokenRefreshInProgressError is retryable: the lock is released when the parallel refresh ends.",
  "retry.network": "A NetworkError or TimeoutError is retryable, unless the caller aborted the request itself, a browser's CORS policy blocked the response, the client did not trust the server's certificate, or a proxy refused the tunnel with a 4xx.",
  "retry.rate-limit-policy": 'A PolicyViolationError with policyError = "rate_limit_exceeded" is retryable.',
  "retry.backend-5xx": "A plain BackendError (exactly that class) with status 500 or more is retryable.",
  "retry.provider-429-5xx": "A plain ProviderAPIError (exactly that class) with status 429 or 500 or more is retryable.",
  "retry.provider-403-retry-after": "A plain ProviderAPIError with status 403 that carries Retry-After (GitHub's secondary rate limits) is retryable.",
};

/**
 * Section 5's catch-alls ("Any other 401 is a ProviderUnauthorizedError"): their statement adds nothing to their class's guidance,
 * and their class's action is theirs, but where their status says more (a plain 403: see {@link PROVIDER_RULE_ACTIONS}).
 */
export const CATCH_ALL_RULES = ["provider.401", "provider.403", "provider.error", "provider.success"] as const satisfies readonly CoreRuleId[];

/**
 * What to do about the response the last catch-all decided, by its status (`"404"`) or status class (`"5xx"`): what RFC 9110
 * section 15 says the status means, where the class's action ("retry when `retryable`, otherwise fix the request") leaves the reader
 * to work out which of the two this is. A status not listed keeps the class's action (a 408's or a 418's says nothing more).
 */
export const STATUS_ACTIONS: { readonly [Id in CatchAllRuleId]?: Readonly<Record<string, string>> } = {
  "provider.error": {
    "400": "Fix the request: the provider's message (`responseBody`) names the parameter or value it rejected, and the same request fails the same way.",
    "404": "Check the URL, the resource's id and, for a model API, the model's name: nothing is there. A resource you can see elsewhere may be hidden from this credential.",
    "405": "Use a method this endpoint allows (its `Allow` header lists them) or the endpoint the docs give for this method.",
    "409": "Read the message for the conflict (a duplicate, a version or state that changed since you read it), resolve it, then send the call again.",
    "410": "Stop calling this URL: the resource or the API version is gone for good. Move to the replacement the message or the provider's docs name.",
    "413": "Send less in one request (a smaller body, file, batch or prompt): the provider refuses a request this large, however long you wait.",
    "415": "Send the body in a format the endpoint accepts, with the matching `Content-Type` header: it does not read this one.",
    "422": "Fix the values the message names: the provider read the request but rejected what it asked for.",
    "429": "Wait `err.retryAfter` seconds (the `Retry-After` header or the wait the message names; back off when neither says), then send the same call again.",
    "5xx": "Retry with backoff: the provider failed, not the request. If it keeps failing, check the provider's status page and quote the request id to its support.",
  },
};

/** The generic provider rules beyond the catch-alls: each decides something its class's guidance cannot say. */
export type GenericProviderRuleId = Exclude<Extract<CoreRuleId, `provider.${string}`>, (typeof CATCH_ALL_RULES)[number]>;
/** Section 5's catch-alls, by id. */
export type CatchAllRuleId = (typeof CATCH_ALL_RULES)[number];

/**
 * What to do about the response each generic provider rule beyond the catch-alls decided, as a provider signal's
 * `SignalDoc.action` says it for its own: the verdict's first line, in place of the class's generic action (a 501 "not
 * supported" is not "retry when retryable, otherwise fix the request" but "use another endpoint"). Typed by the rule ids, so a
 * new generic rule without one does not compile.
 */
export const PROVIDER_RULE_ACTIONS: { readonly [Id in GenericProviderRuleId]: string } & { readonly [Id in CatchAllRuleId]?: string } = {
  // A catch-all whose status says more than its class: a plain 403 is a refusal of this call to this account (RFC 9110 section
  // 15.5.4: the server will not repeat its answer for the same credential), where ProviderAPIError's "fix the request" points at the
  // request. Section 8 still retries a 403 that sends Retry-After (GitHub's secondary limits).
  "provider.403": "Read the message for what was refused: most often the credential's account may not make this call (its role, permissions, the resource's sharing). A 403 with `Retry-After` is a rate limit: wait, then retry.",
  "provider.429.credits-spent": "Add credits, raise the spending limit or change the plan: money, not time, ends it, so retrying fails the same way until then.",
  "provider.429.daily-limit": "Wait for the hourly, daily or monthly window to reset, or call less often: retrying now meets the same limit.",
  "provider.409.operation-in-progress": "Wait for the other operation on the same object to end, then send the same call again.",
  "provider.busy-for-now": "Wait a few seconds, then send the same call again: the service cannot take it for now.",
  "provider.403.banned": "Ask the provider to lift the ban on the key or account, or use another key: no wait lifts a ban, whatever `Retry-After` says.",
  "provider.firewall-blocked": "Contact the provider's support and send them the reference number the response gives: the firewall's block stays until they lift it.",
  "provider.429.grpc-message-too-large": "Raise the gRPC channel's maximum message size, or ask for less (a smaller page, fewer rows): the limit is the client's, not a rate.",
  "provider.gateway-quota-renews": "Wait the time the message names for the call quota to be replenished (`err.retryAfter`), then send the same call again.",
  "provider.rate-limit-spent": "Wait until the rate limit resets (`err.retryAfter`, from `Retry-After` or the reset header), then send the same call again.",
  "provider.anonymous-limit": "Send the key, token or project ID the provider asks for: the same anonymous call meets the same shared limit.",
  "provider.token-not-yet-valid": "Sync the clocks of the token's issuer and the server (NTP) or backdate `nbf` by a few seconds; a retry after a few seconds may pass.",
  "provider.401.insufficient-scope": "Send the user through authorization again with the scope the call needs: the credential is valid, it lacks a scope.",
  "provider.refresh-token-rejected": "Have the user connect again: the refresh token is invalid, expired, revoked or unknown, so no refresh passes.",
  "provider.invalid-client": "Fix the app's client id, secret, authentication method or grant in its configuration: reconnecting the user cannot fix it.",
  "provider.401.invalid-request": "Fix the missing, repeated or malformed parameter in the request: retrying or reconnecting sends the same request.",
  "provider.credential-missing": "Attach the key or token the request left out, in the code or its configuration: reconnecting the user cannot fix it.",
  "provider.401.role-missing": "Have an admin assign the identity a role on the resource (Cognitive Services OpenAI User, for Azure OpenAI): reconnecting brings the same identity back.",
  "provider.401.quota-spent": "Add credits, move to a higher plan or wait for the quota's reset: the key was accepted, so reconnecting brings the same account back.",
  "provider.token-endpoint-401": "Fix the app's client id, secret or redirect URI: client authentication failed, and reconnecting the user cannot fix it.",
  "provider.403.insufficient-scope": "Send the user through authorization again with the scopes in `missingScopes`: the token lacks them.",
  "provider.403.insufficient-scope-body": "Send the user through authorization again with the scopes in `missingScopes`: the token lacks them, so retrying fails the same way.",
  "provider.403.credential-dead": "Replace the API key, token or credentials: they are invalid, expired or revoked, so retrying fails the same way.",
  "provider.400.credential-dead": "Replace the API key or access token: the one sent is wrong, so retrying fails the same way.",
  "provider.403.rate-limited": "Back off and retry: a rate limit passes, so the same call succeeds once its window has passed.",
  "provider.403.credits-spent": "Top up the balance or credits: no permission is missing, and retrying fails the same way until then.",
  "provider.403.daily-limit": "Raise the plan or wait for the daily or monthly limit's reset: retrying before then fails the same way.",
  "provider.400.rate-limited": "Back off and retry: the same request passes once the rate limit's window has passed.",
  "provider.token-dead-code": "Replace the credential: the token is expired, revoked or invalid, so retrying fails the same way.",
  "provider.403.csrf-token": "Send the request again with the `X-CSRF-Token` the response gave, or fetch one first (SAP's `X-CSRF-Token: Fetch`).",
  "provider.400.invalid-assertion": "Fix the JWT assertion the app signs (the claim named, its key or the server's clock): reconnecting the user does not fix it.",
  "provider.400.invalid-grant-mismatch": "Send the token request with the redirect URI, client and PKCE code verifier its authorization request used, then start the authorization again: a code is used once.",
  "provider.400.invalid-grant": "Have the user connect again: the authorization code or refresh token is invalid, expired or revoked.",
  "provider.400.consent-required": "Have the user sign in or consent to the app again: the provider asks for the user before it answers.",
  "provider.not-temporary": "Read the error's message and change the request, or report it to the provider: the service says the failure will not pass.",
  "provider.storage-full": "Free space, grow the plan or change the request: the same request fails until one of these happens.",
  "provider.soap-client-fault": "Fix the message or its sender as the SOAP fault's code says: the service is not at fault, so resending it unchanged fails.",
  "provider.408": "Send the same call again: the server stopped waiting for the request; resume an upload from the offset the server kept.",
  "provider.not-supported": "Use another endpoint, method or API version: the server does not support what the request asks, so retrying fails the same way.",
  "provider.graphql-errors": "Fix the query as its `errors` list says (a query that does not validate, an unknown type or argument): the same query fails the same way.",
};

/**
 * Rule ids an earlier release published that no longer decide anything, each with the
 * rule that took over. The rules page keeps an anchor for each, so links stay alive.
 */
export const RETIRED_RULES: Readonly<Record<string, CoreRuleId | RetryRuleId>> = {
  "retry.provider-rate-limit-spent": "retry.signal",
  "retry.slack-ratelimited": "retry.signal",
};

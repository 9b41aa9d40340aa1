/**
 * Pipedrive (its REST API at api.pipedrive.com and `<company>.pipedrive.com`, v1 and v2): every error is
 * `{"success": false, "error", "errorCode", "error_info"}`, `error_info` a fixed sentence pointing at its docs. The
 * status says most of it; two 403s need another action than each other: an OAuth app's "Scope and URL mismatch" (a
 * scope the app was not granted) and an account's plan limit on open deals or custom fields (a `code` starting
 * `feature_capping_`, which neither a new token nor a retry clears). Rate limits are a daily token budget per company
 * and a 2-second burst window per token, both answered 429.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Its errors' fixed pointer at the docs ("Please check developers.pipedrive.com for more information about Pipedrive API."). */
const DOCS_POINTER = /^Please check developers\.pipedrive\.com/;

/** An OAuth app's request outside its scopes. */
const SCOPE_MISMATCH = "Scope and URL mismatch";

/** The plan's limit on an entity: `feature_capping_deals_limit` in the changelog's example (custom fields have a code of their own). */
const FEATURE_CAPPING = /^feature_capping_\w/;

export const pipedrive = provider({
  id: "pipedrive",
  name: "Pipedrive",
  hosts: ["pipedrive.com"],
  // client-nodejs (npm `pipedrive`), client-php (`Pipedrive\`), pipedrive-openapi-client for Ruby (`Pipedrive::ApiError`),
  // pipedrive-python-lib (`pipedrive.exceptions.UnauthorizedError`).
  clients: { packages: ["pipedrive", "Pipedrive"], classes: ["Pipedrive"] },
  // Not in Pipedrive's docs: captures show `x-correlation-id` on its answers (pipedrive/client-php#14).
  requestIdHeaders: ["x-correlation-id"],
  fingerprints: {
    body: {
      any: [
        { all: [{ json: "success", is: "false" }, { json: "error_info", matches: DOCS_POINTER }] },
        { all: [{ json: "success", is: "false" }, { json: "error", is: SCOPE_MISMATCH }] },
        { all: [{ json: "success", is: "false" }, { json: "code", matches: FEATURE_CAPPING }] },
      ],
    },
  },
  message: ["error"],
  signals: {
    // Marketplace and private OAuth apps only: the token is fine, the app's scopes do not cover this endpoint.
    "provider.pipedrive.scope-mismatch": {
      status: [403],
      when: said("error", { is: SCOPE_MISMATCH }, /Scope and URL mismatch/),
      error: "ScopeReauthRequiredError",
    },
    // The account's plan caps open deals and custom fields: the create fails until the plan is upgraded or some are closed.
    "provider.pipedrive.plan-limit": {
      status: [403],
      when: { json: "code", matches: FEATURE_CAPPING },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const pipedriveDocs: ProviderDocs<typeof pipedrive> = {
  docs: [
    { title: "HTTP status codes", url: "https://pipedrive.readme.io/docs/core-api-concepts-http-status-codes" },
    { title: "Rate limiting", url: "https://pipedrive.readme.io/docs/core-api-concepts-rate-limiting" },
    { title: "OAuth status codes (OAuth and API request)", url: "https://pipedrive.readme.io/docs/marketplace-oauth-and-api-proxy-status-codes" },
    {
      title: "New error message and code for POST Deals and Custom Fields endpoints",
      url: "https://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints",
    },
  ],
  requestIdSource: "https://github.com/pipedrive/client-php/issues/14",
  answers: {
    scope: {
      rules: ["provider.pipedrive.scope-mismatch"],
      note: "An OAuth app's token used on an endpoint its scopes do not cover gets 403 \"Scope and URL mismatch\" (\"Not allowed to access requested resource by application scope that is defined by owner\"), naming no scope: add the scope in Developer Hub and have the user install the app again. API tokens carry their user's full access.",
    },
    credential: {
      rules: ["provider.401"],
      note: "401 is an invalid API token (\"unauthorized access\") or, for OAuth apps, \"Invalid token: `access_token` is invalid\" (refresh it). The token endpoint's 400 \"Invalid grant: refresh_token is invalid\" (already exchanged, or not this client's) means the user must authorize again; no rule reads it yet.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "Burst limit per token over a rolling 2-second window (20–120 requests for API tokens, 80–480 for OAuth apps, 10 for Search), with `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` (\"the remaining window before the rate limit resets\"). The company's daily token budget (30,000 × plan multiplier × seats) exhausted is a 429 too, until midnight in the server's time zone; the docs name no field that tells it from a burst 429.",
    },
    notRetryable: {
      rules: ["provider.pipedrive.plan-limit"],
      note: "A 403 with `code: feature_capping_…` is the plan's limit on open deals or custom fields. 402 Payment Required is a company account that is not open (trial expired, no payment details): nothing but billing fixes it.",
    },
  },
  notes: [
    "Integrations that keep sending after 429s get a 403 with an HTML page from Cloudflare (access denied), not JSON: only `api_token` traffic is blocked this way. Stop and fix the integration; it is not a scope problem.",
    "`x-daily-requests-left` (API-token requests only) counts the POST/PUT requests left in the UTC day.",
    "The daily token budget is shared by every user and integration of the company and resets at midnight server time, which may not be the customer's midnight; administrators get emails at 75% and 100%.",
    "`x-correlation-id` is not documented; it is on Pipedrive's answers in captures and is what to quote to support.",
    "403 is also a `visible_to` value the user may not set, and other permission refusals: only \"Scope and URL mismatch\" is a scope.",
  ],
  signals: {
    "provider.pipedrive.scope-mismatch": {
      statement:
        "Pipedrive answers an OAuth app's request to a resource its scopes do not allow with 403 \"Scope and URL mismatch\": a ScopeReauthRequiredError; add the scope to the app and have the user re-authorize (the response names no scope).",
      action: "Add the scope this endpoint needs to the OAuth app, then have the user re-authorize; the response does not name the scope.",
      source: "https://pipedrive.readme.io/docs/marketplace-oauth-and-api-proxy-status-codes",
      examples: [
        {
          source: "https://github.com/pipedrive/client-php/issues/14",
          reconstructed: "the Unirest dump as the stored copy of the issue gives it (on one line), cut where that copy ends, inside the alt-svc header",
          text: `Unirest\\Response {#1172 +code: 403 +raw_body: "{"success":false,"error":"Scope and URL mismatch","errorCode":403}" +body: {#1181 +"success": false +"error": "Scope and URL mismatch" +"errorCode": 403 } +headers: array:21 [ 0 => "HTTP/1.1 403 Forbidden" "Date" => "Thu, 02 Jul 2020 18:00:31 GMT" "Content-Type" => "application/json" "Transfer-Encoding" => "chunked" "Connection" => "keep-alive" "Set-Cookie" => "__cfduid=d76208080a8f8cda75657cdf957e5528c1593712830; expires=Sat, 01-Aug-20 18:00:30 GMT; path=/; domain=.pipedrive.com; HttpOnly; SameSite=Lax" "x-correlation-id" => "4fcd6f7f-3b89-4568-891f-6f45382685fa" "badi" => "Routing: us-east-1=>us-east-1; Version: c2a6; Host: bari;" "Cache-Control" => "no-cache" "Access-Control-Expose-Headers" => "X-RateLimit-Remaining, X-RateLimit-Limit, X-RateLimit-Reset" "pdtrusted-wgw-real-user-ip" => "18.230.84.218" "X-XSS-Protection" => "1; mode=block" "X-Content-Type-Options" => "nosniff" "Strict-Transport-Security" => "max-age=31536000; includeSubDomains" "Content-Encoding" => "gzip" "CF-Cache-Status" => "DYNAMIC" "cf-request-id" => "03b24901c90000d01cda0ac200000001" "Expect-CT" => "max-age=604800, report-uri="https://report-uri.cloudflare.com/cdn-cgi/beacon/expect-ct"" "Server" => "cloudflare" "CF-RAY" => "5aca44494bf9d01c-GRU" "alt-svc" => "h3-27=":443"; ma=86400, h3-28=":4`,
        },
      ],
    },
    "provider.pipedrive.plan-limit": {
      statement:
        "Pipedrive answers a create over the account plan's limit on open deals or custom fields with 403 and a `code` such as `feature_capping_deals_limit` (\"Couldn't add the deal. Open deals limit reached.\"): a ProviderAPIError that is not retryable; close deals, delete fields or upgrade the plan.",
      action: "Close open deals or delete custom fields, or have the account upgrade its Pipedrive plan, before creating again.",
      source: "https://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints",
      examples: [
        {
          source: "https://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints",
          reconstructed: "status line and Content-Type added: the changelog says these endpoints \"will start to respond with a 403 error message\"; the body as the changelog shows it",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{ "success": false, "error": "Couldn't add the deal. Open deals limit reached.", "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API.", "data": null, "additional_data": null, "code": "feature_capping_deals_limit" }`,
        },
      ],
    },
  },
};

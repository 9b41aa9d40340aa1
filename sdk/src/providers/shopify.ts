/**
 * Shopify's Admin APIs, in two dialects. REST answers with statuses and an `errors` member
 * (a string, or an object of lists); GraphQL answers most failures with HTTP 200 and
 * `errors[].extensions.code` (`ACCESS_DENIED`, `THROTTLED`, `MAX_COST_EXCEEDED`), so those
 * signals read the body whatever the status.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

const MERCHANT_APPROVAL = /^\[API\] This action requires merchant approval for ([a-z_]{1,100}) scope/;
/** "Required access: `read_orders` access scope." (older messages quote the scope with `"`). */
const REQUIRED_SCOPE = /Required access: [`"]?([a-z_]{1,100})[`"]? access scope/;
const GRAPHQL_CODE = "errors[].extensions.code";
const graphql = (codes: string): Match => ({ json: GRAPHQL_CODE, is: codes });
/** The GraphQL Admin API's query cost beside every answer: its leaky bucket's state. */
const COST = "extensions.cost";

export const shopify = provider({
  id: "shopify",
  name: "Shopify",
  hosts: ["myshopify.com", "shopify.com"],
  // The page its 429 bodies name ("See https://help.shopify.com/api/getting-started/api-call-limit for more information about rate limits").
  errorLinks: /https:\/\/help\.shopify\.com\/api\/getting-started\/api-call-limit\b/,
  clients: { packages: ["shopify", "ShopifyAPI", "ShopifyCLI", "@shopify", "shopify_api", "ShopifySharp", "shopify-api-node", "Shopify", "com.shopify"], classes: ["Shopify"] },
  // Shopify's JavaScript and Ruby libraries end an error's message with the `X-Request-Id` they got:
  // "If you report this error, please include this id: …"
  // (https://github.com/Shopify/shopify-api-js/blob/main/lib/clients/http_client/http_client.ts).
  bodyRequestId: ["errors[].extensions.requestId", { printed: /please include this id: ([\w-]{1,128})/ }],
  // The REST Admin API's messages begin "[API] " ("[API] Invalid API key or access token ..."), also as clients print them.
  fingerprints: {
    headers: ["x-shopify-shop-api-call-limit", "x-shopify-api-version", "x-shopid", "x-sorting-hat-podid", "x-sorting-hat-shopid"],
    // And its REST rate limit's words ("Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.").
    body: {
      any: [
        said("errors", { matches: /^\[API\] / }, /(?:^|[\s"'(])\[API\] [A-Z]/),
        said("errors", { matches: /^Exceeded \d{1,4} calls per second for api client\b/ }, /\bExceeded \d{1,4} calls per second for api client\b/),
        // GraphQL's cost extension: a query's cost against a bucket that refills at `restoreRate` points a second.
        { all: [{ json: `${COST}.throttleStatus.restoreRate` }, { json: `${COST}.requestedQueryCost` }] },
      ],
    },
  },
  message: ["errors", "errors[].message", "errors.product[]"],
  // Its REST rate limit's words printed without the status (a Python client's log line): the 429 its rate-limits page gives them.
  documentedStatus: {
    source: "https://shopify.dev/docs/api/usage/rate-limits",
    messages: [[/\bExceeded \d{1,4} calls per second for api client\b/, 429]],
  },
  signals: {
    "provider.shopify.rest-merchant-approval-scope": {
      status: [403],
      when: said("errors", { matches: MERCHANT_APPROVAL }, /\[API\] This action requires merchant approval for [a-z_]{1,100} scope/),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "errors", capture: MERCHANT_APPROVAL }, { text: /\[API\] This action requires merchant approval for ([a-z_]{1,100}) scope/ }],
    },
    "provider.shopify.graphql-access-denied-scope": {
      status: "any",
      when: { all: [graphql("ACCESS_DENIED"), { any: [{ json: "errors[].message", matches: REQUIRED_SCOPE }, { json: "errors[].extensions.requiredAccess", matches: /access scope/ }] }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "errors[].message", capture: REQUIRED_SCOPE }],
    },
    // A capability of the shop (a plan, a feature Shopify grants), not a scope: re-authorizing does not help.
    "provider.shopify.graphql-access-denied": {
      status: "any",
      when: graphql("ACCESS_DENIED"),
      error: "ProviderAPIError",
    },
    "provider.shopify.graphql-max-cost-exceeded": {
      status: "any",
      when: graphql("MAX_COST_EXCEEDED"),
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.shopify.graphql-throttled": {
      status: "any",
      // Older versions send the message alone, without a code ({"errors":[{"message":"Throttled"}]}), beside the cost.
      when: { any: [graphql("THROTTLED"), { all: [{ json: "errors[].message", is: "Throttled" }, { json: `${COST}.throttleStatus.restoreRate` }] }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ refill: { needed: `${COST}.requestedQueryCost`, available: `${COST}.throttleStatus.currentlyAvailable`, perSecond: `${COST}.throttleStatus.restoreRate` } }],
    },
    "provider.shopify.daily-variant-creation-limit": {
      when: {
        any: [
          { json: "errors.product[]", matches: /^Daily variant creation limit reached/ },
          { json: "errors", matches: /^Daily variant creation limit reached/ },
          // As ShopifySharp prints it: "(429 Too Many Requests) product: Daily variant creation limit reached. ...".
          { text: /^(?:product: )?Daily variant creation limit reached\b/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    // A frozen shop: its 402 says so by its status alone (Shopify documents it with no body).
    "provider.shopify.shop-frozen": { status: [402], when: { all: [] }, error: "ProviderAPIError", retryable: false },
  },
});

export const shopifyDocs: ProviderDocs<typeof shopify> = {
  docs: [
    { title: "API response status and error codes", url: "https://shopify.dev/docs/api/usage/response-codes" },
    { title: "API limits", url: "https://shopify.dev/docs/api/usage/limits" },
    { title: "REST Admin API rate limits", url: "https://shopify.dev/docs/api/admin-rest/usage/rate-limits" },
    { title: "GraphQL Admin API rate limits", url: "https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits" },
    { title: "GraphQL Admin API: status and error codes", url: "https://shopify.dev/docs/api/admin-graphql" },
    { title: "Access scopes", url: "https://shopify.dev/docs/api/usage/access-scopes" },
  ],
  requestIdSource: "https://github.com/Shopify/checkout-sheet-kit-swift/issues/571",
  answers: {
    scope: {
      rules: ["provider.shopify.rest-merchant-approval-scope", "provider.shopify.graphql-access-denied-scope"],
      note: "Adding a scope to the app's configuration does not widen an installed token: the merchant must go through the OAuth install again.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A wrong, uninstalled or revoked Admin API token is a 401 \"[API] Invalid API key or access token (unrecognized login or wrong password)\" with a `Basic` challenge.",
    },
    rateLimit: {
      rules: ["provider.shopify.graphql-throttled", "provider.error"],
      note: "REST: a 429 with `Retry-After` in seconds (`2.0`). GraphQL: HTTP 200 with `THROTTLED`; the cost data in `extensions.cost` says how fast the bucket refills.",
    },
    notRetryable: { rules: ["provider.shopify.graphql-max-cost-exceeded", "provider.shopify.daily-variant-creation-limit", "provider.shopify.shop-frozen"] },
  },
  notes: [
    "Shopify's reference defines GraphQL `ACCESS_DENIED` as \"similar to 401 Unauthorized\", yet the responses seen name a missing access scope (\"Required access: `<scope>` access scope.\") or a capability of the shop (\"The shop must have access to ...\"). The SDK reports a scope only when the text names one; a scope that the shop already lists can also need protected customer data approval (\"Also: Level 2 access to Customer data\").",
    "A THROTTLED response carries no wait: the bucket refills at `extensions.cost.throttleStatus.restoreRate` points per second, so the wait is (`requestedQueryCost` − `currentlyAvailable`) / `restoreRate` seconds.",
    "`MAX_COST_EXCEEDED` is filed under a \"Throttled\" tab in Shopify's samples, but the same query never passes: shrink page sizes or use bulk operations.",
    "REST's `X-Shopify-Shop-Api-Call-Limit: 40/40` is a used/size pair, not a remaining count.",
    "Other statuses Shopify documents: 423 Locked (a shop locked after repeated rate-limit abuse or fraud risk), 430 (security rejection); neither passes on retry.",
  ],
  signals: {
    "provider.shopify.rest-merchant-approval-scope": {
      statement:
        "Shopify's REST 403 \"[API] This action requires merchant approval for <scope> scope.\" is a ScopeReauthRequiredError; `missingScopes` is the scope named. The merchant must re-install the app (OAuth) with that scope.",
      action: "Have the merchant re-install the app through OAuth, granting the scope in `missingScopes`, then call again with the new token.",
      source: "https://shopify.dev/docs/api/usage/response-codes",
      examples: [
        {
          source: "https://github.com/gnikyt/laravel-shopify/issues/190",
          text: `Client error: \`GET https://exploreviraltest.myshopify.com/admin/orders.json\` resulted in a \`403 Forbidden\` response:
{"errors":"[API] This action requires merchant approval for read_orders scope."}`,
        },
      ],
    },
    "provider.shopify.graphql-access-denied-scope": {
      statement:
        "Shopify's GraphQL `ACCESS_DENIED` whose message says \"Required access: `<scope>` access scope.\" (HTTP 200, whatever the data beside it) is a ScopeReauthRequiredError; `missingScopes` is that scope. Re-install the app with it; if the shop already granted it, the field may also need protected customer data approval.",
      action: "Have the merchant re-install the app granting the scope in `missingScopes`; if the shop already granted it, get protected customer data approval for the field.",
      source: "https://shopify.dev/docs/api/usage/access-scopes",
      examples: [
        {
          source: "https://github.com/Shopify/shopify-api-ruby/issues/1415",
          reconstructed:
            "the message as the issue quotes it (`Access denied ...`, raised by the client for an `ACCESS_DENIED` error), inside the GraphQL `errors[]` envelope with that code; status line added: Shopify's GraphQL Admin API answers these errors with 200 OK",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{"errors":[{"message":"Access denied for shopifyqlQuery field. Required access: \\"read_reports\\" access scope.","extensions":{"code":"ACCESS_DENIED"}}]}`,
        },
      ],
    },
    "provider.shopify.graphql-access-denied": {
      statement:
        "Any other Shopify GraphQL `ACCESS_DENIED` (HTTP 200) is a ProviderAPIError: `requiredAccess` names a capability of the shop or the app (a plan, a feature Shopify must enable), which re-authorizing does not grant.",
      action: "Read `requiredAccess`: it names a plan or feature the shop or app lacks, which Shopify or the merchant must enable; re-authorizing does not grant it.",
      source: "https://shopify.dev/docs/api/admin-graphql",
      examples: [
        {
          source: "https://github.com/Shopify/function-examples/issues/164",
          reconstructed: "status line added (the issue shows the body only): Shopify's GraphQL Admin API answers these errors with 200 OK",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{
  "data": { "checkoutServerExtensionCreate": null },
  "errors": [
    {
      "message": "Access denied for checkoutServerExtensionCreate field. Required access: The shop must have access to checkout server extensions.",
      "locations": [ { "line": 2, "column": 3 } ],
      "path": [ "checkoutServerExtensionCreate" ],
      "extensions": {
        "code": "ACCESS_DENIED",
        "documentation": "https://shopify.dev/api/usage/access-scopes",
        "requiredAccess": "The shop must have access to checkout server extensions."
      }
    }
  ],
  "extensions": { "cost": { "requestedQueryCost": 10, "actualQueryCost": 10, "throttleStatus": { "maximumAvailable": 1000, "currentlyAvailable": 990, "restoreRate": 50 } } }
}`,
        },
      ],
    },
    "provider.shopify.graphql-max-cost-exceeded": {
      statement:
        "Shopify's GraphQL `MAX_COST_EXCEEDED` (\"Query cost is N, which exceeds the single query max cost limit (1000).\") is a ProviderAPIError that is not retryable: the same query is always refused. Request smaller pages or use a bulk operation.",
      action: "Shrink the query (request smaller pages) or run it as a bulk operation; the same query is refused every time.",
      source: "https://shopify.dev/docs/api/admin-graphql",
      examples: [
        {
          source: "https://shopify.dev/docs/api/admin-graphql",
          reconstructed: "the page's sample body (under \"Sample 200 error responses\"), with its 200 status line added; the line breaks inside its message written as `\\n` so that it is JSON",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{
  "errors": [
    {
      "message": "Query cost is 2003, which exceeds the single query max cost limit (1000).\\n\\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\\ncost of a query is calculated.\\n\\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\\n",
      "extensions": {
        "code": "MAX_COST_EXCEEDED",
        "cost": 2003,
        "maxCost": 1000,
        "documentation": "https://shopify.dev/api/usage/limits#rate-limits"
      }
    }
  ]
}`,
        },
      ],
    },
    "provider.shopify.graphql-throttled": {
      statement:
        "Shopify's GraphQL `THROTTLED` (HTTP 200, \"similar to 429\"; older versions send the message \"Throttled\" alone) is a retryable ProviderAPIError. It names no wait, but its cost extension says how long one is: the bucket refills at `extensions.cost.throttleStatus.restoreRate` points a second, from `currentlyAvailable` to the query's `requestedQueryCost`.",
      action: "Wait `err.retryAfter` seconds, the time the bucket in `extensions.cost` needs to refill to the query's cost, then send the same query again.",
      source: "https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits",
      examples: [
        {
          source: "https://community.shopify.com/t/throttled/254776",
          reconstructed: "status line added (the post shows the body only): Shopify documents THROTTLED as a 200 response",
          text: `HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{
  "errors": [
    {
      "message": "Throttled",
      "extensions": {
        "code": "THROTTLED",
        "documentation": "https://shopify.dev/api/usage/rate-limits"
      }
    }
  ],
  "extensions": {
    "cost": {
      "requestedQueryCost": 752,
      "actualQueryCost": null,
      "throttleStatus": {
        "maximumAvailable": 1000.0,
        "currentlyAvailable": 666,
        "restoreRate": 50.0
      }
    }
  }
}`,
        },
      ],
    },
    "provider.shopify.daily-variant-creation-limit": {
      statement:
        "Shopify's 429 \"Daily variant creation limit reached\" (stores over the variant threshold may create only so many variants a day) is a ProviderAPIError that is not retryable: no backoff of seconds helps; create more variants the next day.",
      action: "Stop creating variants for this store today and resume the next day; no backoff of seconds lets the call pass.",
      source: "https://shopify.dev/docs/api/usage/limits",
      examples: [
        {
          source: "https://github.com/bold-commerce/go-shopify/issues/206",
          reconstructed:
            "status line from the library's `responseError Status: 429`; the body rebuilt from the message it flattens as `product: <message>`, in the `errors.product[]` shape of https://github.com/phpclassic/php-shopify/issues/81",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json; charset=utf-8

{"errors":{"product":["Daily variant creation limit reached. Please try again later. See https://help.shopify.com/api/getting-started/api-call-limit for more information about rate limits and how to avoid them."]}}`,
        },
      ],
    },
    "provider.shopify.shop-frozen": {
      statement:
        "Shopify's 402 Payment Required means the shop is frozen: its owner must pay the outstanding balance before the Admin API answers again. A ProviderAPIError that is not retryable, and nothing in the request or the grant needs changing; tell the merchant.",
      action: "Tell the merchant to pay the shop's outstanding balance; nothing in the request or the grant needs changing, and retries fail until then.",
      source: "https://shopify.dev/docs/api/usage/response-codes",
      examples: [
        {
          source: "https://github.com/PostHog/posthog/pull/63714",
          text: "402 Client Error: Payment Required for url: https://<store>.myshopify.com/admin/api/2025-10/graphql.json",
        },
      ],
    },
  },
};

/**
 * Algolia (its Search API at `<app id>.algolia.net`, `<app id>-dsn.algolia.net` and the fallback hosts
 * `<app id>-1.algolianet.com` to `-3`; Analytics, Query Suggestions, Personalization and Ingestion under `*.algolia.com`, Insights
 * at `insights.algolia.io`): an error is `{"message": "...", "status": 403}`, a shape too common to name it, so only Algolia's own
 * words do. An API key has permissions (ACLs: `search`, `addObject`, `editSettings`, ...) and may be restricted to some indices:
 * a key without the ACL a call needs gets 403 "Method not allowed with this API key", one not allowed on the index 403 "Index not
 * allowed with this API key", and the Query Suggestions API names the ACL (401 "The provided API key is missing the
 * \"editSettings\" ACL."). Those are a permission the key lacks, not a key to replace: the signal answers them as a missing scope,
 * where the generic rules answered a plain 403 (or, for the 401, a credential to replace). A wrong application id or key answers
 * 403 "Invalid Application-ID or API key", which the generic rules already read as a dead credential; a spent plan 403 "Operations
 * quota exceeded, change plan to get more Operations.", which no retry passes. Every response carries a `Correlation-ID` header
 * (documented in July 2026), the id Algolia's support asks for.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** Its words for a key without the ACL or the index a call needs (a 403). */
const NOT_ALLOWED = ["Method not allowed with this API key", "Index not allowed with this API key"];
/** The Query Suggestions API's words for a key without an ACL, naming it (its OpenAPI file's example escapes the quotes). */
const ACL_MISSING = /^The provided API key is missing the \\?"(\w{2,40})\\?" ACL/;
/** The same, printed by a client or inside a text. */
const ACL_MISSING_TEXT = /API key is missing the \\?"(\w{2,40})\\?" ACL/;
/** The words of a key refused for a permission, as a client prints them (a console dump, an exception's message). */
const NOT_ALLOWED_TEXT = /(?:Method|Index) not allowed with this API key/;
/** The algoliasearch v4 `ApiError`'s record of the answer: its body as a JSON string. */
const NOT_ALLOWED_CONTENT = /"message":"(?:Method|Index) not allowed with this API key"/;
/** A plan's operations spent. */
const QUOTA = "Operations quota exceeded, change plan to get more Operations.";
const QUOTA_TEXT = /Operations quota exceeded, change plan to get more Operations/;

/** A key refused for a permission it lacks (an ACL, or an index it is not allowed on), however the answer was printed. */
const KEY_NOT_ALLOWED: Match = {
  any: [
    { json: "message", is: NOT_ALLOWED },
    { json: "message", matches: ACL_MISSING },
    { json: "transporterStackTrace[].response.content", matches: NOT_ALLOWED_CONTENT },
    { text: NOT_ALLOWED_TEXT },
    { text: ACL_MISSING_TEXT },
    // Printed beside the answer it read, by a client that kept no body (docsearch.js's console dump of an `AlgoliaSearchError`).
    { printed: NOT_ALLOWED_TEXT },
  ],
};

export const algolia = provider({
  id: "algolia",
  name: "Algolia",
  // algolia.net (`<app id>.algolia.net`, `<app id>-dsn.algolia.net`), algolianet.com (the retry hosts `<app id>-1.algolianet.com`
  // to `-3`), algolia.io (Insights) and algolia.com (Analytics, A/B testing, Query Suggestions, Personalization, Ingestion,
  // Monitoring, the Crawler; also its site, so a URL there counts only as a request URL or one that looks like an API's).
  hosts: ["algolia.net", "algolianet.com", "algolia.io", "algolia.com"],
  // algoliasearch (Python: `algoliasearch.exceptions.RequestException`; npm: `node_modules/algoliasearch/`, the `@algolia/...`
  // packages of v4 and v5), the PHP client (`Algolia\AlgoliaSearch\Exceptions\BadRequestException`), Ruby (`Algolia::AlgoliaHttpError`,
  // gem `algolia`), Java (`com.algolia.search.exceptions.AlgoliaApiException`), .NET (`Algolia.Search.Exceptions`), DocSearch
  // (`docsearch.js`, `@docsearch/js`). Classes starting `Algolia` (`AlgoliaSearchError`, `AlgoliaApiException`). Not `ApiError`
  // or `RetryError` alone, the v4 and v5 names, which any client may use.
  clients: { packages: ["algoliasearch", "@algolia", "Algolia.AlgoliaSearch", "Algolia", "algolia", "com.algolia", "docsearch", "@docsearch"], classes: ["Algolia"] },
  requestIdHeaders: ["correlation-id"],
  fingerprints: {
    body: {
      any: [
        // Its own words: a key refused for a permission, a wrong application id or key, a spent plan; as a body or printed.
        { json: "message", is: [...NOT_ALLOWED, "Invalid Application-ID or API key", QUOTA] },
        { json: "message", matches: ACL_MISSING },
        { text: NOT_ALLOWED_TEXT },
        { text: /Invalid Application-ID or API key/ },
        { text: QUOTA_TEXT },
        // Algolia Places (retired in 2022): its rate limit linked its own docs.
        { json: "message", matches: /^Rate limit reached, signup for a free account or upgrade your plan at https:\/\/community\.algolia\.com\/places\// },
        // algoliasearch v4's ApiError serialized: its record of the hosts it tried, each an Algolia host.
        { json: "transporterStackTrace[].host.url", matches: /^[\w-]{1,64}\.algolia(?:net)?\.(?:net|com)$/i },
      ],
    },
  },
  message: ["message"],
  signals: {
    // A key without the ACL or the index the call needs: a permission to give the key (or a key that has it), not a key to replace.
    "provider.algolia.key-not-allowed": {
      status: [401, 403],
      when: KEY_NOT_ALLOWED,
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "message", capture: ACL_MISSING }, { text: ACL_MISSING_TEXT }],
    },
    // The plan's operations are spent: no retry passes before the plan changes or the period ends.
    "provider.algolia.quota-exceeded": {
      when: { any: [{ json: "message", is: QUOTA }, { text: QUOTA_TEXT }, { printed: QUOTA_TEXT }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const algoliaDocs: ProviderDocs<typeof algolia> = {
  docs: [
    { title: "Search API reference (response status and errors, Correlation-ID, retry hosts)", url: "https://www.algolia.com/doc/rest-api/search/" },
    { title: "API keys (ACLs and restrictions)", url: "https://www.algolia.com/doc/guides/security/api-keys/" },
    { title: "API key restrictions (indices, rate limit per IP per hour)", url: "https://www.algolia.com/doc/guides/security/api-keys/in-depth/api-key-restrictions/" },
    { title: "Algolia service limits", url: "https://www.algolia.com/doc/guides/scaling/algolia-service-limits/" },
    { title: "Algolia's OpenAPI files (algolia/api-clients-automation, specs/)", url: "https://github.com/algolia/api-clients-automation/tree/main/specs" },
  ],
  requestIdSource: "https://github.com/algolia/api-clients-automation/blob/38283179ee0ebf78d186e20a81ba727685088f07/specs/search/spec.yml",
  answers: {
    scope: {
      rules: ["provider.algolia.key-not-allowed"],
      note: "A key without the ACL a call needs (a search-only key used to index: `addObject`, `editSettings`) gets 403 \"Method not allowed with this API key\"; a key restricted to other indices gets 403 \"Index not allowed with this API key\"; the Query Suggestions API answers 401 \"The provided API key is missing the 'editSettings' ACL.\", naming it. Give the key the ACL or the index in the dashboard (API Keys), or use a key that has it (the Admin API key for indexing); each endpoint's reference names the ACL it needs.",
    },
    credential: {
      rules: ["provider.403.credential-dead", "provider.401"],
      note: "A wrong application id or API key, a deleted key, or a secured key generated from another key gets 403 \"Invalid Application-ID or API key\" (the Query Suggestions API: 401 \"Invalid credentials\"): check the application id and the key in the dashboard. A browser extension that rewrites the `x-algolia-*` headers has caused it too.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.rate-limit-spent"],
      note: "A key may be limited to a number of calls per IP address (or user token) per hour (`maxQueriesPerIPPerHour`): over it, 429 \"Too many requests\"; the Search API documents no rate-limit or Retry-After header, so the generic rules back off. The Analytics APIs send `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` (epoch seconds), which the generic rules read.",
    },
    notRetryable: {
      rules: ["provider.algolia.quota-exceeded"],
      note: "403 \"Operations quota exceeded, change plan to get more Operations.\": the plan's operations are spent. Upgrade the plan or wait for the next period; a retry meets the same answer.",
    },
  },
  notes: [
    "Quote the response's `Correlation-ID` header to Algolia's support. A `Request-ID` header of exactly 11 alphanumeric characters sent with a request is embedded at the end of it, on the clusters that support it.",
    "Its clients retry every host (`-dsn`, then `-1` to `-3.algolianet.com`) on a timeout or a 5xx before they throw: \"Unreachable hosts - your application id may be incorrect\" (algoliasearch's `RetryError`) is a network failure or a wrong application id, not an HTTP answer.",
  ],
  signals: {
    "provider.algolia.key-not-allowed": {
      statement:
        "Algolia answers a call whose API key lacks the ACL it needs with 403 \"Method not allowed with this API key\", a key not allowed on the index with 403 \"Index not allowed with this API key\", and its Query Suggestions API a key missing an ACL with 401 \"The provided API key is missing the 'editSettings' ACL.\": a ScopeReauthRequiredError (with `missingScopes` when the ACL is named). The key is valid; give it the ACL or the index, or use a key that has them.",
      action: "Give the API key the ACL (named in `missingScopes` when known) or the index the call needs, or switch to a key that has them.",
      source: "https://github.com/algolia/api-clients-automation/blob/38283179ee0ebf78d186e20a81ba727685088f07/specs/common/responses/MethodNotAllowed.yml",
      examples: [
        {
          source: "https://github.com/mmistakes/minimal-mistakes/issues/1868",
          text: `[jekyll-algolia] Error:                                                                    |
403: Cannot POST to https://your_admin_api_key.algolia.net/1/indexes/*/batch:
{"message":"Index not allowed with this API key","status":403} (403)`,
        },
        {
          source: "https://github.com/algolia/firestore-algolia-search/issues/51",
          text: `Error when performing Algolia index {"transporterStackTrace":[{"triesLeft":3,"response":{"isTimedOut":false,"status":403,"content":"{\\"message\\":\\"Index not allowed with this API key\\",\\"status\\":403}"},"host":{"accept":2,"url":"NZ3GVUOMSD.algolia.net","protocol":"https"},"request":{"url":"https://NZ3GVUOMSD.algolia.net/1/indexes/algoId/batch?x-algolia-agent=Algolia%20for%20JavaScript%20(4.8.6)%3B%20Node.js%20(10.24.1)%3B%20firestore_integration%20(0.5.1)","connectTimeout":2,"data":"{\\"requests\\":[{\\"action\\":\\"partialUpdateObject\\",\\"body\\":{\\"objectID\\":\\"crSuskBJaQpfOAODUNey\\",\\"title\\":\\"Test 5\\",\\"category\\":\\"kesehatan\\",\\"lastmodified\\":{\\"_operation\\":\\"IncrementSet\\",\\"value\\":1626963102502}}}]}","method":"POST","headers":{"x-algolia-application-id":"NZ3GVUOMSD","x-algolia-api-key":"*****","content-type":"application/x-www-form-urlencoded"},"responseTimeout":30}}],"name":"ApiError","status":403}`,
        },
        {
          source: "https://github.com/algolia/api-clients-automation/blob/f9877a8ae2ec1ce2906843129de0f95deb7209c2/specs/query-suggestions/common/responses/Unauthorized.yml",
          reconstructed: "status line and Content-Type added (the file gives the body as the `MissingACL` example of a 401); its YAML's escaped quotes kept",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"status":401,"message":"The provided API key is missing the \\"editSettings\\" ACL."}`,
        },
      ],
    },
    "provider.algolia.quota-exceeded": {
      statement:
        "Algolia answers a call after the plan's operations are spent with 403 \"Operations quota exceeded, change plan to get more Operations.\": a ProviderAPIError that is not retryable; upgrade the plan or wait for the next period.",
      action: "Have the account owner upgrade the Algolia plan, or wait for the next period: retrying fails the same way until then.",
      source: "https://github.com/fireship-io/fireship.io/issues/44",
      examples: [
        {
          source: "https://github.com/forem/forem/issues/759",
          text: `rails aborted!
Algolia::AlgoliaProtocolError: Cannot PUT to
https://<my Algolia app ID here>.algolia.net/1/indexes/User_development/settings:
{"message":"Operations quota exceeded, change plan to get more Operations.","status":403} (403)`,
        },
        {
          source: "https://github.com/fireship-io/fireship.io/issues/44",
          reconstructed: "status line added (the issue says the request got a 403 and quotes the body)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"message":"Operations quota exceeded, change plan to get more Operations.","status":403}`,
        },
      ],
    },
  },
};

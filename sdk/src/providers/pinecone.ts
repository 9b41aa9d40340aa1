/**
 * Pinecone (its control plane at api.pinecone.io, `controller.<environment>.pinecone.io` before it, and each index's own host,
 * `<index>-<project>.svc.<environment>.pinecone.io`): the control plane answers `{"error": {"code": "INVALID_ARGUMENT", "message":
 * "..."}, "status": 400}`, the data plane gRPC's `{"code": 3, "message": "...", "details": []}`, and older servers a text body;
 * none of those shapes names it, so only its words and its `WWW-Authenticate` do. Its 403 is a spent quota or deletion protection,
 * never a missing permission, which the generic rules already answer not retryable. Its 429 is two things: a per-second limit,
 * which passes on a backoff (the generic rules retry it), and a plan's monthly allowance spent ("Request failed. You've reached
 * your read unit limit for the current month. To continue reading data, upgrade your plan."), which does not pass before the month
 * ends or the plan changes: the signal answers that one not retryable. No request id is documented or sent.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** Its words for a monthly allowance spent (read units, write units, egress, an inference model's tokens or requests). */
const MONTHLY = /You've reached your [\w -]{1,60} limit for the current month/;
/** Its words for a plan's limit reached: a monthly allowance, or a per-second or per-minute limit (an inference model's tokens). */
const PLAN_LIMIT = /^Request failed\. You've reached (?:your [\w -]{1,60} limit for the current month|the max [\w -]{1,60} per (?:second|minute))/;
const PLAN_LIMIT_TEXT = /Request failed\. You've reached (?:your [\w -]{1,60} limit for the current month|the max [\w -]{1,60} per (?:second|minute))/;
/** Its 401's challenge: a key missing or not of the environment (`WWW-Authenticate`, and the body of older servers). */
const KEY_FOR_ENVIRONMENT = /API key is missing or invalid for the environment/;

/** A monthly allowance spent, in the control plane's body, the data plane's, or printed by a client. */
const MONTHLY_SPENT: Match = { any: [{ json: "error.message", matches: MONTHLY }, { json: "message", matches: MONTHLY }, { text: MONTHLY }] };

export const pinecone = provider({
  id: "pinecone",
  name: "Pinecone",
  // pinecone.io: api.pinecone.io, the legacy `controller.<environment>.pinecone.io`, every index host (`*.svc.*.pinecone.io`),
  // the Assistant's `prod-1-data.ke.pinecone.io`; also its site and docs, so a URL there counts only as a request URL or one that
  // looks like an API's.
  hosts: ["pinecone.io"],
  // Its SDKs: Python `pinecone` (`pinecone.exceptions.PineconeApiException`, the old `pinecone.core.client.exceptions.ApiException`),
  // npm `@pinecone-database/pinecone` (`PineconeBadRequestError`, `PineconeUnmappedHttpError`), Java `io.pinecone`, .NET `Pinecone`,
  // and LangChain's integrations, which call nothing else (`langchain_pinecone`, `@langchain/pinecone`). Classes starting `Pinecone`.
  clients: { packages: ["pinecone", "Pinecone", "@pinecone-database", "io.pinecone", "langchain_pinecone", "@langchain.pinecone"], classes: ["Pinecone"] },
  fingerprints: {
    body: {
      any: [
        // Its 401's challenge, in the header or as an older server's body.
        { header: "www-authenticate", matches: KEY_FOR_ENVIRONMENT },
        { text: KEY_FOR_ENVIRONMENT },
        // Its words for a plan's limits: a monthly allowance, a per-minute model limit ("Request failed. You've reached the max
        // tokens per minute ... contact Pinecone Support"), the pod and index quotas, deletion protection, an unpaid invoice.
        { json: "error.message", matches: PLAN_LIMIT },
        { json: "message", matches: PLAN_LIMIT },
        { text: PLAN_LIMIT_TEXT },
        { json: "error.message", matches: /^(?:Increase your quota or upgrade to create more indexes|Deletion protection is enabled for this index|Request failed\. Pay all past due invoices)/ },
        { text: /The index exceeds the project quota of \d{1,6} pods? by \d{1,6} pods?/ },
        // Its data plane's words for a vector of another dimension than the index's (an upsert's, a query's).
        { json: "message", matches: /^(?:Query vector|Vector) dimension \d{1,6} does not match the dimension of the index \d{1,6}/ },
        { text: /(?:Query vector|Vector) dimension \d{1,6} does not match the dimension of the index \d{1,6}/ },
      ],
    },
  },
  message: ["error.message", "message"],
  signals: {
    // A plan's monthly allowance spent: not before the month ends or the plan is upgraded.
    "provider.pinecone.monthly-limit": {
      status: [429],
      when: MONTHLY_SPENT,
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const pineconeDocs: ProviderDocs<typeof pinecone> = {
  docs: [
    { title: "Errors (status codes)", url: "https://docs.pinecone.io/reference/api/errors" },
    { title: "Error handling", url: "https://docs.pinecone.io/guides/production/error-handling" },
    { title: "Rate limits (monthly usage and per-second limits, 429)", url: "https://docs.pinecone.io/reference/api/database-limits/rate-limits" },
    { title: "Database limits (object limits, quotas)", url: "https://docs.pinecone.io/reference/api/database-limits" },
    { title: "Pinecone's OpenAPI files (ErrorResponse: `error.code`, `error.message`, `status`)", url: "https://github.com/pinecone-io/pinecone-api" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A missing or invalid API key gets 401 (`{\"error\": {\"code\": \"UNAUTHENTICATED\", \"message\": \"Invalid API key.\"}, \"status\": 401}`; older servers: `WWW-Authenticate: API key is missing or invalid for the environment \"us-west1-gcp\"`, a key of another project or environment): use the key of the project that holds the index.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.pinecone.monthly-limit"],
      note: "Per-second limits per namespace or index (query, upsert, update, delete, fetch, list) and per-minute model limits answer 429 whose message names the limit: back off and retry, as Pinecone asks; no Retry-After is documented. A plan's monthly allowance (read units, write units, egress, embedding tokens, rerank requests) answers 429 too, \"Upgrade your plan to continue\": the signal answers that one not retryable.",
    },
    notRetryable: {
      rules: ["provider.pinecone.monthly-limit", "provider.403"],
      note: "403 is a spent quota (\"Increase your quota or upgrade to create more indexes.\", the pod quota) or deletion protection (\"Deletion protection is enabled for this index. Disable deletion protection before retrying.\"), and 402 an unpaid invoice: none passes on a retry.",
    },
  },
  notes: [
    "Its TypeScript client maps 403 to `PineconeBadRequestError`, like 400, and throws `PineconeUnmappedHttpError` for statuses it does not map (429 among them), with \"Status: 429.\" in its message.",
    "No request id is documented or sent; the answers carry envoy's `x-envoy-upstream-service-time`.",
  ],
  signals: {
    "provider.pinecone.monthly-limit": {
      statement:
        "Pinecone answers a call after the plan's monthly allowance is spent (read units, write units, egress, an inference model's tokens or requests) with 429 \"Request failed. You've reached your read unit limit for the current month. To continue reading data, upgrade your plan.\": a ProviderAPIError that is not retryable; upgrade the plan or wait for the month to end. Its per-second limits answer 429 too, in other words, and pass on a backoff.",
      action: "Upgrade the Pinecone plan, or wait for the month to end: retrying fails the same way until the monthly allowance renews.",
      source: "https://docs.pinecone.io/reference/api/database-limits/rate-limits",
      examples: [
        {
          source: "https://docs.pinecone.io/reference/api/database-limits/rate-limits",
          reconstructed: "status line added (the page gives this error as the one \"a 429 - TOO_MANY_REQUESTS\" for a monthly usage limit carries)",
          text: `HTTP/1.1 429 Too Many Requests

Request failed. You've reached your read unit limit for the current month.
To continue reading data, upgrade your plan.`,
        },
      ],
    },
  },
};

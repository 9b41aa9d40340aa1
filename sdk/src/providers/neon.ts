/**
 * Neon (its API at `console.neon.tech/api/v2`, and each compute's endpoint, `ep-<name>.<region>.aws.neon.tech`, which the serverless
 * driver's HTTP queries call): an API error is `{"code": "", "message": "..."}` (the code often empty), a shape too common to name
 * it, so its request-id header and its clients do: every answer carries `X-Neon-Ret-Request-Id`, the id its CLI logs for a failed
 * request, and the serverless driver throws `NeonDbError` ("Server error (HTTP status 500): ...", a Postgres error's fields as JSON)
 * from `node_modules/@neondatabase/serverless`.
 * One signal: Neon runs a project's changes (a branch, a compute, a role) as asynchronous operations and refuses a change while a
 * conflicting one still runs with 423 Locked ("project already has running conflicting operations, scheduling of new ones is
 * prohibited"), which its docs say to retry with a backoff (its CLI retries it), where the generic rules read a 4xx as the request's
 * to fix. Its rate limit (700 requests a minute, 40 a second per route) answers 429, which the generic rules retry; a plan's
 * limit (422 `PROJECTS_LIMIT_EXCEEDED`) is not retried.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const neon = provider({
  id: "neon",
  name: "Neon",
  // neon.tech: console.neon.tech (the API under /api/v2) and every compute's endpoint (`ep-*.<region>.aws.neon.tech`, the serverless
  // driver's `/sql`); also its site and docs, so a URL there counts only as a request URL or one that looks like an API's.
  hosts: ["neon.tech"],
  // Its clients: the serverless driver and the TypeScript API client (`node_modules/@neondatabase/serverless/`,
  // `@neondatabase/api-client`), the Python API client (`neon_api`, `neon_api.exceptions.NeonAPIError`); classes `NeonDbError`
  // (the driver's) and `NeonAPIError`. Not `Neon…` alone: other projects are named Neon. Its Terraform provider (kislerdm/neon,
  // `neon_project` resources) is named by the id.
  clients: { packages: ["@neondatabase", "neon_api"], classes: ["NeonDb", "NeonAPI"] },
  requestIdHeaders: ["x-neon-ret-request-id"],
  fingerprints: { headers: ["x-neon-ret-request-id"] },
  message: ["message"],
  signals: {
    // A change refused while a conflicting operation on the project runs: it passes once that finishes.
    "provider.neon.locked": {
      status: [423],
      when: { not: { noStatus: true } },
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const neonDocs: ProviderDocs<typeof neon> = {
  docs: [
    { title: "Neon API key concepts (asynchronous operations, rate limits, 423 Locked)", url: "https://neon.com/docs/reference/api/key-concepts" },
    { title: "System operations (poll an operation's status)", url: "https://neon.com/docs/manage/operations" },
    { title: "Neon API reference", url: "https://api-docs.neon.tech/reference/getting-started-with-neon-api" },
    { title: "Connection errors (the serverless driver and Postgres)", url: "https://neon.com/docs/connect/connection-errors" },
  ],
  requestIdSource: "https://github.com/neondatabase/neonctl/blob/0ba830b5d0e8f0f584d4ae05f6c3c64327d8d626/src/analytics.ts",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A missing, wrong or revoked API key gets 401 from the API: create a key in the console (Account or Organization settings, API keys) and send it as `Authorization: Bearer $NEON_API_KEY`. A project-scoped key used on another project is refused too. A database role's wrong password is Postgres's \"password authentication failed for user\", not an HTTP answer.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.neon.locked"],
      note: "700 requests a minute (about 11 a second), bursts of 40 a second per route, and 10 a second for creating organization API keys: over them, 429 Too Many Requests. Its docs name no Retry-After or rate-limit header; the generic rules back off, as Neon asks. A change while a conflicting operation on the project runs is refused with 423 Locked: wait and retry it too (or poll the operations until they finish).",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "A plan's limit answers 422 (`PROJECTS_LIMIT_EXCEEDED` \"user projects limit of 1 exceeded, got 1\"): delete a project or upgrade the plan. A branch, role or endpoint that does not exist answers 404. Neither passes on a retry.",
    },
  },
  notes: [
    "Quote the `X-Neon-Ret-Request-Id` header (neonctl logs it as \"Failed request ID\") to Neon's support.",
    "The serverless driver's \"Error connecting to database: fetch failed\" is a network failure before any answer (a compute waking up, a wrong host in the connection string): retried as one, and named by no provider (a network failure never is).",
    "A SQL error over the serverless driver's HTTP transport (a missing table, a constraint) is Postgres's, its SQLSTATE in `code`: the query's to fix, not Neon's.",
  ],
  signals: {
    "provider.neon.locked": {
      statement:
        "Neon answers a change to a project while a conflicting operation on it still runs (a branch being created, a compute starting) with 423 Locked (\"project already has running conflicting operations, scheduling of new ones is prohibited\"): a retryable ProviderAPIError; retry with a backoff, or poll the project's operations until they finish.",
      action: "Back off and retry, or poll the project's operations until the conflicting one finishes, then send the same change again.",
      source: "https://github.com/neondatabase/website/blob/2164e81e4d19a378d87f55d510a4a0dae5667c51/content/docs/reference/api/key-concepts.md",
      examples: [
        {
          source: "https://github.com/neondatabase/neon/blob/4dc7434d0e1ae53df0f5692e8c31692761d3a51f/test_runner/fixtures/neon_api.py",
          reconstructed:
            "status line, Content-Type and body built from the 423 and the `message` Neon's own API test client retries on (`resp.status_code == 423 and resp.json()[\"message\"] in {...}`); no whole 423 answer is published",
          text: `HTTP/1.1 423 Locked
Content-Type: application/json

{"message":"project already has running conflicting operations, scheduling of new ones is prohibited"}`,
        },
      ],
    },
  },
};

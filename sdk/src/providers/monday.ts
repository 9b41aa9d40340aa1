/**
 * monday.com (its GraphQL API at api.monday.com/v2): application-level errors come with 200 OK and say what
 * went wrong in the body, in three shapes depending on the API version. Before 2024-10 a top-level
 * `error_code`, `error_message`, `error_data` and `status_code` (the status the error would have had) beside
 * `account_id`, and `errors` as a list of strings for the complexity budget; 2024-10 added a GraphQL `errors`
 * list beside those members; from 2025-01 only `errors[]`, each with `extensions.code`,
 * `extensions.status_code` and `extensions.error_data`. Rate limits are several meters (complexity points a
 * minute, queries a minute, concurrent queries, requests per IP, calls a day), each with its own code; since the
 * 2024 rate-limit update they answer 429 with `Retry-After`, and the docs say each carries `retry_in_seconds`.
 * @module
 */
import { provider, said, type Match, type ProviderDocs } from "./types.js";

/** An error's code, in the 2024-10+ `errors[].extensions.code` or the legacy top-level `error_code`. */
const code = (codes: readonly string[]): Match => ({ any: [{ json: "errors[].extensions.code", is: codes }, { json: "error_code", is: codes }] });

/** Where an error's message sits: the GraphQL `errors[].message`, the legacy `error_message`, or the legacy `errors` strings. */
const MESSAGES = ["errors[].message", "error_message", "errors[]"] as const;

/** The complexity budget's words ("Complexity budget exhausted, query cost 222080 budget remaining 747 out of 10000000 reset in 16 seconds"). */
const BUDGET_SPENT = /^Complexity budget exhausted, query cost \d/;
const BUDGET_SPENT_TEXT = /Complexity budget exhausted, query cost \d/;

/** The wait the complexity message names ("reset in 16 seconds"). */
const RESET_IN = /reset in (\d{1,6}) seconds?/;

/**
 * Where `retry_in_seconds` sits. The docs say "Every rate limit error returns a `retry_in_seconds` field" without
 * showing it in a 2025-01 error; the changelog shows it in the legacy `error_data` (FIELD_LIMIT_EXCEEDED), and
 * 2025-01 errors carry `error_data` inside `extensions`. `errors[].extensions.retry_in_seconds` is where third-party
 * clients read it (not confirmed by the docs).
 */
const RETRY_IN_SECONDS = [
  { json: "error_data.retry_in_seconds" },
  { json: "errors[].extensions.error_data.retry_in_seconds" },
  { json: "errors[].extensions.retry_in_seconds" },
] as const;

/** Codes only monday's API sends (docs' error tables, rate-limits page, changelog). */
const MONDAY_CODES = [
  "ComplexityException",
  "complexityBudgetExhausted",
  "COMPLEXITY_BUDGET_EXHAUSTED",
  "maxConcurrencyExceeded",
  "FIELD_LIMIT_EXCEEDED",
  "UserUnauthorizedException",
  "missingRequiredPermissions",
  "ColumnValueException",
  "CorrectedValueException",
  "CreateBoardException",
  "InvalidBoardIdException",
  "InvalidColumnIdException",
  "InvalidUserIdException",
  "ItemsLimitationException",
  "ItemNameTooLongException",
  "DeleteLastGroupException",
  "API_TEMPORARILY_BLOCKED",
];

export const monday = provider({
  id: "monday",
  name: "monday.com",
  aliases: ["mondaycom"],
  hosts: ["monday.com"],
  // @mondaydotcomorg/api (the official SDK, whose errors are graphql-request's ClientError), monday-sdk-js, the official
  // Python SDK (monday_sdk), and the popular Python clients monday (MondayError), moncli (MondayApiError), monday_async.
  clients: { packages: ["@mondaydotcomorg", "monday-sdk-js", "monday_sdk", "monday", "moncli", "monday_async"], classes: ["Monday"] },
  // "Each API response includes a `request_id` in the extensions object" (error-handling page); a 2025 community capture
  // shows it as the top-level `extensions.request_id`.
  bodyRequestId: "extensions.request_id",
  fingerprints: {
    body: {
      any: [
        // Its error bodies name the account beside the errors: `account_id` with `errors` or a legacy `error_code`.
        { all: [{ json: "account_id" }, { any: [{ json: "errors[].message" }, { json: "errors[]" }, { json: "error_code" }] }] },
        code(MONDAY_CODES),
        said(["error_message", "errors[]", "errors[].message"], { matches: BUDGET_SPENT }, BUDGET_SPENT_TEXT),
      ],
    },
  },
  message: [...MESSAGES],
  signals: {
    // The per-minute complexity budget: 429 now, 200 with `status_code: 429` in the body before; its three codes over the years.
    "provider.monday.complexity-budget": {
      status: "any",
      when: {
        any: [
          code(["ComplexityException", "complexityBudgetExhausted", "COMPLEXITY_BUDGET_EXHAUSTED"]),
          said([...MESSAGES], { matches: BUDGET_SPENT }, BUDGET_SPENT_TEXT),
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      wait: [
        ...RETRY_IN_SECONDS,
        { json: "error_message", capture: RESET_IN },
        { json: "errors[]", capture: RESET_IN },
        { json: "errors[].message", capture: RESET_IN },
        { text: RESET_IN },
      ],
    },
    // The minute limit, the concurrency limit (account-wide and per field) and the IP limit: wait, then send it again.
    "provider.monday.rate-limited": {
      status: "any",
      when: {
        any: [
          code(["maxConcurrencyExceeded", "FIELD_LIMIT_EXCEEDED", "IP_RATE_LIMIT_EXCEEDED"]),
          { json: "errors[].message", matches: /^(?:Minute limit rate exceeded|Concurrency limit exceeded|Rate Limit Exceeded)/ },
          { json: "error_message", matches: /^(?:Minute limit rate exceeded|Concurrency limit exceeded|Rate Limit Exceeded)/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: true,
      wait: [...RETRY_IN_SECONDS],
    },
    // The user behind the token may not do this (board, column, item or account permissions): a 200 in 2025-01 bodies,
    // an error all the same; neither a retry nor a new token of the same user helps.
    "provider.monday.user-unauthorized": {
      status: "any",
      when: code(["UserUnauthorizedException"]),
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const mondayDocs: ProviderDocs<typeof monday> = {
  docs: [
    { title: "Error handling", url: "https://developer.monday.com/api-reference/docs/error-handling" },
    { title: "Rate limits", url: "https://developer.monday.com/api-reference/docs/rate-limits" },
    { title: "Authentication", url: "https://developer.monday.com/api-reference/docs/authentication" },
    { title: "Changelog", url: "https://developer.monday.com/api-reference/changelog" },
    { title: "Bug fix: Changes to ComplexityException error reverted", url: "https://developer.monday.com/api-reference/changelog/bug-fix-changes-to-complexityexception-error-reverted" },
  ],
  requestIdSource: "https://developer.monday.com/api-reference/docs/error-handling",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A wrong or missing API token gets 401 `Unauthorized` (\"Input a valid API key\"). Regenerating a personal token immediately invalidates the previous one. 401 `Your ip is restricted` is an admin's IP allow-list, not the token: a new token does not help.",
    },
    rateLimit: {
      rules: ["provider.monday.complexity-budget", "provider.monday.rate-limited"],
      note: "Complexity budget (10M points a minute for personal tokens, 5M reads and 5M writes for app tokens, 1M on trial/free), queries a minute (1,000–5,000 by plan), concurrent queries (40–250), 5,000 requests per 10 s per IP. Errors carry `Retry-After` and `retry_in_seconds`; every response has IETF `RateLimit-Policy`/`RateLimit` headers (`\"minuteRate\";r=0;t=38`), whose `t` is the wait in seconds. Legacy complexity errors name it in words (\"reset in 16 seconds\").",
    },
    notRetryable: {
      rules: ["provider.monday.user-unauthorized"],
      note: "`DAILY_LIMIT_EXCEEDED` (the plan's daily call limit: 1,000 / 10,000 / 25,000, reset at midnight UTC) is documented but no capture was found: retrying before midnight UTC fails and still counts 0.1 call.",
    },
  },
  notes: [
    "monday documents `missingRequiredPermissions` (HTTP 200): \"The operation has exceeded the OAuth permission scopes granted for the app\"; the fix is to request the scope and have the user install the app again. No public capture of its body was found, so no rule reads it yet. Personal tokens have every scope; their limits are the user's own permissions (`UserUnauthorizedException`), which no re-authorization changes.",
    "Application-level errors come with 200 OK: check `errors` in every response, and expect partial `data` beside them.",
    "The body's `status_code` (legacy) or `extensions.status_code` (2025-01) is the status the error means (403, 429) even when the HTTP status is 200.",
    "Requests that hit a rate limit count 0.1 call toward the daily limit; all requests, failed ones included, count toward the limits.",
    "`Resource is currently locked, please try again later` (423): another process is updating the board; retry after a short delay.",
    "`API_TEMPORARILY_BLOCKED` (200): monday blocked API usage during an incident; retry once status.monday.com says it is resolved.",
    "`USER_ACCESS_DENIED` (403): the user may not use the API at all (inactive, view-only, unconfirmed email); a token of another user is needed.",
    "`IDEMPOTENCY_CONFLICT` (409): a request with this idempotency key is still being processed; retry after `Retry-After`.",
  ],
  signals: {
    "provider.monday.complexity-budget": {
      statement:
        "monday answers a query the per-minute complexity budget cannot pay for with `ComplexityException` (later `complexityBudgetExhausted`, `COMPLEXITY_BUDGET_EXHAUSTED`) and \"Complexity budget exhausted, query cost … reset in N seconds\": a retryable ProviderAPIError; wait `Retry-After` or `retry_in_seconds` (the legacy message names the seconds). It came as 200 with `status_code: 429` in the body before the 2024 rate-limit update, 429 since.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`), or the seconds `retry_in_seconds` or the message names, then send the same query again.",
      source: "https://developer.monday.com/api-reference/docs/rate-limits",
      examples: [
        {
          source: "https://github.com/airbytehq/airbyte/issues/31539",
          text: `Status code: 200, Response Content: b'{"error_code":"ComplexityException","status_code":429,"error_message":"Complexity budget exhausted, query cost 222080 budget remaining 747 out of 10000000 reset in 16 seconds","error_data":{},"errors":["Complexity budget exhausted, query cost 222080 budget remaining 747 out of 10000000 reset in 16 seconds"],"account_id":"**********"}'
2023-10-17 14:08:01 source > Retrying. Sleeping for 60.0 seconds`,
        },
        {
          source: "https://developer.monday.com/api-reference/changelog/bug-fix-changes-to-complexityexception-error-reverted",
          text: `{
    "error_code": "ComplexityException",
    "status_code": 429,
    "error_message": "Complexity budget exhausted, query cost 30001 budget remaining 19986 out of 1000000 reset in 3 seconds",
    "error_data": {},
    "errors": [
        "Complexity budget exhausted, query cost 30001 budget remaining 19986 out of 1000000 reset in 3 seconds"
    ],
    "account_id": 1234567890
}`,
        },
      ],
    },
    "provider.monday.rate-limited": {
      statement:
        "monday answers a request over the minute limit (\"Minute limit rate exceeded\"), the concurrency limit (`maxConcurrencyExceeded`, \"Concurrency limit exceeded\"; per field: `FIELD_LIMIT_EXCEEDED`) or the IP limit (`IP_RATE_LIMIT_EXCEEDED`) with 429: a retryable ProviderAPIError; wait `Retry-After` or the error's `retry_in_seconds`, then send it again.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`) or the error's `retry_in_seconds`, then send the same request again.",
      source: "https://developer.monday.com/api-reference/docs/rate-limits",
      examples: [
        {
          source: "https://developer.monday.com/api-reference/changelog",
          text: `{
  "error_message": "Concurrency limit exceeded for the field",
  "error_code": "FIELD_LIMIT_EXCEEDED", 
  "error_data": {
    "retry_in_seconds": 15,
    "entity": "boards"
  },
  "status_code": 429,
  "account_id": 123456
}`,
        },
        {
          source: "https://developer.monday.com/api-reference/docs/errors",
          reconstructed: "status line added: this (earlier) version of the error page heads the example \"Concurrency limit exceeded — HTTP status code: 429\"; the body as the page shows it",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "errors": [
    {
      "message": "Concurrency limit exceeded",
      "extensions": {
        "code": "maxConcurrencyExceeded"
      }
    }
  ],
  "account_id": 123456
}`,
        },
      ],
    },
    "provider.monday.user-unauthorized": {
      statement:
        "monday answers an action the token's user has no permission for (a private board, a column, an account setting) with `UserUnauthorizedException` (\"User unauthorized to perform action\", `status_code` 403, the HTTP status 200 for application-level errors): a ProviderAPIError that is not retryable; personal tokens do what their user can do in the UI, so the user needs the permission, not a new token.",
      action: "Get the token's user the permission for this board, column or setting, or use a token of a user who has it: a new token for the same user fails the same way.",
      source: "https://developer.monday.com/api-reference/docs/error-handling",
      examples: [
        {
          source: "https://developer.monday.com/api-reference/changelog",
          text: `{
  "error_message": "User unauthorized to perform action",
  "error_code": "UserUnauthorizedException",
  "error_data": {}, 
  "status_code": 403,
  "account_id": 123456
}`,
        },
      ],
    },
  },
};

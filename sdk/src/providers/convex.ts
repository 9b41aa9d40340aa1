/**
 * Convex (each deployment's API at `<name>.convex.cloud` and its HTTP actions at `<name>.convex.site`, the management API its CLI
 * calls at `api.convex.dev`): an error is `{"code": "...", "message": "..."}`, its backend's short code and message
 * (`crates/errors`), with the status its code maps to: 400 `BadRequest`, 401 for an unauthenticated call, 403, 404, 429 for a rate
 * limit, 503 for an optimistic concurrency (OCC) failure or an overload. A function's own error over the HTTP API is 560 with
 * `{"status": "error", "errorMessage": ...}`; over the WebSocket the client prints `[CONVEX M(module:fn)] [Request ID: 6f7a...] Server
 * Error`, the request id its dashboard's logs show.
 * Two signals: the CLI's access token refused (401 `AccessTokenInvalid` "Access Token could not be decoded"), a login to redo, which
 * the generic rules answered with the Connect advice of an OAuth grant; and a write conflict ("Documents read from or written to the
 * \"rateLimits\" table changed while this mutation was being run and on every subsequent retry", 503
 * `OptimisticConcurrencyControlFailure`): contention that Convex already retried, which passes later, and which a persisting one asks
 * the app to reduce.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its write conflict's words: the table it names (or "some table"), and the retries it already made. */
const WRITE_CONFLICT = /^Documents read from or written to (?:the "[^"\n]{1,200}" table|some table) changed while this mutation was being run/;
const WRITE_CONFLICT_TEXT = /Documents read from or written to (?:the "[^"\n]{1,200}" table|some table) changed while this mutation was being run/;
/** The CLI's access token refused, as its management API answers and the CLI prints it. */
const TOKEN_INVALID_TEXT = /AccessTokenInvalid: Access Token could not be decoded/;
/** Its client's tag on a function's failure: the kind (query, mutation, action) and the function. */
const CLIENT_TAG = /\[CONVEX [QMA]\([\w:/.-]{1,200}\)\] /;
/** The request id its errors print (`[Request ID: 733d42dc27711e86]`). */
const REQUEST_ID = /\[Request ID: ([0-9a-f]{16})\]/;

export const convex = provider({
  id: "convex",
  name: "Convex",
  // convex.cloud (every deployment's API), convex.site (every deployment's HTTP actions), api.convex.dev (the management API its
  // CLI calls: provisioning, deploy keys, preview deployments). Not convex.dev as a whole: its site, docs and dashboard.
  hosts: ["convex.cloud", "convex.site", "api.convex.dev"],
  // Its clients: the `convex` npm package (`node_modules/convex/dist/...`, the CLI `npx convex`, `ConvexError`, `ConvexHttpClient`)
  // and the `convex` Python package. Classes starting `Convex`.
  clients: { packages: ["convex"], classes: ["Convex"] },
  bodyRequestId: [{ json: "message", capture: REQUEST_ID }, { json: "errorMessage", capture: REQUEST_ID }, { text: REQUEST_ID }, { printed: REQUEST_ID }],
  fingerprints: {
    body: {
      any: [
        // Its backend's OCC failure, by code or by its words.
        { json: "code", is: "OptimisticConcurrencyControlFailure" },
        { json: "message", matches: WRITE_CONFLICT },
        { text: WRITE_CONFLICT_TEXT },
        // Its client's tag on a function's failure (`[CONVEX M(messages:send)]`).
        { text: CLIENT_TAG },
        // The management API's refusal of the CLI's access token.
        { text: TOKEN_INVALID_TEXT },
      ],
    },
  },
  message: ["message", "errorMessage"],
  signals: {
    // The CLI's saved access token (device login, `~/.convex/config.json`) is refused: log in again.
    "provider.convex.access-token-invalid": {
      status: [401],
      when: { any: [{ json: "code", is: "AccessTokenInvalid" }, { text: TOKEN_INVALID_TEXT }] },
      error: "ProviderUnauthorizedError",
      retryable: false,
    },
    // A mutation that conflicted on every one of Convex's own retries: contention, which passes later.
    "provider.convex.write-conflict": {
      when: { any: [{ json: "code", is: "OptimisticConcurrencyControlFailure" }, { json: "message", matches: WRITE_CONFLICT }, { text: WRITE_CONFLICT_TEXT }] },
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const convexDocs: ProviderDocs<typeof convex> = {
  docs: [
    { title: "Errors and warnings (write conflict: optimistic concurrency control)", url: "https://docs.convex.dev/error" },
    { title: "Optimistic concurrency control", url: "https://docs.convex.dev/database/advanced/occ" },
    { title: "Error handling (application errors, ConvexError, Server Error)", url: "https://docs.convex.dev/functions/error-handling/" },
    { title: "Convex's error codes and the HTTP statuses they map to (crates/errors)", url: "https://github.com/get-convex/convex-backend/blob/00d131ad04c8a3b2127006ab2c65f953620276f4/crates/errors/src/lib.rs" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.convex.access-token-invalid", "provider.401"],
      note: "The CLI's management API refuses a saved access token it cannot read with 401 `AccessTokenInvalid` \"Access Token could not be decoded\": log in again (`npx convex login --force`, or remove `~/.convex/config.json` and run `npx convex dev`); the CLI itself answers a 401 with \"Authenticate with `npx convex dev`\". `CONVEX_DEPLOY_KEY` in CI is another credential: a wrong or deleted deploy key is refused with 401 too. A deployment refuses an app user's expired auth token with 401 (`InvalidAuthHeader` \"Could not validate token\").",
    },
    rateLimit: {
      rules: ["provider.error", "provider.convex.write-conflict"],
      note: "Its backend answers a rate limit with 429 (`ErrorCode::RateLimited`), whose message says whether the limit needs a plan change or is the app's own pace; the generic rules back off. A mutation that conflicts with parallel writes on every one of Convex's own retries fails with a write conflict (503 `OptimisticConcurrencyControlFailure` over HTTP): contention, which passes later.",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "An application error (`ConvexError`, a thrown `Error`, \"Server Error\" in production) is the function's own failure: a retry meets the same code. A 400 (`BadRequest`, a missing function, wrong arguments) is the call's to fix. Neither is retried.",
    },
  },
  notes: [
    "Quote the `[Request ID: ...]` its errors print: the deployment's logs in the dashboard find the call by it.",
    "A write conflict means Convex already re-ran the mutation several times: a later retry usually passes, but one that keeps failing asks the app to read less (indexed queries) or to write less often to the same document (sharded counters, the Workpool component).",
    "Its error tracker integrations tag an event with `request_id`; a paste of such an event states no status and is refused (a response is read with its status).",
  ],
  signals: {
    "provider.convex.access-token-invalid": {
      statement:
        "Convex's management API (api.convex.dev) answers the CLI's access token it cannot decode with 401 `AccessTokenInvalid` \"Access Token could not be decoded\": a ProviderUnauthorizedError that is not retryable; log the CLI in again (`npx convex login --force`), not an OAuth reconnect.",
      action: "Log the Convex CLI in again with `npx convex login --force`; this is the CLI's own token, not an OAuth connection.",
      source: "https://github.com/get-convex/convex-js/blob/8e20ab9e02baab41969f998122d9b926ec80effd/src/cli/lib/utils/utils.ts",
      examples: [
        {
          source: "https://github.com/get-convex/convex-auth/issues/225",
          text: "✖ Unknown error during authorization: Error: Error fetching POST  https://api.convex.dev/api/deployment/provision_and_authorize 401 Unauthorized: AccessTokenInvalid: Access Token could not be decoded",
        },
      ],
    },
    "provider.convex.write-conflict": {
      statement:
        "Convex answers a mutation that conflicted with parallel writes on every one of its own retries with \"Documents read from or written to the \\\"rateLimits\\\" table changed while this mutation was being run and on every subsequent retry\" (503 `OptimisticConcurrencyControlFailure` over HTTP): a retryable ProviderAPIError; one that persists asks the app to reduce contention on that table.",
      action: "Back off and retry the mutation; if it keeps conflicting, reduce parallel writes to the table the message names.",
      source: "https://docs.convex.dev/error",
      examples: [
        {
          source: "https://github.com/get-convex/resend/issues/34",
          reconstructed:
            "status line, Content-Type and the `{\"code\", \"message\"}` body added around the message the issue quotes (Convex's backend answers an OCC failure with 503 and that body: `ErrorCode::OCC` maps to SERVICE_UNAVAILABLE in crates/errors/src/lib.rs; the issue's event states no status)",
          text: `HTTP/1.1 503 Service Unavailable
Content-Type: application/json

{"code":"OptimisticConcurrencyControlFailure","message":"Documents read from or written to the \\"rateLimits\\" table changed while this mutation was being run and on every subsequent retry. Another call to this mutation changed the document with ID \\"j57cq69zzk3v4s9ktbn6g3dskx7m7aj5\\". See https://docs.convex.dev/error#1"}`,
        },
      ],
    },
  },
};

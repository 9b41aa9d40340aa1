/**
 * Upstash (each Redis database's REST API at `<name>.upstash.io`, QStash at `qstash.upstash.io`, the developer API at
 * `api.upstash.com`): a REST error is `{"error": "<the Redis error>"}`, with 400 when a command is invalid, rejected or fails and 401
 * when the token is missing or wrong (its REST API page), and its answers carry an `upstash-sync-token` header its clients send back.
 * Its clients throw the Redis error as a message and print no status (`UpstashError: NOPERM this user has no permissions to run the
 * 'evalsha' command`, `UpstashError: ERR max daily request limit exceeded. Limit: 10000, Usage: 10001. See ...`): such a paste states
 * no status, and the SDK reads no status-less text (spec section 11), so these signals decide only a response whose status is known
 * (a real call's, a raw response, a HAR).
 * Two signals: a plan's request limit spent ("ERR max daily request limit exceeded", "ERR max requests limit exceeded", the daily and
 * the monthly), which no retry passes before the limit resets or the plan changes; and `NOPERM`, a token not allowed to run the
 * command (the database's Read Only token, an ACL user's), a permission to give, where the generic rules read a 400 as the
 * request's to fix. A missing or wrong token ("WRONGPASS invalid or missing auth token", "Unauthorized") is its 401, which the
 * generic rules read as a credential to replace. No request id is documented or sent.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** A plan's request limit spent: the daily (free databases before 2025) and the monthly. */
const REQUEST_LIMIT = /^ERR max (?:daily request|requests) limit exceeded/;
const REQUEST_LIMIT_TEXT = /ERR max (?:daily request|requests) limit exceeded/;
/** Redis's ACL refusal, naming the command. */
const NOPERM = /^NOPERM this user has no permissions to run the '([\w|-]{1,60})' command/;
const NOPERM_TEXT = /NOPERM this user has no permissions to run the '([\w|-]{1,60})' command/;

export const upstash = provider({
  id: "upstash",
  name: "Upstash",
  // upstash.io: every database's REST endpoint (`<name>.upstash.io`) and QStash (`qstash.upstash.io`, `qstash-<region>.upstash.io`);
  // api.upstash.com, the developer API. Not upstash.com as a whole: its site, docs and console.
  hosts: ["upstash.io", "api.upstash.com"],
  // Those hosts serve its APIs and nothing else (its docs name no other `*.upstash.io` host): a call to one printed anywhere is an
  // API call, whatever its path (`/set/foo/bar`, `/evalsha`).
  apiOnlyHosts: true,
  // Its clients: `@upstash/redis`, `@upstash/ratelimit`, `@upstash/qstash` (npm: `node_modules/@upstash/...`, `UpstashError`,
  // `QstashError`, `QstashRatelimitError`), `upstash_redis` and `upstash_ratelimit` (Python: `upstash_redis.errors.UpstashError`),
  // `qstash` (Python: `qstash.errors.QStashError`). Classes starting `Upstash`, `Qstash`, `QStash`.
  clients: { packages: ["@upstash", "upstash_redis", "upstash_ratelimit", "qstash"], classes: ["Upstash", "Qstash", "QStash"] },
  fingerprints: {
    // Sent on its REST answers; its clients send it back to read their own writes.
    headers: ["upstash-sync-token"],
    body: {
      any: [
        // A plan's request limit, with the link to its own docs (the Vercel KV copy links Vercel's).
        { json: "error", matches: /^ERR max (?:daily request|requests) limit exceeded\. Limit: \d{1,12}, Usage: \d{1,12}\. See https:\/\/(?:docs\.)?upstash\.com\// },
        { text: /ERR max (?:daily request|requests) limit exceeded\. Limit: \d{1,12}, Usage: \d{1,12}\. See https:\/\/(?:docs\.)?upstash\.com\// },
      ],
    },
  },
  // QStash's per-second burst limit (its daily limit sends the generic `RateLimit-*` pair).
  rateLimit: [{ remaining: "burst-ratelimit-remaining", reset: "burst-ratelimit-reset" }],
  message: ["error"],
  signals: {
    // A plan's request limit spent: not before the day (or month) ends or the plan changes.
    "provider.upstash.request-limit": {
      when: { any: [{ json: "error", matches: REQUEST_LIMIT }, { text: REQUEST_LIMIT_TEXT }] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // The token may not run the command (the Read Only token, an ACL user's): a permission to give, not a request to fix.
    "provider.upstash.noperm": {
      when: { any: [{ json: "error", matches: NOPERM }, { text: NOPERM_TEXT }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error", capture: NOPERM }, { text: NOPERM_TEXT }],
    },
  },
});

export const upstashDocs: ProviderDocs<typeof upstash> = {
  docs: [
    { title: "Redis REST API (HTTP codes, error body, Standard and Read Only tokens, ACL users' REST tokens)", url: "https://upstash.com/docs/redis/features/restapi" },
    { title: "ERR max daily request limit exceeded", url: "https://upstash.com/docs/redis/troubleshooting/max_daily_request_limit" },
    { title: "ERR max requests limit exceeded", url: "https://upstash.com/docs/redis/troubleshooting/max_requests_limit" },
    { title: "WRONGPASS invalid or missing auth token", url: "https://upstash.com/docs/redis/troubleshooting/http_unauthorized" },
    { title: "QStash API rate limits (429, RateLimit-* and Burst-RateLimit-* headers)", url: "https://upstash.com/docs/qstash/api/api-ratelimiting" },
  ],
  answers: {
    scope: {
      rules: ["provider.upstash.noperm"],
      note: "A token that may not run a command gets `NOPERM this user has no permissions to run the 'evalsha' command`: the database's Read Only token (read commands only; SCAN and KEYS refused too), or an ACL user's REST token (`ACL RESTTOKEN`) without the command. Use the Standard token where the app writes (never in a browser), or grant the ACL user the command. `missingScopes` names the command.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A missing or wrong token gets 401 (`WRONGPASS invalid or missing auth token`, `Unauthorized`): set `UPSTASH_REDIS_REST_TOKEN` to the database's REST token, not its Redis password (which only TCP clients use). Resetting the database's password revokes both tokens.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "A Redis database's REST API documents no per-second rate limit. QStash answers 429 over its daily limit (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`), its per-second burst limit on endpoints other than publishing (`Burst-RateLimit-*`) and its chat limit (`x-ratelimit-*-requests`), each reset a unix time: the spent limit's reset is the wait.",
    },
    notRetryable: {
      rules: ["provider.upstash.request-limit"],
      note: "\"ERR max daily request limit exceeded\" (a free database's daily commands) and \"ERR max requests limit exceeded\" (its monthly ones) are the plan's limit spent: send fewer commands, or upgrade the database to pay-as-you-go or a fixed plan. Its docs name no reset time, so the signal names no wait.",
    },
  },
  notes: [
    "Its clients (`@upstash/redis`'s `UpstashError`, ioredis's `ReplyError` over TCP) print the Redis error alone, without the HTTP status: such a paste is refused (a response is read with its status), however clear its words. Pass the status, or paste the raw response (`curl -i`, a HAR entry).",
    "No request id is documented or sent.",
    "Vercel KV runs on Upstash and answers the same errors, linking Vercel's docs (\"See https://vercel.com/docs/storage/vercel-kv/vercel-kv-error-codes\"): it is not named Upstash by its body.",
  ],
  signals: {
    "provider.upstash.request-limit": {
      statement:
        "Upstash answers a command after the database's plan limit is spent with \"ERR max daily request limit exceeded\" (the daily limit) or \"ERR max requests limit exceeded\" (the monthly one), \"Limit: 10000, Usage: 10001\": a ProviderAPIError that is not retryable; send fewer commands or upgrade the plan.",
      action: "Send fewer commands or upgrade the database's plan: retrying fails the same way until the limit renews or the plan changes.",
      source: "https://upstash.com/docs/redis/troubleshooting/max_daily_request_limit",
      examples: [
        {
          source: "https://github.com/wotschofsky/domain-digger/issues/36",
          reconstructed:
            "status line, Content-Type and the `{\"error\": ...}` body added around the message `@upstash/redis` printed (its REST API page answers a command that is rejected or fails with 400 Bad Request and that body; the client prints no status)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"ERR max daily request limit exceeded. Limit: 10000, Usage: 10001. See https://upstash.com/docs/redis/troubleshooting/max_daily_request_limit for details"}`,
        },
      ],
    },
    "provider.upstash.noperm": {
      statement:
        "Upstash answers a command the token may not run (the Read Only token, an ACL user's) with \"NOPERM this user has no permissions to run the 'evalsha' command\": a ScopeReauthRequiredError naming the command in `missingScopes`; use a token allowed to run it.",
      action: "Use a token allowed to run the command in `missingScopes`, not the Read Only token or a restricted ACL user's.",
      source: "https://upstash.com/docs/redis/features/restapi",
      examples: [
        {
          source: "https://github.com/revokslab/waitly/issues/4",
          reconstructed:
            "status line, Content-Type and the `{\"error\": ...}` body added around the message `UpstashError` printed (its REST API page answers a command that is rejected or fails with 400 Bad Request and that body; the client prints no status)",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"NOPERM this user has no permissions to run the 'evalsha' command or its subcommand"}`,
        },
      ],
    },
  },
};

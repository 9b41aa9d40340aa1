/**
 * Bluesky and the AT Protocol (XRPC calls to a PDS such as bsky.social or a `*.host.bsky.network`, and to Bluesky's AppView at
 * api.bsky.app and public.api.bsky.app): an error is `{"error": "<Name>", "message": "..."}`, the XRPC shape, whose names come
 * from the protocol's packages (`@atproto/xrpc`: `AuthenticationRequired`, `RateLimitExceeded` "Rate Limit Exceeded", ...) and
 * its PDS (`ExpiredToken` "Token has expired", `InvalidToken` "Token could not be verified", `AuthMissing` at 401). An expired
 * or revoked session token answers 400 (not 401) `ExpiredToken`, which the generic rules already read as a credential to
 * replace (refresh the session, or log in again); `AuthMissing` is a 401. A rate limit answers 429 `RateLimitExceeded` with
 * `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (a Unix time) and `RateLimit-Policy` of the limit that was hit:
 * the signal waits for the reset, which for a login (`com.atproto.server.createSession`: 30 per 5 minutes, 300 a day per
 * account) may be hours away. Bodies name Bluesky only by pairs of name and words its servers send; `{"error": "..."}` alone is
 * any API's. No request id is documented or sent.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const bluesky = provider({
  id: "bluesky",
  name: "Bluesky (AT Protocol)",
  aliases: ["atproto", "bsky"],
  // bsky.social (the PDS entryway), bsky.network (its PDS hosts, `*.host.bsky.network`), api.bsky.app and public.api.bsky.app (the AppView).
  hosts: ["bsky.social", "bsky.network", "api.bsky.app"],
  // They serve the XRPC API only (bsky.social's page is its PDS's landing; Bluesky's site is bsky.app): a URL to one is an API call.
  apiOnlyHosts: true,
  // A self-hosted PDS (`pds.example.com`) answers the protocol's XRPC paths.
  selfHosted: { labels: ["pds", "bsky", "atproto"], path: /^\/xrpc\/(?:com\.atproto|app\.bsky|chat\.bsky|tools\.ozone)\./ },
  // atproto (Python, MarshalX: `atproto_client.exceptions.UnauthorizedError`, formerly `atproto.exceptions.BadRequestError`, whose
  // response prints `XrpcError(error=..., message=...)`), the npm scope `@atproto` (`@atproto/api`, `@atproto/xrpc`: its `XRPCError`),
  // the Ruby gem atproto_client (`AtProto::TokenExpiredError`). Classes starting `XRPC` or `Xrpc`: the protocol's call.
  clients: { packages: ["atproto", "atproto_client", "@atproto", "AtProto"], classes: ["XRPC", "Xrpc"] },
  fingerprints: {
    body: {
      any: [
        // The PDS's words for a session token it will not take, and the XRPC server's for its rate limit and a call without a token.
        { all: [{ json: "error", is: "ExpiredToken" }, { json: "message", is: ["Token has expired", "Token is expired", "Token has been revoked"] }] },
        { all: [{ json: "error", is: "RateLimitExceeded" }, { json: "message", is: "Rate Limit Exceeded" }] },
        { all: [{ json: "error", is: "AuthMissing" }, { json: "message", is: "Authentication Required" }] },
      ],
    },
  },
  message: ["message", "error"],
  signals: {
    // Over a limit: the reset of the limit that was hit, whatever its remaining count says.
    "provider.bluesky.rate-limited": {
      status: [429],
      when: { json: "error", is: "RateLimitExceeded" },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "ratelimit-reset" }],
    },
  },
});

export const blueskyDocs: ProviderDocs<typeof bluesky> = {
  docs: [
    { title: "Rate limits (per IP, per account, createSession per handle)", url: "https://docs.bsky.app/docs/advanced-guides/rate-limits" },
    { title: "XRPC: HTTP API (error responses)", url: "https://atproto.com/specs/xrpc" },
    { title: "API hosts and auth", url: "https://docs.bsky.app/docs/advanced-guides/api-directory" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.token-dead-code", "provider.401"],
      note: "An expired access token gets 400 (not 401) `{\"error\": \"ExpiredToken\", \"message\": \"Token has expired\"}`: refresh the session (`com.atproto.server.refreshSession` with the refresh token). A revoked or expired refresh token gets the same name (\"Token has been revoked\"): log in again (`createSession`) and keep the new refresh token. A call without a token where one is needed gets 401 `AuthMissing` \"Authentication Required\": log in, or call the public AppView (public.api.bsky.app) for public data.",
    },
    rateLimit: {
      rules: ["provider.bluesky.rate-limited", "provider.rate-limit-spent"],
      note: "3,000 requests per 5 minutes per IP overall; per account, record writes by points (5,000 an hour, 35,000 a day) and logins (`createSession`: 30 per 5 minutes and 300 a day by handle; Bluesky's entryway has been seen to stop at 100 a day). Over one, 429 `RateLimitExceeded` with `RateLimit-Reset` (a Unix time) and `RateLimit-Policy` (`100;w=86400`): wait for the reset, and reuse or refresh a session instead of logging in on every run.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Another PDS or AppView of the network may set other limits; the names and words of the errors are the protocol's.",
    "A 401 `AccountTakedown` (\"Account has been taken down\") is the account's suspension, not the token's: no new session lifts it.",
    "No request id is documented or sent.",
  ],
  signals: {
    "provider.bluesky.rate-limited": {
      statement:
        "An AT Protocol server (a Bluesky PDS, the AppView) answers a call over a limit with 429 `{\"error\": \"RateLimitExceeded\", \"message\": \"Rate Limit Exceeded\"}` and the limit's `RateLimit-Reset` (a Unix time): a retryable ProviderAPIError whose wait is that reset, hours away for a login's daily limit.",
      action: "Wait until the limit's `RateLimit-Reset` (`err.retryAfter`), hours away for the daily login limit, then send the same call again.",
      source: "https://docs.bsky.app/docs/advanced-guides/rate-limits",
      examples: [
        {
          source: "https://github.com/Linus2punkt0/bluesky-crossposter/issues/55",
          // 2024-09-18T14:36:00Z, the response's Date: its reset is 13,840 s later.
          opts: { now: 1726670160000 },
          text: `atproto_client.exceptions.RequestException: Response(success=False, status_code=429, content=XrpcError(error='RateLimitExceeded', message='Rate Limit Exceeded'), headers=Headers({'date': 'Wed, 18 Sep 2024 14:36:00 GMT', 'content-type': 'application/json; charset=utf-8', 'content-length': '61', 'connection': 'keep-alive', 'x-powered-by': 'Express', 'access-control-allow-origin': '*', 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '1726684000', 'ratelimit-policy': '100;w=86400', 'etag': '[REDACTED ETAG IDENTIFIER STRING]',`,
        },
        {
          source: "https://github.com/potibm/phluesky/issues/40",
          text: `HTTP 429 error: {"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`,
        },
      ],
    },
  },
};

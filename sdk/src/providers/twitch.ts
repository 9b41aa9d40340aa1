/**
 * Twitch (its Helix API at api.twitch.tv/helix, its OAuth server at id.twitch.tv): an error is `{"error": "Unauthorized",
 * "status": 401, "message": "..."}`, the status's reason phrase, the status and Twitch's words, a shape too close to other
 * frameworks' to name Twitch alone; its own messages do. A token without a scope the endpoint needs answers 401 (not 403)
 * "missing scope moderator:read:followers", naming the scope: the signal reads it as a scope to ask for, where the generic
 * rules see a 401 that speaks of a scope but name none. A dead token answers 401 "Invalid OAuth token", a call without one
 * 401 "OAuth token is missing", and the generic rules answer both. Its rate limit is a bucket of points per client id (and
 * user): over it, 429 with `Ratelimit-Limit`, `Ratelimit-Remaining` and `Ratelimit-Reset` (a Unix time), which the generic
 * rules read (a spent remaining count waits for the reset). No request id is documented or sent.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** Its words for a token without a scope, naming the scope as its scopes are written (`moderator:read:followers`). */
const MISSING_SCOPE = /^missing scope [a-z][a-z_]{1,40}(?::[a-z_]{1,40}){1,3}$/;
/** The same words in a text a client printed. */
const MISSING_SCOPE_TEXT = /missing scope [a-z][a-z_]{1,40}(?::[a-z_]{1,40}){1,3}/;
/** The scope those words name. */
const SCOPE = /missing scope ([a-z][a-z_]{1,40}(?::[a-z_]{1,40}){1,3})/;
/** Its 429's words, which name the Twitch API. */
const CALLS_EXCEEDED = /^The application exceeded the number of calls it may make\. For details, see Rate Limits in the Twitch API documentation\./;
/** The same words in a text a client printed. */
const CALLS_EXCEEDED_TEXT = /The application exceeded the number of calls it may make\. For details, see Rate Limits in the Twitch API documentation\./;

/** Helix's 401 body: its reason phrase and its status beside the message. */
const UNAUTHORIZED: readonly Match[] = [{ json: "error", is: "Unauthorized" }, { json: "status", is: "401" }];

export const twitch = provider({
  id: "twitch",
  name: "Twitch",
  // api.twitch.tv (Helix; the retired Kraken), id.twitch.tv (OAuth: token, validate, revoke), and the other hosts of twitch.tv.
  hosts: ["twitch.tv"],
  // twitchio (`twitchio.errors.HTTPException`, `AuthenticationError`), tmi.js (npm: `node_modules/tmi.js/`), twurple (npm scope
  // `@twurple`: `@twurple/api`, `@twurple/auth`), TwitchLib (.NET: `TwitchLib.Api.Core.Exceptions.BadScopeException`), twitch4j
  // (`com.github.twitch4j`), pyTwitchAPI (`twitchAPI.type.UnauthorizedException`). Classes starting `Twitch` (`TwitchAPIException`,
  // node-twitch's `TwitchApiRateLimitError`). The Twitch CLI prints the body alone: its words name it.
  clients: { packages: ["twitchio", "tmi.js", "@twurple", "TwitchLib", "com.github.twitch4j", "twitchAPI"], classes: ["Twitch"] },
  fingerprints: {
    body: {
      any: [
        // Helix's 401 with its own messages: a scope named as Twitch writes them, or its token's three refusals.
        { all: [...UNAUTHORIZED, { json: "message", matches: MISSING_SCOPE }] },
        { all: [...UNAUTHORIZED, { json: "message", is: ["Invalid OAuth token", "OAuth token is missing", "Client ID and OAuth token do not match"] }] },
        // Its 429's words, which name the Twitch API.
        { json: "message", matches: CALLS_EXCEEDED },
        { text: CALLS_EXCEEDED_TEXT },
      ],
    },
  },
  message: ["message", "error"],
  signals: {
    // A token without the scope the endpoint needs: a 401 whose words name the scope.
    "provider.twitch.missing-scope": {
      status: [401],
      when: { any: [{ json: "message", matches: MISSING_SCOPE }, { text: MISSING_SCOPE_TEXT }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "message", capture: SCOPE }, { text: SCOPE }],
    },
  },
});

export const twitchDocs: ProviderDocs<typeof twitch> = {
  docs: [
    { title: "Twitch API concepts (rate limits: points, Ratelimit-* headers, 429)", url: "https://dev.twitch.tv/docs/api/guide/" },
    { title: "Twitch API reference (each endpoint's scopes and its 401 reasons)", url: "https://dev.twitch.tv/docs/api/reference/" },
    { title: "Twitch access token scopes", url: "https://dev.twitch.tv/docs/authentication/scopes/" },
  ],
  answers: {
    scope: {
      rules: ["provider.twitch.missing-scope"],
      note: "A user access token without the endpoint's scope gets 401 (not 403) \"missing scope <scope>\": ask the user to authorize again with that scope; a token never gains scopes. Twitch once named the wrong scope in this message (\"moderator:read:follows\" for Get Channel Followers, whose scope is `moderator:read:followers`; twitchdev/issues#836, since fixed): the endpoint's reference page lists the scope it needs.",
    },
    credential: {
      rules: ["provider.401", "provider.credential-missing"],
      note: "401 \"Invalid OAuth token\": the token expired or was revoked; refresh it (user tokens) or get a new app token. 401 \"OAuth token is missing\": Helix needs `Authorization: Bearer <token>` and `Client-Id` on every call. 401 \"Client ID and OAuth token do not match\": the `Client-Id` sent is not the app the token was issued to (a token from a token-generator site carries that site's client id); send your app's, with a token issued to it.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent"],
      note: "A bucket of 800 points a minute per client id (per user for user tokens), most calls a point; over it, 429 \"Too Many Requests\" with `Ratelimit-Limit`, `Ratelimit-Remaining` and `Ratelimit-Reset` (a Unix time when the bucket is full again). With `Ratelimit-Remaining: 0` the generic rules wait for `Ratelimit-Reset`; a paste without the headers is retried with a backoff.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "TwitchLib raises every 401 without a `WWW-Authenticate` header as `BadScopeException` (\"Do you have the right scope for your access token?\"), an expired token's \"Invalid OAuth token\" included (TwitchLib/TwitchLib.Api#403): the body's message says which it is.",
    "No request id is documented or sent.",
  ],
  signals: {
    "provider.twitch.missing-scope": {
      statement:
        "Twitch answers a user access token without the scope an endpoint needs with 401 (not 403) \"missing scope moderator:read:followers\": a ScopeReauthRequiredError whose `missingScopes` is the scope named, not a dead token; authorize again with that scope.",
      action: "Send the user through Twitch authorization again with the scope in `missingScopes`; the token itself still works.",
      source: "https://github.com/twitchdev/issues/issues/836",
      examples: [
        {
          source: "https://github.com/twitchdev/issues/issues/836",
          text: `twitch api get 'channels/followers?broadcaster_id=26610234&user_id=123'
{
  "data": [],
  "error": "Unauthorized",
  "message": "missing scope moderator:read:follows",
  "status": 401
}`,
        },
      ],
    },
  },
};

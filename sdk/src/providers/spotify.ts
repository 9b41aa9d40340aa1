/**
 * Spotify Web API: errors are `{"error": {"status", "message"}}`, sometimes with a `reason`;
 * the message or reason, not the status, tells a missing scope from a Premium or
 * Development Mode restriction (all 403), and a quota from the 30-second rate limit (both
 * 429). The accounts service answers the OAuth way, `{"error": "invalid_grant"}`.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

export const spotify = provider({
  id: "spotify",
  name: "Spotify",
  hosts: ["spotify.com"],
  // `Webapi`: spotify-web-api-node's WebapiError (v2 to v4) and WebapiRegularError/WebapiAuthenticationError (v5), inspected without a path.
  // `spotify`: spotify-dart's package, as a Dart stack frame names it (`package:spotify/src/spotify_base.dart`).
  clients: { packages: ["spotipy", "spotify-web-api-node", "SpotifyAPI", "RSpotify", "se.michaelthelin", "spotify"], classes: ["Spotify", "Webapi"] },
  // Its error object with a message only Spotify writes (a body printed alone, with no URL or header beside it).
  // Not "Invalid access token": other APIs say it in the same words.
  fingerprints: {
    body: {
      all: [
        { json: "error.status" },
        { json: "error.message", is: ["Insufficient client scope", "The access token expired", "Only valid bearer authentication supported", "Player command failed: Premium required"] },
      ],
    },
  },
  message: ["error.message", "error_description"],
  signals: {
    "provider.spotify.insufficient-client-scope": {
      status: [403],
      when: said("error.message", { is: "Insufficient client scope" }, /^Insufficient client scope\b/),
      error: "ScopeReauthRequiredError",
    },
    "provider.spotify.refresh-token-revoked": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
    "provider.spotify.quota-exceeded": {
      status: [429],
      when: { json: "error.reason", is: "QUOTA_EXCEEDED" },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const spotifyDocs: ProviderDocs<typeof spotify> = {
  docs: [
    { title: "Web API: API calls (status codes, error objects)", url: "https://developer.spotify.com/documentation/web-api/concepts/api-calls" },
    { title: "Web API: rate limits", url: "https://developer.spotify.com/documentation/web-api/concepts/rate-limits" },
    { title: "Web API: scopes", url: "https://developer.spotify.com/documentation/web-api/concepts/scopes" },
    { title: "Web API: quota modes", url: "https://developer.spotify.com/documentation/web-api/concepts/quota-modes" },
    { title: "Web API changes, July 2026 (QUOTA_EXCEEDED)", url: "https://developer.spotify.com/documentation/web-api/references/changes/july-2026" },
  ],
  answers: {
    scope: {
      rules: ["provider.spotify.insufficient-client-scope"],
      note: "Spotify never names the missing scope: the endpoint's reference page lists it. Refreshing keeps the original grant's scopes, so the user must authorize again.",
    },
    credential: {
      rules: ["provider.401", "provider.spotify.refresh-token-revoked"],
      note: "An expired (one-hour), revoked or malformed access token is a 401 (\"The access token expired\", \"Invalid access token\"): refresh it; a refresh token the user revoked is the accounts service's 400 `invalid_grant`.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Spotify rate-limits per app over a rolling 30-second window with a 429 and (\"normally\") `Retry-After` in seconds; captures show penalties of hours (Retry-After over 80,000) when an app keeps calling.",
    },
    notRetryable: { rules: ["provider.spotify.quota-exceeded"] },
  },
  notes: [
    'A 403 with `error.reason` `PREMIUM_REQUIRED` ("Player command failed: Premium required") means the user is not on Premium: neither retrying nor re-authorizing helps; it stays a plain, non-retryable ProviderAPIError.',
    'A 403 "User not registered in the Developer Dashboard" (a plain-text body) means the app is in Development Mode and this user is not on its allowlist: the app owner must add the user; re-authorizing does not help.',
    'A bare 403 `{"error":{"status":403}}` with no message comes from endpoints closed to Development Mode apps (audio-features and others since 2024-11-27, more since 2026-03-09): an app-tier restriction, not a missing scope. Some removed endpoints answer 404 instead.',
    "Spotify documents no request-id header and no remaining/reset rate-limit headers.",
  ],
  signals: {
    "provider.spotify.insufficient-client-scope": {
      statement:
        'Spotify answers a token that lacks the endpoint\'s scope with 403 `{"error":{"status":403,"message":"Insufficient client scope"}}`, naming no scope: a ScopeReauthRequiredError; authorize again with the scope the endpoint\'s reference lists.',
      action: 'Send the user through authorization again with the scope the endpoint\'s reference page lists: refreshing the token keeps the old scopes.',
      source: "https://developer.spotify.com/documentation/web-api/concepts/scopes",
      examples: [
        {
          source: "https://github.com/spotify/web-api/issues/387",
          reconstructed: "status line added from the body's `status` (403)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
  "error" : {
    "status" : 403,
    "message" : "Insufficient client scope"
  }
}`,
        },
        {
          source: "https://github.com/Aveek-Saha/spotify-box/issues/3",
          reconstructed: "status line added from the body; headers as logged by spotify-web-api-node (the log was cut after these)",
          text: `HTTP/1.1 403 Forbidden
content-type: application/json; charset=utf-8
cache-control: private, max-age=0
x-robots-tag: noindex, nofollow
access-control-allow-origin: *

{ "error": { "status": 403, "message": "Insufficient client scope" } }`,
        },
      ],
    },
    "provider.spotify.refresh-token-revoked": {
      statement:
        'Spotify\'s token endpoint (accounts.spotify.com) answers a refresh token the user revoked, or that Spotify invalidated, with 400 `{"error":"invalid_grant","error_description":"Refresh token revoked"}`: a ProviderUnauthorizedError; the user must connect again.',
      action: 'Send the user through Spotify authorization again to get a new refresh token: this one is revoked and no refresh will work.',
      source: "https://github.com/spotify/web-api/issues/313",
      examples: [
        {
          source: "https://github.com/barmiro/SYSH/issues/8",
          reconstructed: '"HTTP/1.1" added to the printed "400 Bad Request"',
          text: `HTTP/1.1 400 Bad Request

{"error":"invalid_grant","error_description":"Refresh token revoked"}`,
        },
      ],
    },
    "provider.spotify.quota-exceeded": {
      statement:
        "Spotify's 429 with `error.reason` `QUOTA_EXCEEDED` means the developer account's Development Mode quota is spent (counted across all its Client IDs), not the rolling 30-second rate limit: a ProviderAPIError that is not retryable; pace usage or apply for Extended Quota Mode.",
      action: "Pace the app's usage across all its Client IDs, or apply for Extended Quota Mode: retrying fails while the Development Mode quota is spent.",
      source: "https://developer.spotify.com/documentation/web-api/references/changes/july-2026",
      examples: [
        {
          source: "https://developer.spotify.com/documentation/web-api/references/changes/july-2026",
          reconstructed: 'status line added from the page\'s "429 Too Many Requests response"; the page\'s rendering artifacts removed',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "error": {
    "status": 429,
    "message": "Too many requests",
    "reason": "QUOTA_EXCEEDED"
  }
}`,
        },
      ],
    },
  },
};

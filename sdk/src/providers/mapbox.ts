/**
 * Mapbox (its web services at api.mapbox.com, tiles at *.tiles.mapbox.com): an error is `{"message": "..."}`, a shape too common
 * to name Mapbox by, so only its host, its clients and its own words do. A deleted or wrong token answers 401 "Not Authorized -
 * Invalid Token", which the generic rules read as a credential to replace. A token without a scope an endpoint needs answers 403
 * "This API requires a token with styles:list scope.", naming the scope; a token whose URL restrictions exclude the caller, 403
 * "Forbidden". A rate limit answers 429 with `X-Rate-Limit-Interval`, `X-Rate-Limit-Limit` and `X-Rate-Limit-Reset` (a Unix
 * time), and no remaining count: the generic rules read a reset only when a remaining count is 0, so the signal waits for it.
 * No request id is documented (`X-Amz-Cf-Id` is CloudFront's).
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** Its words for a token without a scope the endpoint needs, naming the scope. */
const NEEDS_SCOPE = /^This API requires a token with [\w:.-]{2,60} scope\.?$/;
/** The same words anywhere in a printed text. */
const NEEDS_SCOPE_TEXT = /This API requires a token with [\w:.-]{2,60} scope\b/;
/** The scope those words name. */
const SCOPE = /requires a token with ([\w:.-]{2,60}) scope\b/;

export const mapbox = provider({
  id: "mapbox",
  name: "Mapbox",
  // api.mapbox.com (every web service), a.tiles.mapbox.com and api.tiles.mapbox.com (tiles and the v4 API), events.mapbox.com.
  hosts: ["mapbox.com"],
  // mapbox-sdk-py (`mapbox`: `site-packages/mapbox/services/...`, `mapbox.errors.*`), @mapbox/mapbox-sdk (npm), the retired
  // `mapbox` npm client, mapbox-java's services (`com.mapbox.api.geocoding.v5.MapboxGeocoding`). Not the `@mapbox` scope as a
  // whole: `@mapbox/node-pre-gyp` is a build tool in any native module's install failure.
  clients: { packages: ["mapbox", "@mapbox.mapbox-sdk", "com.mapbox.api"], classes: [] },
  fingerprints: { body: said("message", { matches: NEEDS_SCOPE }, NEEDS_SCOPE_TEXT) },
  message: ["message"],
  signals: {
    // A token without the scope: the scope is named in the words.
    "provider.mapbox.missing-scope": {
      status: [403],
      when: said("message", { matches: NEEDS_SCOPE }, NEEDS_SCOPE_TEXT),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "message", capture: SCOPE }, { text: SCOPE }],
    },
    // Its rate limit names no remaining count: the reset (a Unix time) is the wait.
    "provider.mapbox.rate-limited": {
      status: [429],
      when: { any: [{ header: "x-rate-limit-reset" }, { json: "message", is: "Too Many Requests" }] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ header: "x-rate-limit-reset" }],
    },
  },
});

export const mapboxDocs: ProviderDocs<typeof mapbox> = {
  docs: [
    { title: "Web Services APIs (access tokens and scopes, rate limits, HTTP status codes)", url: "https://docs.mapbox.com/api/overview/" },
    { title: "Troubleshooting access tokens (401; 403 for a missing scope or a URL restriction)", url: "https://docs.mapbox.com/help/troubleshooting/token-errors/" },
    { title: "Tokens API (scopes, URL restrictions, token errors)", url: "https://docs.mapbox.com/api/accounts/tokens/" },
  ],
  answers: {
    scope: {
      rules: ["provider.mapbox.missing-scope", "provider.403"],
      note: "A token missing a scope the endpoint needs gets 403; the styles and other account APIs say which (\"This API requires a token with styles:list scope.\"). A public token (`pk.`) holds only public scopes: writing or listing needs a secret token (`sk.`) with the scope, and a secret token cannot be edited, only replaced. A 403 \"Forbidden\" alone is also a token whose URL restrictions exclude the page or app calling (a server call sends no matching Referer): the generic rule answers it not retryable.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A deleted, rotated or mistyped token gets 401 \"Not Authorized - Invalid Token\" (\"Not Authorized - No Token\" when none was sent): use an active token from the account's token list.",
    },
    rateLimit: {
      rules: ["provider.mapbox.rate-limited"],
      note: "Per token and per API (600 Geocoding requests a minute by default, each API its own); over it, 429 with `X-Rate-Limit-Interval` (seconds), `X-Rate-Limit-Limit` and `X-Rate-Limit-Reset` (Unix time). Mapbox no longer sends `X-Rate-Limit-Remaining`, so the signal waits for the reset, as Mapbox's own Swift SDKs do (\"Wait until <reset> before retrying.\").",
    },
    notRetryable: "not documented",
  },
  notes: [
    "No request id is documented: answers come through CloudFront (`X-Amz-Cf-Id`, `Via: ... cloudfront.net`), whose id names the CloudFront request, not Mapbox's.",
    "A map library (Mapbox GL JS, the mobile SDKs) loads styles and tiles itself: its console line (\"Error: Forbidden (403): https://api.mapbox.com/v4/...\") is the call that failed, and the token in its URL is the one to check.",
  ],
  signals: {
    "provider.mapbox.missing-scope": {
      statement:
        "Mapbox answers a token without a scope the endpoint needs with 403 \"This API requires a token with styles:list scope.\": a ScopeReauthRequiredError naming the scope; create or use a token with it (a secret token for secret scopes).",
      action: "Create or use a Mapbox token with the scope in `missingScopes` (a secret token for secret scopes) and send the call with it.",
      source: "https://docs.mapbox.com/help/troubleshooting/token-errors/",
      examples: [
        {
          source: "https://github.com/mapbox/mapbox-sdk-js/issues/281",
          reconstructed: "status line added (Mapbox's troubleshooting page: a token missing a required scope gets 403)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"message":"This API requires a token with styles:list scope."}`,
        },
      ],
    },
    "provider.mapbox.rate-limited": {
      statement:
        "Mapbox answers a token over an API's rate limit with 429 and `X-Rate-Limit-Interval`, `X-Rate-Limit-Limit` and `X-Rate-Limit-Reset` (a Unix time), with no remaining count: a retryable ProviderAPIError whose wait is the reset.",
      action: "Wait until `X-Rate-Limit-Reset` (`err.retryAfter`), then send the same call again.",
      source: "https://docs.mapbox.com/api/overview/",
      examples: [
        {
          source: "https://github.com/mapbox/mapbox-directions-swift/blob/1ba0e648623d0644bd6caf9bf76926ccff7e8899/MapboxDirectionsTests/DirectionsTests.swift",
          reconstructed: "the response Mapbox's own SDK test builds (status 429, its three rate-limit headers and its body), written as HTTP; read a minute before its reset, as the test's expected \"Wait until November 18, 2016 at 9:16:24 AM GMT\" reads it",
          // 2016-11-18T09:15:24Z, a minute before the reset (a literal: a call here would keep these docs in the classifier's bundle).
          opts: { now: 1479460524000 },
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
X-Rate-Limit-Interval: 60
X-Rate-Limit-Limit: 600
X-Rate-Limit-Reset: 1479460584

{"message":"Hit rate limit"}`,
        },
        {
          source: "https://github.com/mapbox/mapbox-isochrone/issues/11",
          reconstructed: "status line and braces added (the issue quotes the member `\"message\":\"Too Many Requests\"` of the Directions Matrix API's answer, which Mapbox's maintainers traced to its rate limit)",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"message":"Too Many Requests"}`,
        },
      ],
    },
  },
};

/**
 * The Cloudflare API (v4): every answer is `{"success": false, "errors": [{"code": 10000,
 * "message": "Authentication error"}], "messages": [], "result": null}`, and the code says what
 * happened. Its `Authentication error` (10000) is a token that is not active, lacks the
 * permission, or was sent with the wrong syntax: the stored credential is what to fix. Not its
 * edge's error pages in front of other sites (a 522 there is that site's, read as a page).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";
import type { BodyRead } from "../response.js";
import { isRecord } from "../snapshot.js";

/**
 * The site a Cloudflare edge error in front of it names (its JSON form: `{"title": "Error 522: Connection timed out", ...,
 * "zone": "api.anthropic.com", "cloudflare_error": true}`), as the request's URL: the site's own provider is whose call failed.
 * `undefined` for any other body.
 */
export function edgeErrorZoneUrl(body: BodyRead): string | undefined {
  if (body.kind !== "json" || !isRecord(body.value) || body.value.cloudflare_error !== true) return undefined;
  const zone = body.value.zone;
  return typeof zone === "string" && /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i.test(zone) ? `https://${zone}/` : undefined;
}

export const cloudflare = provider({
  id: "cloudflare",
  name: "Cloudflare API",
  // `r2.cloudflarestorage.com`: R2, its S3-compatible storage API (called with the AWS SDKs; its errors are S3's shape).
  hosts: ["api.cloudflare.com", "cloudflarestorage.com"],
  clients: { packages: ["cloudflare", "CloudFlare", "@cloudflare", "wrangler", "cloudflare-go"], classes: ["CloudFlare", "Cloudflare"] },
  // `cf-ray` is sent in front of every site Cloudflare serves: a request id once the API is known, never a fingerprint.
  requestIdHeaders: ["cf-ray"],
  // `success: false` beside numbered errors with their messages: the v4 API's envelope.
  fingerprints: {
    body: {
      any: [
        { all: [{ json: "success", is: "false" }, { json: "errors[].code", matches: /^\d{3,5}$/ }, { json: "errors[].message" }] },
        // Its global rate limit's own words (code 971), as clients print them without the envelope.
        { text: /\bMore than 1200 requests per 300 seconds reached\b/ },
      ],
    },
  },
  message: ["errors[].message"],
  signals: {
    "provider.cloudflare.rate-limit": {
      status: [429],
      // Every 429 of the API: its one rate limit (code 971) is global, per user.
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
      // Past the limit, every call is refused for the next five minutes (its limits page): a backoff of seconds only adds refusals.
      wait: [{ header: "retry-after" }, { seconds: 300 }],
    },
    "provider.cloudflare.authentication-error": {
      status: "any",
      // Also as an app prints the error it got ("code 10000: Authentication error").
      // cloudflare-go's (the Terraform provider's) "HTTP status 400: Authentication error (10000)" too.
      when: { any: [{ json: "errors[].code", is: "10000" }, { text: /\bcode 10000: Authentication error\b|\bAuthentication error \(10000\)/ }] },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const cloudflareDocs: ProviderDocs<typeof cloudflare> = {
  docs: [
    { title: "API troubleshooting", url: "https://developers.cloudflare.com/fundamentals/api/troubleshooting" },
    { title: "API token permissions", url: "https://developers.cloudflare.com/fundamentals/api/reference/permissions/" },
    { title: "API rate limits", url: "https://developers.cloudflare.com/fundamentals/api/reference/limits/" },
  ],
  requestIdSource: "https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/",
  answers: {
    scope: {
      rules: ["provider.cloudflare.authentication-error"],
      note: "A token without the permission the call needs answers the same `Authentication error` (10000) as a dead one: review its permission groups in the dashboard, or create a token with them. Cloudflare names no missing permission.",
    },
    credential: {
      rules: ["provider.cloudflare.authentication-error"],
      note: "`Authentication error` (10000): the token is not active (verify it at /user/tokens/verify), lacks the permission, or was sent as an API key (use `Authorization: Bearer`).",
    },
    rateLimit: {
      rules: ["provider.cloudflare.rate-limit"],
      note: "A 429 (code 971, \"Please wait and consider throttling your request speed\") after 1,200 requests in five minutes per user; then every call is refused for five minutes, so the wait is five minutes unless `Retry-After` says otherwise.",
    },
    notRetryable: "not documented",
  },
  notes: ["Cloudflare's error pages for the sites behind it (520 to 527, 1xxx) are those sites' failures, read as pages; only `api.cloudflare.com` answers are the API's."],
  signals: {
    "provider.cloudflare.rate-limit": {
      statement:
        "The Cloudflare API allows 1,200 requests per five minutes per user; past it, every call is refused with a 429 for the next five minutes (its limits page): a retryable ProviderAPIError whose wait is 300 seconds, or the `Retry-After` sent. A backoff of seconds only collects more 429s.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`; five minutes without it), then send the call again: a backoff of seconds collects more 429s.",
      source: "https://developers.cloudflare.com/fundamentals/api/reference/limits/",
      examples: [
        {
          source: "https://github.com/lablabs/cloudflare-exporter/issues/74",
          text: "`HTTP status 429: More than 1200 requests per 300 seconds reached. Please wait and consider throttling your request speed`",
        },
      ],
    },
    "provider.cloudflare.authentication-error": {
      statement:
        "The Cloudflare API answers `Authentication error` (code 10000) when the token is not active, lacks the permission the call needs, or was sent with an API key's syntax (its troubleshooting page's three causes): a ProviderUnauthorizedError; replace or fix the stored token, since a retry sends the same one.",
      action: "Replace or fix the stored token: check it is active, has the permission the call needs, and is sent as `Authorization: Bearer`.",
      source: "https://developers.cloudflare.com/fundamentals/api/troubleshooting",
      examples: [
        {
          source: "https://github.com/cloudflare/wrangler-legacy/pull/932",
          text: `$ wrangler publish
💁  JavaScript project found. Skipping unnecessary build!
Error: Something went wrong! Status: 400 Bad Request, Details {"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`,
        },
      ],
    },
  },
};

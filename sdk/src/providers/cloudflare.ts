/**
 * The Cloudflare API (v4): every answer is `{"success": false, "errors": [{"code": 10000,
 * "message": "Authentication error"}], "messages": [], "result": null}`, and the code says what
 * happened. Its `Authentication error` (10000) is a token that is not active, lacks the
 * permission, or was sent with the wrong syntax: the stored credential is what to fix. Not its
 * edge's error pages in front of other sites (a 522 there is that site's, read as a page).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const cloudflare = provider({
  id: "cloudflare",
  name: "Cloudflare API",
  hosts: ["api.cloudflare.com"],
  clients: { packages: ["cloudflare", "CloudFlare", "@cloudflare", "wrangler", "cloudflare-go"], classes: ["CloudFlare", "Cloudflare"] },
  // `cf-ray` is sent in front of every site Cloudflare serves: a request id once the API is known, never a fingerprint.
  requestIdHeaders: ["cf-ray"],
  // `success: false` beside numbered errors with their messages: the v4 API's envelope.
  fingerprints: { body: { all: [{ json: "success", is: "false" }, { json: "errors[].code", matches: /^\d{3,5}$/ }, { json: "errors[].message" }] } },
  message: ["errors[].message"],
  signals: {
    "provider.cloudflare.authentication-error": {
      status: "any",
      when: { json: "errors[].code", is: "10000" },
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
      rules: ["provider.error"],
      note: "A 429 (code 971, \"Please wait and consider throttling your request speed\") after 1,200 requests in five minutes per user; `Retry-After` when sent.",
    },
    notRetryable: "not documented",
  },
  notes: ["Cloudflare's error pages for the sites behind it (520 to 527, 1xxx) are those sites' failures, read as pages; only `api.cloudflare.com` answers are the API's."],
  signals: {
    "provider.cloudflare.authentication-error": {
      statement:
        "The Cloudflare API answers `Authentication error` (code 10000) when the token is not active, lacks the permission the call needs, or was sent with an API key's syntax (its troubleshooting page's three causes): a ProviderUnauthorizedError; replace or fix the stored token, since a retry sends the same one.",
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

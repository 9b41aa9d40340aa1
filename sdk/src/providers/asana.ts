/**
 * Asana's REST API: errors come as `{"errors": [{"message", "help"}]}` with the status
 * saying the rest, and the generic rules read them right (401 for any bad token, 429 with
 * `Retry-After`). Only its OAuth token endpoint needs a signal: a dead refresh token is a
 * 400 `invalid_grant`, not a 401.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const asana = provider({
  id: "asana",
  name: "Asana",
  hosts: ["asana.com"],
  clients: { packages: ["asana", "Asana", "com.asana"], classes: ["Asana"] },
  // No request-id header: a 500's generated phrase ("6 sad squid snuggle softly") is what its support looks an incident up by.
  bodyRequestId: [{ json: "errors[].phrase", words: true }],
  // Its own `X-Asana-*` and `Asana-Change` headers, and the `help` of each error, which links Asana's error docs.
  fingerprints: {
    headers: ["x-asana-content-string-length", "x-asana-preferred-release-revision", "asana-change"],
    body: { json: "errors[].help", matches: /\bhttps?:\/\/(?:developers\.)?asana\.com\// },
  },
  message: ["errors[].message"],
  signals: {
    "provider.asana.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
  },
});

export const asanaDocs: ProviderDocs<typeof asana> = {
  docs: [
    { title: "Errors", url: "https://developers.asana.com/docs/errors" },
    { title: "Rate limits", url: "https://developers.asana.com/docs/rate-limits" },
    { title: "OAuth scopes", url: "https://developers.asana.com/docs/oauth-scopes" },
    { title: "OAuth", url: "https://developers.asana.com/docs/oauth" },
  ],
  requestIdSource: "https://developers.asana.com/docs/errors",
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401", "provider.asana.refresh-invalid-grant"],
      note: "A missing, invalid, expired or revoked token is the same 401 `{\"errors\": [{\"message\": \"Not Authorized\"}]}`: refresh once (access tokens live an hour); a 401 right after a successful refresh means the user revoked the app or was deactivated.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Every limiter (requests per minute, search, concurrent requests, cost) answers 429 \"You've made too many requests and hit a rate limit. Please retry after the given amount of time.\" with `Retry-After` in seconds; rejected requests still count. A concurrency 429's value may not be usable: back off then.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Asana has granular OAuth scopes (`tasks:read`, ...), but no public source shows the response to a request without the needed scope: a 403 \"Access denied\" (or a 403 without a body) says nothing about scopes, and stays a plain ProviderAPIError.",
    "A 500 carries `errors[0].phrase`, a generated phrase Asana support uses to look up the incident: quote it (Asana documents no request-id header).",
    "402 Payment Required (\"Search is only available to premium users.\") is a plan limit: not retryable.",
  ],
  signals: {
    "provider.asana.refresh-invalid-grant": {
      statement:
        "Asana's token endpoint answers 400 `invalid_grant` (\"The `refresh_token` provided was invalid.\") when the refresh token is dead: a ProviderUnauthorizedError; the user must authorize the app again.",
      action: "Send the user through Asana's authorization again to get a new refresh token; refreshing with the old one keeps failing.",
      source: "https://developers.asana.com/docs/oauth",
      examples: [
        {
          source: "https://github.com/Alknoma/minutehand/blob/eebd4917ad158607508022f40a35abedf0556690/tests/data/asana_rest_1_0/real-service-without-a-token-2026-10-08.txt",
          reconstructed: "blank line added between the headers and the body: the capture keeps only the status line, the content type and the body, without it",
          text: `HTTP/2 400 
content-type: application/json; charset=UTF-8

{"error":"invalid_grant","error_uri":"https:\\u002F\\u002Fasana.com\\u002Fdevelopers\\u002Fdocumentation\\u002Fgetting-started\\u002Fauthentication","error_description":"The \`refresh_token\` provided was invalid."}`,
        },
      ],
    },
  },
};

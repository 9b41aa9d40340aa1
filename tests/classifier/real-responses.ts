/**
 * Failed responses in the shape the providers' public docs show them, with the class the
 * SDK must raise for each (spec section 5). The unit tests check the SDK's verdict and the
 * classifier's view; the end-to-end tests check the page shows the same.
 */
import type { ErrorName, MapOptions } from "@alter-ai/alter-sdk/docs";

export interface RealResponse {
  name: string;
  /** Where the shape comes from. */
  source: string;
  text: string;
  opts?: MapOptions;
  expected: ErrorName;
  rule: string;
  retryable: boolean;
}

export const REAL_RESPONSES: readonly RealResponse[] = [
  {
    name: "GitHub 403, none of the accepted OAuth scopes granted",
    source: "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps",
    text: [
      "HTTP/2 403",
      "server: GitHub.com",
      "content-type: application/json; charset=utf-8",
      "x-oauth-scopes: read:user, user:email",
      "x-accepted-oauth-scopes: admin:org, read:org, write:org",
      "x-github-api-version-selected: 2022-11-28",
      "x-ratelimit-remaining: 4999",
      "x-github-request-id: E5A4:2D1F:1B2C3D:1C2D3E:67862A8C",
      "",
      '{"message":"You must have the admin:org, read:org or write:org scope to do this.","documentation_url":"https://docs.github.com/rest/orgs/members","status":"403"}',
    ].join("\r\n"),
    expected: "ScopeReauthRequiredError",
    rule: "quirk.github.scopes",
    retryable: false,
  },
  {
    name: "GitHub 403, primary rate limit spent",
    source: "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api",
    text: [
      "HTTP/2 403",
      "date: Tue, 14 Jan 2025 09:12:44 GMT",
      "x-ratelimit-limit: 60",
      "x-ratelimit-remaining: 0",
      "x-ratelimit-reset: 1736846564",
      "x-github-request-id: E5A4:2D1F:1B2C3D",
      "",
      `{"message":"API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit.)","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}`,
    ].join("\n"),
    expected: "ProviderAPIError",
    rule: "provider.rate-limit-spent",
    retryable: true,
  },
  {
    name: "Google 403, insufficient scope in WWW-Authenticate",
    source: "https://cloud.google.com/apis/design/errors and RFC 6750 section 3",
    text: [
      "HTTP/1.1 403 Forbidden",
      "Content-Type: application/json; charset=UTF-8",
      'WWW-Authenticate: Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/gmail.send https://mail.google.com/"',
      "Server: ESF",
      "",
      '{"error":{"code":403,"message":"Request had insufficient authentication scopes.","errors":[{"message":"Insufficient Permission","domain":"global","reason":"insufficientPermissions"}],"status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT","domain":"googleapis.com"}]}}',
    ].join("\n"),
    opts: { providerId: "google" },
    expected: "ScopeReauthRequiredError",
    rule: "provider.google.scope-insufficient",
    retryable: false,
  },
  {
    name: "Slack 200 missing_scope",
    source: "https://api.slack.com/methods/chat.postMessage",
    text: [
      "HTTP/1.1 200 OK",
      "content-type: application/json; charset=utf-8",
      "x-slack-req-id: 3a4b5c6d7e8f",
      "",
      '{"ok":false,"error":"missing_scope","needed":"chat:write:bot","provided":"identify,bot,users:read"}',
    ].join("\n"),
    expected: "ScopeReauthRequiredError",
    rule: "quirk.slack.missing-scope",
    retryable: false,
  },
  {
    name: "Microsoft Graph 401 InvalidAuthenticationToken",
    source: "https://learn.microsoft.com/en-us/graph/errors",
    text: [
      "HTTP/1.1 401 Unauthorized",
      "Content-Type: application/json",
      'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
      "request-id: 1d4f2f5c-6a2b-4c3d-9e8f-0a1b2c3d4e5f",
      "client-request-id: 1d4f2f5c-6a2b-4c3d-9e8f-0a1b2c3d4e5f",
      "",
      '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2025-01-14T09:12:44","request-id":"1d4f2f5c-6a2b-4c3d-9e8f-0a1b2c3d4e5f"}}}',
    ].join("\n"),
    expected: "ProviderUnauthorizedError",
    rule: "provider.401",
    retryable: false,
  },
  {
    name: "Stripe 402 card_declined",
    source: "https://docs.stripe.com/error-codes",
    text: [
      "HTTP/1.1 402 Payment Required",
      "Content-Type: application/json",
      "Request-Id: req_8PZ3Jd0C7jHkQy",
      "Stripe-Version: 2024-06-20",
      "",
      '{"error":{"code":"card_declined","decline_code":"generic_decline","doc_url":"https://stripe.com/docs/error-codes/card-declined","message":"Your card was declined.","type":"card_error"}}',
    ].join("\n"),
    expected: "ProviderAPIError",
    rule: "provider.error",
    retryable: false,
  },
  {
    name: "Stripe 429 rate_limit",
    source: "https://docs.stripe.com/rate-limits",
    text: [
      "HTTP/1.1 429 Too Many Requests",
      "Content-Type: application/json",
      "Request-Id: req_9QA4",
      "",
      '{"error":{"code":"rate_limit","doc_url":"https://stripe.com/docs/error-codes/rate-limit","message":"Request rate limit exceeded.","type":"invalid_request_error"}}',
    ].join("\n"),
    expected: "ProviderAPIError",
    rule: "provider.error",
    retryable: true,
  },
];

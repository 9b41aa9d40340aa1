/**
 * Sentry: named by its hosts (sentry.io, the ingestion hosts, a self-hosted instance's API path), its own headers
 * (`X-Sentry-Rate-Limits`, `X-Sentry-Rate-Limit-Remaining`), its rate limiter's words and sentry-cli's line; its rate limits wait
 * for `X-Sentry-Rate-Limit-Reset` or `Retry-After`, so it has no signal of its own. A Sentry URL beside another API's failure is
 * not it, nor is DRF's `{"detail": ...}` alone.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("sentry", () => {
  test("the web API's rate limit waits for X-Sentry-Rate-Limit-Reset", () => {
    // The headers of https://docs.sentry.io/api/ratelimits/ and the limiter's body (getsentry/sentry,
    // src/sentry/middleware/ratelimit.py); the reset set ten seconds after `now`.
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
X-Sentry-Rate-Limit-Remaining: 0
X-Sentry-Rate-Limit-Limit: 40
X-Sentry-Rate-Limit-Reset: ${now / 1000 + 10}
X-Sentry-Rate-Limit-ConcurrentRemaining: 24
X-Sentry-Rate-Limit-ConcurrentLimit: 25

{"detail":"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"}`,
      { now },
    );
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["sentry", "provider.rate-limit-spent", true, 10]);
  });

  test("ingestion's 429 is named by X-Sentry-Rate-Limits and waits for its Retry-After", () => {
    // https://develop.sentry.dev/sdk/rate-limiting/ (its example response)
    const x = explain("HTTP/1.1 429 Too Many Requests\nRetry-After: 2700\nX-Sentry-Rate-Limits: 60::organization, 2700::organization\n\n", { now });
    expect([x.provider?.id, x.provider?.evidence, x.error!.retryable, x.error!.retryAfter]).toEqual(["sentry", "header X-Sentry-Rate-Limits", true, 2700]);
  });

  test("go-sentry's call to sentry.io is named by its host, its wait read from its text", () => {
    // https://github.com/jianyuan/terraform-provider-sentry/issues/186
    const x = explain(paste("110-sentry-tf-429-reset-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.error!.retryable, x.error!.retryAfter]).toEqual(["sentry", "request URL host sentry.io", true, 1]);
  });

  test("sentry-cli's lines name Sentry: a 403 is a token's scope, a 401 a token to replace, a 413 not retried", () => {
    // https://github.com/getsentry/sentry-cli/issues/1517, https://github.com/getsentry/sentry-capacitor/issues/103,
    // https://github.com/getsentry/sentry-cli/issues/1623
    const scope = explain(paste("126-sentry-cli-403-permission-1.txt"), { now });
    expect([scope.provider?.id, scope.rule, scope.error!.retryable]).toEqual(["sentry", "provider.403", false]);
    const token = explain(paste("126-sentry-cli-401-invalid-token-1.txt"), { now });
    expect([token.provider?.id, token.error!.name, token.error!.retryable]).toEqual(["sentry", "ProviderUnauthorizedError", false]);
    const large = explain(paste("165-sentry-cli-413-sourcemaps-1.txt"), { now });
    expect([large.provider?.id, large.error!.retryable]).toEqual(["sentry", false]);
  });

  test("a self-hosted instance's API path names Sentry by its host", () => {
    // https://github.com/getsentry/sentry-javascript/issues/137 (raven-js to a self-hosted store endpoint; its query cut short)
    const x = explain("Failed to load resource: the server responded with a status of 400 (BAD REQUEST)\nhttp://sentry.mydomain.com/api/2/store/?sentry_version=2.0&sentry_client=raven-js/1.0.8&sentry_key=XXXXXX", { now });
    expect([x.provider?.id, x.error!.retryable]).toEqual(["sentry", false]);
  });

  test("a Sentry URL beside another API's failure, or in its CSP header, does not make the failure Sentry's", () => {
    // https://github.com/onfido/onfido-sdk-ui/issues/1327: Onfido's 401, then the SDK's own Sentry telemetry refused.
    const onfido = explain(paste("178-onfido-web-401-with-sentry-429-1.txt"), { now });
    expect([onfido.provider?.id, onfido.error!.name]).toEqual([undefined, "ProviderUnauthorizedError"]);
    // https://github.com/TrueLayer/truelayer-java/issues/210 (a report-uri on o405187.ingest.sentry.io in TrueLayer's answer)
    expect(explain(paste("187-truelayer-400-connect-token-okhttp-trace-1.txt"), { now }).provider?.id).not.toBe("sentry");
    // Django REST Framework's permission error is every DRF API's.
    expect(explain('HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"detail":"You do not have permission to perform this action."}', { now }).provider).toBeUndefined();
  });
});

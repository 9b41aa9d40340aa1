/**
 * Strava: named by www.strava.com, its clients (`stravalib`, `javastrava`, `StravaAPIRateLimitException`, the strava-api-v3 gem)
 * and its own faults (an "Authorization Error" on its resources, a permission field, its rate limit's fault); a token without a
 * scope is a scope to ask for, named from the fault's `activity:read_permission`; its 429 waits for the 15-minute window (900 s at
 * most); a dead token is a credential to replace. GitHub's fault of the same shape, and a one-number `X-RateLimit-Usage`, are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("strava", () => {
  test("a 429 named by its host, its client or its fault waits for the 15-minute window, not seconds", () => {
    // https://github.com/craibo/ha_strava/issues/266 (aiohttp's ClientResponseError, the URL on www.strava.com)
    const host = explain(paste("199-strava-ha-strava-aiohttp-429-1.txt"), { now });
    expect([host.provider?.id, host.provider?.evidence, host.rule, host.error!.name, host.error!.retryable, host.error!.retryAfter]).toEqual([
      "strava",
      "request URL host www.strava.com",
      "provider.strava.rate-limited",
      "ProviderAPIError",
      true,
      900,
    ]);
    // https://github.com/danshannon/javastravav3api/issues/164 (javastrava's StravaAPIRateLimitException)
    const java = explain(paste("199-strava-javastrava-429-ratelimitexception-1.txt"), { now });
    expect([java.provider?.id, java.provider?.evidence, java.rule, java.error!.retryAfter]).toEqual([
      "strava",
      "the client in the paste: javastrava.api.v3.service.exception.StravaAPIRateLimitException",
      "provider.strava.rate-limited",
      900,
    ]);
    // https://github.com/node-strava/node-strava-v3/issues/84 (the fault alone after its status)
    const fault = explain(paste("179-strava-429-node-statuscodeerror-1.txt"), { now });
    expect([fault.provider?.id, fault.provider?.evidence, fault.rule, fault.error!.retryAfter]).toEqual(["strava", "body shape", "provider.strava.rate-limited", 900]);
    // https://github.com/dblock/slack-strava/issues/38 (the strava-api-v3 gem's log line)
    const gem = explain(paste("179-strava-429-ruby-cron-log-1.txt"), { now });
    expect([gem.provider?.id, gem.rule, gem.error!.retryable]).toEqual(["strava", "provider.strava.rate-limited", true]);
  });

  test("the documented 429, with its two-window usage headers, waits at most 15 minutes", () => {
    // https://developers.strava.com/docs/rate-limits/ (the page's rate-limited response headers; its "JSON error message" as
    // https://github.com/dblock/slack-strava/issues/38 logged it)
    const x = explain(
      "HTTP/1.1 429 Too Many Requests\nContent-Type: application/json; charset=utf-8\nDate: Tue, 10 Oct 2020 20:11:05 GMT\nX-Ratelimit-Limit: 600,30000\nX-Ratelimit-Usage: 692,29300\n\n" +
        '{"message":"Rate Limit Exceeded","errors":[{"resource":"Application","field":"rate limit","code":"exceeded"}]}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryAfter]).toEqual(["strava", "body shape", "provider.strava.rate-limited", 900]);
  });

  test("a token without a scope is a scope to ask for, named from the fault's permission field, however it was printed", () => {
    // https://github.com/googledatastudio/community-connectors/issues/291 (Apps Script's UrlFetchApp)
    const apps = explain(paste("168-strava-401-missing-activity-read-appsscript-1.txt"), { now });
    expect([apps.provider?.id, apps.rule, apps.error!.name, (apps.error as { missingScopes?: unknown }).missingScopes, apps.error!.retryable]).toEqual([
      "strava",
      "provider.strava.missing-scope",
      "ScopeReauthRequiredError",
      ["activity:read"],
      false,
    ]);
    // https://github.com/dreeveapp/dreeve/issues/292 (Guzzle, the fault cut and wrapped over lines)
    const guzzle = explain(paste("188-strava-guzzle-401-missing-scope-1.txt"), { now });
    expect([guzzle.rule, (guzzle.error as { missingScopes?: unknown }).missingScopes]).toEqual(["provider.strava.missing-scope", ["activity:read"]]);
    // https://github.com/flopp/GpxTrackPoster/issues/111 (stravalib's AccessUnauthorized, no status printed)
    const stravalib = explain(paste("188-strava-stravalib-accessunauthorized-no-status-1.txt"), { now });
    expect([stravalib.provider?.id, stravalib.provider?.evidence, stravalib.rule, (stravalib.error as { missingScopes?: unknown }).missingScopes]).toEqual([
      "strava",
      "the client in the paste: stravalib.exc.AccessUnauthorized",
      "provider.strava.missing-scope",
      ["activity:read"],
    ]);
  });

  test("a dead token is a credential to replace, its request id quoted; another failure keeps its status's answer", () => {
    // https://github.com/dblock/strava-ruby-client (spec/fixtures/strava/client/authorization_error.yml, a VCR cassette)
    const token = explain(paste("188-strava-vcr-401-authorization-error-1.txt"), { now });
    expect([token.provider?.id, token.rule, token.error!.name, token.error!.requestId]).toEqual(["strava", "provider.401", "ProviderUnauthorizedError", "483446ae-5321-4bf3-b547-707f767d8742"]);
    // https://github.com/craibo/ha_strava/issues/160 (the fault of an invalid access token)
    const invalid = explain('Activities Fetch Failed: 401: {"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}', { now });
    expect([invalid.provider?.id, invalid.provider?.evidence, invalid.rule, invalid.error!.name]).toEqual(["strava", "body shape", "provider.401", "ProviderUnauthorizedError"]);
    // https://github.com/stravalib/stravalib/issues/177 (stravalib's Fault for a 414 at the token exchange)
    const uri = explain(paste("199-strava-stravalib-414-uri-too-large-1.txt"), { now });
    expect([uri.provider?.id, uri.rule, uri.error!.retryable]).toEqual(["strava", "provider.error", false]);
  });

  test("its clients name it", () => {
    // strava-v3 (npm) and the strava-ruby-client gem, as stack traces name them
    expect(identifyByClient("    at Request._callback (/app/node_modules/strava-v3/lib/util.js:140:17)")?.provider.id).toBe("strava");
    expect(identifyByClient("Strava::Errors::Fault: Authorization Error")?.provider.id).toBe("strava");
  });

  test("GitHub's fault of the same shape, another API's rate limit and a one-number usage header are not Strava's", () => {
    // Constructed: GitHub's validation fault ({"message", "errors": [{"resource", "field", "code"}]})
    const github = explain(
      'HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{"message":"Validation Failed","errors":[{"resource":"Issue","field":"title","code":"missing_field"}]}',
      { now },
    );
    expect(github.provider).toBeUndefined();
    // Constructed: a 429 whose usage header holds one count
    const other = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nX-RateLimit-Limit: 100\nX-RateLimit-Usage: 101\n\n{"message":"Too many requests"}', { now });
    expect([other.provider, other.rule, other.error!.retryAfter]).toEqual([undefined, "provider.error", undefined]);
  });
});

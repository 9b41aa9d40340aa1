/**
 * Tesla: named by its hosts (the Fleet API's `*.vn.cloud.tesla.com`, the China hosts, owner-api.teslamotors.com), its clients
 * (`teslapy`, TeslaMate's `TeslaApi.Error`, `tesla_fleet_api`) and its own words. A car asleep or offline (408, or the proxy's
 * 500 or 503 "vehicle unavailable") is not retried as it stands: wake it first. A missing scope is a scope to grant, named when the
 * words name it; an unregistered partner account and the closed Owner API are fixes to the app; its 429 waits what it says. Its
 * request id is `x-txid`. An OAuth-like body in other words, and a bare "vehicle is not available", are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("tesla", () => {
  test("a car asleep or offline is not retried as it stands, whatever the status the answer came with", () => {
    // https://github.com/teslamate-org/teslamate/issues/1472 (TeslaMate's log: the status, no body)
    const logged = explain(paste("199-tesla-teslamate-408-vehicle-offline-1.txt"), { now });
    expect([logged.provider?.id, logged.provider?.evidence, logged.rule, logged.error!.name, logged.error!.retryable]).toEqual([
      "tesla",
      "request URL host owner-api.teslamotors.com",
      "provider.tesla.vehicle-offline",
      "ProviderAPIError",
      false,
    ]);
    // https://github.com/teslamotors/vehicle-command/issues/10 (the body the issue quotes for a 408; status line added)
    const body = explain(
      'HTTP/1.1 408 Request Timeout\nContent-Type: application/json\n\n{"response":null,"error":"vehicle unavailable: vehicle is offline or asleep","error_description":""}',
      { now },
    );
    expect([body.provider?.id, body.provider?.evidence, body.rule, body.error!.retryable]).toEqual(["tesla", "body shape", "provider.tesla.vehicle-unavailable", false]);
    // https://github.com/evcc-io/evcc/issues/18494 (a command proxy's 500 with the same words)
    const proxy = explain(paste("168-tesla-500-proxy-vehicle-asleep-evcc-1.txt"), { now });
    expect([proxy.provider?.id, proxy.rule, proxy.input.status, proxy.error!.retryable]).toEqual(["tesla", "provider.tesla.vehicle-unavailable", 500, false]);
    // https://github.com/teslamotors/vehicle-command/issues/56 (2023's words, through tesla-http-proxy)
    const older = explain(paste("179-tesla-fleet-503-vehicle-not-available-1.txt"), { now });
    expect([older.provider?.id, older.rule, older.input.status, older.error!.retryable]).toEqual(["tesla", "provider.tesla.vehicle-unavailable", 503, false]);
  });

  test("a missing scope is a scope to grant, named when the words name it, with the request id", () => {
    // https://github.com/teslamate-org/teslamate/issues/5419 (TeslaMate prints the body as an Elixir map)
    const logged = explain(paste("199-tesla-teslamate-403-missing-scopes-1.txt"), { now });
    expect([logged.provider?.id, logged.provider?.evidence, logged.rule, logged.error!.name, (logged.error as { missingScopes?: unknown }).missingScopes, logged.error!.requestId]).toEqual([
      "tesla",
      "request URL host fleet-api.prd.eu.vn.cloud.tesla.com",
      "provider.tesla.missing-scopes",
      "ScopeReauthRequiredError",
      ["vehicle_location"],
      "aa5ff46b3fe3355945445a3c548a2650",
    ]);
    // The same answer as JSON, with its x-txid (constructed from the body and txid)
    const raw = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-txid: aa5ff46b3fe3355945445a3c548a2650\n\n{"response":null,"error":"Unauthorized missing scopes vehicle_location for vehicle data access","error_description":"","txid":"aa5ff46b3fe3355945445a3c548a2650"}',
      { now },
    );
    expect([raw.provider?.id, raw.provider?.evidence, raw.rule, (raw.error as { missingScopes?: unknown }).missingScopes, raw.error!.requestId]).toEqual([
      "tesla",
      "body shape",
      "provider.tesla.missing-scopes",
      ["vehicle_location"],
      "aa5ff46b3fe3355945445a3c548a2650",
    ]);
    // https://github.com/teslamotors/vehicle-command/issues/199 (the words without a scope; status line added)
    const bare = explain('HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"response":null,"error":"Unauthorized missing scopes","error_description":""}', {
      providerId: "tesla",
      now,
    });
    expect([bare.rule, bare.error!.name, (bare.error as { missingScopes?: unknown }).missingScopes]).toEqual(["provider.tesla.missing-scopes", "ScopeReauthRequiredError", undefined]);
  });

  test("an unregistered partner account and the closed Owner API are fixes to the app, not retried", () => {
    // https://github.com/teslamotors/vehicle-command/issues/195
    const region = explain(paste("199-tesla-fleetapi-412-region-not-registered-1.txt"), { now });
    expect([region.provider?.id, region.provider?.evidence, region.rule, region.error!.retryable]).toEqual(["tesla", "body shape", "provider.tesla.not-registered", false]);
    // https://github.com/evcc-io/evcc/issues/19355 (evcc's trace: the Fleet API call on one line, its body on the next)
    const evcc = explain(paste("179-tesla-fleet-412-region-1.txt"), { now });
    expect([evcc.provider?.id, evcc.provider?.evidence, evcc.rule]).toEqual(["tesla", "an API call in the paste to fleet-api.prd.na.vn.cloud.tesla.com", "provider.tesla.not-registered"]);
    // https://github.com/tdorssers/TeslaPy/pull/176 (requests puts the words in the reason phrase)
    const owner = explain(paste("199-tesla-teslapy-requests-403-owner-api-forbidden-1.txt"), { now });
    expect([owner.provider?.id, owner.rule, owner.error!.retryable]).toEqual(["tesla", "provider.tesla.owner-api-closed", false]);
    // https://github.com/alandtse/tesla/issues/844 (teslajsonpy's debug log of the Owner API's 412)
    const fleetOnly = explain(paste("199-tesla-teslajsonpy-412-fleetapi-only-1.txt"), { now });
    expect([fleetOnly.provider?.id, fleetOnly.rule, fleetOnly.error!.retryable]).toEqual(["tesla", "provider.tesla.owner-api-closed", false]);
  });

  test("its 429 waits what it says: Retry-After, else its words or a client's printout of the reset", () => {
    // https://github.com/teslamotors/fleet-telemetry/issues/184 (the headers it quotes; status line added)
    const headers = explain("HTTP/1.1 429 Too Many Requests\nratelimit-limit: 200\nratelimit-remaining: 0\nratelimit-reset: 14692\nretry-after: 146092\n", { providerId: "tesla", now });
    expect([headers.rule, headers.error!.retryable, headers.error!.retryAfter]).toEqual(["provider.tesla.rate-limited", true, 146092]);
    // https://github.com/teslamotors/vehicle-command/issues/255 (its body's words; status line added)
    const words = explain("HTTP/1.1 429 Too Many Requests\nContent-Type: text/plain\n\nRetry in 37829 seconds\n", { providerId: "tesla", now });
    expect([words.rule, words.error!.retryAfter]).toEqual(["provider.tesla.rate-limited", 37829]);
    // https://github.com/bassmaster187/TeslaLogger/issues/1304 (TeslaLogger's line, named by its vehicle_data call)
    const logger = explain(paste("199-tesla-teslalogger-429-ratelimit-reset-1.txt"), { now });
    expect([logger.provider?.id, logger.provider?.evidence, logger.rule, logger.error!.retryAfter]).toEqual(["tesla", "body shape", "provider.tesla.rate-limited", 45983]);
    // https://github.com/iobroker-community-adapters/ioBroker.tesla-motors/issues/177 (axios: the URL a line below the status)
    const axios = explain(paste("199-tesla-iobroker-429-retry-in-seconds-1.txt"), { now });
    expect([axios.provider?.id, axios.rule, axios.error!.retryable]).toEqual(["tesla", "provider.tesla.rate-limited", true]);
    // https://github.com/teslamate-org/teslamate/issues/3965 (the China Owner API host, owner-api.vn.cloud.tesla.cn)
    const china = explain(paste("168-tesla-owner-api-429-retry-after-1.txt"), { now });
    expect([china.provider?.id, china.provider?.evidence]).toEqual(["tesla", "request URL host owner-api.vn.cloud.tesla.cn"]);
  });

  test("its clients name it", () => {
    // TeslaPy's VehicleError (its sync_wake_up's) and tesla_fleet_api's exceptions, as a traceback names them
    expect(identifyByClient("teslapy.VehicleError: Model 3 not woken up within 60 seconds")?.provider.id).toBe("tesla");
    expect(identifyByClient("tesla_fleet_api.exceptions.VehicleOffline: The vehicle is not 'online'.")?.provider.id).toBe("tesla");
  });

  test("an OAuth-like body in other words, and a bare \"vehicle is not available\", are not Tesla's", () => {
    // Constructed: the `{"response", "error", "error_description"}` shape with a generic error
    const other = explain('HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"response":null,"error":"not_found","error_description":""}', { now });
    expect(other.provider).toBeUndefined();
    // Constructed: another API's 503 in those words, without Tesla's `error_description`; and another API's 408, retried
    const words = explain('HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n{"error":"vehicle is not available"}', { now });
    expect([words.provider, words.error!.retryable]).toEqual([undefined, true]);
    const timeout = explain("HTTP/1.1 408 Request Timeout\nContent-Type: text/plain\n\nrequest timed out", { now });
    expect([timeout.provider, timeout.rule, timeout.error!.retryable]).toEqual([undefined, "provider.408", true]);
  });
});

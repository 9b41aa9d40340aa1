/**
 * Tesla (the Fleet API at fleet-api.prd.{na,eu}.vn.cloud.tesla.com and fleet-api.prd.cn.vn.cloud.tesla.cn, its OAuth server at
 * auth.tesla.com and fleet-auth.prd.vn.cloud.tesla.com; and the retired Owner API at owner-api.teslamotors.com): an error is
 * `{"response": null, "error": "...", "error_description": ""}`, the words in `error`, a shape too close to OAuth's to name it
 * alone; its own words do. Four answers change the action:
 * - 408 (and, from the vehicle command proxy, 500 or 503) "vehicle unavailable: vehicle is offline or asleep": the car is asleep
 *   or has no connection. A call does not wake it, so retrying the same call meets the same answer: wake it (`wake_up`) and call
 *   again once it is online. The generic rules read a 408 as a passing timeout, retried at once.
 * - 403 "Unauthorized missing scopes" (naming the scope: "Unauthorized missing scopes vehicle_location for vehicle data access"):
 *   the token lacks a scope the owner did not grant; they authorize the app again granting it (`/authorize` with
 *   `prompt_missing_scopes=true` asks for the scopes not yet granted).
 * - 412 "Account ... must be registered in the current region": the app's partner account is not registered on this region's
 *   Fleet API (`POST /api/1/partner_accounts` with a partner token), a fix to the app, not to the call or the user's grant.
 *   The Owner API's refusals ("Endpoint is only available on fleetapi", 412; "forbidden, see https://developer.tesla.com/docs/fleet-api",
 *   403) say the same of a client still on the Owner API: move it to the Fleet API.
 * - 429: over a rate limit, with `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` and `Retry-After`, and the body
 *   "Retry in 51499 seconds" (a daily limit's reset, hours away): the generic rules read the headers, the signal the words.
 * Responses carry `x-txid`, the id Tesla's support asks for (the Fleet API also repeats it in the body's `txid`).
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/**
 * The car asleep or offline, as the Fleet API, the vehicle command proxy and the Owner API word it ("vehicle unavailable: vehicle
 * is offline or asleep"; in 2023 "vehicle is not available").
 */
const UNAVAILABLE = /^vehicle (?:unavailable\b|is not available$)/;
/** The same words in a text a client printed (TeslaMate's `"error" => "vehicle unavailable: ..."`, a proxy's JSON). */
const UNAVAILABLE_TEXT = /vehicle unavailable: (?:vehicle is offline or asleep|\{:error=>)|"error": ?"vehicle is not available"/;
/** A token without a scope the call needs, and the scope when the words name it. */
const MISSING_SCOPES = /^Unauthorized missing scopes\b/;
const MISSING_SCOPES_TEXT = /Unauthorized missing scopes\b/;
const SCOPE = /Unauthorized missing scopes ((?!for\b)[a-z][a-z_]{1,40})/;
/** The app's partner account not registered in this region. */
const NOT_REGISTERED = /^Account \S{1,100} must be registered in the current region\b/;
const NOT_REGISTERED_TEXT = /Account \S{1,100} must be registered in the current region\b/;
/** The Owner API closed to the client: its 412 and its later 403. */
const FLEET_ONLY = /^(?:Endpoint is only available on fleetapi\b|forbidden, see https:\/\/developer\.tesla\.com\/docs\/fleet-api)/;
const FLEET_ONLY_TEXT = /Endpoint is only available on fleetapi\b|forbidden, see https:\/\/developer\.tesla\.com\/docs\/fleet-api/;
/** Its 429's words (a text body): the seconds to the limit's reset. */
const RETRY_IN_TEXT = /Retry in (\d{1,7}) seconds/;
/** TeslaLogger's printout of the 429's reset header (`ratelimit-remaining: 0, ratelimit-reset: 45983`). */
const RESET_PRINTED = /ratelimit-remaining: 0, ratelimit-reset: (\d{1,7})\b/;

/** A call to its vehicle data endpoint asking for the sections its docs list. */
const VEHICLE_DATA_CALL = /vehicle_data\?endpoints=(?:charge_state|climate_state|closures_state|drive_state|gui_settings|location_data|charge_schedule_data|preconditioning_schedule_data|vehicle_config|vehicle_state|vehicle_data_combo)\b/;

/**
 * Its words as the body's `error`, as a body a client printed alone, or printed around the response (TeslaMate logs the status on
 * one line and the body as an Elixir map on the next; requests puts the words in its reason phrase).
 */
const said = (words: RegExp, text: RegExp): Match => ({ any: [{ json: "error", matches: words }, { text }, { printed: text }] });

export const tesla = provider({
  id: "tesla",
  name: "Tesla",
  // vn.cloud.tesla.com: the Fleet API of North America and Asia-Pacific (fleet-api.prd.na.), of Europe (fleet-api.prd.eu.) and
  // its OAuth server (fleet-auth.prd.); vn.cloud.tesla.cn: China's. auth.tesla.com and auth.tesla.cn: the OAuth server of the
  // third-party tokens. owner-api.teslamotors.com: the Owner API, closed to third parties. Each serves its API only.
  hosts: ["vn.cloud.tesla.com", "vn.cloud.tesla.cn", "auth.tesla.com", "auth.tesla.cn", "owner-api.teslamotors.com"],
  apiOnlyHosts: true,
  // TeslaPy (`site-packages/teslapy/`, `teslapy.VehicleError`), tesla_fleet_api (Python: `tesla_fleet_api.exceptions.VehicleOffline`),
  // teslajsonpy (`teslajsonpy.exceptions.TeslaException`), TeslaMate (Elixir: `TeslaApi.Error`), TeslaAPI (.NET:
  // `TeslaAPI.Exceptions.TeslaApiRequestUnsuccessfulException`), TeslaSwift. Classes starting `Tesla` (`TeslaFleetError`, `TeslaException`).
  clients: { packages: ["teslapy", "tesla_fleet_api", "teslajsonpy", "TeslaApi", "TeslaAPI", "TeslaSwift"], classes: ["Tesla"] },
  requestIdHeaders: ["x-txid"],
  // The Fleet API's body repeats its `x-txid` as `txid`; TeslaMate prints that body as an Elixir map (`"txid" => "aa5f..."`).
  bodyRequestId: ["txid", { printed: /"txid"(?: =>|:) ?"([0-9a-f]{16,64})"/ }],
  fingerprints: {
    body: {
      any: [
        // Its own words: the car asleep, a scope missing, the partner account unregistered, the Owner API closed, a user in another region.
        { json: "error", matches: /^vehicle unavailable\b/ },
        { all: [{ json: "error", is: "vehicle is not available" }, { json: "error_description" }] },
        { text: UNAVAILABLE_TEXT },
        { json: "error", matches: MISSING_SCOPES },
        { json: "error", matches: NOT_REGISTERED },
        { text: NOT_REGISTERED_TEXT },
        { json: "error", matches: FLEET_ONLY },
        { text: FLEET_ONLY_TEXT },
        { json: "error", matches: /^user out of region, use base URL: https:\/\/fleet-api\./ },
        // A client's log of a call to its vehicle data endpoint with the sections its docs name (TeslaLogger's "cmd: vehicle_data?endpoints=drive_state").
        { text: VEHICLE_DATA_CALL },
      ],
    },
  },
  message: ["error", "error_description"],
  signals: {
    // The car is asleep or offline: wake it, then call again; the same call alone does not wake it.
    "provider.tesla.vehicle-unavailable": {
      when: said(UNAVAILABLE, UNAVAILABLE_TEXT),
      error: "ProviderAPIError",
      retryable: false,
    },
    // Its docs: a 408 from a vehicle call "tends to mean the device is offline"; a printout may keep the status alone.
    "provider.tesla.vehicle-offline": {
      status: [408],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: false,
    },
    // A token without a scope the call needs: the owner authorizes the app again, granting the scope.
    "provider.tesla.missing-scopes": {
      status: [401, 403],
      when: said(MISSING_SCOPES, MISSING_SCOPES_TEXT),
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error", capture: SCOPE }, { text: SCOPE }, { printed: SCOPE }],
    },
    // The app's partner account is not registered in this region: register it (`POST /api/1/partner_accounts`).
    "provider.tesla.not-registered": {
      when: said(NOT_REGISTERED, NOT_REGISTERED_TEXT),
      error: "ProviderAPIError",
      retryable: false,
    },
    // The Owner API refuses the client: move it to the Fleet API.
    "provider.tesla.owner-api-closed": {
      when: said(FLEET_ONLY, FLEET_ONLY_TEXT),
      error: "ProviderAPIError",
      retryable: false,
    },
    // Its rate limits: the body names the seconds to the reset (a daily limit's, hours away).
    "provider.tesla.rate-limited": {
      status: [429],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ text: RETRY_IN_TEXT }, { text: RESET_PRINTED }],
    },
  },
});

export const teslaDocs: ProviderDocs<typeof tesla> = {
  docs: [
    { title: "Fleet API conventions (response format, response codes)", url: "https://developer.tesla.com/docs/fleet-api/getting-started/conventions" },
    { title: "Fleet API FAQ (429, 408, \"Unauthorized missing scopes\")", url: "https://developer.tesla.com/docs/fleet-api/support/faq" },
    { title: "Partner endpoints (registering the partner account in each region)", url: "https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints" },
    { title: "Base URLs by region", url: "https://developer.tesla.com/docs/fleet-api/getting-started/base-urls" },
    { title: "Billing and limits", url: "https://developer.tesla.com/docs/fleet-api/billing-and-limits" },
  ],
  requestIdSource: "https://developer.tesla.com/docs/fleet-api/support/contact",
  answers: {
    scope: {
      rules: ["provider.tesla.missing-scopes"],
      note: "403 \"Unauthorized missing scopes\" (the Fleet API sometimes names it: \"Unauthorized missing scopes vehicle_location for vehicle data access\"): the token lacks a scope the endpoint needs (`vehicle_device_data`, `vehicle_location`, `vehicle_cmds`, `vehicle_charging_cmds`, `energy_device_data`, ...), usually one the owner unticked. Tesla's FAQ: the owner must grant it in the authorization flow; `/authorize` with `prompt_missing_scopes=true` asks them for the scopes they have not granted (vehicle-command#63 and #123 found a later consent left the scopes as they were until the earlier one was revoked). The token's `scp` claim lists what it has.",
    },
    credential: {
      rules: ["provider.401", "provider.invalid-client"],
      note: "An expired or revoked access token answers 401: refresh it with the refresh token (the `offline_access` scope; each refresh returns a new one, and Tesla's FAQ gives refresh tokens three months). \"We don't recognize this client_id and client_secret combination\" (`unauthorized_client`) is the app's credentials at the token endpoint: fix the app's configuration.",
    },
    rateLimit: {
      rules: ["provider.tesla.rate-limited", "provider.rate-limit-spent"],
      note: "Over a limit, 429 with `RateLimit-Limit`, `RateLimit-Remaining: 0`, `RateLimit-Reset` (seconds) and `Retry-After`, and the body \"Retry in 51499 seconds\": wait for it. Tesla's FAQ calls a 429 \"an indication of faulty application logic\": the limits (per vehicle and per day for data, commands and wakes when they applied) allow more than an application should use. A vehicle that is asleep answers 408, not 429: see the next column.",
    },
    notRetryable: {
      rules: ["provider.tesla.vehicle-unavailable", "provider.tesla.vehicle-offline", "provider.tesla.not-registered", "provider.tesla.owner-api-closed"],
      note: "408 \"vehicle unavailable: vehicle is offline or asleep\" (500 or 503 through the vehicle command proxy): wake the car (`POST /api/1/vehicles/{id}/wake_up`, billed and limited) and call again once its `state` is `online`, or wait for it to wake; the same call repeated does not wake it. 412 \"Account ... must be registered in the current region\": register the app's partner account on this region's base URL. 421 \"user out of region, use base URL: ...\": call the base URL it names. The Owner API's 412 \"Endpoint is only available on fleetapi\" and 403 \"forbidden, see https://developer.tesla.com/docs/fleet-api\": the client must use the Fleet API.",
    },
  },
  notes: [
    "Quote the `x-txid` response header to Tesla's support (its contact page asks for it with the client id); the Fleet API also puts it in the error body's `txid`.",
    "The vehicle command proxy answers a sleeping car with 500 or 503 and the same \"vehicle unavailable\" words (vehicle-command#226): the words decide, whatever the status.",
  ],
  signals: {
    "provider.tesla.vehicle-unavailable": {
      statement:
        "Tesla answers a call to a car that is asleep or offline with 408 \"vehicle unavailable: vehicle is offline or asleep\" (500 or 503 through its vehicle command proxy): a ProviderAPIError that is not retryable as it stands, since the call does not wake the car; wake it (`wake_up`) and call again once it is online.",
      action: "Wake the car (`wake_up`) and call again once it is online; repeating the same call does not wake it.",
      source: "https://developer.tesla.com/docs/fleet-api/support/faq",
      examples: [
        {
          source: "https://github.com/teslamotors/vehicle-command/issues/10",
          reconstructed: "status line added (the issue says the endpoint answered HTTP 408 with this body)",
          text: `HTTP/1.1 408 Request Timeout
Content-Type: application/json

{
    "response": null,
    "error": "vehicle unavailable: vehicle is offline or asleep",
    "error_description": ""
}`,
        },
        {
          source: "https://github.com/teslamotors/vehicle-command/issues/226",
          text: `500: {"response":null,"error":"vehicle unavailable: vehicle is offline or asleep","error_description":""}`,
        },
      ],
    },
    "provider.tesla.vehicle-offline": {
      statement:
        "Tesla's FAQ: a 408 from a vehicle call \"tends to mean the device is offline\" or asleep, so it \"might need to wake it up\": a ProviderAPIError that is not retryable as it stands, even when the paste kept the status without the words; wake the car, then call again.",
      action: "Wake the car (`wake_up`), then call again once it is online; repeating the same call meets the same answer.",
      source: "https://developer.tesla.com/docs/fleet-api/support/faq",
      examples: [
        {
          source: "https://github.com/teslamate-org/teslamate/issues/1472",
          text: `2021-03-24 12:17:38.080 [error] Vehicle Error: Vehicle is offline
2021-03-24 12:17:55.117 [info] GET https://owner-api.teslamotors.com/api/1/vehicles/redacted/vehicle_data -> 408 (243.364 ms)`,
        },
      ],
    },
    "provider.tesla.missing-scopes": {
      statement:
        "Tesla answers a call the token has no scope for with 403 \"Unauthorized missing scopes\", naming the scope when it does (\"Unauthorized missing scopes vehicle_location for vehicle data access\"): a ScopeReauthRequiredError; the owner authorizes the app again granting the scope (the scopes the token holds are in its `scp` claim).",
      action: "Have the car's owner authorize the app again granting the scope in `missingScopes` (`/authorize` with `prompt_missing_scopes=true`).",
      source: "https://developer.tesla.com/docs/fleet-api/support/faq",
      examples: [
        {
          source: "https://github.com/teslamate-org/teslamate/issues/5419",
          text: `teslamate-teslamate-1  | 2026-06-16 07:17:08.176 [info] GET https://fleet-api.prd.eu.vn.cloud.tesla.com/api/1/vehicles/XXXXXXXX/vehicle_data -> 403 (43.398 ms)
teslamate-teslamate-1  | 2026-06-16 07:17:08.177 [warning] TeslaApi.Error / %{"error" => "Unauthorized missing scopes vehicle_location for vehicle data access", "error_description" => "", "response" => nil, "txid" => "aa5ff46b3fe3355945445a3c548a2650"}`,
        },
        {
          source: "https://github.com/teslamotors/vehicle-command/issues/199",
          reconstructed: "status line added (Tesla's FAQ: \"Unauthorized missing scopes\" is a 403)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"response":null,"error":"Unauthorized missing scopes","error_description":""}`,
        },
      ],
    },
    "provider.tesla.not-registered": {
      statement:
        "Tesla answers a call from an app whose partner account is not registered in the region called with 412 \"Account ... must be registered in the current region\": a ProviderAPIError that is not retryable; register the partner account on that region's base URL (`POST /api/1/partner_accounts` with a partner token), then call again.",
      action: "Register the app's partner account on this region's base URL (`POST /api/1/partner_accounts` with a partner token), then call again.",
      source: "https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints",
      examples: [
        {
          source: "https://github.com/teslamotors/vehicle-command/issues/195",
          text: `HTTP Error Code 412
{"error":"Account [client-id] must be registered in the current region https://fleet-api.prd.na.vn.cloud.tesla.com/, please see https://developer.tesla.com/docs/fleet-api#register"}`,
        },
      ],
    },
    "provider.tesla.owner-api-closed": {
      statement:
        "Tesla's Owner API refuses a client it no longer serves with 412 \"Endpoint is only available on fleetapi. Visit https://developer.tesla.com/docs for more info\" or 403 \"forbidden, see https://developer.tesla.com/docs/fleet-api\": a ProviderAPIError that is not retryable; a new Owner API token does not help, the client must move to the Fleet API.",
      action: "Move the client from the Owner API to the Fleet API; a new Owner API token does not help.",
      source: "https://github.com/teslamate-org/teslamate/issues/5384",
      examples: [
        {
          source: "https://github.com/alandtse/tesla/issues/844",
          text: `2024-01-31 08:47:07.162 DEBUG (MainThread) [teslajsonpy.connection] get: https://owner-api.teslamotors.com/api/1/vehicles {}
2024-01-31 08:47:07.379 DEBUG (MainThread) [teslajsonpy.connection] 412: {"response":null,"error":"Endpoint is only available on fleetapi. Visit https://developer.tesla.com/docs for more info","error_description":""}`,
        },
        {
          source: "https://github.com/tdorssers/TeslaPy/pull/176",
          text: `  File "/home/jcompost/.local/lib/python3.9/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
  requests.exceptions.HTTPError: 403 Client Error: forbidden, see https://developer.tesla.com/docs/fleet-api for url: https://owner-api.teslamotors.com/api/1/products`,
        },
      ],
    },
    "provider.tesla.rate-limited": {
      statement:
        "Tesla answers a call over a rate limit with 429, `RateLimit-Remaining: 0`, `RateLimit-Reset` and `Retry-After`, and the body \"Retry in 51499 seconds\": a retryable ProviderAPIError whose wait is `Retry-After`, else the seconds the body (or a client's printout of `ratelimit-reset`) names.",
      action: "Wait the `Retry-After` seconds (`err.retryAfter`, or those the body's \"Retry in N seconds\" names), then send the same call again.",
      source: "https://developer.tesla.com/docs/fleet-api/support/faq",
      examples: [
        {
          source: "https://github.com/teslamotors/fleet-telemetry/issues/184",
          reconstructed: "status line added (the issue quotes the headers of a vehicle_data call's 429, as here, with a blank before one colon dropped)",
          text: `HTTP/1.1 429 Too Many Requests
ratelimit-limit: 200
ratelimit-remaining: 0
ratelimit-reset: 14692
retry-after: 146092`,
        },
        {
          source: "https://github.com/iobroker-community-adapters/ioBroker.tesla-motors/issues/177",
          text: `tesla-motors.0	2024-06-15 11:41:41.854	error	"Retry in 51499 seconds\\n"
tesla-motors.0	2024-06-15 11:41:41.854	error	AxiosError: Request failed with status code 429
tesla-motors.0	2024-06-15 11:41:41.853	error	https://owner-api.teslamotors.com/api/1/vehicles/CENSORED/vehicle_data`,
        },
        {
          source: "https://github.com/bassmaster187/TeslaLogger/issues/1304",
          text: `24.06.2024 13:13:37 : #2[Thread Pool Worker:7]: Command: vehicle_data?endpoints=drive_state&let_sleep=true [0]
24.06.2024 13:13:37 : #2[Thread Pool Worker:7]: Result.Statuscode: 429 (TooManyRequests) cmd: vehicle_data?endpoints=drive_state&let_sleep=true Sleep: 45983000ms, ratelimit-limit: 300, ratelimit-remaining: 0, ratelimit-reset: 45983, sleep till: 25.06.2024 02:00:00, FleetAPI`,
        },
      ],
    },
  },
};

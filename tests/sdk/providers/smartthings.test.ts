/**
 * SmartThings: named by its error body (the request id at the top, a code of its table under `error`), api.smartthings.com and
 * its clients (`pysmartthings`, `@smartthings/core-sdk`); its body's `requestId` is the request id. Its 429 `TooManyRequestError`
 * waits the milliseconds its details name; its 422 and 409 keep their status's answer. A `requestId` beside a code of no
 * SmartThings table is not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("smartthings", () => {
  test("its 429 waits the milliseconds its details name, its request id quoted", () => {
    // https://github.com/home-assistant/core/issues/134355 (pysmartthings' APIResponseError)
    const py = explain(paste("179-smartthings-pysmartthings-429-1.txt"), { now });
    expect([py.provider?.id, py.provider?.evidence, py.rule, py.error!.name, py.error!.retryable, py.error!.retryAfter, py.error!.requestId]).toEqual([
      "smartthings",
      "body shape",
      "provider.smartthings.too-many-requests",
      "ProviderAPIError",
      true,
      14,
      "3647079359088434476",
    ]);
    // https://github.com/o-lukas/homebridge-smartthings-tv/issues/466 (axios' message, the body after it)
    const axios = explain(paste("179-smartthings-homebridge-tv-429-1.txt"), { now });
    expect([axios.provider?.id, axios.rule, axios.error!.retryAfter, axios.error!.requestId]).toEqual(["smartthings", "provider.smartthings.too-many-requests", 44, "2196889560918268466"]);
  });

  test("the CLI's 422 names it by its body, keeps the details' message and quotes the request id; a 409 is not retried", () => {
    // https://github.com/SmartThingsCommunity/smartthings-cli/issues/131
    const cli = explain(paste("199-smartthings-cli-422-constraintviolation-1.txt"), { now });
    expect([cli.provider?.id, cli.provider?.evidence, cli.rule, cli.error!.retryable, cli.error!.requestId]).toEqual([
      "smartthings",
      "body shape",
      "provider.error",
      false,
      "60B2BB99-82E4-40BE-BBBF-4509D8905CA5",
    ]);
    expect(cli.error!.message).toContain("1 is not a valid value.");
    // https://github.com/TA2k/ioBroker.smartthings/issues/3 (the body it logged; status line added)
    const conflict = explain(
      'HTTP/1.1 409 Conflict\nContent-Type: application/json\n\n{"requestId":"4D49516B-578A-4DE1-95A1-0C89CC930F8F","error":{"code":"ConflictError","message":"invalid device state","details":[]}}',
      { now },
    );
    expect([conflict.provider?.id, conflict.rule, conflict.error!.retryable, conflict.error!.requestId]).toEqual(["smartthings", "provider.error", false, "4D49516B-578A-4DE1-95A1-0C89CC930F8F"]);
  });

  test("its host and its clients name it", () => {
    // Constructed: a call to api.smartthings.com answered 401 without a body (its gateway's HTML page dropped)
    const host = explain("GET https://api.smartthings.com/v1/devices\nHTTP/1.1 401 Unauthorized", { now });
    expect([host.provider?.id, host.error!.name]).toEqual(["smartthings", "ProviderUnauthorizedError"]);
    // pysmartthings' errors and the @smartthings/core-sdk package, as a traceback and a stack trace name them
    expect(identifyByClient("pysmartthings.errors.APIResponseError: Too Many Requests (429)")?.provider.id).toBe("smartthings");
    expect(identifyByClient("    at EndpointClient.request (/app/node_modules/@smartthings/core-sdk/dist/endpoint-client.js:122:19)")?.provider.id).toBe("smartthings");
  });

  test("a request id beside a code of no SmartThings table is not its body", () => {
    // Constructed: another API's `{"requestId", "error": {"code", "message"}}`
    const other = explain('HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{"requestId":"abc","error":{"code":"ValidationError","message":"bad","details":[]}}', { now });
    expect(other.provider).toBeUndefined();
  });
});

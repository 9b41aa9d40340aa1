/**
 * IPinfo: named by ipinfo.io and by its own words for a spent allowance (its JSON "You've hit the daily limit for the
 * unauthenticated API", its older text bodies that link ipinfo.io/pricing, gluetun's line naming the ipinfo URL it called); a
 * spent allowance is not retried in seconds, whatever a client around it says ("Geocoding API error"). Another API's "Rate limit
 * exceeded" is not its, and is retried.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("ipinfo", () => {
  test("its older text bodies for a spent allowance are named by their words and not retried", () => {
    for (const file of [
      // https://github.com/data-skeptic/dataskeptic.com/issues/740 (an axios response object)
      "196-ipinfo-node-axios-429-rate-limit-1.txt",
      // https://github.com/alexreisner/geocoder/issues/1363 (the geocoder gem's lines, which name no Google API)
      "196-ipinfo-ruby-geocoder-429-rate-limit-1.txt",
    ]) {
      const x = explain(paste(file), { now });
      expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable], file).toEqual(["ipinfo", "body shape", "provider.ipinfo.quota-spent", false]);
    }
  });

  test("its JSON body for the unauthenticated daily limit is not retried", () => {
    // https://github.com/navilg/godaddy-ddns/issues/23 (curl ipinfo.io/json; the body's `status` says 429)
    const x = explain(paste("196-ipinfo-curl-429-daily-limit-json-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.retryable]).toEqual(["ipinfo", "provider.ipinfo.quota-spent", false]);
  });

  test("gluetun's 403 for the month's quota is named by the ipinfo URL it printed, and not retried", () => {
    // https://github.com/passteque/gluetun/issues/2510
    const x = explain(paste("196-ipinfo-gluetun-403-monthly-quota-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable]).toEqual(["ipinfo", "provider.ipinfo.quota-spent", "ProviderAPIError", false]);
  });

  test("another API's \"Rate limit exceeded\" is not IPinfo's, and waits", () => {
    // Salesforce Marketing Cloud's 429 (https://developer.salesforce.com/docs/atlas.en-us.noversion.mc-apis.meta/mc-apis/rate-limiting-errors.htm)
    const x = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json; charset=utf-8\nRetry-After: 5\n\n{"message":"Rate limit exceeded","errorcode":50100,"retryAfter":5}', { now });
    expect([x.provider, x.error!.retryable, x.error!.retryAfter]).toEqual([undefined, true, 5]);
    const geocoder = explain("Geocoding API error: 429 Too Many Requests\nGeocoding API's response was not valid JSON: Rate limit exceeded. Try again later.", { now });
    expect(geocoder.provider?.id).not.toBe("ipinfo");
  });
});

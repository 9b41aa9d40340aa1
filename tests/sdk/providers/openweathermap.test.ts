/**
 * OpenWeatherMap: named by openweathermap.org and by the pages its messages link (the FAQ's `#error401`, its price list); its 429
 * for an account over its subscription is not retried (the generic credits-spent rule), its 401 is a key to replace. Another
 * API's "temporarily blocked" is not its.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("openweathermap", () => {
  test("the account blocked over its subscription is named by its price link and not retried", () => {
    // https://github.com/dblock/open-weather-ruby-client/issues/17 (its line break inside the message as pasted)
    const x = explain(paste("196-openweathermap-ruby-429-account-blocked-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable]).toEqual(["openweathermap", "body shape", "provider.429.credits-spent", false]);
  });

  test("an invalid key is named by its FAQ link, and a call to api.openweathermap.org by its host", () => {
    // The 401 of https://github.com/Akylas/oss-weather/issues/57 (its message; the body as the API sends it, status line added)
    const key = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"cod":401, "message": "Invalid API key. Please see https://openweathermap.org/faq#error401 for more info."}', { now });
    expect([key.provider?.id, key.provider?.evidence, key.rule, key.error!.name]).toEqual(["openweathermap", "body shape", "provider.401", "ProviderUnauthorizedError"]);
    // https://github.com/talkpython/100daysofweb-with-python-course/issues/7
    const host = explain(paste("196-openweathermap-python-401-no-appid-1.txt"), { now });
    expect([host.provider?.id, host.provider?.evidence, host.error!.name]).toEqual(["openweathermap", "request URL host api.openweathermap.org", "ProviderUnauthorizedError"]);
  });

  test("another API's temporary block, and a bare cod body, are not OpenWeatherMap's", () => {
    // Salesforce Marketing Cloud's 429 (https://developer.salesforce.com/docs/atlas.en-us.noversion.mc-apis.meta/mc-apis/rate-limiting-errors.htm)
    const sfmc = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json; charset=utf-8\n\n{"message":"Your requests are temporarily blocked.","errorcode":50200,"documentation":"https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm"}', { now });
    expect(sfmc.provider).toBeUndefined();
    expect(explain('HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"cod":"404","message":"not found"}', { now }).provider).toBeUndefined();
  });
});

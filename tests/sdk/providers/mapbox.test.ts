/**
 * Mapbox: named by mapbox.com (a request URL, or an API call printed in a console line), its clients and its own words for a
 * missing scope; a 429 waits for `X-Rate-Limit-Reset`, which the generic rules read only beside a remaining count Mapbox no longer
 * sends. `{"message": "Forbidden"}` alone, Crossref's `X-Rate-Limit-*` headers, and a script that only says "mapbox" are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("mapbox", () => {
  test("a rate-limited call waits for X-Rate-Limit-Reset", () => {
    // The response Mapbox's own SDK test builds (mapbox/mapbox-directions-swift, DirectionsTests.swift), read a minute before its reset.
    const x = explain(
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nX-Rate-Limit-Interval: 60\nX-Rate-Limit-Limit: 600\nX-Rate-Limit-Reset: 1479460584\n\n{"message":"Hit rate limit"}',
      { now: Date.parse("2016-11-18T09:15:24Z"), providerId: "mapbox" },
    );
    expect([x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["provider.mapbox.rate-limited", true, 60]);
    // The same answer from a call to api.mapbox.com, named by its host.
    const called = explain(
      "GET https://api.mapbox.com/geocoding/v5/mapbox.places/Chester.json?access_token=pk.FAKE\nHTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nX-Rate-Limit-Interval: 60\nX-Rate-Limit-Limit: 600\nX-Rate-Limit-Reset: 1767225630\n\n{\"message\":\"Too Many Requests\"}",
      { now },
    );
    expect([called.provider?.id, called.rule, called.error!.retryable, called.error!.retryAfter]).toEqual(["mapbox", "provider.mapbox.rate-limited", true, 30]);
  });

  test("a token without a scope names it, and names Mapbox by its words", () => {
    // https://github.com/mapbox/mapbox-sdk-js/issues/281 (status line added: Mapbox's troubleshooting page gives 403)
    const x = explain('HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message":"This API requires a token with styles:list scope."}', { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, (x.error as { missingScopes?: unknown }).missingScopes]).toEqual([
      "mapbox",
      "body shape",
      "provider.mapbox.missing-scope",
      "ScopeReauthRequiredError",
      ["styles:list"],
    ]);
  });

  test("a browser's 401 line and a QGIS plugin's 422 name Mapbox by the calls they printed, and are not retried", () => {
    // https://github.com/cugos/cugos.github.com/issues/141 (a static map's tile with an expired token)
    const browser = explain(paste("124-mapbox-401-browser-console-1.txt"), { now });
    expect([browser.provider?.id, browser.provider?.evidence, browser.rule, browser.error!.retryable]).toEqual(["mapbox", "an API call in the paste to api.tiles.mapbox.com", "provider.401", false]);
    // https://github.com/routing-earth/network-analyst-qgis-plugin/issues/6 (Valhalla on api.mapbox.com)
    const qgis = explain(paste("189-mapbox-valhalla-qgis-422-1.txt"), { now });
    expect([qgis.provider?.id, qgis.provider?.evidence, qgis.error!.retryable]).toEqual(["mapbox", "request URL host api.mapbox.com", false]);
  });

  test("a rejected token is a credential to replace", () => {
    // https://github.com/arank/marauders-map/issues/10 (the body of a.tiles.mapbox.com's answer; status line added)
    const x = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Not Authorized - Invalid Token"}', { now, providerId: "mapbox" });
    expect([x.rule, x.error!.name]).toEqual(["provider.401", "ProviderUnauthorizedError"]);
  });

  test("a script that only says map_service = \"mapbox\", Crossref's rate-limit headers and a bare Forbidden are not Mapbox's", () => {
    // https://github.com/16EAGLE/moveVis/issues/74: curl's 401 for a Mapbox call no URL of which is shown.
    const movevis = explain(paste("196-mapbox-r-movevis-401-invalid-token-1.txt"), { now });
    expect([movevis.provider, movevis.error!.name]).toEqual([undefined, "ProviderUnauthorizedError"]);
    const crossref = explain("HTTP/1.1 429 Too Many Requests\nRetry-After: 5\nX-Rate-Limit-Limit: 10\nX-Rate-Limit-Interval: 1s\n\n", { now });
    expect([crossref.provider, crossref.error!.retryAfter]).toEqual([undefined, 5]);
    expect(explain('HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message":"Forbidden"}', { now }).provider).toBeUndefined();
  });
});

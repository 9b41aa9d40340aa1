/**
 * Klaviyo: named by klaviyo.com, its clients (`klaviyo-api`, `klaviyo_api`, `KlaviyoAPI`) and its own words and links (a 409's
 * "A profile already exists with one of these identifiers.", a 429's link to its rate-limit docs); the error's `id` is quoted as
 * the request id. The generic rules answer its 401, its 403 for a missing scope (naming it) and its 429. A JSON:API error list
 * alone, or Django REST Framework's throttle in it, is not Klaviyo's.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("klaviyo", () => {
  test("a 409 duplicate_profile is named by its words and its existing profile's id, its error id quoted, not retried", () => {
    // https://github.com/klaviyo/klaviyo-api-node/issues/74 (the body as pasted, cut after `source.pointer`)
    const cut = explain(paste("196-klaviyo-node-409-duplicate-profile-1.txt"), { now });
    expect([cut.provider?.id, cut.provider?.evidence, cut.rule, cut.error!.retryable, cut.error!.requestId]).toEqual([
      "klaviyo",
      "body shape",
      "provider.error",
      false,
      "853cbd75-0a3b-40ab-a13f-d729ff826844",
    ]);
    // https://github.com/klaviyo/klaviyo-api-node/issues/75 (whole, with `meta.duplicate_profile_id`)
    const whole = explain(paste("103-jsonapi-errors-status-409-1.txt"), { now });
    expect([whole.provider?.id, whole.error!.retryable, whole.error!.requestId]).toEqual(["klaviyo", false, "bf03176f-c362-4731-8c90-3f5da9c30fc7"]);
  });

  test("klaviyo-api's 429 error object is named by its docs link and waits the second its words name", () => {
    // https://github.com/klaviyo/klaviyo-api-node/issues/66
    const x = explain(paste("103-klaviyo-expected-available-in-429-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.error!.retryable, x.error!.retryAfter, x.error!.requestId]).toEqual([
      "klaviyo",
      "body shape",
      true,
      1,
      "8c8f4aea-7289-4a13-b697-5dd5dde38f1e",
    ]);
  });

  test("KlaviyoAPI::ApiError names Klaviyo; a rejected private key is a credential to replace, its error id quoted", () => {
    // The 401 body klaviyo4s captured from /api/accounts/ with an invalid private key
    // (https://github.com/alexdupre/klaviyo4s, modules/core/src/test/scala/com/alexdupre/klaviyo/core/ErrorDocumentSpec.scala).
    const body = '{"errors":[{"id":"cc68708d-d834-4314-9cb4-cfe515b6bd6e","status":401,"code":"not_authenticated","title":"Authentication credentials were not provided.","detail":"Missing or invalid private key.","source":{"pointer":"/data/"}}]}';
    // As klaviyo-api-ruby's KlaviyoAPI::ApiError prints a failed call (its lines in https://github.com/klaviyo/klaviyo-api-ruby/issues/39),
    // once below the line Ethon logged for the call, once alone.
    const printed = `(irb):13:in '<main>': Error message: the server returns an error (KlaviyoAPI::ApiError)\nHTTP status code: 401\nResponse headers: {"server" => "cloudflare", "content-type" => "application/vnd.api+json"}\nResponse body: ${body}`;
    const x = explain(`ETHON: performed EASY effective_url=https://a.klaviyo.com/api/accounts response_code=401 return_code=ok total_time=0.316553\n${printed}`, { now });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.requestId]).toEqual(["klaviyo", "provider.401", "ProviderUnauthorizedError", "cc68708d-d834-4314-9cb4-cfe515b6bd6e"]);
    const client = explain(printed, { now });
    expect([client.provider?.id, client.provider?.evidence, client.error!.name]).toEqual(["klaviyo", "the client in the paste: KlaviyoAPI::ApiError", "ProviderUnauthorizedError"]);
    const named = explain(`HTTP/1.1 401 Unauthorized\nContent-Type: application/vnd.api+json\n\n${body}`, { now, providerId: "klaviyo" });
    expect([named.rule, named.error!.name, named.error!.requestId]).toEqual(["provider.401", "ProviderUnauthorizedError", "cc68708d-d834-4314-9cb4-cfe515b6bd6e"]);
  });

  test("klaviyo-api-php's call to a.klaviyo.com is named by its host, the error id quoted though Guzzle cut the body", () => {
    // https://github.com/klaviyo/klaviyo-api-php/issues/41
    const x = explain(paste("182-klaviyo-php-guzzle-400-truncated-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.error!.retryable, x.error!.requestId]).toEqual(["klaviyo", "request URL host a.klaviyo.com", false, "67ac7dee-5f10-4e1c-9a3a-2abf14a93cc6"]);
  });

  test("a private key missing a scope gets a 403 that names it: the generic scope rule reads it", () => {
    // The detail as https://help.notify-me.io/en/articles/12858113-required-klaviyo-api-permissions-for-contact-syncing-with-notify-me
    // quotes it; the rest is the error object of Klaviyo's OpenAPI file.
    const x = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/vnd.api+json\n\n{"errors":[{"id":"0b5b8a4e-0000-4000-8000-000000000000","status":403,"code":"permission_denied","title":"You do not have permission to perform this action.","detail":"Your API key is missing required scopes: profiles:write","source":{"pointer":"/data/"}}]}',
      { now, providerId: "klaviyo" },
    );
    expect([x.rule, x.error!.name, (x.error as { missingScopes?: unknown }).missingScopes]).toEqual(["provider.403.insufficient-scope-body", "ScopeReauthRequiredError", ["profiles:write"]]);
  });

  test("a JSON:API error list alone, and DRF's throttle in one, are not Klaviyo's", () => {
    const conflict = explain('HTTP/1.1 409 Conflict\nContent-Type: application/vnd.api+json\n\n{"errors":[{"id":"1","status":"409","code":"duplicate","title":"Conflict.","detail":"A record already exists.","source":{"pointer":"/data/attributes/email"}}]}', { now });
    expect(conflict.provider).toBeUndefined();
    const throttled = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/vnd.api+json\n\n{"errors":[{"detail":"Request was throttled. Expected available in 5 seconds.","status":"429","source":{"pointer":"/data"},"code":"throttled"}]}', { now });
    expect([throttled.provider, throttled.error!.retryable, throttled.error!.retryAfter]).toEqual([undefined, true, 5]);
  });
});

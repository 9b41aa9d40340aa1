/**
 * DocuSign: named by its hosts (`*.docusign.net`, account-d.docusign.com), its SDKs (`com.docusign.esign`, `DocuSign.eSign`,
 * `DocuSign_eSign`), its `X-DocuSign-TraceToken` (the request id) and its error codes; `PARTNER_AUTHENTICATION_FAILED` is the app's
 * integration key to fix, not the user's grant, `USER_AUTHENTICATION_FAILED` a credential to replace, and
 * `HOURLY_APIINVOCATION_LIMIT_EXCEEDED` a 400 to retry after the hour (its `X-RateLimit-Reset`, else an hour at most).
 * `consent_required` stays the generic rule's. Another API's `{"errorCode", "message"}` in other codes is not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("docusign", () => {
  test("PARTNER_AUTHENTICATION_FAILED is the app's integration key, not retryable and no credential of the user's", () => {
    // https://github.com/docusign/docusign-esign-java-client/issues/101 (the Java SDK's ApiException)
    const java = explain(paste("198-docusign-java-apiexception-partner-auth-failed-401-1.txt"), { now });
    expect([java.provider?.id, java.provider?.evidence, java.rule, java.error!.name, java.error!.retryable]).toEqual([
      "docusign",
      "body shape",
      "provider.docusign.partner-authentication-failed",
      "ProviderAPIError",
      false,
    ]);
    // https://github.com/docusign/docusign-esign-java-client/issues/191
    const plain = explain(paste("181-docusign-partner-auth-failed-401-1.txt"), { now });
    expect([plain.provider?.id, plain.rule, plain.error!.name]).toEqual(["docusign", "provider.docusign.partner-authentication-failed", "ProviderAPIError"]);
  });

  test("USER_AUTHENTICATION_FAILED is a credential to replace, even serialized by the PHP SDK", () => {
    // https://github.com/Tucker-Eric/Laravel-Docusign/issues/31
    const x = explain(paste("174-docusign-php-serialized-401-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable]).toEqual(["docusign", "provider.docusign.user-authentication-failed", "ProviderUnauthorizedError", false]);
  });

  test("the hourly limit's 400 waits for X-RateLimit-Reset, else an hour at most", () => {
    // https://www.docusign.com/blog/dsdev-from-the-trenches-api-rate-limits (the body; a 400 as Stack Overflow 19682935 shows it)
    const body = '{\n  "errorCode": "HOURLY_APIINVOCATION_LIMIT_EXCEEDED",\n  "message": "The maximum number of hourly API invocations has been exceeded. The hourly limit is 1000."\n}';
    const bare = explain(`HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n${body}`, { now });
    expect([bare.provider?.id, bare.rule, bare.error!.name, bare.error!.retryable, bare.error!.retryAfter]).toEqual([
      "docusign",
      "provider.docusign.hourly-limit",
      "ProviderAPIError",
      true,
      3600,
    ]);
    // With the reset DocuSign sends (epoch seconds, on the hour: https://github.com/jondkinney/docusign_rest/issues/39 shows the form).
    const reset = Math.floor(now / 1000) + 1200;
    const headed = explain(`HTTP/1.1 400 Bad Request\nContent-Type: application/json\nX-RateLimit-Limit: 1000\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: ${reset}\n\n${body}`, { now });
    expect([headed.rule, headed.error!.retryAfter]).toEqual(["provider.docusign.hourly-limit", 1200]);
  });

  test("its hosts, its SDKs and its trace token name it; consent_required stays the generic rule's", () => {
    // https://github.com/docusign/docusign-ios-sdk/issues/6 (AFNetworking's NSError, its headers printed)
    const ios = explain(paste("119-docusign-ios-401-tracetoken-1.txt"), { now });
    expect([ios.provider?.id, ios.error!.name, ios.error!.requestId]).toEqual(["docusign", "ProviderUnauthorizedError", "d0048f6d-dd39-4988-b159-dd3503ef0fae"]);
    // https://github.com/docusign/docusign-esign-php-client/issues/54
    const php = explain(paste("198-docusign-php-esign-400-error-connecting-1.txt"), { now });
    expect([php.provider?.id, php.error!.retryable]).toEqual(["docusign", false]);
    // https://github.com/docusign/code-examples-csharp/issues/40 (the Java SDK asking for a JWT token before consent)
    const consent = explain(paste("198-docusign-java-apiexception-consent-required-400-1.txt"), { now });
    expect([consent.provider?.id, consent.provider?.evidence, consent.rule, consent.error!.name]).toEqual([
      "docusign",
      "the client in the paste: com.docusign.esign.client.ApiException",
      "provider.400.consent-required",
      "ProviderUnauthorizedError",
    ]);
    // https://github.com/docusign/docusign-esign-ruby-client/issues/8
    expect(identifyByClient("DocuSign_eSign::ApiError: Bad Request")?.provider.id).toBe("docusign");
    // https://github.com/docusign/docusign-esign-csharp-client/issues/341
    expect(identifyByClient("DocuSign.eSign.Client.ApiException\n  HResult=0x80131500")?.provider.id).toBe("docusign");
  });

  test("another API's errorCode body, in its own codes, is not DocuSign's", () => {
    // Pipedrive's answer (pipedrive/client-php#14): `errorCode` beside its words, no DocuSign code
    const other = explain('HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"success":false,"error":"Scope and URL mismatch","errorCode":403}', { now });
    expect(other.provider?.id).not.toBe("docusign");
    const salesforce = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]', { now });
    expect(salesforce.provider?.id).not.toBe("docusign");
    // Constructed: another SDK's constant of the same name (Easemob's `EMError.USER_AUTHENTICATION_FAILED`) printed under a 401
    expect(explain("HTTP/1.1 401 Unauthorized\n\nE/Login: EMError.USER_AUTHENTICATION_FAILED", { now }).provider).toBeUndefined();
  });
});

/**
 * Algolia: named by its hosts (`*.algolia.net`, `*.algolianet.com`), its clients (`AlgoliaSearchError`, `algoliasearch`,
 * `Algolia\AlgoliaSearch`) and its own words; a key without the ACL or the index a call needs is a permission to give the key
 * (the ACL named when the answer names it), a wrong application id or key a credential to replace, a spent plan not retried.
 * Its `Correlation-ID` is the request id. A bare `{"message", "status"}` body in other words, and a generic `ApiError`, are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("algolia", () => {
  test("a key without the index or the ACL is a permission to give the key, however the client printed it", () => {
    // https://github.com/mmistakes/minimal-mistakes/issues/1868 (jekyll-algolia, the Ruby client)
    const ruby = explain(paste("198-algolia-jekyll-403-index-not-allowed-1.txt"), { now });
    expect([ruby.provider?.id, ruby.rule, ruby.error!.name, ruby.error!.retryable]).toEqual(["algolia", "provider.algolia.key-not-allowed", "ScopeReauthRequiredError", false]);
    // https://github.com/algolia/firestore-algolia-search/issues/51 (algoliasearch v4's ApiError, serialized)
    const v4 = explain(paste("198-algolia-js-v4-apierror-403-index-not-allowed-1.txt"), { now });
    expect([v4.provider?.id, v4.provider?.evidence, v4.rule, v4.error!.name]).toEqual(["algolia", "body shape", "provider.algolia.key-not-allowed", "ScopeReauthRequiredError"]);
    // https://github.com/algolia/docsearch-configs/issues/3008 (docsearch.js's console dump of an AlgoliaSearchError)
    const docsearch = explain(paste("198-algolia-docsearch-js-403-method-not-allowed-1.txt"), { now });
    expect([docsearch.provider?.id, docsearch.provider?.evidence, docsearch.rule, docsearch.error!.name]).toEqual([
      "algolia",
      "the client in the paste: AlgoliaSearchError",
      "provider.algolia.key-not-allowed",
      "ScopeReauthRequiredError",
    ]);
  });

  test("the Query Suggestions API's 401 names the ACL the key lacks: a scope, not a credential", () => {
    // https://github.com/algolia/api-clients-automation/blob/f9877a8ae2ec1ce2906843129de0f95deb7209c2/specs/query-suggestions/common/responses/Unauthorized.yml
    // (the MissingACL example; status line added)
    const x = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"status":401,"message":"The provided API key is missing the \\"editSettings\\" ACL."}', { now });
    expect([x.provider?.id, x.rule, x.error!.name, (x.error as { missingScopes?: unknown }).missingScopes]).toEqual([
      "algolia",
      "provider.algolia.key-not-allowed",
      "ScopeReauthRequiredError",
      ["editSettings"],
    ]);
  });

  test("a wrong application id or key is a credential to replace, named by its words or its host", () => {
    // https://github.com/algolia/docsearch/issues/1261 (the body alone, its status in it)
    const bare = explain(paste("184-algolia-docsearch-403-body-1.txt"), { now });
    expect([bare.provider?.id, bare.provider?.evidence, bare.rule, bare.error!.name]).toEqual(["algolia", "body shape", "provider.403.credential-dead", "ProviderUnauthorizedError"]);
    // https://github.com/algolia/algoliasearch-rails/issues/124
    const rails = explain(paste("189-algolia-rails-403-invalid-key-1.txt"), { now });
    expect([rails.provider?.id, rails.provider?.evidence, rails.error!.name]).toEqual(["algolia", "request URL host *******.algolia.net", "ProviderUnauthorizedError"]);
  });

  test("a spent plan's operations are not retried", () => {
    // https://github.com/forem/forem/issues/759 (the Ruby client)
    const ruby = explain(paste("158-algolia-403-operations-quota-ruby-1.txt"), { now });
    expect([ruby.provider?.id, ruby.rule, ruby.error!.name, ruby.error!.retryable]).toEqual(["algolia", "provider.algolia.quota-exceeded", "ProviderAPIError", false]);
    // https://github.com/cdnjs/cdnjs/issues/4190 (the browser's console)
    const browser = explain(paste("120-algolia-403-operations-quota-1.txt"), { now });
    expect([browser.provider?.id, browser.rule, browser.error!.retryable]).toEqual(["algolia", "provider.algolia.quota-exceeded", false]);
  });

  test("its Correlation-ID is the request id to quote", () => {
    // https://github.com/algolia/api-clients-automation/blob/38283179ee0ebf78d186e20a81ba727685088f07/specs/search/spec.yml ("Every
    // response includes a `Correlation-ID` header"); the body is forem#759's, the id a placeholder
    const x = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nCorrelation-ID: 0a1b2c3d4e5f\n\n{"message":"Operations quota exceeded, change plan to get more Operations.","status":403}',
      { now },
    );
    expect([x.provider?.id, x.error!.requestId]).toEqual(["algolia", "0a1b2c3d4e5f"]);
  });

  test("its clients name it; a generic ApiError and another API's {message, status} do not", () => {
    // https://github.com/danqing/covid19/issues/36
    expect(identifyByClient("algoliasearch.exceptions.RequestException: Operations quota exceeded, change plan to get more Operations.")?.provider.id).toBe("algolia");
    // https://github.com/w3bdesign/wp-algolia-woo-indexer/issues/175
    expect(identifyByClient("PHP Fatal error:  Uncaught Algolia\\AlgoliaSearch\\Exceptions\\BadRequestException: Invalid Application-ID or API key in /path/x.php:210")?.provider.id).toBe(
      "algolia",
    );
    expect(identifyByClient("ApiError: Not Found")).toBeUndefined();
    // A 403 in the same shape, in other words (Vio's partner API, https://developers.vio.com/docs/api-errors)
    const other = explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"\\"X-Partner-Key\\" request header with partner key is required","status":401}', { now });
    expect(other.provider).toBeUndefined();
  });
});

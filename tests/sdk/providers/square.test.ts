/**
 * Square: named by squareup.com and squareupsandbox.com, its clients (`SquareConnect`, `square`, `com.squareup.square`) and its
 * errors' shape (each error's `category` one of Square's own beside an upper-case `code`); `INSUFFICIENT_SCOPES` is a permission
 * the seller must grant, named; its 401s stay credentials to replace, a 500 is retried and a card's decline is not. Gusto's
 * lower-case `errors[].category` and Picasso's `com.squareup.picasso` are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("square", () => {
  test("INSUFFICIENT_SCOPES is a permission to ask the seller for, named, in brackets or not", () => {
    // https://developer.squareup.com/forums/t/permission-getting-removed-insufficient-scope-issue/26291 (status line added)
    const x = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"errors":[{"category":"AUTHENTICATION_ERROR","code":"INSUFFICIENT_SCOPES","detail":"The merchant has not given your application sufficient permissions to do that. The merchant must authorize your application for the following scopes: ORDERS_READ"}]}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable, (x.error as { missingScopes?: unknown }).missingScopes]).toEqual([
      "square",
      "body shape",
      "provider.square.insufficient-scopes",
      "ScopeReauthRequiredError",
      false,
      ["ORDERS_READ"],
    ]);
    // https://developer.squareup.com/forums/t/insufficient-scope-error/1374 (status line added)
    const bracketed = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"errors":[{"code":"INSUFFICIENT_SCOPES","detail":"The merchant has not given your application sufficient permissions to do that. The merchant must authorize your application for the following scopes: [ORDERS_READ]","category":"AUTHENTICATION_ERROR"}]}',
      { now },
    );
    expect([bracketed.rule, (bracketed.error as { missingScopes?: unknown }).missingScopes]).toEqual(["provider.square.insufficient-scopes", ["ORDERS_READ"]]);
  });

  test("an incorrect or expired token's 401 names Square by its errors' shape, and is a credential to replace", () => {
    // https://github.com/NikolaGavric94/laravel-square/issues/67
    const x = explain(paste("108-square-php-401-unauthorized-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual(["square", "body shape", "provider.401", "ProviderUnauthorizedError", false]);
  });

  test("a sandbox call's 400 names Square by its host, a 500 is retried, a card's decline is not", () => {
    // https://github.com/square/in-app-payments-flutter-plugin/issues/104
    const sandbox = explain(paste("121-square-400-bad-json-1.txt"), { now });
    expect([sandbox.provider?.id, sandbox.provider?.evidence, sandbox.error!.retryable]).toEqual(["square", "an API call in the paste to connect.squareupsandbox.com", false]);
    // https://github.com/square/connect-php-sdk/issues/99
    const internal = explain(paste("191-square-500-internal-server-error-1.txt"), { now });
    expect([internal.provider?.id, internal.error!.retryable]).toEqual(["square", true]);
    // https://github.com/square/connect-csharp-sdk/issues/142 (the errors the SDK logged for CreatePayment; status line added, a 4xx)
    const declined = explain(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"errors": [{"code": "GENERIC_DECLINE","detail": "Authorization error: \'GENERIC_DECLINE\'","category": "PAYMENT_METHOD_ERROR"}]}',
      { now },
    );
    expect([declined.provider?.id, declined.error!.retryable]).toEqual(["square", false]);
  });

  test("its clients name it", () => {
    // https://github.com/square/connect-ruby-sdk/issues/73
    expect(identifyByClient("SquareConnect::ApiError:\nBad Request - {\n  \"message\": \"cannot renew revoked token\",\n  \"type\": \"bad_request\"\n}")?.provider.id).toBe("square");
    expect(identifyByClient("com.squareup.square.exceptions.ApiException: HTTP Response Not OK")?.provider.id).toBe("square");
  });

  test("Gusto's lower-case categories and Picasso's package are not Square's", () => {
    // Gusto's documented error (https://docs.gusto.com/app-integrations/docs/error-categories)
    const gusto = explain('HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n{"errors":[{"error_key":"base","category":"duplicate_operation","message":"Cannot have multiple of the same state field per company"}]}', { now });
    expect(gusto.provider).toBeUndefined();
    expect(identifyByClient("com.squareup.picasso.Downloader$ResponseException: 504 Unsatisfiable Request (only-if-cached)")).toBeUndefined();
  });
});

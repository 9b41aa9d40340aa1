/**
 * Convex: named by api.convex.dev, `*.convex.cloud` and `*.convex.site`, its write conflict's words and code, its client's
 * `[CONVEX M(...)]` tag and its `convex` package; the CLI's undecodable access token is a login to redo (not retried), and a write
 * conflict, which Convex already retried, is retryable contention. Its request id is read from `[Request ID: ...]`. A status-less
 * error-tracker event is refused; another API's 503 is not its write conflict.
 */
import { describe, expect, test } from "vitest";
import { AlterValueError, explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("convex", () => {
  test("the CLI's undecodable access token is a login to redo, named by api.convex.dev", () => {
    // https://github.com/get-convex/convex-auth/issues/225
    const x = explain(paste("199-convex-cli-access-token-invalid-401-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "convex",
      "request URL host api.convex.dev",
      "provider.convex.access-token-invalid",
      "ProviderUnauthorizedError",
      false,
    ]);
  });

  test("a write conflict is retryable contention, named by its code and words", () => {
    // https://github.com/get-convex/resend/issues/34 (the message; the 503 and body Convex's backend answers an OCC failure with added)
    const x = explain(
      'HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n{"code":"OptimisticConcurrencyControlFailure","message":"Documents read from or written to the \\"rateLimits\\" table changed while this mutation was being run and on every subsequent retry. Another call to this mutation changed the document with ID \\"j57cq69zzk3v4s9ktbn6g3dskx7m7aj5\\". See https://docs.convex.dev/error#1"}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "convex",
      "body shape",
      "provider.convex.write-conflict",
      "ProviderAPIError",
      true,
    ]);
    // The issue's own event (an error tracker's, with its request_id tag) states no status: refused
    expect(() => explain(paste("199-convex-mutation-occ-write-conflict-1.txt"), { now })).toThrow(AlterValueError);
  });

  test("its request id is read from the words its errors print, and its package and class name it", () => {
    // Constructed after https://github.com/openclaw/clawhub/issues/2178 (its words, with a status stated)
    const x = explain("HTTP/1.1 500 Internal Server Error\n\n[CONVEX Q(skills:checkSlugAvailability)] [Request ID: 733d42dc27711e86] Server Error Called by client", { now });
    expect([x.provider?.id, x.provider?.evidence, x.error!.requestId, x.error!.retryable]).toEqual(["convex", "body shape", "733d42dc27711e86", true]);
    // https://github.com/get-convex/convex-backend/issues/329 (a 500 from the management API, named by its host)
    const claim = explain(paste("181-convex-claim-preview-500-1.txt"), { now });
    expect([claim.provider?.id, claim.rule, claim.error!.retryable]).toEqual(["convex", "provider.error", true]);
    expect(identifyByClient("ConvexError: {\"code\":\"NOT_FOUND\"}\n    at node_modules/convex/dist/esm/browser/http_client.js:191:15")?.provider.id).toBe("convex");
  });

  test("another API's 503 and 401, and a successful deploy log, are not Convex's", () => {
    // Constructed: another API's overload
    const other = explain('HTTP/1.1 503 Service Unavailable\nContent-Type: application/json\n\n{"code":"Overloaded","message":"try again later"}', { now });
    expect([other.provider, other.rule]).toEqual([undefined, "provider.error"]);
    // Constructed: another API's invalid-token 401 is a plain credential
    expect(explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"code":"AccessTokenInvalid","message":"expired"}', { now }).provider).toBeUndefined();
    // https://github.com/get-convex/convex-js/issues/52
    expect(() => explain(paste("199-probe-convex-successful-deploy-log-1.txt"), { now })).toThrow();
  });
});

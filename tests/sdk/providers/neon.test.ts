/**
 * Neon: named by neon.tech (console.neon.tech, a compute's endpoint), its `X-Neon-Ret-Request-Id` header (its request id) and its
 * clients (`@neondatabase/serverless`'s `NeonDbError`, `neon_api`); its 423 Locked, a conflicting operation still running, is
 * retried, where a plan's 422 is not. A network failure of its driver names no provider; another API's 423 is not retried.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("neon", () => {
  test("a 423 while a conflicting operation runs is retried; its request-id header names it and is quoted", () => {
    // https://github.com/neondatabase/neon/blob/4dc7434d0e1ae53df0f5692e8c31692761d3a51f/test_runner/fixtures/neon_api.py (the message
    // Neon's own client retries a 423 on; status line and header added)
    const x = explain(
      'HTTP/1.1 423 Locked\nContent-Type: application/json\nX-Neon-Ret-Request-Id: 0f3daf102544425c86d39a9932ab25b9\n\n{"code":"","message":"project already has running conflicting operations, scheduling of new ones is prohibited"}',
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable, x.error!.requestId]).toEqual([
      "neon",
      "header X-Neon-Ret-Request-Id",
      "provider.neon.locked",
      "ProviderAPIError",
      true,
      "0f3daf102544425c86d39a9932ab25b9",
    ]);
  });

  test("an API answer recorded by its Python client carries the request id", () => {
    // https://github.com/neondatabase/neon-api-python/blob/d4897684d6ab2f85e87001d8d79cd310157a5d6d/tests/cassettes/test_integration/test_project_delete.yaml
    // (the cassette's status, headers and body as a raw response)
    const x = explain(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\nStrict-Transport-Security: max-age=15724800; includeSubDomains\nVary: Origin\nX-Neon-Ret-Request-Id: 5e32ba21b25aad1a95df172805aca86a\n\n{"code":"","message":"invalid request: decode application/json: invalid: project (field required)"}',
      { now },
    );
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.requestId]).toEqual(["neon", "provider.error", false, "5e32ba21b25aad1a95df172805aca86a"]);
  });

  test("the serverless driver's NeonDbError names it; a plan's 422 on console.neon.tech is not retried", () => {
    // https://github.com/neondatabase/neon/issues/11975
    const x = explain(paste("199-neon-serverless-control-plane-500-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.input.status, x.error!.retryable]).toEqual(["neon", "the client in the paste: NeonDbError", 500, true]);
    // https://github.com/neondatabase/neonctl/issues/255
    const plan = explain(paste("120-neon-422-projects-limit-1.txt"), { now });
    expect([plan.provider?.id, plan.rule, plan.error!.retryable]).toEqual(["neon", "provider.error", false]);
    // Its Python client's error and its Terraform provider's resources name it too
    expect(identifyByClient("neon_api.exceptions.NeonAPIError: 401 Client Error: Unauthorized for url: https://console.neon.tech/api/v2/projects")?.provider.id).toBe("neon");
    expect(identifyByClient('  on main.tf line 3, in resource "neon_project" "this":')?.provider.id).toBe("neon");
  });

  test("the driver's network failure names no provider; another API's 423 and Neon's docs are not its signal", () => {
    // https://github.com/neondatabase/neon/issues/5362 (no answer arrived: a network failure, retried, named by no provider)
    const net = explain(paste("199-neon-serverless-fetch-failed-network-1.txt"), { now });
    expect([net.error!.name, net.error!.retryable, net.provider]).toEqual(["NetworkError", true, undefined]);
    // Constructed: a WebDAV 423 from another server
    const webdav = explain('HTTP/1.1 423 Locked\nContent-Type: application/xml\n\n<d:error xmlns:d="DAV:"><d:lock-token-submitted/></d:error>', { now });
    expect([webdav.provider, webdav.rule, webdav.error!.retryable]).toEqual([undefined, "provider.error", false]);
    // https://github.com/neondatabase/serverless/blob/041ca30bf8bb2606b0dfa8070bfcb1ef1b668fd4/dist/npm/CHANGELOG.md
    expect(() => explain(paste("199-probe-neon-serverless-changelog-1.txt"), { now })).toThrow();
  });
});

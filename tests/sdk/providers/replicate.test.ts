/**
 * Replicate: named by api.replicate.com, its clients (`replicate`, `ReplicateError`) and its own words (the throttle's "Your rate
 * limit resets in ~Ns.", the billing link); a throttled call waits the seconds the body names, `retry_after` or the text. Billing's
 * 402 is not retried. Django REST Framework's "Request was throttled." alone, and problem+json alone, are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("replicate", () => {
  test("the documented throttle waits the seconds its text names", () => {
    // https://replicate.com/docs/topics/predictions/rate-limits (the body given for a 429; status line added)
    const x = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/problem+json\n\n{"detail":"Request was throttled. Your rate limit resets in ~30s."}', { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable, x.error!.retryAfter]).toEqual([
      "replicate",
      "body shape",
      "provider.replicate.throttled",
      "ProviderAPIError",
      true,
      30,
    ]);
  });

  test("a low-credit throttle, and one an app wrapped in its own 400, wait for their retry_after", () => {
    // https://github.com/nodetool-ai/nodetool/issues/5196
    const low = explain(paste("126-replicate-429-lowcredit-1.txt"), { now });
    expect([low.provider?.id, low.rule, low.error!.retryable, low.error!.retryAfter]).toEqual(["replicate", "provider.replicate.throttled", true, 5]);
    // https://github.com/replicate/replicate-python/issues/445
    const nested = explain(paste("126-replicate-nested-400-429-1.txt"), { now });
    expect([nested.provider?.id, nested.rule, nested.error!.retryable, nested.error!.retryAfter]).toEqual(["replicate", "provider.replicate.throttled", true, 10]);
  });

  test("billing's 402 names Replicate by its billing link, and is not retried", () => {
    // https://github.com/replicate/replicate-javascript/issues/342 (called through a local proxy)
    const x = explain(paste("111-replicate-402-billing-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable]).toEqual(["replicate", "body shape", "provider.error", false]);
  });

  test("the JS client's call to api.replicate.com is named by its host; a rejected token is a credential to replace", () => {
    // https://github.com/fofr/cog-face-to-many/issues/44
    const version = explain(paste("194-replicate-js-422-invalid-version-1.txt"), { now });
    expect([version.provider?.id, version.provider?.evidence, version.error!.retryable]).toEqual(["replicate", "request URL host api.replicate.com", false]);
    // replicate-python's recorded answer (tests/cassettes/run__invalid-token.yaml)
    const token = explain(paste("157-replicate-401-invalid-token-cassette-1.txt"), { now });
    expect([token.provider?.id, token.rule, token.error!.name]).toEqual(["replicate", "provider.401", "ProviderUnauthorizedError"]);
  });

  test("DRF's throttle message and a bare problem+json body are not Replicate's", () => {
    // https://github.com/freelawproject/courtlistener/issues/7655 (CourtListener, a DRF API)
    const drf = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"detail":"Request was throttled. Rate limit exceeded: 5/min. Expected available in 7 seconds."}', { now });
    expect([drf.provider, drf.error!.retryable]).toEqual([undefined, true]);
    expect(explain('HTTP/1.1 422 Unprocessable Entity\nContent-Type: application/problem+json\n\n{"title":"Input validation failed","detail":"prompt is required","status":422}', { now }).provider).toBeUndefined();
  });
});

/**
 * Vercel: a dead token is a 403 with `invalidToken`, a credential to replace; its rate limits, and the Hobby plan's daily
 * deployments under a 402, wait for the `limit.reset` the body names. Its shared `{"error": {"code", "message"}}` envelope alone,
 * and the apps it hosts, are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("vercel", () => {
  test("@vercel/sdk's 403 with invalidToken is a dead token, named by the body", () => {
    // https://github.com/dyad-sh/dyad/issues/1061
    const x = explain(paste("177-vercel-sdk-403-invalid-token-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "vercel",
      "body shape",
      "provider.vercel.invalid-token",
      "ProviderUnauthorizedError",
      false,
    ]);
  });

  test("the CLI's debug line to api.vercel.com is named by its host, and its x-vercel-id is quoted", () => {
    // https://github.com/vercel/vercel/issues/10874 (the poster masked the id); here with an id of the form Vercel sends
    // (https://http.dev/x-vercel-id).
    const x = explain(
      "[debug] [2023-11-25T14:15:40.859Z] #2 → GET https://api.vercel.com/v9/projects/prj_XXXXXXXXXXXXXXXXXXX\n[debug] [2023-11-25T14:15:41.535Z] #2 ← 403 Forbidden: sfo1::hmvhs-1771412927491-912582182ea4[676ms]",
      { now },
    );
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.requestId]).toEqual(["vercel", "provider.403", false, "sfo1::hmvhs-1771412927491-912582182ea4"]);
    const headers = explain(
      'HTTP/1.1 404 Not Found\nContent-Type: application/json\nx-vercel-id: iad1::d4285-1769280933622-449e98882f00\n\n{"error":{"code":"not_found","message":"Project not found"}}',
      { now, providerId: "vercel" },
    );
    expect(headers.error!.requestId).toBe("iad1::d4285-1769280933622-449e98882f00");
  });

  test("a rate limit of days waits for the body's limit.reset, headers or not", () => {
    // The REST API errors page's rate_limited body (https://vercel.com/docs/rest-api/errors), its reset moved to a week from now.
    const reset = now / 1000 + 7 * 86400;
    const x = explain(
      `HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"error":{"code":"rate_limited","message":"The rate limit of 6 exceeded for 'api-www-user-update-username'. Try again in 7 days","limit":{"remaining":0,"reset":${reset},"resetMs":${reset * 1000},"total":6}}}`,
      { now },
    );
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["vercel", "provider.vercel.rate-limited", true, 7 * 86400]);
  });

  test("the Hobby plan's 402 for its daily deployments is a wait until limit.reset, not a payment", () => {
    // https://github.com/prateekm1007/rishi-terminal/blob/main/docs/evidence/round14/a3-deploy-proof.md (POST /v13/deployments)
    const at = Date.parse("2026-10-04T14:32:00Z");
    const x = explain(
      'HTTP/1.1 402 Payment Required\nContent-Type: application/json; charset=utf-8\n\n{"error":{"code":"payment_required","message":"Resource is limited - try again in 24 hours (more than 100, code: \\"api-deployments-free-per-day\\").","limit":{"total":100,"remaining":0,"reset":1791210516348},"resource":"api-deployments-free-per-day"}}',
      { now: at },
    );
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable, x.error!.retryAfter]).toEqual([
      "vercel",
      "provider.vercel.rate-limited",
      "ProviderAPIError",
      true,
      Math.ceil((1791210516348 - at) / 1000),
    ]);
  });

  test("the CLI's limiter words name Vercel; the shared envelope alone and an app hosted on Vercel do not", () => {
    // https://github.com/Pytal/deploy-env/issues/16
    const cli = explain(paste("116-vercel-cli-429-try-again-in-1.txt"), { now });
    expect([cli.provider?.id, cli.error!.retryable, cli.error!.retryAfter]).toEqual(["vercel", true, 46]);
    expect(explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"error":{"code":"rate_limited","message":"Too many requests"}}', { now }).provider).toBeUndefined();
    // https://github.com/musistudio/claude-code-router/issues/271: a function deployed on Vercel timed out.
    expect(explain(paste("132-vercel-function-invocation-timeout-504-1.txt"), { now }).provider?.id).not.toBe("vercel");
  });
});

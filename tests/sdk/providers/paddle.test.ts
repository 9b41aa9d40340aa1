/**
 * Paddle: named by paddle.com (api.paddle.com, sandbox-api.paddle.com), its clients (`paddle_billing`, `@paddle`, `Paddle\SDK`)
 * and the link every Billing error carries to its own errors pages; `meta.request_id` is quoted. A wrong or revoked key's 403
 * `invalid_token` is a credential to replace, a key without a permission's 403 `forbidden` a permission to grant; a 429 waits for
 * `Retry-After`. Another API's `documentation_url`, and PaddlePaddle's package, are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("paddle", () => {
  test("a Billing error names Paddle by its errors page link, and its meta.request_id is quoted", () => {
    // https://developer.paddle.com/errors/shared/invalid_field.md (the page's example body; status line added: the page gives 400)
    const x = explain(`HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n${paste("197-paddle-api-invalid-field-400-request-id-1.txt")}`, { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable, x.error!.requestId]).toEqual([
      "paddle",
      "body shape",
      "provider.error",
      false,
      "00000000-0000-0000-0000-000000000000",
    ]);
  });

  test("a wrong or revoked key is a credential to replace; a key without a permission is a permission to grant", () => {
    // https://developer.paddle.com/errors/shared/invalid_token (the page's example body; status line added: the page gives 403)
    const key = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":{"type":"request_error","code":"invalid_token","detail":"Invalid or revoked API key.","documentation_url":"https://developer.paddle.com/errors/shared/invalid_token"},"meta":{"request_id":"00000000-0000-0000-0000-000000000000"}}',
      { now },
    );
    expect([key.provider?.id, key.rule, key.error!.name, key.error!.retryable]).toEqual(["paddle", "provider.paddle.credential-rejected", "ProviderUnauthorizedError", false]);
    // https://developer.paddle.com/errors/shared/forbidden (the page's example body; status line added: the page gives 403)
    const permission = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":{"type":"request_error","code":"forbidden","detail":"You aren\'t permitted to perform this request.","documentation_url":"https://developer.paddle.com/errors/shared/forbidden"},"meta":{"request_id":"00000000-0000-0000-0000-000000000000"}}',
      { now },
    );
    expect([permission.provider?.id, permission.rule, permission.error!.name, permission.error!.retryable]).toEqual(["paddle", "provider.paddle.permission-missing", "ScopeReauthRequiredError", false]);
  });

  test("a rate-limited call waits for Retry-After", () => {
    // https://developer.paddle.com/errors/shared/too_many_requests (the page's example body; status and Retry-After as the page describes them)
    const x = explain(
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 37\nContent-Type: application/json\n\n{"error":{"type":"api_error","code":"too_many_requests","detail":"IP address exceeded the allowed rate limit. Retry after the number of seconds in the Retry-After header.","documentation_url":"https://developer.paddle.com/errors/shared/too_many_requests"},"meta":{"request_id":"00000000-0000-0000-0000-000000000000"}}',
      { now },
    );
    expect([x.provider?.id, x.error!.retryable, x.error!.retryAfter]).toEqual(["paddle", true, 37]);
  });

  test("its hosts and its clients name it", () => {
    // https://github.com/PaddleHQ/paddle-python-sdk/issues/10 (requests' HTTPError for a sandbox call)
    const sandbox = explain(paste("197-paddle-python-sdk-400-bad-request-transactions-1.txt"), { now });
    expect([sandbox.provider?.id, sandbox.provider?.evidence, sandbox.error!.retryable]).toEqual(["paddle", "request URL host sandbox-api.paddle.com", false]);
    // https://github.com/PaddleHQ/paddle-node-sdk/issues/39 (the node SDK's log of a 403 from api.paddle.com)
    const node = explain(paste("127-paddle-node-403-auth-header-1.txt"), { now });
    expect([node.provider?.id, node.error!.retryable]).toEqual(["paddle", false]);
    expect(identifyByClient("    at CustomersResource.handleError (/var/task/node_modules/@paddle/paddle-node-sdk/dist/cjs/internal/base/base-resource.js:11:19)")?.provider.id).toBe("paddle");
    expect(identifyByClient("paddle_billing.Exceptions.ApiError: Request does not pass validation.")?.provider.id).toBe("paddle");
  });

  test("another API's documentation_url, and PaddlePaddle's package, are not Paddle's", () => {
    // Glean's documented error body (https://developers.glean.com/errors/token-expired)
    const glean = explain(
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"type":"https://developers.glean.com/errors/token-expired","title":"Token Expired","status":401,"detail":"Human-readable explanation specific to this occurrence.","code":"token_expired","documentation_url":"https://developers.glean.com/errors/token-expired","request_id":"req_7f8a9b0c1d2e"}',
      { now },
    );
    expect(glean.provider).toBeUndefined();
    expect(identifyByClient('  File "/usr/lib/python3/site-packages/paddle/fluid/framework.py", line 20, in <module>\nRuntimeError: (PreconditionNotMet)')).toBeUndefined();
  });
});

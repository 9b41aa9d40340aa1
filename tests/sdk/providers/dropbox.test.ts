/**
 * Dropbox: a dead token keeps the generic 401 (only `missing_scope` is a scope), and a
 * 429 waits Retry-After or the body's `error.retry_after`.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("dropbox", () => {
  test("expired_access_token is the generic 401, not a scope", () => {
    const x = explain(
      `Client error: \`POST https://api.dropboxapi.com/2/users/get_current_account\` resulted in a \`401 Unauthorized\` response: {"error":{".tag":"expired_access_token"},"error_summary":"expired_access_token/"}`,
      { now },
    );
    expect(x.provider?.id).toBe("dropbox");
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("a 429 waits Retry-After, else the body's retry_after", () => {
    const body = `{"error_summary": "too_many_requests/..", "error": {"reason": {".tag": "too_many_requests"}, "retry_after": 300}}`;
    const header = explain(`HTTP/1.1 429 Too Many Requests\nRetry-After: 15\nContent-Type: application/json\n\n${body}`, { providerId: "dropbox", now });
    expect(header.error!.retryable).toBe(true);
    expect(header.error!.retryAfter).toBe(15);
    const bodyOnly = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n${body}`, { providerId: "dropbox", now });
    expect(bodyOnly.error!.retryAfter).toBe(300);
  });
});

/**
 * Supabase: its Auth server's hourly email limit is not retried now; its codes and supabase-js's marked errors name it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("supabase", () => {
  test("the hourly email limit is not retried; the request bucket's 429 is", () => {
    const email = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"code":"over_email_send_rate_limit","message":"email rate limit exceeded"}');
    expect([email.provider?.id, email.rule, email.error!.retryable]).toEqual(["supabase", "provider.supabase.email-rate-limit", false]);
    const bucket = explain('HTTP/1.1 429 Too Many Requests\n\n{"code":429,"error_code":"over_request_rate_limit","msg":"Request rate limit reached"}');
    expect([bucket.provider?.id, bucket.error!.retryable, bucket.error!.message]).toEqual(["supabase", true, "Supabase answered HTTP 429 Too Many Requests: Request rate limit reached"]);
  });

  test("a project's host names it", () => {
    expect(explain("Client error: `GET https://abc.supabase.co/auth/v1/user` resulted in a `401 Unauthorized` response:\n{\"msg\":\"Invalid JWT\"}").provider?.id).toBe("supabase");
  });
});

/**
 * Meta's Graph API: the numeric `code` decides, whatever the status; `fbtrace_id` is the id to quote.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const graph = (status: string, error: Record<string, unknown>, headers = "") =>
  explain(`HTTP/1.1 ${status}\nContent-Type: application/json\n${headers}\n${JSON.stringify({ error })}`, { now });

describe("meta", () => {
  test("code 190 is a dead access token at 400 as at 401, named by its body alone, with fbtrace_id to quote", () => {
    // https://github.com/snarfed/bridgy/issues/59 (the body as posted; the status line added)
    for (const status of ["400 Bad Request", "401 Unauthorized"]) {
      const x = graph(status, { message: "Error validating access token: Session has expired on Feb 7, 2014 9:54am.", type: "OAuthException", code: 190, error_subcode: 463, fbtrace_id: "AbCdEf12345" });
      expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable, x.error!.requestId]).toEqual(["meta", "provider.meta.token-invalid", "ProviderUnauthorizedError", false, "AbCdEf12345"]);
    }
  });

  test("a permission code names the permission its message names, and re-authorizes", () => {
    const x = graph("403 Forbidden", { message: "(#200) Requires pages_read_engagement permission to manage the object", type: "OAuthException", code: 200, fbtrace_id: "A1b2C3d4" });
    expect(x.rule).toBe("provider.meta.permission");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["pages_read_engagement"]);
  });

  test("the throttling codes are retried whatever the status; an invalid parameter is not", () => {
    for (const code of [4, 17, 32, 613, 80004, 130429]) {
      const x = graph("400 Bad Request", { message: "(#4) Application request limit reached", type: "OAuthException", is_transient: true, code, fbtrace_id: "E+h93KlSgIM" });
      expect([x.rule, x.error!.retryable]).toEqual(["provider.meta.rate-limited", true]);
    }
    const bad = graph("400 Bad Request", { message: "Unsupported post request.", type: "GraphMethodException", code: 100, error_subcode: 33, fbtrace_id: "AbCdEf12345" });
    expect([bad.provider?.id, bad.rule, bad.error!.retryable]).toEqual(["meta", "provider.error", false]);
  });

  test("the x-fb-trace-id header names Meta and is the request id when the body has no fbtrace_id", () => {
    const x = graph("400 Bad Request", { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 }, "x-fb-trace-id: HJZvd/uujRi\n");
    expect([x.provider?.id, x.error!.requestId]).toEqual(["meta", "HJZvd/uujRi"]);
  });

  test("another API's OAuthException-like body without Graph's numeric code is not Meta's", () => {
    const x = graph("401 Unauthorized", { message: "Invalid token", type: "OAuthException", code: "invalid_token" });
    expect(x.provider).toBeUndefined();
  });

  test("the Android SDK's GraphResponse and Koala's APIError are read as the body they print", () => {
    const android = explain("E/GraphResponse: {HttpStatus: 400, errorCode: 190, subErrorCode: 467, errorType: OAuthException, errorMessage: Invalid OAuth access token.}");
    expect([android.input.status, android.rule]).toEqual([400, "provider.meta.token-invalid"]);
    const koala = explain("Koala::Facebook::ClientError: type: OAuthException, code: 17, message: (#17) User request limit reached, x-fb-trace-id: Bx9Zq1 [HTTP 400]");
    expect([koala.input.status, koala.rule, koala.error!.retryable, koala.error!.requestId]).toEqual([400, "provider.meta.rate-limited", true, "Bx9Zq1"]);
  });
});

describe("meta's messaging window", () => {
  test("code 10 with the window closed is no permission and is not retried; code 10 otherwise still asks for the permission", () => {
    // https://developers.facebook.com/docs/messenger-platform/reference/send-api/error-codes (10 / 2018278); Instagram's 2534022 as
    // https://github.com/ComposioHQ/composio/issues/3604 shows it
    for (const [subcode, message] of [[2018278, "(#10) This message is sent outside of allowed window."], [2534022, "This message is sent outside of allowed window."], [undefined, "(#10) This message is sent outside of allowed window. Learn more about the new policy here"]] as const) {
      const x = graph("400 Bad Request", { message, type: "OAuthException", code: 10, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: "A9C5BFZGYCvR" });
      expect([x.rule, x.error!.name, x.error!.retryable], message).toEqual(["provider.meta.outside-window", "ProviderAPIError", false]);
    }
    const permission = graph("403 Forbidden", { message: "Application does not have permission for this action", type: "IGApiException", code: 10, fbtrace_id: "A1b2C3d4" });
    expect(permission.rule).toBe("provider.meta.permission");
  });
});

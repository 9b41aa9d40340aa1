/**
 * Canvas LMS: named by `*.instructure.com`, an instance on a school's own domain by its `/api/v1/` paths, its headers
 * (`X-Canvas-Meta`, its 401's `Bearer realm="canvas-lms"`), its own words and its clients (`canvasapi`). Its 401s split as its docs
 * say: "user not authorized to perform that action" (no `WWW-Authenticate`) is the user's role refusing, not a dead token, and is
 * not retried; "Insufficient scopes on access token." is a scope to ask for; "Invalid access token." a credential to replace. Its
 * throttle's 403 is retried. `X-Request-Context-Id` is the request id. Another API's `{"errors": [{"message"}]}`, a host named
 * canvas without Canvas's API paths, and a 403 with quota left are not these.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("canvas", () => {
  test("a user the role refuses is not a dead token, and is not retried; in either spelling", () => {
    // https://github.com/instructure/canvas-lms/issues/818 (the curl call and its answer; status line added, and the closing brace
    // its quote lacks: the paste as filed, 199-canvas-curl-401-user-not-authorized-1.txt, is cut JSON the reader refuses)
    const curl = explain(
      'curl -XPOST "https://xxx.instructure.com/api/v1/courses/2/assignments/53/submissions" -H "Authorization: Bearer <token>" -d "submission_type=online_text_entry"\n\n' +
        'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"status":"unauthorized","errors":[{"message":"user not authorized to perform that action"}]}',
      { now },
    );
    expect([curl.provider?.id, curl.rule, curl.error!.name, curl.error!.retryable]).toEqual(["canvas", "provider.canvas.user-not-authorized", "ProviderAPIError", false]);
    // https://github.com/hypothesis/lms/issues/779 (an en-GB instance's words)
    const gb = explain(paste("199-canvas-hypothesis-401-user-not-authorised-1.txt"), { now });
    expect([gb.provider?.id, gb.provider?.evidence, gb.rule, gb.error!.retryable]).toEqual(["canvas", "body shape", "provider.canvas.user-not-authorized", false]);
    // https://github.com/hypothesis/lms/pull/4320 (newer instances answer it with a 403; the body its test quotes, status line added)
    const newer = explain(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"status":"unauthorized","errors":[{"message":"user not authorized to perform that action"}]}',
      { now },
    );
    expect([newer.provider?.id, newer.rule, newer.error!.retryable]).toEqual(["canvas", "provider.canvas.user-not-authorized", false]);
  });

  test("a token without a scope of its developer key is a scope to ask for; a dead token a credential to replace", () => {
    // https://github.com/hypothesis/lms/issues/2525
    const scopes = explain(paste("199-canvas-hypothesis-401-insufficient-scopes-1.txt"), { now });
    expect([scopes.provider?.id, scopes.provider?.evidence, scopes.rule, scopes.error!.name]).toEqual(["canvas", "body shape", "provider.canvas.insufficient-scopes", "ScopeReauthRequiredError"]);
    // Constructed: its dead token's answer, with the challenge its OAuth docs describe and its request id header
    const dead = explain(
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer realm="canvas-lms"\nX-Request-Context-Id: 51a34ee0-af16-0132-cb5f-12e99fa8d58a\n\n{"errors":[{"message":"Invalid access token."}]}',
      { now },
    );
    expect([dead.provider?.id, dead.provider?.evidence, dead.rule, dead.error!.name, dead.error!.requestId]).toEqual([
      "canvas",
      "body shape",
      "provider.401",
      "ProviderUnauthorizedError",
      "51a34ee0-af16-0132-cb5f-12e99fa8d58a",
    ]);
  });

  test("its throttle's 403 (and its 429) is retried", () => {
    // https://github.com/ucfopen/canvasapi/issues/466 (the body it quotes; status line and the throttle's headers added)
    const throttled = explain("HTTP/1.1 403 Forbidden\nContent-Type: text/plain; charset=utf-8\nX-Rate-Limit-Remaining: 0.0\n\n403 Forbidden (Rate Limit Exceeded)\n", { now });
    expect([throttled.provider?.id, throttled.provider?.evidence, throttled.rule, throttled.error!.retryable]).toEqual(["canvas", "body shape", "provider.canvas.rate-limited", true]);
    // https://github.com/ucfopen/canvasapi/issues/704 (since October 2025 a 429; constructed with the spent quota's header)
    const now429 = explain("HTTP/1.1 429 Too Many Requests\nContent-Type: text/plain; charset=utf-8\nX-Rate-Limit-Remaining: -12.5\n\n", { providerId: "canvas", now });
    expect([now429.rule, now429.error!.retryable]).toEqual(["provider.canvas.rate-limited", true]);
  });

  test("an instance on its own domain, its headers and its clients name it", () => {
    // https://github.com/ubc-cpsc/canvasgrading/issues/6 (canvas.ubc.ca/api/v1/courses)
    const own = explain(paste("188-canvas-requests-401-traceback-1.txt"), { now });
    expect([own.provider?.id, own.provider?.evidence, own.error!.name]).toEqual(["canvas", "request URL host canvas.ubc.ca, a self-hosted Canvas LMS's API path", "ProviderUnauthorizedError"]);
    // Constructed: its meta header, which Canvas's request context middleware adds to every answer
    const meta = explain("HTTP/1.1 404 Not Found\nContent-Type: application/json\nX-Canvas-Meta: a=1;g=4MRcxnx6vQbF;s=4346;c=cluster35;\n\n{\"errors\":[{\"message\":\"The specified resource does not exist.\"}]}", { now });
    expect([meta.provider?.id, meta.provider?.evidence]).toEqual(["canvas", "header X-Canvas-Meta"]);
    // canvasapi's exceptions, as a traceback names them
    expect(identifyByClient("canvasapi.exceptions.Unauthorized: [{'message': 'user not authorized to perform that action'}]")?.provider.id).toBe("canvas");
    expect(identifyByClient("LMS::Canvas::RefreshTokenRequired")?.provider.id).toBe("canvas");
  });

  test("another API's errors body, a host named canvas without its API's paths, and a 403 with quota left are not these", () => {
    // Constructed: the common `{"errors": [{"message"}]}` shape
    expect(explain('HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"errors":[{"message":"Invalid access token."}]}', { now }).provider).toBeUndefined();
    expect(explain("GET https://canvas.example.com/api/v2/designs\nHTTP/1.1 401 Unauthorized", { now }).provider).toBeUndefined();
    // Constructed: a Canvas 403 whose quota is not spent is a permission, not its throttle
    const left = explain("HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Rate-Limit-Remaining: 412.5\n\n{\"errors\":[{\"message\":\"forbidden\"}]}", { providerId: "canvas", now });
    expect([left.rule, left.error!.retryable]).toEqual(["provider.403", false]);
  });
});

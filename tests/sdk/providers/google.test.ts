/**
 * Google without a providerId: its two error bodies identify it (AIP-193's google.rpc
 * details under `error`, the legacy `error.errors[]` in Google's domains), so a pasted
 * 403 rate limit is retryable even when nobody names the provider; look-alike bodies of
 * other services are not taken for Google's.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const json = (status: string, body: unknown) => `HTTP/1.1 ${status}\nContent-Type: application/json; charset=UTF-8\n\n${JSON.stringify(body)}`;

describe("google, identified by its body", () => {
  test("a quota whose limit is 0 is no wait, whatever rate-limit reason is beside it; without it, RESOURCE_EXHAUSTED keeps its wait", () => {
    // https://github.com/tech-shrimp/gemini-playground/issues/10 (its ErrorInfo), with a legacy rateLimitExceeded beside it
    const info = { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "RATE_LIMIT_EXCEEDED", domain: "googleapis.com", metadata: { quota_limit_value: "0" } };
    const message = "Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com'.";
    const zero = explain(json("429 Too Many Requests", { error: { code: 429, message, status: "RESOURCE_EXHAUSTED", errors: [{ domain: "global", reason: "rateLimitExceeded" }], details: [info] } }));
    expect(zero.rule).toBe("provider.google.zero-quota");
    expect(zero.error!.retryable).toBe(false);
    const some = explain(json("429 Too Many Requests", { error: { code: 429, message, status: "RESOURCE_EXHAUSTED" } }));
    expect(some.rule).toBe("provider.google.resource-exhausted");
    expect(some.error!.retryable).toBe(true);
    expect(some.error!.retryAfter).toBe(30);
    // The same message alone on a 403 (a printout that kept only it) is the time-based quota.
    const printed = explain(json("403 Forbidden", { error: { code: 403, message } }), { providerId: "google" });
    expect(printed.rule).toBe("provider.google.time-based-quota");
    expect(printed.error!.retryable).toBe(true);
  });

  test("the legacy userRateLimitExceeded 403 (Calendar's error guide), unnamed, is a retryable rate limit", () => {
    // https://developers.google.com/workspace/calendar/api/guides/errors#403_user_rate_limit_exceeded (the body as published; the status line from its heading)
    const x = explain(json("403 Forbidden", { error: { errors: [{ domain: "usageLimits", reason: "userRateLimitExceeded", message: "User Rate Limit Exceeded" }], code: 403, message: "User Rate Limit Exceeded" } }));
    expect(x.provider).toEqual({ id: "google", name: "Google", evidence: "body shape" });
    expect(x.rule).toBe("provider.google.rate-limited");
    expect(x.error!.retryable).toBe(true);
  });

  test("an AIP-193 body, unnamed, is Google's: RESOURCE_EXHAUSTED waits its RetryInfo delay", () => {
    // https://cloud.google.com/apis/design/errors#http_mapping (shape), with a RetryInfo detail
    const x = explain(
      json("429 Too Many Requests", {
        error: {
          code: 429,
          message: "Quota exceeded for quota metric 'Queries' of service 'sheets.googleapis.com'.",
          status: "RESOURCE_EXHAUSTED",
          details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "12s" }],
        },
      }),
    );
    expect(x.provider?.id).toBe("google");
    expect(x.rule).toBe("provider.google.resource-exhausted");
    expect(x.error!.retryAfter).toBe(12);
  });

  test("look-alikes are not Google: grpc-gateway's top-level details, another service's error list", () => {
    const gateway = explain(json("429 Too Many Requests", { code: 8, message: "rate limited", details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "3s" }] }));
    expect(gateway.provider).toBeUndefined();
    const other = explain(json("403 Forbidden", { error: { errors: [{ domain: "billing", reason: "rateLimitExceeded", message: "slow down" }], code: 403, message: "slow down" } }));
    expect(other.provider).toBeUndefined();
    expect(other.rule).toBe("provider.403");
  });
});

describe("google, printed by its Python client", () => {
  test("googleapiclient's HttpError repr is read: the status it states, the URL, and the body rebuilt from its details", () => {
    // https://github.com/mxngls/gmail-cleaner/issues/5 (tests/fixtures/pastes/16-python-googleapiclient-1.txt)
    const x = explain(
      `An error occurred during batch processing: <HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/1?alt=json returned "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'gmail.googleapis.com' for consumer 'project_number:1'.". Details: "[{'message': "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'gmail.googleapis.com' for consumer 'project_number:1'.", 'domain': 'usageLimits', 'reason': 'rateLimitExceeded'}]">`,
    );
    expect(x.input.format).toBe("log");
    expect(x.input.status).toBe(403);
    expect(x.input.url).toBe("https://gmail.googleapis.com/gmail/v1/users/me/messages/1?alt=json");
    expect(x.provider?.id).toBe("google");
    expect(x.rule).toBe("provider.google.rate-limited");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.message).toMatch(/^Google answered HTTP 403: Quota exceeded for quota metric 'Queries'/);
  });

  test("an HttpError with AIP-193 details puts them under details[]: a missing scope is a re-authorization", () => {
    const x = explain(
      `<HttpError 403 when requesting https://www.googleapis.com/drive/v3/files?alt=json returned "Request had insufficient authentication scopes.". Details: "[{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', 'domain': 'googleapis.com', 'metadata': {'service': 'drive.googleapis.com', 'method': 'google.apps.drive.v3.DriveFiles.List'}}]">`,
    );
    expect(x.rule).toBe("provider.google.scope-insufficient");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
  });

  test("an HttpError without details keeps its message", () => {
    const x = explain(`<HttpError 404 when requesting https://www.googleapis.com/drive/v3/files/x?alt=json returned "File not found: x.">`);
    expect(x.input.status).toBe(404);
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.error!.message).toMatch(/File not found: x\.$/);
  });
});

describe("google, printed by google-cloud-python", () => {
  test("a Vertex AI ResourceExhausted 429 is Google's RESOURCE_EXHAUSTED: retryable, after the quota docs' 30 s", () => {
    // https://github.com/GoogleCloudPlatform/Open_Data_QnA/issues/61
    const x = explain(
      "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-pro. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.",
    );
    expect(x.provider?.id).toBe("google");
    expect(x.rule).toBe("provider.google.resource-exhausted");
    expect(x.error!.retryAfter).toBe(30);
  });

  test("a BigQuery Forbidden 403 keeps its request line and is not retryable", () => {
    // https://github.com/hugovk/pypi-tools/pull/5
    const x = explain(
      "google.api_core.exceptions.Forbidden: 403 GET https://www.googleapis.com/bigquery/v2/projects/p/queries/q?maxResults=0: Quota exceeded: Your project exceeded quota for free query bytes scanned.",
    );
    expect(x.input.method).toBe("GET");
    expect(x.input.url).toBe("https://www.googleapis.com/bigquery/v2/projects/p/queries/q?maxResults=0");
    expect(x.error!.message).toMatch(/Quota exceeded: Your project exceeded quota/);
    expect(x.error!.retryable).toBe(false);
  });
});

describe("google's legacy insufficientPermissions reason", () => {
  test("is a scope with the scope words in its own errors[] message (the top message cut off); a file's permission is not", () => {
    // https://github.com/googleworkspace/java-samples/issues/62: google-api-java-client's printout, cut before `error.message`
    const scope = explain(json("403 Forbidden", { error: { code: 403, errors: [{ domain: "global", message: "Insufficient Permission: Request had insufficient authentication scopes.", reason: "insufficientPermissions" }] } }));
    expect(scope.rule).toBe("provider.google.scope-insufficient");
    expect(scope.error!.name).toBe("ScopeReauthRequiredError");
    // Drive's file permission gives the same reason with other words: the user lacks access to the file, no scope helps.
    const file = explain(json("403 Forbidden", { error: { code: 403, errors: [{ domain: "global", message: "The user does not have sufficient permissions for this file.", reason: "insufficientPermissions" }] } }));
    expect(file.provider?.id).toBe("google");
    expect(file.error!.name).toBe("ProviderAPIError");
  });
});

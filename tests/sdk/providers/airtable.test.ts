/**
 * Airtable: one 429 status, two meanings (wait 30 seconds, or wait for next month), and a
 * 403 type that is a role, not a scope.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("airtable", () => {
  test("a spent monthly plan is not retried, though it is a 429", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"errors":[{"error":"PUBLIC_API_BILLING_LIMIT_EXCEEDED","message":"API billing plan limit exceeded. You've reached the maximum number of requests allowed for this month."}]}`,
      { providerId: "airtable", now },
    );
    expect(x.rule).toBe("provider.airtable.billing-limit-exceeded");
    expect(x.error!.retryable).toBe(false);
  });

  test("the per-second limit waits Retry-After when one is sent, else 30 seconds", () => {
    const body = `{"errors":[{"error":"RATE_LIMIT_REACHED","message":"Rate limit exceeded. Please try again later"}]}`;
    const withHeader = explain(`HTTP/1.1 429 Too Many Requests\nRetry-After: 5\nContent-Type: application/json\n\n${body}`, { providerId: "airtable", now });
    expect(withHeader.error!.retryAfter).toBe(5);
    const without = explain(`HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n${body}`, { providerId: "airtable", now });
    expect(without.error!.retryAfter).toBe(30);
  });

  test("INVALID_PERMISSIONS (the user's role or a field's editing permission) is not a scope", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":{"type":"INVALID_PERMISSIONS","message":"You are not permitted to create records in table TABLE_NAME (TABLE_ID)"}}`,
      { providerId: "airtable", now },
    );
    expect(x.rule).toBe("provider.403");
    expect(x.error!.name).toBe("ProviderAPIError");
  });

  test("the scope-or-not-found type as airtable.js prints it (a bare string) is read too", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"error":"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND","message":"Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct."}`,
      { providerId: "airtable", now },
    );
    expect(x.rule).toBe("provider.airtable.invalid-permissions-or-model-not-found");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
  });

  test("airtable.js's AirtableError (`message(TYPE)[Http code NNN]`), inside a Lambda's error JSON: the type decides, as in Airtable's body", () => {
    // https://github.com/victorhahn/airtable-plus/issues/2
    const x = explain(paste("74-airtable-js-1.txt"));
    expect(x.provider).toMatchObject({ id: "airtable", evidence: "the printout of airtable.js's AirtableError" });
    expect(x.input.status).toBe(422);
    expect(x.error!.retryable).toBe(false);
    expect(x.error!.message).toMatch(/^Airtable answered HTTP 422: The formula for filtering records is invalid/);
    const denied = explain("Error: AirtableError: Invalid permissions, or the requested model was not found.(INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND)[Http code 403]");
    expect(denied.rule).toBe("provider.airtable.invalid-permissions-or-model-not-found");
    expect(denied.error!.message).toMatch(/HTTP 403: Invalid permissions/);
    // Its TypeScript ports put spaces between the parts.
    expect(explain("Rate limit exceeded (RATE_LIMIT_REACHED) [Http code 429]").rule).toBe("provider.airtable.rate-limited");
  });
});

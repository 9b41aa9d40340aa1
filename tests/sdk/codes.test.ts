import { describe, test, expect } from "vitest";
import {
  CODES,
  ERROR_CLASSES,
  SITE_ORIGIN,
  classify,
  codeInfo,
  errorFromResponse,
  explain,
  isKnownCode,
  type AlterSDKError,
  type CodeInfo,
  type ErrorName,
} from "../../sdk/src/docs.js";

/**
 * Spec section 3: the typed fields (wire key → TS name) of each class. The keys of the
 * code table that a class does not name here stay in `details` only.
 */
const TYPED: Partial<Record<ErrorName, Record<string, string>>> = {
  GrantExpiredError: { grant_id: "grantId" },
  GrantRevokedError: { grant_id: "grantId" },
  CredentialRevokedError: { grant_id: "grantId", provider_id: "providerId", app_user_id: "appUserId" },
  GrantDeletedError: { grant_id: "grantId" },
  GrantNotFoundError: { provider_id: "providerId", agent_id: "agentId", app_user_id: "appUserId" },
  AmbiguousGrantError: {
    provider_id: "providerId",
    account_identifiers: "accountIdentifiers",
    account_was_provided: "accountWasProvided",
    app_user_ids: "appUserIds",
    grant_ids: "grantIds",
  },
  PolicyViolationError: { policy_error: "policyError" },
  InsufficientScopeError: {
    required: "required",
    granted: "granted",
    missing: "missing",
    scope_version: "scopeVersion",
    current_scope_version: "currentScopeVersion",
    scope_version_mismatch: "scopeVersionMismatch",
    documentation_url: "documentationUrl",
  },
  NoDelegatedGrantError: { provider_id: "providerId", agent_id: "agentId", app_user_id: "appUserId" },
  ScopeReauthRequiredError: { grant_id: "grantId", provider_id: "providerId", missing_scopes: "missingScopes" },
  TokenRefreshInProgressError: { grant_id: "grantId" },
  RestrictedGrantRequiresProxyError: { grant_id: "grantId" },
  ApprovalDeniedError: { approval_id: "approvalId" },
  ApprovalExpiredError: { approval_id: "approvalId" },
  ApprovalExecutionFailedError: { approval_id: "approvalId" },
  AlterValueError: { fields: "fields" },
};
const AGENT_CLASSES = new Set<ErrorName>([
  "InvalidKeyError",
  "AgentNotFoundError",
  "AgentNameExistsError",
  "MeRequiresAgentKeyError",
  "KeyRevokedError",
  "AgentInactiveError",
  "AgentRevokedError",
  "KeyNotFoundError",
  "KeyAlreadyRevokedError",
  "LastActiveKeyError",
  "AgentCannotMintSubagentsError",
  "AgentScopeNarrowingNotSupportedError",
  "IdempotencyKeyBodyMismatchError",
  "IdempotencyKeyAgentRevokedError",
  "IdempotencyKeyAgentInactiveError",
]);

const LISTS = new Set(["account_identifiers", "app_user_ids", "grant_ids", "required", "granted", "missing", "missing_scopes"]);

/** A realistic value for a details key, generated from its name. */
function valueFor(key: string): unknown {
  if (LISTS.has(key)) {
    if (key === "required") return ["audit:read", "agents:read"];
    if (key === "granted") return ["agents:read"];
    if (key === "missing") return ["audit:read"];
    return [`${key}_a`, `${key}_b`];
  }
  switch (key) {
    case "account_was_provided":
      return true;
    case "scope_version_mismatch":
      return false; // the derivation would say true: the backend's flag must win
    case "scope_version":
      return 2;
    case "current_scope_version":
      return 3;
    case "documentation_url":
      return "https://backend.example.com/docs/scopes#audit";
    case "fields":
      return { redirect_url: ["must use https"], provider_id: ["is required"] };
    default:
      return `${key}_value`;
  }
}

function detailsFor(info: CodeInfo): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  for (const key of info.keys) d[key] = valueFor(key);
  return d;
}

/** Every field of `err` the spec fills from details, and the other expectations of a code. */
function expectMapped(err: AlterSDKError | null, info: CodeInfo, status: number | undefined, requestId: string) {
  const cls = ERROR_CLASSES[info.error as ErrorName];
  expect(err).toBeInstanceOf(cls);
  expect(err!.name).toBe(info.error);
  const e = err as unknown as Record<string, unknown>;
  const details = detailsFor(info);
  // Every envelope key copied verbatim.
  for (const [key, value] of Object.entries(details)) expect(err!.details[key], `details.${key}`).toEqual(value);
  // Mapper keys.
  expect(err!.details.code).toBe(info.code);
  if (status === undefined) expect(err!.details).not.toHaveProperty("status_code");
  else expect(err!.details.status_code).toBe(status);
  expect(err!.details.request_id).toBe(requestId);
  expect(err!.requestId).toBe(requestId);
  // Typed fields.
  const typed = TYPED[info.error as ErrorName] ?? {};
  for (const [wire, field] of Object.entries(typed)) {
    if (info.keys.includes(wire)) expect(e[field], `${field} from details.${wire}`).toEqual(details[wire]);
  }
  if (AGENT_CLASSES.has(info.error as ErrorName)) {
    expect(e.code).toBe(info.code);
    expect(e.hint).toBe(info.keys.includes("hint") ? "hint_value" : undefined);
  }
  for (const [wire, value] of Object.entries(info.implies ?? {})) {
    const field = typed[wire]!;
    expect(e[field]).toBe(value);
  }
  // No typed field is left at a made-up value: keys absent from the code's list read as undefined / [] / false.
  for (const [wire, field] of Object.entries(typed)) {
    if (info.keys.includes(wire) || (info.implies && wire in info.implies)) continue;
    expect(e[field], `${field} when ${wire} is not sent`).toBeUndefined();
  }
  // docsUrl: the class page, except InsufficientScopeError (documentation_url passed on as is).
  if (info.error === "InsufficientScopeError") expect(err!.docsUrl).toBe(details.documentation_url);
  else expect(err!.docsUrl).toMatch(new RegExp(`^${SITE_ORIGIN}/errors/[a-z-]+/$`));
  // Retrying (section 8): only these codes are retryable, whatever the status.
  const retryable = info.error === "TokenRefreshInProgressError" || info.code === "rate_limit_exceeded";
  expect(err!.retryable).toBe(retryable);
}

const message = (info: CodeInfo) => `Backend says: ${info.code}.`;
const envelope = (info: CodeInfo, requestId: string) => ({
  error: { code: info.code, message: message(info), request_id: requestId, details: detailsFor(info) },
});

const rows = CODES.map((c) => ({ ...c }) as CodeInfo);

describe("the code table (spec section 4)", () => {
  test.each(rows)("$code with its usual status $status maps to $error", (info) => {
    const err = errorFromResponse({
      status: info.status,
      headers: new Headers({ "Content-Type": "application/json", "X-Request-Id": "req_header_1" }),
      body: JSON.stringify(envelope(info, "req_body_1")),
    });
    expectMapped(err, info, info.status, "req_header_1");
    expect(err!.message).toBe(message(info));
  });

  test.each(rows)("$code with an unusual status (500, then 504, then 429) still maps by code to $error", (info) => {
    for (const status of [500, 504, 429, 400]) {
      const err = errorFromResponse({
        status,
        headers: { "content-type": "application/json; charset=utf-8" },
        body: envelope(info, "req_body_2"),
      });
      expectMapped(err, info, status, "req_body_2");
    }
  });

  test.each(rows)("$code as a bare pasted body (no status) maps to $error", (info) => {
    const text = JSON.stringify(envelope(info, "req_body_3"), null, 2);
    const err = classify(text);
    expectMapped(err, info, undefined, "req_body_3");
    expect(explain(text).rule).toBe("backend.code");
  });

  test.each(rows)("$code in a raw HTTP response maps to $error, request id from the header", (info) => {
    const text = `HTTP/1.1 ${info.status} Whatever\r\nContent-Type: application/json\r\nX-Request-Id: req_header_4\r\n\r\n${JSON.stringify(envelope(info, "req_body_4"))}`;
    expectMapped(classify(text), info, info.status, "req_header_4");
  });

  test.each(rows)("$code as application/problem+json maps to $error", (info) => {
    const body = { type: `https://errors.example.com/${info.code}`, title: "Request failed", detail: `Problem: ${info.code}`, code: info.code, request_id: "req_body_5", ...detailsFor(info) };
    const err = errorFromResponse({ status: info.status, headers: [["content-type", "application/problem+json"]], body: JSON.stringify(body) });
    expectMapped(err, info, info.status, "req_body_5");
    expect(err!.message).toBe(`Problem: ${info.code}`);
    // Every other member goes to details.
    expect(err!.details.type).toBe(body.type);
    expect(err!.details.title).toBe("Request failed");
  });

  test.each(rows)("$code as a bare problem+json body (code with type/title/detail) maps to $error", (info) => {
    const body = { type: "about:blank", title: "Request failed", detail: `Problem: ${info.code}`, code: info.code, request_id: "req_body_6", ...detailsFor(info) };
    expectMapped(classify(JSON.stringify(body)), info, undefined, "req_body_6");
  });

  test.each(rows)("$code: the code table row is complete", (info) => {
    expect(info.code).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
    expect(info.status).toBeGreaterThanOrEqual(400);
    expect(info.status).toBeLessThan(600);
    expect(Object.keys(ERROR_CLASSES)).toContain(info.error);
    expect(info.meaning.trim()).not.toBe("");
    expect(isKnownCode(info.code)).toBe(true);
    expect(codeInfo(info.code)).toBe(CODES.find((c) => c.code === info.code));
    for (const k of info.keys) expect(k).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  test("codes are unique and lower snake_case", () => {
    const codes = CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  test("the table is the spec's: 36 codes, in the spec's order", () => {
    expect(CODES.map((c) => `${c.code} ${c.status} ${c.error}`)).toEqual([
      "grant_expired 401 GrantExpiredError",
      "grant_revoked 401 GrantRevokedError",
      "credential_revoked 401 CredentialRevokedError",
      "grant_deleted 410 GrantDeletedError",
      "grant_not_found 404 GrantNotFoundError",
      "ambiguous_grant 409 AmbiguousGrantError",
      "policy_violation 403 PolicyViolationError",
      "rate_limit_exceeded 429 PolicyViolationError",
      "insufficient_scope 403 InsufficientScopeError",
      "no_delegated_grant 403 NoDelegatedGrantError",
      "scope_reauth_required 403 ScopeReauthRequiredError",
      "token_refresh_in_progress 409 TokenRefreshInProgressError",
      "restricted_grant_requires_proxy 403 RestrictedGrantRequiresProxyError",
      "sibling_label_conflict 409 SiblingLabelConflictError",
      "connect_denied 403 ConnectDeniedError",
      "connect_config_error 400 ConnectConfigError",
      "connect_timeout 408 ConnectTimeoutError",
      "approval_denied 403 ApprovalDeniedError",
      "approval_expired 410 ApprovalExpiredError",
      "approval_execution_failed 502 ApprovalExecutionFailedError",
      "invalid_key 401 InvalidKeyError",
      "key_revoked 401 KeyRevokedError",
      "agent_not_found 404 AgentNotFoundError",
      "agent_name_exists 409 AgentNameExistsError",
      "me_requires_agent_key 400 MeRequiresAgentKeyError",
      "agent_inactive 403 AgentInactiveError",
      "agent_revoked 403 AgentRevokedError",
      "key_not_found 404 KeyNotFoundError",
      "key_already_revoked 409 KeyAlreadyRevokedError",
      "last_active_key 409 LastActiveKeyError",
      "agent_cannot_mint_subagents 403 AgentCannotMintSubagentsError",
      "agent_scope_narrowing_not_supported 400 AgentScopeNarrowingNotSupportedError",
      "idempotency_key_body_mismatch 422 IdempotencyKeyBodyMismatchError",
      "idempotency_key_agent_revoked 409 IdempotencyKeyAgentRevokedError",
      "idempotency_key_agent_inactive 409 IdempotencyKeyAgentInactiveError",
      "validation_error 422 AlterValueError",
    ]);
  });

  test("codes are matched exactly: case or spacing variants are unknown codes", () => {
    for (const code of ["Grant_Expired", "GRANT_EXPIRED", " grant_expired", "grant_expired ", "grant-expired"]) {
      expect(isKnownCode(code)).toBe(false);
      const err = errorFromResponse({ status: 401, headers: { "content-type": "application/json" }, body: { error: { code } } }, { source: "backend" });
      expect(err!.name).toBe("BackendError");
      expect(err!.details.sdk_reason).toBe("unknown_code");
      expect(err!.details.code).toBe(code);
    }
  });

  test("rate_limit_exceeded takes retryAfter from the Retry-After header", () => {
    const err = errorFromResponse({
      status: 429,
      headers: { "Retry-After": "17", "Content-Type": "application/json" },
      body: { error: { code: "rate_limit_exceeded", message: "slow down" } },
    });
    expect(err!.name).toBe("PolicyViolationError");
    expect((err as unknown as { policyError: string }).policyError).toBe("rate_limit_exceeded");
    expect(err!.retryAfter).toBe(17);
    expect(err!.retryable).toBe(true);
  });
});

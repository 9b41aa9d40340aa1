/**
 * MongoDB Atlas: named by cloud.mongodb.com (and realm.mongodb.com, services.cloud.mongodb.com), its error body (`error` a status
 * number beside `errorCode`, `reason` and `detail`) and its Go SDK's printout of it; its rate limits wait what the body names (the
 * seconds, else the window), its API access list's 403 is an IP address to add (not retried), and `USER_UNAUTHORIZED` is a role the
 * key lacks. Another API's `errorCode` body without Atlas's members is not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("mongodb-atlas", () => {
  test("the service account token endpoint's RATE_LIMITED body names it, and waits the one-minute window it states", () => {
    // https://github.com/mongodb/terraform-provider-mongodbatlas/pull/3791 (the provider's troubleshooting docs)
    const x = explain(paste("199-mongodb-atlas-terraform-oauth-token-rate-limited-429-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable, x.error!.retryAfter]).toEqual([
      "mongodb-atlas",
      "body shape",
      "provider.mongodb-atlas.rate-limited",
      "ProviderAPIError",
      true,
      60,
    ]);
  });

  test("the v2 API's token bucket waits the seconds its detail names; the invitations' 400 waits its window", () => {
    // https://www.mongodb.com/docs/atlas/api/api-rate-limit (the sample error message; status line added)
    const bucket = explain(
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"detail": "Rate limit exceeded for api/atlas/v2/orgs. Please retry after 55 seconds. Request capacity: 10. Refill rate: 5 per 60 seconds.", "error": 429, "errorCode": "RATE_LIMITED_TOKEN_BUCKET", "parameters": ["api/atlas/v2/orgs", 55, 10, 5, 60], "reason": "Too Many Requests"}',
      { now },
    );
    expect([bucket.provider?.id, bucket.rule, bucket.error!.retryable, bucket.error!.retryAfter]).toEqual(["mongodb-atlas", "provider.mongodb-atlas.rate-limited", true, 55]);
    // Its Retry-After, when sent, comes first.
    const header = explain(
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 12\nContent-Type: application/json\n\n{"detail": "Rate limit exceeded for api/atlas/v2/orgs. Please retry after 55 seconds.", "error": 429, "errorCode": "RATE_LIMITED_TOKEN_BUCKET", "parameters": [], "reason": "Too Many Requests"}',
      { now },
    );
    expect(header.error!.retryAfter).toBe(12);
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1589
    const invites = explain(paste("120-atlas-400-invitations-rate-limited-1.txt"), { now });
    expect([invites.provider?.id, invites.provider?.evidence, invites.rule, invites.error!.retryable, invites.error!.retryAfter]).toEqual([
      "mongodb-atlas",
      "request URL host cloud.mongodb.com",
      "provider.mongodb-atlas.rate-limited",
      true,
      60,
    ]);
  });

  test("an IP address off the API access list is one to add, never retried, in any of its clients' words", () => {
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1048
    const x = explain(paste("199-mongodb-atlas-terraform-ip-access-list-403-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "mongodb-atlas",
      "request URL host cloud.mongodb.com",
      "provider.mongodb-atlas.ip-not-on-access-list",
      "ProviderAPIError",
      false,
    ]);
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/235 (the "whitelist" words, code "Forbidden")
    const old = explain(paste("199-mongodb-atlas-terraform-whitelist-403-1.txt"), { now });
    expect([old.provider?.id, old.rule, old.error!.retryable]).toEqual(["mongodb-atlas", "provider.mongodb-atlas.ip-not-on-access-list", false]);
    // The Atlas Go SDK's printout of ORG_REQUIRES_ACCESS_LIST, as the Atlas CLI prints it (`atlas config init`)
    const sdk = explain(
      'There was an error fetching your organizations: https://cloud.mongodb.com/api/atlas/v2/orgs GET: HTTP 403 (Error code: "ORG_REQUIRES_ACCESS_LIST") Detail: This organization requires access through an access list of ip ranges. Reason: Forbidden. Params: [175.196.74.118]',
      { now },
    );
    expect([sdk.provider?.id, sdk.rule, sdk.error!.retryable]).toEqual(["mongodb-atlas", "provider.mongodb-atlas.ip-not-on-access-list", false]);
  });

  test("a key without the role a call needs is a permission to grant, not a key to replace", () => {
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/659
    const role = explain(paste("199-mongodb-atlas-terraform-user-unauthorized-401-1.txt"), { now });
    expect([role.provider?.id, role.rule, role.error!.name, role.error!.retryable]).toEqual(["mongodb-atlas", "provider.mongodb-atlas.role-required", "ScopeReauthRequiredError", false]);
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/3657
    const list = explain(paste("199-mongodb-atlas-terraform-api-key-access-list-denied-401-1.txt"), { now });
    expect([list.provider?.id, list.rule, list.error!.name]).toEqual(["mongodb-atlas", "provider.mongodb-atlas.role-required", "ScopeReauthRequiredError"]);
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/3361 (App Services on realm.mongodb.com): a plain 401 stays a credential
    const session = explain(paste("158-mongodb-atlas-401-missingsession-terraform-1.txt"), { now });
    expect([session.provider?.id, session.provider?.evidence, session.rule, session.error!.name]).toEqual([
      "mongodb-atlas",
      "request URL host realm.mongodb.com",
      "provider.401",
      "ProviderUnauthorizedError",
    ]);
  });

  test("its API keys' Digest challenge and its service-version header name it; a 401 that stays is a credential to check", () => {
    // https://github.com/mongodb/terraform-provider-mongodbatlas/issues/1327 (the challenge and body its debug log printed; status
    // line added)
    const digest = explain(
      'HTTP/1.1 401 Unauthorized\nWww-Authenticate: Digest realm="MMS Public API", domain="", nonce="I+xG4xb7bUgq8uMBCuAxZPI+VDDcJ9q1", algorithm=MD5, qop="auth", stale=false\n\n{"error" : 401, "reason" : "Unauthorized", "detail" : "You are not authorized for this resource."}',
      { now },
    );
    expect([digest.provider?.id, digest.provider?.evidence, digest.rule, digest.error!.name]).toEqual(["mongodb-atlas", "body shape", "provider.401", "ProviderUnauthorizedError"]);
    // Constructed: the header every answer of its API carries
    const header = explain("HTTP/1.1 404 Not Found\nX-MongoDB-Service-Version: gitHash=6e0137abb37d10f0d6179c1d69ee492495b18e9d; versionString=master\n\n{}", { now });
    expect([header.provider?.id, header.provider?.evidence]).toEqual(["mongodb-atlas", "header X-MongoDB-Service-Version"]);
  });

  test("a server error on cloud.mongodb.com is named and retried as one", () => {
    // https://github.com/mongodb/mongodb-atlas-kubernetes/issues/1962
    const x = explain(paste("169-mongodb-atlas-admin-v2-500-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.retryable]).toEqual(["mongodb-atlas", "provider.error", true]);
  });

  test("another API's errorCode body, a rate limit's words from another API, and its docs are not it", () => {
    // Constructed: an `errorCode` and a numeric `error` without Atlas's `reason` and `detail`
    const other = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"error":429,"errorCode":"RATE_LIMITED","message":"Too many requests"}', { now });
    expect([other.provider, other.rule]).toEqual([undefined, "provider.error"]);
    // The Go client's line with no URL and no reason names nothing (https://github.com/mongodb/mongodbatlas-cloudformation-resources/issues/379)
    expect(explain(paste("169-mongodb-atlas-400-missing-attribute-1.txt"), { now }).provider).toBeUndefined();
    // https://www.mongodb.com/docs/atlas/api/api-rate-limit (the page's prose) is no response
    expect(() => explain(paste("120-probe-atlas-rate-limit-docs-1.txt"), { now })).toThrow();
  });
});

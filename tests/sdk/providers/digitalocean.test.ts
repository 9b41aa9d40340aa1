/**
 * DigitalOcean: its host names it in what godo and doctl print, and godo's bracketed request id is quoted; its rate limits are
 * the generic rules' (`RateLimit-Remaining: 0` and `RateLimit-Reset`); Spaces and other APIs' `{id, message, request_id}` are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("digitalocean", () => {
  test("doctl's 401 is named by the API host and is a dead token", () => {
    // https://github.com/digitalocean/doctl/issues/252
    const x = explain("$ doctl compute ssh-key list\nError: GET https://api.digitalocean.com/v2/account/keys?page=1&per_page=200: 401 Unable to authenticate you.", { now });
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.name, x.error!.retryable]).toEqual([
      "digitalocean",
      "request URL host api.digitalocean.com",
      "provider.401",
      "ProviderUnauthorizedError",
      false,
    ]);
  });

  test("godo's line quotes the request id it prints in brackets; a token without the scope is a plain 403", () => {
    // https://github.com/digitalocean/action-doctl/issues/83 (the token lacked `registry:create`)
    const x = explain(
      'Error: GET https://api.digitalocean.com/v2/registry/docker-credentials?expiry_seconds=1200&read_write=true: 403 (request "34fe003d-496e-4c9e-b689-558c7396b9e3") you do not have access for the attempted action',
      { now },
    );
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.requestId]).toEqual(["digitalocean", "provider.403", false, "34fe003d-496e-4c9e-b689-558c7396b9e3"]);
  });

  test("a 422 from Terraform's godo keeps its request id and is not retried", () => {
    const x = explain(paste("156-godo-422-request-id-1.txt"), { now });
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.requestId]).toEqual(["digitalocean", "provider.error", false, "a87e6ebb-577a-4ee4-bdfa-f94fc7287ead"]);
  });

  test("the hourly limit spent is the generic rule's, waiting for RateLimit-Reset; the body names DigitalOcean and its request id", () => {
    // The API reference's sample rate-limit headers and 429 body (https://github.com/digitalocean/openapi/blob/main/specification/shared/description.md),
    // with a `request_id` as the error object documents it and a Date to count from.
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Date: Thu, 01 Jan 2026 00:00:00 GMT
Content-Type: application/json
RateLimit-Limit: 5000
RateLimit-Remaining: 0
RateLimit-Reset: ${now / 1000 + 1800}

{"id":"too_many_requests","message":"API Rate limit exceeded.","request_id":"4d9d8375-3c56-4925-a3e7-eb137fed17e9"}`,
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable, x.error!.retryAfter, x.error!.requestId]).toEqual([
      "digitalocean",
      "body shape",
      "provider.rate-limit-spent",
      true,
      1800,
      "4d9d8375-3c56-4925-a3e7-eb137fed17e9",
    ]);
  });

  test("Mattermost's `{id, message, request_id}` and Spaces' S3 errors are not DigitalOcean's", () => {
    // https://github.com/mattermost/mattermost (a session-expired answer as curl printed it, tests/fixtures/pastes/192-mattermost-curl-401-session-expired-1.txt)
    const mattermost = explain(
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"id":"api.context.session_expired.app_error","message":"Invalid or expired session, please login again.","detailed_error":"","request_id":"g1ezfufz178xdecbjj6snifpey","status_code":401}',
      { now },
    );
    expect(mattermost.provider?.id).not.toBe("digitalocean");
    expect(explain(paste("125-do-spaces-503-slowdown-php-1.txt"), { now }).provider?.id).not.toBe("digitalocean");
  });
});

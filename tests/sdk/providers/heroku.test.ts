/**
 * Heroku: the Platform API is named by its host, its clients (heroku.rb's `Heroku::API::Errors`) and its error object's Dev
 * Center link, and its `Request-Id` is quoted; its statuses say the rest, so it has no signal of its own. The apps it hosts are
 * not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("heroku", () => {
  test("a rate limit is the generic 429, with the body naming Heroku and its Request-Id quoted", () => {
    // The Platform API reference's rate-limit error (https://devcenter.heroku.com/articles/platform-api-reference#rate-limits),
    // with the `RateLimit-Remaining` and `Request-Id` headers every answer carries.
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
RateLimit-Remaining: 0
Request-Id: 7e01844b-2d1c-4a4e-9f5e-0c2b0d1e6a3f

{"id":"rate_limit","message":"Your account reached the API rate limit\\nPlease wait a few minutes before making new requests","url":"https://devcenter.heroku.com/articles/platform-api-reference#rate-limits"}`,
      { now },
    );
    expect([x.provider?.id, x.provider?.evidence, x.rule, x.error!.retryable, x.error!.requestId]).toEqual([
      "heroku",
      "body shape",
      "provider.rate-limit-spent",
      true,
      "7e01844b-2d1c-4a4e-9f5e-0c2b0d1e6a3f",
    ]);
  });

  test("heroku.rb's errors name Heroku: a 503 `unavailable` is retried, an app limit's 422 is not", () => {
    // https://github.com/heroku/node-heroku-client/issues/81 and https://github.com/heroku/heroku.rb/pull/79
    const unavailable = explain(paste("177-heroku-excon-503-unavailable-1.txt"), { now });
    expect([unavailable.provider?.id, unavailable.rule, unavailable.error!.retryable]).toEqual(["heroku", "provider.error", true]);
    const appLimit = explain(paste("121-heroku-rb-422-app-limit-1.txt"), { now });
    expect([appLimit.provider?.id, appLimit.rule, appLimit.error!.retryable]).toEqual(["heroku", "provider.error", false]);
  });

  test("the CLI's call to api.heroku.com is named by its host", () => {
    // https://github.com/heroku/cli/issues/516 (a retired login endpoint: 410)
    const x = explain(paste("122-heroku-login-410-1.txt"), { now });
    expect([x.provider?.id, x.provider?.evidence, x.error!.retryable]).toEqual(["heroku", "request URL host api.heroku.com", false]);
  });

  test("a callback URL on an old `<app>.heroku.com` host does not make a Twilio error Heroku's", () => {
    expect(explain(paste("128-twilio-401-authenticate-python-1.txt"), { now }).provider?.id).toBe("twilio");
  });
});

import { describe, expect, test } from "vitest";
import { classify, explain, type ScopeReauthRequiredError } from "../../../sdk/src/index.js";

describe("github", () => {
  test("X-Accepted-GitHub-Permissions: the first alternative set (`;` separates sets)", () => {
    const e = classify(
      'HTTP/2 403\r\nx-accepted-github-permissions: pull_requests=read,contents=read; issues=read,contents=read\r\n\r\n{"message":"Resource not accessible by integration"}',
      { providerId: "github" },
    ) as ScopeReauthRequiredError;
    expect(e.missingScopes).toEqual(["pull_requests=read", "contents=read"]);
  });

  test("a spent primary limit wins over the scope headers: GitHub checks the rate limit first", () => {
    const x = explain("HTTP/2 403\r\nx-github-request-id: A:B\r\nx-ratelimit-remaining: 0\r\nx-ratelimit-reset: 1700000060\r\nx-accepted-oauth-scopes: repo\r\nx-oauth-scopes: read:user\r\n\r\n{}", { now: 1_700_000_000_000 });
    expect(x.rule).toBe("provider.rate-limit-spent");
    expect(x.error!.retryAfter).toBe(60);
  });

  test("a 200 without RATE_LIMITED errors is no error", () => {
    expect(classify('HTTP/2 200\r\n\r\n{"data":{"viewer":{"login":"a"}}}', { providerId: "github" })).toBeNull();
  });

  test("Slack's X-Accepted-OAuth-Scopes do not make a Slack response GitHub's", () => {
    const x = explain('HTTP/2 200\r\nx-slack-req-id: r1\r\nx-oauth-scopes: chat:write\r\nx-accepted-oauth-scopes: channels:read\r\n\r\n{"ok":false,"error":"missing_scope","needed":"channels:read"}');
    expect(x.provider?.id).toBe("slack");
    expect(x.rule).toBe("quirk.slack.missing-scope");
  });
});

describe("github, printed by PyGithub", () => {
  test("RateLimitExceededException's '403 {...}' names GitHub by its package and is a retryable primary limit", () => {
    // https://github.com/Justintime50/github-archive/issues/54
    const x = explain(
      `github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded for 195.19.90.245. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}`,
    );
    expect(x.provider?.id).toBe("github");
    expect(x.rule).toBe("provider.github.primary-rate-limit");
    expect(x.error!.retryable).toBe(true);
  });
});

describe("github, printed by octokit.rb", () => {
  test("'GET url: 403 - Resource not accessible by integration // See: ...' is a missing App permission", () => {
    // https://github.com/zerocracy/judges-action/issues/601
    const x = explain(
      "E: Octokit::Forbidden: GET https://api.github.com/repos/o/r/commits/87b8/pulls?per_page=100: 403 - Resource not accessible by integration // See: https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit\n   \t/usr/local/bundle/gems/octokit-9.2.0/lib/octokit/response/raise_error.rb:14:in 'Octokit::Response::RaiseError#on_complete'",
    );
    expect(x.provider?.evidence).toBe("request URL host api.github.com");
    expect(x.rule).toBe("provider.github.integration-permissions");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
  });

  test("the request ID GitHub's rate-limit message asks to quote becomes the request id", () => {
    // https://github.com/osunyorg/admin/issues/1847
    const x = explain(
      "**Octokit::TooManyRequests** in **Communication::Website#sync**\nGET https://api.github.com/repos/o/r/branches/main: 403 - API rate limit exceeded for user ID 90196448. If you reach out to GitHub Support for help, please include the request ID C41A:F59EC:30C17C5:31122C0:662B25DE and timestamp 2024-04-26 03:56:14 UTC. // See: https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
    );
    expect(x.rule).toBe("provider.github.primary-rate-limit");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.requestId).toBe("C41A:F59EC:30C17C5:31122C0:662B25DE");
  });
});

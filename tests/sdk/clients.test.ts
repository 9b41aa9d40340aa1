/**
 * A provider named by its client libraries in a paste (`Provider.clients`, spec section 14's
 * identification, the weakest evidence): an exception's qualified name, a stack trace's
 * package directory, an exception class's name. Read as code, never as prose, and only when
 * the paste names one provider's clients.
 */
import { describe, expect, test } from "vitest";
import { paste } from "../support/pastes.js";
import { explain } from "../../sdk/src/index.js";
import { PROVIDER_MATCHERS } from "../../sdk/src/providers/index.js";
import { identifyByClient } from "../../sdk/src/providers/clients.js";
import { expectLinear, repeat } from "../support/linear.js";


describe("the table of client names", () => {
  const owners = new Map<string, string[]>();
  for (const p of PROVIDER_MATCHERS) for (const name of [...p.clients.packages.map((n) => `package ${n}`), ...p.clients.classes.map((n) => `class ${n}`)]) owners.set(name, [...(owners.get(name) ?? []), p.id]);

  test("no name is two providers' (a later entry would silently take it)", () => {
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  /** Where each kind of name shows: a package as an exception's module or a stack trace's directory, a class as an exception's name. */
  const shown = (kind: "package" | "class", name: string): string[] =>
    kind === "class"
      ? [`${name}ApiError: 403 Forbidden`, `raise ${name}Exception(response)`]
      : name.startsWith("@") || name.includes("-")
        ? [`    at request (/app/node_modules/${name.replace(".", "/")}/dist/index.js:86:21)`]
        : /^[a-z]+\.\w+\.\w+$/.test(name)
          ? [`${name}.client.auth.TokenResponseException: 401 Unauthorized`] // a Java package, three names long
          : [`${name}.errors.ForbiddenError: 403`, `  File "/usr/lib/python3/site-packages/${name.replaceAll(".", "/")}/client.py", line 3`];

  for (const p of PROVIDER_MATCHERS) {
    const names = [...p.clients.packages.map((n) => ["package", n] as const), ...p.clients.classes.map((n) => ["class", n] as const)];
    if (names.length === 0) continue;
    test(`${p.id}: each of its names, where its clients print it, identifies it`, () => {
      for (const [kind, name] of names) {
        for (const text of shown(kind, name)) expect(identifyByClient(text)?.provider.id, `${kind} ${name} in ${JSON.stringify(text)}`).toBe(p.id);
      }
    });
  }
});

describe("real pastes that name their provider only by its client", () => {
  test.each([
    // (71-client-named-1.txt, tweepy's Forbidden, names X by its code 453's own words too since round 47: trials.test.ts.)
    ["71-client-named-2.txt", "shopify", "ShopifyCLI::API::APIRequestClientError", "ProviderAPIError"],
    ["71-client-named-3.txt", "gitlab", "org.gitlab.api.GitlabAPIException", "ProviderUnauthorizedError"],
    // (71-client-named-4.txt, octokit.rb against GitHub Enterprise, names GitHub by its `/api/v3/` URL on a `github.` host since round 97.)
    // (71-client-named-5.txt, @notionhq/client's 401, names Notion by the `x-notion-request-id` it printed since round 121: trials.test.ts.)
    ["71-client-named-6.txt", "zendesk", "ZendeskAPI::Error::NetworkError", "ProviderUnauthorizedError"],
    ["71-client-named-7.txt", "google", "com.google.api.client.googleapis.json.GoogleJsonResponseException", "ProviderAPIError"],
    // (71-client-named-8.txt, the Dropbox Objective-C SDK's DropboxHttpError, is read by a reader of its own since round 159, which
    // names Dropbox and takes its request id: trials.test.ts.)
    ["71-client-named-9.txt", "x", "TwitterRequestError", "ProviderAPIError"],
    ["71-client-named-10.txt", "shopify", "node_modules\\shopify-api-node", "ProviderUnauthorizedError"],
  ])("%s: %s, by %s", (file, id, name, cls) => {
    const x = explain(paste(file));
    expect(x.provider).toEqual({ id, name: PROVIDER_MATCHERS.find((p) => p.id === id)!.name, evidence: `the client in the paste: ${name}` });
    expect(x.error!.details.provider_id).toBe(id);
    expect(x.error!.name).toBe(cls);
  });

  test("the name identifies: X's 429 under tweepy reads X's rate-limit headers once the provider is known", () => {
    const x = explain(`tweepy.errors.TooManyRequests: 429 Too Many Requests
HTTP/1.1 429 Too Many Requests
x-rate-limit-remaining: 0
x-rate-limit-reset: 1767225900

{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}`);
    expect(x.provider?.id).toBe("x");
  });
});

describe("what is no client's name", () => {
  test.each([
    ["a host", "403 Forbidden from https://api.github.com/repos/o/r (see https://stripe.com/docs/errors)"],
    ["a Go module path, whose owner is no client (google/go-github is GitHub's client, written by Google)", "panic: 401 Unauthorized\n\ngoroutine 1 [running]:\ngithub.com/google/go-github/v50/github.(*Client).Do(0xc000)\n\t/go/pkg/mod/github.com/google/go-github/v50@v50.2.0/github/github.go:900"],
    ["a Java package of another library that shares the owner's domain", "com.google.gson.JsonSyntaxException: 401 Unauthorized\n\tat com.github.benmanes.caffeine.cache.BoundedLocalCache.computeIfAbsent(BoundedLocalCache.java:2406)"],
    ["prose that names an API", "Failed to fetch contacts: HubSpot API error: 401"],
    ["a logger's name (its last name is not capitalized)", "ERROR:slack_sdk.web.base_client:status 500"],
    ["a word that only starts like a client", "SlackerError: 401 Unauthorized\nBoxedException: 401"],
  ])("%s", (_, text) => {
    expect(identifyByClient(text)).toBeUndefined();
  });

  test("a client through which other APIs are called names none: openai-python for Baidu's ERNIE, a local server; Groq through LiteLLM is named by its body", () => {
    for (const file of ["72-compatible-client-1.txt", "72-compatible-client-2.txt"]) {
      const x = explain(paste(file));
      expect(x.provider, file).toBeUndefined();
      expect(x.error!.name, file).toBe("ProviderAPIError");
    }
    // Groq's own page in its message names it (a provider since round 148), not the LiteLLM client that printed it.
    expect(explain(paste("72-compatible-client-3.txt")).provider).toMatchObject({ id: "groq", evidence: "body shape" });
    // Named or not, what openai-python printed is a provider's response: a code the backend also uses
    // (`rate_limit_exceeded`) does not make it the backend's PolicyViolationError.
    const shared = explain("openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit exceeded', 'code': 'rate_limit_exceeded'}}");
    expect(shared.error!.name).toBe("ProviderAPIError");
    expect(shared.source).toBe("provider");
    expect(shared.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-client", matched: true, note: "openai-python" }));
    expect(shared.provider).toBeUndefined();
    expect(shared.error!.retryable).toBe(true);
    // OpenAI's own body still names it, whichever client printed it.
    const own = explain(
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
    );
    expect(own.provider).toMatchObject({ id: "openai", evidence: "body shape" });
    expect(own.error!.retryable).toBe(false);
  });

  test("a Java package named after a GitHub account is no GitHub client; PyGithub shows by its exception class", () => {
    expect(identifyByClient(paste("72-shaded-package-1.txt"))).toBeUndefined();
    expect(identifyByClient("github.scarsz.discordsrv.dependencies.jda.api.exceptions.ErrorResponseException: 50013: Missing Permissions")).toBeUndefined();
    expect(identifyByClient('github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded"}')).toMatchObject({
      provider: { id: "github" },
      evidence: "the client in the paste: github.GithubException.RateLimitExceededException",
    });
  });

  test("Atlassian's namespaces alone are no Jira client: they hold Bitbucket, Bamboo and plugins that call other APIs", () => {
    expect(identifyByClient("com.atlassian.bitbucket.AuthorisationException: 403")).toBeUndefined();
    expect(identifyByClient('  File "/app/site-packages/atlassian/rest_client.py", line 436, in raise_for_status')).toBeUndefined();
    expect(identifyByClient('  File "/app/site-packages/atlassian/bitbucket/__init__.py", line 12')?.provider.id).toBe("bitbucket");
    expect(identifyByClient('  File "/app/site-packages/atlassian/jira.py", line 12')?.provider.id).toBe("atlassian");
  });

  test("two providers' clients in one paste: neither (an app that calls both prints both)", () => {
    const text = `Traceback (most recent call last):
  File "/app/site-packages/slack_sdk/web/client.py", line 10, in chat_postMessage
  File "/app/site-packages/googleapiclient/http.py", line 938, in execute
googleapiclient.errors.HttpError: <HttpError 403 when requesting https://example.test/ returned "Forbidden">`;
    expect(identifyByClient(text)).toBeUndefined();
    expect(identifyByClient(text.replace("slack_sdk", "requests"))?.provider.id).toBe("google");
  });

  test("a body's words are the server's: a proxy that quotes its upstream's exception names no client of the caller", () => {
    const body = '{"error":"upstream failed: stripe.error.APIConnectionError: Request timed out"}';
    expect(explain(`HTTP/1.1 502 Bad Gateway\nContent-Type: application/json\n\n${body}`).provider).toBeUndefined();
    expect(explain(body).provider).toBeUndefined();
    // A text body too: a response's body is the server's, whatever it is.
    expect(explain("HTTP/1.1 502 Bad Gateway\nContent-Type: text/plain\n\nupstream failed: stripe.error.APIConnectionError: Request timed out").provider).toBeUndefined();
    // Printed around the response, the same name is the caller's client.
    expect(explain(`Stripe::APIConnectionError raised\nHTTP/1.1 502 Bad Gateway\nContent-Type: application/json\n\n${body}`).provider?.id).toBe("stripe");
  });

  test("a backend code's envelope stays the backend's, whatever client the traceback names", () => {
    const x = explain(`stripe.error.APIError: upstream failed
HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"error":{"code":"grant_revoked","message":"The grant was revoked.","request_id":"req_1"}}`);
    expect(x.error!.name).toBe("GrantRevokedError");
    expect(x.provider).toBeUndefined();
  });

  test("a providerId names the provider, or none: a client's name never overrides it", () => {
    const text = "tweepy.errors.Unauthorized: 401 Unauthorized";
    expect(explain(text, { providerId: "github" }).provider?.id).toBe("github");
    expect(explain(text, { providerId: "acme" }).provider).toBeUndefined();
  });

  test("a URL's host or a header is surer evidence, and wins", () => {
    const named = "tweepy.errors.Forbidden: 403 Forbidden\n";
    expect(explain(`${named}requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.github.com/user`).provider).toMatchObject({
      id: "github",
      evidence: "request URL host api.github.com",
    });
    expect(explain(`${named}HTTP/1.1 403 Forbidden\nX-GitHub-Request-Id: AB:CD\n\n{"message":"Bad"}`).provider).toMatchObject({ id: "github", evidence: "header X-GitHub-Request-Id" });
  });
});

describe("where a package directory hides", () => {
  test("after a Windows drive and a qualified-looking path, and below another package", () => {
    expect(identifyByClient("    at onResponse (d:x\\node_modules\\shopify-api-node\\node_modules\\got\\dist\\index.js:142:28)")).toMatchObject({
      provider: { id: "shopify" },
      evidence: "the client in the paste: node_modules\\shopify-api-node",
    });
    expect(identifyByClient("    at x (/app/node_modules/some-bot/node_modules/@octokit/request/dist/index.js:86:21)")?.provider.id).toBe("github");
  });

  test("node-zendesk's own message names Zendesk", () => {
    const x = explain("Zendesk Error (401): Not Authorized");
    expect(x.provider).toMatchObject({ id: "zendesk", evidence: "the printout of node-zendesk's `Zendesk Error (NNN)`" });
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });
});

describe("cost", () => {
  // Texts up to 128 KiB are read whole (longer ones at their two ends): these sizes are read whole.
  test.each([
    ["a long qualified name", "a.".repeat(40) + "B "],
    ["namespaces", "Slack::"],
    ["a class name that never ends in Error", "AErrorB"],
    ["package directories", "node_modules/@x/site-packages\\"],
    ["gems", "gems/aws-sdk-core-3.1.0/"],
    ["a Windows path read on from each name", "d:x\\y\\node_modules\\z\\"],
    ["nested package directories", "node_modules/a/node_modules/"],
  ])("%s: time linear in the text's size", (label, unit) => {
    expectLinear((n) => repeat(unit, n), (t) => identifyByClient(t), { small: 16 * 1024, label, collect: false });
  });

  test("a text of 5 MiB is read at its ends, where a printout names its client", () => {
    const text = `tweepy.errors.TooManyRequests: 429\n${"x".repeat(5 * 1024 * 1024)}\nno name here`;
    expect(identifyByClient(text)?.provider.id).toBe("x");
    expect(identifyByClient(`429\n${"x ".repeat(1024 * 1024)}\nStripeRateLimitError: 429\n`)?.provider.id).toBe("stripe");
  });
});

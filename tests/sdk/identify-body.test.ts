/**
 * A body shape only one provider sends names it before the source is chosen (spec sections
 * 12 and 14): pasted without its headers, a provider's body whose code is also one of the
 * backend's is the provider's. And a body that states its own status is read with it.
 */
import { describe, expect, test } from "vitest";
import { explain, parseResponse } from "../../sdk/src/index.js";
import { readFileSync } from "node:fs";
import { paste } from "../support/pastes.js";
import { AlterValueError } from "../../sdk/src/errors.js";

const now = Date.parse("2026-01-01T00:00:00Z");


describe("a body fingerprint wins over a backend code's name", () => {
  test("Box's 429 rate_limit_exceeded (a backend code) is Box's, retryable, not the backend's PolicyViolationError", () => {
    // https://github.com/box/box-windows-sdk-v2/issues/166
    const x = explain(
      `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"type":"error","status":429,"code":"rate_limit_exceeded","help_url":"http:\\/\\/developers.box.com\\/docs\\/#errors","message":"Request rate limit exceeded, please try again later","request_id":"96893023457c59cadcd7c2"}`,
      { now },
    );
    expect(x.provider).toEqual({ id: "box", name: "Box", evidence: "body shape" });
    expect(x.trace).toContainEqual(expect.objectContaining({ rule: "source.provider-fingerprint", matched: true, note: "body shape" }));
    expect(x.source).toBe("provider");
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.requestId).toBe("96893023457c59cadcd7c2");
  });

  test("Box's 403 insufficient_scope body (a backend code) re-authorizes the Box user, not the API key", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden

{"type":"error","code":"insufficient_scope","status":403,"message":"The request requires higher privileges than provided by the access token.","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/"}`,
      { now },
    );
    expect(x.rule).toBe("provider.box.insufficient-scope");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
  });

  test("OpenAI's rate_limit_exceeded of type requests, printed without the SDK's module name, is OpenAI's with the message's wait", () => {
    // https://github.com/MSU-AI-Agents/fall-2025-course/issues/76: the Python SDK's text without `openai.RateLimitError:` before it
    const x = explain(
      `Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-3.5-turbo in organization org-pR2Z3LP86Rl3jvVG0S9Kv3IT on requests per day (RPD): Limit 10000, Used 10000, Requested 1. Please try again in 8.64s. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}`,
      { now },
    );
    expect(x.provider?.id).toBe("openai");
    expect(x.rule).toBe("provider.openai.rate-limit-exceeded");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(9);
  });

  test("OpenAI's insufficient_quota 429 alone is not retryable (no backend code, but the generic 429 said retry)", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests

{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`,
      { now },
    );
    expect(x.provider?.id).toBe("openai");
    expect(x.error!.retryable).toBe(false);
  });

  test("Salesforce's error list names it without Sforce-Limit-Info: REQUEST_LIMIT_EXCEEDED is a retryable 403", () => {
    const x = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/json;charset=UTF-8

[{"message":"ConcurrentRequests (Concurrent API Requests) Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`,
      { now },
    );
    expect(x.provider).toEqual({ id: "salesforce", name: "Salesforce", evidence: "body shape" });
    expect(x.rule).toBe("provider.salesforce.request-limit-exceeded");
    expect(x.error!.retryable).toBe(true);
  });

  test("the backend's own envelope and problem+json keep their codes: no provider's shape matches them", () => {
    const envelope = explain(
      `HTTP/1.1 429 Too Many Requests
Retry-After: 3

{"error":{"code":"rate_limit_exceeded","message":"Slow down.","request_id":"req_1"}}`,
      { now },
    );
    expect(envelope.provider).toBeUndefined();
    expect(envelope.error!.name).toBe("PolicyViolationError");
    const problem = explain(
      `HTTP/1.1 403 Forbidden
Content-Type: application/problem+json

{"type":"about:blank","title":"Forbidden","status":403,"code":"insufficient_scope","detail":"The key lacks agents:write.","required":["agents:write"],"granted":[]}`,
      { now },
    );
    expect(problem.provider).toBeUndefined();
    expect(problem.error!.name).toBe("InsufficientScopeError");
  });

  test("look-alikes stay unidentified: another API's help_url, a lowercase error list, Stripe's invalid_request_error", () => {
    for (const body of [
      '{"type":"error","status":429,"code":"rate_limit_exceeded","help_url":"https://developers.example.com/box"}',
      '[{"message":"nope","errorCode":"not_upper"}]',
      '{"error":{"type":"invalid_request_error","param":"amount","code":"parameter_missing","message":"Missing required param: amount."}}',
    ]) {
      const x = explain(`HTTP/1.1 400 Bad Request\n\n${body}`, { now });
      expect(x.provider, body).toBeUndefined();
    }
  });

  test("a providerId naming no provider looks for no body shape", () => {
    const x = explain(
      `HTTP/1.1 429 Too Many Requests

{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`,
      { now, providerId: "acme" },
    );
    expect(x.provider).toBeUndefined();
  });
});

describe("a body that states its own status", () => {
  test("LinkedIn's body alone is read with its status: a revoked token is a dead credential", () => {
    // https://github.com/decioferreira/omniauth-linkedin-oauth2/issues/81
    const text = `{"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN",
"message":"The token used in the request has been revoked by the user"}`;
    const input = parseResponse(text);
    expect(input.format).toBe("json-body");
    expect(input.status).toBe(401);
    expect(input.warnings.join(" ")).toMatch(/status it states itself \(401\)/);
    const x = explain(text, { now });
    expect(x.provider?.id).toBe("linkedin");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("Xero's capitalised Status is read too", () => {
    const input = parseResponse('{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 01/01/2026 00:00:00"}');
    expect(input.status).toBe(401);
  });

  test("an object that holds only a status, a status outside 100 to 599, or a status as a string is not read that way", () => {
    expect(() => parseResponse('{"status":403}')).toThrow(AlterValueError);
    expect(() => parseResponse('{"status":403,"statusText":"Forbidden"}')).toThrow(AlterValueError);
    expect(() => parseResponse('{"status":99,"message":"x"}')).toThrow(/not an HTTP status/);
    expect(() => parseResponse('{"status":"403","message":"x"}')).toThrow(AlterValueError);
  });

  test("a response object with headers or a body is still read as one", () => {
    const input = parseResponse('{"status":403,"headers":{"x-request-id":"r1"},"body":{"message":"no"}}');
    expect(input.format).toBe("json-wrapper");
    expect(input.body).toEqual({ message: "no" });
  });
});

describe("more of what developers paste", () => {
  test("Octokit's HttpError serialized as JSON: the response inside it, with its headers, is read", () => {
    // https://github.com/hcengineering/platform/issues/5104 (tests/fixtures/pastes/20-octokit-http-error-1.txt)
    const x = explain(
      JSON.stringify({
        name: "HttpError",
        status: 401,
        response: { url: "https://api.github.com/graphql", status: 401, headers: { "x-github-request-id": "5498:3F219F:18172B2:275A386:66084DC8" }, data: { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" } },
      }),
    );
    expect(x.input.format).toBe("json-wrapper");
    expect(x.input.warnings[0]).toMatch(/inside this error object/);
    expect(x.provider?.id).toBe("github");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("5498:3F219F:18172B2:275A386:66084DC8");
  });

  test("@slack/web-api's 'An API error occurred: token_revoked' is Slack's dead token", () => {
    // https://github.com/raycast/extensions/issues/21786
    const x = explain("Error: An API error occurred: token_revoked\n    at Fd (/x/set-presence.js:12:25349)");
    expect(x.provider?.id).toBe("slack");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("request-promise's StatusCodeError: the body in its message is read, and Graph's innerError request-id names Microsoft", () => {
    // https://github.com/microsoftgraph/msgraph-sdk-javascript/issues/42
    const x = explain(`{
name: 'StatusCodeError',
  statusCode: 429,
  message: '429 - {"error":{"code":"TooManyRequests","message":"The server is busy. Please try again later.","innerError":{"request-id":"27f60550-c048-4426-9280-985f794e0bbc","date":"2017-11-03T22:34:11"}}}',
  error:
   { error:
      { code: 'TooManyRequests',
        message: 'The server is busy. Please try again later.',
        innerError: [Object] } },`);
    expect(x.input.status).toBe(429);
    expect(x.provider).toEqual({ id: "microsoft", name: "Microsoft Graph", evidence: "body shape" });
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.requestId).toBe("27f60550-c048-4426-9280-985f794e0bbc");
  });
});

test("a requests HTTPError printed inside a tuple keeps only the URL, whose host names the provider", () => {
  // https://github.com/appwrite/appwrite/issues/9062
  const x = explain(`'401 Client Error: Unauthorized for url: https://api.airtable.com', "{'type': 'AUTHENTICATION_REQUIRED', 'message': 'Authentication required'}"`);
  expect(x.input.url).toBe("https://api.airtable.com");
  expect(x.provider).toEqual({ id: "airtable", name: "Airtable", evidence: "request URL host api.airtable.com" });
});

describe("an unknown provider's OAuth token error", () => {
  const text = `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error":"invalid_grant","error_description":"Invalid grant: authorization code is invalid"}`;

  test("RFC 6749's 400 invalid_grant from a provider the SDK does not know is a dead credential", () => {
    const x = explain(text, { providerId: "acme" });
    expect(x.rule).toBe("provider.400.invalid-grant");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(explain(text).error!.name).toBe("ProviderUnauthorizedError");
  });

  test("a known provider's own signals decide: Box's JWT invalid_grant stays a plain ProviderAPIError", () => {
    const box = explain(`HTTP/1.1 400 Bad Request

{"error":"invalid_grant","error_description":"Please check the 'sub' claim. The 'sub' specified is invalid."}`, { providerId: "box" });
    expect(box.error!.name).toBe("ProviderAPIError");
  });

  test("another status, or another OAuth error, is not read that way", () => {
    expect(explain(text.replace("400 Bad Request", "401 Unauthorized")).rule).toBe("provider.401");
    // invalid_client is the app's own credentials: its own rule, not a dead user grant.
    expect(explain(text.replace('"invalid_grant"', '"invalid_client"')).rule).toBe("provider.invalid-client");
    expect(explain(text.replace('"invalid_grant"', '"invalid_request"')).rule).toBe("provider.error");
  });
});

test("a JSON string (a log field copied with its quotes) is read for what it holds", () => {
  // https://github.com/HGData/mk-node-hubspot/pull/84 (request-promise's message, as a JSON-logged field)
  const x = explain(String.raw`"429 - {\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"aedc0d29-ba1e-48e3-9fa0-9975c9131a7a\"}"`);
  expect(x.input.status).toBe(429);
  expect(x.input.warnings[0]).toMatch(/JSON string/);
  expect(x.error!.retryable).toBe(true);
});

test("a JSON log line whose message holds Guzzle's printout is read from the decoded message", () => {
  // https://github.com/JubaerHossain/zoom-laravel/issues/15
  const x = explain(String.raw`{"status":false,"message":"Client error: ` + "`GET https:\\/\\/api.zoom.us\\/v2\\/users?page_size=300` resulted in a `400 Bad Request` response:\\n" + String.raw`{\"code\":4711,\"message\":\"Invalid access token, does not contain scopes:[user:read:list_users:admin].\"}\n"}`);
  expect(x.provider?.id).toBe("zoom");
  expect(x.error!.name).toBe("ScopeReauthRequiredError");
  expect((x.error as unknown as { missingScopes: string[] }).missingScopes).toEqual(["user:read:list_users:admin"]);
});

test("an SDK's message alone: a status, then the body", () => {
  // https://github.com/cline/cline/issues/42; https://github.com/microsoftgraph/nodejs-connect-rest-sample/issues/69
  const x = explain(`429 {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit."}}`);
  expect(x.input.status).toBe(429);
  expect(x.provider).toEqual({ id: "anthropic", name: "Anthropic", evidence: "body shape" });
  expect(x.error!.retryable).toBe(true);
  const graph = explain(`403 Forbidden

{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"request-id":"1d5ab6c1-4c7f-4b26-9d1a-3a7b2f0e6c11","date":"2020-01-01T00:00:00"}}}`);
  expect(graph.input.status).toBe(403);
  expect(graph.provider?.id).toBe("microsoft");
});

describe("Python SDKs' printouts that name their provider", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  test.each([
    // https://github.com/ezbz/gitlabber/issues/21
    ["gitlab.exceptions.GitlabHttpError: 403: insufficient_scope", "gitlab", "provider.gitlab.insufficient-scope", "ScopeReauthRequiredError"],
    // https://github.com/UNICT-DMI/Telegram-DMI-Bot/issues/260
    ["gitlab.exceptions.GitlabAuthenticationError: 401: 401 Unauthorized", "gitlab", "provider.401", "ProviderUnauthorizedError"],
    // https://github.com/danparizher/Pax-Academia/issues/59
    ["discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions", "discord", "provider.403", "ProviderAPIError"],
    // https://github.com/CSSS/wall_e/issues/2319
    ["429 Too Many Requests (error code: 0): You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently. Please read our docs at https://discord.com/developers/docs/topics/rate-limits to prevent this moving forward.", "discord", "provider.discord.invalid-request-ban", "ProviderAPIError"],
    // https://github.com/spotify/web-api/issues/1518
    ["spotipy.client.SpotifyException: http status: 403, code:-1 - https://api.spotify.com/v1/me/player/recently-played?limit=50:\n Insufficient client scope", "spotify", "provider.spotify.insufficient-client-scope", "ScopeReauthRequiredError"],
  ] as const)("%s", (text, provider, rule, cls) => {
    const x = explain(text, { now });
    expect(x.provider?.id).toBe(provider);
    expect(x.rule).toBe(rule);
    expect(x.error!.name).toBe(cls);
  });
});

describe("Ruby hashes and phrases around a body", () => {
  test("a body as Ruby's Hash#inspect prints it is read (=> and nil): Xero's expired token", () => {
    // https://github.com/waynerobinson/xeroizer/pull/509
    const x = explain(`{"Type"=>nil,
 "Title"=>"Unauthorized",
 "Status"=>401,
 "Detail"=>"TokenExpired: token expired at 03/03/2020 09:46:07",
 "Instance"=>"[instance-id]",
 "Extensions"=>{}}`);
    expect(x.input.status).toBe(401);
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("the words between a printed status and its body are skipped, and the body read", () => {
    // https://github.com/hackclub/hackatime/issues/299
    const x = explain('Norairrecord::Error: HTTP 429: Communication error: {"errors" => [{"error" => "RATE_LIMIT_REACHED", "message" => "Rate limit exceeded. Please try again later"}]}');
    expect(x.input.status).toBe(429);
    expect(x.input.body).toEqual({ errors: [{ error: "RATE_LIMIT_REACHED", message: "Rate limit exceeded. Please try again later" }] });
    expect(x.input.warnings.join(" ")).toMatch(/"Communication error:"\) were skipped/);
    expect(x.error!.retryable).toBe(true);
  });

  test("'HTTP error 403. Raw Provider API response: {...}.' (hybridauth) is read", () => {
    // https://github.com/hybridauth/hybridauth/issues/1020
    const x = explain('Signed API request has returned an error. HTTP error 403. Raw Provider API response: {"serviceErrorCode":100,"message":"Not enough permissions to access: GET /me","status":403}.');
    expect(x.input.status).toBe(403);
    expect(x.provider?.id).toBe("linkedin");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
  });
});

test("an error printed with the response as its message ([Error: {...}], Node before 12) is read as that response", () => {
  // https://github.com/intercom/intercom-node/pull/78 (the excerpt closed after its headers)
  const x = explain(
    '[Error: {"statusCode":401,"body":{"type":"error.list","request_id":"7307accd-301f-4319-b728-123476dc9288","errors":[{"code":"token_unauthorized","message":"Not authorized to access resource"}]},"headers":{"content-type":"application/json; charset=utf-8","x-request-id":"7307accd-301f-4319-b728-123476dc9288"}}]',
  );
  expect(x.input.format).toBe("json-wrapper");
  expect(x.input.warnings[0]).toMatch(/printed error carries/);
  expect(x.provider?.id).toBe("intercom");
  expect(x.error!.requestId).toBe("7307accd-301f-4319-b728-123476dc9288");
  // An SDK's own "Error: 429 {...}" line is still its own format, and a message that is no response falls through.
  expect(explain('RateLimitError: 429 {"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}').input.status).toBe(429);
  expect(() => explain('Error: {"note": "not a response"}')).toThrow();
});

describe("the sixth trial's waits, retries and request ids", () => {
  test("GitHub's secondary limit below a status line waits a minute; Slack's body above axios's line waits its retry_after", () => {
    const github = explain(paste("62-body-below-status-2.txt"));
    expect(github.error!.retryable).toBe(true);
    expect(github.error!.retryAfter).toBe(60);
    // "[i] Status code : 403" only starts with a bracket: nothing in how it was read speaks of JSON.
    expect(github.input.warnings.join(" ")).not.toMatch(/JSON/);
    expect(explain(paste("62-body-above-axios-1.txt")).error!.retryAfter).toBe(1);
  });

  test("a terminal-wrapped Anthropic body and aws-sdk-js v2's logged error keep their request ids; the throttle is retryable", () => {
    expect(explain(paste("62-wrapped-json-1.txt")).error!.requestId).toBe("req_011CZTGFbArQvnRwr6evz8ca");
    const aws = explain(paste("62-aws-sdk-js-v2-1.txt"));
    expect(aws.error!.requestId).toBe("54a2a417-876a-4d95-a21d-2f50b634ce27");
    expect(aws.error!.retryable).toBe(true);
  });

  test("HubSpot's daily limit is named by its body alone and is not retried", () => {
    // https://community.hubspot.com/t5/APIs-Integrations/Hubspot-User-experience/m-p/511719#M47812 (the status line added from the post's words)
    const x = explain(`HTTP/1.1 429 Too Many Requests\n\n{"status": "error", "message": "You have reached your daily limit.", "errorType": "RATE_LIMIT", "correlationId": "c033cdaa-2c40-4a64-ae48-b4cec88dad24", "policyName": "DAILY", "requestId": "3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd"}`);
    expect(x.provider?.id).toBe("hubspot");
    expect(x.error!.retryable).toBe(false);
    expect(x.error!.requestId).toBe("c033cdaa-2c40-4a64-ae48-b4cec88dad24");
  });

  test("ExAws's http_error keeps S3's XML body and its headers: the request id is x-amz-request-id", () => {
    const x = explain(paste("62-exaws-1.txt"));
    expect(x.error!.requestId).toBe("HQAJJ8Z7G25RZPG6");
    expect(x.input.headers.length).toBe(6);
  });

  test("openai-node's 'Error: 429 You exceeded your current quota' after an app's words is OpenAI's billing stop", () => {
    expect(explain(paste("62-lead-status-mid-line-1.txt")).error!.retryable).toBe(false);
  });

  test("a log line that starts with a bracketed time is no JSON: its refusal says what can be read, not where the JSON broke", () => {
    // https://github.com/miasma-rb/miasma/issues/23 (it states no status: "Forbidden - ExpiredToken")
    expect(() => explain("[17:39:33] ERROR: Miasma::Error::ApiError::RequestError: Forbidden - ExpiredToken: The security token included in the request is expired")).toThrow(/Could not read this as a response/);
  });
});

describe("anchorsOf: where a body must reach for a fingerprint to hold, so that the others are skipped unrun", async () => {
  const { anchorsOf, HEADER, SCALAR_BODY, TEXT_BODY } = await import("../../sdk/src/providers/match.js");
  const at = (...path: string[]) => ({ path });
  const list = (...path: string[]) => ({ path, list: true });
  test("a path needs its members up to its first list, and a list there; all needs its deepest part's; any needs one of its parts'", () => {
    expect(anchorsOf({ json: "error.details[].@type", matches: /x/ })).toEqual([list("error", "details")]);
    expect(anchorsOf({ json: "error.innerError.request-id" })).toEqual([at("error", "innerError", "request-id")]);
    expect(anchorsOf({ json: "[].errorCode" })).toEqual([at("[]")]);
    expect(anchorsOf({ json: "errors[].code" })).toEqual([list("errors")]);
    expect(anchorsOf({ json: "error\\.tag" })).toEqual([at("error.tag")]);
    expect(anchorsOf({ all: [{ json: "error.code" }, { json: "error.innerError.request-id" }] })).toEqual([at("error", "innerError", "request-id")]);
    expect(anchorsOf({ any: [{ json: "Detail" }, { json: "detail" }] })).toEqual([at("Detail"), at("detail")]);
    expect(anchorsOf({ text: /x/ })).toEqual([{ path: [TEXT_BODY], pattern: /x/ }]);
    expect(anchorsOf({ any: [{ json: "a" }, { xml: "Code" }] })).toEqual([at("a"), at(TEXT_BODY)]);
  });

  test("a test that the value is one of a few anchors on the values too, when the path reaches the value itself", () => {
    expect(anchorsOf({ all: [{ noStatus: true }, { json: "ok", is: "true" }] })).toEqual([{ path: ["ok"], values: ["true"] }]);
    expect(anchorsOf({ json: "error.code", is: ["A", "B"] })).toEqual([{ path: ["error", "code"], values: ["A", "B"] }]);
    // Through a list the walk stops at the list: any item may hold the value.
    expect(anchorsOf({ json: "errors[].code", is: "A" })).toEqual([list("errors")]);
    // A value anchor is one member sharper than its path: it wins an `all` over a path as long.
    expect(anchorsOf({ all: [{ json: "error.message" }, { json: "error.type", is: "x" }] })).toEqual([{ path: ["error", "type"], values: ["x"] }]);
  });

  test("a pattern the value must match anchors on it, when the path reaches the value itself; a text body's on its text", () => {
    expect(anchorsOf({ json: "error.message", matches: /^Bad/ })).toEqual([{ path: ["error", "message"], pattern: /^Bad/ }]);
    expect(anchorsOf({ json: "errors[].message", matches: /^Bad/ })).toEqual([list("errors")]);
    expect(anchorsOf({ xml: "Code", matches: /^Bad/ })).toEqual([at(TEXT_BODY)]);
    // As sharp as a value: it wins an `all` over a bare path as long.
    expect(anchorsOf({ all: [{ json: "error.code" }, { json: "error.message", matches: /x/ }] })).toEqual([{ path: ["error", "message"], pattern: /x/ }]);
  });

  test("a part that may hold without the body's members or a header leaves nothing to skip on", () => {
    expect(anchorsOf({ not: { json: "a" } })).toBeUndefined();
    expect(anchorsOf({ any: [{ json: "a" }, { not: { json: "b" } }] })).toBeUndefined();
    expect(anchorsOf({ all: [{ method: ["POST"] }, { noStatus: true }] })).toBeUndefined();
  });

  test("a header a body's fingerprint names anchors on its name (and value), as the response's headers are looked up", () => {
    expect(anchorsOf({ any: [{ json: "a" }, { header: "x-a" }] })).toEqual([at("a"), at(HEADER, "x-a")]);
    expect(anchorsOf({ header: "server", is: "ZGS" })).toEqual([{ path: [HEADER, "server"], values: ["ZGS"] }]);
    expect(anchorsOf({ header: "server", matches: /^AmazonS3$/ })).toEqual([{ path: [HEADER, "server"], pattern: /^AmazonS3$/ }]);
    expect(anchorsOf({ all: [{ header: "x-a" }, { noStatus: true }] })).toEqual([at(HEADER, "x-a")]);
  });

  test("looked up so, a header in a body's fingerprint and a quoted message still name their providers", () => {
    const s3 = explain("HTTP/1.1 503 Slow Down\nServer: AmazonS3\nContent-Type: text/plain\n\nbusy");
    expect([s3.provider?.id, s3.provider?.evidence]).toEqual(["aws", "body shape"]);
    const quoted = explain('HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"');
    expect([quoted.provider?.id, quoted.provider?.evidence]).toEqual(["sentry", "body shape"]);
    // The same words as an object's member are no string body: not Sentry's shape.
    expect(explain('HTTP/1.1 429 Too Many Requests\n\n{"note": "You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"}').provider).toBeUndefined();
  });

  test("the body itself anchors on a scalar body: a JSON string (or number) is tested, an object or a list never", () => {
    expect(anchorsOf({ json: "", is: "x" })).toEqual([{ path: [SCALAR_BODY], values: ["x"] }]);
    expect(anchorsOf({ json: "", matches: /^x/ })).toEqual([{ path: [SCALAR_BODY], pattern: /^x/ }]);
  });
});

describe("stripe-ruby's and box-java-sdk's errors", () => {
  test("stripe-ruby's '(Status 401) (Request req_...) message' is Stripe's dead key, with the request id it printed", () => {
    // https://github.com/stripe/stripe-ruby/issues/209 (without the request part); the form with it is StripeError#to_s's
    const x = explain("Stripe::AuthenticationError: (Status 401) (Request req_AbC123) Invalid API Key provided: sk_test_****1234");
    expect(x.provider?.id).toBe("stripe");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("req_AbC123");
    expect(x.error!.message).toMatch(/Invalid API Key provided/);
  });

  test("box-java-sdk's 'The API returned an error code [401]' is Box's dead token", () => {
    // https://github.com/box/box-java-sdk/issues/824
    const x = explain("com.box.sdk.BoxAPIResponseException: The API returned an error code [401]\nat com.box.sdk.BoxAPIResponse.<init>(BoxAPIResponse.java:92)");
    expect(x.provider?.id).toBe("box");
    expect(x.input.status).toBe(401);
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });
});

describe("third blind trial: what apps and SDKs print, read with the right action", () => {

  test("a status line quoted inside a line, whatever its reason phrase, is the status; in prose it is none", () => {
    const x = explain(paste("72-status-line-mid-line-1.txt"));
    expect(x.input.status).toBe(429);
    expect(x.input.statusText).toBe("Unknown Status Code");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.message).toMatch(/Rate limit for this resource has been exceeded/);
    expect(() => explain("The server returns HTTP/1.1 404 when the item is missing.")).toThrow(AlterValueError);
    expect(() => explain("Over its limit, our proxy returns HTTP/1.1 429 Slow Down.")).toThrow(AlterValueError);
  });

  test("a probe trial's texts that speak of a status, none a call got, are refused", () => {
    // A commit message, a test's docstrings and a blog's note (round 13 of the trials, each read as a failure before).
    for (const text of [
      paste("73-probe-commit-message-1.txt"),
      'class _ConnectForbiddenHandler(socketserver.BaseRequestHandler):\n    """Returns HTTP/1.1 403 Forbidden for any CONNECT request."""\n\n    def handle(self) -> None:',
      '@patch("requests.get")\ndef test_list_users_unauthorized_error(mock_get, mock_config):\n    """Test handling of 401 Unauthorized error"""\n    mock_response = MagicMock()',
      "Note: this error appears for any link that returns HTTP/1.1 403 Forbidden.",
    ]) {
      expect(() => explain(text), text.slice(0, 60)).toThrow(AlterValueError);
    }
  });

  test("a long message that ends in a labelled body ('... Full error: {...}') has that body, and only when it ends the message", () => {
    const body = `{"error": {"code": 401, "message": "Request had invalid authentication credentials.", "status": "UNAUTHENTICATED"}}`;
    const words = "Sync failed while refreshing the calendar of the user after the nightly job ran, so the app gave up and logged what it caught";
    const ends = explain(`HTTP 401: ${words}. Full error: ${body}`);
    expect(ends.error!.message).toBe("Google answered HTTP 401: Request had invalid authentication credentials.");
    expect(ends.input.warnings.join(" ")).toMatch(/words before the body/);
    // Text after it: the message stays the text, as pasted.
    const inside = explain(`HTTP 401: ${words}. Full error: ${body} (retrying later)`);
    expect(inside.input.body).toBe(`${words}. Full error: ${body} (retrying later)`);
  });

  test("a log's 'status=401, body={...}' is Stripe's expired key", () => {
    const x = explain(paste("29-status-before-body-1.txt"));
    expect(x.provider?.id).toBe("stripe");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("'Could not access resource: 401 [{...}]' reads the list as the body: Salesforce's dead session", () => {
    const x = explain(paste("29-status-before-body-2.txt"));
    expect(x.provider?.id).toBe("salesforce");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.input.warnings.join(" ")).not.toMatch(/words before the body/);
  });

  test("'GitHub API 403 for /repos/o/r: {...}' is GitHub's primary rate limit, GitHub known by its documentation_url", () => {
    const x = explain(paste("29-status-before-body-3.txt"));
    expect(x.provider).toMatchObject({ id: "github", evidence: "body shape" });
    expect(x.error!.retryable).toBe(true);
  });

  test("openai-node's '401 Incorrect API key provided: ...' is a dead key; OpenAI known by its docs link", () => {
    const x = explain(paste("30-status-message-1.txt"));
    expect(x.input.status).toBe(401);
    expect(x.provider?.id).toBe("openai");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("'429 You exceeded your current quota' in an issue template is OpenAI's billing stop: not retryable", () => {
    const x = explain(paste("30-status-message-2.txt"));
    expect(x.rule).toBe("provider.openai.insufficient-quota");
    expect(x.error!.retryable).toBe(false);
  });

  test("openai-node's printed rate limit waits what its message says", () => {
    // The message OpenAI sends for a TPM limit (https://platform.openai.com/docs/guides/rate-limits), as openai-node prints it.
    const x = explain(
      "RateLimitError: 429 Rate limit reached for gpt-4 in organization org-abc on tokens per min (TPM): Limit 10000, Used 9805, Requested 1107. Please try again in 5.472s. Visit https://platform.openai.com/account/rate-limits to learn more.",
    );
    expect(x.rule).toBe("provider.openai.rate-limit-exceeded");
    expect(x.error!.retryAfter).toBe(6);
    expect(x.fields.retryAfter).toMatch(/^body text /);
  });

  test("a line that begins with a number and lowercase words is no status", () => {
    expect(() => explain("404 items were synced")).toThrow(AlterValueError);
  });

  test("Box's .NET BoxException carrying the body is Box's rate limit", () => {
    const x = explain(paste("31-exception-json-1.txt"));
    expect(x.provider?.id).toBe("box");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.requestId).toBe("96893023457c59cadcd7c2");
  });

  test("an AIP-193 body alone states its status in error.code; a numeric code without a google.rpc name does not", () => {
    const x = explain(paste("32-aip193-dict-1.txt"));
    expect(x.input.status).toBe(429);
    expect(x.error!.retryable).toBe(true);
    expect(() => explain('{"error": {"code": 429, "message": "slow down", "status": "TOO_MANY"}}')).toThrow(AlterValueError);
  });

  test("google-api-java-client's GoogleJsonResponseException: the error member printed alone is put back, and Google's rate limit read", () => {
    const x = explain(paste("33-google-java-1.txt"));
    expect(x.provider?.id).toBe("google");
    expect(x.rule).toBe("provider.google.rate-limited");
    expect(x.error!.retryable).toBe(true);
  });

  test("Python requests' HTTPError with the app's log of the body below it: Discord's retry_after is the wait", () => {
    const x = explain(paste("34-requests-body-below-1.txt"));
    expect(x.provider?.id).toBe("discord");
    expect(x.error!.retryAfter).toBe(19);
  });

  test("go-github's 'METHOD URL: status message [rate reset in 4m54s]', in a JSON log line or after a log prefix: GitHub's rate limit and its wait", () => {
    const inJson = explain(paste("35-go-client-1.txt"));
    expect(inJson.provider).toMatchObject({ id: "github", evidence: "request URL host api.github.com" });
    expect(inJson.rule).toBe("provider.github.primary-rate-limit");
    expect(inJson.error!.retryAfter).toBe(294);
    expect(explain(paste("35-go-client-3.txt")).error!.retryAfter).toBe(352);
    expect(explain("GET https://api.github.com/user: 401 Bad credentials []").error!.name).toBe("ProviderUnauthorizedError");
  });

  test("go-gitlab's 'METHOD URL: 429 {message: ...}' in a JSON log line is GitLab's retryable rate limit", () => {
    const x = explain(paste("35-go-client-2.txt"));
    expect(x.provider?.id).toBe("gitlab");
    expect(x.error!.retryable).toBe(true);
  });

  test("discord.js v12's httpStatus is the status, and its stack trace names Discord", () => {
    const x = explain(paste("36-discordjs-v12-1.txt"));
    expect(x.input.status).toBe(403);
    expect(x.provider).toMatchObject({ id: "discord", evidence: "the client in the paste: node_modules\\discord.js\\src\\rest" });
    expect(x.error!.retryable).toBe(false);
  });

  test("an error status stated in words is read, with the URL around it naming the host", () => {
    const urllib = explain(paste("37-status-in-words-1.txt"));
    expect(urllib.input.url).toMatch(/^https:\/\/api\.trello\.com\//);
    expect(urllib.error!.retryable).toBe(true);
    const java = explain(paste("37-status-in-words-2.txt"));
    expect(java.provider?.id).toBe("x");
    expect(java.error!.retryable).toBe(true);
    const go = explain(paste("37-status-in-words-3.txt"));
    expect(go.rule).toBe("provider.openai.rate-limit-exceeded");
    expect(go.error!.retryAfter).toBe(19);
    expect(explain(paste("37-status-in-words-4.txt")).error!.name).toBe("ProviderUnauthorizedError");
    // A success stated in words is no error status, and a count is no status: not read this way.
    expect(() => explain("Sync finished with status 200: 14 items")).toThrow(AlterValueError);
    expect(() => explain("The search returned 404 results for your query")).toThrow(AlterValueError);
    // https://github.com/anotherrhb/5into15/issues/3: the docs link in the message is no request URL.
    const twython = explain(
      "twython.exceptions.TwythonError: Twitter API returned a 403 (Forbidden), You currently have access to a subset of Twitter API v2 endpoints and limited v1.1 endpoints (e.g. media post, oauth) only. If you need access to this endpoint, you may need a different access level. You can learn more here: https://developer.twitter.com/en/portal/product",
    );
    expect(twython.input.status).toBe(403);
    expect(twython.input.url).toBeUndefined();
  });

  test("aws-sdk-go-v2's operation error is AWS's expired session token, with its request id", () => {
    const x = explain(paste("38-aws-go-v2-1.txt"));
    expect(x.provider?.id).toBe("aws");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("4d5fbc11-8aba-489a-90b4-0966ab111ae5");
  });

  test("Guzzle's Salesforce list body with the thrower's file after it: the session not valid for the REST API lacks the api scope", () => {
    const x = explain(paste("39-guzzle-list-body-1.txt"));
    expect(x.rule).toBe("provider.salesforce.session-not-valid-for-rest-api");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect(x.input.warnings.join(" ")).toMatch(/text after the body .* was skipped/);
  });

  test("Shopify's '(403 Forbidden) from Shopify:' with the message on the next line: its [API] message names it and the scope", () => {
    const x = explain(paste("40-shopify-node-1.txt"));
    expect(x.provider?.id).toBe("shopify");
    expect(x.error!.name).toBe("ScopeReauthRequiredError");
    expect((x.error as unknown as { missingScopes: string[] }).missingScopes).toEqual(["read_themes"]);
    // Read as @shopify/shopify-api's HttpResponseError since round 57: its quotes around the errors are the library's.
    expect(x.error!.message).toMatch(/HTTP 403 Forbidden: \[API\] This action requires merchant approval for read_themes scope\./);
  });

  test("QuickBooks' fault printed in an exception or a log: its statusCode is the status, its code the signal", () => {
    const throttled = explain(paste("41-quickbooks-fault-1.txt"));
    expect(throttled.rule).toBe("provider.quickbooks.throttled");
    expect(throttled.error!.retryable).toBe(true);
    const denied = explain(paste("41-quickbooks-fault-2.txt"));
    expect(denied.rule).toBe("provider.quickbooks.authorization-failed");
    expect(denied.error!.name).toBe("ScopeReauthRequiredError");
  });

  test.each([
    ["42-dotnet-webexception-1.txt", "ProviderUnauthorizedError", undefined],
    ["42-openapi-error-calling-1.txt", "ScopeReauthRequiredError", "xero"],
    ["42-guzzle3-1.txt", "ProviderUnauthorizedError", "intercom"],
    ["42-http-slash-status-1.txt", "ProviderAPIError", "zendesk"],
    ["42-bracket-status-1.txt", "ScopeReauthRequiredError", "dropbox"],
    // HubSpot's error body ("status": "error" beside a UUID correlationId) names it.
    ["44-hubspot-status-code-1.txt", "ProviderUnauthorizedError", "hubspot"],
    ["44-status-in-words-5.txt", "ProviderAPIError", undefined],
    // intercom-ruby names Intercom by its own words (its UnexpectedError).
    ["44-status-in-words-6.txt", "ProviderUnauthorizedError", "intercom"],
    // A body inside the text that states its own status: Auth0 known by its scope message, LinkedIn by its v1 body (errorCode, requestId, timestamp), Spotify's error.status.
    ["59-own-status-in-text-1.txt", "ScopeReauthRequiredError", "auth0"],
    ["59-own-status-in-text-2.txt", "ProviderUnauthorizedError", "linkedin"],
    ["59-own-status-in-text-3.txt", "ProviderUnauthorizedError", "spotify"],
    ["59-own-status-in-text-4.txt", "ProviderAPIError", undefined],
    // The fifth trial's: Guzzle's cut body still says token_unauthorized; urllib3's reason names the status the server kept sending.
    ["60-guzzle-cut-json-1.txt", "ScopeReauthRequiredError", "intercom"],
    ["60-urllib3-too-many-1.txt", "ProviderAPIError", "spotify"],
    ["60-urllib3-too-many-2.txt", "ProviderAPIError", "spotify"],
    ["60-error-paren-status-1.txt", "ProviderUnauthorizedError", "zendesk"],
    ["60-error-paren-status-2.txt", "ProviderUnauthorizedError", "linkedin"], // the linkedin gem's LinkedIn::Errors::UnauthorizedError names it
    ["60-status-in-words-1.txt", "ProviderAPIError", "x"],
    ["60-lead-status-1.txt", "ProviderAPIError", undefined],
    ["61-intuitlib-1.txt", "ProviderUnauthorizedError", "quickbooks"],
    ["61-slacker-1.txt", "ProviderUnauthorizedError", "slack"],
    ["61-okhttp-response-1.txt", "ProviderAPIError", "slack"],
    // The sixth trial's: a body logged below or above the status line, a JSON wrapped by the terminal, aws-sdk-js v2's logged error.
    ["62-body-below-status-1.txt", "ScopeReauthRequiredError", "github"],
    ["62-body-below-status-2.txt", "ProviderAPIError", "github"],
    ["62-body-above-axios-1.txt", "ProviderAPIError", "slack"],
    ["62-wrapped-json-1.txt", "ProviderAPIError", "anthropic"],
    ["62-aws-sdk-js-v2-1.txt", "ProviderAPIError", "aws"],
    ["62-lead-status-mid-line-1.txt", "ProviderAPIError", "openai"],
    ["62-exaws-1.txt", "ScopeReauthRequiredError", "aws"],
  ])("%s is a %s (provider %s)", (file, name, provider) => {
    const x = explain(paste(file));
    expect(x.error!.name).toBe(name);
    expect(x.provider?.id).toBe(provider);
  });

  test.each([
    // The seventh trial's: Google's message alone decides (clients print only it), gspread's printout, Google's legacy body states its status.
    ["63-google-httperror-scope-1.txt", "ScopeReauthRequiredError", "google", false, "provider.google.scope-insufficient"],
    ["63-google-httperror-quota-1.txt", "ProviderAPIError", "google", true, "provider.google.time-based-quota"],
    ["63-gspread-1.txt", "ProviderAPIError", "google", true, "provider.google.time-based-quota"],
    // (Google's legacy "Insufficient Permission", its message alone: a scope the token lacks, since round 123.)
    ["63-google-legacy-body-1.txt", "ScopeReauthRequiredError", "google", false, "provider.google.scope-insufficient"],
    ["63-google-legacy-body-2.txt", "ProviderAPIError", "google", false, "provider.error"],
    // GitHub's abuse detection is its secondary rate limit's old name; Python 2's u'' strings are read.
    ["63-python2-dict-1.txt", "ProviderAPIError", "github", true, "provider.github.secondary-rate-limit"],
    // AWS: the JS v3 error's $metadata, the Java v1 exception cut before its request id, botocore's status in the code's place.
    ["63-aws-sdk-js-v3-1.txt", "ProviderAPIError", "aws", true, "provider.aws.throttling"],
    ["63-aws-java-cut-1.txt", "ProviderAPIError", "aws", true, "provider.aws.throttling"],
    ["63-botocore-status-code-1.txt", "ProviderAPIError", "aws", false, "provider.403"],
    // openai-python's dict on the lines below its status, its message broken: too large a request is not retried.
    ["63-openai-wrapped-dict-1.txt", "ProviderAPIError", "openai", false, "provider.openai.request-too-large"],
    ["63-notion-body-1.txt", "ProviderAPIError", "notion", false, "provider.notion.object-not-found"],
    // Statuses stated in words the readers had refused.
    ["63-afnetworking-1.txt", "ProviderUnauthorizedError", "intercom", false, "provider.401"], // named by its log tag, [Intercom] (round 32)
    ["63-dotnet-not-success-1.txt", "ProviderUnauthorizedError", undefined, false, "provider.401"],
    ["63-error-code-colon-1.txt", "ProviderAPIError", "shopify", true, "provider.error"],
    ["63-error-status-colon-1.txt", "ProviderAPIError", "google", false, "provider.google.daily-limit"], // pafy's "Youtube Error 403" names Google (round 47)
    ["63-http-response-words-1.txt", "ProviderUnauthorizedError", "github", false, "provider.401"], // the body below it, cut at the end, is read (round 33)
    // The article of Guzzle's "resulted in a `504 ...` response" is the client's, not prose's.
    ["63-guzzle-bullet-1.txt", "ProviderAPIError", "microsoft", true, "provider.error"],
    // A terminal panel's frame removed, its wraps read as spaces; a numeric code beside its own reason phrase is the status.
    ["65-terminal-frame-1.txt", "ScopeReauthRequiredError", "google", false, "provider.google.scope-insufficient"],
    // (GitHub's own `documentation_url` in the message it kept names GitHub, since round 222.)
    ["65-code-and-reason-1.txt", "ProviderUnauthorizedError", "github", false, "provider.401"],
    // The eighth trial's: clients' printouts that name the request (the GitHub CLI's URL in brackets, Flurl's request, graph-java's request line).
    ["66-github-cli-url-1.txt", "ProviderAPIError", "github", true, "provider.github.primary-rate-limit"],
    ["66-github-cli-old-1.txt", "ProviderUnauthorizedError", "github", false, "provider.401"],
    ["66-flurl-1.txt", "ProviderAPIError", "discord", true, "provider.discord.wait-in-ms-before-v8"],
    ["66-graph-java-1.txt", "ScopeReauthRequiredError", "microsoft", false, "provider.microsoft.mailbox-access-denied"],
    // AWS's Java v2 exception and its JS v2 logger; simple-salesforce's error; Google's three-member AIP-193 body.
    ["66-aws-java-v2-1.txt", "ProviderAPIError", "aws", false, "provider.403"],
    ["66-aws-js-v2-logger-1.txt", "ProviderAPIError", "aws", true, "provider.aws.throttling"],
    ["66-simple-salesforce-1.txt", "ProviderAPIError", "salesforce", true, "provider.error"],
    ["66-google-aip193-three-1.txt", "ProviderUnauthorizedError", "google", false, "provider.401"],
    // An app's "[!]" line and an Elixir term start like JSON and are none; OpenAI's body below an app's list of reasons is no rate limit.
    ["67-bang-prefix-1.txt", "ProviderUnauthorizedError", "google", false, "provider.401"],
    ["67-elixir-term-1.txt", "ProviderUnauthorizedError", "aws", false, "provider.aws.invalid-credentials"],
    ["67-body-below-reasons-1.txt", "ProviderAPIError", "openai", false, "provider.openai.insufficient-quota"],
    ["67-google-php-v1-1.txt", "ProviderAPIError", "google", false, "provider.403"],
    ["67-jrjc-1.txt", "ProviderUnauthorizedError", "atlassian", false, "provider.401"],
    // The ninth trial's wrong answers: a 100 Continue is never the answer; the status misled in the others.
    ["68-continue-then-final-1.txt", "ScopeReauthRequiredError", "dropbox", false, "provider.dropbox.missing-scope"],
    ["68-aws-json-type-1.txt", "ProviderAPIError", "aws", true, "provider.aws.throttling"],
    ["68-google-zero-quota-1.txt", "ProviderAPIError", "google", false, "provider.google.zero-quota"],
    ["68-openai-missing-scope-body-1.txt", "ScopeReauthRequiredError", "openai", false, "provider.openai.missing-scopes"],
    ["68-hub-saml-1.txt", "ProviderUnauthorizedError", "github", false, "provider.github.saml-enforcement"],
    ["68-intuit-ruby-1.txt", "ProviderAPIError", "quickbooks", false, "provider.invalid-client"],
    ["68-error-status-words-1.txt", "ProviderAPIError", "google", false, "provider.403"],
    ["68-responded-with-status-1.txt", "ProviderUnauthorizedError", "zendesk", false, "provider.401"],
    // The tenth trial's: an app's "Failed to fetch contacts:" is no browser network failure; its 401 is HubSpot's expired token.
    ["70-app-failed-to-fetch-1.txt", "ProviderUnauthorizedError", "hubspot", false, "provider.401"], // "HubSpot API error: 401" names it (round 32)
    // PyGithub's GithubRetry log quotes GitHub's message: a primary rate limit, retried after the reset.
    ["70-pygithub-retry-log-1.txt", "ProviderAPIError", "github", true, "provider.github.primary-rate-limit"],
    // "Error 400" alone on its line with Zoom's own words on the next: re-authorize with the scope it names.
    ["70-zoom-error-line-1.txt", "ScopeReauthRequiredError", "zoom", false, "provider.zoom.scope-missing"],
  ] as const)("%s is a %s (provider %s, retryable %s, rule %s)", (file, name, provider, retryable, rule) => {
    const x = explain(paste(file));
    expect(x.error!.name).toBe(name);
    expect(x.provider?.id).toBe(provider);
    expect(x.error!.retryable).toBe(retryable);
    expect(x.rule).toBe(rule);
  });

  test.each([
    // AWS SDKs' printouts of S3's AccessDenied: re-authorize with more permissions, quoting the request id.
    ["64-aws-go-v1-one-line-1.txt", "ScopeReauthRequiredError", "aws", "03B863B8110F81F2"],
    ["64-aws-java-old-1.txt", "ScopeReauthRequiredError", "aws", "E6B2194B3E5E353C"],
    // OpenAI's 500 names its request id in its message, and its help center names OpenAI.
    ["64-openai-500-request-id-1.txt", "ProviderAPIError", "openai", "e5c949c8ec2c86be225544e5eefcbe4d"],
    // GitHub's GraphQL timeout names its request id in the message only.
    ["69-github-graphql-timeout-1.txt", "ProviderAPIError", "github", "CDCB:7ADC:553568:5C3CFE:61685D53"],
  ] as const)("%s is a %s from %s with request id %s", (file, name, provider, requestId) => {
    const x = explain(paste(file));
    expect(x.error!.name).toBe(name);
    expect(x.provider?.id).toBe(provider);
    expect(x.error!.requestId).toBe(requestId);
  });

  test("the AWS SDK for JavaScript v3's logged error gives its request id from $metadata", () => {
    const x = explain('{"name":"ThrottlingException","$fault":"client","$metadata":{"httpStatusCode":429,"requestId":"a1b2c3d4-5678-90ab-cdef-111122223333","attempts":3,"totalRetryDelay":787},"message":"Too many requests, please wait before trying again."}');
    expect(x.error!.requestId).toBe("a1b2c3d4-5678-90ab-cdef-111122223333");
    expect(x.provider).toMatchObject({ id: "aws", evidence: "body shape" });
  });

  test("Box SDKs' '[403 | request id] code - message' keeps the request id, the code and the message", () => {
    for (const file of ["43-box-sdk-1.txt", "43-box-sdk-2.txt"]) {
      const x = explain(paste(file));
      expect(x.provider?.id).toBe("box");
      expect(x.input.status).toBe(403);
      expect(x.error!.requestId).toMatch(/^[a-z0-9]{16}/);
      expect(x.error!.message).toMatch(/Access denied - insufficient permission/);
    }
  });

  test("a provider's 'status': 'error' beside its message is not taken for a poll result", () => {
    // HubSpot's secondly limit, body only (no statusCode): refused for its missing status, not called a poll.
    expect(() => explain('{ "status": "error", "message": "You have reached your secondly limit.", "errorType": "RATE_LIMIT" }')).toThrow(/has no status/);
  });

  test("header lines below a status line are its headers: Figma known by X-Figma-Plan-Tier; a Retry-After with a note is no wait", () => {
    const x = explain(paste("45-headers-below-1.txt"));
    expect(x.provider).toMatchObject({ id: "figma", evidence: "header X-Figma-Plan-Tier" });
    expect(x.input.headers).toHaveLength(3);
    expect(x.error!.retryAfter, "'396749 (~4.5 days)' is no delta-seconds value").toBeUndefined();
    expect(explain("Response: 429 Too Many Requests\nHeaders:\nRetry-After: 30\n").error!.retryAfter).toBe(30);
  });

  test("auth0-java's 'Request failed with status code 403: Insufficient scope, expected any of: ...' names Auth0 and the scope", () => {
    const x = explain(paste("46-auth0-java-1.txt"));
    expect(x.provider).toMatchObject({ id: "auth0", evidence: "body shape" });
    expect((x.error as unknown as { missingScopes: string[] }).missingScopes).toEqual(["create:email_templates"]);
  });

  test("Figma's 'Invalid scope(s)' names Figma without headers, printed or in its {status, err} body: re-authorize", () => {
    const printed = explain(paste("47-figma-scope-1.txt"));
    expect(printed.provider?.id).toBe("figma");
    expect(printed.error!.name).toBe("ScopeReauthRequiredError");
    const body = explain('HTTP/1.1 403 Forbidden\n\n{"status":403,"err":"Invalid scope(s): files:read. This endpoint requires the file_code_connect:write scope"}');
    expect(body.provider).toMatchObject({ id: "figma", evidence: "body shape" });
    expect((body.error as unknown as { missingScopes: string[] }).missingScopes).toEqual(["file_code_connect:write"]);
    expect(explain("Failed to upload (ERR_BAD_REQUEST): 403 Invalid scope(s): files:read").error!.name).toBe("ScopeReauthRequiredError");
  });

  describe("fourth blind trial", () => {
    test.each([
      // [file, class, retryable, provider, request id]
      ["48-github-cli-1.txt", "ProviderAPIError", true, "github", undefined],
      ["48-octokit-inspected-1.txt", "ScopeReauthRequiredError", false, "github", undefined],
      ["49-chrome-console-1.txt", "ProviderUnauthorizedError", false, undefined, undefined],
      ["49-chrome-console-2.txt", "ProviderUnauthorizedError", false, "bitbucket", undefined],
      ["49-volley-1.txt", "ProviderUnauthorizedError", false, "zendesk", undefined],
      ["50-status-in-words-7.txt", "ProviderUnauthorizedError", false, "xero", undefined],
      ["50-status-in-words-8.txt", "ProviderAPIError", true, undefined, undefined],
      ["50-status-in-words-9.txt", "ProviderAPIError", true, "google", undefined], // "Google API error" names it (round 32)
      ["51-jira-status-code-1.txt", "ProviderUnauthorizedError", false, undefined, undefined],
      // Microsoft Graph since the eighth trial's reader of graph-java's printout, which reads its request line.
      ["51-graph-java-1.txt", "ProviderUnauthorizedError", false, "microsoft", undefined],
      ["52-aws-go-v2-2.txt", "ProviderAPIError", true, "aws", undefined],
      ["52-aws-java-v1-1.txt", "ProviderUnauthorizedError", false, "aws", "C043EEA5A00B5DF8"],
      ["52-aws-go-v1-1.txt", "ProviderUnauthorizedError", false, "aws", "86d1302f-64cb-427a-8824-296ab645b63c"],
      ["53-julia-embedded-1.txt", "ProviderAPIError", false, "openai", "req_47fc080729878fd0ef899db83bb08b55"],
      ["54-spotipy-log-1.txt", "ScopeReauthRequiredError", false, "spotify", undefined],
      ["56-code-is-body-1.txt", "ScopeReauthRequiredError", false, undefined, undefined],
      ["56-exception-class-status-1.txt", "ProviderUnauthorizedError", false, "shopify", undefined],
      ["56-google-dotnet-1.txt", "ScopeReauthRequiredError", false, "google", undefined],
      ["56-lead-status-1.txt", "ProviderUnauthorizedError", false, "shopify", undefined],
      ["56-log-tag-body-1.txt", "ProviderUnauthorizedError", false, "anthropic", "req_011CXw8h8A796q3f74Ezmhav"],
      ["56-reason-dash-1.txt", "ProviderAPIError", true, "gitlab", undefined],
      ["56-requests-in-json-1.txt", "ProviderAPIError", true, "notion", undefined], // its URL on www.notion.so, Notion's host since round 246
      ["56-status-in-words-10.txt", "ProviderUnauthorizedError", false, undefined, undefined],
      ["56-status-in-words-11.txt", "ProviderUnauthorizedError", false, undefined, undefined],
      ["57-aws-php-1.txt", "ProviderUnauthorizedError", false, "aws", undefined], // the reporter masked the id as XXX: none to quote
    ])("%s: %s, retryable %s, provider %s, request id %s", (file, name, retryable, provider, requestId) => {
      const x = explain(paste(file));
      expect(x.error!.name).toBe(name);
      expect(x.error!.retryable).toBe(retryable);
      expect(x.provider?.id).toBe(provider);
      expect(x.error!.requestId).toBe(requestId);
    });

    test("the GitHub CLI's message before '(HTTP 403)' is the message; the secondary limit waits a minute", () => {
      const x = explain(paste("48-github-cli-1.txt"));
      expect(x.rule).toBe("provider.github.secondary-rate-limit");
      expect(x.error!.message).toMatch(/exceeded a secondary rate limit/);
      expect(x.error!.retryAfter).toBe(60);
    });

    test("GitLab's insufficient_scope body with no GitLab host names the missing scope (RFC 6750's code in the body)", () => {
      const x = explain(paste("56-code-is-body-1.txt"));
      expect(x.rule).toBe("provider.403.insufficient-scope-body");
      expect((x.error as unknown as { missingScopes: string[] }).missingScopes).toEqual(["api"]);
    });

    test("aws-sdk-php's 'Code (client): message - <xml>' names AWS and its code, with the XML's request id", () => {
      const x = explain(
        'Error executing "PutObject" on "https://b.s3.amazonaws.com/k"; AWS HTTP error: Client error: `PUT https://b.s3.amazonaws.com/k` resulted in a `403 Forbidden` response:\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message> (truncated...)\n AccessDenied (client): Access Denied - <?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>TX12AB</RequestId></Error>',
      );
      expect(x.provider?.id).toBe("aws");
      expect(x.input).toMatchObject({ status: 403, url: "https://b.s3.amazonaws.com/k" });
      expect(x.error!.requestId).toBe("TX12AB");
      expect(() => explain("Ab (client): no body after it")).toThrow(AlterValueError);
    });

    test("prose that names a status in passing is no printout; a printout's 'HTTP 429' with its reason is", () => {
      expect(() => explain(paste("55-not-an-error-1.txt"))).toThrow(AlterValueError);
      expect(explain("Request failed: HTTP 429 Too Many Requests").input.status).toBe(429);
    });

    test("a JSON body inside other text keeps to its own brackets (Julia's triple quotes and stack after it)", () => {
      const x = explain(paste("53-julia-embedded-1.txt"));
      expect(x.rule).toBe("provider.openai.insufficient-quota");
      expect(x.input.warnings.join(" ")).toMatch(/text after the JSON body .* was skipped/);
    });
  });
});


describe("identification by body shape, indexed, finds what trying every fingerprint in table order finds", async () => {
  const fc = (await import("fast-check")).default;
  const { calledBy, identifyByBody, PROVIDER_MATCHERS } = await import("../../sdk/src/providers/index.js");
  const { compile } = await import("../../sdk/src/providers/match.js");
  const { HeaderMap, readBody } = await import("../../sdk/src/response.js");
  const { PROVIDERS } = await import("../../sdk/src/providers/docs.js");
  const { readdirSync } = await import("node:fs");
  type Ctx = Parameters<typeof identifyByBody>[0];
  const every = PROVIDER_MATCHERS.flatMap((p) => (p.fingerprints && "body" in p.fingerprints && p.fingerprints.body ? [{ id: p.id as string, provider: p, shape: compile(p.fingerprints.body) }] : []));
  const ctxOf = (body: unknown, status?: number, headers: [string, string][] = []): Ctx => {
    const h = new HeaderMap(headers);
    return { status, statusText: undefined, headers: h, body: readBody(body, h.get("content-type")), url: undefined, method: undefined, opts: {}, network: undefined, logged: undefined, envelope: undefined, provider: undefined } as unknown as Ctx;
  };
  // (Whose call it was, by its URL or the server a copy of an API names, is the same check either way.)
  const naive = (ctx: Ctx) => every.find((f) => f.shape(ctx) !== undefined && calledBy(f.provider, ctx.url, ctx.headers.first("server")))?.id;
  const indexed = (ctx: Ctx) => identifyByBody(ctx)?.provider.id;

  test("a response tries only the shapes whose anchors it reaches: its members, its headers by name (counted, not timed)", async () => {
    const { bodyShapesTried } = await import("../../sdk/src/providers/index.js");
    const json: [string, string][] = [["Content-Type", "application/json"], ["X-Request-Id", "req_1"]];
    // The backend's envelope reaches no provider's anchor: no shape is tried.
    expect(bodyShapesTried(ctxOf('{"error":{"code":"grant_revoked","message":"The grant was revoked by the user.","request_id":"req_1","details":{"grant_id":"gr_1"}}}', 401, json))).toEqual([]);
    // A header a fingerprint names brings its shape in, and only with that header.
    expect(bodyShapesTried(ctxOf("busy", 503, [["Server", "AmazonS3"]]))).toContain("aws");
    expect(bodyShapesTried(ctxOf("busy", 503, [["Server", "nginx"]]))).not.toContain("aws");
    // A string body tries the shapes of a quoted message; an object body with the same words in a member does not.
    expect(bodyShapesTried(ctxOf('"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"', 429, json))).toEqual(["sentry"]);
    expect(bodyShapesTried(ctxOf('{"note":"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds"}', 429, json))).toEqual([]);
  });

  test("on every provider example and every real paste of the fixtures", () => {
    const texts = [
      ...PROVIDERS.flatMap((p) => p.signals.flatMap((s) => s.examples.map((e) => e.text))),
      ...readdirSync(new URL("../fixtures/pastes/", import.meta.url)).map((f) => readFileSync(new URL(`../fixtures/pastes/${f}`, import.meta.url), "utf8")),
    ];
    let compared = 0;
    let identified = 0;
    for (const text of texts) {
      let parsed;
      try {
        parsed = parseResponse(text);
      } catch {
        continue;
      }
      const ctx = ctxOf(parsed.body, parsed.status, parsed.headers as [string, string][]);
      const expected = naive(ctx);
      expect(indexed(ctx), text.slice(0, 120)).toBe(expected);
      compared++;
      if (expected !== undefined) identified++;
    }
    // The comparison covered real bodies of many providers, not a handful.
    expect(compared).toBeGreaterThan(300);
    expect(identified).toBeGreaterThan(50);
  });

  test("on generated bodies made of the members fingerprints look for", () => {
    const keys = ["error", "errors", "details", "type", "code", "message", "ok", "Detail", "detail", "help_url", "documentation_url", "innerError", "request-id", "doc_url", "__type", "serviceErrorCode", "errorCode", "error_summary", "Fault", "Error", "status", "@type", "reason", "domain", "err"];
    const values = fc.oneof(
      fc.constantFrom("error", "error.list", "requests", "insufficient_quota", "global", "type.googleapis.com/google.rpc.ErrorInfo", "https://docs.github.com/rest", "missing_scope/..", "com.amazonaws.x#ThrottlingException", "REQUEST_LIMIT_EXCEEDED", "https://developer.box.com/x", "true", "[API] x"),
      fc.integer({ min: 0, max: 500 }),
      fc.boolean(),
    );
    const json = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, values, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...keys), tie("node"), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(json, fc.option(fc.constantFrom(400, 401, 403, 429), { nil: undefined }), (body, status) => {
        const ctx = ctxOf(body === null || typeof body !== "object" ? JSON.stringify(body) : body, status);
        expect(indexed(ctx)).toBe(naive(ctx));
        // Past 1 KiB of text the tree's branches are looked up in the body instead of the body's members in the tree.
        const large = ctxOf(JSON.stringify(body) + " ".repeat(1100), status, [["content-type", "application/json"]]);
        expect(large.body.kind === "json" || large.body.kind === "text").toBe(true);
        expect(indexed(large)).toBe(naive(large));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("Patterns: a place's patterns tested as one alternation, then one by one", async () => {
  const { Patterns } = await import("../../sdk/src/providers/match.js");
  const fc = (await import("fast-check")).default;
  const res = [/^Request had insufficient/, /does not have authorization to perform action '/i, /(a)\1b/, /(?<w>x)y/, /(?<w>x)z/, /\bquota\b/u, /^abc$/m, /q/g];
  const patterns = new Patterns();
  res.forEach((re, at) => patterns.add(re, at));
  const alone = (text: string) => res.flatMap((re, at) => ((re.lastIndex = 0), re.test(text) ? [at] : []));
  const collected = (text: string) => {
    const hits: number[] = [];
    patterns.collect(text, hits);
    return hits.sort((a, b) => a - b);
  };

  test("it finds exactly the patterns that match alone: flags kept, back references and a group name used twice included", () => {
    for (const text of ["Request had insufficient authentication scopes.", "User X DOES NOT HAVE AUTHORIZATION TO PERFORM ACTION 'Microsoft.Web/read'", "aab", "xy", "xz", "over quota today", "z\nabc\nz", "q", "nothing here"]) {
      expect(collected(text), text).toEqual(alone(text));
    }
    fc.assert(fc.property(fc.stringMatching(/^[aAbcqxyz' \n]{0,12}$/), (text) => {
      expect(collected(text)).toEqual(alone(text));
    }), { numRuns: 300 });
  });

  test("an empty set says so and finds nothing", () => {
    const none = new Patterns();
    expect(none.empty).toBe(true);
    const hits: number[] = [];
    none.collect("anything", hits);
    expect(hits).toEqual([]);
    expect(patterns.empty).toBe(false);
  });
});

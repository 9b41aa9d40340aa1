/**
 * Mailgun: a spent sending limit is retried after the time its words name, under 429 or the 420 real reports show; a sandbox
 * domain or an unverified account is no missing permission and no retry gets past it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("mailgun", () => {
  test("a recipient limit is retryable, under a 420 and printed by a client around no body (Ghost's log)", () => {
    // https://github.com/TryGhost/Ghost/issues/15725
    const x = explain(`[2023-02-22 10:03:32] ERROR status code 420
[2023-02-22 10:03:32] WARN The email service received an error from mailgun and was unable to send.

"Mailgun Error 420: Domain mg.domain.tld is not allowed to send: recipient limit exceeded, try again after Wed, 22 Feb 2023 10:04:01 UTC"`);
    expect([x.provider?.id, x.rule, x.error!.retryable]).toEqual(["mailgun", "provider.mailgun.send-limit", true]);
  });

  test("the time to try again after is the wait, counted from now", () => {
    const x = explain(
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"message": "Domain example.com is not allowed to send: request limit exceeded, try again after Mon, 20 Dec 2021 20:33:21 UTC"}',
      { now: Date.parse("2021-12-20T20:32:21Z") },
    );
    expect([x.rule, x.error!.retryAfter]).toEqual(["provider.mailgun.send-limit", 60]);
  });

  test("a sandbox domain's refusal through Guzzle, its body cut, is not retried", () => {
    // https://github.com/googleapis/google-api-php-client/issues/1539
    const x = explain(
      "Fatal error: Uncaught exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error: `POST https://api.mailgun.net/v2/sandboxfdbbcaf032244cfbae3557bab04354f3.mailgun.org/messages` resulted in a `400 BAD REQUEST` response: { \"message\": \"Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authoriz (truncated...) ' in C:\\xampp\\htdocs\\mailgun\\vendor\\guzzlehttp\\guzzle\\src\\Exception\\RequestException.php:113",
    );
    expect([x.provider?.id, x.rule, x.error!.name, x.error!.retryable]).toEqual(["mailgun", "provider.mailgun.domain-not-allowed", "ProviderAPIError", false]);
  });
});

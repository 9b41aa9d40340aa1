/**
 * Docker Hub: a pull over its rate limit is denied until the limit's window elapses, whatever status carries it (the registry's
 * 429, the Docker daemon's 500); its anti-abuse 429 passes.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("docker-hub", () => {
  test("the pull limit is not retried now, as the registry's 429 or inside the daemon's 500", () => {
    for (const t of [
      "unexpected status code https://registry-1.docker.io/v2/library/rust/manifests/sha256:de6e: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
      "Error: (HTTP code 500) server error - toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}]}',
    ]) {
      const x = explain(t);
      expect([x.provider?.id, x.rule, x.error!.retryable], t).toEqual(["docker-hub", "provider.docker-hub.pull-rate-limit", false]);
    }
  });

  test("its anti-abuse 429 is retried; another registry's 429 is no Docker Hub's", () => {
    const abuse = explain("HTTP/1.1 429 Too Many Requests\n\nToo Many Requests (HAP429).", { providerId: "docker-hub" });
    expect([abuse.rule, abuse.error!.retryable]).toEqual(["provider.error", true]);
    expect(explain('HTTP/1.1 429 Too Many Requests\n\n{"errors":[{"code":"TOOMANYREQUESTS","message":"retry later"}]}').provider).toBeUndefined();
  });

  test("its registry's docker-ratelimit-source header names it", () => {
    expect(explain("HTTP/1.1 401 Unauthorized\ndocker-ratelimit-source: 2001:41d0:801:2000::\n\n").provider?.id).toBe("docker-hub");
  });
});

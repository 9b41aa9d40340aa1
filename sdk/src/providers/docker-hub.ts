/**
 * Docker Hub (its registry at registry-1.docker.io): it limits image pulls per hour (per six hours
 * before 2025; by IP address for anonymous pulls, by account otherwise) and answers a pull over the limit with 429
 * `toomanyrequests` "You have reached your pull rate limit" — which the Docker daemon passes on in
 * its own 500 ("(HTTP code 500) server error - toomanyrequests: ..."). The window is an hour long:
 * a backoff of seconds meets the same answer; signing in raises the limit.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/**
 * Its words for the pull limit, anonymous or not, in the registry's error or as a daemon or containerd prints it; and its first words
 * for it (2020), which sent the reader to the limit's page: the overall limit's 429 says "Too Many Requests" and no more
 * (https://docs.docker.com/docker-hub/usage/: "The pull limit returns a longer error message that includes a link to this page").
 */
const PULL_LIMIT = /\bYou have reached your (?:unauthenticated )?pull rate limit\b|\bToo Many Requests\. Please see https:\/\/docs\.docker\.com\/docker-hub\/download-rate-limit\b/;
/** Those words in the registry's error list, or in the text a daemon printed. */
const SAYS_PULL_LIMIT = said("errors[].message", { matches: PULL_LIMIT });

export const dockerHub = provider({
  id: "docker-hub",
  name: "Docker Hub",
  aliases: ["dockerhub"],
  hosts: ["docker.io", "docker.com"],
  clients: { packages: [], classes: [] },
  // The registry names the address it counted pulls for; no one else sends it.
  fingerprints: { headers: ["docker-ratelimit-source"], body: SAYS_PULL_LIMIT },
  message: ["errors[].message"],
  // The registry's code for either limit, `toomanyrequests` (the distribution API's TOOMANYREQUESTS), before its words, as a
  // daemon or a CI log prints the error without its status: the pull limit's 429.
  documentedStatus: {
    source: "https://docs.docker.com/docker-hub/usage/pulls/",
    messages: [[new RegExp(`(?<=^|\\n|: ?|")toomanyrequests: (?:${PULL_LIMIT.source})`), 429]],
  },
  signals: {
    "provider.docker-hub.pull-rate-limit": {
      when: SAYS_PULL_LIMIT,
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const dockerHubDocs: ProviderDocs<typeof dockerHub> = {
  docs: [
    { title: "Usage and limits (pull rate limit)", url: "https://docs.docker.com/docker-hub/usage/pulls/" },
    { title: "Download rate limit", url: "https://docs.docker.com/docker-hub/download-rate-limit/" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A wrong username, password or access token is a 401 (\"unauthorized: incorrect username or password\"): the generic rule reads it.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Beyond the pull limit, an overall limit against abuse answers 429 \"Too Many Requests (HAP429)\": it passes, so back off and slow down.",
    },
    notRetryable: {
      rules: ["provider.docker-hub.pull-rate-limit"],
      note: "A pull over the limit (per hour: 10 anonymous pulls by IP address, 100 for a signed-in Personal account, none for paid plans; per six hours before 2025) is denied until the window elapses: sign in (`docker login`) or wait for the window, not seconds.",
    },
  },
  notes: [
    "A daemon, containerd or a Kubernetes kubelet passes the registry's answer on in its own words and status (the daemon's 500): the registry's words decide.",
    "The registry sends `RateLimit-Limit` and `RateLimit-Remaining` (`100;w=21600`: the count and the window in seconds) with every pull.",
  ],
  signals: {
    "provider.docker-hub.pull-rate-limit": {
      statement:
        "Docker Hub answers a pull over its pull rate limit with 429 `toomanyrequests` \"You have reached your pull rate limit\" (or \"your unauthenticated pull rate limit\"), which the Docker daemon passes on as a 500: a ProviderAPIError that is not retryable now; pulls are denied until the limit's window (an hour; six hours before 2025) elapses, so sign in to raise the limit or wait for the window.",
      action: "Sign in (`docker login`) to raise the pull limit, or wait for the limit's window (an hour) to elapse: retrying within seconds fails.",
      source: "https://docs.docker.com/docker-hub/usage/pulls/",
      examples: [
        {
          source: "https://github.com/docker/docs/issues/21908",
          text: "Error: INSTALLATION FAILED: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/bitnamicharts/drupal/manifests/sha256:9538e0c4fd55aa75d75f6846bc99b1ecddad3a4ffbb7cbf8d0fc8578a5c2b02f: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        },
        {
          source: "https://github.com/caprover/caprover/issues/963",
          text: "Error: (HTTP code 500) server error - toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit \n    at /usr/src/app/node_modules/docker-modem/lib/modem.js:301:17",
        },
      ],
    },
  },
};

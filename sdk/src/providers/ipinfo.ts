/**
 * IPinfo (its API at ipinfo.io: `ipinfo.io/<ip>/json`, `ipinfo.io/json`, v6.ipinfo.io): a token's plan allows so many requests a
 * month (calls without a token, fewer a day), and a call over it answers 429 in words of its own: today
 * `{"status": 429, "error": {"title": "Rate limit exceeded", "message": "You've hit the daily limit for the unauthenticated API.
 * Create an API access token by signing up to get 50k req/month."}}`, before that a text body "Rate limit exceeded. Subscribe to a
 * paid plan to increase your usage limits at http://ipinfo.io/pricing, or contact us via http://ipinfo.io/contact" ("Upgrade to
 * increase your usage limits at https://ipinfo.io/pricing" later). Its own Python client raises every 429 as
 * `RequestQuotaExceededError`, "users monthly request quota has been passed". A spent allowance passes when the day or the month
 * ends, or with a token or a plan, not after seconds: the signal answers it not retryable, where the generic rules retried the old
 * text bodies. gluetun says the same of ipinfo's 403 and 429 ("too many requests sent for this month from https://ipinfo.io/").
 * No request id is documented or sent.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** Its text body for a spent allowance, which links its price list. */
const PAID_PLAN = /Rate limit exceeded\. (?:Subscribe to a paid plan|Upgrade) to increase your usage limits at https?:\/\/ipinfo\.io\/pricing\b/;
/** Its JSON body's message for calls without a token over the day's allowance. */
const UNAUTHENTICATED_DAILY = /^You've hit the daily limit for the unauthenticated API\./;
/** gluetun's line for ipinfo's 403 or 429 (its `ErrTooManyRequests`), naming the ipinfo URL it called. */
const GLUETUN = /too many requests sent for this month from https:\/\/(?:v6\.)?ipinfo\.io\//;

/** A spent allowance in ipinfo's words, as its body or a client's text of it (a body shape: what names ipinfo). */
const QUOTA_SPENT_BODY: Match = {
  any: [
    { all: [{ json: "error.title", is: "Rate limit exceeded" }, { json: "error.message", matches: UNAUTHENTICATED_DAILY }] },
    { text: PAID_PLAN },
    { json: "", matches: PAID_PLAN },
    { text: GLUETUN },
  ],
};
/** The same, or gluetun's line printed around a response it pasted. */
const QUOTA_SPENT: Match = { any: [QUOTA_SPENT_BODY, { printed: GLUETUN }] };

export const ipinfo = provider({
  id: "ipinfo",
  name: "IPinfo",
  // ipinfo.io and its hosts (v6.ipinfo.io); the same host serves its site, so a URL to it counts as an API call
  // only where a request URL is read or it looks like an API's.
  hosts: ["ipinfo.io"],
  // Its official clients: Python `ipinfo` (`ipinfo.exceptions.RequestQuotaExceededError`), npm `node-ipinfo`, the Ruby gem
  // `IPinfo` (`IPinfo::RateLimitError`), PHP `ipinfo\ipinfo` (`IPinfoException`), Java `io.ipinfo.api`.
  clients: { packages: ["ipinfo", "node-ipinfo", "IPinfo", "io.ipinfo.api"], classes: ["IPinfo"] },
  fingerprints: { body: QUOTA_SPENT_BODY },
  message: ["error.message", "error.title"],
  // Its text body printed alone (curl's output of a call over the allowance): the 429 its own client raises for it.
  documentedStatus: { source: "https://github.com/ipinfo/python/blob/20d07446c0f873ab8d014d84c70a0c537b94bb82/ipinfo/exceptions.py", messages: [[PAID_PLAN, 429]] },
  signals: {
    // A spent allowance: the day's (without a token) or the month's (a plan's). Not after seconds.
    "provider.ipinfo.quota-spent": {
      status: [429, 403],
      when: QUOTA_SPENT,
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const ipinfoDocs: ProviderDocs<typeof ipinfo> = {
  docs: [
    { title: "Developers: rate limits", url: "https://ipinfo.io/developers/rate-limits" },
    { title: "Pricing (requests a month by plan)", url: "https://ipinfo.io/pricing" },
    { title: "ipinfo/python: RequestQuotaExceededError (every 429)", url: "https://github.com/ipinfo/python/blob/20d07446c0f873ab8d014d84c70a0c537b94bb82/ipinfo/exceptions.py" },
  ],
  answers: {
    scope: "not documented",
    credential: "not documented",
    rateLimit: {
      rules: ["provider.ipinfo.quota-spent"],
      note: "IPinfo's limits are allowances, not rates: a plan's requests a month, and fewer a day for calls without a token. Over one, 429 \"Rate limit exceeded\" (\"You've hit the daily limit for the unauthenticated API\", or the older text \"Subscribe to a paid plan to increase your usage limits at http://ipinfo.io/pricing\"): send a token, upgrade, or wait for the day or the month to end.",
    },
    notRetryable: {
      rules: ["provider.ipinfo.quota-spent"],
      note: "Its own Python client raises every 429 as `RequestQuotaExceededError` (\"users monthly request quota has been passed\"); gluetun reads a 403 from it the same way (\"too many requests sent for this month\"). A retry in seconds meets the same answer.",
    },
  },
  notes: [
    "Its words decide, not the client's: the Ruby geocoder gem prints \"Geocoding API error: 429 Too Many Requests\" over ipinfo's text body, which names no Google API.",
    "No request id is documented or sent (its answers carry Google's `x-cloud-trace-context`).",
  ],
  signals: {
    "provider.ipinfo.quota-spent": {
      statement:
        "IPinfo answers a call over its plan's allowance (a month's requests; a day's without a token) with 429 \"Rate limit exceeded\" in its own words (\"You've hit the daily limit for the unauthenticated API\", \"Subscribe to a paid plan to increase your usage limits at http://ipinfo.io/pricing\"), and gluetun prints a 403 or 429 from it as \"too many requests sent for this month\": a ProviderAPIError that is not retryable; send a token, upgrade the plan, or wait for the allowance to renew.",
      action: "Send an API token, upgrade the IPinfo plan, or wait for the allowance to renew: retrying now fails the same way.",
      source: "https://github.com/ipinfo/python/blob/20d07446c0f873ab8d014d84c70a0c537b94bb82/ipinfo/exceptions.py",
      examples: [
        {
          source: "https://github.com/navilg/godaddy-ddns/issues/23",
          reconstructed: "status line added (the body's `status` member says 429)",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "status": 429,
  "error": {
    "title": "Rate limit exceeded",
    "message": "You've hit the daily limit for the unauthenticated API.  Create an API access token by signing up to get 50k req/month."
  }
}`,
        },
        {
          source: "https://github.com/data-skeptic/dataskeptic.com/issues/740",
          text: `[1] { data: 'Rate limit exceeded. Subscribe to a paid plan to increase your usage limits at http://ipinfo.io/pricing, or contact us via http://ipinfo.io/contact\\n',
[1]   status: 429,
[1]   statusText: 'Too Many Requests',
[1]   headers: 
[1]    { date: 'Sun, 05 Aug 2018 18:50:52 GMT',
[1]      'content-type': 'text/html; charset=utf-8',
[1]      'content-length': '148',
[1]      'x-powered-by': 'Express',
[1]      'x-cloud-trace-context': 'e668646f0e385e3b85834431953293e7/2418278866703008923;o=0',
[1]      'access-control-allow-origin': '*',
[1]      via: '1.1 google',
[1]      connection: 'close' },
[1]   config: 
[1]    { headers: { 'Content-Type': 'application/json;charset=utf-8' },
[1]      timeout: 0,
[1]      transformRequest: [ [Function: transformResponseJSON] ],
[1]      transformResponse: [ [Function: transformResponseJSON] ],
[1]      method: 'get',
[1]      url: 'http://ipinfo.io/218.106.145.22/json',
[1]      withCredentials: undefined } }`,
        },
        {
          source: "https://github.com/alexreisner/geocoder/issues/1363",
          text: `Geocoding API error: 429 Too Many Requests
Geocoding API's response was not valid JSON: Rate limit exceeded. Upgrade to increase your usage limits at https://ipinfo.io/pricing, or contact us via https://ipinfo.io/contact`,
        },
        {
          source: "https://github.com/passteque/gluetun/issues/2510",
          text: "2024-10-06T10:45:03Z ERROR [vpn] getting public IP address information: fetching information: too many requests sent for this month from https://ipinfo.io/: 403 403 Forbidden",
        },
      ],
    },
  },
};

/**
 * Binance (its Spot REST API at api.binance.com): errors are `{"code": -1003, "msg": "..."}`. It limits
 * request weight per IP address and answers a request over it with 429 and `Retry-After`; an address
 * that goes on after its 429s is banned, automatically, for 2 minutes up to 3 days: a 418 whose `msg`
 * names when the ban ends ("IP banned until 1519726649240"). A 403 is its web application firewall's
 * block, which lifts when the calls slow down.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const binance = provider({
  id: "binance",
  name: "Binance",
  hosts: ["binance.com", "binance.us", "binance.vision"],
  clients: { packages: ["binance", "com.binance", "Binance"], classes: ["Binance"] },
  // Every answer counts the weight used by the address (`X-MBX-USED-WEIGHT-1M`), which no other API sends.
  // Its error body, `{"code": -1003, "msg": "..."}`: a negative four-digit code (its error codes list: -1000 to -1199 general and
  // request errors, -2010 to -2015 order and key errors, -4000s its futures') beside `msg`, as ccxt prints it without the host.
  fingerprints: {
    headers: ["x-mbx-used-weight", "x-mbx-used-weight-1m", "x-mbx-uuid"],
    body: { all: [{ json: "code", matches: /^-[1-9]\d{3}$/ }, { json: "msg" }] },
  },
  message: ["msg"],
  // Its -1003 messages, as its clients print them without the status (python-binance's "APIError(code=-1003): Way too much request
  // weight used; IP banned until 1621207852808. ..."): the ban's 418, the limit's 429 (its HTTP return codes page gives each).
  documentedStatus: {
    source: "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/http-return-codes",
    messages: [
      [/(?<=^|\n|: ?|")Way too (?:much request weight used|many requests); IP banned until \d{13}\b/, 418],
      [/(?<=^|\n|: ?|")Too much request weight used; current limit is \d{1,9} request weight per\b/, 429],
    ],
  },
  signals: {
    // The ban ends when its `msg` says (epoch milliseconds), or after the `Retry-After` it sends, which the generic places read first.
    "provider.binance.ip-banned": {
      status: [418],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "msg", capture: /\bbanned until (\d{13})\b/, unit: "reset" }, { text: /\bbanned until (\d{13})\b/, unit: "reset" }],
    },
    "provider.binance.waf-limit": {
      status: [403],
      when: { all: [] },
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const binanceDocs: ProviderDocs<typeof binance> = {
  docs: [
    { title: "HTTP return codes", url: "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/http-return-codes" },
    { title: "Limits", url: "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/limits" },
    { title: "Error codes", url: "https://developers.binance.com/docs/binance-spot-api-docs/errors" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A key it rejects, or one used from an address or for an action it is not allowed (\"Invalid API-key, IP, or permissions for action\", code -2015), is a 401: the generic rule reads it.",
    },
    rateLimit: {
      rules: ["provider.binance.ip-banned", "provider.binance.waf-limit", "provider.error"],
      note: "Over the request weight a minute: 429 with `Retry-After`. Going on after 429s: an automatic IP ban, 418, from 2 minutes up to 3 days, its end in `msg`. A 403 is the web application firewall's block: slow down.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "Backing off at 1, 2 and 4 s after a 429 is what earns the 418: wait the `Retry-After` it sends, and use its websocket streams for live data.",
    "`X-MBX-USED-WEIGHT-1M` on every answer says how much of the minute's weight the address has used.",
  ],
  signals: {
    "provider.binance.ip-banned": {
      statement:
        "Binance answers an IP address that kept calling after its 429s with 418 and \"Way too many requests; IP banned until <epoch milliseconds>\": an automatic ban of 2 minutes up to 3 days, a retryable ProviderAPIError whose wait is the time the message names (or its `Retry-After`); calling sooner lengthens the ban.",
      action: "Stop all calls from this IP address until the ban ends (`err.retryAfter`), then resume more slowly: calling sooner lengthens the ban.",
      source: "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/http-return-codes",
      examples: [
        {
          source: "https://github.com/knowm/XChange/issues/4011",
          text: "org.knowm.xchange.binance.dto.BinanceException: Way too much request weight used; IP banned until 1618228675371. Please use the websocket for live updates to avoid bans. (HTTP status code: 418)",
        },
      ],
    },
    "provider.binance.waf-limit": {
      statement:
        "Binance answers a request its web application firewall blocks with 403 (CloudFront's \"Request blocked\" page in front of its API): a rate limit violation or a security block, a retryable ProviderAPIError; slow down, and check the address and region, rather than change the request.",
      action: "Slow down and retry later; if it persists, check the API address and the region you call from rather than changing the request.",
      source: "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/http-return-codes",
      examples: [
        {
          source: "https://github.com/JKorf/Binance.Net/issues/115",
          reconstructed: "the status line added, as the page's own heading (\"403 ERROR\") states it",
          text: `HTTP/1.1 403 Forbidden
Content-Type: text/html

<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
Request blocked.`,
        },
      ],
    },
  },
};

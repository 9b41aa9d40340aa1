/**
 * The Telegram Bot API: every answer is `{"ok": false, "error_code": 429, "description": "..."}`,
 * and a flood wait says how long in `parameters.retry_after` (seconds) and in its description
 * ("Too Many Requests: retry after 34"). It sends no `Retry-After` header.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/** The description's own words: "Too Many Requests: retry after 34", seconds with no unit. */
const RETRY_AFTER_WORDS = /\bretry after (\d{1,6})\b/;

export const telegram = provider({
  id: "telegram",
  name: "Telegram Bot API",
  hosts: ["api.telegram.org"],
  clients: {
    packages: ["telegram", "telebot", "telepot", "aiogram", "telegraf", "node-telegram-bot-api", "org.telegram", "pyrogram", "Telegram", "winston-telegram"],
    classes: ["Telegram"],
  },
  // Slack's bodies carry `ok: false` too, with an `error` string: Telegram's have a numeric `error_code` and a `description`.
  // Or its flood wait's description as a client prints it without the body ("Error: 429 Too Many Requests: retry after 1", read as
  // the status, its reason phrase and "retry after 1" as the body): the Bot API's own words, the whole of what followed the status.
  fingerprints: {
    body: {
      any: [
        { all: [{ json: "ok", is: "false" }, { json: "error_code", matches: /^[1-5]\d\d$/ }, { json: "description" }] },
        { text: /^retry after \d{1,6}$/ },
      ],
    },
  },
  message: ["description"],
  signals: {
    "provider.telegram.flood-wait": {
      status: [429],
      // Also its description's words as a client prints them without the body ("429: Too Many Requests: retry after 5").
      when: { any: [{ json: "parameters.retry_after" }, said("description", { matches: RETRY_AFTER_WORDS })] },
      error: "ProviderAPIError",
      retryable: true,
      wait: [{ json: "parameters.retry_after" }, { json: "description", capture: RETRY_AFTER_WORDS }, { text: RETRY_AFTER_WORDS }],
    },
  },
});

export const telegramDocs: ProviderDocs<typeof telegram> = {
  docs: [
    { title: "Bot API: making requests (the response object)", url: "https://core.telegram.org/bots/api#making-requests" },
    { title: "Bot API: ResponseParameters (retry_after)", url: "https://core.telegram.org/bots/api#responseparameters" },
    { title: "Bots FAQ: broadcasting and limits", url: "https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401"],
      note: "A wrong or revoked bot token is a 401 \"Unauthorized\"; get the token from @BotFather again. A 403 \"Forbidden: bot was blocked by the user\" is the user's choice, not the token's: a plain ProviderAPIError.",
    },
    rateLimit: {
      rules: ["provider.telegram.flood-wait"],
      note: "A flood wait is a 429 with `parameters.retry_after` in seconds; the description repeats it (\"retry after 34\").",
    },
    notRetryable: "not documented",
  },
  notes: ["Telegram sends no request id: a paste's `update_id` or `message_id` names the update, not the failed call."],
  signals: {
    "provider.telegram.flood-wait": {
      statement:
        "The Bot API answers a bot over its limits with 429 and `parameters.retry_after`, the seconds to wait before the request can be repeated (its description says \"retry after N\" too): a retryable ProviderAPIError whose wait is that number.",
      action: "Wait the `parameters.retry_after` seconds (`err.retryAfter`), then send the same request again.",
      source: "https://core.telegram.org/bots/api#responseparameters",
      examples: [
        {
          source: "https://github.com/flathunters/flathunter/issues/88",
          text: `2020-10-21T04:52:04.525696+00:00 app[worker.1]: [2020/10/21 04:52:04|sender_telegram.py|ERROR   ]: When sending bot message, we got status 429 with message: {'ok': False, 'error_code': 429, 'description': 'Too Many Requests: retry after 34', 'parameters': {'retry_after': 34}}`,
        },
        {
          source: "https://github.com/yagop/node-telegram-bot-api/issues/199",
          text: `Error: 429 {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 134"}`,
        },
      ],
    },
  },
};

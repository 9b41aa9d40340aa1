/**
 * The Telegram Bot API: every answer is `{"ok": false, "error_code": 429, "description": "..."}`,
 * and a flood wait says how long in `parameters.retry_after` (seconds) and in its description
 * ("Too Many Requests: retry after 34"). It sends no `Retry-After` header.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

/**
 * Its descriptions for a chat that will not take the bot's message, whatever the token: the user blocked the bot or deleted the
 * account, the bot was removed from the group or channel, or never talked to the user. (After "Forbidden: ", which a client may
 * print as the status's reason: "403 - Forbidden: bot was blocked by the user".)
 */
const CHAT_REFUSED =
  /\b(?:bot was blocked by the user|Forbidden: user is deactivated|bot was kicked from the (?:group|supergroup|channel) chat|bot is not a member of the (?:group|supergroup|channel) chat|bot can't initiate conversation with a user)\b/;

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
        // Its words for a chat that refused the bot, as a client prints them without the body ("403 - Forbidden: bot was blocked by the user").
        { text: CHAT_REFUSED },
      ],
    },
  },
  message: ["description"],
  signals: {
    // The chat's user or admin decided: the generic 403's "the credential's account may not make this call" would send the developer to a
    // token that is fine.
    "provider.telegram.chat-refused": {
      status: [403],
      when: { any: [said("description", { matches: CHAT_REFUSED }), { text: CHAT_REFUSED }] },
      error: "ProviderAPIError",
      retryable: false,
    },
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
      note: "A wrong or revoked bot token is a 401 \"Unauthorized\"; get the token from @BotFather again. A 403 \"Forbidden: bot was blocked by the user\" is the user's choice, not the token's: a ProviderAPIError of its own signal, not a credential.",
    },
    rateLimit: {
      rules: ["provider.telegram.flood-wait"],
      note: "A flood wait is a 429 with `parameters.retry_after` in seconds; the description repeats it (\"retry after 34\").",
    },
    notRetryable: {
      rules: ["provider.telegram.chat-refused"],
      note: "A 403 whose description says the chat refused the bot (blocked by the user, a deactivated account, the bot kicked from or not a member of the group, a user who never started the bot) fails the same way until the user or the group's admin changes it; the Bot API documents no description list, these are its words in public captures.",
    },
  },
  notes: ["Telegram sends no request id: a paste's `update_id` or `message_id` names the update, not the failed call."],
  signals: {
    "provider.telegram.chat-refused": {
      statement:
        "The Bot API answers a message to a chat that will not take it with 403 and a description saying why (\"Forbidden: bot was blocked by the user\", \"Forbidden: user is deactivated\", \"Forbidden: bot was kicked from the group chat\", \"Forbidden: bot can't initiate conversation with a user\"): the privacy violation Telegram's API answers with 403 FORBIDDEN. A ProviderAPIError that is not retryable: the token is fine, the chat's user or admin decided, so stop sending to that chat.",
      action: "Stop sending to this chat and mark it inactive: its user blocked the bot, left, or never started it. The bot's token is fine.",
      source: "https://core.telegram.org/api/errors#403-forbidden",
      examples: [
        {
          source: "https://github.com/GameFeeder/GameFeeder/issues/201",
          text: `[Telegram]       error:  Failed to send notification to channel:
[1] Error: ETELEGRAM: 403 Forbidden: bot was blocked by the user`,
        },
      ],
    },
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

/**
 * Discord's HTTP API: errors come as `{"message", "code"}` where `code` is one of
 * Discord's own numeric JSON error codes (0 for a bare HTTP failure). A 429 is usually a
 * bucket limit with a wait in the body and headers, but two 429s are not: a Cloudflare IP
 * ban for too many invalid requests, and the daily quota of application-command creates.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

const BLOCKED = /^You are being blocked from accessing our API temporarily/;
/** A request to an API version before 8: `/api/` with no version (the default, v6) or `/api/v3/` to `/api/v7/`. */
const BEFORE_V8 = /^https?:\/\/(?:[a-z0-9-]{1,63}\.){0,4}discord(?:app)?\.com\/api(?:\/v[3-7])?(?:\/(?!v\d)|$)/i;

export const discord = provider({
  id: "discord",
  name: "Discord",
  hosts: ["discord.com", "discordapp.com"],
  // Java's clients by their packages: JDA (`net.dv8tion.jda`), Javacord, Discord4J 3 (`discord4j`) and 2 (`sx.blah.discord`).
  clients: { packages: ["discord", "@discordjs", "nextcord", "disnake", "Discord", "net.dv8tion", "club.minnced", "org.javacord", "discord4j", "sx.blah"], classes: ["Discord"] },
  // No request-id header and no fingerprint: `X-RateLimit-Bucket`/`-Scope` are Discord's but of the generic family, `cf-ray` is Cloudflare's.
  message: ["message"],
  signals: {
    "provider.discord.invalid-request-ban": {
      when: {
        any: [
          { json: "message", matches: BLOCKED },
          // The static page Cloudflare stores: pasted as printed it is often not JSON; or Cloudflare's own 1015 text.
          { text: /You are being blocked from accessing our API temporarily/ },
          { text: /^error code: 1015\b/ },
        ],
      },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.discord.daily-command-create-limit": {
      // Sent as 400 or as 429: the 429 would otherwise be retried within the day.
      when: { json: "code", is: "30034" },
      error: "ProviderAPIError",
      retryable: false,
    },
    "provider.discord.missing-oauth2-scope": {
      when: { json: "code", is: "50026" },
      error: "ScopeReauthRequiredError",
    },
    "provider.discord.wait-in-ms-before-v8": {
      // Last: the ban and the daily quota are 429s too, and neither is waited out.
      status: [429],
      when: { url: BEFORE_V8 },
      error: "ProviderAPIError",
      retryable: true,
      wait: [
        { header: "retry-after", unit: "ms" },
        { json: "retry_after", unit: "ms" },
      ],
    },
  },
});

export const discordDocs: ProviderDocs<typeof discord> = {
  docs: [
    { title: "Opcodes and status codes (HTTP and JSON error codes)", url: "https://discord.com/developers/docs/topics/opcodes-and-status-codes" },
    { title: "Rate limits", url: "https://discord.com/developers/docs/topics/rate-limits" },
    { title: "OAuth2", url: "https://discord.com/developers/docs/topics/oauth2" },
    { title: "API reference: authentication", url: "https://discord.com/developers/docs/reference#authentication" },
  ],
  answers: {
    scope: {
      rules: ["provider.discord.missing-oauth2-scope"],
      note: "The body never names the missing scope. 403 `50001` \"Missing Access\" and `50013` \"Missing Permissions\" are the bot's or user's guild and channel permissions, not OAuth scopes: they stay a plain ProviderAPIError (fix the role or channel permissions; Discord does not say which one).",
    },
    credential: {
      rules: ["provider.401"],
      note: "A missing, malformed (a bot token without the `Bot ` prefix), reset or revoked token is a 401 `{\"message\": \"401: Unauthorized\", \"code\": 0}` (or codes 40001, 50014, 50025). Stop calling with it: repeated 401s count toward the Cloudflare ban.",
    },
    rateLimit: {
      rules: ["provider.error", "provider.rate-limit-spent", "provider.discord.wait-in-ms-before-v8"],
      note: "A bucket limit is a 429 `{\"message\": \"You are being rate limited.\", \"retry_after\": <float seconds>, \"global\": false}` with `Retry-After` and `X-RateLimit-Reset-After`; a limit with `X-RateLimit-Scope: shared` is not counted against you. Before API v8 (and on URLs that name no version) both waits are milliseconds: the classifier can tell only when the paste shows the request URL.",
    },
    notRetryable: { rules: ["provider.discord.invalid-request-ban", "provider.discord.daily-command-create-limit"] },
  },
  notes: [
    "An invalid request is any 401, 403 or 429 (except a `shared` 429): 10,000 of them from one IP within 10 minutes get that IP banned by Cloudflare, for about an hour. Shared hosts (Cloud Run, Workers, repl.it) can be banned for other tenants' traffic.",
    "`retry_after` and `Retry-After` were milliseconds before API v8, and still are on URLs that name no version (the default, v6: webhook URLs copied from Discord's settings look like that); they are seconds from v8 on.",
    "JSON code 40333 (\"Cloudflare is blocking your request\", often fixed by sending a proper User-Agent) is a related block.",
  ],
  signals: {
    "provider.discord.invalid-request-ban": {
      statement:
        "Discord's 429 without rate-limit headers that says \"You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently\" (or Cloudflare's `error code: 1015`) is an IP ban for too many invalid 401, 403 or 429 requests: a ProviderAPIError that is not retryable, since each retry extends it; stop, fix the failing requests, and wait (about an hour).",
      action: "Stop calling, fix the requests that keep failing, and wait about an hour before calling again: each retry extends the ban.",
      source: "https://discord.com/developers/docs/topics/rate-limits",
      examples: [
        {
          source: "https://github.com/discord/discord-api-docs/issues/5810",
          reconstructed:
            'status line and Content-Type added from the issue ("a 429 response ... with no `X-RateLimit-` headers"); the issue prints the body as a JavaScript object, its keys are quoted here as the JSON Discord sent. Discord staff there: "that is an IP ban, not a rate limit"',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{
  "code": 0,
  "message": "You are being blocked from accessing our API temporarily due to exceeding our rate limits frequently. Please read our docs at https://discord.com/developers/docs/topics/rate-limits to prevent this moving forward."
}`,
        },
        {
          source: "https://github.com/discord/discord-api-docs/issues/5385",
          reconstructed: "status line and Content-Type added: the issue shows the body curl printed; Cloudflare serves its error 1015 with 429",
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: text/plain; charset=UTF-8

error code: 1015`,
        },
      ],
    },
    "provider.discord.daily-command-create-limit": {
      statement:
        "Discord's JSON error code 30034 (\"Max number of daily application command creates has been reached (200)\"), sent as 400 or as 429, is a daily quota: a ProviderAPIError that is not retryable within the day; stop re-registering commands on every start.",
      action: "Stop re-registering application commands on every start, and create them again only the next day: retrying within the day fails.",
      source: "https://discord.com/developers/docs/topics/opcodes-and-status-codes",
      examples: [
        {
          source: "https://github.com/discord/discord-api-docs/issues/6188",
          reconstructed: "the issue prints discord.js's DiscordAPIError (`status: 400`, `rawError: { message, code: 30034 }`); the status line and the JSON body are rebuilt from those fields",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"message": "Max number of daily application command creates has been reached (200)", "code": 30034}`,
        },
        {
          source: "https://github.com/discordjs/discord.js/issues/10458",
          reconstructed:
            'the reporter quotes the message axios returned "(status code 429)" for an "API response with code 30034"; the status line and the JSON body are rebuilt from those',
          text: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json

{"message": "Max number of daily application command creates has been reached (200)", "code": 30034}`,
        },
      ],
    },
    "provider.discord.wait-in-ms-before-v8": {
      statement:
        "Discord's 429 to a request URL whose path names no API version (`/api/guilds/...`, the default v6) or a version before 8 (`/api/v6/`, `/api/v7/`) counts `Retry-After` and the body's `retry_after` in milliseconds: a retryable ProviderAPIError that waits that many milliseconds, not seconds (v8 and later send seconds). Without the URL in the paste the version is unknown and the wait is read as seconds, as today's docs say.",
      action: "Wait `err.retryAfter` seconds (Discord's milliseconds, already converted), then send the same call again.",
      source: "https://github.com/discord/discord-api-docs/pull/2823",
      examples: [
        {
          source: "https://github.com/poshbotio/PoshBot/issues/222",
          text: `\`\\u0027https://discordapp.com/api/guilds/383060918625370112/members?limit=1000\\u0027: The remote server returned an error: (429) Too Many Requests.: {\\n  \\"global\\": false, \\n  \\"message\\": \\"You are being rate limited.\\", \\n  \\"retry_after\\": 8605\\n}\\n\\",\\"Data\\":{}}
{"DataTime":"2020-10-09 21:14:32Z","Class":"DiscordBackend","Method":"_SendDiscordMsg","Severity":"Warning","LogLevel":"Info","Message":"{\\n  \\"global\\": false, \\n  \\"message\\": \\"You are being rate limited.\\", \\n  \\"retry_after\\": 8605\\n}\\n","Data":{}}`,
        },
      ],
    },
    "provider.discord.missing-oauth2-scope": {
      statement:
        "Discord's JSON error code 50026 (\"Missing required OAuth2 scope\") is a ScopeReauthRequiredError: the user's OAuth2 token lacks a scope the endpoint needs; authorize again with it (the response does not say which).",
      action: "Send the user through OAuth2 authorization again with the scopes the endpoint needs: the response does not say which one is missing.",
      source: "https://discord.com/developers/docs/topics/opcodes-and-status-codes",
      examples: [
        {
          source: "https://discord.com/developers/docs/topics/opcodes-and-status-codes",
          reconstructed:
            'assembled from the page: its JSON error table (code 50026, "Missing required OAuth2 scope"), its documented error shape `{"message", "code"}`, and its HTTP 403 ("The Authorization token you passed did not have permission to the resource"); no raw capture with 50026 was found',
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"message": "Missing required OAuth2 scope", "code": 50026}`,
        },
      ],
    },
  },
};

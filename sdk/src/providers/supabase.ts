/**
 * Supabase (a project's APIs at `<ref>.supabase.co`: Auth, PostgREST, Storage; the Management API at `api.supabase.com`). Its
 * Auth server names every error with a `code` ("over_email_send_rate_limit"), which supabase-js keeps on its `AuthApiError` with
 * the status; its email limits count per hour, and the built-in mail server's cannot be raised.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** An Auth error code, as the server sends it (`code`, older servers `error_code`) and supabase-js keeps it. */
function code(codes: readonly string[]): Match {
  return { any: [{ json: "code", is: codes }, { json: "error_code", is: codes }] };
}

/** Its words for a wait it states. */
const WAIT_SAID = /\bonly request this after \d{1,6} seconds?\b/;

/** Codes only Supabase Auth sends. */
const AUTH_CODES = ["over_email_send_rate_limit", "over_request_rate_limit", "over_sms_send_rate_limit"];

export const supabase = provider({
  id: "supabase",
  name: "Supabase",
  hosts: ["supabase.co", "supabase.com"],
  aliases: ["supabase-auth", "gotrue"],
  clients: { packages: ["@supabase", "supabase", "gotrue", "supabase_flutter"], classes: ["Supabase"] },
  // supabase-js's AuthError as JSON.stringify logs it marks itself; its rate-limit codes are its own.
  fingerprints: { body: { any: [{ json: "__isAuthError" }, code(AUTH_CODES)] } },
  message: ["msg", "message", "error_description"],
  signals: {
    "provider.supabase.email-rate-limit": {
      status: [429],
      // The same code says a user's own throttle with its wait in words ("For security purposes, you can only request this after
      // 58 seconds."): that one passes after the wait, which the generic 429 rule reads.
      when: { all: [code(["over_email_send_rate_limit"]), { not: { any: [{ json: "msg", matches: WAIT_SAID }, { json: "message", matches: WAIT_SAID }] } }] },
      error: "ProviderAPIError",
      retryable: false,
    },
  },
});

export const supabaseDocs: ProviderDocs<typeof supabase> = {
  docs: [
    { title: "Auth error codes", url: "https://supabase.com/docs/guides/auth/debugging/error-codes" },
    { title: "Auth rate limits", url: "https://supabase.com/docs/guides/auth/rate-limits" },
  ],
  answers: {
    scope: "not documented",
    credential: {
      rules: ["provider.401", "provider.refresh-token-rejected"],
      note: "An expired or malformed JWT is a 401 (`bad_jwt`, PostgREST's `PGRST301`); a refresh token already used or revoked is a 400 `refresh_token_not_found` or `refresh_token_already_used`: sign the user in again.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "429 `over_request_rate_limit` is one IP address's token bucket (30 requests, refilling): try again in a few minutes. 429 `over_email_send_rate_limit` and `over_sms_send_rate_limit` count messages an hour. No wait header is documented.",
    },
    notRetryable: { rules: ["provider.supabase.email-rate-limit"] },
  },
  notes: [
    "A 422 is a request Auth accepted but cannot carry out in the user's state (`email_exists`, `weak_password`); a 403 a feature not enabled for the user.",
  ],
  signals: {
    "provider.supabase.email-rate-limit": {
      statement:
        "Supabase Auth answers 429 `over_email_send_rate_limit` (\"email rate limit exceeded\") when the project has sent its emails for the hour (sign-ups, recoveries, email changes together: 2 an hour on the built-in mail server): a ProviderAPIError not to retry now, since the limit resets within the hour; a custom SMTP server lets the limit be raised (`rate_limit_email_sent`).",
      action: "Wait for the hourly email limit to reset before sending more; to raise it, set up a custom SMTP server and raise `rate_limit_email_sent`.",
      source: "https://supabase.com/docs/guides/auth/rate-limits",
      examples: [
        {
          source: "https://github.com/supabase/cli/issues/3353",
          text: `supabase.error: {
      "__isAuthError": true,
      "name": "AuthApiError",
      "status": 429,
      "code": "over_email_send_rate_limit"
    }`,
        },
      ],
    },
  },
};

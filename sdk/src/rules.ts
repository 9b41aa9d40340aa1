/**
 * The mapping rules (spec sections 4 to 8): one table that the mapper runs, in order,
 * first match wins within a group, and that the docs site renders. Every rule has a
 * stable id (public API: the site links them, `explain()` reports them) and a one-line
 * statement.
 *
 * Groups run in this order: `network` (no response at all), `poll` (a Connect or
 * approval poll result), `source` (backend or provider?), then either `backend` or
 * `provider`; `retry` decides `retryable` on the error made.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "./errors.js";
import type { MapOptions, NetworkFailureMatch } from "./types.js";
import { CODES, isKnownCode, type CodeInfo } from "./codes.js";
import { API_ORIGIN } from "./urls.js";
import { RETRY_RULES, type RetryRule } from "./retry.js";
import { type BodyRead, type HeaderMap, mediaType } from "./response.js";
import { isForbiddenKey, isRecord, readString } from "./snapshot.js";
import type { ChallengeParse } from "./www-authenticate.js";

/** The backend envelope (or problem+json object) found in a body. */
export interface Envelope {
  /** `error.code` (or problem+json `code`), when a string. */
  readonly code: string | undefined;
  /** `error.message` (or problem+json `detail`, else `title`). */
  readonly message: string | undefined;
  /** `error.request_id` (or a problem+json `request_id` member). */
  readonly requestId: string | undefined;
  /** The envelope's details: `error.details`, or every other problem+json member. */
  readonly details: Readonly<Record<string, unknown>>;
  /** Where `details` came from, for the trace: `body error.details.` or `body `. */
  readonly detailsPath: string;
  /** Read as problem+json (RFC 9457). */
  readonly problem: boolean;
}

/** What a rule reads: the response, the options, and facts derived once. */
export interface RuleContext {
  /** The status, absent for a bare body or a network failure. */
  readonly status: number | undefined;
  /** The status line's reason phrase. */
  readonly statusText: string | undefined;
  /** The headers. */
  readonly headers: HeaderMap;
  /** The body, read once. */
  readonly body: BodyRead;
  /** The request URL, when known. */
  readonly url: string | undefined;
  /** The request method, when known. */
  readonly method: string | undefined;
  /** The mapping options. */
  readonly opts: MapOptions;
  /** A network failure, when there was no response. */
  readonly network: NetworkFailureMatch | undefined;
  /** The backend envelope in the body, if any. */
  readonly envelope: Envelope | undefined;
  /** The parsed `WWW-Authenticate` fields (parsed on first use). */
  challenges(): ChallengeParse;
}

/** What a rule decided. */
export interface Verdict {
  /** The class to raise, or `null` for "not an error". */
  readonly error: ErrorName | null;
  /** The message, when the rule has a better one than the mapper's default. */
  readonly message?: string;
  /** Typed field values the rule decided (wire keys), with where each came from. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Where each of `fields` came from (wire key → source), for `explain().fields`. */
  readonly fieldSources?: Readonly<Record<string, string>>;
  /** Extra `details` keys the mapper sets (`sdk_reason`...). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** A short note for the decision trace. */
  readonly note?: string;
}

/** The groups of the rule table, in the order they run. */
export type RuleGroup = "network" | "poll" | "source" | "backend" | "provider" | "retry";

/** One mapping rule. */
export interface MappingRule {
  /** Stable id (public API). */
  readonly id: string;
  /** Which group it belongs to. */
  readonly group: Exclude<RuleGroup, "retry">;
  /** The rule in one line. */
  readonly statement: string;
  /** The classes it can produce (empty for a rule that says "not an error" or picks a source). */
  readonly produces: readonly ErrorName[];
  /** A provider rule that cannot decide without a status: a bare body reaching it is unreadable. */
  readonly needsStatus?: boolean;
  /** Its verdict, or `undefined` when it does not match. */
  readonly apply: (ctx: RuleContext) => Verdict | undefined;
}

/** A row of the rule table: a mapping rule, or a retry rule (group `retry`). */
export type Rule = MappingRule | (RetryRule & { readonly group: "retry" });

// ---------------------------------------------------------------- helpers

const CONNECT_STATUSES = new Set(["pending", "completed", "denied", "error", "expired"]);
const APPROVAL_STATUSES = new Set(["pending", "approved", "denied", "expired", "execution_failed"]);

/** A Connect session poll result: a string `session_id` and a Connect status. */
export function isConnectPoll(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.session_id === "string" && typeof value.status === "string" && CONNECT_STATUSES.has(value.status);
}

/** An approval poll result: a string `approval_id` and an approval status. */
export function isApprovalPoll(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.approval_id === "string" && typeof value.status === "string" && APPROVAL_STATUSES.has(value.status);
}

/** A Slack Web API body: `ok` false with a string `error`, or `ok` true. */
export function isSlackBody(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && (value.ok === true || (value.ok === false && typeof value.error === "string"));
}

/**
 * Finds the backend envelope in a JSON body: `{"error": {"code", "message", "request_id",
 * "details"}}`, or a problem+json object (media type `application/problem+json`, or a
 * `code` member beside any of `type`, `title`, `detail`) whose `code` maps like
 * `error.code`, `detail` is the message and every other member goes to `details`.
 */
export function findEnvelope(body: BodyRead, contentType: string | undefined): Envelope | undefined {
  if (body.kind !== "json" || !isRecord(body.value)) return undefined;
  const v = body.value;
  const err = v.error;
  if (isRecord(err) && (typeof err.code === "string" || typeof err.message === "string")) {
    return {
      code: typeof err.code === "string" ? err.code : undefined,
      message: typeof err.message === "string" ? err.message : undefined,
      requestId: readString(err.request_id),
      details: isRecord(err.details) ? err.details : {},
      detailsPath: "body error.details.",
      problem: false,
    };
  }
  // The media type says problem+json: read it even without a code (the no-code rules then
  // decide, with its `detail` as the message). A bare object needs a code beside the members.
  const problemType = mediaType(contentType) === "application/problem+json";
  if (problemType || (typeof v.code === "string" && ("type" in v || "title" in v || "detail" in v))) {
    const details: Record<string, unknown> = {};
    for (const key of Object.keys(v)) if (key !== "code" && key !== "detail" && !isForbiddenKey(key)) details[key] = v[key];
    return {
      code: typeof v.code === "string" ? v.code : undefined,
      message: typeof v.detail === "string" ? v.detail : typeof v.title === "string" ? v.title : undefined,
      requestId: readString(v.request_id),
      details,
      detailsPath: "body ",
      problem: true,
    };
  }
  return undefined;
}

/** Splits a header list value on commas, trimming, dropping empty members. */
function commaList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** Does the provider quirk apply? `providerId` names it; with none, the response must be unmistakable. */
function quirkApplies(ctx: RuleContext, provider: string, unmistakable: () => boolean): boolean {
  const id = ctx.opts.providerId;
  return id !== undefined && id !== "" ? id.toLowerCase() === provider : unmistakable();
}

function slackBody(ctx: RuleContext): Record<string, unknown> | undefined {
  const value = ctx.body.kind === "json" ? ctx.body.value : undefined;
  if (!isSlackBody(value)) return undefined;
  // Unmistakable: `ok: false` with a string `error`; or, for a bare body with no status, any
  // Slack-shaped body (nothing else could read `{"ok": true}` without a status).
  return quirkApplies(ctx, "slack", () => value.ok === false || ctx.status === undefined) ? value : undefined;
}

function slackError(ctx: RuleContext, codes: readonly string[] | null): Record<string, unknown> | undefined {
  const body = slackBody(ctx);
  if (!body || body.ok !== false) return undefined;
  const code = body.error as string;
  return codes === null || codes.includes(code) ? body : undefined;
}

const SLACK_UNAUTHORIZED = ["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"];
const SLACK_HANDLED = ["missing_scope", ...SLACK_UNAUTHORIZED, "ratelimited"];

/** The `Bearer` challenge with `error="insufficient_scope"`, if any. */
function insufficientScopeChallenge(ctx: RuleContext) {
  const { challenges } = ctx.challenges();
  for (const c of challenges) {
    if (c.scheme.toLowerCase() === "bearer" && c.params.error === "insufficient_scope") return c;
  }
  return undefined;
}

/** Same origin as `API_ORIGIN` (scheme, host in any case, default port or none). */
function isBackendUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return new URL(url).origin === API_ORIGIN;
  } catch {
    return false;
  }
}

const statusIs = (ctx: RuleContext, ...codes: number[]) => ctx.status !== undefined && codes.includes(ctx.status);

/** The source rules' verdicts: no class yet, the note names the rule table that reads on. */
const AS_BACKEND: Verdict = Object.freeze({ error: null, note: "backend" });
const AS_PROVIDER: Verdict = Object.freeze({ error: null, note: "provider" });

/** The verdict of each known code, made once: the code alone decides. */
const CODE_VERDICTS: ReadonlyMap<string, Verdict> = new Map(
  CODES.map((info: CodeInfo) => {
    const implies = info.implies ?? {};
    const fieldSources = Object.fromEntries(Object.keys(implies).map((key) => [key, `code ${info.code}`]));
    return [info.code, Object.freeze({ error: info.error, fields: implies, fieldSources, note: `code ${info.code}` })];
  }),
);

/** Every class a backend code can produce. */
const CODE_CLASSES = [...new Set(CODES.map((c) => c.error))] as ErrorName[];

// ---------------------------------------------------------------- the table

/** The mapping rules, in the order they run. */
export const MAPPING_RULES: readonly MappingRule[] = [
  // Section 6: no response at all.
  {
    id: "network.timeout",
    group: "network",
    statement: "A timeout with no response (AbortSignal.timeout, ETIMEDOUT, undici's connect/headers/body timeouts, curl exit 28) is a TimeoutError.",
    produces: ["TimeoutError"],
    apply: (ctx) => (ctx.network?.kind === "timeout" ? { error: "TimeoutError", note: `${ctx.network.code} (${ctx.network.where})` } : undefined),
  },
  {
    id: "network.failure",
    group: "network",
    statement: "Any other failure with no response (refused, reset, DNS, TLS, a fetch failure, the caller's own abort) is a NetworkError.",
    produces: ["NetworkError"],
    apply: (ctx) => (ctx.network ? { error: "NetworkError", note: `${ctx.network.code} (${ctx.network.where})` } : undefined),
  },

  // Section 7: poll results, whatever the source.
  pollRule("connect", "denied", "ConnectDeniedError"),
  pollRule("connect", "error", "ConnectConfigError"),
  pollRule("connect", "expired", "ConnectTimeoutError"),
  pollRule("connect", ["pending", "completed"], null),
  pollRule("approval", "denied", "ApprovalDeniedError"),
  pollRule("approval", "expired", "ApprovalExpiredError"),
  pollRule("approval", "execution_failed", "ApprovalExecutionFailedError"),
  pollRule("approval", ["pending", "approved"], null),

  // Section 12: which rules read an HTTP response.
  {
    id: "source.option",
    group: "source",
    statement: "`source: \"backend\"` or `\"provider\"` in the options decides.",
    produces: [],
    apply: (ctx) => {
      const s = ctx.opts.source;
      return s === "backend" ? AS_BACKEND : s === "provider" ? AS_PROVIDER : undefined;
    },
  },
  {
    id: "source.backend-code",
    group: "source",
    statement: "A body whose `error.code` (or problem+json `code`) is one of the code table's codes is the backend's.",
    produces: [],
    apply: (ctx) => {
      const code = ctx.envelope?.code;
      return code !== undefined && isKnownCode(code) ? AS_BACKEND : undefined;
    },
  },
  {
    id: "source.api-origin",
    group: "source",
    statement: "A request URL on API_ORIGIN is the backend's.",
    produces: [],
    apply: (ctx) => (isBackendUrl(ctx.url) ? AS_BACKEND : undefined),
  },
  {
    id: "source.provider",
    group: "source",
    statement: "Anything else is a provider's response (a backend response with an unknown code needs `source: \"backend\"`).",
    produces: [],
    apply: () => AS_PROVIDER,
  },

  // Section 4: the backend envelope.
  {
    id: "backend.success",
    group: "backend",
    statement: "A backend response with a status below 400 is not an error.",
    produces: [],
    apply: (ctx) => (ctx.status !== undefined && ctx.status < 400 ? { error: null, note: `status ${ctx.status}` } : undefined),
  },
  {
    id: "backend.code",
    group: "backend",
    statement: "A known `error.code` decides the class by the code table, whatever the status.",
    produces: CODE_CLASSES,
    apply: (ctx) => {
      const code = ctx.envelope?.code;
      return code === undefined ? undefined : CODE_VERDICTS.get(code);
    },
  },
  {
    id: "backend.unknown-code",
    group: "backend",
    statement: "An unknown code (a newer backend than this SDK) is a plain BackendError with `details.sdk_reason = \"unknown_code\"`.",
    produces: ["BackendError"],
    apply: (ctx) => {
      const code = ctx.envelope?.code;
      return code !== undefined ? { error: "BackendError", details: { sdk_reason: "unknown_code" }, note: `code ${code}` } : undefined;
    },
  },
  {
    id: "backend.no-code.429",
    group: "backend",
    statement: "No code and status 429: a PolicyViolationError with `policyError = \"rate_limit_exceeded\"`.",
    produces: ["PolicyViolationError"],
    apply: (ctx) =>
      statusIs(ctx, 429)
        ? {
            error: "PolicyViolationError",
            fields: { policy_error: "rate_limit_exceeded" },
            fieldSources: { policy_error: "rule backend.no-code.429 (status 429)" },
          }
        : undefined,
  },
  {
    id: "backend.no-code.timeout",
    group: "backend",
    statement: "No code and status 408 or 504: a TimeoutError (a remote timeout), whatever the body.",
    produces: ["TimeoutError"],
    apply: (ctx) => (statusIs(ctx, 408, 504) ? { error: "TimeoutError", note: `status ${ctx.status}` } : undefined),
  },
  {
    id: "backend.non-json",
    group: "backend",
    statement: "A body that is not JSON, or empty (an HTML page from a proxy): a BackendError with `sdk_reason = \"non_json_body\"`, the text in `raw_body`.",
    produces: ["BackendError"],
    apply: (ctx) =>
      ctx.body.kind === "text" || ctx.body.kind === "empty"
        ? { error: "BackendError", details: { sdk_reason: "non_json_body" }, note: ctx.body.kind === "empty" ? "empty body" : "not JSON" }
        : undefined,
  },
  {
    id: "backend.invalid-json",
    group: "backend",
    statement: "A JSON media type whose body does not parse: a BackendError with `sdk_reason = \"invalid_json\"`, the text in `raw_body`.",
    produces: ["BackendError"],
    apply: (ctx) => (ctx.body.kind === "invalid-json" ? { error: "BackendError", details: { sdk_reason: "invalid_json" } } : undefined),
  },
  {
    id: "backend.fallback",
    group: "backend",
    statement: "Any other backend error response is a plain BackendError.",
    produces: ["BackendError"],
    apply: () => ({ error: "BackendError" }),
  },

  // Section 5: provider responses.
  {
    id: "quirk.slack.missing-scope",
    group: "provider",
    statement: "Slack's `{\"ok\": false, \"error\": \"missing_scope\"}` is a ScopeReauthRequiredError; `missingScopes` is `needed` split on commas.",
    produces: ["ScopeReauthRequiredError"],
    apply: (ctx) => {
      const body = slackError(ctx, ["missing_scope"]);
      if (!body) return undefined;
      const needed = typeof body.needed === "string" ? commaList(body.needed) : undefined;
      return {
        error: "ScopeReauthRequiredError",
        fields: { missing_scopes: needed },
        fieldSources: { missing_scopes: needed ? "body needed" : "not sent: the body has no needed" },
        note: "error missing_scope",
      };
    },
  },
  {
    id: "quirk.slack.unauthorized",
    group: "provider",
    statement: "Slack's `invalid_auth`, `not_authed`, `token_revoked`, `token_expired` and `account_inactive` are a ProviderUnauthorizedError.",
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => {
      const body = slackError(ctx, SLACK_UNAUTHORIZED);
      return body ? { error: "ProviderUnauthorizedError", note: `error ${String(body.error)}` } : undefined;
    },
  },
  {
    id: "quirk.slack.ratelimited",
    group: "provider",
    statement: "Slack's `ratelimited` is a retryable ProviderAPIError.",
    produces: ["ProviderAPIError"],
    apply: (ctx) => (slackError(ctx, ["ratelimited"]) ? { error: "ProviderAPIError", note: "error ratelimited" } : undefined),
  },
  {
    id: "quirk.slack.error",
    group: "provider",
    statement: "Any other Slack `{\"ok\": false, \"error\": ...}`, whatever the HTTP status, is a ProviderAPIError.",
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      const body = slackError(ctx, null);
      return body && !SLACK_HANDLED.includes(body.error as string) ? { error: "ProviderAPIError", note: `error ${String(body.error)}` } : undefined;
    },
  },
  {
    id: "quirk.slack.ok",
    group: "provider",
    statement: "A Slack body with `\"ok\": true` is not an error when the status is below 400 (or absent); above, the other rules apply.",
    produces: [],
    apply: (ctx) => {
      const body = slackBody(ctx);
      return body && body.ok === true && (ctx.status === undefined || ctx.status < 400) ? { error: null, note: "ok true" } : undefined;
    },
  },
  {
    id: "provider.rate-limit-spent",
    group: "provider",
    needsStatus: true,
    statement: "A 403 or 429 with `x-ratelimit-remaining: 0` is a retryable ProviderAPIError; `retryAfter` falls back to `x-ratelimit-reset`.",
    produces: ["ProviderAPIError"],
    apply: (ctx) =>
      statusIs(ctx, 403, 429) && ctx.headers.get("x-ratelimit-remaining")?.trim() === "0"
        ? { error: "ProviderAPIError", note: `status ${ctx.status}, x-ratelimit-remaining 0` }
        : undefined,
  },
  {
    id: "quirk.github.scopes",
    group: "provider",
    needsStatus: true,
    statement:
      "GitHub: a 403 or 404 whose `X-Accepted-OAuth-Scopes` (not empty) shares no scope with `X-OAuth-Scopes` is a ScopeReauthRequiredError; `missingScopes` is the accepted list.",
    produces: ["ScopeReauthRequiredError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403, 404)) return undefined;
      const h = ctx.headers;
      if (!quirkApplies(ctx, "github", () => h.has("x-github-request-id") || h.has("x-accepted-oauth-scopes"))) return undefined;
      const accepted = commaList(h.get("x-accepted-oauth-scopes"));
      const grantedRaw = h.get("x-oauth-scopes");
      if (accepted.length === 0 || grantedRaw === undefined) return undefined;
      const granted = new Set(commaList(grantedRaw));
      if (accepted.some((s) => granted.has(s))) return undefined;
      return {
        error: "ScopeReauthRequiredError",
        fields: { missing_scopes: accepted },
        fieldSources: { missing_scopes: `header ${h.nameAsSent("x-accepted-oauth-scopes")}` },
        note: `accepted ${accepted.join(", ")}; granted ${[...granted].join(", ") || "none"}`,
      };
    },
  },
  {
    id: "provider.401.insufficient-scope",
    group: "provider",
    needsStatus: true,
    statement: "A 401 whose Bearer challenge carries `error=\"insufficient_scope\"` is a plain ProviderAPIError: the credential is valid, it lacks a scope (RFC 6750).",
    produces: ["ProviderAPIError"],
    apply: (ctx) => (statusIs(ctx, 401) && insufficientScopeChallenge(ctx) ? { error: "ProviderAPIError" } : undefined),
  },
  {
    id: "provider.401",
    group: "provider",
    needsStatus: true,
    statement: "Any other 401 is a ProviderUnauthorizedError: the provider rejected the credential.",
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => (statusIs(ctx, 401) ? { error: "ProviderUnauthorizedError" } : undefined),
  },
  {
    id: "provider.403.insufficient-scope",
    group: "provider",
    needsStatus: true,
    statement: "A 403 whose Bearer challenge carries `error=\"insufficient_scope\"` is a ScopeReauthRequiredError; `missingScopes` is its `scope` split on spaces.",
    produces: ["ScopeReauthRequiredError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403)) return undefined;
      const challenge = insufficientScopeChallenge(ctx);
      if (!challenge) return undefined;
      const scope = challenge.params.scope;
      const missing = scope === undefined ? undefined : scope.split(" ").filter((s) => s !== "");
      return {
        error: "ScopeReauthRequiredError",
        fields: { missing_scopes: missing },
        fieldSources: {
          missing_scopes: missing
            ? `header ${ctx.headers.nameAsSent("www-authenticate")} (Bearer scope)`
            : "not sent: the challenge has no scope",
        },
      };
    },
  },
  {
    id: "provider.403",
    group: "provider",
    needsStatus: true,
    statement: "Any other 403 is a ProviderAPIError.",
    produces: ["ProviderAPIError"],
    apply: (ctx) => (statusIs(ctx, 403) ? { error: "ProviderAPIError" } : undefined),
  },
  {
    id: "provider.error",
    group: "provider",
    needsStatus: true,
    statement: "Any other status of 400 or more is a ProviderAPIError.",
    produces: ["ProviderAPIError"],
    apply: (ctx) => (ctx.status !== undefined && ctx.status >= 400 ? { error: "ProviderAPIError", note: `status ${ctx.status}` } : undefined),
  },
  {
    id: "provider.success",
    group: "provider",
    needsStatus: true,
    statement: "A status below 400 is not an error.",
    produces: [],
    apply: (ctx) => (ctx.status !== undefined ? { error: null, note: `status ${ctx.status}` } : undefined),
  },
];

/**
 * A rule of section 7: a Connect or approval poll result with one of `statuses` is
 * `error` (or, for `null`, no error). Its id is `poll.<kind>.<status>` (`.ok` for the
 * statuses that are no error).
 */
function pollRule(kind: "connect" | "approval", statuses: string | readonly string[], error: ErrorName | null): MappingRule {
  const is = kind === "connect" ? isConnectPoll : isApprovalPoll;
  const poll = kind === "connect" ? "A Connect session poll" : "An approval poll";
  const quoted = (typeof statuses === "string" ? [statuses] : statuses).map((st) => `"${st}"`).join(" or ");
  return {
    id: `poll.${kind}.${error === null ? "ok" : (statuses as string).replace(/_/g, "-")}`,
    group: "poll",
    statement: `${poll} with status ${quoted} ${error === null ? "is not an error" : `is ${/^[AEIOU]/.test(error) ? "an" : "a"} ${error}`}.`,
    produces: error === null ? [] : [error],
    apply: (ctx) => pollVerdict(ctx, is, statuses, error),
  };
}

function pollVerdict(
  ctx: RuleContext,
  is: (v: unknown) => v is Record<string, unknown>,
  statuses: string | readonly string[],
  error: ErrorName | null,
): Verdict | undefined {
  const value = ctx.body.kind === "json" ? ctx.body.value : undefined;
  if (!is(value)) return undefined;
  const status = value.status as string;
  if (typeof statuses === "string" ? status !== statuses : !statuses.includes(status)) return undefined;
  if (error === null) return { error: null, note: `status ${status}` };
  const err = isRecord(value.error) ? value.error : undefined;
  const message = readString(err?.message) ?? readString(value.reason);
  return { error, ...(message !== undefined ? { message } : {}), note: `status ${status}` };
}

/** The whole rule table: the mapping rules, then the retry rules. */
export const RULES: readonly Rule[] = [
  ...MAPPING_RULES,
  ...RETRY_RULES.map((r) => Object.freeze({ ...r, group: "retry" as const })),
];

/** The rules that can produce `name`, in table order.
 *
 * @param name - An error class name.
 */
export function rulesProducing(name: ErrorName): Rule[] {
  return RULES.filter((r) => r.produces.includes(name));
}


/**
 * The mapping rules of spec sections 4 to 7 that hold for every response: no response at
 * all, poll results, the source choice, the backend envelope, and the generic provider
 * rules that run after the identified provider's own signals. Each rule is an id, a
 * group, the classes it can produce and one pure function; its statement is in
 * `statements.ts`, which the docs read and the classifier's bundle leaves out.
 *
 * Imported by both server and browser code.
 * @module
 */
import { isErrorName, type ErrorName } from "../tree.js";
import { CODES, isKnownCode, type CodeInfo } from "../codes.js";
import { API_ORIGIN } from "../urls.js";
import { isBareProblem, mediaType, type BodyRead } from "../response.js";
import { isForbiddenKey, isRecord, readString, snakeCase } from "../snapshot.js";
import { insufficientScopeChallenge } from "../providers/signal.js";
import { xmlElement } from "../providers/match.js";
import { isBrowserBlock, isCertificateFailure, isProxyRefusal } from "../network.js";
import { isReasonOf } from "../reasons.js";
import { RATE_LIMIT_HEADERS } from "../wait.js";
import { GRPC_MESSAGE_TOO_LARGE } from "../input/aip193.js";
import type { Envelope, MappingRule, RuleContext, Verdict } from "./context.js";

// ---------------------------------------------------------------- what a body is

const CONNECT_STATUSES: ReadonlySet<string> = new Set(["pending", "completed", "denied", "error", "expired"]);
const APPROVAL_STATUSES: ReadonlySet<string> = new Set(["pending", "approved", "denied", "expired", "execution_failed"]);

/** A Connect session poll result: a string `session_id` and a Connect status. */
export function isConnectPoll(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.session_id === "string" && typeof value.status === "string" && CONNECT_STATUSES.has(value.status);
}

/** An approval poll result: a string `approval_id` and an approval status. */
export function isApprovalPoll(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.approval_id === "string" && typeof value.status === "string" && APPROVAL_STATUSES.has(value.status);
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
  if (problemType || isBareProblem(v)) {
    const details: Record<string, unknown> = {};
    for (const key in v) if (Object.hasOwn(v, key) && key !== "code" && key !== "detail" && !isForbiddenKey(key)) details[key] = v[key];
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

/** Same origin as `API_ORIGIN` (scheme, host in any case, default port or none). */
function isBackendUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return new URL(url).origin === API_ORIGIN;
  } catch {
    return false;
  }
}

function statusIs(ctx: RuleContext, ...statuses: number[]): boolean {
  return ctx.status !== undefined && statuses.includes(ctx.status);
}

const AS_BACKEND: Verdict = Object.freeze({ error: null, source: "backend" });
const AS_PROVIDER: Verdict = Object.freeze({ error: null, source: "provider" });

/** The verdict of each known code, made once: the code alone decides. */
const CODE_VERDICTS: ReadonlyMap<string, Verdict> = new Map(
  CODES.map((info: CodeInfo) => {
    const implies = info.implies ?? {};
    const fieldSources: Record<string, string> = {};
    for (const key of Object.keys(implies)) fieldSources[key] = `code ${info.code}`;
    return [info.code, Object.freeze({ error: info.error, fields: implies, fieldSources, note: `code ${info.code}` })];
  }),
);

/** Every class a backend code can produce. */
const CODE_CLASSES = [...new Set(CODES.map((c) => c.error))] as ErrorName[];

/** A rule, its id kept as a literal type. */
function rule<const Id extends string>(r: MappingRule<Id>): MappingRule<Id> {
  return r;
}

/**
 * A provider rule beyond section 5's list that reads the provider's message: a response of `status` (or one of several) whose message says `words` is
 * `error`, retryable or not as `retryable` says (the status decides when it is left out); the message is the trace's note.
 */
function wordsRule<const Id extends string>(id: Id, status: number | readonly number[], words: RegExp, error: "ProviderAPIError" | "ProviderUnauthorizedError", retryable?: boolean): MappingRule<Id> {
  const statuses = typeof status === "number" ? [status] : [...status];
  return {
    id,
    group: "provider",
    needsStatus: true,
    produces: [error],
    apply: (ctx) => {
      if (!statusIs(ctx, ...statuses)) return undefined;
      const said = providerSaid(ctx);
      if (said === undefined || !words.test(said)) return undefined;
      return retryable === undefined ? { error, note: `message: ${said.slice(0, 120)}` } : { error, retryable, note: `message: ${said.slice(0, 120)}` };
    },
  };
}

/**
 * A rule of section 7: a Connect or approval poll result with one of `statuses` is
 * `error` (or, for `null`, no error).
 */
function pollRule<const Id extends string>(
  id: Id,
  kind: "connect" | "approval",
  statuses: readonly string[],
  error: ErrorName | null,
): MappingRule<Id> {
  const is = kind === "connect" ? isConnectPoll : isApprovalPoll;
  return {
    id,
    group: "poll",
    produces: error === null ? [] : [error],
    apply: (ctx) => {
      const value = ctx.body.kind === "json" ? ctx.body.value : undefined;
      if (!is(value)) return undefined;
      const status = value.status as string;
      if (!statuses.includes(status)) return undefined;
      if (error === null) return { error: null, note: `status ${status}` };
      const err = isRecord(value.error) ? value.error : undefined;
      const message = readString(err?.message) ?? readString(value.reason);
      return { error, ...(message !== undefined ? { message } : {}), note: `status ${status}` };
    },
  };
}

/** The spent rate limit's verdict: the remaining-count header at 0, its reset header as the wait. */
function spentRateLimit(ctx: RuleContext): Verdict | undefined {
  if (!statusIs(ctx, 403, 429)) return undefined;
  const own = ctx.provider?.provider.rateLimit ?? [];
  for (const pair of [...own, ...RATE_LIMIT_HEADERS]) {
    if (ctx.headers.first(pair.remaining)?.trim() !== "0") continue;
    return {
      error: "ProviderAPIError",
      retryable: true,
      ...(pair.reset !== undefined ? { wait: [{ header: pair.reset }] } : {}),
      note: `status ${ctx.status}, ${ctx.headers.nameAsSent(pair.remaining)} 0`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------- the tables

/** Section 11: the SDK's own error, logged with `JSON.stringify(err)` and pasted back. */
export const LOGGED_RULES = [
  rule({
    id: "logged.sdk-error",
    group: "logged",
    // It reproduces the class that was logged, whichever it is: it decides none of its own.
    produces: [],
    apply: (ctx) => {
      const l = ctx.logged;
      if (!l || !isErrorName(l.name)) return undefined;
      const fields: Record<string, unknown> = {};
      const fieldSources: Record<string, string> = {};
      for (const key of Object.keys(l.fields)) {
        fields[snakeCase(key)] = l.fields[key];
        fieldSources[snakeCase(key)] = `logged ${key}`;
      }
      return {
        error: l.name,
        message: l.message,
        fields,
        fieldSources,
        retryable: l.retryable,
        ...(l.retryAfter !== undefined ? { wait: [{ seconds: l.retryAfter }] } : {}),
        note: l.name,
      };
    },
  }),
] as const;

/** Section 6: no response at all. */
export const NETWORK_RULES = [
  rule({
    id: "network.timeout",
    group: "network",
    produces: ["TimeoutError"],
    apply: (ctx) => (ctx.network?.kind === "timeout" ? { error: "TimeoutError", note: `${ctx.network.code} (${ctx.network.where})` } : undefined),
  }),
  rule({
    id: "network.failure",
    group: "network",
    produces: ["NetworkError"],
    apply: (ctx) => {
      const n = ctx.network;
      if (!n) return undefined;
      const note = `${n.code} (${n.where})`;
      // The caller's own abort: nothing went wrong that a retry would fix (spec section 8).
      if (n.code === "AbortError") return { error: "NetworkError", retryable: false, details: { sdk_reason: "aborted" }, note };
      // A browser's CORS block: the page may not read the answer, however often it asks (beyond section 6; blind trials' pastes
      // from devtools retried it). The fix is where the call is made from, or the headers it sends.
      if (n.code === "CORS") return { error: "NetworkError", retryable: false, details: { sdk_reason: "cors" }, note };
      // A browser that would not send the request (an ad blocker's extension, an administrator's policy): it never left, and is blocked again.
      if (isBrowserBlock(n.code)) return { error: "NetworkError", retryable: false, details: { sdk_reason: "blocked" }, note };
      if (isCertificateFailure(n.code)) return { error: "NetworkError", retryable: false, details: { sdk_reason: "certificate" }, note };
      // A proxy that refused the tunnel with a 4xx (its allow-list, its credentials): the API never saw the call, and the proxy
      // answers the same until its configuration or the client's proxy settings change. Its 5xx (an upstream it could not reach) is retried.
      if (isProxyRefusal(n.code)) return { error: "NetworkError", retryable: false, details: { sdk_reason: "proxy" }, note };
      return { error: "NetworkError", note };
    },
  }),
] as const;

/** Section 7: poll results, whatever the source. */
export const POLL_RULES = [
  pollRule("poll.connect.denied", "connect", ["denied"], "ConnectDeniedError"),
  pollRule("poll.connect.error", "connect", ["error"], "ConnectConfigError"),
  pollRule("poll.connect.expired", "connect", ["expired"], "ConnectTimeoutError"),
  pollRule("poll.connect.ok", "connect", ["pending", "completed"], null),
  pollRule("poll.approval.denied", "approval", ["denied"], "ApprovalDeniedError"),
  pollRule("poll.approval.expired", "approval", ["expired"], "ApprovalExpiredError"),
  pollRule("poll.approval.execution-failed", "approval", ["execution_failed"], "ApprovalExecutionFailedError"),
  pollRule("poll.approval.ok", "approval", ["pending", "approved"], null),
] as const;

/** Section 12: which rules read an HTTP response. */
export const SOURCE_RULES = [
  rule({
    id: "source.option",
    group: "source",
    produces: [],
    apply: (ctx) => {
      const s = ctx.opts.source;
      return s === "backend" ? AS_BACKEND : s === "provider" ? AS_PROVIDER : undefined;
    },
  }),
  rule({
    id: "source.api-origin",
    group: "source",
    produces: [],
    apply: (ctx) => (isBackendUrl(ctx.url) ? AS_BACKEND : undefined),
  }),
  rule({
    id: "source.provider-named",
    group: "source",
    produces: [],
    apply: (ctx) => (ctx.provider?.named ? { ...AS_PROVIDER, note: ctx.provider.provider.id } : undefined),
  }),
  rule({
    id: "source.provider-fingerprint",
    group: "source",
    produces: [],
    apply: (ctx) => (ctx.provider && !ctx.provider.named ? { ...AS_PROVIDER, note: ctx.provider.evidence } : undefined),
  }),
  rule({
    id: "source.provider-client",
    group: "source",
    produces: [],
    apply: (ctx) => (ctx.providerClient !== undefined ? { ...AS_PROVIDER, note: ctx.providerClient } : undefined),
  }),
  rule({
    id: "source.backend-code",
    group: "source",
    produces: [],
    apply: (ctx) => {
      const code = backendCode(ctx.envelope);
      return code !== undefined ? { ...AS_BACKEND, note: `code ${code}` } : undefined;
    },
  }),
  rule({
    id: "source.provider",
    group: "source",
    produces: [],
    apply: () => AS_PROVIDER,
  }),
] as const;

/** The envelope's code when it is one of the code table's: what makes a body the backend's under `auto`. */
export function backendCode(envelope: Envelope | undefined): string | undefined {
  const code = envelope?.code;
  return code !== undefined && isKnownCode(code) ? code : undefined;
}

/** Section 4: the backend envelope. */
export const BACKEND_RULES = [
  rule({
    id: "backend.success",
    group: "backend",
    produces: [],
    apply: (ctx) => (ctx.status !== undefined && ctx.status < 400 ? { error: null, note: `status ${ctx.status}` } : undefined),
  }),
  rule({
    id: "backend.code",
    group: "backend",
    produces: CODE_CLASSES,
    apply: (ctx) => {
      const code = ctx.envelope?.code;
      return code === undefined ? undefined : CODE_VERDICTS.get(code);
    },
  }),
  rule({
    id: "backend.unknown-code",
    group: "backend",
    produces: ["BackendError"],
    apply: (ctx) => {
      const code = ctx.envelope?.code;
      return code !== undefined ? { error: "BackendError", details: { sdk_reason: "unknown_code" }, note: `code ${code}` } : undefined;
    },
  }),
  rule({
    id: "backend.no-code.429",
    group: "backend",
    produces: ["PolicyViolationError"],
    apply: (ctx) =>
      statusIs(ctx, 429)
        ? {
            error: "PolicyViolationError",
            fields: { policy_error: "rate_limit_exceeded" },
            fieldSources: { policy_error: "rule backend.no-code.429 (status 429)" },
          }
        : undefined,
  }),
  rule({
    id: "backend.no-code.timeout",
    group: "backend",
    produces: ["TimeoutError"],
    apply: (ctx) => (statusIs(ctx, 408, 504) ? { error: "TimeoutError", note: `status ${ctx.status}` } : undefined),
  }),
  rule({
    id: "backend.non-json",
    group: "backend",
    produces: ["BackendError"],
    apply: (ctx) =>
      ctx.body.kind === "text" || ctx.body.kind === "empty"
        ? { error: "BackendError", details: { sdk_reason: "non_json_body" }, note: ctx.body.kind === "empty" ? "empty body" : "not JSON" }
        : undefined,
  }),
  rule({
    id: "backend.invalid-json",
    group: "backend",
    produces: ["BackendError"],
    apply: (ctx) => (ctx.body.kind === "invalid-json" ? { error: "BackendError", details: { sdk_reason: "invalid_json" } } : undefined),
  }),
  rule({
    id: "backend.fallback",
    group: "backend",
    produces: ["BackendError"],
    apply: () => ({ error: "BackendError" }),
  }),
] as const;

/**
 * An OAuth token endpoint's URL: a path that ends in `token` or `access_token` under an `oauth`, `oauth2` or `openid-connect`
 * segment (Entra's `/oauth2/v2.0/token`, Okta's `/oauth2/default/v1/token`, Auth0's `/oauth/token`, Keycloak's
 * `/protocol/openid-connect/token`), or on an OAuth host (Google's `oauth2.googleapis.com/token`).
 */
const TOKEN_ENDPOINT = /^https?:\/\/(?:[^/?#]*oauth[^/?#]*\/(?:[^?#]*\/)?|[^/?#]+\/(?:[^?#]*\/)?(?:oauth2?|openid-connect)\/(?:[^?#]*\/)?)(?:access_)?token\/?(?:[?#]|$)/i;

/**
 * A 401's (or 403's) words when no credential reached the server (Google Cloud's "Anonymous caller does not have storage.objects.get access",
 * crates.io's "must be logged in to perform that action", OpenAI's "You didn't provide an API key.", libSQL's "The `Authorization` HTTP header is required but was not specified");
 * not "missing or invalid", nor Azure's "Access token is missing, invalid, audience is incorrect ..., or have expired": that one
 * may have been sent.
 */
const NO_CREDENTIAL =
  /\bmissing (?:subscription key|api[ _-]?key|authentication credential|access token|bearer token|authorization header)\b|\bapi[ _-]?key (?:is )?required\b|\bapi_key_required\b|\b(?:you (?:did not|didn't|didn’t) provide an api key|no api key (?:was )?(?:provided|found))\b|\b(?:oauth |access |bearer )?token is missing\b(?![ \t]*(?:,|or\b))|\banonymous caller does not have\b|\bmust be logged in to perform that action\b|\b[`"']?authorization[`"']? (?:http |request )?header (?:is |was )?(?:required but (?:was )?not (?:specified|provided|sent|present)|not (?:specified|provided|sent|present|found)|missing)\b|\bno [`"']?authorization[`"']? header\b/i;

/** A message's words for a quota or credits spent ("exceeds your quota", "You have 0 credits remaining", "insufficient credits"). */
const QUOTA_SPENT = /\bexceeds? your (?:current )?quota\b|\byou have (?:0|no) credits?(?: remaining| left)?\b|\binsufficient (?:credits|credit balance)\b|\bquota_exceeded\b/i;

/**
 * A message's words for a daily limit reached ("Daily request limit set by the Institution has been exceeded.", GoCardless Bank
 * Account Data's, whose banks allow as few as 4 calls a day; "You have exceeded your daily request quota"; Infura's "daily request count
 * exceeded, request rate limited"; Azure Monitor's "Rate limit of 86400 per day is exceeded."), or a monthly one (LINE's "You have reached your
 * monthly limit."): it lasts until the day (or the month) ends.
 */
const DAILY_LIMIT =
  /\b(?:hourly|daily|monthly) (?:[a-z]{2,20} ){0,3}(?:limit|quota|count)\b[^.\n]{0,80}?\b(?:has been |was |is )?(?:exceeded|reached)\b|\b(?:exceeded|reached|hit) (?:the |your |its )?(?:hourly|daily|monthly) (?:request |api |call |rate )?(?:limit|quota)\b|\b(?:rate )?limit of \d{1,12} (?:requests |calls )?per (?:day|hour|month) (?:is|has been|was) (?:exceeded|reached)\b/i;

/**
 * The same words at a 403, but for Google's "Daily Limit for Unauthenticated Use Exceeded" (`dailyLimitExceededUnreg`): a call
 * without a key or a token, which no reset lets through.
 */
const SPENT_ALLOWANCE_403 = new RegExp(`^(?![^]*\\bfor Unauthenticated Use\\b)[^]*?(?:${DAILY_LIMIT.source})`, "i");

/**
 * A rule for an OAuth token endpoint's 400 `{"error": "invalid_grant"}` whose `error_description` says `words`: the app's own request
 * or grant is wrong, so a ProviderAPIError not to retry, where a plain `invalid_grant` would have the user connect again.
 */
function invalidGrantSaying<const Id extends string>(id: Id, words: RegExp): MappingRule<Id> {
  return {
    id,
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 400) || ctx.body.kind !== "json" || !isRecord(ctx.body.value) || ctx.body.value.error !== "invalid_grant") return undefined;
      const said = ctx.body.value.error_description;
      return typeof said === "string" && words.test(said.slice(0, 2000)) ? { error: "ProviderAPIError", retryable: false, note: `error_description: ${said.slice(0, 120)}` } : undefined;
    },
  };
}

/**
 * An `invalid_grant`'s words for a token request that does not match its authorization request: the redirect URI ("Incorrect
 * redirect_uri", "redirect_uri mismatch"), the PKCE code verifier ("PKCE verification failed", "code_verifier does not match"), the
 * client the code was issued to.
 */
const GRANT_MISMATCH = /\bredirect[_ ]?ur[il]s?\b|\bcode[_ ]verifier\b|\bPKCE\b|\bissued to another client\b|\bclient[_ ]?id\b[^.]{0,40}\b(?:mismatch|match)/i;

/** An `invalid_grant`'s words for a JWT assertion the app signed: a claim by name, the assertion, its signature or its time. */
const JWT_ASSERTION =
  /\b(?:JWT|assertion)\b|'(?:aud|exp|iat|iss|sub|jti|nbf)' claim\b|\b(?:aud|exp|iat|iss|sub|jti|nbf) claim\b|\binvalid (?:JWT )?signature\b/i;

/**
 * A message's words for an account's money spent, not its rate: credits used up, a spending limit reached, a balance too low
 * (xAI's 429 "Your team ... has either used all available credits or reached its monthly spending limit. To continue making API
 * requests, please purchase more credits or raise your spending limit."; Anthropic's "Your credit balance is too low"), or a plan's
 * allowance for one user (Gemini Code Assist's "Individual quota reached. Contact your administrator to enable overages"), or an account
 * blocked for what its subscription allows (OpenWeatherMap's 429 "Your account is temporary blocked due to exceeding of requests
 * limitation of your subscription type. Please choose the proper subscription"). Not a quota's
 * words alone: Gemini's per-minute 429 says "You exceeded your current quota", and passes.
 */
const CREDITS_SPENT =
  /\byou have (?:0|no) credits?(?: remaining| left)?\b|\binsufficient (?:credits|credit balance|balance)\b|\bused (?:up )?all (?:of )?(?:your |its |the )?(?:available |remaining )?credits\b|\b(?:reached|exceeded|hit) (?:your|its|the|their)(?: team'?s| account'?s| organi[sz]ation'?s)?(?: monthly| daily)? spend(?:ing)? limit\b|\bpurchase more credits\b|\bcredit balance is too low\b|\bindividual quota reached\b|\benable overages\b|\b(?:does not|doesn'?t) have enough (?:balance|credits?)\b|\baccount is temporar(?:y|ily) blocked due to exceeding\b|\bchoose the proper subscription\b|\bexhausted (?:your |its |the )?(?:account )?balance\b|\btop up your (?:account )?balance\b/i;

/**
 * A 403's words for a credential that was sent and is dead: the key or token named invalid, expired or revoked ("The provided API
 * key is invalid.", Meilisearch's; Qdrant Cloud's "key doesn't exist"; Zotero's "Invalid key." whole; Elasticsearch's "unable to authenticate with provided
 * credentials"; PyPI's "Invalid or non-existent authentication information"; Algolia's "Invalid Application-ID or API key"). Not a key
 * without a permission ("Method not allowed with
 * this API key"): that one is valid.
 */
const DEAD_CREDENTIAL =
  /\b(?:api[ _-]?key|access[ _-]?token|auth(?:entication)? token|bearer token|token|credentials?)(?: provided| given| supplied| used)? (?:is |was |are |has |have )?(?:been )?(?:invalid|expired|revoked|not valid)\b|\binvalid(?: or non-existent| [\w-]{1,30} or)? (?:api[ _-]?key|access[ _-]?token|token|credentials|authentication (?:information|credentials?))\b|^key doesn'?t exist\b|^Invalid key\.?$|\bunable to authenticate with provided credentials\b|\b(?:username\/password|password|basic) authentication is no longer supported\b/i;

/** A message's words for a request the server does not support: "The request is not supported by the system.", "Not implemented". */
const NOT_SUPPORTED = /\b(?:(?:is |are )?not supported|unsupported|(?:is )?not implemented|does not support|doesn'?t support)\b/i;

/**
 * A message's words for a rate limit exceeded: "Rate limit exceeded", "Exceeded rate limits: ...", "rate limit reached", "Too many requests",
 * the code `rate_limit_exceeded` (Google's sign-in page, "Error 403: rate_limit_exceeded", for an app's rate of new sign-ins);
 * and the per-second limit of the Mashery API gateway (TomTom's and others' APIs behind it), sent as a 403: "Developer Over Qps",
 * "Account Over Queries Per Second Limit" (https://support.mashery.com/docs/read/mashery_api/20_reporting/error_codes). Not its
 * "Over Rate": that limit holds for the whole period (often a day). And a server that asks for a backoff in so many words (Google
 * Analytics' "Quota Error: Number of recent failed reporting API requests is too high, please implement exponential back off.").
 */
const RATE_LIMIT_WORDS =
  /\brate[ -]?limit(?:s|ed)? (?:(?:was|has been|have been) )?(?:exceeded|reached|hit)\b|\brate_limit_exceeded\b|\bexceeded (?:the |your |its )?rate[ -]?limits?\b|\btoo many requests\b|\brate limit of \d{1,9} [a-z ]{1,40}per \d{0,9} ?[a-z]{1,10} (?:was |has been )?exceeded\b|\b(?:Developer|Account) Over (?:Qps|Queries Per Second Limit)\b|\bplease implement exponential back ?-?off\b/i;

/**
 * A message's words for the caller's storage being full: "Insufficient Space Available", "insufficient storage", "storage quota
 * exceeded", "drive is full". Not a server's own disk ("disk is full"), which its operators free.
 */
const STORAGE_FULL = /\binsufficient (?:space|storage)\b|\b(?:drive|mailbox|storage) (?:is )?full\b|\bstorage quota (?:has been )?(?:exceeded|reached)\b/i;

/**
 * A message's words for a limit that holds for calls sent without a credential, and lifts for those that send one: Google's "Daily
 * Limit for Unauthenticated Use Exceeded. Continued use requires signup.", Docker Hub's "You have reached your unauthenticated pull rate
 * limit", GitHub's "Authenticated requests get a higher rate limit", Infura's `"reason": "project ID not provided"` beside its
 * "legacy access request rate exceeded", Codecov's "Please upload with the Codecov repository upload token to resolve issue".
 */
const ANONYMOUS_LIMIT =
  /\bfor (?:unauthenticated|anonymous) (?:use|users?|requests?|access|calls?)\b|\b(?:unauthenticated|anonymous) (?:pull )?rate[ -]?limit\b|\b(?:project[ _-]?id|api[ _-]?key|app(?:lication)?[ _-]?key|access[ _-]?token) (?:was |is )?not (?:provided|supplied|specified)\b|\bincrease (?:the|your) (?:rate )?limits? by (?:authenticating|logging in|signing in|signing up)\b|\bauthenticated requests (?:get|have|receive) (?:a )?higher rate limits?\b|\bwith the [\w -]{0,40}\btoken to resolve\b/i;

/**
 * A message's words for a token its server will not take yet: its `nbf` or `iat` after the server's clock (go-jose's "token not valid
 * yet (nbf)", golang-jwt's "token used before issued", PyJWT's "The token is not yet valid (iat)", IdentityModel's "The token is not yet
 * valid", jsonwebtoken's "jwt not active", google-auth's "Token used too early, ... Check that your computer's clock is set correctly").
 */
const CLOCK_WORDS =
  /\b(?:token|jwt|assertion)(?: is)? not (?:yet valid|valid yet)\b|\btoken used (?:before issued|too early)\b|\bjwt not active\b|\bnbf"? claim timestamp check failed\b|\b(?:iat|nbf)"?\)? claim\b[^.\n]{0,20}\bin the future\b|\bcheck that your (?:computer's |system |server's )?clock\b|\bclock skew\b/i;

/** Words that name the role a call needs ("OWNER or ADMIN role required", "requires the Admin role"): the caller's account lacks it. */
const ROLE_REQUIRED = /\b[A-Za-z]{2,20}(?: or [A-Za-z]{2,20})? roles? (?:is |are )?required\b|\brequires? (?:the |an? )?[\w-]{2,40} role\b/i;

/** A message's words for a request refused for its CSRF token: Django's "CSRF Failed: CSRF token missing or incorrect.", SAP's "CSRF token validation failed". */
const CSRF_WORDS = /\bCSRF (?:token|verification|failed|check)\b|\bcross-site request forgery\b/i;

/** An error code that names a token expired, revoked or invalid: `ExpiredToken`, `invalid_token`, `token_expired`, `InvalidAccessToken`. */
const TOKEN_DEAD_CODE = /^(?:(?:expired|invalid|revoked)[_ -]?(?:access[_ -]?)?token|(?:access[_ -]?)?token[_ -]?(?:expired|invalid|revoked))$/i;

/** A message's words for an API key or access token that is wrong: "Incorrect API key provided", "Invalid API key", "API key not valid", Deepgram's "Invalid credentials.". */
const WRONG_KEY =
  /\b(?:incorrect|invalid) (?:api[ _-]?key|access[ _-]?token|credentials)\b|\b(?:api[ _-]?key|access[ _-]?token)(?: provided)? (?:is |was )?(?:invalid|incorrect|not valid|expired|revoked)\b/i;

/**
 * A wait a message states in words ("Please retry after 45 seconds.", "try again in 20s", "try again after '5' seconds",
 * Shopify's "please try again in a minute", Microsoft.Network's "The call can be retried in 76 seconds."), or as the Go
 * duration OpenAI's message writes and the APIs that copy its errors keep (Groq's "Please try again in 1m0.363142857s.",
 * "in 644ms", SmartThings' "retry in 13933 millis"), or when the spent budget resets (monday.com's "budget remaining 747 out of 10000000 reset in 16 seconds") or
 * the call is allowed again (Klaviyo's "Request was throttled. Expected available in 1 second."), or the time it is allowed again
 * (crates.io's "Please try again after Thu, 12 Dec 2024 14:24:53 GMT"), or the wait asked of the caller (Trakt's "Please wait 1 seconds
 * then retry your request.", Supabase Auth's "you can only request this after 58 seconds."), or until when a limit holds (python-freshdesk's
 * "API rate-limit has been reached until 9 seconds.", the server's Retry-After in its words), or the time until it is (Codecov's
 * "Expected time to availability: 1068s."),
 * read by `parseDuration`.
 */
const WAIT_WORDS =
  /\b(?:(?:retry|try again|can be retried|resets?|available|request (?:this|it|again)) (?:after|in)|time to availability:|(?<=\b(?:been )?(?:reached|exceeded) )until|(?<=\b(?:[Pp]lease|[Yy]ou (?:must|should|need to)) )wait(?: for)?) ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT|'?\d{1,9}(?:\.\d{1,9})?'? ?(?:seconds?|secs?|s|millis|milliseconds?)|(?:an?|one|\d{1,4}) (?:minutes?|hours?)|\d{1,6}h(?:\d{1,6}m)?(?:\d{1,9}(?:\.\d{1,9})?s)?|(?:\d{1,6}m)?(?:\d{1,9}(?:\.\d{1,9})?s|\d{1,9}(?:\.\d{1,9})?ms))\b/i;
/**
 * Beyond section 8's generic places, for a 429 or a 503 no provider signal decided: the wait its message states in words,
 * after any header (Azure OpenAI's "Please retry after 45 seconds.", printed by clients that drop its `Retry-After`).
 */
const WAIT_IN_WORDS: Verdict["wait"] = [
  { json: "error.message", capture: WAIT_WORDS },
  { json: "message", capture: WAIT_WORDS },
  { json: "error", capture: WAIT_WORDS }, // a proxy's error as text (`{"error": "429 litellm.RateLimitError: ... Please retry after 60 seconds."}`)
  { json: "error.details[].message", capture: WAIT_WORDS }, // Azure's details (Microsoft.Network's "The call can be retried in 76 seconds.")
  { json: "error_message", capture: WAIT_WORDS }, // monday.com's `error_message` and `errors` of text
  { json: "errorMessage", capture: WAIT_WORDS }, // Epic Games' ("... please try again in 221 second(s).")
  { json: "errors[]", capture: WAIT_WORDS },
  // JSON:API's `detail`, in its `errors` or as one error printed alone (Klaviyo's).
  { json: "errors[].detail", capture: WAIT_WORDS },
  { json: "detail", capture: WAIT_WORDS },
  { json: "msg", capture: WAIT_WORDS }, // Supabase Auth's ("For security purposes, you can only request this after 58 seconds.")
  { text: WAIT_WORDS },
  // Not in words: a Kubernetes API server's Status, whose `details.retryAfterSeconds` a client printed without the Retry-After beside it.
  { json: "details.retryAfterSeconds" },
];

/** The provider's message as the word rules read it: its first `limit` characters, so a long message costs them no more. */
function providerSaid(ctx: RuleContext, limit = 1000): string | undefined {
  // Or, when the body says nothing, a reason phrase the server wrote itself (PyPI's 403 "Invalid or non-existent authentication
  // information. See https://pypi.org/help/#invalid-auth ...", as requests' HTTPError prints it): its words, not the status's.
  const said = ctx.providerWords() ?? ownReasonPhrase(ctx);
  return said?.slice(0, limit);
}

/** The response's reason phrase when it is the server's own words, not its status's standard phrase; `undefined` otherwise. */
function ownReasonPhrase(ctx: RuleContext): string | undefined {
  const text = ctx.statusText?.trim();
  return text !== undefined && text.length > 24 && ctx.status !== undefined && !isReasonOf(ctx.status, text) ? text : undefined;
}

/**
 * A message's words for a token without a scope the call needs: "insufficient scope", "missing scopes: x", "missing scope user:read:email"
 * (Twitch's, a scope with its colons), "requires scope=likes",
 * "not authorized with this scope", "authorized with the correct set of scopes" (Pinterest's code 3), "did not authorize the scope
 * required" (TikTok's `scope_not_authorized`), or RFC 6750's challenge quoted in its words (Cerner's FHIR 403: `error="insufficient_scope"`). Not Appwrite's "User (role: guests) missing scope (account)": a role's, whose user is
 * not signed in. Not "insufficient permissions" alone: a permission is often a role or a plan, no scope to ask for.
 */
const SCOPE_WORDS =
  /\b(?:insufficient|required) (?:oauth )?scopes?\b|\bmissing (?:oauth )?scopes?(?:[:=]|[ \t](?=[\w.-]{1,60}:[\w.-]))|\brequires scope[=:]|\bnot authorized with (?:this|the required) scope\b|\bauthorized with the correct set of scopes\b|\bdid not (?:authorize|grant) the scopes? required\b|\berror=\\?"?insufficient_scope\b/i;
/**
 * The scopes a message names after `scope=` or `scope:` ("requires scope=likes"), or after "missing scope" (Twitch's 401 "missing scope
 * moderator:read:follows"), split on commas (a comma and a space go on in words). Not a word the sentence goes on to call a scope
 * (node-oauth2-server's "Insufficient scope: authorized scope is insufficient": it names none).
 */
const NAMED_SCOPE = /\b(?:scopes?[=:][ \t]?|missing scopes? )["'`]?([\w:./-]{2,100}(?:,[\w:./-]{2,100}){0,20})(?![\w:./-]|[ \t]scopes?\b)/i;

/** Whether the provider's message says the token lacks a scope ({@link SCOPE_WORDS}), with the scopes it names; `undefined` when it does not. */
function scopeInWords(ctx: RuleContext): { scopes: string[] | undefined } | undefined {
  const said = providerSaid(ctx);
  if (said === undefined || !SCOPE_WORDS.test(said)) return undefined;
  const named = NAMED_SCOPE.exec(said)?.[1];
  return { scopes: named ? [...new Set(named.split(/,[ \t]?/))] : undefined };
}

/**
 * A token endpoint's description of a dead refresh token: it names the refresh token and says it is invalid, expired, revoked or
 * unknown, or not this client's (RFC 6749's `invalid_grant`, "issued to another client": HubSpot's "refresh token was not issued to
 * this client").
 */
const DEAD_REFRESH_TOKEN =
  /\brefresh[_ ]?token\b[^.]{0,80}\b(?:is )?(?:invalid|expired|revoked|unknown|not found)\b|\b(?:invalid|expired|revoked|unknown)\b[^.]{0,40}\brefresh[_ ]?token\b|\brefresh[_ ]?token\b[^.]{0,40}\b(?:was not|wasn't) issued to this client\b/i;

/** Azure API Management's words for a spent call quota and its renewal, a .NET TimeSpan (the quota policies' docs). */
const QUOTA_RENEWS = /\bOut of call volume quota\. Quota will be replenished in ((?:\d{1,5}\.)?\d{1,2}:[0-5]\d:[0-5]\d)\b/;

/** Words of a resource held by an operation still running: Azure DNS's "Another operation is pending for requested object", "... is already in progress". */
const OPERATION_IN_PROGRESS =
  /\banother (?:conflicting )?operation (?:is|was|may be) (?:pending|in progress|(?:still |already )?running|queued)\b|\b(?:another |an )?operation (?:is )?already in progress\b/i;

/**
 * Words of a service that says it cannot take the call for now: Imgur's 403 "Imgur is temporarily over capacity. Please try again
 * later.", a resource busy with another job (Linode's 400 "Linode busy.": its maintainers' answer is to wait a few seconds and send
 * it again). Busy, not locked: an account locked after failed sign-ins stays so for longer than a retry's wait.
 */
const BUSY_FOR_NOW = /\btemporarily (?:over capacity|overloaded)\b|^[A-Z][\w-]{0,40} (?:is )?busy\.?$/;

/**
 * A firewall's words for a request it blocked (Mailchimp's 503s in front of its API: "Looks like your server is blocked by MailChimp's
 * firewall. Please contact MailChimp support and include the following reference number: ...", "Request Blocked. We had to block your
 * request because of something that looked suspicious."): a block of the caller's address or of what it sent, which no wait lifts.
 */
const FIREWALL_BLOCKED = /\bblocked by (?:[\w.'\u2019-]{1,40} ){0,2}firewall\b|\bWe had to block your request\b/i;

/** A key or an account the provider banned or suspended (Giphy's 403 `"msg": "BANNED"`, with `Retry-After: 0`): no wait lifts it. */
const BANNED = /^BANNED$|\b(?:api key|key|account|app|application) (?:has been |is |was )?(?:banned|suspended)\b/i;

/**
 * The words a JSON body holds anywhere (its strings, four levels deep, at most 2,000 characters): a provider may say why in a member
 * no message reader looks at (JSON-RPC's `error.data.reason`).
 */
function wordsOf(value: unknown): string {
  const out: string[] = [];
  let size = 0;
  const walk = (v: unknown, depth: number): void => {
    if (size > 2000) return;
    if (typeof v === "string") {
      out.push(v.slice(0, 500));
      size += Math.min(v.length, 500) + 1;
    } else if (depth < 4 && Array.isArray(v)) {
      for (let i = 0; i < v.length && i < 20; i++) walk(v[i], depth + 1);
    } else if (depth < 4 && isRecord(v)) {
      let n = 0;
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        if (++n > 40) break;
        walk(v[key], depth + 1);
      }
    }
  };
  walk(value, 0);
  return out.join("\n").slice(0, 2000);
}

/** Section 5, rules 2 to 6: what any provider may send, after the identified provider's signals. */
export const GENERIC_PROVIDER_RULES = [
  // Beyond section 5's list: a 429 that says the account's credits or spending limit are spent (xAI's, as a client prints its body's
  // message) does not pass on a backoff, as OpenAI's own `insufficient_quota` does not; a known provider's signals answered first.
  // (And a 402 Payment Required in those words, DeepSeek's "402 Insufficient Balance": the same answer. A 402 in other words stays the
  // generic rules': Stripe's card declines are 402s that another card, not credits, fixes.)
  wordsRule("provider.429.credits-spent", [429, 402], CREDITS_SPENT, "ProviderAPIError", false),
  // And one that says a daily (or hourly: Fastly's "You have exceeded your hourly rate limit.") limit was reached: a backoff of seconds
  // meets the same limit until the window ends.
  wordsRule("provider.429.daily-limit", 429, DAILY_LIMIT, "ProviderAPIError", false),
  // Beyond section 5's list: a 409 that says another operation on the same object is still running (Azure DNS's `Conflict`: "Another
  // operation is pending for requested object ..."), as Resource Manager's `AnotherOperationInProgress` says for its own: the same
  // call passes once that operation ends, so it is retried after a wait, where a 409 otherwise is not.
  wordsRule("provider.409.operation-in-progress", 409, OPERATION_IN_PROGRESS, "ProviderAPIError", true),
  // Beyond section 5's list: a 400 or 403 that says the service cannot take the call for now (over capacity, the resource busy) is
  // waited out and sent again, where those statuses otherwise are not retried (blind trials' Imgur and Linode pastes).
  wordsRule("provider.busy-for-now", [400, 403], BUSY_FOR_NOW, "ProviderAPIError", true),
  // Beyond section 5's list: a 403 that says the key or the account is banned is not retried, though it carries `Retry-After` (section 8
  // retries a 403 that does, for GitHub's secondary limits): Giphy sends `Retry-After: 0` with its "BANNED" (a blind trial's paste).
  wordsRule("provider.403.banned", 403, BANNED, "ProviderAPIError", false),
  // Beyond section 5's list: a 403 or 503 whose words say a firewall blocked the request is not retried, though a 503 otherwise is
  // (Mailchimp's firewall in front of its API, a blind trial's pastes): the block stays until the provider's support lifts it.
  wordsRule("provider.firewall-blocked", [403, 503], FIREWALL_BLOCKED, "ProviderAPIError", false),
  // Beyond section 5's list: a 429 that is gRPC's RESOURCE_EXHAUSTED for a message over the channel's size limit (pandas-gbq's "Reason:
  // 429 Received message larger than max (6349834 vs. 4194304)", a blind trial's paste) is no rate limit: a wait changes nothing.
  wordsRule("provider.429.grpc-message-too-large", 429, GRPC_MESSAGE_TOO_LARGE, "ProviderAPIError", false),
  // Beyond section 5's list: Azure API Management's quota policy, in front of any API, answers a spent call quota with 403 (or 429)
  // and says when it renews ("Out of call volume quota. Quota will be replenished in 03:30:56."): retry then, not never.
  rule({
    id: "provider.gateway-quota-renews",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403, 429)) return undefined;
      const said = providerSaid(ctx);
      if (said === undefined || !QUOTA_RENEWS.test(said)) return undefined;
      return { error: "ProviderAPIError", retryable: true, wait: [{ json: "message", capture: QUOTA_RENEWS }, { json: "error.message", capture: QUOTA_RENEWS }, { text: QUOTA_RENEWS }], note: `message: ${said.slice(0, 120)}` };
    },
  }),
  rule({
    id: "provider.rate-limit-spent",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: spentRateLimit,
  }),
  // Beyond section 5's list: a 403 or 429 that says its limit holds for calls without a credential (Google's "Daily Limit for
  // Unauthenticated Use Exceeded", Docker Hub's unauthenticated pull rate limit, Infura's "project ID not provided", Codecov's tokenless
  // uploads) is lifted by sending one, not by a wait: the same anonymous call meets the same shared limit (blind trials' Infura and
  // Codecov pastes). After a spent limit its headers show (GitHub's `X-RateLimit-Remaining: 0`), whose reset section 5 waits for.
  // The wait the message names is still read. The body's words are read too: Infura says it in `error.data.reason`.
  rule({
    id: "provider.anonymous-limit",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403, 429)) return undefined;
      const said = providerSaid(ctx);
      const text = ctx.body.kind === "empty" ? undefined : ctx.body.kind === "json" ? wordsOf(ctx.body.value) : ctx.body.text.slice(0, 2000);
      const where = said !== undefined && ANONYMOUS_LIMIT.test(said) ? said : text !== undefined && ANONYMOUS_LIMIT.test(text) ? text : undefined;
      // A 403's words must name a limit: "API key not provided" alone is a credential left out (provider.credential-missing).
      if (where === undefined || (ctx.status === 403 && !/\blimit\b/i.test(where))) return undefined;
      return { error: "ProviderAPIError", retryable: false, wait: WAIT_IN_WORDS, note: `${where === said ? "message" : "body"}: ${where === said ? said.slice(0, 120) : ANONYMOUS_LIMIT.exec(where)![0]}` };
    },
  }),
  // Beyond section 5's list: a 401 or 403 that says the token is not valid yet (its `nbf` or `iat` ahead of the server's clock: a
  // self-hosted LiveKit's "token not valid yet (nbf)") is no dead credential: the issuer's clock and the server's disagree. A reconnect
  // mints the same early token; a retry seconds later may pass, and syncing the clocks (NTP) or backdating `nbf` ends it (a blind
  // trial's LiveKit paste, which a reconnect would not have fixed).
  wordsRule("provider.token-not-yet-valid", [401, 403], CLOCK_WORDS, "ProviderAPIError", true),
  rule({
    id: "provider.401.insufficient-scope",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    // Also a message that says the token lacks a scope (Pinterest's 401 code 3: "Your token does not have sufficient permissions ...
    // Please ensure your token is authorized with the correct set of scopes."): what the challenge says, in words.
    apply: (ctx) => (statusIs(ctx, 401) && (insufficientScopeChallenge(ctx) || scopeInWords(ctx) !== undefined) ? { error: "ProviderAPIError", retryable: false } : undefined),
  }),
  // Beyond section 5's list: a token endpoint that says in words that the refresh token is dead, whatever OAuth code it
  // sends with it (Atlassian's 403 `unauthorized_client` "refresh_token is invalid", Discord's 400 `invalid_request` 'Invalid
  // "refresh_token" in request.'): the user must connect again, for any provider (blind trials' Raycast and Discord pastes).
  rule({
    id: "provider.refresh-token-rejected",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => {
      if (!(statusIs(ctx, 400) || statusIs(ctx, 401) || statusIs(ctx, 403))) return undefined;
      const value = ctx.body.kind === "json" && isRecord(ctx.body.value) ? ctx.body.value : undefined;
      const { error, error_description: description } = value ?? {};
      if (typeof error === "string" && typeof description === "string" && DEAD_REFRESH_TOKEN.test(description.slice(0, 500))) {
        return { error: "ProviderUnauthorizedError", note: `error_description: ${description.slice(0, 120)}` };
      }
      // Or a provider's own message that says so (Cognito's 400 NotAuthorizedException "Invalid Refresh Token.", "Refresh Token has expired").
      const said = providerSaid(ctx, 500);
      return said !== undefined && DEAD_REFRESH_TOKEN.test(said) ? { error: "ProviderUnauthorizedError", note: `message: ${said.slice(0, 120)}` } : undefined;
    },
  }),
  // Beyond section 5's list: RFC 6749's `invalid_client` is the app's own credentials failing at the token endpoint,
  // sent as 400 or 401; before `provider.401`, whose "reconnect the user" cannot fix it (a blind trial's QuickBooks paste).
  // So is `unauthorized_client`: the app may not use this grant (Google's domain-wide delegation not granted to its client).
  rule({
    id: "provider.invalid-client",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) =>
      (statusIs(ctx, 400) || statusIs(ctx, 401)) &&
      ctx.body.kind === "json" &&
      isRecord(ctx.body.value) &&
      (ctx.body.value.error === "invalid_client" || ctx.body.value.error === "unauthorized_client")
        ? { error: "ProviderAPIError", retryable: false }
        : undefined,
  }),
  // Beyond section 5's list: a 401 whose body is RFC 6749's or RFC 6750's `invalid_request` (a parameter missing, repeated or
  // malformed: Okta's "Cannot supply multiple client credentials") is the request's to fix, whatever status the server chose
  // for it; a reconnect sends the same request (a blind trial's OIDC paste). After the dead refresh token in words, which some
  // servers send as `invalid_request` (Discord's).
  rule({
    id: "provider.401.invalid-request",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) =>
      statusIs(ctx, 401) && ctx.body.kind === "json" && isRecord(ctx.body.value) && ctx.body.value.error === "invalid_request"
        ? { error: "ProviderAPIError", retryable: false }
        : undefined,
  }),
  // Beyond section 5's list: a 401 whose message says no credential was sent at all (Azure API Management's "Access denied due to
  // missing subscription key", an Anthropic-compatible API's "API key required"): the code or its configuration left it out, and a
  // reconnect changes nothing (blind trials' Azure OpenAI and coding-agent pastes). Also a 403 in the same words (crates.io's "must be
  // logged in to perform that action" to a publish without its token).
  rule({
    id: "provider.credential-missing",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 401) && !statusIs(ctx, 403)) return undefined;
      const said = providerSaid(ctx);
      // A message that allows a bad key too ("Bad API Key or no API Key provided", New Relic's) may have had one sent.
      if (said === undefined || !NO_CREDENTIAL.test(said) || /\b(?:bad|invalid|wrong|incorrect|expired)\b/i.test(said)) return undefined;
      return { error: "ProviderAPIError", retryable: false, note: `message: ${said.slice(0, 120)}` };
    },
  }),
  // Beyond section 5's list: a 401 that says the caller was recognised and lacks a role (Azure AI services' `PermissionDenied`,
  // "Principal does not have access to API/Operation.", to an Entra token without the Cognitive Services OpenAI User role): the
  // identity is fine and a reconnect brings the same one back; an admin assigns the role (a blind trial's Semantic Kernel paste).
  // Or one whose words, anywhere in its body, say which role it needs (Cal.com's `[{"message": "1"}, "Unauthorized: OWNER or ADMIN
  // role required"]`, as Retell's app logged it).
  rule({
    id: "provider.401.role-missing",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 401)) return undefined;
      const error = ctx.body.kind === "json" && isRecord(ctx.body.value) && isRecord(ctx.body.value.error) ? ctx.body.value.error : undefined;
      const said = providerSaid(ctx);
      if (error?.code === "PermissionDenied" || (said !== undefined && /\bPrincipal does not have access to API\/Operation\b/.test(said))) {
        return { error: "ProviderAPIError", retryable: false, note: `message: ${(said ?? "PermissionDenied").slice(0, 120)}` };
      }
      const words = ctx.body.kind === "json" ? wordsOf(ctx.body.value) : ctx.body.kind === "empty" ? undefined : ctx.body.text.slice(0, 2000);
      const role = words === undefined ? null : ROLE_REQUIRED.exec(words);
      return role ? { error: "ProviderAPIError", retryable: false, note: `body: ${role[0]}` } : undefined;
    },
  }),
  // Beyond section 5's list: a 401 that says the account's quota or credits are spent (ElevenLabs' `quota_exceeded`: "This request
  // exceeds your quota of 10000. You have 0 credits remaining"): the key is good, and a reconnect brings the same account back;
  // only more credits or the quota's reset help (a blind trial's ElevenLabs paste).
  wordsRule("provider.401.quota-spent", 401, QUOTA_SPENT, "ProviderAPIError", false),
  // Beyond section 5's list: a 401 from an OAuth token endpoint with no error code is client authentication failing
  // (RFC 6749 section 5.2 lets only `invalid_client` answer 401): the app's client id, secret or redirect, not the user's
  // grant (a blind trial's Entra code exchange, `401 Client Error: Unauthorized for url: .../oauth2/v2.0/token`).
  rule({
    id: "provider.token-endpoint-401",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) =>
      statusIs(ctx, 401) && ctx.url !== undefined && TOKEN_ENDPOINT.test(ctx.url.slice(0, 2048)) && !(ctx.body.kind === "json" && isRecord(ctx.body.value) && typeof ctx.body.value.error === "string")
        ? { error: "ProviderAPIError", retryable: false, note: "a token endpoint's URL" }
        : undefined,
  }),
  rule({
    id: "provider.401",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => (statusIs(ctx, 401) ? { error: "ProviderUnauthorizedError" } : undefined),
  }),
  rule({
    id: "provider.403.insufficient-scope",
    group: "provider",
    needsStatus: true,
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
            ? `header ${ctx.headers.nameAsSent("www-authenticate")} (${challenge.scheme} scope)`
            : "not sent: the challenge has no scope",
        },
      };
    },
  }),
  // Beyond section 5's list: RFC 6750's `insufficient_scope` in the JSON body rather than the challenge, as
  // GitLab and others send it (`{"error": "insufficient_scope", "scope": "api"}`), means what the challenge means.
  rule({
    id: "provider.403.insufficient-scope-body",
    group: "provider",
    needsStatus: true,
    produces: ["ScopeReauthRequiredError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403)) return undefined;
      if (ctx.body.kind !== "json" || !isRecord(ctx.body.value) || ctx.body.value.error !== "insufficient_scope") {
        // Or a message that says so in words ("requires scope=likes, but this access token is not authorized with this scope"), the
        // scope it names when it names one.
        const words = scopeInWords(ctx);
        if (words === undefined) return undefined;
        return {
          error: "ScopeReauthRequiredError",
          fields: { missing_scopes: words.scopes },
          fieldSources: { missing_scopes: words.scopes ? "the message's words" : "not sent: the message names no scope" },
        };
      }
      const scope = ctx.body.value.scope;
      const missing = typeof scope === "string" ? scope.split(" ").filter((s) => s !== "") : undefined;
      return {
        error: "ScopeReauthRequiredError",
        fields: { missing_scopes: missing?.length ? missing : undefined },
        fieldSources: { missing_scopes: missing?.length ? "body scope" : "not sent: the body names no scope" },
      };
    },
  }),
  // Beyond section 5's list: a 403 whose message says the key or token sent is dead means what a 401 does (RFC 6750 answers an invalid
  // token with 401; Meilisearch, Qdrant Cloud and others send 403): replace the credential (blind trials' search-API pastes).
  // After the scope rules: a token with too few scopes is valid. A known provider's own signals have answered before this.
  rule({
    id: "provider.403.credential-dead",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403)) return undefined;
      if (ctx.body.kind === "json" && isRecord(ctx.body.value) && ctx.body.value.error === "invalid_token") return { error: "ProviderUnauthorizedError", note: "error: invalid_token" };
      const said = providerSaid(ctx);
      return said !== undefined && DEAD_CREDENTIAL.test(said) ? { error: "ProviderUnauthorizedError", note: `message: ${said.slice(0, 120)}` } : undefined;
    },
  }),
  // Beyond section 5's list: a 400 whose message says the API key or access token sent is wrong (xAI's "Incorrect API key provided",
  // as the APIs that copy OpenAI's errors word it) means what a 401 does: replace the credential (a blind trial's xAI paste). Only a
  // key's or an access token's words: a 400's "page token is invalid" is a parameter's.
  wordsRule("provider.400.credential-dead", 400, WRONG_KEY, "ProviderUnauthorizedError"),
  // Beyond section 5's list: a 403 whose message says a rate limit was exceeded (BigQuery's "Exceeded rate limits: too many table
  // update operations for this table.", as google-cloud-python prints the message alone) is a rate limit, which passes: retryable.
  // Not a quota's words ("Quota exceeded"): a daily quota does not pass on a backoff. A known provider's own signals answered first.
  wordsRule("provider.403.rate-limited", 403, RATE_LIMIT_WORDS, "ProviderAPIError", true),
  // Beyond section 5's list: a 403 that says the account's balance or credits are spent (fal's "User is locked. Reason: Exhausted
  // balance. Top up your balance at fal.ai/dashboard/billing"): no permission to fix, and no retry passes until it is paid.
  wordsRule("provider.403.credits-spent", 403, CREDITS_SPENT, "ProviderAPIError", false),
  // Or a monthly (or daily) allowance used up, which some APIs answer with a 403 (Alchemy's "Monthly capacity limit exceeded"): not the
  // request's to fix, and no wait short of the reset helps.
  wordsRule("provider.403.daily-limit", 403, SPENT_ALLOWANCE_403, "ProviderAPIError", false),
  // And a 400 in those words (MongoDB Atlas's "Rate limit of 10 invitations per 1 minutes exceeded.", its code
  // `INVITATIONS_RATE_LIMITED_IP`): a 400 is the request's to fix, except when it says the rate was.
  wordsRule("provider.400.rate-limited", 400, RATE_LIMIT_WORDS, "ProviderAPIError", true),
  // Beyond section 5's list, section 14's second kind for any provider: an error code that names the token expired, revoked or invalid
  // (the AT Protocol's `{"error": "ExpiredToken", "message": "Token has been revoked"}` at a 400; RFC 6750's `invalid_token`, which it
  // says goes with a 401, at a 400 or a 403) is a credential to replace, whatever the status.
  rule({
    id: "provider.token-dead-code",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 400, 403) || ctx.body.kind !== "json" || !isRecord(ctx.body.value)) return undefined;
      const { error, code } = ctx.body.value;
      const said = typeof error === "string" ? error : isRecord(error) && typeof error.code === "string" ? error.code : typeof code === "string" ? code : undefined;
      return said !== undefined && TOKEN_DEAD_CODE.test(said) ? { error: "ProviderUnauthorizedError", note: `code ${said}` } : undefined;
    },
  }),
  // Beyond section 5's list: a 403 for the request's CSRF token (Roblox's web APIs answer a write without a current one with 403 "Token
  // Validation Failed" and the token to use in an `X-CSRF-Token` header; SAP's OData services with `X-CSRF-Token: Required`; Django's
  // "CSRF Failed: CSRF token missing or incorrect.") is no missing permission: send the request again with the token the response
  // gave (or fetch one first). The same request without it fails the same way (a blind trial's Roblox paste).
  rule({
    id: "provider.403.csrf-token",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 403)) return undefined;
      const header = ctx.headers.first("x-csrf-token");
      if (header !== undefined) return { error: "ProviderAPIError", retryable: false, note: `header ${ctx.headers.nameAsSent("x-csrf-token")}` };
      const said = providerSaid(ctx);
      return said !== undefined && CSRF_WORDS.test(said) ? { error: "ProviderAPIError", retryable: false, note: `message: ${said.slice(0, 120)}` } : undefined;
    },
  }),
  rule({
    id: "provider.403",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => (statusIs(ctx, 403) ? { error: "ProviderAPIError" } : undefined),
  }),
  // Beyond section 5's list, and before the rule below: RFC 7523 answers a JWT assertion it will not take (a wrong `aud`, `exp`,
  // `iat` or `sub`, a bad signature, a clock out of sync) with the same `invalid_grant`. That is the app's own grant, which no
  // reconnect of the user fixes; a known provider's signal says so for its own (Box's, Google's), this for any other.
  invalidGrantSaying("provider.400.invalid-assertion", JWT_ASSERTION),
  // Before it too: an `invalid_grant` whose description says the token request does not match the authorization request (RFC 6749
  // section 5.2: "does not match the redirection URI used in the authorization request, or was issued to another client"; RFC 7636
  // section 4.6: a PKCE code verifier that does not match): Keycloak's "Incorrect redirect_uri", Okta's "PKCE verification failed".
  // The app's request is wrong, and the user signing in again meets the same mismatch.
  invalidGrantSaying("provider.400.invalid-grant-mismatch", GRANT_MISMATCH),
  // Beyond section 5's list: RFC 6749's token error is as standard as RFC 6750's challenge, and every
  // provider entry that documents it reads it this way. For every provider: a known one's signals run
  // first, so one that means something else by some of its `invalid_grant`s says so there (Box's and
  // Google's for a JWT their app signed, which reconnecting the user does not fix), and the others'
  // (Okta's, Auth0's, Xero's...) are no longer a "fix the request" (a blind trial's OAuth pastes).
  rule({
    id: "provider.400.invalid-grant",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) =>
      statusIs(ctx, 400) && ctx.body.kind === "json" && isRecord(ctx.body.value) && ctx.body.value.error === "invalid_grant"
        ? { error: "ProviderUnauthorizedError" }
        : undefined,
  }),
  // Beyond section 5's list: OpenID Connect's errors that ask for the user (Core 1.0 section 3.1.2.6: `consent_required`,
  // `interaction_required`, `login_required`), as a token endpoint answers them with a 400 (DocuSign's JWT grant before the user consented
  // to the app): no call passes until the user signs in or consents again, as for a dead grant.
  rule({
    id: "provider.400.consent-required",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderUnauthorizedError"],
    apply: (ctx) => {
      if (!statusIs(ctx, 400) || ctx.body.kind !== "json" || !isRecord(ctx.body.value)) return undefined;
      const error = ctx.body.value.error;
      return error === "consent_required" || error === "interaction_required" || error === "login_required" ? { error: "ProviderUnauthorizedError", note: `error: ${error}` } : undefined;
    },
  }),
  // Beyond section 5's list: a 5xx whose body is a Goa service's error (`name`, `id`, `message`, `temporary`, `timeout`, `fault`:
  // Stability AI's API) and says `"temporary": false`: the service says the failure is no passing one, and clients of Goa retry only
  // a temporary one. A retry meets the same fault.
  rule({
    id: "provider.not-temporary",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (ctx.status === undefined || ctx.status < 500 || ctx.body.kind !== "json" || !isRecord(ctx.body.value)) return undefined;
      const { temporary, timeout, fault } = ctx.body.value;
      return temporary === false && typeof timeout === "boolean" && typeof fault === "boolean" ? { error: "ProviderAPIError", retryable: false, note: "temporary: false" } : undefined;
    },
  }),
  // Beyond section 5's list: a 5xx whose message says the storage is full (OneDrive's 500 "Insufficient Space Available", its
  // onedrive-api-docs#23; WebDAV's 507 Insufficient Storage) is no passing fault: the same upload fails until space is freed. A 507
  // says so by its status, whatever its words (RFC 4918 section 11.5: a request that met it "MUST NOT be repeated until it is
  // requested by a separate user action"; a blind trial's Nextcloud 507 for a CalDAV sync it refuses, retried on a backoff).
  rule({
    id: "provider.storage-full",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (ctx.status === undefined || ctx.status < 500) return undefined;
      if (ctx.status === 507) return { error: "ProviderAPIError", retryable: false, note: "status 507" };
      const said = providerSaid(ctx);
      return said !== undefined && STORAGE_FULL.test(said) ? { error: "ProviderAPIError", retryable: false, note: `message: ${said.slice(0, 120)}` } : undefined;
    },
  }),
  // Beyond section 5's list: SOAP 1.1 sends every fault with a 500 (its section 6.2), whatever caused it. A `Client` fault says the
  // message was wrong or its sender not allowed (Workday's `SOAP-ENV:Client.authenticationError`, a wrong password), which no retry
  // changes; a `Server` fault is the service's own, and stays a 5xx.
  rule({
    id: "provider.soap-client-fault",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (ctx.status !== 500 || ctx.body.kind === "json" || ctx.body.kind === "empty") return undefined;
      const code = xmlElement(ctx.body.text, "faultcode");
      return code !== undefined && /^(?:[\w.-]{1,40}:)?Client(?:\.[\w.-]{1,100})?$/.test(code) ? { error: "ProviderAPIError", retryable: false, note: `faultcode ${code}` } : undefined;
    },
  }),
  // Beyond section 5's list: a 408 says the server stopped waiting for the request (RFC 9110 section 15.5.9: "If the client has an
  // outstanding request in transit, it MAY repeat that request"), a passing failure as a 504 is; the backend's 408 is a retryable
  // TimeoutError (section 4) for the same reason (a blind trial's Cloudflare Stream upload, whose tus client resumes on a 408).
  rule({
    id: "provider.408",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => (ctx.status === 408 ? { error: "ProviderAPIError", retryable: true, note: "status 408" } : undefined),
  }),
  // Beyond section 5's list: a 501 whose message says the request is not supported (RFC 9110 section 15.6.2: "the server does not
  // support the functionality required to fulfill the request") meets the same answer on every try (a blind trial's Graph
  // `notSupported` from a OneDrive call, retried). Only on those words: Dropbox answers its own unexpected failures with a 501
  // ("unexpected error occurred", a 5xx its guide says to retry).
  wordsRule("provider.not-supported", 501, NOT_SUPPORTED, "ProviderAPIError", false),
  rule({
    id: "provider.error",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) =>
      ctx.status !== undefined && ctx.status >= 400
        ? { error: "ProviderAPIError", note: `status ${ctx.status}`, ...(ctx.status === 429 || ctx.status === 503 ? { wait: WAIT_IN_WORDS } : {}) }
        : undefined,
  }),
  // Beyond section 5's list: GraphQL over HTTP answers a request it could not execute with 200 under `application/json`, its
  // `errors` beside no `data` (the GraphQL spec: "If an error was raised before execution begins, the data entry should not be
  // present"; one that stopped execution leaves `data` null). That call failed, whatever the status says (graphql-request throws
  // its ClientError for it). A body with `data` beside its errors is a partial result, and stays one. Known providers' signals
  // (Shopify's `THROTTLED`, monday.com's codes, Linear's) decide first.
  rule({
    id: "provider.graphql-errors",
    group: "provider",
    needsStatus: true,
    produces: ["ProviderAPIError"],
    apply: (ctx) => {
      if (ctx.status === undefined || ctx.status < 200 || ctx.status > 299 || ctx.body.kind !== "json" || !isRecord(ctx.body.value)) return undefined;
      const { errors, data } = ctx.body.value;
      if (!Array.isArray(errors) || errors.length === 0 || (data !== undefined && data !== null)) return undefined;
      const first: unknown = errors[0];
      return errors.every((e) => isRecord(e) && typeof e.message === "string") && isRecord(first)
        ? { error: "ProviderAPIError", retryable: false, note: `errors[0].message: ${String(first.message).slice(0, 120)}` }
        : undefined;
    },
  }),
  rule({
    id: "provider.success",
    group: "provider",
    needsStatus: true,
    produces: [],
    apply: (ctx) => (ctx.status !== undefined ? { error: null, note: `status ${ctx.status}` } : undefined),
  }),
] as const;

/** The rules of every response, by group, in the order they run (the provider signals go before the generic provider rules). */
export const CORE_RULES = [...LOGGED_RULES, ...NETWORK_RULES, ...POLL_RULES, ...SOURCE_RULES, ...BACKEND_RULES, ...GENERIC_PROVIDER_RULES] as const;

/** The id of a rule of {@link CORE_RULES}. */
export type CoreRuleId = (typeof CORE_RULES)[number]["id"];

/** The id of a generic provider rule: what a provider's docs may cite as its answer to a question. */
export type GenericProviderRuleId = (typeof GENERIC_PROVIDER_RULES)[number]["id"];

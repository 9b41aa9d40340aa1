/**
 * The entry points: turn a response, a network failure or pasted text into the SDK error
 * it means, by running the rule table (`RULES`). Pure: no Node or DOM API, so the docs
 * site's classifier runs this very module in the browser.
 * @module
 */
import { AlterValueError, ERROR_CLASSES, type AlterSDKError, type ErrorClass, type ErrorInit, type ErrorName, type NetworkError } from "./errors.js";
import { codeInfo } from "./codes.js";
import { MAPPING_RULES, findEnvelope, type MappingRule, type RuleContext, type RuleGroup, type Verdict } from "./rules.js";
import { parseRateLimitReset, parseRetryAfter, retryDecision, type RetryFacts } from "./retry.js";
import { HeaderMap, cutText, headerPairs, readBody, type BodyRead } from "./response.js";
import { parseWwwAuthenticate, type ChallengeParse } from "./www-authenticate.js";
import { detectNetworkFailure } from "./network.js";
import { parseResponse } from "./parse.js";
import { frozenCopy, isForbiddenKey, isRecord, readString, snakeCase } from "./snapshot.js";
import type { HeaderPair, MapOptions, NetworkFailureMatch, ParsedInput, ResponseLike, Source } from "./types.js";

/** One rule tried while mapping, in order. */
export interface TraceStep {
  /** The rule's id (a key of `RULES`). */
  rule: string;
  /** Whether it decided. */
  matched: boolean;
  /** What it saw, when that helps: `code grant_expired`, `status 403`. */
  note?: string;
}

/** Which rules read the input. */
export type MappedAs = "network" | "poll" | "backend" | "provider";

/** What `explain` tells about a mapping: the error, what was read, and why. */
export interface Explanation {
  /** The error the SDK raises, or `null` when the response is not an error. */
  error: AlterSDKError | null;
  /** What was read: format, status, headers, body. */
  input: ParsedInput;
  /** The id of the rule that decided. */
  rule: string;
  /** The rules tried, in order, with the one that decided last among its group. */
  trace: TraceStep[];
  /** Field name → where its value came from (`header X-Request-Id`, `body error.details.grant_id`). */
  fields: Record<string, string>;
  /** Which rules read it: the backend's, a provider's, a poll result's, or a network failure's. */
  source: MappedAs;
  /** Whether the source was chosen by the caller (`opts.source`) rather than detected. */
  sourceFromOptions: boolean;
  /** The `WWW-Authenticate` challenges, when the response had that header. */
  challenges?: ChallengeParse;
}

const GROUPS = new Map<RuleGroup, MappingRule[]>();
for (const rule of MAPPING_RULES) {
  const list = GROUPS.get(rule.group);
  if (list) list.push(rule);
  else GROUPS.set(rule.group, [rule]);
}

/** The input to the rules, from any entry point. */
interface Input {
  status?: number | undefined;
  statusText?: string | undefined;
  headers: readonly HeaderPair[];
  body: unknown;
  url?: string | undefined;
  method?: string | undefined;
  network?: NetworkFailureMatch | undefined;
}

class Context implements RuleContext {
  readonly status: number | undefined;
  readonly statusText: string | undefined;
  readonly headers: HeaderMap;
  readonly body: BodyRead;
  readonly url: string | undefined;
  readonly method: string | undefined;
  readonly opts: MapOptions;
  readonly network: NetworkFailureMatch | undefined;
  readonly envelope;
  #challenges: ChallengeParse | undefined;

  constructor(input: Input, opts: MapOptions) {
    this.status = input.status;
    this.statusText = input.statusText;
    this.headers = new HeaderMap(input.headers);
    const contentType = this.headers.get("content-type");
    this.body = input.network ? { kind: "empty" } : readBody(input.body, contentType);
    this.url = input.url;
    this.method = input.method;
    this.opts = opts;
    this.network = input.network;
    this.envelope = findEnvelope(this.body, contentType);
  }

  challenges(): ChallengeParse {
    return (this.#challenges ??= parseWwwAuthenticate(this.headers.all("www-authenticate")));
  }

  /** Parsed only if a rule asked, or the response carries the header (for `explain`). */
  challengesIfAny(): ChallengeParse | undefined {
    return this.headers.has("www-authenticate") ? this.challenges() : undefined;
  }
}

interface Decision {
  rule: MappingRule;
  verdict: Verdict;
  source: MappedAs;
  sourceFromOptions: boolean;
}

function noStatus(): AlterValueError {
  return new AlterValueError(
    "A provider's response cannot be read without its status: paste the whole response, status line and headers included " +
      "(`curl -i`, a HAR entry, or devtools' raw response), or choose the Backend source if it came from the Alter backend.",
  );
}

function runGroup(group: RuleGroup, ctx: Context, trace: TraceStep[] | null): { rule: MappingRule; verdict: Verdict } | undefined {
  for (const rule of GROUPS.get(group) ?? []) {
    if (rule.needsStatus && ctx.status === undefined) throw noStatus();
    const verdict = rule.apply(ctx);
    if (trace) trace.push(verdict?.note !== undefined ? { rule: rule.id, matched: !!verdict, note: verdict.note } : { rule: rule.id, matched: !!verdict });
    if (verdict) return { rule, verdict };
  }
  return undefined;
}

function decide(ctx: Context, trace: TraceStep[] | null): Decision {
  if (ctx.network) {
    const hit = runGroup("network", ctx, trace)!;
    return { rule: hit.rule, verdict: hit.verdict, source: "network", sourceFromOptions: false };
  }
  if (ctx.status === undefined || ctx.status < 400) {
    const hit = runGroup("poll", ctx, trace);
    if (hit) return { rule: hit.rule, verdict: hit.verdict, source: "poll", sourceFromOptions: false };
  }
  const picked = runGroup("source", ctx, trace)!;
  const source: MappedAs = picked.verdict.note === "backend" ? "backend" : "provider";
  if (source === "provider" && ctx.status === undefined && picked.rule.id === "source.option") throw noStatus();
  const hit = runGroup(source, ctx, trace);
  if (!hit) {
    // Only a provider rule table can run out (a bare body with no status): say so plainly.
    throw new AlterValueError("Nothing in this response can be mapped: paste the whole response with its status line.");
  }
  return { rule: hit.rule, verdict: hit.verdict, source, sourceFromOptions: picked.rule.id === "source.option" };
}

/** Header names that carry a provider's own request id (kept in `details` as snake_case). */
const PROVIDER_REQUEST_ID = /(?:^|-)req(?:uest)?-?id$/;

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", slack: "Slack", google: "Google", microsoft: "Microsoft Graph", stripe: "Stripe" };

function providerName(ctx: Context, rule: string): string {
  const id = ctx.opts.providerId;
  if (id) return PROVIDER_NAMES[id.toLowerCase()] ?? id.charAt(0).toUpperCase() + id.slice(1);
  if (rule.startsWith("quirk.slack.")) return "Slack";
  if (rule.startsWith("quirk.github.") || ctx.headers.has("x-github-request-id")) return "GitHub";
  return "The provider";
}

/** The provider's own words, from the usual places a JSON or text body puts them. */
function providerMessage(body: BodyRead): string | undefined {
  if (body.kind === "json") {
    const v = Array.isArray(body.value) ? body.value[0] : body.value; // Salesforce answers a list
    if (!isRecord(v)) return undefined;
    const err = v.error;
    if (isRecord(err) && typeof err.message === "string") return err.message;
    const errors = v.errors;
    const first = Array.isArray(errors) && isRecord(errors[0]) ? errors[0] : undefined;
    if (typeof v.message === "string") {
      // GitHub's 422: "Validation Failed" says little; its first error says what.
      const what = first && typeof first.code === "string" && !first.message
        ? ` (${[first.resource, first.field].filter((x) => typeof x === "string").join(".")}: ${first.code})`
        : "";
      return v.message + what;
    }
    if (typeof v.error_description === "string") return v.error_description;
    if (typeof v.error_summary === "string") return v.error_summary; // Dropbox
    if (typeof err === "string") return err; // Slack, OAuth; `needed` goes into the missing scopes
    if (first) return readString(first.message) ?? readString(first.detail);
    if (typeof errors === "string") return errors; // Shopify
    if (Array.isArray(v.errorMessages) && typeof v.errorMessages[0] === "string") return v.errorMessages[0]; // Jira
    if (typeof v.detail === "string") return v.detail;
    if (typeof v.title === "string") return v.title;
    return undefined;
  }
  if (body.kind === "text" || body.kind === "invalid-json") {
    const start = body.text.trimStart().slice(0, 4096);
    if (start.startsWith("<")) {
      // An HTML error page (a gateway, a CDN): its title says what happened.
      const title = /<title[^>]{0,200}>([^<]{1,200})<\/title>/i.exec(start)?.[1]?.trim();
      return title || undefined;
    }
    return start.slice(0, 200).split(/\r?\n/, 1)[0] || undefined;
  }
  return undefined;
}

/** What each recognised failure means, in words (the code stays in the message too). */
const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection was reset",
  ENOTFOUND: "the host name did not resolve",
  EAI_AGAIN: "DNS lookup failed (temporary)",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  "curl 6": "could not resolve the host",
  "curl 7": "could not connect",
  "curl 35": "the TLS handshake failed",
  "curl 52": "the server sent an empty reply",
  "curl 56": "the connection broke while receiving",
  "curl 60": "the server's TLS certificate was not trusted",
  "curl 28": "the operation timed out",
  AbortError: "the request was aborted by the caller",
};

function statusLine(ctx: Context): string {
  return ctx.status === undefined ? "" : `HTTP ${ctx.status}${ctx.statusText ? " " + ctx.statusText : ""}`;
}

const POLL_MESSAGES: Partial<Record<ErrorName, string>> = {
  ConnectDeniedError: "The user denied access in the Connect flow.",
  ConnectConfigError: "The Connect flow failed: the provider's OAuth configuration was rejected.",
  ConnectTimeoutError: "The Connect session expired before the user finished.",
  ApprovalDeniedError: "The approval request was denied.",
  ApprovalExpiredError: "The approval request expired with no decision.",
  ApprovalExecutionFailedError: "The call was approved, but its execution failed.",
};

function messageFor(ctx: Context, d: Decision, name: ErrorName): string {
  if (d.verdict.message !== undefined) return d.verdict.message;
  const env = ctx.envelope;
  switch (d.source) {
    case "network": {
      const code = ctx.network?.code ?? "unknown";
      const words = NETWORK_WORDS[code];
      const why = words ? `${words} (${code})` : code;
      return name === "TimeoutError"
        ? `The request timed out before a response arrived: ${why}.`
        : `The request failed before a response arrived: ${why}.`;
    }
    case "poll":
      return POLL_MESSAGES[name] ?? `${name}`;
    case "backend": {
      if (env?.message) return env.message;
      const info = env?.code !== undefined ? codeInfo(env.code) : undefined;
      if (info) return info.meaning.replace(/`/g, "");
      const at = statusLine(ctx) ? ` answered ${statusLine(ctx)}` : " answered";
      if (env?.code !== undefined) return `The backend${at} with code "${env.code}", which this SDK version does not know.`;
      if (name === "TimeoutError") return `The backend${at}: the request timed out upstream.`;
      if (name === "PolicyViolationError") return `The backend${at}: rate limit exceeded.`;
      if (ctx.body.kind === "text") return `The backend${at} with a body that is not JSON (a proxy or gateway page?).`;
      if (ctx.body.kind === "empty") return `The backend${at} with an empty body.`;
      if (ctx.body.kind === "invalid-json") return `The backend${at} with a JSON body that does not parse.`;
      return `The backend${at} without an error code.`;
    }
    case "provider": {
      const words = providerMessage(ctx.body);
      const head = `${providerName(ctx, d.rule.id)} answered${statusLine(ctx) ? " " + statusLine(ctx) : ""}`;
      const said = words ? `${head}: ${words}` : `${head}.`;
      if (name !== "ScopeReauthRequiredError") return said;
      const missing = d.verdict.fields?.missing_scopes;
      const scopes = Array.isArray(missing) && missing.length > 0 ? `missing scopes: ${missing.join(", ")}; ` : "";
      return `${said} (${scopes}re-authorize through Connect with the wider scopes)`;
    }
  }
}

/** Where the mapper-set `details` keys and typed fields came from: wire key → source. */
type Sources = Record<string, string>;

/** Sets `details[key]` (when there is a value) and, when explaining, where it came from. */
function put(details: Record<string, unknown>, sources: Sources | null, key: string, value: unknown, from: string): void {
  if (value === undefined) return;
  details[key] = value;
  if (sources) sources[key] = from;
}

function buildDetails(ctx: Context, d: Decision, requestId: string | undefined, requestIdFrom: string, sources: Sources | null) {
  const details: Record<string, unknown> = {};
  const env = ctx.envelope;
  // Copied values first; the keys the mapper sets below win over them.
  let copied: Readonly<Record<string, unknown>> | undefined;
  let copiedPath = "";
  if (d.source === "backend" && env) {
    copied = env.details;
    copiedPath = env.detailsPath;
  } else if (d.source === "poll" && ctx.body.kind === "json" && isRecord(ctx.body.value)) {
    copied = ctx.body.value;
    copiedPath = "body ";
  }
  if (copied) {
    for (const key in copied) {
      if (!Object.hasOwn(copied, key) || isForbiddenKey(key)) continue;
      details[key] = copied[key];
      if (sources) sources[key] = copiedPath + key;
    }
  }
  const set = (key: string, value: unknown, from: string) => put(details, sources, key, value, from);
  if (d.source === "provider") {
    // A provider's own request-id header (X-GitHub-Request-Id, Stripe's Request-Id, Graph's
    // client-request-id) is kept under its snake_case name; the mapper's keys below win.
    for (const [name, value] of ctx.headers.pairs) {
      const lower = name.toLowerCase();
      if (lower !== "x-request-id" && PROVIDER_REQUEST_ID.test(lower)) set(lower.replace(/-/g, "_"), value, `header ${name}`);
    }
  }
  put(details, sources, "status_code", ctx.status, "status line");
  if (d.source === "backend" && env?.code !== undefined) put(details, sources, "code", env.code, env.problem ? "body code" : "body error.code");
  put(details, sources, "request_id", requestId, requestIdFrom);
  if (details.grant_id == null) put(details, sources, "grant_id", ctx.opts.grantId, "opts.grantId");
  if (details.provider_id == null) put(details, sources, "provider_id", ctx.opts.providerId, "opts.providerId");
  put(details, sources, "method", ctx.method, "request method");
  put(details, sources, "url", ctx.url, "request URL");
  const extra = d.verdict.details;
  if (extra) for (const key of Object.keys(extra)) set(key, extra[key], `rule ${d.rule.id}`);
  if (d.source === "backend" && (ctx.body.kind === "text" || ctx.body.kind === "invalid-json" || ctx.body.kind === "empty")) {
    const cut = cutText(ctx.body.kind === "empty" ? "" : ctx.body.text);
    set("raw_body", cut.text, "body (not JSON)");
    if (cut.truncated) set("truncated", true, "body over 64 KiB");
  }
  return details;
}

function responseBodyOf(body: BodyRead): { value: unknown; truncated: boolean } {
  switch (body.kind) {
    case "json":
      // A body the caller passed as an object is copied like `details`; one parsed here is ours already.
      return { value: body.text === undefined ? frozenCopy(body.value) : body.value, truncated: false };
    case "empty":
      return { value: "", truncated: false };
    default: {
      const cut = cutText(body.text);
      return { value: cut.text, truncated: cut.truncated };
    }
  }
}

/** Derivations the classes make when the response did not send the value (wire key → how). */
const DERIVED: Record<string, string> = {
  missing: "computed: required minus granted",
  current_scope_version: "the SDK's scope catalog (current version)",
  scope_version_mismatch: "computed from missing, scopeVersion and the scope catalog",
  documentation_url: "computed: the first missing catalog scope's page, else this class's page",
  fields: "not sent: {}",
};

/** V8's stack depth setting; other engines have none and ignore it. */
const ErrorWithLimit = Error as { stackTraceLimit?: number };

/**
 * Makes the error, for pasted text with V8's stack capture off. An error made from pasted text describes that
 * text, not a failure of this process: frames of the mapper's internals would only mislead,
 * and capturing them costs more than the whole mapping. Errors for real calls
 * (`errorFromResponse`, `errorFromNetworkFailure`) keep their stack.
 */
function construct(Cls: ErrorClass, message: string, init: ErrorInit, withStack: boolean): AlterSDKError {
  if (withStack) return new Cls(message, init);
  const limit = ErrorWithLimit.stackTraceLimit;
  try {
    ErrorWithLimit.stackTraceLimit = 0;
  } catch {
    return new Cls(message, init); // frozen intrinsics (SES): keep the stack
  }
  try {
    return new Cls(message, init);
  } finally {
    ErrorWithLimit.stackTraceLimit = limit;
  }
}

interface Made {
  error: AlterSDKError | null;
  decision: Decision;
  fields: Record<string, string>;
}

function make(ctx: Context, trace: TraceStep[] | null, cause: unknown, withStack: boolean): Made {
  const d = decide(ctx, trace);
  const name = d.verdict.error;
  if (name === null) return { error: null, decision: d, fields: {} };
  const sources: Sources | null = trace ? {} : null;

  const headerId = ctx.headers.first("x-request-id");
  const requestId = headerId ?? ctx.envelope?.requestId;
  const requestIdFrom = !sources
    ? ""
    : headerId !== undefined
      ? `header ${ctx.headers.nameAsSent("x-request-id")}`
      : ctx.envelope?.problem
        ? "body request_id"
        : "body error.request_id";
  const details = buildDetails(ctx, d, requestId, requestIdFrom, sources);

  const now = ctx.opts.now ?? Date.now();
  const date = ctx.headers.first("date");
  const retryAfterHeader = ctx.headers.first("retry-after");
  let retryAfter = parseRetryAfter(retryAfterHeader, date, now);
  let retryAfterFrom = "header Retry-After";
  if (retryAfter === undefined && d.rule.id === "provider.rate-limit-spent") {
    retryAfter = parseRateLimitReset(ctx.headers.first("x-ratelimit-reset"), date, now);
    retryAfterFrom = "header x-ratelimit-reset";
  }
  const facts: RetryFacts = { rule: d.rule.id, retryAfterHeader: retryAfterHeader !== undefined, status: ctx.status ?? null };

  let responseBody: unknown;
  if (d.source === "provider") {
    const rb = responseBodyOf(ctx.body);
    responseBody = rb.value;
    if (rb.truncated) {
      details.truncated = true;
      if (sources) sources.truncated = "body over 64 KiB";
    }
  }

  const Cls = ERROR_CLASSES[name];
  // The status is a typed field of its own: an envelope's `details.status_code` must not stand in for a missing one.
  const fields = d.verdict.fields ? { ...d.verdict.fields, status_code: ctx.status } : { status_code: ctx.status };
  const init = { details, fields, requestId, retryAfter, retryFacts: facts, responseBody, cause };
  const error = construct(Cls, messageFor(ctx, d, name), init, withStack);

  const provenance: Record<string, string> = {};
  if (sources) {
    Object.assign(sources, d.verdict.fieldSources);
    provenance.message = d.verdict.message !== undefined ? "body (poll result)" : ctx.envelope?.message !== undefined && d.source === "backend"
      ? ctx.envelope.problem ? "body detail" : "body error.message"
      : "written by the SDK";
    for (const key of Object.keys(error)) {
      if (key === "name" || key === "details") continue;
      const wire = snakeCase(key);
      const value = (error as unknown as Record<string, unknown>)[key];
      if (key === "retryAfter") provenance[key] = value === undefined ? "not sent" : retryAfterFrom;
      else if (key === "responseBody") provenance[key] = "body";
      else if (sources[wire] !== undefined) provenance[key] = sources[wire]!;
      else if (value === undefined) provenance[key] = "not sent";
      else provenance[key] = DERIVED[wire] ?? "not sent (default)";
    }
    provenance.requestId = requestId === undefined ? "not sent" : requestIdFrom;
    provenance.retryable = `rule ${retryDecision(error, facts).rule}`;
    provenance.docsUrl = provenance.documentationUrl ?? "this class's page on the docs site";
    if (cause !== undefined) provenance.cause = "the failure passed in";
  }
  return { error, decision: d, fields: provenance };
}

function checkOptions(opts: unknown): MapOptions {
  if (opts === undefined || opts === null) return {};
  if (typeof opts !== "object") throw new AlterValueError("options must be an object: { source?, providerId?, grantId?, now? }");
  const o = opts as Record<string, unknown>;
  const source = o.source;
  if (source !== undefined && source !== "auto" && source !== "backend" && source !== "provider") {
    throw new AlterValueError(`options.source must be "auto", "backend" or "provider", got ${JSON.stringify(source)}`);
  }
  for (const key of ["providerId", "grantId"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "string") throw new AlterValueError(`options.${key} must be a string`);
  }
  if (o.now !== undefined && (typeof o.now !== "number" || !Number.isFinite(o.now))) throw new AlterValueError("options.now must be a number of ms since the epoch");
  return o as MapOptions;
}


/**
 * Maps a response to the error the SDK raises, or `null` when it is not an error. This is
 * what the SDK's own HTTP layer calls: the caller knows where the response came from
 * (`opts.source`, `opts.providerId`, `opts.grantId`).
 *
 * Throws `AlterValueError` only for a response that cannot be read: not an object, a
 * status that is not an HTTP status, or a provider body with no status.
 *
 * @param res - The response: `status`, `headers` (a `Headers`, a plain object or `[name, value]` pairs), `body` (text, or already parsed), and `url`/`method` when known.
 * @param opts - Where it came from: `source` (`auto`, `backend`, `provider`), `providerId`, `grantId`; `now` for date arithmetic.
 * @returns The error the SDK raises, or `null` when the response is not an error.
 * @throws {@link AlterValueError} when the response cannot be read.
 */
export function errorFromResponse(res: ResponseLike, opts?: MapOptions): AlterSDKError | null {
  const o = checkOptions(opts);
  if (res === null || typeof res !== "object") throw new AlterValueError("errorFromResponse needs a response object: { status, headers, body }");
  const status = res.status;
  if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599)) {
    throw new AlterValueError(`errorFromResponse: status must be an HTTP status from 100 to 599, got ${String(status)}`);
  }
  const input: Input = {
    status,
    statusText: typeof res.statusText === "string" ? res.statusText : undefined,
    headers: headerPairs(res.headers),
    body: res.body,
    url: typeof res.url === "string" ? res.url : undefined,
    method: typeof res.method === "string" ? res.method : undefined,
    network: undefined,
  };
  return make(new Context(input, o), null, undefined, true).error;
}

/**
 * Maps a failure with no response at all (what `fetch` threw) to a `TimeoutError` for a
 * timeout and a `NetworkError` for everything else, with `cause` kept. Looks through
 * `cause` chains and `AggregateError.errors`, five levels deep.
 *
 * @param cause - What the failed call threw (an `Error`, a `DOMException`, an `AggregateError`, anything).
 * @returns A `TimeoutError` or a `NetworkError` whose `cause` is `cause`.
 */
export function errorFromNetworkFailure(cause: unknown): NetworkError {
  const network = detectNetworkFailure(cause);
  const input: Input = { headers: [], body: undefined, network };
  return make(new Context(input, {}), null, cause, true).error as NetworkError;
}

/**
 * What the classifier runs: reads pasted text (`parseResponse`), then maps it. Returns the
 * error the SDK would raise, or `null` when the response is not an error. Throws
 * `AlterValueError`, with a message saying what was expected, for unreadable input.
 * `classify(text, opts)` is `explain(text, opts).error`.
 *
 * The error describes the pasted text, not a failure of this process, so it carries no
 * stack frames (`err.stack` is its first line only); `errorFromResponse` keeps them.
 *
 * @param text - What the developer pasted: a raw HTTP response, `curl -i`/`-v` output, a HAR file or entry, a response object, a bare body, or a network error text.
 * @param opts - The mapping options: `source`, `providerId`, `grantId`, `now`.
 * @returns The error the SDK raises, or `null` when the response is not an error.
 * @throws {@link AlterValueError} for input that cannot be read; its message says what was expected.
 */
export function classify(text: string, opts?: MapOptions): AlterSDKError | null {
  const o = checkOptions(opts);
  const parsed = parseResponse(text, o.source);
  return make(new Context(parsed, o), null, undefined, false).error;
}

/**
 * Like `classify`, with the reasons: what was read, the rule that decided, every rule
 * tried, and where each field's value came from.
 *
 * @param text - What the developer pasted (the forms `classify` reads).
 * @param opts - The mapping options: `source`, `providerId`, `grantId`, `now`.
 * @returns The error (or `null`), what was read, the deciding rule, the trace, and each field's source.
 * @throws {@link AlterValueError} for input that cannot be read, as `classify` does.
 */
export function explain(text: string, opts?: MapOptions): Explanation {
  const o = checkOptions(opts);
  const input = parseResponse(text, o.source);
  const ctx = new Context(input, o);
  const trace: TraceStep[] = [];
  const made = make(ctx, trace, undefined, false);
  const challenges = ctx.challengesIfAny();
  return {
    error: made.error,
    input,
    rule: made.decision.rule.id,
    trace,
    fields: made.fields,
    source: made.decision.source,
    sourceFromOptions: made.decision.sourceFromOptions,
    ...(challenges ? { challenges } : {}),
  };
}

export type { Source };

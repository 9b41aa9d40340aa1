/**
 * The entry points: turn a response, a network failure or pasted text into the SDK error
 * it means, by running the rule table. Pure: no Node or DOM API, so the docs site's
 * classifier runs this very module in the browser.
 * @module
 */
import { AlterValueError, type AlterSDKError, type ErrorInit, type NetworkError } from "./errors.js";
import { ERROR_CLASSES, type ErrorClass, type ErrorName } from "./tree.js";
import { BACKEND_RULES, GENERIC_PROVIDER_RULES, LOGGED_RULES, NETWORK_RULES, POLL_RULES, SOURCE_RULES, backendCode, findEnvelope } from "./rules/core.js";
import type { Envelope, Identified, MappingRule, RuleContext, Verdict } from "./rules/context.js";
import type { RuleId } from "./rules/index.js";
import { calledBy, identify, identifyByBody, signalRulesOf } from "./providers/index.js";
import { identifyByClient } from "./providers/clients.js";
import { identifyByApiUrl } from "./providers/api-url.js";
import { edgeErrorZoneUrl } from "./providers/cloudflare.js";
import { identifyByLabel, identifyByWords } from "./providers/label.js";
import { identifyByErrorLink } from "./providers/links.js";
import { bodyText, someAt, stringAt, xmlElement } from "./providers/match.js";
import { retryDecision, type RetryFacts } from "./retry.js";
import { parseBodyWait, parseHttpDate, parseRateLimitReset, parseRetryAfter, parseRetryAfterMs } from "./wait.js";
import { HeaderMap, cutText, headerPairs, readBody, soleError, type BodyRead } from "./response.js";
import { parseWwwAuthenticate, type ChallengeParse } from "./www-authenticate.js";
import { detectNetworkFailure } from "./network.js";
import { parseResponse } from "./input/index.js";
import { wireBodyJson } from "./input/wire.js";
import { messageFor, providerMessage } from "./messages.js";
import { frozenCopy, isForbiddenKey, isRecord, snakeCase } from "./snapshot.js";
import type { HeaderPair, LoggedError, MapOptions, NetworkFailureMatch, ParsedInput, ResponseLike, Source } from "./types.js";

/** One rule tried while mapping, in order. */
export interface TraceStep {
  /** The rule's id (a key of `RULES`). */
  rule: RuleId;
  /** Whether it decided. */
  matched: boolean;
  /** What it saw, when that helps: `code grant_expired`, `status 403`. */
  note?: string;
}

/** Which rules read the input. */
export type MappedAs = "logged" | "network" | "poll" | "backend" | "provider";

/** The provider a response came from, as `explain` reports it (spec section 14). */
export interface ProviderFinding {
  /** Its id in `PROVIDERS`. */
  id: string;
  /** Its name. */
  name: string;
  /** How it was identified: `opts.providerId`, `header X-GitHub-Request-Id`, `body shape`. */
  evidence: string;
}

/** What `explain` tells about a mapping: the error, what was read, and why. */
export interface Explanation {
  /** The error the SDK raises, or `null` when the response is not an error. */
  error: AlterSDKError | null;
  /** What was read: format, status, headers, body, HAR entries, warnings. */
  input: ParsedInput;
  /** The provider the response came from, when it was read as a provider's and the provider is known. */
  provider?: ProviderFinding;
  /** The id of the rule that decided. */
  rule: RuleId;
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

/** The input to the rules, from any entry point. */
interface Input {
  status?: number | undefined;
  statusText?: string | undefined;
  headers: readonly HeaderPair[];
  body: unknown;
  url?: string | undefined;
  method?: string | undefined;
  network?: NetworkFailureMatch | undefined;
  logged?: LoggedError | undefined;
  provider?: { id: string; by: string } | undefined;
  providerClient?: string | undefined;
}

class Context implements RuleContext {
  readonly status: number | undefined;
  readonly statusText: string | undefined;
  readonly headers: HeaderMap;
  readonly body: BodyRead;
  /** The body as sent, for `responseBody` (`body` is the error a list held alone, see `soleError`). */
  readonly sentBody: BodyRead;
  readonly url: string | undefined;
  readonly method: string | undefined;
  readonly opts: MapOptions;
  readonly network: NetworkFailureMatch | undefined;
  readonly logged: LoggedError | undefined;
  readonly envelope: Envelope | undefined;
  readonly provider: Identified | undefined;
  readonly providerClient: string | undefined;
  #challenges: ChallengeParse | undefined;
  readonly #pasted: { readonly input: ParsedInput; readonly text: string } | undefined;
  #printed: string | undefined | null = null;
  #words: string | undefined | null = null;

  /** @param pasted - When the response was pasted: what was read and the text it was read from, whose clients are read last. */
  constructor(input: Input, opts: MapOptions, pasted?: { readonly input: ParsedInput; readonly text: string }) {
    this.status = input.status;
    this.statusText = input.statusText;
    this.#pasted = pasted;
    this.headers = new HeaderMap(input.headers);
    const contentType = this.headers.get("content-type");
    this.sentBody = input.network ? { kind: "empty" } : readBody(input.body, contentType, pasted && wireBodyJson(pasted.input));
    this.body = soleError(this.sentBody);
    this.url = input.url;
    this.method = input.method;
    this.opts = opts;
    this.network = input.network;
    this.logged = input.logged;
    this.providerClient = input.providerClient;
    this.envelope = findEnvelope(this.body, contentType);
    // A body shape only one provider sends identifies it before the source is chosen (spec
    // sections 12 and 14): Box's `{"type": "error", "code": "rate_limit_exceeded", "help_url": ...}`
    // and OpenAI's `rate_limit_exceeded` of type `requests` are a provider's, not the backend's codes.
    // (Cloudflare's error in front of a site names the site: its call's host, when the paste shows no URL.)
    this.provider = input.network ? undefined : (identify(opts.providerId, this.headers, input.provider, input.url ?? edgeErrorZoneUrl(this.body)) ?? identifyByBody(this));
    // The weakest evidence, for a printout that names nothing else: never over a backend code (a
    // traceback's `stripe.error` beside our envelope is the app's, not the response's), and never
    // given a `providerId` (which names a provider, or none at all).
    if (this.provider === undefined && pasted !== undefined && !input.network && !opts.providerId && backendCode(this.envelope) === undefined) {
      // Only now: most responses name their provider otherwise, and this reading copies the paste.
      const around = this.printedText();
      // Other API calls the paste prints say nothing of this one when its own URL is known and names no provider (LangSmith's 403
      // logged above an `api.anthropic.com` call that answered 200).
      const ownUrl = input.url !== undefined && /^https?:\/\/[^/?#\s]+/i.test(input.url);
      const byClient = around === undefined ? undefined : identifyByClient(around);
      const clientCalled = byClient !== undefined && calledBy(byClient.provider, input.url, this.headers.first("server"));
      this.provider =
        around === undefined
          ? undefined
          : ((clientCalled ? byClient : undefined) ?? (ownUrl ? undefined : identifyByApiUrl(around)) ?? identifyByLabel(around) ?? identifyByWords(around) ??
            // A link to a provider's documentation of the error is its own words: the body's count too (SendGrid's "Visit https://sendgrid.com/docs/...").
            (ownUrl ? undefined : identifyByErrorLink(pasted.text)));
    }
  }

  /** What the client printed around a pasted response (see {@link printed}); `undefined` for a real call's. */
  printedText(): string | undefined {
    if (this.#printed === null) this.#printed = this.#pasted === undefined ? undefined : printed(this.#pasted.input, this.#pasted.text);
    return this.#printed;
  }

  providerWords(): string | undefined {
    if (this.#words === null) this.#words = providerMessage(this.body, this.provider);
    return this.#words;
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
  rule: MappingRule<RuleId>;
  verdict: Verdict;
  source: MappedAs;
  sourceFromOptions: boolean;
  /** The provider whose rules read it (provider source only). */
  provider: Identified | undefined;
}

function noStatus(): AlterValueError {
  return new AlterValueError(
    "A provider's response cannot be read without its status: paste the whole response, status line and headers included " +
      "(`curl -i`, a HAR entry, or devtools' raw response), or choose the Backend source if it came from the Alter backend.",
  );
}

function run(
  rules: readonly MappingRule<RuleId>[],
  ctx: Context,
  trace: TraceStep[] | null,
): { rule: MappingRule<RuleId>; verdict: Verdict } | undefined {
  for (const rule of rules) {
    if (rule.needsStatus && ctx.status === undefined) throw noStatus();
    const verdict = rule.apply(ctx);
    if (trace) trace.push(verdict?.note !== undefined ? { rule: rule.id, matched: !!verdict, note: verdict.note } : { rule: rule.id, matched: !!verdict });
    if (verdict) return { rule, verdict };
  }
  return undefined;
}

function decide(ctx: Context, trace: TraceStep[] | null): Decision {
  if (ctx.logged) {
    const hit = run(LOGGED_RULES, ctx, trace);
    if (hit) return { ...hit, source: "logged", sourceFromOptions: false, provider: undefined };
  }
  if (ctx.network) {
    const hit = run(NETWORK_RULES, ctx, trace)!;
    return { ...hit, source: "network", sourceFromOptions: false, provider: undefined };
  }
  if (ctx.status === undefined || ctx.status < 400) {
    const hit = run(POLL_RULES, ctx, trace);
    if (hit) return { ...hit, source: "poll", sourceFromOptions: false, provider: undefined };
  }
  const picked = run(SOURCE_RULES, ctx, trace)!;
  const fromOptions = picked.rule.id === "source.option";
  if (picked.verdict.source === "backend") {
    const hit = run(BACKEND_RULES, ctx, trace)!;
    return { ...hit, source: "backend", sourceFromOptions: fromOptions, provider: undefined };
  }
  if (ctx.status === undefined && fromOptions) throw noStatus();
  const who = ctx.provider;
  const signals = who ? (signalRulesOf(who.provider) as readonly MappingRule<RuleId>[]) : [];
  const hit = run(signals, ctx, trace) ?? run(GENERIC_PROVIDER_RULES, ctx, trace);
  // Only a provider's rules can run out (a bare body with no status): say so plainly.
  if (!hit) throw new AlterValueError("Nothing in this response can be mapped: paste the whole response with its status line.");
  return { ...hit, source: "provider", sourceFromOptions: fromOptions, provider: who };
}

/** Header names that carry a provider's own request id (kept in `details` as snake_case): `-Request-Id`, `-Req-Id`, Pinterest's `X-Pinterest-RID`. */
const REQUEST_ID_HEADER = /(?:^|-)(?:req(?:uest)?-?id|rid)$/;
const MAX_HEADER_NAME = 256;
/** Keys of an envelope's `details` copied at most: real envelopes carry a handful. */
const MAX_DETAILS_KEYS = 1000;

/** Where each mapper-set `details` key and typed field came from: wire key → source. */
type Sources = Record<string, string>;

/** A request id found, where, and whether it is a phrase of words by its provider's design. */
interface RequestIdFound {
  readonly id: string | undefined;
  readonly from: string;
  readonly words?: boolean;
}

/**
 * The request id to quote, and where it came from (spec section 3). Beyond section 3's list, for a provider's response
 * that has none of its headers or body ids: the first other `*-request-id` header (`x-amz-request-id` when no
 * provider was named), never a `client-request-id` (the id the client sent, echoed).
 */
/**
 * Where the request id came from, "not sent" when none did; and no id rather than one support cannot find: an id the poster masked (`req_****`) or a client cut
 * (Guzzle's `1dd1da5f-db74-4569-a5ed- (truncated...)`). No server's id holds a blank or a run of asterisks or dots: a blank
 * between two pieces of one is where a terminal wrapped it.
 */
function quotable(rid: RequestIdFound): { id: string | undefined; from: string } {
  if (rid.id === undefined) return { id: undefined, from: "not sent" };
  // An id the provider makes of words (Asana's incident phrase): its blanks are its own.
  if (rid.words && /^[\p{L}\p{N}]{1,40}(?: [\p{L}\p{N}]{1,40}){1,11}$/u.test(rid.id)) return rid;
  // (Not a blank after a comma: ids of a header sent twice, kept as sent.)
  // (Nor a run of x's: `xxxxxxxxxxxx`, `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, a poster's mask.)
  // (Nor one in angle or square brackets, `<ID>`, `[instance-id]`: a poster's name for the id they cut out; nor one whose last piece
  // is x's, `27cf99dc-8493-4fc0-9471-xxxxx`.)
  // (Nor one with no letter or digit at all: Meta's `"fbtrace_id": "####"` as a poster masked it; nor the word a poster wrote
  // in the id's place: `'RequestId': 'UUID'`, `REDACTED`, `REQUEST_ID`, `XXX`.)
  if (!/(?<!,)\s|\*{3}|\u2022{3}|\.{3}|\u2026|^[xX-]*[xX]{4}[xX-]*$|^<[^<>]*>$|^\{[\w.-]{0,40}\}$|^\[[\w .-]{0,40}\]$|[-_.:][xX]{4,}$|^[^\p{L}\p{N}]*$|^(?:uuid|guid|redacted|request[_-]?id|x{3})$/iu.test(rid.id)) return rid;
  // Two pieces a terminal's wrap split (`req_011CZqs` and `ZUdMhdmLMPtYZdCQN` on the next line), joined back as one.
  const wrapped = /^([\w:-]{4,128})\s+([\w:-]{2,128})$/.exec(rid.id);
  if (wrapped) return { id: wrapped[1]! + wrapped[2]!, from: `${rid.from}, joined across a line wrap` };
  return { id: undefined, from: `${rid.from} held ${JSON.stringify(rid.id.slice(0, 80))}, masked or cut: no id to quote` };
}

function requestIdOf(ctx: Context, d: Decision): RequestIdFound {
  const header = (name: string) => {
    const v = ctx.headers.first(name);
    return v === undefined || v.trim() === "" ? undefined : onceOf(v);
  };
  if (d.source === "logged") return { id: ctx.logged?.requestId, from: "logged requestId" };
  if (d.source !== "provider") {
    const id = header("x-request-id");
    if (id !== undefined) return { id, from: `header ${ctx.headers.nameAsSent("x-request-id")}` };
    const env = ctx.envelope;
    return { id: env?.requestId, from: env?.problem ? "body request_id" : "body error.request_id" };
  }
  const p = d.provider?.provider;
  for (const name of [...(p?.requestIdHeaders ?? []), "x-request-id", "request-id"]) {
    const id = header(name);
    if (id !== undefined) return { id, from: `header ${ctx.headers.nameAsSent(name)}` };
  }
  const picks = p?.bodyRequestId === undefined ? [] : typeof p.bodyRequestId === "string" ? [p.bodyRequestId] : p.bodyRequestId;
  for (const pick of picks) {
    if (typeof pick === "string") {
      const id = ctx.body.kind === "json" ? stringAt(ctx.body.value, pick) : undefined;
      if (id !== undefined && id !== "") return { id, from: `body ${pick}` };
    } else if ("words" in pick) {
      const id = ctx.body.kind === "json" ? stringAt(ctx.body.value, pick.json) : undefined;
      if (id !== undefined && id !== "") return { id, from: `body ${pick.json}`, words: true };
    } else if ("json" in pick) {
      const said = ctx.body.kind === "json" ? stringAt(ctx.body.value, pick.json) : undefined;
      const id = said === undefined ? undefined : pick.capture.exec(said)?.[1];
      if (id !== undefined && id !== "") return { id, from: `body ${pick.json}, in its words` };
    } else if ("text" in pick) {
      const text = ctx.body.kind === "text" ? ctx.body.text : undefined;
      const id = text === undefined ? undefined : pick.text.exec(text)?.[1];
      if (id !== undefined && id !== "") return { id, from: "body text, in its words" };
    } else if ("printed" in pick) {
      const text = ctx.printedText();
      const id = text === undefined ? undefined : pick.printed.exec(text)?.[1];
      if (id !== undefined && id !== "") return { id, from: "the client's printout, in its words" };
    } else {
      const text = bodyText(ctx);
      const id = text === undefined ? undefined : xmlElement(text, pick.xml);
      if (id !== undefined && id !== "") return { id, from: `body <${pick.xml}>` };
    }
  }
  // Any other request-id header (S3's `x-amz-request-id` with no provider named): the server's id, not one the client sent.
  const pairs = ctx.headers.pairs;
  for (let i = 0; i < pairs.length; i++) {
    const lower = ctx.headers.lowerName(i);
    if (lower.length > MAX_HEADER_NAME || lower.includes("client") || !REQUEST_ID_HEADER.test(lower)) continue;
    const id = header(lower);
    if (id !== undefined) return { id, from: `header ${pairs[i]![0]}` };
  }
  return { id: undefined, from: "not sent" };
}


/** A request id a printout joined with itself (.NET prints a header sent twice as `id, id`): the id once. */
function onceOf(value: string): string {
  if (!value.includes(",")) return value;
  const parts = value.split(",").map((s) => s.trim());
  return parts.every((p) => p === parts[0]) ? parts[0]! : value;
}

function buildDetails(ctx: Context, d: Decision, requestId: string | undefined, requestIdFrom: string, sources: Sources | null): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  const set = (key: string, value: unknown, from: string): void => {
    if (value === undefined) return;
    details[key] = value;
    if (sources) sources[key] = from;
  };
  const env = ctx.envelope;
  // Copied values first; the keys the mapper sets below win over them.
  let copied: Readonly<Record<string, unknown>> | undefined;
  let copiedPath = "";
  if (d.source === "backend" && env) {
    copied = env.details;
    copiedPath = env.detailsPath;
  } else if (d.source === "logged" && ctx.logged) {
    copied = ctx.logged.details;
    copiedPath = "logged details.";
  } else if (d.source === "poll" && ctx.body.kind === "json" && isRecord(ctx.body.value)) {
    copied = ctx.body.value;
    copiedPath = "body ";
  }
  if (copied) {
    let n = 0;
    for (const key in copied) {
      if (!Object.hasOwn(copied, key) || isForbiddenKey(key)) continue;
      if (++n > MAX_DETAILS_KEYS) {
        set("truncated", true, `more than ${MAX_DETAILS_KEYS} keys in ${copiedPath.trim()}: the rest were left out`);
        break;
      }
      set(key, copied[key], copiedPath + key);
    }
  }
  if (d.source === "provider") {
    // Every request-id header is kept under its snake_case name (`X-GitHub-Request-Id` →
    // `x_github_request_id`); `request_id` below is the one chosen, and wins.
    const own = d.provider?.provider.requestIdHeaders ?? [];
    const pairs = ctx.headers.pairs;
    for (let i = 0; i < pairs.length; i++) {
      const lower = ctx.headers.lowerName(i);
      // A header name is a short token: a long one is no request-id header (and is not scanned).
      if (lower.length <= MAX_HEADER_NAME && (REQUEST_ID_HEADER.test(lower) || own.includes(lower))) set(lower.replace(/-/g, "_"), pairs[i]![1], `header ${pairs[i]![0]}`);
    }
  }
  set("status_code", ctx.status, "status line");
  if (d.source === "backend" && env?.code !== undefined) set("code", env.code, env.problem ? "body code" : "body error.code");
  set("request_id", requestId, requestIdFrom);
  if (details.grant_id == null) set("grant_id", ctx.opts.grantId, "opts.grantId");
  if (details.provider_id == null) {
    const named = ctx.opts.providerId || undefined;
    if (named !== undefined) set("provider_id", named, "opts.providerId");
    else if (d.provider) set("provider_id", d.provider.provider.id, `identified by ${d.provider.evidence}`);
  }
  set("method", ctx.method, "request method");
  set("url", ctx.url, "request URL");
  const extra = d.verdict.details;
  if (extra) for (const key of Object.keys(extra)) set(key, extra[key], `rule ${d.rule.id}`);
  if (d.source === "backend" && (ctx.body.kind === "text" || ctx.body.kind === "invalid-json" || ctx.body.kind === "empty")) {
    const cut = cutText(ctx.body.kind === "empty" ? "" : ctx.body.text);
    set("raw_body", cut.text, "body (not JSON)");
    if (cut.truncated) set("truncated", true, "body over 64 KiB");
  }
  return details;
}

const NOT_SENT = Object.freeze({ seconds: undefined, from: "not sent" });

/**
 * How long the response asked to wait (spec section 8), first that says: `Retry-After`,
 * `retry-after-ms`, a reset header the deciding rule names, a JSON body's `retry_after`
 * (top level or in `error`) or `retry_after_ms` (Matrix's), a body member the rule names, the rule's documented wait. A generic
 * place the rule names itself is read only as the rule says (its unit is the provider's).
 */
function waitOf(ctx: Context, verdict: Verdict, rule: RuleId): { seconds: number | undefined; from: string } {
  const now = ctx.opts.now ?? Date.now();
  const date = ctx.headers.first("date");
  const h = (name: string) => ctx.headers.first(name);
  // The source is named only for the wait found: naming every header looked for costs more than the lookups.
  const fromHeader = (seconds: number | undefined, name: string) => (seconds === undefined ? undefined : { seconds, from: `header ${ctx.headers.nameAsSent(name)}` });
  const picks = verdict.wait ?? [];
  // A generic source a pick names is read as the pick says, in its place (Discord's legacy API sent milliseconds in both `Retry-After` and `retry_after`).
  const generic = (name: string) => picks.length === 0 || !picks.some((p) => ("header" in p && p.header === name) || ("json" in p && p.json === name));
  const said =
    (generic("retry-after") ? fromHeader(parseRetryAfter(h("retry-after"), date, now), "retry-after") : undefined) ??
    (generic("retry-after-ms") ? fromHeader(parseRetryAfterMs(h("retry-after-ms")), "retry-after-ms") : undefined);
  if (said) return said;
  // (And `retry_after_ms`, in milliseconds, as the Matrix client-server API's `M_LIMIT_EXCEEDED` body sends it.)
  const bodySaid = () =>
    (generic("retry_after") ? bodyWait(ctx, "retry_after", "s", undefined, date, now) : undefined) ??
    (generic("error.retry_after") ? bodyWait(ctx, "error.retry_after", "s", undefined, date, now) : undefined) ??
    (generic("retry_after_ms") ? bodyWait(ctx, "retry_after_ms", "ms", undefined, date, now) : undefined);
  if (picks.length === 0) return bodySaid() ?? NOT_SENT;
  const found =
    firstOf(picks, (p) =>
      "header" in p ? fromHeader(p.unit === "ms" ? parseRetryAfterMs(h(p.header)) : parseRateLimitReset(h(p.header), date, now), p.header) : undefined,
    ) ??
    bodySaid() ??
    firstOf(picks, (p) => ("json" in p ? bodyWait(ctx, p.json, p.unit ?? "s", p.capture, date, now) : "text" in p ? textWait(ctx, p.text, p.unit ?? "s", date, now) : undefined)) ??
    firstOf(picks, (p) => ("refill" in p ? refillWait(ctx, p.refill) : undefined)) ??
    firstOf(picks, (p) => ("spentRateLimit" in p ? spentReset(ctx, date, now) : undefined)) ??
    firstOf(picks, (p) => ("untilUtc" in p ? untilUtc(p.untilUtc, date, now, rule) : undefined)) ??
    firstOf(picks, (p) => ("seconds" in p ? { seconds: p.seconds, from: `the provider's documented wait (rule ${rule})` } : undefined));
  return found ?? NOT_SENT;
}

/** The reset of whichever of the identified provider's rate-limit pairs is spent (remaining 0). */
function spentReset(ctx: Context, date: string | undefined, now: number) {
  for (const pair of ctx.provider?.provider.rateLimit ?? []) {
    if (pair.reset === undefined || ctx.headers.first(pair.remaining)?.trim() !== "0") continue;
    const seconds = parseRateLimitReset(ctx.headers.first(pair.reset), date, now);
    if (seconds !== undefined) return { seconds, from: `header ${ctx.headers.nameAsSent(pair.reset)} (${ctx.headers.nameAsSent(pair.remaining)} is 0)` };
  }
  return undefined;
}

/** Seconds from the response's clock to the next `hh:mm` UTC: a daily quota's documented reset. */
function untilUtc(time: string, date: string | undefined, now: number, rule: RuleId) {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return undefined;
  const at = (date !== undefined ? parseHttpDate(date, now) : undefined) ?? now;
  const day = new Date(at);
  let next = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), Number(m[1]), Number(m[2]));
  if (next <= at) next += 86_400_000;
  return { seconds: Math.ceil((next - at) / 1000), from: `the provider's documented daily reset at ${time} UTC (rule ${rule})` };
}

function firstOf<T, R>(list: readonly T[], f: (item: T) => R | undefined): R | undefined {
  for (const item of list) {
    const r = f(item);
    if (r !== undefined) return r;
  }
  return undefined;
}

function bodyWait(ctx: Context, path: string, unit: "s" | "ms" | "reset", capture: RegExp | undefined, date: string | undefined, now: number) {
  if (ctx.body.kind !== "json") return undefined;
  let seconds: number | undefined;
  someAt(ctx.body.value, path, (v) => (seconds = parseBodyWait(v, unit, capture, date, now)) !== undefined);
  return seconds === undefined ? undefined : { seconds, from: `body ${path}` };
}

/** Seconds until a bucket refilling at `perSecond` points a second holds `needed` points from `available`; none when it already does. */
function refillWait(ctx: Context, at: { readonly needed: string; readonly available: string; readonly perSecond: string }) {
  if (ctx.body.kind !== "json") return undefined;
  const body = ctx.body.value;
  const read = (path: string) => Number(stringAt(body, path) ?? NaN);
  const needed = read(at.needed), available = read(at.available), rate = read(at.perSecond);
  if (!(needed > available && available >= 0 && rate > 0)) return undefined;
  return { seconds: Math.ceil((needed - available) / rate), from: `body ${at.needed} ${needed} against ${at.available} ${available}, refilling ${rate} a second (${at.perSecond})` };
}

/** The wait a text body names in the first group of `pattern` (a printed message: "Please try again in 6s."). */
function textWait(ctx: Context, pattern: RegExp, unit: "s" | "reset", date: string | undefined, now: number) {
  const text = bodyText(ctx);
  const seconds = text === undefined ? undefined : parseBodyWait(text, unit, pattern, date, now);
  return seconds === undefined ? undefined : { seconds, from: `body text ${String(pattern)}` };
}

function responseBodyOf(body: BodyRead): { value: unknown; truncated: boolean } {
  switch (body.kind) {
    case "json":
      // A body the caller passed as an object was copied at the boundary; one parsed here is ours already.
      return { value: body.value, truncated: false };
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

function make(ctx: Context, trace: TraceStep[] | null, cause: { value: unknown } | undefined, withStack: boolean): Made {
  const d = decide(ctx, trace);
  const name = d.verdict.error;
  if (name === null) return { error: null, decision: d, fields: {} };
  const sources: Sources | null = trace ? {} : null;

  const rid = quotable(requestIdOf(ctx, d));
  const details = buildDetails(ctx, d, rid.id, rid.from, sources);
  const wait = waitOf(ctx, d.verdict, d.rule.id);
  const facts: RetryFacts = { retryable: d.verdict.retryable, retryAfterHeader: ctx.headers.has("retry-after"), status: ctx.status ?? null };

  let responseBody: unknown;
  if (d.source === "logged") responseBody = ctx.logged?.fields.responseBody;
  if (d.source === "provider") {
    const rb = responseBodyOf(ctx.sentBody);
    responseBody = rb.value;
    if (rb.truncated) {
      details.truncated = true;
      if (sources) sources.truncated = "body over 64 KiB";
    }
  }

  const Cls = ERROR_CLASSES[name];
  // The status is a typed field of its own: an envelope's `details.status_code` must not stand in for a missing one.
  const fields = d.verdict.fields ? { ...d.verdict.fields, status_code: ctx.status } : { status_code: ctx.status };
  const init: ErrorInit = { details, fields, requestId: rid.id, retryAfter: wait.seconds, retryFacts: facts, responseBody };
  if (cause) init.cause = cause.value;
  const message =
    d.verdict.message ??
    messageFor({ ctx, name, source: d.source === "logged" ? "provider" : d.source, envelope: ctx.envelope, provider: d.provider, missingScopes: d.verdict.fields?.missing_scopes });
  const error = construct(Cls, message, init, withStack);

  const provenance: Record<string, string> = {};
  if (sources) {
    Object.assign(sources, d.verdict.fieldSources);
    provenance.message =
      d.verdict.message !== undefined
        ? d.source === "logged" ? "logged message" : "body (poll result)"
        : ctx.envelope?.message !== undefined && d.source === "backend"
          ? ctx.envelope.problem
            ? "body detail"
            : "body error.message"
          : "written by the SDK";
    for (const key of Object.keys(error)) {
      if (key === "name" || key === "details") continue;
      const wire = snakeCase(key);
      const value = (error as unknown as Record<string, unknown>)[key];
      if (key === "retryAfter") provenance[key] = value === undefined ? "not sent" : wait.from;
      else if (key === "responseBody") provenance[key] = "body";
      else if (sources[wire] !== undefined) provenance[key] = sources[wire]!;
      else if (value === undefined) provenance[key] = "not sent";
      else provenance[key] = DERIVED[wire] ?? "not sent (default)";
    }
    provenance.requestId = rid.from;
    provenance.retryable = `rule ${retryDecision(error, facts).rule}`;
    provenance.docsUrl = provenance.documentationUrl ?? "this class's page on the docs site";
    if (cause) provenance.cause = "the failure passed in";
  }
  return { error, decision: d, fields: provenance };
}

/** Reads a caller's options once, guarded: a hostile object gives an `AlterValueError`, never another throw. */
function checkOptions(opts: unknown): MapOptions {
  if (opts === undefined || opts === null) return {};
  if (typeof opts !== "object") throw new AlterValueError("options must be an object: { source?, providerId?, grantId?, now?, entry? }");
  let o: Record<string, unknown>;
  try {
    const r = opts as Record<string, unknown>;
    o = { source: r.source, providerId: r.providerId, grantId: r.grantId, now: r.now, entry: r.entry };
  } catch {
    throw new AlterValueError("options could not be read: pass a plain object { source?, providerId?, grantId?, now?, entry? }");
  }
  const source = o.source;
  if (source !== undefined && source !== "auto" && source !== "backend" && source !== "provider") {
    throw new AlterValueError(`options.source must be "auto", "backend" or "provider", got ${describe(source)}`);
  }
  for (const key of ["providerId", "grantId"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "string") throw new AlterValueError(`options.${key} must be a string`);
  }
  if (o.now !== undefined && (typeof o.now !== "number" || !Number.isFinite(o.now))) throw new AlterValueError("options.now must be a number of ms since the epoch");
  if (o.entry !== undefined && !(typeof o.entry === "number" && Number.isSafeInteger(o.entry) && o.entry >= 0)) {
    throw new AlterValueError("options.entry must be the index of a HAR entry: a whole number from 0");
  }
  const out: MapOptions = {};
  if (source !== undefined) out.source = source;
  if (o.providerId !== undefined) out.providerId = o.providerId as string;
  if (o.grantId !== undefined) out.grantId = o.grantId as string;
  if (o.now !== undefined) out.now = o.now as number;
  if (o.entry !== undefined) out.entry = o.entry as number;
  return out;
}

/** A value for a message, whatever it is (a symbol, a bigint, an object with a throwing `toString`). */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 80));
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  return `a ${typeof value}`;
}

/**
 * Maps a response to the error the SDK raises, or `null` when it is not an error. This is
 * what the SDK's own HTTP layer calls: the caller knows where the response came from
 * (`opts.source`, `opts.providerId`, `opts.grantId`).
 *
 * The response is read once, at the start: its members, its headers and a body given as
 * an object are copied (a body's shared or cyclic objects copied once each, at most 64
 * levels deep and 10,000 values: what is cut sets `details.truncated`), so the error never
 * shares or calls into the caller's objects.
 *
 * Throws `AlterValueError` only for a response that cannot be read: not an object, a
 * member that cannot be read (a throwing getter, a revoked `Proxy`), a status that is not
 * a whole number from 100 to 599, or a provider body with no status.
 *
 * @param res - The response: `status`, `headers` (a `Headers`, a plain object or `[name, value]` pairs), `body` (text, or already parsed), and `url`/`method` when known.
 * @param opts - Where it came from: `source` (`auto`, `backend`, `provider`), `providerId`, `grantId`; `now` for date arithmetic.
 * @returns The error the SDK raises, or `null` when the response is not an error.
 * @throws {@link AlterValueError} when the response cannot be read.
 */
export function errorFromResponse(res: ResponseLike, opts?: MapOptions): AlterSDKError | null {
  const o = checkOptions(opts);
  if (res === null || typeof res !== "object") throw new AlterValueError("errorFromResponse needs a response object: { status, headers, body }");
  let raw: { status: unknown; statusText: unknown; headers: unknown; body: unknown; url: unknown; method: unknown };
  try {
    raw = { status: res.status, statusText: res.statusText, headers: res.headers, body: res.body, url: res.url, method: res.method };
  } catch {
    throw new AlterValueError("errorFromResponse could not read the response object (a member threw when read): pass a plain { status, headers, body }");
  }
  const status = raw.status;
  if (status !== undefined && !(typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 599)) {
    throw new AlterValueError(`errorFromResponse: status must be an HTTP status from 100 to 599, got ${describe(status)}`);
  }
  const body = snapshotBody(raw.body);
  const input: Input = {
    status,
    statusText: typeof raw.statusText === "string" ? raw.statusText : undefined,
    headers: headerPairs(raw.headers as ResponseLike["headers"]),
    body,
    url: typeof raw.url === "string" ? raw.url : undefined,
    method: typeof raw.method === "string" ? raw.method : undefined,
    network: undefined,
  };
  return make(new Context(input, o), null, undefined, true).error;
}

/** A body given as an object, copied once (see `frozenCopy`); bytes and text as they are; a hostile object as nothing. */
function snapshotBody(body: unknown): unknown {
  if (body === null || typeof body !== "object") return body;
  try {
    if (body instanceof Uint8Array) return body;
  } catch {
    return undefined; // a revoked Proxy: nothing can be read from it
  }
  return frozenCopy(body);
}

/**
 * Maps a failure with no response at all (what `fetch` threw) to a `TimeoutError` for a
 * timeout and a `NetworkError` for everything else, with `cause` kept (whatever it is,
 * `null` included). Looks through `cause` chains and `AggregateError.errors`, five levels
 * deep. The caller's own abort (a plain `AbortError`) is a `NetworkError` that is not
 * retryable, with `details.sdk_reason = "aborted"`. Never throws.
 *
 * @param cause - What the failed call threw (an `Error`, a `DOMException`, an `AggregateError`, anything).
 * @returns A `TimeoutError` or a `NetworkError` whose `cause` is `cause`.
 */
export function errorFromNetworkFailure(cause: unknown): NetworkError {
  const network = detectNetworkFailure(cause);
  const input: Input = { headers: [], body: undefined, network };
  return make(new Context(input, {}), null, { value: cause }, true).error as NetworkError;
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
 * @param text - What the developer pasted: a raw HTTP response, `curl -i`/`-v` output, a HAR file or entry, a response object, a bare body, a logged error, or a network error text.
 * @param opts - The mapping options: `source`, `providerId`, `grantId`, `now`, `entry`.
 * @returns The error the SDK raises, or `null` when the response is not an error.
 * @throws {@link AlterValueError} for input that cannot be read; its message says what was expected.
 */
export function classify(text: string, opts?: MapOptions): AlterSDKError | null {
  const o = checkOptions(opts);
  const parsed = parseResponse(text, o.source, o.entry);
  return make(new Context(parsed, o, { input: parsed, text }), null, undefined, false).error;
}

/**
 * The text a paste's clients may be named in: what was printed around the response, not the
 * response's body (the server's words: a proxy's `stripe.error.APIError` is its upstream's, not
 * the caller's client), nor a HAR's or a web page's other entries and scripts, nor a body pasted alone.
 * In a printout, a body that is its words after the status (no JSON, XML or HTML: twilight's "url: Url { ... },
 * error: DiscordJsonError { ... }") is the client's, and is read; a response's body, whatever it is, is the server's.
 */
function printed(input: ParsedInput, text: string): string | undefined {
  if (input.format === "har" || input.format === "json-body") return undefined;
  const servers = typeof input.body === "string" && input.body !== "" && (input.format !== "log" || /^\s*[{[<]/.test(input.body));
  const body = servers ? text.indexOf(input.body as string) : -1;
  // An HTML page's own words (its links, its CDN's name) are the server's: only the client's text around it is read (datadogpy's
  // traceback around the "403 Forbidden" page it could not parse), and none when the page is all there is.
  if (input.format === "html-page" && body < 0) return undefined;
  return body < 0 ? text : text.slice(0, body) + text.slice(body + (input.body as string).length);
}

/**
 * Like `classify`, with the reasons: what was read, the provider, the rule that decided,
 * every rule tried, and where each field's value came from.
 *
 * @param text - What the developer pasted (the forms `classify` reads).
 * @param opts - The mapping options: `source`, `providerId`, `grantId`, `now`, `entry`.
 * @returns The error (or `null`), what was read, the provider, the deciding rule, the trace, and each field's source.
 * @throws {@link AlterValueError} for input that cannot be read, as `classify` does.
 */
export function explain(text: string, opts?: MapOptions): Explanation {
  const o = checkOptions(opts);
  const input = parseResponse(text, o.source, o.entry);
  const ctx = new Context(input, o, { input, text });
  const trace: TraceStep[] = [];
  const made = make(ctx, trace, undefined, false);
  const challenges = ctx.challengesIfAny();
  const who = made.decision.provider;
  return {
    error: made.error,
    input,
    ...(who ? { provider: { id: who.provider.id, name: who.provider.name, evidence: who.evidence } } : {}),
    rule: made.decision.rule.id,
    trace,
    fields: made.fields,
    source: made.decision.source,
    sourceFromOptions: made.decision.sourceFromOptions,
    ...(challenges ? { challenges } : {}),
  };
}

export type { Source, ErrorName };

/**
 * The providers the SDK knows (spec section 14), as the mapper reads them: one entry per
 * provider file, and how a response's provider is identified. Adding a provider is adding
 * its file and one line to {@link PROVIDER_MATCHERS} (and its docs to `docs.ts`, which
 * the compiler then asks for).
 *
 * Identification: `opts.providerId` (or an alias) names the entry; without it, a pasted
 * printout that only one provider's SDK makes (botocore's `ClientError`), else the host of
 * the request URL (looked up suffix by suffix in one map), else the first entry whose
 * fingerprint header is present, looked up by header name in one map (never by trying
 * every provider); the provider rules then also look for a body shape only one provider
 * sends. A `providerId` naming no entry turns fingerprints off: only the generic
 * rules apply.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderMap } from "../response.js";
import type { Identified, MappingRule, RuleContext } from "../rules/context.js";
import { anchorsOf, asText, compile, HEADER, MAX_TEXT, Patterns, SCALAR_BODY, TEXT_BODY, type Anchor, type Tester } from "./match.js";
import { isRecord } from "../snapshot.js";
import { signalRule } from "./signal.js";
import type { Match, Provider } from "./types.js";
import { google } from "./google.js";
import { microsoft } from "./microsoft.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { bitbucket } from "./bitbucket.js";
import { slack } from "./slack.js";
import { discord } from "./discord.js";
import { notion } from "./notion.js";
import { atlassian } from "./atlassian.js";
import { asana } from "./asana.js";
import { linear } from "./linear.js";
import { airtable } from "./airtable.js";
import { hubspot } from "./hubspot.js";
import { salesforce } from "./salesforce.js";
import { intercom } from "./intercom.js";
import { zendesk } from "./zendesk.js";
import { shopify } from "./shopify.js";
import { stripe } from "./stripe.js";
import { xero } from "./xero.js";
import { quickbooks } from "./quickbooks.js";
import { dropbox } from "./dropbox.js";
import { box } from "./box.js";
import { zoom } from "./zoom.js";
import { linkedin } from "./linkedin.js";
import { x } from "./x.js";
import { spotify } from "./spotify.js";
import { figma } from "./figma.js";
import { okta } from "./okta.js";
import { auth0 } from "./auth0.js";
import { aws } from "./aws.js";
import { openai } from "./openai.js";
import { anthropic } from "./anthropic.js";
import { azure } from "./azure.js";
import { meta } from "./meta.js";
import { telegram } from "./telegram.js";
import { plaid } from "./plaid.js";
import { paypal } from "./paypal.js";
import { cloudflare } from "./cloudflare.js";
import { openrouter } from "./openrouter.js";
import { azureOpenai } from "./azure-openai.js";
import { vonage } from "./vonage.js";
import { twilio } from "./twilio.js";
import { sendgrid } from "./sendgrid.js";
import { dockerHub } from "./docker-hub.js";
import { binance } from "./binance.js";
import { azureStorage } from "./azure-storage.js";
import { huggingface } from "./huggingface.js";
import { datadog } from "./datadog.js";
import { supabase } from "./supabase.js";
import { mailgun } from "./mailgun.js";
import { postmark } from "./postmark.js";
import { monday } from "./monday.js";
import { pipedrive } from "./pipedrive.js";
import { clickup } from "./clickup.js";
import { calendly } from "./calendly.js";
import { mailchimp } from "./mailchimp.js";
import { zoho } from "./zoho.js";
import { groq } from "./groq.js";
import { mistral } from "./mistral.js";
import { digitalocean } from "./digitalocean.js";
import { vercel } from "./vercel.js";
import { heroku } from "./heroku.js";
import { pagerduty } from "./pagerduty.js";
import { sentry } from "./sentry.js";
import { replicate } from "./replicate.js";
import { klaviyo } from "./klaviyo.js";
import { mapbox } from "./mapbox.js";
import { openweathermap } from "./openweathermap.js";
import { ipinfo } from "./ipinfo.js";
import { twitch } from "./twitch.js";
import { bluesky } from "./bluesky.js";
import { paddle } from "./paddle.js";
import { square } from "./square.js";
import { algolia } from "./algolia.js";
import { pinecone } from "./pinecone.js";
import { docusign } from "./docusign.js";
import { servicenow } from "./servicenow.js";
import { mongodbAtlas } from "./mongodb-atlas.js";
import { neon } from "./neon.js";
import { upstash } from "./upstash.js";
import { convex } from "./convex.js";
import { strava } from "./strava.js";
import { tesla } from "./tesla.js";
import { smartthings } from "./smartthings.js";
import { canvas } from "./canvas.js";
import { azureAi } from "./azure-ai.js";
import { xai } from "./xai.js";
import { deepseek } from "./deepseek.js";
import { perplexity } from "./perplexity.js";

/** Every provider's matchers, in the order of spec section 14, then the providers added beyond it (the first whose fingerprint is present wins). */
export const PROVIDER_MATCHERS = [
  google, microsoft, github, gitlab, bitbucket, slack, discord, notion, atlassian, asana, linear, airtable, hubspot, salesforce, intercom, zendesk, shopify, stripe, xero, quickbooks, dropbox, box, zoom, linkedin, x, spotify, figma, okta, auth0, aws, openai, anthropic, azure, meta, telegram, plaid, paypal, cloudflare, openrouter, azureOpenai, vonage, twilio, sendgrid, dockerHub, binance, azureStorage, huggingface, datadog, supabase, mailgun, postmark, monday, pipedrive, clickup, calendly, mailchimp, zoho, groq, mistral, digitalocean, vercel, heroku, pagerduty, sentry, replicate, klaviyo, mapbox, openweathermap, ipinfo, twitch, bluesky, paddle, square, algolia, pinecone, docusign, servicenow, mongodbAtlas, neon, upstash, convex, strava, tesla, smartthings, canvas, azureAi, xai, deepseek, perplexity,
] as const;

/**
 * The request-id headers of the providers that only their servers send, for a printout of a response's headers nobody reads as
 * headers (an OkHttp log line above the exception: `X-GitHub-Request-Id: 246E5544:...`). Not the names clients send too or every
 * API may use (`x-request-id`, `request-id`, `client-request-id`, `x-transaction-id`): a request's own headers print them.
 */
export const PROVIDER_ONLY_ID_HEADERS: readonly string[] = [...new Set(PROVIDER_MATCHERS.flatMap((p) => (p as Provider).requestIdHeaders ?? []))].filter(
  (h) => !["request-id", "client-request-id", "x-request-id", "x-transaction-id"].includes(h),
);

/** A known provider's id. */
export type ProviderId = (typeof PROVIDER_MATCHERS)[number]["id"];

/** The rule id of a provider signal: `provider.<id>.<name>` (or a kept `quirk.*` id). */
export type ProviderSignalId = (typeof PROVIDER_MATCHERS)[number] extends infer P ? (P extends { readonly signals: infer S } ? keyof S & string : never) : never;

const BY_SLUG = new Map<string, Provider>();
const BY_HEADER = new Map<string, { provider: Provider; rank: number }>();
const BY_HOST = new Map<string, Provider>();
/** The providers whose server software a company may run on its own host, in table order. */
const SELF_HOSTED: Provider[] = [];
const RULES = new Map<Provider, readonly MappingRule[]>();
/**
 * The body fingerprints, in table order, each compiled: a fingerprint that is `any` of several
 * shapes is one entry per shape, so that only the shapes a body reaches are tried.
 */
const BY_BODY: [Provider, Tester][] = [];
/**
 * The fingerprints' anchors as a tree of member names (`[]` and {@link TEXT_BODY} at its top
 * for a list body and a text body), each node listing the fingerprints (indexes into
 * {@link BY_BODY}) one of whose anchors ends there. A body is walked down it by its own
 * members, so a JSON body costs a lookup per member the tree has a branch for, not a test
 * per provider.
 */
interface AnchorNode {
  readonly ends: number[];
  /** The fingerprints whose anchor ends here only when the value here is a list. */
  readonly lists: number[];
  readonly next: Map<string, AnchorNode>;
  /** The fingerprints whose anchor ends here only when the value here is one of these (a string, or a scalar's text). */
  readonly values: Map<string, number[]>;
  /** The fingerprints whose anchor ends here only when the value's text matches a pattern: tested together, see {@link Patterns}. */
  readonly patterns: Patterns;
}
const node = (): AnchorNode => ({ ends: [], lists: [], next: new Map(), values: new Map(), patterns: new Patterns() });
const ANCHORS: AnchorNode = node();
/** The fingerprints that may hold without any anchor: tried on every body. */
const UNANCHORED: number[] = [];

function addAnchor(anchor: Anchor, at: number): void {
  let here = ANCHORS;
  for (const key of anchor.path) {
    let child = here.next.get(key);
    if (child === undefined) here.next.set(key, (child = node()));
    here = child;
  }
  if (anchor.pattern !== undefined) here.patterns.add(anchor.pattern, at);
  else if (anchor.list) here.lists.push(at);
  else if (anchor.values === undefined) here.ends.push(at);
  else {
    for (const value of anchor.values) {
      const list = here.values.get(value);
      if (list === undefined) here.values.set(value, [at]);
      else if (!list.includes(at)) list.push(at);
    }
  }
}

/**
 * How many fingerprint parts test each place of a body: a place many providers test (`error.code`) is reached by many
 * bodies, one only one tests (`user_id`) by few. An `all` is anchored on its rarest place, so a common body tries few shapes.
 */
const PLACE_USES = new Map<string, number>();
const placeOf = (a: Anchor): string => a.path.join("\u0000");
function countPlaces(match: Match): void {
  if ("all" in match) match.all.forEach(countPlaces);
  else if ("any" in match) match.any.forEach(countPlaces);
  else for (const a of anchorsOf(match) ?? []) PLACE_USES.set(placeOf(a), (PLACE_USES.get(placeOf(a)) ?? 0) + 1);
}
/** A place's cost: none for a value it must be or match (few bodies hold it), else how many parts test the place. */
const placeCost = (a: Anchor): number => (a.values !== undefined || a.pattern !== undefined ? 0 : (PLACE_USES.get(placeOf(a)) ?? 0));
for (const p of PROVIDER_MATCHERS) if (p.fingerprints?.body) countPlaces(p.fingerprints.body);

PROVIDER_MATCHERS.forEach((p: Provider, rank) => {
  for (const slug of [p.id, ...(p.aliases ?? [])]) BY_SLUG.set(slug, p);
  for (const header of p.fingerprints?.headers ?? []) if (!BY_HEADER.has(header)) BY_HEADER.set(header, { provider: p, rank });
  for (const host of p.hosts) if (!BY_HOST.has(host)) BY_HOST.set(host, p);
  if (p.selfHosted) SELF_HOSTED.push(p);
  const body = p.fingerprints?.body;
  for (const shape of body === undefined ? [] : "any" in body ? body.any : [body]) {
    const anchors = anchorsOf(shape, placeCost);
    const at = BY_BODY.push([p, compile(shape)]) - 1;
    if (anchors === undefined) UNANCHORED.push(at);
    else for (const anchor of anchors) addAnchor(anchor, at);
  }
  RULES.set(
    p,
    Object.entries(p.signals).map(([id, signal]) => signalRule(id, signal!)),
  );
});

/** The provider a slug names (its id or an alias, any case); `undefined` for an unknown slug. */
export function findProvider(slug: string): Provider | undefined {
  return BY_SLUG.get(slug.trim().toLowerCase());
}

/**
 * The provider a response came from, by name or by header: `opts.providerId` when it
 * names a known provider; else, when no `providerId` was given, the first provider (in
 * table order) one of whose fingerprint headers the response carries.
 */
export function identify(
  providerId: string | undefined,
  headers: HeaderMap,
  printedBy?: { id: string; by: string },
  url?: string,
): Identified | undefined {
  if (providerId !== undefined && providerId !== "") {
    const named = findProvider(providerId);
    return named ? { provider: named, evidence: "opts.providerId", named: true } : undefined;
  }
  const host = url === undefined ? undefined : hostOf(url);
  // A printout's name may run the API's words together (n8n's `googleSheets` node): then its first word names it.
  const printer = printedBy && (findProvider(printedBy.id) ?? findProvider(/^[a-z]+(?=[A-Z])/.exec(printedBy.id)?.[0] ?? ""));
  // Shown in brackets after the name: the printout's own aside ("(it does not print the status)") is left to the reading's warnings.
  if (printer && calledBy(printer, url, headers.first("server"))) return { provider: printer, evidence: `the printout of ${printedBy!.by.replace(/ \(.*\)$/, "")}`, named: false };
  const byHost = host === undefined ? undefined : providerOfHost(host);
  if (byHost) return { provider: byHost, evidence: `request URL host ${host}`, named: false };
  const selfHosted = host === undefined ? undefined : providerOfSelfHosted(host, /^[a-z]+:\/\/[^/?#]*(\/[^?#]{0,200})/i.exec(url!)?.[1] ?? "");
  if (selfHosted) return { provider: selfHosted, evidence: `request URL host ${host}, a self-hosted ${selfHosted.name}'s API path`, named: false };
  let best: { provider: Provider; rank: number } | undefined;
  let header = "";
  for (let i = 0; i < headers.pairs.length; i++) {
    const name = headers.pairs[i]![0];
    const hit = BY_HEADER.get(headers.lowerName(i));
    if (hit && (best === undefined || hit.rank < best.rank)) {
      best = hit;
      header = name;
    }
  }
  return best && { provider: best.provider, evidence: `header ${header}`, named: false };
}

/**
 * Whether a call to `url` (`undefined`: none shown) can be `p`'s when its client printed it or its body's shape says so: always,
 * unless others serve a copy of its API (`Provider.apiCopied`) and the URL's host is not its own.
 */
export function calledBy(p: Provider, url: string | undefined, server?: string): boolean {
  if (p.copies !== undefined && server !== undefined && p.copies.test(server.trim())) return false;
  if (!p.apiCopied || url === undefined) return true;
  const host = hostOf(url);
  return host === undefined || providerOfHost(host) === p;
}

/**
 * The lowercase host of an absolute http(s) URL, without a port, or of one a client printed without its scheme (Guzzle's
 * `POST hooks.slack.com/services/...`) when it starts with a domain name; `undefined` for anything else.
 */
function hostOf(url: string): string | undefined {
  const u = url.trim();
  const m = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(u) ?? /^([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24})(?=[:/?#]|$)/i.exec(u);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The provider a self-hosted instance's host and path name (`gitlab.example.com` and `/api/v4/...`); `undefined` when none does. */
export function providerOfSelfHosted(host: string, path: string): Provider | undefined {
  if (SELF_HOSTED.length === 0 || host.length > 253) return undefined;
  // A word of a label counts too (`gitlab-prod.corp.com`, `my-ghes-instance.example.com`).
  const labels = host.toLowerCase().split(/[.-]/, 40);
  return SELF_HOSTED.find((p) => p.selfHosted!.labels.some((l) => labels.includes(l)) && p.selfHosted!.path.test(path));
}

/** The provider whose host is `host` or a parent domain of it: one lookup per label. */
export function providerOfHost(host: string): Provider | undefined {
  for (let at = 0; at >= 0 && at < host.length; at = host.indexOf(".", at) + 1 || -1) {
    const hit = BY_HOST.get(host.slice(at));
    if (hit) return hit;
  }
  return undefined;
}

/** A provider identified by a body shape only it sends; only when no `providerId` was given. */
export function identifyByBody(ctx: RuleContext): Identified | undefined {
  // (An empty body still has its headers: S3's bodyless 403 to a HEAD names its server, `Server: AmazonS3`.)
  if (ctx.opts.providerId) return undefined;
  // Tries the fingerprints whose anchor the response reaches, in table order: the first whose shape holds wins.
  const hits = candidates(ctx);
  for (let i = 0; i < hits.length; i++) {
    if (i > 0 && hits[i] === hits[i - 1]) continue;
    const [p, shape] = BY_BODY[hits[i]!]!;
    // A copy of its API sends its bodies too (an S3 `<Error>` from Spaces): the call's own host says whose it is.
    if (shape(ctx) !== undefined && calledBy(p, ctx.url, ctx.headers.first("server"))) return { provider: p, evidence: ctx.body.kind === "empty" ? "a header's value" : "body shape", named: false };
  }
  return undefined;
}

/** The body shapes a response reaches the anchor of (indexes into {@link BY_BODY}, in table order, a repeat beside its first): the only ones tried. */
function candidates(ctx: RuleContext): number[] {
  const hits: number[] = [];
  pushAll(hits, UNANCHORED);
  const body = ctx.body;
  if (body.kind === "text" || body.kind === "invalid-json") {
    const text = ANCHORS.next.get(TEXT_BODY);
    pushAll(hits, text?.ends);
    text?.patterns.collect(body.text.length > MAX_TEXT ? body.text.slice(0, MAX_TEXT) : body.text, hits);
  } else if (body.kind === "json" && Array.isArray(body.value)) pushAll(hits, ANCHORS.next.get("[]")?.ends);
  else if (body.kind === "json" && asText(body.value) !== undefined) {
    const scalar = ANCHORS.next.get(SCALAR_BODY);
    if (scalar !== undefined) reach(body.value, scalar, hits, true);
  }
  // A small body's members are few: they are looked up in the tree. A large one may have thousands: the tree's branches are looked up in it.
  else if (body.kind === "json") markReached(body.value, ANCHORS, hits, body.text === undefined || body.text.length <= SMALL_BODY);
  // The headers a fingerprint names, by the response's own names (a field sent twice is tested with its values joined, as the shape reads it).
  const named = ANCHORS.next.get(HEADER);
  if (named !== undefined) {
    for (let i = 0; i < ctx.headers.pairs.length; i++) {
      const name = ctx.headers.lowerName(i);
      const child = named.next.get(name);
      if (child !== undefined) reach(ctx.headers.get(name), child, hits, true);
    }
  }
  // A handful, against the table's many: an insertion sort of them costs less than scanning the table (or a sort's callbacks).
  for (let i = 1; i < hits.length; i++) {
    const at = hits[i]!;
    let j = i - 1;
    for (; j >= 0 && hits[j]! > at; j--) hits[j + 1] = hits[j]!;
    hits[j + 1] = at;
  }
  return hits;
}

/** The providers whose body shapes a response would have tried, in order: for the test that identification tries few. */
export function bodyShapesTried(ctx: RuleContext): string[] {
  return candidates(ctx).filter((at, i, all) => i === 0 || all[i - 1] !== at).map((at) => BY_BODY[at]![0].id);
}

function pushAll(to: number[], from: readonly number[] | undefined): void {
  if (from !== undefined) for (const at of from) to.push(at);
}

/** Characters of JSON under which a body's members are walked; above it, the tree's branches (a bounded number). */
const SMALL_BODY = 1024;

/** Walks `value` down the anchor tree from `node`, collecting in `hits` the fingerprints whose anchors it reaches. */
function markReached(value: unknown, node: AnchorNode, hits: number[], small: boolean): void {
  if (!isRecord(value)) return;
  if (small) {
    for (const key in value) {
      const child = node.next.get(key);
      if (child !== undefined && Object.hasOwn(value, key)) reach(value[key], child, hits, small);
    }
  } else for (const [key, child] of node.next) if (Object.hasOwn(value, key)) reach(value[key], child, hits, small);
}

/** `value` reached `child` of the anchor tree: the anchors that end there, those its value is one of the values of, and those deeper. */
function reach(value: unknown, child: AnchorNode, hits: number[], small: boolean): void {
  pushAll(hits, child.ends);
  if (child.lists.length > 0 && Array.isArray(value)) pushAll(hits, child.lists);
  if (child.values.size > 0 || !child.patterns.empty) {
    const text = asText(value);
    if (text !== undefined) {
      pushAll(hits, child.values.get(text));
      child.patterns.collect(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, hits);
    }
  }
  if (child.next.size > 0) markReached(value, child, hits, small);
}

/** A provider's signals as mapping rules, in table order. */
export function signalRulesOf(p: Provider): readonly MappingRule[] {
  return RULES.get(p) ?? [];
}

/**
 * The shape of provider knowledge (spec section 14): what a provider file declares, as
 * data. A provider file exports two objects: its matchers (a {@link Provider}: what the
 * mapper needs to classify) and its docs (a {@link ProviderDocs}: statements, sources,
 * real examples, which the site and the tests read). The classifier's bundle imports only
 * the first, so prose never weighs on the page that maps responses.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "../tree.js";
import type { MapOptions } from "../types.js";

/**
 * A path into a JSON body: members separated by `.`, and `[]` after a member for every
 * item of that list (`error.details[].reason`, `errors[].extensions.code`). A path that
 * starts with `[]` walks a body that is itself a list (`[].errorCode`). `""` is the body.
 * A member whose name holds a dot escapes it: `error.\.tag` is Dropbox's `error[".tag"]`.
 */
export type JsonPath = string;

/**
 * How a value read from a response is tested. At most one of these; none means "present
 * as a scalar" (a string, a number or a boolean: an object or a list is not a code).
 */
export interface ValueTest {
  /** The value (a string; a number or a boolean as its text: `403`, `false`) equals this, or one of these. */
  readonly is?: string | readonly string[];
  /**
   * The value matches this pattern. Patterns are linear (no nested or adjacent quantifiers
   * that can backtrack over the input) and start with a literal; the tests run each on
   * 1 MB adversarial text.
   */
  readonly matches?: RegExp;
}

/** A header's value (name in lowercase). Several fields of the name are joined with ", ". */
export interface HeaderMatch extends ValueTest {
  readonly header: string;
}

/** A JSON body member: matches when any value the path reaches passes the test. */
export interface JsonMatch extends ValueTest {
  readonly json: JsonPath;
}

/** The text of the first `<name>…</name>` element of an XML body (AWS's `<Code>`, QuickBooks' `<Message>`). */
export interface XmlMatch extends ValueTest {
  readonly xml: string;
}

/**
 * A pattern in what a client printed around a pasted response, not the server's body (the GitHub CLI's "To request it, run:  gh
 * auth refresh -h github.com -s codespace" below the server's 403); never holds for a real call's response.
 */
export interface PrintedMatch {
  readonly printed: RegExp;
}

/** A pattern anywhere in the body's text (a plain-text or HTML body; the first 64 KiB). */
export interface TextMatch {
  readonly text: RegExp;
}

/** Two comma-separated header lists that share no member (GitHub's accepted and granted OAuth scopes). */
export interface DisjointMatch {
  readonly disjoint: readonly [header: string, other: string];
}

/** The response had no status (a bare body pasted alone). */
export interface NoStatusMatch {
  readonly noStatus: true;
}

/** The request URL is known and matches the pattern (Discord: an API version the path names, or none). */
export interface UrlMatch {
  readonly url: RegExp;
}

/** The request method is known and is one of these (Notion: a write must not be repeated). */
export interface MethodMatch {
  readonly method: readonly string[];
}

/** What a signal reads. Compose with `all`, `any` and `not`. */
export type Match =
  | NoStatusMatch
  | MethodMatch
  | UrlMatch
  | HeaderMatch
  | JsonMatch
  | XmlMatch
  | TextMatch
  | PrintedMatch
  | DisjointMatch
  | { readonly all: readonly Match[] }
  | { readonly any: readonly Match[] }
  | { readonly not: Match };

/**
 * A provider's message, read where it can be: the JSON member(s) `json` passing `test`, or,
 * when a client printed the message alone (the GitHub CLI, auth0-java, a Figma script), the
 * body's text matching `text`. `text` defaults to `test.matches`; an `is` list needs its own
 * (the compiler says so), as does a printout that differs from the member's value.
 *
 * @param json - The member, or the members of the provider's body shapes, in order.
 * @param test - What the member's value must be.
 * @param text - The pattern for the message printed alone.
 */
export function said(json: JsonPath | readonly JsonPath[], test: { readonly matches: RegExp }, text?: RegExp): Match;
export function said(json: JsonPath | readonly JsonPath[], test: { readonly is: string | readonly string[] }, text: RegExp): Match;
export function said(json: JsonPath | readonly JsonPath[], test: { readonly matches: RegExp } | { readonly is: string | readonly string[] }, text?: RegExp): Match {
  const members = (typeof json === "string" ? [json] : json).map((path): Match => ({ json: path, ...test }));
  return { any: [...members, { text: text ?? (test as { readonly matches: RegExp }).matches }] };
}

/**
 * Where a response names the scopes it lacks. The first pick that finds any wins.
 * A list value keeps its string members; a string is split on `split` (default: read
 * whole); with `capture`, the pattern's first group is taken from the text (then split).
 * `documented` is the scope the provider's docs name for this response when the response
 * names none (Salesforce's `api`): put it last.
 */
export type ScopePick =
  | { readonly header: string; readonly split?: string; readonly capture?: RegExp }
  | { readonly json: JsonPath; readonly split?: string; readonly capture?: RegExp }
  | { readonly text: RegExp; readonly split?: string }
  | { readonly printed: RegExp; readonly split?: string }
  | { readonly documented: readonly string[] };

/**
 * Where a response says how long to wait, besides the generic places (`Retry-After`,
 * `retry-after-ms`, a spent rate limit's reset header, a body's `retry_after`; spec
 * section 8). A header is read as a reset value (epoch seconds or ms, delta seconds,
 * ISO-8601, HTTP-date, or a duration such as `6m0s`), or with `unit: "ms"` as a count of
 * milliseconds (AWS's `x-amz-retry-after`); a JSON member as seconds (or a duration)
 * (`unit: "ms"` for milliseconds, `unit: "reset"` for a reset header's value the body repeats: OpenRouter's
 * `error.metadata.headers.X-RateLimit-Reset`) or, with `capture`, the date or seconds its text names;
 * `seconds` is the wait the provider's docs prescribe when the response names none
 * (GitHub: at least a minute after a secondary rate limit); `spentRateLimit` the reset
 * header of whichever of the provider's `rateLimit` pairs is spent (remaining `0`);
 * `untilUtc` the next time of day (`"00:00"`, UTC) after the response's `Date` (or now),
 * for a daily quota the docs say resets then (LinkedIn, Zoom); `text` the first group of a
 * pattern in a body that is text (a client's printout of the provider's message), read as a
 * duration or seconds (with `unit: "reset"` as a reset value: Binance's "IP banned until <epoch ms>");
 * `refill` the time a bucket that refills at `perSecond` points a second takes to hold `needed` from
 * `available` (Shopify's GraphQL cost, whose throttle names no wait). A pick that names a generic place (`retry-after`, body `retry_after`)
 * is read as the pick says instead of the generic way: Discord's legacy API counts both in
 * milliseconds.
 */
export type WaitPick =
  | { readonly header: string; readonly unit?: "ms" }
  | { readonly seconds: number }
  | { readonly spentRateLimit: true }
  | { readonly untilUtc: string }
  | { readonly json: JsonPath; readonly unit?: "s" | "ms" | "reset"; readonly capture?: RegExp }
  | { readonly text: RegExp; readonly unit?: "reset" }
  | { readonly refill: { readonly needed: JsonPath; readonly available: JsonPath; readonly perSecond: JsonPath } };

/** The classes a provider signal may yield: the provider error family, or no error. */
export type SignalError = Extract<ErrorName, "ProviderAPIError" | "ScopeReauthRequiredError" | "ProviderUnauthorizedError">;

/** One provider signal: a row of `RULES` in the `provider` group. */
export interface Signal {
  /**
   * The statuses it applies to. `"any"`: every status, 2xx included, and a bare body with
   * no status (Slack's `ok: false` comes with a 200). `"success"`: a status below 400, or
   * none. Omitted: any status of 400 or more.
   */
  readonly status?: readonly number[] | "any" | "success";
  /** What it reads. */
  readonly when: Match;
  /** What it yields: a class, or `null` for "not an error". */
  readonly error: SignalError | null;
  /** Where the missing scopes are named (for `ScopeReauthRequiredError`). */
  readonly missingScopes?: readonly ScopePick[];
  /** Whether retrying can help, when the provider says; it wins over the status (spec section 8). */
  readonly retryable?: boolean;
  /** Where the wait is, when the provider says it somewhere of its own. */
  readonly wait?: readonly WaitPick[];
}

/** A rule id of a provider's signals: `provider.<id>.<name>` (the Slack and GitHub quirks keep `quirk.<id>.<name>`). */
export type SignalId<Id extends string> = `provider.${Id}.${string}` | `quirk.${Id}.${string}`;

/**
 * A provider's matchers, its signal ids kept as literal types (so that `RuleId` is a
 * union the compiler checks) and each checked against `provider.<id>.<name>`.
 *
 * @param p - The provider.
 */
export function provider<const Id extends string, const S extends { readonly [K in keyof S]: Signal }>(
  p: Omit<Provider<Id>, "signals"> & { readonly id: Id; readonly signals: S & { readonly [K in keyof S]: K extends SignalId<Id> ? Signal : never } },
): Omit<Provider<Id>, "signals"> & { readonly id: Id; readonly signals: S } {
  return p;
}

/** One place a provider's request id may be read besides its headers: see {@link Provider.bodyRequestId}. */
export type RequestIdPick =
  | JsonPath
  | { readonly xml: string }
  | { readonly json: JsonPath; readonly capture: RegExp }
  | { readonly json: JsonPath; readonly words: true }
  | { readonly text: RegExp }
  | { readonly printed: RegExp };

/** A provider's remaining-count header and its reset header (spec section 5, spent rate limit). */
export interface RateLimitHeaders {
  readonly remaining: string;
  readonly reset?: string;
}

/** What the mapper knows of one provider (spec section 14). */
export interface Provider<Id extends string = string> {
  /** The lowercase slug used as `providerId`. */
  readonly id: Id;
  /** The name people know it by. */
  readonly name: string;
  /** Other slugs that name it (`msgraph`, `jira`, `twitter`). */
  readonly aliases?: readonly string[];
  /**
   * The hosts its API and sign-in answer on (`googleapis.com`): a request URL on one of
   * them, or a subdomain of one, identifies it. The request's target is the surest
   * evidence a paste carries (a HAR, `curl -v`, a logged response object).
   */
  readonly hosts: readonly string[];
  /**
   * Whether its hosts serve its API and nothing else (an Azure OpenAI resource's `<name>.openai.azure.com`): then a URL to
   * one printed anywhere in a paste is an API call, whatever its path; another host's counts only when it looks like an
   * API's (`api.` first, a versioned path).
   */
  readonly apiOnlyHosts?: boolean;
  /**
   * Its server software on a company's own host (GitHub Enterprise Server, GitLab self-managed,
   * Jira and Bitbucket Data Center): a request URL whose host has one of these labels, or a
   * label with it as a word (`gitlab.example.com`, `gitlab-prod.corp.com`), and whose path only
   * its API has (`/api/v4/`). Asked after every provider's `hosts`: a label alone is a name
   * anyone may give a host.
   */
  readonly selfHosted?: { readonly labels: readonly string[]; readonly path: RegExp };
  /**
   * How its client libraries show in what a failed call prints: the last evidence a text paste
   * is read for (after the URL's host, the headers and the body's shape), and only when no other
   * provider's clients show in it too. Names no other API's clients use, read as code, never as
   * prose (an app's "Intercom API error" says nothing of where its failure came from):
   * - `packages`: a package, module or namespace, as the first one or two names of an
   *   exception's qualified name whose last name is capitalized (`tweepy` of
   *   `tweepy.errors.TooManyRequests`, `ShopifyAPI` of `ShopifyAPI::Errors::HttpResponseError`,
   *   `com.stripe` of `com.stripe.exception.RateLimitException`, `Google.Apis` of .NET's
   *   `Google.Apis.Requests.RequestError`), or as a directory under `site-packages`,
   *   `node_modules` or `gems` in a stack trace (`@octokit` of `node_modules/@octokit/request/`,
   *   `aws-sdk-core` of `gems/aws-sdk-core-3.191.0/`); `::`, `\` and `/` are written `.`;
   * - `classes`: the start of an exception class's name up to a capital, a digit or `_`
   *   (`Slack` of `SlackApiError`, `Discord` of `DiscordAPIError`, `Google` of `Google_Service_Exception`).
   *
   * Empty where no client's name is unmistakable: OpenAI's (its SDKs call every OpenAI-compatible API), Zoom's classes
   * (`Zoom` starts other words; Box's are `BoxAPI…` and `BoxSDK…`, not `Box…`).
   */
  readonly clients: { readonly packages: readonly string[]; readonly classes: readonly string[] };
  /**
   * A link to its own documentation that its errors print (Twilio's `more_info`, `https://www.twilio.com/docs/errors/21219`;
   * GitHub's `documentation_url`; HubSpot's `links.scopes`): one in a pasted printout, its body included, names it when nothing
   * surer does (after the clients, the API calls and the words), and when no other provider's link shows beside it. Only the
   * pages its error bodies link, not its site: a person's link to a guide is not the failure's. Bounded, and linear.
   */
  readonly errorLinks?: RegExp;
  /**
   * Set when its API's name is a protocol other APIs speak too ("OpenAI API error" from a client of OpenRouter or Groq): a
   * paste that only says its name in words ("<Name> API error") names no provider.
   */
  readonly nameIsProtocol?: true;
  /**
   * Set when other vendors serve a copy of its API that its own clients call (S3's, served by Cloudflare R2, Backblaze B2,
   * DigitalOcean Spaces, MinIO, Wasabi through the AWS SDKs): a printout of its client names it only when the request URL the
   * paste shows is on one of its `hosts`, or when it shows none. "AWS answered" over a `digitaloceanspaces.com` call is wrong.
   */
  readonly apiCopied?: true;
  /** The `Server` header of the vendors that serve a copy of its API, when they name themselves: such an answer is not its. */
  readonly copies?: RegExp;
  /** Its request-id headers, lowercase, in the order to prefer (spec section 3). */
  readonly requestIdHeaders?: readonly string[];
  /**
   * Where its error body carries a request id, when it does: JSON paths or XML elements, or the
   * first group of `capture` in a member's text (OpenAI's "Please include the request ID … in your
   * email"), or of `text` in a body that is text (a client printed only the message), or of `printed`
   * in what a client printed around a pasted response (not the server's body: Shopify's library prints
   * the `X-Request-Id` it got as "please include this id: …"), or a member whose id is a phrase of words by design (`words`:
   * Asana's "6 sad squid snuggle softly", which an id's blank would otherwise mark as cut); the first that holds one wins.
   */
  readonly bodyRequestId?: JsonPath | readonly RequestIdPick[];
  /**
   * What identifies it without a `providerId`: headers only it sends (lowercase), or a
   * body shape no one else sends. Only unmistakable evidence.
   */
  readonly fingerprints?: { readonly headers?: readonly string[]; readonly body?: Match };
  /** Its own remaining-count and reset headers, beyond the generic `x-ratelimit-*` names. */
  readonly rateLimit?: readonly RateLimitHeaders[];
  /** Where its error bodies put the message, in the order to try (else the generic places). */
  readonly message?: readonly JsonPath[];
  /**
   * Words of error messages its docs give with their status (OpenAI's error-codes guide: "429 - You exceeded your current quota,
   * please check your plan and billing details"), and that page: a paste that holds one of them and states no status is read with
   * that one. Spec section 11 takes a status only where the text states it: here the text states the words and the provider's docs
   * the status that comes with them, as google.rpc.Code's mapping does for a gRPC code; the reading's warning says so. Each pattern
   * is bounded; a text that holds two of them is a page that lists them, not a failure. A message another page of its docs gives
   * names that page third. The words also name the provider (they are its own), unless `shared`: other APIs send them too (S3's
   * messages, which every S3-compatible store sends), so they give the status and not whose it is.
   */
  readonly documentedStatus?: {
    readonly source: string;
    readonly messages: readonly (readonly [words: RegExp, status: number, source?: string])[];
    readonly shared?: true;
  };
  /** Its signals, by rule id, in the order they run. */
  readonly signals: { readonly [K in SignalId<Id>]?: Signal };
}

/** An example response from a public source, as the site, the gallery and the tests use it. */
export interface SourcedExample {
  /** The response as it was published (ids and tokens replaced by obvious fakes). */
  readonly text: string;
  /** The public URL where it was published. */
  readonly source: string;
  /** What was added to the published text, and why (a status line the source states in prose), when anything was. */
  readonly reconstructed?: string;
  /** Options to classify it with, beyond `{ providerId }` (which the tests also try without). */
  readonly opts?: MapOptions;
}

/** The documentation of one signal. */
export interface SignalDoc {
  /** The rule in one line, as the rules page, the provider's page and the site's table show it. */
  readonly statement: string;
  /**
   * What to do about this response, for this provider: one imperative sentence (two at most), the verdict's first line in the
   * classifier's card and under the class in the CLI, in place of the class's generic action ("retry when retryable, otherwise fix
   * the request" says nothing of an OpenAI account out of credit). The class's own recovery steps still follow, for the code that
   * catches every error of the class. It says only what the statement and its source say.
   */
  readonly action: string;
  /** The public URL where the provider documents or shows this response. */
  readonly source: string;
  /** Real responses from public sources; at least one. */
  readonly examples: readonly [SourcedExample, ...SourcedExample[]];
}

/** The questions the provider table answers for every provider (spec section 14). */
export type Question = "scope" | "credential" | "rateLimit" | "notRetryable";

/**
 * How a provider answers a question: the rules that decide it (its signals, or generic
 * rules such as `provider.401`), with a note when the rules need one; or `"not documented"`
 * when no public source shows the answer.
 */
export type Answer = { readonly rules: readonly string[]; readonly note?: string } | "not documented";

/** A provider's documentation: its pages, its answers, and a doc per signal. */
export interface ProviderDocs<P extends Provider = Provider> {
  /** The provider's public pages on its errors and limits. */
  readonly docs: readonly { readonly title: string; readonly url: string }[];
  /** Where its request id is documented or shown. */
  readonly requestIdSource?: string;
  /** How it answers each question. */
  readonly answers: { readonly [Q in Question]: Answer };
  /** What the provider leaves ambiguous, and other things a developer should know. */
  readonly notes?: readonly string[];
  /** One doc per signal: the compiler checks none is missing. */
  readonly signals: { readonly [K in keyof P["signals"]]-?: SignalDoc };
}

/**
 * What a mapping rule reads and what it returns. A rule is data plus one pure function:
 * it reads a {@link RuleContext} and returns a {@link Verdict} (or `undefined` when it does
 * not match). Everything the mapper does with the verdict (the class, typed fields, the
 * retry decision, where to find the wait) is in the verdict: no other module keys
 * behaviour on a rule's id.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "../tree.js";
import type { LoggedError, MapOptions, NetworkFailureMatch } from "../types.js";
import type { BodyRead, HeaderMap } from "../response.js";
import type { ChallengeParse } from "../www-authenticate.js";
import type { Provider, WaitPick } from "../providers/types.js";

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

/** The provider a response came from, and how the mapper knows (spec section 14). */
export interface Identified {
  /** Its entry of `PROVIDERS`. */
  readonly provider: Provider;
  /** How it was identified: `opts.providerId`, `header X-GitHub-Request-Id`, `body shape`. */
  readonly evidence: string;
  /** Identified by the caller (`opts.providerId` or an alias), not by a fingerprint. */
  readonly named: boolean;
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
  /** The SDK's own error as it was logged (`JSON.stringify(err)`), when that is what was pasted. */
  readonly logged: LoggedError | undefined;
  /** The backend envelope in the body, if any. */
  readonly envelope: Envelope | undefined;
  /** The provider named by `opts.providerId` or found by a header fingerprint (body shapes are looked at only by the provider rules). */
  readonly provider: Identified | undefined;
  /** A provider's client that printed the response and names no provider (openai-python): a provider's response all the same. */
  readonly providerClient: string | undefined;
  /** The parsed `WWW-Authenticate` fields (parsed on first use). */
  challenges(): ChallengeParse;
  /** What a client printed around a pasted response, not the server's body (gh's scope hint); `undefined` for a real call's. */
  printedText(): string | undefined;
  /** The provider's own words (`providerMessage` of the body, by the identified provider's places), read once: a dozen rules ask. */
  providerWords(): string | undefined;
}

/** What a rule decided. */
export interface Verdict {
  /** The class to raise, or `null` for "not an error". */
  readonly error: ErrorName | null;
  /** For the `source` group: which rules read the response. */
  readonly source?: "backend" | "provider";
  /** The message, when the rule has a better one than the mapper's default. */
  readonly message?: string;
  /** Typed field values the rule decided (wire keys). */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Where each of `fields` came from (wire key → source), for `explain().fields`. */
  readonly fieldSources?: Readonly<Record<string, string>>;
  /** Extra `details` keys the mapper sets (`sdk_reason`...). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** Whether retrying can help, when the rule knows better than the status (spec section 8): it wins. */
  readonly retryable?: boolean;
  /** Where to read the wait besides the generic places: a reset header, a body member (spec section 8, steps 3 and 4). */
  readonly wait?: readonly WaitPick[];
  /** A short note for the decision trace. */
  readonly note?: string;
}

/** The groups of the rule table, in the order they run. */
export type RuleGroup = "logged" | "network" | "poll" | "source" | "backend" | "provider" | "retry";

/** One mapping rule. Its statement lives in the docs tables, apart from the code that runs. */
export interface MappingRule<Id extends string = string> {
  /** Stable id (public API). */
  readonly id: Id;
  /** Which group it belongs to. */
  readonly group: Exclude<RuleGroup, "retry">;
  /** The classes it can produce (empty for a rule that says "not an error" or picks a source). */
  readonly produces: readonly ErrorName[];
  /** A provider rule that cannot decide without a status: a bare body reaching it is unreadable. */
  readonly needsStatus?: boolean;
  /** Its verdict, or `undefined` when it does not match. */
  readonly apply: (ctx: RuleContext) => Verdict | undefined;
}

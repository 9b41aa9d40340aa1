/**
 * Types shared by the parser, the mapper and the classifier.
 * Imported by both server and browser code: keep it free of Node and DOM APIs.
 * @module
 */

/**
 * Response headers in any of the forms the SDK accepts: a `Headers` object, a plain
 * object (`{ "Content-Type": "application/json" }`, a value may be a list), or a list of
 * `[name, value]` pairs. Header names are case-insensitive everywhere.
 */
export type HeadersLike =
  | { forEach(callback: (value: string, name: string) => void): void }
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | ReadonlyArray<readonly [string, string]>;

/** One header line as it was read: the name keeps its case as sent. */
export type HeaderPair = readonly [name: string, value: string];

/**
 * A response as `errorFromResponse` takes it: what the SDK's own HTTP layer has after a
 * call. Every member is optional so that partial knowledge (a bare body, a status alone)
 * can still be mapped.
 */
export interface ResponseLike {
  /** The HTTP status; absent for a bare body pasted on its own. */
  status?: number;
  /** The reason phrase of the status line, when one was sent. */
  statusText?: string;
  /** The response headers. */
  headers?: HeadersLike;
  /** The body, as text, or already parsed (an object is taken as JSON). */
  body?: unknown;
  /** The request URL, when known: it goes to `details.url` and tells a backend call apart. */
  url?: string;
  /** The request method, when known: it goes to `details.method`. */
  method?: string;
}

/**
 * Where a response came from, which decides the rules that map it.
 * - `auto` (the default): the backend when the body carries a code of the code table or
 *   the URL is on `API_ORIGIN`, otherwise a provider.
 * - `backend`: the Alter backend's envelope rules (spec section 4).
 * - `provider`: a provider's own response, mapped without an envelope (section 5).
 */
export type Source = "auto" | "backend" | "provider";

/** Options of every mapping entry point. */
export interface MapOptions {
  /** Which rules read an HTTP response. Default `"auto"`. */
  source?: Source;
  /** The provider the call went to (a lowercase slug such as `google`, `slack`, `github`). */
  providerId?: string;
  /** The grant the call used. */
  grantId?: string;
  /** The current time in ms since the epoch, for date arithmetic (default `Date.now()`). */
  now?: number;
  /**
   * For a HAR export: the index in `log.entries` of the entry to classify, instead of the
   * one the SDK picks (`ParsedInput.entries` lists the failed ones).
   */
  entry?: number;
}

/** How the pasted text was read (spec section 11). */
export type InputFormat =
  | "http"
  | "curl-i"
  | "curl-v"
  | "har"
  | "json-wrapper"
  | "json-body"
  | "network-text"
  | "html-page"
  | "sdk-error"
  | "log";

/** A failed request of a HAR export, as `ParsedInput.entries` lists it. */
export interface HarEntrySummary {
  /** Its 0-based position in `log.entries` (what `opts.entry` takes). */
  index: number;
  /** The request method. */
  method: string;
  /** The request URL. */
  url: string;
  /** The response status. */
  status: number;
  /** The response's media type, lowercased, without parameters (`application/json`), when it said. */
  mediaType?: string;
}

/** What `parseResponse` read from pasted text. */
export interface ParsedInput {
  /** Which of the accepted forms the text was. */
  format: InputFormat;
  /** The status of the response that counts; absent for a bare body or a network failure. */
  status?: number;
  /** The reason phrase of that response's status line, when there was one. */
  statusText?: string;
  /** The headers of the response that counts, in the order read. */
  headers: HeaderPair[];
  /** The body: text as read, or (format `json-body`) the parsed JSON value. Empty string when none. */
  body: unknown;
  /** The request URL (HAR, curl -v, a response object that carries one). */
  url?: string;
  /** The request method (HAR, curl -v, a response object that carries one). */
  method?: string;
  /** How many responses the text held (curl -i / -v after redirects or 100 Continue); the last counts. */
  responses?: number;
  /** For `network-text`: the failure recognised in the text. */
  network?: NetworkFailureMatch;
  /**
   * A provider the text names by its very format (botocore's `ClientError` is AWS's,
   * python-slack-sdk's `SlackApiError` Slack's), and which printout said so. It identifies
   * the provider as a fingerprint header would, when no `providerId` is given.
   */
  provider?: { id: string; by: string };
  /**
   * A provider's client printed it, one that names no single provider (openai-python is how
   * every OpenAI-compatible API is called): the response is a provider's, not the backend's.
   */
  providerClient?: string;
  /** For `sdk-error`: the error as it was serialized. */
  logged?: LoggedError;
  /** For a HAR export: every failed entry (status 400 or more), in order. */
  entries?: HarEntrySummary[];
  /** For a HAR export: the index in `log.entries` of the entry classified. */
  entry?: number;
  /**
   * What a person should know about the reading: what was reconstructed, skipped or cut,
   * and what the paste lacks ("no headers in this paste: the request id and the retry wait
   * are unknown"). Empty when the text was read whole as it is.
   */
  warnings: string[];
}

/**
 * An SDK error as `JSON.stringify(err)` wrote it (its `toJSON`): read back as the same
 * class with the same fields (secrets stay masked as they were logged).
 */
export interface LoggedError {
  /** The class name. */
  name: string;
  /** The message. */
  message: string;
  /** The request id, when it had one. */
  requestId?: string;
  /** Whether it was retryable. */
  retryable: boolean;
  /** Seconds to wait, when it said. */
  retryAfter?: number;
  /** Its `details`. */
  details: Record<string, unknown>;
  /** Its other members (the typed fields), by TS name. */
  fields: Record<string, unknown>;
}

/** A network failure recognised in an error object or in pasted text (spec section 6). */
export interface NetworkFailureMatch {
  /** `timeout` maps to `TimeoutError`, `network` to `NetworkError`. */
  kind: "timeout" | "network";
  /** The code or message that decided: `ETIMEDOUT`, `curl 28`, `Failed to fetch`, `AbortError`... */
  code: string;
  /** Where it was found, for the decision trace: `cause.code`, `errors[1].cause.name`, `text`... */
  where: string;
}

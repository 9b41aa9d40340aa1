/**
 * The reason phrases of the error statuses, shared by the readers (a status printed beside its phrase) and the messages (a body
 * whose message is only its status's phrase says nothing more).
 *
 * Imported by both server and browser code.
 * @module
 */

/** RFC 9110's reason phrases of the error statuses clients print beside the number (and WebDAV's 423 and 507, which OneDrive sends). */
export const REASONS: Readonly<Record<string, string>> = {
  "400": "Bad Request", "401": "Unauthorized", "402": "Payment Required", "403": "Forbidden", "404": "Not Found", "405": "Method Not Allowed",
  "408": "Request Timeout", "409": "Conflict", "410": "Gone", "412": "Precondition Failed", "413": "Payload Too Large", "415": "Unsupported Media Type",
  "422": "Unprocessable Entity", "423": "Locked", "429": "Too Many Requests", "500": "Internal Server Error", "501": "Not Implemented",
  "502": "Bad Gateway", "503": "Service Unavailable", "504": "Gateway Timeout", "507": "Insufficient Storage",
};

/**
 * RFC 9110's names for two phrases that RFC 7231 named otherwise, which newer servers and clients print (Python 3.13's
 * `http.HTTPStatus`, Rack 3.1, Mastodon's "422 Unprocessable Content"): a status's phrase either way.
 */
const RENAMED: Readonly<Record<string, string>> = { "413": "Content Too Large", "422": "Unprocessable Content" };

/** Every reason phrase with its status, RFC 9110's renamed ones beside the older: what the readers look for. */
export const REASON_PHRASES: readonly (readonly [status: string, phrase: string])[] = [...Object.entries(REASONS), ...Object.entries(RENAMED)];

/** Whether `phrase` is the reason phrase of `status`, in any case ("Service Unavailable", "service unavailable" of 503), either name of a renamed one. */
export function isReasonOf(status: string | number, phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return REASONS[status]?.toLowerCase() === lower || RENAMED[status]?.toLowerCase() === lower;
}

const STATUS_OF_PHRASE: ReadonlyMap<string, number> = new Map(REASON_PHRASES.map(([status, phrase]) => [phrase.toLowerCase(), Number(status)]));

/** The error status whose reason phrase `phrase` is, in any case ("too many requests" is 429's); `undefined` for other text. */
export function statusOfPhrase(phrase: string): number | undefined {
  return STATUS_OF_PHRASE.get(phrase.toLowerCase());
}

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

/** Whether `phrase` is the reason phrase of `status`, in any case ("Service Unavailable", "service unavailable" of 503). */
export function isReasonOf(status: string | number, phrase: string): boolean {
  return REASONS[status]?.toLowerCase() === phrase.toLowerCase();
}

/**
 * A Twirp call's failure (Twirp: Twitch's RPC protocol over HTTP; LiveKit's server API speaks it). Its server answers an HTTP
 * status with a JSON body `{"code": "not_found", "msg": "...", "meta": {...}}`, and its clients print the code, not always the
 * status: Go's `twirp.Error` ("twirp error unavailable: no response from servers"), livekit-api's Python `TwirpError`
 * ("TwirpError: ('not_found', 'object cannot be found')"). The code is read as the HTTP status the protocol's spec maps it to,
 * the status its server sent (https://twitchtv.github.io/twirp/docs/spec_v7.html#error-codes); `unknown` and `canceled`, as
 * gRPC's, say nothing of the call and are left unread.
 *
 * Imported by both server and browser code.
 * @module
 */
import { isRecord } from "../snapshot.js";
import { REASONS, readWith, type LogFormat } from "./printout.js";
import type { ParsedInput } from "../types.js";

/** Twirp's error codes → the HTTP status its spec (v7) maps each to. */
export const TWIRP_HTTP: ReadonlyMap<string, number> = new Map([
  ["invalid_argument", 400], ["malformed", 400], ["out_of_range", 400], ["unauthenticated", 401], ["permission_denied", 403],
  ["not_found", 404], ["bad_route", 404], ["deadline_exceeded", 408], ["already_exists", 409], ["aborted", 409],
  ["failed_precondition", 412], ["resource_exhausted", 429], ["internal", 500], ["dataloss", 500], ["data_loss", 500],
  ["unimplemented", 501], ["unavailable", 503],
]);

/** The status a Twirp error body states by its code: `code` a Twirp code beside `msg`, with nothing but `meta` besides; else `undefined`. */
export function twirpBodyStatus(value: Record<string, unknown>): number | undefined {
  if (typeof value.code !== "string" || typeof value.msg !== "string") return undefined;
  if (!Object.keys(value).every((k) => k === "code" || k === "msg" || (k === "meta" && isRecord(value.meta)))) return undefined;
  return TWIRP_HTTP.get(value.code);
}

/** Clients' printings: Go's `twirp.Error` string, livekit-api's Python TwirpError as its args' repr. */
const PRINTINGS: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "Go's twirp.Error", pattern: /\btwirp error ([a-z_]{3,30}): ([^\r\n]{0,2000})/ },
  { what: "livekit-api's TwirpError", pattern: /\bTwirpError: \('([a-z_]{3,30})', '([^'\r\n]{0,2000})'\)/ },
];

const TWIRP_ERROR: LogFormat = {
  name: "a Twirp error",
  find(t) {
    for (const p of PRINTINGS) {
      const m = p.pattern.exec(t);
      const status = m === null ? undefined : TWIRP_HTTP.get(m[1]!);
      if (m === null || status === undefined) continue;
      return {
        what: p.what,
        status,
        statusSaid: `it states the Twirp error code ${m[1]}, read as HTTP ${status} as the Twirp spec maps it`,
        ...(REASONS[status] !== undefined ? { statusText: REASONS[status] } : {}),
        rebuilt: { value: { code: m[1]!, msg: m[2]!.trim() }, from: "Twirp's error body rebuilt from the code and message its client printed" },
      };
    }
    return undefined;
  },
};

/** The Twirp error a client printed, read as the response to its call; `undefined` when the text holds none. */
export function readTwirpError(t: string): ParsedInput | undefined {
  return readWith([TWIRP_ERROR], t);
}

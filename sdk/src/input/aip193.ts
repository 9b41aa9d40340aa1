/**
 * AIP-193 error bodies (`{"error": {"code": 429, "message": ..., "status": "RESOURCE_EXHAUSTED"}}`):
 * Google's APIs and others built to Google's API Improvement Proposals. AIP-193 makes `error.code`
 * the HTTP status and `error.status` the google.rpc.Code name, so such a body pasted alone (as a
 * Python client prints it) states its own status, as a problem+json body's `status` does.
 *
 * Imported by both server and browser code.
 * @module
 */
import { isRecord } from "../snapshot.js";

/**
 * google.rpc.Code's error names → their number (the gRPC status code) and the HTTP status `code.proto` maps each to
 * ("HTTP Mapping: 403 Forbidden", https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto). `OK` is no error.
 */
export const GOOGLE_RPC: ReadonlyMap<string, { readonly code: number; readonly http: number }> = new Map([
  ["CANCELLED", { code: 1, http: 499 }], ["UNKNOWN", { code: 2, http: 500 }], ["INVALID_ARGUMENT", { code: 3, http: 400 }],
  ["DEADLINE_EXCEEDED", { code: 4, http: 504 }], ["NOT_FOUND", { code: 5, http: 404 }], ["ALREADY_EXISTS", { code: 6, http: 409 }],
  ["PERMISSION_DENIED", { code: 7, http: 403 }], ["RESOURCE_EXHAUSTED", { code: 8, http: 429 }], ["FAILED_PRECONDITION", { code: 9, http: 400 }],
  ["ABORTED", { code: 10, http: 409 }], ["OUT_OF_RANGE", { code: 11, http: 400 }], ["UNIMPLEMENTED", { code: 12, http: 501 }],
  ["INTERNAL", { code: 13, http: 500 }], ["UNAVAILABLE", { code: 14, http: 503 }], ["DATA_LOSS", { code: 15, http: 500 }],
  ["UNAUTHENTICATED", { code: 16, http: 401 }],
]);

/**
 * gRPC's own words for a message over its channel's size cap, which it reports as RESOURCE_EXHAUSTED (429 over HTTP): gRPC core's
 * "Received message larger than max (6349834 vs. 4194304)" and "Sent message larger than max (...)" (src/core/ext/filters/message_size),
 * grpc-go's "grpc: received message larger than max (...)" and "trying to send message larger than max (...)", grpc-java's "gRPC message
 * exceeds maximum size 4194304: 6349834". A limit of the client's channel, not a rate: the same call fails the same way again.
 */
export const GRPC_MESSAGE_TOO_LARGE = /\b(?:received|sent|send|sending) message (?:larger|bigger) than max \(\d{1,15} vs\.? \d{1,15}\)|\bgRPC message exceeds maximum size \d{1,15}\b/i;

/** google.rpc.Code's names: an exception class named after one of them says the body's AIP-193 `status`. */
export const GOOGLE_RPC_CODES: ReadonlySet<string> = new Set(GOOGLE_RPC.keys());

/** The HTTP status an AIP-193 body states (`error.code`, beside a google.rpc.Code name in `error.status`), or `undefined`. */
export function aip193Status(value: Record<string, unknown>): number | undefined {
  const error = value.error;
  if (!isRecord(error)) return undefined;
  const { code, status } = error;
  return typeof code === "number" && Number.isInteger(code) && typeof status === "string" && GOOGLE_RPC_CODES.has(status) ? code : undefined;
}

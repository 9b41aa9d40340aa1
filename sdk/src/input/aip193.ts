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

/** google.rpc.Code's names: an exception class named after one of them says the body's AIP-193 `status`. */
export const GOOGLE_RPC_CODES: ReadonlySet<string> = new Set([
  "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
]);

/** The HTTP status an AIP-193 body states (`error.code`, beside a google.rpc.Code name in `error.status`), or `undefined`. */
export function aip193Status(value: Record<string, unknown>): number | undefined {
  const error = value.error;
  if (!isRecord(error)) return undefined;
  const { code, status } = error;
  return typeof code === "number" && Number.isInteger(code) && typeof status === "string" && GOOGLE_RPC_CODES.has(status) ? code : undefined;
}

/**
 * A gRPC call's failure as its client prints it: the status is a google.rpc.Code, not an HTTP
 * status (a gRPC response is HTTP 200 with the code in its trailers), and is read as the HTTP
 * status `code.proto` maps it to (`PERMISSION_DENIED` as 403, `RESOURCE_EXHAUSTED` as 429), which
 * is what the same call to the API's REST endpoint answers. That mapping is documented, not
 * guessed; the warnings say the status was read so. The description is the body, as text.
 *
 * Imported by both server and browser code.
 * @module
 */
import { GOOGLE_RPC } from "./aip193.js";
import type { ParsedInput } from "../types.js";
import { REASONS, readWith, type LogFormat } from "./printout.js";
import { readRelaxedJson } from "./relaxed-json.js";

/** One client's way of printing a status: its name (a google.rpc.Code name, or grpc-go's and .NET's CamelCase of it) and description. */
interface Printing {
  readonly what: string;
  readonly pattern: RegExp;
  /** Google's own client library: it calls Google's APIs only. */
  readonly google?: true;
  /** Its description is a quoted string, with escapes. */
  readonly quoted?: true;
  /** It prints the code's number before its name (grpc-js): they must agree. */
  readonly numbered?: true;
  /** It prints the code's number alone (gRPC core's debug string): the group that holds it; the other group is the description. */
  readonly numberOnly?: 1 | 2;
}

/** The printings, each pattern starting with the words the library prints (linear: each is tried once, from its literal). */
const PRINTINGS: readonly Printing[] = [
  // google-cloud-rust's gax: "the service reports an error with code RESOURCE_EXHAUSTED described as: Quota exceeded ..."
  { what: "google-cloud-rust's service error", pattern: /\bthe service reports an error with code ([A-Z_]{2,30}) described as: ([^\r\n]{0,4000})/, google: true },
  // Google's Java gax over grpc-java: "com.google.api.gax.rpc.PermissionDeniedException: io.grpc.StatusRuntimeException: PERMISSION_DENIED: ..."
  { what: "Google's Java client (gax) over gRPC", pattern: /\bcom\.google\.api\.gax\.rpc\.[A-Za-z]{1,40}Exception: io\.grpc\.Status(?:Runtime)?Exception: ([A-Z_]{2,30})(?::[ \t]?([^\r\n]{0,4000}))?/, google: true },
  // grpc-java: "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception"
  { what: "grpc-java's StatusRuntimeException", pattern: /\bio\.grpc\.Status(?:Runtime)?Exception: ([A-Z_]{2,30})(?::[ \t]?([^\r\n]{0,4000}))?/ },
  // grpc-go: "rpc error: code = PermissionDenied desc = Request had insufficient authentication scopes."
  { what: "grpc-go's status error", pattern: /\brpc error: code = ([A-Z][A-Za-z]{1,30}) desc = ([^\r\n]{0,4000})/ },
  // grpc-dotnet and Grpc.Core: 'Status(StatusCode="PermissionDenied", Detail="...")', also as a paste wrapped it at its width (a
  // line break after the comma, and inside the detail: a quoted string holds none of its own, so each is a wrap).
  { what: "gRPC for .NET's RpcException", pattern: /\bStatus\(StatusCode="([A-Za-z]{2,30})",(?: |[ \t]*\r?\n)Detail="((?:[^"\\\r\n]|\\.|\r?\n){0,4000})"/, quoted: true },
  // grpcio (Python): 'status = StatusCode.PERMISSION_DENIED\n\tdetails = "..."'
  { what: "grpcio's RpcError", pattern: /\bstatus = StatusCode\.([A-Z_]{2,30})\s{1,40}details = "((?:[^"\\\r\n]|\\.){0,4000})"/, quoted: true },
  // OpenTelemetry Python's OTLP exporter over gRPC logs the code alone: "Failed to export traces to api.honeycomb.io:443, error code:
  // StatusCode.UNAUTHENTICATED" (its description is not logged).
  { what: "OpenTelemetry's OTLP exporter (Python, gRPC)", pattern: /\bFailed to export [a-z ]{1,40}?(?: to [^\s,]{1,400})?, error code: StatusCode\.([A-Z_]{2,30})\b()/ },
  // grpc-dart's GrpcError: "gRPC Error (code: 16, codeName: UNAUTHENTICATED, message: Auth token invalid, details: [], ...)" (Nakama's
  // Flutter client): its number and name, which must agree.
  { what: "grpc-dart's GrpcError", pattern: /\bgRPC Error \(code: (\d{1,2}), codeName: ([A-Z_]{2,30}), message: ([^\r\n]{0,4000}?)(?:, details: |\)?[ \t]*(?:\r?\n|$))/, numbered: true },
  // gRPC core's debug string, as the C-core clients print it (Grpc.Core's `CoreErrorDetailException: {"created": ..., "description":
  // "Error received from peer ipv4:...", "grpc_message": "Request contains an invalid argument.", "grpc_status": 3}`, grpcio's
  // `debug_error_string`, its keys unquoted since gRPC 1.50: `{grpc_message:"...", grpc_status:7, created_time:"..."}`): the message and
  // the code's number, in either order.
  { what: "gRPC core's debug error string", pattern: /"?grpc_message"?:[ \t]?"((?:[^"\\\r\n]|\\.){0,4000})",[ \t]?"?grpc_status"?:[ \t]?(\d{1,2})\b/, quoted: true, numberOnly: 2 },
  { what: "gRPC core's debug error string", pattern: /"?grpc_status"?:[ \t]?(\d{1,2}),[ \t]?"?grpc_message"?:[ \t]?"((?:[^"\\\r\n]|\\.){0,4000})"/, quoted: true, numberOnly: 1 },
  // grpc-js (Node): "Error: 7 PERMISSION_DENIED: Request had insufficient authentication scopes."
  { what: "grpc-js's status error", pattern: new RegExp(`\\b(\\d{1,2}) (${[...GOOGLE_RPC.keys()].join("|")}): ([^\\r\\n]{0,4000})`), numbered: true },
];

/** Each google.rpc.Code's name by its number. */
const CODE_NAMES: ReadonlyMap<number, string> = new Map([...GOOGLE_RPC].map(([name, rpc]) => [rpc.code, name]));

/** A code's google.rpc.Code name from grpc-go's or .NET's CamelCase (`PermissionDenied`, grpc-go's `Canceled`). */
function rpcName(name: string): string {
  const upper = /[a-z]/.test(name) ? name.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toUpperCase() : name;
  return upper === "CANCELED" ? "CANCELLED" : upper;
}

/**
 * Codes that are no server's verdict on the call, left unread: `UNKNOWN` is what a gRPC server answers for any error its handler
 * did not give a code (argocd's "rpc error: code = Unknown desc = ... authentication required"), and `CANCELLED` is the
 * caller's own cancel. Read as 500 and 499 they would say "retry" and "fix the request", which neither says.
 */
const NO_VERDICT = new Set(["UNKNOWN", "CANCELLED"]);

/**
 * The gRPC status a client printed, read as the response to its call; `undefined` when the text holds none. The last
 * reader: a network failure (grpc-go's "transport: Error while dialing ... connection refused" under `Unavailable`) and an
 * HTTP status stated anywhere in the text (a Terraform provider's "unexpected status 429" above its plugin's gRPC log) are
 * read before it.
 */
export function readGrpcStatus(t: string): ParsedInput | undefined {
  return readWith([GRPC_STATUS], t);
}

const GRPC_STATUS: LogFormat = {
  name: "a gRPC status",
  find(t) {
    for (const p of PRINTINGS) {
      const m = p.pattern.exec(t);
      if (!m) continue;
      const [name, description] = p.numberOnly
        ? [CODE_NAMES.get(Number(m[p.numberOnly])) ?? "", m[3 - p.numberOnly]]
        : p.numbered
          ? [m[2]!, m[3]]
          : [rpcName(m[1]!), m[2]];
      const rpc = GOOGLE_RPC.get(name);
      if (rpc === undefined || NO_VERDICT.has(name) || (p.numbered && Number(m[1]) !== rpc.code)) continue;
      const body = description === undefined ? undefined : p.quoted ? unquoted(description.replace(/[ \t]*\r?\n[ \t]*/g, " ")) : description.trim();
      return {
        what: p.what,
        status: rpc.http,
        statusSaid: `it states the gRPC status ${name} (${rpc.code}), read as HTTP ${rpc.http} as google.rpc.Code maps it (a gRPC call has no HTTP status of its own)`,
        ...(REASONS[rpc.http] !== undefined ? { statusText: REASONS[rpc.http] } : {}),
        ...(body !== undefined && body !== "" ? { body } : {}),
        ...(p.google ? { provider: "google", providerBy: p.what } : {}),
      };
    }
    return undefined;
  },
};

/** A quoted description's escapes (`\"`, `\\`, `\n`) undone, as the relaxed reader reads a string; as printed when they do not read. */
function unquoted(s: string): string {
  const read = readRelaxedJson(`"${s}"`);
  return typeof read === "string" ? read : s;
}

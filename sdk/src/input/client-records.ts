/**
 * Responses as a client library records them, serialized as JSON (printed after a message, or alone, compact or
 * pretty-printed), each with its own names for the status, the headers and the body:
 * - graphql-request's `ClientError` (`{"response": {<the body's members>, "status": 200, "headers": {...}}, "request": {"query":
 *   ..., "variables": ...}}`): the status and headers it added to the response, and the body without them. Its `request` holds the
 *   GraphQL query, not a HAR entry's method and URL.
 * - WordPress's HTTP API (`wp_remote_get` and the other `wp_remote_*`): an array of `headers`, `body` (the text), `response`
 *   (`code` and `message`), `cookies`, `filename` and `http_response`, as a plugin's log writes it with `json_encode` (Klarna's
 *   WooCommerce plugins).
 * - APIMatic's generated SDKs' `APIException` (Pipedrive's old Node client): `errorMessage` (its own words, "HTTP Response Not OK"),
 *   `errorCode` (the status) and `errorResponse` (the body's text), nothing else.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair } from "../types.js";
import { isRecord } from "../snapshot.js";
import { MAX_HEADERS } from "./limits.js";

/** What a client's record holds. */
export interface ClientRecord {
  readonly what: string;
  readonly status: number;
  readonly statusText?: string;
  readonly headers: HeaderPair[];
  readonly body: unknown;
}

/** The response a client's record holds; `undefined` when `value` is none of the records above. */
export function clientRecord(value: unknown): ClientRecord | undefined {
  return isRecord(value) ? (graphqlClientError(value) ?? wordPressResponse(value) ?? apimaticException(value)) : undefined;
}

function apimaticException(value: Record<string, unknown>): ClientRecord | undefined {
  if (!isWholeStatus(value.errorCode) || typeof value.errorMessage !== "string" || typeof value.errorResponse !== "string") return undefined;
  if (!Object.keys(value).every((k) => k === "errorCode" || k === "errorMessage" || k === "errorResponse")) return undefined;
  return { what: "an APIMatic SDK's APIException", status: value.errorCode, headers: [], body: value.errorResponse };
}

function graphqlClientError(value: Record<string, unknown>): ClientRecord | undefined {
  if (!isRecord(value.response) || !isRecord(value.request)) return undefined;
  if (typeof value.request.query !== "string" || Object.hasOwn(value.request, "method") || Object.hasOwn(value.request, "url")) return undefined;
  const { status, headers, ...body } = value.response;
  if (!isWholeStatus(status)) return undefined;
  return { what: "graphql-request's ClientError", status, headers: headerPairs(headers), body };
}

function wordPressResponse(value: Record<string, unknown>): ClientRecord | undefined {
  const response = value.response;
  if (!isRecord(response) || !isWholeStatus(response.code) || typeof value.body !== "string" || !Object.hasOwn(value, "http_response")) return undefined;
  return {
    what: "WordPress's HTTP API response",
    status: response.code,
    ...(typeof response.message === "string" ? { statusText: response.message } : {}),
    headers: headerPairs(value.headers),
    body: value.body,
  };
}

const isWholeStatus = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/** String-valued headers of an object (an empty list, as PHP encodes an empty array, holds none). */
function headerPairs(headers: unknown): HeaderPair[] {
  return isRecord(headers) ? Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === "string").slice(0, MAX_HEADERS) : [];
}

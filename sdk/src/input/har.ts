/**
 * A HAR file or a single HAR entry (format `har`). A devtools "Save all as HAR" export
 * holds the page, its scripts, its favicon and the API calls; the entry that counts is
 * the last failed API call: an entry with status 400 or more (or none: the request got no
 * response) whose response is JSON or problem+json or whose request is on `API_ORIGIN`;
 * else the last failed entry; else the last entry. `entries` lists every failed entry,
 * `entry` is the index used, and `opts.entry` picks another (spec section 11).
 *
 * Imported by both server and browser code.
 * @module
 */
import { AlterValueError } from "../errors.js";
import { isJsonMediaType, mediaType } from "../response.js";
import { matchNetworkText } from "../network.js";
import { isRecord } from "../snapshot.js";
import { API_ORIGIN } from "../urls.js";
import type { HarEntrySummary, HeaderPair, NetworkFailureMatch, ParsedInput } from "../types.js";
import { decodeBase64Text } from "./base64.js";
import { checkStatus } from "./http.js";
import { MAX_HEADERS } from "./limits.js";

type Entry = Record<string, unknown> & { response: Record<string, unknown> };

const str = (v: unknown): string => (typeof v === "string" ? v : "");

function statusOf(e: Entry): number {
  const s = e.response.status;
  return typeof s === "number" && Number.isFinite(s) ? s : NaN;
}

function failed(e: Entry): boolean {
  const s = statusOf(e);
  return s >= 400 || s === 0;
}

function requestOf(e: Entry): Record<string, unknown> {
  return isRecord(e.request) ? e.request : {};
}

function mediaTypeOf(e: Entry): string | undefined {
  const content = e.response.content;
  const fromContent = isRecord(content) && typeof content.mimeType === "string" ? content.mimeType : undefined;
  if (fromContent) return mediaType(fromContent) || undefined;
  const headers = e.response.headers;
  if (Array.isArray(headers)) {
    for (const h of headers) if (isRecord(h) && str(h.name).toLowerCase() === "content-type") return mediaType(str(h.value)) || undefined;
  }
  return undefined;
}

function onApiOrigin(url: string): boolean {
  try {
    return new URL(url).origin === API_ORIGIN;
  } catch {
    return false;
  }
}

/** An API call: a JSON (or `+json`, or AWS JSON) response, or a request to the Alter API. */
function isApiCall(e: Entry): boolean {
  const type = mediaTypeOf(e);
  return isJsonMediaType(type) || onApiOrigin(str(requestOf(e).url));
}

/**
 * A HAR's `log.entries` (or one entry), read with the entry that counts, or the entry
 * `pick` names (its index in `log.entries`).
 */
export function readHar(entries: unknown, where: "log.entries" | "entry", pick: number | undefined): ParsedInput {
  if (!Array.isArray(entries)) throw new AlterValueError('This HAR file has no "log.entries" list: export the HAR again from the Network panel.');
  const usable: { e: Entry; index: number }[] = [];
  for (let index = 0; index < entries.length; index++) {
    const e = entries[index] as unknown;
    if (isRecord(e) && isRecord(e.response)) usable.push({ e: e as Entry, index });
  }
  if (usable.length === 0) {
    throw new AlterValueError(
      where === "entry"
        ? "This HAR entry has no response."
        : "This HAR file has no entries with a response. Record the failing request in the browser's Network panel, then export the HAR again.",
    );
  }
  const failures = usable.filter(({ e }) => failed(e));
  let chosen: { e: Entry; index: number } | undefined;
  if (pick !== undefined) {
    chosen = usable.find((u) => u.index === pick);
    if (!chosen) {
      throw new AlterValueError(
        `This HAR has no entry ${pick} with a response (it has ${entries.length} entries, indexes 0 to ${entries.length - 1}; the failed ones are ${failures.map((f) => f.index).join(", ") || "none"}).`,
      );
    }
  } else {
    chosen = findLast(failures, ({ e }) => isApiCall(e)) ?? failures[failures.length - 1] ?? usable[usable.length - 1]!;
  }
  const out = readEntry(chosen.e);
  if (where === "log.entries") {
    out.entries = failures.map(({ e, index }) => summary(e, index));
    out.entry = chosen.index;
    if (failures.length > 1 && pick === undefined) {
      const s = summary(chosen.e, chosen.index);
      out.warnings.push(
        `This HAR holds ${failures.length} failed requests; the one read is entry ${chosen.index} (${s.method} ${s.url}, status ${s.status}): ` +
          "the last failed API call. Pick another to classify it instead.",
      );
    }
  }
  return out;
}

function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

function summary(e: Entry, index: number): HarEntrySummary {
  const req = requestOf(e);
  const type = mediaTypeOf(e);
  const out: HarEntrySummary = { index, method: str(req.method) || "GET", url: str(req.url), status: statusOf(e) || 0 };
  if (type !== undefined) out.mediaType = type;
  return out;
}

/** One entry: the response's status, headers and body, the request's URL and method. */
function readEntry(entry: Entry): ParsedInput {
  const response = entry.response;
  const request = requestOf(entry);
  const headers: HeaderPair[] = [];
  const warnings: string[] = [];
  if (Array.isArray(response.headers)) {
    for (const h of response.headers as unknown[]) {
      if (headers.length === MAX_HEADERS) {
        warnings.push(`Only the first ${MAX_HEADERS} response headers were read.`);
        break;
      }
      if (isRecord(h) && typeof h.name === "string" && (typeof h.value === "string" || typeof h.value === "number")) headers.push([h.name, String(h.value)]);
    }
  }
  let body = "";
  const content = response.content;
  if (isRecord(content) && typeof content.text === "string") {
    body = content.encoding === "base64" ? decodeBase64Text(content.text) : content.text;
  }
  const out: ParsedInput = { format: "har", headers, body, warnings };
  if (typeof request.url === "string") out.url = request.url;
  if (typeof request.method === "string") out.method = request.method;

  const status = response.status;
  if (typeof status !== "number" || !Number.isFinite(status)) throw new AlterValueError('This HAR entry\'s "response.status" is missing or not a number.');
  if (status === 0) {
    // Chrome records a request that got no response with status 0 and `_error`.
    const error = response._error;
    let network: NetworkFailureMatch = { kind: "network", code: "unknown", where: "response.status" };
    if (typeof error === "string" && error !== "") {
      const found = matchNetworkText(error);
      network = { kind: found?.kind ?? "network", code: found?.code ?? error.slice(0, 200), where: "response._error" };
    }
    out.network = network;
    return out;
  }
  checkStatus(status, 'in the HAR entry\'s "response.status"');
  out.status = status;
  if (typeof response.statusText === "string" && response.statusText !== "") out.statusText = response.statusText;
  return out;
}

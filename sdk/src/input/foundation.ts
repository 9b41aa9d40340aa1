/**
 * Apple's Foundation printouts, as an iOS or macOS app logs a failed call: `NSHTTPURLResponse`'s
 * description (`<NSHTTPURLResponse: 0x…> { URL: https://… } { status code: 403, headers { … } }`,
 * since iOS 13 `{ Status Code: 403, Headers { "Content-Type" = ( "application/json" ); … } }`), and
 * GTMSessionFetcher's `NSError` for a status (the Google APIs' Objective-C and Swift clients:
 * `Error Domain=com.google.HTTPStatus Code=403`, or its description "(com.google.HTTPStatus error 403.)").
 *
 * Imported by both server and browser code.
 * @module
 */
import type { HeaderPair } from "../types.js";
import { MAX_HEADERS } from "./limits.js";
import { lineEnd, nextLine } from "./text.js";
import { num, type LogFormat } from "./printout.js";

/** The description's status and the opening of its headers. */
const RESPONSE_OPENING = /\{ [Ss]tatus [Cc]ode: ([1-5]\d\d), [Hh]eaders \{[ \t]*\r?\n/;
/** One header line of the dictionary: a name (quoted when it holds a dash), " = ", then its value. */
const HEADER_LINE = /^[ \t]*(?:"([^"\r\n]{1,200})"|([A-Za-z0-9_.]{1,200})) = (.*)$/;
/** A value: quoted (with backslash escapes), or a bare token, before its `;`. */
const VALUE = /^(?:"((?:[^"\\]|\\.){0,4000})"|([^";]{0,4000}));[ \t]*$/;

/**
 * The headers of an NSDictionary description from `from` on, a line each, up to its closing brace. Each value is quoted or bare before
 * its `;`; since iOS 13 it is a list in brackets over the lines below (`Date =     (` then `"Mon, 02 Dec 2019 ..."` then `);`), whose
 * first item is kept.
 */
function dictionaryHeaders(t: string, from: number): HeaderPair[] {
  const headers: HeaderPair[] = [];
  let p = from;
  while (p < t.length && headers.length < MAX_HEADERS) {
    const end = lineEnd(t, p);
    const line = t.slice(p, end).replace(/\r$/, "");
    p = nextLine(t, end);
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    const name = m[1] ?? m[2]!;
    const rest = m[3]!.trim();
    if (rest === "(") {
      // The list's first item, then its lines up to the one that closes it.
      let first: string | undefined;
      while (p < t.length) {
        const e = lineEnd(t, p);
        const item = t.slice(p, e).trim();
        p = nextLine(t, e);
        if (item === ");") break;
        first ??= /^"((?:[^"\\]|\\.){0,4000})",?$/.exec(item)?.[1]?.replace(/\\(.)/g, "$1") ?? item.replace(/,$/, "");
      }
      if (first !== undefined) headers.push([name, first]);
      continue;
    }
    const v = VALUE.exec(rest);
    if (!v) break;
    headers.push([name, v[1] !== undefined ? v[1].replace(/\\(.)/g, "$1") : v[2]!.trim()]);
  }
  return headers;
}

/** NSHTTPURLResponse's description: the status, the URL before it, and the headers. */
export const NSHTTPURLRESPONSE: LogFormat = {
  name: "NSHTTPURLResponse's description",
  find(t) {
    const m = RESPONSE_OPENING.exec(t);
    if (!m) return undefined;
    const url = /\{ URL: (https?:\/\/[^\s}]{1,2000}) \}[ \t]*$/.exec(t.slice(Math.max(0, m.index - 2100), m.index))?.[1];
    return {
      what: "NSHTTPURLResponse's description",
      status: num(m[1]),
      headers: dictionaryHeaders(t, m.index + m[0].length),
      ...(url !== undefined ? { url } : {}),
    };
  },
};

/**
 * GTMSessionFetcher's error for a status (the domain `com.google.HTTPStatus`, its code the status), as the Google APIs' clients for
 * Apple platforms give it: `Error Domain=com.google.HTTPStatus Code=403 "..."`, or its localized description alone ("The operation
 * couldn’t be completed. (com.google.HTTPStatus error 403.)").
 */
export const GTM_HTTP_STATUS: LogFormat = {
  name: "GTMSessionFetcher's status error",
  find(t) {
    const m = /\bcom\.google\.HTTPStatus(?: error |\s+Code=)([1-5]\d\d)\b/.exec(t);
    if (!m) return undefined;
    return { what: "GTMSessionFetcher's status error (com.google.HTTPStatus)", provider: "google", status: num(m[1]) };
  },
};

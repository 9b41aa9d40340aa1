/**
 * The classifier's share links: `/classify/#r=<base64url of the UTF-8 text, unpadded>`,
 * exactly what the SDK's `classifyPath` builds, plus `&source=`, `&provider=` and
 * `&entry=` when the choice is not the default (so the link classifies the same way).
 * Everything sits in the fragment, which browsers never send to a server.
 *
 * A link is at most {@link MAX_SHARE_URL} characters: longer ones are cut by chat tools
 * and refused by some browsers, and a 5 MiB paste would make a 7 MB link. When the text
 * does not fit, the page offers the response rebuilt smaller ({@link fitShare}): its body
 * cut to fit, or its status and headers alone. Shared text is always masked first, by the
 * SDK's one masking module.
 *
 * The base64url here uses the browser's own `btoa`/`atob` rather than the SDK's
 * `base64UrlEncode`/`base64UrlDecode`, to keep the script small; the unit tests prove
 * both give the same links and read the same text.
 *
 * Pure: no DOM. Imported by the classifier's engine and the tests.
 * @module
 */
import { CLASSIFY_PATH, maskHeader, maskPaste, type ParsedInput, type Source } from "@alter-ai/alter-sdk/docs";

/** The longest share link made, in characters (the URL is ASCII, so also in bytes): 32 KiB. */
export const MAX_SHARE_URL = 32 * 1024;

/** What a link carries: the text, and the options when not the defaults. */
export interface Shared {
  text: string;
  source?: Source | undefined;
  providerId?: string | undefined;
  /** For a HAR: the entry classified, when the person picked one. */
  entry?: number | undefined;
}

/** Base64url of the UTF-8 bytes of `text`, unpadded (RFC 4648 section 5). */
export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  // In slices: spreading megabytes into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text of base64url (or base64, padded or not); `undefined` when it is not base64 of UTF-8. */
export function decodeText(encoded: string): string | undefined {
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The path of the classifier with `shared` in its fragment. */
export function sharePath({ text, source, providerId, entry }: Shared): string {
  let path = `${CLASSIFY_PATH}#r=${encodeText(text)}`;
  if (source && source !== "auto") path += `&source=${source}`;
  if (providerId) path += `&provider=${encodeURIComponent(providerId)}`;
  if (entry !== undefined) path += `&entry=${entry}`;
  return path;
}

/** What a fragment carries; `text` is `undefined` when `r` is not base64url of UTF-8 text (a cut link). */
export interface Fragment {
  text: string | undefined;
  source: Source;
  providerId: string;
  entry: number | undefined;
}

/** Reads a location fragment (`#r=…&source=…&provider=…&entry=…`); `undefined` when it carries no `r`. */
export function readFragment(hash: string): Fragment | undefined {
  const params = new URLSearchParams(hash.slice(1));
  const r = params.get("r");
  if (r === null) return undefined;
  const source = params.get("source");
  const entry = params.get("entry");
  return {
    // URLSearchParams reads "+" as a space; a standard-base64 link may carry one.
    text: decodeText(r.replace(/ /g, "+")),
    source: source === "backend" || source === "provider" ? source : "auto",
    providerId: params.get("provider") ?? "",
    entry: entry !== null && /^\d{1,6}$/.test(entry) ? Number(entry) : undefined,
  };
}

/** The full share URL of `shared` (its text masked) against the page's own address. */
export function shareUrl(base: string, shared: Shared): string {
  return new URL(sharePath({ ...shared, text: maskPaste(shared.text) }), base).href;
}

/** How a response too long to share is made smaller. */
export type Shrink = "cut-body" | "headers-only";

/** A link made smaller than its text, and what it kept. */
export interface Fitted {
  url: string;
  /** The shared text (masked, rebuilt, cut). */
  text: string;
  /** Characters of the body kept, and of the whole body. */
  kept: number;
  of: number;
}

/**
 * A link of at most {@link MAX_SHARE_URL} characters for a response too long to share:
 * the response `input` read, rebuilt as HTTP text (status line, headers, body; a HAR entry
 * becomes the response it recorded), with its body cut as little as fits, or left out.
 * Text with no status (a network failure, a log) is cut itself. Masked before it is cut,
 * so no secret is cut into a shape the masking no longer knows. `undefined` when not even
 * the headers fit.
 */
export function fitShare(base: string, shared: Shared, input: ParsedInput, how: Shrink): Fitted | undefined {
  const { head, body } = rebuild(shared.text, input);
  const options = { ...shared, entry: undefined };
  const link = (kept: number) => new URL(sharePath({ ...options, text: head + body.slice(0, kept) }), base).href;
  const fits = (k: number) => link(k).length <= MAX_SHARE_URL;
  if (head === "" && how === "headers-only") return undefined; // no headers to keep
  if (!fits(0)) return undefined;
  let kept = 0;
  if (how === "cut-body") {
    // The longest prefix that fits: the link's length grows with the prefix, and base64
    // makes at least one character of each character kept, so none past 32 Ki can fit.
    let hi = Math.min(body.length, MAX_SHARE_URL);
    while (kept < hi) {
      const mid = Math.ceil((kept + hi) / 2);
      if (fits(mid)) kept = mid;
      else hi = mid - 1;
    }
    // Never split a UTF-16 surrogate pair: the half would not encode.
    if (kept > 0 && /[\uD800-\uDBFF]/.test(body.charAt(kept - 1))) kept--;
  }
  return fitted(kept);

  function fitted(k: number): Fitted {
    return { url: link(k), text: head + body.slice(0, k), kept: k, of: body.length };
  }
}

/** The masked head (status line and headers, or nothing) and masked body of what was read. */
function rebuild(text: string, input: ParsedInput): { head: string; body: string } {
  if (input.status === undefined) return { head: "", body: maskPaste(text) };
  const lines = [`HTTP/1.1 ${input.status}${input.statusText ? ` ${input.statusText}` : ""}`];
  for (const [name, value] of input.headers) lines.push(`${name}: ${maskHeader(name, value)}`);
  const raw = typeof input.body === "string" ? input.body : JSON.stringify(input.body, null, 2) ?? "";
  return { head: lines.join("\n") + "\n\n", body: maskPaste(raw) };
}

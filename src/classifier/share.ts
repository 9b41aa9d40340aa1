/**
 * The classifier's share links: `/classify/#r=<base64url of the UTF-8 text, unpadded>`,
 * exactly what the SDK's `classifyPath` builds, plus `&source=` and `&provider=` when the
 * choice is not the default (so the link classifies the same way). Everything sits in
 * the fragment, which browsers never send to a server.
 *
 * The base64url here uses the browser's own `btoa`/`atob` rather than the SDK's
 * `base64UrlEncode`/`base64UrlDecode`, to keep the classifier's script within its size
 * budget; the unit tests prove both give the same links and read the same text.
 *
 * Pure: no DOM. Imported by the classifier element and the tests.
 * @module
 */
import { CLASSIFY_PATH, type Source } from "@alter-ai/alter-sdk/docs";

/** What a link carries: the text, and the options when not the defaults. */
export interface Shared {
  text: string;
  source?: Source | undefined;
  providerId?: string | undefined;
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
export function sharePath({ text, source, providerId }: Shared): string {
  let path = `${CLASSIFY_PATH}#r=${encodeText(text)}`;
  if (source && source !== "auto") path += `&source=${source}`;
  if (providerId) path += `&provider=${encodeURIComponent(providerId)}`;
  return path;
}

/**
 * Reads a location fragment (`#r=…&source=…&provider=…`). `undefined` when it carries no
 * `r`; `text` is `undefined` when `r` is not base64url of UTF-8 text (a cut link).
 */
export function readFragment(hash: string): { text: string | undefined; source: Source; providerId: string } | undefined {
  const params = new URLSearchParams(hash.slice(1));
  const r = params.get("r");
  if (r === null) return undefined;
  const source = params.get("source");
  return {
    // URLSearchParams reads "+" as a space; a standard-base64 link may carry one.
    text: decodeText(r.replace(/ /g, "+")),
    source: source === "backend" || source === "provider" ? source : "auto",
    providerId: params.get("provider") ?? "",
  };
}

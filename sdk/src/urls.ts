/**
 * Where the SDK's documentation and backend live, and the page path of every error,
 * scope and code. The site builds exactly these paths; `astro.config.mjs` reads
 * `SITE_ORIGIN` as its `site`, so the two cannot drift.
 * Imported by both server and browser code.
 * @module
 */

/** The docs site's origin: every `docsUrl` starts with it. */
export const SITE_ORIGIN = "https://docs.alterauth.com";

/** The Alter backend's origin: a request URL on it marks a response as the backend's. */
export const API_ORIGIN = "https://api.alterauth.com";

/**
 * The kebab-case slug of a class name: `GrantExpiredError` → `grant-expired-error`,
 * `AlterSDKError` → `alter-sdk-error`, `ReAuthRequiredError` → `re-auth-required-error`.
 * A run of capitals is one word, whose last capital starts the next word when a
 * lowercase letter follows (`SDKError` → `sdk-error`).
 *
 * @param name - A class name.
 */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** The site path of an error class's page: `/errors/<kebab-case name>/`.
 *
 * @param className - An error class name, e.g. `GrantExpiredError`.
 */
export function errorPath(className: string): string {
  return `/errors/${kebabCase(className)}/`;
}

/** The site path of a scope's page: `/scopes/<scope with ":" as "-">/` (`agents:write` → `/scopes/agents-write/`).
 *
 * @param scope - A scope string, e.g. `agents:write`.
 */
export function scopePath(scope: string): string {
  return `/scopes/${scope.replace(/:/g, "-")}/`;
}

/** The site path of a backend code's row in the code table: `/reference/codes/#<code>`.
 *
 * @param code - A backend code.
 */
export function codePath(code: string): string {
  return `/reference/codes/#${code}`;
}

/** The site path of a rule's row in the rule table: `/reference/rules/#<rule id>`.
 *
 * @param ruleId - A rule id of `RULES`, e.g. `backend.code`.
 */
export function rulePath(ruleId: string): string {
  return `/reference/rules/#${ruleId}`;
}

/** The site path of a provider's page: `/providers/<id>/`.
 *
 * @param id - A provider id of `PROVIDERS`, e.g. `google`.
 */
export function providerPath(id: string): string {
  return `/providers/${id}/`;
}

/** The classifier's path, `/classify/`. */
export const CLASSIFY_PATH = "/classify/";

/**
 * The classifier link that opens with `text` pasted and classified:
 * `/classify/#r=<base64url of the UTF-8 text, unpadded>`. The text stays in the URL
 * fragment, which browsers never send to a server.
 *
 * @param text - The text to open the classifier with.
 */
export function classifyPath(text: string): string {
  return `${CLASSIFY_PATH}#r=${base64UrlEncode(text)}`;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Base64url (RFC 4648 section 5) of the UTF-8 bytes of `text`, without padding.
 *
 * @param text - Any text.
 */
export function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Decodes base64url (or standard base64; padding optional) to UTF-8 text. Returns
 * `undefined` when the input is not base64 or not UTF-8.
 *
 * @param encoded - Base64url or base64 text.
 */
export function base64UrlDecode(encoded: string): string | undefined {
  const clean = encoded.replace(/=+$/, "");
  if (/[^A-Za-z0-9\-_+/]/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v =
      c >= 65 && c <= 90 ? c - 65
      : c >= 97 && c <= 122 ? c - 71
      : c >= 48 && c <= 57 ? c + 4
      : c === 45 || c === 43 ? 62
      : 63;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 255;
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, o));
  } catch {
    return undefined;
  }
}

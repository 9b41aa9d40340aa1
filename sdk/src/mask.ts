/**
 * The one masking of secrets the SDK and its site use (spec section 3): an error's
 * `toJSON()` and `util.inspect`, the classifier's result, its share links and the
 * `alter-sdk explain` command all mask through this module, with this one list.
 *
 * What is a secret:
 * - the values of credential and API-key headers (`Authorization`, `Proxy-Authorization`,
 *   `Cookie`, `Set-Cookie`, `X-Api-Key`, `Api-Key`, `X-Auth-Token`, ...), wherever the
 *   header is written: a header line, `curl -H '...'`, a JSON, Python or JavaScript
 *   member, a HAR `{name, value}` pair; an auth scheme (`Bearer`, `Basic`) is kept;
 * - bearer tokens anywhere, taken up to white space or a quote (`Bearer 1234|SECRET`);
 * - known token shapes anywhere: JWTs, Stripe `sk_live_`/`rk_live_`, OpenAI and
 *   Anthropic `sk-`, GitHub `ghp_`/`gho_`/`github_pat_`..., Slack `xoxb-`..., Google
 *   `ya29.` and `AIza` keys, AWS access key ids and SigV4 signatures, GitLab `glpat-`,
 *   Shopify `shpat_`..., the password of a URL's userinfo; a token's prefix is kept
 *   (`ghp_[masked]`) because it says what the token was;
 * - the values of members and parameters whose names say secret (`access_token`,
 *   `refresh_token`, `id_token`, `client_secret`, `password`, `api_key`, ...) in JSON,
 *   Python and JavaScript objects, form bodies and URL queries, and in a HAR's
 *   `queryString`, `postData.params` and `cookies` (every cookie value is a secret).
 *
 * Every pattern starts at a literal and matches in one way only (runs of one character
 * class, taken atomically where something follows them), so each runs in time linear in
 * the text. A masked value keeps its structure (a JSON string stays a string, a header
 * keeps its name and scheme), so masked text reads and classifies as the original does.
 * Masking is idempotent and only ever replaces text with {@link MASK}.
 *
 * Imported by both server and browser code.
 * @module
 */

import { readJson } from "./json.js";

/** What a secret is replaced with. */
export const MASK = "[masked]";

/** Headers whose whole value is a credential. */
const SECRET_HEADERS = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "api-key",
  "apikey",
  "x-auth-token",
  "x-access-token",
  "x-goog-api-key",
  "ocp-apim-subscription-key",
  "x-amz-security-token",
  "x-figma-token",
  "private-token",
  "x-shopify-access-token",
  "x-csrf-token",
];
/** Member, parameter and field names whose value is a secret. */
const SECRET_NAMES = [
  "access_token",
  "refresh_token",
  "id_token",
  "client_secret",
  "client_assertion",
  "password",
  "passwd",
  "secret",
  "api_key",
  "apikey",
  "api_token",
  "auth_token",
  "session_token",
  "private_key",
  "aws_secret_access_key",
  "aws_session_token",
  "token",
];
/**
 * Query parameters that are secrets only in a URL (`?key=` is Google's API key; `sig=` a signed URL's; `hapikey=` HubSpot's legacy API
 * key; `appid=` OpenWeatherMap's key).
 */
const SECRET_QUERY = ["key", "code", "sig", "signature", "x-amz-signature", "x-amz-credential", "x-amz-security-token", "hapikey", "appid"];

const HEADER_ALT = SECRET_HEADERS.join("|");
const NAME_ALT = [...SECRET_HEADERS, ...SECRET_NAMES].join("|");
const SECRET_KEY = new RegExp(`^(?:${NAME_ALT})$`, "i");
const SECRET_HEADER = new RegExp(`^(?:${HEADER_ALT})$`, "i");

/** Whether a member, parameter or header of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_KEY.test(name);
}

/** Whether a header of this name holds a credential (its whole value is masked). */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** Schemes kept before a masked credential. */
const SCHEME = "(?:Bearer|Basic|Digest|Token|Bot|DPoP|Negotiate|NTLM|AWS4-HMAC-SHA256|SharedKey|OAuth|token)[ \\t]+";

/** The patterns, in the order they run. `$1` is kept, the match after it is replaced. */
const PATTERNS: readonly [RegExp, string][] = [
  // A header written inside quotes (`curl -H 'Authorization: Basic ...'`, a JSON string): to the closing quote.
  [new RegExp(`(("|')(?:${HEADER_ALT})[ \\t]*:(?=([ \\t]*(?:${SCHEME})?))\\3)(?!\\[masked\\])(?:(?!\\2)[^\\r\\n])+`, "gi"), `$1${MASK}`],
  // A header line (a raw response, curl -v's `>`/`<` lines, a log line): to the end of the line.
  // The scheme is taken atomically (the lookahead-and-backreference idiom), so an already masked value is left as it is.
  [new RegExp(`((?:^|[^\\w"'-])(?:${HEADER_ALT})[ \\t]*:(?=([ \\t]*(?:${SCHEME})?))\\2)(?!\\[masked\\])(?=\\S)[^\\r\\n]+`, "gim"), `$1${MASK}`],
  // A member with a secret name and a quoted value: JSON (`"password": "..."`), Python (`'password': '...'`), JavaScript (`password: '...'`).
  [new RegExp(`((?:"(?:${NAME_ALT})"|'(?:${NAME_ALT})'|(?<![\\w$-])(?:${NAME_ALT}))[ \\t]*(?::|=>)[ \\t]*")(?:[^"\\\\\\r\\n]|\\\\.)*"`, "gi"), `$1${MASK}"`],
  [new RegExp(`((?:"(?:${NAME_ALT})"|'(?:${NAME_ALT})'|(?<![\\w$-])(?:${NAME_ALT}))[ \\t]*(?::|=>)[ \\t]*')(?:[^'\\\\\\r\\n]|\\\\.)*'`, "gi"), `$1${MASK}'`],
  // A HAR pair `{"name": "access_token", "value": "..."}` (headers, queryString, postData.params).
  [new RegExp(`("name"\\s*:\\s*"(?:${NAME_ALT})"\\s*,\\s*"value"\\s*:\\s*")(?:[^"\\\\\\r\\n]|\\\\.)*"`, "gi"), `$1${MASK}"`],
  // A form body or query parameter with a secret name: `password=...&`, `?access_token=...`.
  [new RegExp(`((?<![\\w-])(?:${SECRET_NAMES.join("|")})=)[^&\\s"'#<]+`, "gi"), `$1${MASK}`],
  [new RegExp(`([?&](?:${SECRET_QUERY.join("|")})=)[^&\\s"'#<]+`, "gi"), `$1${MASK}`],
  // curl's `* Added cookie sid="..." for domain ...`.
  [/((?:Added|Replaced) cookie [^=\s]{1,256}=)(?:"[^"\r\n]*"|[^\s"]+)/g, `$1${MASK}`],
  // The password of a URL's userinfo: `https://user:secret@host`.
  [/(\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/:@]{1,256}:)[^\s/@]+(?=@)/gi, `$1${MASK}`],
  // `Bearer <token>` anywhere, up to white space or a quote; not an auth-param (`Bearer realm="x"`, `Bearer error=x`, `Bearer
  // realm=\"x\"` inside a JSON string: Elasticsearch's body repeats its WWW-Authenticate challenges), nor a
  // capitalised word of prose (Zendesk's realm "Zendesk::OAuth Bearer Token Authentication"), nor a placeholder in capitals
  // (Square's "expected to be of the format \"Bearer TOKEN\""): no token is a word like those. Nor the noun or word a sentence puts
  // after it ("No user was provided as part of the bearer token.", Etsy's message).
  // (Case-sensitive, so that the word's capital counts: the scheme's cases are spelled out.)
  [/\b((?:[Bb]earer|BEARER)[ \t]+)(?![\w.~+/-]+[ \t]*=[ \t]*(?:\\?"|[\w.~+/-]))(?![A-Z][a-z]{2,15}(?=[\s'",<>[\]{}()]|$))(?![A-Z][A-Z_]{1,19}(?=[\s'",<>[\]{}()]|$))(?!(?:tokens?|auth(?:entication|orization)?|headers?|scheme|challenges?|credentials?|access|grant|type|with|and|or|is|in|for)(?=[.,;:!?]?(?:[\s'",<>[\]{}()]|$)))(?=([^\s'",<>[\]{}()]+))\2/g, `$1${MASK}`],
  // Known token shapes: the prefix kept, the rest masked.
  [/\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*/g, MASK],
  // (The optional part of the `sk-` prefix is taken atomically: a masked `sk-ant-api03-[masked]` stays as it is.)
  [/\b((?:sk|rk)_(?:live|test)_|whsec_|sk-(?=((?:proj-|ant-(?:api\d{2}-)?|svcacct-|admin-)?))\2)[\w-]{8,}/g, `$1${MASK}`],
  [/\b(gh[pousr]_|github_pat_|glpat-|shp(?:at|ss|ca|pa)_|xox[abposre]-|xapp-|ya29\.|AIza|figd_|lin_api_|ntn_|secret_|pat-(?:na|eu)1-|ATATT|sl\.)[\w.-]{6,}/g, `$1${MASK}`],
  // AWS: access key ids, SigV4 signatures and credentials, secret keys.
  [/\b((?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA)[A-Z0-9]{4})[A-Z0-9]{12}\b/g, `$1${MASK}`],
  [/(\bSignature=)[0-9a-f]{64}\b/gi, `$1${MASK}`],
];

/** The text with every secret replaced by {@link MASK}. Linear in the text; idempotent. */
export function maskText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return maskCookieLists(out);
}

/**
 * The values in a HAR's `"cookies": [...]` lists, found in text (a HAR that does not
 * parse as JSON): every cookie value is a secret.
 */
function maskCookieLists(text: string): string {
  const open = /"cookies"\s*:\s*\[/g;
  let out = "";
  let last = 0;
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("]", start);
    const stop = end < 0 ? text.length : end;
    out += text.slice(last, start) + text.slice(start, stop).replace(/("value"\s*:\s*")(?:[^"\\\r\n]|\\.)*"/g, `$1${MASK}"`);
    last = stop;
    open.lastIndex = stop;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** A header's value as shown: a credential header's value masked whole (its scheme kept), any other's secrets masked. */
export function maskHeader(name: string, value: string): string {
  if (!isSecretHeader(name)) return maskText(value);
  const scheme = new RegExp(`^${SCHEME}`).exec(value)?.[0] ?? "";
  return scheme + MASK;
}

/** Values a masked copy holds at most (a 5 MiB body is not walked whole). */
const MAX_MASK_NODES = 10_000;

/**
 * A masked deep copy of a JSON-like value: members with a secret name (and HAR
 * `{name, value}` pairs whose name is secret, and every value of a `cookies` list) become
 * {@link MASK}, every string is masked by {@link maskText}. Cycles become `"[Circular]"`,
 * nesting beyond 64 levels `"[nested too deep]"`; after 10,000 values the rest is left out.
 * The value itself is never changed.
 */
export function maskValue(value: unknown): unknown {
  let nodes = 0;
  const open = new Set<object>();
  const walk = (v: unknown, depth: number, secret: boolean): unknown => {
    if (typeof v === "string") return secret ? MASK : maskText(v);
    if (v === null || typeof v !== "object") return v;
    if (open.has(v)) return "[Circular]";
    if (depth >= 64) return "[nested too deep]";
    open.add(v);
    try {
      if (Array.isArray(v)) {
        const list: unknown[] = [];
        for (let i = 0; i < v.length && ++nodes <= MAX_MASK_NODES; i++) list.push(walk(v[i], depth + 1, secret));
        return list;
      }
      const record = v as Record<string, unknown>;
      const pairSecret = secret || (typeof record.name === "string" && isSecretName(record.name));
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(record)) {
        if (++nodes > MAX_MASK_NODES) break;
        const child = record[key];
        if (key === "cookies" && Array.isArray(child)) out[key] = child.slice(0, MAX_MASK_NODES).map(maskCookie);
        else out[key] = walk(child, depth + 1, isSecretName(key) || (key === "value" && pairSecret));
      }
      return out;
    } finally {
      open.delete(v);
    }
  };
  return walk(value, 0, false);
}

/** A cookie object of a HAR `cookies` list, its value masked. */
function maskCookie(cookie: unknown): unknown {
  if (cookie === null || typeof cookie !== "object" || Array.isArray(cookie)) return typeof cookie === "string" ? MASK : cookie;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cookie as Record<string, unknown>)) out[k] = k === "value" ? MASK : typeof v === "string" ? maskText(v) : v;
  return out;
}

/**
 * Pasted text masked for sharing or showing. JSON text (a HAR file, a response object, a
 * bare body) is masked through its structure, which also reaches what no text pattern can
 * tell apart (a HAR cookie's value, a header pair named like a credential), and is
 * re-serialised, indented when the original was. Any other text, and JSON that does not
 * parse, is masked by the text patterns.
 */
export function maskPaste(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const json = readJson(trimmed);
    // Not JSON after all, or nested too deep to walk: the text patterns below still apply.
    if (json.ok) return JSON.stringify(maskValue(json.value), null, trimmed.includes("\n") ? 2 : undefined);
  }
  return maskText(text);
}

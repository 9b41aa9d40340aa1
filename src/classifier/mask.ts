/**
 * Masking of secrets in pasted responses, for what the classifier shows and for the
 * share link: `Authorization`, `Proxy-Authorization`, `Cookie` and `Set-Cookie` values,
 * bearer tokens anywhere, Slack (`xoxb-…`) and GitHub (`ghp_…`) tokens, and OAuth token
 * values (`access_token`, `refresh_token`, `id_token`, `client_secret`) in JSON or in
 * a query string.
 *
 * Every pattern runs in time linear in the text: each starts at a literal (a header
 * name at a line start, a quoted key, `Bearer`, a token prefix), and what follows can
 * be matched in one way only (a token is matched atomically, a JSON string stops at the
 * first unescaped quote), so no input makes a pattern backtrack over the text.
 * A masked value keeps its structure (a JSON string stays a string, a header keeps its
 * scheme), so the masked text classifies as the original does.
 *
 * Pure: no DOM. Imported by the classifier element and by the unit tests.
 * @module
 */

/** What a secret is replaced with. */
export const MASK = "[masked]";

const HEADERS = "authorization|proxy-authorization|cookie|set-cookie";
const SECRET_KEYS = "access_token|refresh_token|id_token|client_secret";
/** A JSON member or header name whose value is a secret. */
export const SENSITIVE_KEY = new RegExp(`^(?:${HEADERS}|${SECRET_KEYS})$`, "i");
const SENSITIVE_HEADER = new RegExp(`^(?:${HEADERS})$`, "i");

/** The patterns, in the order they run. `$1` is kept, the secret is replaced. */
const RULES: [RegExp, string][] = [
  // A header line of a raw response or of curl -v (`> Authorization: …`); an auth scheme is kept.
  [new RegExp(`^([ \\t]*(?:[<>][ \\t]?)?(?:${HEADERS})[ \\t]*:[ \\t]*(?:(?:Bearer|Basic|Digest|Token|Bot)[ \\t]+)?)[^\\r\\n]*`, "gim"), `$1${MASK}`],
  // A JSON member `"authorization": "…"`, `"access_token": "…"`.
  [new RegExp(`("(?:${HEADERS}|${SECRET_KEYS})"\\s*:\\s*")(?:[^"\\\\\\r\\n]|\\\\.)*"`, "gi"), `$1${MASK}"`],
  // A HAR header `{"name": "Cookie", "value": "…"}`.
  [new RegExp(`("name"\\s*:\\s*"(?:${HEADERS})"\\s*,\\s*"value"\\s*:\\s*")(?:[^"\\\\\\r\\n]|\\\\.)*"`, "gi"), `$1${MASK}"`],
  // A query string or form body: `?access_token=…&`.
  [new RegExp(`\\b((?:${SECRET_KEYS})=)[^&\\s"'#<]+`, "gi"), `$1${MASK}`],
  // `Bearer <token>` anywhere, the token taken atomically (the lookahead-and-backreference
  // idiom); not an auth-param such as `Bearer realm="x"` or `Bearer error=invalid_token`.
  [/\b(Bearer[ \t]+)(?=([\w.~+/-]+=*))\2(?![\w.~+/=-]|[ \t]*=|(?<=[\w.~+/-]=)")/gi, `$1${MASK}`],
  // Slack tokens (`xoxb-`, `xoxp-`, `xoxa-`, `xoxe-`…) and GitHub tokens (`ghp_`, `gho_`, `ghs_`, `github_pat_`…).
  [/\b(xox[a-z]-|gh[pousr]_|github_pat_)[\w-]+/g, `$1${MASK}`],
];

/** The text with every secret replaced by {@link MASK}. Linear in the text. */
export function maskText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/** A header's value as shown: a sensitive header's value masked whole, any other's secrets masked. */
export function maskHeader(name: string, value: string): string {
  return SENSITIVE_HEADER.test(name) ? MASK : maskText(value);
}

/**
 * Pasted text masked for sharing. JSON text (a HAR file, a response object, a bare body)
 * is masked through its structure, which also reaches what no text pattern can tell
 * apart: the `value` of every HAR cookie, and of every HAR header named like a sensitive
 * one. It is re-serialised, indented when the original was. Any other text, and JSON
 * that does not parse, is masked by the text patterns.
 */
export function maskForShare(text: string): string {
  const trimmed = text.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      const cookies = new WeakSet<object>();
      return JSON.stringify(
        JSON.parse(trimmed),
        function (this: Record<string, unknown>, key: string, value: unknown) {
          if (key === "cookies" && Array.isArray(value)) for (const c of value) if (c === Object(c)) cookies.add(c);
          if (typeof value !== "string") return value;
          const secret = SENSITIVE_KEY.test(key) || (key === "value" && (cookies.has(this) || SENSITIVE_HEADER.test(String(this.name))));
          return secret ? MASK : maskText(value);
        },
        trimmed.includes("\n") ? 2 : undefined,
      );
    } catch {
      // Not JSON after all: the text patterns below still apply.
    }
  }
  return maskText(text);
}

/**
 * A parser for the `WWW-Authenticate` response header (RFC 9110 section 11.6.1):
 *
 * ```
 * WWW-Authenticate = #challenge
 * challenge        = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 * auth-param       = token BWS "=" BWS ( token / quoted-string )
 * token68          = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 * ```
 *
 * It is a hand-written single-pass scanner: every character of the input is looked at a
 * bounded number of times (at most twice, when the text right after a scheme is first
 * tried as a token68), so it runs in time linear in the input whatever the input is. It
 * uses no Node or DOM API and can be bundled into a browser page. It never throws.
 *
 * How the cases where parsers and specifications disagree are decided:
 *
 * - **Case.** Scheme and parameter names are case-insensitive. Parameter names are
 *   returned lowercased; the scheme keeps its case as sent (compare it with
 *   {@link findChallenge}, or lowercase it yourself). Values keep their case.
 * - **Values** are a token (`error=insufficient_scope`, as Google sends it) or a
 *   quoted-string; in a quoted-string a backslash escapes the next character
 *   (`\"` gives `"`, `\\` gives `\`, `\e` gives `e`). Single quotes are ordinary token
 *   characters (`realm='foo'` gives `'foo'` with the quotes). Nothing is percent- or
 *   RFC 2047-decoded. A quoted-string may contain any character from U+0080 up (read as
 *   obs-text), but no control character other than HTAB; a backslash or a double quote
 *   inside a token value is an error.
 * - **White space** is SP or HTAB. Between a scheme and its parameters (or token68) the
 *   white space must contain at least one SP: `scheme\trealm=x` is an error,
 *   `scheme \trealm=x` is accepted. White space around `=` (BWS) and around commas (OWS)
 *   is accepted.
 * - **Empty list elements** (`,` with nothing between) are accepted anywhere: before the
 *   first challenge, between challenges, and between parameters, including right after
 *   the scheme's space (`Basic , realm="x"` is one challenge with a realm). A comma
 *   directly after the scheme, with no SP before it, ends the challenge:
 *   `Basic, realm="x"` is the bare challenge `Basic` followed by an error.
 * - **Bare scheme.** A scheme with no parameters (`Bearer`, `Digest, Basic realm=x`) is a
 *   challenge with empty `params`, as the RFC grammar allows.
 * - **token68.** When the text after the scheme's space is token68 characters, then
 *   optional `=`s, then the end of the challenge (end of field or a comma), it is a
 *   token68: `Negotiate abc==`, `Other realm` and `Bearer error=` all read as token68
 *   (`realm`, `error=`), as the grammar says and as oauth4webapi does. The challenge is
 *   returned with a `token68` member and empty `params`. A token68 followed by an
 *   auth-param in the same challenge (`Other abc==, realm=x`) is an error: the token68
 *   challenge is kept and `ok` is false. Any number of trailing `=` is accepted.
 * - **Challenge boundaries.** After a comma, a token followed (after optional white
 *   space) by `=` is one more parameter of the current challenge; any other token starts
 *   the next challenge. So a parameter named like a scheme (`basic=foo`) stays a
 *   parameter, and `A x=1, B y=2` is two challenges.
 * - **Repeated parameter** within one challenge: the first value is kept, later ones are
 *   ignored, and this is not an error (RFC 9110 forbids the repetition but names no
 *   recovery; Firefox keeps the first; oauth4webapi keeps the last).
 * - **Prototype safety.** Every `params` object is a plain `{}`, and each value is stored
 *   with `Object.defineProperty` as an own, enumerable, writable data property. A
 *   parameter named `__proto__`, `constructor` or `toString` is therefore kept as an
 *   ordinary own property holding its string: it never changes any prototype, neither
 *   `Object.prototype` nor the prototype of `params`.
 * - **Folded headers** (pasted from a spec or a log): each CRLF or LF followed by SP or
 *   HTAB is removed before parsing, and the SP or HTAB is kept. Any other CR or LF (a
 *   trailing newline included) is a control character and an error.
 * - **Empty field.** A field with no challenge at all (`""`, `","`, white space) is an
 *   error: a `WWW-Authenticate` field is sent to carry at least one challenge.
 * - **Errors.** On a syntax error the rest of that field is skipped and `ok` is false.
 *   The challenges completed before the error are returned; the challenge in which the
 *   error was met is dropped (its parameters may be cut short or misread), e.g.
 *   `Digest, Basic realm="my"realm"` gives `Digest` only. The other fields are still
 *   parsed.
 *
 * @module
 */

/**
 * One challenge of a `WWW-Authenticate` header, e.g. `Bearer realm="api", error=invalid_token`
 * gives `{ scheme: "Bearer", params: { realm: "api", error: "invalid_token" } }`.
 */
export interface Challenge {
  /**
   * The authentication scheme with its case as sent (`Bearer`, `DiGeSt`). Schemes are
   * case-insensitive: compare them with {@link findChallenge} or after lowercasing.
   */
  scheme: string;
  /**
   * The auth-params, by lowercased name, with values unquoted and unescaped. Empty for a
   * bare scheme and for a token68 challenge. A plain object whose keys are all own data
   * properties (a `__proto__` parameter is stored as an own property, never as a
   * prototype); when the name you look up could be an `Object.prototype` member such as
   * `constructor`, test it with `Object.hasOwn(params, name)` first. When a name is
   * repeated in one challenge, the first value is kept.
   */
  params: Record<string, string>;
  /**
   * The token68 of a challenge sent in that form (`Negotiate YIIB...==`), as sent; absent
   * otherwise.
   */
  token68?: string;
}

/**
 * The result of {@link parseWwwAuthenticate}: `ok` is false when a syntax error was met
 * in any field (or a field held no challenge); `challenges` holds every challenge read
 * completely, in order, whether `ok` is true or not.
 */
export interface ChallengeParse {
  /** True when every field parsed without error and held at least one challenge. */
  ok: boolean;
  /** The challenges read, in field order then in order within each field. */
  challenges: Challenge[];
}

/** One field's result: the challenges read completely and whether an error was met. */
interface FieldParse {
  ok: boolean;
  challenges: Challenge[];
}

const SP = 0x20;
const HTAB = 0x09;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/** tchar of RFC 9110 section 5.6.2, indexed by char code (ASCII only). */
const TCHAR: readonly boolean[] = (() => {
  const table: boolean[] = new Array<boolean>(128).fill(false);
  const set = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i < set.length; i++) table[set.charCodeAt(i)] = true;
  return table;
})();

/** token68 characters other than the trailing "=" (RFC 9110 section 11.2). */
const TOKEN68: readonly boolean[] = (() => {
  const table: boolean[] = new Array<boolean>(128).fill(false);
  const set = "-._~+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i < set.length; i++) table[set.charCodeAt(i)] = true;
  return table;
})();

function isTchar(code: number): boolean {
  return code < 128 && TCHAR[code] === true;
}

function isToken68Char(code: number): boolean {
  return code < 128 && TOKEN68[code] === true;
}

function isWhite(code: number): boolean {
  return code === SP || code === HTAB;
}

/** Lowercase ASCII letters only (no Unicode case mapping: `\u212A` is not `k`). */
function asciiLower(s: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) {
      out += s.slice(start, i) + String.fromCharCode(code + 0x20);
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

/** Remove each CRLF or LF that is followed by SP or HTAB (obs-fold), keeping the SP/HTAB. */
function unfold(s: string): string {
  if (s.indexOf("\n") === -1) return s;
  let out = "";
  let segment = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== LF) continue;
    const next = s.charCodeAt(i + 1);
    if (next !== SP && next !== HTAB) continue;
    const end = i > segment && s.charCodeAt(i - 1) === CR ? i - 1 : i;
    out += s.slice(segment, end);
    segment = i + 1;
  }
  return out + s.slice(segment);
}

/** Store `name` in `params` unless already there, as an own data property. */
function setParam(params: Record<string, string>, name: string, value: string): void {
  if (Object.hasOwn(params, name)) return;
  // Plain assignment makes an own data property for every name but `__proto__`, whose
  // assignment would set the prototype instead: that one is defined explicitly.
  if (name === "__proto__") {
    Object.defineProperty(params, name, { value, writable: true, enumerable: true, configurable: true });
  } else {
    params[name] = value;
  }
}

/** Parse one field value (after unfolding). */
function parseField(raw: string): FieldParse {
  const s = unfold(raw);
  const n = s.length;
  const challenges: Challenge[] = [];
  const fail = (): FieldParse => ({ ok: false, challenges });

  const skipWhite = (from: number): number => {
    let i = from;
    while (i < n && isWhite(s.charCodeAt(i))) i++;
    return i;
  };
  const skipSeparators = (from: number): number => {
    let i = from;
    while (i < n) {
      const code = s.charCodeAt(i);
      if (code !== COMMA && !isWhite(code)) break;
      i++;
    }
    return i;
  };
  const scanToken = (from: number): number => {
    let i = from;
    while (i < n && isTchar(s.charCodeAt(i))) i++;
    return i;
  };

  let i = 0;
  // A scheme already read by the parameter loop (the token that ended the previous challenge).
  let pendingScheme: string | undefined;

  for (;;) {
    let scheme: string;
    if (pendingScheme !== undefined) {
      scheme = pendingScheme;
      pendingScheme = undefined;
    } else {
      i = skipSeparators(i);
      if (i >= n) break;
      const end = scanToken(i);
      if (end === i) return fail();
      scheme = s.slice(i, end);
      i = end;
    }

    // White space after the scheme: it must hold a SP to introduce parameters.
    let sawSpace = false;
    while (i < n) {
      const code = s.charCodeAt(i);
      if (code === SP) sawSpace = true;
      else if (code !== HTAB) break;
      i++;
    }
    if (i >= n) {
      challenges.push({ scheme, params: {} });
      break;
    }
    if (!sawSpace) {
      if (s.charCodeAt(i) !== COMMA) return fail();
      challenges.push({ scheme, params: {} });
      continue;
    }

    // token68: token68 chars, then "="s, then the end of the challenge.
    if (s.charCodeAt(i) !== COMMA) {
      let j = i;
      while (j < n && isToken68Char(s.charCodeAt(j))) j++;
      if (j > i) {
        let k = j;
        while (k < n && s.charCodeAt(k) === EQUALS) k++;
        const after = skipWhite(k);
        if (after >= n || s.charCodeAt(after) === COMMA) {
          challenges.push({ scheme, params: {}, token68: s.slice(i, k) });
          i = after;
          continue;
        }
      }
    }

    // auth-params. `direct`: the element follows the scheme's space with no comma, so it
    // must be a parameter (it cannot start another challenge).
    const params: Record<string, string> = {};
    let direct = s.charCodeAt(i) !== COMMA;
    let fieldEnded = false;
    for (;;) {
      if (!direct) {
        i = skipSeparators(i);
        if (i >= n) {
          fieldEnded = true;
          break;
        }
      }
      const nameStart = i;
      const nameEnd = scanToken(i);
      if (nameEnd === nameStart) return fail();
      let k = skipWhite(nameEnd);
      if (k >= n || s.charCodeAt(k) !== EQUALS) {
        if (direct) return fail();
        // This token is the scheme of the next challenge.
        pendingScheme = s.slice(nameStart, nameEnd);
        i = nameEnd;
        break;
      }
      k = skipWhite(k + 1);
      if (k >= n) return fail();
      let value: string;
      if (s.charCodeAt(k) === DQUOTE) {
        k++;
        value = "";
        let segment = k;
        let closed = false;
        while (k < n) {
          const code = s.charCodeAt(k);
          if (code === DQUOTE) {
            value += s.slice(segment, k);
            k++;
            closed = true;
            break;
          }
          if (code === BACKSLASH) {
            if (k + 1 >= n) return fail();
            const escaped = s.charCodeAt(k + 1);
            if ((escaped < 0x20 && escaped !== HTAB) || escaped === 0x7f) return fail();
            value += s.slice(segment, k) + s.charAt(k + 1);
            k += 2;
            segment = k;
            continue;
          }
          if ((code < 0x20 && code !== HTAB) || code === 0x7f) return fail();
          k++;
        }
        if (!closed) return fail();
      } else {
        const valueEnd = scanToken(k);
        if (valueEnd === k) return fail();
        value = s.slice(k, valueEnd);
        k = valueEnd;
      }
      setParam(params, asciiLower(s.slice(nameStart, nameEnd)), value);
      i = skipWhite(k);
      if (i >= n) {
        fieldEnded = true;
        break;
      }
      if (s.charCodeAt(i) !== COMMA) return fail();
      direct = false;
    }
    challenges.push({ scheme, params });
    if (fieldEnded) break;
  }

  return challenges.length === 0 ? fail() : { ok: true, challenges };
}

/**
 * Parse `WWW-Authenticate` field values into their challenges, following RFC 9110
 * section 11.6.1 (the decisions on cases where parsers disagree are listed in the module
 * documentation).
 *
 * Pass one field value as a string, or every `WWW-Authenticate` field of a response as a
 * list: the fields are parsed one by one and their challenges concatenated in order (a
 * `Headers.get` value, where the fields are already joined with `", "`, parses the same).
 * An empty list gives `{ ok: true, challenges: [] }` (no field, so no error).
 *
 * Never throws. A malformed field makes `ok` false; the challenges read completely before
 * the error in that field are kept, the challenge being read when the error was met is
 * dropped, the rest of that field is skipped, and the following fields are still parsed.
 * A field that holds no challenge (empty, only commas and white space), or a value that is
 * not a string, counts as malformed.
 *
 * Runs in time linear in the total input length and uses no Node or DOM API.
 *
 * @example
 * ```ts
 * parseWwwAuthenticate('Bearer realm="example", error="insufficient_scope", scope="read write"');
 * // { ok: true, challenges: [{ scheme: "Bearer",
 * //   params: { realm: "example", error: "insufficient_scope", scope: "read write" } }] }
 * ```
 *
 * @param fields One field value, or the list of all `WWW-Authenticate` field values.
 * @returns `ok`, and the challenges read.
 */
export function parseWwwAuthenticate(fields: string | readonly string[]): ChallengeParse {
  if (typeof fields === "string") return parseField(fields);
  if (!Array.isArray(fields)) return { ok: false, challenges: [] };
  let ok = true;
  const challenges: Challenge[] = [];
  for (const field of fields as readonly unknown[]) {
    if (typeof field !== "string") {
      ok = false;
      continue;
    }
    const result = parseField(field);
    if (!result.ok) ok = false;
    for (const challenge of result.challenges) challenges.push(challenge);
  }
  return { ok, challenges };
}

/**
 * The first challenge whose scheme is `scheme`, compared case-insensitively (ASCII case
 * only, as for HTTP tokens), or `undefined` when there is none.
 *
 * @example
 * ```ts
 * const { challenges } = parseWwwAuthenticate(response.headers.get("www-authenticate") ?? "");
 * const bearer = findChallenge(challenges, "bearer");
 * if (bearer?.params.error === "insufficient_scope") { ... }
 * ```
 *
 * @param challenges Challenges as returned by {@link parseWwwAuthenticate}.
 * @param scheme The scheme to look for, in any case.
 * @returns The first matching challenge, or `undefined`.
 */
export function findChallenge(
  challenges: readonly Challenge[],
  scheme: string,
): Challenge | undefined {
  const wanted = asciiLower(scheme);
  for (const challenge of challenges) {
    if (asciiLower(challenge.scheme) === wanted) return challenge;
  }
  return undefined;
}

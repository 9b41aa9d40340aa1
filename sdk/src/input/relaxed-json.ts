/**
 * Reads the object notations that clients print instead of JSON: a Python dict repr
 * (`{'ok': False, 'error': 'missing_scope', 'x': None}`, as python-slack-sdk and the
 * OpenAI SDK print a body) and a JavaScript object as `console.log` shows it
 * (`{ status: 403, headers: { 'content-type': 'application/json' }, data: [Object] }`),
 * and a Ruby Hash as `inspect` shows it (`{"Status"=>401, "Type"=>nil}`, `{:status=>503}`).
 *
 * Accepted on top of JSON: single-quoted strings, strings in typographic quotes (“...”, ‘...’) (with `\'`, `\xNN` and the usual
 * escapes; Python 2's `u'...'` too), unquoted identifier keys, `=>` for `:`, `True`/`False`/`None`, `nil`, `undefined`, Python tuples
 * as lists, trailing commas, and Node's placeholders (`[Object]`, `[Array]`,
 * `[Circular *1]`, `<ref *1>`, `[Function: name]`, `... 3 more items`), which read as
 * `null` (or are skipped), as is what a person cut out before posting (`[...]`, `"links": …`); a value they masked in angle brackets (`<ID>`) reads as that text. One pass, nesting limited to `MAX_JSON_DEPTH`: linear, and
 * never a stack overflow. Returns `undefined` for anything it cannot read whole.
 *
 * Imported by both server and browser code.
 * @module
 */
import { MAX_JSON_DEPTH } from "../json.js";

class Stop {}
const STOP = new Stop();

/** The value the text holds, or `undefined` when it is not such a notation. */
export function readRelaxedJson(text: string): unknown {
  const r = new Reader(text);
  try {
    r.space();
    const value = r.value(0);
    r.space();
    return r.i === text.length ? value : undefined;
  } catch (e) {
    if (e === STOP) return undefined;
    throw e;
  }
}

const IDENT_START = /[A-Za-z_$]/;
const IDENT = /[A-Za-z0-9_$-]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A person's mask for a value they cut out, in angle brackets (`<ID>`, `<PHONE>`, `<your token>`). */
const MASK = /<[A-Za-z][A-Za-z0-9_ .-]{0,40}>/y;
/** Node's placeholders for what `util.inspect` did not print. */
const PLACEHOLDER = /\[(?:Object|Array|Circular \*\d+|Getter(?:\/Setter)?|Setter|Function(?:: [^\]\n]{0,200})?|class [^\]\n]{0,200})\]/y;

class Reader {
  i = 0;
  constructor(readonly t: string) {}

  fail(): never {
    throw STOP;
  }

  space(): void {
    const t = this.t;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (isBlank(c)) this.i++;
      else if (t.startsWith("<ref *", this.i)) {
        const end = t.indexOf(">", this.i);
        if (end < 0) this.fail();
        this.i = end + 1;
      } else return;
    }
  }

  value(depth: number): unknown {
    if (depth > MAX_JSON_DEPTH) this.fail();
    const t = this.t;
    const c = t.charAt(this.i);
    if (c === "{") return this.object(depth);
    if (c === "[" ) {
      PLACEHOLDER.lastIndex = this.i;
      const m = PLACEHOLDER.exec(t);
      if (m) {
        this.i += m[0].length;
        return null;
      }
      return this.list("]", depth);
    }
    if (c === "(") return this.list(")", depth);
    if (opensString(c)) return this.string();
    if (t.startsWith("ErrorDetail(", this.i)) return this.errorDetail(depth);
    if (this.unicodePrefix()) return this.string();
    // A member's value a person cut out (`"links": ...`): unknown, so null.
    const cut = this.ellipsis();
    if (cut > 0 && this.elided(cut)) {
      this.i += cut;
      return null;
    }
    NUMBER.lastIndex = this.i;
    const n = NUMBER.exec(t);
    if (n) {
      this.i += n[0].length;
      return Number(n[0]);
    }
    // A value the person masked before posting, left unquoted (`'fbtrace_id': <ID>`): that text.
    MASK.lastIndex = this.i;
    const mask = MASK.exec(t);
    if (mask) {
      this.i += mask[0].length;
      return mask[0];
    }
    for (const [word, v] of WORDS) {
      if (t.startsWith(word, this.i) && !IDENT.test(t.charAt(this.i + word.length))) {
        this.i += word.length;
        return v;
      }
    }
    return this.fail();
  }

  object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.space();
      if (this.t.charAt(this.i) === "}") {
        this.i++;
        return out;
      }
      if (this.more()) continue;
      const key = this.key();
      this.space();
      // Ruby's Hash#inspect separates with "=>" (`{"Status"=>401}`, `{"errors" => [...]}`).
      if (this.t.startsWith("=>", this.i)) this.i++;
      else if (this.t.charAt(this.i) !== ":") this.fail();
      this.i++;
      this.space();
      const v = this.value(depth + 1);
      if (key !== "__proto__") out[key] = v;
      this.space();
      const c = this.t.charAt(this.i);
      if (c === ",") this.i++;
      else if (c !== "}") this.fail();
    }
  }

  /**
   * Django REST Framework's `ErrorDetail(string='Rate limit reached. ...', code='throttled')`, the repr of the string a DRF
   * API sends (Codecov's uploaders print `{'detail': ErrorDetail(...)}`): read as that string, which is what the body held.
   */
  errorDetail(depth: number): string {
    this.i += "ErrorDetail(".length;
    let text: string | undefined;
    for (;;) {
      this.space();
      if (this.t.charAt(this.i) === ")") {
        this.i++;
        return text ?? this.fail();
      }
      const key = this.key();
      if (this.t.charAt(this.i) !== "=") this.fail();
      this.i++;
      const v = this.value(depth + 1);
      if (key === "string" && typeof v === "string") text = v;
      this.space();
      if (this.t.charAt(this.i) === ",") this.i++;
      else if (this.t.charAt(this.i) !== ")") this.fail();
    }
  }

  list(close: "]" | ")", depth: number): unknown[] {
    const out: unknown[] = [];
    this.i++;
    for (;;) {
      this.space();
      if (this.t.charAt(this.i) === close) {
        this.i++;
        return out;
      }
      if (this.more()) continue;
      out.push(this.value(depth + 1));
      this.space();
      const c = this.t.charAt(this.i);
      if (c === ",") this.i++;
      else if (c !== close) this.fail();
    }
  }

  /**
   * Node's `... 3 more items` line inside a long list or object, or what a person cut out of
   * a body before posting it (`"links": [...]`, `{"error": {...}}`, `..., "code": 429`, in
   * three dots or an ellipsis character): skipped.
   */
  more(): boolean {
    const len = this.ellipsis();
    if (len === 0) return false;
    const m = /\.\.\. \d{1,12} more (?:items?|bytes?)/y;
    m.lastIndex = this.i;
    const hit = m.exec(this.t);
    if (hit) this.i += hit[0].length;
    else if (this.elided(len)) this.i += len;
    else this.fail();
    this.space();
    if (this.t.charAt(this.i) === ",") this.i++;
    return true;
  }

  /** The length of the ellipsis at the reading position (`...`, a longer run of dots as some write it, `....`, or `…`), or 0. */
  ellipsis(): number {
    if (this.t.charAt(this.i) === "\u2026") return 1;
    let n = 0;
    while (n < 20 && this.t.charCodeAt(this.i + n) === 0x2e /* . */) n++;
    return n >= 3 ? n : 0;
  }

  /** Whether the ellipsis of `len` characters here stands alone for what was cut: a comma or a closing bracket follows it. */
  elided(len: number): boolean {
    let at = this.i + len;
    while (at < this.t.length && (this.t.charAt(at) === " " || this.t.charAt(at) === "\t")) at++;
    const c = this.t.charAt(at);
    return c === "," || c === "]" || c === "}" || c === ")" || c === "\n" || c === "\r";
  }

  key(): string {
    const t = this.t;
    // A Ruby symbol before `=>` (`{:status=>503}`, as Ruby before 3.4 inspects a Hash): its name.
    if (t.charAt(this.i) === ":" && IDENT_START.test(t.charAt(this.i + 1))) this.i++;
    const c = t.charAt(this.i);
    if (opensString(c)) return this.string();
    if (this.unicodePrefix()) return this.string();
    if (!IDENT_START.test(c)) {
      NUMBER.lastIndex = this.i;
      const n = NUMBER.exec(t);
      if (!n) this.fail();
      this.i += n[0].length;
      return n[0];
    }
    const start = this.i;
    while (this.i < t.length && IDENT.test(t.charAt(this.i))) this.i++;
    return t.slice(start, this.i);
  }

  /** Python 2's `u'...'` (PyGithub's `403 {u'message': u'...'}`): steps over the `u` when a quote follows. */
  unicodePrefix(): boolean {
    const q = this.t.charAt(this.i + 1);
    if (this.t.charAt(this.i) !== "u" || (q !== "'" && q !== '"')) return false;
    this.i++;
    return true;
  }

  /**
   * Whether a double quote at `i - 1` ends its string: what follows it (after spaces) is what may follow a value, or
   * nothing. GitHub's and Stack Overflow's Markdown turn an escaped `\"` into `"`, so a body copied from the rendered page
   * has bare quotes inside its strings (YouTube's `"...your \u003ca href="/youtube/v3/getting-started#quota"\u003equota..."`);
   * a quote followed by anything else is read as part of the string. Each look-ahead covers the spaces after one quote: linear.
   */
  closes(i: number): boolean {
    const t = this.t;
    while (i < t.length && isBlank(t.charCodeAt(i))) i++;
    if (i === t.length) return true;
    const c = t.charAt(i);
    return c === "," || c === "}" || c === "]" || c === ":" || c === ")" || (c === "=" && t.charAt(i + 1) === ">");
  }

  string(): string {
    const t = this.t;
    // A forum's typographic quotes (`{“code”:124}`, as Discourse shows a pasted body; `{‘error’: ...}`) close with their
    // right-hand mark, which a forum's editor also puts where a string opens (`,”message”:`).
    const quote = TYPOGRAPHIC_CLOSE.get(t.charAt(this.i)) ?? t.charAt(this.i);
    let out = "";
    let run = ++this.i;
    while (this.i < t.length) {
      const c = t.charAt(this.i);
      // A right single quote is also a word's apostrophe (`‘You’re ...’`): like a bare double quote, it ends its string only
      // where a value may end.
      if (c === quote && ((quote !== '"' && quote !== "\u2019") || this.closes(this.i + 1))) {
        out += t.slice(run, this.i++);
        return out;
      }
      if (c === "\n") this.fail();
      if (c !== "\\") {
        this.i++;
        continue;
      }
      out += t.slice(run, this.i);
      const e = t.charAt(this.i + 1);
      this.i += 2;
      if (e === "x" || e === "u") {
        const len = e === "x" ? 2 : 4;
        const hex = t.slice(this.i, this.i + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail();
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += len;
      } else out += ESCAPES[e] ?? e;
      run = this.i;
    }
    return this.fail();
  }
}

/** A space, tab or line break: what the reader steps over between tokens. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Whether a string opens with `c`: a straight quote, or a typographic one. */
const opensString = (c: string): boolean => c === '"' || c === "'" || TYPOGRAPHIC_CLOSE.has(c);

/** A typographic quote that opens a string, and the mark that closes it. */
const TYPOGRAPHIC_CLOSE: ReadonlyMap<string, string> = new Map([
  ["\u201c", "\u201d"],
  ["\u201d", "\u201d"],
  ["\u2018", "\u2019"],
  ["\u2019", "\u2019"],
]);
const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0" };
const WORDS: readonly [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
  ["True", true],
  ["False", false],
  ["None", null],
  ["nil", null],
  ["undefined", null],
  ["NaN", null],
];

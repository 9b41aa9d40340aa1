/**
 * An explanation as a person reads it in a terminal: the class and its chain, what to do,
 * retrying, the provider and the request id, the fields and where each came from, the
 * deciding rule, what was read, the warnings and the docs link. Pure: an `Explanation`
 * in, lines out, none wider than the width (80 columns), colour only through the painter.
 *
 * Every value shown comes from the error object or the parsed input and is masked with
 * the SDK's masking (`maskHeader` for header values, `maskText` for everything else), as
 * the classifier page masks them, then made printable (no control characters).
 * @module
 */
import {
  guidanceFor,
  MASK,
  RULES,
  RULE_ACTIONS,
  actionOf,
  findProvider,
  SITE_ORIGIN,
  ancestry,
  backoffDelay,
  isErrorName,
  isSecretName,
  maskHeader,
  maskText,
  rulePath,
  snakeCase,
  type AlterSDKError,
  type Explanation,
  type InputFormat,
  type MappedAs,
} from "../docs.js";
import { MAX_WIDTH, columns, cut, hanging, paintCode, painter, printable, takeColumns, wrap, type Paint } from "./text.js";

/** How to render. */
export interface RenderOptions {
  /** Colour (ANSI) on or off. */
  color: boolean;
  /** The widest line, at most 80. */
  width?: number;
}

/** A value is shown up to this many characters, then cut with "… (N more characters)". */
export const MAX_SHOWN = 1000;
/** Headers listed at most, and each header value's characters at most. */
const MAX_HEADERS = 30;
const MAX_HEADER_VALUE = 300;
/** Details listed at most. */
const MAX_DETAILS = 50;
/** HAR entries listed at most. */
const MAX_ENTRIES = 10;
/** The label column of the rows (`Request id  `). */
const LABEL = 12;
/** A value this short, on one line, sits in the fields table's value column. */
const SHORT_VALUE = 32;

/**
 * A value as the fields and details show it, as the classifier page does: a string with a
 * secret's name (`access_token`) is masked whole; otherwise strings are quoted unless
 * multi-line, the rest is JSON on one line; secrets are masked in the serialised text, of which
 * only the head is masked and shown (twice what is shown, so that a secret cut at the edge
 * is whole when masked): a 5 MiB body costs one `JSON.stringify`, not a walk.
 *
 * @param value - The value.
 * @param key - Its field or details key, when it has one.
 */
export function showValue(value: unknown, key = ""): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string" && key !== "" && isSecretName(key)) return MASK;
  let text: string;
  try {
    // Multi-line text as it is (without its trailing blank lines); the rest as JSON.
    text = typeof value === "string" && value.includes("\n") ? value.trimEnd() : oneLineJson(value);
  } catch {
    text = String(value);
  }
  return safe(text);
}

/**
 * JSON on one line, with a space after each `,` and `:` so that it wraps between members:
 * `{"message": "Bad credentials", "status": "401"}`. (Every line break of indented JSON is
 * structure: a string holds its own as `\n`.)
 */
function oneLineJson(value: unknown): string {
  const text = JSON.stringify(value, null, 1);
  if (text === undefined) return String(value);
  return text.replace(/([[{])\n */g, "$1").replace(/\n *([\]}])/g, "$1").replace(/\n */g, " ");
}

/**
 * Text from the input as shown: masked (only its head, twice what is shown, so that a
 * secret cut at the edge is whole when masked), cut to `max` characters with
 * "… (N more characters)", made printable.
 */
function safe(text: string, max = MAX_SHOWN): string {
  const masked = maskText(text.slice(0, 2 * max));
  return printable(text.length > max ? `${masked.slice(0, max)}… (${text.length - max} more characters)` : masked);
}

/** What each input format is, in words. */
const FORMATS: Record<InputFormat, string> = {
  http: "a raw HTTP response",
  "curl-i": "curl -i output",
  "curl-v": "curl -v output",
  har: "a HAR file",
  "json-wrapper": "a response object",
  "json-body": "a bare JSON body",
  "network-text": "a network error text",
  "html-page": "an HTML error page",
  "sdk-error": "a logged SDK error",
  log: "a client's printout of a response",
};

/** Which rules read it, in words. */
const SOURCES: Record<MappedAs, string> = {
  backend: "the Alter backend's rules",
  provider: "the provider rules",
  poll: "the poll-result rules",
  network: "the network-failure rules",
  logged: "the logged-error rules",
};

/** Fields with a row of their own (Message, Retry, Request id, Docs), left out of the table. */
const OWN_ROW = new Set(["message", "docsUrl", "retryable", "retryAfter", "requestId", "cause"]);

/** Every rule's one-line statement, by id. */
const STATEMENTS = new Map<string, string>(RULES.map((r) => [r.id, r.statement]));

/** Where a value came from, as the command line says it: `opts.providerId` is `--provider` here. */
function fromWhere(source: string): string {
  return source.replace(/\bopts\.providerId\b/g, "--provider").replace(/\bopts\.grantId\b/g, "--grant");
}

/** Builds the lines. */
class Out {
  readonly lines: string[] = [];
  constructor(
    readonly paint: Paint,
    readonly width: number,
  ) {}

  blank(): void {
    if (this.lines.length && this.lines.at(-1) !== "") this.lines.push("");
  }

  /** A heading of its own line. */
  heading(text: string): void {
    this.lines.push(this.paint(text, "bold"));
  }

  /** Prose (may hold `code`), wrapped at `indent`. */
  prose(text: string, indent = 0, ...styles: Parameters<Paint>[1][]): void {
    const pad = " ".repeat(indent);
    this.lines.push(...paintCode(wrap(text, this.width - indent), this.paint, styles).map((l) => pad + l));
  }

  /** A labelled row: the label bold, the text wrapped beside it; `note` dim after it, or under it when it does not fit. */
  row(label: string, text: string, note?: string, textStyles: Parameters<Paint>[1][] = [], code = false): void {
    const head = this.paint(label.padEnd(LABEL), "bold");
    // `code` in the SDK's own prose is coloured; text from the input is shown as it is.
    const paintText = (lines: string[]) => (code ? paintCode(lines, this.paint, textStyles) : lines.map((l) => this.paint(l, ...textStyles)));
    if (note !== undefined && !text.includes("\n") && LABEL + columns(text) + 2 + columns(note) <= this.width) {
      this.lines.push(head + paintText([text])[0] + "  " + this.paint(note, "dim"));
      return;
    }
    const lines = hanging(label, text, LABEL, this.width);
    const texts = paintText(lines.map((l) => l.slice(LABEL)));
    lines.forEach((l, i) => this.lines.push((i === 0 ? head : l.slice(0, LABEL)) + texts[i]));
    if (note !== undefined) for (const l of wrap(note, this.width - LABEL)) this.lines.push(" ".repeat(LABEL) + this.paint(l, "dim"));
  }

  /** A list item under a heading: `marker` then the text with a hanging indent. */
  item(marker: string, text: string, markerStyles: Parameters<Paint>[1][] = [], textStyles: Parameters<Paint>[1][] = []): void {
    const indent = 2 + marker.length + 1;
    const lines = paintCode(wrap(text, this.width - indent), this.paint, textStyles);
    lines.forEach((l, i) => this.lines.push((i === 0 ? `  ${this.paint(marker, ...markerStyles)} ` : " ".repeat(indent)) + l));
  }

  /** Plain lines of a value, wrapped at `indent`. */
  value(text: string, indent: number): void {
    const pad = " ".repeat(indent);
    for (const l of wrap(text, this.width - indent)) this.lines.push(pad + l);
  }
}

/**
 * The explanation for a person: lines of at most `width` (80) columns, coloured when
 * `color` is on. An error gets its class, chain, action, recovery, retrying, provider,
 * request id, deciding rule, fields, details, what was read and the docs link; a response
 * that is not an error gets one line saying so, the deciding rule and what was read.
 *
 * @param x - What `explain` returned.
 * @param opts - Colour, and the width (default and at most 80).
 */
export function renderExplanation(x: Explanation, opts: RenderOptions): string[] {
  const width = Math.min(Math.max(opts.width ?? MAX_WIDTH, 40), MAX_WIDTH);
  const out = new Out(painter(opts.color), width);
  if (x.error) renderError(out, x, x.error);
  else {
    out.prose("Not an error: the SDK raises nothing for this response.", 0, "bold", "green");
    out.blank();
    renderProvider(out, x, undefined);
  }
  renderRule(out, x);
  out.blank();
  renderFields(out, x);
  renderInput(out, x);
  if (x.error) {
    out.blank();
    const url = x.error.docsUrl;
    const ours = url.startsWith(SITE_ORIGIN + "/");
    const shown = ours ? url : safe(url, 300);
    const note = ours ? undefined : "(the response's documentation_url)";
    // A URL is never broken when a line can hold it: beside the label, else on a line of its own.
    if (LABEL + columns(shown) <= out.width || 2 + columns(shown) > out.width) out.row("Docs", shown, note);
    else {
      out.lines.push(out.paint("Docs", "bold") + (note ? `  ${out.paint(note, "dim")}` : ""));
      out.value(shown, 2);
    }
  }
  while (out.lines.at(-1) === "") out.lines.pop();
  return out.lines;
}

function renderError(out: Out, x: Explanation, error: AlterSDKError): void {
  const name = error.name;
  const chain = isErrorName(name) ? ancestry(name).slice(1) : [];
  const head = `${name}  (${chain.join(" > ")})`;
  if (chain.length && columns(head) <= out.width) out.lines.push(out.paint(name, "bold", "red") + "  " + out.paint(`(${chain.join(" > ")})`, "dim"));
  else {
    out.prose(name, 0, "bold", "red");
    if (chain.length) out.prose(`(${chain.join(" > ")})`, 2, "dim");
  }
  // A reason that says retrying cannot help (a CORS block, the caller's abort) has guidance of its own.
  const guide = isErrorName(name) ? guidanceFor(name, error.details.sdk_reason) : undefined;
  // A rule with an action of its own (a provider signal) says what to do about this very response; the class's steps follow, for
  // the code that catches every error of the class (they would read as this response's answer under "What to do").
  const action = actionOf(RULE_ACTIONS, x.rule, x.input.status);
  if (action !== undefined) out.prose(action, 0, "bold");
  else if (guide) out.prose(guide.action, 0, "bold");
  out.blank();
  out.row("Message", safe(error.message));
  if (guide?.recovery.length) {
    out.heading(action === undefined ? "What to do" : `For any ${name}`);
    guide.recovery.forEach((step, i) => out.item(`${i + 1}.`, step));
  }
  out.blank();
  renderRetry(out, x, error);
  renderProvider(out, x, error);
}

function renderRetry(out: Out, x: Explanation, error: AlterSDKError): void {
  const why = x.fields.retryable === undefined ? undefined : `(${fromWhere(x.fields.retryable)})`;
  if (!error.retryable) {
    // A wait the response named is still shown (an anonymous limit's "Expected time to availability"): what to do first is the action.
    const named = error.retryAfter === undefined ? "" : ` (the response names a wait of ${error.retryAfter} s)`;
    out.row("Retry", `no: the same call fails the same way${named}`, why);
    return;
  }
  if (error.retryAfter !== undefined) {
    out.row("Retry", `yes, after ${error.retryAfter} s`, `(${fromWhere(x.fields.retryAfter ?? "sent")})`, ["green"]);
    return;
  }
  const waits: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const ms = backoffDelay(error, attempt);
    if (ms === null) break;
    waits.push(ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
  }
  out.row("Retry", waits.length ? `yes, with backoff: ${waits.join(", ")}` : "yes", why, ["green"]);
}

function renderProvider(out: Out, x: Explanation, error: AlterSDKError | undefined): void {
  if (x.provider) out.row("Provider", printable(x.provider.name), `(${fromWhere(x.provider.evidence)})`);
  else {
    const named = error?.details.provider_id;
    if (typeof named === "string" && named !== "") {
      const known = findProvider(named);
      const from = x.fields.providerId ?? "details.provider_id";
      if (known) out.row("Provider", known.name, `(${fromWhere(from)})`);
      else if (x.source === "provider") out.row("Provider", safe(named, 100), "(not one the SDK knows: read with the generic provider rules)");
      else out.row("Provider", safe(named, 100), `(${fromWhere(from)})`);
    }
  }
  if (!error) return;
  if (error.requestId !== undefined) out.row("Request id", safe(error.requestId, 200), `(${fromWhere(x.fields.requestId ?? "")})`);
  else out.row("Request id", x.source === "network" ? "none: no response came back" : "none sent", undefined, ["dim"]);
}

function renderRule(out: Out, x: Explanation): void {
  const statement = STATEMENTS.get(x.rule);
  out.row("Decided by", statement ? `${x.rule}: ${statement}` : x.rule, undefined, [], true);
  const url = SITE_ORIGIN + rulePath(x.rule);
  // A URL is never broken (it could not be opened); one too long for any line is given as the page and the entry.
  if (LABEL + url.length <= out.width) out.value(url, LABEL);
  else if (2 + url.length <= out.width) out.value(url, 2);
  else {
    const page = SITE_ORIGIN + rulePath("").replace(/#$/, "");
    out.value(page, LABEL);
    out.prose(`(its entry ${x.rule})`, LABEL, "dim");
  }
}

function renderFields(out: Out, x: Explanation): void {
  const error = x.error;
  if (!error) return;
  const values = error as unknown as Record<string, unknown>;
  const rows: [key: string, value: string, from: string][] = [];
  const notSent: string[] = [];
  for (const key of Object.keys(x.fields)) {
    if (OWN_ROW.has(key)) continue;
    const value = values[key];
    if (value === undefined) notSent.push(key);
    else rows.push([key, showValue(value, key), fromWhere(x.fields[key]!)]);
  }
  if (rows.length || notSent.length) {
    out.heading("Fields");
    table(out, rows, true);
    if (notSent.length) out.item("not sent:", notSent.join(", "), ["dim"], ["dim"]);
  }
  // The rest of `details`: what a typed field above does not already show.
  const typed = new Set(Object.keys(x.fields).map(snakeCase));
  const details: [string, string, string][] = [];
  let more = 0;
  for (const key of Object.keys(error.details)) {
    if (typed.has(key)) continue;
    if (details.length < MAX_DETAILS) details.push([printable(cut(key, 64)), showValue(error.details[key], key), ""]);
    else more++;
  }
  if (details.length) {
    out.heading("Details");
    table(out, details, false);
    if (more) out.prose(`… ${more} more (--json lists them all)`, 2, "dim");
  }
}

/** Rows of name, value and source: short values in an aligned column, long ones under their name. */
function table(out: Out, rows: readonly [string, string, string][], withSource: boolean): void {
  const nameWidth = Math.min(Math.max(0, ...rows.map(([k]) => columns(k))), 24);
  const valueStart = 2 + nameWidth + 2;
  const short = rows.filter(([, v]) => !v.includes("\n") && columns(v) <= SHORT_VALUE);
  const valueWidth = Math.max(0, ...short.map(([, v]) => columns(v)));
  for (const [key, value, from] of rows) {
    const name = "  " + out.paint(key.padEnd(nameWidth), "cyan") + "  ";
    // Short, and within the line beside its name (a narrow terminal wraps even a short value).
    const inline = !value.includes("\n") && columns(value) <= SHORT_VALUE && valueStart + columns(value) <= out.width;
    if (inline && columns(key) <= nameWidth) {
      if (!(withSource && from)) {
        out.lines.push(name + value);
        continue;
      }
      // The source in its column, or just after the value when the column leaves no room.
      const padded = value + " ".repeat(Math.max(0, valueWidth - columns(value)));
      const shown = valueStart + columns(padded) + 2 + columns(from) <= out.width ? padded : valueStart + columns(value) + 2 + columns(from) <= out.width ? value : undefined;
      if (shown !== undefined) {
        out.lines.push(name + shown + "  " + out.paint(from, "dim"));
        continue;
      }
    }
    if (columns(key) > nameWidth) out.lines.push("  " + out.paint(key, "cyan"));
    const first = withSource && from ? `(${from})` : "";
    if (columns(key) <= nameWidth) {
      if (first) {
        const fromLines = wrap(first, out.width - valueStart);
        out.lines.push(name + out.paint(fromLines[0]!, "dim"));
        for (const l of fromLines.slice(1)) out.lines.push(" ".repeat(valueStart) + out.paint(l, "dim"));
        out.value(value, valueStart);
      } else {
        const lines = wrap(value, out.width - valueStart);
        out.lines.push(name + lines[0]);
        for (const l of lines.slice(1)) out.lines.push(" ".repeat(valueStart) + l);
      }
    } else {
      if (first) for (const l of wrap(first, out.width - 4)) out.lines.push("    " + out.paint(l, "dim"));
      out.value(value, 4);
    }
  }
}

function renderInput(out: Out, x: Explanation): void {
  const input = x.input;
  const facts = [FORMATS[input.format] ?? input.format];
  if (input.status !== undefined) facts.push(safe(`status ${input.status} ${input.statusText ?? ""}`.trim(), 200));
  if (input.responses !== undefined && input.responses > 1) facts.push(`${input.responses} responses, the last counts`);
  if (input.format !== "network-text" && input.format !== "sdk-error") facts.push(`${input.headers.length} header${input.headers.length === 1 ? "" : "s"}`);
  if (input.network) facts.push(safe(`${input.network.code} (${input.network.where})`, 200));
  if (input.provider) facts.push(printable(`printed by ${input.provider.by}`));
  out.blank();
  out.row("Read as", facts.join(", "));
  const request = `${input.method ?? ""} ${input.url ?? ""}`.trim();
  if (request) out.row("Request", safe(request, 300));
  // The other source is offered for an HTTP response whose source was detected (as the classifier page does).
  const other = !x.sourceFromOptions && input.status !== undefined ? ({ backend: "provider", provider: "backend" } as Record<string, string>)[x.source] : undefined;
  const how = x.sourceFromOptions ? "as --source chose" : "detected";
  out.row("Rules", SOURCES[x.source] ?? x.source, other ? `(${how}; --source ${other} reads it as ${other === "backend" ? "the Alter backend's" : "a provider's"})` : `(${how})`);

  renderEntries(out, x);
  if (input.headers.length) {
    out.heading("Headers");
    for (const [name, value] of input.headers.slice(0, MAX_HEADERS)) {
      // The head of the value is masked (twice what is shown), then cut.
      const masked = maskHeader(name, value.slice(0, 2 * MAX_HEADER_VALUE));
      const shown = value.length > MAX_HEADER_VALUE ? `${masked.slice(0, MAX_HEADER_VALUE)}… (${value.length - MAX_HEADER_VALUE} more characters)` : masked;
      const lines = wrap(`${printable(cut(name, 64))}: ${printable(shown)}`, out.width - 4);
      lines.forEach((l, i) => out.lines.push(i === 0 ? "  " + l : "    " + l));
    }
    if (input.headers.length > MAX_HEADERS) out.prose(`… ${input.headers.length - MAX_HEADERS} more (--json lists them all)`, 2, "dim");
  }
  if (input.warnings.length) {
    out.heading("Warnings");
    for (const w of input.warnings) out.item("!", safe(w), ["yellow"]);
  }
}

function renderEntries(out: Out, x: Explanation): void {
  const entries = x.input.entries;
  if (x.input.format !== "har" || !entries?.length) return;
  const n = entries.length;
  const at = Math.max(0, entries.findIndex((e) => e.index === x.input.entry));
  const start = Math.max(0, Math.min(at - Math.floor(MAX_ENTRIES / 2), n - MAX_ENTRIES));
  const shown = entries.slice(start, start + MAX_ENTRIES);
  for (const l of wrap(`Failed requests (${n}); entry ${x.input.entry ?? "?"} was read, --entry N reads another`, out.width)) out.heading(l);
  const iw = Math.max(...shown.map((e) => String(e.index).length));
  const mw = Math.max(...shown.map((e) => columns(takeColumns(printable(e.method), 10))));
  for (const e of shown) {
    const mark = e.index === x.input.entry ? ">" : " ";
    const head = `${mark} ${String(e.index).padStart(iw)}  ${e.status}  ${takeColumns(printable(e.method), 10).padEnd(mw)} `;
    const room = out.width - 2 - columns(head);
    let url = safe(e.url, 300);
    if (columns(url) > room) url = takeColumns(url, room - 1) + "…";
    const line = `  ${head}${url}`;
    out.lines.push(e.index === x.input.entry ? out.paint(line, "bold") : line);
  }
  if (n > shown.length) out.prose(`… ${n - shown.length} more (--json lists them all)`, 2, "dim");
}

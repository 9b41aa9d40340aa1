/**
 * The classifier's view model: runs the SDK's `explain` on pasted text and turns the
 * explanation into what the page shows, as plain data: which parts to show, and the
 * content of each slot (a text, a link, or a list of rows), every secret masked by the
 * SDK's one masking module. Knows nothing of the DOM; the element writes this data into
 * a fresh copy of the result the server rendered, as text.
 *
 * Imported by the classifier's engine (bundled for the browser) and by the unit tests.
 * @module
 */
import {
  AlterValueError,
  SITE_ORIGIN,
  UNREADABLE_INPUT,
  actionOf,
  ancestry,
  errorPath,
  explain,
  isSecretName,
  MASK,
  maskHeader,
  maskText,
  maskValue,
  providerPath,
  rulePath,
  type AlterSDKError,
  type ErrorName,
  type Explanation,
  type Guidance,
  type MapOptions,
  type ParsedInput,
} from "@alter-ai/alter-sdk/docs";
import { fillSnippet } from "../lib/snippet-fill.js";

/**
 * One piece of text in a slot or a row: a link when it has `href`, otherwise plain
 * text; `cls` names its style (`code` for code).
 */
export interface Cell {
  text: string;
  href?: string;
  cls?: string;
}

/**
 * What a slot holds: a text, one link, one row of cells (a sentence with code in it), or
 * rows (table rows or list entries), each a row of cells.
 */
export type Content = string | Cell | Cell[] | Cell[][];

/** A failed request of a HAR export, as the picker offers it. */
export interface EntryChoice {
  /** Its index in `log.entries` (what `opts.entry` takes). */
  index: number;
  /** `GET https://api.example.com/x → 429`, secrets masked. */
  label: string;
  /** Whether it is the one classified. */
  current: boolean;
}

/** The state of the result, one of which is always shown. */
export type State = "empty" | "invalid" | "bug" | "error" | "success";

/** What the page shows. */
export interface View {
  state: State;
  /**
   * The parts to show, by the tokens of their `data-show`: the state first, then the
   * optional parts present (`provider`, `request-id`, `signal`, `warnings`, `entries`, `more`,
   * `challenges`, `malformed`, `to-backend`, `to-provider`).
   */
  show: string[];
  /** One sentence for the live region. */
  summary: string;
  /** Slot name → content. */
  slots: Record<string, Content>;
  /** A HAR's failed requests, when it held more than one. */
  entries?: EntryChoice[];
  /** What was read, for a share link rebuilt smaller. */
  input?: ParsedInput;
  /** The unexpected exception, for the `bug` state. */
  cause?: unknown;
}

/** What the page ships as data for the view: the SDK's guidance, the `catch` templates and the provider signals' statements. */
export interface PageData {
  /** Of the SDK's `GUIDANCE`, what the view reads: the action and the recovery of each class. */
  guidance: Readonly<Record<string, Pick<Guidance, "action" | "recovery">>>;
  /** The `catch` templates (`catchTemplates()`), by class name, `Name:retry` for the retry loop. */
  snippets: Readonly<Record<string, string>>;
  /**
   * The statement of every provider rule that says more than its class's guidance, by rule id (`RULES`; see `classifierData`):
   * shown in the answer when one decided, because it says what the class's own guidance cannot (Google's daily quota: wait for
   * midnight Pacific time, not "fix the request"; a limit for anonymous calls: send the key).
   * The mapper's bundle leaves the rule table's prose out; the page ships these as data.
   */
  signals?: Readonly<Record<string, string>>;
  /**
   * What to do about the response of every rule that has an action of its own, keyed as `RULE_ACTIONS` is (each provider signal's
   * `SignalDoc.action`, the generic provider rules', the plain 403's, the last catch-all's by status): the answer's action line when one
   * decided, in place of its class's generic one; the class's recovery steps follow under "For any <class>".
   */
  actions?: Readonly<Record<string, string>>;
}

/** Displayed values are cut here: the page is for reading, not for the whole 5 MiB. */
const MAX_SHOWN = 2500;
/**
 * Rows a list shows at most; the rest is one "N more" row. A pasted list can hold a
 * million items, and the DOM is built whole before it is shown.
 */
export const MAX_ROWS = 200;

const code = (text: string): Cell => ({ text, cls: "code" });

/** An origin no path can name: a path resolved against it that leaves it is not a path. */
const PROBE = "https://probe.invalid";

/** `rows`, at most {@link MAX_ROWS} of them, the rest counted in a last row. */
export function capRows(rows: Cell[][], what: string): Cell[][] {
  if (rows.length <= MAX_ROWS) return rows;
  return [...rows.slice(0, MAX_ROWS), [{ text: `… and ${rows.length - MAX_ROWS} more ${what}, not shown`, cls: "more" }]];
}

/**
 * A URL as a link when it is on the docs site (as its path, so it opens on this very
 * deployment), otherwise text: the page never links to an address that came from pasted
 * text. The origin is compared as the URL parser reads it, so neither
 * `https://docs.alterauth.com.evil.example/` nor `https://docs.alterauth.com@evil.example/`
 * passes for the site.
 */
export function siteLink(url: string): Content {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.origin !== SITE_ORIGIN || parsed.username || parsed.password) return url;
  const path = parsed.pathname + parsed.search + parsed.hash;
  // The path must stay on whatever origin serves this page: `//evil.example/` is not a path.
  if (new URL(path, PROBE).origin !== PROBE) return url;
  return { text: url, href: path };
}

/** A sentence of the SDK's, its `backticked` parts as code. */
export function prose(text: string): Cell[] {
  return text.split("`").map((part, i) => (i % 2 ? code(part) : { text: part }));
}

/**
 * A value as the field table shows it: strings quoted unless multi-line, JSON for the
 * rest, secrets masked, cut to `MAX_SHOWN` characters. Masking runs on the serialised
 * text, and only on its head (twice what is shown, so that a secret cut at the edge is
 * still whole when masked): a 5 MiB body costs one `JSON.stringify`, not a walk.
 */
export function showValue(value: unknown, key = ""): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string" && isSecretName(key)) return MASK;
  let text: string;
  try {
    // Multi-line text as it is; objects indented; strings and lists on one line (they wrap).
    text = typeof value === "string" && value.includes("\n") ? value : (JSON.stringify(value, null, Array.isArray(value) ? 0 : 2) ?? String(value));
  } catch {
    text = "[not serialisable]";
  }
  const shown = maskText(text.slice(0, 2 * MAX_SHOWN));
  return text.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}… (${text.length - MAX_SHOWN} more characters)` : shown;
}

/** The wait as a person reads it: `30 s`, `2 min 5 s`, `3 h 20 min`. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ""}`;
  if (s < 86400) return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ""}`;
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ""}`;
}

/**
 * Classifies `text` as the SDK does and returns what to show. Never throws: unreadable
 * input is the `invalid` state with the SDK's `AlterValueError` message; any other
 * exception is a bug, the `bug` state.
 */
/** The guidance the page ships for an error: its reason's own (`NetworkError:cors`, keyed as `REASON_GUIDANCE` is), else its class's. */
function guideOf(data: PageData, error: { name: string; details: Readonly<Record<string, unknown>> }): PageData["guidance"][string] | undefined {
  const reason = error.details.sdk_reason;
  return (typeof reason === "string" ? data.guidance[`${error.name}:${reason}`] : undefined) ?? data.guidance[error.name];
}

/**
 * The answer's action line: the deciding rule's own (a provider signal's, `PageData.actions`), else the error's guidance's. The card
 * and the summary a screen reader announces say the same.
 */
function leadAction(data: PageData, error: AlterSDKError, x: Explanation): string {
  return ownAction(data, x) ?? guideOf(data, error)?.action ?? "";
}

/** The deciding rule's own action for this response (its status's, for the last catch-all), when it has one. */
function ownAction(data: PageData, x: Explanation): string | undefined {
  return data.actions === undefined ? undefined : actionOf(data.actions, x.rule, x.input.status);
}

export function explainView(text: string, opts: MapOptions = {}, data: PageData = { guidance: {}, snippets: {} }): View {
  if (text.trim() === "") return { state: "empty", show: ["empty"], summary: "", slots: {} };
  try {
    return resultView(explain(text, opts), opts, data);
  } catch (err) {
    if (!(err instanceof AlterValueError)) return { state: "bug", show: ["bug"], summary: "The classifier failed on this input.", slots: {}, cause: err };
    // The message may quote the start of the input, secrets and all.
    const message = maskText(err.message);
    // For a text no reader knows, the forms it reads, as a list under the message.
    const accepted = err.details.sdk_reason === UNREADABLE_INPUT && Array.isArray(err.details.accepted) ? err.details.accepted.map((form) => prose(String(form))) : undefined;
    return {
      state: "invalid",
      show: accepted ? ["invalid", "invalid-accepted"] : ["invalid"],
      summary: `This input cannot be read. ${message}`,
      slots: { invalid: message, ...(accepted && { "invalid-accepted": accepted }) },
    };
  }
}

function resultView(x: Explanation, opts: MapOptions, data: PageData): View {
  const { input, error, source } = x;
  const more = [
    input.responses! > 1 ? `${input.responses} responses; the last one counts` : "",
    maskText(`${input.method ?? ""} ${input.url ?? ""}`.trim()),
    input.network ? `${input.network.code} (${input.network.where})` : "",
  ].filter(Boolean);
  // The other source is offered only for an HTTP response whose source was detected.
  const other = !x.sourceFromOptions && input.status !== undefined && { backend: "provider", provider: "backend" }[source as string];
  const requestId = error?.requestId;
  const state: State = error ? "error" : "success";
  // A provider signal's own statement, when one decided an error: what to do for this provider, beside the class's guidance.
  const signal = error ? data.signals?.[x.rule] : undefined;
  const optional: [string, unknown][] = [
    ["provider", x.provider],
    ["request-id", requestId],
    ["signal", signal],
    ["warnings", input.warnings.length],
    ["more", more.length],
    ["challenges", x.challenges],
    ["malformed", x.challenges?.ok === false],
    ["to-backend", other === "backend"],
    ["to-provider", other === "provider"],
  ];
  const entries = input.entries && input.entries.length > 1
    ? input.entries.map((e) => ({ index: e.index, label: maskText(`${e.method} ${e.url} → ${e.status}`), current: e.index === input.entry }))
    : undefined;
  const view: View = {
    state,
    show: [state, ...optional.filter(([, present]) => present).map(([token]) => token), ...(entries ? ["entries"] : [])],
    summary: error
      ? `${error.name}. ${leadAction(data, error, x).replace(/`/g, "")}`.trim()
      : "Not an error: the SDK raises nothing for this response.",
    slots: {
      rule: { text: x.rule, href: rulePath(x.rule) },
      source: `${source}, ${x.sourceFromOptions ? "as chosen" : "detected"}`,
      format: input.format,
      status: input.status === undefined ? "none" : `${input.status} ${input.statusText ?? ""}`.trim(),
      more: more.join("; "),
      "header-count": String(input.headers.length),
      headers: capRows(input.headers.map(([name, value]) => [code(name), code(maskHeader(name, value))]), "headers"),
      warnings: capRows(input.warnings.map((w) => [{ text: maskText(w) }]), "warnings"),
      trace: x.trace.map((step) => [
        { text: step.rule, href: rulePath(step.rule) },
        { text: step.matched ? "decided" : "no match", cls: step.matched ? "verdict matched" : "verdict" },
        { text: maskText(step.note ?? "") },
      ]),
      challenges: capRows(
        (x.challenges?.challenges ?? []).map((c) => [
          { text: c.scheme, cls: "code scheme" },
          ...(c.token68 === undefined ? Object.entries(c.params).map(([k, v]) => code(maskText(`${k}=${v}`))) : [code(maskText(c.token68))]),
        ]),
        "challenges",
      ),
      ...(x.provider && {
        provider: [{ text: x.provider.name, href: providerPath(x.provider.id) }, { text: ` (${x.provider.evidence})`, cls: "evidence" }],
      }),
      ...(requestId !== undefined && { "request-id": code(maskText(requestId)) }),
      ...(signal !== undefined && { signal: prose(signal) }),
    },
  };
  if (entries) view.entries = entries;
  view.input = input;
  if (error) Object.assign(view.slots, errorSlots(error, x, opts, data));
  return view;
}

/** Members the field table shows elsewhere or not at all, and the snippet's fact lines skip. */
const NOT_A_FACT = /^(?:message|docsUrl|retryable|responseBody|cause|details)$/;

function errorSlots(error: AlterSDKError, x: Explanation, opts: MapOptions, data: PageData): Record<string, Content> {
  const name = error.name as ErrorName;
  const values = error as unknown as Record<string, unknown>;
  const guide = guideOf(data, error);
  // A rule's own action, when one decided: the class's steps are then what to do for any error of the class.
  const hasOwnAction = ownAction(data, x) !== undefined;
  const facts: [string, unknown][] = [];
  for (const key of Object.keys(x.fields)) {
    const value = values[key];
    if (value === undefined || NOT_A_FACT.test(key) || (Array.isArray(value) && !value.length)) continue;
    facts.push([`error.${key}`, maskValue(value)]);
  }
  const provider = x.provider?.id ?? opts.providerId;
  const template = (error.retryable && data.snippets[`${name}:retry`]) || data.snippets[name] || "";
  const wait = error.retryAfter;
  return {
    name: { text: name, href: errorPath(name) },
    message: maskText(error.message),
    chain: ancestry(name).map((n) => [{ text: n, href: errorPath(n) }]),
    action: prose(leadAction(data, error, x)),
    "recovery-heading": hasOwnAction ? `For any ${name}` : "What to do",
    recovery: (guide?.recovery ?? []).map(prose),
    // A wait named beside a "no" (an anonymous limit's reset) is shown: the action comes first, the wait is still true.
    retry: error.retryable ? (wait === undefined ? "Yes, with backoff" : `Yes, after ${duration(wait)}`) : wait === undefined ? "No" : `No (the response names a wait of ${duration(wait)})`,
    docs: siteLink(error.docsUrl),
    snippet: template && fillSnippet(template, provider, facts),
    fields: capRows(
      [
        ...Object.keys(x.fields).map((key) => [code(key), code(showValue(values[key], key)), { text: x.fields[key]! }]),
        [code("details"), code(showValue(error.details)), { text: "everything the response said (snake_case)" }],
      ],
      "fields",
    ),
  };
}

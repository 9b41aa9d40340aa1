/**
 * The classifier's view model: runs the SDK's `explain` on pasted text and turns the
 * explanation into what the page shows, as plain data: which parts to show, and the
 * content of each slot (a text, a link, or a list of items), secrets masked. Knows
 * nothing of the DOM; the `<alter-classifier>` element writes this data into the slots
 * the server rendered, as text.
 *
 * Imported by the classifier element (bundled for the browser) and by the unit tests.
 * @module
 */
import { AlterValueError, SITE_ORIGIN, ancestry, errorPath, explain, rulePath, type AlterSDKError, type ErrorName, type Guidance, type MapOptions } from "@alter-ai/alter-sdk/docs";
import { MASK, SENSITIVE_KEY, maskHeader, maskText } from "./mask.js";
import { fillSnippet } from "./snippet.js";

/**
 * One piece of text in a slot or a list item: a link when it has `href`, otherwise plain
 * text; `cls` names its style (`code` for code).
 */
export interface Cell {
  text: string;
  href?: string;
  cls?: string;
}

/**
 * What a slot holds: a text, one link, one row of cells (a sentence with code in it), or
 * list items (table rows or list entries), each a row of cells.
 */
export type Content = string | Cell | Cell[] | Cell[][];

/** What the page shows. */
export interface View {
  /**
   * The parts to show, by the tokens of their `data-show`: the state (`empty`, `invalid`,
   * `bug`, `error`, `success`), then the optional parts present (`more`, `challenges`,
   * `malformed`, `to-backend`, `to-provider`).
   */
  show: string[];
  /** One sentence for the live region. */
  summary: string;
  /** Slot name → content. */
  slots: Record<string, Content>;
  /** The unexpected exception, for the `bug` state. */
  cause?: unknown;
}

/** Displayed values are cut here: the page is for reading, not for the whole 5 MiB. */
const MAX_SHOWN = 2500;

const code = (text: string): Cell => ({ text, cls: "code" });

/**
 * A URL of the docs site as a link to its path (so it opens on this very deployment); any
 * other URL, such as a `documentation_url` a pasted response sent, stays text: the page
 * never links to an address that came from pasted text.
 */
export function siteLink(url: string): Content {
  return url.startsWith(SITE_ORIGIN + "/") ? { text: url, href: url.slice(SITE_ORIGIN.length) } : url;
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
  if (typeof value === "string" && SENSITIVE_KEY.test(key)) return MASK;
  // Multi-line text as it is; objects indented; strings and lists on one line (they wrap).
  const text = typeof value === "string" && value.includes("\n") ? value : (JSON.stringify(value, null, Array.isArray(value) ? 0 : 2) ?? String(value));
  const shown = maskText(text.slice(0, 2 * MAX_SHOWN));
  return text.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}… (${text.length - MAX_SHOWN} more characters)` : shown;
}

/**
 * Classifies `text` as the SDK does and returns what to show. Never throws: unreadable
 * input is the `invalid` state with the SDK's `AlterValueError` message; any other
 * exception is a bug, the `bug` state. `snippets` are the page's `catch` snippets
 * (`allSnippets()`), keyed by class name (`Name:retry` for the retry variant);
 * `guidance` is the SDK's `GUIDANCE` (the action and recovery of each class), which the
 * page ships as data so that the bundle carries the mapper and no prose.
 */
export function explainView(
  text: string,
  opts: MapOptions = {},
  snippets: Record<string, string> = {},
  guidance: Readonly<Record<string, Guidance>> = {},
): View {
  if (text.trim() === "") return { show: ["empty"], summary: "", slots: {} };
  try {
    return resultView(text, opts, snippets, guidance);
  } catch (err) {
    return err instanceof AlterValueError
      ? { show: ["invalid"], summary: `This input cannot be read. ${err.message}`, slots: { invalid: err.message } }
      : { show: ["bug"], summary: "The classifier failed on this input.", slots: {}, cause: err };
  }
}

function resultView(text: string, opts: MapOptions, snippets: Record<string, string>, guidance: Readonly<Record<string, Guidance>>): View {
  const x = explain(text, opts);
  const { input, error, source } = x;
  const more = [
    input.responses! > 1 ? `${input.responses} responses; the last one counts` : "",
    maskText(`${input.method ?? ""} ${input.url ?? ""}`.trim()),
    input.network ? `${input.network.code} (${input.network.where})` : "",
  ].filter(Boolean);
  // The other source is offered only for an HTTP response whose source was detected.
  const other = !x.sourceFromOptions && input.status !== undefined && { backend: "provider", provider: "backend" }[source as string];
  const view: View = {
    show: [error ? "error" : "success", ...(more.length ? ["more"] : []), ...(x.challenges ? ["challenges"] : []), ...(x.challenges?.ok === false ? ["malformed"] : []), ...(other ? [`to-${other}`] : [])],
    summary: error ? `${error.name}. ${guidance[error.name]?.action ?? ""}`.trim() : "Not an error: the SDK raises nothing for this response.",
    slots: {
      rule: { text: x.rule, href: rulePath(x.rule) },
      source: `${source}, ${x.sourceFromOptions ? "as chosen" : "detected"}`,
      format: input.format,
      status: input.status === undefined ? "none" : `${input.status} ${input.statusText ?? ""}`.trim(),
      more: more.join("; "),
      "header-count": String(input.headers.length),
      headers: input.headers.map(([name, value]) => [code(name), code(maskHeader(name, value))]),
      trace: x.trace.map((step) => [
        { text: step.rule, href: rulePath(step.rule) },
        { text: step.matched ? "decided" : "no match", cls: step.matched ? "verdict matched" : "verdict" },
        { text: maskText(step.note ?? "") },
      ]),
      challenges: (x.challenges?.challenges ?? []).map((c) => [
        { text: c.scheme, cls: "code scheme" },
        ...(c.token68 === undefined ? Object.entries(c.params).map(([k, v]) => code(`${k}=${v}`)) : [code(maskText(c.token68))]),
      ]),
    },
  };
  if (error) Object.assign(view.slots, errorSlots(error, x.fields, opts, snippets, guidance[error.name]));
  return view;
}

function errorSlots(
  error: AlterSDKError,
  sources: Record<string, string>,
  opts: MapOptions,
  snippets: Record<string, string>,
  guide: Guidance | undefined,
): Record<string, Content> {
  const name = error.name as ErrorName;
  const values = error as unknown as Record<string, unknown>;
  const facts: string[] = [];
  for (const key of Object.keys(sources)) {
    const value = values[key];
    if (value === undefined || /^(?:message|docsUrl|retryable|responseBody|cause)$/.test(key) || (Array.isArray(value) && !value.length)) continue;
    const shown = maskText(JSON.stringify(value));
    facts.push(`// error.${key}: ${shown.length > 60 ? shown.slice(0, 59) + "…" : shown}`);
  }
  const provider = opts.providerId || error.details.provider_id;
  const snippet = (error.retryable && snippets[`${name}:retry`]) || snippets[name] || "";
  return {
    name: { text: name, href: errorPath(name) },
    message: maskText(error.message),
    chain: ancestry(name).map((n) => [{ text: n, href: errorPath(n) }]),
    action: prose(guide?.action ?? ""),
    recovery: (guide?.recovery ?? []).map(prose),
    retry: error.retryable ? (error.retryAfter === undefined ? "yes" : `yes, after ${error.retryAfter} s`) : "no",
    docs: siteLink(error.docsUrl),
    snippet: fillSnippet(snippet, typeof provider === "string" ? provider : undefined, facts.length ? `// This response:\n${facts.join("\n")}` : ""),
    fields: [
      ...Object.keys(sources).map((key) => [code(key), code(showValue(values[key], key)), { text: sources[key]! }]),
      [code("details"), code(showValue(error.details)), { text: "everything the response said (snake_case)" }],
    ],
  };
}

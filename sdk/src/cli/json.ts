/**
 * An explanation as JSON (`alter-sdk explain --json`): what `explain()` returns, with
 * `error` as its `toJSON()` (masked, as `JSON.stringify(err)` writes it) and every value
 * taken from the pasted text masked by the SDK's masking: header values with `maskHeader`,
 * the body with `maskValue`, URLs, notes and the rest with `maskText`. Keys come in a
 * fixed order. Pure.
 * @module
 */
import { maskHeader, maskText, maskValue, type Explanation, type ParsedInput } from "../docs.js";

/** The members of `ParsedInput`, in the order the JSON gives them. */
const INPUT_KEYS = [
  "format",
  "status",
  "statusText",
  "headers",
  "body",
  "url",
  "method",
  "responses",
  "network",
  "provider",
  "providerClient",
  "logged",
  "entries",
  "entry",
  "warnings",
] as const satisfies readonly (keyof ParsedInput)[];

const maskString = (v: unknown): unknown => (typeof v === "string" ? maskText(v) : v);

function maskedInput(input: ParsedInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const masked: { [K in keyof ParsedInput]-?: (v: NonNullable<ParsedInput[K]>) => unknown } = {
    format: (v) => v,
    status: (v) => v,
    statusText: maskString,
    headers: (v) => v.map(([name, value]) => [name, maskHeader(name, value)]),
    body: (v) => maskValue(v),
    url: maskString,
    method: maskString,
    responses: (v) => v,
    network: (v) => maskValue(v),
    provider: (v) => v,
    providerClient: (v) => v,
    logged: (v) => maskValue(v),
    entries: (v) => v.map((e) => ({ ...e, url: maskText(e.url), method: maskText(e.method) })),
    entry: (v) => v,
    warnings: (v) => v.map((w) => maskText(w)),
  };
  const record = input as unknown as Record<string, unknown>;
  for (const key of INPUT_KEYS) {
    const v = record[key];
    if (v !== undefined) out[key] = (masked[key] as (v: unknown) => unknown)(v);
  }
  // A member a newer parser adds still shows, masked, after the known ones.
  for (const key of Object.keys(input)) if (!(key in out) && record[key] !== undefined) out[key] = maskValue(record[key]);
  return out;
}

/**
 * The explanation as a plain JSON value, keys in a fixed order: `error` (its `toJSON()`,
 * or `null`), `input`, `provider`, `rule`, `trace`, `fields`, `source`,
 * `sourceFromOptions`, `challenges`; members `explain` left out stay out.
 *
 * @param x - What `explain` returned.
 */
export function explanationJson(x: Explanation): Record<string, unknown> {
  const out: Record<string, unknown> = {
    error: x.error ? x.error.toJSON() : null,
    input: maskedInput(x.input),
  };
  if (x.provider) out.provider = { id: x.provider.id, name: x.provider.name, evidence: x.provider.evidence };
  out.rule = x.rule;
  out.trace = x.trace.map((s) => (s.note === undefined ? { rule: s.rule, matched: s.matched } : { rule: s.rule, matched: s.matched, note: maskText(s.note) }));
  out.fields = { ...x.fields };
  out.source = x.source;
  out.sourceFromOptions = x.sourceFromOptions;
  if (x.challenges) out.challenges = maskValue(x.challenges);
  return out;
}

/** The JSON text the command prints: two-space indentation, a final newline. */
export function renderJson(x: Explanation): string {
  return JSON.stringify(explanationJson(x), null, 2) + "\n";
}

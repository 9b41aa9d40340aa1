/**
 * A raw response as the wire carries it is read at once, without the repairs a paste's text may need (sdk/src/input/wire.ts).
 * What that skips must change nothing: each such paste reads exactly as the whole way reads it (`parseAsPasted`), and maps to
 * the same error; anything the fast reading declines goes the whole way.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { EXAMPLES, PROVIDERS, classify, explain } from "../../sdk/src/docs.js";
import { parseAsPasted, parseResponse } from "../../sdk/src/input/index.js";
import { readWireResponse } from "../../sdk/src/input/wire.js";
import { trimBlank } from "../../sdk/src/input/gates.js";

const DIR = new URL("../fixtures/pastes/", import.meta.url);
const pastes = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => {
    const raw = readFileSync(new URL(f, DIR), "utf8");
    return { name: f, text: raw.slice(raw.indexOf("\n---\n") + 5) };
  });
const examples = [
  ...EXAMPLES.map((e, i) => ({ name: `example ${i} (${e.error})`, text: e.text })),
  ...PROVIDERS.flatMap((p) => p.signals.flatMap((s) => s.examples.map((e, i) => ({ name: `${s.id} example ${i}`, text: e.text })))),
];

/** What reading `text` gives, or the message it is refused with. */
function outcome(read: () => unknown): unknown {
  try {
    return { read: read() };
  } catch (err) {
    return { refused: err instanceof Error ? `${err.name}: ${err.message}` : err };
  }
}

const atOnce = (text: string) => readWireResponse(trimBlank(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) !== undefined;

/** The error as a developer sees it: its class, fields and details. */
function mapped(text: string): unknown {
  return outcome(() => {
    const err = classify(text);
    return err && { name: err.name, message: err.message, json: err.toJSON() };
  });
}

describe("a response as the wire carries it", () => {
  test("reads at once exactly as the whole way reads it, for every real paste and every example that is one", () => {
    let fast = 0;
    for (const { name, text } of [...pastes, ...examples]) {
      if (!atOnce(text)) continue;
      fast++;
      expect(outcome(() => parseResponse(text)), name).toEqual(outcome(() => parseAsPasted(text)));
    }
    // The corpus and the examples hold dozens of raw responses: a fast reading that took none would test nothing.
    expect(fast).toBeGreaterThan(60);
  });

  test("maps to the same error as the whole way's reading does (the body's JSON is read once and handed on)", () => {
    for (const { name, text } of examples) {
      if (!atOnce(text)) continue;
      const whole = parseAsPasted(text);
      const ex = explain(text);
      expect(ex.input, name).toEqual(whole);
      // In a Markdown fence: the same response, read the whole way (its fences removed), its body parsed by the mapper.
      expect(mapped(text), name).toEqual(mapped(`\`\`\`\n${text}\n\`\`\``));
    }
  });

  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/);
  // Values with the characters the repairs look for, among ordinary ones.
  const value = fc.oneof(
    fc.stringMatching(/^[ -~]{0,40}$/),
    fc.constantFrom("application/json", "Bearer realm=\"x\", error=\"insufficient_scope\"", "`code`", "~1", "a\\nb", "\u2502 box", "\u001b[31mred", "x' +", "3"),
  );
  const header = fc.tuple(name, value).map(([n, v]) => `${n}: ${v}`);
  const body = fc.oneof(
    fc.constant(""),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ error: v }, null, 2)),
    fc.constantFrom("{\"error\": \"cut", "not json", "{}\n\nSome error occured.", "```\n{}\n```", "[37m{}", "ec\r\n{}\r\n0"),
  );
  const response = fc
    .tuple(fc.constantFrom("HTTP/1.1", "HTTP/2", "HTTP/1.0"), fc.integer({ min: 100, max: 599 }), fc.constantFrom("", " Forbidden", " Too Many Requests"), fc.array(header, { maxLength: 6 }), body, fc.constantFrom("\n", "\r\n"), fc.constantFrom("", "\n", "  \n\u000b"))
    .map(([version, status, reason, headers, b, nl, margin]) => `${margin}${[`${version} ${status}${reason}`, ...headers, "", b].join(nl)}${margin}`);

  test("reads generated responses, clean or not, exactly as the whole way does", () => {
    fc.assert(
      fc.property(response, (text) => {
        expect(outcome(() => parseResponse(text))).toEqual(outcome(() => parseAsPasted(text)));
      }),
      { numRuns: 2000 },
    );
  });
});

/**
 * The provider pages against the SDK's `PROVIDERS` (spec section 14): a page per provider
 * with every signal under its id, its statement, its source and its examples (each
 * classifier link carrying exactly the example's text and the provider's id); "not
 * documented" exactly where the answer is; the table with a row per provider; and the
 * providers in /errors.json and /llms.txt.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { PROVIDERS, QUESTIONS, RULES, SITE_ORIGIN, base64UrlDecode, errorPath, providerPath, rulePath } from "@alter-ai/alter-sdk/docs";
import { attrValues, codeBlocks, fileFor, indexedHtml, page, text } from "./dist";
import { actionOf, answerOf, matchText, matchTree, providersRaising, signalPath } from "../../src/lib/providers";
import { said } from "../../sdk/src/providers/types";
import { plainText } from "../../src/lib/doc-text";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The opening tag of the first `<tag … attr="value" …>` (`value` "": the bare attribute `attr`). */
function openTag(html: string, tag: string, attr: string, value: string): RegExpExecArray | null {
  const has = value === "" ? `\\s${attr}(?:="")?(?=[\\s>/])` : `\\s${attr}="${escape(value)}"`;
  return new RegExp(`<${tag}\\b[^>]*${has}[^>]*>`).exec(html);
}

/** The inner HTML of that element, up to its closing tag (no nesting of the same tag). */
function element(html: string, tag: string, attr: string, value: string): string | undefined {
  const open = openTag(html, tag, attr, value);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

/** Doc text as the page shows it: no backticks, links as their label, white space collapsed. */
const shown = (doc: string) => plainText(doc);

/** The text and options a classifier link carries. */
function shared(href: string): { text: string | undefined; provider: string | null; source: string | null } {
  const hash = new URL(href, SITE_ORIGIN).hash.slice(1);
  const params = new URLSearchParams(hash);
  return { text: base64UrlDecode(params.get("r") ?? ""), provider: params.get("provider"), source: params.get("source") };
}

describe("a page per provider", () => {
  for (const entry of PROVIDERS) {
    describe(entry.name, () => {
      const html = page(providerPath(entry.id));

      test("is titled with its name and shows its id and aliases", () => {
        expect(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(entry.name);
        const ids = text(element(html, "dd", "data-provider-id", "")!);
        for (const slug of [entry.id, ...(entry.aliases ?? [])]) expect(ids).toContain(slug);
      });

      test("lists every signal under its id, with its statement, what to do and its source", () => {
        const anchors = attrValues(html, "id");
        for (const s of entry.signals) {
          expect(anchors, s.id).toContain(s.id);
          const section = element(html, "section", "data-signal", s.id);
          expect(section, s.id).toBeDefined();
          expect(text(element(section!, "p", "data-statement", "")!)).toBe(shown(s.statement));
          expect(text(element(section!, "p", "data-action", "")!)).toBe(`What to do: ${shown(s.action!)}`);
          expect(attrValues(section!, "href")).toContain(s.source);
        }
      });

      test("shows each signal's first example in full and links every example to the classifier with its text", () => {
        // Expressive Code drops white space at the ends of lines and shows a tab as two spaces (aws-sdk-go's "\tstatus code: 307");
        // the classifier links carry the text exactly.
        const trimmed = (t: string) => t.replace(/[ \t]+$/gm, "").replace(/\t/g, "  ").trimEnd();
        for (const s of entry.signals) {
          const section = element(html, "section", "data-signal", s.id)!;
          const blocks = codeBlocks(section).map(trimmed);
          const links = [...section.matchAll(/<a\b[^>]*data-classify-link[^>]*>/g)].map((m) => attrValues(m[0], "href")[0]!);
          expect(links, s.id).toHaveLength(s.examples.length);
          s.examples.forEach((ex, i) => {
            const link = shared(links[i]!);
            expect(links[i]!.startsWith("/classify/#r="), s.id).toBe(true);
            expect(link.text, `${s.id} example ${i + 1}`).toBe(ex.text);
            expect(link.provider).toBe(ex.opts?.providerId ?? entry.id);
            expect(attrValues(section, "href"), `${s.id} example ${i + 1}'s source`).toContain(ex.source);
          });
          expect(blocks, `${s.id}: its first example as a code block`).toEqual([trimmed(s.examples[0].text)]);
        }
      });

      test('says "not documented" exactly where the answer is', () => {
        for (const q of QUESTIONS) {
          const answer = entry.answers[q.id];
          const tag = openTag(html, "section", "data-question", q.id)?.[0];
          expect(tag, q.id).toBeDefined();
          const section = text(element(html, "section", "data-question", q.id)!);
          if (answer === "not documented") {
            expect(tag).toContain('data-documented="false"');
            expect(section, q.id).toContain("not documented");
          } else {
            expect(tag).toContain('data-documented="true"');
            expect(section, q.id).not.toContain("not documented");
            const links = attrValues(element(html, "section", "data-question", q.id)!, "href");
            for (const id of answer.rules) expect(links, `${q.id}: ${id}`).toContain(entry.signals.some((s) => s.id === id) ? `#${id}` : rulePath(id));
            for (const cls of new Set(answer.rules.flatMap((id) => RULES.find((r) => r.id === id)!.produces))) expect(links).toContain(errorPath(cls));
          }
        }
      });

      test("says what to do for each class a question's answer raises, each action apart and named by its class", () => {
        for (const q of QUESTIONS) {
          const answer = answerOf(entry, q.id);
          if (!answer.documented) continue;
          const section = element(html, "section", "data-question", q.id)!;
          if (answer.classes.length === 1) {
            expect(text(section), q.id).toContain(`What to do: ${plainText(actionOf(answer.classes[0]!))}`);
            continue;
          }
          const items = text(element(section, "ul", "data-actions", "")!);
          for (const cls of answer.classes) expect(items, `${q.id}: ${cls}`).toContain(`${cls}: ${plainText(actionOf(cls))}`);
        }
      });

      test("says the rate limit is retryable, and says so with its exception when one of its signals is a limit no wait passes", () => {
        const a = entry.answers.rateLimit;
        if (a === "not documented") return;
        const lasting = entry.signals.filter((s) => a.rules.includes(s.id) && s.retryable === false);
        // OpenRouter's free models' daily allowance is one.
        if (entry.id === "openrouter") expect(lasting.map((s) => s.id)).toEqual(["provider.openrouter.free-models-per-day"]);
        const section = text(element(html, "section", "data-question", "rateLimit")!);
        expect(section).toContain(lasting.length > 0 ? ", retryable, except a limit no wait passes." : ", retryable.");
      });

      test("shows its request-id headers, or says they are not documented", () => {
        const dd = text(element(html, "dd", "data-request-id", "")!);
        if ((entry.requestIdHeaders ?? []).length === 0 && entry.bodyRequestId === undefined) expect(dd).toBe("not documented");
        for (const h of entry.requestIdHeaders ?? []) expect(dd).toContain(h);
      });

      test("shows the messages whose documented status it reads, with their source, or no such line", () => {
        const dd = element(html, "dd", "data-documented-status", "");
        if (entry.documentedStatus === undefined) return expect(dd).toBeUndefined();
        expect(attrValues(dd!, "href")).toContain(entry.documentedStatus.source);
        for (const [words, status, source] of entry.documentedStatus.messages) {
          expect(text(dd!)).toContain(`${String(words)} as HTTP ${status}`);
          if (source !== undefined) expect(attrValues(dd!, "href")).toContain(source);
        }
      });

      test("lets search find its name and its signals' codes", () => {
        const indexed = text(indexedHtml(html));
        expect(indexed).toContain(entry.name);
        for (const s of entry.signals) expect(indexed).toContain(s.id);
      });
    });
  }

  test("Google's page names ACCESS_TOKEN_SCOPE_INSUFFICIENT in what its signal reads", () => {
    const reads = text(element(element(page("/providers/google/"), "section", "data-signal", "provider.google.scope-insufficient")!, "dd", "data-reads", "")!);
    expect(reads).toContain("error.details[].reason = ACCESS_TOKEN_SCOPE_INSUFFICIENT");
  });
});

describe("what a signal reads, in words", () => {
  test("a message said in a JSON member or printed alone reads as one list of alternatives, also inside another", () => {
    const when = { any: [{ json: "errorCode", is: "insufficient_scope" }, said(["err", "message"], { matches: /^Invalid scope/ })] };
    expect(matchText(matchTree(when))).toBe("any of (body `errorCode` = `insufficient_scope`; body `err` matches `/^Invalid scope/`; body `message` matches `/^Invalid scope/`; the body's text matches `/^Invalid scope/`)");
  });

  test("an all inside a not stays apart", () => {
    const when = { all: [{ json: "a" }, { not: { all: [{ json: "b" }, { json: "c" }] } }] };
    expect(matchText(matchTree(when))).toBe("all of (body `a` is present; not (all of (body `b` is present; body `c` is present)))");
  });
});

describe("the provider table", () => {
  const html = page("/providers/");

  test("has one row per provider, in order, each linking its page", () => {
    const rows = attrValues(html, "data-provider");
    expect(rows).toEqual(PROVIDERS.map((p) => p.id));
    for (const entry of PROVIDERS) expect(attrValues(element(html, "tr", "data-provider", entry.id)!, "href")).toContain(providerPath(entry.id));
  });

  test('each cell holds the class and the rules of its answer, or "not documented"', () => {
    for (const entry of PROVIDERS) {
      const row = element(html, "tr", "data-provider", entry.id)!;
      for (const q of QUESTIONS) {
        const answer = entry.answers[q.id];
        const tag = openTag(row, "div", "data-question", q.id)![0];
        const cell = element(row, "div", "data-question", q.id)!;
        if (answer === "not documented") {
          expect(tag, `${entry.id} ${q.id}`).toContain('data-documented="false"');
          expect(text(cell)).toBe("not documented");
        } else {
          expect(tag, `${entry.id} ${q.id}`).toContain('data-documented="true"');
          const links = attrValues(cell, "href");
          for (const id of answer.rules) expect(links, `${entry.id} ${q.id}`).toContain(rulePath(id));
          for (const id of answer.rules) expect(text(cell)).toContain(shown(RULES.find((r) => r.id === id)!.statement));
        }
      }
      const ids = text(element(row, "td", "data-request-id", "")!);
      if ((entry.requestIdHeaders ?? []).length === 0 && entry.bodyRequestId === undefined) expect(ids, entry.id).toContain("not documented");
      for (const h of entry.requestIdHeaders ?? []) expect(ids, entry.id).toContain(h);
    }
  });

  test("says how the SDK identifies a provider, from the data", () => {
    const identify = text(element(html, "ul", "data-identify", "")!);
    for (const p of PROVIDERS) for (const alias of p.aliases ?? []) expect(identify).toContain(alias);
    const fingerprinted = PROVIDERS.filter((p) => (p.fingerprints?.headers ?? []).length > 0).length;
    expect(identify).toContain(`a header only it sends (${fingerprinted} providers`);
  });
});

describe("links from the error pages", () => {
  test("every signal anchor the error pages' provider lists use exists", () => {
    for (const name of ["ScopeReauthRequiredError", "ProviderUnauthorizedError", "ProviderAPIError"]) {
      const raising = providersRaising(name);
      expect(raising.length, name).toBeGreaterThan(0);
      for (const { entry, signals } of raising) {
        for (const s of signals) {
          expect(s.error).toBe(name);
          const [path, id] = signalPath(entry.id, s.id).split("#");
          expect(attrValues(page(path!), "id"), `${path}#${id}`).toContain(id);
        }
      }
    }
  });
});

describe("files for tools", () => {
  test("/errors.json lists every provider with its answers and signals", () => {
    const json = JSON.parse(readFileSync(fileFor("/errors.json")!, "utf8"));
    expect(json.providers.map((p: { id: string }) => p.id)).toEqual(PROVIDERS.map((p) => p.id));
    for (const [i, entry] of PROVIDERS.entries()) {
      const p = json.providers[i];
      expect(p.name).toBe(entry.name);
      expect(p.aliases).toEqual(entry.aliases ?? []);
      expect(p.docsUrl).toBe(SITE_ORIGIN + providerPath(entry.id));
      expect(p.requestIdHeaders).toEqual(entry.requestIdHeaders ?? []);
      // Each place a request id is read, its patterns written out (a RegExp would print as `{}`).
      const picks = entry.bodyRequestId === undefined ? [] : typeof entry.bodyRequestId === "string" ? [entry.bodyRequestId] : entry.bodyRequestId;
      expect(p.bodyRequestId).toEqual(picks.map((pick) => (typeof pick === "string" ? pick : Object.fromEntries(Object.entries(pick).map(([k, v]) => [k, v instanceof RegExp ? String(v) : v])))));
      expect(p.fingerprints.headers).toEqual(entry.fingerprints?.headers ?? []);
      expect(p.answers).toEqual(Object.fromEntries(QUESTIONS.map((q) => [q.id, entry.answers[q.id]])));
      expect(p.signals.map((s: { id: string }) => s.id)).toEqual(entry.signals.map((s) => s.id));
      for (const [j, s] of entry.signals.entries()) {
        expect(p.signals[j]).toMatchObject({ statement: s.statement, action: s.action, source: s.source, error: s.error, retryable: s.retryable ?? null, statuses: s.status ?? ">=400" });
      }
    }
  });

  test("/llms.txt lists every provider page", () => {
    const llms = readFileSync(fileFor("/llms.txt")!, "utf8");
    expect(llms).toContain("## Providers");
    expect(llms).toContain(`(${SITE_ORIGIN}/providers/)`);
    for (const p of PROVIDERS) expect(llms).toMatch(new RegExp(`^- \\[${p.name.replace(/[()]/g, "\\$&")}\\]\\(${SITE_ORIGIN}${providerPath(p.id)}\\): .+$`, "m"));
  });
});

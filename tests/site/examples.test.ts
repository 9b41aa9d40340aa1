/**
 * Every example response on every error page, read back from the built HTML (so the docs
 * cannot drift from the mapper), classifies as the class of the page it is on.
 */
import { describe, expect, test } from "vitest";
import { ERROR_NAMES, EXAMPLES, base64UrlDecode, classify, errorPath, isAlterError, type ErrorName, type MapOptions } from "@alter-ai/alter-sdk/docs";
import { attrValues, codeBlocks, decode, page } from "./dist";

interface PageExample {
  error: string;
  opts: MapOptions;
  /** The code block's text; undefined for an example shown as a classifier link only. */
  code: string | undefined;
  /** The text the classifier link opens. */
  linked: string;
}

const normalize = (text: string) => text.replace(/\r\n/g, "\n").trimEnd();

/**
 * A `/classify/examples/<slug>/` link (an error page's short link) resolved to where its
 * page forwards: the `#r=` link of its `<meta http-equiv="refresh">`, read from the built page.
 */
function throughGallery(link: string): string {
  if (!/^\/classify\/examples\/[a-z0-9-]+\/$/.test(link)) return link;
  const html = page(link);
  const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
  expect(refresh, `${link} forwards to the classifier`).toBeDefined();
  return decode(refresh!);
}

/** The examples of a page: each `data-example` element's code block (if any) and classifier link. */
function examplesOf(html: string): PageExample[] {
  const starts = [...html.matchAll(/<(figure|li)[^>]*\sdata-example="([^"]+)"[^>]*\sdata-opts="([^"]*)"/g)];
  return starts.map((m, i) => {
    const chunk = html.slice(m.index, starts[i + 1]?.index ?? html.length);
    const link = throughGallery(attrValues(chunk.slice(0, chunk.search(/data-(?:classify|gallery)-link/) + 1), "href").at(-1) ?? "");
    expect(link.startsWith("/classify/#r="), `a classifier link for a ${m[2]} example`).toBe(true);
    // A gallery card's link may carry `&source=` and `&provider=` after the text.
    const linked = normalize(base64UrlDecode(link.slice("/classify/#r=".length).split("&")[0]!) ?? "");
    const code = m[1] === "figure" ? codeBlocks(chunk)[0] : undefined;
    return { error: m[2]!, opts: JSON.parse(decode(m[3]!)) as MapOptions, code, linked };
  });
}

const pages = ERROR_NAMES.map((name) => [name, examplesOf(page(errorPath(name)))] as const);

describe("example responses", () => {
  test("every example of the SDK's EXAMPLES is shown on its class's page", () => {
    const byPage = new Map(pages);
    for (const ex of EXAMPLES) {
      expect(byPage.get(ex.error)!.map((e) => e.linked), `${ex.error}: ${ex.story}`).toContain(normalize(ex.text));
    }
  });

  test.each(pages.filter(([, ex]) => ex.length > 0))("%s: its examples classify as its class", (name, examples) => {
    for (const ex of examples) {
      if (ex.code !== undefined) {
        const fromBlock = classify(ex.code, ex.opts);
        expect(fromBlock?.name, `the code block of a ${ex.error} example`).toBe(ex.error);
        expect(isAlterError(fromBlock, name as ErrorName), `${ex.error} is a ${name}`).toBe(true);
        expect(ex.linked, "the classifier link opens the text of the code block").toBe(ex.code);
      }
      const fromLink = classify(ex.linked, ex.opts);
      expect(fromLink?.name, `the classifier link of a ${ex.error} example`).toBe(ex.error);
      expect(isAlterError(fromLink, name as ErrorName), `${ex.error} is a ${name}`).toBe(true);
    }
  });
});

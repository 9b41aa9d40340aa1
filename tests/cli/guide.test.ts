/**
 * The CLI guide's printouts (content/guides/cli.mdx) are the command's real output for the inputs below, so that the guide
 * cannot drift from what a developer sees: the GitHub 401 whole, the OpenAI quota's first lines (the block stops where the
 * guide's point, the provider's own answer above the class's steps, has been made).
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { explain } from "../../sdk/src/index.js";
import { renderExplanation } from "../../sdk/src/cli/render.js";

const GUIDE = readFileSync(new URL("../../content/guides/cli.mdx", import.meta.url), "utf8");

/** The fenced text block right after the sentence that ends with `lead`. */
function blockAfter(lead: string): string {
  const at = GUIDE.indexOf(lead);
  expect(at, lead).toBeGreaterThanOrEqual(0);
  const open = GUIDE.indexOf("```text\n", at) + "```text\n".length;
  return GUIDE.slice(open, GUIDE.indexOf("\n```", open));
}

function printed(text: string): string[] {
  return renderExplanation(explain(text), { color: false, width: 80 });
}

function paste(name: string): string {
  const raw = readFileSync(new URL(`../fixtures/pastes/${name}`, import.meta.url), "utf8");
  return raw.slice(raw.indexOf("\n---\n") + 5);
}

describe("the CLI guide's printouts", () => {
  test("a GitHub 401: the whole printout", () => {
    const response =
      'HTTP/2 401\r\ncontent-type: application/json; charset=utf-8\r\nx-github-request-id: C0DE:1234:5678\r\n\r\n{"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"}';
    expect(blockAfter("For a GitHub 401 it prints:")).toBe(printed(response).join("\n"));
  });

  test("OpenAI's insufficient_quota: the printout's first lines, the provider's answer under the class", () => {
    const shown = blockAfter("it begins:").split("\n");
    expect(shown.length).toBeGreaterThan(8);
    expect(shown).toEqual(printed(paste("115-openai-py-insufficient-quota-1.txt")).slice(0, shown.length));
  });
});

import { describe, expect, test } from "vitest";
import { ERROR_CLASSES, GUIDANCE, type ErrorName } from "@alter-ai/alter-sdk";
import { FACTS_HOLE, PROVIDER_HOLE, allSnippets, catchSnippet, fillSnippet } from "../../src/classifier/snippet.js";

const NAMES = Object.keys(ERROR_CLASSES) as ErrorName[];
const snippets = allSnippets();

describe("catch snippets", () => {
  test.each(NAMES)("%s: imports and catches the class, with its action as a comment", (name) => {
    const snippet = snippets[name]!;
    expect(snippet).toContain(`import { ${name} } from "@alter-ai/alter-sdk";`);
    expect(snippet).toContain(`error instanceof ${name}`);
    expect(snippet).toContain(FACTS_HOLE);
    expect(snippet).toContain("throw error;");
    const firstWords = GUIDANCE[name].action.replace(/`/g, "").split(" ").slice(0, 3).join(" ");
    expect(snippet).toContain(`// ${firstWords}`);
  });

  test.each(NAMES)("%s: no line is wider than 80 columns but code the SDK names", (name) => {
    for (const line of fillSnippet(snippets[name]!, "google", "").split("\n")) {
      if (line.trimStart().startsWith("//")) expect(line.length).toBeLessThanOrEqual(80);
    }
  });

  test("braces balance in every snippet", () => {
    for (const snippet of Object.values(snippets)) {
      const count = (c: string) => snippet.split(c).length - 1;
      expect(count("{")).toBe(count("}"));
      expect(count("(")).toBe(count(")"));
    }
  });

  test("the classes that can be retryable have a retry-loop variant waiting backoffDelay", () => {
    for (const name of ["TokenRefreshInProgressError", "NetworkError", "TimeoutError", "ProviderAPIError", "BackendError", "PolicyViolationError"]) {
      expect(snippets[`${name}:retry`]).toContain("const delay = backoffDelay(error, attempt);");
    }
    expect(snippets["GrantExpiredError:retry"]).toBeUndefined();
  });

  test("re-authorization errors send the user through Connect", () => {
    expect(catchSnippet("GrantExpiredError")).toContain("createConnectSession");
    expect(catchSnippet("NoDelegatedGrantError")).toContain("createConnectSessionForError(error)");
  });
});

describe("fillSnippet", () => {
  const snippet = catchSnippet("ProviderUnauthorizedError");

  test("puts the provider in as a string literal, or a variable when unknown", () => {
    expect(fillSnippet(snippet, "slack", "")).toContain('{ provider: "slack" }');
    expect(fillSnippet(snippet, undefined, "")).toContain("{ provider: providerId }");
    expect(fillSnippet(snippet, "slack", "")).not.toContain(PROVIDER_HOLE);
  });

  test("indents the fact lines like the hole, and drops the hole when there are none", () => {
    const filled = fillSnippet(snippet, "x", "// a\n// b");
    expect(filled).toContain("\n    // a\n    // b\n");
    expect(fillSnippet(snippet, "x", "")).not.toMatch(/^\s*$\n^\s*const session/m);
    expect(fillSnippet(snippet, "x", "")).not.toContain(FACTS_HOLE);
  });

  test("a provider id cannot break out of its string", () => {
    expect(fillSnippet(snippet, 'x" }); alert(1); ("', "")).toContain('"x\\" }); alert(1); (\\""');
  });
});

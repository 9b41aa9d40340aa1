/**
 * The `catch` examples (one generator for the error pages and the classifier): every one
 * compiles against the SDK's declarations and the client slice it calls, rethrows what it
 * does not handle, and stays the same program whatever a response's values hold.
 */
import { beforeAll, describe, expect, test } from "vitest";
import fc from "fast-check";
import ts from "typescript";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ERROR_NAMES, EXAMPLES, GUIDANCE, type ErrorName } from "@alter-ai/alter-sdk/docs";
import { explainView } from "../../src/classifier/view.js";
import { REAL_RESPONSES } from "./real-responses.js";
import { FACTS_HOLE, PROVIDER_HOLE, SNIPPET_PRELUDE, catchPython, catchTemplate, catchTemplates, fillSnippet, mayRetry } from "../../src/lib/snippets.js";
import { literal } from "../../src/lib/snippet-fill.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const templates = catchTemplates();

beforeAll(() => {
  if (!existsSync(`${ROOT}sdk/dist/index.d.ts`)) execFileSync("npm", ["run", "build:sdk"], { cwd: ROOT, stdio: "pipe" });
}, 180_000);

/** A snippet as a module: its imports, the client slice, and its body inside an async function. */
function asModule(snippet: string): string {
  const lines = snippet.split("\n");
  const imports = lines.filter((l) => l.startsWith("import "));
  const body = lines.filter((l) => !l.startsWith("import "));
  return `${imports.join("\n")}\n${SNIPPET_PRELUDE}\nexport async function snippet() {\n${body.join("\n")}\n}\n`;
}

/** Type errors of each snippet, compiled together against the built SDK's `.d.ts`. */
function typeErrors(snippets: Record<string, string>): Record<string, string[]> {
  const files = new Map(Object.entries(snippets).map(([k, v]) => [`${ROOT}tests/.snippets/${k.replace(":", "-")}.ts`, asModule(v)]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const source = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang) : source(f, lang, ...rest));
  const program = ts.createProgram([...files.keys()], options, host);
  const out: Record<string, string[]> = {};
  for (const [file] of files) {
    const diagnostics = [...program.getSyntacticDiagnostics(program.getSourceFile(file)), ...program.getSemanticDiagnostics(program.getSourceFile(file))];
    if (diagnostics.length) out[file] = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  }
  return out;
}

describe("catch examples", () => {
  test("every template (and the error pages' rendering, provider unknown) type-checks against the SDK's .d.ts and the client slice it calls", () => {
    const all: Record<string, string> = {};
    for (const [key, template] of Object.entries(templates)) {
      all[key] = fillSnippet(template, "google", [["error.requestId", "req_1"]]);
      all[`${key}:page`] = fillSnippet(template, undefined, []);
    }
    expect(typeErrors(all)).toEqual({});
  }, 120_000);

  test("the classifier's snippet for every example and real response (its facts and provider filled) type-checks", () => {
    const all: Record<string, string> = {};
    const cases = [...EXAMPLES.map((e, i) => [`example-${i}`, e.text, e.opts] as const), ...REAL_RESPONSES.map((r, i) => [`real-${i}`, r.text, r.opts] as const)];
    for (const [key, text, opts] of cases) {
      const snippet = explainView(text, opts, { guidance: GUIDANCE, snippets: templates }).slots.snippet;
      expect(typeof snippet === "string" && snippet.length > 0, key).toBe(true);
      all[key] = snippet as string;
    }
    expect(typeErrors(all)).toEqual({});
  }, 120_000);

  test("the type check catches a wrong field, a wrong import and a client call that does not exist (it can fail)", () => {
    const errors = typeErrors({
      field: 'import { GrantExpiredError } from "@alter-ai/alter-sdk";\ntry { await app.request("GET", url, { provider: "x" }); } catch (error) { if (error instanceof GrantExpiredError) console.log(error.missingScopes); }',
      import: 'import { NoSuchError } from "@alter-ai/alter-sdk";\nconsole.log(NoSuchError);',
      call: "await app.proxyRequest(url);",
    });
    expect(Object.keys(errors)).toHaveLength(3);
  }, 120_000);

  test.each(ERROR_NAMES)("%s: imports its class from the package, catches it, rethrows everything else, says its action", (name) => {
    for (const t of [templates[name]!, ...(mayRetry(name) ? [templates[`${name}:retry`]!] : [])]) {
      expect(t).toContain(`import { ${name}`);
      expect(t).toContain('from "@alter-ai/alter-sdk";');
      expect(t).toMatch(new RegExp(`if \\(!\\(error instanceof ${name}\\)(?: \\|\\| wait === null)?\\) throw error;`));
      const firstWords = GUIDANCE[name].action.replace(/`/g, "").split(" ").slice(0, 3).join(" ");
      expect(t).toContain(`// ${firstWords}`);
      expect(t).toContain(FACTS_HOLE);
    }
  });

  test("the classes that can be retryable have a loop waiting backoffDelay, the others none", () => {
    for (const name of ERROR_NAMES) {
      expect(templates[`${name}:retry`] !== undefined, name).toBe(mayRetry(name));
      if (mayRetry(name)) expect(templates[`${name}:retry`]).toContain("const wait = backoffDelay(error, attempt);");
    }
    expect(mayRetry("TokenRefreshInProgressError")).toBe(true);
    expect(mayRetry("GrantExpiredError")).toBe(false);
  });

  test("each shows the call that raises it: a Connect poll, agents.create, an agent's call", () => {
    expect(catchTemplate("ConnectDeniedError")).toContain("agent.pollConnectSession(session.sessionToken)");
    expect(catchTemplate("AgentNameExistsError")).toContain("app.agents.create(");
    expect(catchTemplate("NoDelegatedGrantError")).toContain("agent.request(");
    expect(catchTemplate("NoDelegatedGrantError")).toContain("agent.createConnectSessionForError(error)");
    expect(catchTemplate("LastActiveKeyError")).toContain("app.agents.revokeKey(");
    expect(catchTemplate("GrantExpiredError")).toContain("app.createConnectSession({ allowedProviders: [");
  });

  test("comment lines fit 80 columns", () => {
    for (const t of Object.values(templates)) for (const line of fillSnippet(t, "google", []).split("\n")) if (line.trimStart().startsWith("//")) expect(line.length).toBeLessThanOrEqual(80);
  });

  test("Python examples exist for every class, with the retry loop where TypeScript has one", () => {
    for (const name of ERROR_NAMES) {
      expect(catchPython(name)).toContain(`except ${name} as err:`);
      if (mayRetry(name)) expect(catchPython(name, true)).toContain("backoff_delay(err, attempt)");
    }
  });
});

describe("values from a response cannot change the program (issue 12)", () => {
  const printer = ts.createPrinter({ removeComments: true });
  const program = (code: string) => printer.printFile(ts.createSourceFile("s.ts", asModule(code), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS));
  const template = catchTemplate("ScopeReauthRequiredError");
  const plain = program(fillSnippet(template, "google", [["error.requestId", "req_1"]]));

  test.each([
    ["U+2028", "a\u2028require(\"child_process\").execSync(\"id\")//"],
    ["U+2029", "a\u2029process.exit(1)//"],
    ["LF", "a\nprocess.exit(1)//"],
    ["CR", "a\rprocess.exit(1)//"],
    ["NEL", "a\u0085process.exit(1)//"],
    ["a quote and a closing brace", 'a"}); process.exit(1); ({"'],
  ])("a fact holding %s stays inside its comment", (_l, value) => {
    const filled = fillSnippet(template, "google", [["error.requestId", value]]);
    expect(program(filled)).toBe(plain);
    expect(filled).not.toMatch(/[\u2028\u2029\u0085]/);
  });

  test("any fact value, any provider: the same statements as with plain values (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary", minLength: 1 }), (value, provider) => {
        const filled = fillSnippet(template, provider, [["error.requestId", value]]);
        expect(filled).not.toMatch(/[\u2028\u2029\u0085]/);
        // The provider is a string literal holding exactly the provider: with that literal written
        // as "google", the program (without comments) is the plain one.
        expect(program(filled.replaceAll(literal(provider), '"google"'))).toBe(plain);
        const strings: string[] = [];
        const visit = (n: ts.Node): void => {
          if (ts.isStringLiteral(n)) strings.push(n.text);
          ts.forEachChild(n, visit);
        };
        visit(ts.createSourceFile("s.ts", asModule(filled), ts.ScriptTarget.ES2022, true));
        expect(strings).toContain(provider);
      }),
      { numRuns: 300 },
    );
  });

  test("literal() escapes every line terminator and round-trips through JSON.parse", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const out = literal(value);
        expect(out).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
        expect(JSON.parse(out)).toBe(value);
      }),
    );
    expect(literal(10n)).toBe('"10"');
    expect(PROVIDER_HOLE).toBe("{{provider}}");
  });
});

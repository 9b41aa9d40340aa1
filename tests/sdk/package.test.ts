import { describe, test, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as source from "../../sdk/src/docs.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SDK = join(ROOT, "sdk");
const NODE = existsSync(join(ROOT, "node_modules/.bin/node")) ? join(ROOT, "node_modules/.bin/node") : process.execPath;

const FUNCTIONS = ["errorFromResponse", "errorFromNetworkFailure", "classify", "explain", "parseResponse", "backoffDelay"] as const;
const TABLES = ["CODES", "RULES", "SCOPES", "EXAMPLES", "PROVIDERS", "SITE_ORIGIN", "API_ORIGIN"] as const;

/** What an application calls: the root export. What only the docs read is the `./docs` subpath. */
type Pkg = typeof import("../../sdk/src/index.js");
let pkg: Pkg;
let docs: typeof source;

beforeAll(async () => {
  execFileSync("npm", ["run", "build:sdk"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, PATH: `${dirname(NODE)}:${process.env.PATH}` } });
  pkg = (await import("@alter-ai/alter-sdk")) as unknown as Pkg;
  docs = (await import("@alter-ai/alter-sdk/docs")) as unknown as typeof source;
}, 180_000);

describe("the package (spec section 1)", () => {
  test("package.json: name, ESM, exports['.'] with types and default that exist after the build", () => {
    const json = JSON.parse(readFileSync(join(SDK, "package.json"), "utf8"));
    expect(json.name).toBe("@alter-ai/alter-sdk");
    expect(json.type).toBe("module");
    const dot = json.exports["."];
    expect(dot).toBeDefined();
    const types = typeof dot === "string" ? undefined : dot.types;
    const entry = typeof dot === "string" ? dot : dot.default ?? dot.import;
    expect(existsSync(join(SDK, entry))).toBe(true);
    expect(types).toBeDefined();
    expect(existsSync(join(SDK, types))).toBe(true);
    expect(readFileSync(join(SDK, types), "utf8")).toMatch(/export/);
  });

  test("plain Node resolves exports['.'] of @alter-ai/alter-sdk", () => {
    const script = `import("@alter-ai/alter-sdk").then((m) => {
      const err = m.classify('{"error":{"code":"grant_expired","details":{"grant_id":"gr_1"}}}');
      console.log(JSON.stringify({ n: Object.values(m).filter((v) => typeof v === "function" && v.prototype instanceof Error).length, name: err.name, inst: err instanceof m.GrantExpiredError && err instanceof m.ReAuthRequiredError && err instanceof m.AlterSDKError, grantId: err.grantId }));
    });`;
    const out = execFileSync(NODE, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(out.trim())).toEqual({ n: 46, name: "GrantExpiredError", inst: true, grantId: "gr_1" });
  });

  test("it exports the 46 classes, by their literal names", () => {
    const names = Object.keys(source.ERROR_CLASSES);
    expect(names).toHaveLength(46);
    for (const name of names) {
      const cls = (pkg as unknown as Record<string, unknown>)[name] as (new (m: string) => Error) | undefined;
      expect(typeof cls, name).toBe("function");
      expect(new cls!("x").name).toBe(name);
      expect(docs.ERROR_CLASSES[name as keyof typeof docs.ERROR_CLASSES]).toBe(cls);
    }
  });

  test("the root export is the public API: the classes, the entry points, the tables, masking; internal helpers are only in ./docs", () => {
    const isClass = (v: unknown) => typeof v === "function" && (v as { prototype?: unknown }).prototype instanceof Error;
    const extra = Object.keys(pkg).filter((k) => !isClass((pkg as Record<string, unknown>)[k]) && !(FUNCTIONS as readonly string[]).includes(k) && !(TABLES as readonly string[]).includes(k));
    expect(extra.sort()).toEqual(["MASK", "isAlterError", "maskText", "maskValue"]);
    for (const internal of ["kebabCase", "base64UrlEncode", "snakeCase", "GUIDANCE", "ERROR_CLASSES", "parseWwwAuthenticate", "rulesProducing"]) {
      expect(internal in pkg, internal).toBe(false);
      expect(internal in docs, internal).toBe(true);
    }
  });

  test.each(FUNCTIONS)("it exports the function %s", (name) => {
    expect(typeof pkg[name]).toBe("function");
  });

  test.each(TABLES)("it exports the table %s, equal to the source's", (name) => {
    expect(pkg[name]).toBeDefined();
    if (name === "EXAMPLES") expect(pkg.EXAMPLES.map((e) => e.error)).toEqual(source.EXAMPLES.map((e) => e.error));
    else if (name === "RULES") expect(pkg.RULES.map((r) => r.id)).toEqual(source.RULES.map((r) => r.id));
    else if (name === "PROVIDERS") expect(pkg.PROVIDERS.map((p) => p.id)).toEqual(source.PROVIDERS.map((p) => p.id));
    else expect(pkg[name]).toEqual(source[name]);
  });

  test("instanceof works between the built package's classes and the errors it creates", () => {
    const cases: [string, unknown][] = [
      ["GrantExpiredError", pkg.classify('{"error":{"code":"grant_expired"}}')],
      ["ScopeReauthRequiredError", pkg.errorFromResponse({ status: 403, headers: { "WWW-Authenticate": 'Bearer error="insufficient_scope", scope="a"' } })],
      ["TimeoutError", pkg.errorFromNetworkFailure(Object.assign(new Error("x"), { code: "ETIMEDOUT" }))],
      ["IdempotencyKeyAgentInactiveError", pkg.classify('{"error":{"code":"idempotency_key_agent_inactive"}}')],
    ];
    for (const [name, err] of cases) {
      const chain = source.ancestry(name as source.ErrorName);
      for (const ancestor of chain) {
        expect(err instanceof (pkg as unknown as Record<string, new () => unknown>)[ancestor]!, `${name} instanceof ${ancestor}`).toBe(true);
      }
      expect(err instanceof Error).toBe(true);
      expect((err as Error).name).toBe(name);
    }
    expect(() => pkg.classify("")).toThrow(pkg.AlterValueError);
    expect(pkg.backoffDelay(new pkg.TokenRefreshInProgressError("x"), 2)).toBe(4000);
  });

  test("errors of the built package are recognised by name across bundles (isAlterError)", () => {
    const built = pkg.classify('{"error":{"code":"grant_revoked"}}');
    expect(source.isAlterError(built, "ReAuthRequiredError")).toBe(true);
    expect(source.isAlterError(built, "GrantRevokedError")).toBe(true);
    expect(source.isAlterError(built, "ProviderAPIError")).toBe(false);
  });

  test("every EXAMPLE classifies to its class through the built package too", () => {
    for (const ex of pkg.EXAMPLES) {
      const err = pkg.classify(ex.text, ex.opts);
      expect(err, ex.story).toBeInstanceOf(docs.ERROR_CLASSES[ex.error]);
    }
  });
});

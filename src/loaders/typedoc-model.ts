/**
 * TypeDoc's model of the SDK, reduced to what the site renders: every exported class with
 * its parent, doc comment and own fields; every exported function with its signatures; every
 * exported interface and type alias. Server only (build time): TypeDoc runs TypeScript.
 *
 * One conversion per build: the promise is cached for the process, and dropped when a file
 * under `sdk/src` changes in dev.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  Application,
  ReflectionKind,
  type Comment,
  type CommentDisplayPart,
  type DeclarationReflection,
  type ParameterReflection,
  type ProjectReflection,
  type SignatureReflection,
  type SomeType,
} from "typedoc";
import { errorPath } from "@alter-ai/alter-sdk/docs";
import { functionPath, typePath } from "../lib/paths";
import type { ApiClass, ApiField, ApiFunction, ApiModel, ApiSignature, ApiType } from "./api-schema";

let cached: { root: string; model: Promise<ApiModel> } | undefined;

/** The model of the SDK under `root` (the project root), converted once per build. */
export function readApiModel(root: URL): Promise<ApiModel> {
  const key = fileURLToPath(root);
  if (cached?.root !== key) cached = { root: key, model: convert(root) };
  return cached.model;
}

/** Forgets the cached model (dev: a file under `sdk/src` changed). */
export function forgetApiModel(): void {
  cached = undefined;
}

async function convert(root: URL): Promise<ApiModel> {
  const app = await Application.bootstrap({
    entryPoints: [fileURLToPath(new URL("sdk/src/index.ts", root))],
    tsconfig: fileURLToPath(new URL("sdk/tsconfig.json", root)),
    skipErrorChecking: true,
    excludePrivate: true,
    excludeInternal: true,
    sort: ["source-order"],
    // No git remote here: TypeDoc only needs source positions, not links.
    disableGit: true,
    sourceLinkTemplate: "{path}#L{line}",
    logLevel: "Error",
  });
  const project = await app.convert();
  if (!project) throw new Error("TypeDoc could not convert sdk/src/index.ts: run `npm run build:sdk` to see the TypeScript errors.");
  const text = new CommentText(project);
  const children = project.children ?? [];
  const modules = await moduleSummaries(children, root);
  return {
    classes: children.filter((r) => r.kindOf(ReflectionKind.Class)).map((r) => toClass(r, text)),
    functions: children.filter((r) => r.kindOf(ReflectionKind.Function)).map((r) => toFunction(r, text, modules)),
    types: children
      .filter((r) => r.kindOf(ReflectionKind.Interface) || r.kindOf(ReflectionKind.TypeAlias))
      .map((r) => toType(r, text)),
  };
}

function toClass(r: DeclarationReflection, text: CommentText): ApiClass {
  const parent = r.extendedTypes?.[0]?.toString();
  const fields: ApiField[] = [];
  for (const m of r.children ?? []) {
    // Own instance fields only: statics, methods, the constructor and `name` are not fields.
    if (m.inheritedFrom || m.flags.isStatic || m.flags.isPrivate || m.name === "name" || m.name.startsWith("#")) continue;
    if (m.kindOf(ReflectionKind.Property)) {
      fields.push({ name: m.name, kind: "property", type: typeText(m.type), description: text.summary(m.comment), optional: m.flags.isOptional });
    } else if (m.kindOf(ReflectionKind.Accessor) && m.getSignature) {
      fields.push({
        name: m.name,
        kind: "accessor",
        type: typeText(m.getSignature.type),
        description: text.summary(m.getSignature.comment ?? m.comment),
        optional: false,
      });
    }
  }
  return {
    name: r.name,
    parent: parent ?? null,
    summary: text.summary(r.comment),
    examples: text.examples(r.comment),
    fields,
    line: r.sources?.[0]?.line ?? 0,
  };
}

function toFunction(r: DeclarationReflection, text: CommentText, modules: Map<string, string>): ApiFunction {
  const file = r.sources?.[0]?.fileName ?? "";
  return {
    name: r.name,
    file: file.replace(/^.*sdk\/src\//, ""),
    module: modules.get(file) ?? "",
    signatures: (r.signatures ?? []).map((s) => toSignature(s, text)),
  };
}

function toSignature(s: SignatureReflection, text: CommentText): ApiSignature {
  const params = (s.parameters ?? []).map((p: ParameterReflection) => ({
    name: p.name,
    type: typeText(p.type),
    optional: p.flags.isOptional,
    rest: p.flags.isRest,
    defaultValue: p.defaultValue ?? null,
    description: text.summary(p.comment),
  }));
  const typeParams = (s.typeParameters ?? []).map((t) => (t.type ? `${t.name} extends ${typeText(t.type)}` : t.name));
  const sig =
    `${s.name}${typeParams.length ? `<${typeParams.join(", ")}>` : ""}(` +
    params.map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional || p.defaultValue !== null ? "?" : ""}: ${p.type}`).join(", ") +
    `): ${typeText(s.type)}`;
  return {
    code: sig,
    summary: text.summary(s.comment),
    params,
    returns: typeText(s.type),
    returnsDescription: text.block(s.comment, "@returns"),
    throws: text.blocks(s.comment, "@throws"),
    examples: text.examples(s.comment),
  };
}

function toType(r: DeclarationReflection, text: CommentText): ApiType {
  const isInterface = r.kindOf(ReflectionKind.Interface);
  const members = (r.children ?? [])
    .filter((m) => !m.inheritedFrom || isInterface)
    .map((m) => {
      const sig = m.signatures?.[0];
      return {
        name: m.name,
        type: sig ? signatureText(sig) : typeText(m.type),
        optional: m.flags.isOptional,
        description: text.summary(m.comment ?? sig?.comment),
      };
    });
  return {
    name: r.name,
    kind: isInterface ? "interface" : "type",
    summary: text.summary(r.comment),
    type: isInterface ? null : typeText(r.type),
    members,
  };
}

/** A type as TypeScript would print it; object literals are written out (TypeDoc prints `{ forEach: any }`). */
function typeText(type: SomeType | undefined): string {
  if (!type) return "void";
  if (type.type === "union") return type.types.map(typeText).join(" | ");
  if (type.type === "reflection") {
    const d = type.declaration;
    if (d.signatures?.length) return d.signatures.map((s) => signatureText(s, " => ")).join(" & ");
    const members = (d.children ?? []).map((m) => {
      const sig = m.signatures?.[0];
      return sig ? `${m.name}${signatureText(sig)}` : `${m.name}${m.flags.isOptional ? "?" : ""}: ${typeText(m.type)}`;
    });
    return `{ ${members.join("; ")} }`;
  }
  return type.toString();
}

function signatureText(s: SignatureReflection, arrow = ": "): string {
  const params = (s.parameters ?? []).map((p) => `${p.name}${p.flags.isOptional ? "?" : ""}: ${typeText(p.type)}`);
  return `(${params.join(", ")})${arrow}${typeText(s.type)}`;
}

/**
 * Doc comments as the small Markdown the site renders: text, `code`, fenced blocks, and
 * `{@link X}` as a link to X's page when X is an error class, function or type.
 */
class CommentText {
  constructor(private readonly project: ProjectReflection) {}

  summary(comment: Comment | undefined): string {
    return comment ? this.parts(comment.summary) : "";
  }

  block(comment: Comment | undefined, tag: `@${string}`): string {
    const b = comment?.blockTags.find((t) => t.tag === tag);
    return b ? this.parts(b.content) : "";
  }

  blocks(comment: Comment | undefined, tag: `@${string}`): string[] {
    return (comment?.blockTags ?? []).filter((t) => t.tag === tag).map((t) => this.parts(t.content));
  }

  /** `@example` blocks, as the code inside their fence. */
  examples(comment: Comment | undefined): string[] {
    return this.blocks(comment, "@example").map((md) => md.replace(/^\s*```\w*\n?/, "").replace(/\n?```\s*$/, ""));
  }

  private parts(parts: readonly CommentDisplayPart[]): string {
    return parts
      .map((p) => {
        if (p.kind !== "inline-tag") return p.text;
        const label = p.tsLinkText || p.text;
        const href = this.href(p.text);
        return href ? `[\`${label}\`](${href})` : `\`${label}\``;
      })
      .join("")
      .trim();
  }

  private href(name: string): string | undefined {
    const r = this.project.getChildByName(name);
    const d = r as DeclarationReflection | undefined;
    if (!d || typeof d.kindOf !== "function") return undefined;
    if (d.kindOf(ReflectionKind.Class)) return errorPath(d.name);
    if (d.kindOf(ReflectionKind.Function)) return functionPath(d.name);
    if (d.kindOf(ReflectionKind.Interface) || d.kindOf(ReflectionKind.TypeAlias)) return typePath(d.name);
    return undefined;
  }
}

/** The first sentence of each source file's `@module` comment, by file name as TypeDoc reports it. */
async function moduleSummaries(children: DeclarationReflection[], root: URL): Promise<Map<string, string>> {
  const files = new Set<string>();
  for (const c of children) if (c.sources?.[0]) files.add(c.sources[0].fileName);
  const out = new Map<string, string>();
  for (const file of files) {
    const source = await readFile(new URL(file, root), "utf8").catch(() => "");
    const m = /^\/\*\*([\s\S]*?)\*\//.exec(source);
    if (!m || !m[1]!.includes("@module")) continue;
    const body = m[1]!
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    out.set(file, (/^(.*?[.:])(\s|$)/.exec(body)?.[1] ?? body).trim());
  }
  return out;
}

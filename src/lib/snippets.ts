/**
 * The `catch` examples of an error page, generated from the class's name, fields, action and
 * recovery, and, for a retryable class, the backoff the SDK computes.
 */
import { ERROR_CLASSES, backoffDelay, type ErrorName } from "@alter-ai/alter-sdk/docs";
import type { ErrorEntry, Field } from "./catalog";
import { plainText } from "./doc-text";

const PACKAGE = "@alter-ai/alter-sdk";
const PY_MODULE = "alter_sdk";

/** The fields worth logging: the class's own typed data (not the root's generic ones), then the request id. */
function logFields(e: ErrorEntry): Field[] {
  const root = e.ancestors.at(-1) ?? e.name;
  const specific = [...e.ownFields, ...e.inherited.flatMap((g) => g.fields)].filter(
    (f) => f.declaredBy !== root && f.kind === "property",
  );
  return specific.slice(0, 4);
}

/** Retry delays in seconds, as `backoffDelay` returns them for a retryable error of the class. */
function delays(name: ErrorName): number[] {
  const err = new ERROR_CLASSES[name]("", { retryable: true });
  const out: number[] = [];
  for (let attempt = 0; ; attempt++) {
    const ms = backoffDelay(err, attempt);
    if (ms === null) return out;
    out.push(ms / 1000);
  }
}

function wrap(text: string, indent: string, width = 76): string[] {
  const words = plainText(text).split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && indent.length + 3 + line.length + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** The action as a comment (the recovery steps are listed right above the example). */
function comments(e: ErrorEntry, indent: string, mark: string): string {
  return wrap(e.action, indent)
    .map((l) => `${indent}${mark} ${l}`)
    .join("\n");
}

export function catchTypeScript(e: ErrorEntry): string {
  const fields = logFields(e);
  const log = `console.warn(\`\${err.name}: \${err.message}\`, { ${[...fields.map((f) => `${f.name}: err.${f.name}`), "requestId: err.requestId"].join(", ")} });`;
  if (e.retry !== "never") {
    const d = delays(e.name);
    return [
      `import { backoffDelay, ${e.name} } from "${PACKAGE}";`,
      ``,
      `for (let attempt = 0; ; attempt++) {`,
      `  try {`,
      `    return await app.request("GET", url, { provider: "google" }); // any SDK call`,
      `  } catch (err) {`,
      `    if (!(err instanceof ${e.name})) throw err;`,
      comments(e, "    ", "//"),
      `    const wait = backoffDelay(err, attempt); // ${d.map((s) => s * 1000).join(", ")} ms, then null (or Retry-After)`,
      `    if (wait === null) throw err; // not retryable, or out of attempts`,
      `    ${log}`,
      `    await new Promise((resolve) => setTimeout(resolve, wait));`,
      `  }`,
      `}`,
    ].join("\n");
  }
  return [
    `import { ${e.name} } from "${PACKAGE}";`,
    ``,
    `try {`,
    `  await app.request("GET", url, { provider: "google" }); // any SDK call`,
    `} catch (err) {`,
    `  if (!(err instanceof ${e.name})) throw err;`,
    comments(e, "  ", "//"),
    `  ${log}`,
    `}`,
  ].join("\n");
}

export function catchPython(e: ErrorEntry): string {
  const fields = logFields(e);
  const fmt = [...fields.map((f) => `${f.wireKey}=%s`), "request_id=%s"].join(" ");
  const args = [...fields.map((f) => `err.${f.wireKey}`), "err.request_id"].join(", ");
  const log = `logger.warning("%s: %s ${fmt}", type(err).__name__, err, ${args})`;
  if (e.retry !== "never") {
    const d = delays(e.name);
    return [
      `import asyncio`,
      `from ${PY_MODULE} import ${e.name}`,
      ``,
      `for delay in (${d.join(", ")}, None):  # seconds before each retry; None: give up`,
      `    try:`,
      `        resp = await app.request("GET", url, provider="google")  # any SDK call`,
      `        break`,
      `    except ${e.name} as err:`,
      comments(e, "        ", "#"),
      `        if not err.retryable or delay is None:`,
      `            raise`,
      `        ${log}`,
      `        await asyncio.sleep(err.retry_after if err.retry_after is not None else delay)`,
    ].join("\n");
  }
  return [
    `from ${PY_MODULE} import ${e.name}`,
    ``,
    `try:`,
    `    resp = await app.request("GET", url, provider="google")  # any SDK call`,
    `except ${e.name} as err:`,
    comments(e, "    ", "#"),
    `    ${log}`,
  ].join("\n");
}

/** How to make one in a test, for a class no response produces. */
export function constructTypeScript(e: ErrorEntry): string {
  const keys = [...e.ownFields, ...e.inherited.flatMap((g) => g.fields)]
    .filter((f) => f.kind === "property" && f.declaredBy !== (e.ancestors.at(-1) ?? e.name))
    .map((f) => `${f.wireKey}: "…"`);
  return [
    `import { ${e.name} } from "${PACKAGE}";`,
    ``,
    `// No response maps to ${e.name}: the SDK raises it itself. To test your handler:`,
    `const err = new ${e.name}("…", { details: { ${keys.join(", ")} } });`,
  ].join("\n");
}

/**
 * The classifier's `catch` snippets: for each error class, TypeScript that catches it
 * and does what its `action` says. Built once per class at build time (the page ships
 * them as data, so their text does not weigh on the classifier's script); in the
 * browser the element fills the two holes for the response at hand:
 * `{{provider}}` (the provider of the call) and `{{facts}}` (comment lines with this
 * response's field values).
 *
 * `catchSnippet` and `allSnippets` run at build time (`src/pages/classify.astro`);
 * `fillSnippet` runs in the browser (the classifier element). Both, and the unit tests.
 * @module
 */
import { ERROR_CLASSES, GUIDANCE, ancestry, type ErrorName } from "@alter-ai/alter-sdk/docs";

/** The holes `fillSnippet` fills. */
export const PROVIDER_HOLE = "{{provider}}";
export const FACTS_HOLE = "{{facts}}";

/** Classes whose error can be retryable (the retry rules of spec section 8): they get a retry loop variant. */
const MAY_RETRY: readonly ErrorName[] = ["BackendError", "PolicyViolationError", "TokenRefreshInProgressError", "ProviderAPIError", "NetworkError", "TimeoutError"];

/** The SDK call that failed, for the class's family. */
function call(name: ErrorName): string {
  const is = (parent: ErrorName) => ancestry(name).includes(parent);
  if (is("AgentError")) return `app.agents.create({ name: "support-bot" })`;
  if (is("ConnectFlowError")) return `app.pollConnectSession(session.sessionToken)`;
  return `app.request("GET", url, { provider: ${PROVIDER_HOLE} })`;
}

/** What to do in the `catch`, after the action comment: the class's recovery in code. */
function handle(name: ErrorName): string[] {
  const is = (parent: ErrorName) => ancestry(name).includes(parent);
  const reconnect = [`redirectUser(session.connectUrl);`, `return;`];
  if (name === "CredentialRevokedError" || name === "NoDelegatedGrantError") {
    return [`const session = await app.createConnectSessionForError(error);`, ...reconnect];
  }
  if (is("ReAuthRequiredError") || name === "ScopeReauthRequiredError" || name === "ProviderUnauthorizedError") {
    return [
      ...(name === "ScopeReauthRequiredError" ? ["console.warn(`Missing scopes: ${error.missingScopes?.join(\", \") ?? \"not said\"}`);"] : []),
      `const session = await app.createConnectSession({ allowedProviders: [${PROVIDER_HOLE}] });`,
      ...reconnect,
    ];
  }
  switch (name) {
    case "InsufficientScopeError":
      return [
        `if (error.scopeVersionMismatch) {`,
        "  console.error(`Key minted at v${error.scopeVersion}; server at v${error.currentScopeVersion}: rotate the key.`);",
        `} else {`,
        "  console.error(`Missing scopes: ${error.missing.join(\", \")}. See ${error.docsUrl}`);",
        `}`,
      ];
    case "AmbiguousGrantError":
      return [`return await app.request("GET", url, { provider: ${PROVIDER_HOLE}, account: error.accountIdentifiers[0] });`];
    case "AlterValueError":
      return [`for (const [field, messages] of Object.entries(error.fields)) console.error(field, messages.join("; "));`];
    case "PolicyViolationError":
      return ["console.warn(`Denied by policy: ${error.policyError ?? error.message}`);", `return;`];
    case "ProviderAPIError":
      return ["console.error(`The provider answered ${error.statusCode}`, error.responseBody);"];
  }
  if (is("AgentError")) return ["console.error(`${error.code}: ${error.hint ?? error.message}`);"];
  if (is("ApprovalError")) return ["console.warn(`Approval ${error.approvalId}: ${error.message}`);", `return;`];
  if (is("ConnectFlowError")) return ["showMessage(`The connection did not complete: ${error.message}`);", `return;`];
  return ["console.error(`${error.name}: ${error.message} (request ${error.requestId})`);"];
}

/** A comment of `//` lines of at most 80 columns once indented by `pad` (which starts the lines after the first). */
function wrapComment(text: string, pad: string): string {
  const lines: string[] = [];
  let line = "//";
  for (const word of text.split(" ")) {
    if (line !== "//" && pad.length + line.length + word.length + 1 > 80) {
      lines.push(line);
      line = "//";
    }
    line += " " + word;
  }
  return [...lines, line].join("\n" + pad);
}

const indent = (lines: readonly string[], by: string) => lines.map((l) => by + l).join("\n");

/**
 * The `catch` snippet for a class, with its holes. `retry` gives the retry-loop variant
 * (for an error whose `retryable` is true), waiting `backoffDelay(error, attempt)`.
 */
export function catchSnippet(name: ErrorName, retry = false): string {
  const comment = wrapComment(GUIDANCE[name].action.replace(/`/g, ""), retry ? "      " : "    ");
  if (retry) {
    return `import { ${name}, backoffDelay } from "@alter-ai/alter-sdk/docs";

for (let attempt = 0; ; attempt++) {
  try {
    return await ${call(name)};
  } catch (error) {
    const delay = backoffDelay(error, attempt);
    if (error instanceof ${name} && delay !== null) {
      ${comment}
      ${FACTS_HOLE}
      await new Promise((resolve) => setTimeout(resolve, delay));
      continue;
    }
    throw error;
  }
}`;
  }
  return `import { ${name} } from "@alter-ai/alter-sdk/docs";

try {
  const result = await ${call(name)};
} catch (error) {
  if (error instanceof ${name}) {
    ${comment}
    ${FACTS_HOLE}
${indent(handle(name), "    ")}
  }
  throw error;
}`;
}

/** Every snippet the page ships, keyed `Name` and, for the retry variant, `Name:retry`. */
export function allSnippets(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(ERROR_CLASSES) as ErrorName[]) {
    out[name] = catchSnippet(name);
    if (MAY_RETRY.includes(name)) out[`${name}:retry`] = catchSnippet(name, true);
  }
  return out;
}

/**
 * A snippet with its holes filled: the provider (a string literal when known, else the
 * `providerId` variable) and the fact lines, indented like the hole; no facts, no line.
 */
export function fillSnippet(snippet: string, provider: string | undefined, facts: string): string {
  return snippet
    .replaceAll(PROVIDER_HOLE, provider ? JSON.stringify(provider) : "providerId")
    .replace(/^( *)\{\{facts\}\}\n/m, (_, pad: string) => (facts ? facts.split("\n").map((l) => pad + l + "\n").join("") : ""));
}

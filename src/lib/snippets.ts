/**
 * The `catch` examples: one generator for the error pages (TypeScript and Python) and the
 * classifier (TypeScript, with the response's facts). For each class it writes the call
 * that really raises it (a Connect poll for the Connect errors, `agents.create` for a
 * taken agent name, an agent's call for a delegation), what to do in the handler (the
 * recovery, in code), and a rethrow of everything it does not handle. A class that can be
 * retryable gets a loop that waits `backoffDelay(error, attempt)`.
 *
 * The snippets call the Alter client (`app`, `agent`) as its own documentation shows it;
 * {@link SNIPPET_PRELUDE} declares that slice of the client, and the tests type-check
 * every snippet against it and the SDK's `.d.ts`.
 *
 * Build time: the error pages, and the classifier page, which ships {@link catchTemplates}
 * as data (so the text does not weigh on its script). In the browser the classifier fills
 * the two holes with {@link fillSnippet}, every value through `literal()`.
 * @module
 */
import { GUIDANCE, RETRY_RULES, type ErrorName } from "@alter-ai/alter-sdk/docs";
import { FACTS_HOLE, PROVIDER_HOLE, fillSnippet } from "./snippet-fill";

export { FACTS_HOLE, PROVIDER_HOLE, fillSnippet };

const PACKAGE = "@alter-ai/alter-sdk";
const PY_MODULE = "alter_sdk";


/** The slice of the Alter client the snippets call, as TypeScript declarations (the tests compile every snippet against it). */
export const SNIPPET_PRELUDE = `interface ConnectSession { connectUrl: string; sessionToken: string }
interface Agents {
  create(opts: { name: string; idempotencyKey?: string; scopes?: string[] }): Promise<{ id: string }>;
  get(agentId: string): Promise<{ id: string }>;
  revokeKey(agentId: string, keyId: string): Promise<void>;
}
interface Client {
  request(method: string, url: string, opts: { provider: string; account?: string; approvalTimeoutMs?: number }): Promise<Response>;
  createConnectSession(opts: { allowedProviders: string[] }): Promise<ConnectSession>;
  createConnectSessionForError(error: unknown): Promise<ConnectSession>;
  pollConnectSession(sessionToken: string): Promise<{ status: string }>;
  me(): Promise<{ id: string }>;
  agents: Agents;
}
declare const app: Client;
declare const agent: Client;
declare const url: string;
declare const providerId: string;
declare const session: ConnectSession;
declare const agentId: string;
declare const keyId: string;
declare const idempotencyKey: string;
declare function redirectUser(url: string): void;
declare function notifyUser(message: string): void;
declare function forgetGrant(grantId: string | undefined): Promise<void>;
declare function saveForLater(approvalId: string | undefined): Promise<void>;
`;

/** What one class's snippet does, in both languages. `P` stands for the provider literal. */
interface Plan {
  /** The call that raises it. */
  readonly call: { readonly ts: string; readonly py: string };
  /** The handler's lines after the action comment (no rethrow needed when the last line throws or returns). */
  readonly ts: readonly string[];
  readonly py: readonly string[];
}

const P = PROVIDER_HOLE;
const request = { ts: `app.request("GET", url, { provider: ${P} })`, py: `app.request("GET", url, provider=${P})` };
const agentRequest = { ts: `agent.request("GET", url, { provider: ${P} })`, py: `agent.request("GET", url, provider=${P})` };
const approvalRequest = {
  ts: `agent.request("POST", url, { provider: ${P}, approvalTimeoutMs: 60_000 })`,
  py: `agent.request("POST", url, provider=${P}, approval_timeout_ms=60_000)`,
};
const poll = { ts: "agent.pollConnectSession(session.sessionToken)", py: "agent.poll_connect_session(session.session_token)" };
const createAgent = { ts: `app.agents.create({ name: "support-bot" })`, py: `app.agents.create(name="support-bot")` };
const revokeKey = { ts: "app.agents.revokeKey(agentId, keyId)", py: "app.agents.revoke_key(agent_id, key_id)" };

const reconnect: Pick<Plan, "ts" | "py"> = {
  ts: [`const next = await app.createConnectSession({ allowedProviders: [${P}] });`, "redirectUser(next.connectUrl);", "return;"],
  py: [`next_session = await app.create_connect_session(allowed_providers=[${P}])`, "redirect_user(next_session.connect_url)", "return"],
};
const recoverSession: Pick<Plan, "ts" | "py"> = {
  ts: ["const next = await agent.createConnectSessionForError(error);", "redirectUser(next.connectUrl);", "return;"],
  py: ["next_session = await agent.create_connect_session_for_error(error)", "redirect_user(next_session.connect_url)", "return"],
};
const tell = (ts: string, py: string): Pick<Plan, "ts" | "py"> => ({ ts: [`notifyUser(${ts});`, "return;"], py: [`notify_user(${py})`, "return"] });
/** For what only a fix of the code or the configuration solves: log what says why, then rethrow. */
const report = (ts: string, py: string): Pick<Plan, "ts" | "py"> => ({ ts: [`console.error(${ts});`, "throw error;"], py: [`logger.error(${py})`, "raise"] });
const codeAndHint = report("`${error.code}: ${error.hint ?? error.message}`", `"%s: %s", err.code, err.hint or err`);

/** The plan of each class. `Record<ErrorName, …>`: a class without one does not compile. */
const PLANS: Record<ErrorName, Plan> = {
  AlterSDKError: { call: request, ...report("error.name, error.message, error.requestId", `"%s: %s (request %s)", type(err).__name__, err, err.request_id`) },
  AlterValueError: {
    call: request,
    ts: ["for (const [field, messages] of Object.entries(error.fields)) console.error(field, messages.join(\"; \"));", "throw error;"],
    py: ["for field, messages in err.fields.items():", "    logger.error(\"%s: %s\", field, \"; \".join(messages))", "raise"],
  },
  BackendError: { call: request, ...report("`${error.message} (code ${String(error.details.code)}, request ${error.requestId})`", `"%s (request %s)", err, err.request_id`) },
  ReAuthRequiredError: { call: request, ...reconnect },
  GrantExpiredError: { call: request, ...reconnect },
  GrantRevokedError: { call: request, ...reconnect },
  CredentialRevokedError: { call: agentRequest, ...recoverSession },
  GrantDeletedError: { call: request, ts: ["await forgetGrant(error.grantId);", ...reconnect.ts], py: ["await forget_grant(err.grant_id)", ...reconnect.py] },
  GrantNotFoundError: { call: request, ...report("`No grant for ${error.providerId} / ${error.appUserId}: check the grant id`", `"No grant for %s / %s", err.provider_id, err.app_user_id`) },
  AmbiguousGrantError: {
    call: request,
    ts: [`return await app.request("GET", url, { provider: ${P}, account: error.accountIdentifiers[0] });`],
    py: [`return await app.request("GET", url, provider=${P}, account=err.account_identifiers[0])`],
  },
  PolicyViolationError: { call: request, ...tell("`Not allowed now: ${error.policyError ?? error.message}`", `f"Not allowed now: {err.policy_error or err}"`) },
  InsufficientScopeError: {
    call: createAgent,
    ts: [
      "if (error.scopeVersionMismatch) console.error(`Key minted at v${error.scopeVersion}, server at v${error.currentScopeVersion}: rotate the key.`);",
      "else console.error(`The key lacks ${error.missing.join(\", \")}: see ${error.docsUrl}`);",
      "throw error;",
    ],
    py: [
      "if err.scope_version_mismatch:",
      "    logger.error(\"Key minted at v%s, server at v%s: rotate the key\", err.scope_version, err.current_scope_version)",
      "else:",
      "    logger.error(\"The key lacks %s: see %s\", \", \".join(err.missing), err.docs_url)",
      "raise",
    ],
  },
  NoDelegatedGrantError: { call: agentRequest, ...recoverSession },
  TokenRefreshInProgressError: { call: request, ...report("`Token refresh still in progress (request ${error.requestId})`", `"Token refresh still in progress (request %s)", err.request_id`) },
  RestrictedGrantRequiresProxyError: {
    call: request,
    ...report("`Grant ${error.grantId} is usable only through the Alter proxy: call the provider through it, not with the token`", `"Grant %s is usable only through the Alter proxy", err.grant_id`),
  },
  SiblingLabelConflictError: { call: request, ...report("`Label ${String(error.details.label)} is taken on this connection: pick another`", `"Label %s is taken on this connection", err.details.get("label")`) },
  AgentError: { call: createAgent, ...codeAndHint },
  InvalidKeyError: { call: agentRequest, ...codeAndHint },
  AgentNotFoundError: { call: { ts: "app.agents.get(agentId)", py: "app.agents.get(agent_id)" }, ...codeAndHint },
  AgentNameExistsError: { call: createAgent, ts: [`return await app.agents.create({ name: "support-bot-2" });`], py: [`return await app.agents.create(name="support-bot-2")`] },
  MeRequiresAgentKeyError: { call: { ts: "app.me()", py: "app.me()" }, ts: ["return await agent.me();"], py: ["return await agent.me()"] },
  KeyRevokedError: { call: agentRequest, ...codeAndHint },
  AgentInactiveError: { call: agentRequest, ...codeAndHint },
  AgentRevokedError: { call: agentRequest, ...codeAndHint },
  KeyNotFoundError: { call: revokeKey, ...codeAndHint },
  KeyAlreadyRevokedError: { call: revokeKey, ts: ["return;"], py: ["return"] },
  LastActiveKeyError: { call: revokeKey, ...codeAndHint },
  AgentCannotMintSubagentsError: { call: { ts: `agent.agents.create({ name: "helper" })`, py: `agent.agents.create(name="helper")` }, ...codeAndHint },
  AgentScopeNarrowingNotSupportedError: {
    call: { ts: `app.agents.create({ name: "helper", scopes: ["proxy:request"] })`, py: `app.agents.create(name="helper", scopes=["proxy:request"])` },
    ...codeAndHint,
  },
  IdempotencyKeyBodyMismatchError: {
    call: { ts: `app.agents.create({ name: "support-bot", idempotencyKey })`, py: `app.agents.create(name="support-bot", idempotency_key=idempotency_key)` },
    ts: [`return await app.agents.create({ name: "support-bot", idempotencyKey: crypto.randomUUID() });`],
    py: [`return await app.agents.create(name="support-bot", idempotency_key=str(uuid.uuid4()))`],
  },
  IdempotencyKeyAgentRevokedError: { call: createAgent, ...codeAndHint },
  IdempotencyKeyAgentInactiveError: { call: createAgent, ...codeAndHint },
  ConnectFlowError: { call: poll, ...tell("`The connection did not complete: ${error.message}`", `f"The connection did not complete: {err}"`) },
  ConnectDeniedError: { call: poll, ...tell(`"You declined access: connect again to continue."`, `"You declined access: connect again to continue."`) },
  ConnectConfigError: { call: poll, ...report("`The provider's OAuth app is misconfigured: ${error.message}`", `"The provider's OAuth app is misconfigured: %s", err`) },
  ConnectTimeoutError: { call: poll, ...reconnect },
  ProviderAPIError: { call: request, ...report("`The provider answered ${error.statusCode}`, error.responseBody", `"The provider answered %s: %s", err.status_code, err.response_body`) },
  ScopeReauthRequiredError: {
    call: request,
    ts: ["console.warn(`Missing scopes: ${error.missingScopes?.join(\", \") ?? \"not named\"}`);", ...reconnect.ts],
    py: ["logger.warning(\"Missing scopes: %s\", \", \".join(err.missing_scopes or []) or \"not named\")", ...reconnect.py],
  },
  ProviderUnauthorizedError: { call: request, ...reconnect },
  ApprovalError: { call: approvalRequest, ...tell("`The approval did not go through: ${error.message}`", `f"The approval did not go through: {err}"`) },
  ApprovalDeniedError: { call: approvalRequest, ...tell(`"The approver said no."`, `"The approver said no."`) },
  ApprovalExpiredError: {
    call: approvalRequest,
    ts: [`return await agent.request("POST", url, { provider: ${P}, approvalTimeoutMs: 60_000 });`],
    py: [`return await agent.request("POST", url, provider=${P}, approval_timeout_ms=60_000)`],
  },
  ApprovalTimeoutError: { call: approvalRequest, ts: ["await saveForLater(error.approvalId);", "return;"], py: ["await save_for_later(err.approval_id)", "return"] },
  ApprovalExecutionFailedError: { call: approvalRequest, ...report("`Approved, but the call failed: ${error.message}`, error.details", `"Approved, but the call failed: %s %s", err, err.details`) },
  NetworkError: { call: request, ...report("`No response: ${error.message}`", `"No response: %s", err`) },
  TimeoutError: { call: request, ...report("`Timed out: ${error.message}`", `"Timed out: %s", err`) },
};

/** The classes a retry rule can make retryable: their snippet is a retry loop. */
const MAY_RETRY: ReadonlySet<ErrorName> = new Set(RETRY_RULES.flatMap((r) => r.produces));

/** Whether an error of the class can be retryable (a retry rule names it): its snippet may be the retry loop. */
export function mayRetry(name: ErrorName): boolean {
  return MAY_RETRY.has(name);
}

/** A `//` comment of lines of at most 80 columns once indented by `pad`. */
function wrapComment(text: string, pad: string, mark: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/`/g, "").split(" ")) {
    if (line !== "" && pad.length + mark.length + 1 + line.length + 1 + word.length > 80) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => `${pad}${mark} ${l}`);
}

const indent = (lines: readonly string[], pad: string) => lines.map((l) => pad + l);

/**
 * The TypeScript `catch` example of a class, with its holes: `{{provider}}` where the
 * provider literal goes, `{{facts}}` on a line of its own where the response's facts go.
 * `retry` (for a class that can be retryable) gives the loop that waits
 * `backoffDelay(error, attempt)` and rethrows what is not retryable.
 */
export function catchTemplate(name: ErrorName, retry = false): string {
  const plan = PLANS[name];
  if (retry) {
    const pad = "    ";
    return [
      `import { ${name}, backoffDelay } from "${PACKAGE}";`,
      "",
      "for (let attempt = 0; ; attempt++) {",
      "  try {",
      `    return await ${plan.call.ts};`,
      "  } catch (error) {",
      "    const wait = backoffDelay(error, attempt); // null: not retryable, or out of attempts",
      `    if (!(error instanceof ${name}) || wait === null) throw error;`,
      ...wrapComment(GUIDANCE[name].action, pad, "//"),
      `${pad}${FACTS_HOLE}`,
      `${pad}await new Promise((resolve) => setTimeout(resolve, wait));`,
      "  }",
      "}",
    ].join("\n");
  }
  const pad = "  ";
  return [
    `import { ${name} } from "${PACKAGE}";`,
    "",
    "try {",
    `  return await ${plan.call.ts};`,
    "} catch (error) {",
    `  if (!(error instanceof ${name})) throw error;`,
    ...wrapComment(GUIDANCE[name].action, pad, "//"),
    `${pad}${FACTS_HOLE}`,
    ...indent(plan.ts, pad),
    "}",
  ].join("\n");
}

/** The Python `except` example of a class (error pages); `retry` as for {@link catchTemplate}. */
export function catchPython(name: ErrorName, retry = false): string {
  const plan = PLANS[name];
  const p = "provider_id";
  const call = plan.call.py.replaceAll(PROVIDER_HOLE, p);
  if (retry) {
    return [
      "import asyncio",
      `from ${PY_MODULE} import ${name}, backoff_delay`,
      "",
      "attempt = 0",
      "while True:",
      "    try:",
      `        return await ${call}`,
      `    except ${name} as err:`,
      "        wait = backoff_delay(err, attempt)  # None: not retryable, or out of attempts",
      "        if wait is None:",
      "            raise",
      ...wrapComment(GUIDANCE[name].action, "        ", "#"),
      "        await asyncio.sleep(wait / 1000)",
      "        attempt += 1",
    ].join("\n");
  }
  return [
    `from ${PY_MODULE} import ${name}`,
    "",
    "try:",
    `    return await ${call}`,
    `except ${name} as err:`,
    ...wrapComment(GUIDANCE[name].action, "    ", "#"),
    ...indent(plan.py.map((l) => l.replaceAll(PROVIDER_HOLE, p)), "    "),
  ].join("\n");
}

/** The TypeScript example of a class as an error page shows it: the provider a variable, no facts. */
export function catchTypeScript(name: ErrorName, retry = false): string {
  return fillSnippet(catchTemplate(name, retry), undefined, []);
}

/** Every template the classifier page ships: by class name, and `Name:retry` for the classes that can be retryable. */
export function catchTemplates(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(PLANS) as ErrorName[]) {
    out[name] = catchTemplate(name);
    if (mayRetry(name)) out[`${name}:retry`] = catchTemplate(name, true);
  }
  return out;
}

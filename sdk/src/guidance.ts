/**
 * What to do about each error: the action (one sentence, the first thing a developer
 * needs to know) and the recovery steps, in order. The class tree, the error pages, the
 * classifier and `/errors.json` all read this table.
 *
 * It is kept apart from the classes on purpose: it is prose for people, which the mapper
 * never needs, so a bundle that only maps responses (the classifier page) leaves it out.
 * The `satisfies` clause makes it complete: a class without guidance does not compile.
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "./tree.js";

/**
 * The kind of action a class calls for, one per class: the docs site groups the classes into
 * its families (the sidebar, the tree, "Catching by action") by it, so a class sits in the
 * family of its own action, whatever its parent.
 *
 * - `reauthorize`: send the user through Connect (or store a new managed secret), then retry.
 * - `retry`: wait and retry the same call; the condition is transient.
 * - `inspect`: read a field of the error (or its subclass) to know what to do.
 * - `fix-call`: change the call: an argument, an id, a name, or the client that makes it.
 * - `fix-setup`: change the setup the call runs with: the API key, its scopes, the agent, or
 *   the provider's configuration in the portal.
 * - `ask-again`: a person (the user in Connect, or an approver) said no or has not answered;
 *   tell whoever asked, and ask again only when they want to.
 * - `done`: nothing to do; treat the call as a success.
 */
export type ActionKind = "reauthorize" | "retry" | "inspect" | "fix-call" | "fix-setup" | "ask-again" | "done";

/** What to do when an error of one class is caught. */
export interface Guidance {
  /** The kind of the action: the family the docs site shows the class in. */
  readonly kind: ActionKind;
  /** The action, in one sentence: what a developer should do when this error is caught. */
  readonly action: string;
  /** The recovery steps, in order. */
  readonly recovery: readonly string[];
}

const REAUTH_RECOVERY = [
  "Create a Connect session for the provider with the Alter client (the `catch` example shows the call).",
  "Send the user to the session's Connect URL and poll the session until it completes.",
  "Retry the call with the new grant.",
];

/** The guidance of every error class, by class name. */
export const GUIDANCE = {
  AlterSDKError: {
    kind: "inspect",
    action: "Catch a subclass to know what to do; this root catches every SDK error.",
    recovery: [
      "Log `err.name`, `err.message` and `err.requestId`.",
      "Branch on the subclass with `instanceof`, never on the message text.",
    ],
  },
  AlterValueError: {
    kind: "fix-call",
    action: "Fix the input the code passed; retrying the same call fails the same way.",
    recovery: [
      "Read `err.fields`: each field name maps to the messages saying what is wrong with it.",
      "Correct the argument or the request body, then call again.",
    ],
  },
  BackendError: {
    kind: "inspect",
    action: "Read `details.code` and `details.sdk_reason`; retry a 5xx with backoff, report the rest with the request id.",
    recovery: [
      "If `err.retryable` (a 5xx), retry with `backoffDelay(err, attempt)`.",
      "If `details.sdk_reason` is `unknown_code`, upgrade the SDK: the backend sent a code this version does not know.",
      "Otherwise quote `err.requestId` to support.",
    ],
  },
  ReAuthRequiredError: {
    kind: "reauthorize",
    action: "Send the user back through Connect to re-authorize the grant.",
    recovery: REAUTH_RECOVERY,
  },
  GrantExpiredError: {
    kind: "reauthorize",
    action: "Re-authorize the grant through Connect: it expired and cannot be refreshed.",
    recovery: REAUTH_RECOVERY,
  },
  GrantRevokedError: {
    kind: "reauthorize",
    action: "Ask the user to connect again: they revoked the grant.",
    recovery: REAUTH_RECOVERY,
  },
  CredentialRevokedError: {
    kind: "reauthorize",
    action: "Re-authorize through Connect: the provider revoked the credential.",
    recovery: [
      "Open a recovery Connect session for this error with the Alter client: it targets this provider and user.",
      "Send the user to the session's Connect URL and poll it until it completes.",
      "Retry the call.",
    ],
  },
  GrantDeletedError: {
    kind: "reauthorize",
    action: "Drop the stored grant id and connect the user again: the grant was deleted.",
    recovery: ["Remove the grant id from your storage.", ...REAUTH_RECOVERY],
  },
  GrantNotFoundError: {
    kind: "fix-call",
    action: "Fix the code: the grant id (or the provider and user) names no grant.",
    recovery: [
      "Check the grant id you pass: it may belong to another app or environment.",
      "In identity mode, check `providerId` and `appUserId`; connect the user if they never did.",
    ],
  },
  AmbiguousGrantError: {
    kind: "fix-call",
    action: "Pick one account and retry with `account` (or a grant id).",
    recovery: [
      "Show `err.accountIdentifiers` to the user, or choose one by your own rule.",
      "Retry with `account: <chosen>` (agent flavour: `userToken`).",
      "If `err.accountWasProvided` is true, the account you passed is wrong: fix it.",
    ],
  },
  PolicyViolationError: {
    kind: "inspect",
    action: "Read `policyError`: wait and retry a rate limit; tell the user when a policy window or rule denies the call.",
    recovery: [
      "If `err.policyError` is `rate_limit_exceeded`, wait `err.retryAfter` seconds (or `backoffDelay`) and retry.",
      "Otherwise show the policy to the user (`outside_business_hours`, `ip_not_allowed`...): it may resolve later.",
    ],
  },
  InsufficientScopeError: {
    kind: "fix-setup",
    action: "Rotate the key when `scopeVersionMismatch` is true; otherwise mint a key with the missing scopes.",
    recovery: [
      "If `err.scopeVersionMismatch`, the key predates the scope: rotate it (mint a new key at the current catalog version).",
      "Otherwise mint a key that holds `err.missing`, or drop the per-call attenuation that removed them.",
      "`err.docsUrl` opens the first missing scope's page.",
    ],
  },
  NoDelegatedGrantError: {
    kind: "reauthorize",
    action: "Ask a user to delegate access through Connect, or issue a managed-secret grant to the agent.",
    recovery: [
      "Open a recovery Connect session for this error with the Alter client and send the user to its Connect URL to delegate.",
      "Or issue a managed-secret grant for the provider to the agent.",
      "Retry the call once the session completes.",
    ],
  },
  TokenRefreshInProgressError: {
    kind: "retry",
    action: "Retry with backoff: another call is refreshing the token (1 s, 2 s, 4 s).",
    recovery: [
      "Wait `backoffDelay(err, attempt)` ms (1000, 2000, 4000) and retry, up to three times.",
      "If it persists, quote `err.requestId` to support.",
    ],
  },
  RestrictedGrantRequiresProxyError: {
    kind: "fix-call",
    action: "Call the provider through the Alter proxy: this grant never hands out its token.",
    recovery: [
      "Replace the code that fetches the grant's token with a proxied request for this grant.",
    ],
  },
  SiblingLabelConflictError: {
    kind: "fix-call",
    action: "Pick another label: `details.label` is taken on this connection.",
    recovery: [
      "Choose a label that no sibling grant on the connection uses, and retry.",
    ],
  },
  AgentError: {
    kind: "inspect",
    action: "Switch on `err.code` and follow `err.hint`.",
    recovery: [
      "Switch on `err.code` (stable, e.g. `agent_not_found`) rather than the message.",
      "Show or log `err.hint`: the backend's suggestion for this case.",
    ],
  },
  InvalidKeyError: {
    kind: "fix-setup",
    action: "Fix the configured API key: it is unknown or malformed.",
    recovery: [
      "Check the key in your environment: no whitespace, the right environment, not truncated.",
    ],
  },
  AgentNotFoundError: {
    kind: "fix-call",
    action: "Fix the agent id: no such agent exists for this app.",
    recovery: [
      "List the app's agents and use an existing id.",
    ],
  },
  AgentNameExistsError: {
    kind: "fix-call",
    action: "Choose another agent name, or fetch the existing agent.",
    recovery: [
      "Pick a unique name, or reuse the agent that has it.",
    ],
  },
  MeRequiresAgentKeyError: {
    kind: "fix-call",
    action: "Make this call from an agent client, built with an agent key, not from the app client.",
    recovery: [
      "Construct the client with the agent's key, then make the call again.",
    ],
  },
  KeyRevokedError: {
    kind: "fix-setup",
    action: "Replace the revoked key with an active one.",
    recovery: [
      "Mint a new key for the agent and deploy it.",
    ],
  },
  AgentInactiveError: {
    kind: "fix-setup",
    action: "Reactivate the agent, or use another one.",
    recovery: [
      "Reactivate the agent in the portal (or through the agents API), then retry.",
    ],
  },
  AgentRevokedError: {
    kind: "fix-setup",
    action: "Create a new agent: a revoked agent cannot come back.",
    recovery: [
      "Create a replacement agent and mint its keys.",
    ],
  },
  KeyNotFoundError: {
    kind: "fix-call",
    action: "Fix the key id: no such key exists for this agent.",
    recovery: [
      "List the agent's keys and use an existing id.",
    ],
  },
  KeyAlreadyRevokedError: {
    kind: "done",
    action: "Nothing to do: the key is already revoked. Treat it as success.",
    recovery: [
      "Treat the revoke as done.",
    ],
  },
  LastActiveKeyError: {
    kind: "fix-setup",
    action: "Mint and deploy a replacement key first, then revoke; or pass `force: true`.",
    recovery: [
      "Mint a replacement key and deploy it.",
      "Retry the revoke; pass `force: true` only to deliberately disable the agent.",
    ],
  },
  AgentCannotMintSubagentsError: {
    kind: "fix-setup",
    action: "Mint the subagent from the app, or grant the agent `subagents:write`.",
    recovery: [
      "Create the subagent with an app key, or allow the agent to mint subagents.",
    ],
  },
  AgentScopeNarrowingNotSupportedError: {
    kind: "fix-call",
    action: "Drop the scope narrowing from the request; mint a new agent with the smaller scope set instead.",
    recovery: [
      "Create an agent with the scopes you want rather than narrowing an existing one.",
    ],
  },
  IdempotencyKeyBodyMismatchError: {
    kind: "fix-call",
    action: "Use a new idempotency key for a different body; reuse a key only to retry the same request.",
    recovery: [
      "Generate a fresh idempotency key for the changed request.",
    ],
  },
  IdempotencyKeyAgentRevokedError: {
    kind: "fix-setup",
    action: "Stop retrying with this key: the agent it was bound to is revoked.",
    recovery: [
      "Start over with an active agent and a new idempotency key.",
    ],
  },
  IdempotencyKeyAgentInactiveError: {
    kind: "fix-setup",
    action: "Reactivate the agent, then retry with the same key.",
    recovery: [
      "Reactivate the agent, then retry the request with the same idempotency key.",
    ],
  },
  ConnectFlowError: {
    kind: "ask-again",
    action: "Tell the user the connection did not complete; offer to start again.",
    recovery: [
      "Branch on the subclass: denied, misconfigured, or timed out.",
      "`details.session_id` names the Connect session.",
    ],
  },
  ConnectDeniedError: {
    kind: "ask-again",
    action: "Respect the choice: tell the user access was not granted and let them try again.",
    recovery: [
      "Explain why the access is needed and offer a new Connect session.",
    ],
  },
  ConnectConfigError: {
    kind: "fix-setup",
    action: "Fix the provider's OAuth configuration in the portal (redirect URI, client id, secret).",
    recovery: [
      "Read `details.reason` for the provider's diagnosis.",
      "Correct the OAuth app settings in the portal, then start a new session.",
    ],
  },
  ConnectTimeoutError: {
    kind: "ask-again",
    action: "Start a new Connect session: this one expired.",
    recovery: [
      "Create a new session and send the user to it.",
    ],
  },
  ProviderAPIError: {
    kind: "inspect",
    action: "Read `statusCode` and `responseBody`: retry when `retryable`, otherwise fix the request.",
    recovery: [
      "If `err.retryable` (429, 5xx, a spent rate limit), wait `backoffDelay(err, attempt)` and retry.",
      "Otherwise read `err.responseBody` for the provider's own error and fix the request.",
    ],
  },
  ScopeReauthRequiredError: {
    kind: "reauthorize",
    action: "Send the user through Connect again to grant the wider scopes (the grant upgrades in place), or add the permission to the managed key.",
    recovery: [
      "For an OAuth grant: create a Connect session for `err.providerId` asking for `err.missingScopes`, and redirect the user to its `connectUrl`; the grant is upgraded in place.",
      "For a managed secret (an API key, a restricted key, IAM credentials): add the permission `err.missingScopes` or the message names to the key or its policy in the provider's console, or store a key that has it.",
      "Retry the call.",
    ],
  },
  ProviderUnauthorizedError: {
    kind: "reauthorize",
    action: "Re-authorize the OAuth grant through a new Connect session, or update the stored managed secret.",
    recovery: [
      "For an OAuth grant: create a Connect session for `err.providerId` and send the user to it.",
      "For a managed secret: store the new secret.",
      "Retry the call.",
    ],
  },
  ApprovalError: {
    kind: "inspect",
    action: "Branch on the subclass; persist `approvalId` to follow the request later.",
    recovery: [
      "Keep `err.approvalId`: every approval outcome can be looked up by it.",
    ],
  },
  ApprovalDeniedError: {
    kind: "ask-again",
    action: "Surface the approver's reason (`details.reason`) to the requester; do not retry as is.",
    recovery: [
      "Show `details.reason` to the requester.",
      "Change the request before asking again.",
    ],
  },
  ApprovalExpiredError: {
    kind: "ask-again",
    action: "Re-issue the call, or widen the policy's approval window.",
    recovery: [
      "Make the call again to open a new approval.",
      "Or widen the approval window in the policy.",
    ],
  },
  ApprovalTimeoutError: {
    kind: "ask-again",
    action: "Persist `approvalId` and poll again later: the request may still be decided.",
    recovery: [
      "Store `err.approvalId`.",
      "Poll the approval by its id later, or wait longer next time.",
    ],
  },
  ApprovalExecutionFailedError: {
    kind: "inspect",
    action: "Inspect `details` for the failure; a common cause is a grant revoked between approval and execution.",
    recovery: [
      "Read `details` (the execution's error).",
      "Fix the cause (for example re-authorize the grant), then request approval again.",
    ],
  },
  NetworkError: {
    kind: "retry",
    action: "Retry with backoff; if it persists, check connectivity, DNS and TLS.",
    recovery: [
      "Retry with `backoffDelay(err, attempt)` (1 s, 2 s, 4 s, 8 s, 16 s).",
      "Read `err.cause` for the underlying code (`ECONNREFUSED`, `ENOTFOUND`...).",
      "A connection reset after the request was sent (`ECONNRESET`, a socket hang up) leaves its outcome unknown: before resending a call that creates or sends something, check whether it took effect, or resend it with the provider's idempotency key.",
    ],
  },
  TimeoutError: {
    kind: "retry",
    action: "Retry with backoff, or raise the timeout for this call.",
    recovery: [
      "Retry with `backoffDelay(err, attempt)`.",
      "A timeout after the request was sent (a read timeout) leaves its outcome unknown: before resending a call that creates or sends something (a POST), check whether it took effect, or resend it with the provider's idempotency key.",
      "If the call is slow by nature, raise its timeout.",
    ],
  },
} as const satisfies Readonly<Record<ErrorName, Guidance>>;

/**
 * What to do instead, for an error whose `details.sdk_reason` says retrying cannot help though its class's action is to retry:
 * keyed `<class>:<reason>`. The classifier and the terminal show it in place of the class's own guidance.
 */
export const REASON_GUIDANCE: Readonly<Record<string, Pick<Guidance, "action" | "recovery">>> = {
  "NetworkError:aborted": {
    action: "Nothing to retry: your own code aborted the call (its `AbortSignal`).",
    recovery: ["Retry only if the abort was a timeout your code set, with a longer one.", "Otherwise treat the call as cancelled."],
  },
  "NetworkError:cors": {
    action: "Retrying will not help: the browser's CORS policy kept the response from the page.",
    recovery: [
      "Call the API from your server (or a function), not from the browser: most provider APIs do not allow browser origins.",
      "If the API does allow them, send only the headers its CORS policy lists (an SDK's own headers, such as `x-stainless-*`, may be refused in the preflight).",
      "The status hidden behind it, if the console shows one, says what the API answered.",
    ],
  },
  "NetworkError:blocked": {
    action: "Retrying will not help: the browser refused to send the request; the API never saw it.",
    recovery: [
      "`net::ERR_BLOCKED_BY_CLIENT` is an extension's block (an ad or tracker blocker; maps, analytics and ads hosts are on their lists): allow the API's host in it, or try with extensions off to confirm.",
      "`net::ERR_BLOCKED_BY_ADMINISTRATOR` is a browser policy your organisation set: ask its administrator to allow the host.",
      "For calls every user makes, call the API from your server: you cannot turn off your users' blockers.",
    ],
  },
  "NetworkError:certificate": {
    action: "Retrying will not help: the client does not trust the server's TLS certificate.",
    recovery: [
      "If it has expired or is not yet valid, check this machine's clock, then have the server's owner renew it.",
      "If it is self-signed or from an unknown authority (a corporate proxy, a private registry), add that CA to the client's trust store (`NODE_EXTRA_CA_CERTS`, `REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`, the JVM's cacerts) rather than turning verification off.",
      "If it names another host, call the host the certificate is for.",
    ],
  },
  "NetworkError:proxy": {
    action: "Retrying will not help: a proxy between you and the API refused to open the connection; the API never saw the call.",
    recovery: [
      "A 407 asks for the proxy's own credentials: set them in the proxy URL (`HTTPS_PROXY=http://user:pass@proxy:port`) or the client's proxy settings.",
      "A 403 is the proxy's allow-list (a notebook service's, a corporate network's): ask its owner to allow the API's host, or run the call where the host is reachable.",
      "The API's credentials are not at fault: do not rotate them for this.",
    ],
  },
};

/** The guidance for an error of class `name` whose `details.sdk_reason` is `reason`: the reason's own, else the class's. */
export function guidanceFor(name: string, reason: unknown): Pick<Guidance, "action" | "recovery"> | undefined {
  const own = typeof reason === "string" ? REASON_GUIDANCE[`${name}:${reason}`] : undefined;
  return own ?? (Object.hasOwn(GUIDANCE, name) ? GUIDANCE[name as keyof typeof GUIDANCE] : undefined);
}

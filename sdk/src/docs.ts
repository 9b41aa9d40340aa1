/**
 * `@alter-ai/alter-sdk/docs`: what the docs site (and the SDK's own tests) read beyond the
 * public API: the class tree as a table, page paths, the guidance prose, rule statements,
 * and the building blocks of the mapper. Not part of the API an application calls: it may
 * change in any release.
 * @module
 */
export * from "./index.js";
export { ERROR_CLASSES, ERROR_NAMES, isErrorName, parentName, ancestry, type ErrorClass } from "./tree.js";
export { GUIDANCE, REASON_GUIDANCE, guidanceFor, type Guidance, type ActionKind } from "./guidance.js";
export { codeInfo, isKnownCode } from "./codes.js";
export { CURRENT_SCOPE_VERSION, scopeInfo } from "./scopes.js";
export { rulesProducing, CATCH_ALL_RULES, RETIRED_RULES, RULE_ACTIONS } from "./rules/table.js";
export { actionOf, statusActionKey } from "./rules/action-of.js";
export { MAPPING_RULES } from "./rules/index.js";
export { STATEMENTS } from "./rules/statements.js";
export type { MappingRule, RuleContext, Verdict, Envelope, Identified } from "./rules/context.js";
export { RETRY_RULES, retryDecision, type RetryRule, type RetryFacts, type RetryRuleId } from "./retry.js";
export { parseRetryAfter, parseRetryAfterMs, parseRateLimitReset, parseHttpDate, parseIsoDateTime, parseDuration, MAX_WAIT_SECONDS } from "./wait.js";
export { QUESTIONS, classesOf } from "./providers/docs.js";
export { findProvider } from "./providers/index.js";
export type { Provider, SignalDoc, ProviderDocs } from "./providers/types.js";
export { ACCEPTED_INPUTS, MAX_INPUT_BYTES, READERS, UNREADABLE_INPUT } from "./input/index.js";
export { pasteProblem } from "./input/paste-gate.js";
export { parseWwwAuthenticate, findChallenge, type Challenge, type ChallengeParse } from "./www-authenticate.js";
export { detectNetworkFailure, matchNetworkText } from "./network.js";
export { maskHeader, maskPaste, isSecretName, isSecretHeader } from "./mask.js";
export {
  CLASSIFY_PATH,
  errorPath,
  scopePath,
  codePath,
  rulePath,
  providerPath,
  classifyPath,
  kebabCase,
  base64UrlEncode,
  base64UrlDecode,
} from "./urls.js";
export { snakeCase } from "./snapshot.js";

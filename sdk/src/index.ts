/**
 * `@alter-ai/alter-sdk`: the error layer. Every class of the error tree, the mapper that
 * turns a response, a network failure or pasted text into the right class, and the tables
 * the mapper runs and the docs site renders.
 * @module
 */
export * from "./errors.js";
export { CODES, codeInfo, isKnownCode, type CodeInfo, type BackendCode } from "./codes.js";
export { SCOPES, CURRENT_SCOPE_VERSION, scopeInfo, type ScopeInfo, type Scope } from "./scopes.js";
export { RULES, rulesProducing, RETIRED_RULES, type Rule } from "./rules/table.js";
export { MAPPING_RULES, type RuleId } from "./rules/index.js";
export type { MappingRule, RuleGroup, RuleContext, Verdict, Envelope, Identified } from "./rules/context.js";
export { RETRY_RULES, backoffDelay, retryDecision, type RetryRule, type RetryFacts, type RetryRuleId } from "./retry.js";
export { parseRetryAfter, parseRateLimitReset, parseHttpDate, MAX_WAIT_SECONDS } from "./wait.js";
export { classify, explain, errorFromResponse, errorFromNetworkFailure, type Explanation, type TraceStep, type MappedAs, type ProviderFinding } from "./mapper.js";
export { PROVIDERS, QUESTIONS, classesOf, type ProviderEntry, type ProviderSignal } from "./providers/docs.js";
export { findProvider, type ProviderId, type ProviderSignalId } from "./providers/index.js";
export type { Provider, Signal, Match, ScopePick, WaitPick, SourcedExample, SignalDoc, ProviderDocs, Question, Answer } from "./providers/types.js";
export { parseResponse, ACCEPTED_INPUTS, MAX_INPUT_BYTES } from "./input/index.js";
export { parseWwwAuthenticate, findChallenge, type Challenge, type ChallengeParse } from "./www-authenticate.js";
export { detectNetworkFailure, matchNetworkText } from "./network.js";
export { EXAMPLES, type Example } from "./examples.js";
export {
  SITE_ORIGIN,
  API_ORIGIN,
  CLASSIFY_PATH,
  errorPath,
  scopePath,
  codePath,
  rulePath,
  classifyPath,
  kebabCase,
  base64UrlEncode,
  base64UrlDecode,
} from "./urls.js";
export type * from "./types.js";
export { GUIDANCE, type Guidance } from "./guidance.js";
export { MASK, maskText, maskHeader, maskValue, maskPaste, isSecretName, isSecretHeader } from "./mask.js";
export { snakeCase } from "./snapshot.js";

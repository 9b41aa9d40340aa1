/**
 * `@alter-ai/alter-sdk`: the error layer. Every class of the error tree, the entry points
 * that turn a response, a network failure or pasted text into the right class, the
 * retry policy, the masking that makes errors safe to log, and the tables the mapper
 * runs. What only the docs site reads (page paths, the rule statements, the guidance
 * prose) is in `@alter-ai/alter-sdk/docs`.
 * @module
 */
export * from "./errors.js";
export { isAlterError, type ErrorName } from "./tree.js";
export { classify, explain, errorFromResponse, errorFromNetworkFailure, type Explanation, type TraceStep, type MappedAs, type ProviderFinding } from "./mapper.js";
export { parseResponse } from "./input/index.js";
export { backoffDelay } from "./retry.js";
export { MASK, maskText, maskValue } from "./mask.js";
export { CODES, type CodeInfo, type BackendCode } from "./codes.js";
export { SCOPES, type ScopeInfo, type Scope } from "./scopes.js";
export { RULES, type Rule } from "./rules/table.js";
export type { RuleId } from "./rules/index.js";
export type { RuleGroup } from "./rules/context.js";
export { EXAMPLES, type Example } from "./examples.js";
export { PROVIDERS, type ProviderEntry, type ProviderSignal } from "./providers/docs.js";
export type { ProviderId, ProviderSignalId } from "./providers/index.js";
export type { Signal, Match, ScopePick, WaitPick, SourcedExample, Question, Answer } from "./providers/types.js";
export { SITE_ORIGIN, API_ORIGIN } from "./urls.js";
export type * from "./types.js";

/**
 * `@alter-ai/alter-sdk`: the error layer. Every class of the error tree, the mapper that
 * turns a response, a network failure or pasted text into the right class, and the tables
 * the mapper runs and the docs site renders.
 * @module
 */
export * from "./errors.js";
export { CODES, codeInfo, isKnownCode, type CodeInfo, type BackendCode } from "./codes.js";
export { SCOPES, CURRENT_SCOPE_VERSION, scopeInfo, type ScopeInfo, type Scope } from "./scopes.js";
export { RULES, MAPPING_RULES, rulesProducing, type Rule, type MappingRule, type RuleGroup, type RuleContext, type Verdict, type Envelope } from "./rules.js";
export { RETRY_RULES, backoffDelay, retryDecision, parseRetryAfter, parseRateLimitReset, parseHttpDate, type RetryRule, type RetryFacts } from "./retry.js";
export { classify, explain, errorFromResponse, errorFromNetworkFailure, type Explanation, type TraceStep, type MappedAs } from "./mapper.js";
export { parseResponse } from "./parse.js";
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
export { snakeCase } from "./snapshot.js";

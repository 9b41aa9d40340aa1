/**
 * The bounds every reader of pasted text keeps, so that a hostile paste costs no more
 * than a large honest one. What a bound cuts is said in `ParsedInput.warnings`.
 * @module
 */

/** Headers read from one response: real responses carry tens. */
export const MAX_HEADERS = 1000;

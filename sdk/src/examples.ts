/**
 * An example response for every class a response can produce, each with the story of
 * when it happens. The docs pages and the classifier's gallery show them; a test proves
 * each classifies as its class.
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "./errors.js";
import type { MapOptions } from "./types.js";

/** One example: pasted text, the options to classify it with, and the class it gives. */
export interface Example {
  /** The class this example produces. */
  readonly error: ErrorName;
  /** A one-line story: when this happens. */
  readonly story: string;
  /** The text, as a developer would paste it (raw HTTP, curl output, a HAR entry, a body, a network failure). */
  readonly text: string;
  /** The options the call had (a provider call knows its `providerId`). */
  readonly opts?: MapOptions;
}

/** The examples, one or more per class a response can produce. */
export const EXAMPLES: readonly Example[] = [];

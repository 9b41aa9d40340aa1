/**
 * Linear: its signals are being written (see /work/research/linear.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const linear = provider({
  id: "linear",
  name: "Linear",
  signals: {},
});

export const linearDocs: ProviderDocs<typeof linear> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

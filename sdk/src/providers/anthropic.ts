/**
 * Anthropic: its signals are being written (see /work/research/anthropic.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const anthropic = provider({
  id: "anthropic",
  name: "Anthropic",
  signals: {},
});

export const anthropicDocs: ProviderDocs<typeof anthropic> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

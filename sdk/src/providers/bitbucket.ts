/**
 * Bitbucket: its signals are being written (see /work/research/bitbucket.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const bitbucket = provider({
  id: "bitbucket",
  name: "Bitbucket",
  signals: {},
});

export const bitbucketDocs: ProviderDocs<typeof bitbucket> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

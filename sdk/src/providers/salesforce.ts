/**
 * Salesforce: its signals are being written (see /work/research/salesforce.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const salesforce = provider({
  id: "salesforce",
  name: "Salesforce",
  signals: {},
});

export const salesforceDocs: ProviderDocs<typeof salesforce> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

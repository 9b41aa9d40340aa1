/**
 * QuickBooks Online: its signals are being written (see /work/research/quickbooks.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const quickbooks = provider({
  id: "quickbooks",
  name: "QuickBooks Online",
  signals: {},
});

export const quickbooksDocs: ProviderDocs<typeof quickbooks> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Airtable: its signals are being written (see /work/research/airtable.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const airtable = provider({
  id: "airtable",
  name: "Airtable",
  signals: {},
});

export const airtableDocs: ProviderDocs<typeof airtable> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

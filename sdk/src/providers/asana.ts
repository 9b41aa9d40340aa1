/**
 * Asana: its signals are being written (see /work/research/asana.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const asana = provider({
  id: "asana",
  name: "Asana",
  signals: {},
});

export const asanaDocs: ProviderDocs<typeof asana> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Xero: its signals are being written (see /work/research/xero.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const xero = provider({
  id: "xero",
  name: "Xero",
  signals: {},
});

export const xeroDocs: ProviderDocs<typeof xero> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

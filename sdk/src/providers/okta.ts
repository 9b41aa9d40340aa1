/**
 * Okta: its signals are being written (see /work/research/okta.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const okta = provider({
  id: "okta",
  name: "Okta",
  signals: {},
});

export const oktaDocs: ProviderDocs<typeof okta> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

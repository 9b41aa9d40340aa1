/**
 * LinkedIn: its signals are being written (see /work/research/linkedin.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const linkedin = provider({
  id: "linkedin",
  name: "LinkedIn",
  signals: {},
});

export const linkedinDocs: ProviderDocs<typeof linkedin> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

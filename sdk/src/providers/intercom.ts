/**
 * Intercom: its signals are being written (see /work/research/intercom.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const intercom = provider({
  id: "intercom",
  name: "Intercom",
  signals: {},
});

export const intercomDocs: ProviderDocs<typeof intercom> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

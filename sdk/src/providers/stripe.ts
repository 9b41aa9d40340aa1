/**
 * Stripe: its signals are being written (see /work/research/stripe.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const stripe = provider({
  id: "stripe",
  name: "Stripe",
  signals: {},
});

export const stripeDocs: ProviderDocs<typeof stripe> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Shopify: its signals are being written (see /work/research/shopify.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const shopify = provider({
  id: "shopify",
  name: "Shopify",
  signals: {},
});

export const shopifyDocs: ProviderDocs<typeof shopify> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

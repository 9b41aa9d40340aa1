/**
 * HubSpot: its signals are being written (see /work/research/hubspot.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const hubspot = provider({
  id: "hubspot",
  name: "HubSpot",
  signals: {},
});

export const hubspotDocs: ProviderDocs<typeof hubspot> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Zendesk: its signals are being written (see /work/research/zendesk.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const zendesk = provider({
  id: "zendesk",
  name: "Zendesk",
  signals: {},
});

export const zendeskDocs: ProviderDocs<typeof zendesk> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

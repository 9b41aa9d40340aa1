/**
 * Dropbox: its signals are being written (see /work/research/dropbox.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const dropbox = provider({
  id: "dropbox",
  name: "Dropbox",
  signals: {},
});

export const dropboxDocs: ProviderDocs<typeof dropbox> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Zoom: its signals are being written (see /work/research/zoom.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const zoom = provider({
  id: "zoom",
  name: "Zoom",
  signals: {},
});

export const zoomDocs: ProviderDocs<typeof zoom> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

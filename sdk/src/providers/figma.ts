/**
 * Figma: its signals are being written (see /work/research/figma.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const figma = provider({
  id: "figma",
  name: "Figma",
  signals: {},
});

export const figmaDocs: ProviderDocs<typeof figma> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Box: its signals are being written (see /work/research/box.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const box = provider({
  id: "box",
  name: "Box",
  signals: {},
});

export const boxDocs: ProviderDocs<typeof box> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

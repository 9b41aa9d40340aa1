/**
 * X (Twitter): its signals are being written (see /work/research/x.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const x = provider({
  id: "x",
  name: "X (Twitter)",
  aliases: ["twitter"],
  signals: {},
});

export const xDocs: ProviderDocs<typeof x> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * OpenAI: its signals are being written (see /work/research/openai.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const openai = provider({
  id: "openai",
  name: "OpenAI",
  signals: {},
});

export const openaiDocs: ProviderDocs<typeof openai> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

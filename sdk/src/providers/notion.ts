/**
 * Notion: its signals are being written (see /work/research/notion.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const notion = provider({
  id: "notion",
  name: "Notion",
  signals: {},
});

export const notionDocs: ProviderDocs<typeof notion> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

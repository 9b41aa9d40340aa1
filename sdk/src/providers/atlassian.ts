/**
 * Atlassian (Jira, Confluence): its signals are being written (see /work/research/atlassian.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const atlassian = provider({
  id: "atlassian",
  name: "Atlassian (Jira, Confluence)",
  aliases: ["jira", "confluence"],
  signals: {},
});

export const atlassianDocs: ProviderDocs<typeof atlassian> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

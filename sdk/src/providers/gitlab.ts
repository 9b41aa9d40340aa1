/**
 * GitLab: its signals are being written (see /work/research/gitlab.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const gitlab = provider({
  id: "gitlab",
  name: "GitLab",
  signals: {},
});

export const gitlabDocs: ProviderDocs<typeof gitlab> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

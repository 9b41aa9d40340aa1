/**
 * AWS: its signals are being written (see /work/research/aws.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const aws = provider({
  id: "aws",
  name: "AWS",
  signals: {},
});

export const awsDocs: ProviderDocs<typeof aws> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Auth0: its signals are being written (see /work/research/auth0.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const auth0 = provider({
  id: "auth0",
  name: "Auth0",
  signals: {},
});

export const auth0Docs: ProviderDocs<typeof auth0> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

/**
 * Microsoft Graph: its signals are being written (see /work/research/microsoft.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const microsoft = provider({
  id: "microsoft",
  name: "Microsoft Graph",
  aliases: ["msgraph", "graph", "onedrive", "outlook"],
  signals: {},
});

export const microsoftDocs: ProviderDocs<typeof microsoft> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

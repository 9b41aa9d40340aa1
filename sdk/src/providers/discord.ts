/**
 * Discord: its signals are being written (see /work/research/discord.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const discord = provider({
  id: "discord",
  name: "Discord",
  signals: {},
});

export const discordDocs: ProviderDocs<typeof discord> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

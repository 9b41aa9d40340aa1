/**
 * Spotify: its signals are being written (see /work/research/spotify.md).
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const spotify = provider({
  id: "spotify",
  name: "Spotify",
  signals: {},
});

export const spotifyDocs: ProviderDocs<typeof spotify> = {
  docs: [],
  answers: { scope: "not documented", credential: "not documented", rateLimit: "not documented", notRetryable: "not documented" },
  signals: {},
};

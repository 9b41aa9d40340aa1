// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
// The SDK's own origin constant: the site and every err.docsUrl cannot drift apart.
import { SITE_ORIGIN } from "@alter-ai/alter-sdk";

export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: "always",
  integrations: [
    starlight({
      title: "Alter SDK errors",
      description: "Every error the Alter TypeScript SDK raises: what it means, what to do, and how to catch it.",
    }),
  ],
});

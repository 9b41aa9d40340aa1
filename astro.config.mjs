// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
// The SDK's own origin constant: the site and every err.docsUrl cannot drift apart.
import { SITE_ORIGIN } from "@alter-ai/alter-sdk/docs";
import csp from "./src/integrations/csp.mjs";
import redirects from "./src/integrations/redirects.mjs";
// The sidebar is generated from the SDK's tree: one group per action family.
import { sidebar } from "./src/lib/sidebar.ts";

export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: "always",
  vite: {
    build: {
      rollupOptions: {
        // Every .mdx page trips Rolldown's MODULE_LEVEL_DIRECTIVE warning on Astro's own
        // "use astro:head-inject" marker; only that one is dropped.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: "Alter SDK errors",
      description: "Every error the Alter TypeScript SDK raises: what it means, what to do, and how to catch it.",
      sidebar: sidebar(),
      customCss: ["./src/styles/site.css"],
      lastUpdated: false,
      components: {
        Search: "./src/components/overrides/Search.astro",
        PageTitle: "./src/components/overrides/PageTitle.astro",
        Sidebar: "./src/components/overrides/Sidebar.astro",
      },
      pagination: false,
      // The 404 page is src/pages/404.astro (as a docs entry, Starlight would build /404 twice).
      disable404Route: true,
      // Long lines wrap instead of scrolling: a scrolling code block is a region the keyboard
      // cannot reach (axe: scrollable-region-focusable), and a response's lines are long.
      expressiveCode: { defaultProps: { wrap: true } },
    }),
    csp(),
    redirects(),
  ],
});

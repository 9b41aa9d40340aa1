import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { sdkLoader } from "./loaders/sdk-loader";
import { apiClassSchema, apiFunctionSchema, apiTypeSchema } from "./loaders/api-schema";

export const collections = {
  // The hand-written pages live in the top-level `content/` folder (the project's layout),
  // not in Starlight's default `src/content/docs/`.
  docs: defineCollection({
    loader: glob({ base: "./content", pattern: "**/[^_]*.{md,mdx}" }),
    schema: docsSchema(),
  }),
  // Starlight reads this collection for overrides of its UI strings: one entry for English,
  // overriding none (without it, Astro 7 warns on every build that the collection does not exist).
  i18n: defineCollection({ loader: () => [{ id: "en" }], schema: i18nSchema() }),
  // TypeDoc's model of the SDK: classes, functions, and the types their signatures name.
  sdkClasses: defineCollection({ loader: sdkLoader("classes"), schema: apiClassSchema }),
  sdkFunctions: defineCollection({ loader: sdkLoader("functions"), schema: apiFunctionSchema }),
  sdkTypes: defineCollection({ loader: sdkLoader("types"), schema: apiTypeSchema }),
};

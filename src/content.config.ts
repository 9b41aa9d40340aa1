import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { sdkLoader } from "./loaders/sdk-loader";
import { apiClassSchema, apiFunctionSchema, apiTypeSchema } from "./loaders/api-schema";

export const collections = {
  // The hand-written pages live in the top-level `content/` folder (the project's layout),
  // not in Starlight's default `src/content/docs/`.
  docs: defineCollection({
    loader: glob({ base: "./content", pattern: "**/[^_]*.{md,mdx}" }),
    schema: docsSchema(),
  }),
  // TypeDoc's model of the SDK: classes, functions, and the types their signatures name.
  sdkClasses: defineCollection({ loader: sdkLoader("classes"), schema: apiClassSchema }),
  sdkFunctions: defineCollection({ loader: sdkLoader("functions"), schema: apiFunctionSchema }),
  sdkTypes: defineCollection({ loader: sdkLoader("types"), schema: apiTypeSchema }),
};

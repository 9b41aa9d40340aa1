/**
 * The shape of the SDK's API model as the content collections store it (see
 * `typedoc-model.ts`). Doc comments are kept as the small Markdown that `doc-text.ts` reads.
 */
import { z } from "astro/zod";

export const apiFieldSchema = z.object({
  name: z.string(),
  kind: z.enum(["property", "accessor"]),
  type: z.string(),
  description: z.string(),
  optional: z.boolean(),
});

export const apiClassSchema = z.object({
  name: z.string(),
  parent: z.string().nullable(),
  /** The class's doc comment: its "raised when" sentence. */
  summary: z.string(),
  /** Code of its `@example` blocks. */
  examples: z.array(z.string()),
  /** Own instance fields and accessors, in source order. */
  fields: z.array(apiFieldSchema),
  line: z.number(),
});

export const apiSignatureSchema = z.object({
  code: z.string(),
  summary: z.string(),
  params: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      optional: z.boolean(),
      rest: z.boolean(),
      defaultValue: z.string().nullable(),
      description: z.string(),
    }),
  ),
  returns: z.string(),
  returnsDescription: z.string(),
  throws: z.array(z.string()),
  examples: z.array(z.string()),
});

export const apiFunctionSchema = z.object({
  name: z.string(),
  /** Source file under `sdk/src`. */
  file: z.string(),
  /** The first sentence of that file's `@module` comment. */
  module: z.string(),
  signatures: z.array(apiSignatureSchema),
});

export const apiTypeSchema = z.object({
  name: z.string(),
  kind: z.enum(["interface", "type"]),
  summary: z.string(),
  type: z.string().nullable(),
  members: z.array(z.object({ name: z.string(), type: z.string(), optional: z.boolean(), description: z.string() })),
});

export type ApiField = z.infer<typeof apiFieldSchema>;
export type ApiClass = z.infer<typeof apiClassSchema>;
export type ApiSignature = z.infer<typeof apiSignatureSchema>;
export type ApiFunction = z.infer<typeof apiFunctionSchema>;
export type ApiType = z.infer<typeof apiTypeSchema>;
export interface ApiModel {
  classes: ApiClass[];
  functions: ApiFunction[];
  types: ApiType[];
}

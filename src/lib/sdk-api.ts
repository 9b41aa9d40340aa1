/**
 * The SDK's API as the pages read it: the catalog of error classes, and TypeDoc's model of
 * the functions and types, from the `sdk*` content collections. Server only.
 */
import { getCollection } from "astro:content";
import { buildCatalog, type Catalog } from "./catalog";
import type { ApiFunction, ApiType } from "../loaders/api-schema";

let catalog: Promise<Catalog> | undefined;

/** The catalog, built once per build (in dev, on every request: the SDK may have changed). */
export function getCatalog(): Promise<Catalog> {
  const build = () => getCollection("sdkClasses").then((entries) => buildCatalog(entries.map((e) => e.data)));
  if (import.meta.env.DEV) return build();
  return (catalog ??= build());
}

export async function getFunctions(): Promise<ApiFunction[]> {
  return (await getCollection("sdkFunctions")).map((e) => e.data);
}

export async function getTypes(): Promise<ApiType[]> {
  return (await getCollection("sdkTypes")).map((e) => e.data);
}

/**
 * The sidebar, generated from the SDK: the error classes grouped by action family, then the
 * guides and the reference. Imported by `astro.config.mjs`.
 */
import { ERROR_NAMES, errorPath } from "@alter-ai/alter-sdk/docs";
import { FAMILIES } from "./families";
import { GUIDES } from "./guides";

type Item = { label: string; link: string } | { label: string; collapsed?: boolean; items: Item[] };

export function sidebar(): Item[] {
  return [
    {
      label: "Start here",
      items: [
        { label: "Home", link: "/" },
        { label: "The error tree", link: "/errors/" },
        { label: "Classify a response", link: "/classify/" },
        { label: ERROR_NAMES[0]!, link: errorPath(ERROR_NAMES[0]!) },
      ],
    },
    ...FAMILIES.map((f) => ({
      label: f.label,
      collapsed: true,
      items: f.members.map((name) => ({ label: name, link: errorPath(name) })),
    })),
    { label: "Guides", items: GUIDES.map((g) => ({ label: g.label, link: `/guides/${g.slug}/` })) },
    {
      label: "Reference",
      items: [
        { label: "Backend codes", link: "/reference/codes/" },
        { label: "Mapping and retry rules", link: "/reference/rules/" },
        { label: "Providers", link: "/providers/" },
        { label: "Key scopes", link: "/scopes/" },
        { label: "Functions", link: "/reference/functions/" },
        { label: "Types", link: "/reference/types/" },
      ],
    },
  ];
}

/** `/llms.txt`: the site's pages for tools (https://llmstxt.org), generated from the same model. */
import type { APIRoute } from "astro";
import { CODES, SCOPES, SITE_ORIGIN, errorPath, providerPath, scopePath } from "@alter-ai/alter-sdk/docs";
import { getCatalog, getFunctions } from "../lib/sdk-api";
import { plainText } from "../lib/doc-text";
import { functionPath, guidePath } from "../lib/paths";
import { GUIDES } from "../lib/guides";
import { PROVIDERS, llmsLine } from "../lib/providers";

export const GET: APIRoute = async () => {
  const { errors } = await getCatalog();
  const functions = await getFunctions();
  const url = (path: string) => SITE_ORIGIN + path;
  const lines = [
    "# Alter SDK errors",
    "",
    `> Every error the Alter TypeScript SDK (@alter-ai/alter-sdk) raises: ${errors.length} classes organised by the action to take, the backend's ${CODES.length} error codes, the key scopes, and the rules that map a response to a class. Every err.docsUrl opens one of these pages.`,
    "",
    `- [The error tree](${url("/errors/")}): every class, its action, what catching it catches`,
    `- [Classifier](${url("/classify/")}): paste a failed response, get the class the SDK raises`,
    `- [Catalog as JSON](${url("/errors.json")}): classes, fields, codes, scopes and rules for tools`,
    "",
    "## Errors",
    "",
    ...errors.map((e) => `- [${e.name}](${url(errorPath(e.name))}): ${plainText(e.action)}`),
    "",
    "## Providers",
    "",
    ...PROVIDERS.map((p) => `- [${p.name}](${url(providerPath(p.id))}): ${llmsLine(p)}`),
    "",
    "## Guides",
    "",
    ...GUIDES.map((g) => `- [${g.label}](${url(guidePath(g.slug))})`),
    "",
    "## Reference",
    "",
    `- [Backend error codes](${url("/reference/codes/")}): ${CODES.map((c) => c.code).join(", ")}`,
    `- [Mapping and retry rules](${url("/reference/rules/")})`,
    `- [Providers](${url("/providers/")}): how ${PROVIDERS.length} providers signal a missing scope, a rejected credential, a rate limit and their request id`,
    `- [Key scopes](${url("/scopes/")}): ${SCOPES.map((s) => s.scope).join(", ")}`,
    `- [Types](${url("/reference/types/")})`,
    ...functions.map((f) => `- [${f.name}()](${url(functionPath(f.name))}): ${plainText(f.signatures[0]?.summary ?? "").split(/(?<=\.)\s/)[0]}`),
    "",
    "## Optional",
    "",
    ...SCOPES.map((s) => `- [${s.scope}](${url(scopePath(s.scope))}): ${plainText(s.covers)}`),
    "",
  ];
  return new Response(lines.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};

/**
 * `/errors.json`: the whole catalog for tools (classes with parent, fields, action, recovery
 * and docs URL; codes; scopes; rules with their actions; providers with their answers and signals), from the
 * same model as the pages.
 */
import type { APIRoute } from "astro";
import { CODES, CURRENT_SCOPE_VERSION, RULES, SCOPES, SITE_ORIGIN, codePath, errorPath, providerPath, rulePath, scopePath } from "@alter-ai/alter-sdk/docs";
import { getCatalog } from "../lib/sdk-api";
import { allFields } from "../lib/catalog";
import { plainText } from "../lib/doc-text";
import { PROVIDERS, QUESTIONS, evidenceOf, jsonSafe, signalPath, statusesJson } from "../lib/providers";

export const GET: APIRoute = async () => {
  const { errors } = await getCatalog();
  const body = {
    site: SITE_ORIGIN,
    classes: errors.map((e) => ({
      name: e.name,
      parent: e.parent ?? null,
      children: e.children,
      docsUrl: SITE_ORIGIN + errorPath(e.name),
      summary: e.description,
      action: plainText(e.action),
      recovery: e.recovery.map(plainText),
      family: e.family?.label ?? null,
      retryable: e.retry,
      fields: allFields(e).map((f) => ({
        name: f.name,
        wireKey: f.wireKey,
        type: f.type,
        kind: f.kind,
        declaredBy: f.declaredBy,
        description: plainText(f.description),
      })),
      detailsKeys: e.detailsKeys.map((d) => d.key),
      codes: e.codes.map((c) => c.code),
      rules: [...e.rules, ...e.retryRules].map((r) => r.id),
    })),
    codes: CODES.map((c) => ({ ...c, docsUrl: SITE_ORIGIN + codePath(c.code), classDocsUrl: SITE_ORIGIN + errorPath(c.error) })),
    scopes: {
      currentVersion: CURRENT_SCOPE_VERSION,
      catalog: SCOPES.map((s) => ({ ...s, docsUrl: SITE_ORIGIN + scopePath(s.scope) })),
    },
    rules: RULES.map((r) => ({
      id: r.id,
      group: r.group,
      statement: r.statement,
      produces: r.produces,
      ...(r.action !== undefined && { action: r.action }),
      ...(r.statusActions !== undefined && { statusActions: r.statusActions }),
      docsUrl: SITE_ORIGIN + rulePath(r.id),
    })),
    providers: PROVIDERS.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases ?? [],
      docsUrl: SITE_ORIGIN + providerPath(p.id),
      hosts: evidenceOf(p).hosts,
      ...(evidenceOf(p).selfHosted ? { selfHosted: evidenceOf(p).selfHosted } : {}),
      requestIdHeaders: p.requestIdHeaders ?? [],
      bodyRequestId: jsonSafe(p.bodyRequestId === undefined ? [] : typeof p.bodyRequestId === "string" ? [p.bodyRequestId] : p.bodyRequestId),
      fingerprints: jsonSafe({ headers: p.fingerprints?.headers ?? [], ...(p.fingerprints?.body ? { body: p.fingerprints.body } : {}) }),
      answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, p.answers[q.id]])),
      signals: p.signals.map((s) => ({
        id: s.id,
        statement: s.statement,
        action: s.action,
        source: s.source,
        error: s.error,
        retryable: s.retryable ?? null,
        statuses: statusesJson(s),
        docsUrl: SITE_ORIGIN + signalPath(p.id, s.id),
      })),
      docs: p.docs,
      notes: p.notes ?? [],
    })),
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

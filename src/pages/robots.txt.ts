/** `/robots.txt`: everything may be crawled; the sitemap is at the SDK's `SITE_ORIGIN`. */
import type { APIRoute } from "astro";
import { SITE_ORIGIN } from "@alter-ai/alter-sdk/docs";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_ORIGIN}/sitemap-index.xml\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

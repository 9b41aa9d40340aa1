// @ts-check
/**
 * Pages that moved. Every URL an SDK release ever put in `err.docsUrl` is listed in
 * tests/fixtures/docs-urls.txt and must keep resolving (tests/site/docs-urls.test.ts): when
 * a page moves, its old path goes here, mapped to where the page is now. Never remove a line.
 *
 * Paths are site paths with the trailing slash (`trailingSlash: "always"`). A static host has
 * no server-side redirects: Astro writes each old path as a small HTML page whose
 * `<meta http-equiv="refresh" content="0;url=…">` sends the browser on at once.
 *
 * @type {Record<string, string>}
 */
export const MOVED = {
  // "/errors/old-name-error/": "/errors/new-name-error/",
};

/**
 * The integration: hands a table of moved pages to Astro's `redirects` option.
 *
 * @param {Record<string, string>} [moved] - Old path → new path (default: `MOVED`).
 * @returns {import("astro").AstroIntegration}
 */
export default function redirects(moved = MOVED) {
  return {
    name: "alter:redirects",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({ redirects: moved });
      },
    },
  };
}

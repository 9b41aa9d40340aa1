/**
 * The provider a pasted text names by the API call it printed around the response, when the
 * reader found no request URL of its own: a log's `GET https://api.bitbucket.org/2.0/user (401)`
 * a line above the status, Unity's `HTTP/1.1 429 Too Many Requests url - https://api.figma.com/v1/files/...`.
 * Only a URL that addresses an API counts (its host starts with `api.`, or its host is an API's
 * own domain, or its path starts as APIs' do: `/api/`, `/v2/`, `/drive/v3/`, `/rest/`, an OAuth
 * endpoint): a page or a docs link (`https://github.com/o/r/issues/1`, `https://docs.github.com/...`)
 * names nothing. Like the client names, weak evidence: asked for last, and only when every such
 * URL in the text names the same provider.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { Identified } from "../rules/context.js";
import { PROVIDER_MATCHERS, providerOfHost, providerOfSelfHosted } from "./index.js";
import { atBothEnds } from "./clients.js";
import type { Provider } from "./types.js";

/**
 * A URL's host and the start of its path, bounded: a hostile text costs a constant per character. Or a request's `Host:` header
 * line (a client's debug dump: jira-cli's "GET /rest/agile/1.0/board HTTP/1.1\nHost: ...atlassian.net"), group 3, whose path is
 * on the request line above. Either host may start with a placeholder a poster put for their own name (`<SERVER>.atlassian.net`, `[nameofazureai].cognitiveservices.azure.com`).
 * A URL without its scheme counts too: Google's full resource names (`'//documentai.googleapis.com/projects/...'` in a permission
 * denied on that resource) are its API's host and path; not an HTML attribute's (`href="//fonts.googleapis.com/css..."`, a page's).
 */
const URL = /(?:\bhttps?:|(?<![\w:/.=]|=["']))\/\/((?:<[\w-]{1,40}>\.|\[[\w-]{1,40}\]\.)?[A-Za-z0-9.-]{1,253})(?::\d{1,5})?(\/[^\s"'<>()[\]{}`|\\]{0,200})?|(?:^|\n)[ \t>]{0,8}Host:[ \t]{0,8}((?:<[\w-]{1,40}>\.|\[[\w-]{1,40}\]\.)?[A-Za-z0-9.-]{1,253})[ \t]*\r?$/gim;
/**
 * A host that serves an API only: `api.` first (`api.figma.com`) or inside (`quickbooks.api.intuit.com`), an API's domain
 * (`googleapis.com`, `hubapi.com`, `dropboxapi.com`), a webhook's (`hooks.slack.com`, which only receives posts), or a package
 * registry's (`maven.pkg.github.com`, which Maven and Gradle call with a token, GitHub's); and a provider's whose hosts serve
 * only its API (`apiOnlyHosts`: an Azure OpenAI resource's `<name>.openai.azure.com`).
 */
const API_HOST = /^api\.|\.api\.|apis?\.com$|^hooks\.|\.pkg\./;
/**
 * How APIs' paths start: `/api/`, `/rest/`, `/graphql`, a version (`/v1.0/`, `/drive/v3/`, Algolia's `/1/`, Mailchimp's `/3.0/`), Shopify's `/admin/api/` (and its
 * unversioned `/admin/products/1/variants.json`, the admin's pages having no `.json`), Salesforce's `/services/data/`, an OAuth endpoint.
 */
const API_PATH =
  /^\/(?:(?:api|rest|graphql)(?:[/?#.]|$)|(?:[a-z]{2,20}\/)?v\d{1,2}(?:\.\d{1,2})?(?:[/?#]|$)|\d{1,2}(?:\.\d{1,2})?\/|admin\/api\/|admin\/[^?#.]{1,190}\.json(?:[?#]|$)|services\/(?:data|Soap|apexrest|async)\/)|^(?:\/[^/?#]{1,80}){0,2}\/oauth2?(?:[/?#]|$)/i;

/** The hosts of the providers whose hosts serve only their API. */
const API_ONLY_HOSTS: readonly string[] = (PROVIDER_MATCHERS as readonly Provider[]).flatMap((p) => (p.apiOnlyHosts ? p.hosts : []));

/** A documentation site's host, whose paths copy the API's (`https://docs.github.com/rest`). */
const DOCS_HOST = /^(?:docs|developers?|help|support|learn|community|forums?)\./;

/** The one provider the API URLs in `text` name, with the first such URL; `undefined` when they name none, or more than one. */
export function identifyByApiUrl(text: string): Identified | undefined {
  // Read where the client names are read: a long text at its two ends.
  const read = atBothEnds(text);
  let found: { provider: Provider; host: string } | undefined;
  for (const m of read.matchAll(URL)) {
    const host = (m[1] ?? m[3]!).toLowerCase();
    // A Host header names the request's target: an API host only by its provider's hosts (its path is not on its line).
    const api = m[3] !== undefined ? !DOCS_HOST.test(host) : API_HOST.test(host) || API_ONLY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) || (!DOCS_HOST.test(host) && API_PATH.test(m[2] ?? ""));
    if (!api) continue;
    const p = providerOfHost(host) ?? providerOfSelfHosted(host, m[2] ?? "");
    if (p === undefined) continue;
    if (found === undefined) found = { provider: p, host };
    else if (found.provider !== p) return undefined;
  }
  // The host alone: a URL's path and query may hold a secret (a webhook's token, `?key=`), and the evidence is shown as it is.
  return found && { provider: found.provider, evidence: `an API call in the paste to ${found.host}`, named: false };
}

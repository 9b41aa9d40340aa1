/**
 * The provider a paste names in its own words: a label of its own, as an issue template's or a
 * tool's error report states it on a line ("Provider: anthropic", "**Provider:** gemini",
 * Continue's report); else the words a client or an app prints around the failure ("The Twitter
 * API returned a Response with a status other than 2XX", "Zendesk Error (401)", a `[Intercom]` tag).
 * Weak evidence, like the client names and the API URLs: asked for last, and only when every
 * such name in the text names the same known provider (by its id or an alias).
 *
 * Imported by both server and browser code.
 * @module
 */
import type { Identified } from "../rules/context.js";
import { findProvider } from "./index.js";
import { atBothEnds } from "./clients.js";
import type { Provider } from "./types.js";

/** A line that is only the label and one name (Markdown's bold and code allowed around them). */
const LABEL = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?Provider(?:\*\*)?:(?:\*\*)?[ \t]*`?([A-Za-z][\w.-]{0,40})`?[ \t]*\r?$/gm;

/** The one known provider the paste's "Provider:" labels name; `undefined` when they name none, an unknown one, or more than one. */
export function identifyByLabel(text: string): Identified | undefined {
  let found: Provider | undefined;
  for (const m of atBothEnds(text).matchAll(LABEL)) {
    const p = findProvider(m[1]!);
    if (p === undefined || (found !== undefined && found !== p)) return undefined;
    found = p;
  }
  return found && { provider: found, evidence: `the paste's label "Provider: ${found.id}"`, named: false };
}

/**
 * A provider's name said as the API that failed: "<Name> API returned|responded|failed|error|response was" ("request to discord API failed",
 * "Confluence API returned unexpected status"), "<Name> Error (401)" (node-zendesk's) or "<Name> Error 403" (pafy's "Youtube Error 403:"), or a log's `[<Name>]` tag between blanks
 * (Intercom's iOS SDK, a task runner's `[jira]`), two letters at least (a Markdown task's `[x]` is no X), or "Error authenticating with
 * <Name>" (atlascode's "Error authenticating with Jira: AxiosError: ...", "Error communicating with Asana"), or "failed to send <Name>
 * message|notification" (Grafana alerting's "failed to send telegram message: webhook response status 400"), or "<Name> HTTP <status>"
 * (okta-sdk-python's "Okta HTTP 400 E0000001 ..."), or "for <Name> API (<status>)" (mcp-atlassian's "Authentication failed for
 * Jira API (403)"), or "Error from <Name>:" (BoltAI's "Error from Anthropic: status code 429"), or "when calling <Name>:" (Semantic
 * Kernel's "An error occurred when calling Azure OpenAI:", a name of two words its id's), or "<Name> exception: " (openHAB's "Telegram
 * exception: GetUpdates failed with error_code 429 ..."), or "request to <name> returned <status>" (Uppy Companion's "ProviderApiError: request
 * to dropbox returned 409"), or "<Name> returned <status>" (ms-teams-cli's "Microsoft Graph returned 403", the last word of a name of two
 * its alias). Each bounded; a name no
 * provider has names nothing. The path it called may stand in brackets after "API" (Wrangler's "A request to the Cloudflare API
 * (/memberships) failed.").
 */
const SAID = /\b([A-Za-z][A-Za-z0-9-]{1,30}) API(?: v\d{1,2}(?:\.\d{1,2})?)?(?: \([^)\r\n]{1,200}\))? (?:returned|responded|failed|error|errored|request failed|call failed|response was)\b|\b([A-Za-z][A-Za-z0-9-]{1,30}) Error (?:\([1-5]\d\d\)|[1-5]\d\d\b)|(?:^|[ \t])\[([A-Za-z][A-Za-z0-9-]{1,30})\][ \t]|\berror (?:authenticating|communicating|connecting) (?:with|to) ([A-Za-z][A-Za-z0-9-]{1,30})\b|\bfailed to send ([A-Za-z][A-Za-z0-9-]{1,30}) (?:message|notification)\b|\b([A-Za-z][A-Za-z0-9-]{1,30}) HTTP [1-5]\d\d\b|\bfor ([A-Za-z][A-Za-z0-9-]{1,30}) API \([1-5]\d\d\)|\berror from ([A-Za-z][A-Za-z0-9-]{1,30}):|\bwhen calling ([A-Za-z][A-Za-z0-9-]{1,30}(?: [A-Z][A-Za-z0-9-]{1,30})?):|\b([A-Za-z][A-Za-z0-9-]{1,30}) exception: |\brequest to ([A-Za-z][A-Za-z0-9-]{1,30}) returned [1-5]\d\d\b|\b([A-Za-z][A-Za-z0-9-]{1,30}) returned (?:an? |HTTP |status )?[1-5]\d\d\b/gim;

/** The one known provider the paste's words name as the API that failed; `undefined` when they name none, or more than one. */
export function identifyByWords(text: string): Identified | undefined {
  let found: { provider: Provider; said: string } | undefined;
  for (const m of atBothEnds(text).matchAll(SAID)) {
    // Each way of saying it captures the name in a group of its own: the one that matched.
    // A name of two words is its id's (Semantic Kernel's "An error occurred when calling Azure OpenAI:").
    const name = m.find((g, i) => i > 0 && g !== undefined)!;
    const p = findProvider(name) ?? findProvider(name.replace(/ /g, "-"));
    if (p === undefined || p.nameIsProtocol) continue;
    if (found !== undefined && found.provider !== p) return undefined;
    found ??= { provider: p, said: m[0].trim() };
  }
  return found && { provider: found.provider, evidence: `the paste's words: ${found.said.slice(0, 80)}`, named: false };
}

/**
 * The provider a pasted printout names by a link its error printed to that provider's own documentation of the error
 * (`Provider.errorLinks`): twilio-node's `RestException` prints `moreInfo: 'https://www.twilio.com/docs/errors/21219'`, a log line
 * holds SendGrid's "Visit https://sendgrid.com/docs/...", Codex prints OpenAI's "You can find your API key at
 * https://platform.openai.com/account/api-keys". Such a link is the provider's own words, so the body counts here, unlike for the
 * client names. Weak evidence all the same (a person may link a guide): asked last, and only when every link of a provider in the
 * text names the same one.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { Identified } from "../rules/context.js";
import { PROVIDER_MATCHERS } from "./index.js";
import { atBothEnds } from "./clients.js";
import type { Provider } from "./types.js";

const LINKED: readonly Provider[] = (PROVIDER_MATCHERS as readonly Provider[]).filter((p) => p.errorLinks !== undefined);

/** The one provider whose error links `text` holds, with the first one; `undefined` when it holds none, or those of two. */
export function identifyByErrorLink(text: string): Identified | undefined {
  const read = atBothEnds(text);
  let found: { provider: Provider; link: string } | undefined;
  for (const p of LINKED) {
    const m = p.errorLinks!.exec(read);
    if (m === null) continue;
    if (found !== undefined) return undefined;
    // (The link itself, where the pattern takes words before it: the Graph API's "Please read the Graph API documentation at https://...".)
    const at = m[0].search(/https?:\/\//);
    found = { provider: p, link: at > 0 ? m[0].slice(at) : m[0] };
  }
  // Shown without its query or fragment, and cut: a link's query may carry a project's number or a key.
  return found && { provider: found.provider, evidence: `its documentation's link in the paste: ${found.link.replace(/^https?:\/\//, "").replace(/[?#].*$/, "").slice(0, 80)}`, named: false };
}

/**
 * An error message whose status its provider's docs give (`Provider.documentedStatus`), in a paste that states no status: OpenAI's
 * "You exceeded your current quota, please check your plan and billing details." alone, as a CI action or an app's toast prints it.
 * Tried after every reader of a stated status. The provider is named by its own evidence (the body's words, a host), not by this
 * reader: OpenAI-compatible APIs copy OpenAI's messages, and the status they mean with them.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ParsedInput } from "../types.js";
import type { Provider } from "../providers/types.js";
import { PROVIDER_MATCHERS } from "../providers/index.js";
import { bracketedAcrossWraps, inTestSource, printedValue, readWith, type LogFormat } from "./printout.js";
import { lineEnd } from "./text.js";
import { isRecord } from "../snapshot.js";

/** Where the messages are looked for: a long paste's head, where an app prints its error. */
const READ = 65_536;

const DOCUMENTED: readonly { readonly provider: Provider; readonly words: RegExp; readonly status: number; readonly source: string }[] = (
  PROVIDER_MATCHERS as readonly Provider[]
).flatMap((p) => (p.documentedStatus ? p.documentedStatus.messages.map(([words, status, source]) => ({ provider: p, words, status, source: source ?? p.documentedStatus!.source })) : []));

const DOCUMENTED_MESSAGE: LogFormat = {
  name: "an error message its provider's docs give with a status",
  find(t) {
    const text = t.length > READ ? t.slice(0, READ) : t;
    let found: { readonly entry: (typeof DOCUMENTED)[number]; readonly at: number } | undefined;
    for (const entry of DOCUMENTED) {
      const m = entry.words.exec(text);
      if (m === null) continue;
      // Two of them: the page that lists them (the guide, a blog's copy of its table), not a failure.
      if (found !== undefined) return undefined;
      found = { entry, at: m.index };
    }
    if (found === undefined) return undefined;
    const { entry, at } = found;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    // A row of that page ("429 - You exceeded your current quota, ...", "| 401 - Incorrect API key provided |", a list of links to its
    // articles: "- [Error Code 429 - You exceeded ...](https://help.openai.com/...)") names its status: no failure; one a client printed
    // with its status is read by the readers before this one.
    // (A link's text starts at its bracket; Firebase's message in brackets has a blank after it: "... occurred. [ API key not valid. ... ]".)
    // (A status in square brackets is a client's printout of the call's, R's gptstudio's "OpenAI API request failed [429].Error message: ...".)
    // (Not a JSON list's bracket, `{"errors":[{"message":"...`: a body.)
    if (/(?<!\[)\b[45]\d\d\b(?!\])/.test(text.slice(lineStart, at)) || /\[(?![ {"])[^\]\n]*$/.test(text.slice(lineStart, at))) return undefined;
    // Words inside a JSON object the line opens, in a member of its own (PowerShell's "Invoke-RestMethod : {"error_summary":
    // "missing_scope/...", "error": {...}}", wrapped at the console's width): that object is the body, whole, for the provider's own
    // signals to read. Not an error's `message` printed without its envelope (async-openai's `ApiError { message: "You exceeded your
    // current quota, ...", type: ... }`): the words are read as they were, the signals knowing them.
    const brace = text.lastIndexOf("{", at);
    const object = brace >= lineStart ? bracketedAcrossWraps(text, brace) : undefined;
    const value = object !== undefined && brace + object.length > at ? printedValue(object) : undefined;
    const own = isRecord(value) && !(typeof value.message === "string" && entry.words.test(value.message));
    const message = own ? object! : text.slice(at, lineEnd(text, at)).trim();
    // Another API's copy of the words, its own link after them (the Gemini API's quota message, "... head to: https://ai.google.dev/..."):
    // its status may differ, and the docs are not these. (The provider's own pages its errors link are its own: Drive's "Rate of requests
    // for user exceed configured project quota. ... https://console.developers.google.com/apis/api/drive.googleapis.com/quotas".)
    for (const m of message.matchAll(/\bhttps?:\/\/([a-z0-9.-]{1,253})[^\s"'<>)]{0,2000}/gi)) {
      const host = m[1]!.toLowerCase().replace(/\.+$/, "");
      if (!entry.provider.hosts.some((h) => host === h || host.endsWith(`.${h}`)) && !entry.provider.errorLinks?.test(m[0])) return undefined;
    }
    // Nor the words in a program's source (a test's string, a block comment's sample body), nor in an article that tells its reader
    // what the message means (a help center's page quoting one as its example).
    if (inTestSource(text) || text.lastIndexOf("/*", at) > text.lastIndexOf("*/", at) || addressesReader(text, entry.words, message)) return undefined;
    return {
      what: `an error message ${entry.provider.name}'s docs give with HTTP ${entry.status}`,
      status: entry.status,
      // The words are the provider's own, as its fingerprints are (SendGrid's 401 message cut by a console's wrap, which its body
      // fingerprint no longer matches whole). Not a protocol's words other APIs copy (OpenAI's, which OpenAI-compatible APIs send; S3's).
      ...(entry.provider.nameIsProtocol || entry.provider.documentedStatus!.shared ? {} : { provider: entry.provider.id, providerBy: `its words, which ${entry.provider.name}'s docs give` }),
      statusSaid: `${entry.provider.name}'s docs give its words with HTTP ${entry.status} (${entry.source}); the paste states no status`,
      body: message,
    };
  },
};

/**
 * Whether two or more lines of `t` are prose to a reader: twenty words or more, with "you", "your" or "we recommend", other than
 * the lines that hold the message (whose words say "your" themselves), or its sentence (.NET's AggregateException repeats its inner
 * exception's message in brackets on the lines above it: "(The level of configured provisioned throughput ... Consider increasing your
 * provisioning level ...)").
 */
function addressesReader(t: string, words: RegExp, message: string): boolean {
  // (The sentence after the code, "ProvisionedThroughputExceededException: ", or the message from its start.)
  const colon = message.indexOf(": ");
  const sentence = message.slice(colon < 0 ? 0 : colon + 2, (colon < 0 ? 0 : colon + 2) + 60);
  let lines = 0;
  for (const m of t.matchAll(/^[^\n]{100,2000}$/gm)) {
    if (m[0].split(/\s+/).length >= 20 && /\b(?:you|your|we recommend)\b/i.test(m[0]) && !words.test(m[0]) && !(sentence.length >= 20 && m[0].includes(sentence)) && ++lines >= 2) return true;
  }
  return false;
}

/**
 * The status its provider's docs give a body's message (a bare JSON body that states no status: OpenAI's `{"error": {"message":
 * "Incorrect API key provided: ..."}}` as a gateway logged it), with the provider and the docs; `undefined` for any other message.
 */
export function documentedStatusOf(message: string): { readonly status: number; readonly provider: Provider; readonly source: string } | undefined {
  const text = message.length > READ ? message.slice(0, READ) : message;
  const entry = DOCUMENTED.find((e) => e.words.test(text));
  return entry && { status: entry.status, provider: entry.provider, source: entry.source };
}

/** The status a documented message in `t` stands for, read as that status; `undefined` when `t` holds none, or several. */
export function readDocumentedStatus(t: string): ParsedInput | undefined {
  return readWith([DOCUMENTED_MESSAGE], t);
}

/**
 * The provider a pasted text names by its client libraries (`Provider.clients`): a traceback's
 * `tweepy.errors.TooManyRequests`, a stack trace's `node_modules/@octokit/request/`, Ruby's
 * `ShopifyAPI::Errors::HttpResponseError`, a `DiscordAPIError`. The weakest evidence the SDK
 * takes, so the mapper asks for it last, and only when the text names no other provider's
 * clients: an app that calls two providers prints both, and then neither is the answer.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { Identified } from "../rules/context.js";
import { PROVIDER_MATCHERS, findProvider } from "./index.js";
import type { Provider } from "./types.js";

const PACKAGES = new Map<string, Provider>();
const CLASSES = new Map<string, Provider>();
for (const p of PROVIDER_MATCHERS as readonly Provider[]) {
  for (const name of p.clients.packages) PACKAGES.set(name, p);
  for (const name of p.clients.classes) CLASSES.set(name, p);
}

/**
 * Where clients show, in one pass:
 * 1. a qualified name (`.`, `::` or `\` between names) that starts a word and ends in a
 *    capitalized name: an exception or a namespace, never a host (`api.stripe.com` ends in `com`);
 * 2. a package directory of a stack trace and the two below it (`google/api_core`, `azure/ai/formrecognizer`), npm's `@scope/` included;
 * 3. an exception class's name, or a response class's as a Dart or Kotlin object prints it (`TwitterResponse(rateLimit: ...)`);
 * 4. a Terraform provider's plugin (`plugin.terraform-provider-okta_v3.0.6_x5`), named after the API it calls: a provider's id or alias;
 * 5. an npm package's scope, as a module names itself in its log lines (`ERROR:@google/cloud-trace: TraceWriter: ...`);
 * 6. the resource type of a Terraform diagnostic (`on main.tf line 29, in data "auth0_client" "some_client":`), whose first
 *    word is its provider's name: a provider's id or alias;
 * 7. a Pulumi resource's type token (`okta:app:OAuth (my-app):`, `gcp:storage:Bucket`), whose first word is its package's,
 *    named after the API it calls: a provider's id or alias;
 * 8. a Dart package's library in a stack frame (`package:spotify/src/spotify_base.dart:282`, `package:googleapis/drive/v3.dart`).
 * Each part is bounded, so a hostile text costs a constant per character.
 */
const CODE =
  /(?<![\w$.@/\\-])(?<!::)([A-Za-z_]\w{0,60}(?:(?:\.|::|\\)[A-Za-z_]\w{0,60}){1,12})|(?:site-packages|dist-packages|node_modules|gems)[/\\]((?:@[\w.-]{1,60}[/\\])?[\w.-]{1,80}(?:[/\\](?!node_modules\b)\w{1,80}){0,2})|\b([A-Z][A-Za-z0-9_]{0,80}(?:Error|Exception|Response(?=\()))\b|\bterraform-provider-([a-z0-9]{2,40})|(?<![\w@./\\-])(@[a-z0-9][a-z0-9-]{0,60})\/[a-z0-9][a-z0-9._-]{0,80}|\bin (?:resource|data) "([a-z][a-z0-9]{1,30})_[a-z0-9_]{1,80}" "|(?<![\w:/.-])([a-z][a-z0-9-]{1,30}):[a-z][A-Za-z0-9/]{0,40}:[A-Z][A-Za-z0-9]{1,80}(?![\w:])|\bpackage:([a-z][a-z0-9_]{0,60})\/[\w/.-]{0,200}\.dart\b/g;

/** Texts longer than this are read at their start and their end, where a printout names its client. */
const READ = 64 * 1024;

/** `text`, or when it is longer than twice {@link READ}, its start and its end: where a printout names its client and its call. */
export function atBothEnds(text: string): string {
  return text.length <= 2 * READ ? text : `${text.slice(0, READ)}\n${text.slice(-READ)}`;
}

/**
 * Packages inside a provider's namespace that call any API: google-http-java-client's `com.google.api.client.http`
 * (`HttpResponseException` over a Slack webhook's 404) is Google's code, not a call to Google. Its API clients live in
 * `com.google.api.client.googleapis`.
 */
const ANY_APIS = /^com[./\\]google[./\\]api[./\\]client[./\\](?:http|util|json)\b/;

/** What a qualified name or a package directory names: its first three names, then its first two, then its first (`.` for every separator). */
function packageOf(path: string, gem: boolean): Provider | undefined {
  if (ANY_APIS.test(path)) return undefined;
  // A gem's directory carries its version: `aws-sdk-core-3.191.0/lib`.
  const names = (gem ? path.replace(/-\d[\w.-]*/, "") : path).split(/::|[./\\]/);
  // Java's packages take three names to say whose they are (`com.google.api` is Google's APIs' client, `com.google.common` Guava),
  // and so do Azure's by service (`azure.ai.formrecognizer`, `Azure.AI.FormRecognizer`: `Azure.AI.OpenAI` is another provider's).
  return (names.length >= 3 ? PACKAGES.get(`${names[0]}.${names[1]}.${names[2]}`) : undefined) ?? PACKAGES.get(`${names[0]}.${names[1]}`) ?? PACKAGES.get(names[0]!);
}

/** What a class name names: its starts up to a capital, a digit or `_`, the shortest first. */
function classOf(name: string): Provider | undefined {
  for (let i = 1; i < name.length && i <= 24; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) {
      const hit = CLASSES.get(name.slice(0, i));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The provider of the first exception class among `names` whose start is a client's. */
function exceptionIn(names: readonly string[]): Provider | undefined {
  for (const name of names) {
    const hit = /^[A-Z]\w*(?:Error|Exception|Response)$/.test(name) ? classOf(name) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The one provider whose clients `text` names, with the name that says so; `undefined` when it
 * names none, or more than one.
 */
export function identifyByClient(text: string): Identified | undefined {
  const read = atBothEnds(text);
  let found: { provider: Provider; name: string } | undefined;
  const code = new RegExp(CODE);
  for (let m = code.exec(read); m !== null; m = code.exec(read)) {
    let p: Provider | undefined;
    if (m[1] !== undefined) {
      // A qualified name: a namespace or an exception, when its last name is capitalized; else an exception class on its way
      // (`github.GithubException.RateLimitExceededException`, `org.gitlab.api.GitlabAPIException`).
      const names = m[1].split(/::|[.\\]/);
      if (/^[A-Z]/.test(names.at(-1)!)) p = packageOf(m[1], false) ?? exceptionIn(names);
      // None: read on from its second name, which may start a package directory (a Windows path, `d:x\node_modules\pkg\`).
      if (p === undefined) code.lastIndex = m.index + names[0]!.length + 1;
    } else if (m[2] !== undefined) p = packageOf(m[2], m[0].startsWith("gems"));
    else if (m[3] !== undefined) p = classOf(m[3]);
    else if (m[4] !== undefined) p = findProvider(m[4]);
    else if (m[5] !== undefined) p = PACKAGES.get(m[5]);
    else if (m[6] !== undefined) p = findProvider(m[6]);
    else if (m[7] !== undefined) p = findProvider(m[7]);
    else p = PACKAGES.get(m[8]!);
    if (p === undefined) continue;
    if (found === undefined) found = { provider: p, name: m[0] };
    else if (found.provider !== p) return undefined;
  }
  return found && { provider: found.provider, evidence: `the client in the paste: ${found.name.slice(0, 100)}`, named: false };
}

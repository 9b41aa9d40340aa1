/**
 * `PROVIDERS`: every provider's matchers joined with its documentation (spec section 14),
 * as the site, `/errors.json`, `/llms.txt` and the tests read them. Docs only: the mapper
 * reads the matchers alone (`providers/index.ts`), so the classifier's bundle carries no
 * prose. Each provider's docs object is typed by its matchers, so a signal without a
 * statement, a source or an example does not compile.
 * @module
 */
import type { ErrorName } from "../tree.js";
import { PROVIDER_MATCHERS, type ProviderId, type ProviderSignalId } from "./index.js";
import type { Answer, Provider, ProviderDocs, Question, Signal, SignalDoc } from "./types.js";
import { googleDocs } from "./google.js";
import { microsoftDocs } from "./microsoft.js";
import { githubDocs } from "./github.js";
import { gitlabDocs } from "./gitlab.js";
import { bitbucketDocs } from "./bitbucket.js";
import { slackDocs } from "./slack.js";
import { discordDocs } from "./discord.js";
import { notionDocs } from "./notion.js";
import { atlassianDocs } from "./atlassian.js";
import { asanaDocs } from "./asana.js";
import { linearDocs } from "./linear.js";
import { airtableDocs } from "./airtable.js";
import { hubspotDocs } from "./hubspot.js";
import { salesforceDocs } from "./salesforce.js";
import { intercomDocs } from "./intercom.js";
import { zendeskDocs } from "./zendesk.js";
import { shopifyDocs } from "./shopify.js";
import { stripeDocs } from "./stripe.js";
import { xeroDocs } from "./xero.js";
import { quickbooksDocs } from "./quickbooks.js";
import { dropboxDocs } from "./dropbox.js";
import { boxDocs } from "./box.js";
import { zoomDocs } from "./zoom.js";
import { linkedinDocs } from "./linkedin.js";
import { xDocs } from "./x.js";
import { spotifyDocs } from "./spotify.js";
import { figmaDocs } from "./figma.js";
import { oktaDocs } from "./okta.js";
import { auth0Docs } from "./auth0.js";
import { awsDocs } from "./aws.js";
import { openaiDocs } from "./openai.js";
import { anthropicDocs } from "./anthropic.js";
import { azureDocs } from "./azure.js";
import { metaDocs } from "./meta.js";
import { telegramDocs } from "./telegram.js";
import { vonageDocs } from "./vonage.js";
import { twilioDocs } from "./twilio.js";
import { sendgridDocs } from "./sendgrid.js";
import { dockerHubDocs } from "./docker-hub.js";
import { binanceDocs } from "./binance.js";
import { azureStorageDocs } from "./azure-storage.js";
import { huggingfaceDocs } from "./huggingface.js";
import { datadogDocs } from "./datadog.js";
import { supabaseDocs } from "./supabase.js";
import { mailgunDocs } from "./mailgun.js";
import { postmarkDocs } from "./postmark.js";
import { mondayDocs } from "./monday.js";
import { pipedriveDocs } from "./pipedrive.js";
import { clickupDocs } from "./clickup.js";
import { calendlyDocs } from "./calendly.js";
import { mailchimpDocs } from "./mailchimp.js";
import { zohoDocs } from "./zoho.js";
import { groqDocs } from "./groq.js";
import { mistralDocs } from "./mistral.js";
import { plaidDocs } from "./plaid.js";
import { paypalDocs } from "./paypal.js";
import { cloudflareDocs } from "./cloudflare.js";
import { openrouterDocs } from "./openrouter.js";
import { azureOpenaiDocs } from "./azure-openai.js";
import { digitaloceanDocs } from "./digitalocean.js";
import { vercelDocs } from "./vercel.js";
import { herokuDocs } from "./heroku.js";
import { pagerdutyDocs } from "./pagerduty.js";
import { sentryDocs } from "./sentry.js";
import { replicateDocs } from "./replicate.js";
import { klaviyoDocs } from "./klaviyo.js";
import { mapboxDocs } from "./mapbox.js";
import { openweathermapDocs } from "./openweathermap.js";
import { ipinfoDocs } from "./ipinfo.js";
import { twitchDocs } from "./twitch.js";
import { blueskyDocs } from "./bluesky.js";
import { paddleDocs } from "./paddle.js";
import { squareDocs } from "./square.js";
import { algoliaDocs } from "./algolia.js";
import { pineconeDocs } from "./pinecone.js";
import { docusignDocs } from "./docusign.js";
import { servicenowDocs } from "./servicenow.js";
import { mongodbAtlasDocs } from "./mongodb-atlas.js";
import { neonDocs } from "./neon.js";
import { upstashDocs } from "./upstash.js";
import { convexDocs } from "./convex.js";
import { stravaDocs } from "./strava.js";
import { teslaDocs } from "./tesla.js";
import { smartthingsDocs } from "./smartthings.js";
import { canvasDocs } from "./canvas.js";
import { azureAiDocs } from "./azure-ai.js";
import { xaiDocs } from "./xai.js";
import { deepseekDocs } from "./deepseek.js";
import { perplexityDocs } from "./perplexity.js";

/** The docs of every provider, by id: the compiler asks for one per entry of `PROVIDER_MATCHERS`. */
const DOCS: { readonly [Id in ProviderId]: ProviderDocs<Extract<(typeof PROVIDER_MATCHERS)[number], { id: Id }>> } = {
  google: googleDocs,
  microsoft: microsoftDocs,
  github: githubDocs,
  gitlab: gitlabDocs,
  bitbucket: bitbucketDocs,
  slack: slackDocs,
  discord: discordDocs,
  notion: notionDocs,
  atlassian: atlassianDocs,
  asana: asanaDocs,
  linear: linearDocs,
  airtable: airtableDocs,
  hubspot: hubspotDocs,
  salesforce: salesforceDocs,
  intercom: intercomDocs,
  zendesk: zendeskDocs,
  shopify: shopifyDocs,
  stripe: stripeDocs,
  xero: xeroDocs,
  quickbooks: quickbooksDocs,
  dropbox: dropboxDocs,
  box: boxDocs,
  zoom: zoomDocs,
  linkedin: linkedinDocs,
  x: xDocs,
  spotify: spotifyDocs,
  figma: figmaDocs,
  okta: oktaDocs,
  auth0: auth0Docs,
  aws: awsDocs,
  openai: openaiDocs,
  anthropic: anthropicDocs,
  azure: azureDocs,
  meta: metaDocs,
  telegram: telegramDocs,
  plaid: plaidDocs,
  paypal: paypalDocs,
  cloudflare: cloudflareDocs,
  openrouter: openrouterDocs,
  "azure-openai": azureOpenaiDocs,
  vonage: vonageDocs,
  twilio: twilioDocs,
  sendgrid: sendgridDocs,
  "docker-hub": dockerHubDocs,
  binance: binanceDocs,
  "azure-storage": azureStorageDocs,
  huggingface: huggingfaceDocs,
  datadog: datadogDocs,
  supabase: supabaseDocs,
  mailgun: mailgunDocs,
  postmark: postmarkDocs,
  monday: mondayDocs,
  pipedrive: pipedriveDocs,
  clickup: clickupDocs,
  calendly: calendlyDocs,
  mailchimp: mailchimpDocs,
  zoho: zohoDocs,
  groq: groqDocs,
  mistral: mistralDocs,
  digitalocean: digitaloceanDocs,
  vercel: vercelDocs,
  heroku: herokuDocs,
  pagerduty: pagerdutyDocs,
  sentry: sentryDocs,
  replicate: replicateDocs,
  klaviyo: klaviyoDocs,
  mapbox: mapboxDocs,
  openweathermap: openweathermapDocs,
  ipinfo: ipinfoDocs,
  twitch: twitchDocs,
  bluesky: blueskyDocs,
  paddle: paddleDocs,
  square: squareDocs,
  algolia: algoliaDocs,
  pinecone: pineconeDocs,
  docusign: docusignDocs,
  servicenow: servicenowDocs,
  "mongodb-atlas": mongodbAtlasDocs,
  neon: neonDocs,
  upstash: upstashDocs,
  convex: convexDocs,
  strava: stravaDocs,
  tesla: teslaDocs,
  smartthings: smartthingsDocs,
  canvas: canvasDocs,
  "azure-ai": azureAiDocs,
  xai: xaiDocs,
  deepseek: deepseekDocs,
  perplexity: perplexityDocs,
};

/** One signal of a provider, with its documentation. */
export interface ProviderSignal extends Signal, SignalDoc {
  /** Its rule id. */
  readonly id: ProviderSignalId;
}

/** A provider as the site shows it: its matchers and its documentation. */
export interface ProviderEntry extends Omit<Provider, "signals">, Omit<ProviderDocs, "signals"> {
  readonly id: ProviderId;
  /** Its signals, in the order they run. */
  readonly signals: readonly ProviderSignal[];
}

/** Every provider the SDK knows, in table order. */
export const PROVIDERS: readonly ProviderEntry[] = PROVIDER_MATCHERS.map((p) => {
  const docs = DOCS[p.id] as ProviderDocs;
  const signals = Object.entries(p.signals as Record<string, Signal>).map(([id, signal]) => ({
    id: id as ProviderSignalId,
    ...signal,
    ...(docs.signals as Record<string, SignalDoc>)[id]!,
  }));
  return { ...p, ...docs, signals };
});

/** The questions of the provider table, in column order, with their headings. */
export const QUESTIONS: readonly { readonly id: Question; readonly title: string }[] = [
  { id: "scope", title: "Missing scope" },
  { id: "credential", title: "Credential rejected" },
  { id: "rateLimit", title: "Rate limited" },
  { id: "notRetryable", title: "Not fixable by retrying" },
];

/** The classes a provider's signals can yield. */
export function classesOf(entry: ProviderEntry): ErrorName[] {
  return [...new Set(entry.signals.flatMap((s) => (s.error === null ? [] : [s.error])))];
}

export type { Answer };

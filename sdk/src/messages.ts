/**
 * The message of an error the mapper makes: the backend's or the provider's own words
 * when it sent any, else a sentence of the SDK's saying what happened.
 *
 * Imported by both server and browser code.
 * @module
 */
import type { ErrorName } from "./tree.js";
import { codeInfo } from "./codes.js";
import type { BodyRead } from "./response.js";
import type { Envelope, Identified, RuleContext } from "./rules/context.js";
import { readJson } from "./json.js";
import { stringAt } from "./providers/match.js";
import { isRecord, readString } from "./snapshot.js";
import { findChallenge } from "./www-authenticate.js";
import { REASON_PHRASES, isReasonOf } from "./reasons.js";
import { readRelaxedJson } from "./input/relaxed-json.js";

const IS_REASON = new Set(REASON_PHRASES.map(([, r]) => r.toLowerCase()));

/** What each recognised failure means, in words (the code stays in the message too). */
const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection was reset",
  ENOTFOUND: "the host name did not resolve",
  EAI_AGAIN: "DNS lookup failed (temporary)",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  "80072EE2": "WinHTTP timed out waiting for the server (ERROR_WINHTTP_TIMEOUT)",
  "80072EE7": "the host name did not resolve (WinHTTP)",
  "80072EFD": "no connection could be made to the server (WinHTTP)",
  "80072EFE": "the connection was aborted (WinHTTP)",
  "80072EFF": "the connection was reset (WinHTTP)",
  "80072F8F": "the TLS handshake failed (WinHTTP's secure failure: an old TLS setting or an untrusted certificate)",
  "800C0008": "the download failed before a response arrived (INET_E_DOWNLOAD_FAILURE)",
  EMFILE: "this process ran out of file descriptors, too many connections open at once (send fewer requests concurrently)",
  ENFILE: "the system ran out of file descriptors, too many connections open at once (send fewer requests concurrently)",
  "curl 6": "could not resolve the host",
  "curl 7": "could not connect",
  "curl 35": "the TLS handshake failed",
  "curl 52": "the server sent an empty reply",
  "curl 56": "the connection broke while receiving",
  "curl 60": "the server's TLS certificate was not trusted",
  "curl 77": "the client could not read its CA certificate file (check the file's path and permissions)",
  "curl 28": "the operation timed out",
  AbortError: "the request was aborted by the caller",
  CORS: "the browser's CORS policy blocked the response (call the API from a server, or send only the headers it allows)",
};

const POLL_MESSAGES: Partial<Record<ErrorName, string>> = {
  ConnectDeniedError: "The user denied access in the Connect flow.",
  ConnectConfigError: "The Connect flow failed: the provider's OAuth configuration was rejected.",
  ConnectTimeoutError: "The Connect session expired before the user finished.",
  ApprovalDeniedError: "The approval request was denied.",
  ApprovalExpiredError: "The approval request expired with no decision.",
  ApprovalExecutionFailedError: "The call was approved, but its execution failed.",
};

/** The provider's own words, from the places its entry names, else the usual places a JSON or text body puts them. */
export function providerMessage(body: BodyRead, who: Identified | undefined): string | undefined {
  if (body.kind === "json") {
    for (const path of who?.provider.message ?? []) {
      const said = stringAt(body.value, path);
      // A member that holds another API's body as JSON text (OpenRouter's `metadata.raw`, the upstream provider's answer): its message.
      if (said !== undefined && said.startsWith("{")) {
        const inner = readJson(said.length <= 65_536 ? said : "");
        const words = inner.ok ? genericMessage(inner.value) : undefined;
        if (words) return words;
      }
      if (said !== undefined && said !== "") return said;
    }
    return genericMessage(body.value);
  }
  if (body.kind === "text" || body.kind === "invalid-json") {
    const start = body.text.trimStart().slice(0, 4096);
    if (start.startsWith("<")) {
      // An HTML error page (a gateway, a CDN): its title says what happened, else its first heading (Mashery's `<h1>Developer Over
      // Qps</h1>`, a page with no head); an XML body its <Message>.
      const title =
        /<title[^>]{0,200}>([^<]{1,200})<\/title>/i.exec(start)?.[1]?.trim() ??
        /<h1[^>]{0,200}>([^<]{1,200})<\/h1>/i.exec(start)?.[1]?.trim() ??
        /<Message>([^<]{1,300})<\/Message>/.exec(start)?.[1]?.trim();
      return title || undefined;
    }
    // JSON a server got slightly wrong (a trailing comma, OneDrive's upload error as its docs show it): its message, read loosely.
    // (Also without a JSON type: a printout's body that a person retyped comes with no headers.)
    if (start.startsWith("{") && body.text.length <= 65_536) {
      const loose = genericMessage(readRelaxedJson(body.text.trim())) ?? messagesIn(body.text);
      if (loose) return loose;
    }
    // Its first line, as a JSON body's message is taken whole; a line over 1,000 characters is cut at a blank, never inside an id.
    const line = start.split(/\r?\n/, 1)[0]!;
    if (line.length <= 1000) return line || undefined;
    const blank = line.lastIndexOf(" ", 1000);
    return `${line.slice(0, blank > 800 ? blank : 1000)}…`;
  }
  return undefined;
}

/** A `"message"` member's value in the text of a JSON body too broken to read (a person retyped it: its commas lost, a brace doubled). */
const MESSAGE_MEMBER = /"message"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\.){1,1000})"/g;

/**
 * The messages of a body that does not parse, even loosely: each `"message"` member's words, the first four, those another holds
 * dropped ("Quota Error" beside "Quota Error: Rate Limit Exceeded"), joined; `undefined` when it has none.
 */
function messagesIn(text: string): string | undefined {
  const found: string[] = [];
  for (const m of text.matchAll(MESSAGE_MEMBER)) if (found.push(m[1]!) >= 4) break;
  const kept = [...new Set(found)].filter((said, _, all) => !all.some((other) => other !== said && other.includes(said)));
  return kept.length ? kept.join("; ") : undefined;
}

function genericMessage(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value; // Salesforce answers a list
  if (!isRecord(v)) return undefined;
  const err = v.error;
  if (isRecord(err) && typeof err.message === "string") return err.message;
  // Elasticsearch's and OpenSearch's `{"error": {"root_cause": [...], "type": "...", "reason": "..."}, "status": 429}`: the reason says it.
  if (isRecord(err) && typeof err.reason === "string" && typeof err.type === "string") return err.reason;
  // Apigee's fault, which the APIs behind it pass on (Sonos': `{"fault": {"faultstring": "Invalid Access Token", "detail": {"errorcode": ...}}}`).
  const fault = v.fault;
  if (isRecord(fault) && typeof fault.faultstring === "string") return fault.faultstring;
  // Razorpay's `{"error": {"code": "BAD_REQUEST_ERROR", "description": "...", "source", "step", "reason"}}`.
  if (isRecord(err) && typeof err.description === "string" && typeof err.code === "string") return err.description;
  const errors = v.errors;
  const first = Array.isArray(errors) && isRecord(errors[0]) ? errors[0] : undefined;
  // A message that is only the status's reason phrase ("Unprocessable Entity", Lemon Squeezy's JSON:API body) says less than its
  // first error's detail.
  const detail = first === undefined ? undefined : (readString(first.detail) ?? readString(first.message));
  if (typeof v.message === "string" && detail !== undefined && IS_REASON.has(v.message.toLowerCase())) return detail;
  if (typeof v.message === "string") {
    // GitHub's 422: "Validation Failed" says little; its first error says what.
    const what =
      first && typeof first.code === "string" && !first.message
        ? ` (${[first.resource, first.field].filter((x) => typeof x === "string").join(".")}: ${first.code})`
        : "";
    return v.message + what;
  }
  if (typeof v.error_description === "string") return v.error_description;
  if (typeof v.error_summary === "string") return v.error_summary; // Dropbox
  if (typeof err === "string") return err; // Slack, OAuth; `needed` goes into the missing scopes
  // A JSON:API error's title when it has no detail (Klaviyo's, its detail cut off by Guzzle: "title": "Invalid input.").
  // (Or its reason, Linode's `{"errors": [{"reason": "Linode busy."}]}`.)
  if (first) return readString(first.message) ?? readString(first.detail) ?? readString(first.title) ?? readString(first.reason);
  if (typeof errors === "string") return errors; // Shopify
  if (Array.isArray(errors) && typeof errors[0] === "string") return errors[0]; // a list of words (`{"errors": ["Invalid password"]}`)
  if (Array.isArray(v.errorMessages) && typeof v.errorMessages[0] === "string") return v.errorMessages[0]; // Jira
  // Jira's field errors, its `errorMessages` empty: `{"errorMessages": [], "errors": {"customfield_11744": "Field 'customfield_11744' cannot be
  // set. ..."}}`, each the field's own words.
  if (Array.isArray(v.errorMessages) && isRecord(errors)) {
    const fields = Object.values(errors).filter((said) => typeof said === "string").slice(0, 3);
    if (fields.length > 0) return fields.join(" ");
  }
  if (Array.isArray(v.error_messages) && typeof v.error_messages[0] === "string") return v.error_messages[0]; // Midtrans
  if (typeof v.status_message === "string") return v.status_message; // Midtrans's, beside its `status_code`
  if (typeof v.error_message === "string") return v.error_message; // Stytch's, Plaid's
  if (typeof v.errorMessage === "string") return v.errorMessage;
  if (typeof v.msg === "string") return v.msg; // Supabase Auth's (GoTrue's `{"code": 429, "error_code", "msg"}`)
  if (typeof v.text === "string" && typeof v.code === "number") return v.text; // Splunk HEC's `{"text": "Server is busy", "code": 9}`
  if (typeof v.detail === "string") return v.detail;
  if (typeof v.details === "string" && v.details !== "") return v.details; // Amazon Ads' `{"code": "401", "details": "Authentication failed", ...}`
  // Razorpay's error object, printed without its `error`; Bandwidth's `{"type": "forbidden", "description": "Access Denied"}`.
  if (typeof v.description === "string" && (v.code !== undefined || typeof v.type === "string")) return v.description;
  if (isRecord(v.detail) && typeof v.detail.message === "string") return v.detail.message; // FastAPI's detail as an object (ElevenLabs')
  // Oracle's REST errors (NetSuite's): a problem+json whose title is only the reason phrase, its words in `o:errorDetails[].detail`.
  const oracle = v["o:errorDetails"];
  if (Array.isArray(oracle) && isRecord(oracle[0]) && typeof oracle[0].detail === "string") return oracle[0].detail;
  if (typeof v.title === "string") return v.title;
  if (isRecord(v.meta) && typeof v.meta.errorDetail === "string") return v.meta.errorDetail; // Foursquare
  if (isRecord(v.meta) && typeof v.meta.msg === "string" && typeof v.meta.status === "number") return v.meta.msg; // Giphy's `{"data", "meta": {"status", "msg"}}`
  if (v.success === false && isRecord(v.data) && typeof v.data.error === "string") return v.data.error; // Imgur's `{"data": {"error"}, "success": false, "status"}`
  if (isRecord(v.status) && typeof v.status.message === "string") return v.status.message; // Riot Games
  if (isRecord(v.status) && typeof v.status.error === "string") return v.status.error; // Qdrant's `{"status": {"error": "..."}, "time": 0.0}`
  // SharePoint's OData v3 error: `{"odata.error": {"code": "-2147024891, System.UnauthorizedAccessException", "message": {"lang", "value"}}}`.
  const odata = v["odata.error"];
  if (isRecord(odata) && isRecord(odata.message) && typeof odata.message.value === "string") return odata.message.value;
  return undefined;
}

/** The `error_description` of the response's Bearer challenge, when it sent one (a body-less 401 or 403). */
function challengeDescription(ctx: RuleContext): string | undefined {
  if (ctx.status !== 401 && ctx.status !== 403) return undefined;
  const description = findChallenge(ctx.challenges().challenges, "bearer")?.params.error_description;
  return typeof description === "string" && description.trim() !== "" ? description.trim() : undefined;
}

function statusLine(ctx: RuleContext): string {
  return ctx.status === undefined ? "" : `HTTP ${ctx.status}${ctx.statusText ? " " + ctx.statusText : ""}`;
}

/** What the message of an error made by a rule says. */
export interface MessageInput {
  readonly ctx: RuleContext;
  readonly name: ErrorName;
  readonly source: "network" | "poll" | "backend" | "provider";
  readonly envelope: Envelope | undefined;
  readonly provider: Identified | undefined;
  readonly missingScopes: unknown;
}

/** The message of an error: the sender's own words when it sent any, else the SDK's sentence. */
export function messageFor({ ctx, name, source, envelope, provider, missingScopes }: MessageInput): string {
  switch (source) {
    case "network": {
      const code = ctx.network?.code ?? "unknown";
      const words = NETWORK_WORDS[code];
      const why = words ? `${words} (${code})` : code;
      return name === "TimeoutError" ? `The request timed out before a response arrived: ${why}.` : `The request failed before a response arrived: ${why}.`;
    }
    case "poll":
      return POLL_MESSAGES[name] ?? `${name}`;
    case "backend": {
      if (envelope?.message) return envelope.message;
      const info = envelope?.code !== undefined ? codeInfo(envelope.code) : undefined;
      if (info) return info.meaning.replace(/`/g, "");
      const at = statusLine(ctx) ? ` answered ${statusLine(ctx)}` : " answered";
      if (envelope?.code !== undefined) return `The backend${at} with code "${envelope.code}", which this SDK version does not know.`;
      if (name === "TimeoutError") return `The backend${at}: the request timed out upstream.`;
      if (name === "PolicyViolationError") return `The backend${at}: rate limit exceeded.`;
      if (ctx.body.kind === "text") return `The backend${at} with a body that is not JSON (a proxy or gateway page?).`;
      if (ctx.body.kind === "empty") return `The backend${at} with an empty body.`;
      if (ctx.body.kind === "invalid-json") return `The backend${at} with a JSON body that does not parse.`;
      return `The backend${at} without an error code.`;
    }
    case "provider": {
      // With no words in the body, a 401's or 403's challenge may say what went wrong ("The request requires higher privileges
      // than provided by the access token.", Box's when its body is empty): its `error_description`.
      // (Read once by the context when the provider is its own: the rules asked already.)
      const found = (provider === ctx.provider ? ctx.providerWords() : providerMessage(ctx.body, provider)) ?? challengeDescription(ctx);
      // Words that are only the status line again (GitLab's `{"message": "401 Unauthorized"}`, a gateway page's title) are the head's.
      const lineAgain = found !== undefined && ctx.status !== undefined && found.startsWith(`${ctx.status} `) && isReasonOf(ctx.status, found.slice(4));
      const words = lineAgain ? undefined : found;
      const id = ctx.opts.providerId;
      const who = provider?.provider.name ?? (id ? id.charAt(0).toUpperCase() + id.slice(1) : "The provider");
      const line = lineAgain ? `HTTP ${found}` : statusLine(ctx);
      const head = `${who} answered${line ? " " + line : ""}`;
      // (A server's own reason phrase may end its sentence itself: PyPI's "... for more information.")
      const said = words ? `${head}: ${words}` : /[.!?]$/.test(head) ? head : `${head}.`;
      if (name !== "ScopeReauthRequiredError") return said;
      const scopes = Array.isArray(missingScopes) && missingScopes.length > 0 ? `missing scopes: ${missingScopes.join(", ")}; ` : "";
      // A key's or an IAM principal's permission (Stripe's `rak_*`, AWS's actions) is granted where the key is managed, not at a consent screen.
      return `${said} (${scopes}re-authorize through Connect with the wider scopes, or grant the permission to the key or its policy)`;
    }
  }
}

/**
 * A service's own 5xx whose message says which call failed and how: a webhook bridge's `{"Error": true, "Status": 500,
 * "Message": "JIRA request https://x.atlassian.net/rest/api/2/search?... returned status 401 Unauthorized, body \"\""}`
 * (jiralert). The 500 says only that the bridge gave up; the API it called answered 401, and a retry meets the same 401. So
 * the status that call returned, a 4xx, is the failure's, and its URL names the API (and so the provider).
 *
 * Only a 4xx is taken, under a 5xx: a 5xx inside a 5xx changes no answer, and a 4xx around another 4xx is the service's own word.
 *
 * Imported by both server and browser code.
 * @module
 */
import { isRecord } from "../snapshot.js";
import { parsed } from "./nested-body.js";
import { mapsStatus } from "./own-status.js";

/** "request https://... returned status 401", "call to https://... failed with HTTP 403", "GET https://... responded with 429". */
const CALL_RETURNED =
  /\b(?:request|call|GET|POST|PUT|PATCH|DELETE)(?: to)? (https?:\/\/[^\s"'<>]{1,2000}) (?:returned|responded with|failed with|answered)(?: an?)?(?: HTTP)?(?: status)?(?: code)?:? ([45]\d\d)(?!\d)/;

/**
 * Or a connector's words for the status the server behind it answered, with no URL: OpenAI's Responses API's 500 around a remote
 * MCP server's 403 (`external_connector_error`: "Error retrieving tool list from MCP server: 'github'. Http status code: 403
 * (Forbidden)"), Azure AI Foundry's "MCP Connector error. Http status: 424".
 */
const CONNECTOR_SAID = /\bHttp status(?: code)?: ([45]\d\d)\b/i;

/** Characters of a message read for the sentence: the URL may be long, the words around it are few. */
const MAX_MESSAGE = 4096;

/** The status (and the URL, when it names one) of the call a 5xx's message says returned a 4xx; `undefined` when it says none. */
export function upstreamStatus(status: number | undefined, body: unknown): { status: number; url?: string } | undefined {
  if (status === undefined || status < 500) return undefined;
  // (A body as text is read up to a body's size.)
  const message = messageOf(typeof body === "string" ? (body.trimStart().length <= 65_536 ? parsed(body) : undefined) : body);
  if (message === undefined) return undefined;
  const said = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) : message;
  const m = CALL_RETURNED.exec(said);
  if (m === null) {
    const connector = CONNECTOR_SAID.exec(said);
    return connector !== null && Number(connector[1]) < 500 ? { status: Number(connector[1]) } : undefined;
  }
  const upstream = Number(m[2]);
  return upstream < 500 ? { status: upstream, url: m[1]!.replace(/[.,;:)\]]+$/, "") } : undefined;
}

function messageOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const holder = isRecord(value.error) ? value.error : value;
  for (const key of ["message", "Message", "error", "detail"]) {
    const said = holder[key];
    if (typeof said === "string") return said;
  }
  return undefined;
}

/**
 * A 2xx whose text body says the delivery it made failed, and with what status (a Teams incoming webhook answers 200 with "Webhook
 * message delivery failed with error: Microsoft Teams endpoint returned HTTP error 400 with ContextId ...", as Microsoft's own staff
 * explain in msteams-docs #1810): the status the delivery got is the failure's. Only a short text body: a JSON one has its own
 * fields, and a page that mentions such a sentence is no answer of this kind.
 */
const DELIVERY_FAILED = /\bfailed\b[^\r\n]{0,200}?\breturned HTTP (?:error|status) ([45]\d\d)\b/;

/** The status a 2xx's text body says its delivery got; `undefined` when it says none. */
export function deliveryStatus(status: number | undefined, body: unknown): number | undefined {
  if (status === undefined || status < 200 || status > 299 || typeof body !== "string" || body.length > 4096 || /^\s*[{[<]/.test(body)) return undefined;
  const m = DELIVERY_FAILED.exec(body);
  return m === null ? undefined : Number(m[1]);
}

/**
 * A 2xx whose JSON body states a failure in the words of an API that answers its failures so (Google Maps Platform's web services:
 * `{"status": "REQUEST_DENIED", "error_message": ...}` with a 200): the status the body's `status` stands for, and that name;
 * `undefined` for any other body.
 */
export function statedIn2xxBody(status: number | undefined, body: unknown): { status: number; name: string } | undefined {
  if (status === undefined || status < 200 || status > 299 || typeof body !== "string" || !body.includes('"error_message"')) return undefined;
  const value = parsed(body);
  const stated = isRecord(value) ? mapsStatus(value) : undefined;
  return stated === undefined ? undefined : { status: stated, name: String((value as Record<string, unknown>).status) };
}

// The fixed corpus of `npm run bench`: each entry is the pasted text `classify` reads and
// the body `JSON.parse` reads, so both do the same job's floor in the same run.

/** @param {string} code @param {string} message @param {unknown} details */
const envelope = (code, message, details) => JSON.stringify({ error: { code, message, request_id: "req_01J9Z3", details } });

/** @param {string} head @param {string} body */
function response(head, body) {
  return `${head}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
}

// A small backend envelope, about 200 bytes of body.
const smallBody = envelope("grant_revoked", "The grant was revoked by the user.", { grant_id: "gr_123", provider_id: "google" });

// A provider 403 with a Bearer challenge (Google's shape).
const googleBody = JSON.stringify({
  error: {
    code: 403,
    message: "Request had insufficient authentication scopes.",
    errors: [{ message: "Insufficient Permission", domain: "global", reason: "insufficientPermissions" }],
    status: "PERMISSION_DENIED",
    details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", domain: "googleapis.com" }],
  },
});

// Microsoft Graph's 429: the throttling body and the headers Graph sends with it.
const graphBody = JSON.stringify({
  error: {
    code: "TooManyRequests",
    message: "Too many requests",
    innerError: { code: "429", date: "2026-11-30T09:12:44", "request-id": "4f1b8d3c-2a6e-4c7d-9b1a-0e5f6a7b8c9d", "client-request-id": "4f1b8d3c-2a6e-4c7d-9b1a-0e5f6a7b8c9d" },
  },
});

// A 2 KB envelope: an ambiguous grant with many candidates.
const ids = Array.from({ length: 56 }, (_, i) => `gr_${String(i).padStart(4, "0")}`);
const bigBody = envelope("ambiguous_grant", "Several grants match this identity for google.", {
  provider_id: "google",
  account_identifiers: ids.map((id) => `${id}@example.com`),
  account_was_provided: false,
  app_user_ids: [],
  grant_ids: ids,
});

// A 100 KB provider body: a 500 from an API that echoes a large JSON document.
const rows = [];
for (let i = 0; rows.join(",").length < 100_000; i++) rows.push(JSON.stringify({ id: i, name: `item ${i}`, tags: ["a", "b", "c"], ok: i % 2 === 0, score: i * 1.5 }));
const largeBody = JSON.stringify({ error: { message: "Upstream failed", code: "upstream_error" }, items: JSON.parse(`[${rows.join(",")}]`) });

export const CORPUS = [
  {
    name: "small",
    label: "backend envelope, 401 grant_revoked",
    text: response("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Request-Id: req_01J9Z3", smallBody),
    body: smallBody,
  },
  {
    name: "challenge",
    label: "provider 403 with a WWW-Authenticate challenge",
    text: response(
      'HTTP/2 403\r\ncontent-type: application/json; charset=UTF-8\r\nwww-authenticate: Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/drive.readonly https://www.googleapis.com/auth/drive.file"\r\nvary: Origin',
      googleBody,
    ),
    body: googleBody,
    opts: { providerId: "google" },
  },
  {
    name: "google-scope",
    label: "Google 403 scope body (ErrorInfo), no challenge",
    text: response("HTTP/2 403\r\ncontent-type: application/json; charset=UTF-8\r\nserver: ESF\r\nvary: Origin, X-Origin, Referer", googleBody),
    body: googleBody,
    opts: { providerId: "google" },
  },
  {
    name: "graph-429",
    label: "Microsoft Graph 429 with its headers",
    text: response(
      "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 12\r\nrequest-id: 4f1b8d3c-2a6e-4c7d-9b1a-0e5f6a7b8c9d\r\nclient-request-id: 4f1b8d3c-2a6e-4c7d-9b1a-0e5f6a7b8c9d\r\nx-ms-ags-diagnostic: {\"ServerInfo\":{\"DataCenter\":\"West Europe\",\"Slice\":\"E\",\"Ring\":\"5\",\"ScaleUnit\":\"003\",\"RoleInstance\":\"AM1PEPF00001234\"}}\r\nStrict-Transport-Security: max-age=31536000",
      graphBody,
    ),
    body: graphBody,
  },
  {
    name: "envelope-2k",
    label: "2 KB backend envelope, 409 ambiguous_grant",
    text: response("HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nX-Request-Id: req_01J9Z4", bigBody),
    body: bigBody,
  },
  {
    name: "large",
    label: "100 KB provider body, 500",
    text: response("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json", largeBody),
    body: largeBody,
    opts: { providerId: "google" },
  },
];

/**
 * The DigitalOcean API (v2, at api.digitalocean.com; OAuth at cloud.digitalocean.com): an error is `{"id": "not_found",
 * "message": "...", "request_id": "..."}`, `id` a short name of the status and `request_id` present on some endpoints. Its
 * clients print the same three things on one line: godo (doctl, Terraform, Packer) writes `GET https://api.digitalocean.com/v2/...:
 * 422 (request "<uuid>") <message>`. Rate limits (5,000 requests an hour, 250 a minute, per token) answer 429 with
 * `RateLimit-Remaining: 0` and `RateLimit-Reset` (epoch seconds) or, for the per-minute burst, `Retry-After`: the generic rules
 * read both, so it has no signal of its own. DigitalOcean Spaces (`digitaloceanspaces.com`) is a copy of S3's API, not this one.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** The request id DigitalOcean sends, a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** godo's line for a failed call (`ErrorResponse.Error()`): the request id in brackets after the status. */
const GODO_REQUEST_ID = /\(request "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"\)/;

export const digitalocean = provider({
  id: "digitalocean",
  name: "DigitalOcean",
  // api.digitalocean.com (the API) and cloud.digitalocean.com (its OAuth endpoints); not digitaloceanspaces.com (Spaces, an S3
  // copy read as AWS's shape) nor ondigitalocean.app (App Platform's customer apps).
  hosts: ["digitalocean.com"],
  // godo (Go: `*godo.ErrorResponse`), pydo (Python, generated), droplet_kit (Ruby: `DropletKit::Error`), python-digitalocean
  // (module `digitalocean`: `digitalocean.baseapi.DataReadError`), DigitalOceanV2 (PHP: `DigitalOceanV2\Exception\...`),
  // digitalocean-api-java (`com.myjeeva.digitalocean`: `DigitalOceanException`).
  clients: {
    packages: ["godo", "pydo", "droplet_kit", "DropletKit", "digitalocean", "DigitalOceanV2", "com.myjeeva.digitalocean"],
    classes: ["DigitalOcean"],
  },
  // Its OpenAPI's shared headers: "some endpoints may include a request ID" as `x-request-id`; the error body's `request_id` is
  // the same id, and godo prints it in brackets.
  requestIdHeaders: ["x-request-id"],
  bodyRequestId: ["request_id", { text: GODO_REQUEST_ID }, { printed: GODO_REQUEST_ID }],
  fingerprints: {
    // The error object with its request id: `id` a status's name in snake case (not Mattermost's dotted
    // `api.context.session_expired.app_error`, whose `request_id` is 26 letters and digits), and a UUID as `request_id`.
    body: { all: [{ json: "id", matches: /^[A-Za-z][a-z_]{2,40}$/ }, { json: "message" }, { json: "request_id", matches: UUID }] },
  },
  message: ["message"],
  signals: {},
});

export const digitaloceanDocs: ProviderDocs<typeof digitalocean> = {
  docs: [
    { title: "API reference: introduction (HTTP statuses, error object, rate limit)", url: "https://docs.digitalocean.com/reference/api/api-reference/" },
    { title: "Scopes for API tokens", url: "https://docs.digitalocean.com/reference/api/scopes/" },
    { title: "How to create a personal access token (custom scopes)", url: "https://docs.digitalocean.com/reference/api/create-personal-access-token/" },
    { title: "Release note: 429 responses to the burst limit carry Retry-After (2023)", url: "https://docs.digitalocean.com/notes/2023/api-rate-limit" },
    { title: "OpenAPI description (error object, headers)", url: "https://github.com/digitalocean/openapi/blob/main/specification/shared/description.md" },
  ],
  requestIdSource: "https://github.com/digitalocean/openapi/blob/main/specification/shared/description.md",
  answers: {
    scope: {
      rules: ["provider.403"],
      note: "A token with custom scopes (since April 2024, `droplet:create`, `registry:create`...) that lacks the one an endpoint needs gets 403 `forbidden` \"You do not have access for the attempted action.\", the same answer as a team role without the permission; the body names no scope (digitalocean/action-doctl#83: `registry:create` was missing). Not retryable: create a token with the scope the endpoint's reference lists.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A wrong, revoked or expired token gets 401 `{\"id\": \"unauthorized\", \"message\": \"Unable to authenticate you\"}` (doctl: `401 Unable to authenticate you.`): replace it. Personal access tokens start `dop_v1_`, OAuth tokens `doo_v1_`, refresh tokens `dor_v1_`.",
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: "5,000 requests an hour and 250 a minute per token; over either, 429 `too_many_requests` \"API Rate limit exceeded.\". The hourly limit sends `RateLimit-Remaining: 0` and `RateLimit-Reset` (epoch seconds, when the oldest request leaves the window); since 2023 the burst limit sends `Retry-After` in seconds. The generic rules read both, so DigitalOcean needs no signal of its own. A few endpoints have their own limits (12 Floating IP creations and 10 SSH-key listings a minute).",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "422 `unprocessable_entity` is the request or the account, not a passing fault: an invalid image or name, or \"creating this/these droplet(s) will exceed your droplet limit\" (ask for a higher Droplet limit or delete Droplets). The generic rule already answers it not retryable.",
    },
  },
  notes: [
    "`request_id` is in the error body on some endpoints and `X-Request-Id` among the headers; godo (doctl, the Terraform provider, Packer) prints it as `(request \"<uuid>\")` after the status. Quote it to DigitalOcean's support.",
    "DigitalOcean Spaces answers at `<region>.digitaloceanspaces.com` with S3's XML errors (`SlowDown`, `AccessDenied`) and its own keys: it is read as an S3 copy, not as this API.",
    "The API sits behind Cloudflare (`Server: cloudflare`, `CF-Ray`): a Cloudflare error page in front of it is an outage of the edge, retryable.",
  ],
  signals: {},
};

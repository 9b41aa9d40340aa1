/**
 * Klaviyo (its REST API at a.klaviyo.com/api): every error is a JSON:API error list, `{"errors": [{"id", "status", "code",
 * "title", "detail", "source": {"pointer"}}]}` (its OpenAPI file requires `id`, `code`, `title` and `detail`), a shape many APIs
 * share, so only Klaviyo's own words and links name it. The error's `id`, a UUID per error, is quoted as the request id: Klaviyo
 * sends no request-id header.
 *
 * The generic rules already answer what it says: 401 `not_authenticated` ("Missing or invalid private key.") is a credential to
 * replace; 403 `permission_denied` for a private key without a scope names the scopes ("Your API key is missing required scopes:
 * events:write"), which the generic scope rule reads; 429 `throttled` ("Request was throttled. Expected available in 1 second.")
 * comes with `Retry-After`, which Klaviyo's own SDKs read, and the generic rules read it or the seconds in the words. So Klaviyo
 * has no signal of its own.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

/** Its docs, which its errors link (`links.type` of a 429: `.../docs/rate_limits_and_error_handling#rate-limits`). */
const KLAVIYO_DOCS = /^https:\/\/developers\.klaviyo\.com\//;
/** Its words for a profile that already holds one of the identifiers sent (409 `duplicate_profile`). */
const DUPLICATE_PROFILE = /^A profile already exists with one of these identifiers\./;

export const klaviyo = provider({
  id: "klaviyo",
  name: "Klaviyo",
  // a.klaviyo.com (the API, `/api/...` and the client API `/client/...`) and every other host of klaviyo.com.
  hosts: ["klaviyo.com"],
  // klaviyo-api (npm: `node_modules/klaviyo-api/dist/...`, which throws AxiosError), klaviyo-api-python (`klaviyo_api`, whose
  // ApiException is `openapi_client`'s, a generator's name shared by any API's client), klaviyo-api-sdk (the Ruby gem: module
  // `KlaviyoAPI`, `KlaviyoAPI::ApiError`), klaviyo/api (PHP: namespace `KlaviyoAPI`), and the retired clients (python-klaviyo's
  // `klaviyo.exceptions.KlaviyoAPIException`, the `klaviyo` gem). Classes starting `Klaviyo` (`KlaviyoTokenError`,
  // `KlaviyoAPIException`).
  clients: { packages: ["klaviyo-api", "klaviyo_api", "klaviyo-api-sdk", "KlaviyoAPI", "klaviyo"], classes: ["Klaviyo"] },
  // The error's own id: Klaviyo sends no request-id header (responses carry Cloudflare's `CF-Ray`).
  bodyRequestId: ["errors[].id", "id"],
  fingerprints: {
    body: {
      any: [
        // An error that links Klaviyo's docs (the 429's `links.type`), in the list or printed alone (klaviyo-api's error object).
        { json: "errors[].links.type", matches: KLAVIYO_DOCS },
        { all: [{ json: "links.type", matches: KLAVIYO_DOCS }, { json: "code" }] },
        // Its 409 for a profile that already exists: its code and its words, or the existing profile's id it names.
        { all: [{ json: "errors[].code", is: "duplicate_profile" }, { json: "errors[].detail", matches: DUPLICATE_PROFILE }] },
        { json: "errors[].meta.duplicate_profile_id" },
      ],
    },
  },
  message: ["errors[].detail", "errors[].title", "detail", "title"],
  signals: {},
});

export const klaviyoDocs: ProviderDocs<typeof klaviyo> = {
  docs: [
    { title: "Rate limits, status codes, and errors", url: "https://developers.klaviyo.com/en/docs/rate_limits_and_error_handling" },
    { title: "How to create a private API key (scopes per endpoint)", url: "https://help.klaviyo.com/hc/en-us/articles/7423954176283" },
    { title: "Klaviyo OpenAPI file (error object; `x-klaviyo-scopes` and `x-klaviyo-ratelimit` per operation)", url: "https://github.com/klaviyo/openapi/blob/main/openapi/stable.json" },
  ],
  requestIdSource: "https://github.com/klaviyo/openapi/blob/main/openapi/stable.json",
  answers: {
    scope: {
      rules: ["provider.403.insufficient-scope-body"],
      note: "A private key without the scope an endpoint needs gets 403 `permission_denied` whose `detail` names the missing scopes (\"Your API key is missing required scopes: events:write\", as quoted from production calls). A key's scopes cannot be edited: create a new private key with the scope (each endpoint's scopes are in its API reference and in the OpenAPI file's `x-klaviyo-scopes`).",
    },
    credential: {
      rules: ["provider.401"],
      note: "A missing or wrong private key gets 401 `not_authenticated` (\"Authentication credentials were not provided.\", \"Missing or invalid private key.\"); an invalid key has also been seen answered `authentication_failed`. Private keys start `pk_`; a public key (the site id) is not accepted by the server-side API.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Per account (per app install for OAuth apps), in two fixed windows: a burst one of a second and a steady one of a minute (XS 1/s and 15/m up to XL 350/s and 3,500/m; a few endpoints also limit a day). Over it, 429 `throttled` \"Request was throttled. Expected available in 1 second.\"; the docs say the `RateLimit-*` headers are not returned on a 429, and Klaviyo's own SDKs wait for its `Retry-After` (an answer klaviyo-api-python printed in 2023 had none). The generic rules wait for `Retry-After`, or for the seconds the words name.",
    },
    notRetryable: {
      rules: ["provider.error"],
      note: "409 `duplicate_profile` (\"A profile already exists with one of these identifiers.\") names the existing profile in `meta.duplicate_profile_id`: update that profile, or use the profile import endpoint, which creates or updates. The generic rules answer it not retryable.",
    },
  },
  notes: [
    "Quote the error's `id` (a UUID in each item of `errors`) to Klaviyo: it sends no request-id header, only Cloudflare's `CF-Ray`.",
    "A 403 whose body is a Cloudflare challenge page (`cf-mitigated: challenge`, an HTML body) is Cloudflare's bot protection in front of the API, not a missing scope.",
  ],
  signals: {},
};

/**
 * Auth0: the Management API answers `{"statusCode", "error", "message", "errorCode"}` and
 * names the scopes a call needs in the message of its 403 `insufficient_scope` (any one of
 * them suffices); rate limits use the generic `X-RateLimit-*` headers. The Authentication
 * API (`/oauth/token`) answers the OAuth way instead.
 * @module
 */
import { provider, said, type ProviderDocs } from "./types.js";

const EXPECTED = /^Insufficient scope, expected any of: ([^"\n]{1,2000})/;
/** The same words anywhere in a text a client printed (the Deploy CLI's "... (insufficient_scope). Insufficient scope, expected any of: read:scim_config."): the scopes up to their last one. */
const EXPECTED_IN_TEXT = /\bInsufficient scope, expected any of: ([a-z0-9:_., -]{0,2000}[a-z0-9_])/i;

export const auth0 = provider({
  id: "auth0",
  name: "Auth0",
  hosts: ["auth0.com"],
  clients: { packages: ["auth0", "@auth0", "com.auth0", "Auth0"], classes: ["Auth0"] },
  // Not in Auth0's docs, but on every captured Auth0 response (and technology detectors use it to recognise Auth0).
  requestIdHeaders: ["x-auth0-requestid"],
  // The Management API's scope message is Auth0's own words, in its body or printed alone (auth0-java, go-auth0).
  fingerprints: { headers: ["x-auth0-requestid"], body: said("message", { matches: EXPECTED }, EXPECTED_IN_TEXT) },
  message: ["message", "error_description"],
  signals: {
    "provider.auth0.insufficient-scope": {
      status: [403],
      when: { any: [{ json: "errorCode", is: "insufficient_scope" }, said("message", { matches: EXPECTED }, EXPECTED_IN_TEXT)] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "message", capture: EXPECTED, split: "," }, { text: EXPECTED_IN_TEXT, split: "," }],
    },
  },
});

export const auth0Docs: ProviderDocs<typeof auth0> = {
  docs: [
    { title: "Management API v2 reference", url: "https://auth0.com/docs/api/management/v2" },
    { title: "Rate limit policy", url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy" },
    { title: "Rate limit use cases", url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy/rate-limit-use-cases" },
    { title: "Management API access tokens", url: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens" },
  ],
  requestIdSource: "https://github.com/Voronenko/kong-compose-template",
  answers: {
    scope: {
      rules: ["provider.auth0.insufficient-scope"],
      note: "`missingScopes` is an any-of list, like GitHub's accepted scopes. The scopes are granted to the application (its client grant for the Management API) in the dashboard; then a new token must be requested.",
    },
    credential: {
      rules: ["provider.401"],
      note: 'A malformed, wrongly signed or expired (24-hour) Management API token is a 401 ("Invalid token", "Expired token received for JSON Web Token validation"); "Invalid signature" and "Bad audience" usually mean the wrong token (an ID token, another tenant\'s or another audience\'s), a configuration error. Management API tokens cannot be revoked or renewed: request a new one.',
    },
    rateLimit: {
      rules: ["provider.rate-limit-spent", "provider.error"],
      note: 'A 429 `too_many_requests` ("Global limit has been reached") with `X-RateLimit-Reset` in Unix epoch seconds; Auth0\'s docs do not document Retry-After on Management API 429s.',
    },
    notRetryable: "not documented",
  },
  notes: [
    'The Authentication API can signal the same tenant limit differently: a capture on `/oauth/token` showed HTTP 500 `{"error":"access_denied","error_description":"Global limit has been reached"}` (retryable as a 5xx).',
    "The `X-Auth0-RequestId` request id is only seen in captures: Auth0's docs name no request-id header.",
  ],
  signals: {
    "provider.auth0.insufficient-scope": {
      statement:
        'Auth0\'s Management API answers a token without the endpoint\'s scope with 403 `errorCode: "insufficient_scope"` and "Insufficient scope, expected any of: read:users,…": a ScopeReauthRequiredError whose `missingScopes` is that list (any one suffices); grant it to the application and get a new token.',
      action: 'Grant the application one of the scopes in `missingScopes` for the Management API, then request a new token.',
      source: "https://support.auth0.com/center/s/article/Management-API-Token-from-API-Explorer-Tab-does-not-contain-expected-scopes",
      examples: [
        {
          source: "https://github.com/auth0/auth0-cli/pull/538",
          reconstructed: "status line added from the body's `statusCode`",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json; charset=utf-8

{
  "statusCode": 403,
  "error": "Forbidden",
  "message": "Insufficient scope, expected any of: read:grants",
  "errorCode": "insufficient_scope"
}`,
        },
        {
          source: "https://github.com/raster-foundry/raster-foundry/issues/2030",
          reconstructed: "status line added from the body's `statusCode`; body taken from the logged `HttpEntity.Strict(application/json,{...})`",
          text: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:users,read:current_user,read:user_idp_tokens","errorCode":"insufficient_scope"}`,
        },
        {
          source: "https://github.com/auth0/auth0-deploy-cli/issues/178",
          reconstructed: "status line added from the body's `statusCode`",
          text: `HTTP/1.1 403 Forbidden

{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:roles","errorCode":"insufficient_scope"}`,
        },
      ],
    },
  },
};

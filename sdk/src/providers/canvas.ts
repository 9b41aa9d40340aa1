/**
 * Canvas LMS (Instructure's: each school's instance at `<school>.instructure.com`, canvas.instructure.com, and its own domains
 * with the REST API at `/api/v1/`): an error is `{"errors": [{"message": "..."}]}`, a shape many APIs share, so Canvas's own words,
 * its `error_report_id`, its 401's `WWW-Authenticate: Bearer realm="canvas-lms"` and its `X-Canvas-Meta` header name it. Its
 * docs split its 401s by that challenge: a deleted or expired token answers 401 with `WWW-Authenticate` ("Invalid access token."),
 * which the generic rules read as a credential to replace; a user who may not do what was asked answers 401 (403 on newer
 * instances) `{"status": "unauthorized", "errors": [{"message": "user not authorized to perform that action"}]}` without it: the
 * user's role or the course's settings refuse it (a student calling a teacher's endpoint, an unpublished file), so a new token
 * for the same user meets the same answer; the signal answers it not retryable. A token from a developer key with enforced scopes
 * that lacks the one a call needs answers 401 "Insufficient scopes on access token.": a new token with the scope (the key must
 * hold it), a scope to ask for. Its throttle answered 403 "403 Forbidden (Rate Limit Exceeded)" (429 since October 2025) with
 * `X-Rate-Limit-Remaining: 0.0`, which the generic rules do not read as spent ("0.0" is not "0"). Messages may be translated
 * ("user not authorised to perform that action" on an en-GB instance). Answers carry `X-Request-Context-Id`, the request's id.
 * @module
 */
import { provider, type Match, type ProviderDocs } from "./types.js";

/** A user whose role or the course's settings refuse the action (en-GB instances spell it "authorised"). */
const NOT_AUTHORIZED = /^user not authori[sz]ed to perform that action/;
const NOT_AUTHORIZED_TEXT = /user not authori[sz]ed to perform that action/;
/** A token from a developer key with enforced scopes, without the one the call needs. */
const INSUFFICIENT_SCOPES = "Insufficient scopes on access token.";
const INSUFFICIENT_SCOPES_TEXT = /Insufficient scopes on access token\./;
/** Its throttle's text body (`RequestThrottle#rate_limit_exceeded`), 403 then 429. */
const RATE_LIMITED_TEXT = /(?:403 Forbidden|429 Too Many Requests) \(Rate Limit Exceeded\)/;
/** Its remaining quota at or under nothing: `0.0`, or a negative cost left (`-12.5`). */
const QUOTA_SPENT = /^(?:-\d{1,9}(?:\.\d{1,9})?|0(?:\.0{1,9})?)$/;

/** The action refused for the user's role or the course: its words, or its `"status": "unauthorized"` beside its errors. */
const USER_NOT_AUTHORIZED: Match = {
  any: [
    { json: "errors[].message", matches: NOT_AUTHORIZED },
    { all: [{ json: "status", is: ["unauthorized", "unauthorised"] }, { json: "errors[].message" }, { not: { json: "errors[].message", is: INSUFFICIENT_SCOPES } }] },
    { text: NOT_AUTHORIZED_TEXT },
  ],
};

export const canvas = provider({
  id: "canvas",
  name: "Canvas LMS",
  aliases: ["instructure", "canvas-lms"],
  // instructure.com (every hosted instance, `<school>.instructure.com`, and canvas.instructure.com), canvaslms.com (Instructure's
  // newer hosts: sso.canvaslms.com). Its other sites there (community., developerdocs.) count only as request URLs or API calls.
  hosts: ["instructure.com", "canvaslms.com"],
  // An instance on a school's own domain (`canvas.example.edu`): its REST API's paths.
  selfHosted: { labels: ["canvas"], path: /^\/api\/v1\/(?:courses|accounts|users|sections|conversations|calendar_events|planner|groups)\b/ },
  // canvasapi (Python: `canvasapi.exceptions.Unauthorized`, `InvalidAccessToken`, `ResourceDoesNotExist`), pandarus (Python),
  // kstateome's canvas-api (Java: `edu.ksu.canvas.exception.CanvasException`), lms-api (Ruby: `LMS::Canvas::RefreshTokenRequired`).
  // Not `canvas` alone: npm's is the drawing library node-canvas. Not rcanvas (R), whose errors name no package.
  clients: { packages: ["canvasapi", "pandarus", "edu.ksu.canvas", "LMS.Canvas"], classes: [] },
  requestIdHeaders: ["x-request-context-id"],
  fingerprints: {
    // Its meta and user headers, on every answer of an instance.
    headers: ["x-canvas-meta", "x-canvas-user-id"],
    body: {
      any: [
        // Its 401 challenge.
        { header: "www-authenticate", matches: /^Bearer realm="canvas-lms"/i },
        // Its words for a user refused an action, a token without a scope, its throttle.
        { all: [{ json: "status", is: ["unauthorized", "unauthorised"] }, { json: "errors[].message" }] },
        { json: "errors[].message", matches: NOT_AUTHORIZED },
        { json: "errors[].message", is: INSUFFICIENT_SCOPES },
        { text: NOT_AUTHORIZED_TEXT },
        { text: INSUFFICIENT_SCOPES_TEXT },
        { text: RATE_LIMITED_TEXT },
        // Its error report's id beside its errors.
        { all: [{ json: "errors[].message" }, { json: "error_report_id" }] },
      ],
    },
  },
  message: ["errors[].message", "message"],
  signals: {
    // A token from a scoped developer key without the scope the call needs: a new token with it.
    "provider.canvas.insufficient-scopes": {
      status: [401, 403],
      when: { any: [{ json: "errors[].message", is: INSUFFICIENT_SCOPES }, { text: INSUFFICIENT_SCOPES_TEXT }] },
      error: "ScopeReauthRequiredError",
    },
    // The user's role or the course's settings refuse the action: not a dead token, and no new token for the same user helps.
    "provider.canvas.user-not-authorized": {
      status: [401, 403],
      when: USER_NOT_AUTHORIZED,
      error: "ProviderAPIError",
      retryable: false,
    },
    // Its throttle: the quota refills over time, so a later call passes.
    "provider.canvas.rate-limited": {
      status: [403, 429],
      when: { any: [{ text: RATE_LIMITED_TEXT }, { header: "x-rate-limit-remaining", matches: QUOTA_SPENT }] },
      error: "ProviderAPIError",
      retryable: true,
    },
  },
});

export const canvasDocs: ProviderDocs<typeof canvas> = {
  docs: [
    { title: "OAuth2: storing tokens (a 401 with WWW-Authenticate is a dead token, one without it a permission)", url: "https://canvas.instructure.com/doc/api/file.oauth.html" },
    { title: "Throttling (cost, X-Request-Cost, X-Rate-Limit-Remaining, \"Rate Limit Exceeded\")", url: "https://developerdocs.instructure.com/services/canvas/basics/file.throttling" },
    { title: "Developer keys (enforced scopes)", url: "https://canvas.instructure.com/doc/api/file.developer_keys.html" },
  ],
  answers: {
    scope: {
      rules: ["provider.canvas.insufficient-scopes", "provider.canvas.user-not-authorized"],
      note: "A token from a developer key with \"Enforce Scopes\" on, missing the scope a call needs, answers 401 \"Insufficient scopes on access token.\" (naming none): get a new token asking for the scope, which the key must hold (an admin adds it to the key). A user whose role or course settings refuse the action answers 401 (403 on newer instances) `{\"status\": \"unauthorized\", \"errors\": [{\"message\": \"user not authorized to perform that action\"}]}` without `WWW-Authenticate`: a new token for the same user cannot fix it; the course's teacher or an admin changes the role, the enrollment or the item's availability.",
    },
    credential: {
      rules: ["provider.401"],
      note: "A deleted, revoked or expired token answers 401 \"Invalid access token.\" with `WWW-Authenticate: Bearer realm=\"canvas-lms\"`, the header Canvas's OAuth docs say tells it from a permission refused. Tokens from developer keys issued since October 2015 last an hour: refresh them with the refresh token; a refresh token Canvas no longer knows answers 400 `invalid_request` \"refresh_token not found\".",
    },
    rateLimit: {
      rules: ["provider.canvas.rate-limited"],
      note: "Each token has a quota that every call's cost (`X-Request-Cost`) draws from and that refills over time; `X-Rate-Limit-Remaining` shows what is left. Over it, 403 \"403 Forbidden (Rate Limit Exceeded)\" with `X-Rate-Limit-Remaining: 0.0` (429 since October 2025): retry later, and make fewer calls at once (parallel calls pay an extra up-front cost). No wait is sent.",
    },
    notRetryable: {
      rules: ["provider.canvas.user-not-authorized"],
      note: "\"user not authorized to perform that action\" is the user's role or the course refusing the action; retrying and reconnecting the same user meet the same answer. 422 answers name the invalid fields.",
    },
  },
  notes: [
    "Quote the `X-Request-Context-Id` response header (and a body's `error_report_id`) to the instance's admins or Instructure's support.",
    "Canvas translates some messages into the user's language (\"user not authorised to perform that action\" on an en-GB account); the `status` member and the `WWW-Authenticate` header are not translated.",
  ],
  signals: {
    "provider.canvas.insufficient-scopes": {
      statement:
        "Canvas answers a call whose token, from a developer key with enforced scopes, lacks the scope it needs with 401 \"Insufficient scopes on access token.\": a ScopeReauthRequiredError naming no scope; get a new token asking for the endpoint's scope (which the developer key must hold).",
      action: "Get a new token that asks for the endpoint's scope; if the developer key does not hold it, have a Canvas admin add it to the key first.",
      source: "https://canvas.instructure.com/doc/api/file.developer_keys.html",
      examples: [
        {
          source: "https://github.com/hypothesis/lms/issues/2525",
          text: `lms.services.exceptions.CanvasAPIAccessTokenError: Calling the Canvas API failed: 401 Unauthorized {"errors":[{"message":"Insufficient scopes on access token."}],"error_report_id":1272}`,
        },
        {
          source: "https://github.com/hypothesis/lms/issues/2287",
          reconstructed: "status line added (the issue says the call gets a 401 response with this body)",
          text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

{
  "errors":[{"message": "Insufficient scopes on access token."}],
  "error_report_id": 1099
}`,
        },
      ],
    },
    "provider.canvas.user-not-authorized": {
      statement:
        "Canvas answers an action the user's role or the course refuses with 401 (403 on newer instances) `{\"status\": \"unauthorized\", \"errors\": [{\"message\": \"user not authorized to perform that action\"}]}` and no `WWW-Authenticate`: a ProviderAPIError that is not retryable, not a dead token; a new token for the same user meets the same answer, so the course's teacher or an admin changes the role or the item.",
      action: "Have the course's teacher or an admin change the user's role or the item's availability: a new token for the same user meets the same answer.",
      source: "https://canvas.instructure.com/doc/api/file.oauth.html",
      examples: [
        {
          source: "https://github.com/instructure/canvas-lms/issues/818",
          reconstructed: "status line added (the answer of the curl call the issue shows, which Canvas sends with a 401) and the closing brace its quote lacks",
          text: `curl -XPOST "https://xxx.instructure.com/api/v1/courses/2/assignments/53/submissions" -H "Authorization: Bearer <token>" -d "submission_type=online_text_entry"

HTTP/1.1 401 Unauthorized
Content-Type: application/json

{"status":"unauthorized","errors":[{"message":"user not authorized to perform that action"}]}`,
        },
        {
          source: "https://github.com/hypothesis/lms/issues/779",
          text: `401 Unauthorised
{"status": "unauthorised", "errors": [{"message": "user not authorised to perform that action"}]}`,
        },
      ],
    },
    "provider.canvas.rate-limited": {
      statement:
        "Canvas answers a token over its throttling quota with 403 \"403 Forbidden (Rate Limit Exceeded)\" (429 since October 2025) and `X-Rate-Limit-Remaining: 0.0`: a retryable ProviderAPIError, not a permission refused; the quota refills over time, so call again later and make fewer calls at once.",
      action: "Back off and call again later, with fewer calls at once: the token's quota refills over time.",
      source: "https://developerdocs.instructure.com/services/canvas/basics/file.throttling",
      examples: [
        {
          source: "https://github.com/ucfopen/canvasapi/issues/466",
          reconstructed: "status line and headers added: the issue gives the body of Canvas's 403; its `X-Rate-Limit-Remaining: 0.0` and content type are what Canvas's throttle sends with it (app/middleware/request_throttle.rb)",
          text: `HTTP/1.1 403 Forbidden
Content-Type: text/plain; charset=utf-8
X-Rate-Limit-Remaining: 0.0

403 Forbidden (Rate Limit Exceeded)`,
        },
      ],
    },
  },
};

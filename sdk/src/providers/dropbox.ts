/**
 * Dropbox API v2: errors are tagged unions, `{"error_summary": "<tag>/…", "error": {".tag":
 * "<tag>", …}}`, and the 401 body is an `AuthError` whose tag tells a missing scope
 * (`missing_scope`, with `required_scope`) from a dead token; a request Dropbox cannot even
 * parse (a malformed token, a scope the app never enabled) is a 400 in plain text.
 * The union's tag is `error[".tag"]` (written `error.\\.tag` as a path); `error_summary` starts
 * with the same tags and is read too.
 * @module
 */
import { provider, type ProviderDocs } from "./types.js";

export const dropbox = provider({
  id: "dropbox",
  name: "Dropbox",
  hosts: ["dropboxapi.com", "dropbox.com"],
  clients: { packages: ["dropbox", "Dropbox", "com.dropbox", "DropboxApi"], classes: ["Dropbox", "DropboxApi"] },
  requestIdHeaders: ["x-dropbox-request-id"],
  fingerprints: {
    headers: ["x-dropbox-request-id", "x-dropbox-response-origin", "x-dropbox-request-url"],
    body: {
      any: [
        // "missing_scope/..", "path/not_found/.": a union tag, a slash.
        { json: "error_summary", matches: /^[a-z_]{1,64}\// },
        // A summary printed alone (dbxcli's "Error: invalid_access_token/..", "Error: expired_access_token/"), or before its words as
        // rclone logs it ("too_many_requests/.: Too many requests or write operations.", "too_many_write_operations/ - low level
        // retry"; R's print of it, `[1] "expired_access_token/."`): its tags, their slashes, the dots Dropbox ends it with (or a tag's
        // underscore, when a client dropped them).
        { text: /^(?=[a-z_/]{0,300}(?:_|\/\.))[a-z_]{2,64}\/(?:[a-z_]{2,64}\/){0,4}\.{0,3}(?=[:)"]|[ \t]|$)/ },
        { text: /^Error in call to API function "/ },
        // Its front end's error page for a 5xx (SwiftyDropbox prints its body after "Internal Server Error 502: ").
        { text: /<title>Dropbox - 5xx<\/title>/ },
      ],
    },
  },
  message: ["error_summary", "error_description"],
  // Its error summaries for the statuses its docs give them, as a client prints the summary alone (dbxcli's "Error:
  // invalid_access_token/..", the Dropbox SDKs' `ApiError` messages): a 401's AuthError tags, a 429's RateLimitError. A summary's
  // form, the tag then its slash, from the message's start: another API's `invalid_access_token` code has no slash after it.
  documentedStatus: {
    source: "https://www.dropbox.com/developers/documentation/http/documentation#error-handling",
    messages: [
      [/(?<=^|\n|: ?|")(?:invalid_access_token|expired_access_token|missing_scope|user_suspended|route_access_denied)\/(?:\.{1,2}|$|[\s"])/, 401],
      [/(?<=^|\n|: ?|")too_many_(?:requests|write_operations)\/(?:\.{1,2}|$|[\s"])/, 429],
      // A path's lookup error (LookupError's tags under `path`, as rclone prints "path/restricted_content/.."): an endpoint's own
      // error, which its docs answer with 409.
      [/(?<=^|\n|: ?|")(?:path|path_lookup|from_lookup)\/(?:not_found|restricted_content|malformed_path|not_file|not_folder|unsupported_content_type|locked)\/(?:\.{1,2}|$|[\s"])/, 409],
      // Its plain-text errors, which its docs answer with 400 ("Bad input parameter. The response body is a plaintext message with more
      // information."): "Error in call to API function "files/upload": ...", as the PHP SDK's DropboxClientException prints it alone.
      [/(?<=^|\n|: ?|")Error in call to API function \\?"[\w/]{1,100}\\?": /, 400],
    ],
  },
  signals: {
    "provider.dropbox.missing-scope": {
      status: [401],
      when: { any: [{ json: "error.\\.tag", is: "missing_scope" }, { json: "error_summary", matches: /^missing_scope\// }, { json: "error.required_scope" }] },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ json: "error.required_scope" }],
    },
    "provider.dropbox.app-scope-not-enabled": {
      status: [400],
      when: { text: /Your app is not permitted to access this endpoint because it does not have the required scope '/ },
      error: "ScopeReauthRequiredError",
      missingScopes: [{ text: /does not have the required scope '([^'\n]{1,200})'/ }],
    },
    "provider.dropbox.malformed-token": {
      status: [400],
      when: { text: /The given OAuth 2 access token is malformed\./ },
      error: "ProviderUnauthorizedError",
    },
    "provider.dropbox.refresh-invalid-grant": {
      status: [400],
      when: { json: "error", is: "invalid_grant" },
      error: "ProviderUnauthorizedError",
    },
    // A write's `insufficient_space` (the union's reason, or its summary "path/insufficient_space/"): the account is full.
    // A plain ProviderAPIError, as a 409 is, with its own words on what to do.
    "provider.dropbox.insufficient-space": {
      status: [409],
      when: { any: [{ json: "error.reason.\\.tag", is: "insufficient_space" }, { json: "error_summary", matches: /(?:^|\/)insufficient_space\// }] },
      error: "ProviderAPIError",
    },
  },
});

export const dropboxDocs: ProviderDocs<typeof dropbox> = {
  docs: [
    { title: "HTTP API: errors", url: "https://www.dropbox.com/developers/documentation/http/documentation#error-handling" },
    { title: "Performance guide (rate limits)", url: "https://developers.dropbox.com/dbx-performance-guide" },
    { title: "OAuth guide", url: "https://developers.dropbox.com/oauth-guide" },
    { title: "Migrating app permissions and access tokens", url: "https://dropbox.tech/developers/migrating-app-permissions-and-access-tokens" },
    { title: "AuthError and RateLimitError (API spec)", url: "https://docs.rs/crate/dropbox-sdk/0.20.3/source/dropbox-api-spec/auth.stone" },
  ],
  requestIdSource: "https://github.com/andreafabrizi/Dropbox-Uploader/issues/598",
  answers: {
    scope: {
      rules: ["provider.dropbox.missing-scope", "provider.dropbox.app-scope-not-enabled"],
      note: "A 401 `missing_scope` names the scope in `required_scope`: tokens never gain scopes afterwards, the user must authorize again. A 400 \"does not have the required scope\" means the app itself has not enabled it: its owner must enable it in the App Console first.",
    },
    credential: {
      rules: ["provider.401", "provider.dropbox.malformed-token", "provider.dropbox.refresh-invalid-grant"],
      note: "Short-lived access tokens (about four hours) expire with a 401 `expired_access_token`: refresh; a revoked token is a 401 `invalid_access_token`, a suspended user a 401 `user_suspended`.",
    },
    rateLimit: {
      rules: ["provider.error"],
      note: "Dropbox answers 429 (`too_many_requests`, or `too_many_write_operations` for lock contention in the user's namespace) and always sends `Retry-After` in seconds; the body's `error.retry_after` says the same.",
    },
    notRetryable: "not documented",
  },
  notes: [
    "The 401 `AuthError` union also carries `invalid_select_user`, `invalid_select_admin` (a team `Dropbox-API-Select-*` header problem) and `route_access_denied`: configuration errors, not a dead token, though the generic 401 rule reads them as one. No public response shows them.",
    "Batch uploads report `too_many_write_operations` per entry inside a 200 job status: retry those entries, the call itself did not fail.",
  ],
  signals: {
    "provider.dropbox.missing-scope": {
      statement:
        "Dropbox's 401 (not 403) `missing_scope` is a ScopeReauthRequiredError: the token was issued without the scope in `error.required_scope` (`missingScopes`); enable it on the app if needed, then authorize again, since existing tokens never gain scopes.",
      action: "Enable the scope in `missingScopes` on the app if needed, then send the user through authorization again: old tokens never gain scopes.",
      source: "https://docs.rs/crate/dropbox-sdk/0.20.3/source/dropbox-api-spec/auth.stone",
      examples: [
        {
          source: "https://github.com/andreafabrizi/Dropbox-Uploader/issues/514",
          reconstructed: "the request id is a fake",
          text: `HTTP/1.1 401 Unauthorized
Server: envoy
Date: Mon, 14 Sep 2020 15:12:58 GMT
Content-Type: application/json
Www-Authenticate: Bearer realm="Dropbox-API"
Content-Security-Policy: sandbox allow-forms allow-scripts
X-Dropbox-Request-Id: 0000000000000000000000000000fake
X-Robots-Tag: noindex, nofollow, noimageindex
Strict-Transport-Security: max-age=15552000; includeSubDomains
X-Robots-Tag: noindex, nofollow, noimageindex
Transfer-Encoding: chunked

{"error_summary": "missing_scope/...", "error": {".tag": "missing_scope", "required_scope": "files.content.write"}}`,
        },
        {
          source: "https://github.com/andreafabrizi/Dropbox-Uploader/issues/598",
          reconstructed: "the request id is a fake",
          text: `HTTP/2 401 
content-type: application/json
cache-control: no-cache
content-security-policy: sandbox allow-forms allow-scripts
www-authenticate: Bearer realm="Dropbox-API"
x-content-type-options: nosniff
x-dropbox-request-url: /2/files/list_folder
date: Thu, 06 Jun 2024 20:56:03 GMT
server: envoy
content-length: 106
x-dropbox-response-origin: far_remote
x-dropbox-request-id: 0000000000000000000000000000fake

{"error":{".tag":"missing_scope","required_scope":"files.metadata.read"},"error_summary":"missing_scope/"}`,
        },
      ],
    },
    "provider.dropbox.app-scope-not-enabled": {
      statement:
        "Dropbox's plain-text 400 \"Your app is not permitted to access this endpoint because it does not have the required scope '<scope>'\" is a ScopeReauthRequiredError (`missingScopes` is that scope): the app's owner must enable the scope on the App Console's Permissions tab before users authorize again.",
      action: "Have the app's owner enable the scope in `missingScopes` on the App Console's Permissions tab, then have users authorize again.",
      source: "https://github.com/activepieces/activepieces/issues/3936",
      examples: [
        {
          source: "https://github.com/activepieces/activepieces/issues/3936",
          reconstructed: "the `response` object the integration logged, without its wrapper and the other members the issue elides",
          text: `{
  "status": 400,
  "body": "Error in call to API function \\"files/get_temporary_link\\": Your app is not permitted to access this endpoint because it does not have the required scope 'files.content.read'. The owner of the app can enable the scope for the app using the Permissions tab on the App Console."
}`,
        },
        {
          source: "https://github.com/wilmerwang/autoLiterature/issues/3",
          reconstructed:
            "status line from the Python SDK's BadInputError (its class for a 400), whose arguments are the request id (masked by the reporter) and the plain-text body",
          text: `HTTP/1.1 400 Bad Request
X-Dropbox-Request-Id: xxxxxxxxx

Error in call to API function "files/upload": Your app is not permitted to access this endpoint because it does not have the required scope 'files.content.write'. The owner of the app can enable the scope for the app using the Permissions tab on the App Console.`,
        },
      ],
    },
    "provider.dropbox.malformed-token": {
      statement:
        "Dropbox's plain-text 400 \"The given OAuth 2 access token is malformed.\" is a ProviderUnauthorizedError: the stored token is not a Dropbox token at all (cut, corrupted, or not a token); connect again.",
      action: "Send the user through the connection flow again: the stored token is cut, corrupted or not a Dropbox token at all.",
      source: "https://github.com/dropbox/dropbox-sdk-python/issues/100",
      examples: [
        {
          source: "https://github.com/dropbox/dropbox-sdk-python/issues/100",
          reconstructed:
            "status line from the Python SDK's BadInputError (its class for a 400; a Dropbox engineer explains it in the thread), whose arguments are the request id and the plain-text body; the request id is a fake",
          text: `HTTP/1.1 400 Bad Request
X-Dropbox-Request-Id: 0000000000000000000000000000fake

Error in call to API function "users/get_current_account": The given OAuth 2 access token is malformed.`,
        },
      ],
    },
    "provider.dropbox.insufficient-space": {
      statement:
        "Dropbox's 409 whose write error is `insufficient_space` (`error_summary` \"path/insufficient_space/\") means the account has no room for the file: a ProviderAPIError that retrying does not fix; free space in the account or move it to a larger plan, then upload again.",
      action: "Free space in the Dropbox account or move it to a larger plan, then upload again: retrying fails until there is room.",
      source: "https://www.dropbox.com/developers/documentation/http/documentation#files-upload",
      examples: [{ source: "https://github.com/ShareX/ShareX/issues/8415", text: `Error message:
The remote server returned an error: (409) Conflict.

Request URL:
https://content.dropboxapi.com/2/files/upload?arg=%7b%22path%22%3a%22%2fShareX%2f2026%2f02%2fchrome_u579PmOrSS.mp4%22%2c%22mode%22%3a%22overwrite%22%2c%22autorename%22%3afalse%2c%22mute%22%3atrue%7d

Status code:
(409) Conflict

Headers:
Cache-Control: no-cache
Content-Security-Policy: sandbox allow-forms allow-scripts
X-Content-Type-Options: nosniff
Date: Wed, 25 Feb 2026 06:47:15 GMT
Server: envoy
Strict-Transport-Security: max-age=31536000; includeSubDomains; preload
X-Robots-Tag: noindex, nofollow, noimageindex
Vary: Accept-Encoding
X-Dropbox-Response-Origin: far_remote
X-Dropbox-Request-Id: 351eb73e861d416ea04dcaba699e9af2
Content-Type: application/json
Content-Length: 208

Response text:
{"error_summary": "path/insufficient_space/", "error": {".tag": "path", "reason": {".tag": "insufficient_space"}, "upload_session_id": "pid_upload_session:ABIKTyOkskLNCYDucCAkKOaN2MspguXoMXoghTUHN3gjAx9OFA"}}

Stack trace:
   at System.Net.HttpWebRequest.GetResponse()
   at ShareX.UploadersLib.Uploader.GetResponse(HttpMethod method, String url, Stream data, String contentType, Dictionary\`2 args, NameValueCollection headers, CookieCollection cookies, Boolean allowNon2xxResponses)` }],
    },
    "provider.dropbox.refresh-invalid-grant": {
      statement:
        "Dropbox's token endpoint answers 400 `invalid_grant` (\"refresh token is invalid or revoked\", \"refresh token is malformed\") when the refresh token is dead: a ProviderUnauthorizedError, the user must connect again.",
      action: "Send the user through the connection flow again: the refresh token is invalid or revoked, and no retry revives it.",
      source: "https://github.com/nextcloud/integration_dropbox/issues/34",
      examples: [
        {
          source: "https://github.com/nextcloud/integration_dropbox/issues/34",
          reconstructed: "status line and body from the Guzzle message the log quotes (\"'POST https://api.dropboxapi.com/oauth2/token' resulted in a '400 Bad Request' response\")",
          text: `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error": "invalid_grant", "error_description": "refresh token is invalid or revoked"}`,
        },
      ],
    },
  },
};

/**
 * The masking table (spec section 3): secret shapes and the places a secret can sit. The
 * SDK's masking tests run every pair through the masking module; the classifier's tests
 * run them through its share link and its rendered result.
 */

/** Secret shapes: [what, the secret]. Made up, each of the real shape. */
export const SECRETS: [string, string][] = [
  ["a JWT", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
  ["a Stripe live key", "sk_live_51H8xyzAbCdEfGhIjKlMnOpQr"],
  ["a Stripe restricted key", "rk_test_51H8xyzAbCdEfGhIjKlMnOp"],
  ["an OpenAI key", "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345"],
  ["an Anthropic key", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv"],
  ["a GitHub token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"],
  ["a fine-grained GitHub token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnop"],
  ["a Slack bot token", "xoxb-1234567890-0987654321-AbCdEfGhIjKl"],
  ["a Google access token", "ya29.a0AfH6SMBxYz-AbCdEfGhIj"],
  ["a Google API key", "AIzaSyA1234567890abcdefghijklmnopqrs"],
  ["an AWS access key id", "AKIAIOSFODNN7EXAMPLE"],
  ["a GitLab token", "glpat-AbCdEfGhIjKlMnOpQrSt"],
  ["a Shopify token", "shpat_0123456789abcdef0123456789abcdef"],
];

/** Places a secret can sit, each a template with `$` for the secret, and the name the place gives it. */
export const PLACES: [string, (s: string) => string][] = [
  ["an Authorization header line", (s) => `HTTP/1.1 401 Unauthorized\r\nAuthorization: Bearer ${s}\r\n\r\n`],
  ["an X-Api-Key header", (s) => `X-Api-Key: ${s}`],
  ["a curl -H with Basic", (s) => `curl -H 'Authorization: Basic ${s}' https://api.example.com/x`],
  ["a curl -H with Token", (s) => `curl -sS -H "Authorization: Token ${s}" -H "Accept: application/json" https://x`],
  ["a JSON member", (s) => `{"access_token": "${s}", "expires_in": 3600}`],
  ["a Python dict", (s) => `{'client_secret': '${s}', 'ok': False}`],
  ["a JS object", (s) => `{ headers: { Authorization: 'Bearer ${s}' } }`],
  ["a form body", (s) => `grant_type=refresh_token&refresh_token=${s}&client_id=abc`],
  ["a password in a form", (s) => `username=ann&password=${s}`],
  ["a URL query", (s) => `GET https://api.example.com/v1/x?access_token=${s}&page=2`],
  ["a Google key in a URL", (s) => `https://generativelanguage.googleapis.com/v1/models?key=${s}`],
  ["a URL's userinfo", (s) => `https://deploy:${s}@git.example.com/repo.git`],
  ["a HAR query parameter", (s) => `{"queryString": [{"name": "access_token", "value": "${s}"}]}`],
  ["a HAR post parameter", (s) => `{"postData": {"params": [{"name": "client_secret", "value": "${s}"}]}}`],
  ["a HAR cookie in a HAR that does not parse", (s) => `{"log": {"entries": [{"request": {"cookies": [{"name": "sid", "value": "${s}"}], "url": "https://x`],
  ["curl's Added cookie", (s) => `* Added cookie sid="${s}" for domain example.com, path /, expire 0`],
  ["prose", (s) => `I used the token ${s} and it failed`],
];


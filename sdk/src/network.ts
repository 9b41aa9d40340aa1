/**
 * Recognising a network failure (spec section 6): a request that got no response at all,
 * either as the error object `fetch` (or another client) threw, or as text a developer
 * pasted into the classifier.
 *
 * Imported by both server and browser code: no Node or DOM API here. Every regular
 * expression in this file runs in time linear in its input (no nested quantifiers, no
 * quantified group followed by a test that can fail), so a pasted 5 MiB text is safe.
 * @module
 */
import type { NetworkFailureMatch } from "./types.js";
import { REASONS } from "./reasons.js";


/** Error codes that mean the request timed out (kind `timeout`). */
const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT", // the `request` package's read timeout
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ERR_SOCKET_CONNECTION_TIMEOUT", // Node's happy-eyeballs attempt timeout
]);

/** Error codes that name a specific connection, DNS or TLS failure (kind `network`). */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "ECONNABORTED",
  "EMFILE",
  "ENFILE",
  "EPIPE",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "CERT_REVOKED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
]);

/** curl exit codes: 28 is a timeout, the others a connection, DNS or TLS failure. */
const CURL_EXITS: ReadonlyMap<number, NetworkFailureMatch["kind"]> = new Map([
  [6, "network"], // could not resolve host
  [7, "network"], // failed to connect
  [28, "timeout"], // operation timed out
  [35, "network"], // TLS handshake failed
  [52, "network"], // empty reply from server
  [56, "network"], // failure receiving network data
  [60, "network"], // peer certificate cannot be authenticated
  [77, "network"], // the CA certificate file could not be read
]);

/*
 * Pasted-text patterns, in three tiers of specificity. A timeout anywhere wins (Node
 * prints `TypeError: fetch failed` first and the undici timeout in its `[cause]`); then a
 * specific code or OS message, then an exception class name, then a browser's generic
 * fetch message. Quantified character classes only ever end a branch, so a failed match
 * never rescans a run. Among the timeouts: Ruby's `Timeout::Error` message ("Failed to open TCP connection to api.stripe.com:443
 * (execution expired)", Net::OpenTimeout's) and stripe-ruby's "Timed out connecting to Stripe"; among the specific texts,
 * Go's net/http's "TLS handshake timeout" and "timeout awaiting response headers", libcurl's "connect() timed out!" (PHP clients'
 * messages: vimeo.php's "Unable to complete request. [connect() timed out!]"), .NET's TaskCanceledException for HttpClient's own
 * timeout ("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing", under the SocketException it
 * wraps); aws-jwt-verify's "Response time-out (after 1500 ms.)" (fetching a JWKS) and superagent's "Response timeout of 5000ms exceeded";
 * stripe-android's "APIConnectionException: IOException during API request to Stripe (https://q.stripe.com): timeout.";
 * Apache HttpClient 5's "20,000 milliseconds timeout on connection http-outgoing-2 [ACTIVE]" (a read that waited past its socket timeout);
 * Apache HttpClient's pool ("Timeout waiting for connection from pool", under the AWS SDK for Java's SdkClientException, which retries
 * it: the call never left, every connection being in use, often held by a response body no one closed);
 * stripe-node's StripeConnectionError ("An error occurred with our connection to Stripe.", and its forks': telnyx-node's "... to Telnyx."); curl's and OkHttp's "Failed to connect to"
 * only before a host and its port ("api.github.com port 443", "/10.0.2.2:8080"): an app's "Failed to connect to MCP server" may be
 * followed by the server's answer. Clients of other runtimes name theirs: Elixir's HTTPoison, Mint and Req (`%HTTPoison.Error{reason:
 * :timeout}`, `%Mint.TransportError{reason: :closed}`), Haskell's http-client (`ResponseTimeout`, `ConnectionFailure`), Swift's
 * AsyncHTTPClient (`HTTPClientError.remoteConnectionClosed`), Crystal's OpenSSL (`SSL_connect: Unexpected EOF`).
 * And PHP's stream wrapper ("fopen(): SSL: Handshake timed out", under aws-sdk-php's "Error creating resource"), libcurl's older
 * words for a resolver that gave up ("curl 6: name lookup timed out", Guzzle 3's CurlException).
 */
const TIMEOUT_TEXT =
  /\b(?:ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ERR_SOCKET_CONNECTION_TIMEOUT|TimeoutError|ConnectTimeout|ReadTimeout|WriteTimeout|PoolTimeout|Timeout waiting for connection from pool|ConnectionPoolTimeoutException|(?<=\b\d{1,3}(?:,\d{3}){0,3} )milliseconds timeout on connection http-outgoing-\d{1,9}|ReadTimeoutError|SocketTimeoutException|ConnectTimeoutException|HttpRequestTimeoutException|(?:Connect|Request|Socket) timeout has expired|context deadline exceeded|Client\.Timeout exceeded|i\/o timeout|TLS handshake timeout|timeout awaiting response headers|HttpClient\.Timeout of \d{1,9} seconds elapsing|(?:Connection|Read|Operation|Request|Connect|Socket|Handshake|Resolving) timed out|name lookup timed out|[Cc]onnect ?\(\) timed out|The operation was aborted due to timeout|timeout of \d{1,12}ms exceeded|Response time-?out(?: of \d{1,12}ms exceeded|(?= \(after \d{1,12} ?ms)))\b|net::ERR_(?:CONNECTION_)?TIMED_OUT\b|\bexecution expired\b|\bTimed out connecting to \w|\breason: :(?:timeout|connect_timeout|recv_timeout|checkout_timeout)\b|\b(?:ResponseTimeout|ConnectionTimeout)\b|\bConnectorError \{ kind: Timeout\b|\bIOException during API request to [A-Z][A-Za-z]{1,30} \(https?:\/\/[^\s)]{1,200}\): timeout\b/gi;

// First of these, Go's resolver unreachable ("dial tcp: lookup api.openai.com on 192.168.1.22:53: read udp ...: connection refused"):
// the DNS server named refused, not the API, whatever the last words say (its "no such host" is the name's own failure).
/** Chrome's and Firefox's words for a response their CORS policy kept from the page (older Chrome's "XMLHttpRequest cannot load ... No 'Access-Control-Allow-Origin' header ..."). */
const CORS_TEXT = /\bhas been blocked by CORS policy\b|\bCross-Origin Request Blocked\b|\bNo 'Access-Control-Allow-Origin' header is present on the requested resource\b|\bis therefore not allowed access\b/;

// Last of these: AppAuth's `AuthorizationException` as JSON, its general error 3 (`NETWORK_ERROR`, as Okta's and other OIDC
// SDKs for Android print it): the token or discovery request got no response.
// (Also Node's frame of a request whose socket failed, `TLSSocket.socketErrorListener (node:_http_client...)`, under a client's
// own words for it: passport-oauth2's "InternalOAuthError: Failed to fetch user profile".)
// (And ExAws's "ExAws: HTTP ERROR: :nxdomain", hackney's reason as an Elixir atom after its words for a request that got no response.)
// (And libcurl's words for a connection that broke mid-call, CURLE_RECV_ERROR's and CURLE_SEND_ERROR's, as .NET's CurlHandler
// throws them: "System.Net.Http.CurlException: Failure when receiving data from the peer".)
// (And aws-sdk-rust's request that got no response, "DispatchFailure(DispatchFailure { source: ConnectorError { kind: Io, source:
// hyper::Error(Connect, ...) } })": its connector's error, a timeout when its kind says so.)
// (And EHOSTDOWN, also as Python's OSError words it: the aws cli's "upload failed: ... ('Connection aborted.', OSError(64, 'Host is down'))".)
// (And Firestore's client with no connection: "Failed to get document because the client is offline."; Cloudflare Workers' fetch
// whose connection dropped: "Network connection lost."; Apache CXF's fault for a request its conduit could not send, "Fault: Could not send
// Message.", a refused or timed-out connection under it; not when its cause is the server's answer, "HTTPException: HTTP response
// '401: Unauthorized'".)
const NETWORK_SPECIFIC_TEXT =
  /\b(?:(?<=\b(?:TLS)?Socket\.)socketErrorListener(?= \((?:node:)?_http_client)|lookup [A-Za-z0-9.-]{1,253} on [0-9A-Fa-f.:[\]]{2,60}:53(?=: (?:read|write|dial) (?:udp|tcp)\b)|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|EHOSTDOWN|(?<=')Host is down(?=')|(?<=because )the client is offline(?=\.)|Network connection lost(?=\.)|(?<=\bFault: )Could not send Message(?=\.)(?![\s\S]{0,4000}?\bHTTPException: HTTP response ')|ENETUNREACH|ENETDOWN|ECONNABORTED|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|CERT_UNTRUSTED|CERT_REVOKED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_GET_ISSUER_CERT|ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|CERTIFICATE_VERIFY_FAILED|[Cc]onnection refused|[Cc]onnection reset by peer|Failure when receiving data from the peer|Failed sending data to the peer|Name or service not known|nodename nor servname provided|Temporary failure in name resolution|getaddrinfo failed|no such host|Could not resolve host|No such host is known|Failed to connect to (?=[\w.-]{1,253} port \d|\/?[\w.:[\]-]{1,260}:\d)|Empty reply from server|SSL certificate problem|socket hang up|(?:UnknownHost|Connect)Exception(?=:|[ \t]*(?:\r?\n|$)|[ \t]+at\b|\)|,)|PKIX path building failed|The remote certificate is invalid|certificate verify failed|x509: certificate(?: has expired or is not yet valid| signed by unknown authority| is not valid for any names| is valid for [\w.*-]{1,253}, not [\w.*-]{1,253}| relies on legacy Common Name field)?)\b|\bERR_SSL_[A-Z0-9_]+|net::ERR_[A-Z0-9_]+|\{"type":0,"code":3,"errorDescription":"Network error"|\bAn error occurred with our connection to [A-Z][A-Za-z]{1,30}(?=\.)|%(?:Mint\.TransportError|HTTPoison\.Error|Req\.TransportError)\{[^}\r\n]{0,200}?reason: :(?:closed|econnrefused|econnreset|nxdomain|ehostunreach|enetunreach)\b|\bHTTPClientError\.(?:remoteConnectionClosed|connectTimeout|readTimeout)\b|\bSSL_connect: Unexpected EOF\b|\bConnectionFailure\b|\bDispatchFailure(?=\(DispatchFailure\b| \{ source: ConnectorError\b)|(?<=\bHTTP ERROR: ):(?:nxdomain|econnrefused|econnreset|closed|ehostunreach|enetunreach)\b/;

/**
 * A certificate the client would not trust (expired, not yet valid, self-signed, from an unknown authority, for another name), in
 * Node's codes, OpenSSL's and Python's, curl's (exit 60), Go's `x509:`, Java's PKIX, .NET's and Chrome's words. Beyond section 6,
 * which counts it a retryable NetworkError: the same handshake fails the same way until the certificate, the CA bundle or the
 * clock changes (blind trials' CI logs retried an expired registry certificate).
 */
const CERTIFICATE_FAILURE =
  /^(?:CERT_|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|CERTIFICATE_VERIFY_FAILED|SSL certificate problem|curl 60|curl 77|x509: certificate|PKIX path building failed|The remote certificate is invalid|certificate verify failed|(?:net::)?ERR_CERT_)/;

/** Whether a network failure's code (as {@link detectNetworkFailure} or {@link matchNetworkText} name it) is a certificate the client would not trust. */
export function isCertificateFailure(code: string): boolean {
  return CERTIFICATE_FAILURE.test(code);
}

/**
 * A proxy's answer to the tunnel the client asked it for (`CONNECT api.dropboxapi.com:443`), in urllib3's and http.client's words
 * ("Tunnel connection failed: 403 Forbidden"), Java's ("Unable to tunnel through proxy. Proxy returns \"HTTP/1.1 407 Proxy
 * Authentication Required\""), curl's ("Received HTTP code 403 from proxy after CONNECT", "CONNECT tunnel failed, response 407")
 * and .NET's ("The proxy tunnel request to proxy 'http://...' failed with status code '407'"). The status is the proxy's: the call
 * never reached the API, whose credentials are not at fault.
 */
const PROXY_REFUSAL =
  /\bTunnel connection failed: ([1-5]\d\d)\b|\bUnable to tunnel through proxy\. Proxy returns "HTTP\/\d(?:\.\d)? ([1-5]\d\d)\b|\bReceived HTTP code ([1-5]\d\d) from proxy after CONNECT\b|\bCONNECT tunnel failed, response ([1-5]\d\d)\b|\bThe proxy tunnel request to proxy '[^'\r\n]{1,500}' failed with status code '([1-5]\d\d)'/;

/** Whether a network failure's code names a proxy that refused the tunnel with a 4xx (`proxy 403`, `proxy 407`): its allow-list or its credentials, which a retry does not change. */
export function isProxyRefusal(code: string): boolean {
  return /^proxy 4\d\d$/.test(code);
}

/**
 * Whether a network failure's code is a browser's refusal to send the request at all: an extension's (an ad blocker's
 * `net::ERR_BLOCKED_BY_CLIENT`, which blocks hosts such as maps and analytics APIs) or an administrator's policy. The request never
 * left the browser, and is blocked again each time it is made.
 */
export function isBrowserBlock(code: string): boolean {
  return /^net::ERR_BLOCKED_BY_(?:CLIENT|ADMINISTRATOR)$/.test(code);
}

/** A NetworkError's reasons (`details.sdk_reason`) that retrying cannot help: the caller's own abort, a browser's CORS block or its refusal to send, an untrusted certificate, a proxy that refused the tunnel. */
export const UNRETRIED_NETWORK_REASONS: ReadonlySet<string> = new Set(["aborted", "cors", "blocked", "certificate", "proxy"]);

/**
 * Apple's URL Loading System's errors as an `NSError` prints them (`Error Domain=NSURLErrorDomain Code=-999 "cancelled"`), by code
 * (`URLError.Code`): `-999` cancelled (the app's own cancel, or its session's: the caller's abort), `-1001` timed out, and the codes of
 * a connection that never carried an answer (`-1003` no such host, `-1004` could not connect, `-1005` connection lost, `-1006` DNS
 * lookup failed, `-1009` offline, `-1018` roaming off, `-1020` data not allowed).
 */
// (Also without "Error " before it, as a log of the error's dictionary prints it: "Domain=NSURLErrorDomain Code=-1005".)
const NS_URL_ERROR = /\b(?:Error )?Domain=NSURLErrorDomain Code=(-\d{3,4})\b/;
/** OkHttp's exception for a cancelled call, its message alone on its line (a frame of okhttp3 below it, or the end). */
const OKHTTP_CANCELED = /\bjava\.io\.IOException: Canceled[ \t]*(?:\r?\n[ \t]*at okhttp3\.|$)/m;
const NS_URL_ERRORS: ReadonlyMap<string, "abort" | "timeout" | "network"> = new Map([
  ["-999", "abort"], ["-1001", "timeout"], ["-1003", "network"], ["-1004", "network"], ["-1005", "network"], ["-1006", "network"], ["-1009", "network"], ["-1018", "network"], ["-1020", "network"],
]);

/**
 * The HRESULTs of WinHTTP and WinINet that say no response came, as VBA and VBScript callers of MSXML2's ServerXMLHTTP and XMLHTTP
 * print them, in hex or as a signed decimal ("'-2147012894(80072ee2)'", "Error -2146697208: The download of the specified resource
 * has failed."): 80072EE2 the operation timed out (ERROR_WINHTTP_TIMEOUT, 12002), 80072EE7 the name did not resolve (12007),
 * 80072EFD no connection could be made (12029), 80072EFE the connection was aborted (12030), 80072EFF it was reset (12031),
 * 80072F8F the TLS handshake failed (12175), 800C0008 the download failed (INET_E_DOWNLOAD_FAILURE).
 */
const HRESULT_OF_DECIMAL: ReadonlyMap<string, string> = new Map([
  ["-2147012894", "80072ee2"], ["-2147012889", "80072ee7"], ["-2147012867", "80072efd"], ["-2147012866", "80072efe"],
  ["-2147012865", "80072eff"], ["-2147012721", "80072f8f"], ["-2146697208", "800c0008"],
]);
const WINHTTP_TEXT = new RegExp(`(?<![\\w-])(?:(?:0x)?(${[...HRESULT_OF_DECIMAL.values()].join("|")})|(${[...HRESULT_OF_DECIMAL.keys()].join("|")}))(?![\\w-])`, "i");

/** Node's codes for a process out of file descriptors: too many sockets open at once. */
const LOCAL_LIMIT_TEXT = /\b(?:EMFILE|ENFILE)\b/;

/**
 * Words of a client that got a response: its code, its status, its message; or an error the API sent, as ebaysdk's `ConnectionError`
 * prints eBay's ("GetSingleItem: Class: RequestError, Severity: Error, Code: 1.33, Token not available in request.").
 */
const RESPONSE_CAME = /\bResponse (?:code|status|message) ?[=:]|\bClass: \w{1,40}, Severity: \w{1,20}, Code: \d/i;
/** A reason phrase of an error a server sends, as ebaysdk's `ConnectionError` names every HTTP failure ("findCompletedItems: Internal Server Error, ..."). */
const REASON_SAID = new RegExp(`\\b(?:${["401", "403", "429", "500", "502", "503", "504"].map((status) => REASONS[status]).join("|")})\\b`);

// Not in Markdown's backticks alone (a pull request's "Retry retryable failures only: `ConnectionError`, `Timeout`"): that names
// the class, it reports none. (`APIConnectionError: Connection error.` is the OpenAI and Anthropic SDKs' for a request that got no
// response; LiteLLM's class of the same name is any error it did not map, "Bad response code" included. Its message alone counts where
// an app says whose it is: a Pipedream workflow's "Full error from OpenAI: Connection error.")
const NETWORK_CLASS_TEXT =
  /(?<!`)\b(?:ConnectionError|ConnectionRefusedError|ConnectionResetError|ConnectError|SSLError|RemoteDisconnected|NewConnectionError|AbortError|SocketException|APIConnectionError(?=: Connection error\.)|(?<=\bfrom (?:OpenAI|Anthropic): )Connection error(?=\.))\b(?!`)/;

// Not where an app's own sentence goes on ("Failed to fetch contacts: HubSpot API error: 401"): the runtimes end their message there.
// (An app may title-case Chrome's words, "Error: Failed to Fetch", as chatgpt-web's showed it.)
const NETWORK_GENERIC_TEXT =
  /\b(?:Failed to [Ff]etch|NetworkError when attempting to fetch resource|Load failed|fetch failed|Network request failed)\b(?![ \t]+[a-z])/;

/** `curl: (N)`, every occurrence; the exit decides whether it is a failure we know. */
const CURL_EXIT_TEXT = /\bcurl: \((\d{1,3})\)/g;

/**
 * curl's error number as a PHP client words it (stripe-php's `ApiConnectionException`: "Network error [errno 77]: ..."; Guzzle's and
 * WordPress Requests' "cURL error 28: Resolving timed out after 2000 milliseconds").
 */
const CURL_ERRNO_TEXT = /\bNetwork error \[errno (\d{1,3})\]|\bcURL error (\d{1,3}): /;

/** curl's exit 6 for a word with no dot, which is no host name (`curl: (6) Could not resolve host: Basic`). */
const CURL_NOT_A_HOST = /\bcurl: \(6\) Could not resolve host: (?!localhost\b)[^\s.]{1,200}[ \t]*(?=\r?\n|$)/g;

const CURL_HTTP_ERROR_TEXT = /\b[Cc]url: \(22\) The requested URL returned error: (\d{3})\b/;

/** Only this much of an error's `message` is scanned: a message is not a 5 MiB paste. */
const MESSAGE_SCAN_LIMIT = 16 * 1024;

/** How deep `detectNetworkFailure` follows `cause`, `reason` and `errors`. */
const MAX_DEPTH = 5;
/** At most this many members of one `errors` list, and this many objects in all. */
const MAX_ERRORS_PER_NODE = 32;
const MAX_NODES = 64;

/** Rank of a network (not timeout) finding: the highest wins, then the shallowest. */
const Rank = {
  Generic: 1, // a browser's or Node's generic fetch message
  ClassName: 2, // an exception class name in a message (`ConnectionError`)
  OtherCode: 3, // an error code we do not list (`EPROTO`, `UND_ERR_INFO`)
  TextSpecific: 4, // a specific code or OS message inside a message
  Abort: 5, // an `AbortError`: the caller's own abort
  Code: 6, // a code we list, or a curl exit we know
} as const;

interface Finding {
  kind: NetworkFailureMatch["kind"];
  code: string;
  rank: number;
}

/**
 * Finds a timeout or network failure in pasted text: Node's and undici's error codes,
 * the browsers' fetch messages (`Failed to fetch`, `NetworkError when attempting to fetch
 * resource`, `Load failed`), Node's `fetch failed`, curl's `curl: (N)` exits (6, 7, 28,
 * 35, 52, 56, 60), Chrome's `net::ERR_*` codes, Python `requests`/`httpx`/`urllib3` texts
 * (`ConnectTimeout`, `ReadTimeout`, `ConnectionError`, `Connection refused`, `Name or
 * service not known`) and Go's (`dial tcp ...: i/o timeout`, `context deadline
 * exceeded`, `connection refused`, `no such host`).
 *
 * A timeout anywhere in the text wins over a plain network failure: Node prints
 * `TypeError: fetch failed` first and `code: 'UND_ERR_CONNECT_TIMEOUT'` in its cause.
 * Otherwise the most specific finding wins: a code or OS message (`ECONNREFUSED`,
 * `Connection refused`) over an exception class name (`ConnectionError`) over a generic
 * fetch message (`fetch failed`). The `code` is the matched text (`curl 7` for a curl
 * exit) and `where` is `"text"`.
 *
 * `curl: (22) The requested URL returned error: 403` is not a network failure (the server
 * answered): see {@link matchCurlHttpError}. Returns `undefined` when the text holds none
 * of these. Linear time in the length of `text`.
 *
 * @param text - Pasted text.
 */
export function matchNetworkText(text: string): NetworkFailureMatch | undefined {
  const found = scanText(text);
  return found === undefined ? undefined : { kind: found.kind, code: found.code, where: "text" };
}

/**
 * The status of curl's `--fail` message, `curl: (22) The requested URL returned error:
 * 403`: the server answered with that status, so it is read as a response with no headers
 * (spec section 6), not as a network failure. `undefined` when the text has no such line.
 */
export function matchCurlHttpError(text: string): number | undefined {
  const m = CURL_HTTP_ERROR_TEXT.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * Reads what went wrong from an error thrown by a request that got no response (a
 * rejected `fetch`, an undici, Node `http`, axios or curl child-process error).
 *
 * It looks at the error itself and then through its `cause` chain, an `AbortError`'s
 * `reason`, and an `AggregateError`'s `errors` (Node's happy-eyeballs connect reports one
 * error per address), breadth first, five levels below the error at most, each object
 * once (a cyclic chain ends). It reads `name`, `code` and `message` of each.
 *
 * - A timeout anywhere gives kind `timeout`: a `TimeoutError` (the `DOMException`
 *   `AbortSignal.timeout` throws, also as an `AbortError`'s `reason` or `cause`), the codes
 *   `ETIMEDOUT`, `UND_ERR_CONNECT_TIMEOUT`, `UND_ERR_HEADERS_TIMEOUT`,
 *   `UND_ERR_BODY_TIMEOUT` (and `ESOCKETTIMEDOUT`, `ERR_SOCKET_CONNECTION_TIMEOUT`), curl
 *   exit 28, or a timeout message that {@link matchNetworkText} recognises.
 * - Otherwise kind `network`, with the most specific code found: a code such as
 *   `ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`, `EAI_AGAIN` or a TLS code
 *   (`CERT_HAS_EXPIRED`, `ERR_TLS_CERT_ALTNAME_INVALID`...) or a known curl exit (`curl 7`);
 *   then `AbortError` (the caller's own abort); then any other error code (`EPROTO`);
 *   then a message (`Failed to fetch`, `fetch failed`...). Equally specific findings: the
 *   one nearest the top wins.
 * - Nothing specific: kind `network`, code `unknown`, `where` `none`. The function is only
 *   called when there was no response, so that is still a network failure.
 *
 * A curl exit is read from a numeric `code`, `exitCode` or `status` only when the error's
 * `cmd`, `spawnfile`, `path` or `message` names curl (a child-process error), since a bare
 * number means nothing on its own.
 *
 * `where` is the path to the deciding value: `code`, `name`, `cause.code`,
 * `cause.errors[1].code`, `reason.name`, `message`. Never throws, even on a hostile
 * object (getters that throw, a revoked `Proxy`).
 *
 * @param cause - What the failed call threw.
 */
export function detectNetworkFailure(cause: unknown): NetworkFailureMatch {
  let best: (Finding & { where: string }) | undefined;
  const seen = new Set<unknown>([cause]);
  let queue: { value: unknown; path: string }[] = [{ value: cause, path: "" }];
  let visited = 0;

  for (let depth = 0; depth <= MAX_DEPTH && queue.length > 0; depth++) {
    const next: { value: unknown; path: string }[] = [];
    for (const { value, path } of queue) {
      if (visited >= MAX_NODES) break;
      visited++;
      for (const f of inspect(value, path)) {
        if (f.kind === "timeout") return { kind: "timeout", code: f.code, where: f.where };
        if (best === undefined || f.rank > best.rank) best = f;
      }
      if (depth === MAX_DEPTH || !isObjectLike(value)) continue;
      for (const key of ["cause", "reason"] as const) {
        const child = read(value, key);
        if (isObjectLike(child) && !seen.has(child)) {
          seen.add(child);
          next.push({ value: child, path: join(path, key) });
        }
      }
      const errors = read(value, "errors");
      if (isArray(errors)) {
        const n = Math.min(toLength(read(errors, "length")), MAX_ERRORS_PER_NODE);
        for (let i = 0; i < n; i++) {
          const child = read(errors, String(i));
          if (isObjectLike(child) && !seen.has(child)) {
            seen.add(child);
            next.push({ value: child, path: `${path === "" ? "errors" : `${path}.errors`}[${i}]` });
          }
        }
      }
    }
    queue = next;
  }

  return best === undefined
    ? { kind: "network", code: "unknown", where: "none" }
    : { kind: best.kind, code: best.code, where: best.where };
}

/** The findings on one object (or on a string passed as the cause), most decisive first. */
function inspect(value: unknown, path: string): (Finding & { where: string })[] {
  const out: (Finding & { where: string })[] = [];
  if (typeof value === "string") {
    const f = scanText(value.slice(0, MESSAGE_SCAN_LIMIT));
    if (f !== undefined) out.push({ ...f, where: path === "" ? "text" : path });
    return out;
  }
  if (!isObjectLike(value)) return out;

  const name = read(value, "name");
  if (name === "TimeoutError") out.push({ kind: "timeout", code: "TimeoutError", rank: Rank.Code, where: join(path, "name") });

  const code = read(value, "code");
  if (typeof code === "string") {
    if (TIMEOUT_CODES.has(code)) out.push({ kind: "timeout", code, rank: Rank.Code, where: join(path, "code") });
    else if (NETWORK_CODES.has(code)) out.push({ kind: "network", code, rank: Rank.Code, where: join(path, "code") });
    else if (isCodeShaped(code)) out.push({ kind: "network", code, rank: Rank.OtherCode, where: join(path, "code") });
  }

  const message = read(value, "message");
  const messageText = typeof message === "string" ? message.slice(0, MESSAGE_SCAN_LIMIT) : "";
  if (namesCurl(value, messageText)) {
    for (const key of ["code", "exitCode", "status"] as const) {
      const exit = read(value, key);
      const kind = typeof exit === "number" ? CURL_EXITS.get(exit) : undefined;
      if (kind !== undefined) {
        out.push({ kind, code: `curl ${exit as number}`, rank: Rank.Code, where: join(path, key) });
        break;
      }
    }
  }

  if (name === "AbortError") out.push({ kind: "network", code: "AbortError", rank: Rank.Abort, where: join(path, "name") });

  if (messageText !== "") {
    const f = scanText(messageText);
    if (f !== undefined) out.push({ ...f, where: join(path, "message") });
  }

  // A timeout first, so that the caller can stop at the first timeout it sees.
  out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "timeout" ? -1 : 1));
  return out;
}

/** The text scan behind {@link matchNetworkText}, with the finding's rank. */
function scanText(pasted: string): Finding | undefined {
  // A list of codes (got's `retry: { errorCodes: ['ETIMEDOUT', 'ECONNRESET', ...] }` in a dumped options object) names the failures
  // a client retries, none that happened: its items are not read.
  // So does one written in prose, its codes run together by commas ("Network errors (ECONNRESET, ETIMEDOUT, ENOTFOUND)", a changelog's).
  // So does a list of names, one a line, bulleted or not (the AWS CLI's retries page: "• RequestTimeout", "• ConnectionError", ...).
  // So does a bulleted list of causes, each explained in brackets ("- Connection refused (wrong port, service not running)").
  // And names run together in a sentence ("Errors that implement a ConnectionError, Temporary, or Timeout method", aws-sdk-go-v2's docs).
  // And a name a sentence explains ("the ConnectionError happens when the app is unavailable", Make's help on its error types).
  // And the errors a handler in source code catches (omniauth-oauth2's `rescue ::Timeout::Error, ::Errno::ETIMEDOUT => e`, Python's
  // `except (ConnectionError, Timeout):`, `catch (SocketTimeoutException e)`): code ready for them, none that happened.
  // And curl's failure to resolve a "host" with no dot: a word of the command line it took for a URL (an unquoted header's `Basic`,
  // `application/json`'s `application`), not the call's host, whose answer the paste may show (Jamf's `{"httpStatus" : 401}` above).
  const listed = pasted.replace(CODE_LIST_ITEM, "").replace(CODE_LIST_PROSE, "").replace(BULLETED_NAME, "").replace(BULLETED_CAUSES, "").replace(NAME_LINES, "").replace(NAME_LIST_PROSE, "").replace(EXPLAINED_NAME, "").replace(CURL_NOT_A_HOST, "");
  // And the cases of a switch over an error's code (a HubSpot client's retry policy: `switch (error.code) { case 'ECONNRESET': case
  // 'ESOCKETTIMEDOUT': ... return 10; }`): codes it is ready for.
  const handled = /\b(?:rescue|except|catch)\b/.test(listed) ? listed.replace(HANDLER_LINE, "") : listed;
  const text = /\bcase[ \t]/.test(handled) ? handled.replace(CASE_LABEL, "") : handled;
  // curl's exit first: `curl: (28) Operation timed out` is named `curl 28`.
  let curl: Finding | undefined;
  CURL_EXIT_TEXT.lastIndex = 0;
  for (let m = CURL_EXIT_TEXT.exec(text); m !== null; m = CURL_EXIT_TEXT.exec(text)) {
    const exit = Number(m[1]);
    const kind = CURL_EXITS.get(exit);
    if (kind === "timeout") {
      CURL_EXIT_TEXT.lastIndex = 0;
      return { kind, code: `curl ${exit}`, rank: Rank.Code };
    }
    if (kind !== undefined && curl === undefined) curl = { kind, code: `curl ${exit}`, rank: Rank.Code };
  }
  CURL_EXIT_TEXT.lastIndex = 0;
  // (Or a PHP client's words for curl's error number, stripe-php's "(Network error [errno 77]: error setting certificate verify locations: ...)".)
  const errno = curl === undefined ? CURL_ERRNO_TEXT.exec(text) : null;
  const errnoExit = errno === null ? undefined : Number(errno[1] ?? errno[2]);
  const errnoKind = errnoExit === undefined ? undefined : CURL_EXITS.get(errnoExit);
  if (errnoKind !== undefined) curl = { kind: errnoKind, code: `curl ${errnoExit}`, rank: Rank.Code };

  // A browser that blocked the response by its CORS policy says so beside the fetch failure it throws ("Access to fetch at 'https://api.openai.com/...'
  // from origin '...' has been blocked by CORS policy: ...", then "net::ERR_FAILED" and "TypeError: Failed to fetch"): that is the failure.
  if (CORS_TEXT.test(text)) return { kind: "network", code: "CORS", rank: Rank.Code };
  const urlError = NS_URL_ERROR.exec(text);
  const urlKind = urlError === null ? undefined : NS_URL_ERRORS.get(urlError[1]!);
  if (urlKind !== undefined) return urlKind === "abort" ? { kind: "network", code: "AbortError", rank: Rank.Code } : { kind: urlKind, code: `NSURLErrorDomain ${urlError![1]}`, rank: Rank.Code };
  // OkHttp's words for a call that was cancelled ("Caused by: java.io.IOException: Canceled" from its RetryAndFollowUpInterceptor, under
  // Firebase Functions' INTERNAL): the app's cancel, or a library's on its behalf, as NSURLErrorDomain's -999 is: the caller's abort.
  if (OKHTTP_CANCELED.test(text)) return { kind: "network", code: "AbortError", rank: Rank.Code };
  // So does a proxy that refused the tunnel, in whatever words its client wraps it ("ProxyError: ... Max retries exceeded ... (Caused by
  // ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))"): its status is no answer of the API.
  const proxy = PROXY_REFUSAL.exec(text);
  if (proxy !== null) return { kind: "network", code: `proxy ${proxy.slice(1).find((g) => g !== undefined)}`, rank: Rank.Code };
  const win = WINHTTP_TEXT.exec(text);
  const winCode = win === null ? undefined : (win[1] ?? HRESULT_OF_DECIMAL.get(win[2]!))!.toUpperCase();
  if (winCode !== undefined) return { kind: winCode === "80072EE2" ? "timeout" : "network", code: winCode, rank: Rank.Code };
  const timeout = timeoutIn(text);
  if (timeout !== undefined) return { kind: "timeout", code: timeout, rank: Rank.Code };
  if (curl !== undefined) return curl;

  // The client's own process out of file descriptors (`connect EMFILE 172.67.26.14:443`, under the socket's frame and a client's words
  // for the failure): the cause, wherever it stands, and its fix is fewer requests at once.
  const local = LOCAL_LIMIT_TEXT.exec(text);
  if (local !== null) return { kind: "network", code: local[0], rank: Rank.TextSpecific };
  const specific = NETWORK_SPECIFIC_TEXT.exec(text);
  if (specific !== null) return { kind: "network", code: specific[0], rank: Rank.TextSpecific };
  // A class's name is weak evidence: a client may name its every error so (shopify_graphql's `ConnectionError: Failed. Response code
  // = ACCESS_DENIED`). Words that a response came, or a reason phrase, say no network failure happened.
  const className = NETWORK_CLASS_TEXT.exec(text);
  if (className !== null && !RESPONSE_CAME.test(text) && !REASON_SAID.test(text)) return { kind: "network", code: className[0], rank: Rank.ClassName };
  const generic = NETWORK_GENERIC_TEXT.exec(text);
  if (generic !== null) return { kind: "network", code: generic[0], rank: Rank.Generic };
  return undefined;
}

/** Whether the line holding `at` is a paragraph of prose: three sentence ends (". " and a capital, or Markdown's emphasis or code) or more. */
/** Whether `at` is inside inline code (an odd count of backticks before it on its line) on a line of twenty words or more. */
function quotedInProse(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf("\n", at) + 1, at - 4000);
  const ticks = text.slice(start, at).split("`").length - 1;
  if (ticks % 2 === 0) return false;
  const nl = text.indexOf("\n", at);
  return text.slice(start, Math.min(at + 4000, nl < 0 ? text.length : nl)).split(/\s+/).length >= 20;
}

function inParagraph(text: string, at: number): boolean {
  const nl = text.indexOf("\n", at);
  const line = text.slice(Math.max(text.lastIndexOf("\n", at) + 1, at - 4000), Math.min(at + 4000, nl < 0 ? text.length : nl));
  return (line.match(/[a-z)`*\d][.!?] [A-Z*`]/g)?.length ?? 0) >= 3;
}

/**
 * The first timeout {@link TIMEOUT_TEXT} finds that is no client's setting: a request's options logged before its failure (dio's
 * "connectTimeout: 0:00:05.000000", "readTimeout=30", a Haskell Request's `responseTimeout = ResponseTimeoutDefault`), a name in
 * lower camel case before its value, name a timeout's length, not one that happened.
 */
function timeoutIn(text: string): string | undefined {
  TIMEOUT_TEXT.lastIndex = 0;
  for (let tries = 0, m = TIMEOUT_TEXT.exec(text); m !== null && tries < 16; m = TIMEOUT_TEXT.exec(text), tries++) {
    if (/^[a-z]\w*[A-Z]/.test(m[0]) && SETTING_VALUE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // Nor an AWS SDK waiter's end (`Error [TimeoutError]: {"state":"TIMEOUT","reason":"Waiter has timed out"}`, waitUntilBucketExists):
    // every call it made was answered; what it waited for never came, which no retry of a request fixes.
    if (m[0] === "TimeoutError" && /^\]?:[ \t]*\{[ \t]*"state"[ \t]*:[ \t]*"(?:TIMEOUT|ABORTED|FAILURE)"/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // Nor words in a paragraph: "(connection|read) timed out" in lower case inside a line of three sentences or more is prose ("So the
    // first read timed out at 5 minutes, botocore retried twice more ...", a write-up of a fixed bug), not a client's message
    // (openid-client's "outgoing request timed out after 3500ms", Go's "connect: connection timed out").
    if (/^[a-z]/.test(m[0]) && inParagraph(text, m.index)) continue;
    // Nor a client's message quoted as inline code in a long line of prose ("... aborted every outbound request after exactly 300000 ms
    // (`timeout of 300000ms exceeded`), regardless of the configured ...", a pull request's account of the bug it fixes).
    if (quotedInProse(text, m.index)) continue;
    TIMEOUT_TEXT.lastIndex = 0;
    return m[0];
  }
  TIMEOUT_TEXT.lastIndex = 0;
  return undefined;
}

/** A value after a setting's name (`: 0:00:05.000000`, `=30`, Haskell's record field `responseTimeout = ResponseTimeoutDefault`). */
const SETTING_VALUE = /^[ \t]*[:=]/;

/** A line of source code that catches errors by their names (Ruby's `rescue`, Python's `except`, a `catch (...)` clause), also as a diff shows it. */
const HANDLER_LINE = /^[+-]?[ \t]{0,80}(?:rescue[ \t]+(?:::)?[A-Z][^\r\n]{0,300}|except[ \t]+\(?[A-Za-z_][\w. ,()]{0,300}(?:[ \t]+as[ \t]+\w{1,40})?:|(?:\}[ \t]*)?catch[ \t]*\([ \t]*[\w.|: ]{1,300}\)[ \t]*\{?)[ \t]*\r?$/gm;

/** A `case` label of a switch whose value is a quoted code (`case 'ETIMEDOUT':`, `case "ECONNRESET":`), a label a line. */
const CASE_LABEL = /^[+-]?[ \t]{0,80}case[ \t]+(['"])[A-Za-z_][\w.]{1,60}\1[ \t]*:[ \t]*\r?$/gm;

/** Two or more error codes run together by commas (and "and" or "or"): a list in prose, none of them a failure that happened. */
const CODE_LIST_PROSE = /\b(?:E|UND_ERR_|ERR_)[A-Z_]{2,30}(?:[ \t]{0,4},[ \t]{0,4}(?:(?:and|or)[ \t]{1,4})?(?:E|UND_ERR_|ERR_)[A-Z_]{2,30}\b){1,20}/g;

/** An error's name after an article and before a verb that explains it: a sentence about the error, not one that happened. */
const EXPLAINED_NAME = /\b(?:the|a|an)[ \t]{1,4}[A-Z][A-Za-z]{1,40}(?:Error|Exception)[ \t]{1,4}(?:happens|occurs|appears|means|indicates|is (?:raised|thrown|returned) when)\b/g;

/** Three or more capitalised names run together by commas, the last after "and" or "or": a list in prose. */
const NAME_LIST_PROSE = /\b[A-Z][A-Za-z]{2,40}(?:,[ \t]{1,4}[A-Z][A-Za-z]{2,40}){1,20},?[ \t]{1,4}(?:and|or)[ \t]{1,4}[A-Z][A-Za-z]{2,40}\b/g;

/** A name alone after a list's bullet on its line: an item of a list of the failures a client retries, none that happened. */
const BULLETED_NAME = /^[ \t]{0,40}[\u2022*+-][ \t]{1,8}[A-Za-z_][\w.:]{0,80}[ \t]*$/gm;

/** One item of a list of causes: a failure's words and what causes it in brackets, in lower case ("- Connection refused (wrong port, service not running)"). */
const CAUSE_ITEM = String.raw`[ \t]{0,40}[\u2022*+-][ \t]{1,8}[A-Z][^\r\n()]{2,80}[ \t]\([a-z][^\r\n()]{2,120}\)[ \t]*`;
/** Two or more such items running on, a line each (quickwit's "Typical reasons for dispatch failures:"): a list of what may fail, none that did. */
const BULLETED_CAUSES = new RegExp(`^(?:${CAUSE_ITEM}\\r?\\n){1,40}${CAUSE_ITEM}$`, "gm");

/**
 * Or without the bullets: two or more lines that each hold only a type's name (a docs page's list of what a client retries,
 * "RequestTimeout", "ConnectionError", "HTTPClientError", one a line). A name alone on one line is still the failure a client printed.
 */
const NAME_LINES = /^(?:[ \t]*[A-Z][\w.]{2,100}[ \t]*\r?\n)+[ \t]*[A-Z][\w.]{2,100}[ \t]*\r?$/gm;

/** A quoted error code followed by another one or by the list's end: an item of a list of codes. */
const CODE_LIST_ITEM = /(['"])E[A-Z_]{2,30}\1,?(?=\s{0,60}(?:['"]E[A-Z_]{2,30}['"]|\]))/g;

/** True when a child-process error is about curl, so its numeric exit code means curl's. */
function namesCurl(value: object, message: string): boolean {
  for (const key of ["cmd", "spawnfile", "path"] as const) {
    const v = read(value, key);
    if (typeof v === "string" && /\bcurl\b/.test(v.slice(0, 4096))) return true;
  }
  return /\bcurl\b/.test(message);
}

/** `EPROTO`, `UND_ERR_INFO`, `ERR_SSL_WRONG_VERSION_NUMBER`: an upper-case error code. */
function isCodeShaped(code: string): boolean {
  return code.length <= 64 && code !== "ABORT_ERR" && /^[A-Z][A-Z0-9_]*$/.test(code) && /^(?:E|UND_ERR_|ERR_|CERT_|UNABLE_)/.test(code);
}

function isObjectLike(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

/** A property read that never throws (a getter may throw, a `Proxy` may be revoked). */
function read(value: unknown, key: string): unknown {
  if (!isObjectLike(value)) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `Array.isArray` throws on a revoked `Proxy`. */
function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function toLength(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

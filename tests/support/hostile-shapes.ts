/**
 * Hostile shapes of pasted text, each a generator of about `n` characters: the attack
 * run's reproducers (issue 13). The SDK's hostile tests check each runs in linear time;
 * `npm run bench` times each at 5 MiB. No imports and only erasable TypeScript, so that
 * the bench (plain Node) can import this file as it is.
 */

/** `unit` repeated to about `n` characters. */
export function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
}

/** [what, generator of about `n` characters]. */
export const HOSTILE_SHAPES: [string, (n: number) => string][] = [
  ["a deeply nested valid body in a response", (n) => `HTTP/1.1 500 X\r\nContent-Type: application/json\r\n\r\n${"[".repeat(n / 2)}${"]".repeat(n / 2)}`],
  ["a run of [", (n) => "[".repeat(n)],
  ["details with many keys", (n) => JSON.stringify({ error: { code: "brand_new_code", details: Object.fromEntries(Array.from({ length: n / 12 }, (_, i) => [`k${i}`, i])) } })],
  ["problem+json with many members", (n) => `HTTP/1.1 400 X\r\nContent-Type: application/problem+json\r\n\r\n` + JSON.stringify(Object.fromEntries(Array.from({ length: n / 12 }, (_, i) => [`m${i}`, i])))],
  ["a header list of many items", (n) => JSON.stringify({ status: 500, headers: { "x-a": Array.from({ length: n / 4 }, () => "v") }, body: "" })],
  ["Slack needed with many scopes", (n) => JSON.stringify({ ok: false, error: "missing_scope", needed: repeat("a:b,", n) })],
  ["a HAR with many failed entries", (n) => JSON.stringify({ log: { entries: Array.from({ length: n / 120 }, (_, i) => ({ request: { method: "GET", url: `https://x/${i}` }, response: { status: 404, headers: [], content: { text: "" } } })) } })],
  ["many header lines", (n) => "HTTP/1.1 500 X\r\n" + repeat("X-A: b\r\n", n) + "\r\nbody"],
  ["a log line repeated", (n) => repeat("Error code: 429 - {'error': {'code': 'x'}}\n", n)],
  // The third and fourth blind trials' readers: each begins at a phrase a hostile text can repeat.
  ["a client's line start repeated", (n) => repeat("HTTP Error for GET to https://a with Params: ", n)],
  ["capitalised words and colons on one line", (n) => repeat("Ab: ", n)],
  ["a method, URL and status repeated", (n) => repeat("GET https://a: 403 ", n)],
];

/**
 * The guides in `content/guides/`, in reading order: the sidebar lists them, and
 * `tests/site` checks that each one is built.
 */
export const GUIDES = [
  { slug: "catching-by-action", label: "Catching by action" },
  { slug: "recovery-patterns", label: "Recovery patterns" },
  { slug: "retries-and-backoff", label: "Retries and backoff" },
  { slug: "request-ids-and-support", label: "Request ids and support" },
  { slug: "pitfalls", label: "Pitfalls" },
  { slug: "wire-format", label: "The wire format" },
  { slug: "cli", label: "The alter-sdk command" },
] as const;

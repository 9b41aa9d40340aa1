/**
 * What an issue thread wraps around a paste: a Markdown code fence (```` ```json ````), a
 * blockquote (`> ` on every line, as a reply quotes a comment), inline backticks around the
 * whole text, or around each labelled value of a report a person wrote (with fenced blocks
 * between them). Removed before the readers look, with a warning, so that the response inside
 * reads as if pasted bare.
 *
 * Imported by both server and browser code.
 * @module
 */
import { trimBlank } from "./gates.js";
import { holdsStatusTable } from "./printout.js";

/** A fence line: three or more backticks or tildes, then an optional language tag. */
const FENCE = /^[ \t]*(`{3,}|~{3,})[^`\n]{0,40}$/;

function firstNonIndent(t: string): number {
  let i = 0;
  while (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09) i++;
  return i;
}

/** The text without the Markdown around it, and what was removed. */
export function unwrapMarkdown(t: string): { text: string; removed: string | undefined } {
  // Every form starts with ">", a backtick or a tilde after the indentation: most pastes
  // start otherwise and leave here without a line being split or matched.
  const c = t.charCodeAt(firstNonIndent(t));
  if (c !== 0x3e && c !== 0x60 && c !== 0x7e) {
    const labelled = unwrapLabelledCode(t);
    if (labelled !== undefined) return { text: trimBlank(labelled), removed: LABELLED };
    const codeLines = unwrapCodeLines(t);
    return codeLines === undefined ? { text: t, removed: undefined } : { text: trimBlank(codeLines), removed: CODE_LINES };
  }
  let text = t;
  const removed: string[] = [];
  const unquote = (): void => {
    // A blockquote: every line starts with ">" (an empty quoted line is ">" alone). Only a
    // text that starts with ">" is split into lines: most pastes are not quoted.
    const lines = /^[ \t]*>/.test(text) ? text.split("\n") : [];
    if (lines.length > 1 && lines.every((l) => /^[ \t]*>/.test(l) || l.trim() === "") && !lines.some((l) => /^[ \t]*>[ \t]*[A-Z]+ \S+ HTTP\//.test(l))) {
      text = lines.map((l) => l.replace(/^[ \t]*> ?/, "")).join("\n");
      removed.push("the blockquote marks");
    }
  };
  unquote();
  // A fenced block that starts the text (a fence inside a fence too): its content, up to the
  // fence that ends the text, else up to the first closing fence.
  for (let depth = 0; depth < 3; depth++) {
    const first = text.indexOf("\n");
    const fence = first < 0 ? null : FENCE.exec(text.slice(0, first).replace(/\r$/, ""));
    if (!fence) break;
    const rest = text.slice(first + 1).replace(/\s+$/, "");
    const lastLine = rest.slice(rest.lastIndexOf("\n") + 1);
    const closing = new RegExp(`^[ \\t]*${fence[1]![0] === "`" ? "`" : "~"}{3,}[ \\t]*\\r?$`, "m");
    if (closing.test(lastLine)) text = rest.slice(0, rest.length - lastLine.length);
    else {
      const close = rest.search(closing);
      // An empty first block (a fence right after the fence): everything up to the last fence instead.
      const lastClose = rest.lastIndexOf("\n" + fence[1]!.slice(0, 3));
      text = close < 0 ? rest : close === 0 && lastClose > 0 ? rest.slice(0, lastClose) : rest.slice(0, close);
    }
    text = trimBlank(text);
    if (depth === 0) removed.push("the code fence");
  }
  // A blockquote inside the fence (a quoted log fenced again) reads as one outside it.
  if (removed.includes("the code fence") && !removed.includes("the blockquote marks")) unquote();
  // Inline code around the whole text, also inside a fence (a body in backticks that the paste fenced again).
  if (text.startsWith("`") && text.endsWith("`") && !text.startsWith("``") && text.indexOf("`", 1) === text.length - 1) {
    text = text.slice(1, -1);
    removed.push("the backticks around it");
  }
  // Such a report may itself be fenced, or quoted: its values are unwrapped inside; so is a log in backticks a line at a time.
  const labelled = unwrapLabelledCode(text);
  const codeLines = labelled === undefined && !removed.includes("the backticks around it") ? unwrapCodeLines(text) : undefined;
  if (labelled !== undefined) {
    text = labelled;
    removed.push(LABELLED);
  } else if (codeLines !== undefined) {
    text = codeLines;
    removed.push(CODE_LINES);
  }
  return { text: removed.length ? trimBlank(text) : t, removed: removed.length ? removed.join(" and ") : undefined };
}

const LABELLED = "the backticks around the labelled values and the fences between them";

const CODE_LINES = "the backticks around each line";

/**
 * A log pasted a line at a time in inline code (each line in backticks, a span running over several lines where the log's own
 * line did: the aws CLI's "`botocore.parsers - DEBUG - Response body:" with the body below it and its closing backtick): the lines
 * bare, a person's words around them kept. Only when two spans or more open at a line's start and close at a line's end, and no
 * backtick stands anywhere else (inline code inside a sentence is prose's).
 */
function unwrapCodeLines(t: string): string | undefined {
  if (t.indexOf("`") < 0) return undefined;
  let out = "";
  let spans = 0;
  let at = 0;
  for (let open = t.indexOf("`"); open >= 0; open = t.indexOf("`", at)) {
    if (!/(?:^|\n)[ \t]*$/.test(t.slice(at, open))) return undefined;
    // A fence line around them (a person's words above it) is kept as it is.
    if (t.charCodeAt(open + 1) === 0x60) {
      const eol = t.indexOf("\n", open);
      if (!FENCE.test(t.slice(open, eol < 0 ? t.length : eol).replace(/\r$/, ""))) return undefined;
      out += t.slice(at, eol < 0 ? t.length : eol);
      at = eol < 0 ? t.length : eol;
      continue;
    }
    const close = t.indexOf("`", open + 1);
    if (close < 0) return undefined;
    const eol = t.indexOf("\n", close);
    if (t.slice(close + 1, eol < 0 ? t.length : eol).trim() !== "") return undefined;
    out += t.slice(at, open) + t.slice(open + 1, close);
    spans++;
    at = close + 1;
  }
  return spans >= 2 ? out + t.slice(at) : undefined;
}

/**
 * The content of the one fenced block a person wrote amid their words ("I get this error:", the block, "any idea how to fix
 * this?"); `undefined` when the text has no fence line, or more than two. Linear: one pass over the lines' starts.
 */
export function soleFencedBlock(t: string): string | undefined {
  const fences: { start: number; end: number }[] = [];
  for (let at = 0; at < t.length; ) {
    const nl = t.indexOf("\n", at);
    const end = nl < 0 ? t.length : nl;
    const c = t.charCodeAt(at + (t.charCodeAt(at) === 0x20 || t.charCodeAt(at) === 0x09 ? 1 : 0));
    if ((c === 0x60 || c === 0x7e) && FENCE.test(t.slice(at, end).replace(/\r$/, ""))) {
      if (fences.length === 2) return undefined;
      fences.push({ start: at, end });
    }
    at = end + 1;
  }
  if (fences.length !== 2 || fences[0]!.start === 0) return undefined;
  const block = trimBlank(t.slice(fences[0]!.end + 1, fences[1]!.start));
  return block === "" ? undefined : block;
}

/** A line that is a label and a value in backticks: "statusCode: `429`", "body: `{ ok: false }`". */
const LABELLED_CODE = /^([ \t]*[A-Za-z][\w -]{0,40}:[ \t]*)`([^`\r\n]{1,2000})`([ \t]*\r?)$/gm;

/**
 * A report a person wrote around the response's parts, each value in backticks and a block fenced between them ("statusCode:
 * `429`", "body: `{ ok: false, error: 'ratelimited' }`", "headers:" above a fenced block): the values and the block bare. Only
 * when a line is such a labelled value; `undefined` otherwise.
 */
function unwrapLabelledCode(t: string): string | undefined {
  if (t.indexOf("`") < 0) return undefined;
  LABELLED_CODE.lastIndex = 0;
  if (!LABELLED_CODE.test(t)) return undefined;
  return t.replace(LABELLED_CODE, "$1$2$3").replace(/^[ \t]*(?:`{3,}|~{3,})[^`\n]{0,40}\r?$\n?/gm, "");
}

/**
 * A docs page's source: YAML (`---`) or TOML (`+++`) front matter at its start, closed, then a Markdown heading (Box's developer
 * docs, a Hugo or Docusaurus page). The responses such a page shows are its examples, never a call's answer. (A VCR cassette also
 * starts with `---`, but its YAML runs on: no closing line and no heading after it.)
 */
export function isPageSource(t: string): boolean {
  const fm = /^(---|\+\+\+)[ \t]*\r?\n(?:[^\n]{0,400}\n){1,80}?\1[ \t]*\r?\n/.exec(t);
  return fm !== null && /^[\w-]{1,60}[ \t]*[:=]/m.test(fm[0].slice(4, 400)) && /(?:^|\n)#{1,6}[ \t]+\S/.test(t.slice(fm[0].length, fm[0].length + 4000));
}

/**
 * A commit message: its first line a Conventional Commits subject (`fix: handle empty 'Retry-After' header from GitLab`,
 * `fix(clients/gitlab): match legacy client retry policy`), then its body. The statuses it names are what the change handles
 * (python-gitlab's "When requests are throttled (HTTP response code 429), ..."), never a call's answer.
 */
export function isCommitMessage(t: string): boolean {
  return COMMIT_SUBJECT.test(t.slice(0, 200)) && /\n/.test(t);
}

/** The subject line's type, its scope in brackets and a `!` for a breaking change, then a colon and the summary in the imperative (a log's "build: Error ..." is no subject). */
const COMMIT_SUBJECT = /^(?:fix|feat|chore|docs|refactor|perf|test|tests|build|ci|style|revert)(?:\([\w./ -]{1,60}\))?!?: [a-z][^\r\n]{2,}\r?\n/;

/**
 * A library's API reference page for a class (YARD's, as rubydoc.info renders it: "Exception: Google::UserRateLimitExceededError",
 * "Inherits:", its ancestors, "Defined in:"): the status its overview names is what the class stands for, no call's answer.
 */
export function isReferencePage(t: string): boolean {
  const head = t.length > 4096 ? t.slice(0, 4096) : t;
  return head.indexOf("Inherits:") >= 0 && REFERENCE_PAGE.test(head);
}

const REFERENCE_PAGE = /(?:^|\n)[-*•]?[ \t]*Inherits:[ \t]*\r?\n(?:[^\n]{0,200}\n){1,12}?[-*•]?[ \t]*Defined in:/;

/**
 * A changelog: version headings ("## [cli-v2.3.2](...) - 2021-08-16", "## 1.4.0") over entries that say what a release did ("- Fixed:
 * ...", "- Improved: ... to go around error UNABLE_TO_GET_ISSUER_CERT_LOCALLY"). The failures it names are what releases handled.
 */
export function isChangelog(t: string): boolean {
  if (!VERSION_HEADING.test(t)) return false;
  CHANGELOG_ENTRY.lastIndex = 0;
  let entries = 0;
  while (CHANGELOG_ENTRY.exec(t) !== null && ++entries < 3);
  CHANGELOG_ENTRY.lastIndex = 0;
  return entries >= 3;
}

const VERSION_HEADING = /(?:^|\n)#{1,3}[ \t]+\[?[\w-]{0,20}?v?\d{1,4}\.\d{1,4}(?:\.\d{1,6})?\b/;
const CHANGELOG_ENTRY = /^[ \t]*[-*][ \t]+(?:Fixed|Improved|New|Added|Changed|Removed|Deprecated|Security|Updated):[ \t]/gm;

/**
 * A help article about errors: a heading that asks what they are or tells how to fix them ("What Are Rate Limits?", "How to Fix and
 * Avoid Rate Limits", "Common Rate Limit Error Messages", an announcement's "What’s the new policy?"), and sentences that talk to the
 * reader ("your formulas will return errors instead of results"; also as a list's items), at least four. The failures it quotes are
 * its examples (SheetAI's help page lists "Request timed out" and "Error 429: Too Many Requests" as what a cell may show). Or an
 * answer's "The Problem" above its "The Solution", and two such sentences. A developer's report of a failure asks in the first person.
 */
export function isHelpArticle(t: string): boolean {
  // (An answer's two headings say more than one heading: two paragraphs to the reader then, Sentry Answers' being short.)
  const need = HELP_HEADING.test(t) ? 4 : problemThenSolution(t) ? 2 : 0;
  if (need === 0) return false;
  let told = 0;
  for (const m of t.matchAll(READER_SENTENCE)) if (m[0].split(/[ \t]+/).length >= 8 && ++told >= need) return true;
  return false;
}

/**
 * A guide to an API's errors (a "common errors" reference: "401 Unauthorized -- Invalid or Expired Token", an example body, "Causes:
 * ...", "Fix: ..."; or one error's page: "Error 400: invalid_client", "Full Message:", "What It Means:", "Causes:", "Solution:"): the
 * guide's own labels (in a quote's `>` too), two kinds of them under two statuses at least, or three kinds under one.
 */
export function isErrorGuide(t: string): boolean {
  const head = t.length > 65_536 ? t.slice(0, 65_536) : t;
  const kinds = new Set<string>();
  let seen = 0;
  for (const m of head.matchAll(GUIDE_LABEL)) {
    kinds.add(m[1]!.toLowerCase().replace(/(?:es|s)$/, ""));
    if (++seen >= 40) break;
  }
  // (Or a docs table's row quoted, its "Recommended Action:" beside its "Description:": Google's "Code: 403 / Reason:
  // userRateLimitExceeded / Description: ... / Recommended Action: Retry using exponential back-off.")
  return (kinds.size >= 2 && holdsStatusTable(head, 2)) || (kinds.size >= 3 && /\b[45]\d\d\b/.test(head)) || (kinds.has("recommended action") && kinds.has("description") && /\b[45]\d\d\b/.test(head));
}

const GUIDE_LABEL = /^[ \t]*(?:>[ \t]?)?(?:\*\*)?(Causes?|Fix(?:es)?|Solutions?|Resolution|How to fix|What it means|Full message|Recommended actions?|Description)(?:\*\*)?:(?:\*\*)?(?:[ \t]|\r?$)/gim;

/**
 * A reply that shows what a response looks like: a fenced block right under a line that only says it is an example ("For example",
 * "For instance:", "Example response:", "e.g."), as an Elasticsearch maintainer shows the 403 body newer versions send. A report
 * introduces its failure in its own words ("For example, this call fails:" says more than that).
 */
export function showsAnExample(t: string): boolean {
  const head = t.length > 65_536 ? t.slice(0, 65_536) : t;
  return head.indexOf("```") >= 0 && EXAMPLE_ABOVE_FENCE.test(head);
}

const EXAMPLE_ABOVE_FENCE = /^[ \t]*(?:For example|For instance|Example(?: (?:response|body|error|output))?|e\.g\.)[ \t]*[:,.]?[ \t]*\r?\n[ \t]*```/im;

/**
 * A knowledge-base article: its headings, each a line of its own, in their order: "Applies To" or "Symptoms", then "Cause", then
 * "Solution" or "Resolution" (Okta's "HTTP 401 Okta E0000011 Invalid Token provided" Error When Calling APIs", Microsoft's
 * troubleshooting articles). The error it quotes is its subject; a developer's report of one has no solution yet.
 */
export function isKnowledgeBaseArticle(t: string): boolean {
  const head = t.length > 65_536 ? t.slice(0, 65_536) : t;
  const start = KB_SCOPE.exec(head);
  if (start === null) return false;
  const cause = KB_CAUSE.exec(head.slice(start.index + start[0].length));
  return cause !== null && KB_SOLUTION.test(head.slice(start.index + start[0].length + cause.index + cause[0].length));
}

/**
 * An API's page on one of its errors, which says in the third person when it answers with it (Twilio's error dictionary: "20429: Too
 * many requests", then "Twilio returns this error when your account exceeds allowed concurrency ..."): the failure it names is its
 * subject. A developer's paste says what came back, not when the API returns it.
 */
export function describesAnError(t: string): boolean {
  return DESCRIBES_ERROR.test(t.length > 2000 ? t.slice(0, 2000) : t);
}

const DESCRIBES_ERROR = /(?:^|[.\n][ \t]*)[A-Z][\w.'-]{1,40}(?: [A-Z][\w.'-]{1,40}){0,2} (?:returns|sends|raises|throws|responds with) this (?:error|response|status|exception) (?:when|if)\b/;

const KB_SCOPE = /^[ \t]*(?:#{1,6}[ \t]+)?(?:Applies To|Symptoms?)[ \t]*\r?$/im;
const KB_CAUSE = /^[ \t]*(?:#{1,6}[ \t]+)?Causes?[ \t]*\r?$/im;
const KB_SOLUTION = /^[ \t]*(?:#{1,6}[ \t]+)?(?:Solution|Resolution)[ \t]*\r?$/im;

/**
 * An answer article's two headings, the problem above its solution (Sentry Answers' "The Problem" and "The Solution", each on a line
 * of its own): a developer's report has the problem, not the solution.
 */
function problemThenSolution(t: string): boolean {
  // (An answer's headings are at its top: its first 64 KiB are read, not a 5 MiB HAR's every line.)
  const head = t.length > 65_536 ? t.slice(0, 65_536) : t;
  const problem = /^[ \t]*(?:#{1,6}[ \t]+)?(?:The )?Problem[ \t]*\r?$/im.exec(head);
  if (problem === null) return false;
  const solution = /^[ \t]*(?:#{1,6}[ \t]+)?(?:The )?Solution[ \t]*\r?$/im.exec(head.slice(problem.index + problem[0].length));
  return solution !== null;
}

/**
 * A page of an API's errors in Markdown: two headings at least that each start with an error status (Deepgram's "### `400` Invalid
 * JSON submitted", "### `400` Unknown request body format", each above its example bodies), under a heading of errors ("# Errors",
 * "## General API errors") that names no status. A report of two failures has its own words for a title.
 */
export function listsErrorsByStatus(t: string): boolean {
  const head = t.length > 65_536 ? t.slice(0, 65_536) : t;
  if (!/^#{1,3}[ \t]+[^\n\d]{0,60}\b(?:Errors|Error (?:codes|responses|messages))\b[^\n\d]{0,60}$/im.test(head)) return false;
  let headings = 0;
  for (const _ of head.matchAll(/^#{1,6}[ \t]+`?[45]\d\d`?[ \t]+[A-Z][^\n]{2,100}$/gm)) if (++headings >= 2) return true;
  return false;
}

/**
 * A list of what an API's statuses mean, as its docs give them and a person quotes them (Drive's "403: Daily Limit Exceeded",
 * "403: User Rate Limit Exceeded", ..., "403: The user does not have sufficient permissions for file {fileId}", under "According to
 * the latest API documentation"): three lines or more that each start with a status and a colon, in three wordings or more, beside a
 * template's placeholder or a word for docs. A client that logs one failure over and over repeats its words.
 */
export function listsStatusMeanings(t: string): boolean {
  const head = t.length > 16_384 ? t.slice(0, 16_384) : t;
  const meanings = new Set<string>();
  for (const m of head.matchAll(STATUS_MEANING_LINE)) if (meanings.add(m[1]!.trim()).size >= 3) break;
  return meanings.size >= 3 && (/\{[a-z][A-Za-z]{1,30}\}/.test(head) || /\b(?:documentation|docs)\b/i.test(head));
}

const STATUS_MEANING_LINE = /^[ \t>*-]{0,6}[45]\d\d: ([A-Z][^\r\n]{2,200})$/gm;

const HELP_HEADING =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:How to (?:Fix|Avoid|Handle|Resolve|Troubleshoot|Prevent)\b|What (?:Is|Are|Does) [^\n?]{1,60}\?|What['’]s [^\n?]{1,60}\?|Common [A-Za-z ]{0,40}(?:Errors?|Error Messages|Issues|Problems)\b|Troubleshooting\b)[^\n.]{0,80}$/im;
/** A line of prose that talks to the reader: a sentence with "you" or "your" in it, ending in a stop (also a list's item, numbered or not). */
const READER_SENTENCE = /^[ \t]*(?:(?:[-*•–]|\d{1,2}\.)[ \t]+)?(?=[A-Z])[^\n]{0,300}?\b(?:you|your)\b[^\n]{0,300}[.!:][ \t]*$/gim;

/**
 * An API's docs on what its statuses mean, their classes in one sentence (Kustomer's "2xx means success, 4xx means something about
 * the request needs to change, and 5xx means something went wrong on Kustomer's side"): the example bodies below it are no failure.
 */
export function explainsStatusClasses(t: string): boolean {
  const head = t.length > 16_384 ? t.slice(0, 16_384) : t;
  return head.indexOf("xx") >= 0 && STATUS_CLASSES.test(head);
}

const STATUS_CLASSES = /\b2xx\b[^\n]{0,200}\b4xx\b[^\n]{0,200}\b5xx\b/i;

/**
 * An architecture decision record (Nygard's form: "# ADR 0003: Proper 429 Error Details Propagation", "- Status: Proposed", "## Context",
 * "## Decision"): the responses it quotes are what the design is to handle (gemini_ex's ADR showing a 429 body, its values elided).
 */
export function isDesignRecord(t: string): boolean {
  const head = t.length > 4096 ? t.slice(0, 4096) : t;
  return head.indexOf("#") >= 0 && (ADR_HEADING.test(head) || (ADR_STATUS.test(head) && ADR_CONTEXT.test(head)));
}

const ADR_HEADING = /(?:^|\n)#{1,3}[ \t]+(?:ADR[- ]?\d{1,5}\b|Architecture Decision Record\b)/i;
const ADR_STATUS = /(?:^|\n)[-*]?[ \t]*\**Status:?\**:?[ \t]+(?:Proposed|Accepted|Deprecated|Superseded|Rejected)\b/;
const ADR_CONTEXT = /(?:^|\n)#{2,3}[ \t]+Context[ \t]*\r?(?:\n|$)/;

/**
 * An issue filed as a feature request: its template's heading asks for the feature ("### What feature are you suggesting?", GitHub's
 * "**Is your feature request related to a problem? Please describe.**"). The statuses it names are what the feature is to handle
 * ("bypass dropbox 429 too many requests"), not a failure to classify.
 */
export function isFeatureRequest(t: string): boolean {
  // (Both headings say "feature": one native search first, so that a response pays no more.)
  const head = t.length > 4096 ? t.slice(0, 4096) : t;
  return head.indexOf("feature") >= 0 && FEATURE_HEADING.test(head);
}

/**
 * A pull request's description: its template's heading asks what the change does ("## What kind of change does this PR introduce?",
 * "## What does this PR do?", "#### What this PR does"). The statuses it quotes are what the change handles (Supabase Storage's PR quoting a user's
 * `statusCode: "413"`), not a failure to classify.
 */
export function isPullRequestDescription(t: string): boolean {
  // (Every heading says "this PR" or "this pull request": one native search first, so that a response pays no more.)
  const head = t.length > 4096 ? t.slice(0, 4096) : t;
  if ((head.indexOf("this PR") >= 0 || head.indexOf("this pull request") >= 0 || head.indexOf("PR is this") >= 0) && PULL_REQUEST_HEADING.test(head)) return true;
  // Or its two parts under their own headings, the problem and the change ("## Problem" and "## Fix", "## Summary" and "## Changes":
  // Gumroad's PR quoting the `Faraday::TimeoutError` its fix rescues). An issue's report has no heading for the change it made.
  return head.indexOf("## ") >= 0 && PROBLEM_HEADING.test(head) && CHANGE_HEADING.test(head);
}

const PROBLEM_HEADING = /(?:^|\n)#{2,3}[ \t]+(?:Problem|Summary|Motivation|Context|Why)[ \t]*\r?(?:\n|$)/;
const CHANGE_HEADING = /(?:^|\n)#{2,3}[ \t]+(?:Fix|The fix|Changes|Changes made|Test plan|How (?:it was|this was) tested)[ \t]*\r?(?:\n|$)/;

/** Its templates' headings: Supabase's and Vue's, Grafana's and Kubernetes' ("#### What this PR does", "What type of PR is this?"). */
const PULL_REQUEST_HEADING =
  /(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|\*\*)(?:What kind of change does this (?:PR|pull request) introduce|What does this (?:PR|pull request) (?:do|change|implement)|What this (?:PR|pull request) does|What type of PR is this)\b/i;

// (Or a list's own heading, "Potential features:" under an issue that asks to "Handle status code 429 ... automatically", akka-http's.)
const FEATURE_HEADING =
  /(?:^|\n)[ \t]*(?:(?:#{1,6}[ \t]+|\*\*)(?:What feature (?:are you|would you like) (?:suggesting|requesting|to see)|Is your feature request related to a problem)\b|(?:Potential|Proposed|Possible|Requested) features?:[ \t]*\r?$)/im;

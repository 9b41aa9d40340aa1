/**
 * The command line of `alter-sdk`: what was asked, read with Node's `util.parseArgs` and
 * checked, or the usage error to print. Pure apart from `parseArgs`: no I/O here.
 * @module
 */
import { parseArgs } from "node:util";
import type { MapOptions, Source } from "../types.js";

/** How to call the command (printed with every usage error), under 80 columns. */
export const USAGE =
  "Usage: alter-sdk explain [FILE] [--provider ID] [--source SOURCE] [--grant ID]\n" +
  "                         [--entry N] [--json] [--color | --no-color]";

/** The help text (`--help`), each line under 80 columns. */
export const HELP = `${USAGE}

Reads a failed response from FILE (or from stdin when no FILE is given, or FILE
is -) and says which error the Alter SDK raises for it, why, and what to do.
It reads what a developer has at hand: a raw HTTP response, curl -i or curl -v
output, a HAR file, a response object, a bare error body, a logged SDK error,
a client's printout (Python requests, axios, Go...), an HTML error page or a
network error text.

Options
  --provider ID      the provider the call went to (github, google, slack...)
  --source SOURCE    which rules read an HTTP response: auto (the default),
                     backend (the Alter backend) or provider
  --grant ID         the grant the call used (fills grantId)
  --entry N          a HAR export: the index in log.entries of the entry to read
                     (by default the last failed API call)
  --json             print the explanation as JSON, secrets masked
  --color            colour even when stdout is not a terminal
  --no-color         no colour (so does a NO_COLOR environment variable)
  -h, --help         print this help
  -v, --version      print the version

Exit status
  0  the response is not an error: the SDK raises nothing
  1  the response is an error: the SDK raises the class printed
  2  the input could not be read (the reason on stderr), or a usage error
  3  alter-sdk itself failed (a bug: please report it)

Examples
  curl -si https://api.github.com/user | alter-sdk explain --provider github
  alter-sdk explain response.har --entry 12
  pbpaste | alter-sdk explain --provider google --json | jq .error.name
`;

/** What the command line asks for. */
export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "explain"; file: string | undefined; options: MapOptions; json: boolean; color: boolean | undefined }
  | { kind: "usage-error"; message: string };

const OPTIONS = {
  source: { type: "string" },
  provider: { type: "string" },
  grant: { type: "string" },
  entry: { type: "string" },
  json: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const SOURCES: readonly Source[] = ["auto", "backend", "provider"];

/** What `parseArgs` threw, as one line without Node's own advice (`To specify a positional argument...`). */
function parseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split(/\.\s|\n/)[0]!.replace(/\.$/, "");
}

/**
 * Reads the arguments after the program name (`process.argv.slice(2)`). Never throws: a
 * bad command line is a `usage-error` whose message says what is wrong.
 *
 * @param argv - The arguments, without `node` and the script.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...OPTIONS }, strict: true, allowPositionals: true, tokens: true });
  } catch (err) {
    return { kind: "usage-error", message: parseError(err) };
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (command === "help") return { kind: "help" };
  if (command === undefined) return { kind: "usage-error", message: "no command given" };
  if (command !== "explain") return { kind: "usage-error", message: `unknown command ${JSON.stringify(command)}` };
  if (rest.length > 1) return { kind: "usage-error", message: "explain reads one input: give one FILE, or none to read stdin" };

  const options: MapOptions = {};
  const source = values.source;
  if (typeof source === "string") {
    if (!(SOURCES as readonly string[]).includes(source)) return { kind: "usage-error", message: `--source must be auto, backend or provider, not ${JSON.stringify(source)}` };
    options.source = source as Source;
  }
  if (typeof values.provider === "string") {
    if (values.provider.trim() === "") return { kind: "usage-error", message: "--provider needs a provider id (github, google, slack...)" };
    options.providerId = values.provider;
  }
  if (typeof values.grant === "string") {
    if (values.grant.trim() === "") return { kind: "usage-error", message: "--grant needs a grant id" };
    options.grantId = values.grant;
  }
  if (typeof values.entry === "string") {
    const entry = /^\d{1,15}$/.test(values.entry) ? Number(values.entry) : NaN;
    if (!Number.isSafeInteger(entry)) return { kind: "usage-error", message: `--entry takes the index of a HAR entry (a whole number from 0), not ${JSON.stringify(values.entry)}` };
    options.entry = entry;
  }

  // --color and --no-color: the last one given wins.
  let color: boolean | undefined;
  for (const token of tokens ?? []) {
    if (token.kind === "option" && token.name === "color") color = true;
    if (token.kind === "option" && token.name === "no-color") color = false;
  }
  const file = rest[0] === "-" ? undefined : rest[0];
  return { kind: "explain", file, options, json: values.json === true, color };
}

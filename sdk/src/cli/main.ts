/**
 * `alter-sdk`: the SDK's command line. `alter-sdk explain [FILE]` reads a failed response
 * from a file or stdin and prints the error the SDK raises for it, why, and what to do
 * (`--json`: the explanation as JSON). `sdk/bin/alter-sdk.mjs` runs {@link main} with the
 * process's streams.
 *
 * The command is a module of its own, which only Node runs: the browser imports the SDK's
 * root (`index.js`), which never imports this directory, so neither the command nor the
 * guidance prose it prints enters the classifier's bundle.
 * @module
 */
import { readFileSync } from "node:fs";
import { AlterValueError, UNREADABLE_INPUT, explain, findProvider, maskText } from "../docs.js";
import { HELP, USAGE, parseCommandLine } from "./args.js";
import { InputError, readInput, type Stdin } from "./input.js";
import { renderJson } from "./json.js";
import { renderExplanation } from "./render.js";
import { MAX_WIDTH, colorWanted, hanging, printable } from "./text.js";

/** Where the command reads and writes: the process's streams, or a test's. */
export interface CliIO {
  /** The input when no file is named: `process.stdin`, or a test's text. */
  stdin: Stdin;
  /** Where the answer goes. `isTTY` and `columns` decide colour and width. */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Where usage and input errors go. */
  stderr: { write(text: string): unknown };
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  env: Readonly<Record<string, string | undefined>>;
}

/** The exit codes: scripts branch on them. */
export const EXIT = {
  /** The response is not an error. */
  notAnError: 0,
  /** The response is an error: the SDK raises the class printed. */
  error: 1,
  /** The input could not be read, or the command line is wrong. */
  unreadable: 2,
  /** The command itself failed: a bug. */
  bug: 3,
} as const;

/** The package's version, from `package.json` (two levels up from `src/cli/` and `dist/cli/`). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Runs the command line `argv` (the arguments after the program, `process.argv.slice(2)`)
 * and returns the exit code: 0 when the input is not an error, 1 when it is, 2 when it
 * could not be read or the command line is wrong (the reason on stderr), 3 for a bug.
 * Never throws.
 *
 * When the input is at hand (a file, or `io.stdin` given as text) the whole run happens
 * within the call, before the returned promise settles; stdin's stream is awaited.
 *
 * @param argv - The arguments: `["explain", "response.har", "--entry", "3"]`.
 * @param io - The streams and the environment.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    switch (cmd.kind) {
      case "help":
        io.stdout.write(HELP);
        return EXIT.notAnError;
      case "version":
        io.stdout.write(`${version()}\n`);
        return EXIT.notAnError;
      case "usage-error":
        io.stderr.write(`alter-sdk: ${cmd.message}\n${USAGE}\nRun alter-sdk --help for the options.\n`);
        return EXIT.unreadable;
    }

    let text: string;
    try {
      const read = readInput(cmd.file, io.stdin);
      text = typeof read === "string" ? read : await read;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`${err.message}\n${err.usage ? `${USAGE}\n` : ""}`);
      return EXIT.unreadable;
    }

    let x: ReturnType<typeof explain>;
    try {
      x = explain(text, cmd.options);
    } catch (err) {
      if (!(err instanceof AlterValueError)) throw err;
      // The message may quote the input's first characters: masked and printable, as everything shown.
      io.stderr.write(`alter-sdk: ${printable(maskText(err.message))}\n`);
      // For a text no reader knows, what it reads: a list below the message, one form to a line, not a paragraph.
      const accepted = err.details.sdk_reason === UNREADABLE_INPUT ? err.details.accepted : undefined;
      if (Array.isArray(accepted)) {
        const lines = accepted.flatMap((form) => hanging("  - ", String(form), 4, MAX_WIDTH));
        io.stderr.write(`\nIt reads:\n${lines.join("\n")}\n`);
      }
      return EXIT.unreadable;
    }

    const named = cmd.options.providerId;
    if (named !== undefined && !findProvider(named)) {
      io.stderr.write(`alter-sdk: note: --provider ${printable(JSON.stringify(named))} is not a provider the SDK knows; the generic provider rules read it.\n`);
    }
    if (cmd.json) io.stdout.write(renderJson(x));
    else {
      const tty = io.stdout.isTTY === true;
      const color = colorWanted(cmd.color, io.env, tty);
      const cols = tty && typeof io.stdout.columns === "number" && io.stdout.columns > 0 ? io.stdout.columns : MAX_WIDTH;
      io.stdout.write(renderExplanation(x, { color, width: Math.min(cols, MAX_WIDTH) }).join("\n") + "\n");
    }
    return x.error ? EXIT.error : EXIT.notAnError;
  } catch (err) {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr.write(`alter-sdk: unexpected failure (a bug in alter-sdk; please report it with the input, secrets removed):\n${detail}\n`);
    return EXIT.bug;
  }
}

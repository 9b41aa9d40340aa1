/**
 * Reading the input of `alter-sdk explain`: a file, or stdin, as UTF-8. Never more than
 * the SDK reads: past 5 MiB (and a byte), reading stops and the SDK's own size error
 * follows. A file is read synchronously; stdin as a stream.
 * @module
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { MAX_INPUT_BYTES } from "../docs.js";
import { printable } from "./text.js";

/** What stdin can be: Node's `process.stdin` (an async iterable of chunks), or, in tests, the text itself. */
export type Stdin = string | (AsyncIterable<Uint8Array | string> & { isTTY?: boolean });

/** Input that could not be read (a missing file, a directory, stdin a terminal): the message says why. */
export class InputError extends Error {
  override readonly name = "InputError";
  /** Whether the usage line should follow the message. */
  readonly usage: boolean;
  constructor(message: string, usage = false) {
    super(message);
    this.usage = usage;
  }
}

/** More than the SDK reads: one byte over its limit is enough for its size error. */
const CAP = MAX_INPUT_BYTES + 1;

const decoder = new TextDecoder("utf-8");

/** Node's error codes, in words. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
};

/**
 * The text of `file`, or of stdin when `file` is undefined. A string when it is at hand
 * (a file, or a test's text), a promise for stdin's stream.
 *
 * @throws {@link InputError} when stdin is a terminal (nothing was piped in: the command
 *   would wait for typing), or the file cannot be opened or read.
 */
export function readInput(file: string | undefined, stdin: Stdin): string | Promise<string> {
  if (file !== undefined) return readFile(file);
  if (typeof stdin === "string") return stdin;
  if (stdin.isTTY) throw new InputError("alter-sdk explain: no input. Pipe a response in, or name a file.", true);
  return readStream(stdin);
}

function readFile(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Read in chunks until the end or the cap: a FIFO or /dev/stdin has no size to trust.
    while (total < CAP) {
      const chunk = new Uint8Array(Math.min(1 << 20, CAP - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    return decoder.decode(concat(chunks, total));
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = typeof code === "string" ? (FILE_ERRORS[code] ?? code) : err instanceof Error ? err.message : String(err);
    throw new InputError(`alter-sdk: cannot read ${printable(file)}: ${why}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  try {
    for await (const piece of stream) {
      const bytes = typeof piece === "string" ? encoder.encode(piece) : piece;
      const room = CAP - total;
      chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
      total += Math.min(bytes.length, room);
      // Enough for the SDK's size error: stop reading (leaving the loop closes the stream).
      if (total >= CAP) break;
    }
  } catch (err) {
    throw new InputError(`alter-sdk: cannot read stdin: ${err instanceof Error ? err.message : String(err)}`);
  }
  return decoder.decode(concat(chunks, total));
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

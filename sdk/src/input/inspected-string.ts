/**
 * A long string Node's `util.inspect` printed in pieces, one per line of its text, joined by
 * `+` (`body: '{\n' +` then `'  "error": {\n' +` ...): what `console.log` shows of an
 * error's `stdout`, or of a pretty-printed JSON body (Stripe's) kept as a string. The pieces
 * are joined back into the text they came from, escapes decoded, so that the readers see the
 * body as it was sent. Found by its signature, two pieces in a row that end a line of their
 * text (`\n' +`): code that joins strings does not end each in `\n`.
 *
 * Imported by both server and browser code.
 * @module
 */

/** A piece: a single-quoted string literal that ends with an escaped line break, then ` +` at the end of the line. */
const PIECE_END = /\\n' \+\r?$/;
/** A continuation line: indentation, a piece, then ` +`, or `,` or nothing when it is the last. */
const PIECE = /^[ \t]*'((?:[^'\\\r\n]|\\.){0,20000})'( \+)?(,?)[ \t]*\r?$/;
/** The first piece, after its indentation and the member it is the value of (`stdout: `, `'x-body': `). */
const FIRST = /^([ \t]*(?:[\w$]{1,100}: |'[^'\r\n]{1,100}': )?)'((?:[^'\\\r\n]|\\.){0,20000})' \+\r?$/;

/** JavaScript's escapes in a single-quoted literal as util.inspect writes them. */
function unescape(s: string): string {
  return s.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/g, (_m, hex: string | undefined, uni: string | undefined, c: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : uni ? String.fromCharCode(parseInt(uni, 16)) : c === "n" ? "\n" : c === "t" ? "\t" : c === "r" ? "\r" : c,
  );
}

/** The text with each string printed in pieces joined back, or `undefined` when it has none. One pass over its lines. */
export function joinInspectedStrings(t: string): string | undefined {
  if (t.indexOf("\\n' +") < 0) return undefined;
  const lines = t.split("\n");
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = PIECE_END.test(lines[i]!) && PIECE_END.test(lines[i + 1] ?? "") ? FIRST.exec(lines[i]!) : null;
    if (!first) {
      out.push(lines[i]!);
      continue;
    }
    let text = first[2]!;
    let end = "";
    let j = i + 1;
    for (; j < lines.length; j++) {
      const piece = PIECE.exec(lines[j]!);
      if (!piece) break;
      text += piece[1]!;
      if (!piece[2]) {
        end = piece[3]!;
        break;
      }
    }
    if (j === lines.length || !PIECE.test(lines[j]!)) {
      // Not closed (cut off): its lines stay as they were, and are not read again.
      out.push(...lines.slice(i, j));
      i = j - 1;
      continue;
    }
    out.push(`${first[1]!}${unescape(text)}${end}`);
    joined++;
    i = j;
  }
  return joined > 0 ? out.join("\n") : undefined;
}

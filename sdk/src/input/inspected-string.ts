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

/**
 * A piece: a string literal that ends with an escaped line break, then ` +` at the end of the line. util.inspect quotes a piece
 * with `'`, or with `"` when it holds a `'`, or with a backtick when it holds both (Customer.io's `"value for attribute 'x' ..."`).
 */
const PIECE_END = /\\n['"`] \+\r?$/;
/** One literal in any of the three quotes, its text as group 1, 2 or 3. */
const LITERAL = `(?:'((?:[^'\\\\\\r\\n]|\\\\.){0,20000})'|"((?:[^"\\\\\\r\\n]|\\\\.){0,20000})"|\`((?:[^\`\\\\\\r\\n]|\\\\.){0,20000})\`)`;
/** A continuation line: indentation, a piece, then ` +`, or `,` or nothing when it is the last. */
const PIECE = new RegExp(`^[ \\t]*${LITERAL}( \\+)?(,?)[ \\t]*\\r?$`);
/** The first piece, after its indentation and the member it is the value of (`stdout: `, `'x-body': `). */
const FIRST = new RegExp(`^([ \\t]*(?:[\\w$]{1,100}: |'[^'\\r\\n]{1,100}': )?)${LITERAL} \\+\\r?$`);

/** The text of the literal a PIECE or FIRST match read, in whichever quotes, starting at group `at`. */
const literalOf = (m: RegExpExecArray, at: number): string => m[at] ?? m[at + 1] ?? m[at + 2] ?? "";

/** JavaScript's escapes in a single-quoted literal as util.inspect writes them. */
function unescape(s: string): string {
  return s.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/g, (_m, hex: string | undefined, uni: string | undefined, c: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : uni ? String.fromCharCode(parseInt(uni, 16)) : c === "n" ? "\n" : c === "t" ? "\t" : c === "r" ? "\r" : c,
  );
}

/** The text with each string printed in pieces joined back, or `undefined` when it has none. One pass over its lines. */
export function joinInspectedStrings(t: string): string | undefined {
  if (t.indexOf("\\n' +") < 0 && t.indexOf('\\n" +') < 0 && t.indexOf("\\n` +") < 0) return undefined;
  const lines = t.split("\n");
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = PIECE_END.test(lines[i]!) && PIECE_END.test(lines[i + 1] ?? "") ? FIRST.exec(lines[i]!) : null;
    if (!first) {
      out.push(lines[i]!);
      continue;
    }
    let text = literalOf(first, 2);
    let end = "";
    let j = i + 1;
    for (; j < lines.length; j++) {
      const piece = PIECE.exec(lines[j]!);
      if (!piece) break;
      text += literalOf(piece, 1);
      if (!piece[4]) {
        end = piece[5]!;
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

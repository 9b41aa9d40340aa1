/**
 * The box a terminal UI draws around an error: Rich's traceback panel and boxen's or Ink's
 * frames (`╭─ error ─╮`, `│ ... │` on every line, `╰──╯`), as people copy them from their
 * terminal, often with lines outside it (Rich prints the exception below its panel, a person
 * adds a sentence). Border lines are dropped and the edges of framed lines removed, with a
 * warning, so that the text inside reads as if pasted bare; other lines stay as they are.
 * Lines inside a frame are wrapped at its width: the readers that know a printout read its
 * words across line breaks.
 *
 * Imported by both server and browser code.
 * @module
 */

/**
 * A border line: a corner, then box-drawing lines and any title between them; or Terraform's, a half edge alone on its line (`╷`
 * above its diagnostic, `╵` below).
 */
const BORDER = /^[ \t]*(?:[╭┌╰└┏┗][^\n]{0,400}[╮┐╯┘┓┛]|[╷╵])[ \t]*\r?$/;
/**
 * A framed line's left edge. Not the trunk of a tree drawn with the same characters (`│ ├── ServerException`, a docs page's
 * class hierarchy; `│   └── x`): a branch or another trunk follows it there, text follows a frame's edge.
 */
const LEFT = /^[ \t]*[│┃](?![ \t]*[├└│┃])/;
const EDGES = "│┃";

/** The text without the frame around (part of) it, or `undefined` when it has none: two framed lines at least. */
export function unwrapFrame(t: string): string | undefined {
  // Most pastes hold no box-drawing edge: they leave here unsplit.
  if (t.indexOf("│") < 0 && t.indexOf("┃") < 0) return undefined;
  const lines = t.split("\n");
  const framed: boolean[] = [];
  let count = 0;
  let indent = Infinity;
  const out = lines.map((line, i) => {
    const left = LEFT.exec(line);
    framed[i] = left !== null;
    if (!left) return line;
    count++;
    // The content, without the right edge when the frame has one (trimmed by hand: a pattern for both ends backtracks on long runs of spaces).
    let content = line.slice(left[0].length).trimEnd();
    if (content !== "" && EDGES.includes(content.charAt(content.length - 1))) content = content.slice(0, -1).trimEnd();
    if (content !== "") indent = Math.min(indent, content.length - content.trimStart().length);
    return content;
  });
  if (count < 2) return undefined;
  // The frame's padding is no indentation of the text inside (an indented line would read as a header's continuation).
  const pad = indent === Infinity ? 0 : indent;
  return out
    .flatMap((line, i) => (BORDER.test(lines[i]!) ? [] : [framed[i] ? line.slice(pad) : line]))
    .join("\n")
    .trim();
}

/**
 * Text for a terminal: what a value may show (no control characters from pasted text),
 * how wide it is, how it wraps to a width, and colour (ANSI SGR) when it is on. Pure.
 * @module
 */

/** The widest line the command prints. */
export const MAX_WIDTH = 80;

/**
 * Whether to colour: `--color`/`--no-color` first, then `FORCE_COLOR` (on unless `0` or
 * `false`), then `NO_COLOR` (set to any value: off), then `TERM=dumb` (off), then whether
 * stdout is a terminal. The order of Node's own `getColorDepth`.
 */
export function colorWanted(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined) return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** The styles the output uses. */
export type Style = "bold" | "dim" | "red" | "green" | "yellow" | "cyan";

const SGR: Record<Style, readonly [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** Paints text in styles; the identity when colour is off. */
export type Paint = (text: string, ...styles: Style[]) => string;

/** A painter: ANSI SGR sequences when `on`, none otherwise. */
export function painter(on: boolean): Paint {
  if (!on) return (text) => text;
  return (text, ...styles) => {
    if (text === "" || styles.length === 0) return text;
    const open = styles.map((s) => SGR[s][0]).join(";");
    const close = [...new Set(styles.map((s) => SGR[s][1]))].join(";");
    return `\x1b[${open}m${text}\x1b[${close}m`;
  };
}

/**
 * Colours the `code` of wrapped prose: what stands between backticks is cyan and the
 * backticks go. A code span may run across lines. Without colour, the lines are returned
 * as they are (the backticks say it).
 */
export function paintCode(lines: readonly string[], paint: Paint, base: Style[] = []): string[] {
  const probe = paint("x", "cyan");
  if (probe === "x") return [...lines];
  let inCode = false;
  return lines.map((line) => {
    let out = "";
    let start = 0;
    const flush = (end: number) => {
      const part = line.slice(start, end);
      out += inCode ? paint(part, "cyan") : paint(part, ...base);
    };
    for (let i = 0; i < line.length; i++) {
      if (line.charCodeAt(i) !== 0x60) continue;
      flush(i);
      inCode = !inCode;
      start = i + 1;
    }
    flush(line.length);
    return out;
  });
}

/**
 * Text from pasted input made safe to print: a control character (an escape sequence
 * could retitle or rewrite the terminal), a C1 control or a bidirectional override
 * (which reorders what is shown) is written as its escape (`\x1B`, `\u202E`); a CRLF
 * becomes a line break, a lone CR is shown as `\r`, and a tab becomes two spaces.
 */
export function printable(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(/[\x00-\x09\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => {
    if (c === "\t") return "  ";
    if (c === "\r") return "\\r";
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** How many columns a character takes: 2 for East Asian wide and emoji, 0 for combining marks. */
function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200d) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** The columns `text` takes on a terminal (text without escape sequences). */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += charWidth(ch.codePointAt(0)!);
  return n;
}

/** `text` cut to at most `max` columns (whole characters). */
export function takeColumns(text: string, max: number): string {
  let n = 0;
  let end = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (n + w > max) break;
    n += w;
    end += ch.length;
  }
  return text.slice(0, end);
}

/**
 * Wraps text to `width` columns: at spaces where it can, through a word only when the word
 * alone is wider than a line (it then starts on the current line when there is room).
 * Each LF starts a new line; the leading spaces of the text's lines are kept. Linear in
 * the text.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  const w = Math.max(width, 8);
  for (const para of text.split("\n")) {
    const indent = /^ */.exec(para)![0];
    let line = indent;
    let used = columns(indent);
    let empty = true;
    for (const word of para.slice(indent.length).split(" ")) {
      if (word === "") continue;
      const ww = columns(word);
      if (used + (empty ? 0 : 1) + ww <= w) {
        line += (empty ? "" : " ") + word;
        used += (empty ? 0 : 1) + ww;
        empty = false;
        continue;
      }
      if (ww <= w) {
        if (!empty) out.push(line);
        line = word;
        used = ww;
        empty = false;
        continue;
      }
      // Wider than any line: broken, character by character.
      if (!empty) {
        if (used + 2 < w) {
          line += " ";
          used += 1;
        } else {
          out.push(line);
          line = "";
          used = 0;
        }
      }
      for (const ch of word) {
        const cw = charWidth(ch.codePointAt(0)!);
        if (used + cw > w && used > 0) {
          out.push(line);
          line = "";
          used = 0;
        }
        line += ch;
        used += cw;
      }
      empty = false;
    }
    out.push(line);
  }
  return out;
}

/** `text` cut to `max` characters, with "… (N more characters)" when it was longer. */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/**
 * A label and its text: the label in the first `labelWidth` columns, the text wrapped in
 * the rest, its following lines under the text (a hanging indent).
 */
export function hanging(label: string, text: string, labelWidth: number, width: number): string[] {
  const lines = wrap(text, width - labelWidth);
  const pad = " ".repeat(labelWidth);
  return lines.map((l, i) => (i === 0 ? label.padEnd(labelWidth) : pad) + l);
}

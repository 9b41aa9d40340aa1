/**
 * The small Markdown of the SDK's doc comments and tables, parsed into tokens that Astro
 * components render as text (never as HTML): paragraphs, `-` lists, fenced code, and inline
 * `code` and [links](/path/).
 */

export type Inline = { kind: "text"; text: string } | { kind: "code"; text: string } | { kind: "link"; href: string; label: Inline[] };

export type Block =
  | { kind: "p"; inlines: Inline[] }
  | { kind: "ul"; items: Inline[][] }
  | { kind: "code"; lang: string; code: string };

const INLINE = /`([^`]+)`|\[((?:`[^`]*`|[^\]])+)\]\(([^)\s]+)\)/g;

/** Inline tokens of one line or paragraph; line breaks become spaces. */
export function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  const src = text.replace(/\s*\n\s*/g, " ");
  let last = 0;
  for (const m of src.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: "text", text: src.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: "code", text: m[1] });
    else out.push({ kind: "link", href: m[3]!, label: inlines(m[2]!) });
    last = m.index + m[0].length;
  }
  if (last < src.length) out.push({ kind: "text", text: src.slice(last) });
  return out;
}

/** Block tokens: fenced code, `-` lists and paragraphs separated by blank lines. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  const lines = text.split("\n");
  let para: string[] = [];
  let list: string[] | undefined;
  const flush = () => {
    if (para.length) out.push({ kind: "p", inlines: inlines(para.join("\n")) });
    if (list) out.push({ kind: "ul", items: list.map(inlines) });
    para = [];
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*```(\w*)\s*$/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !/^\s*```\s*$/.test(lines[i]!)) code.push(lines[i]!);
      out.push({ kind: "code", lang: fence[1] || "ts", code: code.join("\n") });
    } else if (/^\s*-\s+/.test(line)) {
      if (para.length) {
        out.push({ kind: "p", inlines: inlines(para.join("\n")) });
        para = [];
      }
      (list ??= []).push(line.replace(/^\s*-\s+/, ""));
    } else if (line.trim() === "") {
      flush();
    } else if (list && /^\s+/.test(line)) {
      list[list.length - 1] += " " + line.trim();
    } else {
      if (list) flush();
      para.push(line);
    }
  }
  flush();
  return out;
}

/** Plain text, for meta descriptions and JSON: code marks and link targets dropped. */
export function plainText(text: string): string {
  return text
    .replace(/\[((?:`[^`]*`|[^\]])+)\]\([^)\s]+\)/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

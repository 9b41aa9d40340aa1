/**
 * A message Python printed as the tuple of its pieces, a logger given them as one argument (Wazuh's Office 365 script: `('Request ',
 * 'GET', ' ', 'https://manage.office.com/...', ' failed with ', 400, ' - ', '{"error":{...}}')`): joined back into the message they
 * make ("Request GET https://... failed with 400 - {...}"), so that the readers see it as printed. Found by its signature: four
 * pieces at least, a number among them, and pieces that begin or end with a blank (the words around the values): a tuple of values
 * (`('ratelimited', "You've exceeded ...")`) has none.
 *
 * Imported by both server and browser code.
 * @module
 */

/** One piece: a string in Python's repr (its quotes, backslash escapes), or an integer. */
const PIECE = /^(?:'((?:[^'\\\r\n]|\\.){0,65536})'|"((?:[^"\\\r\n]|\\.){0,65536})"|(-?\d{1,12}))/;
/** Tuples looked at, at most: each is read piece by piece from its bracket. */
const MAX_TRIES = 20;

/** The text with the first tuple of a message's pieces joined, or `undefined` when it has none. */
export function joinTuplePieces(t: string): string | undefined {
  let tries = 0;
  for (let open = t.indexOf("('"); open >= 0 && tries < MAX_TRIES; open = t.indexOf("('", open + 2), tries++) {
    const pieces: string[] = [];
    let blanks = 0;
    let numbers = 0;
    let p = open + 1;
    for (;;) {
      const m = PIECE.exec(t.slice(p, p + 65540));
      if (!m) break;
      p += m[0].length;
      if (m[3] !== undefined) {
        numbers++;
        pieces.push(m[3]);
      } else {
        const s = (m[1] ?? m[2]!).replace(/\\(?:x([0-9a-fA-F]{2})|(.))/g, (_x, hex: string | undefined, c: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : c === "n" ? "\n" : c === "t" ? "\t" : c));
        if (/^[ \t]|[ \t]$/.test(s)) blanks++;
        pieces.push(s);
      }
      if (t.startsWith(", ", p)) p += 2;
      else break;
    }
    if (t.charAt(p) !== ")" || pieces.length < 4 || numbers === 0 || blanks < 2) continue;
    return t.slice(0, open) + pieces.join("") + t.slice(p + 1);
  }
  return undefined;
}

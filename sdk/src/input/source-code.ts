/**
 * A source file pasted whole (a Java class, a Swift, C# or Python file): its comments may quote a log of an old failure (an OkHttp
 * interceptor's `// <-- 429 https://api.tvmaze.com/...` above the code that handles it), which says nothing of a call that
 * failed now. Such a file is read with its comment lines blanked; a failure printed below the code still reads.
 *
 * Imported by both server and browser code.
 * @module
 */

/**
 * A declaration only a source file starts with: a package, an import, a `using`, an `#include`, Ruby's `require 'gem'`, JavaScript's
 * `const x = require('x')` and `import x from 'x'`.
 */
const DECLARATION =
  /(?:^|\n)[ \t]*(?:package[ \t]+[\w.]+;?|import[ \t]+(?:static[ \t]+)?[\w.*]+;|using[ \t]+[\w.]+;|#include[ \t]*[<"]|from[ \t]+[\w.]{1,100}[ \t]+import[ \t]+[\w, ]{1,200}|require(?:_relative)?[ \t]+['"][\w/.-]{1,100}['"]|(?:const|let|var)[ \t]+[\w{}, ]{1,200}=[ \t]*require\(['"][\w@/.-]{1,100}['"]\);?|import[ \t]+[\w{}*, ]{1,200}[ \t]from[ \t]+['"][\w@/.-]{1,100}['"];?)[ \t]*\r?(?=\n|$)/;
/** A word only a declaration of {@link DECLARATION} holds. */
const DECLARATION_WORD = /import|package|using|#include|require/;
/**
 * A type or function declared (`public class X`, `func x(`, `struct X`), Ruby's handler of an error class (`rescue Foo::Error =>
 * error`), or a function a Node module exports (`exports.handler = async function(...)`, a serverless function's).
 */
const DEFINITION =
  /(?:^|\n)[ \t]*(?:(?:(?:public|private|protected|internal|open|final|static|abstract|export|async)[ \t]+){0,4}(?:class|interface|struct|enum|func|fun|function|def)[ \t]+\w{1,100}|rescue[ \t]+[A-Z][\w:]{0,100}[ \t]*=>[ \t]*\w|(?:module\.)?exports\.\w{1,100}[ \t]*=[ \t]*(?:async[ \t]+)?(?:function\b|\())/;
/** A line of comment only: `// ...`, `/* ...`, ` * ...`, `*\/`, Python's `# ...` (not a shebang's `#!`). */
const COMMENT_LINE = /^[ \t]*(?:\/\/|\/\*|\*|#(?!!))[^\n]*$/gm;
/**
 * A comment after code on its line (`puts error.message # 'the server responded with status 429'`, a README's example of what a
 * client prints): what the code would print, not what a call got. After a blank, so a URL's `//` and a `#` in a word stay.
 */
const TRAILING_COMMENT = /(?<=\S)[ \t]+(?:#|\/\/)[ \t][^\n]*$/gm;

/** The text with its comment lines blanked, when it is a source file with comment lines; `undefined` for any other. */
export function blankSourceComments(t: string): string | undefined {
  // A PowerShell script's block comments (its help: "<# .DESCRIPTION Beispielcode, wie man mit HTTP 429 (Too Many Requests) umgeht #>"):
  // no other text opens a line with `<#`.
  const powershell = withoutPowerShellBlocks(t);
  if (powershell !== undefined) return powershell.replace(/^\s+/, "");
  // Most pastes hold none of these words: a cheap look first.
  // (One scan for the five words: five searches cost a 100 KB body four times as much, "require" alone most.)
  if (!DECLARATION_WORD.test(t)) return undefined;
  if (!DECLARATION.test(t) || !DEFINITION.test(t)) return undefined;
  const blanked = withoutBlockComments(t).replace(COMMENT_LINE, "").replace(TRAILING_COMMENT, "");
  // From its first line left, so that a refusal quotes the code, not a blank a licence header left.
  return blanked === t ? undefined : blanked.replace(/^\s+/, "");
}

/** `t` without the PowerShell block comments that open a line (`<#` to `#>`), each left as its line breaks; `undefined` when it has none. */
function withoutPowerShellBlocks(t: string): string | undefined {
  let out = "";
  let from = 0;
  for (let open = t.indexOf("<#"); open >= 0; open = t.indexOf("<#", open + 2)) {
    if (open < from || !/^[ \t]*$/.test(t.slice(t.lastIndexOf("\n", open) + 1, open))) continue;
    const close = t.indexOf("#>", open + 2);
    if (close < 0) break;
    out += t.slice(from, open) + t.slice(open, close + 2).replace(/[^\n]+/g, "");
    from = close + 2;
  }
  return from === 0 ? undefined : out + t.slice(from);
}

/**
 * `t` without its block comments (`/* ... *\/`), each left as its line breaks: code commented out inside one (a handler's `return {
 * statusCode: 200, ... }`) is no more the file's than a line comment. One pass; a comment never closed runs to the end.
 */
function withoutBlockComments(t: string): string {
  let out = "";
  let from = 0;
  for (let open = t.indexOf("/*"); open >= 0; open = t.indexOf("/*", from)) {
    const close = t.indexOf("*/", open + 2);
    const end = close < 0 ? t.length : close + 2;
    out += t.slice(from, open) + t.slice(open, end).replace(/[^\n]+/g, "");
    from = end;
    if (close < 0) break;
  }
  return out + t.slice(from);
}


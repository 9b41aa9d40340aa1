#!/usr/bin/env node
// `alter-sdk`: runs the built command line (dist/cli/main.js) with this process's streams.
// The command is TypeScript under src/cli/; `npm run build` compiles it.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("alter-sdk: run `npm run build` first\n");
  process.exit(2);
}
// `alter-sdk explain | head` closes stdout early: stop quietly, as other commands do.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

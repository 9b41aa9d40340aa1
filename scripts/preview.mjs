// Serves the built site (dist/) with `astro preview` on a free port, for the scripts that
// need it (Lighthouse, screenshots). `stop()` ends only the server this started.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync } from "node:fs";

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

export async function startPreview() {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` first.");
  const port = await freePort();
  // process.execPath: the pinned Node (plain `node` on PATH may be too old for Astro);
  // --ignore-lock: Astro 7 allows one tracked preview per project, and may background it.
  const child = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)], {
    // Not inherited: a server outliving this script must not hold its caller's pipes open.
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (chunk) => (log += chunk));
  const stop = () => {
    child.kill("SIGTERM");
    // Astro's server may wait for open connections on SIGTERM: do not let it outlive us.
    setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 2000).unref();
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url + "/")).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`astro preview did not start on ${url}:\n${log}`);
}

// Adds lockfile entries for platform-specific optional dependencies that `npm install`
// left out because the registry reachable here does not serve that version for other
// platforms. Without them `npm ci` refuses the lockfile ("Missing: ... from lock file").
// Each added entry is `optional` with the platform's os/cpu/libc, so npm skips it on a
// machine of another platform and fetches it (from a full registry) on its own.
// Run after any `npm install` that rewrites package-lock.json.
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pkgs[key] || pkgs[`${path}/${key}`]) continue;
    // os/cpu/libc are the same across versions of a platform package: read the newest one served.
    const meta = JSON.parse(execFileSync("npm", ["view", dep, "os", "cpu", "libc", "--json"], { encoding: "utf8" }) || "{}");
    pkgs[key] = {
      version,
      ...(meta.cpu ? { cpu: meta.cpu } : {}),
      dev: entry.dev ?? undefined,
      ...(meta.libc ? { libc: meta.libc } : {}),
      optional: true,
      ...(meta.os ? { os: meta.os } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)));
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`lock-platforms: added ${added} platform entries`);

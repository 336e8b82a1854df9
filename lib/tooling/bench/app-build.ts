import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild } from "./server";

/**
 * A small Next app the benchmarks compare the portal with, written to `dir` (under .data/) from
 * `files` and built by this repository's own `next`; built again only when its files or Next's
 * version change (or when `force`). Packages resolve from this repository's node_modules (Node
 * walks up from .data/…).
 */
export async function ensureAppBuilt(dir: string, files: Record<string, string>, log: (line: string) => void, force = false): Promise<string> {
  const nextVersion = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
  const version = `${nextVersion} ${createHash("sha256").update(JSON.stringify(files)).digest("hex")}`;
  const stamp = path.join(dir, "built-with.txt");
  const current = !force && existsSync(stamp) && readFileSync(stamp, "utf8") === version;
  if (!current) {
    rmSync(dir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  }
  await ensureBuild(!current, log, dir);
  writeFileSync(stamp, version);
  return dir;
}

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuild } from "./server";

/**
 * The JavaScript baseline: the smallest App Router app there is (a root layout with <html> and
 * <body>, one page with a heading, no client components), built by this repository's own `next`
 * with its defaults. Whatever it ships is the framework's fixed cost (React, the router, the RSC
 * runtime); the portal's pages can only add to it. Kept under .data/ and rebuilt when Next or these files change.
 */
export const bareAppDir = ".data/bench-js/bare-app";

const files: Record<string, string> = {
  // Its own (empty) configuration: without one, Next would pick up the portal's from the parent folders.
  "next.config.mjs": "export default {};\n",
  "app/layout.jsx": `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return (\n    <main>\n      <h1>Bare page</h1>\n      <p>No client components.</p>\n    </main>\n  );\n}\n`,
};

export async function ensureBareApp(log: (line: string) => void): Promise<string> {
  const nextVersion = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string }).version;
  const version = `${nextVersion} ${createHash("sha256").update(JSON.stringify(files)).digest("hex")}`;
  const stamp = path.join(bareAppDir, "built-with.txt");
  const current = existsSync(stamp) && readFileSync(stamp, "utf8") === version;
  if (!current) {
    rmSync(bareAppDir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(bareAppDir, file)), { recursive: true });
      writeFileSync(path.join(bareAppDir, file), text);
    }
  }
  // Packages resolve from this repository's node_modules (Node walks up from .data/bench-js/bare-app).
  await ensureBuild(!current, log, bareAppDir);
  writeFileSync(stamp, version);
  return bareAppDir;
}

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ensureAppBuilt } from "./app-build";

/**
 * The floor the portal's pages are compared with: a bare Next app (sources in
 * lib/tooling/bench/floor-app/, built under .data/bench-floor/bare-app by this repository's Next)
 * with the portal's CSP-nonce proxy but no Auth.js, dynamic pages that run the portal's own SQL for
 * each scenario (captured by floor-capture.ts) and render the main rows as a plain table, a POST
 * handler for the account search's form, and /api/health with `select 1`. What the portal costs
 * above it is the portal's own work: auth, React rendering of its pages, its lib/ code.
 */
export const floorAppDir = ".data/bench-floor/bare-app";
const sourceDir = "lib/tooling/bench/floor-app";
const cspModule = "lib/platform/security/content-security-policy.ts";

function filesUnder(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) Object.assign(files, filesUnder(full, `${prefix}${entry}/`));
    else files[`${prefix}${entry}`] = readFileSync(full, "utf8");
  }
  return files;
}

/**
 * The portal's CSP module as JavaScript: its text with the types stripped. (Turbopack does build an
 * import of the .ts file from outside the bare app's folder, as the repository's lockfile makes the
 * repository its root: tried with Next 16.4. The copy keeps the bare app standalone, wherever it is
 * written, and is the text it runs.) It must import nothing but next/server to be the same code.
 */
export function cspModuleAsJavaScript(source = readFileSync(cspModule, "utf8")): string {
  const imports = [...source.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1]);
  if (imports.some((specifier) => specifier !== "next/server")) {
    throw new Error(`${cspModule} must import only next/server to be copied into the bare app (it imports ${imports.join(", ")})`);
  }
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return `// Copied from ${cspModule} by lib/tooling/bench/floor-app.ts. Do not edit.\n${outputText}`;
}

/** The bare app, written and built when its sources, the CSP module or Next changed (or when `force`). */
export function ensureFloorApp(log: (line: string) => void, force = false): Promise<string> {
  const files = { ...filesUnder(sourceDir), "content-security-policy.js": cspModuleAsJavaScript() };
  return ensureAppBuilt(floorAppDir, files, log, force);
}

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Every import between the runtime source files (lib/, app/, components/), read with TypeScript's own
 * pre-processor so type-only, re-export and dynamic imports all count. Test files and e2e/ are left
 * out: nothing imports them, and their imports of tooling and fixtures are not part of the layering.
 * Test code only (lib/tooling).
 */
export const root = path.resolve(import.meta.dirname, "../../..");
const scanned = ["lib", "app", "components"];
const extensions = [".ts", ".tsx", ".mts", ".mjs", ".js"];

export type ImportEdge = { from: string; to: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return [full];
  });
}

const isSource = (file: string) =>
  extensions.some((extension) => file.endsWith(extension)) && !/\.test\.[mc]?[jt]sx?$/.test(file) && !file.endsWith(".d.ts");

export function runtimeSourceFiles(): string[] {
  return scanned.flatMap((dir) => filesUnder(path.join(root, dir))).filter(isSource).map((file) => path.relative(root, file));
}

/** The repository-relative file a specifier names, or undefined for packages and node built-ins. */
export function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(fromFile), specifier);
  else return undefined;
  const candidates = [base, ...extensions.map((extension) => base + extension), ...extensions.map((extension) => path.join(base, "index" + extension))];
  return candidates.map((candidate) => path.normalize(candidate)).find((candidate) => existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile());
}

export function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((imported) => resolveSpecifier(file, imported.fileName)).filter((target): target is string => target !== undefined);
}

export function importEdges(files = runtimeSourceFiles()): ImportEdge[] {
  return files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));
}

/** True for a module whose first statement is the "use server" directive (a server-action module). */
export function isServerActionModule(file: string): boolean {
  const text = readFileSync(path.join(root, file), "utf8");
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(text);
}

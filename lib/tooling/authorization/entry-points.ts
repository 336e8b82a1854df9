import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Finds the app's entry points by reading the source, so a new one is covered without being listed
 * (NX-1, NX-2). Shared by the static check (guarded-entry-points.test.ts) and the runtime one
 * (actions-at-runtime.test.ts). Test code only.
 */
export const root = path.resolve(import.meta.dirname, "../../..");

export type ExportedFunction = { file: string; name: string; params: string[]; calls: string[] };

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, keep);
    return keep(full) ? [full] : [];
  });
}

const sourceFile = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);
const source = (file: string) => readFileSync(file, "utf8");

export function exportedFunctions(file: string): ExportedFunction[] {
  const parsed = ts.createSourceFile(file, source(file), ts.ScriptTarget.Latest, true);
  const found: ExportedFunction[] = [];
  parsed.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node) || !node.name || !node.body) return;
    if (!node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return;
    const calls: string[] = [];
    const visit = (child: ts.Node) => {
      if (ts.isCallExpression(child) && ts.isIdentifier(child.expression)) calls.push(child.expression.text);
      child.forEachChild(visit);
    };
    node.body.forEachChild(visit);
    found.push({ file: path.relative(root, file), name: node.name.text, params: node.parameters.map((p) => p.name.getText(parsed)), calls });
  });
  return found;
}

export const sessionGuards = ["requireUser", "currentUser"];

/** Every "use server" module: the route actions under app/ and shared ones in lib/ (sign-out). */
export const actionFiles = [...filesUnder(path.join(root, "app"), sourceFile), ...filesUnder(path.join(root, "lib"), sourceFile)]
  .filter((file) => source(file).trimStart().startsWith('"use server"'))
  .sort();

/** The staff console's actions (app/staff/, lib/staff/): guarded by requireStaff, checked by staff-actions-at-runtime.test.ts. */
export const isStaffFile = (file: string) => /[\\/](app|lib|components)[\\/]staff[\\/]/.test(file) || /^(app|lib|components)[\\/]staff[\\/]/.test(file);

export const staffActions = actionFiles.filter(isStaffFile).flatMap(exportedFunctions);

/** The educators' and visitors' actions. */
export const actions = actionFiles.filter((file) => !isStaffFile(file)).flatMap(exportedFunctions);

/**
 * Data modules: every lib/ module (other than actions and the guards themselves) that reads the
 * session. Each of their exported functions serves the signed-in person, so each must ask the
 * session itself and take no id. Queries by user id live in modules that never read the session
 * (named *For, like lib/dashboard/panel-queries.ts) and only data modules call them.
 */
export const dataFiles = filesUnder(path.join(root, "lib"), sourceFile)
  .filter((file) => !actionFiles.includes(file) && !file.endsWith(path.join("auth", "guards.ts")))
  .filter((file) => /import\s*\{[^}]*\b(requireUser|currentUser)\b[^}]*\}\s*from\s*"@\/lib\/auth\/guards"/.test(source(file)))
  .sort();

export const dataFunctions = dataFiles.flatMap(exportedFunctions);

/** A parameter that would carry someone's identity: an id, a user, an account. */
export const idLike = /id$|user|account/i;

/** Files that render or route (app/, components/): the places that must reach data only through the session. */
export const uiFiles = [...filesUnder(path.join(root, "app"), sourceFile), ...filesUnder(path.join(root, "components"), sourceFile)].filter(
  (file) => !actionFiles.includes(file) && !isStaffFile(file),
);

/**
 * The console's pages and components: they do pass ids (an application, a record) to lib/staff/, whose
 * every exported function asks requireStaff() for the role itself (staff-entry-points.test.ts).
 */
export const staffUiFiles = [...filesUnder(path.join(root, "app"), sourceFile), ...filesUnder(path.join(root, "components"), sourceFile)].filter(
  (file) => !actionFiles.includes(file) && isStaffFile(file),
);

/** lib/staff/ modules other than actions, whose exported functions the console calls. */
export const staffLibFiles = filesUnder(path.join(root, "lib", "staff"), sourceFile).filter((file) => !actionFiles.includes(file));

/**
 * The one id a page may pass on: an educator's public ID is printed on certificates and looked up by
 * anyone (the public search, RL-13), so it selects nothing private, unlike a user, account or record id.
 */
const publicIdentifier = /^publicId$/;

/** Functions a file imports from "@/lib/..." whose first parameter is an id, a user or an account. */
export function idTakingImports(file: string): string[] {
  return idTakingImportedFunctions(file).map((fn) => fn.name);
}

/** The same, with each function's own parameters and calls (the staff check needs to see requireStaff inside). */
export function idTakingImportedFunctions(file: string): ExportedFunction[] {
  return [...source(file).matchAll(/import\s+\{([^}]*)\}\s+from\s+"@\/lib\/([^"]+)"/g)].flatMap((match) => {
    const target = ["ts", "tsx"].map((ext) => path.join(root, "lib", `${match[2]}.${ext}`)).find((candidate) => statSync(candidate, { throwIfNoEntry: false }));
    if (!target) return [];
    const exported = exportedFunctions(target);
    return match[1]!
      .split(",")
      .map((name) => exported.find((fn) => fn.name === name.trim().split(/\s+as\s+/)[0]!))
      .filter((fn): fn is ExportedFunction => {
        const first = fn?.params[0] ?? "";
        return idLike.test(first) && !publicIdentifier.test(first);
      });
  });
}

/**
 * Every form field name the app uses: name="…" in pages and components, formData.get("…") in
 * actions and lib/, and the `…Fields` lists lib/ forms read. The runtime test fills each one, so a
 * new field (an id above all) cannot slip past it.
 */
export function formFieldNames(): string[] {
  const names = new Set<string>();
  const everything = [...filesUnder(path.join(root, "app"), sourceFile), ...filesUnder(path.join(root, "components"), sourceFile), ...filesUnder(path.join(root, "lib"), sourceFile)];
  for (const file of everything) {
    const text = source(file);
    for (const match of text.matchAll(/\bname="([A-Za-z]\w*)"/g)) if (file.endsWith(".tsx")) names.add(match[1]!);
    for (const match of text.matchAll(/formData\??\.get(?:All)?\("(\w+)"\)/g)) names.add(match[1]!);
    for (const match of text.matchAll(/export const \w+Fields = \[([^\]]*)\] as const/g)) {
      for (const field of match[1]!.matchAll(/"(\w+)"/g)) names.add(field[1]!);
    }
  }
  return [...names].sort();
}

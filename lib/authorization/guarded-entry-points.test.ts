import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * NX-1/NX-2, structurally: every exported server action and every exported signed-in data function
 * is found by reading the source (so a new one is covered without being listed), and each must either
 * call requireUser()/currentUser() itself or hand its work only to a guarded data function. No
 * exported data function may take an id or a user: the person always comes from the session, so
 * "calling it with someone else's id" has nothing to pass. A new unguarded action fails here.
 */
const root = path.resolve(import.meta.dirname, "../..");

type ExportedFunction = { file: string; name: string; params: string[]; body: string; calls: string[] };

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, keep);
    return keep(full) ? [full] : [];
  });
}

function exportedFunctions(file: string): ExportedFunction[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: ExportedFunction[] = [];
  source.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node) || !node.name || !node.body) return;
    if (!node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return;
    const calls: string[] = [];
    const visit = (child: ts.Node) => {
      if (ts.isCallExpression(child) && ts.isIdentifier(child.expression)) calls.push(child.expression.text);
      child.forEachChild(visit);
    };
    node.body.forEachChild(visit);
    found.push({ file: path.relative(root, file), name: node.name.text, params: node.parameters.map((p) => p.name.getText(source)), body: node.body.getText(source), calls });
  });
  return found;
}

const sessionGuards = ["requireUser", "currentUser"];
/** Signed-in data functions: every exported function in these files must guard itself. */
const dataFiles = [...filesUnder(path.join(root, "lib/dashboard"), (f) => /(?<!\.test)\.ts$/.test(f)), path.join(root, "lib/profile/profile-data.ts")];
/** Exported helpers that serve no one's data (pure rules, public lists, the announcements query under its guard). */
const notPersonal = new Set(["announcementsInForce", "isExpiringSoon", "agencyQuickLinks", "quickLinks"]);
const dataFunctions = dataFiles.flatMap(exportedFunctions).filter((fn) => !notPersonal.has(fn.name));
const guardedDataNames = new Set(dataFunctions.filter((fn) => fn.calls.some((c) => sessionGuards.includes(c))).map((fn) => fn.name));
const actionFiles = filesUnder(path.join(root, "app"), (f) => /\.tsx?$/.test(f) && readFileSync(f, "utf8").trimStart().startsWith('"use server"'));
const actions = actionFiles.flatMap(exportedFunctions);

/**
 * Actions that exist for people who are not signed in (each protected by its own captcha, token or
 * rate limit, and tested with its feature), plus sign-out, which ends whatever session there is.
 * Adding a name here is a decision to make in review; any other action must be guarded.
 */
const publicActions = new Set([
  "signInAction",
  "microsoftSignInAction",
  "signOutAction",
  "searchAccountAction",
  "chooseRecordAction",
  "claimAccountAction",
  "createAccountAction",
  "confirmEmailAction",
  "forgotPasswordAction",
  "forgotUsernameAction",
  "resetPasswordAction",
  "unlockAction",
  "linkWithPasswordAction",
  "bulkVerifyAction",
]);

describe("authorization of entry points (NX-1, NX-2)", () => {
  it("finds the server actions and data functions it checks", () => {
    expect(actions.map((fn) => fn.name)).toEqual(expect.arrayContaining(["markAllNotificationsReadAction", "requestNameChangeAction", "saveContactDetailsAction", "submitSupportRequestAction", "changePasswordAction", "signOutOtherSessionsAction"]));
    expect([...guardedDataNames]).toEqual(expect.arrayContaining(["myCredentials", "latestNotifications", "notificationsPage", "markAllNotificationsRead", "myProfile", "requestNameChange", "saveContactDetails", "mySecurityEvents", "changePassword", "signOutOtherSessions"]));
  });

  it.each(dataFunctions.map((fn) => [`${fn.file} ${fn.name}`, fn] as const))("%s takes the person from the session, never an id", (_label, fn) => {
    expect(fn.calls.some((call) => sessionGuards.includes(call)), "calls requireUser()/currentUser()").toBe(true);
    expect(fn.params.filter((param) => /id$|user/i.test(param)), "id or user parameters").toEqual([]);
  });

  it.each(actions.map((fn) => [`${fn.file} ${fn.name}`, fn] as const))("%s is guarded by the session", (_label, fn) => {
    const guardedHere = fn.calls.some((call) => sessionGuards.includes(call) || guardedDataNames.has(call));
    expect(guardedHere || publicActions.has(fn.name), "calls requireUser/currentUser or a guarded data function, or is a listed public action").toBe(true);
    expect(fn.params.filter((param) => /id$/i.test(param)), "no id arguments bound from the browser").toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { actions, dataFunctions, idLike, idTakingImports, sessionGuards, uiFiles } from "./entry-points";
import { publicActions } from "./action-catalog";

/**
 * NX-1/NX-2, structurally: every exported server action and every exported signed-in data function
 * is found by reading the source (so a new one is covered without being listed), and each must either
 * call requireUser()/currentUser() itself or hand its work only to a guarded data function. No
 * exported data function may take an id or a user: the person always comes from the session, so
 * "calling it with someone else's id" has nothing to pass. A new unguarded action fails here; the
 * runtime counterpart (actions-at-runtime.test.ts) calls each one.
 */
/** /dev/mailbox reads messages by id on purpose: it is the development mail catcher, off unless EMAIL_TRANSPORT=mailbox (mailboxEnabled). */
const devOnly = /[\\/]app[\\/]dev[\\/]/;
const guardedDataNames = new Set(dataFunctions.filter((fn) => fn.calls.some((c) => sessionGuards.includes(c))).map((fn) => fn.name));

describe("authorization of entry points (NX-1, NX-2)", () => {
  it("finds the server actions and data functions it checks", () => {
    expect(actions.map((fn) => fn.name)).toEqual(
      expect.arrayContaining(["markAllNotificationsReadAction", "requestNameChangeAction", "saveContactDetailsAction", "submitSupportRequestAction", "signOutAction"]),
    );
    expect([...guardedDataNames]).toEqual(
      expect.arrayContaining(["myCredentials", "latestNotifications", "notificationsPage", "markAllNotificationsRead", "myProfile", "requestNameChange", "saveContactDetails", "accountHeader", "getMyAccountSummary"]),
    );
  });

  it.each(dataFunctions.map((fn) => [`${fn.file} ${fn.name}`, fn] as const))("%s takes the person from the session, never an id", (_label, fn) => {
    expect(fn.calls.some((call) => sessionGuards.includes(call)), "calls requireUser()/currentUser()").toBe(true);
    expect(fn.params.filter((param) => idLike.test(param)), "id, user or account parameters").toEqual([]);
  });

  it.each(actions.map((fn) => [`${fn.file} ${fn.name}`, fn] as const))("%s is guarded by the session", (_label, fn) => {
    const guardedHere = fn.calls.some((call) => sessionGuards.includes(call) || guardedDataNames.has(call));
    expect(guardedHere || publicActions.has(fn.name), "calls requireUser/currentUser or a guarded data function, or is a listed public action").toBe(true);
    expect(fn.params.filter((param) => /id$/i.test(param)), "no id arguments bound from the browser").toEqual([]);
  });

  it("pages and components never call lib/ with an id (the *For queries behind the data functions are theirs alone)", () => {
    expect(idTakingImports(`${import.meta.dirname}/../../accounts/account-summary.ts`), "the check sees an id-taking import").toEqual(["accountSummaryFor"]);
    const offenders = uiFiles
      .filter((file) => !devOnly.test(file))
      .flatMap((file) => idTakingImports(file).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });
});

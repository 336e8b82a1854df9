import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEventsFor, ownedRows, wholeDatabase } from "@/lib/tooling/testing/row-snapshots";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { actionCatalog } from "./action-catalog";
import { actions, dataFunctions, formFieldNames, idLike, root, sessionGuards } from "./entry-points";
import { formFor, idField, ownToken, ownValues, personWithEverything, personWithPassword, type TestPerson } from "./people-and-forms";

// The session seam: only what needs a Next request scope is replaced (lib/tooling/testing/session-seam.ts).
vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/tooling/testing/session-seam")).cacheModule());

/**
 * NX-1, NX-2 and "every mutation writes its audit event", at run time: every exported server action
 * (found in the source, see entry-points.ts) is imported and called for real, against the real
 * database, three ways:
 *  1. with no session: a signed-in action must redirect to sign-in and write nothing at all;
 *  2. signed in as B, with A's ids (and A's stored token hashes) in every id-like field the app's
 *     forms have: every row that belongs to A is byte-for-byte unchanged afterwards;
 *  3. signed in as B, properly, with B's own values: if B's rows changed, an audit event for B was
 *     written in the same call (and the catalog's "mutates"/"reads" matches what happened).
 * No exported data function takes an id (checked below); each is called without a session too.
 */
provideTestDatabase();

type Action = (...args: unknown[]) => Promise<unknown>;
const signInRequired = "/?signin=required";
const previousState = { status: "idle", fieldErrors: {}, values: {}, captchaRound: 0 };
const fields = formFieldNames();
const loaded = new Map<string, Action>();
const dataLoaded = new Map<string, Action>();
let personA: TestPerson;

async function call(action: Action, form: FormData): Promise<{ redirect: string | null; error?: unknown; result?: unknown }> {
  try {
    const result = action.length >= 2 ? await action(previousState, form) : action.length === 1 ? await action(form) : await action();
    return { redirect: null, result };
  } catch (error) {
    const target = redirectTarget(error);
    if (target !== null) return { redirect: target };
    return { redirect: null, error };
  }
}

const withoutAudit = (rows: Record<string, string[]>) => Object.fromEntries(Object.entries(rows).filter(([table]) => table !== "audit_events"));

beforeAll(async () => {
  for (const fn of actions) loaded.set(fn.name, (await import(path.join(root, fn.file)))[fn.name] as Action);
  for (const fn of dataFunctions) dataLoaded.set(`${fn.file} ${fn.name}`, (await import(path.join(root, fn.file)))[fn.name] as Action);
  personA = await personWithEverything();
});

const callable = actions.filter((fn) => actionCatalog[fn.name] && !actionCatalog[fn.name]!.notCallable);

describe("server actions at run time, called straight, with no proxy in front (NX-1, NX-2, AJS-14)", () => {
  it("every action found in the source has been considered (add a new one to action-catalog.ts)", () => {
    expect(actions.map((fn) => fn.name).filter((name) => !actionCatalog[name]), "new actions: add each to lib/tooling/authorization/action-catalog.ts").toEqual([]);
    const unexplained = Object.entries(actionCatalog).filter(([, entry]) => (entry.access === "public" && !entry.why?.trim()) || entry.notCallable?.trim() === "");
    expect(unexplained.map(([name]) => name), "a public or uncallable action says why").toEqual([]);
    expect(Object.keys(actionCatalog).filter((name) => !actions.some((fn) => fn.name === name)), "catalog entries for actions that no longer exist").toEqual([]);
  });

  it("every form field the app uses has a value here (an id gets the other person's)", () => {
    const known = ownValues({ person: { ssn: "900000000" } } as TestPerson);
    expect(fields.filter((field) => !idField.test(field) && !(field in known)), "give new fields a value in people-and-forms.ts ownValues()").toEqual([]);
    expect(fields.length).toBeGreaterThan(20);
  });

  it.each(callable.filter((fn) => actionCatalog[fn.name]!.access === "signed-in").map((fn) => [fn.name, fn] as const))(
    "%s without a session redirects to sign-in and writes nothing",
    async (name) => {
      const before = await wholeDatabase();
      newRequest(null);
      const outcome = await call(loaded.get(name)!, formFor(fields, personA, personA));
      expect(outcome.error).toBeUndefined();
      expect(outcome.redirect).toBe(signInRequired);
      expect(await wholeDatabase()).toEqual(before);
    },
  );

  it.each(callable.map((fn) => [fn.name, fn] as const))("%s as B with A's ids leaves every row of A's unchanged", async (name) => {
    // A fresh A each time, so nothing an earlier call did can hide what this one does.
    const [target, personB] = [await personWithEverything(), await personWithPassword()];
    const before = await ownedRows(target);
    newRequest(personB.userId);
    const outcome = await call(loaded.get(name)!, formFor(fields, personB, target));
    expect(outcome.error, "the call ends in a result or a redirect").toBeUndefined();
    expect(await ownedRows(target)).toEqual(before);
  });

  it.each(callable.map((fn) => [fn.name, fn] as const))("%s called properly by its person audits any change it makes", async (name) => {
    const entry = actionCatalog[name]!;
    const personB = await personWithPassword();
    const token = entry.token ? await ownToken(personB, entry.token) : undefined;
    const before = withoutAudit(await ownedRows(personB));
    const auditBefore = await auditEventsFor(personB.userId);
    newRequest(personB.userId);
    const outcome = await call(loaded.get(name)!, formFor(fields, personB, personB, token));
    expect(outcome.error, "the call ends in a result or a redirect").toBeUndefined();
    const changed = JSON.stringify(withoutAudit(await ownedRows(personB))) !== JSON.stringify(before);
    const written = (await auditEventsFor(personB.userId)).slice(auditBefore.length);
    expect(changed ? "mutates" : "reads", `${name} is catalogued as ${entry.ownerCall}; outcome ${JSON.stringify(outcome.result ?? outcome.redirect)}`).toBe(entry.ownerCall);
    if (changed) expect(written.map((event) => event.event), "an audit event for the person, in the same call").not.toEqual([]);
  });
});

/**
 * What is a person's own and nobody else's: sign-in names, the record's unique last name, the SSN in
 * every written form, and the name-change request's names personWithEverything gives A.
 */
function ownData(person: TestPerson): string[] {
  const ssn = person.person.ssn;
  const forms = [ssn, `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`, `${ssn.slice(0, 3)} ${ssn.slice(3, 5)} ${ssn.slice(5)}`, `***-**-${ssn.slice(5)}`];
  return [person.email, person.username, person.person.lastName, ...forms, ...(person === personA ? ["Byron"] : [])];
}

function expectNoneOf(shown: string, secrets: string[], where: string) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const secret of secrets) expect(shown, `${where} shows ${secret}`).not.toMatch(new RegExp(`(?<![\\w-])${escape(secret)}(?![\\w-])`));
}

describe("data functions at run time", () => {
  it("none takes an id: the person is always the session's", () => {
    expect(dataFunctions.length).toBeGreaterThan(5);
    expect(dataFunctions.flatMap((fn) => fn.params.filter((param) => idLike.test(param)).map((param) => `${fn.name}(${param})`))).toEqual([]);
  });

  it.each(dataFunctions.map((fn) => [`${fn.file} ${fn.name}`, fn] as const))("%s refuses without a session and never returns A's data to B", async (label, fn) => {
    const run = dataLoaded.get(label)!;
    const personB = await personWithPassword();
    const values = Object.fromEntries(Object.entries(ownValues(personB)).filter(([, value]) => typeof value === "string"));
    const withIds = { ...values, ...personA.ids, id: personA.userId };
    // Arguments by name: a form's values get A's ids among them; anything else (a limit, a page) its default.
    const args = fn.params.map((param) => (param === "values" ? withIds : undefined));

    const before = await wholeDatabase();
    newRequest(null);
    const anonymous = await call(() => run(...args), new FormData());
    if (fn.calls.includes("requireUser")) expect(anonymous.redirect).toBe(signInRequired);
    else {
      // currentUser(): no session must mean nobody's data, not just no error.
      expect(fn.calls.some((c) => sessionGuards.includes(c)) && anonymous.error === undefined).toBe(true);
      expectNoneOf(JSON.stringify(anonymous.result ?? null), [...ownData(personA), ...ownData(personB)], `${label} without a session`);
    }
    expect(await wholeDatabase()).toEqual(before);

    const aRows = await ownedRows(personA);
    newRequest(personB.userId);
    const signedIn = await call(() => run(...args), new FormData());
    expect(signedIn.error).toBeUndefined();
    const shown = JSON.stringify(signedIn.result ?? null);
    // A's ids were sent, so an echo of them proves nothing; what B must never see is A's own data.
    expectNoneOf(shown, ownData(personA), `${label} as B`);
    expect(await ownedRows(personA)).toEqual(aRows);
  });
});

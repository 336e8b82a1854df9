import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { wholeDatabase } from "@/lib/tooling/testing/row-snapshots";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { createTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { staffRoles, type StaffRole } from "@/lib/staff/roles";
import { formFieldNames, root, staffActions } from "./entry-points";
import { formFor, personWithEverything, type TestPerson } from "./people-and-forms";
import { staffActionCatalog, type StaffActionEntry } from "./staff-action-catalog";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/tooling/testing/session-seam")).cacheModule());

/**
 * Issue 15 item 4 at run time: every staff action (found in the source) is imported and called for
 * real, four ways: with no session, with an educator's session, as a staff member holding every role
 * but the required ones, and with a required role. The first three must be refused by redirect
 * (sign-in, sign-in, "not for your role") having written nothing at all; the last must not be refused.
 */
provideTestDatabase();

type Action = (...args: unknown[]) => Promise<unknown>;
const previousState = { status: "idle", fieldErrors: {}, values: {} };
const loaded = new Map<string, Action>();
let educator: TestPerson;
let fields: string[];

async function call(action: Action, form: FormData): Promise<{ redirect: string | null; error?: unknown }> {
  try {
    if (action.length >= 2) await action(previousState, form);
    else if (action.length === 1) await action(form);
    else await action();
    return { redirect: null };
  } catch (error) {
    const target = redirectTarget(error);
    return target !== null ? { redirect: target } : { redirect: null, error };
  }
}

const guarded = staffActions.filter((fn) => {
  const entry = staffActionCatalog[fn.name];
  return entry !== undefined && "roles" in entry;
});
const required = (name: string) => (staffActionCatalog[name] as Extract<StaffActionEntry, { roles: StaffRole[] }>).roles;

beforeAll(async () => {
  for (const fn of staffActions) loaded.set(fn.name, (await import(path.join(root, fn.file)))[fn.name] as Action);
  educator = await personWithEverything();
  fields = formFieldNames();
});

describe("staff actions at run time (issue 15 item 4)", () => {
  it("every staff action is listed with its role, and every listed action exists", () => {
    expect(staffActions.map((fn) => fn.name).filter((name) => !staffActionCatalog[name]), "add new staff actions to staff-action-catalog.ts").toEqual([]);
    expect(Object.keys(staffActionCatalog).filter((name) => !staffActions.some((fn) => fn.name === name))).toEqual([]);
  });

  it.each(guarded.map((fn) => [fn.name, required(fn.name).join(" or ") || "any staff member"] as const))("%s (%s)", async (name) => {
    const action = loaded.get(name)!;
    const form = () => formFor(fields, educator, educator);

    newRequest(null);
    let before = await wholeDatabase();
    expect(await call(action, form()), "no session").toEqual({ redirect: "/staff/sign-in" });
    expect(await wholeDatabase()).toEqual(before);

    newRequest(educator.userId);
    expect(await call(action, form()), "an educator's session").toEqual({ redirect: "/staff/sign-in" });
    expect(await wholeDatabase()).toEqual(before);

    const roles = required(name);
    if (roles.length > 0) {
      const others = await createTestStaff({ roles: staffRoles.filter((role) => !roles.includes(role)) });
      const token = await staffSessionToken(others.id);
      newRequest(null);
      signInStaffInSeam(token);
      before = await wholeDatabase();
      expect(await call(action, form()), "a staff member without the role").toEqual({ redirect: "/staff/denied" });
      expect(await wholeDatabase()).toEqual(before);
    }

    const allowed = await createTestStaff({ roles: roles.length > 0 ? [roles[0]!] : ["support"] });
    newRequest(null);
    signInStaffInSeam(await staffSessionToken(allowed.id));
    const outcome = await call(action, form());
    expect(outcome.error, "the right role: no crash").toBeUndefined();
    expect(["/staff/sign-in", "/staff/denied", "/staff/enrol", "/staff/sign-in/second-factor"], "the right role is not refused").not.toContain(outcome.redirect === "/staff/sign-in?notice=signed-out" ? null : outcome.redirect);
  });
});

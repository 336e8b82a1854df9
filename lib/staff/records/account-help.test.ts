import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { currentSessionVersion } from "@/lib/auth/session-claims";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { auditEvents, educators, users } from "@/lib/platform/db/schema";
import { findEducatorProfile } from "@/lib/search/educator-profile";
import { attemptSignIn } from "@/lib/sign-in/attempt-sign-in";
import { lockoutPolicy } from "@/lib/sign-in/lockout-policy";
import { signInFailureMessage } from "@/lib/sign-in/messages";
import { createTestAccount, goodPassword, insertPerson, outboxTo } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { signedInTestStaff } from "@/lib/tooling/testing/staff";
import { disableAccountForStaff, enableAccountForStaff, resendConfirmationForStaff, unlockAccountForStaff } from "./account-help";
import { addDisciplinaryActionForStaff } from "./discipline";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

/** Issue 15 "Educator records": account help (support, records) and public disciplinary actions, each audited with staff and educator. */
provideTestDatabase();

let made = 0;
async function accountWithPassword() {
  made += 1;
  const user = await createTestAccount(`helped${process.pid}x${made}`, goodPassword);
  const [educator] = await db.select({ publicId: educators.publicId }).from(educators).where(eq(educators.id, user.educatorId));
  return { user, publicId: educator!.publicId };
}

const signIn = (username: string) => attemptSignIn({ username, password: goodPassword, ip: "203.0.113.9" });
const staffEvents = async (event: string) => db.select().from(auditEvents).where(eq(auditEvents.event, event));

describe("disable and re-enable (support or records)", () => {
  it("a disabled account's sessions end and it cannot sign in, even with the right password; re-enabled, it can", async () => {
    const { user, publicId } = await accountWithPassword();
    expect(await currentSessionVersion(user.id)).toBe(1);
    const staff = await signedInTestStaff(["support"]);
    expect(await disableAccountForStaff({ publicId })).toMatchObject({ status: "ok" });
    expect(await currentSessionVersion(user.id), "every session of a disabled account ends").toBeUndefined();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.sessionVersion).toBe(2);
    const refused = await signIn(user.username);
    expect(refused).toEqual({ ok: false, reason: "disabled" });
    expect(signInFailureMessage(refused.ok ? undefined : refused)).toMatch(/disabled/);
    expect(await staffEvents("staff.account-disabled")).toMatchObject([{ staffId: staff.id, userId: user.id, educatorId: row!.educatorId }]);
    expect((await disableAccountForStaff({ publicId })).formError).toBe("The account is already disabled.");

    await signedInTestStaff(["records"]);
    expect(await enableAccountForStaff({ publicId })).toMatchObject({ status: "ok" });
    expect(await currentSessionVersion(user.id), "old sessions stay ended (version 1 was bumped)").toBe(2);
    expect(await signIn(user.username)).toMatchObject({ ok: true, userId: user.id });
    expect(await staffEvents("staff.account-enabled")).toHaveLength(1);
  });

  it("a record without an account says so", async () => {
    const { publicId } = await insertPerson();
    await signedInTestStaff(["support"]);
    expect((await disableAccountForStaff({ publicId })).formError).toBe("This record has no account.");
  });
});

describe("unlock and resend confirmation (support)", () => {
  it("unlock clears the hard-cap lock, so the right password works again; audited", async () => {
    const { user, publicId } = await accountWithPassword();
    await db.update(users).set({ failedSignInCount: lockoutPolicy().hardCap, lastFailedSignInAt: now(), unlockRequiredAt: now() }).where(eq(users.id, user.id));
    expect(await signIn(user.username)).toEqual({ ok: false, reason: "unlock-required" });
    await signedInTestStaff(["support"]);
    expect(await unlockAccountForStaff({ publicId })).toMatchObject({ status: "ok" });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ failedSignInCount: 0, unlockRequiredAt: null, lockedUntil: null });
    expect(await signIn(user.username)).toMatchObject({ ok: true });
    expect(await staffEvents("staff.account-unlocked")).toHaveLength(1);
  });

  it("resend sends a new confirmation link through the outbox to an unconfirmed address only", async () => {
    const { user, publicId } = await accountWithPassword();
    await signedInTestStaff(["support"]);
    expect(await resendConfirmationForStaff({ publicId })).toMatchObject({ status: "ok" });
    expect((await outboxTo(user.email)).map((mail) => mail.subject)).toHaveLength(1);
    await db.update(users).set({ emailVerified: now() }).where(eq(users.id, user.id));
    expect((await resendConfirmationForStaff({ publicId })).formError).toMatch(/already confirmed/);
    expect(await staffEvents("staff.confirmation-resent")).toHaveLength(1);
  });
});

describe("public disciplinary actions (records)", () => {
  it("an added action is on the public educator page at once; a missing summary is refused beside its field", async () => {
    const { publicId, educatorId } = await insertPerson();
    const staff = await signedInTestStaff(["records"]);
    const refused = await addDisciplinaryActionForStaff({ publicId, actionType: "reprimand", actionDate: "03/04/2026", summary: " " });
    expect(refused.fieldErrors).toEqual({ summary: "Enter a summary of the action for the public record" });
    const answer = await addDisciplinaryActionForStaff({ publicId, actionType: "suspension", actionDate: "03/04/2026", summary: "Suspended for 30 days." });
    expect(answer.status).toBe("ok");
    expect((await findEducatorProfile(publicId))?.actions).toMatchObject([{ actionType: "suspension", actionDate: "2026-03-04", summary: "Suspended for 30 days." }]);
    expect(await staffEvents("staff.discipline-added")).toMatchObject([{ staffId: staff.id, educatorId, details: { actionType: "suspension" } }]);
  });
});

import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, emailOutbox, staffMembers, staffRecoveryCodes, staffTotpFactors, type StaffRole } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { staffSessionFor } from "@/lib/staff/session";
import { changeStaffRoles, disableStaff, enableStaff, resendStaffInvitation, resetStaffSecondFactor } from "./account-changes";
import { inviteStaff } from "./invite-staff";
import { listStaffAccounts } from "./staff-directory";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

async function signedInAs(roles: StaffRole[]) {
  const staff = await createTestStaff({ roles });
  newRequest(null);
  signInStaffInSeam(await staffSessionToken(staff.id));
  return staff;
}

const eventsAbout = (event: string, staffId: string) => db.select().from(auditEvents).where(and(eq(auditEvents.event, event), eq(auditEvents.staffId, staffId)));
const rolesOf = async (staffId: string) => (await db.select({ roles: staffMembers.roles }).from(staffMembers).where(eq(staffMembers.id, staffId)))[0]!.roles;

describe("staff accounts administration (issue 15 item 2, admin only)", () => {
  beforeEach(() => newRequest(null));

  it("invites: the account, its enrolment email and the audit event (ids and roles only) commit together", async () => {
    const admin = await signedInAs(["admin"]);
    const result = await inviteStaff({ name: "Nina Newcomer", email: " Nina.Newcomer@Agency.Example ", roles: ["reviewer", "support"] });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const [member] = await db.select().from(staffMembers).where(eq(staffMembers.id, result.staffId));
    expect(member).toMatchObject({ email: "nina.newcomer@agency.example", roles: ["reviewer", "support"], disabledAt: null });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "nina.newcomer@agency.example"))).toHaveLength(1);
    const [event] = await eventsAbout("staff.account-invited", admin.id);
    expect(event!.details).toEqual({ targetStaffId: result.staffId, roles: "reviewer,support" });
    expect(JSON.stringify(event!.details)).not.toMatch(/nina/i);
    const listed = (await listStaffAccounts()).find((row) => row.id === result.staffId);
    expect(listed).toMatchObject({ status: "invited", factorEnrolled: false, lastSignInAt: null });
  });

  it("refuses an unknown role, no role, a bad email, and an email already used, by field, writing nothing", async () => {
    await signedInAs(["admin"]);
    expect(await inviteStaff({ name: "", email: "nope", roles: ["boss"] })).toEqual({
      ok: false,
      fieldErrors: { name: "Enter the staff member's full name", email: "Enter an email address in the correct format, like name@agency.gov", roles: "Choose roles from the list" },
    });
    expect(await inviteStaff({ name: "X", email: "x@agency.example", roles: [] })).toMatchObject({ ok: false, fieldErrors: { roles: "Choose at least one role" } });
    const existing = await createTestStaff();
    expect(await inviteStaff({ name: "X", email: existing.email, roles: ["records"] })).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("already exists") } });
  });

  it("changes roles (audited with before and after); a live session follows at its next request", async () => {
    const admin = await signedInAs(["admin"]);
    const target = await createTestStaff({ roles: ["reviewer"] });
    const token = await staffSessionToken(target.id);
    expect(await changeStaffRoles({ staffId: target.id, roles: ["records", "support"] })).toEqual({ ok: true });
    expect(await rolesOf(target.id)).toEqual(["records", "support"]);
    expect((await staffSessionFor(token))?.roles).toEqual(["records", "support"]);
    const [event] = await eventsAbout("staff.roles-changed", admin.id);
    expect(event!.details).toEqual({ targetStaffId: target.id, from: "reviewer", to: "records,support" });
    expect(await changeStaffRoles({ staffId: target.id, roles: [] })).toMatchObject({ ok: false, field: "roles" });
    expect(await changeStaffRoles({ staffId: "not-a-uuid", roles: ["records"] })).toMatchObject({ ok: false });
  });

  it("the last active administrator cannot remove their own admin role; with a second admin they can", async () => {
    await db.update(staffMembers).set({ disabledAt: new Date() });
    const admin = await signedInAs(["admin", "reviewer"]);
    expect(await changeStaffRoles({ staffId: admin.id, roles: ["reviewer"] })).toMatchObject({ ok: false, field: "roles", message: expect.stringContaining("only active administrator") });
    expect(await rolesOf(admin.id)).toEqual(["admin", "reviewer"]);
    await createTestStaff({ roles: ["admin"] });
    expect(await changeStaffRoles({ staffId: admin.id, roles: ["reviewer"] })).toMatchObject({ ok: true });
  });

  it("disable: never oneself; the target's sessions end at once; re-enable lets them sign in again", async () => {
    const admin = await signedInAs(["admin"]);
    expect(await disableStaff({ staffId: admin.id })).toMatchObject({ ok: false, message: expect.stringContaining("your own account") });
    const target = await createTestStaff({ roles: ["support"] });
    const token = await staffSessionToken(target.id);
    expect(await staffSessionFor(token)).not.toBeNull();
    expect(await disableStaff({ staffId: target.id })).toMatchObject({ ok: true });
    expect(await staffSessionFor(token)).toBeNull();
    expect((await listStaffAccounts()).find((row) => row.id === target.id)?.status).toBe("disabled");
    expect(await resendStaffInvitation({ staffId: target.id })).toMatchObject({ ok: false });
    expect(await enableStaff({ staffId: target.id })).toMatchObject({ ok: true });
    expect(await staffSessionFor(await staffSessionToken(target.id))).not.toBeNull();
    expect(await eventsAbout("staff.account-disabled", admin.id)).toHaveLength(1);
    expect(await eventsAbout("staff.account-enabled", admin.id)).toHaveLength(1);
  });

  it("reset second factor (issue 14 item 5): factor and codes go, sessions end, they are emailed; never one's own", async () => {
    const admin = await signedInAs(["admin"]);
    expect(await resetStaffSecondFactor({ staffId: admin.id })).toMatchObject({ ok: false });
    const target = await createTestStaff({ roles: ["records"] });
    await db.insert(staffRecoveryCodes).values({ staffId: target.id, codeHash: "x".repeat(64) });
    const token = await staffSessionToken(target.id);
    expect(await resetStaffSecondFactor({ staffId: target.id })).toMatchObject({ ok: true });
    expect(await db.select().from(staffTotpFactors).where(eq(staffTotpFactors.staffId, target.id))).toEqual([]);
    expect(await db.select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, target.id))).toEqual([]);
    expect(await staffSessionFor(token)).toBeNull();
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, target.email));
    expect(email!.template).toBe("staff-second-factor-reset");
    expect(await eventsAbout("staff.second-factor-reset", admin.id)).toHaveLength(1);
  });

  it("a new enrolment link is emailed and audited", async () => {
    const admin = await signedInAs(["admin"]);
    const target = await createTestStaff({ roles: ["reviewer"], authenticator: false });
    expect(await resendStaffInvitation({ staffId: target.id })).toMatchObject({ ok: true });
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, target.email));
    expect(email!.template).toBe("staff-invitation");
    expect(await eventsAbout("staff.invitation-sent", admin.id)).toHaveLength(1);
  });
});

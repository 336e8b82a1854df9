import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getConfig, resetConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { auditEvents, staffMembers } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, disableTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { linkStaffMicrosoft } from "./finish-staff-microsoft";
import { staffForMicrosoft } from "./staff-for-microsoft";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

const agency = "agency-tenant-id";

beforeAll(() => {
  vi.stubEnv("STAFF_MICROSOFT_TENANT", agency);
  resetConfig();
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetConfig();
});

async function linkedStaff(subject: string) {
  const staff = await createTestStaff({ roles: ["reviewer"] });
  await db.update(staffMembers).set({ microsoftSubject: subject }).where(eq(staffMembers.id, staff.id));
  return staff;
}

describe("staff Microsoft sign-in: tenant and subject (issue 15 item 1; AJS-5, AJS-6)", () => {
  beforeEach(() => newRequest(null));

  it("AJS-5: a token from another tenant, or without one, is refused even for a linked subject", async () => {
    await linkedStaff("subject-a");
    expect(await staffForMicrosoft({ sub: "subject-a", tid: "some-other-tenant" }, getConfig())).toEqual({ ok: false, reason: "tenant" });
    expect(await staffForMicrosoft({ sub: "subject-a" }, getConfig())).toEqual({ ok: false, reason: "tenant" });
    expect(await staffForMicrosoft({ sub: "subject-a", tid: agency }, { ...getConfig(), STAFF_MICROSOFT_TENANT: undefined })).toEqual({ ok: false, reason: "tenant" });
  });

  it("AJS-6: matched by the stored subject only, never by email; a disabled staff member is not found", async () => {
    const staff = await linkedStaff("subject-b");
    expect(await staffForMicrosoft({ sub: "subject-b", tid: agency }, getConfig())).toEqual({ ok: true, staffId: staff.id });
    const unlinked = await createTestStaff({ roles: ["admin"] });
    // A token whose email (or any other claim) names a staff member still finds nobody without the subject.
    expect(await staffForMicrosoft({ sub: unlinked.email, tid: agency, email: unlinked.email } as never, getConfig())).toEqual({ ok: false, reason: "unlinked" });
    await disableTestStaff(staff.id);
    expect(await staffForMicrosoft({ sub: "subject-b", tid: agency }, getConfig())).toEqual({ ok: false, reason: "unlinked" });
  });

  it("linking needs a console session past the second factor, the agency's tenant, and a subject nobody else holds", async () => {
    const noSession = await linkStaffMicrosoft({ sub: "subject-c", tid: agency }).catch((error: unknown) => redirectTarget(error));
    expect(noSession).toBe("/staff/sign-in");
    const halfway = await createTestStaff({ roles: ["records"] });
    signInStaffInSeam(await staffSessionToken(halfway.id, { secondFactor: false }));
    expect(await linkStaffMicrosoft({ sub: "subject-c", tid: agency }).catch((error: unknown) => redirectTarget(error))).toBe("/staff/sign-in/second-factor");

    const staff = await createTestStaff({ roles: ["records"] });
    newRequest(null);
    signInStaffInSeam(await staffSessionToken(staff.id));
    expect(await linkStaffMicrosoft({ sub: "subject-c", tid: "some-other-tenant" })).toEqual({ redirect: "/staff/microsoft?error=tenant" });
    await linkedStaff("subject-taken");
    expect(await linkStaffMicrosoft({ sub: "subject-taken", tid: agency })).toEqual({ redirect: "/staff/microsoft?error=taken" });
    expect(await linkStaffMicrosoft({ sub: "subject-c", tid: agency })).toEqual({ redirect: "/staff/microsoft?notice=linked" });
    expect(await staffForMicrosoft({ sub: "subject-c", tid: agency }, getConfig())).toEqual({ ok: true, staffId: staff.id });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.microsoft-linked"))).toHaveLength(1);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { createTestStaff, disableTestStaff, signInStaffInSeam, staffSessionToken } from "@/lib/tooling/testing/staff";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/platform/clock";
import { requireStaff } from "./guard";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

async function outcome(...roles: Parameters<typeof requireStaff>): Promise<string> {
  try {
    const actor = await requireStaff(...roles);
    return `ok:${actor.id}`;
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return target;
  }
}

describe("requireStaff: the console's one guard (issue 15 item 4, MFA-9)", () => {
  beforeEach(() => {
    setClock(undefined);
    newRequest(null);
  });

  it("no session, or only an educator's session: sent to the staff sign-in", async () => {
    expect(await outcome()).toBe("/staff/sign-in");
    const educator = await insertTestAccount();
    newRequest(educator.userId);
    expect(await outcome("reviewer")).toBe("/staff/sign-in");
  });

  it("the right role passes; another role is refused; no role named means any staff member", async () => {
    const reviewer = await createTestStaff({ roles: ["reviewer"] });
    signInStaffInSeam(await staffSessionToken(reviewer.id));
    expect(await outcome("reviewer")).toBe(`ok:${reviewer.id}`);
    expect(await outcome("records", "reviewer")).toBe(`ok:${reviewer.id}`);
    expect(await outcome()).toBe(`ok:${reviewer.id}`);
    expect(await outcome("admin")).toBe("/staff/denied");
  });

  it("MFA-9: a session before the second factor reaches only the second step, or enrolment when there is no factor", async () => {
    const enrolled = await createTestStaff({ roles: ["admin"] });
    signInStaffInSeam(await staffSessionToken(enrolled.id, { secondFactor: false }));
    expect(await outcome("admin")).toBe("/staff/sign-in/second-factor");
    const fresh = await createTestStaff({ roles: ["admin"], authenticator: false });
    newRequest(null);
    signInStaffInSeam(await staffSessionToken(fresh.id, { secondFactor: false }));
    expect(await outcome()).toBe("/staff/enrol");
  });

  it("a disabled staff member's session stops at the next request", async () => {
    const support = await createTestStaff({ roles: ["support"] });
    signInStaffInSeam(await staffSessionToken(support.id));
    expect(await outcome("support")).toBe(`ok:${support.id}`);
    await disableTestStaff(support.id);
    expect(await outcome("support")).toBe("/staff/sign-in");
  });

  it("idle 15 minutes or 8 hours after sign-in: the session is over", async () => {
    const start = new Date("2026-12-01T09:00:00Z");
    setClock(start);
    const admin = await createTestStaff({ roles: ["admin"] });
    signInStaffInSeam(await staffSessionToken(admin.id));
    setClock(new Date(start.getTime() + 14 * 60_000));
    expect(await outcome()).toBe(`ok:${admin.id}`);
    setClock(new Date(start.getTime() + 30 * 60_000));
    expect(await outcome()).toBe("/staff/sign-in");
    const busy = await createTestStaff({ roles: ["admin"] });
    setClock(start);
    newRequest(null);
    signInStaffInSeam(await staffSessionToken(busy.id));
    for (let minute = 10; minute <= 8 * 60 + 10; minute += 10) {
      setClock(new Date(start.getTime() + minute * 60_000));
      const result = await outcome();
      if (minute <= 8 * 60) expect(result, `minute ${minute}`).toBe(`ok:${busy.id}`);
      else expect(result).toBe("/staff/sign-in");
    }
  });
});

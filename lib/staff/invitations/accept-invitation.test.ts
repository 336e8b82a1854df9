import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { now, setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { auditEvents, emailOutbox, staffEnrolmentTokens, staffPasswordHashes } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { createTestStaff, disableTestStaff } from "@/lib/tooling/testing/staff";
import { staffSessionFor } from "@/lib/staff/session";
import { acceptInvitation } from "./accept-invitation";
import { issueEnrolmentLink, peekEnrolmentLink } from "./enrolment-links";

provideTestDatabase();

const strong = "Copper-Meadow-Lantern-83!";
const request = { ip: "203.0.113.9", userAgent: "test" };

async function invite(options: { authenticator?: boolean } = {}) {
  const staff = await createTestStaff({ roles: ["reviewer"], authenticator: options.authenticator ?? false });
  const url = await db.transaction((tx) => issueEnrolmentLink(tx, { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles }));
  return { staff, token: new URL(url).searchParams.get("token")! };
}

const accept = (token: string, password = strong, confirmPassword = password) => acceptInvitation({ token, password, confirmPassword, request });

describe("staff enrolment links (issue 15 item 1; TOK-1, TOK-2)", () => {
  beforeEach(() => setClock(undefined));

  it("only the hash is stored; the email carries the link; opening the page uses nothing up", async () => {
    const { staff, token } = await invite();
    const [row] = await db.select().from(staffEnrolmentTokens).where(eq(staffEnrolmentTokens.staffId, staff.id));
    expect(row!.tokenHash).not.toContain(token);
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, staff.email));
    expect(email!.template).toBe("staff-invitation");
    expect(await peekEnrolmentLink(token)).toMatchObject({ staffId: staff.id });
    expect(await peekEnrolmentLink(token)).toMatchObject({ staffId: staff.id });
  });

  it("PWD-1..3: a weak password is refused by the field and the link stays good", async () => {
    const { token } = await invite();
    expect(await accept(token, "password")).toMatchObject({ ok: false, kind: "password", field: "password" });
    expect(await accept(token, strong, "something else")).toMatchObject({ ok: false, kind: "password", field: "confirmPassword" });
    expect(await peekEnrolmentLink(token)).not.toBeNull();
  });

  it("works once: the password is set, a first-factor session starts toward enrolment, and the link is then dead", async () => {
    const { staff, token } = await invite();
    const result = await accept(token);
    if (!result.ok) throw new Error(result.kind);
    expect(result.next).toBe("/staff/enrol");
    const session = await staffSessionFor(result.sessionToken);
    expect(session).toMatchObject({ staffId: staff.id, secondFactorAt: null });
    expect(await db.select().from(staffPasswordHashes).where(eq(staffPasswordHashes.staffId, staff.id))).toHaveLength(1);
    expect(await accept(token)).toEqual({ ok: false, kind: "invalid-link" });
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.staffId, staff.id), eq(auditEvents.event, "staff.invitation-accepted")));
    expect(events).toHaveLength(1);
  });

  it("someone who already has an authenticator goes to the second step, not enrolment", async () => {
    const { token } = await invite({ authenticator: true });
    expect(await accept(token)).toMatchObject({ ok: true, next: "/staff/sign-in/second-factor" });
  });

  it("dies after 72 hours", async () => {
    const start = now();
    setClock(start);
    const { token } = await invite();
    setClock(new Date(start.getTime() + 71 * 3_600_000));
    expect(await peekEnrolmentLink(token)).not.toBeNull();
    setClock(new Date(start.getTime() + 73 * 3_600_000));
    expect(await peekEnrolmentLink(token)).toBeNull();
    expect(await accept(token)).toEqual({ ok: false, kind: "invalid-link" });
  });

  it("a newer link retires the older; a disabled staff member's link is dead; a malformed token is refused", async () => {
    const { staff, token } = await invite();
    const newer = await db.transaction((tx) => issueEnrolmentLink(tx, { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles }));
    expect(await peekEnrolmentLink(token)).toBeNull();
    const newerToken = new URL(newer).searchParams.get("token")!;
    expect(await peekEnrolmentLink(newerToken)).not.toBeNull();
    await disableTestStaff(staff.id);
    expect(await accept(newerToken)).toEqual({ ok: false, kind: "invalid-link" });
    expect(await accept("not-a-token")).toEqual({ ok: false, kind: "invalid-link" });
  });
});

import { desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { wholeDatabase } from "@/lib/tooling/testing/row-snapshots";
import { newRequest } from "@/lib/tooling/testing/session-seam";
import { signedInTestStaff } from "@/lib/tooling/testing/staff";
import { revealSsnForStaff } from "./reveal-ssn";
import { searchBySsnForStaff } from "./ssn-search";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

/** Issue 15 "Educator records": the full-SSN search and the reveal (PII-7: never more than ***-**-1234 unless revealed; both audited). */
provideTestDatabase();

const latestAudit = async () => (await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;

describe("SSN search (records or support)", () => {
  beforeEach(() => newRequest(null));

  it("without a reason is refused beside the field, looks nothing up and writes nothing; the SSN is not echoed", async () => {
    const person = await insertTestAccount();
    await signedInTestStaff(["support"]);
    const before = await wholeDatabase();
    const answer = await searchBySsnForStaff({ ssn: person.person.ssn, reason: "   " });
    expect(answer.status).toBe("error");
    expect(answer.fieldErrors.reason).toMatch(/Enter the reason/);
    expect(answer.outcome).toBeUndefined();
    expect(answer.values).not.toHaveProperty("ssn");
    expect(await wholeDatabase()).toEqual(before);
  });

  it("with a reason finds the record by fingerprint, shows the last four only, and audits who, whom and why (digits removed, no SSN)", async () => {
    const person = await insertTestAccount();
    const ssn = person.person.ssn;
    const staff = await signedInTestStaff(["records"]);
    const typed = `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`;
    const reason = `Support request 4521 asked about ${typed}`;
    const answer = await searchBySsnForStaff({ ssn: typed, reason });
    expect(answer.status).toBe("ok");
    expect(answer.outcome?.match).toEqual({ publicId: person.publicId, name: [person.person.firstName, person.person.middleName, person.person.lastName].filter(Boolean).join(" "), maskedSsn: `***-**-${ssn.slice(-4)}` });
    expect(JSON.stringify(answer)).not.toContain(ssn.slice(0, 5));
    const event = await latestAudit();
    expect(event).toMatchObject({ event: "staff.ssn-search", outcome: "success", staffId: staff.id, educatorId: person.educatorId });
    expect(event.details).toEqual({ reason: "Support request asked about --", reasonLength: reason.length, found: true });
    expect(JSON.stringify(event.details)).not.toMatch(/\d{4}/);
  });

  it("no match is said, and still audited", async () => {
    await signedInTestStaff(["support"]);
    const answer = await searchBySsnForStaff({ ssn: "999-88-7777", reason: "Caller gave this number" });
    expect(answer.outcome).toEqual({ match: null });
    expect(await latestAudit()).toMatchObject({ event: "staff.ssn-search", educatorId: null, details: { found: false } });
  });
});

describe("Reveal SSN (records only)", () => {
  it("answers the whole number once and audits the reveal with the record", async () => {
    const person = await insertTestAccount();
    const staff = await signedInTestStaff(["records"]);
    const answer = await revealSsnForStaff({ publicId: person.publicId });
    const ssn = person.person.ssn;
    expect(answer.outcome).toEqual({ ssn: `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}` });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.ssn-reveal"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ staffId: staff.id, educatorId: person.educatorId, userId: person.userId, details: null });
  });
});

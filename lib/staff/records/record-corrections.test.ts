import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, educators, recordCorrections } from "@/lib/platform/db/schema";
import { decryptPii } from "@/lib/platform/security/pii";
import { findEducatorIdsBySsn, searchRecords } from "@/lib/records/lookup";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { wholeDatabase } from "@/lib/tooling/testing/row-snapshots";
import { signedInTestStaff } from "@/lib/tooling/testing/staff";
import { correctDateOfBirthForStaff, correctSsnForStaff } from "./record-corrections";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

/** Issue 15: "correct date of birth/SSN (audited, both values kept in history)", fingerprints rebuilt (PII-5). */
provideTestDatabase();

const search = (person: { firstName: string; lastName: string }, dateOfBirth: string, ssnLastFour: string) =>
  searchRecords(db, { firstName: person.firstName, lastName: person.lastName, dateOfBirth, ssnLastFour });

describe("record corrections (records only)", () => {
  it("a date of birth correction keeps both dates, rebuilds the search fingerprints and is audited", async () => {
    const { person, educatorId, publicId } = await insertTestAccount({ formerNames: [{ lastName: "Maiden" }] });
    const staff = await signedInTestStaff(["records"]);
    const answer = await correctDateOfBirthForStaff({ publicId, dateOfBirth: "06/02/1981", reason: "Birth certificate received" });
    expect(answer).toMatchObject({ status: "ok", outcome: { message: "The date of birth was corrected." } });
    const lastFour = person.ssn.slice(-4);
    expect((await search(person, "1981-06-02", lastFour)).map((match) => match.educatorId)).toEqual([educatorId]);
    expect(await search({ ...person, lastName: "Maiden" }, "1981-06-02", lastFour)).toHaveLength(1);
    expect(await search(person, person.dateOfBirth, lastFour)).toEqual([]);
    expect(await db.select().from(recordCorrections).where(eq(recordCorrections.educatorId, educatorId))).toMatchObject([
      { field: "date_of_birth", oldValue: person.dateOfBirth, newValue: "1981-06-02", staffId: staff.id, reason: "Birth certificate received" },
    ]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.record-corrected"));
    expect(event).toMatchObject({ staffId: staff.id, educatorId, details: { field: "date_of_birth", reason: "Birth certificate received" } });
  });

  it("an SSN correction re-encrypts and re-fingerprints the record, keeps both numbers encrypted, and the account search finds the new last four", async () => {
    const { person, educatorId, publicId } = await insertTestAccount();
    await signedInTestStaff(["records"]);
    // The same area and group, the next serial (never 0000): a number no other test person holds.
    const newSsn = `${person.ssn.slice(0, 5)}${String((Number(person.ssn.slice(5)) % 9999) + 1).padStart(4, "0")}`;
    const answer = await correctSsnForStaff({ publicId, ssn: newSsn, reason: "Transposed digits at import" });
    expect(answer.status).toBe("ok");
    expect(await findEducatorIdsBySsn(db, newSsn)).toEqual([educatorId]);
    expect(await findEducatorIdsBySsn(db, person.ssn)).toEqual([]);
    const [record] = await db.select().from(educators).where(eq(educators.id, educatorId));
    expect(decryptPii(record!.ssnCiphertext, record!.ssnKeyId, "ssn")).toBe(newSsn);
    expect(await search(person, person.dateOfBirth, newSsn.slice(-4))).toHaveLength(1);
    expect(await search(person, person.dateOfBirth, person.ssn.slice(-4))).toEqual([]);
    const [history] = await db.select().from(recordCorrections).where(eq(recordCorrections.educatorId, educatorId));
    expect(history!.oldValue).not.toContain(person.ssn);
    expect(decryptPii(history!.oldValue, history!.oldKeyId!, "ssn")).toBe(person.ssn);
    expect(decryptPii(history!.newValue, history!.newKeyId!, "ssn")).toBe(newSsn);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.event, "staff.record-corrected"));
    expect(JSON.stringify(event!.details)).not.toMatch(/\d/);
  });

  it("refuses without a reason, with the record's own SSN, or with another record's SSN, and writes nothing", async () => {
    const { person, publicId } = await insertTestAccount();
    const other = await insertTestAccount();
    await signedInTestStaff(["records"]);
    const before = await wholeDatabase();
    expect((await correctSsnForStaff({ publicId, ssn: "123-45-6789", reason: "" })).fieldErrors).toMatchObject({ reason: expect.stringMatching(/Enter the reason/) });
    expect((await correctSsnForStaff({ publicId, ssn: person.ssn, reason: "Check" })).fieldErrors).toEqual({ ssn: "This is already the record's Social Security number" });
    expect((await correctSsnForStaff({ publicId, ssn: other.person.ssn, reason: "Check" })).fieldErrors).toEqual({ ssn: "Another record already has this Social Security number" });
    const refused = await correctDateOfBirthForStaff({ publicId, dateOfBirth: "1980-01-01", reason: "Check" });
    expect(refused.fieldErrors.dateOfBirth).toBeTruthy();
    expect(refused.values).toMatchObject({ dateOfBirth: "1980-01-01", reason: "Check" });
    expect(await wholeDatabase()).toEqual(before);
  });
});

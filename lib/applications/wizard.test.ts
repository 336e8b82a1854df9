import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/lib/platform/db/client";
import { applications, applicationTypes } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { ensureApplicationTypes, kentuckyApplicationTypes } from "./catalog";
import { checkEligibility } from "./eligibility";
import { draftFor } from "./queries";
import { educatorWith, goodPassword, noToAll, post } from "@/lib/tooling/testing/application-people";

provideTestDatabase();

const held = (status: string, expirationDate: string | null, rank: string | null = "II") => ({ certificateNumber: "1", typeName: "Professional", area: null, rank, status, expirationDate });

describe("application types and eligibility (issue 13 item 1)", () => {
  it("seeds Kentucky's types once and keeps a staff edit (ensureApplicationTypes is idempotent)", async () => {
    await db.update(applicationTypes).set({ feeCents: 6000 }).where(eq(applicationTypes.code, "renewal"));
    await ensureApplicationTypes(db);
    const rows = await db.select().from(applicationTypes);
    expect(rows.map((row) => row.code).sort()).toEqual(kentuckyApplicationTypes.map((type) => type.code).sort());
    expect(rows.find((row) => row.code === "renewal")!.feeCents).toBe(6000);
    expect(rows.find((row) => row.code === "emergency")!.startedBy).toBe("district");
  });

  it("renewal is offered for an active certificate expiring within a year or one expired within the last year only", () => {
    const on = "2026-12-01";
    expect(checkEligibility("renewable-certificate", [held("active", "2027-01-15")], on).eligible).toBe(true);
    expect(checkEligibility("renewable-certificate", [held("expired", "2026-03-01")], on).eligible).toBe(true);
    expect(checkEligibility("renewable-certificate", [held("expired", "2024-03-01")], on)).toMatchObject({ eligible: false, reason: expect.stringContaining("renewal opens") });
    expect(checkEligibility("renewable-certificate", [held("suspended", "2027-01-15")], on).eligible).toBe(false);
    expect(checkEligibility("rank-below-one", [held("active", "2030-01-01", "I")], on).eligible).toBe(false);
    expect(checkEligibility("no-active-certificate", [held("active", "2030-01-01")], on).eligible).toBe(false);
    expect(checkEligibility("district-initiated", [], on)).toMatchObject({ eligible: false, reason: expect.stringContaining("Started by your district") });
  });
});

describe("the wizard saves every step as one draft per type (issue 13 items 2-3)", () => {
  it("creates the draft on the first step, resumes where it stopped, and never skips ahead", async () => {
    const person = await educatorWith();
    expect((await post(person.userId, "initial", "education", {})).redirectTo).toBe("/apply/initial/eligibility");
    expect((await post(person.userId, "initial", "eligibility", { programCompleted: "no" })).state.fieldErrors.programCompleted).toMatch(/completed an approved/);
    expect((await post(person.userId, "initial", "eligibility", { programCompleted: "yes" })).redirectTo).toBe("/apply/initial/personal-details");
    expect((await post(person.userId, "initial", "eligibility", { programCompleted: "yes" })).redirectTo).toBe("/apply/initial/personal-details");
    const drafts = await db.select().from(applications).where(eq(applications.userId, person.userId));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.currentStep).toBe("personal-details");
    // Jumping to the signature by posting it sends the educator back to where the draft is.
    expect((await post(person.userId, "initial", "sign", { attest: "yes", signatureName: person.fullName, password: goodPassword })).redirectTo).toBe("/apply/initial/personal-details");
  });

  it("one draft per type per educator is a database rule (partial unique index)", async () => {
    const person = await educatorWith();
    await post(person.userId, "initial", "eligibility", { programCompleted: "yes" });
    const draft = (await draftFor(person.userId, "initial"))!;
    await expect(db.insert(applications).values({ reference: "AP-0000-0000", userId: person.userId, educatorId: draft.educatorId, typeCode: "initial", currentStep: "eligibility" })).rejects.toThrow();
  });

  it("a 'yes' to a character question needs an explanation before continuing, and is kept with it", async () => {
    const person = await educatorWith();
    for (const [step, values] of [
      ["eligibility", { programCompleted: "yes" }],
      ["personal-details", { detailsCorrect: "yes" }],
      ["education", { institution: "Berea College", degree: "bachelor", degreeDate: "05/14/2019", nameOnTranscript: person.fullName }],
      ["preparation", { programName: "Berea Teacher Education", testScores: "" }],
    ] as const) {
      expect((await post(person.userId, "initial", step, values)).state.status).not.toBe("error");
    }
    const refused = await post(person.userId, "initial", "character", { ...noToAll, convicted: "yes", convictedExplanation: " " });
    expect(refused.state.fieldErrors).toEqual({ convictedExplanation: "You answered yes: explain what happened" });
    expect(refused.state.values.convicted).toBe("yes");
    expect((await draftFor(person.userId, "initial"))!.currentStep).toBe("character");
    const saved = await post(person.userId, "initial", "character", { ...noToAll, convicted: "yes", convictedExplanation: "Speeding, 2012, fine paid." });
    expect(saved.redirectTo).toBe("/apply/initial/documents");
    expect((await draftFor(person.userId, "initial"))!.answers.character).toMatchObject({ convicted: "yes", convictedExplanation: "Speeding, 2012, fine paid." });
  });

  it("renewal offers only the educator's own renewable certificates", async () => {
    const person = await educatorWith([{ status: "active", expiresInDays: 45 }]);
    const other = await educatorWith([{ status: "active", expiresInDays: 45 }]);
    const [theirs] = await queryRows<{ certificate_number: string }>(db, sql`select c.certificate_number from credentials c join users u on u.educator_id = c.educator_id where u.id = ${other.userId}`);
    const refused = await post(person.userId, "renewal", "eligibility", { certificateNumber: theirs!.certificate_number });
    expect(refused.state.fieldErrors.certificateNumber).toBe("Select a certificate");
    expect(await draftFor(person.userId, "renewal")).toBeNull();
    const nothing = await educatorWith([{ status: "expired", expiresInDays: -800 }]);
    expect((await post(nothing.userId, "renewal", "eligibility", {})).state.formError).toMatch(/cannot make this application/);
  });
});

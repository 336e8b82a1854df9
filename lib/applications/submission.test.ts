import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { storeDocument } from "@/lib/documents";
import { asFile, samplePdf } from "@/lib/documents/sample-files";
import { settlePayment } from "@/lib/payments/payment-store";
import { TEST_PROVIDER } from "@/lib/payments/test-checkout-provider";
import { setClock } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { applicationElements, applications, applicationTypes, notifications, payments } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { outboxTo } from "@/lib/tooling/testing/factory";
import { answerInformationFor, withdrawFor } from "./after-submission";
import { applyDraftRetention } from "./draft-retention";
import { registerApplicationFeeHandler, startApplicationFee } from "./fee";
import { draftFor, heldCredentialsFor } from "./queries";
import { submitWithoutFee } from "./submit";
import { processingTransparency } from "./transparency";
import { context, educatorWith, goodPassword, noToAll, post } from "@/lib/tooling/testing/application-people";

provideTestDatabase();
registerApplicationFeeHandler();
afterEach(() => setClock(undefined));

/** A renewal signed and ready for its fee: every step answered through the wizard, a PDF uploaded. */
async function signedRenewal() {
  const person = await educatorWith([{ status: "active", expiresInDays: 45 }]);
  const [held] = await heldCredentialsFor(person.userId);
  await post(person.userId, "renewal", "eligibility", { certificateNumber: held!.certificateNumber });
  const draft = (await draftFor(person.userId, "renewal"))!;
  const stored = await storeDocument({ userId: person.userId, applicationId: draft.id, requirement: "evidence-of-professional-development-or-coursework", file: asFile(samplePdf(), "pd.pdf") });
  expect(stored.ok).toBe(true);
  for (const [step, values] of [
    ["personal-details", { detailsCorrect: "yes" }],
    ["experience", { district: "Franklin County", yearsExperience: "5", developmentHours: "24" }],
    ["character", noToAll],
    ["documents", {}],
    ["review", {}],
  ] as const) {
    const saved = await post(person.userId, "renewal", step, values);
    expect(saved.state.status, `${step}: ${JSON.stringify(saved.state)}`).not.toBe("error");
  }
  const wrong = await post(person.userId, "renewal", "sign", { attest: "yes", signatureName: person.fullName, password: "not the password" });
  expect(wrong.state.fieldErrors).toEqual({ password: "The password is not correct" });
  expect(wrong.state.values.password).toBeUndefined();
  expect((await post(person.userId, "renewal", "sign", { attest: "yes", signatureName: "Someone Else", password: goodPassword })).state.fieldErrors.signatureName).toMatch(/exactly as on your record/);
  expect((await post(person.userId, "renewal", "sign", { attest: "yes", signatureName: person.fullName.toUpperCase(), password: goodPassword })).redirectTo).toBe("/apply/renewal/fee");
  const type = (await db.select().from(applicationTypes).where(eq(applicationTypes.code, "renewal")))[0]!;
  return { person, draft: (await draftFor(person.userId, "renewal"))!, type };
}

const settle = async (applicationId: string, outcome: "paid" | "declined") => {
  const [payment] = await db.select().from(payments).where(eq(payments.applicationId, applicationId));
  return settlePayment(TEST_PROVIDER, { providerReference: payment!.providerReference!, outcome });
};

describe("fee, submission and receipt (issue 13 items 5-6)", () => {
  it("a declined payment leaves the draft unsubmitted; a paid one submits once, with checklist, notification and receipt email", async () => {
    const { person, draft, type } = await signedRenewal();
    expect(await startApplicationFee(person.userId, draft, type, context)).toContain("/dev/pay");
    await settle(draft.id, "declined");
    expect((await draftFor(person.userId, "renewal"))!.status).toBe("draft");

    await db.delete(payments).where(eq(payments.applicationId, draft.id));
    await startApplicationFee(person.userId, draft, type, context);
    await settle(draft.id, "paid");
    await settle(draft.id, "paid");
    const [submitted] = await db.select().from(applications).where(eq(applications.id, draft.id));
    expect(submitted).toMatchObject({ status: "submitted", feeCents: type.feeCents });
    const elements = await db.select().from(applicationElements).where(eq(applicationElements.applicationId, draft.id));
    expect(elements.map((e) => [e.element, e.owner, e.status])).toEqual(
      expect.arrayContaining([["Fee", "you", "received"], ["Evidence of professional development or coursework", "you", "received"], ["Verification of experience", "district", "waiting"]]),
    );
    const mail = await outboxTo(person.email);
    expect(mail.filter((m) => m.template === "application-receipt")).toHaveLength(1);
    expect(mail[0]!.subject).toContain(draft.reference);
    expect(await db.select().from(notifications).where(eq(notifications.userId, person.userId))).toHaveLength(1);
  });

  it("withdraw works for the owner before review only; another educator's id changes nothing (NX-2)", async () => {
    const { person, draft, type } = await signedRenewal();
    await db.update(applicationTypes).set({ feeWaiver: "Waived for this test" }).where(eq(applicationTypes.code, "renewal"));
    const reference = await submitWithoutFee(person.userId, draft, { ...type, feeWaiver: "Waived for this test" }, context);
    await db.update(applicationTypes).set({ feeWaiver: null }).where(eq(applicationTypes.code, "renewal"));
    expect(reference).toBe(draft.reference);
    const stranger = await educatorWith();
    expect((await withdrawFor(stranger.userId, { applicationId: draft.id }, context)).formError).toBe("This application was not found.");
    expect((await db.select().from(applications).where(eq(applications.id, draft.id)))[0]!.status).toBe("submitted");
    expect((await withdrawFor(person.userId, { applicationId: draft.id }, context)).status).toBe("ok");
    expect((await db.select().from(applications).where(eq(applications.id, draft.id)))[0]!.status).toBe("withdrawn");
    expect((await outboxTo(person.email)).map((m) => m.template)).toEqual(["application-receipt", "application-status"]);
    expect((await withdrawFor(person.userId, { applicationId: draft.id }, context)).formError).toMatch(/can no longer be withdrawn/);
  });

  it("information requested: the owner's answer goes on the timeline and back to review; SSN-shaped text is refused (PII-9)", async () => {
    const { person, draft, type } = await signedRenewal();
    await submitWithoutFee(person.userId, draft, { ...type, feeCents: 0 }, context);
    await db.update(applications).set({ status: "information_requested" }).where(eq(applications.id, draft.id));
    expect((await answerInformationFor(person.userId, { applicationId: draft.id, informationAnswer: "" }, context)).fieldErrors.informationAnswer).toBe("Enter your answer");
    expect((await answerInformationFor(person.userId, { applicationId: draft.id, informationAnswer: "My SSN is 123-45-6789" }, context)).fieldErrors.informationAnswer).toMatch(/Social Security/);
    expect((await answerInformationFor(person.userId, { applicationId: draft.id, informationAnswer: "Sent by the registrar." }, context)).status).toBe("ok");
    expect((await db.select().from(applications).where(eq(applications.id, draft.id)))[0]!.status).toBe("in_review");
  });
});

describe("draft retention (issue 13 item 3)", () => {
  it("warns 14 days before removing a draft untouched for 90 days, and removes it only after the warning", async () => {
    const person = await educatorWith();
    await post(person.userId, "initial", "eligibility", { programCompleted: "yes" });
    const draft = (await draftFor(person.userId, "initial"))!;
    const day = 24 * 60 * 60_000;
    setClock(new Date(draft.updatedAt.getTime() + 70 * day));
    expect(await applyDraftRetention()).toEqual({ warned: 0, removed: 0 });
    setClock(new Date(draft.updatedAt.getTime() + 77 * day));
    expect((await applyDraftRetention()).warned).toBeGreaterThanOrEqual(1);
    expect((await outboxTo(person.email)).map((m) => m.template)).toEqual(["draft-removal-warning"]);
    setClock(new Date(draft.updatedAt.getTime() + 85 * day));
    await applyDraftRetention();
    expect(await draftFor(person.userId, "initial")).not.toBeNull();
    setClock(new Date(draft.updatedAt.getTime() + 91 * day));
    await applyDraftRetention();
    expect(await draftFor(person.userId, "initial")).toBeNull();
    expect(await outboxTo(person.email)).toHaveLength(1);
  });
});

describe("processing transparency (issue 13 item 7)", () => {
  it("reviewing-through is the newest submission a reviewer has started; the median counts decisions of the last 90 days", async () => {
    const person = await educatorWith();
    const day = 24 * 60 * 60_000;
    const at = Date.now();
    const row = (submittedDaysAgo: number, extra: Partial<typeof applications.$inferInsert>) => ({
      reference: `AP-T${String(submittedDaysAgo).padStart(3, "0")}-${String(Math.abs(extra.decidedAt ? 1 : 2)).padStart(4, "0")}`,
      userId: person.userId,
      educatorId: person.educatorId,
      typeCode: "renewal",
      currentStep: "fee",
      submittedAt: new Date(at - submittedDaysAgo * day),
      ...extra,
    });
    await db.delete(applications);
    await db.insert(applications).values([
      row(20, { status: "approved", decidedAt: new Date(at - 18 * day), reviewStartedAt: new Date(at - 19 * day) }),
      row(30, { status: "denied", decidedAt: new Date(at - 26 * day), reviewStartedAt: new Date(at - 29 * day) }),
      row(40, { status: "approved", decidedAt: new Date(at - 30 * day), reviewStartedAt: new Date(at - 39 * day) }),
      row(200, { status: "approved", decidedAt: new Date(at - 100 * day), reviewStartedAt: new Date(at - 199 * day) }),
      row(12, { status: "in_review", reviewStartedAt: new Date(at - 1 * day) }),
      row(5, { status: "submitted" }),
    ]);
    const shown = await processingTransparency();
    expect(shown.reviewingThrough?.toISOString().slice(0, 10)).toBe(new Date(at - 12 * day).toISOString().slice(0, 10));
    expect(shown.medianDaysToDecision).toBe(4);
    expect(shown.decisionsCounted).toBe(3);
    expect(shown.queueEmpty).toBe(false);
  });
});

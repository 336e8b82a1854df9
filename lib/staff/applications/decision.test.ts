import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerInformationFor } from "@/lib/applications/after-submission";
import { addYears, setClock, today } from "@/lib/platform/clock";
import { db, queryRows } from "@/lib/platform/db/client";
import { applications } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { context, outboxTo } from "@/lib/tooling/testing/factory";
import { actAs, applicationNow, credentialNow, notificationsOf, reviewer, staffEvents, submittedApplication, timelineBodies } from "@/lib/tooling/testing/staff-applications";
import { approveApplication, recommendApproval } from "./decision";
import { assignApplicationToMe, denyApplication, markElementReceived, requestInformation } from "./review-actions";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();
afterEach(() => setClock(undefined));

describe("reviewing an application (issue 15 item 2)", () => {
  it("assign to me starts the review: assignee, status, timeline, the educator's notification and email, a staff audit event", async () => {
    const { person, application } = await submittedApplication();
    const rosa = await reviewer();
    await actAs(rosa);
    expect((await assignApplicationToMe({ applicationId: application.id })).status).toBe("ok");
    const after = await applicationNow(application.id);
    expect(after).toMatchObject({ status: "in_review", assignedStaffId: rosa.id });
    expect((await notificationsOf(person.userId)).map((row) => row.title)).toContain(`Application ${application.reference}: In review`);
    expect((await outboxTo(person.email)).some((row) => row.subject.includes("In review"))).toBe(true);
    const [event] = await staffEvents(rosa.id, "staff.application.assigned");
    expect(event).toMatchObject({ userId: person.userId, educatorId: person.educatorId, details: { type: "renewal" } });
  });

  it("mark received changes only a waiting item of this application, once", async () => {
    const { application, elementId } = await submittedApplication();
    const other = await submittedApplication();
    await actAs(await reviewer());
    expect((await markElementReceived({ applicationId: other.application.id, elementId: String(elementId) })).status).toBe("error");
    expect((await markElementReceived({ applicationId: application.id, elementId: String(elementId) })).status).toBe("ok");
    expect((await markElementReceived({ applicationId: application.id, elementId: String(elementId) })).formError).toMatch(/already received/);
    expect((await timelineBodies(application.id)).map((row) => row.description)).toContain("Received: Verification of experience");
  });

  it("request information: the message is required and free of SSNs; the educator reads it, answers, and the application is back in review", async () => {
    const { person, application } = await submittedApplication();
    await actAs(await reviewer());
    expect((await requestInformation({ applicationId: application.id, message: " " })).fieldErrors).toEqual({ message: "Enter what you need from the educator" });
    const withSsn = await requestInformation({ applicationId: application.id, message: "Is 987-30-2202 yours?" });
    expect(withSsn.fieldErrors.message).toMatch(/Social Security/);
    expect((await applicationNow(application.id)).status).toBe("submitted");
    expect((await requestInformation({ applicationId: application.id, message: "Please send your district's letter of experience." })).status).toBe("ok");
    expect((await applicationNow(application.id)).status).toBe("information_requested");
    expect((await timelineBodies(application.id)).some((row) => row.body === "Please send your district's letter of experience.")).toBe(true);
    expect((await notificationsOf(person.userId)).some((row) => row.body.includes("Please send your district's letter of experience."))).toBe(true);
    expect((await outboxTo(person.email)).some((row) => row.text?.includes("Please send your district's letter of experience."))).toBe(true);
    expect((await answerInformationFor(person.userId, { applicationId: application.id, informationAnswer: "Attached." }, context)).status).toBe("ok");
    expect((await applicationNow(application.id)).status).toBe("in_review");
  });

  it("deny needs a reason, which the educator reads; a denied application takes no further decision", async () => {
    const { person, application } = await submittedApplication();
    const rosa = await reviewer();
    await actAs(rosa);
    expect((await denyApplication({ applicationId: application.id, reason: "" })).fieldErrors).toEqual({ reason: "Enter the reason for the denial" });
    expect((await denyApplication({ applicationId: application.id, reason: "The certificate expired more than a year ago." })).status).toBe("ok");
    expect(await applicationNow(application.id)).toMatchObject({ status: "denied" });
    expect((await notificationsOf(person.userId)).some((row) => row.body.includes("The certificate expired more than a year ago."))).toBe(true);
    expect(await staffEvents(rosa.id, "staff.application.denied")).toHaveLength(1);
    expect((await assignApplicationToMe({ applicationId: application.id })).status).toBe("error");
  });
});

describe("approval issues the credential (issue 15 items 2 and 4)", () => {
  it("two-person rule on renewal: no approval without a recommendation, never by the recommender; a second reviewer renews from the current expiration", async () => {
    const { person, application, certificate } = await submittedApplication("renewal", { expiresInDays: 45 });
    const rosa = await reviewer();
    const abel = await reviewer();
    await actAs(rosa);
    await assignApplicationToMe({ applicationId: application.id });
    expect((await approveApplication({ applicationId: application.id })).formError).toMatch(/needs a recommendation/);
    expect((await recommendApproval({ applicationId: application.id })).status).toBe("ok");
    expect((await approveApplication({ applicationId: application.id })).formError).toMatch(/You recommended this application/);
    expect((await applicationNow(application.id)).status).toBe("in_review");
    await actAs(abel);
    expect((await approveApplication({ applicationId: application.id })).status).toBe("ok");
    const renewed = await credentialNow(certificate.certificateNumber);
    expect(renewed!.expirationDate).toBe(addYears(certificate.expirationDate!, 5));
    expect(renewed!.status).toBe("active");
    expect(await applicationNow(application.id)).toMatchObject({ status: "approved", credentialId: renewed!.id, recommendedByStaffId: rosa.id });
    expect((await notificationsOf(person.userId)).some((row) => row.body.includes(`Certificate ${certificate.certificateNumber} is renewed until`))).toBe(true);
    expect((await outboxTo(person.email)).some((row) => row.subject.includes("Approved"))).toBe(true);
    const [audit] = await staffEvents(abel.id, "staff.application.approved");
    expect(audit!.details).toMatchObject({ certificateNumber: certificate.certificateNumber, secondReviewer: true });
    expect((await approveApplication({ applicationId: application.id })).status).toBe("error");
  });

  it("a new certificate takes its number from the sequence and its dates from the type's validity; choices are checked", async () => {
    setClock(new Date("2027-03-15T15:00:00Z"));
    const first = await submittedApplication("initial", { answers: { eligibility: { programCompleted: "yes" } } });
    const second = await submittedApplication("initial", { answers: { eligibility: { programCompleted: "yes" } } });
    await actAs(await reviewer());
    for (const { application } of [first, second]) await assignApplicationToMe({ applicationId: application.id });
    const missing = await approveApplication({ applicationId: first.application.id, credentialType: "", area: "", rank: "" });
    expect(missing.fieldErrors).toEqual({ credentialType: "Select the certificate to issue" });
    expect((await approveApplication({ applicationId: first.application.id, credentialType: "PROF-TEST", area: " ", rank: "" })).fieldErrors).toHaveProperty("area");
    expect((await approveApplication({ applicationId: first.application.id, credentialType: "PROF-TEST", area: "Mathematics", rank: "IV" })).fieldErrors).toHaveProperty("rank");
    expect((await approveApplication({ applicationId: first.application.id, credentialType: "PROF-TEST", area: "Mathematics", rank: "III" })).status).toBe("ok");
    expect((await approveApplication({ applicationId: second.application.id, credentialType: "PROF-TEST", area: "Biology", rank: "" })).status).toBe("ok");
    const [one, two] = [await applicationNow(first.application.id), await applicationNow(second.application.id)];
    const issued = (row: typeof one) =>
      queryRows<{ n: string; effective: string; expires: string; rank: string | null }>(db, sql`select certificate_number as n, effective_date::text as effective, expiration_date::text as expires, rank from credentials where id = ${row.credentialId}`);
    const [[a], [b]] = [await issued(one), await issued(two)];
    expect(Number(a!.n)).toBeGreaterThanOrEqual(70000001);
    expect(Number(b!.n)).toBe(Number(a!.n) + 1);
    expect(a).toMatchObject({ effective: today(), expires: "2032-03-15", rank: "III" });
    expect(b!.rank).toBeNull();
  });

  it("a rank change sets the rank its basis earns on the named certificate; a duplicate changes nothing on the record", async () => {
    const rankChange = await submittedApplication("rank-change");
    rankChange.application.answers.eligibility!.rankBasis = "national-board";
    await db.update(applications).set({ answers: rankChange.application.answers }).where(eq(applications.id, rankChange.application.id));
    const duplicate = await submittedApplication("duplicate");
    await actAs(await reviewer());
    for (const { application } of [rankChange, duplicate]) {
      await assignApplicationToMe({ applicationId: application.id });
      expect((await approveApplication({ applicationId: application.id })).status).toBe("ok");
    }
    expect((await credentialNow(rankChange.certificate.certificateNumber))!.rank).toBe("I");
    const untouched = await credentialNow(duplicate.certificate.certificateNumber);
    expect([untouched!.rank, untouched!.expirationDate]).toEqual([duplicate.certificate.rank, duplicate.certificate.expirationDate]);
    expect((await applicationNow(duplicate.application.id)).credentialId).toBeNull();
  });
});

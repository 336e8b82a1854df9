import { eq } from "drizzle-orm";
import { newApplicationReference } from "@/lib/applications/reference";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { db } from "@/lib/platform/db/client";
import { accounts, applicationEvents, applications, documentContents, documents, nameChangeRequests, notifications, oneTimeTokens, passwordHashes, payments, supportRequests } from "@/lib/platform/db/schema";
import type { OneTimeTokenPurpose } from "@/lib/platform/db/schema/enums";
import { hashToken, issueToken, newToken } from "@/lib/platform/tokens/one-time-tokens";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import type { Owner } from "@/lib/tooling/testing/row-snapshots";

/**
 * The two people of the runtime authorization test and the forms it posts. Person A has a row in
 * every table that belongs to a person; person B is the one signed in. Test code only.
 */
export const password = "Quiet-Orchard-Bicycle-47!";
export const newPassword = "Violet-Harbor-Lantern-92?";

export type TestPerson = Owner & Awaited<ReturnType<typeof insertTestAccount>> & { ids: Record<string, string> };

/** An account with a password and two unread notifications (so "mark all as read" has work). */
export async function personWithPassword(): Promise<TestPerson> {
  const account = await insertTestAccount();
  await db.insert(passwordHashes).values({ userId: account.userId, hash: await hashPassword(password) });
  const feed = await db
    .insert(notifications)
    .values([1, 2].map((n) => ({ userId: account.userId, kind: "agency_message" as const, title: `Message ${n}`, body: "From the agency." })))
    .returning({ id: notifications.id });
  return { ...account, emails: [account.email], ids: { userId: account.userId, educatorId: account.educatorId, publicId: account.publicId, notificationId: feed[0]!.id } };
}

/** Person A: B's target, with rows everywhere (name change, support request, Microsoft link, tokens). */
export async function personWithEverything(): Promise<TestPerson> {
  const person = await personWithPassword();
  const [request] = await db
    .insert(nameChangeRequests)
    .values({ userId: person.userId, educatorId: person.educatorId, firstName: "Ada", lastName: "Byron", reason: "Marriage" })
    .returning({ id: nameChangeRequests.id });
  const [support] = await db
    .insert(supportRequests)
    .values({ reference: `REF-${person.username}`, userId: person.userId, name: "Ada", email: person.email, topic: "credentials", message: "Hello" })
    .returning({ id: supportRequests.id, reference: supportRequests.reference });
  await db.insert(accounts).values({ userId: person.userId, type: "oidc", provider: "microsoft-entra-id", providerAccountId: `ms-${person.username}` });
  for (const purpose of ["password_reset", "account_unlock"] as const) await issueToken(db, { purpose, userId: person.userId, email: person.email });
  await emailConfirmationToken(person);
  const [application] = await db
    .insert(applications)
    .values({ reference: newApplicationReference(), userId: person.userId, educatorId: person.educatorId, typeCode: "renewal", status: "submitted", currentStep: "fee", submittedAt: new Date() })
    .returning({ id: applications.id });
  await db.insert(applicationEvents).values({ applicationId: application!.id, userId: person.userId, kind: "status:submitted", actor: "you", description: "Submitted" });
  await db.insert(applications).values({ reference: newApplicationReference(), userId: person.userId, educatorId: person.educatorId, typeCode: "initial", currentStep: "personal-details", answers: { eligibility: { programCompleted: "yes" } } });
  const tokens = await db.select({ hash: oneTimeTokens.tokenHash }).from(oneTimeTokens).where(eq(oneTimeTokens.userId, person.userId));
  // Issue 13: an uploaded document and a paid fee on an application of A's. (A test checkout id is a
  // capability like a token's text, which nobody but A's browser has, so it is not offered to B.)
  const applicationId = application!.id;
  const [document] = await db
    .insert(documents)
    .values({ userId: person.userId, applicationId, requirement: "transcript", fileName: "transcript.pdf", mediaType: "application/pdf", sizeBytes: 9 })
    .returning({ id: documents.id });
  await db.insert(documentContents).values({ documentId: document!.id, bytes: Buffer.from("%PDF-1.4\n") });
  const [payment] = await db
    .insert(payments)
    .values({ userId: person.userId, applicationId, purpose: "application_fee", description: "Fee", amountCents: 8500, status: "paid", provider: "test", providerReference: `ref-${person.username}`, returnTo: "/dashboard" })
    .returning({ id: payments.id });
  return {
    ...person,
    ids: {
      ...person.ids,
      requestId: request!.id,
      supportRequestId: support!.id,
      reference: support!.reference,
      providerAccountId: `ms-${person.username}`,
      applicationId,
      documentId: document!.id,
      paymentId: payment!.id,
      // Only hashes are stored: the most an attacker could have seen of someone else's token.
      token: tokens[0]!.hash,
    },
  };
}

async function emailConfirmationToken(person: { userId: string; email: string }): Promise<string> {
  const token = newToken();
  await db.insert(oneTimeTokens).values({ purpose: "email_confirmation", tokenHash: hashToken(token), userId: person.userId, email: person.email, expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}

/** The person's own emailed token of `purpose`, as the link in their email carries it. */
export function ownToken(person: TestPerson, purpose: OneTimeTokenPurpose): Promise<string> {
  return purpose === "email_confirmation" ? emailConfirmationToken(person) : issueToken(db, { purpose, userId: person.userId, email: person.email });
}

/** Field names that carry an identity or a capability: they get the *target's* value. */
export const idField = /(^id$|Id$|^user$|^account$|token$|Token$|^reference$)/;

/** Valid-looking values for every other field the app's forms use, from the signed-in person's own data. */
export function ownValues(person: TestPerson): Record<string, string | File> {
  const { firstName, lastName, dateOfBirth, ssn } = person.person;
  const csv = `first_name,last_name,public_id\n${firstName},${lastName},${person.publicId}\n`;
  return {
    username: person.username,
    identifier: person.username,
    password,
    confirmPassword: password,
    // Registration's "Also link the Microsoft account …" box, unticked (no identity waits in this test's browser).
    linkMicrosoft: "",
    currentPassword: password,
    newPassword,
    confirmNewPassword: newPassword,
    email: person.email,
    newEmail: `new-${person.username}@example.org`,
    name: `${firstName} Byron`,
    // A new name is letters only (the records' test names carry digits).
    firstName: "Ada",
    middleName: "",
    lastName: "Byron",
    dateOfBirth,
    ssn,
    lastFourSsn: ssn.slice(-4),
    phone: "502-555-0142",
    addressLine1: "1 Main St",
    addressLine2: "",
    city: "Frankfort",
    state: "KY",
    postalCode: "40601",
    // The profile's email choices: ticked boxes send "yes".
    renewalReminderEmails: "yes",
    announcementEmails: "",
    topic: "credentials",
    message: "Please check the certificate on my record.",
    reason: "Marriage",
    next: "/dashboard",
    altcha: "unsolved",
    agree: "on",
    status: "active",
    to: person.email,
    entries: "",
    // A wrong authenticator code: the second step and enrolment answer with a message and change nothing.
    code: "000000",
    remember: "yes",
    // A passkey's name, and an answer no authenticator gave: refused without a change.
    passkeyName: "Work laptop",
    methodName: "Work laptop",
    passkeyResponse: "{}",
    file: new File([csv], "check.csv", { type: "text/csv" }),
    // The application wizard's first step of an initial application (a fresh person holds no certificate).
    applicationType: "initial",
    step: "eligibility",
    programCompleted: "yes",
    certificateNumber: "",
    newArea: "Teacher Leader",
    rankBasis: "masters",
    duplicateReason: "lost",
    // The staff console's two-person rule button: duplicates need a second reviewer.
    secondReviewerSetting: "duplicate:required",
    detailsCorrect: "yes",
    institution: "University of Kentucky",
    degree: "bachelor",
    degreeDate: "05/14/2019",
    nameOnTranscript: `${firstName} ${lastName}`,
    programName: "UK College of Education",
    testScores: "",
    district: "Franklin County",
    yearsExperience: "5",
    developmentHours: "24",
    convicted: "no",
    convictedExplanation: "",
    pendingCharges: "no",
    pendingChargesExplanation: "",
    disciplined: "no",
    disciplinedExplanation: "",
    deniedElsewhere: "no",
    deniedElsewhereExplanation: "",
    // Issue 15, the staff records page: a public disciplinary action, and the audit log's filters (left empty).
    actionType: "reprimand",
    actionDate: "05/14/2019",
    summary: "Reprimand for a late report.",
    educator: "",
    account: "",
    staff: "",
    event: "",
    from: "",
    // The staff records search's name fields (a GET form, like the public search's).
    last: lastName,
    first: firstName,
    attest: "yes",
    signatureName: `${firstName} ${lastName}`,
    informationAnswer: "The transcript was sent by the registrar last week.",
    // Issue 13: which required document an upload is, and where its form returns to.
    requirement: "transcript",
    returnTo: "/dashboard",
    // Issue 15: an announcement (the staff console; an administrator's form).
    title: "Office hours",
    body: "The offices open at 8 a.m.",
    startsOn: "12/01/2026",
    endsOn: "",
    // Issue 15: a staff account's roles (the staff accounts page's checkboxes).
    roles: "reviewer",
    // Issue 15: the applications queue's filters (a GET form) and approval's choices for a new certificate.
    type: "renewal",
    assignee: "anyone",
    olderThanDays: "",
    credentialType: "PROF-HS",
    area: "Mathematics",
    rank: "II",
  };
}

/** A form with every known field: ids and tokens from `target`, everything else `signedIn`'s own. */
export function formFor(fields: string[], signedIn: TestPerson, target: TestPerson, token?: string): FormData {
  const own = ownValues(signedIn);
  // A form that asks for the current password as well is a password change: its `password` is the new one.
  const changingPassword = fields.includes("currentPassword");
  const form = new FormData();
  for (const field of fields) {
    if (idField.test(field)) form.set(field, /token$/i.test(field) && token ? token : (target.ids[field] ?? target.userId));
    else if (changingPassword && (field === "password" || field === "confirmPassword")) form.set(field, newPassword);
    else form.set(field, own[field]!);
  }
  return form;
}

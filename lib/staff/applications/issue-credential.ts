import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { now, today } from "@/lib/platform/clock";
import { formatLongDate } from "@/lib/platform/dates";
import { queryRows, type Executor } from "@/lib/platform/db/client";
import { credentials, credentialTypes, type ApplicationRow } from "@/lib/platform/db/schema";
import { credentialRank, type CredentialRank } from "@/lib/platform/db/schema/enums";
import { issueRuleFor, newCertificateDates, rankEarnedBy, renewedExpiration } from "./issue-rules";

/** What the reviewer chose for a new certificate (only asked when the type's rule is "new"). */
export type IssueChoice = { credentialType: string; area: string; rank: string };

export type Issued = { credentialId: string | null; certificateNumber: string | null; expirationDate: string | null; summary: string };
export type IssueOutcome = { ok: true; issued: Issued } | { ok: false; field: keyof IssueChoice | ""; message: string };

const notOnRecord = "The certificate this application names is not on the educator's record. Deny it or ask the educator for the right certificate.";

/**
 * Approval's effect on the record, in the approval's transaction (so the dashboard and the public
 * search show it the moment the decision commits). The named certificate is looked up only among
 * the applicant's own, so an answer cannot renew somebody else's.
 */
export async function issueCredential(tx: Executor, application: ApplicationRow, choice: IssueChoice): Promise<IssueOutcome> {
  const rule = issueRuleFor(application.typeCode);
  if (rule === "new") return issueNew(tx, application, choice);
  if (rule === "none") return { ok: true, issued: { credentialId: null, certificateNumber: null, expirationDate: null, summary: "" } };
  const named = application.answers.eligibility?.certificateNumber ?? "";
  const [held] = await tx
    .select({ id: credentials.id, expirationDate: credentials.expirationDate, status: credentials.status, rank: credentials.rank, validityYears: credentialTypes.validityYears })
    .from(credentials)
    .innerJoin(credentialTypes, eq(credentialTypes.id, credentials.credentialTypeId))
    .where(and(eq(credentials.certificateNumber, named), eq(credentials.educatorId, application.educatorId)))
    .for("update", { of: credentials });
  if (!held) return { ok: false, field: "", message: notOnRecord };
  const at = now();
  if (rule === "renew") {
    if (held.status !== "active" && held.status !== "expired") return { ok: false, field: "", message: `Certificate ${named} is ${held.status}; it cannot be renewed.` };
    const expirationDate = renewedExpiration(held.expirationDate, held.validityYears, today(at));
    await tx
      .update(credentials)
      .set({ expirationDate, status: "active", updatedAt: at, ...(held.status === "active" ? {} : { statusChangedAt: at }) })
      .where(eq(credentials.id, held.id));
    return { ok: true, issued: { credentialId: held.id, certificateNumber: named, expirationDate, summary: `Certificate ${named} is renewed until ${formatLongDate(expirationDate)}.` } };
  }
  const rank = rankEarnedBy(application.answers.eligibility?.rankBasis);
  if (!rank) return { ok: false, field: "", message: "The application does not say which rank it is for." };
  await tx.update(credentials).set({ rank, updatedAt: at }).where(eq(credentials.id, held.id));
  return { ok: true, issued: { credentialId: held.id, certificateNumber: named, expirationDate: held.expirationDate, summary: `Certificate ${named} is now Rank ${rank}.` } };
}

async function issueNew(tx: Executor, application: ApplicationRow, choice: IssueChoice): Promise<IssueOutcome> {
  const [type] = await tx.select().from(credentialTypes).where(eq(credentialTypes.code, choice.credentialType));
  if (!type) return { ok: false, field: "credentialType", message: "Select the certificate to issue" };
  const area = choice.area.trim();
  if (area === "" || area.length > 200) return { ok: false, field: "area", message: "Enter the certification area, 200 characters or fewer" };
  const rank = choice.rank === "" ? null : (credentialRank.enumValues as readonly string[]).includes(choice.rank) ? (choice.rank as CredentialRank) : undefined;
  if (rank === undefined) return { ok: false, field: "rank", message: "Select a rank, or none" };
  const [{ value: certificateNumber }] = (await queryRows<{ value: string }>(tx, sql`select nextval('certificate_number_seq')::text as value`)) as [{ value: string }];
  const dates = newCertificateDates(type.validityYears, today());
  const [row] = await tx
    .insert(credentials)
    .values({ educatorId: application.educatorId, credentialTypeId: type.id, certificateNumber, area, rank, status: "active", ...dates, statusChangedAt: now() })
    .returning({ id: credentials.id });
  const until = dates.expirationDate ? ` until ${formatLongDate(dates.expirationDate)}` : "";
  return { ok: true, issued: { credentialId: row!.id, certificateNumber, expirationDate: dates.expirationDate, summary: `Certificate ${certificateNumber} (${type.name}, ${area}) is issued${until}.` } };
}

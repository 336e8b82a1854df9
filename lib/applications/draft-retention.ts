import "server-only";
import { and, eq, inArray, isNull, lt, lte } from "drizzle-orm";
import { draftRemovalWarningMessage } from "@/components/emails/draft-removal-warning";
import { now } from "@/lib/platform/clock";
import { formatLongDate } from "@/lib/platform/dates";
import { db, type Executor } from "@/lib/platform/db/client";
import { applications, applicationTypes, users } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmails } from "@/lib/platform/email/outbox";
import { registerScheduledTask } from "@/lib/platform/email/delivery-loop";

/** Drafts untouched this long are removed; the warning goes out WARNING_DAYS before (README "Retention"). */
export const DRAFT_RETENTION_DAYS = 90;
export const DRAFT_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Warns, then removes, drafts nobody has saved for a long time. Idempotent and safe on every
 * instance at once: the warning's stamp and its email commit together (a row already stamped is
 * skipped), and a draft is removed only 14 days after its warning, so nobody loses a draft unwarned.
 * Saving any step clears the stamp (save-step.ts), which starts the 90 days again.
 */
export async function applyDraftRetention(executor: Executor = db): Promise<{ warned: number; removed: number }> {
  const at = now().getTime();
  const warnBefore = new Date(at - (DRAFT_RETENTION_DAYS - DRAFT_WARNING_DAYS) * DAY_MS);
  return executor.transaction(async (tx) => {
    const warned = await tx
      .update(applications)
      .set({ retentionWarnedAt: new Date(at) })
      .where(and(eq(applications.status, "draft"), isNull(applications.retentionWarnedAt), lt(applications.updatedAt, warnBefore)))
      .returning({ id: applications.id, userId: applications.userId, typeCode: applications.typeCode, currentStep: applications.currentStep, updatedAt: applications.updatedAt });
    const details = warned.length
      ? await tx
          .select({ id: applications.id, email: users.email, name: users.name, username: users.username, typeName: applicationTypes.name })
          .from(applications)
          .innerJoin(users, eq(users.id, applications.userId))
          .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
          .where(inArray(applications.id, warned.map((row) => row.id)))
      : [];
    await enqueueEmails(
      tx,
      warned.flatMap((row) => {
        const person = details.find((detail) => detail.id === row.id);
        if (!person) return [];
        const removal = new Date(Math.max(row.updatedAt.getTime() + DRAFT_RETENTION_DAYS * DAY_MS, at + DRAFT_WARNING_DAYS * DAY_MS));
        return [draftRemovalWarningMessage(person.email, { name: person.name ?? person.username, typeName: person.typeName, removalDate: formatLongDate(removal), continueUrl: appLink(`/apply/${row.typeCode}/${row.currentStep}`) })];
      }),
    );
    const removed = await tx
      .delete(applications)
      .where(
        and(
          eq(applications.status, "draft"),
          lt(applications.updatedAt, new Date(at - DRAFT_RETENTION_DAYS * DAY_MS)),
          lte(applications.retentionWarnedAt, new Date(at - DRAFT_WARNING_DAYS * DAY_MS)),
        ),
      )
      .returning({ id: applications.id });
    return { warned: warned.length, removed: removed.length };
  });
}

export function registerDraftRetentionTask(): void {
  registerScheduledTask("application-draft-retention", 60 * 60_000, async () => {
    await applyDraftRetention();
  });
}

import "server-only";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { disciplinaryActions, disciplinaryActionType } from "@/lib/platform/db/schema";
import { errorState, fromZodError } from "@/lib/platform/forms/action-state";
import { parseUsDate } from "@/lib/platform/forms/us-date";
import { recordStaffAudit } from "../audit";
import { requireStaff } from "../guard";
import { doneState, type RecordActionState } from "./record-action-state";
import { recordMessages as text } from "./record-messages";
import { recordTargetFor } from "./record-target";

export const disciplineFields = ["publicId", "actionType", "actionDate", "summary"] as const;

const disciplineSchema = z.object({
  actionType: z.enum(disciplinaryActionType.enumValues, { error: text.actionType }),
  actionDate: z.string().transform((value, context) => parseUsDate(value) ?? (context.addIssue({ code: "custom", message: text.actionDate }), z.NEVER)),
  summary: z.string().trim().min(1, text.summary).max(2000, "The summary must be 2,000 characters or fewer"),
});

/**
 * Adds a public disciplinary action to a record (records only). It is public at once: the public
 * educator page reads public_disciplinary_actions directly. Audited with the action's kind only
 * (the summary is on the record itself).
 */
export async function addDisciplinaryActionForStaff(values: Record<(typeof disciplineFields)[number], string>): Promise<RecordActionState> {
  const actor = await requireStaff("records");
  const parsed = disciplineSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values) as RecordActionState;
  const added = await db.transaction(async (tx) => {
    const target = await recordTargetFor(values.publicId, tx);
    if (!target) return false;
    await tx.insert(disciplinaryActions).values({ educatorId: target.educatorId, ...parsed.data });
    await recordStaffAudit(actor, { event: "staff.discipline-added", educatorId: target.educatorId, userId: target.userId, details: { actionType: parsed.data.actionType } }, tx);
    return true;
  });
  return added ? doneState("The disciplinary action was added to the public record.") : (errorState({}, values, text.noRecord) as RecordActionState);
}

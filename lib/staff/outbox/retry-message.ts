import "server-only";
import { and, eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "../audit";
import { requireStaff } from "../guard";
import { rowId } from "../requests/staff-message";

export const retryFields = ["messageId"] as const;

/**
 * "Retry": a failed message goes back to pending, due now, so the delivery loop picks it up within
 * seconds. Its attempts count is kept, so one more failure settles it as failed again rather than
 * starting a new five-hour round of retries. Only a failed message can be retried (a pending one is
 * already on its way). Roles: admin or support.
 */
export async function retryOutboxMessage(values: Record<"messageId", string>): Promise<ActionState> {
  const actor = await requireStaff("admin", "support");
  if (!rowId.safeParse(values.messageId).success) return errorState({}, {}, "This message was not found.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(emailOutbox)
      .set({ status: "pending", nextAttemptAt: now() })
      .where(and(eq(emailOutbox.id, values.messageId), eq(emailOutbox.status, "failed")))
      .returning({ id: emailOutbox.id, template: emailOutbox.template });
    if (!row) return errorState({}, {}, "This message is not a failed one: it was sent, or is already waiting to be sent.");
    await recordStaffAudit(actor, { event: "staff.outbox.retried", details: { messageId: row.id, template: row.template } }, tx);
    return { status: "ok", fieldErrors: {}, values: {} };
  });
}

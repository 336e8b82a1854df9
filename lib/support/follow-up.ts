import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { supportRequestMessages, supportRequests, users } from "@/lib/platform/db/schema";
import { getConfig } from "@/lib/platform/config/env";
import { enqueueEmails } from "@/lib/platform/email/outbox";
import { supportRequestNoticeMessage } from "@/components/emails/support-request-notice";
import { staffSupportRequestUrl } from "./staff-link";
import { supportTopicLabel } from "./support-form";
import { errorState, fieldErrorsOf, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { containsSsnShape, redactSsnShapes } from "./ssn-shape";
import { supportLimits } from "./submit-support-request";

export const followUpFields = ["supportRequestId", "message"] as const;
export type FollowUpState = ActionState<"message", "sent">;

const followUpSchema = z.object({
  supportRequestId: z.uuid(),
  message: z
    .string()
    .trim()
    .min(1, "Enter your message")
    .max(4000, "Your message must be 4000 characters or fewer")
    .refine((text) => !containsSsnShape(text), "Do not include your Social Security number or any part of it"),
});

const notYours = "This request was not found among yours.";

/**
 * The educator's answer in a support request's thread on "My requests": only on a request sent from
 * this account (another's id finds nothing), SSN-shaped text refused, the account's daily support
 * budget spent. The request goes back to "open" so it reappears in the support inbox, and the support
 * team's mailbox gets the reply as it got the request. `userId` comes from requireUser() (my-requests.ts).
 */
export async function sendFollowUpFor(userId: string, values: Record<(typeof followUpFields)[number], string>, request: RequestFacts): Promise<FollowUpState> {
  const shown = { message: redactSsnShapes(values.message ?? "") };
  const parsed = followUpSchema.safeParse(values);
  if (!parsed.success) {
    const { supportRequestId, ...fieldErrors } = fieldErrorsOf(parsed.error);
    return errorState(fieldErrors, shown, supportRequestId ? notYours : undefined) as FollowUpState;
  }
  const limit = await hitRateLimit(supportLimits.account.name, userId, supportLimits.account.rule);
  if (!limit.allowed) return errorState({}, shown, "You have sent several messages in a short time. Try again later, or call us.") as FollowUpState;
  return db.transaction(async (tx) => {
    const [own] = await tx
      .select({
        id: supportRequests.id,
        reference: supportRequests.reference,
        topic: supportRequests.topic,
        name: supportRequests.name,
        email: supportRequests.email,
        phone: supportRequests.phone,
        account: users.username,
      })
      .from(supportRequests)
      .innerJoin(users, eq(users.id, supportRequests.userId))
      .where(and(eq(supportRequests.id, parsed.data.supportRequestId), eq(supportRequests.userId, userId)))
      .for("update", { of: supportRequests });
    if (!own) return errorState({}, shown, notYours) as FollowUpState;
    const at = now();
    await tx.insert(supportRequestMessages).values({ supportRequestId: own.id, author: "educator", body: parsed.data.message, createdAt: at });
    await tx.update(supportRequests).set({ status: "open", updatedAt: at }).where(eq(supportRequests.id, own.id));
    await recordAudit({ event: "support.follow_up_sent", outcome: "success", userId, request, details: { supportRequestId: own.id } }, tx);
    const { id, topic, ...rest } = own;
    await enqueueEmails(tx, [
      supportRequestNoticeMessage(getConfig().SUPPORT_EMAIL, {
        ...rest,
        reply: true,
        topic: supportTopicLabel(topic),
        message: parsed.data.message,
        consoleUrl: staffSupportRequestUrl(id),
      }),
    ]);
    return outcomeState("sent" as const) as FollowUpState;
  });
}

import "server-only";
import { eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { contactDetails } from "@/lib/platform/db/schema";
import { fromZodError, type ActionState } from "@/lib/platform/forms/action-state";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { contactFields, contactSchema } from "./contact-form";

/** The person's phone and mailing address as form values. `userId` comes from requireUser(). */
export async function contactValuesFor(userId: string): Promise<Record<string, string>> {
  const [row] = await db.select().from(contactDetails).where(eq(contactDetails.userId, userId));
  return Object.fromEntries(contactFields.map((field) => [field, row?.[field] ?? ""]));
}

/** Saves phone and mailing address (one upsert) with its audit event (no values in the audit). */
export async function saveContactDetailsFor(userId: string, values: Record<string, string>, request: RequestFacts): Promise<ActionState> {
  const parsed = contactSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  await db.transaction(async (tx) => {
    await tx
      .insert(contactDetails)
      .values({ userId, ...parsed.data, updatedAt: now() })
      .onConflictDoUpdate({ target: contactDetails.userId, set: { ...parsed.data, updatedAt: now() } });
    await recordAudit({ event: "profile.contact_updated", outcome: "success", userId, request }, tx);
  });
  return { status: "ok", fieldErrors: {}, values: Object.fromEntries(contactFields.map((field) => [field, parsed.data[field] ?? ""])) };
}

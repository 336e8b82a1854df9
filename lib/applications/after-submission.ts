import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { applicationEvents, applications, applicationTypes } from "@/lib/platform/db/schema";
import { errorState, outcomeState, type ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { containsSsnShape } from "@/lib/support/ssn-shape";
import { legalNameFor } from "./queries";
import { changeApplicationStatus } from "./status-change";
import { withdrawable } from "./status";

export const withdrawFields = ["applicationId"] as const;
export const informationAnswerFields = ["applicationId", "informationAnswer"] as const;

const applicationKey = z.uuid();

/** The signed-in educator's own application by its id from the form; another's id finds nothing. */
async function ownApplication(tx: typeof db, userId: string, key: string) {
  if (!applicationKey.safeParse(key).success) return null;
  const [row] = await tx
    .select({ application: applications, typeName: applicationTypes.name })
    .from(applications)
    .innerJoin(applicationTypes, eq(applicationTypes.code, applications.typeCode))
    .where(and(eq(applications.id, key), eq(applications.userId, userId)))
    .for("update", { of: applications });
  return row ?? null;
}

const notFound = "This application was not found.";

/** "Withdraw": only before review starts; the status change notifies and emails like any other. */
export async function withdrawFor(userId: string, values: Record<string, string>, request: RequestFacts): Promise<ActionState<never, "withdrawn">> {
  const person = await legalNameFor(userId);
  return db.transaction(async (tx) => {
    const own = await ownApplication(tx as unknown as typeof db, userId, values.applicationId ?? "");
    if (!own || !person) return errorState({}, {}, notFound) as ActionState<never, "withdrawn">;
    if (!withdrawable(own.application.status)) return errorState({}, {}, "A reviewer has started on this application, so it can no longer be withdrawn online. Contact us instead.") as ActionState<never, "withdrawn">;
    await changeApplicationStatus(tx, {
      application: own.application,
      typeName: own.typeName,
      to: "withdrawn",
      actor: "you",
      description: "You withdrew the application",
      recipient: { email: person.email, name: person.fullName },
    });
    await recordAudit({ event: "application.withdrawn", outcome: "success", userId, request, details: { type: own.application.typeCode } }, tx);
    return outcomeState("withdrawn" as const);
  });
}

const answerSchema = z
  .string()
  .trim()
  .min(1, "Enter your answer")
  .max(4000, "Your answer must be 4000 characters or fewer")
  .refine((text) => !containsSsnShape(text), "Do not include a Social Security number");

/** The answer to "information requested": kept on the timeline in the educator's words; the application goes back to review. */
export async function answerInformationFor(userId: string, values: Record<string, string>, request: RequestFacts): Promise<ActionState<"informationAnswer", "answered">> {
  const parsed = answerSchema.safeParse(values.informationAnswer ?? "");
  const person = await legalNameFor(userId);
  return db.transaction(async (tx) => {
    const own = await ownApplication(tx as unknown as typeof db, userId, values.applicationId ?? "");
    if (!own || !person) return errorState({}, {}, notFound) as ActionState<"informationAnswer", "answered">;
    if (own.application.status !== "information_requested") return errorState({}, {}, "We have not asked for information on this application.") as ActionState<"informationAnswer", "answered">;
    if (!parsed.success) return errorState({ informationAnswer: parsed.error.issues[0]!.message }, { informationAnswer: values.informationAnswer ?? "" }) as ActionState<"informationAnswer", "answered">;
    await tx.insert(applicationEvents).values({ applicationId: own.application.id, userId, occurredAt: now(), kind: "information_provided", actor: "you", description: "You sent the information we asked for", body: parsed.data });
    await changeApplicationStatus(tx, {
      application: own.application,
      typeName: own.typeName,
      to: "in_review",
      actor: "system",
      description: "Back in review with your answer",
      recipient: { email: person.email, name: person.fullName },
    });
    await recordAudit({ event: "application.information_provided", outcome: "success", userId, request }, tx);
    return outcomeState("answered" as const);
  });
}

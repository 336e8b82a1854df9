import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { applicationTypes } from "@/lib/platform/db/schema";
import { errorState, type ActionState } from "@/lib/platform/forms/action-state";
import { recordStaffAudit } from "../audit";
import { requireStaff } from "../guard";

export type ApplicationTypeRule = { code: string; name: string; formCode: string | null; secondReviewerRequired: boolean; active: boolean };

/** Every application type with its two-person rule, in the order educators see them. Role: admin. */
export async function applicationTypeRules(): Promise<ApplicationTypeRule[]> {
  await requireStaff("admin");
  return db
    .select({
      code: applicationTypes.code,
      name: applicationTypes.name,
      formCode: applicationTypes.formCode,
      secondReviewerRequired: applicationTypes.secondReviewerRequired,
      active: applicationTypes.active,
    })
    .from(applicationTypes)
    .orderBy(asc(applicationTypes.sortOrder), asc(applicationTypes.name));
}

/** The button's one field: the type's code and the rule it sets, e.g. "renewal:required" or "renewal:not-required". */
export const secondReviewerRuleFields = ["secondReviewerSetting"] as const;
export const secondReviewerSettingField = secondReviewerRuleFields[0];
export const secondReviewerSetting = (code: string, required: boolean) => `${code}:${required ? "required" : "not-required"}`;
const settingSchema = z.string().regex(/^[a-z0-9-]{1,40}:(required|not-required)$/);

const gone = "This application type was not found.";

/**
 * Turns the two-person rule on or off for one application type (issue 15: one reviewer recommends
 * approval, a different one approves). It names the state it sets rather than flipping it, so two
 * administrators pressing at once cannot undo each other. It applies to decisions from now on: an
 * application already recommended can still be approved, and one in review needs a recommendation
 * first once the rule is on. Audited with the type and the new rule. Role: admin.
 */
export async function setSecondReviewerRule(values: Record<typeof secondReviewerSettingField, string>): Promise<ActionState> {
  const actor = await requireStaff("admin");
  const parsed = settingSchema.safeParse(values[secondReviewerSettingField]);
  if (!parsed.success) return errorState({}, {}, gone);
  const [code, rule] = parsed.data.split(":") as [string, string];
  const required = rule === "required";
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(applicationTypes)
      .set({ secondReviewerRequired: required })
      .where(and(eq(applicationTypes.code, code), ne(applicationTypes.secondReviewerRequired, required)))
      .returning({ code: applicationTypes.code });
    if (changed) {
      await recordStaffAudit(actor, { event: "staff.application_type.second_reviewer", details: { type: code, required } }, tx);
      return { status: "ok", fieldErrors: {}, values: {} };
    }
    // Nothing changed: either the type is already so (another administrator was quicker: no error,
    // nothing to audit), or there is no such type.
    const [type] = await tx.select({ code: applicationTypes.code }).from(applicationTypes).where(eq(applicationTypes.code, code));
    return type ? { status: "ok", fieldErrors: {}, values: {} } : errorState({}, {}, gone);
  });
}

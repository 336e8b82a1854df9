"use server";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { requireStaffFirstFactor } from "./guard";
import { endStaffSession } from "./session";

/**
 * Sign out of the console (a POST), also from the second step or enrolment: the session row goes,
 * so the cookie is dead everywhere at once.
 */
export async function staffSignOutAction(): Promise<void> {
  const session = await requireStaffFirstFactor();
  await recordAudit({ event: "staff.sign-out", outcome: "success", staffId: session.staffId, request: await requestFacts() });
  await endStaffSession();
  redirect("/staff/sign-in?notice=signed-out");
}

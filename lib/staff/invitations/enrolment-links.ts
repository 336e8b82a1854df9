import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { staffInvitationMessage } from "@/components/emails/staff-invitation";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { staffEnrolmentTokens, staffMembers, type StaffRole } from "@/lib/platform/db/schema";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";
import { hashToken, looksLikeToken, newToken } from "@/lib/platform/tokens/one-time-tokens";
import { staffRoleDescriptions } from "@/lib/staff/roles";

/**
 * Enrolment (invitation) links for staff (issue 15 item 1): 256 random bits, only the SHA-256 kept,
 * 72 hours, single use (TOK-1, TOK-2). A new link retires the staff member's older live ones, so only
 * the latest email works. The link opens a page; only its button (a POST) uses the token up.
 */
export const enrolmentLinkHours = 72;

export type InvitedStaff = { id: string; name: string; email: string; roles: StaffRole[] };

/** Issues a link and queues its email in the caller's transaction; returns the link (staff:add prints it). */
export async function issueEnrolmentLink(tx: Executor, staff: InvitedStaff): Promise<string> {
  const at = now();
  const token = newToken();
  await tx
    .update(staffEnrolmentTokens)
    .set({ usedAt: at })
    .where(and(eq(staffEnrolmentTokens.staffId, staff.id), isNull(staffEnrolmentTokens.usedAt)));
  await tx.insert(staffEnrolmentTokens).values({
    staffId: staff.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(at.getTime() + enrolmentLinkHours * 3_600_000),
    createdAt: at,
  });
  const enrolUrl = appLink("/staff/invitation", { token });
  const roles = staff.roles.map((role) => staffRoleDescriptions[role].label);
  await enqueueEmail(tx, staffInvitationMessage(staff.email, { name: staff.name, roles, enrolUrl, hours: enrolmentLinkHours }));
  return enrolUrl;
}

function liveLink(token: string) {
  return and(
    eq(staffEnrolmentTokens.tokenHash, hashToken(token)),
    isNull(staffEnrolmentTokens.usedAt),
    gt(staffEnrolmentTokens.expiresAt, sql`${now().toISOString()}::timestamptz`),
  );
}

export type LinkHolder = { staffId: string; name: string; email: string };

/** The staff member a live link belongs to, without using it up (the page shows its form only then). A disabled member's link is dead. */
export async function peekEnrolmentLink(token: unknown, executor: Executor = db): Promise<LinkHolder | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await executor
    .select({ staffId: staffMembers.id, name: staffMembers.name, email: staffMembers.email })
    .from(staffEnrolmentTokens)
    .innerJoin(staffMembers, and(eq(staffMembers.id, staffEnrolmentTokens.staffId), isNull(staffMembers.disabledAt)))
    .where(liveLink(token));
  return row ?? null;
}

/** Uses a live link up atomically: of two concurrent uses exactly one gets the staff id. */
export async function consumeEnrolmentLink(token: unknown, executor: Executor): Promise<string | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await executor.update(staffEnrolmentTokens).set({ usedAt: now() }).where(liveLink(token)).returning({ staffId: staffEnrolmentTokens.staffId });
  return row?.staffId ?? null;
}

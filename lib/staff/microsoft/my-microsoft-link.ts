import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { staffMembers } from "@/lib/platform/db/schema";
import { requireStaff } from "@/lib/staff/guard";
import { staffMicrosoftConfigured } from "./staff-microsoft-oidc";

/** The signed-in staff member's own Microsoft link: whether it is set up for staff, and whether they have linked. */
export async function myStaffMicrosoftLink(): Promise<{ configured: boolean; linked: boolean }> {
  const actor = await requireStaff();
  const [row] = await db.select({ subject: staffMembers.microsoftSubject }).from(staffMembers).where(eq(staffMembers.id, actor.id));
  return { configured: staffMicrosoftConfigured(), linked: Boolean(row?.subject) };
}

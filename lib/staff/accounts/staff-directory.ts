import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { staffMembers, staffPasswordHashes, staffTotpFactors, type StaffRole } from "@/lib/platform/db/schema";
import { requireStaff } from "@/lib/staff/guard";

/** One row of the staff accounts page: no password hash, no factor secret, only whether they exist. */
export type StaffAccountRow = {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  status: "active" | "invited" | "disabled";
  lastSignInAt: Date | null;
  factorEnrolled: boolean;
  microsoftLinked: boolean;
};

const columns = {
  id: staffMembers.id,
  name: staffMembers.name,
  email: staffMembers.email,
  roles: staffMembers.roles,
  disabledAt: staffMembers.disabledAt,
  lastSignInAt: staffMembers.lastSignInAt,
  microsoftSubject: staffMembers.microsoftSubject,
  hasPassword: sql<boolean>`${staffPasswordHashes.staffId} is not null`,
  factorEnrolled: sql<boolean>`${staffTotpFactors.confirmedAt} is not null`,
};

function rows() {
  return db
    .select(columns)
    .from(staffMembers)
    .leftJoin(staffPasswordHashes, eq(staffPasswordHashes.staffId, staffMembers.id))
    .leftJoin(staffTotpFactors, eq(staffTotpFactors.staffId, staffMembers.id))
    .$dynamic();
}

function toRow(row: Awaited<ReturnType<typeof rows>>[number]): StaffAccountRow {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    status: row.disabledAt ? "disabled" : row.hasPassword ? "active" : "invited",
    lastSignInAt: row.lastSignInAt,
    factorEnrolled: Boolean(row.factorEnrolled),
    microsoftLinked: row.microsoftSubject !== null,
  };
}

/** Every staff account, by name (admin only). */
export async function listStaffAccounts(): Promise<StaffAccountRow[]> {
  await requireStaff("admin");
  return (await rows().orderBy(asc(staffMembers.name), asc(staffMembers.email))).map(toRow);
}

/** One staff account for its page (admin only); null for an unknown id. */
export async function staffAccountDetail(staffId: string): Promise<StaffAccountRow | null> {
  await requireStaff("admin");
  if (!z.uuid().safeParse(staffId).success) return null;
  const [row] = await rows().where(eq(staffMembers.id, staffId));
  return row ? toRow(row) : null;
}

import { eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { staffMembers, staffPasswordHashes, staffSessions, staffTotpFactors, type StaffRole } from "@/lib/platform/db/schema";
import { encryptPii } from "@/lib/platform/security/pii";
import { hashPassword } from "@/lib/platform/security/password-hash";
import { hashToken, newToken } from "@/lib/platform/tokens/one-time-tokens";
import { newTotpSecret } from "@/lib/second-factor/totp";
import { staffCookieName } from "@/lib/staff/session";
import { newRequest, seam } from "./session-seam";

/**
 * Staff for tests (issue 15): a staff member with roles, optionally a password and a confirmed
 * authenticator, and a signed-in console session put into the session seam's cookies.
 *
 *   const reviewer = await createTestStaff({ roles: ["reviewer"] });
 *   signInStaffInSeam(await staffSessionToken(reviewer.id));   // then call a staff action
 */
let made = 0;

export type TestStaff = { id: string; email: string; name: string; roles: StaffRole[]; totpSecret: string | null };

export async function createTestStaff(options: { roles?: StaffRole[]; password?: string; authenticator?: boolean; name?: string } = {}): Promise<TestStaff> {
  made += 1;
  const email = `staff${made}-${process.pid}@agency.example`;
  const name = options.name ?? `Staff Member ${made}`;
  const roles = options.roles ?? [];
  const [row] = await db.insert(staffMembers).values({ email, name, roles }).returning({ id: staffMembers.id });
  const id = row!.id;
  if (options.password) await db.insert(staffPasswordHashes).values({ staffId: id, hash: await hashPassword(options.password) });
  let totpSecret: string | null = null;
  if (options.authenticator !== false) {
    totpSecret = newTotpSecret();
    const { ciphertext, keyId } = encryptPii(totpSecret, "totp-secret");
    await db.insert(staffTotpFactors).values({ staffId: id, secretCiphertext: ciphertext, secretKeyId: keyId, confirmedAt: now() });
  }
  return { id, email, name, roles, totpSecret };
}

/** A console session that has passed both factors (or, with `secondFactor: false`, only the first). Returns the cookie value. */
export async function staffSessionToken(staffId: string, options: { secondFactor?: boolean } = {}): Promise<string> {
  const token = newToken();
  const at = now();
  await db.insert(staffSessions).values({ tokenHash: hashToken(token), staffId, createdAt: at, lastSeenAt: at, secondFactorAt: options.secondFactor === false ? null : at });
  return token;
}

/** Puts a staff session cookie into the seam's current request (after newRequest()). */
export function signInStaffInSeam(token: string): void {
  seam.cookies.set(staffCookieName(), token);
}

export async function disableTestStaff(staffId: string): Promise<void> {
  await db.update(staffMembers).set({ disabledAt: now() }).where(eq(staffMembers.id, staffId));
}

/** A new staff member with `roles`, signed in (both factors) on a fresh request of the seam. */
export async function signedInTestStaff(roles: StaffRole[]): Promise<TestStaff> {
  const staff = await createTestStaff({ roles });
  newRequest(null);
  signInStaffInSeam(await staffSessionToken(staff.id));
  return staff;
}

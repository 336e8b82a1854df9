import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { cookies } from "next/headers";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { staffMembers, staffSessions, type StaffRole } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { hashToken, looksLikeToken, newToken } from "@/lib/platform/tokens/one-time-tokens";

/**
 * Staff sessions: a random cookie value whose SHA-256 names a `staff_sessions` row. Database sessions
 * (not the educators' JWTs) so a disable, a role change or a sign-out counts at the very next request.
 * Idle limit STAFF_SESSION_IDLE_MINUTES (15) and absolute limit STAFF_SESSION_ABSOLUTE_HOURS (8)
 * from sign-in; both are checked on every read, on the server.
 */
export function staffCookieName(): string {
  return getConfig().APP_URL.startsWith("https://") ? "__Host-staff-session" : "staff-session";
}

export type StaffSession = {
  sessionId: string;
  staffId: string;
  name: string;
  email: string;
  roles: StaffRole[];
  /** Null between the password and the second factor. */
  secondFactorAt: Date | null;
};

/** Starts a session (after the password, or Microsoft): the second factor is still to come. */
export async function startStaffSession(staffId: string, request: RequestFacts | null, executor: Executor = db): Promise<string> {
  const token = newToken();
  const at = now();
  await executor.insert(staffSessions).values({
    tokenHash: hashToken(token),
    staffId,
    createdAt: at,
    lastSeenAt: at,
    ip: request?.ip ?? null,
    userAgent: request?.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** The second factor was proved: the session now reaches the console. */
export async function completeSecondFactor(sessionId: string, executor: Executor = db): Promise<void> {
  await executor.update(staffSessions).set({ secondFactorAt: now() }).where(eq(staffSessions.id, sessionId));
}

/** Sets the session cookie (HttpOnly, Secure on https, Lax, whole site, lasting no longer than the absolute limit). */
export async function setStaffCookie(token: string): Promise<void> {
  const config = getConfig();
  (await cookies()).set(staffCookieName(), token, {
    httpOnly: true,
    secure: config.APP_URL.startsWith("https://"),
    sameSite: "lax",
    path: "/",
    maxAge: config.STAFF_SESSION_ABSOLUTE_HOURS * 60 * 60,
  });
}

/**
 * The live session behind a cookie value, or null: unknown, idle too long, past the absolute limit,
 * or its staff member disabled. A live session's last-seen time moves forward (at most once a minute,
 * so a busy page does not write on every request).
 */
export async function staffSessionFor(token: string | undefined, executor: Executor = db): Promise<StaffSession | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await executor
    .select({
      sessionId: staffSessions.id,
      staffId: staffSessions.staffId,
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
      secondFactorAt: staffSessions.secondFactorAt,
      name: staffMembers.name,
      email: staffMembers.email,
      roles: staffMembers.roles,
    })
    .from(staffSessions)
    .innerJoin(staffMembers, and(eq(staffMembers.id, staffSessions.staffId), isNull(staffMembers.disabledAt)))
    .where(eq(staffSessions.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return null;
  const config = getConfig();
  const at = now().getTime();
  const idle = at - row.lastSeenAt.getTime() > config.STAFF_SESSION_IDLE_MINUTES * 60_000;
  const tooOld = at - row.createdAt.getTime() > config.STAFF_SESSION_ABSOLUTE_HOURS * 3_600_000;
  if (idle || tooOld) {
    await executor.delete(staffSessions).where(eq(staffSessions.id, row.sessionId));
    return null;
  }
  if (at - row.lastSeenAt.getTime() > 60_000) await executor.update(staffSessions).set({ lastSeenAt: now() }).where(eq(staffSessions.id, row.sessionId));
  return { sessionId: row.sessionId, staffId: row.staffId, name: row.name, email: row.email, roles: row.roles, secondFactorAt: row.secondFactorAt };
}

/** The current request's staff session (any stage), or null. Reads only the staff cookie: an educator session never counts. */
export async function currentStaffSession(): Promise<StaffSession | null> {
  return staffSessionFor((await cookies()).get(staffCookieName())?.value);
}

/** Ends the current staff session: the row goes, then the cookie. */
export async function endStaffSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(staffCookieName())?.value;
  if (looksLikeToken(token)) await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
  store.delete(staffCookieName());
}

/** Every session of one staff member ends (disable, role change, password change). */
export async function endAllStaffSessions(staffId: string, executor: Executor = db): Promise<void> {
  await executor.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
}

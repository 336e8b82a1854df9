import "server-only";
import { redirect } from "next/navigation";
import { staffHasSecondFactor } from "./factor-presence";
import type { StaffRole } from "./roles";
import { currentStaffSession, type StaffSession } from "./session";

/** Who is acting in the console. Every staff action and data function gets one from requireStaff(). */
export type StaffActor = { id: string; name: string; email: string; roles: StaffRole[]; sessionId: string };

export const staffSignInPath = "/staff/sign-in";
export const staffSecondStepPath = "/staff/sign-in/second-factor";
export const staffEnrolPath = "/staff/enrol";
export const staffDeniedPath = "/staff/denied";

/**
 * The console's one guard, for pages, actions and data functions alike (a page's check does not
 * protect its actions): a staff session that has passed its second factor, whose staff member is not
 * disabled and holds one of `anyOf` (no roles named: any staff member). Otherwise it redirects, having
 * written nothing: to sign-in, to the second step, to enrolment (a staff member without a factor
 * reaches nothing else, MFA-9), or to "not for your role". An educator's session is never read here.
 */
export async function requireStaff(...anyOf: StaffRole[]): Promise<StaffActor> {
  const session = await currentStaffSession();
  if (!session) redirect(staffSignInPath);
  if (!session.secondFactorAt) redirect((await staffHasSecondFactor(session.staffId)) ? staffSecondStepPath : staffEnrolPath);
  if (anyOf.length > 0 && !anyOf.some((role) => session.roles.includes(role))) redirect(staffDeniedPath);
  return actorOf(session);
}

/** The signed-in staff member, if any (the sign-in page sends them on); never redirects. */
export async function currentStaff(): Promise<StaffActor | null> {
  const session = await currentStaffSession();
  return session?.secondFactorAt ? actorOf(session) : null;
}

/**
 * For the second step and enrolment only: a session that has passed the password (or Microsoft) but
 * maybe not the second factor. Anything else goes to sign-in.
 */
export async function requireStaffFirstFactor(): Promise<StaffSession> {
  const session = await currentStaffSession();
  if (!session) redirect(staffSignInPath);
  return session;
}

function actorOf(session: StaffSession): StaffActor {
  return { id: session.staffId, name: session.name, email: session.email, roles: session.roles, sessionId: session.sessionId };
}

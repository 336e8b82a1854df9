import "server-only";
import { eq } from "drizzle-orm";
import * as oauth from "oauth4webapi";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { staffMembers } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { recordStaffAudit } from "@/lib/staff/audit";
import { staffHasSecondFactor } from "@/lib/staff/factor-presence";
import { requireStaff } from "@/lib/staff/guard";
import { startStaffSession } from "@/lib/staff/session";
import { takeFlow, type StaffMicrosoftFlow } from "./flow-cookie";
import { fromAgencyTenant, staffForMicrosoft, type MicrosoftClaims } from "./staff-for-microsoft";
import { staffMicrosoftConfigured, staffOidc } from "./staff-microsoft-oidc";

/** Where the callback sends the browser, and the staff session cookie to set on the way (sign-in only). */
export type CallbackOutcome = { redirect: string; sessionToken?: string };

const refused = (reason: string): CallbackOutcome => ({ redirect: `/staff/sign-in?error=microsoft-${reason}` });

/** The code exchange: state, PKCE, the ID token's signature, issuer, audience, expiry and nonce, all checked by oauth4webapi. */
async function verifiedClaims(callbackUrl: URL, flow: StaffMicrosoftFlow): Promise<MicrosoftClaims | null> {
  try {
    const { as, client, auth, redirectUri, options } = await staffOidc();
    const parameters = oauth.validateAuthResponse(as, client, callbackUrl, flow.state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, auth, parameters, redirectUri, flow.verifier, options);
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: flow.nonce, requireIdToken: true });
    const claims = oauth.getValidatedIdTokenClaims(result);
    return claims ? { sub: claims.sub, tid: claims.tid } : null;
  } catch {
    return null;
  }
}

/**
 * The callback (issue 15 item 1). Sign-in: a linked staff member from the agency's tenant gets a
 * first-factor session only; the portal's own second factor (or enrolment) still follows, always.
 * Link: a fully signed-in staff member stores their subject, so later Microsoft sign-ins find them.
 */
export async function finishStaffMicrosoft(callbackUrl: URL, request: RequestFacts): Promise<CallbackOutcome> {
  const flow = await takeFlow();
  if (!flow || !staffMicrosoftConfigured()) return refused("failed");
  const claims = await verifiedClaims(callbackUrl, flow);
  if (!claims) return refused("failed");
  if (flow.intent === "link") return linkStaffMicrosoft(claims);
  const match = await staffForMicrosoft(claims, getConfig());
  if (!match.ok) {
    await recordAudit({ event: "staff.sign-in-microsoft", outcome: "refused", request, details: { reason: match.reason } });
    return refused(match.reason);
  }
  const sessionToken = await db.transaction(async (tx) => {
    const token = await startStaffSession(match.staffId, request, tx);
    await recordAudit({ event: "staff.sign-in-microsoft", outcome: "success", staffId: match.staffId, request, details: { stage: "first-factor" } }, tx);
    return token;
  });
  const next = (await staffHasSecondFactor(match.staffId)) ? "/staff/sign-in/second-factor" : "/staff/enrol";
  return { redirect: next, sessionToken };
}

/** "Link Microsoft": only from a console session that passed its second factor; one subject, one staff member. */
export async function linkStaffMicrosoft(claims: MicrosoftClaims): Promise<CallbackOutcome> {
  const actor = await requireStaff();
  if (!fromAgencyTenant(claims, getConfig())) return { redirect: "/staff/microsoft?error=tenant" };
  return db.transaction(async (tx): Promise<CallbackOutcome> => {
    const [holder] = await tx.select({ id: staffMembers.id }).from(staffMembers).where(eq(staffMembers.microsoftSubject, claims.sub));
    if (holder && holder.id !== actor.id) return { redirect: "/staff/microsoft?error=taken" };
    await tx.update(staffMembers).set({ microsoftSubject: claims.sub }).where(eq(staffMembers.id, actor.id));
    await recordStaffAudit(actor, { event: "staff.microsoft-linked" }, tx);
    return { redirect: "/staff/microsoft?notice=linked" };
  });
}

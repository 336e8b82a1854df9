import "server-only";
import { now } from "@/lib/platform/clock";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { remembersBrowserAt } from "./device-trust";
import { secondFactorFacts } from "./factors";
import { removeFactorsIfDue } from "./factor-removal";

/**
 * After a right password (or a linked Microsoft identity): must this sign-in pass the second step?
 * Not when the account has no factor, not when this browser is remembered for the account (MFA-11),
 * and not when a "Can't use your second factor?" wait is over (MFA-12: the factors go now).
 * One read in the usual case (secondFactorFacts); the removal's own transaction only when one is due.
 */
export async function secondStepNeeded(userId: string, request: RequestFacts | null, rememberedCookie: string | undefined): Promise<boolean> {
  let facts = await secondFactorFacts(userId);
  if (facts.removalDueAt && facts.removalDueAt <= now()) {
    if (await removeFactorsIfDue(userId, request)) return false;
    // Another sign-in removed them first (the removal happens once): read what is left.
    facts = await secondFactorFacts(userId);
  }
  if (!facts.hasFactor) return false;
  return !remembersBrowserAt(userId, rememberedCookie, facts.deviceTrustVersion);
}

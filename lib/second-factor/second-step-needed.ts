import "server-only";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { remembersBrowser } from "./device-trust";
import { hasSecondFactor } from "./factors";
import { removeFactorsIfDue } from "./factor-removal";

/**
 * After a right password (or a linked Microsoft identity): must this sign-in pass the second step?
 * Not when the account has no factor, not when this browser is remembered for the account (MFA-11),
 * and not when a "Can't use your second factor?" wait is over (MFA-12: the factors go now).
 */
export async function secondStepNeeded(userId: string, request: RequestFacts | null, rememberedCookie: string | undefined): Promise<boolean> {
  if (await removeFactorsIfDue(userId, request)) return false;
  if (!(await hasSecondFactor(userId))) return false;
  return !(await remembersBrowser(userId, rememberedCookie));
}

import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { signedInAtFor } from "@/lib/auth/recent-sign-in";
import type { ActionState } from "@/lib/platform/forms/action-state";
import { ensureBrowserId } from "@/lib/platform/request/browser-id";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { listPasskeys, type Passkey } from "@/lib/second-factor/passkeys";
import { beginPasskeyFor, finishPasskeyFor, removePasskeyFor, renameSecondFactorFor, type PasskeyOptionsOutcome } from "./passkeys";
import type { RecoveryCodesOutcome } from "./second-factor";

/**
 * The profile's passkey data functions: the person from the session (requireUser), the challenge bound
 * to this browser's id (a cookie the server sets), never an account id from the browser.
 */
export async function myPasskeys(): Promise<Passkey[]> {
  const user = await requireUser();
  return listPasskeys(user.id);
}

export async function beginPasskey(values: Record<string, string>): Promise<ActionState<string, PasskeyOptionsOutcome>> {
  const user = await requireUser();
  return beginPasskeyFor(user.id, await signedInAtFor(user.id), values, await requestFacts(), await ensureBrowserId());
}

export async function finishPasskey(values: Record<string, string>): Promise<ActionState<string, RecoveryCodesOutcome>> {
  const user = await requireUser();
  return finishPasskeyFor(user.id, values, await requestFacts(), await ensureBrowserId());
}

export async function renameSecondFactor(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return renameSecondFactorFor(user.id, values, await requestFacts());
}

export async function removeMyPasskey(values: Record<string, string>): Promise<ActionState> {
  const user = await requireUser();
  return removePasskeyFor(user.id, await signedInAtFor(user.id), values, await requestFacts());
}

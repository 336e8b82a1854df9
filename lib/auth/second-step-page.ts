import "server-only";
import { removalDueAt } from "@/lib/second-factor/factor-removal";
import { hasAuthenticator } from "@/lib/second-factor/authenticator";
import { rememberedMethod } from "@/lib/second-factor/method-choice";
import { passkeyCount } from "@/lib/second-factor/passkeys";
import { secondStepHolder } from "./second-step-ticket";

export type SecondStepPage = { passkey: boolean; authenticator: boolean; passkeyFirst: boolean; removalDue: Date | null };

/**
 * What the second step's page offers this browser's ticket holder (null without a live ticket): a
 * passkey, a code, or both, the one used last here first; and a pending removal's due time.
 */
export async function secondStepPage(): Promise<SecondStepPage | null> {
  const holder = await secondStepHolder();
  if (!holder) return null;
  const passkey = (await passkeyCount(holder.userId)) > 0;
  const authenticator = await hasAuthenticator(holder.userId);
  const preferred = await rememberedMethod();
  return { passkey, authenticator, passkeyFirst: passkey && (preferred === "passkey" || (preferred === null && !authenticator)), removalDue: await removalDueAt(holder.userId) };
}

import "server-only";
import { db, type Executor } from "@/lib/platform/db/client";
import { hasAuthenticator } from "./authenticator";
import { passkeyCount } from "./passkeys";

/** Whether the account has any second factor: a confirmed authenticator app or at least one passkey. */
export async function hasSecondFactor(userId: string, executor: Executor = db): Promise<boolean> {
  return (await hasAuthenticator(userId, executor)) || (await passkeyCount(userId, executor)) > 0;
}

/** How many factors the account has (the authenticator counts once; each passkey once): the last one is guarded (MFA-9). */
export async function secondFactorCount(userId: string, executor: Executor = db): Promise<number> {
  return (await passkeyCount(userId, executor)) + ((await hasAuthenticator(userId, executor)) ? 1 : 0);
}

import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { and, asc, count, eq } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { db, type Executor } from "@/lib/platform/db/client";
import { passkeys } from "@/lib/platform/db/schema";
import { saveChallenge, takeChallenge } from "./passkey-challenges";
import { relyingParty } from "./webauthn-party";

/**
 * Passkeys and security keys (WebAuthn through @simplewebauthn/server, MFA-10). Registration and
 * authentication each take a server-made challenge (passkey-challenges.ts); user verification is
 * required (a PIN, a fingerprint), so a passkey is a factor of its own. No attestation is asked for:
 * the agency does not restrict which authenticators people use.
 */
export type Passkey = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; backedUp: boolean };
export const PASSKEY_NAME_MAX = 60;

export async function listPasskeys(userId: string, executor: Executor = db): Promise<Passkey[]> {
  return executor
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt, backedUp: passkeys.backedUp })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

/** The account's passkeys, as a query: secondFactorFacts asks whether any exists. */
export function passkeysOf(userId: string, executor: Executor = db) {
  return executor.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId));
}

export async function passkeyCount(userId: string, executor: Executor = db): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId));
  return row?.n ?? 0;
}

/** Options for navigator.credentials.create(); the account's own passkeys are excluded (no duplicates). */
export async function registrationOptionsFor(user: { id: string; username: string }, browserKey: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const rp = relyingParty();
  const existing = await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.username,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing,
    authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
  });
  await saveChallenge({ userId: user.id, ceremony: "registration", browserKey }, options.challenge);
  return options;
}

/** Checks the browser's answer against the saved challenge and stores the new passkey. Null if refused. */
export async function finishRegistration(userId: string, response: RegistrationResponseJSON, name: string, browserKey: string, executor: Executor = db): Promise<Passkey | null> {
  const rp = relyingParty();
  const verified = await verifyRegistrationResponse({
    response,
    expectedChallenge: (challenge) => takeChallenge({ userId, ceremony: "registration", browserKey }, challenge, executor),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => null);
  if (!verified?.verified) return null;
  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  const [row] = await executor
    .insert(passkeys)
    .values({
      userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      name: name.trim().slice(0, PASSKEY_NAME_MAX),
      createdAt: now(),
    })
    .onConflictDoNothing()
    .returning({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt, backedUp: passkeys.backedUp });
  return row ?? null;
}

/** Options for navigator.credentials.get() at the second step: only this account's passkeys are offered. */
export async function authenticationOptionsFor(userId: string, browserKey: string): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const allowCredentials = await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
  if (allowCredentials.length === 0) return null;
  const options = await generateAuthenticationOptions({ rpID: relyingParty().id, allowCredentials, userVerification: "required" });
  await saveChallenge({ userId, ceremony: "authentication", browserKey }, options.challenge);
  return options;
}

/**
 * Checks a passkey's answer: one of this account's credentials, the saved challenge, the origin, user
 * verification, and a signature counter that moved forward (or stays 0 for authenticators that keep
 * none). On success the counter, backup flag and last-used date are stored.
 */
export async function checkPasskeyAssertion(userId: string, response: AuthenticationResponseJSON, browserKey: string): Promise<boolean> {
  if (typeof response?.id !== "string") return false;
  const [row] = await db.select().from(passkeys).where(and(eq(passkeys.userId, userId), eq(passkeys.credentialId, response.id)));
  if (!row) return false;
  const rp = relyingParty();
  const verified = await verifyAuthenticationResponse({
    response,
    expectedChallenge: (challenge) => takeChallenge({ userId, ceremony: "authentication", browserKey }, challenge),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: { id: row.credentialId, publicKey: Buffer.from(row.publicKey, "base64url"), counter: row.counter, transports: row.transports },
    requireUserVerification: true,
  }).catch(() => null);
  if (!verified?.verified) return false;
  const info = verified.authenticationInfo;
  await db.update(passkeys).set({ counter: info.newCounter, backedUp: info.credentialBackedUp, lastUsedAt: now() }).where(eq(passkeys.id, row.id));
  return true;
}

export async function renamePasskey(userId: string, passkeyId: string, name: string, executor: Executor = db): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(passkeyId)) return false;
  const renamed = await executor
    .update(passkeys)
    .set({ name: name.trim().slice(0, PASSKEY_NAME_MAX) })
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  return renamed.length === 1;
}

/** Removes one of the account's own passkeys; returns its name, or null when it was not theirs. */
export async function removePasskey(userId: string, passkeyId: string, executor: Executor = db): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(passkeyId)) return null;
  const [removed] = await executor.delete(passkeys).where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId))).returning({ name: passkeys.name });
  return removed?.name ?? null;
}

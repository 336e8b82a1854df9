import "server-only";
import { createHash } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { deriveHmacKeySecret } from "altcha-lib/frameworks/shared";
import { lt } from "drizzle-orm";
import { now } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import { db, type Executor } from "@/lib/platform/db/client";
import { usedCaptchaChallenges } from "@/lib/platform/db/schema";
import { log } from "@/lib/platform/observability/log";

/**
 * Self-hosted ALTCHA proof of work (CAP-1..CAP-6): altcha-lib 2.x on the server, the altcha 3.x
 * widget in the browser. A solved challenge raises the cost of each automated request; it does not
 * stop bots, so the rate limits still apply (CAP-6).
 */
export const captchaLifetimeSeconds = 10 * 60;
const algorithm = "PBKDF2/SHA-256";
/**
 * Deterministic mode (CAP-2): the solver must find this secret counter; the work is cost × counter
 * PBKDF2 iterations. CAP-2's example (cost 5,000, counter 5,000-10,000) kept a desktop Chromium here
 * "Verifying…" for over a minute; cost 1,000 (ALTCHA_COST's default) with this range is about one to
 * two seconds, still thousands of hashes per form for a bot. Raise ALTCHA_COST to make it dearer.
 */
const counterRange = { min: 1_000, max: 5_000 };

/** The key-signature secret is derived from the master secret, never configured apart (CAP-5). */
let keySecret: { master: string; derived: Promise<string> } | undefined;
function secrets(): { hmacSignatureSecret: string; hmacKeySignatureSecret: Promise<string> } {
  const master = getConfig().ALTCHA_HMAC_SECRET;
  if (keySecret?.master !== master) keySecret = { master, derived: deriveHmacKeySecret(master) };
  return { hmacSignatureSecret: master, hmacKeySignatureSecret: keySecret.derived };
}

/** The forms a challenge can be spent on; each challenge is signed for exactly one of them (CAP-3). */
export const captchaActions = ["account-search", "account-create", "support-request"] as const;
export type CaptchaAction = (typeof captchaActions)[number];

export function isCaptchaAction(value: unknown): value is CaptchaAction {
  return typeof value === "string" && (captchaActions as readonly string[]).includes(value);
}

/**
 * A new signed challenge for one form that expires in ten minutes (expiry is only checked when
 * present: CAP-2). The action travels in the signed parameters, so a solution earned on one form
 * cannot be spent on another.
 */
export async function newCaptchaChallenge(action: CaptchaAction): Promise<Challenge> {
  const { hmacSignatureSecret, hmacKeySignatureSecret } = secrets();
  return createChallenge({
    algorithm,
    cost: getConfig().ALTCHA_COST,
    counter: randomInt(counterRange.max, counterRange.min),
    deriveKey,
    hmacSignatureSecret,
    hmacKeySignatureSecret: await hmacKeySignatureSecret,
    expiresAt: new Date(now().getTime() + captchaLifetimeSeconds * 1000),
    data: { action },
  });
}

type Payload = { challenge: Challenge; solution: Solution };

function decode(payload: string): Payload | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    if (!parsed || typeof parsed !== "object") return null;
    const { challenge, solution } = parsed as Partial<Payload>;
    if (!challenge?.parameters || typeof challenge.parameters.nonce !== "string" || !solution) return null;
    return { challenge, solution };
  } catch {
    return null;
  }
}

/**
 * True once per solved challenge issued for `action`: the solution is verified (signature, then
 * derived key, then the form it was issued for: CAP-3),
 * then redeemed in used_captcha_challenges with an atomic insert, so a replay, even a concurrent
 * one, is refused (CAP-4). Expiry is judged by the portal's clock as well as the library's.
 * Never throws: a broken payload or a database failure is a failed captcha.
 */
export async function verifyCaptcha(payload: string | null | undefined, action: CaptchaAction, executor: Executor = db): Promise<boolean> {
  try {
    if (!payload || payload.length > 10_000) return false;
    const decoded = decode(payload);
    if (!decoded) return false;
    const { expiresAt } = decoded.challenge.parameters;
    if (typeof expiresAt !== "number" || expiresAt * 1000 <= now().getTime()) return false;
    const { hmacSignatureSecret, hmacKeySignatureSecret } = secrets();
    const result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret,
      hmacKeySignatureSecret: await hmacKeySignatureSecret,
    });
    if (!result.verified) return false;
    // Checked after the signature, which covers `data`: a challenge issued for another form is refused.
    if (decoded.challenge.parameters.data?.action !== action) return false;
    // Recorded only after verification, so unverified payloads cannot fill the table.
    const redeemed = await executor
      .insert(usedCaptchaChallenges)
      .values({ challengeHash: challengeHash(decoded.challenge), expiresAt: new Date(expiresAt * 1000) })
      .onConflictDoNothing()
      .returning({ challengeHash: usedCaptchaChallenges.challengeHash });
    return redeemed.length === 1;
  } catch (error) {
    log.warn("captcha.verify_failed", { error: error instanceof Error ? error : new Error(String(error)) });
    return false;
  }
}

/** The nonce is random and covered by the signature, so it names the challenge. */
function challengeHash(challenge: Challenge): string {
  return createHash("sha256").update(challenge.parameters.nonce).digest("base64url");
}

/** Drops redeemed challenges that have expired anyway (a replay of them fails on expiry). */
export async function purgeUsedCaptchaChallenges(executor: Executor = db): Promise<number> {
  const deleted = await executor
    .delete(usedCaptchaChallenges)
    .where(lt(usedCaptchaChallenges.expiresAt, now()))
    .returning({ challengeHash: usedCaptchaChallenges.challengeHash });
  return deleted.length;
}

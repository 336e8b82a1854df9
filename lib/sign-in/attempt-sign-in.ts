import "server-only";
import { z } from "zod";
import { burnPasswordCheck, verifyPassword } from "@/lib/platform/security/password-hash";
import { isCommonPassword } from "@/lib/platform/security/password-policy";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { hitRateLimit, peekRateLimit, resetRateLimit, ruleFor } from "@/lib/platform/security/rate-limit";
import { secondsUntil } from "@/lib/platform/security/retry-after";
import { withVerificationSlot } from "@/lib/platform/security/verification-slots";
import { eq } from "drizzle-orm";
import { clearFailures, findSignInTarget, markLocked, recordFailure, type SignInTarget } from "./failure-store";
import { lockoutPolicy, lockStateAt } from "./lockout-policy";
import { onHardCap } from "./unlock";

const signInInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export type SignInRequest = { username: unknown; password: unknown; ip: string; userAgent?: string | null; browserId?: string };

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number; commonPassword: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | { ok: false; reason: "locked"; retryAfterSeconds: number }
  | { ok: false; reason: "unlock-required" }
  /** Every argon2 slot is taken (verification-slots.ts): nothing was checked or counted. */
  | { ok: false; reason: "busy" };

/** Per (username, client IP): 5 tries a minute (RL-2); per IP: logged only, for shared NATs (RL-3). */
const usernameAndIp = { max: 5, windowSeconds: 60 };
const perIp = { max: 20, windowSeconds: 60 };
/** Failures per browser (RL-4), on an anonymous cookie the sign-in action sets. */
const perBrowser = { max: 5, windowSeconds: 60 };

/**
 * One sign-in attempt with every throttle in front of the password check (AJS-10, RL-1/2/3/4/11).
 * Real and unknown usernames take the same path, the same argon2 time and the same outcomes; only a
 * correct password for a real account succeeds. A common password (PWD-4) succeeds with
 * `commonPassword`, and the caller must force a change before any session starts.
 */
export async function attemptSignIn(request: SignInRequest): Promise<SignInOutcome> {
  const parsed = signInInput.safeParse({ username: request.username, password: request.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { username, password } = parsed.data;
  const at = now();
  const policy = lockoutPolicy();
  const audit = { request: { ip: request.ip, userAgent: request.userAgent ?? null } };

  await hitRateLimit("sign-in-ip", request.ip, perIp); // RL-3: counted and logged, never refused
  const target = await findSignInTarget(username);
  const userId = target.kind === "account" ? target.userId : null;

  const lock = lockStateAt(target.state, at, policy);
  if (lock.kind !== "open") {
    await recordAudit({ event: "sign-in", outcome: "locked", userId, ...audit });
    return lock.kind === "locked" ? { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(lock.until, at) } : { ok: false, reason: "unlock-required" };
  }
  const pair = await hitRateLimit("sign-in-username-ip", `${username.toLowerCase()}|${request.ip}`, usernameAndIp);
  if (!pair.allowed) {
    await recordAudit({ event: "sign-in", outcome: "refused", userId, details: { limiter: "sign-in-username-ip" }, ...audit });
    return { ok: false, reason: "throttled", retryAfterSeconds: pair.retryAfterSeconds };
  }
  if (request.browserId) {
    const browser = await peekRateLimit("sign-in-browser", request.browserId);
    if (browser.count >= ruleFor("sign-in-browser", perBrowser).max && browser.resetsAt) {
      return { ok: false, reason: "throttled", retryAfterSeconds: secondsUntil(browser.resetsAt, at) };
    }
  }

  const matches = await withVerificationSlot(() =>
    target.kind === "account" && target.hash ? verifyPassword(target.hash, password) : burnPasswordCheck(password),
  );
  if (matches === "busy") {
    await recordAudit({ event: "sign-in", outcome: "refused", userId, details: { limiter: "verification-slots" }, ...audit });
    return { ok: false, reason: "busy" };
  }
  if (matches && target.kind === "account") {
    await db.transaction(async (tx) => {
      await clearFailures(target.userId, tx);
      // A success wipes this pair's count too, so people who sign in often are never throttled (RL-1 "reset on success").
      await resetRateLimit("sign-in-username-ip", `${username.toLowerCase()}|${request.ip}`, tx);
      await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, target.userId));
      await recordAudit({ event: "sign-in", outcome: "success", userId, ...audit }, tx);
    });
    return { ok: true, userId: target.userId, sessionVersion: target.sessionVersion, commonPassword: isCommonPassword(password) };
  }
  return failed(target, request, at);
}

async function failed(target: SignInTarget, request: SignInRequest, at: Date): Promise<SignInOutcome> {
  const policy = lockoutPolicy();
  const userId = target.kind === "account" ? target.userId : null;
  const state = await recordFailure(target, at, policy);
  const lock = lockStateAt(state, at, policy);
  if (target.kind === "account" && lock.kind !== "open") {
    await markLocked(target.userId, lock.kind === "locked" ? lock.until : null, lock.kind === "unlock-required", at);
    if (lock.kind === "unlock-required" && state.failures === policy.hardCap) await onHardCap(target.userId, target.email, { ip: request.ip, userAgent: request.userAgent ?? null });
  }
  await recordAudit({ event: "sign-in", outcome: "failure", userId, request: { ip: request.ip, userAgent: request.userAgent ?? null }, details: { failures: state.failures } });
  if (request.browserId) await hitRateLimit("sign-in-browser", request.browserId, perBrowser);
  if (lock.kind === "locked") return { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(lock.until, at) };
  if (lock.kind === "unlock-required") return { ok: false, reason: "unlock-required" };
  return { ok: false, reason: "invalid" };
}

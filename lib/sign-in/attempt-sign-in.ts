import "server-only";
import { z } from "zod";
import { burnPasswordCheck, verifyPassword } from "@/lib/platform/security/password-hash";
import { isCommonPassword } from "@/lib/platform/security/password-policy";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now } from "@/lib/platform/clock";
import { counterKey, hitRateLimit, peekRateLimit, refundRateLimit, ruleFor } from "@/lib/platform/security/rate-limit";
import { secondsUntil } from "@/lib/platform/security/retry-after";
import { withVerificationSlot } from "@/lib/platform/security/verification-slots";
import { ipLimitSubject } from "@/lib/platform/security/client-ip";
import {
  accountKeyOf,
  findSignInTarget,
  markLocked,
  readSourceFailures,
  recordFailure,
  recordSourceFailure,
  sourceKey,
  type SignInTarget,
} from "./failure-store";
import { knownDeviceSource } from "./known-device";
import { lockoutPolicy, lockStateAt, type LockStatus } from "./lockout-policy";
import { recordSignInSuccess } from "./sign-in-success";
import { onHardCap } from "./unlock";

const signInInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export type SignInRequest = {
  username: unknown;
  password: unknown;
  ip: string;
  userAgent?: string | null;
  browserId?: string;
  /** The known-device cookie's value, if the browser sent one (known-device.ts). */
  knownDevice?: string;
  /**
   * After a right password (not a common one, not a disabled account): whether this sign-in must pass
   * the second step (lib/second-factor/second-step-needed.ts, given by the caller). It runs alongside
   * the success write instead of after it, one round trip fewer on the sign-in's path.
   */
  secondStepCheck?: (userId: string) => Promise<boolean>;
};

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number; commonPassword: boolean; secondStep: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | { ok: false; reason: "locked"; retryAfterSeconds: number }
  | { ok: false; reason: "unlock-required" }
  /** Staff disabled the account (issue 15); said only after the right password, so it reveals nothing to a guesser. */
  | { ok: false; reason: "disabled" }
  /** Every argon2 slot is taken (verification-slots.ts): nothing was checked or counted. */
  | { ok: false; reason: "busy" };

/** Per (username, client IP): 5 tries a minute (RL-2); per IP: logged only, for shared NATs (RL-3). */
const usernameAndIp = { max: 5, windowSeconds: 60 };
const perIp = { max: 20, windowSeconds: 60 };
/** Failures per browser (RL-4), on an anonymous cookie the sign-in action sets. */
const perBrowser = { max: 5, windowSeconds: 60 };
/**
 * Failed sign-ins per client network across every username (RL-5; RATE_LIMIT_SIGN_IN_NETWORK): a
 * credential-stuffing run from one network stops here. Failures only, so a school behind one NAT
 * address signing in all morning is not refused; known devices are not held by it.
 */
export const perNetwork = { max: 50, windowSeconds: 15 * 60 };

/**
 * Where an attempt comes from, for the lockout (issue 11 item 4): a known device of this account,
 * else the client's network (IPv4 address, IPv6 /64). Locks are per (account, source), so a
 * stranger's wrong passwords lock the stranger's source only.
 */
function sourceOf(target: SignInTarget, request: SignInRequest): { source: string; known: boolean } {
  const device = target.kind === "account" ? knownDeviceSource(target.userId, request.knownDevice) : null;
  return device ? { source: device, known: true } : { source: `net:${ipLimitSubject(request.ip)}`, known: false };
}

/** The lock in force: the hard cap (account-wide, RL-11) unless a known device asks; then this source's growing lock (RL-1). */
function lockFor(accountState: LockStatus, sourceState: LockStatus, known: boolean): LockStatus {
  if (accountState.kind === "unlock-required" && !known) return accountState;
  return sourceState.kind === "locked" ? sourceState : { kind: "open" };
}

/**
 * One sign-in attempt with every throttle in front of the password check (AJS-10, RL-1/2/3/4/5/11).
 * Locks are per account and source (a network, or a known device of the account), so wrong
 * passwords from anywhere cannot keep a known username locked; past the account-wide hard cap only
 * the emailed unlock link, a reset, or a known device gets in.
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

  const network = ipLimitSubject(request.ip);
  const pairSubject = `${username.toLowerCase()}|${request.ip}`;
  // Independent of one another, so in flight together: the account (or unknown name) behind the
  // username, the per-IP count (RL-3: counted and logged, never refused), the (username, IP) count
  // (RL-2) and the two failure budgets read below (RL-5, RL-4). RL-2 is counted before the lock is
  // known and given back when the attempt is locked, which never cost RL-2 budget (REG-4's count, then refund).
  const [target, , pair, fromNetwork, fromBrowser] = await Promise.all([
    findSignInTarget(username),
    hitRateLimit("sign-in-ip", request.ip, perIp),
    hitRateLimit("sign-in-username-ip", pairSubject, usernameAndIp),
    peekRateLimit("sign-in-network", network),
    request.browserId ? peekRateLimit("sign-in-browser", request.browserId) : undefined,
  ]);
  const userId = target.kind === "account" ? target.userId : null;
  const { source, known } = sourceOf(target, request);

  const sourceState = await readSourceFailures(accountKeyOf(target), source);
  const lock = lockFor(lockStateAt(target.state, at, policy), lockStateAt(sourceState, at, policy), known);
  if (lock.kind !== "open") {
    await Promise.all([refundRateLimit("sign-in-username-ip", pairSubject), recordAudit({ event: "sign-in", outcome: "locked", userId, ...audit })]);
    return lock.kind === "locked" ? { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(lock.until, at) } : { ok: false, reason: "unlock-required" };
  }
  if (!pair.allowed) {
    await recordAudit({ event: "sign-in", outcome: "refused", userId, details: { limiter: "sign-in-username-ip" }, ...audit });
    return { ok: false, reason: "throttled", retryAfterSeconds: pair.retryAfterSeconds };
  }
  if (!known && fromNetwork.count >= ruleFor("sign-in-network", perNetwork).max && fromNetwork.resetsAt) {
    await recordAudit({ event: "sign-in", outcome: "refused", userId, details: { limiter: "sign-in-network" }, ...audit });
    return { ok: false, reason: "throttled", retryAfterSeconds: secondsUntil(fromNetwork.resetsAt, at) };
  }
  if (fromBrowser && fromBrowser.count >= ruleFor("sign-in-browser", perBrowser).max && fromBrowser.resetsAt) {
    return { ok: false, reason: "throttled", retryAfterSeconds: secondsUntil(fromBrowser.resetsAt, at) };
  }

  const matches = await withVerificationSlot(() =>
    target.kind === "account" && target.hash ? verifyPassword(target.hash, password) : burnPasswordCheck(password),
  );
  if (matches === "busy") {
    await recordAudit({ event: "sign-in", outcome: "refused", userId, details: { limiter: "verification-slots" }, ...audit });
    return { ok: false, reason: "busy" };
  }
  if (matches && target.kind === "account" && target.disabled) {
    await recordAudit({ event: "sign-in", outcome: "refused", userId, details: { reason: "disabled" }, ...audit });
    return { ok: false, reason: "disabled" };
  }
  if (matches && target.kind === "account") {
    const commonPassword = isCommonPassword(password);
    // Both settle before anything is decided: a failing check fails the attempt (no session), and
    // never while the success write is still under way.
    const [written, secondStep] = await Promise.allSettled([
      recordSignInSuccess({
        userId: target.userId,
        at,
        // A success wipes this pair's count too, so people who sign in often are never throttled (RL-1 "reset on success").
        forgetCounterKeys: [sourceKey(accountKeyOf(target), source), counterKey("sign-in-username-ip", pairSubject)],
        request: audit.request,
      }),
      // A common password starts no session at all (PWD-4): the second step does not come up.
      !commonPassword && request.secondStepCheck ? request.secondStepCheck(target.userId) : false,
    ]);
    if (written.status === "rejected") throw written.reason;
    if (secondStep.status === "rejected") throw secondStep.reason;
    return { ok: true, userId: target.userId, sessionVersion: target.sessionVersion, commonPassword, secondStep: secondStep.value };
  }
  return failed(target, request, at, { source, known, network });
}

async function failed(target: SignInTarget, request: SignInRequest, at: Date, from: { source: string; known: boolean; network: string }): Promise<SignInOutcome> {
  const policy = lockoutPolicy();
  const userId = target.kind === "account" ? target.userId : null;
  // A known device's failures count for its own lock only: the hard cap guards against strangers.
  const accountState = from.known ? target.state : await recordFailure(target, at, policy);
  const sourceState = await recordSourceFailure(accountKeyOf(target), from.source, at, policy);
  const accountLock = lockStateAt(accountState, at, policy);
  const lock = lockFor(accountLock, lockStateAt(sourceState, at, policy), from.known);
  if (target.kind === "account" && accountLock.kind === "unlock-required" && !from.known) {
    await markLocked(target.userId, null, true, at);
    if (accountState.failures === policy.hardCap) await onHardCap(target.userId, target.email, { ip: request.ip, userAgent: request.userAgent ?? null });
  }
  await recordAudit({ event: "sign-in", outcome: "failure", userId, request: { ip: request.ip, userAgent: request.userAgent ?? null }, details: { failures: sourceState.failures } });
  if (!from.known) await hitRateLimit("sign-in-network", from.network, perNetwork);
  if (request.browserId) await hitRateLimit("sign-in-browser", request.browserId, perBrowser);
  if (lock.kind === "locked") return { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(lock.until, at) };
  if (lock.kind === "unlock-required") return { ok: false, reason: "unlock-required" };
  return { ok: false, reason: "invalid" };
}

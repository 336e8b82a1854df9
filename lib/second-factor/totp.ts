import "server-only";
import { Secret, TOTP } from "otpauth";

/**
 * Authenticator-app codes (RFC 6238 through the otpauth library): SHA-1, six digits, 30-second steps,
 * the parameters every authenticator app supports. A code from the step before or after the server's
 * is accepted too (MFA-1: ±1 step of clock drift), and one whose step is not later than the last
 * accepted step is refused (MFA-2: a code works once). Pure: the time comes from the caller.
 */
export const TOTP_PERIOD_SECONDS = 30;
const DRIFT_STEPS = 1;

/** A new 160-bit secret (RFC 4226's recommended length), base32 as the apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label = "account", issuer = "portal"): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS });
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return totpFor(secret, account, issuer).toString();
}

/** The code for `at` (tests and the e2e compute codes the way an app would). */
export function totpCodeAt(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}

export function timeStepOf(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** Digits only: people type spaces ("123 456") and apps show them. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "reused" };

/**
 * Checks `code` against `secret` at `at`. On success `step` is the time step the code belongs to:
 * store it as the last used step, conditionally (only if still greater), so two requests racing
 * with one code cannot both win.
 */
export function checkTotpCode(secret: string, code: string, at: Date, lastUsedStep: number | null): TotpCheck {
  const digits = normaliseCode(code);
  if (!/^\d{6}$/.test(digits)) return { ok: false, reason: "wrong" };
  const delta = totpFor(secret).validate({ token: digits, timestamp: at.getTime(), window: DRIFT_STEPS });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = timeStepOf(at) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: "reused" };
  return { ok: true, step };
}

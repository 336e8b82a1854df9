import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/platform/config/env";
import type { KeyEntry } from "@/lib/platform/config/keys";
import { normalizeName } from "./normalize-name";

/**
 * PII primitives (PII-1..6). Encryption: AES-256-GCM, a random 96-bit IV per value, the auth tag
 * checked on decrypt, the purpose bound in as associated data (a ciphertext cannot be moved to another
 * column), and the key id stored beside it. Fingerprints: HMAC-SHA256 under keys kept outside the
 * database, domain-separated by purpose; lookups try every active key, current first.
 */
export type PiiKeys = { encryption: KeyEntry[]; fingerprint: KeyEntry[] };
export type Fingerprint = { keyId: string; value: string };
/** "email-body": queued email bodies, which carry live one-time links until sent (TOK-1, NOTIF-5, PII-1). */
/** "rate-limit": counter keys of lib/platform/security/rate-limit.ts (usernames, addresses, IPs). */
export type PiiPurpose = "ssn" | "name-search" | "claim-target" | "totp-secret" | "email-body" | "recovery-request" | "rate-limit";

export class PiiDecryptionError extends Error {
  constructor(reason: string) {
    super(`PII could not be decrypted: ${reason}`);
    this.name = "PiiDecryptionError";
  }
}

export function currentPiiKeys(): PiiKeys {
  const config = getConfig();
  return { encryption: config.PII_ENCRYPTION_KEYS, fingerprint: config.PII_FINGERPRINT_KEYS };
}

function first(keys: KeyEntry[]): KeyEntry {
  const key = keys[0];
  if (!key) throw new Error("No PII key is configured");
  return key;
}

export function encryptPii(plaintext: string, purpose: PiiPurpose, keys = currentPiiKeys()): { ciphertext: string; keyId: string } {
  const key = first(keys.encryption);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(Buffer.from(`pii:${purpose}`));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64"), keyId: key.id };
}

/** Throws PiiDecryptionError on an unknown key, a malformed value or a failed tag: never partial text. */
export function decryptPii(ciphertext: string, keyId: string, purpose: PiiPurpose, keys = currentPiiKeys()): string {
  const key = keys.encryption.find((entry) => entry.id === keyId);
  if (!key) throw new PiiDecryptionError(`no active key with id ${keyId}`);
  const raw = Buffer.from(ciphertext, "base64");
  if (raw.length < 12 + 16 + 1) throw new PiiDecryptionError("ciphertext too short");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(`pii:${purpose}`));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new PiiDecryptionError("authentication failed");
  }
}

function hmac(key: KeyEntry, purpose: PiiPurpose, value: string): Fingerprint {
  return { keyId: key.id, value: createHmac("sha256", key.key).update(`${purpose}\u001f${value}`).digest("hex") };
}

/** The fingerprint under the current key: what new and rotated rows store. */
export function fingerprint(purpose: PiiPurpose, value: string, keys = currentPiiKeys()): Fingerprint {
  return hmac(first(keys.fingerprint), purpose, value);
}

/** The fingerprint under every active key, current first: what lookups search for (PII-3). */
export function fingerprintsForLookup(purpose: PiiPurpose, value: string, keys = currentPiiKeys()): Fingerprint[] {
  return keys.fingerprint.map((key) => hmac(key, purpose, value));
}

/** Constant-time comparison of two hex fingerprints. */
export function sameFingerprint(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

export type NameSearchInput = { lastName: string; firstName: string; dateOfBirth: string; ssnLastFour: string };

/**
 * The account search's compound key (PII-5): normalised last name | normalised first name | ISO date
 * of birth | SSN last four. Low entropy by nature (10^4 last-four values per person), so its strength
 * is the secrecy of the fingerprint key (PII-6) plus the search's captcha and rate limits.
 */
export function nameSearchValue(input: NameSearchInput): string {
  return [normalizeName(input.lastName), normalizeName(input.firstName), input.dateOfBirth, input.ssnLastFour].join("|");
}

/**
 * The second claim target (REG-4): last name + SSN last four, without the date of birth, so trying
 * birth date after birth date for a known name and last four is one target, not many new people.
 */
export function nameAndSsnTargetValue(input: Pick<NameSearchInput, "lastName" | "ssnLastFour">): string {
  return [normalizeName(input.lastName), input.ssnLastFour].join("|");
}

/** The claim limiter's target (REG-4): a person, independent of the last four tried. */
export function claimTargetValue(input: Omit<NameSearchInput, "ssnLastFour">): string {
  return [normalizeName(input.lastName), normalizeName(input.firstName), input.dateOfBirth].join("|");
}

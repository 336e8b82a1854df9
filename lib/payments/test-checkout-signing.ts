import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/platform/config/env";

/**
 * The test checkout signs its returns and notices as a real provider would, with a key of its own
 * derived from AUTH_SECRET by HKDF (so no new secret to manage, and the key is good for nothing else).
 */
function signingKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", getConfig().AUTH_SECRET, "portal", "test-checkout-provider signing v1", 32));
}

export function sign(message: string): string {
  return createHmac("sha256", signingKey()).update(message).digest("base64url");
}

/** Constant-time comparison, so a forger learns nothing from timing (PAY-2). */
export function signatureValid(message: string, signature: string | null | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(sign(message));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

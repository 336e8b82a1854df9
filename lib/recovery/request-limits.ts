import "server-only";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";

export type RequestGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Recovery emails are limited per typed address (RL-7, RL-8: 5 an hour) and per client IP (20 an
 * hour). The limit is on what was typed, whether or not an account uses it, so a refusal reveals nothing.
 */
export async function gateRecoveryRequest(kind: "forgot-password" | "forgot-username", address: string, ip: string): Promise<RequestGate> {
  const perAddress = await hitRateLimit(`${kind}-address`, address.toLowerCase(), { max: 5, windowSeconds: 60 * 60 });
  const perIp = await hitRateLimit(`${kind}-ip`, ip, { max: 20, windowSeconds: 60 * 60 });
  if (perAddress.allowed && perIp.allowed) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(perAddress.allowed ? 0 : perAddress.retryAfterSeconds, perIp.allowed ? 0 : perIp.retryAfterSeconds) };
}

import "server-only";
import { isIP } from "node:net";
import { getConfig } from "@/lib/config/env";

/**
 * The client's IP address from request headers. `next start` puts the socket's address in
 * X-Forwarded-For only when the request has none; each trusted proxy in front appends the address it
 * saw (and Next then adds nothing). So with TRUSTED_PROXY_HOPS = n ≥ 1 the client is the n-th entry
 * from the right, and with n = 0 the rightmost (the socket). Entries further left are written by the
 * client and never trusted.
 *
 * Deployment note (README): run behind a proxy or load balancer that appends to X-Forwarded-For and
 * set TRUSTED_PROXY_HOPS; a server exposed directly cannot tell a forged header from its own, which is
 * why per-account and per-record limits, not per-IP ones, do the real protecting.
 */
export function clientIpFrom(headers: Headers, hops = getConfig().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = entries[entries.length - Math.max(1, hops)] ?? "";
  const address = candidate.replace(/^::ffff:/, "");
  return isIP(address) ? address : "unknown";
}

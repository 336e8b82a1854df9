import "server-only";
import { isIP } from "node:net";
import { getConfig } from "@/lib/platform/config/env";

/**
 * The client's IP address. The production server (lib/platform/server/start.mjs) rewrites X-Forwarded-For as
 * a proxy would: with TRUSTED_PROXY_HOPS = 0 it is exactly the socket's address; with n ≥ 1 the
 * socket's address is appended to what the n trusted proxies wrote. So the client is the entry n
 * places left of the rightmost; anything further left was written by the client and is never used.
 *
 * Deployment note (README): behind a load balancer set TRUSTED_PROXY_HOPS to the number of proxies
 * that append to X-Forwarded-For. Per-account and per-record limits still do the real protecting.
 */
export function clientIpFrom(headers: Headers, hops = getConfig().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // Fewer entries than trusted hops: the request skipped a proxy; the leftmost is the best we know.
  const candidate = entries[Math.max(0, entries.length - 1 - hops)]!;
  const address = candidate.replace(/^::ffff:/, "");
  return isIP(address) ? address : "unknown";
}

/**
 * The subject a per-IP limit counts (RL-5, RL-10): an IPv4 address as is, an IPv6 address as its /64
 * network. One IPv6 subscriber is routinely handed a whole /64, so counting single addresses would
 * give an attacker 2^64 fresh budgets.
 */
export function ipLimitSubject(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = ip.includes("::") ? (tail ? tail.split(":") : []) : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) only touches the low 64 bits, which are dropped anyway.
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill("0"), ...tailGroups];
  const network = groups.slice(0, 4).map((group) => (Number.parseInt(group, 16) || 0).toString(16));
  return `${network.join(":")}::/64`;
}

import "server-only";
import { hitRateLimit, type RateLimitOutcome, type RateLimitRule } from "@/lib/platform/security/rate-limit";

/**
 * RL-13: the public search is throttled per client IP (RL-5's budget: 300 requests in 5 minutes),
 * so nobody pages through the state's register; a school's HR office behind one address still has
 * room, and bulk verification is there for long lists. Override with RATE_LIMIT_PUBLIC_SEARCH.
 */
export const publicSearchLimit: RateLimitRule = { max: 300, windowSeconds: 300 };
/** Each upload, and each CSV download of its results, checks up to 500 identifiers. Override with RATE_LIMIT_PUBLIC_BULK_VERIFY. */
export const bulkVerifyLimit: RateLimitRule = { max: 20, windowSeconds: 3600 };

export function countPublicSearch(ip: string): Promise<RateLimitOutcome> {
  return hitRateLimit("public-search", ip, publicSearchLimit);
}

export function countBulkVerification(ip: string): Promise<RateLimitOutcome> {
  return hitRateLimit("public-bulk-verify", ip, bulkVerifyLimit);
}

import { getBranding } from "@/lib/platform/config/branding";
import { retryAfterFrom, tooManyRequestsResponse } from "@/lib/platform/security/too-many-requests";

export const dynamic = "force-dynamic";

/**
 * Where a throttled account search, claim or create lands (RL-9, RL-10, RL-12, REG-4): a Server
 * Action cannot answer 429 itself, so it redirects here, and this answers HTTP 429 with Retry-After.
 */
export function GET(request: Request) {
  return tooManyRequestsResponse(getBranding(), retryAfterFrom(request), "registration");
}

import { getConfig } from "@/lib/platform/config/env";

/**
 * The staff console's page for one support request as a full address (APP_URL), for the support
 * team's emails about it (a new request, an educator's reply).
 */
export function staffSupportRequestUrl(supportRequestId: string): string {
  return `${getConfig().APP_URL}/staff/requests/support/${supportRequestId}`;
}

import { getConfig } from "@/lib/platform/config/env";

/** The staff console's page for one support request: the support inbox links to it, and so do the support team's emails. */
export function staffSupportRequestPath(supportRequestId: string): string {
  return `/staff/requests/support/${supportRequestId}`;
}

/** The same page as a full address (APP_URL), for an email. */
export function staffSupportRequestUrl(supportRequestId: string): string {
  return `${getConfig().APP_URL}${staffSupportRequestPath(supportRequestId)}`;
}

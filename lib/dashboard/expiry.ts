import { addDays, today } from "@/lib/platform/clock";
import type { CredentialStatus } from "@/lib/platform/db/schema/enums";

/** "Expiring soon": an active credential whose expiration date is within this many days. */
export const EXPIRING_WITHIN_DAYS = 90;

export function isExpiringSoon(status: CredentialStatus, expirationDate: string | null, on = today()): boolean {
  return status === "active" && expirationDate !== null && expirationDate >= on && expirationDate <= addDays(on, EXPIRING_WITHIN_DAYS);
}

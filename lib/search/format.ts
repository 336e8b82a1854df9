import type { CredentialStatus, DisciplinaryActionType } from "@/lib/platform/db/schema/enums";
import type { PublicName } from "./dto";

/** Display helpers shared by the pages, the print view and the bulk CSV. Safe anywhere (no secrets). */
export const statusLabels: Record<CredentialStatus, string> = {
  active: "Active",
  expired: "Expired",
  suspended: "Suspended",
  revoked: "Revoked",
  surrendered: "Surrendered",
};

export const actionLabels: Record<DisciplinaryActionType, string> = {
  reprimand: "Reprimand",
  suspension: "Suspension",
  revocation: "Revocation",
  probation: "Probation",
  denial: "Denial",
  surrender: "Surrender",
};

export function fullName(name: PublicName): string {
  const base = [name.firstName, name.middleName, name.lastName].filter(Boolean).join(" ");
  return name.suffix ? `${base}, ${name.suffix}` : base;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

/** "June 14, 2029" for a YYYY-MM-DD date; certificate dates are calendar days, not instants. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  return dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

export const formatCount = (value: number) => value.toLocaleString("en-US");

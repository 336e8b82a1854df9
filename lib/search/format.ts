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

export const formatCount = (value: number) => value.toLocaleString("en-US");

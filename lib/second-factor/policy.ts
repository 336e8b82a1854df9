import "server-only";
import { getConfig } from "@/lib/platform/config/env";

/**
 * Whether an account must have a second factor (MFA-9). Educators: only where the agency sets
 * MFA_REQUIRED_FOR_EDUCATORS=true. Staff (issue 15 adds the accounts): always; enrolment is the first
 * thing a new staff member does, and their last factor can never be removed.
 */
export type AccountKind = "educator" | "staff";

export function secondFactorRequired(kind: AccountKind = "educator"): boolean {
  switch (kind) {
    case "educator":
      return getConfig().MFA_REQUIRED_FOR_EDUCATORS;
    case "staff":
      return true;
  }
}

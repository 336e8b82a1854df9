import "server-only";
import { getConfig } from "@/lib/platform/config/env";

/**
 * Whether an account must have a second factor (MFA-9). Educators: only where the agency sets
 * MFA_REQUIRED_FOR_EDUCATORS=true. The staff console (issue 14 item 4) adds staff accounts here:
 * they always must, and enrolment is the first thing a new staff member does.
 */
export type AccountKind = "educator";

export function secondFactorRequired(kind: AccountKind = "educator"): boolean {
  switch (kind) {
    case "educator":
      return getConfig().MFA_REQUIRED_FOR_EDUCATORS;
  }
}

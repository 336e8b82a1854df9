"use server";

import { readForm } from "@/lib/platform/forms/action-state";
import { searchBySsnForStaff, ssnSearchFields, type SsnSearchState } from "@/lib/staff/records/ssn-search";

/** The full-SSN search (records or support; a reason required; audited in lib). */
export async function searchBySsnAction(_previous: SsnSearchState, formData: FormData): Promise<SsnSearchState> {
  return searchBySsnForStaff(readForm(formData, ssnSearchFields));
}

import { registerApplicationAccess } from "@/lib/documents/application-access";
import { insertApplicationRow } from "./applications";

/**
 * Stands in for the applications feature's rule in tests of documents and payments: an application
 * id made by `applicationOf(userId)` belongs to that person and takes documents and payments; any
 * other id does not. Test code only.
 */
const owners = new Map<string, string>();

export async function applicationOf(userId: string): Promise<string> {
  // A real row: documents and payments reference applications (a submitted one: any number per person).
  const applicationId = await insertApplicationRow(userId);
  owners.set(applicationId, userId);
  return applicationId;
}

export function trustApplicationOwners(): void {
  registerApplicationAccess(async (userId, applicationId) => owners.get(applicationId) === userId);
}

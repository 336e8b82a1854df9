import { registerApplicationAccess } from "@/lib/documents/application-access";

/**
 * Stands in for the applications feature's rule in tests of documents and payments: an application
 * id made by `applicationOf(userId)` belongs to that person and takes documents and payments; any
 * other id does not. Test code only.
 */
const owners = new Map<string, string>();

export function applicationOf(userId: string): string {
  const applicationId = crypto.randomUUID();
  owners.set(applicationId, userId);
  return applicationId;
}

export function trustApplicationOwners(): void {
  registerApplicationAccess(async (userId, applicationId) => owners.get(applicationId) === userId);
}

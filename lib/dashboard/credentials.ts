import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { credentialsFor } from "./panel-queries";
import type { CredentialView } from "./panel-views";

export type { CredentialView };

/** The signed-in person's credentials (the person is the session's, reached through users.educator_id). */
export async function myCredentials(): Promise<CredentialView[]> {
  const user = await requireUser();
  return credentialsFor(user.id);
}

import "server-only";
import type { Executor } from "@/lib/platform/db/client";

// One audit writer for the whole portal; registration uses it under its old name.
export { recordAudit, type AuditEntry } from "@/lib/auth/audit";

/** Who is asking, as the actions pass it down from the request. */
export type RequestContext = {
  ip: string;
  userAgent: string | null;
  /**
   * Runs inside the transaction that creates an account. The request layer uses it to link a Microsoft
   * identity waiting in this browser (AJS-7: "after registering, the identity is linked").
   */
  onAccountCreated?: (tx: Executor, userId: string) => Promise<unknown>;
};

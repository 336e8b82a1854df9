import "server-only";
import { and, eq } from "drizzle-orm";
import { isUuid } from "@/lib/documents/application-access";
import type { AcceptedMediaType } from "@/lib/documents/content-type";
import { db } from "@/lib/platform/db/client";
import { applications, documentContents, documents } from "@/lib/platform/db/schema";
import { recordStaffAudit } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/guard";

/**
 * A document of a submitted application, for a reviewer (DOC-3 extended to the agency's side): the
 * educator's own route stays owner-only; this one needs the reviewer role, only finds a document
 * through the application it belongs to, and every viewing is a staff audit event (who looked at
 * whose file, when). Drafts' files are the educator's alone.
 */
export async function reviewerDocumentFile(applicationReference: string, documentId: string) {
  const actor = await requireStaff("reviewer");
  if (typeof applicationReference !== "string" || !isUuid(documentId)) return null;
  const [row] = await db
    .select({ fileName: documents.fileName, mediaType: documents.mediaType, bytes: documentContents.bytes, userId: documents.userId, educatorId: applications.educatorId, status: applications.status, requirement: documents.requirement })
    .from(documents)
    .innerJoin(documentContents, eq(documentContents.documentId, documents.id))
    .innerJoin(applications, and(eq(applications.id, documents.applicationId), eq(applications.userId, documents.userId)))
    .where(and(eq(documents.id, documentId), eq(applications.reference, applicationReference)));
  if (!row || row.status === "draft") return null;
  await recordStaffAudit(actor, { event: "staff.document.viewed", userId: row.userId, educatorId: row.educatorId, details: { requirement: row.requirement, mediaType: row.mediaType } });
  return { fileName: row.fileName, mediaType: row.mediaType as AcceptedMediaType, bytes: row.bytes };
}

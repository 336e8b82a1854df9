import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { getConfig } from "@/lib/platform/config/env";
import { db, queryRows, type Executor } from "@/lib/platform/db/client";
import { documentContents, documents } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { isUuid, mayChangeApplication } from "./application-access";
import { sniffAcceptedType, type AcceptedMediaType } from "./content-type";
import { documentMessages, megabytes } from "./document-messages";

/**
 * The PostgreSQL document store (issue 13 item 4): every function takes the person whose documents
 * they are and touches only that person's rows. Callers take `userId` from the session.
 */
export type StoredDocument = {
  id: string;
  applicationId: string;
  requirement: string;
  fileName: string;
  mediaType: AcceptedMediaType;
  sizeBytes: number;
  createdAt: Date;
};

export type StoreOutcome = { ok: true; document: StoredDocument } | { ok: false; field: "file"; message: string };

const described = {
  id: documents.id,
  applicationId: documents.applicationId,
  requirement: documents.requirement,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  sizeBytes: documents.sizeBytes,
  createdAt: documents.createdAt,
};

/** The name shown back to the person: no path, no control characters, at most 120 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-120);
  return cleaned || "document";
}

export async function storeDocument(
  input: { userId: string; applicationId: string; requirement: string; file: File | null | undefined },
  request?: RequestFacts,
): Promise<StoreOutcome> {
  const { userId, applicationId, file } = input;
  const requirement = input.requirement.trim().slice(0, 80);
  const refuse = (message: string): StoreOutcome => ({ ok: false, field: "file", message });
  if (!file || typeof file === "string" || file.size === 0) return refuse(documentMessages.missing);
  const { DOCUMENT_MAX_BYTES, APPLICATION_DOCUMENTS_MAX_BYTES } = getConfig();
  if (file.size > DOCUMENT_MAX_BYTES) return refuse(documentMessages.tooLarge(DOCUMENT_MAX_BYTES));
  if (!requirement) return refuse(documentMessages.missing);
  const bytes = Buffer.from(await file.arrayBuffer());
  const mediaType = await sniffAcceptedType(bytes);
  if (!mediaType) return refuse(documentMessages.wrongType);

  return db.transaction(async (tx) => {
    if (!(await mayChangeApplication(userId, applicationId, tx))) return refuse(documentMessages.notYours);
    // One upload at a time per application, so two at once cannot both fit under the total.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${applicationId}, 0))`);
    const [{ total } = { total: 0 }] = await queryRows<{ total: number }>(
      tx,
      sql`select coalesce(sum(size_bytes), 0)::int as total from documents where application_id = ${applicationId}`,
    );
    if (total + bytes.length > APPLICATION_DOCUMENTS_MAX_BYTES) {
      return refuse(documentMessages.applicationFull(APPLICATION_DOCUMENTS_MAX_BYTES, APPLICATION_DOCUMENTS_MAX_BYTES - total));
    }
    const [document] = await tx
      .insert(documents)
      .values({ userId, applicationId, requirement, fileName: cleanFileName(file.name), mediaType, sizeBytes: bytes.length })
      .returning(described);
    await tx.insert(documentContents).values({ documentId: document!.id, bytes });
    await recordAudit(
      { event: "document.uploaded", outcome: "success", userId, request, details: { mediaType, sizeBytes: bytes.length, megabytes: megabytes(bytes.length) } },
      tx,
    );
    return { ok: true, document: document as StoredDocument };
  });
}

/** An application's documents, oldest first, if they are `userId`'s. */
export async function listDocumentsFor(userId: string, applicationId: string, executor: Executor = db): Promise<StoredDocument[]> {
  if (!isUuid(applicationId)) return [];
  const rows = await executor
    .select(described)
    .from(documents)
    .where(and(eq(documents.userId, userId), eq(documents.applicationId, applicationId)))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  return rows as StoredDocument[];
}

/** One document with its bytes, only for its owner; null for anyone else (who then gets a 404). */
export async function readDocumentFor(userId: string, documentId: string): Promise<(StoredDocument & { bytes: Buffer }) | null> {
  if (!isUuid(documentId)) return null;
  const [row] = await db
    .select({ ...described, bytes: documentContents.bytes })
    .from(documents)
    .innerJoin(documentContents, eq(documentContents.documentId, documents.id))
    .where(and(eq(documents.id, documentId), eq(documents.userId, userId)));
  return row ? (row as StoredDocument & { bytes: Buffer }) : null;
}

/**
 * Deletes the document and its bytes (the contents go by ON DELETE CASCADE in the same statement),
 * only for its owner and only while the application may still change. True when something was removed.
 */
export async function removeDocumentFor(userId: string, documentId: string, request?: RequestFacts): Promise<boolean> {
  if (!isUuid(documentId)) return false;
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ applicationId: documents.applicationId })
      .from(documents)
      .where(and(eq(documents.id, documentId), eq(documents.userId, userId)));
    if (!owned || !(await mayChangeApplication(userId, owned.applicationId, tx))) return false;
    const removed = await tx.delete(documents).where(and(eq(documents.id, documentId), eq(documents.userId, userId))).returning({ id: documents.id });
    if (removed.length === 0) return false;
    await recordAudit({ event: "document.removed", outcome: "success", userId, request }, tx);
    return true;
  });
}

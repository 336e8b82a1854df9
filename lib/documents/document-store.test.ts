import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db, queryRows } from "@/lib/platform/db/client";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { applicationOf, trustApplicationOwners } from "@/lib/tooling/testing/application-owners";
import { registerApplicationAccess } from "./application-access";
import { sniffAcceptedType } from "./content-type";
import { listDocumentsFor, readDocumentFor, removeDocumentFor, storeDocument } from "./document-store";
import { asFile, sampleExe, sampleJpeg, samplePdf, samplePng } from "./sample-files";

provideTestDatabase();
beforeEach(trustApplicationOwners);
afterEach(restoreTestEnv);
const countRows = async (table: "documents" | "document_contents", column: string, value: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(table)} where ${sql.raw(column)}::text = ${value}`))[0]!.n;

describe("document type by content (DOC-1)", () => {
  it("DOC-1 recognises PDF, PNG and JPEG by their bytes", async () => {
    expect(await sniffAcceptedType(samplePdf())).toBe("application/pdf");
    expect(await sniffAcceptedType(samplePng())).toBe("image/png");
    expect(await sniffAcceptedType(sampleJpeg())).toBe("image/jpeg");
  });

  it("DOC-1 refuses an .exe renamed .pdf and declared application/pdf, and stores nothing", async () => {
    const { userId } = await insertTestAccount();
    const applicationId = await applicationOf(userId);
    const outcome = await storeDocument({ userId, applicationId, requirement: "transcript", file: asFile(sampleExe(), "transcript.pdf") });
    expect(outcome).toEqual({ ok: false, field: "file", message: "The selected file must be a PDF, JPG or PNG" });
    expect(await countRows("documents", "application_id", applicationId)).toBe(0);
  });

  it("DOC-1 refuses plain text named .png, and a missing file", async () => {
    const { userId } = await insertTestAccount();
    const text = await storeDocument({ userId, applicationId: await applicationOf(userId), requirement: "photo", file: asFile(Buffer.from("hello, not an image"), "me.png", "image/png") });
    expect(text.ok).toBe(false);
    const none = await storeDocument({ userId, applicationId: await applicationOf(userId), requirement: "photo", file: null });
    expect(none).toMatchObject({ ok: false, message: "Select a file to upload" });
  });

  it("DOC-1 stores a real PDF with the sniffed type, whatever the browser claimed", async () => {
    const { userId } = await insertTestAccount();
    const applicationId = await applicationOf(userId);
    const outcome = await storeDocument({ userId, applicationId, requirement: "transcript", file: asFile(samplePdf(), "../../etc/Transcript.PDF", "text/plain") });
    expect(outcome).toMatchObject({ ok: true, document: { mediaType: "application/pdf", fileName: "Transcript.PDF", requirement: "transcript" } });
    const read = await readDocumentFor(userId, outcome.ok ? outcome.document.id : "");
    expect(read?.bytes.equals(samplePdf())).toBe(true);
  });
});

describe("size limits (DOC-2)", () => {
  it("DOC-2 refuses an 11 MB file under the default 10 MB limit, with a message for the field, and stores nothing", async () => {
    const { userId } = await insertTestAccount();
    const applicationId = await applicationOf(userId);
    const outcome = await storeDocument({ userId, applicationId, requirement: "transcript", file: asFile(samplePdf(11 * 1024 * 1024), "big.pdf") });
    expect(outcome).toEqual({ ok: false, field: "file", message: "The selected file must be smaller than 10 MB" });
    expect(await countRows("documents", "application_id", applicationId)).toBe(0);
  });

  it("DOC-2 keeps an application's documents under APPLICATION_DOCUMENTS_MAX_BYTES, per application", async () => {
    useTestEnv({ DOCUMENT_MAX_BYTES: "3000", APPLICATION_DOCUMENTS_MAX_BYTES: "5000" });
    const { userId } = await insertTestAccount();
    const applicationId = await applicationOf(userId);
    const store = (id: string) => storeDocument({ userId, applicationId: id, requirement: "transcript", file: asFile(samplePdf(2500), "t.pdf") });
    expect((await store(applicationId)).ok).toBe(true);
    expect((await store(applicationId)).ok).toBe(true);
    const third = await store(applicationId);
    expect(third).toMatchObject({ ok: false, field: "file" });
    expect(!third.ok && third.message).toMatch(/at most 0 MB|total at most/);
    expect(await countRows("documents", "application_id", applicationId)).toBe(2);
    expect((await store(await applicationOf(userId))).ok, "another application has its own allowance").toBe(true);
    const tooBig = await storeDocument({ userId, applicationId: await applicationOf(userId), requirement: "x", file: asFile(samplePdf(3001), "t.pdf") });
    expect(tooBig.ok).toBe(false);
  });
});

describe("owner only, and really deleted (DOC-3, DOC-4)", () => {
  async function storedFor() {
    const owner = await insertTestAccount();
    const other = await insertTestAccount();
    const applicationId = await applicationOf(owner.userId);
    const outcome = await storeDocument({ userId: owner.userId, applicationId, requirement: "transcript", file: asFile(samplePng(), "scan.png", "image/png") });
    if (!outcome.ok) throw new Error(outcome.message);
    return { owner, other, applicationId, documentId: outcome.document.id };
  }

  it("DOC-3 another person can neither list, read nor remove the document", async () => {
    const { owner, other, applicationId, documentId } = await storedFor();
    expect(await listDocumentsFor(other.userId, applicationId)).toEqual([]);
    expect(await readDocumentFor(other.userId, documentId)).toBeNull();
    expect(await removeDocumentFor(other.userId, documentId)).toBe(false);
    expect(await countRows("documents", "id", documentId)).toBe(1);
    expect((await listDocumentsFor(owner.userId, applicationId)).map((d) => d.id)).toEqual([documentId]);
  });

  it("DOC-4 removing deletes the description and the bytes, and audits it", async () => {
    const { owner, documentId } = await storedFor();
    expect(await removeDocumentFor(owner.userId, documentId)).toBe(true);
    expect(await countRows("documents", "id", documentId)).toBe(0);
    expect(await countRows("document_contents", "document_id", documentId)).toBe(0);
    expect(await readDocumentFor(owner.userId, documentId)).toBeNull();
    const events = await queryRows<{ event: string }>(db, sql`select event from audit_events where user_id = ${owner.userId} order by id`);
    expect(events.map((e) => e.event)).toEqual(["document.uploaded", "document.removed"]);
  });

  it("DOC-3 the applications feature decides which applications take documents: not another person's, none before it says", async () => {
    const { userId } = await insertTestAccount();
    const other = await insertTestAccount();
    const theirs = await applicationOf(other.userId);
    const outcome = await storeDocument({ userId, applicationId: theirs, requirement: "transcript", file: asFile(samplePdf(), "t.pdf") });
    expect(outcome).toMatchObject({ ok: false, message: "This application cannot take documents now" });
    expect(await countRows("documents", "application_id", theirs)).toBe(0);
    registerApplicationAccess(undefined);
    expect((await storeDocument({ userId, applicationId: await applicationOf(userId), requirement: "t", file: asFile(samplePdf(), "t.pdf") })).ok, "fails closed").toBe(false);
    expect(await storeDocument({ userId, applicationId: "not-a-uuid", requirement: "t", file: asFile(samplePdf(), "t.pdf") })).toMatchObject({ ok: false });
  });
});

import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asFile, samplePdf } from "@/lib/documents/sample-files";
import { removeDocumentAction, uploadDocumentAction } from "@/lib/documents/upload-actions";
import { db, queryRows } from "@/lib/platform/db/client";
import { idleState } from "@/lib/platform/forms/action-state";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { applicationOf, trustApplicationOwners } from "@/lib/tooling/testing/application-owners";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { GET } from "./route";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/tooling/testing/session-seam")).cacheModule());

provideTestDatabase();
beforeEach(trustApplicationOwners);

function uploadForm(applicationId: string, file: File): FormData {
  const form = new FormData();
  form.set("applicationId", applicationId);
  form.set("requirement", "transcript");
  form.set("returnTo", "/apply/renewal/documents");
  form.set("file", file);
  return form;
}

function removeForm(documentId: string, returnTo = "/apply/renewal/documents"): FormData {
  const form = new FormData();
  form.set("documentId", documentId);
  form.set("returnTo", returnTo);
  return form;
}

async function redirectOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return target;
  }
}

const documentsOf = (applicationId: string) =>
  queryRows<{ id: string }>(db, sql`select id from documents where application_id = ${applicationId}`);
const download = (id: string) => GET(new Request(`http://localhost:3000/api/documents/${id}`), { params: Promise.resolve({ id }) });

describe("the upload form's action and the download route (DOC-2, DOC-3, DOC-5)", () => {
  it("DOC-2 an 11 MB file reaches the action and comes back as a message next to the file field; nothing is stored", async () => {
    const { userId } = await insertTestAccount();
    const applicationId = await applicationOf(userId);
    newRequest(userId);
    const state = await uploadDocumentAction(idleState(), uploadForm(applicationId, asFile(samplePdf(11 * 1024 * 1024), "big.pdf")));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ file: "The selected file must be smaller than 10 MB" });
    expect(state.values).toMatchObject({ applicationId, requirement: "transcript" });
    expect(await documentsOf(applicationId)).toEqual([]);
  });

  it("DOC-5 the owner downloads an attachment that is never cached; others and visitors get 404", async () => {
    const owner = await insertTestAccount();
    const other = await insertTestAccount();
    const applicationId = await applicationOf(owner.userId);
    newRequest(owner.userId);
    expect(await redirectOf(() => uploadDocumentAction(idleState(), uploadForm(applicationId, asFile(samplePdf(), "My transcript.pdf"))))).toBe("/apply/renewal/documents");
    const [stored] = await documentsOf(applicationId);

    const response = await download(stored!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="My transcript\.pdf"/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(samplePdf())).toBe(true);

    newRequest(other.userId);
    expect((await download(stored!.id)).status).toBe(404);
    expect(await redirectOf(() => removeDocumentAction(idleState(), removeForm(stored!.id)))).toBeNull();
    expect(await documentsOf(applicationId)).toHaveLength(1);
    newRequest(null);
    expect((await download(stored!.id)).status).toBe(404);
    expect((await download("not-an-id")).status).toBe(404);
  });

  it("DOC-4 the owner's Remove really deletes and returns to the page; an outside return address is not followed", async () => {
    const { userId } = await insertTestAccount();
    const applicationId = await applicationOf(userId);
    newRequest(userId);
    await redirectOf(() => uploadDocumentAction(idleState(), uploadForm(applicationId, asFile(samplePdf(), "t.pdf"))));
    const [stored] = await documentsOf(applicationId);
    expect(await redirectOf(() => removeDocumentAction(idleState(), removeForm(stored!.id, "//evil.example/steal")))).toBe("/dashboard");
    expect(await documentsOf(applicationId)).toEqual([]);
    expect(await queryRows(db, sql`select 1 from document_contents where document_id = ${stored!.id}`)).toEqual([]);
  });
});

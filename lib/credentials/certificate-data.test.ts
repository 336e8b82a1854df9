import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { heldCredentialsFor } from "@/lib/applications/queries";
import { db } from "@/lib/platform/db/client";
import { credentials } from "@/lib/platform/db/schema";
import { educatorWith } from "@/lib/tooling/testing/application-people";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest, redirectTarget } from "@/lib/tooling/testing/session-seam";
import { myCertificateFacts } from "./certificate-data";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();

describe("the certificate's facts (issue 15 item 3, NX-2, DOC-3)", () => {
  it("only the signed-in educator's own active credential; another's number, an expired one or none signed in finds nothing", async () => {
    const holder = await educatorWith([{ status: "active", expiresInDays: 400 }, { status: "expired", expiresInDays: -30 }]);
    const other = await educatorWith([{ status: "active", expiresInDays: 400 }]);
    const [active, expired] = await heldCredentialsFor(holder.userId);
    const [othersCertificate] = await heldCredentialsFor(other.userId);
    newRequest(holder.userId);
    const facts = await myCertificateFacts(active!.certificateNumber);
    expect(facts).toMatchObject({ certificateNumber: active!.certificateNumber, holderName: expect.stringContaining(holder.person.lastName), typeName: "Professional Certificate", area: "Elementary Education", rank: "II", publicId: holder.publicId });
    expect(Object.keys(facts!)).not.toContain("ssn");
    expect(await myCertificateFacts(expired!.certificateNumber)).toBeNull();
    expect(await myCertificateFacts(othersCertificate!.certificateNumber)).toBeNull();
    expect(await myCertificateFacts("../../etc")).toBeNull();
    await db.update(credentials).set({ status: "suspended" }).where(eq(credentials.certificateNumber, active!.certificateNumber));
    expect(await myCertificateFacts(active!.certificateNumber)).toBeNull();
    newRequest(null);
    let target: string | null = null;
    try {
      await myCertificateFacts(othersCertificate!.certificateNumber);
    } catch (error) {
      target = redirectTarget(error);
    }
    expect(target).toMatch(/signin=required/);
  });
});

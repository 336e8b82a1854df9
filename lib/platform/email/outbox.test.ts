import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { enqueueEmail, enqueueEmails } from "./outbox";
import { openBody } from "./sealed-body";

provideTestDatabase();

const confirmUrl = "http://localhost:3000/confirm-email?token=abc123";

describe("enqueueEmail writes the outbox in the caller's transaction", () => {
  it("stores the rendered HTML and text as a pending row and returns its id", async () => {
    const id = await enqueueEmail(db, emailConfirmationMessage("ada@example.org", { name: "Ada", confirmUrl }));
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ toAddress: "ada@example.org", template: "email-confirmation", status: "pending", attempts: 0 });
    expect(row!.subject).toBe("Confirm your email address");
    // Stored sealed (TOK-1): the columns never hold the link, the opened body does.
    expect(row!.bodyKeyId).toBeTruthy();
    expect(row!.html + row!.text).not.toContain("abc123");
    const body = openBody(row!);
    expect(body.html).toContain(`href="${confirmUrl.replace(/&/g, "&amp;")}"`);
    expect(body.text).toContain("Please confirm your account by clicking this link: here");
    expect(body.text).toContain(confirmUrl);
  });

  it("leaves no email behind when the transaction that caused it rolls back", async () => {
    const rollback = new Error("the change failed after the email was queued");
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, emailConfirmationMessage("rolled-back@example.org", { name: "Bo", confirmUrl }));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "rolled-back@example.org"))).toEqual([]);
  });

  it("is visible once the transaction commits", async () => {
    const id = await db.transaction((tx) => enqueueEmail(tx, emailConfirmationMessage("committed@example.org", { name: "Cy", confirmUrl })));
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.toAddress, "committed@example.org"))).toEqual([{ id }]);
  });

  it("queues several messages at once, ids in order, and nothing for an empty list", async () => {
    const ids = await enqueueEmails(db, [
      emailConfirmationMessage("one@example.org", { name: "One", confirmUrl }),
      emailConfirmationMessage("two@example.org", { name: "Two", confirmUrl }),
    ]);
    const rows = await Promise.all(ids.map(async (id) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!.toAddress));
    expect(rows).toEqual(["one@example.org", "two@example.org"]);
    expect(await enqueueEmails(db, [])).toEqual([]);
  });
});

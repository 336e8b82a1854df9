import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { notifications, users } from "@/lib/platform/db/schema";
import { createTestAccount, goodPassword } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { accountHeaderFor, accountSummaryFor } from "./panel-queries";

provideTestDatabase();

const notice = (userId: string, readAt: Date | null) => ({ userId, kind: "name_change_received" as const, title: "Received", body: "We received it.", readAt });

describe("the account's row for the top bar and the greeting (one read)", () => {
  it("gives the top bar the name and the unread count, and the greeting the name and whether the email is confirmed", async () => {
    const user = await createTestAccount("row.reader", goodPassword);
    await db.update(users).set({ name: "Rowan Reader", emailVerified: null }).where(eq(users.id, user.id));
    await db.insert(notifications).values([notice(user.id, null), notice(user.id, null), notice(user.id, new Date())]);
    const other = await createTestAccount("row.other", goodPassword);
    await db.insert(notifications).values(notice(other.id, null));

    expect(await accountHeaderFor(user.id)).toEqual({ name: "Rowan Reader", unread: 2 });
    expect(await accountSummaryFor(user.id)).toEqual({ name: "Rowan Reader", username: "row.reader", emailConfirmed: false });
    await db.update(users).set({ name: null, emailVerified: new Date() }).where(eq(users.id, user.id));
    expect(await accountHeaderFor(user.id)).toEqual({ name: "row.reader", unread: 2 });
    expect(await accountSummaryFor(user.id)).toEqual({ name: "row.reader", username: "row.reader", emailConfirmed: true });
  });

  it("says so when the account is gone: a neutral top bar, and the greeting refuses", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await accountHeaderFor(missing)).toEqual({ name: "Your account", unread: 0 });
    await expect(accountSummaryFor(missing)).rejects.toThrow("no longer exists");
  });
});

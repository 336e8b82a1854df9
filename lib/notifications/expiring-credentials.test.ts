import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addDays, today } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { credentials, credentialTypes, notifications } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { queueExpiringCredentialNotifications } from "./expiring-credentials";

provideTestDatabase();

describe("queueExpiringCredentialNotifications", () => {
  it("notifies once per active credential expiring within 90 days, also when run concurrently", async () => {
    const [type] = await db.insert(credentialTypes).values({ code: "T-EXP", name: "Test Certificate", category: "professional" }).returning();
    const account = await insertTestAccount();
    const other = await insertTestAccount();
    const credential = (number: string, educatorId: string, status: "active" | "expired", expires: number) => ({
      educatorId,
      credentialTypeId: type!.id,
      certificateNumber: number,
      area: "Mathematics",
      status,
      effectiveDate: addDays(today(), -1000),
      expirationDate: addDays(today(), expires),
    });
    await db.insert(credentials).values([
      credential("T0000001", account.educatorId, "active", 45),
      credential("T0000002", account.educatorId, "active", 100),
      credential("T0000003", account.educatorId, "expired", 30),
      credential("T0000004", other.educatorId, "active", 90),
    ]);

    const counts = await Promise.all([queueExpiringCredentialNotifications(), queueExpiringCredentialNotifications()]);
    expect(counts[0]! + counts[1]!).toBe(2);
    expect(await queueExpiringCredentialNotifications()).toBe(0);

    const mine = await db.select().from(notifications).where(eq(notifications.userId, account.userId));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "credential_expiring", title: "Certificate expiring soon", linkPath: "/apply", readAt: null });
    expect(mine[0]!.body).toContain("Test Certificate (Mathematics), certificate T0000001, expires on");
    expect(await db.$count(notifications, eq(notifications.userId, other.userId))).toBe(1);
  });
});

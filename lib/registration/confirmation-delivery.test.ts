import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { context, goodPassword, insertPerson } from "@/lib/tooling/testing/factory";
import { advanceClock, setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { backoffMs, deliverDueEmails } from "@/lib/platform/email/deliverer";
import { resendTransport } from "@/lib/platform/email/resend-transport";
import { resendError, resendOk, startResendTestServer, type ResendTestServer } from "@/lib/tooling/testing/resend-test-server";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { claimRecord } from "./claim-record";
import { createClaim } from "./claims";

provideTestDatabase();
let server: ResendTestServer;

beforeAll(async () => {
  server = await startResendTestServer();
});
afterAll(() => server.close());
afterEach(() => setClock(undefined));

describe("a registration's confirmation email and a failing provider (DESIGN: Email)", () => {
  it("survives a Resend endpoint that answers 500 twice, then 200, and is sent exactly once", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const { educatorId } = await insertPerson();
    const browser = "delivery-browser-00000000000000000000000000";
    const values = { username: "delivery.test", email: "delivery@example.org", password: goodPassword, confirmPassword: goodPassword };
    expect((await claimRecord(await createClaim(db, educatorId, browser), browser, values, context)).kind).toBe("created");

    const transport = resendTransport({ apiKey: "re_test_key", baseUrl: server.baseUrl });
    let answers = 0;
    server.respond = (request) => (++answers <= 2 ? resendError(500, "internal_server_error") : resendOk(`re_${String(request.headers["idempotency-key"])}`));
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, retried: 1, failed: 0 });
    advanceClock(backoffMs(1));
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, retried: 1, failed: 0 });
    advanceClock(backoffMs(2));
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 1, retried: 0, failed: 0 });
    advanceClock(backoffMs(5));
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, retried: 0, failed: 0 });

    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "delivery@example.org"));
    expect(row).toMatchObject({ status: "sent", attempts: 3, template: "email-confirmation" });
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((request) => request.headers["idempotency-key"]))).toEqual(new Set([`outbox-${row!.id}`]));
  });
});

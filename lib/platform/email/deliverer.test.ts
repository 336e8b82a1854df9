import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { advanceClock, setClock } from "@/lib/tooling/testing/test-env";
import { now } from "@/lib/platform/clock";
import { db, openDatabase } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { backoffMs, deliverDueEmails, deliverPendingNow } from "./deliverer";
import { enqueueEmail } from "./outbox";
import { resendTransport } from "./resend-transport";
import { resendError, resendOk, startResendTestServer, unusedBaseUrl, type ResendTestServer } from "@/lib/tooling/testing/resend-test-server";
import { mailboxTransport } from "./transport";

const testDb = provideTestDatabase();
let server: ResendTestServer;
const confirmUrl = "http://localhost:3000/confirm-email?token=t0k3n";

beforeAll(async () => {
  server = await startResendTestServer();
});
afterAll(() => server.close());
afterEach(async () => {
  setClock(undefined);
  server.requests.length = 0;
  server.respond = (request) => resendOk(`re_${String(request.headers["idempotency-key"])}`);
  await db.delete(emailOutbox);
});

const queue = (to: string) => enqueueEmail(db, emailConfirmationMessage(to, { name: "Ada", confirmUrl }));
const row = async (id: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
const resend = () => resendTransport({ apiKey: "re_test_key", baseUrl: server.baseUrl });

describe("deliverer: claims due rows, sends, settles them", () => {
  it("mailbox transport: delivering marks the row sent and nothing is sent twice", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const id = await queue("ada@example.org");
    expect(await deliverPendingNow({ transport: mailboxTransport })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, sentAt: new Date("2026-11-29T10:00:00Z"), lastError: null });
    expect(await deliverPendingNow({ transport: mailboxTransport })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("Resend: sends from EMAIL_FROM with both parts and the row id as Idempotency-Key, stores the message id", async () => {
    const id = await queue("ada@example.org");
    expect(await deliverDueEmails({ transport: resend() })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", url: "/emails" });
    expect(request!.headers["idempotency-key"]).toBe(`outbox-${id}`);
    expect(request!.headers.authorization).toBe("Bearer re_test_key");
    expect(request!.body).toMatchObject({ to: "ada@example.org", from: "Kentucky Department of Education <no-reply@kecs.education.ky.gov>", subject: "Confirm your email address" });
    expect(String(request!.body.text)).toContain(confirmUrl);
    expect(String(request!.body.html)).toContain(confirmUrl);
    expect(await row(id)).toMatchObject({ status: "sent", providerMessageId: `re_outbox-${id}` });
  });

  it("a 500 schedules a retry with exponential backoff; the retry is not due before then and sends once it is", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const id = await queue("ada@example.org");
    server.respond = () => resendError(500, "internal_server_error");
    expect(await deliverDueEmails({ transport: resend() })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const first = await row(id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastError: "resend internal_server_error (HTTP 500)" });
    expect(first.nextAttemptAt).toEqual(new Date(now().getTime() + backoffMs(1)));
    expect(first.lastError).not.toContain("ada@example.org");

    advanceClock(backoffMs(1) - 1000);
    expect(await deliverDueEmails({ transport: resend() }), "not due yet").toEqual({ sent: 0, retried: 0, failed: 0 });
    advanceClock(1000);
    await deliverDueEmails({ transport: resend() });
    expect((await row(id)).nextAttemptAt).toEqual(new Date(now().getTime() + backoffMs(2)));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    server.respond = (request) => resendOk(`re_${String(request.headers["idempotency-key"])}`);
    advanceClock(backoffMs(2));
    expect(await deliverDueEmails({ transport: resend() })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(new Set(server.requests.map((r) => r.headers["idempotency-key"])), "every attempt carried the same key").toEqual(new Set([`outbox-${id}`]));
  });

  it("a network failure is retried, and the row fails for good after maxAttempts", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const id = await queue("ada@example.org");
    const unreachable = resendTransport({ apiKey: "re_test_key", baseUrl: await unusedBaseUrl() });
    expect(await deliverDueEmails({ transport: unreachable, maxAttempts: 2 })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1, lastError: "resend application_error" });
    advanceClock(backoffMs(1));
    expect(await deliverDueEmails({ transport: unreachable, maxAttempts: 2 })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 2 });
    advanceClock(24 * 3600_000);
    expect(await deliverDueEmails({ transport: unreachable }), "failed rows are never claimed again").toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("a request Resend rejects as invalid fails at once instead of burning retries", async () => {
    const id = await queue("not-an-address");
    server.respond = () => resendError(422, "validation_error");
    expect(await deliverDueEmails({ transport: resend() })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "resend validation_error (HTTP 422)" });
  });

  it("a row left 'sending' by a process that died is claimed again once its lease ends", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const id = await queue("ada@example.org");
    await db.update(emailOutbox).set({ status: "sending", attempts: 1, nextAttemptAt: new Date(now().getTime() + 60_000) });
    expect(await deliverPendingNow({ transport: mailboxTransport })).toEqual({ sent: 0, retried: 0, failed: 0 });
    advanceClock(60_000);
    expect(await deliverPendingNow({ transport: mailboxTransport })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });
});

// PGlite has one session, so true concurrency needs PostgreSQL and separate connections.
describe.runIf(process.env.DATABASE_URL)("two deliverers on separate connections (PostgreSQL)", () => {
  it("never send one row twice", async () => {
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => queue(`person${i}@example.org`)));
    server.respond = (request) => resendOk(`re_${String(request.headers["idempotency-key"])}`);
    const [a, b] = [openDatabase({ url: testDb.current().url, poolSize: 2 }), openDatabase({ url: testDb.current().url, poolSize: 2 })];
    try {
      const reports = await Promise.all([
        deliverDueEmails({ transport: resend(), executor: a.db, batchSize: 5 }),
        deliverDueEmails({ transport: resend(), executor: b.db, batchSize: 5 }),
      ]);
      expect(reports[0]!.sent + reports[1]!.sent).toBe(40);
      const keys = server.requests.map((r) => String(r.headers["idempotency-key"]));
      expect(keys).toHaveLength(40);
      expect(new Set(keys)).toEqual(new Set(ids.map((id) => `outbox-${id}`)));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

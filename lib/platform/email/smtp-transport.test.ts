import { generateKeyPairSync } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { now } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { startSmtpTestServer, SMTP_TEST_PASSWORD, type SmtpTestServer } from "@/lib/tooling/testing/smtp-test-server";
import { backoffMs, deliverDueEmails } from "./deliverer";
import { enqueueEmail } from "./outbox";
import { smtpTransport } from "./smtp-transport";
import { closeTransports } from "./transport";

provideTestDatabase();
let relay: SmtpTestServer;
const confirmUrl = "http://localhost:3000/confirm-email?token=t0k3n";

beforeAll(async () => {
  relay = await startSmtpTestServer();
});
afterAll(() => relay.close());
afterEach(async () => {
  closeTransports();
  restoreTestEnv();
  relay.received.length = 0;
  relay.refuseWith = undefined;
  await db.delete(emailOutbox);
});

const queue = (to: string) => enqueueEmail(db, emailConfirmationMessage(to, { name: "Ada", confirmUrl }));
const row = async (id: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;

describe("EMAIL_TRANSPORT=smtp: the outbox delivers through any SMTP relay (issue 12 item 2)", () => {
  it("sends over STARTTLS with AUTH, from EMAIL_FROM, both parts, the row id in the Message-ID", async () => {
    useTestEnv({ EMAIL_TRANSPORT: "smtp", SMTP_URL: relay.url });
    const id = await queue("ada@example.org");
    expect(await deliverDueEmails()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(relay.received).toHaveLength(1);
    const [mail] = relay.received;
    expect(mail).toMatchObject({ to: ["ada@example.org"], from: "no-reply@kecs.education.ky.gov", secure: true, user: "portal" });
    expect(mail!.raw).toContain("Subject: Confirm your email address");
    expect(mail!.raw).toContain("Content-Type: text/plain");
    expect(mail!.raw).toContain("Content-Type: text/html");
    expect(mail!.raw).toContain(`Message-ID: <outbox-${id}@127.0.0.1>`);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, providerMessageId: `<outbox-${id}@127.0.0.1>` });
  });

  it("a relay that refuses (451) gets the row retried with back-off, and the message is delivered once it accepts (LOG-2: no address in last_error)", async () => {
    useTestEnv({ EMAIL_TRANSPORT: "smtp", SMTP_URL: relay.url });
    setClock(new Date("2026-11-29T10:00:00Z"));
    const id = await queue("ada@example.org");
    relay.refuseWith = 451;
    expect(await deliverDueEmails()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const first = await row(id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastError: "smtp EMESSAGE (451)" });
    expect(first.nextAttemptAt).toEqual(new Date(now().getTime() + backoffMs(1)));
    expect(await deliverDueEmails(), "not due again before the back-off").toEqual({ sent: 0, retried: 0, failed: 0 });

    relay.refuseWith = undefined;
    advanceClock(backoffMs(1));
    expect(await deliverDueEmails()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(relay.received.map((mail) => mail.to)).toEqual([["ada@example.org"]]);
  });

  it("a relay that is down (connection refused) or rejects the password keeps the row for a retry", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const down = smtpTransport({ url: "smtp://127.0.0.1:1" });
    const id = await queue("ada@example.org");
    expect(await deliverDueEmails({ transport: down })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await row(id)).lastError).toBe("smtp ESOCKET");
    down.close();

    advanceClock(backoffMs(1));
    const wrongPassword = smtpTransport({ url: relay.url.replace(SMTP_TEST_PASSWORD, "wrong") });
    expect(await deliverDueEmails({ transport: wrongPassword })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 2, lastError: "smtp EAUTH (535)" });
    wrongPassword.close();
    expect(relay.received).toHaveLength(0);
  });

  it("a permanent refusal of the message (550) fails the row at once and keeps it in the outbox", async () => {
    const transport = smtpTransport({ url: relay.url });
    const id = await queue("ada@example.org");
    relay.refuseWith = 550;
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "smtp EMESSAGE (550)" });
    transport.close();
  });

  it("signs with DKIM when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are set", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    useTestEnv({
      EMAIL_TRANSPORT: "smtp",
      SMTP_URL: relay.url,
      DKIM_DOMAIN: "kecs.education.ky.gov",
      DKIM_SELECTOR: "portal2026",
      DKIM_PRIVATE_KEY: pem.replace(/\n/g, "\\n"),
    });
    const id = await queue("ada@example.org");
    await deliverDueEmails();
    const raw = relay.received[0]!.raw;
    expect(raw).toMatch(/^DKIM-Signature: v=1; a=rsa-sha256;/m);
    expect(raw).toContain("d=kecs.education.ky.gov");
    expect(raw).toContain("s=portal2026");
    // Long headers are folded, so the value may start on the next line.
    expect(raw).toMatch(new RegExp(`Message-ID:\\s+<outbox-${id}@kecs\\.education\\.ky\\.gov>`));
  });

  it("without DKIM variables the message is unsigned", async () => {
    useTestEnv({ EMAIL_TRANSPORT: "smtp", SMTP_URL: relay.url });
    await queue("ada@example.org");
    await deliverDueEmails();
    expect(relay.received[0]!.raw).not.toContain("DKIM-Signature");
  });
});

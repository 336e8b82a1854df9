import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, queryRows } from "@/lib/platform/db/client";
import { emailOutbox } from "@/lib/platform/db/schema";
import { hashToken } from "@/lib/platform/tokens/one-time-tokens";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";
import { deliverRecoveryRequests } from "@/lib/recovery/recovery-queue";
import { requestEmailChangeFor } from "@/lib/profile/email-change";
import { sendConfirmationEmail } from "@/lib/registration/email-confirmation";
import { onHardCap } from "@/lib/sign-in/unlock";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { context, insertTestAccount, openedOutboxRow } from "@/lib/tooling/testing/factory";
import { resendOk, startResendTestServer, type ResendTestServer } from "@/lib/tooling/testing/resend-test-server";
import { deliverDueEmails } from "./deliverer";
import { resendTransport } from "./resend-transport";
import { mailboxTransport } from "./transport";

/**
 * TOK-1, NOTIF-5, PII-1: a database dump holds no link that works. Every kind of email that carries
 * a one-time token is queued, then the whole database is read as text (every column of every row of
 * every table information_schema lists) and each token-shaped string in it is tried against every
 * table that redeems tokens by hash. The bodies themselves, opened, must hold live tokens: that is
 * what proves the scan would see one had it been stored in the clear.
 */
provideTestDatabase();

type Named = { table_name: string };
const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);
const tokenShaped = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

async function everyValueAsText(): Promise<string[]> {
  const tables = await queryRows<Named>(db, sql`select distinct table_name from information_schema.columns where table_schema = 'public' order by 1`);
  const texts: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = await queryRows<{ row: string }>(db, sql`select t::text as row from ${ident(table)} t`);
    texts.push(...rows.map((row) => row.row));
  }
  return texts;
}

/** The tokens among `texts` that some token table would still accept (live: unused, unexpired). */
async function redeemable(texts: string[]): Promise<string[]> {
  const candidates = [...new Set(texts.flatMap((text) => text.match(tokenShaped) ?? []))];
  const tables = await queryRows<Named & { spent: string }>(
    db,
    sql`select h.table_name, s.column_name as spent from information_schema.columns h
        join information_schema.columns s on s.table_schema = h.table_schema and s.table_name = h.table_name and s.column_name in ('used_at', 'consumed_at')
        where h.table_schema = 'public' and h.column_name = 'token_hash'`,
  );
  expect(tables.map((table) => table.table_name)).toContain("one_time_tokens");
  const live: string[] = [];
  for (const candidate of candidates) {
    for (const { table_name: table, spent } of tables) {
      const hits = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${ident(table)} where token_hash = ${hashToken(candidate)} and ${ident(spent)} is null and expires_at > now()`,
      );
      if (hits[0]!.n > 0) live.push(candidate);
    }
  }
  return live;
}

async function queueEveryTokenEmail() {
  const account = await insertTestAccount();
  await sendConfirmationEmail(db, { userId: account.userId, email: account.email, name: "Ada" });
  await requestPasswordReset(account.username, context);
  await deliverRecoveryRequests(); // the background deliverer's half of "Forgot password"
  await onHardCap(account.userId, account.email, context);
  const fresh = Math.floor(Date.now() / 1000);
  const change = await requestEmailChangeFor(account.userId, fresh, { newEmail: `moved-${account.username}@new.example`, currentPassword: "" }, context);
  expect(change.status).toBe("ok");
}

async function openedBodies(): Promise<string[]> {
  const rows = await db.select().from(emailOutbox);
  return rows.map(openedOutboxRow).map((row) => `${row.html}\n${row.text}`);
}

let server: ResendTestServer;
beforeAll(async () => {
  server = await startResendTestServer();
  server.respond = (request) => resendOk(`re_${String(request.headers["idempotency-key"])}`);
});
afterAll(() => server.close());

describe("tokens at rest (TOK-1, NOTIF-5, PII-1)", () => {
  it("no column of any table holds a token that redeems: queued, kept in mailbox mode, and sent", async () => {
    await queueEveryTokenEmail();
    // The control: opened, the four kinds of link (confirm, reset, unlock, email change) are live.
    expect((await redeemable(await openedBodies())).length).toBeGreaterThanOrEqual(4);

    expect(await redeemable(await everyValueAsText())).toEqual([]);
    const queued = await db.$count(emailOutbox);
    expect(await deliverDueEmails({ transport: mailboxTransport })).toEqual({ sent: queued, retried: 0, failed: 0 });
    expect(await redeemable(await everyValueAsText())).toEqual([]);
    // The mailbox keeps its mail readable for /dev/mailbox (sealed, opened for display only).
    expect((await redeemable(await openedBodies())).length).toBeGreaterThanOrEqual(4);
  });

  it("a provider-sent message keeps no body at all once it has left (TOK-1, NOTIF-5)", async () => {
    await db.delete(emailOutbox);
    await queueEveryTokenEmail();
    const queued = await db.$count(emailOutbox);
    const report = await deliverDueEmails({ transport: resendTransport({ apiKey: "re_test_key", baseUrl: server.baseUrl }) });
    expect(report).toEqual({ sent: queued, retried: 0, failed: 0 });
    // The provider got the links in the clear; the database keeps nothing of them.
    expect(await redeemable(server.requests.map((request) => String(request.body.text)))).not.toEqual([]);
    const rows = await db.select({ html: emailOutbox.html, text: emailOutbox.text, status: emailOutbox.status }).from(emailOutbox);
    expect(rows.every((row) => row.html === "" && row.text === "" && row.status === "sent")).toBe(true);
    expect(await redeemable(await everyValueAsText())).toEqual([]);
  });
});

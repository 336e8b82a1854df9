import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestAccount, openedOutboxRow } from "@/lib/tooling/testing/factory";
import { db } from "@/lib/platform/db/client";
import { emailOutbox, recoveryRequests } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { sendUsernameReminder } from "./forgot-username";
import { deliverRecoveryRequests } from "./recovery-queue";
import { requestPasswordReset } from "./request-password-reset";

let recording: string[] | null = null;
provideTestDatabase({ onQuery: (query) => recording?.push(query) });

/** The SQL text (parameters aside) of every statement `run` sends. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  recording = [];
  try {
    await run();
    return recording;
  } finally {
    recording = null;
  }
}

const password = "Amber-Canyon-Whistle-42!";
const request = (n: number) => ({ ip: `192.0.2.${n}`, userAgent: "Same-Work/1.0" });

describe("same work whatever the answer (TOK-5, issue 11 item 5)", () => {
  it("TOK-5: \"Forgot password\" runs the same statements for a real account and an unknown one, by username and by address", async () => {
    await createTestAccount("s.real", password, "s.real@example.org");
    const realName = await statementsOf(() => requestPasswordReset("s.real", request(60)));
    const unknownName = await statementsOf(() => requestPasswordReset("s.nobody", request(61)));
    const realAddress = await statementsOf(() => requestPasswordReset("s.real@example.org", request(62)));
    const unknownAddress = await statementsOf(() => requestPasswordReset("nobody@example.org", request(63)));
    expect(realName.length).toBeGreaterThan(0);
    expect(unknownName).toEqual(realName);
    expect(realAddress).toEqual(realName);
    expect(unknownAddress).toEqual(realName);
    // Nothing about accounts is read or written while the person waits: no users, tokens, outbox or audit.
    expect(realName.join("\n")).not.toMatch(/"(users|one_time_tokens|email_outbox|audit_events)"/);
  });

  it("TOK-5: \"Forgot username\" runs the same statements for an address with accounts and one without", async () => {
    await createTestAccount("s.first", password, "s.family@example.org");
    const real = await statementsOf(() => sendUsernameReminder("s.family@example.org", request(64)));
    const unknown = await statementsOf(() => sendUsernameReminder("s.nobody@example.org", request(65)));
    expect(real.length).toBeGreaterThan(0);
    expect(unknown).toEqual(real);
    expect(real.join("\n")).not.toMatch(/"(users|one_time_tokens|email_outbox|audit_events)"/);
  });

  it("the queue holds nothing readable, and the deliverer then does each account's work and empties it", async () => {
    await createTestAccount("s.queued", password, "s.queued@example.org");
    await requestPasswordReset("s.queued", request(66));
    await sendUsernameReminder("s.queued@example.org", request(67));
    expect(JSON.stringify(await db.select().from(recoveryRequests))).not.toMatch(/s\.queued/);
    expect(await deliverRecoveryRequests()).toBeGreaterThanOrEqual(2);
    expect(await db.select().from(recoveryRequests)).toEqual([]);
    const mail = (await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "s.queued@example.org"))).map(openedOutboxRow);
    expect(mail.map((row) => row.template).sort()).toEqual(["password-reset", "username-reminder"]);
    expect(mail.find((row) => row.template === "username-reminder")!.text).toContain("s.queued");
    const none = await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, "nobody@example.org"), eq(emailOutbox.template, "password-reset-no-account")));
    expect(none).toHaveLength(1);
  });
});

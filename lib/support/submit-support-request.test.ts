import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { auditEvents, emailOutbox, supportRequests } from "@/lib/platform/db/schema";
import { insertTestAccount, outboxTo } from "@/lib/tooling/testing/factory";
import { solvedCaptcha } from "@/lib/tooling/testing/captcha";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { supportMessages } from "./messages";
import { submitSupportRequest } from "./submit-support-request";

const { captcha: captchaMessage, ssnRefusal } = supportMessages;

provideTestDatabase();

beforeEach(() => useTestEnv({ SUPPORT_EMAIL: "helpdesk@agency.example", RATE_LIMIT_SUPPORT_IP: "2/3600" }));
afterEach(restoreTestEnv);

let ips = 0;
const request = () => ({ ip: `198.51.100.${(ips += 1)}`, userAgent: "vitest" });
const values = (overrides: Record<string, string> = {}) => ({
  name: "Ada Lovelace",
  email: "Ada.Visitor@Example.org",
  phone: "(502) 555-0142",
  topic: "lost_email_access",
  message: "I changed schools and lost my old email address.",
  ...overrides,
});

describe("submitSupportRequest", () => {
  it("stores a visitor's request with a reference, its audit event, and mails support and a receipt in one go", async () => {
    const state = await submitSupportRequest({ values: values(), captcha: await solvedCaptcha("support-request"), account: null, request: request() });
    expect(state.status).toBe("ok");
    const reference = state.values.reference!;
    expect(reference).toMatch(/^SR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const [row] = await db.select().from(supportRequests).where(eq(supportRequests.reference, reference));
    expect(row).toMatchObject({ userId: null, email: "ada.visitor@example.org", topic: "lost_email_access", phone: "(502) 555-0142", status: "open" });

    const [toSupport] = await outboxTo("helpdesk@agency.example");
    expect(toSupport?.subject).toBe(`Support request ${reference}: I no longer have access to my email`);
    expect(toSupport?.text).toContain("I changed schools and lost my old email address.");
    expect(toSupport?.text).toContain("not signed in");
    const [receipt] = await outboxTo("ada.visitor@example.org");
    expect(receipt?.subject).toBe(`We received your support request ${reference}`);
    // The receipt goes to whatever address was typed, so it never repeats the message.
    expect(receipt?.text).not.toContain("lost my old email");

    const audits = await db.select().from(auditEvents).where(eq(auditEvents.event, "support.request_submitted"));
    expect(audits.at(-1)).toMatchObject({ outcome: "success", userId: null, details: { topic: "lost_email_access" } });
  });

  it("attaches the signed-in account without a captcha and names it to support", async () => {
    const account = await insertTestAccount();
    const state = await submitSupportRequest({ values: values({ email: "someone@example.org" }), captcha: null, account: { id: account.userId }, request: request() });
    expect(state.status).toBe("ok");
    const [row] = await db.select().from(supportRequests).where(eq(supportRequests.reference, state.values.reference!));
    expect(row?.userId).toBe(account.userId);
    const mail = (await outboxTo("helpdesk@agency.example")).find((m) => m.subject.includes(state.values.reference!));
    expect(mail?.text).toContain(`Account: ${account.username}`);
  });

  it("refuses SSN-shaped text, never echoes it, and stores and sends nothing (PII-9)", async () => {
    const before = await db.$count(emailOutbox);
    for (const ssn of ["987-65-4321", "987654321", "987 65 4321"]) {
      const state = await submitSupportRequest({ values: values({ message: `My SSN is ${ssn}, help` }), captcha: await solvedCaptcha("support-request"), account: null, request: request() });
      expect(state.status).toBe("error");
      expect(state.fieldErrors.message).toBe(ssnRefusal);
      expect(JSON.stringify(state)).not.toContain(ssn);
      expect(state.values.message).toBe("My SSN is [removed], help");
      expect(state.values.name).toBe("Ada Lovelace");
    }
    expect(await db.$count(emailOutbox)).toBe(before);
    expect(await db.$count(supportRequests, eq(supportRequests.message, "My SSN is 987654321, help"))).toBe(0);
  });

  it("names each missing or wrong field", async () => {
    const state = await submitSupportRequest({ values: values({ name: " ", email: "nope", phone: "12", topic: "bogus", message: "" }), captcha: null, account: null, request: request() });
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["email", "message", "name", "phone", "topic"]);
  });

  it("asks visitors for the captcha, and a solved one is good once", async () => {
    const missing = await submitSupportRequest({ values: values(), captcha: null, account: null, request: request() });
    expect(missing.fieldErrors).toEqual({ altcha: captchaMessage });
    const captcha = await solvedCaptcha("support-request");
    expect((await submitSupportRequest({ values: values(), captcha, account: null, request: request() })).status).toBe("ok");
    expect((await submitSupportRequest({ values: values(), captcha, account: null, request: request() })).fieldErrors).toEqual({ altcha: captchaMessage });
  });

  it("limits visitors per IP address (RATE_LIMIT_SUPPORT_IP)", async () => {
    const from = request();
    for (let index = 0; index < 2; index += 1) {
      expect((await submitSupportRequest({ values: values(), captcha: await solvedCaptcha("support-request"), account: null, request: from })).status).toBe("ok");
    }
    const refused = await submitSupportRequest({ values: values(), captcha: await solvedCaptcha("support-request"), account: null, request: from });
    expect(refused.status).toBe("error");
    expect(refused.formError).toMatch(/^You have sent several requests in a short time/);
    expect(refused.values.message).toBe(values().message);
  });
});

import { describe, expect, it } from "vitest";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { askForPasswordReset, askForUsernameReminder, recoveryAnswer } from "./recovery-requests";

provideTestDatabase();

describe("recovery requests: validated in lib, answered by the action", () => {
  it("refuses an empty or malformed address and an empty identifier with the pages' words", async () => {
    expect(await askForUsernameReminder({ email: "  " }, { ip: "192.0.2.20", userAgent: null })).toEqual({ kind: "invalid", fieldErrors: { email: "Enter your email address" } });
    expect(await askForUsernameReminder({ email: "name@" }, { ip: "192.0.2.20", userAgent: null })).toEqual({
      kind: "invalid",
      fieldErrors: { email: "Enter an email address in the correct format, like name@example.com" },
    });
    expect(await askForPasswordReset({ identifier: "" }, { ip: "192.0.2.20", userAgent: null })).toEqual({ kind: "invalid", fieldErrors: { identifier: "Enter your username or email address" } });
  });

  it("sends for a well-formed request, and the answer keeps the typed value only on an error", async () => {
    expect(await askForUsernameReminder({ email: " Someone@Example.org " }, { ip: "192.0.2.21", userAgent: null })).toEqual({ kind: "sent" });
    expect(recoveryAnswer({ kind: "sent" }, { email: "someone@example.org" })).toEqual({ status: "ok", fieldErrors: {}, values: {} });
    expect(recoveryAnswer({ kind: "rate-limited", retryAfterSeconds: 61 }, { identifier: "jdoe" })).toEqual({
      status: "error",
      fieldErrors: {},
      formError: "Too many requests. Wait 2 minutes, then try again.",
      values: { identifier: "jdoe" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { now } from "@/lib/platform/clock";
import { startAuthenticatorEnrolment, spendAuthenticatorCode } from "@/lib/second-factor/authenticator";
import { totpCodeAt } from "@/lib/second-factor/totp";
import { withSignInChannel } from "@/lib/sign-in/outcome-channel";
import { createTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { authorizeCredentials } from "./credentials";
import { redeemSessionTicket } from "./session-ticket";

provideTestDatabase();

const password = "Amber-Glacier-Orchid-63!";
const request = () => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": "203.0.113.61" } });

describe("a password alone starts no session for an account with a second factor (MFA-7)", () => {
  it("authorize() returns null for the right password once an authenticator is confirmed, while the channel says the password was right", async () => {
    const user = await createTestAccount("mfa.user", password);
    const secret = (await startAuthenticatorEnrolment(user.id))!;
    // A set-up not yet confirmed is no factor: the password still signs in.
    expect(await authorizeCredentials({ username: "mfa.user", password }, request())).toEqual({ id: user.id, sessionVersion: 1 });
    await spendAuthenticatorCode(user.id, totpCodeAt(secret, now()), true);
    const { result, outcome } = await withSignInChannel("browser-abcdefghijklmnopqrst", async (channel) => ({
      result: await authorizeCredentials({ username: "mfa.user", password }, request()),
      outcome: channel.outcome,
    }));
    expect(result).toBeNull();
    expect(outcome).toMatchObject({ ok: true, userId: user.id, secondStep: true });
    // Without the channel (a direct POST to Auth.js's callback) it is refused just the same.
    expect(await authorizeCredentials({ username: "mfa.user", password }, request())).toBeNull();
    // And no ticket the browser could invent opens a session.
    expect(await redeemSessionTicket(user.id, "x".repeat(43))).toBeNull();
  });
});

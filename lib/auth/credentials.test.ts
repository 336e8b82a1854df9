import { describe, expect, it } from "vitest";
import { createTestAccount } from "@/lib/tooling/testing/factory";
import { withSignInChannel } from "@/lib/sign-in/outcome-channel";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { authorizeCredentials } from "./credentials";

provideTestDatabase();

const password = "Correct-Horse-Battery-91!";
const request = (ip = "203.0.113.5") => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip } });

describe("Credentials authorize() (AJS-10)", () => {
  it("accepts the right password, matching the username ignoring case, and returns only id and session version", async () => {
    const user = await createTestAccount("Ada.Lovelace", password);
    expect(await authorizeCredentials({ username: "ada.LOVELACE", password }, request())).toEqual({ id: user.id, sessionVersion: 1 });
  });

  it("refuses a wrong password, an unknown username and malformed input alike, with null", async () => {
    await createTestAccount("grace", password);
    expect(await authorizeCredentials({ username: "grace", password: "wrong-password-entirely" }, request())).toBeNull();
    expect(await authorizeCredentials({ username: "nobody-here", password }, request())).toBeNull();
    expect(await authorizeCredentials({ username: "", password }, request())).toBeNull();
    expect(await authorizeCredentials({ username: 42 }, request())).toBeNull();
  });

  it("reports the detailed outcome to the sign-in action's channel, and starts no session for a common password (PWD-4)", async () => {
    await createTestAccount("common.pw", "Password123!");
    const { result, outcome } = await withSignInChannel("browser-abcdefghijklmnopqrst", async (channel) => ({
      result: await authorizeCredentials({ username: "common.pw", password: "Password123!" }, request()),
      outcome: channel.outcome,
    }));
    expect(result).toBeNull();
    expect(outcome).toMatchObject({ ok: true, commonPassword: true });
  });
});

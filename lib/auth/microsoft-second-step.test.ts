import type { Account, Profile } from "next-auth";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts } from "@/lib/platform/db/schema";
import { now } from "@/lib/platform/clock";
import { spendAuthenticatorCode, startAuthenticatorEnrolment } from "@/lib/second-factor/authenticator";
import { totpCodeAt } from "@/lib/second-factor/totp";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { useTestEnv } from "@/lib/tooling/testing/test-env";
import { MICROSOFT_PROVIDER_ID } from "./microsoft-provider";
import { microsoftSignIn } from "./microsoft-sign-in";
import { secondStepPath } from "./second-step-ticket";

/** This browser's cookie jar, as next/headers sees it (the second-step ticket lands here). */
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));

provideTestDatabase();
const microsoftEnv = {
  AUTH_MICROSOFT_ENTRA_ID_ID: "unit-client",
  AUTH_MICROSOFT_ENTRA_ID_SECRET: "unit-secret",
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: "http://localhost:4999",
  MICROSOFT_ALLOWED_TENANTS: "allowed-tenant",
};
beforeAll(() => useTestEnv(microsoftEnv));
beforeEach(() => jar.clear());

let subjects = 0;
/** An account with an authenticator app and a linked Microsoft identity; `signIn(amr)` is Microsoft coming back. */
async function linkedAccountWithFactor() {
  const person = await insertTestAccount();
  const secret = (await startAuthenticatorEnrolment(person.userId))!;
  expect(await spendAuthenticatorCode(person.userId, totpCodeAt(secret, now()), true)).toMatchObject({ ok: true });
  subjects += 1;
  const account = { provider: MICROSOFT_PROVIDER_ID, providerAccountId: `mfa-subject-${process.pid}-${subjects}`, type: "oidc" } as Account;
  await db.insert(accounts).values({ userId: person.userId, type: "oidc", provider: account.provider, providerAccountId: account.providerAccountId });
  return { signIn: (amr?: string[]) => microsoftSignIn(account, { tid: "allowed-tenant", amr } as Profile, getConfig()) };
}

describe("Microsoft sign-in and the second factor (MFA-7, MFA-13)", () => {
  it("MFA-13: Microsoft is the first factor only unless TRUST_MICROSOFT_MFA is on and amr says mfa", async () => {
    const linked = await linkedAccountWithFactor();
    expect(await linked.signIn(["pwd", "mfa"])).toBe(secondStepPath);
    useTestEnv({ ...microsoftEnv, TRUST_MICROSOFT_MFA: "true" });
    expect(await linked.signIn(["pwd"])).toBe(secondStepPath);
    expect(await linked.signIn(undefined)).toBe(secondStepPath);
    expect(await linked.signIn(["pwd", "mfa"])).toBe(true);
  });
});

import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { demoStaffMember, type DemoStaffKey } from "../../lib/tooling/seed/demo-staff";

/**
 * Staff sign-in for e2e specs: email and password at /staff/sign-in, then the six-digit code the
 * demo staff member's authenticator would show (computed here from the seeded secret, RFC 6238).
 * A code works once (MFA-2), so a second sign-in of the same person within one 30-second step waits
 * for the next step first.
 *
 *   await signInAsStaff(page, "reviewer");   // the page is on /staff, signed in as Rosa Reviewer
 */
const lastStepUsed = new Map<string, number>();

export function staffCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: at });
}

async function freshStep(key: string): Promise<number> {
  let step = Math.floor(Date.now() / 30_000);
  const last = lastStepUsed.get(key);
  if (last !== undefined && step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * 30_000 - Date.now() + 250));
    step = Math.floor(Date.now() / 30_000);
  }
  lastStepUsed.set(key, step);
  return step;
}

export async function staffPasswordStep(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Work email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
}

export async function signInAsStaff(page: Page, key: DemoStaffKey): Promise<ReturnType<typeof demoStaffMember>> {
  const member = demoStaffMember(key);
  await staffPasswordStep(page, member.email, member.password);
  await expect(page).toHaveURL(/\/staff\/sign-in\/second-factor$/);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    // A new worker process (after a failed spec) forgets the steps used: the portal's "used already" says so.
    if (attempt > 0) lastStepUsed.set(key, Math.floor(Date.now() / 30_000));
    const step = await freshStep(key);
    await page.getByLabel("Security code").fill(staffCode(member.totpSecret!, step * 30_000 + 1_000));
    await page.getByRole("button", { name: "Continue" }).click();
    const outcome = await Promise.race([
      page.waitForURL(/\/staff$/).then(() => "in" as const),
      page.getByText("That code was used already").waitFor().then(() => "reused" as const),
    ]);
    if (outcome === "in") break;
  }
  await expect(page).toHaveURL(/\/staff$/);
  return member;
}

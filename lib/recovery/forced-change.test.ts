import { describe, expect, it, vi } from "vitest";
import { signInAction } from "@/app/(public)/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { idleState } from "@/lib/platform/forms/action-state";
import { createTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { newRequest, redirectTarget, seam } from "@/lib/tooling/testing/session-seam";
import { resetLinkIsLive } from "./reset-password";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());
vi.mock("next/cache", async () => (await import("@/lib/tooling/testing/session-seam")).cacheModule());

provideTestDatabase();

async function redirectOf(run: Promise<unknown>): Promise<string | null> {
  try {
    await run;
    return null;
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return target;
  }
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe("the forced password change after a common password (PWD-4, PII-9)", () => {
  it("PWD-4, PII-9: carries its reset token in an HttpOnly cookie, never in the URL, and the token works from there", async () => {
    await createTestAccount("common.password", "Password123!");
    newRequest(null);
    const target = await redirectOf(signInAction(idleState(), form({ username: "common.password", password: "Password123!" })));
    expect(target).toBe("/reset-password?reason=common");
    expect(seam.userId, "no session before the new password").toBeNull();
    const token = seam.cookies.get("kecs-forced-password-change");
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(target).not.toContain(token!.slice(0, 12));
    expect(await resetLinkIsLive(token!)).toBe(true);

    const newPassword = "Lantern-Meadow-Copper-88!";
    const done = await redirectOf(resetPasswordAction(idleState(), form({ token: token!, password: newPassword, confirmPassword: newPassword })));
    expect(done).toBe("/?notice=password-changed");
    expect(seam.cookies.has("kecs-forced-password-change"), "the used cookie is cleared").toBe(false);
    expect(await resetLinkIsLive(token!)).toBe(false);
  });
});

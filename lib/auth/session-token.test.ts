import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/platform/config/env";
import { readSessionToken } from "./session-token";

/** Counts real decryptions: the cache must spare repeats and nothing else. */
const decryptions = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...real, getToken: (...args: Parameters<typeof real.getToken>) => (decryptions.count++, real.getToken(...args)) };
});

const cookieName = "authjs.session-token"; // APP_URL is http in tests
afterEach(() => vi.useRealTimers());

async function cookieFor(sub: string, maxAge = 960): Promise<string> {
  const token = await encode({ token: { sub, session_version: 0 }, secret: getConfig().AUTH_SECRET, salt: cookieName, maxAge });
  return `${cookieName}=${token}`;
}

describe("readSessionToken", () => {
  it("decrypts a cookie once and answers its repeats from memory, whatever other cookies come with it", async () => {
    const cookie = await cookieFor("someone");
    const before = decryptions.count;
    expect((await readSessionToken(cookie))?.sub).toBe("someone");
    expect((await readSessionToken(`theme=dark; ${cookie}`))?.sub).toBe("someone");
    expect(decryptions.count - before).toBe(1);
  });

  it("keeps tokens apart: another cookie, a tampered one, or none at all is never answered from another's entry", async () => {
    const first = await cookieFor("first");
    const second = await cookieFor("second");
    await readSessionToken(first);
    expect((await readSessionToken(second))?.sub).toBe("second");
    expect(await readSessionToken(`${first.slice(0, -4)}AAAA`)).toBeNull();
    expect(await readSessionToken("theme=dark")).toBeNull();
  });

  it("stops answering from memory at the token's expiry, as decrypting it then would", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const issued = Date.parse("2026-11-28T08:00:00Z");
    vi.setSystemTime(issued);
    const cookie = await cookieFor("brief", 60);
    expect((await readSessionToken(cookie))?.sub).toBe("brief");
    // Past its exp and jose's 15 seconds of tolerance.
    vi.setSystemTime(issued + 76_000);
    expect(await readSessionToken(cookie)).toBeNull();
  });

  it("hands each caller its own copy, so one cannot change what the next one reads", async () => {
    const cookie = await cookieFor("copied");
    const token = await readSessionToken(cookie);
    token!.sub = "changed";
    expect((await readSessionToken(cookie))?.sub).toBe("copied");
  });
});

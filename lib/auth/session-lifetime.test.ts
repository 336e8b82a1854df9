import { decode, encode, type JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { testEducatorRows } from "@/lib/tooling/testing/factory";
import { setClock } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { users } from "@/lib/platform/db/schema";
import { insertEducator } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { buildAuthConfig } from "./config";

/**
 * SES-1 and SES-2 together, the way Auth.js runs them on every session read: decode the cookie (its
 * `exp` is the idle limit), run the configuration's jwt callback, encode a fresh cookie with a new idle
 * window. Both clocks move: ours (lib/platform/clock.ts, read by the callback) and Date (read by jose for `exp`).
 */
provideTestDatabase();
afterEach(() => {
  setClock(undefined);
  vi.useRealTimers();
});

const secret = "test-auth-secret-0123456789abcdef0123456789abcdef";
const salt = "authjs.session-token";
const signedInAt = Date.parse("2026-11-28T08:00:00Z");
const minutes = (n: number) => n * 60 * 1000;

function travelTo(at: number) {
  vi.setSystemTime(at);
  setClock(new Date(at));
}

async function signedInUser() {
  const rows = testEducatorRows();
  await insertEducator(db, rows);
  const [user] = await db
    .insert(users)
    .values({ educatorId: rows.educator.id, username: `life${rows.educator.publicId}`, email: "life@example.org" })
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return user!;
}

/** The cookie's token, or null once its `exp` (the idle limit) has passed: Auth.js treats a throw the same. */
function decodeCookie(cookie: string): Promise<JWT | null> {
  return decode({ token: cookie, secret, salt }).catch(() => null);
}

/** One request carrying `cookie`: what Auth.js's session read does. Null when the session is over. */
async function sessionRead(cookie: string): Promise<string | null> {
  const config = buildAuthConfig();
  const token = await decodeCookie(cookie);
  if (!token) return null;
  const next = await config.callbacks!.jwt!({ token, account: null, trigger: "update" } as never);
  if (!next) return null;
  return encode({ token: next as JWT, secret, salt, maxAge: config.session!.maxAge! });
}

describe("session lifetime (SES-1 idle, SES-2 absolute 12 hours)", () => {
  it("keeps an active session alive until 12 hours after sign-in, then refuses it however recent the activity", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await signedInUser();
    travelTo(signedInAt);
    const config = buildAuthConfig();
    const idleMs = config.session!.maxAge! * 1000;
    // The 15-minute idle limit plus the proxy's refresh window (session-refresh.ts).
    expect(idleMs).toBe(minutes(16));
    const first = await config.callbacks!.jwt!({ token: {}, user, account: null, trigger: "signIn" } as never);
    let cookie: string | null = await encode({ token: first as JWT, secret, salt, maxAge: config.session!.maxAge! });

    // A request every 10 minutes: always inside the idle window, so the cookie is renewed each time.
    for (let at = signedInAt + minutes(10); at <= signedInAt + minutes(11 * 60 + 50); at += minutes(10)) {
      travelTo(at);
      cookie = await sessionRead(cookie!);
      expect(cookie, `still signed in ${(at - signedInAt) / minutes(1)} minutes after sign-in`).not.toBeNull();
    }
    travelTo(signedInAt + minutes(11 * 60 + 59));
    cookie = await sessionRead(cookie!);
    expect(cookie, "accepted at 11 h 59 min").not.toBeNull();

    // One minute later the idle window (renewed a minute ago) is still open, but the 12 hours are up.
    travelTo(signedInAt + minutes(12 * 60) + 1000);
    expect(await decodeCookie(cookie!), "the idle window alone would still allow it").not.toBeNull();
    expect(await sessionRead(cookie!), "refused just after 12 h since auth_time").toBeNull();
  });

  it("ends a session left idle longer than SESSION_IDLE_MINUTES, long before 12 hours", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await signedInUser();
    travelTo(signedInAt);
    const config = buildAuthConfig();
    const first = await config.callbacks!.jwt!({ token: {}, user, account: null, trigger: "signIn" } as never);
    const cookie = await encode({ token: first as JWT, secret, salt, maxAge: config.session!.maxAge! });
    // Activity just inside the refresh window renews nothing, so the cookie lasts a minute past the
    // 15-minute limit; the browser's own idle warning signs out at the limit itself.
    travelTo(signedInAt + minutes(15) + 59_000);
    expect(await sessionRead(cookie)).not.toBeNull();
    // Past the lifetime and Auth.js's 15 seconds of clock tolerance.
    travelTo(signedInAt + minutes(16) + 16_000);
    expect(await sessionRead(cookie)).toBeNull();
  });
});

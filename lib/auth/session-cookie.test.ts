import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./session-cookie";

const named = (...names: string[]) => names.map((name) => ({ name }));

describe("hasSessionCookie", () => {
  it("finds the session cookie over http, over https and when chunked", () => {
    expect(hasSessionCookie(named("authjs.session-token"))).toBe(true);
    expect(hasSessionCookie(named("theme", "__Secure-authjs.session-token"))).toBe(true);
    expect(hasSessionCookie(named("__Secure-authjs.session-token.0", "__Secure-authjs.session-token.1"))).toBe(true);
  });

  it("ignores Auth.js's other cookies and look-alikes", () => {
    expect(hasSessionCookie(named())).toBe(false);
    expect(hasSessionCookie(named("authjs.csrf-token", "__Host-authjs.csrf-token", "authjs.callback-url"))).toBe(false);
    expect(hasSessionCookie(named("xauthjs.session-token", "authjs.session-token-old", "staff-session"))).toBe(false);
  });
});

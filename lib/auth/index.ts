import "server-only";
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { buildAuthConfig } from "./config";
import { hasSessionCookie } from "./session-cookie";

const nextAuth = NextAuth(() => buildAuthConfig());

export const { handlers, signIn, signOut } = nextAuth;

/**
 * Re-issues the current session cookie through the jwt callback's "update" trigger. Only
 * session-renewal.ts's ticket makes that change anything; see keepThisSession there.
 */
export const updateSession = nextAuth.unstable_update;

/**
 * The current session, read once per request (React cache). Authoritative checks use guards.ts.
 * Without a session cookie there is nothing for Auth.js to read: public pages skip it entirely.
 */
export const auth = cache(async () => (hasSessionCookie((await cookies()).getAll()) ? nextAuth.auth() : null));

/** Auth.js's middleware form, for proxy.ts: it re-issues the session cookie on each request (idle timeout, SES-1). */
export const authProxy = nextAuth.auth;

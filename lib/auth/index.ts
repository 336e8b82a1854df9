import "server-only";
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { buildAuthConfig } from "./config";
import { hasSessionCookie } from "./session-cookie";
import { sessionUserId } from "./session-read";

const nextAuth = NextAuth(() => buildAuthConfig());

export const { handlers, signIn, signOut } = nextAuth;

/**
 * Re-issues the current session cookie through the jwt callback's "update" trigger. Only
 * session-renewal.ts's ticket makes that change anything; see keepThisSession there.
 */
export const updateSession = nextAuth.unstable_update;

/**
 * The current session, read once per request (React cache: the layout, the page and its panels share
 * it). Authoritative checks use guards.ts. Without a session cookie there is nothing to read, so public
 * pages do no session work at all; with one, session-read.ts decides as Auth.js's own read would.
 */
export const auth = cache(async (): Promise<{ user: { id: string } } | null> => {
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const id = await sessionUserId();
  return id ? { user: { id } } : null;
});

/** Auth.js's middleware form, for proxy.ts: it re-issues the session cookie on each request (idle timeout, SES-1). */
export const authProxy = nextAuth.auth;

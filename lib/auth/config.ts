import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextAuthConfig } from "next-auth";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { accounts, users } from "@/lib/db/schema";
import { credentialsProvider } from "./credentials";
import { claimsAtSignIn, validateClaims } from "./session-claims";

/**
 * Auth.js configuration, built per request (lazy: nothing reads the environment or opens the database
 * during `next build`). Sign-in adds Microsoft to `providers`.
 */
export function buildAuthConfig(): NextAuthConfig {
  const config = getConfig();
  // Links and redirects come from the configured origin, never the Host header (AJS-4, TOK-6).
  process.env.AUTH_URL ??= config.APP_URL;
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts }),
    // With an adapter Auth.js defaults to database sessions, which Credentials cannot use (AJS-1).
    session: { strategy: "jwt", maxAge: config.SESSION_IDLE_MINUTES * 60 },
    providers: [credentialsProvider()],
    pages: { signIn: "/", error: "/" },
    callbacks: {
      async jwt({ token, user }) {
        if (user) return claimsAtSignIn(user as { id?: string; sessionVersion?: number });
        return validateClaims(token);
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub as string } } as typeof session;
      },
    },
  };
}

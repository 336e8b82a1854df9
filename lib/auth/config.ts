import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextAuthConfig } from "next-auth";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { accounts, users } from "@/lib/platform/db/schema";
import { log } from "@/lib/platform/observability/log";
import { credentialsProvider } from "./credentials";
import { endSignedOutSession } from "./end-signed-out-session";
import { microsoftSignIn } from "./microsoft-sign-in";
import { MICROSOFT_PROVIDER_ID, microsoftProvider } from "./microsoft-provider";
import { claimsAtSignIn, validateClaims } from "./session-claims";
import { renewClaims, type RenewalData } from "./session-renewal";
import { sessionLifetimeSeconds } from "./session-refresh";

type Adapter = ReturnType<typeof DrizzleAdapter>;
let adapter: Adapter | undefined;

/**
 * The adapter, made once per process on first use: DrizzleAdapter builds its default table objects on
 * every call (a third of a millisecond each time), and it keeps no state of its own (`db` is the lazy
 * handle that finds this process's database on each query), so one serves every request.
 */
function drizzleAdapter(): Adapter {
  adapter ??= DrizzleAdapter(db, { usersTable: users, accountsTable: accounts });
  return adapter;
}

/**
 * Auth.js configuration, built per request (lazy: nothing reads the environment or opens the database
 * during `next build`). Microsoft joins the providers only when configured.
 */
export function buildAuthConfig(): NextAuthConfig {
  const config = getConfig();
  // Links and redirects come from the configured origin, never the Host header (AJS-4, TOK-6).
  process.env.AUTH_URL ??= config.APP_URL;
  const https = config.APP_URL.startsWith("https://");
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    // Secure cookies with the __Secure-/__Host- prefixes whenever the site is https (SES-3, AJS-12).
    useSecureCookies: https,
    adapter: drizzleAdapter(),
    // With an adapter Auth.js defaults to database sessions, which Credentials cannot use (AJS-1).
    // maxAge is the idle limit plus the proxy's refresh window: the proxy re-issues the cookie at most
    // once a minute, so activity keeps it alive (SES-1, session-refresh.ts).
    session: { strategy: "jwt", maxAge: sessionLifetimeSeconds(config.SESSION_IDLE_MINUTES), updateAge: 0 },
    providers: [credentialsProvider(), ...(config.microsoftConfigured ? [microsoftProvider(config)] : [])],
    pages: { signIn: "/", error: "/" },
    logger: {
      // A failed sign-in is routine; Auth.js would print a stack trace for each. Nothing personal is logged.
      error: (error) => {
        const cause = (error as { cause?: { err?: Error } }).cause?.err;
        log.warn("auth.error", { code: (error as { type?: string }).type ?? error.name, error: cause ? `${cause.name}: ${cause.message}` : undefined });
      },
      warn: (code) => log.warn("auth.warning", { code }),
      debug: () => {},
    },
    // POST /api/auth/signout ends the session on the server too, not just the cookie (SES-4).
    events: {
      async signOut(message) {
        if ("token" in message) await endSignedOutSession(message.token);
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== MICROSOFT_PROVIDER_ID) return true;
        return microsoftSignIn(account, profile ?? {}, config);
      },
      async jwt({ token, user, trigger, session }) {
        if (user) return claimsAtSignIn(user as { id?: string; sessionVersion?: number });
        // An update's data may come from the browser: only a server-issued renewal ticket counts (session-renewal.ts).
        if (trigger === "update") return renewClaims(token, session as RenewalData | undefined);
        return validateClaims(token);
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub as string } } as typeof session;
      },
    },
  };
}

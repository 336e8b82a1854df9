import { redirect } from "next/navigation";

/**
 * The only parts of a Next request that tests replace: who the session says is signed in
 * (`@/lib/auth`), the request's headers and cookies (`next/headers`), and `next/cache`. Everything
 * behind them (guards, actions, lib/, the database) is real. `redirect` stays Next's own, so a refusal
 * is the NEXT_REDIRECT a browser would follow. Use with vi.mock in the test file:
 *
 *   vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
 *   vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());
 *   vi.mock("next/cache", async () => (await import("@/lib/tooling/testing/session-seam")).cacheModule());
 */
export const seam: { userId: string | null; cookies: Map<string, string>; headers: Headers; sessionUpdates: unknown[] } = {
  userId: null,
  sessionUpdates: [],
  cookies: new Map(),
  headers: new Headers(),
};

/** A fresh request: signed in as `userId` (or nobody), no cookies, an ordinary browser's headers. */
export function newRequest(userId: string | null): void {
  seam.userId = userId;
  seam.sessionUpdates = [];
  seam.cookies = new Map();
  seam.headers = new Headers({ "user-agent": "Mozilla/5.0 (authorization test)", "x-forwarded-for": "203.0.113.7" });
}

export function authModule() {
  const auth = async () => (seam.userId ? { user: { id: seam.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null);
  /** Credentials sign-in runs the real authorize step (throttles, password check, audit); others just leave for the provider. */
  const signIn = async (provider: string, options: { username?: string; password?: string; redirect?: boolean; redirectTo?: string } = {}) => {
    if (provider === "credentials") {
      // Imported at call time: the sign-in modules import `@/lib/auth` themselves, which is this mock.
      const [{ AuthError }, { authorizeCredentials }] = await Promise.all([import("next-auth"), import("@/lib/auth/credentials")]);
      const user = await authorizeCredentials(options, new Request("http://localhost:3000/api/auth/callback/credentials", { headers: seam.headers }));
      if (!user) throw new AuthError("CredentialsSignin");
      seam.userId = user.id;
      if (options.redirect === false) return undefined;
      redirect(options.redirectTo ?? "/");
    }
    redirect(`/api/auth/signin/${provider}`);
  };
  const signOut = async (options: { redirectTo?: string } = {}) => {
    seam.userId = null;
    redirect(options.redirectTo ?? "/");
  };
  /** unstable_update: the renewal ticket's own rules are tested against Auth.js itself (session-renewal.test.ts). */
  const updateSession = async (data: unknown) => {
    seam.sessionUpdates.push(data);
    return auth();
  };
  return { auth, signIn, signOut, updateSession, handlers: {}, authProxy: auth };
}

export function headersModule() {
  const cookieStore = {
    get: (name: string) => (seam.cookies.has(name) ? { name, value: seam.cookies.get(name)! } : undefined),
    getAll: () => [...seam.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => seam.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") seam.cookies.set(name, value ?? "");
      else seam.cookies.set(name.name, name.value);
    },
    delete: (name: string | { name: string }) => seam.cookies.delete(typeof name === "string" ? name : name.name),
  };
  return { headers: async () => seam.headers, cookies: async () => cookieStore };
}

export function cacheModule() {
  return { revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn };
}

/** The digest of a Next redirect (`NEXT_REDIRECT;replace;/path;307;`), or null for anything else. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) return null;
  return digest.split(";")[2] ?? null;
}

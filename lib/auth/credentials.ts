import "server-only";
import { eq, sql } from "drizzle-orm";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { passwordHashes, users } from "@/lib/db/schema";
import { burnPasswordCheck, verifyPassword } from "./password-hash";

/** What authorize() accepts; anything else is a failed sign-in, never an exception (AJS-10). */
const signInInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export type AuthorizedUser = { id: string; sessionVersion: number };

/**
 * Checks a username and password. Usernames match ignoring case. An unknown username still runs a
 * full argon2id verification against a throw-away hash, so it costs the same time as a wrong password
 * (AJS-10). Returns null on any failure; callers show one generic message.
 * Throttling and lockout (RL-1/2/4/11) wrap this in the sign-in feature.
 */
export async function checkUsernameAndPassword(input: unknown): Promise<AuthorizedUser | null> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const [row] = await db
    .select({ id: users.id, sessionVersion: users.sessionVersion, hash: passwordHashes.hash })
    .from(users)
    .leftJoin(passwordHashes, eq(passwordHashes.userId, users.id))
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
    .limit(1);
  if (!row?.hash) return burnPasswordCheck(password).then(() => null);
  return (await verifyPassword(row.hash, password)) ? { id: row.id, sessionVersion: row.sessionVersion } : null;
}

/** The username-and-password provider. Its error code is generic: it ends up in the URL (AJS-10). */
export function credentialsProvider() {
  return Credentials({
    id: "credentials",
    credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
    authorize: (credentials) => checkUsernameAndPassword(credentials),
  });
}
